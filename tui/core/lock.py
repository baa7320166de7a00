"""One lock file per open briefing, so a second instance knows the file is open elsewhere.

The lock sits next to the briefing (``.NAME.lock``) so that every user and host sharing the
folder sees it; when that folder is not writable it falls back to the user's data folder (the
file cannot be saved there anyway, but two of the user's own windows still see each other).

The lock holds JSON: pid, host, user, time and a random token. It is created atomically, with
its content complete from the first instant: written to a temporary file and hard-linked into
place (``link`` fails when the name exists), so a reader never sees a half-written lock.

A lock whose process is dead on this host is *stale* and is taken over silently. A lock from
another host cannot be checked: it is reported as held, and the app offers to open the file
read-only (or to take the lock over on the analyst's word, ``force=True``).
"""

from __future__ import annotations

import errno
import json
import os
import socket
import tempfile
import time
from pathlib import Path
from typing import Any

from .errors import BriefingError
from .records import Record
from .paths import data_dir, path_key

LOCK_VERSION = 1


def _user() -> str:
    for name in ("BRIEFING_AUTHOR", "USER", "LOGNAME", "USERNAME"):
        value = os.environ.get(name)
        if value:
            return value
    return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def hostname() -> str:
    """This machine's name as written in lock and recovery files."""
    return socket.gethostname() or "localhost"


def pid_alive(pid: int) -> bool:
    """True when a process with ``pid`` exists on this host (signal 0 probes without killing)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it is just someone else's
        return True
    except OSError:
        return False
    return True


class LockInfo(Record):
    """Who holds (or held) the lock of a briefing (``created``: ISO 8601 UTC)."""

    __slots__ = ("lock_file", "pid", "host", "user", "created", "token")

    def __init__(self, lock_file: Path, pid: int, host: str, user: str, created: str, token: str = "") -> None:
        self.lock_file = lock_file
        self.pid = pid
        self.host = host
        self.user = user
        self.created = created
        self.token = token

    @property
    def is_ours(self) -> bool:
        """Held by this very process."""
        return self.pid == os.getpid() and self.host == hostname()

    @property
    def is_stale(self) -> bool:
        """The holder is known to be gone: same host, and its process no longer exists."""
        return self.host == hostname() and not pid_alive(self.pid)

    def describe(self) -> str:
        """One line for the analyst: who has the file open, where and since when."""
        return f"opened by {self.user} on {self.host} (process {self.pid}) since {self.created}"

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": LOCK_VERSION,
                "pid": self.pid,
                "host": self.host,
                "user": self.user,
                "created": self.created,
                "token": self.token,
            }
        )


class LockHeld(BriefingError):
    """The briefing is open in another instance; ``holder`` says who has it."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            f"{path}: is already open elsewhere: {holder.describe()}; "
            "open it read-only, or take the lock over if that instance is gone"
        )


