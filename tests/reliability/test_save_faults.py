"""Faults while saving (issue 9 §2): every one leaves the original intact and the work kept.

Each test edits a real copy of the bundled briefing through the Editor, injects one fault,
and checks the file on disk byte for byte, the one-line message, the temporary files, the work
in memory and (where the app would have written one) the recovery file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from tui.core import recovery, yamlio
from tui.core.errors import ChangedOnDiskError, SaveError
from tui.core.ops import Editor
from tui.core.store import dump_briefing, load_briefing, save_briefing

from .fuzzkit import SEED_BRIEFING, SEED_TEXT_FILE, fault_injected

ROOT = Path(__file__).resolve().parents[2]


def _edit(path: Path):
    loaded = load_briefing(path)
    editor = Editor(loaded.briefing, author="tester")
    editor.set_status("actor-putin", "flagged")
    note = editor.add_note("actor-putin", "Work that must never be lost \u05e9\u05dc\u05d5\u05dd")
    return loaded, editor, note


def _temporaries(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def _tmpfs(size: str):
    """A real, tiny tmpfs (root only); skips the test when mounting is not allowed."""
    if not _can_mount():
        pytest.skip("mounting a tmpfs needs root")
    folder = Path(tempfile.mkdtemp(prefix="briefing-tmpfs-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        with contextlib.suppress(OSError):
            folder.rmdir()


# -- SIGKILL during save ----------------------------------------------------------------------

_SAVER = textwrap.dedent(
    """
    import hashlib, os, sys
    from tui.core.store import load_briefing, save_briefing, dump_briefing
    from tui.core.ops import Editor
    path, ready, log = sys.argv[1:4]
    loaded = load_briefing(path)
    editor = Editor(loaded.briefing, author="killer")
    real_write = os.write
    def slow_write(fd, data):  # small chunks: the kill often lands mid-write
        return real_write(fd, bytes(data[:512]))
    sha = loaded.sha256
    log_fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    open(ready, "w").write("ready")
    os.write = slow_write
    i = 0
    while True:
        i += 1
        editor.add_note("actor-putin", "note %d " % i + "x" * 2000)
        # Log the version about to be written, in one write, before the save starts.
        intended = hashlib.sha256(dump_briefing(editor.briefing).encode("utf-8")).hexdigest()
        real_write(log_fd, (intended + "\\n").encode())
        sha = save_briefing(editor.briefing, path, expected_sha256=sha)
    """
)


def test_sigkill_during_save_leaves_a_whole_file(seed_briefing: Path, tmp_path: Path) -> None:
    """A process saving in a loop is SIGKILLed at varied moments: the file on disk is always
    one complete version (the original or one the saver meant to write), never a torn mix."""
    from tui.core.store import sha256_bytes

    versions = {sha256_bytes(seed_briefing.read_bytes())}
    for round_, delay in enumerate((0.0, 0.05, 0.15, 0.3, 0.5)):
        ready, log = tmp_path / f"ready{round_}", tmp_path / f"log{round_}"
        proc = subprocess.Popen([sys.executable, "-c", _SAVER, str(seed_briefing), str(ready), str(log)], cwd=ROOT)
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert time.monotonic() < deadline and proc.poll() is None, "saver did not start"
            time.sleep(0.01)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        fault_injected()
        proc.wait()
        logged = log.read_text().split()
        versions |= set(logged)
        print(f"round {round_}: {len(logged)} saves started before the kill")
        on_disk = seed_briefing.read_bytes()
        assert sha256_bytes(on_disk) in versions, "the file on disk is not any whole version"
        assert load_briefing(seed_briefing).briefing.actors
    # The kills leave temporary files behind; the next open cleans them up.
    yamlio.clean_stale_temporaries(seed_briefing)
    assert _temporaries(seed_briefing) == []


def test_sigkill_mid_write_keeps_the_original_bytes(seed_briefing: Path, tmp_path: Path) -> None:
    """Killed while the temporary file is half written: the original is untouched, byte for byte."""
    original = seed_briefing.read_bytes()
    marker = tmp_path / "in-write"
    code = textwrap.dedent(
        f"""
        import os, time, pathlib
        from tui.core.store import load_briefing, save_briefing
        from tui.core.ops import Editor
        loaded = load_briefing({str(seed_briefing)!r})
        editor = Editor(loaded.briefing, author="killer")
        editor.add_note("actor-putin", "never saved")
        real_write = os.write
        def stuck_write(fd, data):
            n = real_write(fd, bytes(data[:100]))
            pathlib.Path({str(marker)!r}).write_text("x")
            time.sleep(60)
            return n
        os.write = stuck_write
        save_briefing(editor.briefing, {str(seed_briefing)!r}, expected_sha256=loaded.sha256)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.01)
        assert len(_temporaries(seed_briefing)) == 1  # the half-written temporary exists
    finally:
        proc.kill()
        proc.wait()
        fault_injected()
    assert seed_briefing.read_bytes() == original
    assert len(yamlio.clean_stale_temporaries(seed_briefing)) == 1
    assert _temporaries(seed_briefing) == []


