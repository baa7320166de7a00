"""Settle recorded merge conflicts: put the chosen side's value at the conflict's path.

Pure functions on the model (no UI): the conflicts screen calls :func:`resolve` for each choice
the analyst makes, and the tests call :func:`resolve_all`. Each returns a new, validated
:class:`~tui.core.model.Briefing` without the settled conflict; the input is not changed.
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from tui.core.errors import BriefingError
from tui.core.history import Change, Step, snapshot
from tui.core.model import ITEM_LISTS, Briefing, Conflict
from tui.core.ops import Editor
from tui.core.serialize import to_data
from tui.core.validate import from_data

from .paths import MissingElement, PathError, parse_path, set_value

Choice = Literal["ours", "theirs", "base"]
CHOICES: tuple[str, ...] = ("ours", "theirs", "base")


class ResolveError(BriefingError):
    """A choice that cannot be applied (unknown conflict, or the result would be invalid)."""


def chosen_value(conflict: Conflict, choice: str) -> Any:
    """The value ``choice`` names in ``conflict`` (a copy)."""
    if choice not in CHOICES:
        raise ResolveError(f"unknown side {choice!r}; expected ours, theirs or base")
    return copy.deepcopy(getattr(conflict, choice))


def _apply(data: dict[str, Any], conflict: Conflict, choice: str) -> None:
    value = chosen_value(conflict, choice)
    try:
        set_value(data, conflict.path, value)
    except MissingElement:
        # The item or note was deleted after the merge: nothing left to decide, the conflict goes.
        pass
    except PathError as exc:
        raise ResolveError(f"{conflict.id}: {exc}") from None
    segments = parse_path(conflict.path)
    if value is None and len(segments) == 1 and segments[0].key == "actors" and segments[0].selector:
        # Deleting an actor: assets it owned lose their owner, as when the app deletes one.
        for asset in data.get("assets") or []:
            if isinstance(asset, dict) and asset.get("owner") == segments[0].selector[1]:
                asset.pop("owner", None)
    remaining = [c for c in data.get("conflicts") or [] if not (isinstance(c, dict) and c.get("id") == conflict.id)]
    if remaining:
        data["conflicts"] = remaining
    else:
        data.pop("conflicts", None)


def _rebuild(data: dict[str, Any]) -> Briefing:
    briefing, problems = from_data(data)
    errors = [p for p in problems if p.severity == "error"]
    if briefing is None or errors:
        raise ResolveError("that choice would leave the briefing invalid: " + "; ".join(p.format("briefing") for p in errors[:3]))
    return briefing


def find_conflict(briefing: Briefing, conflict_id: str) -> Conflict:
    """The conflict with ``conflict_id``; ResolveError when there is none."""
    for conflict in briefing.conflicts:
        if conflict.id == conflict_id:
            return conflict
    raise ResolveError(f"there is no conflict {conflict_id!r} in this briefing")


def resolve(briefing: Briefing, conflict_id: str, choice: str) -> Briefing:
    """A copy of ``briefing`` with conflict ``conflict_id`` settled by taking ``choice``'s value.

    ``choice`` is ``"ours"``, ``"theirs"`` or ``"base"``. A ``None`` value removes the field, or
    the whole item or note when the conflict was a deletion against a change. A conflict about
    an item or note that has since been deleted is simply dropped.
    """
    conflict = find_conflict(briefing, conflict_id)
    data = to_data(briefing)
    _apply(data, conflict, choice)
    return _rebuild(data)


def resolve_all(briefing: Briefing, choice: str) -> Briefing:
    """A copy of ``briefing`` with every conflict settled the same way."""
    data = to_data(briefing)
    for conflict in list(briefing.conflicts):
        _apply(data, conflict, choice)
    return _rebuild(data)


def resolve_in_editor(editor: Editor, conflict_id: str, choice: str) -> Change:
    """Settle a conflict in the editor's briefing *in place*, as one undoable change.

    The review app holds its briefing in an :class:`~tui.core.ops.Editor`; replacing the whole
    model would break its undo history, so the difference :func:`resolve` computes is applied
    item by item and recorded as history steps (items replaced, deleted or re-added, the
    conflict removed, the summary text). Changes outside items (``source``/``generator``
    fields, which only hand edits put in conflict) are applied but cannot be undone.
    """
    old = editor.briefing
    conflict = find_conflict(old, conflict_id)
    new = resolve(old, conflict_id, choice)
    steps: list[Step] = []
    for list_name in ITEM_LISTS:
        items = old.item_list(list_name)
        wanted = {item.id: item for item in new.item_list(list_name)}
        for index in reversed(range(len(items))):  # from the end, so earlier indices stay put
            item = items[index]
            after = wanted.get(item.id)
            if after is None:
                steps.append(Step(list_name, index, snapshot(item), None))
                del items[index]
            elif after != item:
                steps.append(Step(list_name, index, snapshot(item), snapshot(after)))
                items[index] = after
        present = {item.id for item in items}
        for item in new.item_list(list_name):
            if item.id not in present:
                steps.append(Step(list_name, len(items), None, snapshot(item)))
                items.append(item)
    for index in reversed(range(len(old.conflicts))):
        if old.conflicts[index].id == conflict_id:
            steps.append(Step("conflicts", index, snapshot(old.conflicts[index]), None))
            del old.conflicts[index]
    if old.summary.text != new.summary.text:
        steps.append(Step("summary", None, old.summary.text, new.summary.text))
        old.summary.text = new.summary.text
    # Not expressible as history steps; only hand-edited files have conflicts here.
    old.source, old.generator, old.extra = new.source, new.generator, new.extra
    old.summary.extra = new.summary.extra
    segments = parse_path(conflict.path)
    item_id = segments[0].selector[1] if segments[0].selector else None
    change = Change(f"conflict: kept {choice} for {conflict.path}", steps, item_id=item_id)
    editor.history.record(change)
    return change
