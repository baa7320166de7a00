"""Saving a big briefing in a thread worker: the screen stays live and nothing is lost.

The seed briefing is small, so these tests lower the size above which saves go to the
worker (``BACKGROUND_SAVE_ITEMS``) to 0, and hold the worker at a gate to act while it runs.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from tui.app.dialogs import ExternalChangeDialog, SaveQuitDialog
from tui.app.screens import review_background_save as background
from tui.core.errors import SaveError
from tui.core.recovery import find_recovery, load_recovery

from .review_host import SIZE, ReviewHost, messages, press, reload, settle
from .test_review_file import change_on_disk, fast_recovery, wait_for  # noqa: F401 - fixture


@pytest.fixture
def background_saves(monkeypatch):
    """Every save of the review screen goes through the thread worker."""
    monkeypatch.setattr(background, "BACKGROUND_SAVE_ITEMS", 0)


@pytest.fixture
def gate(monkeypatch, background_saves):
    """Background saves wait until the test opens the gate (they start writing only then)."""
    state = SimpleNamespace(opened=threading.Event(), started=threading.Event(), calls=0)
    real = background.save_briefing

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        state.calls += 1
        state.started.set()
        assert state.opened.wait(10), "the test never opened the gate"
        return real(*args, **kwargs)

    monkeypatch.setattr(background, "save_briefing", held)
    return state


async def finish(pilot, gate) -> None:  # type: ignore[no-untyped-def]
    gate.opened.set()
    await wait_for(pilot, lambda: not pilot.app.review.saving)
    await settle(pilot)


async def test_a_small_briefing_saves_at_once_on_the_event_loop(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert background.item_count(app.review.editor.briefing) <= background.BACKGROUND_SAVE_ITEMS
        await press(pilot, "a")
        await pilot.press("ctrl+s")  # no pause: the file is written by the key's handler
        assert not app.review.saving and not app.review.is_dirty()
        assert not [w for w in app.workers if w.group == "save"]
    assert reload(seed_briefing).briefing.actors[0].review.status == "accepted"


async def test_a_big_briefing_saves_in_the_background_while_the_screen_stays_live(seed_briefing: Path, gate):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        first = review.highlighted()[1]
        await press(pilot, "a", "k", "ctrl+s")  # accept, back up to it, save
        assert gate.started.wait(5) and review.saving
        assert review.is_dirty()  # not on disk yet
        # The screen answers keys meanwhile; file actions wait.
        await press(pilot, "j")
        assert review.highlighted()[1] != first
        await press(pilot, "ctrl+s")
        assert "Still saving: wait a moment." in messages(app)
        assert gate.calls == 1
        await finish(pilot, gate)
        assert not review.is_dirty()
        assert any(m == f"Saved {seed_briefing.name}" for m in messages(app))
    assert reload(seed_briefing).briefing.get(first).review.status == "accepted"
    assert find_recovery(seed_briefing) is None


async def test_edits_made_while_saving_stay_unsaved_and_reach_the_next_save(
    seed_briefing: Path, gate, fast_recovery
):
    app = ReviewHost(seed_briefing, auto_advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        first = review.highlighted()[1]
        await press(pilot, "a", "ctrl+s")
        assert gate.started.wait(5)
        await press(pilot, "j", "x")  # reject the next actor while the first save runs
        second = review.highlighted()[1]
        await finish(pilot, gate)
        saved = reload(seed_briefing).briefing
        assert saved.get(first).review.status == "accepted"
        assert saved.get(second).review.status == "unreviewed"  # the snapshot came before it
        assert review.is_dirty()
        assert any("the changes made since are not saved yet" in m for m in messages(app))
        # The later edit is protected by the recovery file meanwhile, then saved.
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
        assert load_recovery(seed_briefing).get(second).review.status == "rejected"
        await press(pilot, "ctrl+s")
        await finish(pilot, gate)
        assert not review.is_dirty()
    assert reload(seed_briefing).briefing.get(second).review.status == "rejected"


async def test_save_and_quit_does_not_quit_past_an_edit_made_while_saving(seed_briefing: Path, gate):
    app = ReviewHost(seed_briefing, auto_advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", "q")
        assert isinstance(app.screen, SaveQuitDialog)
        await press(pilot, "s")
        assert gate.started.wait(5)
        await press(pilot, "j", "f")  # flag another actor before the save is done
        await finish(pilot, gate)
        assert app.return_code is None and app.screen is app.review  # still here
        assert app.review.is_dirty()
        # Nothing pending any more: q with a clean save quits.
        await press(pilot, "ctrl+s")
        await finish(pilot, gate)
        await press(pilot, "q")
        assert app.return_code is not None


async def test_a_file_changed_on_disk_asks_after_the_background_check(seed_briefing: Path, gate):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        mine = app.review.highlighted()[1]
        theirs = app.review.editor.briefing.actors[-1].id
        await press(pilot, "a")
        change_on_disk(seed_briefing)
        await press(pilot, "ctrl+s")
        await finish(pilot, gate)
        assert isinstance(app.screen, ExternalChangeDialog)
        assert reload(seed_briefing).briefing.get(mine).review.status == "unreviewed"  # untouched
        gate.opened.clear()
        await press(pilot, "o")  # overwrite: saved again in the background, forced
        await finish(pilot, gate)
        assert app.screen is app.review and not app.review.is_dirty()
    on_disk = reload(seed_briefing).briefing
    assert on_disk.get(mine).review.status == "accepted"
    assert on_disk.get(theirs).review.status == "unreviewed"


async def test_a_failed_background_save_keeps_the_work_and_writes_the_recovery(
    seed_briefing: Path, monkeypatch, background_saves
):
    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise SaveError(f"{seed_briefing}: not saved: No space left on device; the file on disk is unchanged")

    monkeypatch.setattr(background, "save_briefing", full_disk)
    before = seed_briefing.read_bytes()
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a", "ctrl+s")
        await wait_for(pilot, lambda: not app.review.saving)
        assert app.review.is_dirty()
        assert any("No space left" in m and "Your changes are kept" in m for m in messages(app))
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
    assert seed_briefing.read_bytes() == before
    assert load_recovery(seed_briefing).actors[0].review.status == "accepted"


async def test_a_briefing_past_the_threshold_saves_in_the_background_by_default(tmp_path: Path, monkeypatch):
    from tests.app.conftest import make_big_briefing

    threads: list[bool] = []
    real = background.save_briefing

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(background, "save_briefing", spy)
    path = make_big_briefing(tmp_path, count=background.BACKGROUND_SAVE_ITEMS + 300)
    app = ReviewHost(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        assert background.item_count(review.editor.briefing) > background.BACKGROUND_SAVE_ITEMS
        first = review.highlighted()[1]
        await pilot.press("a", "ctrl+s")
        await wait_for(pilot, lambda: not review.saving)
        assert threads == [False]  # written once, off the event loop's thread
        assert not review.is_dirty()
    assert reload(path).briefing.get(first).review.status == "accepted"
