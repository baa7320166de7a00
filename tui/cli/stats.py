"""``briefing stats [DIR|FILE...]``: review progress across briefings, as a table or JSON.

Per briefing and in total: reviewable items, reviewed, accepted, rejected, flagged, open
questions, unresolved merge conflicts, and notes per author. Exit 0 when every file was read,
1 when some could not be (each named on stderr), 2 when there was nothing usable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table

from tui.core.errors import LoadError
from tui.core.store import load_briefing
from tui.team.stats import Progress, briefing_files, progress


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", default=["briefings"], metavar="DIR|FILE", help="folders of briefings or files (default: briefings)"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")


def _notes(counter) -> str:
    # One author per line: a narrow column stays readable.
    return "\n".join(f"{author} {n}" for author, n in sorted(counter.items())) or "-"


#: Column headers in full, and abbreviated for terminals narrower than :data:`WIDE`.
HEADERS = {
    "items": ("items", "items"),
    "reviewed": ("reviewed", "done"),
    "accepted": ("accepted", "acc"),
    "rejected": ("rejected", "rej"),
    "flagged": ("flagged", "flag"),
    "open_questions": ("open Qs", "openQ"),
    "conflicts": ("conflicts", "confl"),
}
WIDE = 100
LEGEND = "done=reviewed · acc/rej/flag=accepted/rejected/flagged · openQ=open questions"


def _table(rows: list[Progress], total: Progress, width: int) -> Table:
    wide = width >= WIDE
    # No vertical rules and no edge padding, so the numbers fit beside the names.
    table = Table(
        title="Review progress",
        caption=None if wide else LEGEND,
        show_footer=len(rows) > 1,
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    columns = ["items", "reviewed", "accepted", "rejected", "flagged", "open_questions"]
    if total.conflicts:  # only worth a column when some merge is waiting for a decision
        columns.append("conflicts")
    table.add_column("briefing", footer="total", overflow="fold", min_width=10)
    for col in columns:
        header = HEADERS[col][0 if wide else 1]
        table.add_column(header, justify="right", footer=str(getattr(total, col)), no_wrap=True)
    table.add_column("notes", footer=_notes(total.notes), overflow="fold", min_width=8)
    for row in rows:
        table.add_row(row.name, *(str(getattr(row, c)) for c in columns), _notes(row.notes))
    return table


def run(args: argparse.Namespace) -> int:
    """Exit 0 all read, 1 some unreadable, 2 nothing usable."""
    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"{p}: error: no such file or folder", file=sys.stderr)
    files = briefing_files([p for p in paths if p.exists()])
    rows: list[Progress] = []
    failed = bool(missing)
    for path in files:
        try:
            loaded = load_briefing(path, load_source=False)
        except LoadError as exc:
            failed = True
            first = exc.lines()[0] if exc.problems else f"{path}: error: cannot be read"
            more = len(exc.problems) - 1
            print(first + (f" (and {more} more problem(s); see `briefing validate`)" if more > 0 else ""), file=sys.stderr)
            continue
        rows.append(progress(loaded.briefing, path.name if args.format == "table" else str(path)))
    if not rows:
        if not failed:
            print("no briefings found in " + ", ".join(str(p) for p in paths), file=sys.stderr)
        return 2
    total = Progress("total")
    for row in rows:
        total.add(row)
    if args.format == "json":
        json.dump(
            {"briefings": [r.to_json() for r in rows], "total": total.to_json()}, sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
    else:
        console = Console(highlight=False)
        console.print(_table(rows, total, console.width))
    return 1 if failed else 0
