"""A field-by-field check that a merge lost nothing either analyst wrote without saying so."""

from __future__ import annotations

from tui.core.model import Briefing
from tui.team.diff import BOOKKEEPING, diff_briefings, flatten_item
from tui.team.paths import Segment, format_path


def item_path(list_name: str, item_id: str) -> str:
    prefix = [Segment("summary")] if list_name == "key_points" else []
    return format_path([*prefix, Segment("points" if list_name == "key_points" else list_name, ("id", item_id))])


def _conflicted(merged: Briefing, path: str) -> bool:
    return any(c.path == path or c.path.startswith(path + ".") for c in merged.conflicts)


def _covers(merged: Briefing, where: str, field_path: str) -> bool:
    """A conflict names this field of this item (or the whole item, or a part holding the field)."""
    for c in merged.conflicts:
        if c.path == where:
            return True
        if c.path.startswith(where + "."):
            rel = c.path[len(where) + 1 :].replace("[span=", "[")
            if field_path == rel or field_path.startswith(rel + ".") or field_path.startswith(rel + "["):
                return True
    return False


def assert_nothing_lost(base: Briefing, side: Briefing, merged: Briefing) -> None:
    """Every change ``side`` made to ``base`` is in ``merged``, or a conflict names it.

    Checked item by item and field by field: added items exist; removed items are gone or
    conflicted; each changed field has the side's value (list fields: the side's additions are
    present and its removals absent); each added or edited note is there with its text.
    """
    for change in diff_briefings(base, side).items:
        where = item_path(change.list_name, change.item_id)
        found = merged.find(change.item_id)
        if change.action == "removed":
            assert found is None or _conflicted(merged, where), f"{where}: deletion lost silently"
            continue
        assert found is not None, f"{where}: the item is missing from the merge"
        fields = flatten_item(found[2])
        for f in change.fields:
            if f.path in BOOKKEEPING or _covers(merged, where, f.path):
                continue
            if f.path == "owner" and f.new is None and _conflicted(merged, item_path("actors", f.old)):
                continue  # cleared because this side deleted the owner: part of that conflict
            if isinstance(f.new, list) or isinstance(f.old, list):
                have = fields.get(f.path) or []
                assert all(x in have for x in f.added), f"{where}.{f.path}: lost {f.added} (has {have})"
                assert not any(x in have for x in f.removed), f"{where}.{f.path}: removal of {f.removed} lost"
            else:
                assert fields.get(f.path) == f.new, f"{where}.{f.path}: {fields.get(f.path)!r} != {f.new!r}"
        notes = {n.id: n for n in found[2].review.notes}
        for note in change.notes:
            note_path = f"{where}.review." + format_path([Segment("notes", ("id", note.note_id))])
            if _conflicted(merged, note_path) or _covers(merged, where, "review"):
                continue
            if note.action == "removed":
                assert note.note_id not in notes, f"{note_path}: deletion lost"
            else:
                assert note.note_id in notes and notes[note.note_id].text == note.new_text, f"{note_path}: lost"
