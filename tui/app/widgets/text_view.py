"""A scrollable, read-only block of Rich text, drawn line by line (the detail and summary text).

A ``Static`` inside a ``VerticalScroll`` is two widgets to compose, style and lay out, and
Textual renders the whole text once to measure its height and again to draw it. A
:class:`TextView` is one widget: it wraps its text once per width, into a list of strips, and
draws only the rows on screen (the line API, as :mod:`.source` does for the source text). The
detail and summary texts were about 5 ms of the review screen's first frame as two
``Static`` widgets in two scroll containers (issue 8).
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.widgets.steady import SteadyScrollbars


class TextView(SteadyScrollbars, ScrollView, can_focus=False):
    """Rich text that wraps to the view's width and scrolls (``height: auto`` fits it).

    Not focusable: a subclass that should take focus (and scroll keys) says ``can_focus=True``.
    """

    DEFAULT_CSS = """
    TextView {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: auto;
    }
    """

    def __init__(
        self,
        text: Text | str = "",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._text = Text(text) if isinstance(text, str) else text
        #: The text wrapped at a width (columns), one strip per row.
        self._wrapped: dict[int, list[Strip]] = {}

    @property
    def text(self) -> Text:
        """The text shown."""
        return self._text

    @property
    def plain(self) -> str:
        """The text shown, without styles (for tests and screen readers)."""
        return self._text.plain

    def update(self, text: Text | str) -> None:
        """Show ``text`` from its first line."""
        self._text = Text(text) if isinstance(text, str) else text
        self._wrapped.clear()
        self.scroll_to(0, 0, animate=False, immediate=True)
        if self.styles.height is not None and self.styles.height.is_auto:
            self.refresh(layout=True)  # the view's height follows its text
        if self.is_mounted:
            self._set_virtual_size()
        self.refresh()

    # -- wrapping --------------------------------------------------------------------------

    def _wrap(self, width: int) -> list[Strip]:
        """The text's rows at ``width`` columns (kept until the text changes)."""
        lines = self._wrapped.get(width)
        if lines is None:
            if len(self._wrapped) > 4:  # widths seen while resizing: keep a few
                self._wrapped.clear()
            console = self.app.console
            lines = self._wrapped[width] = (
                [Strip(list(line.render(console)), line.cell_len) for line in self._text.wrap(console, width)]
                if width > 0 and self._text.plain
                else []
            )
        return lines

    def _set_virtual_size(self) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = Size(max(0, width), len(self._wrap(width)))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._wrap(width))

    def on_resize(self) -> None:
        self._set_virtual_size()

    def watch_show_vertical_scrollbar(self) -> None:
        # The scrollbar came or went: the text has another width to wrap to. (No back and
        # forth: a narrower width never gives fewer rows, so a needed scrollbar stays.)
        if self.is_mounted:
            self._set_virtual_size()

    # -- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        lines = self._wrap(width)
        base = self.rich_style
        row = y + self.scroll_offset.y
        if row >= len(lines):
            return Strip.blank(width, base)
        return lines[row].apply_style(base).adjust_cell_length(width, base)
