"""A parse cache: reopening an unchanged briefing skips YAML parsing and validation.

Entries are keyed by the sha256 of the file's bytes (so a moved or copied file still hits, and
any change misses) and live in :func:`tui.core.paths.cache_dir`. Each entry is a pickle of the
validated :class:`~tui.core.model.Briefing` and its parse warnings, stamped with the tool
version, the schema version and the Python version: an entry from any other build, a truncated
or corrupt entry, or one not owned by this user is ignored (and removed) and the file is parsed
as usual. The cache never raises: any failure is a miss.

Only what depends on the briefing's bytes alone is cached; the source-text checks (evidence
quotes, source hash) are redone on every load because the source file may change by itself.

Why pickle is acceptable here: the cache folder is the user's own private data folder (created
0700, entries checked to belong to the user), the same trust as the user's config; nothing from
a briefing file or another user is ever unpickled.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from pathlib import Path

from .errors import Problem
from .model import SCHEMA_VERSION, Briefing
from .paths import cache_dir

#: Files smaller than this are never cached. Every size is: even a small briefing that parses
#: in 3 ms costs PyYAML's import (about 11 ms) on each start, which a hit skips (issue 8).
MIN_BYTES = 0
#: Entries kept at most; the least recently used beyond that are removed.
MAX_ENTRIES = 32
#: Set ``BRIEFING_NO_CACHE=1`` to bypass the cache entirely (benchmarks of cold opens, debugging).
DISABLE_ENV = "BRIEFING_NO_CACHE"

_MAGIC = b"briefing-tui parse cache\n"


#: Bumped when the model's classes change how they pickle (2: hand-written slotted records,
#: whose state is a slot mapping, not the list ``@dataclass(slots=True)`` pickled; 3: assets
#: have aliases).
LAYOUT = 3


def _stamp() -> tuple[str, int, int, str]:
    from tui import __version__

    return (__version__, SCHEMA_VERSION, LAYOUT, f"{sys.version_info.major}.{sys.version_info.minor}")


def enabled() -> bool:
    """False when the user turned the cache off with ``BRIEFING_NO_CACHE``."""
    return os.environ.get(DISABLE_ENV, "") in ("", "0")


def entry_path(sha256: str) -> Path:
    """Where the entry for content ``sha256`` is stored."""
    return cache_dir() / f"{sha256}.pickle"


def get(sha256: str, size: int, file: str) -> tuple[Briefing, list[Problem]] | None:
    """The cached ``(briefing, warnings)`` for content ``sha256``, or None on any miss.

    ``file`` is the path being loaded: the warnings are re-pointed at it (the same bytes may have
    been cached under another name). Each call returns fresh objects the caller may mutate.
    """
    if size < MIN_BYTES or not enabled():
        return None
    entry = entry_path(sha256)
    try:
        with open(entry, "rb") as handle:
            info = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                return None  # never unpickle a file someone else wrote
            if handle.read(len(_MAGIC)) != _MAGIC:
                raise ValueError("not a cache entry")
            payload = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - corrupt, truncated, from another build: all a miss
        _remove(entry)
        return None
    try:
        stamp, key, briefing, warnings = payload
        if stamp != _stamp() or key != sha256 or not isinstance(briefing, Briefing):
            raise ValueError("stale entry")
        for problem in warnings:
            if not isinstance(problem, Problem):
                raise ValueError("bad warning")
            problem.file = file
    except Exception:  # noqa: BLE001
        _remove(entry)
        return None
    try:
        os.utime(entry)  # recently used: kept by the pruning
    except OSError:
        pass
    return briefing, list(warnings)


def put(sha256: str, size: int, briefing: Briefing, warnings: list[Problem]) -> bool:
    """Store a freshly validated briefing under its content hash; True when written.

    Call it before anyone mutates ``briefing`` (the load path does). Failures are silent.
    """
    if size < MIN_BYTES or not enabled():
        return False
    folder = cache_dir()
    try:
        payload = pickle.dumps((_stamp(), sha256, briefing, warnings), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an unpicklable briefing is just not cached
        return False
    if not write_private(entry_path(sha256), _MAGIC, payload):
        return False
    _prune(folder)
    return True


def write_private(path: Path, *chunks: bytes) -> bool:
    """Write ``chunks`` to ``path`` atomically, readable by this user only; True when written.

    The folder is made 0700 and the file 0600; readers see the old file or the whole new
    one. Never raises: a cache that cannot be written is just no cache.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001
        _remove(tmp)
        return False
    return True


def clear() -> int:
    """Remove every cache entry; return how many were removed."""
    removed = 0
    try:
        entries = list(cache_dir().glob("*.pickle"))
    except OSError:
        return 0
    for entry in entries:
        if _remove(entry):
            removed += 1
    return removed


def _remove(file: Path) -> bool:
    try:
        file.unlink()
        return True
    except OSError:
        return False


def _prune(folder: Path) -> None:
    """Keep at most :data:`MAX_ENTRIES` entries, removing the least recently used."""
    try:
        entries = [(e.stat().st_mtime, e) for e in folder.glob("*.pickle")]
    except OSError:
        return
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort()
    for _mtime, entry in entries[: len(entries) - MAX_ENTRIES]:
        _remove(entry)
    # Temporary files from a writer killed mid-write: old ones are safe to remove.
    now = time.time()
    try:
        for tmp in folder.glob(".*.tmp"):
            if now - tmp.stat().st_mtime > 3600:
                _remove(tmp)
    except OSError:
        pass
