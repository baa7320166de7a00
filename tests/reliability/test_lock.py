"""Two instances on one file: the lock file, stale locks, read-only fallback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.core import lock


@pytest.fixture
def briefing_file(tmp_path: Path) -> Path:
    path = tmp_path / "b.yaml"
    path.write_text("schema_version: 1\n", encoding="utf-8")
    return path


def _dead_pid() -> int:
    """The pid of a process that has certainly exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_acquire_writes_pid_host_user_time_and_release_removes(briefing_file: Path) -> None:
    held = lock.acquire(briefing_file)
    data = json.loads(held.lock_file.read_text())
    assert held.lock_file == briefing_file.parent / ".b.yaml.lock"
    assert data["pid"] == os.getpid()
    assert data["host"] == lock.hostname()
    assert data["user"] == "tester"
    assert data["created"].endswith("Z")
    assert lock.read_lock(briefing_file).token == held.info.token
    held.release()
    assert not held.lock_file.exists()
    assert lock.read_lock(briefing_file) is None


def test_second_instance_is_told_who_holds_the_file(briefing_file: Path, tmp_path: Path) -> None:
    """A real second process holds the lock: this one gets LockHeld naming pid and host."""
    ready = tmp_path / "ready"
    code = (
        "import sys, time, pathlib; from tui.core import lock;"
        f"l = lock.acquire({str(briefing_file)!r}); pathlib.Path({str(ready)!r}).write_text('x');"
        "time.sleep(30)"
    )
    other = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "BRIEFING_AUTHOR": "bob"})
    try:
        deadline = time.monotonic() + 20
        while not ready.exists():
            assert time.monotonic() < deadline, "helper process never took the lock"
            time.sleep(0.05)
        with pytest.raises(lock.LockHeld) as caught:
            lock.acquire(briefing_file)
        assert caught.value.holder.pid == other.pid
        assert caught.value.holder.user == "bob"
        message = str(caught.value)
        assert "\n" not in message and str(other.pid) in message and "read-only" in message
        got, holder = lock.try_acquire(briefing_file)
        assert got is None and holder is not None and holder.pid == other.pid
        assert not holder.is_stale
    finally:
        other.kill()
        other.wait()
    # The holder was SIGKILLed: its lock is now stale and is taken over silently.
    taken = lock.acquire(briefing_file)
    assert taken.took_over is not None and taken.took_over.pid == other.pid
    assert lock.read_lock(briefing_file).pid == os.getpid()
    taken.release()


def test_stale_lock_of_dead_process_is_taken_over(briefing_file: Path) -> None:
    dead = _dead_pid()
    stale = lock.LockInfo(lock.lock_path(briefing_file), dead, lock.hostname(), "ghost", "2020-01-01T00:00:00Z", "t")
    lock.lock_path(briefing_file).write_text(stale.to_json())
    assert lock.read_lock(briefing_file).is_stale
    held = lock.acquire(briefing_file)
    assert held.took_over.user == "ghost"
    assert lock.read_lock(briefing_file).token == held.info.token


def test_lock_from_another_host_is_held_unless_forced(briefing_file: Path) -> None:
    remote = lock.LockInfo(lock.lock_path(briefing_file), 1, "elsewhere.example", "carol", "2026-01-01T00:00:00Z", "r")
    lock.lock_path(briefing_file).write_text(remote.to_json())
    with pytest.raises(lock.LockHeld) as caught:
        lock.acquire(briefing_file)
    assert "carol on elsewhere.example" in str(caught.value)
    forced = lock.acquire(briefing_file, force=True)
    assert forced.took_over.host == "elsewhere.example"
    assert lock.read_lock(briefing_file).pid == os.getpid()


def test_corrupt_old_lock_file_is_replaced(briefing_file: Path) -> None:
    lock_file = lock.lock_path(briefing_file)
    lock_file.write_bytes(b"\x00garbage")
    old = time.time() - 60
    os.utime(lock_file, (old, old))
    held = lock.acquire(briefing_file)
    assert lock.read_lock(briefing_file).token == held.info.token


def test_release_never_removes_a_lock_that_replaced_ours(briefing_file: Path) -> None:
    ours = lock.acquire(briefing_file)
    theirs = lock.LockInfo(ours.lock_file, 1, "elsewhere.example", "carol", "now", "other")
    ours.lock_file.write_text(theirs.to_json())  # someone forced the lock away from us
    assert not ours.still_held()
    ours.release()
    assert lock.read_lock(briefing_file).user == "carol"


def test_read_only_folder_falls_back_to_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "b.yaml"
    path.write_text("x")
    if os.geteuid() == 0:
        # Root ignores permissions, not a read-only mount.
        if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot bind-mount here")
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        undo = ["umount", "-l", str(folder)]
    else:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
    try:
        held = lock.acquire(path)
        assert not str(held.lock_file).startswith(str(folder))
        assert held.lock_file.exists()
        second = subprocess.run(  # a second instance still sees the lock in the data folder
            [sys.executable, "-c", f"from tui.core import lock; print(lock.try_acquire({str(path)!r})[1].pid)"],
            capture_output=True, text=True,
        )
        assert second.stdout.strip() == str(os.getpid()), second.stderr
        held.release()
        assert not held.lock_file.exists()
    finally:
        subprocess.run(undo, check=True)


def test_same_process_reacquire_and_context_manager(briefing_file: Path) -> None:
    with lock.acquire(briefing_file) as first:
        again = lock.acquire(briefing_file)
        assert again.info.token == first.info.token
    assert not lock.lock_path(briefing_file).exists()
