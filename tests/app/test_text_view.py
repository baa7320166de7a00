"""TextView: the detail and summary text drawn line by line (wrapping, scrolling, auto height)."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import Vertical

from tui.app.widgets.detail import DetailText
from tui.app.widgets.text_view import TextView

WORDS = " ".join(f"word{number:02d}" for number in range(60))  # 60 words of 6 letters


class Host(App[None]):
    CSS = """
    #fixed { width: 22; height: 5; }
    #auto { width: 22; height: auto; max-height: 4; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield DetailText(Text(WORDS), id="fixed")
            yield TextView("short text", id="auto")


def plain_rows(view: TextView) -> list[str]:
    return [view.render_line(y).text.rstrip() for y in range(view.scrollable_content_region.height)]


async def test_text_wraps_to_the_width_and_scrolls_by_keys():
    app = Host()
    async with app.run_test(size=(40, 20)) as pilot:
        view = app.query_one("#fixed", DetailText)
        width = view.scrollable_content_region.width
        assert width == 22 - view.scrollbar_size_vertical  # 60 words do not fit in 5 rows
        rows = [line.plain.rstrip() for line in Text(WORDS).wrap(app.console, width)]
        assert view.virtual_size.height == len(rows) > 5
        assert plain_rows(view) == rows[:5]
        view.focus()
        await pilot.pause()
        for _ in range(2):  # TEXT_BINDINGS: j scrolls down a row
            await pilot.press("j")
            await pilot.wait_for_scheduled_animations()
        assert view.scroll_offset.y == 2
        assert plain_rows(view) == rows[2:7]
        await pilot.press("G")
        await pilot.pause()
        assert plain_rows(view)[-1] == rows[-1]


async def test_update_shows_the_new_text_from_its_top_and_keeps_styles():
    app = Host()
    async with app.run_test(size=(40, 20)) as pilot:
        view = app.query_one("#fixed", DetailText)
        view.scroll_to(0, 3, animate=False, immediate=True)
        text = Text()
        text.append("Title", style="bold")
        text.append(" and plain words")
        view.update(text)
        await pilot.pause()
        assert view.scroll_offset.y == 0
        assert view.plain == "Title and plain words"
        first = view.render_line(0)
        assert first.text.startswith("Title and plain")
        bold = "".join(seg.text for seg in first if seg.style and seg.style.bold)
        assert bold == "Title"
        assert view.virtual_size.height == 1


async def test_auto_height_follows_the_text_up_to_its_maximum():
    app = Host()
    async with app.run_test(size=(40, 20)) as pilot:
        view = app.query_one("#auto", TextView)
        assert view.size.height == 1
        assert plain_rows(view) == ["short text"]
        view.update(WORDS)
        await pilot.pause()
        assert view.size.height == 4  # max-height: the rest scrolls
        assert view.virtual_size.height > 4
        view.update("")
        await pilot.pause()
        assert view.size.height == 0


async def test_only_a_subclass_that_asks_takes_focus():
    app = Host()
    async with app.run_test(size=(40, 20)):
        assert app.query_one("#fixed", DetailText).focusable
        assert not app.query_one("#auto", TextView).focusable
