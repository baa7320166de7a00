"""The screen follows the model: what the ReviewActions mixin relies on (model_changed,
move_to_next_unreviewed, replace_loaded, highlighted, source_selection)."""

from __future__ import annotations

from tui.app.screens.review import ReviewScreen
from tui.app.widgets.source import SourceView
from tui.core.store import load_briefing

from .conftest import make_app, wait_for_screen


async def test_status_add_delete_undo_and_evidence_reach_the_panes(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        editor = screen.editor
        actors = screen.item_list("actors")
        assert screen.editor.author == "tester"

        # A decision: row, header and detail follow.
        editor.set_status("actor-assad", "rejected")
        screen.model_changed("actor-assad")
        assert actors.describe("actor-assad").status == "rejected"
        assert screen.header.reviewed == 1

        # Grading and notes show on the row.
        editor.set_grading("actor-assad", "B2")
        editor.add_note("actor-assad", "seen in Moscow")
        screen.model_changed("actor-assad")
        assert actors.describe("actor-assad").kind == "B2 ✎1 person"
        editor.undo()
        editor.undo()

        # Undoing the decision counts back.
        change = editor.undo()
        screen.model_changed(change.item_id)
        assert screen.header.reviewed == 0

        # A new actor shows in its list and the total.
        new = editor.add_item("actors", name="Abu Mohammed al-Jolani", kind="person")
        screen.model_changed(new.id)
        assert new.id in actors.ids and screen.header.total == 29

        # Deleting the highlighted actor leaves the cursor on the same row.
        await pilot.press("j", "j")
        row = actors.cursor
        gone = screen.highlighted()[1]
        editor.delete_item(gone)
        screen.model_changed(gone)
        assert gone not in actors.ids and actors.cursor == row
        change = editor.undo()
        screen.model_changed(change.item_id)
        assert gone in actors.ids

        # New evidence from a source selection is highlighted and marked.
        source = screen.query_one(SourceView)
        screen.jump_to("actors", "actor-assad")
        source.select_span((100, 120))
        start, end = screen.source_selection()
        editor.add_evidence("actor-assad", editor.span(start, end))
        screen.model_changed("actor-assad")
        assert (100, 120) in source.current_spans
        row, _ = source.location(100)
        assert "evidence" in [name for _, _, name in source._highlights[row]]


async def test_move_to_next_unreviewed_skips_reviewed_and_wraps(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        ids = screen.item_list("actors").ids
        for item_id in ids[1:3]:
            screen.editor.set_status(item_id, "accepted")
            screen.model_changed(item_id)
        screen.move_to_next_unreviewed()
        assert screen.highlighted() == ("actors", ids[3])
        await pilot.press("G")
        screen.move_to_next_unreviewed()  # wraps to the top
        assert screen.highlighted() == ("actors", ids[0])


async def test_replace_loaded_shows_the_new_version(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        other = load_briefing(briefing_file)
        other.briefing.actors[0].review.status = "flagged"
        screen.replace_loaded(other)
        await pilot.pause()
        assert screen.editor.briefing is other.briefing
        assert screen.header.reviewed == 1
        assert screen.item_list("actors").describe(other.briefing.actors[0].id).status == "flagged"


async def test_missing_source_text_is_said_in_the_source_pane_and_warned(briefing_file):
    (briefing_file.parent / "source.txt").unlink()
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        source = screen.query_one(SourceView)
        assert "could not be read" in source.text
        assert screen.source_selection() is None
        assert screen.loaded.warnings
        messages = [n.message for n in pilot.app._notifications]
        assert any("source text" in m for m in messages)


def test_rows_fit_their_width_with_an_ellipsis_and_no_control_characters():
    from tui.app.widgets.item_list import _CONTROL, fit

    assert fit("Khmeimim Air Base", 8) == "Khmeimi…"
    assert fit("S-300", 8) == "S-300   "
    assert fit("漢字漢字", 5) == "漢字…"
    assert "\x1b" not in "evil\x1b[2Jname".translate(_CONTROL)


async def test_a_full_refresh_keeps_the_place_and_selection_in_the_source(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        source = screen.query_one(SourceView)
        await pilot.press("3", "j", "right_square_bracket")
        top = source.scroll_offset.y
        assert top > 0
        source.select_span((3993, 4012))
        new = screen.editor.add_item("assets", name="Tartus facility", type="naval base")
        screen.model_changed(new.id)  # a new item: the lists are refilled
        await pilot.pause()
        assert screen.source_selection() == (3993, 4012)
        assert source.scroll_offset.y == top
        assert source.current_index == 1  # still on the span `]` went to
