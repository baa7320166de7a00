"""``briefing review [FILE]`` (also plain ``briefing [FILE]``): open the review app.

Until the Textual app lands, this validates the briefing and prints what it holds.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_BRIEFING = Path("briefings") / "000_d4146e07ab737f61.yaml"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="briefing to open (default: the picker over briefings/)")


def run(args: argparse.Namespace) -> int:
    from tui.cli import validate

    target = args.file or str(DEFAULT_BRIEFING)
    return validate.run(argparse.Namespace(files=[target], quiet=False, strict=False))