# -- disk full -------------------------------------------------------------------------------


def test_injected_enospc_keeps_original_memory_and_recovery(seed_briefing: Path, monkeypatch) -> None:
    original = seed_briefing.read_bytes()
    loaded, editor, note = _edit(seed_briefing)
    folder = str(seed_briefing.parent.resolve())
    real_write = os.write

    def full_disk(fd, data):
        # Only the briefing's folder is full; the data folder (recovery files) still has room.
        if os.readlink(f"/proc/self/fd/{fd}").startswith(folder):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    fault_injected()
    with pytest.raises(SaveError) as caught:
        save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    message = str(caught.value)
    assert "\n" not in message and "disk is full" in message and "unchanged" in message
    assert seed_briefing.read_bytes() == original
    assert _temporaries(seed_briefing) == []
    # The work is still in memory...
    assert editor.item("actor-putin").review.notes[-1].text == note.text
    assert editor.item("actor-putin").review.status == "flagged"
    # ...and the recovery file (what the app writes after each change) holds it too.
    recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    info = recovery.find_recovery(seed_briefing)
    assert info is not None and not info.file_changed
    assert recovery.load_recovery(info) == editor.briefing
    # Once there is room again, the same in-memory work saves normally.
    monkeypatch.setattr(os, "write", real_write)
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert load_briefing(seed_briefing).briefing == editor.briefing
    assert recovery.find_recovery(seed_briefing) is None  # obsolete once saved


def test_enospc_on_fsync_also_reported(seed_briefing: Path, monkeypatch) -> None:
    original = seed_briefing.read_bytes()
    loaded, editor, _ = _edit(seed_briefing)

    def failing_fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    fault_injected()
    with pytest.raises(SaveError, match="disk is full"):
        save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert seed_briefing.read_bytes() == original
    assert _temporaries(seed_briefing) == []


def test_real_full_tmpfs(tmp_path: Path) -> None:
    """A real 128 KiB tmpfs filled up: the save fails cleanly, the original stays whole."""
    with _tmpfs("128k") as disk:
        (disk / "seeds").mkdir()
        shutil.copy(SEED_TEXT_FILE, disk / "seeds")
        (disk / "briefings").mkdir()
        path = disk / "briefings" / "b.yaml"
        shutil.copy(SEED_BRIEFING, path)
        original = path.read_bytes()
        loaded, editor, _ = _edit(path)
        for i in range(20):  # enough notes to make the new version bigger than the free space
            editor.add_note("actor-assad", f"long note {i} " + "y" * 1500)
        with open(disk / "filler", "wb", buffering=0) as filler:  # fill the disk to the last block
            with contextlib.suppress(OSError):
                while True:
                    filler.write(b"\0" * 512)
        fault_injected()
        with pytest.raises(SaveError) as caught:
            save_briefing(editor.briefing, path, expected_sha256=loaded.sha256)
        assert "disk is full" in str(caught.value) and "\n" not in str(caught.value)
        assert path.read_bytes() == original
        assert _temporaries(path) == []
        (disk / "filler").unlink()
        save_briefing(editor.briefing, path, expected_sha256=loaded.sha256)
        assert load_briefing(path).briefing == editor.briefing


# -- read-only file or folder ----------------------------------------------------------------


def test_read_only_file_is_refused_with_a_clear_message(seed_briefing: Path) -> None:
    original = seed_briefing.read_bytes()
    loaded, editor, _ = _edit(seed_briefing)
    seed_briefing.chmod(0o444)
    fault_injected()
    with pytest.raises(SaveError) as caught:
        save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert "read-only" in str(caught.value) and "\n" not in str(caught.value)
    assert seed_briefing.read_bytes() == original
    assert stat.S_IMODE(seed_briefing.stat().st_mode) == 0o444
    with pytest.raises(SaveError):  # force overrides "changed on disk", never read-only
        save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256, force=True)
    seed_briefing.chmod(0o644)
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert load_briefing(seed_briefing).briefing == editor.briefing


