"""The merge-conflicts screen: both versions side by side, keep one, lazygit-style keys.

``briefing merge`` (and git, through the merge driver) records what two analysts changed two
ways in ``briefing.conflicts``. This screen lists them; for the highlighted one it shows the
common ancestor and the two competing values side by side. ``←``/``h`` picks our side,
``→``/``l`` theirs, ``b`` the common ancestor, ``Enter`` takes the picked side: the value is put
in place by :func:`tui.team.resolve.resolve` (pure, validated) and the conflict disappears.

Use it from the review screen with the screen's :class:`~tui.core.ops.Editor`, so every choice
changes the briefing in place as one undoable change (``u`` undoes a choice like any edit)::

    def done(result: Briefing | None) -> None: ...   # None: nothing was resolved
    app.push_screen(ConflictsScreen(editor.briefing, editor=editor, on_resolve=callback), done)

Without an editor, each choice makes a new briefing (:func:`tui.team.resolve.resolve`) and the
caller takes it from ``on_resolve`` or the dismiss result. ``on_resolve(briefing, conflict,
choice)`` is called after every choice (refresh panes, mark the file modified); ``dismiss``
hands back the final briefing when anything was resolved. The screen never saves: the caller
does, so saving stays in one place.
"""

from __future__ import annotations

from typing import Any, Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.core import yamlio
from tui.core.errors import BriefingError
from tui.core.model import Briefing, Conflict
from tui.core.ops import Editor
from tui.team.diff import data_changes
from tui.team.paths import parse_path
from tui.team.resolve import resolve, resolve_in_editor

from tui.app.keymap import CONFLICT_BINDINGS

Resolved = Callable[[Briefing, Conflict, str], Any]


def describe_value(conflict: Conflict, value: Any) -> str:
    """How a conflict value reads for the analyst: YAML, or what a missing value means.

    A whole item or note (one side deleted it) starts with what the other side changed in it
    since the common version, so the analyst sees at once what deleting it would throw away.
    """
    if value is None:
        return "(deleted)" if _is_whole(conflict) else "(empty)"
    if isinstance(value, str):
        return value
    text = yamlio.dump(value).rstrip("\n")
    if isinstance(value, dict) and isinstance(conflict.base, dict):
        fields, notes = data_changes(conflict.base, value)
        lines = [f"changed {f.path}: {_short(f.old)} → {_short(f.new)}" for f in fields]
        lines += [f"note {n.action} by {n.author}: {_short(n.new_text or n.old_text)}" for n in notes]
        if lines:
            return "\n".join(lines) + "\n\n" + text
    return text


def _is_whole(conflict: Conflict) -> bool:
    """True when the conflict is about a whole item or note (its path ends in a selector)."""
    try:
        return parse_path(conflict.path)[-1].selector is not None
    except ValueError:
        return False


def _short(value: Any, limit: int = 50) -> str:
    if value is None:
        return "(none)"
    shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    shown = shown.replace("\n", " ⏎ ")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def describe_path(path: str, briefing: Briefing | None = None) -> str:
    """``actors[id=actor-putin].review.status`` -> ``Vladimir Putin › review › status``.

    Items are named by their label when ``briefing`` holds them, else by id.
    """
    try:
        segments = parse_path(path)
    except ValueError:
        return path
    parts = [seg.selector[1] if seg.selector else seg.key for seg in segments]
    if len(segments) > 1 and segments[0].key == "summary" and segments[1].selector:
        parts = parts[1:]  # summary.points[id=kp-1]: the key point says enough
    if briefing is not None and segments[0].key in ("actors", "assets", "open_questions", "places", "summary"):
        found = briefing.find(parts[0])
        if found is not None:
            label = found[2].label
            parts[0] = label if len(label) <= 40 else label[:39] + "…"
    return " › ".join(parts)


