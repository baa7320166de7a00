"""The source pane: the source text, read-only and selectable, with evidence highlighted.

A line-API scroll view of its own (not Textual's ``TextArea``): it draws only the rows on
screen, each from a slice of its line, and caches them until something on them changes. The
analyst moves a cursor and selects text with the keyboard (shift+arrows, ctrl+shift+arrows,
shift+home/end) or the mouse; new items and evidence are cut from the selection. Three
highlight layers sit under the selection and the cursor:

- ``mention``: every item's evidence, faint, computed once when the text is loaded;
- ``evidence``: the spans of the highlighted item;
- ``evidence-current``: the span ``[`` / ``]`` stepped to.

Changing the highlighted item only recomputes the lines its old and new spans touch, so
moving through a 10,000-item briefing costs the same as moving through ten. The geometry
(lines, wrapped rows, offsets) is :mod:`tui.app.widgets.source_layout`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.keymap import SOURCE_BINDINGS, TEXT_BINDINGS
from tui.app.widgets.source_layout import DISPLAY, FOLD, SourceLayout, fold_long_lines
from tui.app.widgets.steady import SteadyScrollbars

__all__ = ["FOLD", "LAYERS", "SourceView", "fold_long_lines"]

Span_ = tuple[int, int]

#: Names of the highlight layers, weakest first (later ones are drawn over earlier ones).
LAYERS = ("mention", "evidence", "evidence-current")

#: Everything drawn over the text, weakest first.
_DRAWN = (*LAYERS, "selection", "cursor")
_RANK = {name: rank for rank, name in enumerate(_DRAWN)}

_WORD = re.compile(r"\w+")


class SourceView(SteadyScrollbars, ScrollView, can_focus=True):
    """Read-only source text with evidence spans highlighted and scrolled into view."""

    BINDINGS = [
        *TEXT_BINDINGS,
        *SOURCE_BINDINGS,
        # Undo/redo are the briefing's, not the (read-only) text's.
        Binding("ctrl+z", "screen.undo", "Undo", show=False, id="file.undo"),
        Binding("ctrl+y", "screen.redo", "Redo", show=False, id="file.redo"),
    ]

    COMPONENT_CLASSES = {f"source--{name}" for name in _DRAWN}

    #: The text is never edited here (new items are cut from it, not typed into it).
    read_only = True

    def __init__(self, text: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._layout = SourceLayout(text)
        # line -> [(start_col, end_col|None)], in characters: every item's evidence.
        self._mentions: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        self._current_spans: list[Span_] = []
        self._current_index: int = -1
        #: line -> [(start_col, end_col|None, layer name)], weakest layer first.
        self._highlights: dict[int, list[tuple[int, int | None, str]]] = {}
        self._cursor = 0
        self._anchor: int | None = None  # the other end of the selection, if any
        self._goal: int | None = None  # the column up/down keep to
        self._dragging = False
        self._pending_span: Span_ | None = None  # to scroll to once the pane has a size
        self._cache: LRUCache[tuple[int, int, bool], Strip] = LRUCache(256)
        self._layer_styles: list[Style] | None = None

    # -- text and offsets ----------------------------------------------------------------

    @property
    def text(self) -> str:
        """The text shown (long lines folded, see :func:`fold_long_lines`)."""
        return self._layout.text

    @property
    def lines(self) -> list[str]:
        """The lines of the text, with their line breaks."""
        return self._layout.lines

    def load_source(self, text: str, mention_spans: Iterable[Span_]) -> None:
        """Show ``text`` and mark every mention span faintly (done once per briefing)."""
        self._layout.set_text(fold_long_lines(text))
        self._mentions = defaultdict(list)
        for start, end in mention_spans:
            self._add_range(self._mentions, start, end)
        self._current_spans = []
        self._current_index = -1
        self._cursor, self._anchor, self._goal = 0, None, None
        self._highlights = {}
        self._rebuild_lines(set(self._mentions))
        self._rewrap(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_mentions(self, spans: Iterable[Span_]) -> None:
        """Replace every mention mark (after an undo, add or delete) without reloading the text."""
        old_rows = set(self._mentions)
        self._mentions = defaultdict(list)
        for start, end in spans:
            self._add_range(self._mentions, start, end)
        self._rebuild_lines(old_rows | set(self._mentions))

    def add_mentions(self, spans: Iterable[Span_]) -> None:
        """Mark more mentions (new evidence), touching only their lines."""
        touched: set[int] = set()
        for start, end in spans:
            touched |= self._add_range(self._mentions, start, end)
        self._rebuild_lines(touched)

    def location(self, offset: int) -> tuple[int, int]:
        """(line, column) of a character offset into the source text."""
        return self._layout.location(offset)

    def offset(self, location: tuple[int, int]) -> int:
        """Character offset of a (line, column) location."""
        return self._layout.offset(location)

    def visual_row(self, offset: int) -> int:
        """The row of the pane (0 = the top of the text) that draws ``offset``."""
        return self._layout.row_of(offset)

    # -- cursor and selection ------------------------------------------------------------

    @property
    def cursor_offset(self) -> int:
        """Offset of the cursor in the text."""
        return self._cursor

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected text as (start, end) character offsets, or None when nothing is selected."""
        if self._anchor is None or self._anchor == self._cursor:
            return None
        return min(self._anchor, self._cursor), max(self._anchor, self._cursor)

    @property
    def selected_text(self) -> str:
        """The selected text ("" when nothing is selected)."""
        found = self.selection_offsets()
        return "" if found is None else self.text[found[0] : found[1]]

    def select_span(self, span: Span_) -> None:
        """Select a span of the source (the cursor goes to its end; used by tests and tools)."""
        size = len(self.text)
        self._anchor = max(0, min(span[0], size))
        self._cursor = max(0, min(span[1], size))
        self._goal = None
        self._redraw()

    def _move(self, offset: int, select: bool, *, keep_goal: bool = False) -> None:
        offset = max(0, min(offset, len(self.text)))
        if select:
            if self._anchor is None:
                self._anchor = self._cursor
        else:
            self._anchor = None
        self._cursor = offset
        if not keep_goal:
            self._goal = None
        self._redraw()
        self._scroll_cursor_visible()

    def _row_and_column(self) -> tuple[int, int]:
        """The cursor's row and its column in that row ((0, 0) before the text is wrapped)."""
        if not self._layout.rows:
            return 0, 0
        row = self._layout.row_of(self._cursor)
        return row, self._cursor - self._layout.row_starts[row]

    def _move_rows(self, delta: int, select: bool) -> None:
        layout = self._layout
        if not layout.rows:
            return
        row, column = self._row_and_column()
        if self._goal is None:
            self._goal = column
        target = max(0, min(row + delta, len(layout.rows) - 1))
        if target == row:  # first or last row: to its start or end
            offset = layout.row_starts[row] + (0 if delta < 0 else layout.last_column(row))
        else:
            offset = layout.row_starts[target] + min(self._goal, layout.last_column(target))
        self._move(offset, select, keep_goal=True)

    def action_cursor_up(self, select: bool = False) -> None:
        """Cursor one row up (shift: select)."""
        self._move_rows(-1, select)

    def action_cursor_down(self, select: bool = False) -> None:
        """Cursor one row down (shift: select)."""
        self._move_rows(+1, select)

    def action_cursor_page_up(self, select: bool = False) -> None:
        """Cursor a page up."""
        self._move_rows(-max(1, self.scrollable_content_region.height - 1), select)

    def action_cursor_page_down(self, select: bool = False) -> None:
        """Cursor a page down."""
        self._move_rows(max(1, self.scrollable_content_region.height - 1), select)

    def action_cursor_left(self, select: bool = False) -> None:
        """Cursor one character left; without shift, a selection collapses to its start."""
        found = self.selection_offsets()
        self._move(found[0] if found and not select else self._cursor - 1, select)

    def action_cursor_right(self, select: bool = False) -> None:
        """Cursor one character right; without shift, a selection collapses to its end."""
        found = self.selection_offsets()
        self._move(found[1] if found and not select else self._cursor + 1, select)

    def action_cursor_word_left(self, select: bool = False) -> None:
        """Cursor to the start of this or the previous word."""
        text, offset = self.text, self._cursor
        while offset > 0 and not _WORD.match(text, offset - 1):
            offset -= 1
        while offset > 0 and _WORD.match(text, offset - 1):
            offset -= 1
        self._move(offset, select)

    def action_cursor_word_right(self, select: bool = False) -> None:
        """Cursor to the end of this or the next word."""
        found = _WORD.search(self.text, self._cursor)
        self._move(found.end() if found else len(self.text), select)

    def action_cursor_line_start(self, select: bool = False) -> None:
        """Cursor to the start of the row."""
        if self._layout.rows:
            self._move(self._layout.row_starts[self._row_and_column()[0]], select)

    def action_cursor_line_end(self, select: bool = False) -> None:
        """Cursor to the end of the row."""
        if self._layout.rows:
            row = self._row_and_column()[0]
            self._move(self._layout.row_starts[row] + self._layout.last_column(row), select)

    def action_copy(self) -> None:
        """Copy the selection to the clipboard (through the terminal)."""
        if self.selected_text:
            self.app.copy_to_clipboard(self.selected_text)

    # -- the mouse ------------------------------------------------------------------------

    def _offset_at(self, event: events.MouseEvent) -> int:
        layout = self._layout
        if not layout.rows:
            return 0
        where = event.get_content_offset_capture(self)
        row = max(0, min(self.scroll_offset.y + where.y, len(layout.rows) - 1))
        return layout.offset_in_row(row, where.x)

    async def _on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button != 1:
            return
        self.focus()
        offset = self._offset_at(event)
        self._move(offset, event.shift)
        if not event.shift:
            self._anchor = offset
        self._dragging = True
        self.capture_mouse()

    async def _on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self._move(self._offset_at(event), True)

    async def _on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()

    # -- the highlighted item ------------------------------------------------------------

    @property
    def current_spans(self) -> list[Span_]:
        """Evidence spans of the highlighted item, in source order."""
        return list(self._current_spans)

    @property
    def current_index(self) -> int:
        """Which of the current spans ``[``/``]`` last stepped to (-1: none yet)."""
        return self._current_index

    def show_evidence(self, spans: Iterable[Span_], *, scroll: bool = True) -> None:
        """Highlight the spans of the newly highlighted item and scroll the first into view."""
        new_spans = sorted((s, e) for s, e in spans if e > s)
        if new_spans == self._current_spans and not scroll:
            return  # the same item refreshed after an edit: nothing to redraw
        old_rows = self._rows_of(self._current_spans)
        if new_spans != self._current_spans or self._current_index < 0:
            self._current_index = 0 if new_spans else -1  # else: keep the span `]` reached
        self._current_spans = new_spans
        self._rebuild_lines(old_rows | self._rows_of(self._current_spans))
        if scroll and self._current_spans:
            self.scroll_to_span(self._current_spans[0])

    def step_evidence(self, delta: int) -> Span_ | None:
        """Move to the next (+1) or previous (-1) evidence span, wrapping; returns it."""
        if not self._current_spans:
            return None
        old = self._current_spans[self._current_index] if self._current_index >= 0 else None
        self._current_index = (self._current_index + delta) % len(self._current_spans)
        span = self._current_spans[self._current_index]
        rows = self._rows_of([span])
        if old is not None:
            rows |= self._rows_of([old])
        self._rebuild_lines(rows)
        self.scroll_to_span(span)
        return span

    def scroll_to_span(self, span: Span_) -> None:
        """Scroll so that ``span`` is visible, roughly centred."""
        if not self._layout.rows:
            self._pending_span = span  # drawn later: on_resize scrolls
            return
        top = self._layout.row_of(span[0])
        bottom = self._layout.row_of(max(span[0], span[1] - 1))
        region = Region(0, top, 1, bottom - top + 1)
        self.scroll_to_region(region, animate=False, center=True, immediate=True)

    def _scroll_cursor_visible(self) -> None:
        if self._layout.rows:
            row = self._layout.row_of(self._cursor)
            self.scroll_to_region(Region(0, row, 1, 1), animate=False, immediate=True)

    # -- highlight ranges (per line, in characters) ---------------------------------------

    def _add_range(self, layer: dict[int, list[tuple[int, int | None]]], start: int, end: int) -> set[int]:
        if end <= start:
            return set()
        first, first_col = self.location(start)
        last, last_col = self.location(end)
        touched = set()
        for row in range(first, last + 1):
            col_start = first_col if row == first else 0
            col_end: int | None = last_col if row == last else None
            layer[row].append((col_start, col_end))
            touched.add(row)
        return touched

    def _rows_of(self, spans: Iterable[Span_]) -> set[int]:
        rows: set[int] = set()
        for start, end in spans:
            first = self.location(start)[0]
            last = self.location(end)[0]
            rows.update(range(first, last + 1))
        return rows

    def _rebuild_lines(self, rows: Iterable[int]) -> None:
        """Recompute the highlight list of some lines."""
        current_layer: dict[int, list[tuple[int, int | None, str]]] = defaultdict(list)
        for index, span in enumerate(self._current_spans):
            ranges: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
            self._add_range(ranges, *span)
            for row, found in ranges.items():
                current_layer[row].extend((a, b, "evidence") for a, b in found)
                if index == self._current_index:  # drawn over its own "evidence" mark
                    current_layer[row].extend((a, b, "evidence-current") for a, b in found)
        highlights = self._highlights
        count = len(self._layout.lines)
        for row in rows:
            if row >= count:
                continue
            entries = [(start, end, "mention") for start, end in self._mentions.get(row, ())]
            entries.extend(current_layer.get(row, ()))
            if entries:
                entries.sort(key=lambda entry: _RANK[entry[2]])  # weakest first
                highlights[row] = entries
            else:
                highlights.pop(row, None)
        self._redraw()

    # -- drawing ---------------------------------------------------------------------------

    def _redraw(self) -> None:
        self._cache.clear()
        self.refresh()

    def _rewrap(self, *, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        layout = self._layout
        if width <= 0 or (width == layout.width and not force):
            return
        top = layout.row_starts[min(self.scroll_offset.y, len(layout.rows) - 1)] if layout.rows else 0
        layout.wrap(width)
        self.virtual_size = Size(width, len(layout.rows))
        self._cache.clear()
        if self._pending_span is not None:
            span, self._pending_span = self._pending_span, None
            self.call_after_refresh(self.scroll_to_span, span)
        elif not force:
            self.scroll_to(y=layout.row_of(top), animate=False, immediate=True)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def _on_focus(self, event: events.Focus) -> None:
        self._redraw()  # the cursor shows only while the pane has focus

    def _on_blur(self, event: events.Blur) -> None:
        self._redraw()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._layer_styles = None
        self._cache.clear()

    def _styles_of_layers(self) -> list[Style]:
        if self._layer_styles is None:
            self._layer_styles = [self.get_component_rich_style(f"source--{name}", partial=True) for name in _DRAWN]
        return self._layer_styles

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        base = self.rich_style
        if index >= len(self._layout.rows) or width <= 0:
            return Strip.blank(width, base)
        key = (index, width, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(index, width, base, key[2])
            self._cache[key] = strip
        return strip

    def _render_row(self, index: int, width: int, base: Style, focused: bool) -> Strip:
        layout = self._layout
        line, start, end = layout.rows[index]
        text = layout.lines[line][start:end].translate(DISPLAY)
        row_start = layout.row_starts[index]
        marks: list[tuple[int, int, int]] = []  # (start, end, rank) in columns of this row
        for mark_start, mark_end, name in self._highlights.get(line, ()):
            a = max(mark_start, start)
            b = end if mark_end is None else min(mark_end, end)
            if a < b:
                marks.append((a - start, b - start, _RANK[name]))
        found = self.selection_offsets()
        if found is not None:
            a, b = max(found[0] - row_start, 0), min(found[1] - row_start, len(text))
            if a < b:
                marks.append((a, b, _RANK["selection"]))
        if focused and layout.row_of(self._cursor) == index:
            column = self._cursor - row_start
            if column >= len(text):
                text += " "  # the cursor after the last character
            marks.append((column, column + 1, _RANK["cursor"]))
        if not marks:
            return Strip([Segment(text, base)]).adjust_cell_length(width, base)
        styles = self._styles_of_layers()
        marks.sort(key=lambda mark: mark[2])
        points = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
        segments = []
        for a, b in zip(points, points[1:]):
            style = base
            for mark_start, mark_end, rank in marks:
                if mark_start <= a and b <= mark_end:
                    style += styles[rank]
            segments.append(Segment(text[a:b], style))
        return Strip(segments).crop(0, width).adjust_cell_length(width, base)
