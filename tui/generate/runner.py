"""Files in and out for ``briefing generate``: find the source texts, read them safely,
protect briefings that hold analyst annotations, write with the core's atomic saver, and run
a batch in several processes. Every problem becomes one line in a :class:`Result`; nothing
here raises on bad input.
"""

from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from tui.core import yamlio
from tui.core.errors import ChangedOnDiskError, LoadError, SaveError
from tui.core.model import Briefing
from tui.core.store import dump_briefing, load_briefing, save_briefing

from .engine import EngineUnavailable, get_engine
from .extract import make_briefing

#: Source texts larger than this are refused (the rules read ~0.5 MB/s; a briefing of a
#: book-length text would not be reviewable anyway).
MAX_SOURCE_BYTES = 5_000_000
#: What counts as a source text when SOURCE is a folder.
TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class Result:
    """What happened to one source: status is written, unchanged, kept (annotated) or failed."""

    source: str
    output: str | None
    status: str
    message: str = ""
    actors: int = 0
    assets: int = 0
    questions: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status in ("written", "unchanged")


def collect(sources: Iterable[str | Path]) -> tuple[list[Path], list[Result]]:
    """Source files named directly or found in folders (sorted), plus a Result per unusable one."""
    files: list[Path] = []
    problems: list[Result] = []
    for name in sources:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                problems.append(Result(str(path), None, "failed", f"folder has no source texts ({', '.join('*' + s for s in TEXT_SUFFIXES)})"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(Result(str(path), None, "failed", "no such file or folder"))
    return files, problems


def output_for(source: Path, out_dir: Path) -> Path:
    """Where the briefing of ``source`` goes: ``OUT/<source stem>.yaml``."""
    return out_dir / f"{source.stem}.yaml"


def has_annotations(briefing: Briefing) -> bool:
    """True when an analyst has touched any item (review, answer, dismissal) or a merge is pending."""
    if briefing.conflicts:
        return True
    for list_name, item in briefing.iter_items():
        if not item.review.is_empty():
            return True
        if list_name == "open_questions" and (item.answer is not None or item.dismissal or item.status != "open"):
            return True
    return False


def read_source(path: Path) -> str:
    """The text of a source file; ValueError with a one-line reason when it is not usable."""
    try:
        text, raw = yamlio.read_text(path, max_bytes=MAX_SOURCE_BYTES, what="source text")
    except yamlio.ReadProblem as exc:
        problem = exc.problem
        where = f"{problem.line}:{problem.column}: " if problem.line else ""
        raise ValueError(f"{where}{problem.message}") from None
    if "\x00" in text:
        raise ValueError("binary file (it contains NUL bytes), not a source text")
    if not text.strip():
        raise ValueError("empty source text; nothing to generate")
    return text


def generate_one(source: str | Path, out_dir: str | Path, engine_name: str = "rules", force: bool = False) -> Result:
    """Generate, check and save the briefing of one source; never raises."""
    started = time.perf_counter()
    source = Path(source)
    out = output_for(source, Path(out_dir))
    result = Result(str(source), str(out), "failed")
    try:
        text = read_source(source)
        sha = hashlib.sha256(source.read_bytes()).hexdigest()
        out.parent.mkdir(parents=True, exist_ok=True)
        rel = os.path.relpath(source.resolve(), out.parent.resolve()).replace(os.sep, "/")
        briefing = make_briefing(text, source_path=rel, sha256=sha, engine=get_engine(engine_name))
        result.actors, result.assets = len(briefing.actors), len(briefing.assets)
        result.questions = len(briefing.open_questions)
        existing_sha = None
        if out.exists():
            existing_sha = _check_existing(out, force)
            if existing_sha == "kept":
                result.status = "kept"
                result.message = "holds analyst annotations; not overwritten (use --force to replace it)"
                return result
        data = dump_briefing(briefing).encode("utf-8")
        if existing_sha is not None and existing_sha == hashlib.sha256(data).hexdigest():
            result.status = "unchanged"
        else:
            save_briefing(briefing, out, expected_sha256=existing_sha, force=force)
            result.status = "written"
        if not briefing.actors and not briefing.assets:
            result.message = "no actors or assets found (the briefing is honest but thin)"
    except ValueError as exc:
        result.message = str(exc)
    except (ChangedOnDiskError, SaveError, EngineUnavailable) as exc:
        result.message = str(exc)
    except _Refused as exc:
        result.message = str(exc)
    except OSError as exc:
        result.message = f"cannot read or write: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch
        result.message = f"internal error ({type(exc).__name__}: {exc}); please report it"
    finally:
        result.seconds = time.perf_counter() - started
    return result


class _Refused(Exception):
    pass


def _check_existing(out: Path, force: bool) -> str | None:
    """The sha256 of the briefing to replace, 'kept' when annotations protect it."""
    current = hashlib.sha256(out.read_bytes()).hexdigest()
    if force:
        return current
    try:
        loaded = load_briefing(out, load_source=False)
    except LoadError as exc:
        first = exc.lines()[0] if exc.lines() else str(exc)
        raise _Refused(f"exists and is not a readable briefing ({first}); not overwritten (use --force)") from None
    if has_annotations(loaded.briefing):
        return "kept"
    return current


def run(
    sources: list[Path],
    out_dir: str | Path,
    *,
    engine_name: str = "rules",
    force: bool = False,
    jobs: int = 1,
    on_result: Callable[[Result], None] | None = None,
) -> list[Result]:
    """Generate every source (in ``jobs`` processes when > 1); results in input order."""
    results: dict[int, Result] = {}
    seen: dict[Path, str] = {}
    todo: list[tuple[int, Path]] = []
    for index, source in enumerate(sources):
        out = output_for(source, Path(out_dir)).resolve()
        if out in seen:
            results[index] = Result(str(source), str(out), "failed", f"same output file as {seen[out]}; rename one of them")
            if on_result:
                on_result(results[index])
            continue
        seen[out] = str(source)
        todo.append((index, source))
    if jobs <= 1 or len(todo) <= 1:
        for index, source in todo:
            results[index] = generate_one(source, out_dir, engine_name, force)
            if on_result:
                on_result(results[index])
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(generate_one, source, out_dir, engine_name, force): (index, source) for index, source in todo}
            for future in as_completed(futures):
                index, source = futures[future]
                try:
                    results[index] = future.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker fails its file only
                    results[index] = Result(str(source), None, "failed", f"worker failed ({type(exc).__name__})")
                if on_result:
                    on_result(results[index])
    return [results[i] for i in sorted(results)]
