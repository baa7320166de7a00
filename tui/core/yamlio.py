"""Safe YAML reading with positions, deterministic writing, and atomic file replacement.

Reading never constructs arbitrary Python objects: the document is *composed* into a node tree
by the safe (C when available) parser, and this module turns the nodes into plain dicts, lists
and scalars itself. That lets it report duplicate keys, unsupported tags and alias bombs with a
line and column, and keep the node tree to locate any later validation problem by its path.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

from .errors import PathKey, Problem, SaveError

#: Files larger than this are refused before parsing (override per call).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Deepest nesting accepted; briefings need fewer than ten levels.
MAX_DEPTH = 64

def _line_col(text: str | bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    newline = b"\n" if isinstance(text, bytes) else "\n"
    line = text.count(newline, 0, offset) + 1  # type: ignore[arg-type]
    start = text.rfind(newline, 0, offset) + 1  # type: ignore[arg-type]
    return line, offset - start + 1


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, what: str = "file") -> tuple[str, bytes]:
    """Read a UTF-8 text file; raise :class:`ReadProblem` with a clear message when it cannot be."""
    try:
        if path.is_dir():
            raise ReadProblem(Problem(f"is a directory, not a {what}"))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO would block forever and /dev/zero never ends: only plain files are read.
            raise ReadProblem(Problem(f"is not a regular file, so it cannot be read as a {what}"))
        size = info.st_size
        if size > max_bytes:
            raise ReadProblem(
                Problem(f"{what} is too large ({size:,} bytes; the limit is {max_bytes:,})")
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # never more than the limit, even if it grows
    except FileNotFoundError:
        raise ReadProblem(Problem(f"no such {what}")) from None
    except PermissionError:
        raise ReadProblem(Problem(f"permission denied: cannot read the {what}")) from None
    except IsADirectoryError:
        raise ReadProblem(Problem(f"is a directory, not a {what}")) from None
    except OSError as exc:
        raise ReadProblem(Problem(f"cannot read the {what}: {exc.strerror or exc}")) from None
    if len(data) > max_bytes:  # grew between stat and read
        raise ReadProblem(Problem(f"{what} is too large (limit {max_bytes:,} bytes)"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # what some Windows editors save by default
        raise ReadProblem(Problem(f"the {what} is UTF-16, not UTF-8 (save it as UTF-8)", line=1, column=1))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        raise ReadProblem(
            Problem(
                f"not valid UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded "
                "(save the file as UTF-8)",
                line=line,
                column=col,
            )
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, data


class ReadProblem(Exception):
    """Raised by the readers with the one :class:`Problem` that stopped them."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def compose(text: str) -> Any:
    """Parse ``text`` into a YAML node tree (safe: no object is constructed).

    This and :func:`build`, :func:`locate` and :func:`dump` live in :mod:`.yamlcodec`, imported
    on first use: PyYAML costs about 11 ms to import, which a reopen served by the parse cache
    never needs (issue 8).
    """
    from . import yamlcodec

    return yamlcodec.compose(text)


def build(root: Any, text_length: int) -> tuple[Any, list[Problem]]:
    """Plain data from a node tree, plus the structural problems found (see :mod:`.yamlcodec`)."""
    from . import yamlcodec

    return yamlcodec.build(root, text_length)


def locate(root: Any, path: Sequence[PathKey]) -> tuple[int, int] | None:
    """Line and column (1-based) of the node at ``path``, or of its nearest existing parent."""
    from . import yamlcodec

    return yamlcodec.locate(root, path)


def dump(data: Any) -> str:
    """YAML text of plain data, keys in the order given, stable for equal input."""
    from . import yamlcodec

    return yamlcodec.dump(data)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    Writes a temporary file in the same folder, flushes and fsyncs it, keeps the old file's
    mode, renames it over the target and fsyncs the folder. On any error the temporary file is
    removed, the target is untouched and :class:`SaveError` says why in one line.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644 & ~_umask()
    except OSError as exc:
        raise SaveError(f"{path}: cannot save: {exc.strerror or exc}") from None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        reason = {
            errno.ENOSPC: "the disk is full",
            errno.EDQUOT: "the disk quota is exceeded",
            errno.EACCES: "permission denied",
            errno.EPERM: "permission denied",
            errno.EROFS: "the file system is read-only",
            errno.ENOENT: "the folder does not exist",
        }.get(exc.errno or 0, exc.strerror or str(exc))
        raise SaveError(f"{path}: not saved: {reason}; the file on disk is unchanged") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def clean_stale_temporaries(path: Path, *, older_than: float = 0.0) -> list[Path]:
    """Remove temporary files an earlier, interrupted save of ``path`` left behind.

    ``older_than`` (seconds) spares younger files: a save in progress elsewhere keeps its own.
    """
    removed = []
    now = time.time()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        # escape: a name like "report[1].yaml" must not turn into a character class
        candidates = list(folder.glob(f".{glob.escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if older_than and now - candidate.stat().st_mtime < older_than:
                continue
            candidate.unlink()
            removed.append(candidate)
        except OSError:
            pass
    return removed


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some platforms cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
