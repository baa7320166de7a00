"""Small widgets of the review screen: the header, list panes with their filter, the summary."""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
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

    def action_clear(self) -> None:
        self.post_message(self.Cleared(self))


class ListPane(Vertical):
    """A titled pane holding one item list and its filter box, made on the first `/`.

    The box is mounted only when first opened: four hidden inputs cost about 8 ms of styling
    in the review screen's first frame (issue 8), for a feature used now and then.
    """

    #: The box's keys, listed by the help screen before the box exists.
    DEFERRED_BINDINGS = FILTER_BINDINGS

    def __init__(
        self,
        title: str,
        list_name: str,
        describe: Callable[[str], Row],
        *,
        id: str | None = None,
        empty_text: str = "(none)",
    ) -> None:
        super().__init__(id=id, classes="pane")
        self.pane_title = title
        self.list_name = list_name
        self.describe = describe
        self.empty_text = empty_text
        self.filter_text = ""
        #: The filter box once opened (None before the first `/`).
        self.filter_input: FilterInput | None = None

    def compose(self) -> ComposeResult:
        yield ItemList(self.list_name, self.describe, empty_text=self.empty_text, id=f"{self.list_name}-list")

    def on_mount(self) -> None:
        self.border_title = self.pane_title

    @property
    def item_list(self) -> ItemList:
        return self.query_one(ItemList)

    async def open_filter(self) -> FilterInput:
        """Show the filter box (mounting it the first time), holding the current filter."""
        box = self.filter_input
        if box is None:
            box = FilterInput(placeholder="filter…", id=f"{self.list_name}-filter", classes="filter")
            self.filter_input = box
            await self.mount(box, before=self.item_list)
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
        self.border_subtitle = f"{shown} of {total}" if shown != total else str(total)


class SummaryPane(ListPane):
    """The summary text above the list of key points."""

    def compose(self) -> ComposeResult:
        yield TextView(id="summary-scroll")
        yield from super().compose()

    def set_summary(self, text: str) -> None:
        self.query_one("#summary-scroll", TextView).update(Text(text or "(no summary)"))
