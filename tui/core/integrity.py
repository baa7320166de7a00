"""Checks across a whole briefing: unique ids, references between items, evidence vs source.

Split from :mod:`tui.core.validate` (which checks each value where it stands): these need the
complete model. They return :class:`~tui.core.errors.Problem` objects with paths; the loader
adds line and column.
"""

from __future__ import annotations

from typing import Any, Iterator

from .errors import PathKey, Problem, format_path
from .model import Actor, Briefing

P = tuple[PathKey, ...]

#: Where each item list lives in the file.
_LIST_PATHS: tuple[tuple[str, P], ...] = (
    ("key_points", ("summary", "points")),
    ("actors", ("actors",)),
    ("assets", ("assets",)),
    ("open_questions", ("open_questions",)),
    ("places", ("places",)),
)


def item_paths(briefing: Briefing) -> Iterator[tuple[P, Any]]:
    """``(path, item)`` for every item, the path as in the file (``("actors", 3)``)."""
    for list_name, path in _LIST_PATHS:
        for i, item in enumerate(briefing.item_list(list_name)):
            yield path + (i,), item


def check_ids(briefing: Briefing) -> list[Problem]:
    """Errors for ids used twice (items, notes, conflicts) and owners that name no actor."""
    problems: list[Problem] = []
    seen: dict[str, P] = {}

    def claim(item_id: str, path: P) -> None:
        if item_id in seen:
            first = format_path(seen[item_id])
            problems.append(Problem(f"duplicate id {item_id!r} (already used at {first})", path=path + ("id",)))
        else:
            seen[item_id] = path

    actor_ids = set()
    for path, item in item_paths(briefing):
        claim(item.id, path)
        if isinstance(item, Actor):
            actor_ids.add(item.id)
        for j, note in enumerate(item.review.notes):
            claim(note.id, path + ("review", "notes", j))
    for i, conflict in enumerate(briefing.conflicts):
        claim(conflict.id, ("conflicts", i))
    for i, asset in enumerate(briefing.assets):
        if asset.owner is not None and asset.owner not in actor_ids:
            problems.append(
                Problem(f"owner {asset.owner!r} is not the id of any actor", path=("assets", i, "owner"))
            )
    return problems


def check_evidence(briefing: Briefing, source_text: str) -> list[Problem]:
    """Warnings for evidence spans that fall outside the source or quote it wrongly."""
    problems = []
    length = len(source_text)
    for path, item in item_paths(briefing):
        for j, span in enumerate(item.evidence):
            at = path + ("evidence", j)
            if span.end > length:
                problems.append(
                    Problem(
                        f"span {span.start}-{span.end} lies beyond the end of the source text "
                        f"({length} characters)",
                        path=at,
                        severity="warning",
                    )
                )
            elif source_text[span.start : span.end] != span.quote:
                found = source_text[span.start : span.end]
                shown = found if len(found) <= 40 else found[:37] + "..."
                problems.append(
                    Problem(
                        f"quote does not match the source text at {span.start}-{span.end} "
                        f"(the source has {shown!r})",
                        path=at,
                        severity="warning",
                    )
                )
    return problems
