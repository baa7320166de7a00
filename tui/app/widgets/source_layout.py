"""Where each character of the source text is drawn: lines, wrapped rows and offsets.

The geometry of the source pane (:mod:`tui.app.widgets.source`), apart from the drawing and
free of Textual: the text split into lines exactly as ``str.splitlines`` splits it, each line
wrapped at word boundaries into rows of a given width, and the conversions between character
offsets (what evidence spans and selections are made of), (line, column) locations and rows.

One character is one column within its row (tabs and control characters are drawn as one
space), so a row is a plain slice of its line and an offset never needs measuring twice.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.cells import cell_len, get_character_cell_size

#: Lines longer than this are folded at a space (see :func:`fold_long_lines`).
FOLD = 1000

#: What ``str.splitlines`` ends a line at (besides "\r\n").
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

#: Characters drawn as a space: C0 and C1 controls (a tab included) could move the
#: terminal's cursor or start an escape sequence; a space keeps one character per column.
DISPLAY = {code: " " for code in (*range(0x20), 0x7F, *range(0x80, 0xA0))}


def fold_long_lines(text: str, width: int = FOLD) -> str:
    """``text`` with one space turned into a line break every ``width`` characters or so, in
    lines longer than that (the same length: character offsets are unchanged).

    Scraped text often has no line break at all; folding keeps every line, and so the
    highlight lists kept per line, short.
    """
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


def cell_width(char: str) -> int:
    """Cells one character takes on screen (controls are drawn as a space: one)."""
    if char < " " or "\x7f" <= char < "\xa0":
        return 1
    return get_character_cell_size(char)


def _narrow(text: str) -> bool:
    """True when every character of ``text`` takes one cell (curly quotes, accents ...)."""
    return text.isprintable() and cell_len(text) == len(text)


def wrap_points(body: str, width: int) -> list[int]:
    """Start columns of the rows that ``body`` (a line without its break) takes at ``width``
    cells: ``[0]`` when it fits, else a break after the last space that fits, or a hard break
    inside a word longer than the row."""
    if width <= 0:
        return [0]
    if body.isascii() or _narrow(body):
        size = len(body)
        if size <= width:
            return [0]
        starts, pos = [0], 0
        rfind = body.rfind
        while size - pos > width:
            cut = rfind(" ", pos + 1, pos + width)
            pos = cut + 1 if cut > pos else pos + width
            starts.append(pos)
        return starts
    starts, pos, cells, space, index = [0], 0, 0, -1, 0
    while index < len(body):
        char = body[index]
        size = cell_width(char)
        if cells + size > width and index > pos:
            pos = space + 1 if space >= pos else index
            starts.append(pos)
            cells, space, index = 0, -1, pos
            continue
        if char == " ":
            space = index
        cells += size
        index += 1
    return starts


class SourceLayout:
    """The lines of a text and its rows at one width."""

    def __init__(self, text: str = "") -> None:
        self.text = ""
        self.lines: list[str] = [""]
        self.line_starts: list[int] = [0]
        self.body_lengths: list[int] = [0]
        #: Rows at :attr:`width`: (line index, start column, end column), end exclusive.
        self.rows: list[tuple[int, int, int]] = []
        #: Offset into the text of each row's first character (for bisecting).
        self.row_starts: list[int] = []
        self.width = 0
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Split ``text`` into lines; rows are made by :meth:`wrap`."""
        self.text = text
        lines = text.splitlines(keepends=True) or [""]
        if text and text[-1] in LINE_BREAKS:
            lines.append("")  # the place after a final line break is a line of its own
        starts, bodies, offset = [], [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line)
            if line.endswith("\r\n"):
                bodies.append(len(line) - 2)
            elif line and line[-1] in LINE_BREAKS:
                bodies.append(len(line) - 1)
            else:
                bodies.append(len(line))
        self.lines, self.line_starts, self.body_lengths = lines, starts, bodies
        self.rows, self.row_starts, self.width = [], [], 0

    def wrap(self, width: int) -> None:
        """Rows of every line at ``width`` cells."""
        rows: list[tuple[int, int, int]] = []
        row_starts: list[int] = []
        add_row, add_start = rows.append, row_starts.append
        for index, (line, start, size) in enumerate(zip(self.lines, self.line_starts, self.body_lengths)):
            if size <= width and (line.isascii() or _narrow(line[:size])):
                add_row((index, 0, size))
                add_start(start)
                continue
            points = wrap_points(line[:size], width)
            ends = points[1:]
            ends.append(size)
            for column, end in zip(points, ends):
                add_row((index, column, end))
                add_start(start + column)
        self.rows, self.row_starts, self.width = rows, row_starts, width

    # -- conversions ---------------------------------------------------------------------

    def location(self, offset: int) -> tuple[int, int]:
        """(line, column) of a character offset."""
        line = max(0, bisect_right(self.line_starts, offset) - 1)
        return line, offset - self.line_starts[line]

    def offset(self, location: tuple[int, int]) -> int:
        """Character offset of a (line, column) location."""
        line, column = location
        line = max(0, min(line, len(self.line_starts) - 1))
        return self.line_starts[line] + column

    def row_of(self, offset: int) -> int:
        """The row that draws ``offset`` (a line's break belongs to the line's last row)."""
        return max(0, bisect_right(self.row_starts, offset) - 1)

    def last_column(self, row: int) -> int:
        """The furthest column a cursor can take in ``row``: after its last character, or on
        it when the line goes on in the next row (that place is the next row's start)."""
        line, start, end = self.rows[row]
        continued = row + 1 < len(self.rows) and self.rows[row + 1][0] == line
        return max(0, end - start - 1) if continued else end - start

    def offset_in_row(self, row: int, cells: int) -> int:
        """The offset drawn ``cells`` cells into ``row`` (clamped to the row)."""
        line, start, end = self.rows[row]
        text = self.lines[line]
        column, used = 0, 0
        limit = self.last_column(row)
        if text.isascii():
            column = min(max(0, cells), limit)
        else:
            while column < limit and used + cell_width(text[start + column]) <= cells:
                used += cell_width(text[start + column])
                column += 1
        return self.line_starts[line] + start + column
