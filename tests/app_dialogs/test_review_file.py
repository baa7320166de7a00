"""Undo/redo over mixed sequences, saving (errors, changed on disk), quitting, recovery."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tui.app.dialogs import ExternalChangeDialog, RestoreDialog, SaveQuitDialog
from tui.app.screens import review_saving
from tui.app.screens.review_saving import mine_copy_path
from tui.core.lock import acquire, lock_path
from tui.core.recovery import find_recovery, load_recovery, recovery_files
from tui.core.store import dump_briefing, load_briefing, save_briefing

from .review_host import SIZE, ReviewHost, messages, press, reload, settle


@pytest.fixture
def fast_recovery(monkeypatch):
    """Recovery files 0.2 s after a change instead of 2 s, so tests do not sleep long."""
    monkeypatch.setattr(review_saving.SavingActions, "recovery_delay", 0.2)


async def wait_for(pilot, condition, timeout: float = 15.0) -> None:
    """Poll ``condition`` while the app runs (timers fire, workers finish)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()


async def test_undo_redo_over_a_mixed_sequence(seed_briefing: Path):
    original = dump_briefing(load_briefing(seed_briefing).briefing)
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        first = review.highlighted()[1]
        # decision, confidence, note, grading, tags, delete (with confirmation), edit
        await press(pilot, "a", "k", "c", "n", *"x", "enter", *"y", "ctrl+s")
        await press(pilot, "r", "c", "3", "enter", "t", *"t1", "enter")
        await press(pilot, "j", "d", "y")
        await press(pilot, "e")
        app.screen.query_one("#field-role").value = "changed role"
        await press(pilot, "ctrl+s")
        done = dump_briefing(review.editor.briefing)
        steps = len(review.editor.history.descriptions())
        assert steps == 7
        assert review.editor.item(first).review.notes[0].text == "x\ny"
        # Undo everything, mixing u and ctrl+z: back to the file as loaded, not dirty.
        await press(pilot, *(["u", "ctrl+z"] * 3), "u")
        assert dump_briefing(review.editor.briefing) == original
        assert not review.is_dirty()
        await press(pilot, "u")  # nothing left: says so, changes nothing
        assert "Nothing to undo" in messages(app)
        # Redo everything with U and ctrl+y: exactly the edited state again.
        await press(pilot, *(["U", "ctrl+y"] * 3), "ctrl+y")
        assert dump_briefing(review.editor.briefing) == done
        # Undo two (the edit and the deletion), then save: the file holds the rest.
        await press(pilot, "u", "u", "ctrl+s")
        kept = dump_briefing(review.editor.briefing)
        # A new change after undo drops the redo stack.
        assert "Nothing to redo" not in messages(app)
        await press(pilot, "a")
        await press(pilot, "U")
        assert "Nothing to redo" in messages(app)
    saved = reload(seed_briefing).briefing
    assert dump_briefing(saved) == kept
    item = saved.get(first)
    assert (item.review.status, item.review.grading, item.review.tags) == ("accepted", "C3", ["t1"])
    assert [n.text for n in item.review.notes] == ["x\ny"]


