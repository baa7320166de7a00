"""Undo/redo history: every change is a list of before/after snapshots of whole items.

Snapshotting the touched item (never the whole briefing) keeps each change small and O(1) in
the size of the briefing, and makes every operation, deletions included, undoable the same way.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from .model import Briefing
from .records import Record

_serials = itertools.count(1)


class Step(Record):
    """One slot of the briefing before and after a change.

    ``target`` is an item list name (``actors``...), ``"conflicts"`` or ``"summary"``.
    For lists, ``before``/``after`` are the object at ``index`` (None: absent on that side,
    i.e. the change inserted or deleted it). For ``"summary"``, they are summary texts.
    """

    __slots__ = ("target", "index", "before", "after")

    def __init__(self, target: str, index: int | None, before: Any, after: Any) -> None:
        self.target = target
        self.index = index
        self.before = before
        self.after = after


class Change(Record):
    """One undoable change, as the analyst sees it (``description`` shows in notifications)."""

    __slots__ = ("description", "steps", "item_id", "serial")

    def __init__(self, description: str, steps: list[Step], item_id: str | None = None, serial: int | None = None) -> None:
        self.description = description
        self.steps = steps
        self.item_id = item_id
        self.serial = next(_serials) if serial is None else serial


def snapshot(obj: Any) -> Any:
    """An independent copy of an item (or any model object)."""
    return copy.deepcopy(obj)


def _target_list(briefing: Briefing, target: str) -> list[Any]:
    if target == "conflicts":
        return briefing.conflicts
    return briefing.item_list(target)


def _apply(briefing: Briefing, step: Step, forward: bool) -> None:
    old, new = (step.before, step.after) if forward else (step.after, step.before)
    if step.target == "summary":
        briefing.summary.text = new
        return
    items = _target_list(briefing, step.target)
    assert step.index is not None
    if old is None:  # insert
        items.insert(step.index, snapshot(new))
    elif new is None:  # delete
        del items[step.index]
    else:  # replace
        items[step.index] = snapshot(new)


class History:
    """Undo and redo stacks of :class:`Change` objects."""

    def __init__(self, limit: int = 10_000) -> None:
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self.limit = limit

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def state(self) -> int:
        """An id of the current state: equal before and after an undo+redo, 0 when pristine."""
        return self._undo[-1].serial if self._undo else 0

    def record(self, change: Change) -> None:
        """Remember a change that was just applied; clears the redo stack."""
        self._undo.append(change)
        if len(self._undo) > self.limit:
            del self._undo[0]
        self._redo.clear()

    def undo(self, briefing: Briefing) -> Change | None:
        """Revert the last change; returns it, or None when there is nothing to undo."""
        if not self._undo:
            return None
        change = self._undo.pop()
        for step in reversed(change.steps):
            _apply(briefing, step, forward=False)
        self._redo.append(change)
        return change

    def redo(self, briefing: Briefing) -> Change | None:
        """Re-apply the last undone change; returns it, or None."""
        if not self._redo:
            return None
        change = self._redo.pop()
        for step in change.steps:
            _apply(briefing, step, forward=True)
        self._undo.append(change)
        return change

    def descriptions(self) -> list[str]:
        """What undo would revert, most recent first."""
        return [c.description for c in reversed(self._undo)]
