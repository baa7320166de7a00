"""The terminal (issue 9 §4): resize from 40x12 to 250x70 in every screen, no crash, no lost edit.

Each screen the analyst can reach (review with each pane focused, help, the note, tags, grade
and edit dialogs, the command palette, the picker, the error screen) is shown, the terminal is
resized through tiny, huge and odd sizes, and the app must keep running. An edit made before
the resizes must still be in the model afterwards and reach the file on Ctrl+S.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

app_module = pytest.importorskip("tui.app.app", reason="the review app (tui/app) is not there yet")

from tui.app.settings import Settings  # noqa: E402
from tui.core.store import load_briefing  # noqa: E402

from .fuzzkit import STATS  # noqa: E402

SIZES = [(40, 12), (250, 70), (41, 13), (250, 12), (120, 40)]


def _app(path: Path | None, directory: Path | None = None):
    return app_module.BriefingApp(path, directory=directory or Path("briefings"), settings=Settings(author="tester"))


async def _screen_named(pilot, name: str, tries: int = 200):
    for _ in range(tries):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if type(pilot.app.screen).__name__ == name:
            return pilot.app.screen
    raise AssertionError(f"{name} never appeared; screen is {pilot.app.screen!r}")


async def _resize_through(pilot) -> None:
    screen = pilot.app.screen
    for width, height in SIZES:
        await pilot.resize_terminal(width, height)
        await pilot.pause()
        STATS["resizes"] += 1
        assert pilot.app.is_running
        assert pilot.app.screen is screen, f"resizing to {width}x{height} changed the screen"
        assert pilot.app.size == (width, height)


async def test_resizes_in_every_review_screen_and_dialog_keep_the_edit(seed_briefing: Path) -> None:
    async with _app(seed_briefing).run_test(size=(120, 40)) as pilot:
        review = await _screen_named(pilot, "ReviewScreen")
        await pilot.press("2")
        await pilot.pause()
        list_name, item_id = review.highlighted()
        await pilot.press("a")
        await pilot.pause()
        assert review.editor.item(item_id).review.status == "accepted"
        for pane in ("1", "2", "3", "4", "5"):
            await pilot.press(pane)
            await _resize_through(pilot)
        await pilot.press("2")
        opened = []
        for key in ("question_mark", "n", "t", "r", "e", "ctrl+p"):
            await pilot.press(key)
            await pilot.pause(0.1)
            if pilot.app.screen is not review:
                opened.append(type(pilot.app.screen).__name__)
                await _resize_through(pilot)
                await pilot.press("escape")
                for _ in range(20):
                    if pilot.app.screen is review:
                        break
                    await pilot.pause(0.05)
            assert pilot.app.screen is review, f"after {key!r}: {pilot.app.screen!r}"
        assert len(opened) >= 5, opened  # help, note, tags, grade, edit (and the palette)
        assert review.editor.item(item_id).review.status == "accepted"
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
    assert load_briefing(seed_briefing).briefing.get(item_id).review.status == "accepted"


async def test_resizes_in_picker_and_error_screen(seed_briefing: Path) -> None:
    folder = seed_briefing.parent
    (folder / "broken.yaml").write_text("schema_version: [\n", encoding="utf-8")
    async with _app(None, directory=folder).run_test(size=(120, 40)) as pilot:
        await _screen_named(pilot, "PickerScreen")
        await _resize_through(pilot)
    async with _app(folder / "broken.yaml").run_test(size=(120, 40)) as pilot:
        await _screen_named(pilot, "ErrorScreen")
        await _resize_through(pilot)
