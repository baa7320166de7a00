"""Load and save briefing files: safe, positioned errors on the way in, atomic on the way out.

``load_briefing`` returns a :class:`Loaded` (the briefing, the source text, the warnings and the
hash of the bytes read) or raises :class:`~tui.core.errors.LoadError` listing every problem with
file, line, column and path. ``save_briefing`` writes atomically and refuses to overwrite a file
that changed on disk since it was loaded unless forced.
"""

from __future__ import annotations

import gc
import hashlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import yamlio
from .errors import ChangedOnDiskError, LoadError, Problem, SaveError
from .model import Briefing
from .records import Record
from .serialize import to_data
from .integrity import check_evidence
from .validate import from_data

#: Source texts larger than this are not loaded for evidence checks and display.
MAX_SOURCE_BYTES = 32 * 1024 * 1024


class Loaded(Record):
    """A briefing read from disk, with what the app needs to show and save it safely."""

    __slots__ = ("path", "briefing", "sha256", "source_text", "source_path", "warnings")

    def __init__(
        self,
        path: Path,
        briefing: Briefing,
        sha256: str,
        source_text: str | None = None,
        source_path: Path | None = None,
        warnings: list[Problem] | None = None,
    ) -> None:
        self.path = path
        self.briefing = briefing
        self.sha256 = sha256
        self.source_text = source_text
        self.source_path = source_path
        self.warnings: list[Problem] = [] if warnings is None else warnings


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes, or None when it does not exist (or cannot be read)."""
    try:
        return sha256_bytes(path.read_bytes())
    except OSError:
        return None


def resolve_source(briefing_path: Path, source_path: str) -> Path:
    """Where a briefing's ``source.path`` points: relative to the briefing's folder."""
    candidate = Path(source_path)
    if candidate.is_absolute():
        return candidate
    return briefing_path.parent / candidate


def parse_briefing_text(text: str, file: str) -> tuple[Briefing, list[Problem]]:
    """Parse and validate briefing YAML text; raise LoadError with positioned problems."""
    try:
        if not text.strip():  # whitespace only is empty, whatever YAML would make of its tabs
            raise yamlio.ReadProblem(Problem("the file is empty; expected a briefing", line=1, column=1))
        root = yamlio.compose(text)
        if root is None:
            raise yamlio.ReadProblem(
                Problem("the file holds only comments; expected a briefing", line=1, column=1)
            )
        data, problems = yamlio.build(root, len(text))
    except yamlio.ReadProblem as exc:
        raise LoadError(file, [_with_file(exc.problem, file)]) from None
    briefing, more = from_data(data)
    # A value behind a refused tag, or one its tag cannot read, is already reported; the
    # validator's complaint about the same value ("expected a string") would only repeat it.
    refused = {p.path for p in problems if p.message.startswith(("unsupported YAML tag", "cannot read"))}
    more = [p for p in more if p.path not in refused]
    _locate_all(root, more)
    problems = [_with_file(p, file) for p in problems + more]
    if briefing is None or any(p.severity == "error" for p in problems):
        raise LoadError(file, problems)
    return briefing, problems


def load_briefing(
    path: str | Path,
    *,
    max_bytes: int = yamlio.DEFAULT_MAX_BYTES,
    load_source: bool = True,
    use_cache: bool = True,
) -> Loaded:
    """Read, parse and validate a briefing file (and its source text, for evidence checks).

    ``use_cache``: reuse the parse of identical bytes from :mod:`tui.core.cache` (reopening an
    unchanged large file skips YAML parsing and validation); False always parses.
    """
    path = Path(path)
    file = str(path)
    try:
        text, raw = yamlio.read_text(path, max_bytes=max_bytes, what="briefing file")
    except yamlio.ReadProblem as exc:
        # A problem with a position is in the content (not UTF-8); one without, the file itself.
        raise LoadError(file, [_with_file(exc.problem, file)], unreadable=exc.problem.line is None) from None
    sha256 = sha256_bytes(raw)
    with _gc_paused():
        if use_cache:
            briefing, warnings = _parse_cached(text, file, sha256, len(raw))
        else:
            briefing, warnings = parse_briefing_text(text, file)
    loaded = Loaded(path=path, briefing=briefing, sha256=sha256, warnings=warnings)
    if load_source and briefing.source.path:
        _attach_source(loaded)
        if any(p.line is None for p in loaded.warnings):
            # Evidence warnings know only their path; parse again (rare: only when a span is
            # off) to give them a line and column, since a cache hit has no node tree.
            _locate_all(yamlio.compose(text), loaded.warnings)
    return loaded

def _locate_all(root: object, problems: list[Problem]) -> None:
    """Give every problem without a position the line and column of its path in ``root``."""
    for problem in problems:
        if problem.line is None:
            where = yamlio.locate(root, problem.path)  # type: ignore[arg-type]
            if where is not None:
                problem.line, problem.column = where


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a briefing's objects are built.

    Parsing allocates hundreds of thousands of objects and no garbage cycles; the collector
    would re-scan all of them again and again (measured: 2-3x the whole parse time at 10,000
    items). Reference counting still frees everything; collection resumes right after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_cached(text: str, file: str, sha256: str, size: int) -> tuple[Briefing, list[Problem]]:
    """parse_briefing_text through the parse cache (a miss parses and stores the result)."""
    from . import cache  # lazy: only the load path needs it

    hit = cache.get(sha256, size, file)
    if hit is not None:
        return hit
    briefing, warnings = parse_briefing_text(text, file)
    cache.put(sha256, size, briefing, warnings)  # before anyone can mutate the briefing
    return briefing, warnings


def _attach_source(loaded: Loaded) -> None:
    briefing = loaded.briefing
    src = resolve_source(loaded.path, briefing.source.path)
    loaded.source_path = src
    file = str(loaded.path)
    try:
        text, raw = yamlio.read_text(src, max_bytes=MAX_SOURCE_BYTES, what="source text")
    except yamlio.ReadProblem as exc:
        loaded.warnings.append(
            Problem(
                f"source text {src}: {exc.problem.message}; evidence cannot be shown or checked",
                path=("source", "path"),
                severity="warning",
                file=file,
            )
        )
        return
    loaded.source_text = text
    if briefing.source.sha256 and sha256_bytes(raw) != briefing.source.sha256:
        loaded.warnings.append(
            Problem(
                f"source text {src} has changed since the briefing was made (sha256 differs)",
                path=("source", "sha256"),
                severity="warning",
                file=file,
            )
        )
    for problem in check_evidence(briefing, text):
        loaded.warnings.append(_with_file(problem, file))


def _with_file(problem: Problem, file: str) -> Problem:
    problem.file = file
    return problem


def dump_briefing(briefing: Briefing) -> str:
    """The YAML text of a briefing in the canonical layout (deterministic)."""
    return yamlio.dump(to_data(briefing))


def save_briefing(
    briefing: Briefing,
    path: str | Path,
    *,
    expected_sha256: str | None = None,
    force: bool = False,
) -> str:
    """Write ``briefing`` to ``path`` atomically; return the sha256 of the bytes written.

    ``expected_sha256`` is the hash of the file as it was loaded (None for a new file): when
    the file on disk no longer matches it, :class:`ChangedOnDiskError` is raised and nothing is
    written, unless ``force``. Disk and permission failures raise ``SaveError``.
    """
    path = Path(path)
    if path.is_symlink():
        # Save through the link: renaming over the link itself would replace the link with a
        # plain file and leave the real briefing (the link's target) without the work.
        path = Path(os.path.realpath(path))
    with _gc_paused():  # dumping builds a node per value, like parsing: no garbage cycles
        data = dump_briefing(briefing).encode("utf-8")
    if not force:
        actual = file_sha256(path)
        if actual != expected_sha256:
            raise ChangedOnDiskError(str(path), expected_sha256, actual)
    _refuse_read_only(path)
    yamlio.atomic_write(path, data)
    return sha256_bytes(data)


def _refuse_read_only(path: Path) -> None:
    """Raise SaveError when ``path`` is a read-only file (even ``force`` does not override it).

    The atomic rename would replace a read-only file without complaint (only the folder's
    permission counts), so the file's own permission is checked here: someone made it read-only
    on purpose. The mode bits are checked too, because root passes every ``access`` test.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a new file, or one we cannot even stat: atomic_write reports it
    if not os.access(path, os.W_OK) or not mode & 0o222:
        raise SaveError(
            f"{path}: not saved: the file is read-only; the file on disk is unchanged "
            "(make it writable or save a copy elsewhere)"
        )
