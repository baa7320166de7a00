"""Snapshot tests (pytest-textual-snapshot) of the picker, the review screen, help and palette.

They run on the frozen fixture briefing in tests/app/data (the bundled briefing is regenerated
as the generator improves). No clock and no blinking cursor appear in the images: file times
are fixed, the timezone is UTC and cursor blink is off. Update with `pytest --snapshot-update`
after checking the new images by eye.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import Input

from tui.app.screens.help import HelpScreen
from tui.app.screens.picker import PickerScreen
from tui.app.screens.review import ReviewScreen

from .conftest import make_app, wait_for_screen


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch, briefing_file):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    # The picker shows the folder as given: run from the folder above briefings/.
    monkeypatch.chdir(briefing_file.parent.parent)
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def waiter(screen_type, *then_keys: str):
    async def run_before(pilot) -> None:
        await wait_for_screen(pilot, screen_type)
        if then_keys:
            await pilot.press(*then_keys)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run_before


async def _picker_ready(pilot) -> None:
    picker = await wait_for_screen(pilot, PickerScreen)
    for _ in range(100):
        if picker.entries:
            break
        await pilot.pause(0.05)
    await pilot.pause()


def test_picker(snap_compare):
    app = make_app(None, directory=Path("briefings"))
    assert snap_compare(app, terminal_size=(120, 24), run_before=_picker_ready)


def test_review_80x24(snap_compare):
    app = make_app(Path("briefings/seed.yaml"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=waiter(ReviewScreen))


def test_review_120x40_asset_with_evidence(snap_compare):
    app = make_app(Path("briefings/seed.yaml"))
    assert snap_compare(app, terminal_size=(120, 40), run_before=waiter(ReviewScreen, "3", "j", "right_square_bracket"))


def test_help(snap_compare):
    app = make_app(Path("briefings/seed.yaml"))

    async def run_before(pilot) -> None:
        await waiter(ReviewScreen)(pilot)
        await pilot.press("question_mark")
        await wait_for_screen(pilot, HelpScreen)

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_palette(snap_compare):
    app = make_app(Path("briefings/seed.yaml"))

    async def run_before(pilot) -> None:
        await waiter(ReviewScreen)(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"tartus")
        await pilot.pause(0.6)
        for widget in pilot.app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
