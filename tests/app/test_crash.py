"""A crash inside the app keeps the unsaved work in a recovery file and reports in one line."""

from __future__ import annotations

import pytest

from tui.app.crash import crash_dir
from tui.app.screens.review import ReviewScreen
from tui.core.recovery import find_recovery, load_recovery

from .conftest import make_app, wait_for_screen


class Injected(RuntimeError):
    """The fault this test injects into a key handler."""


async def test_an_exception_in_a_handler_keeps_the_work_and_reports_one_line(briefing_file):
    app = make_app(briefing_file)
    with pytest.raises(Injected):  # Pilot re-raises the app's exception at the end
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await wait_for_screen(pilot, ReviewScreen)
            actor = screen.loaded.briefing.actors[0]
            note = screen.editor.add_note(actor.id, "typed just before the crash\nsecond line")
            screen.model_changed(actor.id)

            def boom() -> None:
                raise Injected("injected fault")

            screen.action_flag = boom  # the next `f` fails inside the app
            await pilot.press("f")
            await pilot.pause(0.2)
    assert app.return_code == 3
    message = app.crash_message
    assert message and "\n" not in message and "Traceback" not in message
    assert "Injected: injected fault" in message
    info = find_recovery(briefing_file)
    assert info is not None and str(info.file) in message
    restored = load_recovery(info)
    assert note.id in [n.id for n in restored.get(actor.id).review.notes]
    reports = list(crash_dir().glob("crash-*.log"))
    assert len(reports) == 1 and str(reports[0]) in message
    assert "Injected: injected fault" in reports[0].read_text(encoding="utf-8")


async def test_a_crash_without_unsaved_work_says_so(briefing_file):
    app = make_app(briefing_file)
    with pytest.raises(Injected):
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await wait_for_screen(pilot, ReviewScreen)

            def boom() -> None:
                raise Injected("no work at risk")

            screen.action_flag = boom
            await pilot.press("f")
            await pilot.pause(0.2)
    assert "there was no unsaved work" in app.crash_message
    assert find_recovery(briefing_file) is None
