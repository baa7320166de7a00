"""``briefing review [FILE]`` (also plain ``briefing [FILE]``): open the review app.

Without FILE the app opens a picker over ``./briefings`` (or ``--dir``). Textual is imported
only here, inside :func:`run`, so ``briefing validate`` and friends stay fast.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="briefing to open (default: the picker over briefings/)")
    parser.add_argument(
        "--dir",
        default="briefings",
        metavar="FOLDER",
        help="folder the picker lists when no FILE is given (default: ./briefings)",
    )


def run(args: argparse.Namespace) -> int:
    return open_path(args.file, args.dir)


def open_path(file: str | None, folder: str) -> int:
    """Open ``file`` in the app (a folder or None: the picker over it, or over ``folder``)."""
    path = Path(file) if file else None
    if path is not None and path.is_dir():
        directory, path = path, None
    else:
        directory = Path(folder)
    if path is None and not directory.is_dir():
        print(f"briefing: no folder {directory}/ here; give a FILE or --dir FOLDER", file=sys.stderr)
        return 2
    if path is not None and not path.exists():
        print(f"briefing: {path}: no such file", file=sys.stderr)
        return 2

    # No cyclic collection while Textual and the app are imported: the objects made now live
    # as long as the process. BriefingApp.run keeps the collector off until the first frame.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from tui.app.app import BriefingApp  # Textual loads only for the app

        app = BriefingApp(path, directory=directory)
    finally:
        if collecting:
            gc.enable()
    result = app.run()
    if app.crash_message:
        print(app.crash_message, file=sys.stderr)
        return app.return_code or 3
    return int(result or 0)
