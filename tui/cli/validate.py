"""``briefing validate FILE...``: check briefing files and print every problem, one per line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.core.errors import LoadError
from tui.core.store import load_briefing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="briefing YAML files to check")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only, no warnings or OK lines")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every file is valid, 1 when any is invalid, 2 when any cannot be used at all."""
    worst = 0
    for name in args.files:
        path = Path(name)
        if not path.exists():
            print(f"{name}: error: no such file", file=sys.stderr)
            worst = 2
            continue
        if path.is_dir():
            print(f"{name}: error: is a directory, not a briefing file", file=sys.stderr)
            worst = 2
            continue
        try:
            loaded = load_briefing(path)
        except LoadError as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            worst = max(worst, 2 if exc.unreadable else 1)
            continue
        warnings = loaded.warnings
        if not args.quiet:
            for problem in warnings:
                print(problem.format(name), file=sys.stderr)
        if args.strict and warnings:
            worst = max(worst, 1)
            continue
        if not args.quiet:
            b = loaded.briefing
            reviewed, total = b.progress()
            print(
                f"{name}: ok: {len(b.actors)} actors, {len(b.assets)} assets, "
                f"{len(b.open_questions)} open questions, {reviewed}/{total} reviewed"
                + (f", {len(warnings)} warning(s)" if warnings else "")
            )
    return worst
