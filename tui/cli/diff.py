"""``briefing diff OLD NEW``: what changed between two briefings, item by item.

Exit 0 when they hold the same data, 1 when they differ, 2 when a file cannot be used.
``--format json`` prints the structured diff (:mod:`tui.team.diff`) for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.console import Console
from rich.text import Text

from tui.core.errors import LoadError
from tui.core.store import load_briefing
from tui.team.diff import BriefingDiff, FieldChange, ItemDiff, diff_briefings

_KIND = {
    "key_points": "key point",
    "actors": "actor",
    "assets": "asset",
    "open_questions": "question",
    "places": "place",
}
_MARK = {"added": ("+", "green"), "removed": ("-", "red"), "changed": ("~", "yellow")}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier briefing file")
    parser.add_argument("new", metavar="NEW", help="the later briefing file")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")


def _show(value: Any, limit: int = 60) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        text = ", ".join(str(v) for v in value) or "(none)"
    else:
        text = str(value)
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field_line(change: FieldChange) -> Text:
    line = Text("      ")
    line.append(change.path, style="bold")
    line.append(": ")
    if change.added or change.removed:
        parts = [Text(f"+{v}", style="green") for v in change.added] + [
            Text(f"-{v}", style="red") for v in change.removed
        ]
        line.append_text(Text(" ").join(parts))
        return line
    line.append(_show(change.old), style="red")
    line.append(" → ")
    line.append(_show(change.new), style="green")
    return line


def _item_lines(item: ItemDiff) -> list[Text]:
    mark, colour = _MARK[item.action]
    head = Text(f"  {mark} ", style=f"bold {colour}")
    head.append(f"{_KIND.get(item.list_name, item.list_name)} ", style="dim")
    head.append(_show(item.label, 70), style="bold")
    head.append(f"  [{item.item_id}]", style="dim")
    if item.by:
        head.append(f"  by {item.by}", style="cyan")
        if item.at:
            head.append(f" at {item.at}", style="dim")
    lines = [head]
    if item.action != "removed":
        lines.extend(_field_line(f) for f in item.fields if item.action == "changed" or f.path.startswith("review."))
    for note in item.notes:
        colour = {"added": "green", "edited": "yellow", "removed": "red"}[note.action]
        line = Text(f"      note {note.action}", style=colour)
        line.append(f" ({note.author}): ", style="cyan")
        if note.action == "edited":
            line.append(_show(note.old_text), style="red")
            line.append(" → ")
            line.append(_show(note.new_text), style="green")
        else:
            line.append(_show(note.new_text if note.action == "added" else note.old_text))
        lines.append(line)
    return lines


def render(diff: BriefingDiff, old: str, new: str, console: Console) -> None:
    """Print ``diff`` for a person."""
    console.print(Text.assemble(("--- ", "red"), old, "\n", ("+++ ", "green"), new))
    if diff.equal:
        console.print("no differences")
        return
    for item in diff.items:
        for line in _item_lines(item):
            console.print(line)
    for change in diff.other:
        console.print(_field_line(change))
    for path in diff.conflicts_added:
        console.print(Text(f"  ! conflict recorded: {path}", style="bold magenta"))
    for path in diff.conflicts_removed:
        console.print(Text(f"  ✓ conflict resolved: {path}", style="magenta"))
    c = diff.counts()
    console.print(
        Text(
            f"{c['added']} added, {c['removed']} removed, {c['changed']} changed; "
            f"notes: {c['notes_added']} added, {c['notes_edited']} edited, {c['notes_removed']} removed",
            style="bold",
        )
    )


def run(args: argparse.Namespace) -> int:
    """Exit 0 equal, 1 different, 2 unusable input."""
    try:
        old = load_briefing(args.old, load_source=False).briefing
        new = load_briefing(args.new, load_source=False).briefing
    except LoadError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 2
    diff = diff_briefings(old, new)
    if args.format == "json":
        json.dump(diff.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        render(diff, args.old, args.new, Console(highlight=False, soft_wrap=True))
    return 0 if diff.equal else 1
