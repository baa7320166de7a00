"""Pilot tests of the review screen's navigation keys, filter and evidence highlighting."""

from __future__ import annotations

from tui.app.screens.review import ReviewScreen
from tui.app.widgets.detail import DetailText
from tui.app.widgets.item_list import ItemList
from tui.app.widgets.panes import FilterInput
from tui.app.widgets.source import SourceView
from tui.core.store import load_briefing

from .conftest import make_app, wait_for_screen


def ids_of(path, list_name):
    return [item.id for item in load_briefing(path).briefing.item_list(list_name)]


async def open_review(pilot) -> ReviewScreen:
    return await wait_for_screen(pilot, ReviewScreen)


async def test_opens_on_actors_with_header(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        assert isinstance(pilot.app.focused, ItemList)
        assert pilot.app.focused.list_name == "actors"
        header = screen.header.text
        assert "Vladimir Putin has suffered" in header
        assert "seed.yaml" in header
        assert "0 of 28 reviewed" in header
        assert screen.highlighted() == ("actors", "actor-putin")


async def test_j_k_arrows_move_the_cursor(briefing_file):
    actors = ids_of(briefing_file, "actors")
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("j")
        assert screen.highlighted() == ("actors", actors[1])
        await pilot.press("down", "down")
        assert screen.highlighted() == ("actors", actors[3])
        await pilot.press("k")
        assert screen.highlighted() == ("actors", actors[2])
        await pilot.press("up", "up", "up")  # stops at the top
        assert screen.highlighted() == ("actors", actors[0])


async def test_g_and_G_jump_to_top_and_bottom(briefing_file):
    actors = ids_of(briefing_file, "actors")
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("G")
        assert screen.highlighted() == ("actors", actors[-1])
        await pilot.press("g")
        assert screen.highlighted() == ("actors", actors[0])


async def test_page_down_and_up_move_by_a_page(briefing_file):
    actors = ids_of(briefing_file, "actors")
    async with make_app(briefing_file).run_test(size=(80, 24)) as pilot:
        screen = await open_review(pilot)
        item_list = screen.item_list("actors")
        page = item_list.scrollable_content_region.height - 1
        assert 0 < page < len(actors) - 1
        await pilot.press("pagedown")
        assert item_list.cursor == page
        await pilot.press("pagedown", "pagedown", "pagedown")
        assert item_list.cursor == len(actors) - 1
        await pilot.press("pageup")
        assert item_list.cursor == len(actors) - 1 - page


async def test_number_keys_focus_panes(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        for key, expected in [("1", "key_points"), ("4", "open_questions"), ("3", "assets"), ("2", "actors")]:
            await pilot.press("5")
            assert isinstance(pilot.app.focused, SourceView)
            await pilot.press(key)
            assert isinstance(pilot.app.focused, ItemList)
            assert pilot.app.focused.list_name == expected
            first = ids_of(briefing_file, expected)[0]
            assert screen.highlighted() == (expected, first)


async def test_tab_cycles_panes_and_shift_tab_goes_back(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        await open_review(pilot)
        order = []
        for _ in range(6):
            await pilot.press("tab")
            order.append(pilot.app.focused)
        names = [getattr(w, "list_name", type(w).__name__) for w in order]
        assert names[:5] == ["assets", "open_questions", "DetailPane", "SourceView", "key_points"]
        await pilot.press("shift+tab")
        assert getattr(pilot.app.focused, "list_name", None) == "key_points"
        await pilot.press("shift+tab")
        assert isinstance(pilot.app.focused, SourceView)


async def test_enter_focuses_the_detail_of_the_item(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("3", "j", "enter")
        assert isinstance(pilot.app.focused, DetailText)
        assets = ids_of(briefing_file, "assets")
        assert screen.highlighted() == ("assets", assets[1])
        text = screen.detail.plain
        assert "Port of Tartus" in text
        await pilot.press("escape")  # back to the list, same item
        assert pilot.app.focused is screen.item_list("assets")
        assert screen.highlighted() == ("assets", assets[1])


async def test_filter_as_you_type_enter_keeps_escape_clears(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        item_list = screen.item_list("actors")
        total = item_list.row_count
        await pilot.press("slash")
        assert isinstance(pilot.app.focused, FilterInput)
        await pilot.press("p", "e", "s")
        assert [i for i in item_list.ids] == ["actor-peskov"]
        await pilot.press("backspace", "backspace")  # "p": more match
        assert "actor-putin" in item_list.ids and len(item_list.ids) < total
        await pilot.press("u", "t", "enter")
        assert pilot.app.focused is item_list
        assert item_list.ids[0] == "actor-putin" and item_list.cursor == 0
        assert screen.highlighted() == ("actors", "actor-putin")
        assert screen.pane("actors").filter_text == "put"
        await pilot.press("slash", "escape")
        assert item_list.row_count == total
        assert pilot.app.focused is item_list
        box = screen.pane("actors").filter_input
        assert box is not None and not box.display


async def test_selected_asset_evidence_is_highlighted_and_scrolled_into_view(briefing_file):
    target = load_briefing(briefing_file).briefing.get("asset-tartus")
    spans = sorted((s.start, s.end) for s in target.evidence)
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        source = screen.query_one(SourceView)
        await pilot.press("3", "j")  # Khmeimim Air Base, then Port of Tartus
        assert screen.highlighted() == ("assets", "asset-tartus")
        assert source.current_spans == spans
        assert source.current_index == 0
        top_before = source.scroll_offset.y
        await pilot.press("right_square_bracket")  # its second span, far down the text
        assert source.current_index == 1
        assert source.scroll_offset.y > top_before
        # The span is drawn with the "evidence-current" highlight on its line ...
        row, col = source.location(spans[1][0])
        assert "evidence-current" in [name for _, _, name in source._highlights[row]]
        # ... the first span is still highlighted, less strongly ...
        first_row, _ = source.location(spans[0][0])
        assert "evidence" in [name for _, _, name in source._highlights[first_row]]
        # ... and the current one is on screen.
        y = source.visual_row(spans[1][0])
        assert source.scroll_offset.y <= y < source.scroll_offset.y + source.scrollable_content_region.height
        # Other items' mentions are marked faintly: Khmeimim's span is a "mention" now.
        k_row, _ = source.location(2210)
        assert "mention" in [name for _, _, name in source._highlights[k_row]]


async def test_brackets_step_through_evidence_spans(tmp_path, briefing_file):
    loaded = load_briefing(briefing_file)
    item = max(
        (i for _, i in loaded.briefing.iter_items() if _ != "places"), key=lambda i: len(i.evidence)
    )
    list_name = next(n for n, i in loaded.briefing.iter_items() if i.id == item.id)
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        screen.jump_to(list_name, item.id)
        await pilot.pause()
        source = screen.query_one(SourceView)
        count = len(source.current_spans)
        assert count == len(item.evidence)
        assert screen.query_one("#source").border_subtitle == f"evidence 1 of {count}  [ ]"
        await pilot.press("right_square_bracket")
        assert source.current_index == (1 % count)
        assert screen.query_one("#source").border_subtitle == f"evidence {1 % count + 1} of {count}  [ ]"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert source.current_index == (-1 % count)


async def test_source_text_is_selectable_and_gives_offsets(briefing_file):
    loaded = load_briefing(briefing_file)
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await pilot.press("5")
        source = screen.query_one(SourceView)
        assert source.read_only
        await pilot.press("shift+right", "shift+right", "shift+right", "shift+right")
        start, end = screen.source_selection()
        assert end - start == 4
        assert loaded.source_text[start:end] == source.selected_text
        # A multi-line selection maps back to the same text too.
        source.select_span((100, 900))
        assert screen.source_selection() == (100, 900)
        assert source.selected_text == loaded.source_text[100:900]


async def test_q_quits_when_nothing_changed(briefing_file):
    app = make_app(briefing_file)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_review(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
    assert load_briefing(briefing_file).briefing.progress() == (0, 28)  # nothing written


async def test_a_key_right_after_a_pane_change_acts_on_the_new_pane(briefing_file):
    """Typed fast in a real terminal ("3 a"), the decision must land on the pane just focused.

    Pilot waits between keys, so the race is driven directly: the pane action runs and the
    accept follows before any queued message (DescendantFocus) is processed.
    """
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        briefing = screen.editor.briefing
        first_asset = briefing.assets[0].id
        first_actor = briefing.actors[0].id
        screen.action_focus_pane("assets")
        assert screen.highlighted() == ("assets", first_asset)
        await screen.run_action("accept")
        await pilot.pause(0.1)
        assert screen.editor.item(first_asset).review.status == "accepted"
        assert screen.editor.item(first_actor).review.status == "unreviewed"


async def test_keys_typed_right_after_slash_reach_the_new_filter_box(briefing_file):
    """The filter box is mounted on the first `/`: keys typed at once must not get lost."""
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        screen.action_focus_pane("assets")
        await pilot.press("slash", "t", "a", "r", "t")
        box = screen.pane("assets").filter_input
        assert box is not None and box.value == "tart" and pilot.app.focused is box
        assert screen.item_list("assets").ids and all(
            "tart" in screen.editor.item(i).label.lower() for i in screen.item_list("assets").ids
        )


async def test_a_click_on_a_row_of_a_bordered_list_moves_the_cursor_there(briefing_file):
    """The list panes draw their own border: a click is counted from inside it."""
    assets = ids_of(briefing_file, "assets")
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        item_list = screen.item_list("assets")
        inside = item_list.content_region
        assert inside.y > item_list.region.y  # the top border
        await pilot.click(
            f"#{item_list.id}", offset=(inside.x - item_list.region.x + 3, inside.y - item_list.region.y + 2)
        )
        await pilot.pause()
        assert item_list.cursor == 2
        assert screen.highlighted() == ("assets", assets[2])
        # A click on the border itself moves nothing.
        await pilot.click(f"#{item_list.id}", offset=(3, 0))
        await pilot.pause()
        assert item_list.cursor == 2


async def test_the_filter_box_sits_under_its_pane_which_stays_marked_while_typing(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        screen.action_focus_pane("assets")
        pane = screen.pane("assets")
        assert pane is screen.item_list("assets")  # a list pane is its list
        await pilot.press("slash")
        box = pane.filter_input
        assert box is not None and pilot.app.focused is box
        siblings = list(pane.parent.children)
        assert siblings.index(box) == siblings.index(pane) + 1
        assert box.region.y == pane.region.bottom  # right under the pane's border
        assert pane.has_class("-filtering")  # drawn as the pane in use
        await pilot.press("t", "enter")
        assert pilot.app.focused is pane and not pane.has_class("-filtering")

        # The summary's box goes inside the summary pane, above its key points.
        screen.action_focus_pane("summary")
        await pilot.press("slash")
        summary = screen.pane("key_points")
        box = summary.filter_input
        assert box is not None and box.parent is summary
        assert list(summary.children).index(box) == list(summary.children).index(summary.item_list) - 1
        await pilot.press("escape")
        assert pilot.app.focused is summary.item_list and not box.display


async def test_the_filter_boxes_are_mounted_hidden_after_the_first_frame(briefing_file):
    """Not with the first frame (its cost), but soon after: `/` then shows a box at once."""
    from tui.app.screens import review as review_module

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await pilot.pause(review_module.FILTER_BOXES_AFTER + 0.2)
        for list_name in review_module.PANES:
            box = screen.pane(list_name).filter_input
            assert box is not None and box.is_mounted and not box.display
        screen.action_focus_pane("open_questions")
        screen.action_filter()  # synchronous now: focus is on the box when it returns
        box = screen.pane("open_questions").filter_input
        assert box.display and screen.focused is box


async def test_slash_right_behind_a_pane_key_filters_that_pane(briefing_file):
    """'3' then '/' before the focus message arrives: the assets' box opens, not the actors'."""
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        assert screen._last_list == "actors"
        screen.action_focus_pane("assets")  # DescendantFocus not handled yet
        screen.action_filter()
        await pilot.pause()
        assert screen.pane("assets").filter_input is pilot.app.focused
        assert screen.pane("actors").filter_input is None or not screen.pane("actors").filter_input.display
