"""Undo/redo over mixed sequences of operations restores exact equality with snapshots."""

from __future__ import annotations

import copy
import random

import pytest

from tui.core.history import Change, History, Step
from tui.core.model import Briefing, Place
from tui.core.ops import Editor, OperationError
from tui.core.store import dump_briefing, parse_briefing_text

from .strategies import TRICKY


#: Text an analyst might paste: multi-line, RTL, emoji, YAML look-alikes, control characters.
_NASTY = [t for t in TRICKY if t.strip()]


def _random_op(editor: Editor, rng: random.Random) -> str:
    """Apply one random valid operation; return its name."""
    b = editor.briefing
    items = [item for _, item in b.iter_items()]
    item = rng.choice(items)
    questions = [q.id for q in b.open_questions]
    noted = [i for i in items if i.review.notes]
    choices = ["status", "confidence", "grading", "tags", "note", "add", "summary", "evidence", "edit"]
    if noted:
        choices += ["edit_note", "delete_note"]
    if questions:
        choices += ["answer", "dismiss", "reopen"]
    if len(items) > 3:
        choices.append("delete")
    op = rng.choice(choices)
    if op == "status":
        editor.set_status(item.id, rng.choice(["accepted", "rejected", "flagged", "unreviewed"]))
    elif op == "confidence":
        editor.cycle_confidence(item.id)
    elif op == "grading":
        editor.set_grading(item.id, rng.choice(["A1", "f6", None, "C3"]))
    elif op == "tags":
        editor.add_tag(item.id, rng.choice(["x", "y", "imagery"]))
    elif op == "note":
        editor.add_note(item.id, rng.choice(["short", "two\nlines", "  spaced  ", *_NASTY]))
    elif op == "edit_note":
        target = rng.choice(noted)
        editor.edit_note(target.id, target.review.notes[0].id, rng.choice(_NASTY))
    elif op == "delete_note":
        target = rng.choice(noted)
        editor.delete_note(target.id, target.review.notes[-1].id)
    elif op == "add":
        list_name = rng.choice(["actors", "assets", "places", "key_points", "open_questions"])
        field = {"key_points": "text", "open_questions": "question"}.get(list_name, "name")
        editor.add_item(list_name, evidence=[editor.span(17, 31)], **{field: f"new {rng.randint(0, 99)}"})
    elif op == "summary":
        editor.set_summary_text(f"summary {rng.random()}")
    elif op == "evidence":
        start = rng.randint(0, 100)
        span = editor.span(start, start + rng.randint(1, 20))
        if span in item.evidence:
            editor.remove_evidence(item.id, item.evidence.index(span))
        else:
            editor.add_evidence(item.id, span)
    elif op == "edit":
        if isinstance(item, Place) or not hasattr(item, "name"):
            editor.set_status(item.id, "flagged")
        else:
            editor.edit_fields(item.id, name=rng.choice(_NASTY))
    elif op == "answer":
        editor.answer_question(rng.choice(questions), "an answer", likelihood="likely")
    elif op == "dismiss":
        editor.dismiss_question(rng.choice(questions), "not relevant")
    elif op == "reopen":
        editor.reopen_question(rng.choice(questions))
    elif op == "delete":
        actors = [a.id for a in b.actors if any(s.owner == a.id for s in b.assets)]
        editor.delete_item(rng.choice(actors) if actors and rng.random() < 0.5 else item.id)
    return op


def _undo_redo_matches(editor: Editor, snapshots: list[Briefing]) -> None:
    """Undo to the start and redo to the end, checking every state on the way."""
    for expected in reversed(snapshots[:-1]):
        assert editor.undo() is not None
        assert editor.briefing == expected
    assert editor.undo() is None and not editor.history.can_undo
    for expected in snapshots[1:]:
        assert editor.redo() is not None
        assert editor.briefing == expected
    assert editor.redo() is None and not editor.history.can_redo


