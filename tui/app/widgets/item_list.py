"""A virtualised list of briefing items: one line per item, drawn only when visible.

A line-API widget (like toolong's log view) rather than ``ListView`` or ``OptionList``: it
holds just a list of ids, renders the visible rows on demand and caches them, so a list of
10,000 items opens instantly, and changing one item's status redraws one row, not the list.
Looks come from component classes in ``app.tcss``; the status shows as a symbol and a colour.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.keymap import LIST_BINDINGS
from tui.app.widgets.steady import SteadyScrollbars

#: Symbol per review status: readable without colour (256 colours, colour-blind users).
STATUS_SYMBOLS: dict[str, str] = {
    "unreviewed": "·",
    "accepted": "✓",
    "rejected": "✗",
    "flagged": "⚑",
}


#: Control characters (newlines, tabs, escape sequences) print as spaces in a one-line row.
_CONTROL = {code: " " for code in [*range(32), 127]}


def fit(text: str, width: int) -> str:
    """``text`` padded or cut to ``width`` cells, with an ellipsis when cut."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    if width <= 1:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


class Row(NamedTuple):
    """What one line of the list shows: status, label and a short kind on the right."""

    status: str
    label: str
    kind: str = ""


class ItemList(SteadyScrollbars, ScrollView, can_focus=True):
    """The items of one list (actors, assets, ...) with a cursor; rows come from ``describe``."""

    BINDINGS = LIST_BINDINGS

    COMPONENT_CLASSES = {
        "item-list--cursor",
        "item-list--kind",
        "item-list--unreviewed",
        "item-list--accepted",
        "item-list--rejected",
        "item-list--flagged",
        "item-list--empty",
    }

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class _ItemMessage(Message):
        """A message about one item of the list (``item_id`` None: the list is empty)."""

        def __init__(self, item_list: "ItemList", item_id: str | None) -> None:
            super().__init__()
            self.item_list = item_list
            self.list_name = item_list.list_name
            self.item_id = item_id

        @property
        def control(self) -> "ItemList":
            return self.item_list

    class Highlighted(_ItemMessage):
        """The cursor moved to another item."""

    class Selected(_ItemMessage):
        """Enter was pressed on an item (the screen focuses the detail pane)."""

    def __init__(
        self,
        list_name: str,
        describe: Callable[[str], Row],
        *,
        empty_text: str = "(none)",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.list_name = list_name
        self.describe = describe
        self.empty_text = empty_text
        self._ids: list[str] = []
        self._positions: dict[str, int] = {}
        self._cache: LRUCache[tuple, Strip] = LRUCache(512)

    # -- content -------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        """Ids of the rows shown, in order (after any filter)."""
        return self._ids

    @property
    def row_count(self) -> int:
        return len(self._ids)

    def set_ids(self, ids: list[str], *, keep: str | None = None, fallback: int = 0) -> None:
        """Show these items; keep the cursor on ``keep`` when it is among them, else put it
        at row ``fallback`` (so deleting an item leaves the cursor where it was)."""
        self._ids = list(ids)
        self._positions = {item_id: pos for pos, item_id in enumerate(self._ids)}
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(self._ids))
        target = self._positions.get(keep, fallback) if keep else fallback
        self.set_reactive(ItemList.cursor, min(target, max(0, len(self._ids) - 1)))
        self.refresh()
        self._post_highlight()
        self.call_after_refresh(self._scroll_cursor_visible)

    def position(self, item_id: str) -> int | None:
        """Row of ``item_id`` in the list shown, or None."""
        return self._positions.get(item_id)

    def refresh_item(self, item_id: str) -> None:
        """Redraw one item's row after its data changed (O(1))."""
        pos = self._positions.get(item_id)
        if pos is None:
            return
        for key in [k for k in self._cache.keys() if k[0] == item_id]:
            self._cache.discard(key)
        self.refresh(Region(0, pos - self.scroll_offset.y, self.size.width, 1))

    def refresh_all(self) -> None:
        """Redraw every visible row (after undo or a reload)."""
        self._cache.clear()
        self.refresh()

    @property
    def highlighted_id(self) -> str | None:
        """Id of the item under the cursor, or None when the list is empty."""
        if not self._ids:
            return None
        return self._ids[min(self.cursor, len(self._ids) - 1)]

    def highlight(self, item_id: str) -> bool:
        """Move the cursor to ``item_id``; False when it is not shown (e.g. filtered out)."""
        pos = self._positions.get(item_id)
        if pos is None:
            return False
        self.cursor = pos
        return True

    # -- cursor ----------------------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._ids) - 1)) if self._ids else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._scroll_cursor_visible()
        if old != new:
            self._post_highlight()

    def _post_highlight(self) -> None:
        self.post_message(self.Highlighted(self, self.highlighted_id))

    def _refresh_row(self, pos: int) -> None:
        y = pos - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _scroll_cursor_visible(self) -> None:
        if self._ids:
            self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self._ids) - 1

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_select(self) -> None:
        item_id = self.highlighted_id
        if item_id is not None:
            self.post_message(self.Selected(self, item_id))

    async def _on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)  # inside a border and padding, if any
        if where is None:
            return
        pos = where.y + self.scroll_offset.y
        if 0 <= pos < len(self._ids):
            self.cursor = pos
            if event.chain > 1:
                self.action_select()

    def _on_focus(self, event: events.Focus) -> None:
        self.refresh_all()

    def _on_blur(self, event: events.Blur) -> None:
        self.refresh_all()

    def on_resize(self) -> None:
        # Rows are cached by width: a pane that only got taller or shorter (a filter box
        # opening under a neighbour) draws its rows from the cache.
        self.virtual_size = Size(self.size.width, len(self._ids))

    # -- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        pos = y + self.scroll_offset.y
        base = self.rich_style
        if not self._ids:
            if y == 0:
                text = set_cell_size(f" {self.empty_text}", width)
                return Strip([Segment(text, base + self.get_component_rich_style("item-list--empty"))], width)
            return Strip.blank(width, base)
        if pos >= len(self._ids):
            return Strip.blank(width, base)
        item_id = self._ids[pos]
        is_cursor = pos == self.cursor
        key = (item_id, width, is_cursor, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(self.describe(item_id), width, is_cursor, base)
            self._cache[key] = strip
        return strip

    def _render_row(self, row: Row, width: int, is_cursor: bool, base: Style) -> Strip:
        style = base
        if is_cursor:
            style = base + self.get_component_rich_style("item-list--cursor")
        status_style = self.get_component_rich_style(f"item-list--{row.status}", partial=True)
        kind_style = self.get_component_rich_style("item-list--kind", partial=True)
        symbol = STATUS_SYMBOLS.get(row.status, "?")
        kind = row.kind
        kind_width = min(cell_len(kind), max(0, width // 3))
        label_width = max(0, width - 3 - (kind_width + 1 if kind_width else 0))
        segments = [
            Segment(" ", style),
            Segment(symbol, style + status_style),
            Segment(" ", style),
            Segment(fit(row.label.translate(_CONTROL), label_width), style),
        ]
        if kind_width:
            kind = fit(kind.translate(_CONTROL), kind_width)
            segments += [Segment(" ", style), Segment(kind, style + kind_style)]
        return Strip(segments).adjust_cell_length(width, style)
