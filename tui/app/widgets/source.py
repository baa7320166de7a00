"""The source pane: the source text, read-only and selectable, with evidence highlighted.

A read-only ``TextArea`` (so the analyst can move a cursor and select text with the keyboard
or the mouse; new items are cut from the selection). Three highlight layers are drawn through
the TextArea's own per-line highlight map:

- ``mention``: every item's evidence, faint, computed once when the text is loaded;
- ``evidence``: the spans of the highlighted item;
- ``evidence-current``: the span ``[`` / ``]`` stepped to.

Changing the highlighted item only recomputes the lines its old and new spans touch, so
moving through a 10,000-item briefing costs the same as moving through ten.

A very long line (scraped text often has no line breaks at all) is shown folded: every
:data:`FOLD` characters or so, one space becomes a line break in the pane's copy of the text.
The copy has the same length, so offsets, evidence spans and selections mean the same
characters; without it Textual re-divided the whole line on every drawn row (a keypress took
0.8 s with a 170 KB line).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import Iterable

from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region
from rich.cells import cell_len
from textual._wrap import compute_wrap_offsets
from textual.document._document import Document
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.expand_tabs import get_tab_widths
from textual.widgets import TextArea
from tui.app.widgets.steady import SteadyScrollbars
from textual.widgets.text_area import Selection

from tui.app.keymap import TEXT_BINDINGS

Span_ = tuple[int, int]

#: Lines longer than this are folded at a space (see the module's docstring).
FOLD = 1000


def fold_long_lines(text: str, width: int = FOLD) -> str:
    """``text`` with one space turned into a line break every ``width`` characters or so, in
    lines longer than that (the same length: character offsets are unchanged)."""
    lines = text.splitlines(keepends=True)
    if all(len(line) <= width for line in lines):
        return text
    out = []
    for line in lines:
        if len(line) <= width:
            out.append(line)
            continue
        chars = list(line)
        start = 0
        while len(line) - start > width:
            cut = line.rfind(" ", start + width // 2, start + width)
            if cut < 0:  # one long token: fold after it, at the next space if any
                cut = line.find(" ", start + width)
                if cut < 0:
                    break
            chars[cut] = "\n"
            start = cut + 1
        out.append("".join(chars))
    return "".join(out)


#: Names of the highlight layers, weakest first (later ones are drawn over earlier ones).
LAYERS = ("mention", "evidence", "evidence-current")


class _CachedHeightWrappedDocument(WrappedDocument):
    """A wrapped document that remembers its height and wraps short lines fast.

    Textual's ``WrappedDocument.height`` sums over every line and the TextArea asks for it on
    every rendered line: with a 10,000-line source that alone made each keypress take ~0.1 s.
    The text is read-only, so the height changes only when it is (re)wrapped.
    """

    _cached_height: int | None = None

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        """Textual's ``WrappedDocument.wrap`` with a fast path for lines that fit.

        Textual runs its word-wrapping routine on every line, even the ones shorter than the
        width (the usual case), which took seconds on a 50,000-line source. A line without
        tabs whose cell length fits needs no break, so it gets ``[]`` straight away; the other
        lines go through Textual's own routine. Same result, same internal tables.
        """
        self._cached_height = None
        self._width = width
        if tab_width:
            self._tab_width = tab_width
        tab_width = self._tab_width
        wrap_offsets_of: list[list[int]] = []
        line_info: list[tuple[int, int]] = []
        line_offsets: list[list[int]] = []
        tab_widths: list[list[int]] = []
        offset = 0
        for line_index, line in enumerate(self.document.lines):
            if "\t" not in line and (not width or (len(line) <= width if line.isascii() else cell_len(line) <= width)):
                breaks: list[int] = []
                tab_widths.append([0] if line else [])
            else:
                sections = get_tab_widths(line, tab_width)
                breaks = (
                    compute_wrap_offsets(line, width, tab_size=tab_width, precomputed_tab_sections=sections)
                    if width
                    else []
                )
                tab_widths.append([w for _, w in sections])
            wrap_offsets_of.append(breaks)
            offsets = []
            for section in range(len(breaks) + 1):
                line_info.append((line_index, section))
                offsets.append(offset)
                offset += 1
            line_offsets.append(offsets)
        self._wrap_offsets = wrap_offsets_of
        self._offset_to_line_info = line_info
        self._line_index_to_offsets = line_offsets
        self._tab_width_cache = tab_widths

    def wrap_range(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._cached_height = None
        return super().wrap_range(*args, **kwargs)

    @property
    def height(self) -> int:
        if self._cached_height is None:
            self._cached_height = WrappedDocument.height.fget(self)  # type: ignore[attr-defined]
        return self._cached_height


class SourceView(SteadyScrollbars, TextArea):
    """Read-only source text with evidence spans highlighted and scrolled into view."""

    BINDINGS = [
        *TEXT_BINDINGS,
        # Undo/redo are the briefing's, not the (read-only) text's.
        Binding("ctrl+z", "screen.undo", "Undo", show=False, id="file.undo"),
        Binding("ctrl+y", "screen.redo", "Redo", show=False, id="file.redo"),
    ]

    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | {
        "source--mention",
        "source--evidence",
        "source--evidence-current",
    }

    def __init__(self, text: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        # Set before TextArea.__init__, which loads the text and so calls _build_highlight_map.
        self._line_starts: list[int] = []
        self._lines: list[str] = []
        # line -> [(start_col, end_col|None)], in characters: every item's evidence.
        self._mentions: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        self._current_spans: list[Span_] = []
        self._current_index: int = -1
        self._index_text(text)
        super().__init__(
            text,
            read_only=True,
            soft_wrap=True,
            show_line_numbers=False,
            id=id,
            classes=classes,
        )
        self.cursor_blink = False

    def _set_document(self, text: str, language: str | None) -> None:
        """TextArea's plain-text branch, with the faster wrapped document (no language here)."""
        self._text_cache = None
        self._highlight_query = None
        self.document = Document(text)
        self.wrapped_document = _CachedHeightWrappedDocument(self.document, tab_width=self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()

    # TextArea.render_line asks for ``self.text`` (the whole document joined) on every line it
    # draws; with a long source that is the main cost of a keypress. The text is read-only, so
    # it is joined once per load (and again after a programmatic edit).
    _text_cache: str | None = None

    @property
    def text(self) -> str:
        if self._text_cache is None:
            self._text_cache = self.document.text
        return self._text_cache

    @text.setter
    def text(self, value: str) -> None:
        self.load_text(value)

    def edit(self, edit):  # type: ignore[no-untyped-def]
        self._text_cache = None
        return super().edit(edit)

    # -- text and offsets ----------------------------------------------------------------

    def _index_text(self, text: str) -> None:
        """Line start offsets, split exactly as the TextArea's document splits lines."""
        self._lines = text.splitlines(keepends=True) or [""]
        starts, offset = [], 0
        for line in self._lines:
            starts.append(offset)
            offset += len(line)
        if text.endswith(("\n", "\r")):
            starts.append(offset)
            self._lines.append("")
        self._line_starts = starts

    def load_source(self, text: str, mention_spans: Iterable[Span_]) -> None:
        """Show ``text`` and mark every mention span faintly (done once per briefing)."""
        text = fold_long_lines(text)
        self._index_text(text)
        self._mentions = defaultdict(list)
        for start, end in mention_spans:
            self._add_range(self._mentions, start, end)
        self._current_spans = []
        self._current_index = -1
        self.load_text(text)

    def set_mentions(self, spans: Iterable[Span_]) -> None:
        """Replace every mention mark (after an undo, add or delete) without reloading the text."""
        old_rows = set(self._mentions)
        self._mentions = defaultdict(list)
        for start, end in spans:
            self._add_range(self._mentions, start, end)
        self._rebuild_lines(old_rows | set(self._mentions))

    def add_mentions(self, spans: Iterable[Span_]) -> None:
        """Mark more mentions (new evidence), touching only their lines."""
        touched = self._add_range_many(self._mentions, spans)
        self._rebuild_lines(touched)

    def location(self, offset: int) -> tuple[int, int]:
        """(row, column) of a character offset into the source text."""
        row = max(0, bisect_right(self._line_starts, offset) - 1)
        return row, offset - self._line_starts[row]

    def offset(self, location: tuple[int, int]) -> int:
        """Character offset of a (row, column) location."""
        row, column = location
        row = max(0, min(row, len(self._line_starts) - 1))
        return self._line_starts[row] + column

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected text as (start, end) character offsets, or None when nothing is selected."""
        start, end = sorted((self.selection.start, self.selection.end))
        if start == end:
            return None
        return self.offset(start), self.offset(end)

    def _add_range(self, layer: dict[int, list[tuple[int, int | None]]], start: int, end: int) -> set[int]:
        if end <= start or not self._line_starts:
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

    def _add_range_many(self, layer, spans: Iterable[Span_]) -> set[int]:
        touched: set[int] = set()
        for start, end in spans:
            touched |= self._add_range(layer, start, end)
        return touched

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
        start = self.location(span[0])
        end = self.location(span[1])

        def scroll() -> None:
            wrapped = self.wrapped_document
            top = wrapped.location_to_offset(start).y
            bottom = wrapped.location_to_offset(end).y
            region = Region(0, top, 1, bottom - top + 1)
            self.scroll_to_region(region, animate=False, center=True, immediate=True)

        if self.size.height:
            scroll()
        else:
            self.call_after_refresh(scroll)

    def _rows_of(self, spans: Iterable[Span_]) -> set[int]:
        rows: set[int] = set()
        for start, end in spans:
            first = self.location(start)[0]
            last = self.location(end)[0]
            rows.update(range(first, last + 1))
        return rows

    # -- drawing through the TextArea's highlight map ------------------------------------

    def _build_highlight_map(self) -> None:
        """Called by TextArea when the document is (re)loaded: rebuild every line once."""
        self._line_cache.clear()
        self._highlights.clear()
        rows = set(self._mentions)
        rows |= self._rows_of(self._current_spans)
        self._rebuild_lines(rows)

    def _rebuild_lines(self, rows: Iterable[int]) -> None:
        """Recompute the highlight list of some lines (byte offsets, as TextArea wants)."""
        current_layer: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
        for index, span in enumerate(self._current_spans):
            self._add_range(current_layer, *span)
            if index == self._current_index:
                self._add_range(current_layer_focus := defaultdict(list), *span)
                for row, ranges in current_layer_focus.items():
                    current_layer[row].extend((a, b, True) for a, b in ranges)  # type: ignore[misc]
        highlights = self._highlights
        for row in rows:
            if row >= len(self._lines):
                continue
            line = self._lines[row].rstrip("\r\n")
            entries = []
            for start, end in self._mentions.get(row, ()):
                entries.append(self._to_bytes(line, start, end, "mention"))
            for entry in current_layer.get(row, ()):
                start, end = entry[0], entry[1]
                name = "evidence-current" if len(entry) == 3 else "evidence"
                entries.append(self._to_bytes(line, start, end, name))
            if entries:
                # Weakest first, so the current span is drawn last (on top).
                entries.sort(key=lambda e: LAYERS.index(e[2]))
                highlights[row] = entries
            else:
                highlights.pop(row, None)
        self._line_cache.clear()
        self.refresh()

    @staticmethod
    def _to_bytes(line: str, start: int, end: int | None, name: str) -> tuple[int, int | None, str]:
        byte_start = len(line[:start].encode("utf-8"))
        byte_end = None if end is None else len(line[:end].encode("utf-8"))
        return byte_start, byte_end, name

    # -- styles for the highlight names --------------------------------------------------

    def _set_theme(self, theme: str) -> None:
        super()._set_theme(theme)
        self._install_highlight_styles()

    def _install_highlight_styles(self) -> None:
        if self._theme is None:
            return
        styles = dict(self._theme.syntax_styles)
        for name in LAYERS:
            try:
                style = self.get_component_rich_style(f"source--{name}", partial=True)
            except Exception:  # not mounted yet: CSS comes on mount
                style = Style()
            styles[name] = style
        self._theme.syntax_styles = styles
        self._line_cache.clear()

    def on_mount(self) -> None:
        self._install_highlight_styles()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._install_highlight_styles()

    def select_span(self, span: Span_) -> None:
        """Select a span of the source (used by tests and by jumping to evidence)."""
        self.selection = Selection(self.location(span[0]), self.location(span[1]))