def test_scripted_mixed_sequence_undoes_and_redoes_exactly(editor: Editor) -> None:
    snapshots = [copy.deepcopy(editor.briefing)]

    def step(op, *args, **kwargs):
        result = op(*args, **kwargs)
        snapshots.append(copy.deepcopy(editor.briefing))
        return result

    step(editor.set_status, "actor-russia", "accepted")
    note = step(editor.add_note, "actor-russia", "owns the bases")
    step(editor.set_grading, "asset-khmeimim", "B2")
    added = step(editor.add_item, "assets", name="S-400", type="air defence system", owner="actor-russia")
    step(editor.edit_note, "actor-russia", note.id, "owns both bases")
    step(editor.delete_item, "actor-russia")  # clears three owners, deletes an actor with notes
    assert all(a.owner is None for a in editor.briefing.assets)
    step(editor.set_summary_text, "rewritten")
    step(editor.answer_question, "q-bases", "Unclear.", confidence="low")
    step(editor.delete_item, added.id)
    step(editor.add_tag, "kp-1", "strategic")
    _undo_redo_matches(editor, snapshots)
    # the ids index follows undo/redo: every item is found where it is
    for _, item in editor.briefing.iter_items():
        assert editor.item(item.id) is item


@pytest.mark.parametrize("seed", range(6))
def test_random_mixed_sequences_undo_and_redo_exactly(editor: Editor, seed: int) -> None:
    rng = random.Random(seed)
    snapshots = [copy.deepcopy(editor.briefing)]
    for _ in range(40):
        _random_op(editor, rng)
        snapshots.append(copy.deepcopy(editor.briefing))
    _undo_redo_matches(editor, snapshots)
    # whatever the operations did, the result is a valid briefing that saves and loads back
    text = dump_briefing(editor.briefing)
    assert parse_briefing_text(text, "<ops>")[0] == editor.briefing
    # half way back, a new change drops the redo stack
    for _ in range(20):
        editor.undo()
    assert editor.briefing == snapshots[20]
    editor.set_summary_text("branch")
    assert not editor.history.can_redo
    editor.undo()
    assert editor.briefing == snapshots[20]


def test_history_keeps_its_own_copies(editor: Editor) -> None:
    """Mutating the live briefing after an undo or redo cannot corrupt recorded states."""
    editor.set_status("actor-putin", "accepted")
    after = copy.deepcopy(editor.briefing)
    editor.undo()
    editor.item("actor-putin").name = "mutated behind the history's back"
    editor.redo()
    assert editor.briefing == after
    editor.item("actor-putin").review.tags.append("leak")
    editor.undo()
    editor.redo()
    assert editor.briefing == after


def test_refused_operation_records_nothing(editor: Editor) -> None:
    with pytest.raises(OperationError):
        editor.set_status("actor-putin", "bogus")
    assert not editor.history.can_undo and editor.history.state == 0


def test_history_state_descriptions_and_limit(editor: Editor) -> None:
    assert editor.history.state == 0
    editor.set_status("kp-1", "accepted")
    first = editor.history.state
    editor.add_note("kp-1", "n")
    second = editor.history.state
    assert 0 != first != second
    label = "The collapse is a strategic defeat fo..."  # labels over 40 characters are cut
    assert editor.history.descriptions() == [f"note added: {label}", f"accepted: {label}"]
    editor.undo()
    assert editor.history.state == first
    editor.redo()
    assert editor.history.state == second

    history = History(limit=3)
    briefing = copy.deepcopy(editor.briefing)
    for i in range(5):
        history.record(Change(f"c{i}", [Step("summary", None, "a", "b")]))
    assert history.descriptions() == ["c4", "c3", "c2"]
    assert [history.undo(briefing).description for _ in range(3)] == ["c4", "c3", "c2"]
    assert history.undo(briefing) is None
    assert briefing.summary.text == "a"