async def test_dirty_marker_follows_save_and_undo(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        assert not review.is_dirty() and not review.header.dirty
        await press(pilot, "a")
        assert review.is_dirty() and review.header.dirty
        await press(pilot, "ctrl+s")
        assert not review.is_dirty() and not review.header.dirty
        await press(pilot, "u")  # undo past the save point: unsaved again
        assert review.is_dirty() and review.header.dirty


async def test_save_error_keeps_the_work_and_says_why(seed_briefing: Path):
    if os.geteuid() == 0:
        pytest.skip("root ignores directory permissions")
    app = ReviewHost(seed_briefing)
    folder = seed_briefing.parent
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        folder.chmod(0o500)
        try:
            await press(pilot, "ctrl+s")
        finally:
            folder.chmod(0o755)
        assert app.review.is_dirty()
        assert any("Your changes are kept" in m for m in messages(app))
        await press(pilot, "ctrl+s")  # fixed: saves now
        assert not app.review.is_dirty()
    assert reload(seed_briefing).briefing.actors[0].review.status == "accepted"


async def test_save_error_from_the_store(seed_briefing: Path, monkeypatch):
    # A full disk or a read-only file system, as the store reports it (works as root too).
    from tui.core.errors import SaveError

    def failing(*args, **kwargs):
        raise SaveError(f"{seed_briefing}: not saved: No space left on device; the file on disk is unchanged")

    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        monkeypatch.setattr(review_saving, "save_briefing", failing)
        await press(pilot, "ctrl+s")
        assert app.review.is_dirty()
        assert any("No space left" in m and "Your changes are kept" in m for m in messages(app))
        # The work went to the recovery file at once.
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
    recovered = load_recovery(seed_briefing)
    assert recovered.actors[0].review.status == "accepted"


def change_on_disk(path: Path) -> None:
    """Someone else saves the file: flags the last actor."""
    theirs = load_briefing(path)
    theirs.briefing.actors[-1].review.status = "flagged"
    save_briefing(theirs.briefing, path, expected_sha256=theirs.sha256)


@pytest.mark.parametrize("choice", ["k", "r", "o"])
async def test_external_change_on_save(seed_briefing: Path, choice: str):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        review.lock = acquire(seed_briefing)  # as the app does on opening
        mine_id = review.highlighted()[1]
        theirs_id = review.editor.briefing.actors[-1].id
        await press(pilot, "a")
        change_on_disk(seed_briefing)
        theirs_bytes = seed_briefing.read_bytes()
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, ExternalChangeDialog)
        # Cancel first: nothing is written, the work stays unsaved; then save again and choose.
        await press(pilot, "c")
        assert app.screen is review and review.is_dirty()
        assert seed_briefing.read_bytes() == theirs_bytes
        assert not list(seed_briefing.parent.glob("*.mine-*.yaml"))
        await press(pilot, "ctrl+s")
        assert isinstance(app.screen, ExternalChangeDialog)
        await press(pilot, choice)
        assert app.screen is review
        dirty = review.is_dirty()
        path_now = review.loaded.path
        if choice == "k":  # the lock moves with the editing: the copy is ours, the original free
            assert review.lock is not None and review.lock.path == path_now and review.lock.still_held()
            assert not lock_path(seed_briefing).exists()
        else:
            assert review.lock.path == seed_briefing and review.lock.still_held()
    on_disk = reload(seed_briefing).briefing
    copies = sorted(seed_briefing.parent.glob("*.mine-*.yaml"))
    if choice == "k":  # keep mine as a copy: theirs untouched, mine beside it, editing the copy
        assert on_disk.get(mine_id).review.status == "unreviewed"
        assert on_disk.get(theirs_id).review.status == "flagged"
        assert len(copies) == 1 and path_now == copies[0] and not dirty
        mine = load_briefing(copies[0])
        assert mine.briefing.get(mine_id).review.status == "accepted"
        assert mine.warnings == []  # the source path still resolves from the same folder
    elif choice == "r":  # reload: their version, my change dropped
        assert not dirty and not copies
        assert review.editor.item(mine_id).review.status == "unreviewed"
        assert review.editor.item(theirs_id).review.status == "flagged"
    else:  # overwrite: mine wins
        assert not dirty and not copies
        assert on_disk.get(mine_id).review.status == "accepted"
        assert on_disk.get(theirs_id).review.status == "unreviewed"


def test_mine_copy_path_never_overwrites(tmp_path: Path):
    path = tmp_path / "b.yaml"
    first = mine_copy_path(path, now=0)
    assert first.name == "b.mine-19700101-000000.yaml"
    first.write_text("x")
    assert mine_copy_path(path, now=0).name == "b.mine-19700101-000000-2.yaml"


async def test_quit_without_changes_exits_at_once(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "q")
        assert app.return_code is not None
        assert not any(isinstance(s, SaveQuitDialog) for s in app.screen_stack)


@pytest.mark.parametrize("choice", ["s", "d"])
async def test_quit_with_unsaved_changes_asks(seed_briefing: Path, choice: str, fast_recovery):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        item_id = app.review.highlighted()[1]
        await press(pilot, "a")
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
        # Cancel (c, then Esc): the app stays, the work stays unsaved.
        for cancel in ("c", "escape"):
            await press(pilot, "q")
            assert isinstance(app.screen, SaveQuitDialog)
            await press(pilot, cancel)
            assert app.return_code is None and app.screen is app.review and app.review.is_dirty()
        await press(pilot, "q", choice)
        assert app.return_code is not None  # exited
    status = reload(seed_briefing).briefing.get(item_id).review.status
    assert status == ("accepted" if choice == "s" else "unreviewed")
    # Saved or thrown away: no recovery is offered next time.
    assert find_recovery(seed_briefing) is None


async def test_note_typed_before_a_crash_is_restored(seed_briefing: Path, fast_recovery):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        item_id = app.review.highlighted()[1]
        await press(pilot, "n", *"lost?", "enter", *"no", "ctrl+s")
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
        # The crash: the process dies here; nothing saved the file.
    assert reload(seed_briefing).briefing.get(item_id).review.notes == []

    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, RestoreDialog)
        await press(pilot, "r")
        review = app.review
        assert [n.text for n in review.editor.item(item_id).review.notes] == ["lost?\nno"]
        assert review.is_dirty()  # restored work is unsaved until Ctrl+S
        await press(pilot, "ctrl+s")
        assert not review.is_dirty()
    saved = reload(seed_briefing).briefing.get(item_id).review.notes
    assert [(n.text, n.author) for n in saved] == [("lost?\nno", "tester")]
    assert find_recovery(seed_briefing) is None  # a successful save discards it


