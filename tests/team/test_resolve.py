"""Settling recorded conflicts with the pure resolve functions."""

from __future__ import annotations

import pytest

from tests.team.conftest import analyst, ids
from tui.core import dump_briefing
from tui.core.store import parse_briefing_text
from tui.team.merge import merge_briefings
from tui.team.paths import PathError, get_value, parse_path, set_value
from tui.team.resolve import ResolveError, resolve, resolve_all


def _merged(base):
    a, b = ids(base, "actors")[:2]
    owner_actor = next(x.id for x in base.actors if any(s.owner == x.id for s in base.assets))
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(a, "accepted")
    bob.set_status(a, "rejected")
    alice.delete_item(b)
    bob.add_note(b, "keep")
    return merge_briefings(base, alice.briefing, bob.briefing).briefing, a, b, owner_actor


def test_resolve_each_side_and_base(base):
    merged, a, b, _ = _merged(base)
    status = next(c for c in merged.conflicts if c.path.endswith("review.status"))
    for choice, expected in (("ours", "accepted"), ("theirs", "rejected"), ("base", "unreviewed")):
        settled = resolve(merged, status.id, choice)
        assert settled.get(a).review.status == expected
        assert status.id not in {c.id for c in settled.conflicts} and len(settled.conflicts) == 1
    assert len(merged.conflicts) == 2  # the input is not changed


def test_resolving_a_deletion(base):
    merged, a, b, _ = _merged(base)
    deletion = next(c for c in merged.conflicts if c.path == f"actors[id={b}]")
    assert resolve(merged, deletion.id, "ours").find(b) is None
    kept = resolve(merged, deletion.id, "theirs")
    assert [n.text for n in kept.get(b).review.notes] == ["keep"]


def test_resolve_all_leaves_a_valid_conflict_free_file(base):
    merged, *_ = _merged(base)
    for choice in ("ours", "theirs"):
        settled = resolve_all(merged, choice)
        assert settled.conflicts == []
        again, problems = parse_briefing_text(dump_briefing(settled), "x.yaml")
        assert again == settled and "conflicts" not in dump_briefing(settled)


def test_deleting_an_actor_by_resolution_clears_owners(base):
    actor = next(x.id for x in base.actors if any(s.owner == x.id for s in base.assets))
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.delete_item(actor)
    bob.set_status(actor, "accepted")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    (conflict,) = [c for c in merged.conflicts if c.path == f"actors[id={actor}]"]
    settled = resolve(merged, conflict.id, "ours")
    assert settled.find(actor) is None
    assert all(s.owner != actor for s in settled.assets)


def test_unknown_conflict_and_side_are_refused(base):
    merged, *_ = _merged(base)
    with pytest.raises(ResolveError, match="no conflict"):
        resolve(merged, "conflict-nope", "ours")
    with pytest.raises(ResolveError, match="unknown side"):
        resolve(merged, merged.conflicts[0].id, "mine")


def test_a_conflict_about_an_item_deleted_since_is_dropped(base):
    merged, a, *_ = _merged(base)
    status = next(c for c in merged.conflicts if c.path.endswith("review.status"))
    merged.actors = [x for x in merged.actors if x.id != a]
    settled = resolve(merged, status.id, "theirs")
    assert status.id not in {c.id for c in settled.conflicts} and settled.find(a) is None


def test_paths_parse_get_and_set():
    data = {"actors": [{"id": "a.b", "name": "x", "evidence": [{"start": 1, "end": 3, "quote": "ab"}]}]}
    assert [str(s) for s in parse_path("actors[id=a.b].evidence[span=1-3].quote")] == [
        "actors[id=a.b]", "evidence[span=1-3]", "quote",
    ]
    assert get_value(data, "actors[id=a.b].evidence[span=1-3].quote") == "ab"
    assert get_value(data, "actors[id=zz].name", "missing") == "missing"
    set_value(data, "actors[id=a.b].review.status", "flagged")
    assert data["actors"][0]["review"] == {"status": "flagged"}
    set_value(data, "actors[id=a.b].evidence[span=1-3]", None)
    assert data["actors"][0]["evidence"] == []
    for bad in ("actors[", "actors[id=a", "actors[id=a]x", "actors[foo=1]", "a]b"):
        with pytest.raises(PathError):
            parse_path(bad)


def test_resolve_in_editor_is_in_place_and_undoable(base):
    from tui.core import Editor
    from tui.core.serialize import to_data
    from tui.team.resolve import resolve_in_editor

    merged, a, b, _ = _merged(base)
    before = to_data(merged)
    editor = Editor(merged, author="carol")
    model = editor.briefing
    deletion = next(c for c in merged.conflicts if c.path == f"actors[id={b}]")
    status = next(c for c in merged.conflicts if c.path.endswith("review.status"))
    expected = to_data(resolve(resolve(merged, deletion.id, "ours"), status.id, "theirs"))
    resolve_in_editor(editor, deletion.id, "ours")
    resolve_in_editor(editor, status.id, "theirs")
    assert editor.briefing is model  # the same object: the app's references stay valid
    assert model.conflicts == [] and model.find(b) is None and model.get(a).review.status == "rejected"
    assert to_data(model) == expected
    editor.undo()
    assert model.get(a).review.status == "accepted" and [c.id for c in model.conflicts] == [status.id]
    editor.undo()
    assert to_data(model) == before
    editor.redo()
    editor.redo()
    assert model.conflicts == [] and model.find(b) is None


def test_resolve_in_editor_deleting_an_owner_undoes_together(base):
    from tui.core import Editor
    from tui.core.serialize import to_data
    from tui.team.resolve import resolve_in_editor

    actor = next(x.id for x in base.actors if any(s.owner == x.id for s in base.assets))
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.delete_item(actor)
    bob.set_status(actor, "accepted")
    bob.add_note(next(s.id for s in base.assets if s.owner == actor), "owned")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    owned = [s.id for s in merged.assets if s.owner == actor]
    assert owned  # bob's side kept the owner on the assets
    (conflict,) = [c for c in merged.conflicts if c.path == f"actors[id={actor}]"]
    before = to_data(merged)
    editor = Editor(merged, author="carol")
    expected = to_data(resolve(merged, conflict.id, "ours"))
    change = resolve_in_editor(editor, conflict.id, "ours")
    assert to_data(editor.briefing) == expected
    assert {s.target for s in change.steps} >= {"actors", "assets", "conflicts"}
    assert all(editor.briefing.get(i).owner is None for i in owned)
    editor.undo()
    assert to_data(editor.briefing) == before
