"""The source pane's own cursor and selection (tui/app/widgets/source.py): keys, the mouse,
what is drawn, and that what is selected is exactly the text between two offsets."""

from __future__ import annotations

from tui.app.screens.review import ReviewScreen
from tui.app.widgets.source import SourceView
from tui.core.store import load_briefing

from .conftest import make_app, wait_for_screen


async def open_source(pilot) -> SourceView:
    screen = await wait_for_screen(pilot, ReviewScreen)
    await pilot.press("5")
    source = screen.query_one(SourceView)
    assert source.has_focus
    return source


async def test_arrows_move_the_cursor_and_shift_selects(briefing_file):
    text = load_briefing(briefing_file).source_text
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        source = await open_source(pilot)
        assert source.cursor_offset == 0 and source.selection_offsets() is None
        await pilot.press("ctrl+right")  # to the end of the first word
        first_word_end = source.cursor_offset
        assert first_word_end > 0 and text[:first_word_end].strip().isalpha()
        await pilot.press("ctrl+shift+right", "ctrl+shift+right")
        start, end = source.selection_offsets()
        assert start == first_word_end and end > start
        assert source.selected_text == text[start:end]
        # Without shift a selection collapses to its end (right) or start (left).
        await pilot.press("right")
        assert source.selection_offsets() is None and source.cursor_offset == end
        await pilot.press("shift+left", "shift+left", "left")
        assert source.cursor_offset == end - 2


async def test_up_and_down_keep_the_column_and_home_end_stay_in_the_row(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        source = await open_source(pilot)
        layout = source._layout
        await pilot.press("right", "right", "right", "right", "right", "right")
        assert source.cursor_offset == 6
        await pilot.press("down")
        row = source.visual_row(source.cursor_offset)
        assert row == 1 and source.cursor_offset == layout.row_starts[1] + min(6, layout.last_column(1))
        await pilot.press("end")
        assert source.cursor_offset == layout.row_starts[1] + layout.last_column(1)
        await pilot.press("home")
        assert source.cursor_offset == layout.row_starts[1]
        await pilot.press("shift+end")
        start, end = source.selection_offsets()
        assert (start, end) == (layout.row_starts[1], layout.row_starts[1] + layout.last_column(1))
        await pilot.press("up", "up")  # the top row: the second press goes to its start
        assert source.cursor_offset == 0
        await pilot.press("pagedown")
        assert source.visual_row(source.cursor_offset) > 10
        assert source.scroll_offset.y <= source.visual_row(source.cursor_offset) < (
            source.scroll_offset.y + source.scrollable_content_region.height
        )


async def test_the_mouse_selects_by_dragging_and_the_selection_makes_an_item(briefing_file):
    text = load_briefing(briefing_file).source_text
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        source = screen.query_one(SourceView)
        region = source.content_region  # inside the pane's border and padding
        left, top = region.x - source.region.x, region.y - source.region.y
        await pilot.mouse_down(SourceView, offset=(left + 2, top))
        await pilot.hover(SourceView, offset=(left + 12, top + 1))
        await pilot.mouse_up(SourceView, offset=(left + 12, top + 1))
        assert source.has_focus
        start, end = source.selection_offsets()
        layout = source._layout
        assert start == layout.row_starts[0] + 2
        assert end == layout.row_starts[1] + 12
        assert screen.source_selection() == (start, end)
        assert text[start:end] == source.selected_text
        # The selection is what `s` cuts a new item from (the list last focused: actors).
        await pilot.press("s")
        await pilot.pause()
        assert pilot.app.screen is not screen  # the new-item form opened with the quote


async def test_the_cursor_and_selection_are_drawn_only_where_they_are(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        source = await open_source(pilot)
        styles = dict(zip(("mention", "evidence", "evidence-current", "selection", "cursor"),
                          source._styles_of_layers()))
        assert styles["cursor"].reverse
        await pilot.press("down", "shift+right", "shift+right", "shift+right")
        line = source.render_line(1)
        selection_bg = (source.rich_style + styles["selection"]).bgcolor
        selected = "".join(seg.text for seg in line if seg.style and seg.style.bgcolor == selection_bg)
        assert selected == source.selected_text
        assert any(seg.style and seg.style.reverse for seg in line)  # the cursor
        assert not any(seg.style and seg.style.reverse for seg in source.render_line(0))
        await pilot.press("2")  # focus leaves: the cursor is no longer drawn
        assert not any(seg.style and seg.style.reverse for seg in source.render_line(1))


async def test_a_narrower_pane_rewraps_and_keeps_offsets(briefing_file):
    text = load_briefing(briefing_file).source_text
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        source = await open_source(pilot)
        rows_wide = len(source._layout.rows)
        source.select_span((100, 180))
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert len(source._layout.rows) > rows_wide
        assert source.virtual_size.height == len(source._layout.rows)
        assert source.selected_text == text[100:180]


async def test_word_left_page_up_and_copy(briefing_file):
    text = load_briefing(briefing_file).source_text
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        source = await open_source(pilot)
        await pilot.press("pagedown", "pagedown")
        low = source.cursor_offset
        await pilot.press("pageup")
        assert 0 < source.cursor_offset < low
        await pilot.press("ctrl+right", "ctrl+right")
        end = source.cursor_offset
        await pilot.press("ctrl+shift+left")  # back to the start of the word just passed
        start, stop = source.selection_offsets()
        assert stop == end and text[start:end].isalnum() and not text[start - 1].isalnum()
        await pilot.press("ctrl+c")
        assert pilot.app.clipboard == text[start:end]
