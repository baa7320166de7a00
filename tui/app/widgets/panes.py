"""Small widgets of the review screen: the header, the list panes with their filter, the summary."""

from __future__ import annotations

from typing import Any, Callable

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import AwaitMount
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static

from tui.app.keymap import FILTER_BINDINGS
from tui.app.widgets.item_list import ItemList, Row
from tui.app.widgets.text_view import TextView


class BriefingHeader(Static):
    """One line on top: title, file name, unsaved marker, review progress."""

    title_text: reactive[str] = reactive("")
    file_name: reactive[str] = reactive("")
    dirty: reactive[bool] = reactive(False)
    reviewed: reactive[int] = reactive(0)
    total: reactive[int] = reactive(0)
    conflicts: reactive[int] = reactive(0)
    read_only: reactive[bool] = reactive(False)

    def render(self) -> Text:
        # The title gives way first: file, unsaved marker and progress always show.
        right = Text()
        right.append(f"{self.file_name}  ", style="dim")
        if self.conflicts:
            right.append(f"⚠ {self.conflicts} conflict{'s' if self.conflicts != 1 else ''} (C)  ", style="bold")
        if self.read_only:
            right.append("🔒 read-only  ", style="bold")
        if self.dirty:
            right.append("● unsaved  ", style="bold")
        right.append(f"{self.reviewed} of {self.total} reviewed ")
        width = self.size.width or 120
        left = Text(f" {self.title_text}", style="bold", no_wrap=True, overflow="ellipsis")
        left.truncate(max(0, width - right.cell_len - 1), overflow="ellipsis", pad=True)
        return Text.assemble(left, " ", right, no_wrap=True)

    def watch_dirty(self, dirty: bool) -> None:
        self.set_class(dirty, "-dirty")

    @property
    def text(self) -> str:
        """The header as plain text (for tests and screen readers)."""
        return self.render().plain


class FilterInput(Input):
    """The `/` filter box of a list: filters as you type, Enter keeps, Esc clears."""

    BINDINGS = FILTER_BINDINGS

    class Cleared(Message):
        """Escape was pressed: drop the filter."""

        def __init__(self, filter_input: "FilterInput") -> None:
            super().__init__()
            self.filter_input = filter_input

        @property
        def control(self) -> "FilterInput":
            return self.filter_input

    def __init__(self, pane: "Filterable", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        #: The pane whose list this box filters.
        self.pane = pane

    def action_clear(self) -> None:
        self.post_message(self.Cleared(self))

    def _on_focus(self, event: events.Focus) -> None:
        # The box may sit outside its pane: keep the pane marked as the one in use.
        self.pane.add_class("-filtering")

    def _on_blur(self, event: events.Blur) -> None:
        self.pane.remove_class("-filtering")


class Filterable:
    """What a titled list pane shares: its filter box, made on the first `/`, and its counts.

    The box is mounted after the review screen's first frame (:meth:`prepare_filter`), not
    with it: four hidden inputs cost about 8 ms of styling in the first frame (issue 8).
    """

    #: The box's keys, listed by the help screen before the box exists.
    DEFERRED_BINDINGS = FILTER_BINDINGS

    # Each pane class provides these (annotations only: nothing here shadows them).
    list_name: str
    pane_title: str
    #: The list the filter applies to.
    item_list: ItemList
    #: Mount the box where this pane shows it.
    _mount_filter: Callable[[FilterInput], AwaitMount]

    #: What the list is filtered by ("" when it is not).
    filter_text: str = ""
    #: The filter box once mounted (None before).
    filter_input: FilterInput | None = None

    def on_mount(self) -> None:
        self.border_title = self.pane_title

    def prepare_filter(self) -> AwaitMount | None:
        """Mount the filter box, hidden, ahead of its first use (None: it is there already).

        The screen calls this once its first frame is drawn, so that `/` then only shows the
        box and focuses it at once: keys typed right behind `/` (a pasted filter, tmux
        send-keys) reach the box instead of the list, where "u" or "a" would be actions.
        """
        if self.filter_input is not None:
            return None
        box = FilterInput(self, placeholder="filter…", id=f"{self.list_name}-filter", classes="filter")
        box.display = False
        self.filter_input = box
        return self._mount_filter(box)

    async def open_filter(self) -> FilterInput:
        """Show the filter box (mounting it first if it is not yet), holding the current filter."""
        pending = self.prepare_filter()
        if pending is not None:
            await pending
        return self.show_filter()

    def show_filter(self) -> FilterInput:
        """Show the prepared filter box, holding the current filter."""
        box = self.filter_input
        assert box is not None, "prepare_filter() first"
        box.display = True
        box.value = self.filter_text
        return box

    def close_filter(self) -> None:
        """Clear and hide the filter box (the list is refilled by the screen)."""
        self.filter_text = ""
        if self.filter_input is not None:
            self.filter_input.value = ""
            self.filter_input.display = False

    def set_counts(self, shown: int, total: int) -> None:
        """Show the number of items (and how many pass the filter) in the border."""
        self.border_subtitle = f"{shown} of {total}" if shown != total else str(total)  # type: ignore[attr-defined]


class ListPane(Filterable, ItemList):
    """A titled pane that is its item list: the list draws the border itself.

    One widget, not a container around the list: a container per pane cost about 3 ms of the
    review screen's first frame each (issue 8). The filter box, when opened, goes right
    under the pane, in the same column.
    """

    def __init__(
        self,
        title: str,
        list_name: str,
        describe: Callable[[str], Row],
        *,
        id: str | None = None,
        empty_text: str = "(none)",
    ) -> None:
        super().__init__(list_name, describe, empty_text=empty_text, id=id, classes="pane")
        self.pane_title = title

    @property
    def item_list(self) -> ItemList:
        return self

    def _mount_filter(self, box: FilterInput) -> AwaitMount:
        assert self.parent is not None
        return self.parent.mount(box, after=self)


class SummaryPane(Filterable, Vertical):
    """The summary text above the list of key points, in one titled pane."""

    def __init__(self, title: str, list_name: str, describe: Callable[[str], Row], *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self.pane_title = title
        self.list_name = list_name
        self.describe = describe

    def compose(self) -> ComposeResult:
        yield TextView(id="summary-scroll")
        yield ItemList(self.list_name, self.describe, id=f"{self.list_name}-list")

    @property
    def item_list(self) -> ItemList:
        return self.query_one(ItemList)

    def _mount_filter(self, box: FilterInput) -> AwaitMount:
        return self.mount(box, before=self.item_list)

    def set_summary(self, text: str) -> None:
        self.query_one("#summary-scroll", TextView).update(Text(text or "(no summary)"))
