"""Recovery files: unsaved work written aside, so a crash or a full disk loses nothing.

For a briefing at ``PATH`` the recovery lives in :func:`tui.core.paths.recovery_dir` under the
key :func:`tui.core.paths.path_key` of ``PATH``:

- ``KEY.yaml``: the unsaved briefing itself, in the canonical layout: a valid briefing file
  that ``briefing validate`` accepts and an analyst can open or copy by hand;
- ``KEY.json``: a sidecar with the metadata: the original path, the sha256 of the file the
  work started from (``base_sha256``), the time, pid, host and user, and the sha256 of the YAML
  (to detect a sidecar that does not belong to the YAML beside it).

Both are written atomically, the YAML first, so a crash between the two leaves a recovery
whose metadata is missing or stale, never a torn file. :func:`find_recovery` only reports a
recovery whose content differs from the file as it is on disk now; one that equals it is
obsolete (the work was saved) and is removed on sight.

The app writes a recovery (debounced) after each change and discards it after a successful
save; on open it offers to restore one. Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import yamlio
from .errors import BriefingError, LoadError
from .lock import _user, hostname, pid_alive
from .model import Briefing
from .paths import path_key, recovery_dir

RECOVERY_VERSION = 1


class RecoveryError(BriefingError):
    """A recovery file could not be written or read; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class RecoveryInfo:
    """A recovery file found for a briefing (see :func:`find_recovery`)."""

    original: Path  # the briefing the work belongs to
    file: Path  # the recovery YAML (a valid briefing)
    meta_file: Path
    base_sha256: str | None  # sha256 of the briefing file the unsaved work started from
    content_sha256: str  # sha256 of the recovery YAML's bytes
    saved: str  # ISO 8601 UTC time the recovery was written ("?" when unknown)
    saved_epoch: float
    pid: int
    host: str
    user: str
    #: The briefing on disk is no longer the one the work started from (changed or deleted
    #: since): restoring then means the analyst must compare before saving over it.
    file_changed: bool

    @property
    def writer_alive(self) -> bool:
        """The process that wrote the recovery still runs on this host (its window is open)."""
        return self.host == hostname() and pid_alive(self.pid) and self.pid != os.getpid()

    def describe(self) -> str:
        """One line for the analyst: what was found, when and by whom."""
        text = f"unsaved changes from {self.saved} by {self.user} on {self.host} (process {self.pid})"
        if self.file_changed:
            text += "; the file has changed on disk since then"
        return text


def recovery_files(path: str | Path) -> tuple[Path, Path]:
    """``(yaml, sidecar)``: where the recovery of ``path`` is (or would be) stored."""
    key = path_key(Path(path))
    folder = recovery_dir()
    return folder / f"{key}.yaml", folder / f"{key}.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> str | None:
    try:
        return _sha(path.read_bytes())
    except OSError:
        return None


def write_recovery(
    path: str | Path,
    briefing: Briefing,
    base_sha256: str | None,
    *,
    text: str | None = None,
) -> Path:
    """Write the unsaved ``briefing`` of ``path`` aside; return the recovery YAML's path.

    ``base_sha256`` is the hash of the file as loaded (``Loaded.sha256``; None for a new file).
    ``text`` may pass the already dumped YAML to avoid dumping twice. Raises
    :class:`RecoveryError` (one line) when the data folder cannot be written.
    """
    from .store import dump_briefing  # store imports this module's siblings; keep it lazy

    original = Path(path).resolve()
    data = (text if text is not None else dump_briefing(briefing)).encode("utf-8")
    yaml_file, meta_file = recovery_files(original)
    now = time.time()
    meta = {
        "version": RECOVERY_VERSION,
        "original": str(original),
        "base_sha256": base_sha256,
        "content_sha256": _sha(data),
        "saved": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now)),
        "saved_epoch": now,
        "pid": os.getpid(),
        "host": hostname(),
        "user": _user(),
    }
    try:
        yaml_file.parent.mkdir(parents=True, exist_ok=True)
        # Recovery files hold analysts' notes: readable by their owner only.
        os.chmod(yaml_file.parent, 0o700)
    except OSError as exc:
        raise RecoveryError(f"cannot write the recovery file in {yaml_file.parent}: {exc.strerror or exc}") from None
    try:
        if not yaml_file.exists():
            _create_private(yaml_file)
        yamlio.atomic_write(yaml_file, data)
        if not meta_file.exists():
            _create_private(meta_file)
        yamlio.atomic_write(meta_file, (json.dumps(meta, indent=2) + "\n").encode("utf-8"))
    except (BriefingError, OSError) as exc:
        raise RecoveryError(f"cannot write the recovery file {yaml_file}: {exc}") from None
    return yaml_file


