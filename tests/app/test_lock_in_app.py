"""Two instances on one file: the second opens it read-only and says who holds it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tui.app.screens.review import ReviewScreen
from tui.core.lock import lock_path, read_lock
from tui.core.store import load_briefing

from .conftest import make_app, wait_for_screen

HOLDER = """
import sys, time
from tui.core.lock import acquire
lock = acquire(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


async def test_the_app_locks_the_file_it_opens_and_releases_it(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        holder = read_lock(briefing_file)
        assert holder is not None and holder.pid == os.getpid()
        assert not screen.read_only
    assert not lock_path(briefing_file).exists(), "the lock outlived the app"


async def test_a_file_open_elsewhere_opens_read_only(briefing_file):
    before = briefing_file.read_bytes()
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(briefing_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
            screen = await wait_for_screen(pilot, ReviewScreen)
            assert screen.read_only
            assert "read-only" in screen.header.text
            # The notification that says who holds it (the screen opened before the app mounted).
            assert any("opened read-only" in note.message for note in pilot.app._notifications)
            first = screen.loaded.briefing.actors[0].id
            await pilot.press("a", "n", "ctrl+s", "w", "u")
            await pilot.pause(0.2)
            assert pilot.app.screen is screen  # no note editor opened
            assert screen.editor.item(first).review.status == "unreviewed"
            assert not screen.editor.history.can_undo
        assert briefing_file.read_bytes() == before
        assert read_lock(briefing_file).pid == other.pid  # the holder keeps its lock
    finally:
        other.kill()
        other.wait()


async def test_a_stale_lock_of_a_dead_process_is_taken_over(briefing_file):
    dead = subprocess.Popen([sys.executable, "-c", HOLDER, str(briefing_file)], stdout=subprocess.PIPE, text=True)
    assert dead.stdout.readline().strip() == "locked"
    dead.kill()  # SIGKILL: the lock file stays behind
    dead.wait()
    assert read_lock(briefing_file).pid == dead.pid
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        assert not screen.read_only
        await pilot.press("a")
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
    assert load_briefing(briefing_file).briefing.progress()[0] == 1


async def test_opening_cleans_the_temporaries_of_an_interrupted_save(briefing_file):
    stale = briefing_file.parent / f".{briefing_file.name}.dead1234.tmp"
    young = briefing_file.parent / f".{briefing_file.name}.live5678.tmp"
    stale.write_text("half a briefing", encoding="utf-8")
    young.write_text("someone's save in progress", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, ReviewScreen)
        assert not stale.exists()
        assert young.exists()  # too young to be an interrupted save's: left alone


async def test_L_takes_over_the_lock_of_a_file_open_elsewhere_after_asking(briefing_file):
    from tui.app.dialogs import ConfirmDialog

    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(briefing_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
            screen = await wait_for_screen(pilot, ReviewScreen)
            assert screen.read_only and screen.lock_holder.pid == other.pid
            await pilot.press("L")
            assert isinstance(pilot.app.screen, ConfirmDialog)
            await pilot.press("n")  # no: still read-only, their lock untouched
            assert screen.read_only and read_lock(briefing_file).pid == other.pid
            await pilot.press("L")
            await pilot.press("y")
            await pilot.pause()
            assert not screen.read_only and "read-only" not in screen.header.text
            assert read_lock(briefing_file).pid == os.getpid()
            first = screen.loaded.briefing.actors[0].id
            await pilot.press("a", "ctrl+s")
            await pilot.pause(0.2)
        assert load_briefing(briefing_file).briefing.get(first).review.status == "accepted"
        assert not lock_path(briefing_file).exists()  # released on closing, like any lock
    finally:
        other.kill()
        other.wait()


async def test_L_is_not_offered_when_this_instance_holds_the_lock(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        assert not screen.check_action("take_lock", ())
        await pilot.press("L")
        assert pilot.app.screen is screen and not screen.read_only
