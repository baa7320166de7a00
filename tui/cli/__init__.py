"""The one ``briefing`` command: a thin dispatcher in front of every subcommand.

Each subcommand lives in its own module here with ``add_arguments(parser)`` and
``run(args) -> int``. Only the module of the command being run is imported, so
``briefing validate`` never pays for Textual and ``briefing`` (the app) never pays for the
generator. Exit codes: 0 success, 1 the command's negative answer (invalid, different,
conflicts), 2 unusable arguments or files.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import argparse

from tui import __version__

#: name -> (module, one-line help). The module is imported only when its command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "review": ("tui.cli.review", "open a briefing in the review app (default command)"),
    "validate": ("tui.cli.validate", "check briefing files; exit 0 valid, 1 invalid, 2 unusable"),
    "schema": ("tui.cli.schema", "print the JSON Schema of the briefing format"),
    "generate": ("tui.cli.generate", "generate briefings from source texts"),
    "diff": ("tui.cli.diff", "show what changed between two briefings"),
    "merge": ("tui.cli.merge", "three-way merge of briefings (also a git merge driver)"),
    "git-setup": ("tui.cli.git_setup", "register the briefing merge driver in this git repository"),
    "stats": ("tui.cli.stats", "review progress across briefings"),
    "export": ("tui.cli.export", "export a briefing as Markdown, HTML, STIX 2.1, W3C annotations or JSON"),
}


def _available() -> dict[str, tuple[str, str]]:
    """The commands whose module is installed (features land one issue at a time)."""
    import importlib.util

    out = {}
    for name, (module, help_text) in COMMANDS.items():
        if importlib.util.find_spec(module) is not None:
            out[name] = (module, help_text)
    return out


def _top_parser(commands: dict[str, tuple[str, str]]) -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Review, annotate and save intelligence briefings in the terminal.",
        epilog="Run `briefing COMMAND --help` for a command's options. "
        "`briefing FILE` is short for `briefing review FILE`; `briefing` alone opens the picker.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in commands.items():
        sub.add_parser(name, help=help_text)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 1 and args[0] not in COMMANDS and not args[0].startswith("-"):
        # `briefing FILE`, the way the app is opened most: straight to it, without building
        # argparse parsers (a few milliseconds of the first frame; issue 8). Same checks.
        from tui.cli import review

        return review.open_path(args[0], "briefings")
    commands = _available()
    if not args or (args[0] not in commands and not args[0].startswith("-")):
        args = ["review", *args]  # `briefing` and `briefing FILE` open the app
    if args[0] not in commands:
        parser = _top_parser(commands)
        parser.parse_args(args)  # handles --help / --version / unknown options (exit 2)
        parser.print_help()
        return 2
    name = args[0]
    module = importlib.import_module(commands[name][0])
    import argparse

    parser = argparse.ArgumentParser(prog=f"briefing {name}", description=commands[name][1])
    module.add_arguments(parser)
    parsed = parser.parse_args(args[1:])
    try:
        return int(module.run(parsed) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `briefing schema | head`
        return 0


def run() -> None:  # pragma: no cover - console script shim
    sys.exit(main())
