"""``briefing git-setup``: make ``git merge`` and ``git pull`` merge briefings semantically.

Adds ``briefings/*.yaml merge=briefing`` to the repository's ``.gitattributes`` (commit it) and
sets ``merge.briefing.driver`` in the repository's own git config (every clone runs this once),
plus ``pull.rebase=false`` when the analyst has no pull preference, so ``git pull`` merges.
Exit 0 on success, 2 when git is missing or the folder is not in a git repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.team.gitdriver import DEFAULT_PATTERN, GitSetupError, setup


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repo", default=".", metavar="DIR", help="a folder inside the git repository (default: here)")
    parser.add_argument(
        "--pattern",
        default=DEFAULT_PATTERN,
        help=f"which files the driver merges, as a .gitattributes pattern (default: {DEFAULT_PATTERN})",
    )


def run(args: argparse.Namespace) -> int:
    """Exit 0 configured, 2 unusable."""
    try:
        result = setup(Path(args.repo), pattern=args.pattern)
    except (GitSetupError, OSError) as exc:
        print(f"git-setup: error: {exc}", file=sys.stderr)
        return 2
    where = result.root / ".gitattributes"
    if result.attributes_added:
        print(f"{where}: added `{result.attributes_line}` (commit this file so every clone has it)")
    else:
        print(f"{where}: already has `{result.attributes_line}`")
    if result.changes:
        print(f"git config (this clone): set {', '.join(result.changes)}")
    else:
        print("git config (this clone): merge driver already set")
    print(f"merge.briefing.driver = {result.driver}")
    return 0