def lock_path(path: str | Path) -> Path:
    """Where the lock file of ``path`` lives (next to it when its folder is writable)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if os.access(folder, os.W_OK | os.X_OK):
        return folder / f".{path.name}.lock"
    return data_dir() / "locks" / f"{path_key(path)}.lock"


def _parse(lock_file: Path, raw: str) -> LockInfo | None:
    try:
        data: Any = json.loads(raw)
        return LockInfo(
            lock_file=lock_file,
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data.get("user", "?")),
            created=str(data.get("created", "?")),
            token=str(data.get("token", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


def read_lock(path: str | Path) -> LockInfo | None:
    """Who holds the lock of ``path``, or None when there is no (readable, well-formed) lock."""
    lock_file = lock_path(path)
    try:
        raw = lock_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return _parse(lock_file, raw)


def _utc_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _publish(lock_file: Path, content: str) -> bool:
    """Create ``lock_file`` with ``content`` atomically; False when it already exists."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f"{lock_file.name}.", suffix=".new", dir=lock_file.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        try:
            os.link(tmp, lock_file)
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
        # No hard links on this file system: exclusive create, then write (tiny window only).
        try:
            out = os.open(lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(out, "w", encoding="utf-8") as handle:
            handle.write(content)
        return True
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


class Lock:
    """A held lock on one briefing; release it when the file is closed (or use ``with``)."""

    def __init__(self, path: Path, info: LockInfo, took_over: LockInfo | None = None) -> None:
        self.path = path
        self.info = info
        #: The stale (or forced) lock this one replaced, if any: worth a notification.
        self.took_over = took_over
        self.released = False

    @property
    def lock_file(self) -> Path:
        return self.info.lock_file

    def still_held(self) -> bool:
        """True while the lock file on disk is still this lock (nobody forced it away)."""
        current = _read_file(self.lock_file)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        """Remove the lock file if it is still ours (never someone else's that replaced it)."""
        if self.released:
            return
        self.released = True
        if self.still_held():
            try:
                self.lock_file.unlink()
            except OSError:
                pass

    def __enter__(self) -> "Lock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_file(lock_file: Path) -> LockInfo | None:
    try:
        return _parse(lock_file, lock_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


#: A lock file that cannot be parsed and is older than this (seconds) is treated as stale.
CORRUPT_GRACE_SECONDS = 5.0


def acquire(path: str | Path, *, force: bool = False) -> Lock:
    """Lock ``path`` for this process; raise :class:`LockHeld` when another live instance has it.

    Stale locks (dead process on this host, or an unreadable lock file older than a few
    seconds) are taken over. ``force`` takes over any lock: only on the analyst's explicit word.
    Acquiring a lock this process already holds returns a new handle on it.
    """
    path = Path(path)
    lock_file = lock_path(path)
    info = LockInfo(
        lock_file=lock_file,
        pid=os.getpid(),
        host=hostname(),
        user=_user(),
        created=_utc_now(),
        token=os.urandom(8).hex(),
    )
    took_over: LockInfo | None = None
    for _ in range(5):  # a few rounds: another instance may be taking the same stale lock
        if _publish(lock_file, info.to_json()):
            return Lock(path, info, took_over)
        holder = _read_file(lock_file)
        if holder is None:
            try:
                age = time.time() - lock_file.stat().st_mtime
            except FileNotFoundError:
                continue  # released meanwhile: try again
            if age < CORRUPT_GRACE_SECONDS and not force:
                time.sleep(0.05)
                continue
        elif holder.is_ours:
            return Lock(path, holder)
        elif not (force or holder.is_stale):
            raise LockHeld(path, holder)
        # Stale, corrupt or forced: replace it atomically with ours (rename over it), then
        # check that ours is what stayed (a concurrent taker may have renamed theirs later).
        took_over = holder
        fd, tmp = tempfile.mkstemp(prefix=f"{lock_file.name}.", suffix=".new", dir=lock_file.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(info.to_json())
        os.replace(tmp, lock_file)
        time.sleep(0.01)
        current = _read_file(lock_file)
        if current is not None and current.token == info.token:
            return Lock(path, info, took_over)
        if current is not None and not current.is_stale:
            raise LockHeld(path, current)
    holder = _read_file(lock_file)
    if holder is not None:
        raise LockHeld(path, holder)
    raise LockHeld(path, LockInfo(lock_file, 0, "?", "?", "?"))


def try_acquire(path: str | Path) -> tuple[Lock | None, LockInfo | None]:
    """``(lock, None)`` when this process got the lock, ``(None, holder)`` when it is held.

    The app's entry point: on ``(None, holder)`` it tells the analyst ``holder.describe()``
    and opens the briefing read-only. File-system errors (read-only folder and data folder)
    give ``(None, None)``: no lock is possible, the caller decides.
    """
    try:
        return acquire(path), None
    except LockHeld as held:
        return None, held.holder
    except OSError:
        return None, None