class ConflictsScreen(Screen[Briefing | None]):
    """Lists the briefing's merge conflicts and resolves them one by one."""

    BINDINGS = CONFLICT_BINDINGS
    DEFAULT_CSS = """
    ConflictsScreen { layout: vertical; }
    ConflictsScreen #conflicts-title { height: auto; padding: 0 1; text-style: bold; }
    ConflictsScreen #conflicts-list { height: auto; max-height: 12; border: round $primary; }
    ConflictsScreen #conflicts-base { height: auto; max-height: 6; padding: 0 1; color: $text-muted; }
    ConflictsScreen #conflicts-sides { height: 1fr; }
    ConflictsScreen .conflicts--side { width: 1fr; border: round $panel; padding: 0 1; }
    ConflictsScreen .conflicts--side.-picked { border: double $accent; background: $boost; }
    ConflictsScreen #conflicts-error { height: auto; color: $error; padding: 0 1; }
    """

    def __init__(
        self,
        briefing: Briefing,
        *,
        editor: Editor | None = None,
        on_resolve: Resolved | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.editor = editor
        self.briefing = editor.briefing if editor is not None else briefing
        self.on_resolve = on_resolve
        #: The side the analyst has picked for the highlighted conflict.
        self.picked = "ours"
        #: (conflict id, choice) of every resolution made on this screen, in order.
        self.resolutions: list[tuple[str, str]] = []

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static("", id="conflicts-title")
        yield OptionList(id="conflicts-list")
        yield Static("", id="conflicts-base", markup=False)
        with Horizontal(id="conflicts-sides"):
            with VerticalScroll(id="side-ours", classes="conflicts--side"):
                yield Static("", id="value-ours", markup=False)
            with VerticalScroll(id="side-theirs", classes="conflicts--side"):
                yield Static("", id="value-theirs", markup=False)
        yield Static("", id="conflicts-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._refill()
        self.query_one("#conflicts-list", OptionList).focus()

    # -- state -------------------------------------------------------------------------

    @property
    def current(self) -> Conflict | None:
        """The highlighted conflict, or None when there are none left."""
        options = self.query_one("#conflicts-list", OptionList)
        option = options.highlighted_option
        if option is None:
            return None
        return next((c for c in self.briefing.conflicts if c.id == option.id), None)

    def _refill(self, index: int = 0) -> None:
        options = self.query_one("#conflicts-list", OptionList)
        options.clear_options()
        for conflict in self.briefing.conflicts:
            whole = _is_whole(conflict) and (conflict.ours is None or conflict.theirs is None)
            prompt = Text.assemble(
                (describe_path(conflict.path, self.briefing), "bold"),
                (" (deleted on one side, changed on the other)" if whole else "", "italic"),
                "  ",
                (f"{conflict.ours_label} vs {conflict.theirs_label}", "dim"),
            )
            options.add_option(Option(prompt, id=conflict.id))
        count = len(self.briefing.conflicts)
        title = self.query_one("#conflicts-title", Static)
        if count:
            title.update(f"{count} merge conflict(s) — pick a side with ←/→ (h/l), take it with Enter")
            options.highlighted = min(index, count - 1)
        else:
            title.update("No conflicts left — Esc to go back (and save)")
        self._show()

    def _show(self) -> None:
        conflict = self.current
        ours = self.query_one("#side-ours")
        theirs = self.query_one("#side-theirs")
        base = self.query_one("#conflicts-base", Static)
        if conflict is None:
            for side in (ours, theirs):
                side.border_title = ""
                side.set_class(False, "-picked")
            self.query_one("#value-ours", Static).update("")
            self.query_one("#value-theirs", Static).update("")
            base.update("")
            return
        ours.border_title = f"← ours: {conflict.ours_label}"
        theirs.border_title = f"theirs: {conflict.theirs_label} →"
        self.query_one("#value-ours", Static).update(describe_value(conflict, conflict.ours))
        self.query_one("#value-theirs", Static).update(describe_value(conflict, conflict.theirs))
        if isinstance(conflict.base, (dict, list)):
            base_text = "as it was before either change (b takes it)"
        else:
            base_text = describe_value(conflict, conflict.base).replace("\n", " ⏎ ")[:300]
        marker = "▶ " if self.picked == "base" else ""
        base.update(f"{conflict.path}\n{marker}base: {base_text}")
        ours.set_class(self.picked == "ours", "-picked")
        theirs.set_class(self.picked == "theirs", "-picked")

    def _error(self, message: str) -> None:
        self.query_one("#conflicts-error", Static).update(message)

    # -- events and actions ------------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.picked = "ours"
        self._error("")
        self._show()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a mouse click selects: it only highlights, taking a side needs Enter

    def action_pick(self, side: str) -> None:
        """Pick a side (``ours``, ``theirs`` or ``base``) for the highlighted conflict."""
        self.picked = side
        self._show()

    def action_move(self, step: int) -> None:
        options = self.query_one("#conflicts-list", OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_take(self) -> None:
        """Resolve the highlighted conflict with the picked side."""
        conflict = self.current
        if conflict is None:
            return
        index = self.query_one("#conflicts-list", OptionList).highlighted or 0
        try:
            if self.editor is not None:
                resolve_in_editor(self.editor, conflict.id, self.picked)
                updated = self.editor.briefing
            else:
                updated = resolve(self.briefing, conflict.id, self.picked)
        except BriefingError as exc:
            self._error(str(exc))
            return
        choice = self.picked
        self.briefing = updated
        self.resolutions.append((conflict.id, choice))
        self._error("")
        self.picked = "ours"
        if self.on_resolve is not None:
            self.on_resolve(updated, conflict, choice)
        self._refill(index)
        self.notify(f"kept {choice}: {describe_path(conflict.path, self.briefing)}", timeout=3)

    def action_close(self) -> None:
        """Back to where the screen was opened from, with the resolved briefing if anything changed."""
        self.dismiss(self.briefing if self.resolutions else None)


def open_conflicts(app: Any, editor: Editor, on_change: Callable[[], Any] | None = None) -> bool:
    """Push the conflicts screen for ``editor``'s briefing if it has conflicts; True when opened.

    The one call the review screen needs (on mount, and on its "conflicts" key)::

        open_conflicts(self.app, self.editor, on_change=self._populate)

    ``on_change()`` runs after every choice (refresh the panes, the dirty marker), each choice
    being one undoable change in ``editor``.
    """
    if not editor.briefing.conflicts:
        return False

    def changed(briefing: Briefing, conflict: Conflict, choice: str) -> None:
        if on_change is not None:
            on_change()

    app.push_screen(ConflictsScreen(editor.briefing, editor=editor, on_resolve=changed))
    return True
