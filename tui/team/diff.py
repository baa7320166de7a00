"""Item-by-item structured diff of two briefings, keyed on ids.

``diff_briefings(old, new)`` says which items were added or removed, which fields of the rest
changed (review decisions, confidence, grading, tags, evidence, the item's own fields), which
notes were added, edited or removed and by whom, and what changed outside the items (summary
text, source, generator, recorded conflicts). It is plain data, so ``briefing diff`` can print
it coloured for a person or as JSON for a script.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from tui.core.model import ITEM_LISTS, Briefing
from tui.core.serialize import item_data, to_data

from .paths import span_key

#: Review fields that are bookkeeping: reported as "by whom", not as changes of their own.
BOOKKEEPING = frozenset({"review.updated", "review.updated_by"})


@dataclass
class FieldChange:
    """One field that differs: ``path`` is relative to the item (``review.status``)."""

    path: str
    old: Any
    new: Any

    @property
    def added(self) -> list[Any]:
        """For list fields (tags, aliases): the values only ``new`` has."""
        if isinstance(self.old, list) or isinstance(self.new, list):
            return [x for x in (self.new or []) if x not in (self.old or [])]
        return []

    @property
    def removed(self) -> list[Any]:
        """For list fields: the values only ``old`` has."""
        if isinstance(self.old, list) or isinstance(self.new, list):
            return [x for x in (self.old or []) if x not in (self.new or [])]
        return []


@dataclass
class NoteChange:
    """A note added, edited or removed; ``author`` is the note's author."""

    action: str  # "added" | "edited" | "removed"
    note_id: str
    author: str
    old_text: str | None = None
    new_text: str | None = None
    updated: str | None = None


@dataclass
class ItemDiff:
    """What happened to one item."""

    list_name: str
    item_id: str
    label: str
    action: str  # "added" | "removed" | "changed"
    fields: list[FieldChange] = field(default_factory=list)
    notes: list[NoteChange] = field(default_factory=list)
    by: str | None = None  # review.updated_by on the new side, when it moved
    at: str | None = None  # review.updated on the new side, when it moved

    @property
    def decision(self) -> FieldChange | None:
        """The review-status change, if the review decision changed."""
        return next((f for f in self.fields if f.path == "review.status"), None)


