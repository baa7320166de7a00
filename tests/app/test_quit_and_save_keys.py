"""Saving and quitting keys: w saves like ctrl+s; ctrl+q never bypasses unsaved work."""

from __future__ import annotations

from tui.app.screens.review import ReviewScreen

from .conftest import make_app, wait_for_screen


async def test_w_saves_like_ctrl_s(briefing_file):
    from tui.core.store import load_briefing

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        actor_id = screen.loaded.briefing.actors[0].id
        screen.editor.set_status(actor_id, "flagged")
        screen.model_changed(actor_id)
        await pilot.press("w")
        await pilot.pause(0.3)
    assert load_briefing(briefing_file).briefing.actors[0].review.status == "flagged"


async def test_ctrl_q_with_unsaved_changes_asks_first(briefing_file):
    """Textual's priority ctrl+q must not bypass the save / discard / cancel question."""
    from tui.app.dialogs.choice import SaveQuitDialog

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        screen.editor.set_status(screen.loaded.briefing.actors[0].id, "accepted")
        await pilot.press("ctrl+q")
        await pilot.pause(0.3)
        assert isinstance(pilot.app.screen, SaveQuitDialog)
        assert pilot.app.is_running


async def test_q_from_a_briefing_opened_in_the_picker_goes_back_to_the_picker(briefing_file):
    from tui.app.dialogs.choice import SaveQuitDialog
    from tui.app.screens.picker import PickerScreen
    from tui.core.store import load_briefing

    async with make_app(None, directory=briefing_file.parent).run_test(size=(120, 30)) as pilot:
        picker = await wait_for_screen(pilot, PickerScreen)
        for _ in range(50):
            if picker.entries:
                break
            await pilot.pause(0.05)
        await pilot.press("enter")
        review = await wait_for_screen(pilot, ReviewScreen)
        await pilot.press("a")  # accept the first actor: unsaved work
        await pilot.press("q")
        await wait_for_screen(pilot, SaveQuitDialog)
        await pilot.press("s")  # save, then leave
        back = await wait_for_screen(pilot, PickerScreen)
        assert back is picker and pilot.app.is_running
        for _ in range(50):  # the picker reads the folder again on return
            if any(e.reviewed == 1 for e in picker.entries):
                break
            await pilot.pause(0.05)
        assert [e.reviewed for e in picker.entries if e.path == briefing_file] == [1]
        assert review.loaded.path == briefing_file
    assert load_briefing(briefing_file).briefing.progress()[0] == 1
