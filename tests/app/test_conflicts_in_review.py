"""A briefing with merge conflicts opens with them listed; resolving one updates the panes."""

from __future__ import annotations

from tui.app.screens.conflicts import ConflictsScreen
from tui.app.screens.review import ReviewScreen
from tui.core.model import Conflict
from tui.core.store import dump_briefing, load_briefing

from .conftest import make_app, wait_for_screen


async def test_conflicts_open_on_load_and_taking_a_side_updates_the_review(briefing_file):
    loaded = load_briefing(briefing_file)
    loaded.briefing.conflicts.append(
        Conflict(
            id="conflict-1",
            path="actors[id=actor-putin].review.status",
            base="unreviewed",
            ours="accepted",
            theirs="rejected",
        )
    )
    briefing_file.write_text(dump_briefing(loaded.briefing), encoding="utf-8")
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        conflicts = await wait_for_screen(pilot, ConflictsScreen)
        review = pilot.app.screen_stack[-2]
        assert isinstance(review, ReviewScreen)
        assert "1 conflict" in review.header.text
        await pilot.press("right", "enter")  # take "theirs"
        await pilot.pause()
        assert review.editor.briefing.get("actor-putin").review.status == "rejected"
        assert not review.editor.briefing.conflicts
        await pilot.press("escape")
        assert pilot.app.screen is review
        assert review.header.reviewed == 1 and "conflict" not in review.header.text
        assert review.item_list("actors").describe("actor-putin").status == "rejected"
        assert conflicts.resolutions == [("conflict-1", "theirs")]


async def test_C_without_conflicts_says_so(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        await pilot.press("C")
        assert pilot.app.screen is screen
        assert any("No merge conflicts" in n.message for n in pilot.app._notifications)
