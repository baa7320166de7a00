"""Review progress across briefings: counts per file and in total (pure data for ``briefing stats``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.core.model import Briefing


@dataclass
class Progress:
    """Review counts for one briefing (or the total over many).

    ``items`` counts the reviewable items (places are context, not counted, as in the app's
    progress); ``reviewed`` those with a decision; ``open_questions`` those still open.
    """

    name: str
    items: int = 0
    reviewed: int = 0
    accepted: int = 0
    rejected: int = 0
    flagged: int = 0
    open_questions: int = 0
    conflicts: int = 0
    notes: Counter[str] = field(default_factory=Counter)

    def add(self, other: "Progress") -> None:
        """Add ``other``'s counts to these."""
        for key in ("items", "reviewed", "accepted", "rejected", "flagged", "open_questions", "conflicts"):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        self.notes.update(other.notes)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "items": self.items,
            "reviewed": self.reviewed,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "flagged": self.flagged,
            "open_questions": self.open_questions,
            "conflicts": self.conflicts,
            "notes_per_author": dict(sorted(self.notes.items())),
        }


def progress(briefing: Briefing, name: str) -> Progress:
    """The review counts of one briefing."""
    out = Progress(name)
    for list_name, item in briefing.iter_items():
        out.notes.update(note.author for note in item.review.notes)
        if list_name == "places":
            continue
        out.items += 1
        status = item.review.status
        if status != "unreviewed":
            out.reviewed += 1
        if status in ("accepted", "rejected", "flagged"):
            setattr(out, status, getattr(out, status) + 1)
    out.open_questions = sum(1 for q in briefing.open_questions if q.status == "open")
    out.conflicts = len(briefing.conflicts)
    return out


def briefing_files(paths: list[Path]) -> list[Path]:
    """The ``*.yaml``/``*.yml`` files named, or found (not recursively) in the folders named."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            out.append(path)
    unique: list[Path] = []
    for path in out:  # a file named and also found in a folder named counts once
        if path.resolve() not in {p.resolve() for p in unique}:
            unique.append(path)
    return unique
