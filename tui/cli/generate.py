"""``briefing generate SOURCE...``: make briefings from source texts, offline.

One briefing YAML per source (``OUT/<stem>.yaml``), written with the core's atomic saver. A
briefing that holds analyst annotations is never replaced without ``--force``. With several
files a progress bar runs and a table closes the run; every file that fails gets one line and
the exit status is 1, but the others are still generated.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.generate.engine import ENGINES, EngineUnavailable, get_engine
from tui.generate.runner import Result, collect, run as run_batch


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="source text files, or folders of them (*.txt, *.text, *.md)")
    parser.add_argument("-o", "--output", default="briefings", metavar="DIR", help="folder for the briefings (default: briefings/)")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="extraction engine: rules (no extra dependency), spacy (needs the 'nlp' extra), "
        "auto = spacy when installed, else rules (default)",
    )
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N", help="generate in N processes (default 1; 0 = one per core)")
    parser.add_argument("--force", action="store_true", help="replace briefings even when they hold analyst annotations")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("the number of processes cannot be negative")
    return n or (os.cpu_count() or 1)


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every source was generated, 1 when any failed or was kept, 2 on unusable options."""
    try:
        engine = get_engine(args.engine)
    except EngineUnavailable as exc:
        print(f"briefing generate: error: {exc}", file=sys.stderr)
        return 2
    files, problems = collect(args.sources)
    for problem in problems:
        print(f"{problem.source}: error: {problem.message}", file=sys.stderr)
    if not files:
        return 1
    from rich.console import Console  # only this command pays for Rich

    err = Console(stderr=True, highlight=False)
    out = Console(highlight=False)
    if len(files) == 1:
        results = run_batch(files, args.output, engine_name=engine.name, force=args.force)
    else:
        results = _with_progress(files, args, engine.name, err)
    for result in results:
        if not result.ok:
            level = "kept" if result.status == "kept" else "error"
            print(f"{result.source}: {level}: {result.message}", file=sys.stderr)
        elif result.message and not args.quiet:
            print(f"{result.source}: note: {result.message}", file=sys.stderr)
    if not args.quiet:
        if len(files) == 1 and results[0].ok:
            r = results[0]
            print(
                f"{r.output}: {r.status}: {r.actors} actors, {r.assets} assets, {r.questions} open questions "
                f"({engine.name}, {r.seconds:.2f} s)"
            )
        elif len(files) > 1:
            _table(results, out, engine.name)
    failed = [r for r in results if not r.ok] + problems
    if len(files) > 1 or problems:
        done = sum(1 for r in results if r.ok)
        print(f"{done} of {len(files) + len(problems)} generated" + (f", {len(failed)} not (see above)" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


def _with_progress(files: list[Path], args: argparse.Namespace, engine: str, err) -> list[Result]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("generating"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=err,
        transient=True,
        disable=args.quiet,
    ) as progress:
        task = progress.add_task("generate", total=len(files), last="")

        def advance(result: Result) -> None:
            progress.update(task, advance=1, last=Path(result.source).name)

        return run_batch(files, args.output, engine_name=engine, force=args.force, jobs=args.jobs, on_result=advance)


def _table(results: list[Result], console, engine: str) -> None:
    from rich.table import Table

    table = Table(title=f"briefing generate ({engine})", title_justify="left")
    table.add_column("file", overflow="fold")
    table.add_column("actors", justify="right")
    table.add_column("assets", justify="right")
    table.add_column("questions", justify="right")
    table.add_column("time", justify="right")
    table.add_column("result")
    for r in results:
        counts = [str(r.actors), str(r.assets), str(r.questions)] if r.ok else ["", "", ""]
        table.add_row(Path(r.source).name, *counts, f"{r.seconds:.2f} s", r.status)
    console.print(table)
