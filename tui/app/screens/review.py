"""The review screen: summary, item lists, detail and source of one briefing, all at once.

Widgets post messages up (``ItemList.Highlighted``, ``ItemList.Selected``, filter input
changes); this screen decides what to show and calls the panes down. The model is changed only
through ``self.editor`` (by the ``ReviewActions`` mixin, issue 5), which then calls
:meth:`ReviewScreen.model_changed` so rows, detail, source and header follow. Nothing here does
work proportional to the briefing's size on a keypress: progress is counted incrementally, a
changed item redraws its own row, and the source recomputes only the lines it must.
"""

from __future__ import annotations

import gc
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual import events
from textual.events import DescendantFocus, ScreenResume
from textual.screen import Screen

from tui.app.keymap import ITEM_BINDINGS, REVIEW_BINDINGS
from tui.app.screens.review_actions import ReviewActions
from tui.app.screens.review_lists import ListFilling, row_of
from tui.app.screens.review_sharing import SharingActions
from tui.app.settings import Settings
from tui.app.widgets.detail import DetailPane
from tui.app.widgets.item_list import ItemList, Row
from tui.app.widgets.keybar import KeyBar
from tui.app.widgets.panes import BriefingHeader, ListPane, SummaryPane
from tui.app.widgets.source import SourceView
from tui.core.ops import Editor, OperationError
from tui.core.store import Loaded

#: The reviewable lists shown as panes, with their titles.
PANES: dict[str, str] = {
    "key_points": "1 Summary",
    "actors": "2 Actors",
    "assets": "3 Assets",
    "open_questions": "4 Open questions",
}

#: Seconds after the screen mounts before the filter boxes are mounted (hidden): after the
#: first frame and the redraws that follow it, long before anyone types `/`.
FILTER_BOXES_AFTER = 0.3

#: Lists whose evidence marks "mentions" in the source (names, not the sentence-long quotes of
#: key points and questions, which would mark nearly the whole text).
MENTION_LISTS = ("actors", "assets", "places")


#: Actions that change or save the briefing: disabled when it is open read-only.
CHANGING_ACTIONS = frozenset(
    {b.action.split("(")[0] for b in ITEM_BINDINGS}
    | {"undo", "redo", "save", "conflicts"}
)