def _create_private(file: Path) -> None:
    """Create an empty file with mode 0600, so atomic_write keeps that mode."""
    fd = os.open(file, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)


def _read_meta(meta_file: Path) -> dict[str, Any]:
    try:
        data = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def find_recovery(path: str | Path) -> RecoveryInfo | None:
    """The recovery of ``path`` worth offering, or None.

    None when there is no recovery, or when its content equals the file on disk (the work was
    saved after all: the obsolete recovery is removed). A recovery whose sidecar is missing or
    belongs to other content is still offered (the YAML is what matters), with unknown fields.
    """
    original = Path(path).resolve()
    yaml_file, meta_file = recovery_files(original)
    try:
        data = yaml_file.read_bytes()
    except OSError:
        return None
    if not data.strip():
        discard_recovery(original)
        return None
    content_sha = _sha(data)
    current_sha = _file_sha(original)
    if current_sha == content_sha:
        discard_recovery(original)
        return None
    meta = _read_meta(meta_file)
    if meta.get("content_sha256") != content_sha:
        meta = {}  # a sidecar from another write: do not trust its fields
    try:
        mtime = yaml_file.stat().st_mtime
    except OSError:
        mtime = 0.0
    base = meta.get("base_sha256") if isinstance(meta.get("base_sha256"), str) else None
    return RecoveryInfo(
        original=original,
        file=yaml_file,
        meta_file=meta_file,
        base_sha256=base,
        content_sha256=content_sha,
        saved=str(meta.get("saved") or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(mtime))),
        saved_epoch=float(meta.get("saved_epoch") or mtime),
        pid=int(meta.get("pid") or 0),
        host=str(meta.get("host") or "?"),
        user=str(meta.get("user") or "?"),
        file_changed=bool(meta) and base != current_sha,
    )


def load_recovery(info_or_path: RecoveryInfo | str | Path) -> Briefing:
    """The briefing stored in a recovery (by its info, or by the original briefing's path).

    Raises :class:`RecoveryError` when there is none, or
    :class:`~tui.core.errors.LoadError` (positioned problems) when it does not parse.
    """
    from .store import parse_briefing_text

    if isinstance(info_or_path, RecoveryInfo):
        yaml_file = info_or_path.file
    else:
        yaml_file = recovery_files(Path(info_or_path).resolve())[0]
    try:
        text, _raw = yamlio.read_text(yaml_file, what="recovery file")
    except yamlio.ReadProblem as exc:
        raise RecoveryError(f"{yaml_file}: {exc.problem.message}") from None
    briefing, _warnings = parse_briefing_text(text, str(yaml_file))
    return briefing


def discard_recovery(path: str | Path) -> bool:
    """Remove the recovery of ``path`` (after a save, or when the analyst declines it)."""
    removed = False
    for file in recovery_files(Path(path).resolve()):
        try:
            file.unlink()
            removed = True
        except FileNotFoundError:
            pass
        except OSError:
            pass
    return removed


def list_recoveries() -> list[RecoveryInfo]:
    """Every recovery in the data folder that is still worth offering, newest first.

    For the crash message and the picker ("unsaved work found for ...").
    """
    folder = recovery_dir()
    found = []
    try:
        metas = sorted(folder.glob("*.json"))
    except OSError:
        return []
    for meta_file in metas:
        original = _read_meta(meta_file).get("original")
        if not isinstance(original, str):
            continue
        info = find_recovery(original)
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda i: i.saved_epoch, reverse=True)


__all__ = [
    "LoadError",
    "RecoveryError",
    "RecoveryInfo",
    "discard_recovery",
    "find_recovery",
    "list_recoveries",
    "load_recovery",
    "recovery_files",
    "write_recovery",
]