def test_read_only_folder(seed_briefing: Path) -> None:
    original = seed_briefing.read_bytes()
    loaded, editor, _ = _edit(seed_briefing)
    folder = seed_briefing.parent
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Root ignores folder permissions: make it read-only the way root cannot ignore.
        done = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot bind-mount here")
        undo = ["umount", "-l", str(folder)]
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        expected = "read-only"
    else:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
        expected = "permission denied"
    fault_injected()
    try:
        with pytest.raises(SaveError) as caught:
            save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
        assert expected in str(caught.value) and "\n" not in str(caught.value)
        assert seed_briefing.read_bytes() == original
        assert _temporaries(seed_briefing) == []
    finally:
        subprocess.run(undo, check=True)
    # The work is intact in memory and saves once the folder is writable again.
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert load_briefing(seed_briefing).briefing == editor.briefing


# -- the file deleted or replaced while open -------------------------------------------------


def test_file_deleted_while_open_is_detected(seed_briefing: Path) -> None:
    loaded, editor, _ = _edit(seed_briefing)
    seed_briefing.unlink()
    fault_injected()
    with pytest.raises(ChangedOnDiskError) as caught:
        save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert "deleted or moved" in str(caught.value) and "\n" not in str(caught.value)
    assert not seed_briefing.exists()  # nothing silently recreated
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256, force=True)
    assert load_briefing(seed_briefing).briefing == editor.briefing


def test_file_replaced_while_open_is_detected(seed_briefing: Path) -> None:
    loaded, editor, _ = _edit(seed_briefing)
    # Another tool (or git checkout) replaces the file with a different version by rename.
    other = Editor(load_briefing(seed_briefing).briefing, author="bob")
    other.set_status("actor-assad", "rejected")
    theirs = dump_briefing(other.briefing).encode("utf-8")
    replacement = seed_briefing.with_suffix(".new")
    replacement.write_bytes(theirs)
    os.replace(replacement, seed_briefing)
    fault_injected()
    with pytest.raises(ChangedOnDiskError) as caught:
        save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert "changed by someone else" in str(caught.value)
    assert seed_briefing.read_bytes() == theirs  # their work is not overwritten


def test_file_replaced_by_identical_bytes_saves(seed_briefing: Path) -> None:
    """A touch or a checkout of the same content is not a conflict (compared by content)."""
    loaded, editor, _ = _edit(seed_briefing)
    data = seed_briefing.read_bytes()
    seed_briefing.unlink()
    seed_briefing.write_bytes(data)
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert load_briefing(seed_briefing).briefing == editor.briefing


# -- stale temporaries, file mode, symlinks --------------------------------------------------


def test_stale_temporaries_cleaned_and_nothing_else(seed_briefing: Path) -> None:
    folder = seed_briefing.parent
    stale = [folder / f".{seed_briefing.name}.abc123.tmp", folder / f".{seed_briefing.name}.x_y.tmp"]
    for path in stale:
        path.write_text("half a briefing")
        fault_injected()
    keep = [folder / "other.yaml", folder / f".other.yaml.abc.tmp", folder / f".{seed_briefing.name}.lock"]
    for path in keep:
        path.write_text("keep me")
    removed = yamlio.clean_stale_temporaries(seed_briefing)
    assert sorted(removed) == sorted(stale)
    assert all(p.exists() for p in keep)
    assert not any(p.exists() for p in stale)


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755])
def test_file_mode_preserved(seed_briefing: Path, mode: int) -> None:
    seed_briefing.chmod(mode)
    loaded, editor, _ = _edit(seed_briefing)
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert stat.S_IMODE(seed_briefing.stat().st_mode) == mode
    assert load_briefing(seed_briefing).briefing == editor.briefing


def test_save_through_a_symlink_updates_the_target(seed_briefing: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(seed_briefing)
    loaded, editor, _ = _edit(link)
    save_briefing(editor.briefing, link, expected_sha256=loaded.sha256)
    assert link.is_symlink()
    assert load_briefing(seed_briefing).briefing == editor.briefing


def test_new_file_gets_default_mode(tmp_path: Path, seed_briefing: Path) -> None:
    loaded, editor, _ = _edit(seed_briefing)
    new = seed_briefing.parent / "copy.yaml"
    old_umask = os.umask(0o022)
    try:
        save_briefing(editor.briefing, new, expected_sha256=None)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    with pytest.raises(ChangedOnDiskError, match="already exists"):
        save_briefing(editor.briefing, new, expected_sha256=None)