class ReviewScreen(ListFilling, SharingActions, ReviewActions, Screen):
    """Review one briefing: move pane to pane, read the evidence, annotate (issue 5 mixin)."""

    BINDINGS = REVIEW_BINDINGS
    #: The actors list has the focus from the start: Textual gives it while composing, so no
    #: other list is focused and blurred first (each focus change restyles a pane; issue 8).
    AUTO_FOCUS = "#actors-list"

    def __init__(self, loaded: Loaded, settings: Settings | None = None) -> None:
        super().__init__()
        self.loaded = loaded
        self.settings = settings or Settings()
        self.editor = self._new_editor(loaded)
        self._last_list = "actors"
        self._status: dict[str, str] = {}
        self._spans: dict[str, tuple[tuple[int, int], ...]] = {}
        self._reviewed = 0
        self._total = 0
        self._conflicts_pending = False
        self._resumed_once = False
        self._shown_id: str | None = None
        #: Set by the app when another instance holds the file's lock: nothing may change it.
        self.read_only = False
        #: This instance's lock on the file (tui.core.lock.Lock), released when the screen goes.
        self.lock: Any = None

    def _new_editor(self, loaded: Loaded) -> Editor:
        return Editor(loaded.briefing, author=self.settings.author, source_text=loaded.source_text)

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield BriefingHeader(id="header")
        with Vertical(id="left"):
            yield SummaryPane(PANES["key_points"], "key_points", self._describer("key_points"), id="summary")
            for list_name in ("actors", "assets", "open_questions"):
                title = PANES[list_name]
                yield ListPane(title, list_name, self._describer(list_name), id=f"{list_name}-list")
        with Vertical(id="right"):
            yield DetailPane(id="detail", classes="pane")
            yield SourceView(id="source", classes="pane")
        yield KeyBar()

    def _describer(self, list_name: str):
        def describe(item_id: str) -> Row:
            try:
                return row_of(list_name, self.editor.item(item_id))
            except OperationError:  # deleted a moment ago; the list is refreshed next
                return Row("unreviewed", "(deleted)")

        return describe

    def on_mount(self) -> None:
        self.query_one("#source").border_title = "5 Source"
        self._populate(reload_source=True)
        # After the next two refreshes, so a recovery offer (pushed by the mixin after one
        # refresh) comes first; the conflicts then open when the screen is back on top.
        self.call_after_refresh(self.call_after_refresh, self.offer_conflicts)
        # Once the first frame is drawn, move everything built so far (the briefing, rows,
        # widgets) out of the cyclic collector's reach: its full passes over a large briefing
        # were the 100 ms spikes behind the key-response p99 (docs/benchmarks.md).
        self.call_after_refresh(gc.freeze)
        # The filter boxes, hidden, once the first frame is out (see Filterable.prepare_filter).
        self.set_timer(FILTER_BOXES_AFTER, self._prepare_filters)
        warnings = self.loaded.warnings
        if warnings:
            more = f" (and {len(warnings) - 1} more; `briefing validate` lists them)" if len(warnings) > 1 else ""
            self.notify(warnings[0].format() + more, title="Loaded with warnings", severity="warning", timeout=10)

    def _prepare_filters(self) -> None:
        for list_name in PANES:
            self.pane(list_name).prepare_filter()

    # -- filling the panes -----------------------------------------------------------------

    def pane(self, list_name: str) -> ListPane | SummaryPane:
        """The pane that shows ``list_name`` (the list itself, or the summary pane around it)."""
        if list_name == "key_points":
            return self.query_one(SummaryPane)
        return self.query_one(f"#{list_name}-list", ListPane)

    def item_list(self, list_name: str) -> ItemList:
        """The item list widget of ``list_name``."""
        return self.query_one(f"#{list_name}-list", ItemList)

    @property
    def source(self) -> SourceView:
        return self.query_one(SourceView)

    @property
    def detail(self) -> DetailPane:
        return self.query_one(DetailPane)

    @property
    def header(self) -> BriefingHeader:
        return self.query_one(BriefingHeader)

    def _populate(self, *, reload_source: bool = False) -> None:
        """Fill every pane from the model (on open, after a reload or an undo of a delete).

        The source text is loaded again only with ``reload_source`` (a new file); otherwise
        only its marks are redone, so the analyst's place and selection in it stay.
        """
        briefing = self.loaded.briefing
        self._status = {}
        self._spans = {}
        mentions: list[tuple[int, int]] = []
        for list_name, item in briefing.iter_items():
            if list_name != "places":
                self._status[item.id] = item.review.status
            spans = tuple((span.start, span.end) for span in item.evidence)
            self._spans[item.id] = spans
            if list_name in MENTION_LISTS:
                mentions.extend(spans)
        self._reviewed = sum(1 for status in self._status.values() if status != "unreviewed")
        self._total = len(self._status)
        self.query_one(SummaryPane).set_summary(briefing.summary.text)
        for list_name in PANES:
            self._fill_list(list_name)
        text = self.loaded.source_text
        if text is None:
            where = self.loaded.source_path or briefing.source.path
            text = f"(the source text {where} could not be read; evidence cannot be shown)"
            mentions = []
        if reload_source:
            self.source.load_source(text, mentions)
            self._shown_id = None  # a new text: scroll to the evidence again
        else:
            self.source.set_mentions(mentions)
        self._update_header()
        self._show_highlighted()

    def _update_header(self) -> None:
        header = self.header
        header.title_text = self.loaded.briefing.title
        header.file_name = self.loaded.path.name
        header.reviewed = self._reviewed
        header.total = self._total
        header.conflicts = len(self.loaded.briefing.conflicts)
        header.read_only = self.read_only
        is_dirty = getattr(self, "is_dirty", None)
        header.dirty = bool(is_dirty()) if callable(is_dirty) else False

    # -- what is highlighted -------------------------------------------------------------

    def current_list(self) -> str:
        """The focused list, else the last focused one.

        The focused widget is asked first: DescendantFocus arrives as a message, after keys
        typed right behind a pane change ("3 a" must accept the asset, not the last actor).
        """
        focused = self.focused
        if isinstance(focused, ItemList) and focused.list_name != self._last_list:
            self._last_list = focused.list_name
            self._show_highlighted()
        return self._last_list

    def highlighted(self) -> tuple[str, str] | None:
        """(list_name, item_id) of the highlighted item of the current or last focused list."""
        item_id = self.item_list(self.current_list()).highlighted_id
        if item_id is None:
            return None
        return self._last_list, item_id

    def highlighted_item(self) -> Any | None:
        """The highlighted item itself, or None."""
        found = self.highlighted()
        if found is None:
            return None
        try:
            return self.editor.item(found[1])
        except OperationError:
            return None

    def highlighted_note_id(self) -> str | None:
        """The note highlighted in the detail pane, if any."""
        return self.detail.highlighted_note_id

    def source_selection(self) -> tuple[int, int] | None:
        """The selection in the source pane as (start, end) offsets into the source text."""
        if self.loaded.source_text is None:
            return None
        return self.source.selection_offsets()

    def _show_highlighted(self, *, scroll: bool = True) -> None:
        """Show the highlighted item in the detail pane and its evidence in the source.

        The source scrolls to the evidence only when another item is shown: refreshing the
        same item (after an edit, an undo, a refill) leaves the analyst's place in the text.
        """
        item = self.highlighted_item()
        scroll = scroll and (item is None or item.id != self._shown_id)
        self._shown_id = None if item is None else item.id
        if item is None:
            self.detail.show(None, None)
            self.source.show_evidence([], scroll=False)
            self._update_evidence_counter()
            return
        owner_name = None
        owner = getattr(item, "owner", None)
        if owner:
            try:
                owner_name = self.editor.item(owner).label
            except OperationError:
                owner_name = None
        self.detail.show(self._last_list, item, owner_name)
        if self.loaded.source_text is not None:  # else the pane holds only a message
            self.source.show_evidence([(s.start, s.end) for s in item.evidence], scroll=scroll)
        self._update_evidence_counter()

    @on(ItemList.Highlighted)
    def _item_highlighted(self, event: ItemList.Highlighted) -> None:
        if event.list_name == self._last_list:
            self._show_highlighted()

    @on(ItemList.Selected)
    def _item_selected(self, event: ItemList.Selected) -> None:
        self._last_list = event.list_name
        self.set_focus(self.detail)

    @on(DescendantFocus)
    def _focus_moved(self, event: DescendantFocus) -> None:
        widget = event.widget
        if isinstance(widget, ItemList) and widget.list_name != self._last_list:
            self._last_list = widget.list_name
            self._show_highlighted()

    # -- model changes (called by the ReviewActions mixin) ---------------------------------

    def model_changed(self, item_id: str | None = None) -> None:
        """Refresh rows, detail, source and header after a change of ``item_id`` (None: all)."""
        if item_id is None:
            self._populate()
            return
        try:
            list_name, _, item = self.editor.locate(item_id)
        except OperationError:  # the item is gone (deleted): rebuild
            self._populate()
            return
        if list_name == "places":
            return
        item_list = self.item_list(list_name)
        if item_list.position(item_id) is None:
            self._populate()  # a new (or undeleted) item: its list needs it
            return
        old_status = self._status.get(item_id, "unreviewed")
        new_status = item.review.status
        if (old_status == "unreviewed") != (new_status == "unreviewed"):
            self._reviewed += 1 if old_status == "unreviewed" else -1
        self._status[item_id] = new_status
        spans = tuple((span.start, span.end) for span in item.evidence)
        if spans != self._spans.get(item_id):
            new = set(spans) - set(self._spans.get(item_id, ()))
            self._spans[item_id] = spans
            if list_name in MENTION_LISTS:
                self.source.add_mentions(new)
        item_list.refresh_item(item_id)
        self._update_header()
        found = self.highlighted()
        if found is not None and found[1] == item_id:
            self._show_highlighted(scroll=False)

    def replace_loaded(self, loaded: Loaded) -> None:
        """Show a freshly loaded version of the file (after a reload): new editor, new panes."""
        self.loaded = loaded
        self.editor = self._new_editor(loaded)
        self._populate(reload_source=True)

    def move_to_next_unreviewed(self) -> None:
        """Move the cursor of the current list to the next unreviewed item (wrapping)."""
        item_list = self.item_list(self._last_list)
        ids = item_list.ids
        if not ids:
            return
        start = item_list.cursor
        count = len(ids)
        for step in range(1, count + 1):
            pos = (start + step) % count
            if self._status.get(ids[pos], "unreviewed") == "unreviewed":
                item_list.cursor = pos
                return
        # Everything here is reviewed: stay, the header says so.

    def jump_to(self, list_name: str, item_id: str) -> None:
        """Focus ``list_name`` and highlight ``item_id`` (clearing a filter that hides it)."""
        item_list = self.item_list(list_name)
        if item_list.position(item_id) is None:
            self.pane(list_name).close_filter()
            self._fill_list(list_name)
        self._last_list = list_name
        self.set_focus(item_list)
        item_list.highlight(item_id)
        self._show_highlighted()

    # -- navigation actions ----------------------------------------------------------------

    def action_focus_pane(self, pane: str) -> None:
        """Focus one pane: summary, actors, assets, questions or source.

        ``set_focus`` (not ``widget.focus()``, which is deferred) so that keys typed right
        after, like ``3 j``, already go to the new pane.
        """
        if pane == "source":
            self.set_focus(self.source)
            return
        list_name = {"summary": "key_points", "questions": "open_questions"}.get(pane, pane)
        self.set_focus(self.item_list(list_name))

    # -- merge conflicts: opened again once the screen on top closes ------------------------

    def _on_screen_resume(self, event: ScreenResume) -> None:
        """The first resume follows the mount at once: skip Textual's restyle of every node.

        Each widget was styled as it mounted, a moment ago; the full second pass Textual
        makes on a screen's resume (for themes changed while it was covered) was about 12 ms
        of the first frame (issue 8). Later resumes, after a dialog, restyle as usual.
        Textual runs its own ``Screen._on_screen_resume`` after this one, with the event.
        """
        if not self._resumed_once:
            self._resumed_once = True
            event.refresh_styles = False

    def _on_resize(self, event: events.Resize) -> None:
        """A resize to the size the screen is already laid out at changes nothing: skip it.

        The app sends the screen a resize as it starts, after the first frame was laid out at
        that same size; Textual's handler would lay out and draw every widget again (about
        15 ms of CPU right after the first frame, and a full screen more for the terminal).
        A real resize goes on to Textual's handler as usual.
        """
        if self.is_mounted and event.size == self._compositor.size:  # the size last laid out
            event.prevent_default()

    @on(ScreenResume)
    def _resumed(self, event: ScreenResume) -> None:
        if self._conflicts_pending:
            self._conflicts_pending = False
            self.call_after_refresh(self.offer_conflicts)

    def action_back_to_list(self) -> None:
        """From the detail or source pane, back to the list whose item they show."""
        self.set_focus(self.item_list(self._last_list))

    def action_next_evidence(self) -> None:
        """Scroll the source to the next evidence span of the highlighted item."""
        if self.source.step_evidence(+1) is None:
            self.notify("This item has no evidence in the source.", severity="warning", timeout=2)
        self._update_evidence_counter()

    def action_prev_evidence(self) -> None:
        """Scroll the source to the previous evidence span of the highlighted item."""
        if self.source.step_evidence(-1) is None:
            self.notify("This item has no evidence in the source.", severity="warning", timeout=2)
        self._update_evidence_counter()

    def _update_evidence_counter(self) -> None:
        """"evidence 2 of 3  [ ]" under the source pane, so the analyst knows where they are."""
        spans = self.source.current_spans
        pane = self.query_one("#source")
        if not spans:
            subtitle = "no evidence" if self.highlighted() else ""
        else:
            subtitle = f"evidence {self.source.current_index + 1} of {len(spans)}  [ ]"
        if pane.border_subtitle != subtitle:  # setting it repaints the whole pane
            pane.border_subtitle = subtitle

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys whose action is not implemented (yet) from footer, help and palette;
        in a read-only briefing, disable every key that would change or save it."""
        if not hasattr(self, f"action_{action}"):
            return False
        if action == "take_lock":
            return self.read_only  # only a briefing open elsewhere has a lock to take
        if self.read_only and action in CHANGING_ACTIONS:
            return None  # shown dimmed, does nothing
        return True

    @on(events.Unmount)
    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
