"""``briefing merge BASE OURS THEIRS [-o OUT]``: semantic three-way merge (also git's merge driver).

By default the result is written into OURS, as git's merge-driver convention (``%A``) wants.
Conflicts are recorded in the merged file (``conflicts:``), never as text markers, and listed on
stderr. Exit 0 clean, 1 with conflicts, 2 when an input cannot be used (nothing is written).
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

from tui.core.errors import BriefingError, LoadError
from tui.core.model import Briefing
from tui.core.store import load_briefing, save_briefing
from tui.team.merge import MergeError, merge_briefings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("base", metavar="BASE", help="the common ancestor (git's %%O)")
    parser.add_argument("ours", metavar="OURS", help="our version (git's %%A); the result goes here by default")
    parser.add_argument("theirs", metavar="THEIRS", help="their version (git's %%B)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write the merged briefing here instead of into OURS")
    parser.add_argument("--ours-label", default="ours", help="name of our side in recorded conflicts (git's %%X)")
    parser.add_argument("--theirs-label", default="theirs", help="name of their side in recorded conflicts (git's %%Y)")
    parser.add_argument("--path", default=None, help="the file's path in the repository, for messages (git's %%P)")
    parser.add_argument("-q", "--quiet", action="store_true", help="do not list the conflicts on stderr")


def _label(value: str, fallback: str) -> str:
    # git before 2.44 does not know %X/%Y and passes them through literally.
    if not value or value in ("%X", "%Y", "%S"):
        return fallback
    return value


def _empty_like(briefing: Briefing) -> Briefing:
    """A base with no items: what git passes as %O when both branches added the file."""
    return Briefing(source=copy.deepcopy(briefing.source), generator=copy.deepcopy(briefing.generator))


def run(args: argparse.Namespace) -> int:
    """Exit 0 clean, 1 conflicts recorded, 2 unusable input."""
    name = args.path or args.ours
    try:
        ours = load_briefing(args.ours, load_source=False).briefing
        theirs = load_briefing(args.theirs, load_source=False).briefing
        base_path = Path(args.base)
        if base_path.is_file() and base_path.stat().st_size == 0:
            base = _empty_like(ours)
        else:
            base = load_briefing(base_path, load_source=False).briefing
    except LoadError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        print(f"{name}: error: not merged (fix the file above, or merge by hand)", file=sys.stderr)
        return 2
    try:
        result = merge_briefings(
            base,
            ours,
            theirs,
            ours_label=_label(args.ours_label, "ours"),
            theirs_label=_label(args.theirs_label, "theirs"),
        )
    except MergeError as exc:
        print(f"{name}: error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.output or args.ours)
    try:
        save_briefing(result.briefing, out, force=True)
    except (BriefingError, OSError) as exc:
        print(f"{out}: error: cannot write the merged briefing: {exc}", file=sys.stderr)
        return 2
    conflicts = result.briefing.conflicts
    if not conflicts:
        if not args.quiet:
            print(f"{name}: merged cleanly", file=sys.stderr)
        return 0
    if not args.quiet:
        print(
            f"{name}: merged with {len(conflicts)} conflict(s) recorded in the file; "
            "open it with `briefing` to choose a side for each:",
            file=sys.stderr,
        )
        for c in conflicts:
            print(f"  {c.path}: {c.ours_label}={_short(c.ours)} / {c.theirs_label}={_short(c.theirs)}", file=sys.stderr)
    return 1


def _short(value: object) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, dict):
        return "(changed item)"
    text = str(value).replace("\n", " ")
    return repr(text if len(text) <= 40 else text[:39] + "…")