async def test_recovery_can_be_discarded_or_kept(seed_briefing: Path, fast_recovery):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
    for key, kept in (("l", True), ("d", False)):
        app = ReviewHost(seed_briefing)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, RestoreDialog)
            await press(pilot, key)
            assert app.review.editor.briefing.actors[0].review.status == "unreviewed"
            assert not app.review.is_dirty()
        assert (find_recovery(seed_briefing) is not None) is kept


async def test_recovery_is_debounced(seed_briefing: Path):
    delay = review_saving.RECOVERY_DELAY  # the real one: 2 s
    yaml_file, _ = recovery_files(seed_briefing)
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first_change = time.monotonic()
        await press(pilot, "a")
        await pilot.pause(0.3)
        last_change = time.monotonic()
        await press(pilot, "a")  # a second change restarts the wait
        # Only a machine too busy to get here within the delay cannot tell.
        if time.monotonic() - first_change < delay * 0.8:
            assert not yaml_file.exists()
        await wait_for(pilot, yaml_file.exists)
        assert time.monotonic() - last_change >= delay * 0.9
        recovered = load_recovery(seed_briefing)
        assert [a.review.status for a in recovered.actors[:2]] == ["accepted", "accepted"]
        # Undo back to the saved state: the recovery is removed, nothing is unsaved.
        await press(pilot, "u", "u")
        await wait_for(pilot, lambda: not yaml_file.exists())


async def test_unsaved_work_goes_to_recovery_when_the_app_closes_early(seed_briefing: Path, monkeypatch):
    # Ctrl+Q (or anything else that closes the app) before the debounce fired. The debounce is
    # made long, so that a slow machine cannot fire it before the app closes (a flake seen once).
    monkeypatch.setattr(review_saving.SavingActions, "recovery_delay", 60.0)
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        assert find_recovery(seed_briefing) is None
        app.exit()
        await pilot.pause()
    assert load_recovery(seed_briefing).actors[0].review.status == "flagged"


async def test_restored_work_still_detects_a_file_changed_since(seed_briefing: Path, fast_recovery):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        item_id = app.review.highlighted()[1]
        await press(pilot, "a")
        await wait_for(pilot, lambda: find_recovery(seed_briefing) is not None)
    change_on_disk(seed_briefing)  # someone saved after the crash
    theirs = seed_briefing.read_bytes()
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, RestoreDialog)
        await press(pilot, "r", "ctrl+s")
        assert isinstance(app.screen, ExternalChangeDialog)  # not silently over their save
        await press(pilot, "k")
        copy = app.review.loaded.path
    assert seed_briefing.read_bytes() == theirs
    assert load_briefing(copy).briefing.get(item_id).review.status == "accepted"


async def test_a_recovery_write_in_flight_never_lands_after_a_save(seed_briefing: Path, monkeypatch):
    from tui.core import recovery

    real = recovery.write_recovery

    def slow(*args, **kwargs):
        time.sleep(0.3)  # the worker is mid-write while the analyst saves
        return real(*args, **kwargs)

    monkeypatch.setattr(recovery, "write_recovery", slow)  # the screen looks it up on use
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        app.review.write_recovery_now()  # the debounce fires with one change...
        await pilot.press("a", "ctrl+s")  # ...a second change is saved before the write finished
        await settle(pilot)
        assert not app.review.is_dirty()
    assert find_recovery(seed_briefing) is None


async def test_a_failing_recovery_write_warns_once(seed_briefing: Path, monkeypatch, fast_recovery):
    from tui.core import recovery
    from tui.core.recovery import RecoveryError

    def failing(*args, **kwargs):
        raise RecoveryError("cannot write the recovery file in /nowhere: Read-only file system")

    monkeypatch.setattr(recovery, "write_recovery", failing)  # the screen looks it up on use
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        await wait_for(pilot, lambda: any("Read-only" in m for m in messages(app)))
        await press(pilot, "a")
        await pilot.pause(0.5)
        await settle(pilot)
        assert sum("Read-only" in m for m in messages(app)) == 1
        assert app.review.editor.briefing.actors[1].review.status == "accepted"  # work goes on


def test_frozen_view_is_not_touched_by_later_edits(seed_briefing: Path):
    from tui.app.screens.review_saving import frozen_view
    from tui.core.ops import Editor

    editor = Editor(load_briefing(seed_briefing).briefing, author="tester")
    before = dump_briefing(editor.briefing)
    view = frozen_view(editor.briefing)
    first, second = editor.briefing.actors[0].id, editor.briefing.actors[1].id
    editor.set_status(first, "accepted")
    editor.add_note(first, "later")
    editor.delete_item(second)
    editor.add_item("assets", name="new asset")
    editor.set_summary_text("changed")
    assert dump_briefing(view) == before
    assert dump_briefing(editor.briefing) != before