@dataclass
class BriefingDiff:
    """Everything that differs between two briefings."""

    items: list[ItemDiff] = field(default_factory=list)
    other: list[FieldChange] = field(default_factory=list)  # summary.text, source.*, generator.*
    conflicts_added: list[str] = field(default_factory=list)  # conflict paths
    conflicts_removed: list[str] = field(default_factory=list)

    @property
    def equal(self) -> bool:
        """True when the two briefings hold the same data."""
        return not (self.items or self.other or self.conflicts_added or self.conflicts_removed)

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``--format json``."""
        return {
            "equal": self.equal,
            "items": [asdict(i) for i in self.items],
            "other": [asdict(f) for f in self.other],
            "conflicts_added": list(self.conflicts_added),
            "conflicts_removed": list(self.conflicts_removed),
        }

    def counts(self) -> dict[str, int]:
        """How many items were added, removed and changed, and notes added/edited/removed."""
        out = {"added": 0, "removed": 0, "changed": 0, "notes_added": 0, "notes_edited": 0, "notes_removed": 0}
        for item in self.items:
            out[item.action] += 1
            for note in item.notes:
                out[f"notes_{note.action}"] += 1
        return out


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    """Dotted paths of the leaves of an item's data; evidence keyed by span, notes left out."""
    if isinstance(value, dict):
        for key, child in value.items():
            path = f"{prefix}.{key}" if prefix else key
            if path == "review.notes":
                continue
            _flatten(child, path, out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) and "start" in v for v in value):
        for span in value:
            out[f"{prefix}[{span_key(span)}]"] = span.get("quote")
    else:
        out[prefix] = value


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    _flatten(old, "", before)
    _flatten(new, "", after)
    keys = list(before) + [k for k in after if k not in before]
    return [FieldChange(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


def _note_changes(old: dict[str, Any], new: dict[str, Any]) -> list[NoteChange]:
    old_notes = {n["id"]: n for n in (old.get("review") or {}).get("notes") or []}
    new_notes = {n["id"]: n for n in (new.get("review") or {}).get("notes") or []}
    out: list[NoteChange] = []
    for note_id, note in new_notes.items():
        before = old_notes.get(note_id)
        if before is None:
            out.append(NoteChange("added", note_id, note["author"], None, note["text"], note.get("updated")))
        elif before != note:
            out.append(NoteChange("edited", note_id, note["author"], before["text"], note["text"], note.get("updated")))
    for note_id, note in old_notes.items():
        if note_id not in new_notes:
            out.append(NoteChange("removed", note_id, note["author"], note["text"], None, note.get("updated")))
    return out


def _item_data(item: Any) -> dict[str, Any]:
    """An item's data with its review spelled out (an untouched review counts as unreviewed)."""
    data = item_data(item)
    data.setdefault("review", {"status": "unreviewed"})
    return data


def data_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[FieldChange], list[NoteChange]]:
    """Field and note changes between two items in plain-data form (bookkeeping left out).

    The conflicts screen uses it to say what the side that kept an item changed in it.
    """
    fields = [f for f in _field_changes(old, new) if f.path not in BOOKKEEPING and f.path != "id"]
    return fields, _note_changes(old, new)


def flatten_item(item: Any) -> dict[str, Any]:
    """An item's fields as ``{dotted path: value}`` (the paths :class:`FieldChange` uses)."""
    out: dict[str, Any] = {}
    _flatten(_item_data(item), "", out)
    return out


def diff_briefings(old: Briefing, new: Briefing) -> BriefingDiff:
    """The structured difference from ``old`` to ``new``."""
    result = BriefingDiff()
    old_items = {item.id: (name, item) for name, item in old.iter_items()}
    new_items = {item.id: (name, item) for name, item in new.iter_items()}
    order = [i for i in old_items] + [i for i in new_items if i not in old_items]
    order.sort(key=lambda i: ITEM_LISTS.index((new_items.get(i) or old_items[i])[0]))
    for item_id in order:
        before = old_items.get(item_id)
        after = new_items.get(item_id)
        if after is None:
            name, item = before  # type: ignore[misc]
            result.items.append(
                ItemDiff(name, item_id, item.label, "removed", notes=_note_changes(_item_data(item), {}))
            )
            continue
        name, item = after
        new_data = _item_data(item)
        old_data = _item_data(before[1]) if before is not None else {}
        if before is not None and old_data == new_data:
            continue
        changes = [f for f in _field_changes(old_data, new_data) if f.path != "id"]
        notes = _note_changes(old_data, new_data)
        review = item.review
        old_review = before[1].review if before is not None else None
        moved = old_review is None or (review.updated, review.updated_by) != (old_review.updated, old_review.updated_by)
        diff = ItemDiff(
            name,
            item_id,
            item.label,
            "added" if before is None else "changed",
            fields=[f for f in changes if f.path not in BOOKKEEPING],
            notes=notes,
            by=review.updated_by if moved else None,
            at=review.updated if moved else None,
        )
        if before is not None and not diff.fields and not diff.notes and not moved:
            continue
        if before is not None and not diff.fields and not diff.notes:
            # Only the bookkeeping moved: still a difference, shown as such.
            diff.fields = [f for f in changes if f.path in BOOKKEEPING]
        result.items.append(diff)
    old_data, new_data = to_data(old), to_data(new)
    for block in ("source", "generator"):
        result.other.extend(
            FieldChange(f"{block}.{f.path}", f.old, f.new)
            for f in _field_changes(old_data.get(block) or {}, new_data.get(block) or {})
        )
    if old.summary.text != new.summary.text:
        result.other.append(FieldChange("summary.text", old.summary.text, new.summary.text))
    for key in sorted(set(old.extra) | set(new.extra)):
        if old.extra.get(key) != new.extra.get(key):
            result.other.append(FieldChange(key, old.extra.get(key), new.extra.get(key)))
    old_conflicts = {c.id: c.path for c in old.conflicts}
    new_conflicts = {c.id: c.path for c in new.conflicts}
    result.conflicts_added = [p for i, p in new_conflicts.items() if i not in old_conflicts]
    result.conflicts_removed = [p for i, p in old_conflicts.items() if i not in new_conflicts]
    return result
