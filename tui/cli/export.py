"""``briefing export FILE --format F [-o OUT] [--only accepted]``: export a briefing.

Writes to standard output unless ``-o`` names a file (``-o -`` is standard output too). Exit
codes: 0 exported, 1 the briefing is invalid (its problems are listed, one a line), 2 unusable
arguments or files (missing input, unwritable output). Every failure is one line per problem,
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.core.errors import LoadError
from tui.core.store import load_briefing
from tui.export import FORMATS, ONLY_CHOICES, ExportError, export_briefing, render


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the briefing YAML file to export")
    parser.add_argument(
        "-f",
        "--format",
        required=True,
        choices=list(FORMATS),
        help="markdown or html report, stix 2.1 bundle, W3C annotations (JSON-LD), or json",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    parser.add_argument(
        "--only",
        choices=list(ONLY_CHOICES),
        help="export accepted items only (places are kept unless rejected)",
    )


def run(args: argparse.Namespace) -> int:
    """Export one briefing; 0 done, 1 invalid briefing, 2 unusable input or output."""
    name = args.file
    path = Path(name)
    if not path.exists():
        print(f"{name}: error: no such file", file=sys.stderr)
        return 2
    if path.is_dir():
        print(f"{name}: error: is a directory, not a briefing file", file=sys.stderr)
        return 2
    try:
        loaded = load_briefing(path)
    except LoadError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    if loaded.source_text is None and args.format == "annotations":
        print(
            f"{name}: warning: source text not found; annotations carry positions but no prefix/suffix context",
            file=sys.stderr,
        )
    try:
        if args.output and args.output != "-":
            out = export_briefing(
                loaded.briefing, args.format, args.output, only=args.only, source_text=loaded.source_text
            )
            print(f"{name}: exported {args.format} to {out}", file=sys.stderr)
        else:
            text = render(loaded.briefing, args.format, only=args.only, source_text=loaded.source_text)
            _write_stdout(text)
    except ExportError as exc:
        print(f"{name}: error: {exc}", file=sys.stderr)
        return 2
    return 0


def _write_stdout(text: str) -> None:
    """Write UTF-8 whatever the locale says: every export format is UTF-8 by definition."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout without bytes (some embedders)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
