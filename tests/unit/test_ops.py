"""Every Editor operation changes exactly what it should, stamps author and time, and refuses
bad input with OperationError (leaving the briefing and the history untouched)."""

from __future__ import annotations

import copy
import re

import pytest

from tui.core.model import Actor, Answer, Asset, Note, Span
from tui.core.ops import Editor, OperationError

from .helpers import Clock, changed_paths


def _run(editor: Editor, op, *args, **kwargs):
    """Run an op and return (result, changed paths) against a snapshot taken before it."""
    before = copy.deepcopy(editor.briefing)
    result = op(*args, **kwargs)
    return result, changed_paths(before, editor.briefing)


def _refused(editor: Editor, op, *args, match: str, **kwargs) -> None:
    before = copy.deepcopy(editor.briefing)
    depth = len(editor.history.descriptions())
    with pytest.raises(OperationError, match=match):
        op(*args, **kwargs)
    assert editor.briefing == before
    assert len(editor.history.descriptions()) == depth


# -- review decisions -----------------------------------------------------------------------


def test_set_status_changes_status_and_stamps(editor: Editor, clock: Clock) -> None:
    change, changed = _run(editor, editor.set_status, "actor-putin", "accepted")
    review = editor.item("actor-putin").review
    assert (review.status, review.updated, review.updated_by) == ("accepted", clock.last, "alice")
    # the review block appears (it was empty, so left out before)
    assert changed == {"actors[0].review"}
    assert change.item_id == "actor-putin" and change.description == "accepted: Vladimir Putin"
    _, changed = _run(editor, editor.set_status, "actor-putin", "flagged")
    assert changed == {"actors[0].review.status", "actors[0].review.updated"}


def test_set_status_refuses_unknown_status_and_unknown_item(editor: Editor) -> None:
    _refused(editor, editor.set_status, "actor-putin", "approved", match="unknown review status 'approved'")
    _refused(editor, editor.set_status, "actor-nobody", "accepted", match="no item with id 'actor-nobody'")


def test_confidence_set_cycle_clear_and_refuse(editor: Editor) -> None:
    editor.set_confidence("kp-1", "high")
    assert editor.item("kp-1").review.confidence == "high"
    seen = []
    for _ in range(4):
        editor.cycle_confidence("kp-1")
        seen.append(editor.item("kp-1").review.confidence)
    assert seen == [None, "low", "moderate", "high"]
    editor.set_confidence("kp-1", None)
    assert editor.item("kp-1").review.confidence is None
    _refused(editor, editor.set_confidence, "kp-1", "certain", match="unknown confidence 'certain'")


def test_grading_is_normalised_and_checked(editor: Editor, clock: Clock) -> None:
    _, changed = _run(editor, editor.set_grading, "asset-khmeimim", " b2 ")
    review = editor.item("asset-khmeimim").review
    assert (review.grading, review.updated, review.updated_by) == ("B2", clock.last, "alice")
    assert changed == {"assets[0].review"}
    for bad in ("G7", "A0", "A7", "B", "22", "B2x"):
        _refused(editor, editor.set_grading, "asset-khmeimim", bad, match="invalid grading")
    editor.set_grading("asset-khmeimim", None)
    assert editor.item("asset-khmeimim").review.grading is None


def test_tags_are_trimmed_deduplicated_and_ordered(editor: Editor) -> None:
    editor.set_tags("q-bases", [" imagery ", "", "evacuation", "imagery", "  "])
    assert editor.item("q-bases").review.tags == ["imagery", "evacuation"]
    editor.add_tag("q-bases", "bases")
    editor.add_tag("q-bases", "imagery")  # already there: no duplicate
    assert editor.item("q-bases").review.tags == ["imagery", "evacuation", "bases"]
    _, changed = _run(editor, editor.remove_tag, "q-bases", "evacuation")
    assert editor.item("q-bases").review.tags == ["imagery", "bases"]
    assert changed == {"open_questions[0].review.tags", "open_questions[0].review.updated"}
    editor.set_tags("q-bases", "a, b ,a")  # a string is a comma-separated list, not characters
    assert editor.item("q-bases").review.tags == ["a", "b"]
    _refused(editor, editor.add_tag, "q-bases", "  ", match="a tag needs some text")


# -- notes --------------------------------------------------------------------------------------


def test_add_note_stamps_author_and_time(editor: Editor, clock: Clock) -> None:
    note, changed = _run(editor, editor.add_note, "place-syria", "Line one\nline two  ")
    assert isinstance(note, Note)
    assert re.fullmatch(r"note-[0-9a-f]{10}", note.id)
    assert (note.author, note.created, note.updated, note.text) == ("alice", clock.last, clock.last, "Line one\nline two  ")
    assert editor.item("place-syria").review.notes == [note]
    assert changed == {"places[0].review"}
    assert note.id in editor.briefing.all_ids()
    _refused(editor, editor.add_note, "place-syria", "  \n ", match="a note needs some text")


def test_edit_note_keeps_author_and_created(editor: Editor, clock: Clock) -> None:
    note = editor.add_note("actor-putin", "first")
    created = note.created
    other = Editor(editor.briefing, author="bob", clock=clock)
    _, changed = _run(other, other.edit_note, "actor-putin", note.id, "second")
    stored = editor.item("actor-putin").review.notes[0]
    assert (stored.author, stored.created, stored.text) == ("alice", created, "second")
    assert stored.updated == clock.last != created
    assert editor.item("actor-putin").review.updated_by == "bob"
    assert changed == {
        "actors[0].review.notes[0].text",
        "actors[0].review.notes[0].updated",
        "actors[0].review.updated",
        "actors[0].review.updated_by",
    }
    _refused(editor, editor.edit_note, "actor-putin", note.id, " ", match="needs some text")
    _refused(editor, editor.edit_note, "actor-putin", "note-missing", "x", match="no note 'note-missing'")


def test_delete_note(editor: Editor) -> None:
    keep = editor.add_note("actor-putin", "keep")
    drop = editor.add_note("actor-putin", "drop")
    editor.delete_note("actor-putin", drop.id)
    assert [n.id for n in editor.item("actor-putin").review.notes] == [keep.id]
    _refused(editor, editor.delete_note, "actor-putin", drop.id, match="no note")
    _refused(editor, editor.delete_note, "actor-russia", keep.id, match="no note")


# -- open questions ---------------------------------------------------------------------------


def test_answer_dismiss_reopen(editor: Editor, clock: Clock) -> None:
    editor.dismiss_question("q-bases", "out of scope")
    q = editor.item("q-bases")
    assert (q.status, q.dismissal) == ("dismissed", "out of scope")
    editor.answer_question("q-bases", "Russia keeps Tartus.", confidence="low", likelihood="likely")
    q = editor.item("q-bases")
    assert q.status == "answered" and q.dismissal is None
    assert q.answer == Answer("Russia keeps Tartus.", "alice", clock.last, "low", "likely")
    assert (q.review.updated_by, q.review.updated) == ("alice", clock.last)
    editor.reopen_question("q-bases")
    q = editor.item("q-bases")
    assert q.status == "open" and q.answer is not None  # the answer stays for the record


def test_question_ops_refuse_bad_input(editor: Editor) -> None:
    _refused(editor, editor.answer_question, "actor-putin", "x", match="not an open question")
    _refused(editor, editor.answer_question, "q-bases", "  ", match="an answer needs some text")
    _refused(editor, editor.answer_question, "q-bases", "x", confidence="sure", match="unknown confidence")
    _refused(editor, editor.answer_question, "q-bases", "x", likelihood="probable", match="unknown likelihood")
    _refused(editor, editor.dismiss_question, "q-bases", " ", match="say why")
    _refused(editor, editor.dismiss_question, "kp-1", "why", match="not an open question")
    _refused(editor, editor.reopen_question, "place-syria", match="not an open question")


# -- fields and evidence ------------------------------------------------------------------------


def test_edit_fields_converts_and_checks(editor: Editor, clock: Clock) -> None:
    _, changed = _run(editor, editor.edit_fields, "asset-other", name="  Il-76 ", quantity="3", owner="actor-putin", location="")
    asset = editor.item("asset-other")
    assert (asset.name, asset.quantity, asset.owner, asset.location) == ("Il-76", 3, "actor-putin", None)
    assert changed == {"assets[2].name", "assets[2].quantity", "assets[2].owner", "assets[2].review"}
    editor.edit_fields("actor-putin", aliases="Putin, ,VVP ", role="President")
    actor = editor.item("actor-putin")
    assert (actor.aliases, actor.role) == (["Putin", "VVP"], "President")
    editor.edit_fields("asset-other", quantity=None, owner=None)
    assert (editor.item("asset-other").quantity, editor.item("asset-other").owner) == (None, None)


def test_edit_fields_refuses_bad_values(editor: Editor) -> None:
    _refused(editor, editor.edit_fields, "asset-other", quantity="many", match="whole number")
    _refused(editor, editor.edit_fields, "asset-other", quantity=-1, match="cannot be negative")
    _refused(editor, editor.edit_fields, "asset-other", owner="asset-tartus", match="must be the id of an actor")
    _refused(editor, editor.edit_fields, "asset-other", owner="actor-nobody", match="must be the id of an actor")
    _refused(editor, editor.edit_fields, "asset-other", name="  ", match="name cannot be empty")
    _refused(editor, editor.edit_fields, "asset-other", colour="red", match="'colour' cannot be edited")
    _refused(editor, editor.edit_fields, "actor-putin", quantity=1, match="'quantity' cannot be edited")
    _refused(editor, editor.edit_fields, "nobody", name="x", match="no item")


def test_span_comes_from_the_source_and_is_checked(editor: Editor) -> None:
    assert editor.span(17, 31) == Span(17, 31, "Vladimir Putin")
    n = len(editor.source_text)
    assert editor.span(n - 1, n).quote == editor.source_text[-1]
    for start, end in ((-1, 3), (5, 5), (9, 3), (0, n + 1)):
        with pytest.raises(OperationError, match="not inside the source text"):
            editor.span(start, end)
    blind = Editor(editor.briefing, author="x")
    with pytest.raises(OperationError, match="source text is not available"):
        blind.span(0, 1)


def test_add_and_remove_evidence(editor: Editor, clock: Clock) -> None:
    _, changed = _run(editor, editor.add_evidence, "actor-putin", editor.span(0, 5))
    assert [(s.start, s.end) for s in editor.item("actor-putin").evidence] == [(0, 5), (17, 31)]
    assert changed == {"actors[0].evidence", "actors[0].review"}
    _refused(editor, editor.add_evidence, "actor-putin", editor.span(17, 31), match="17-31 is already evidence")
    editor.remove_evidence("actor-putin", 1)
    assert [(s.start, s.end) for s in editor.item("actor-putin").evidence] == [(0, 5)]
    _refused(editor, editor.remove_evidence, "actor-putin", 1, match="no evidence #2")
    _refused(editor, editor.remove_evidence, "actor-putin", -1, match="no evidence #0")


# -- items --------------------------------------------------------------------------------------


def test_add_item_creates_a_stamped_item_with_a_fresh_id(editor: Editor, clock: Clock) -> None:
    span = editor.span(2475, 2489)
    item, changed = _run(editor, editor.add_item, "assets", evidence=[span], name="Port of Tartus 2", type="naval base", quantity="1", owner="actor-russia")
    assert isinstance(item, Asset)
    assert re.fullmatch(r"asset-port-of-tartus-2-[0-9a-f]{4}", item.id)
    assert editor.briefing.assets[-1] is item and editor.item(item.id) is item
    assert (item.name, item.type, item.quantity, item.owner, item.evidence) == ("Port of Tartus 2", "naval base", 1, "actor-russia", [span])
    assert (item.review.status, item.review.updated, item.review.updated_by) == ("unreviewed", clock.last, "alice")
    assert changed == {"assets"}
    for list_name, fields, cls_prefix in (
        ("actors", {"name": "Hayat Tahrir al-Sham", "kind": "armed group"}, "actor-hayat-tahrir-al-sham-"),
        ("key_points", {"text": "Bases at risk"}, "kp-bases-at-risk-"),
        ("open_questions", {"question": "Who holds Latakia?"}, "q-who-holds-latakia-"),
        ("places", {"name": "Latakia"}, "place-latakia-"),
    ):
        made = editor.add_item(list_name, **fields)
        assert made.id.startswith(cls_prefix)
        assert editor.briefing.item_list(list_name)[-1] is made
    assert len(editor.briefing.all_ids()) == len(set(editor.briefing.all_ids()))


def test_add_item_refuses_bad_input(editor: Editor) -> None:
    _refused(editor, editor.add_item, "vehicles", name="x", match="unknown item list 'vehicles'")
    _refused(editor, editor.add_item, "actors", kind="person", match="a new item needs a name")
    _refused(editor, editor.add_item, "actors", name=" ", match="name cannot be empty")
    _refused(editor, editor.add_item, "assets", name="x", owner="nobody", match="must be the id of an actor")
    _refused(editor, editor.add_item, "places", name="x", kind="city", match="'kind' cannot be edited")


def test_delete_actor_clears_the_owner_of_its_assets(editor: Editor) -> None:
    change, changed = _run(editor, editor.delete_item, "actor-russia")
    assert [a.id for a in editor.briefing.actors] == ["actor-putin"]
    assert [a.owner for a in editor.briefing.assets] == [None, None, None]
    assert changed == {"actors", "assets[0].owner", "assets[1].owner"}
    assert change.description == "deleted: Russia"
    _refused(editor, editor.delete_item, "actor-russia", match="no item")


def test_delete_other_items(editor: Editor) -> None:
    for item_id in ("kp-1", "asset-tartus", "q-bases", "place-syria"):
        editor.delete_item(item_id)
        assert editor.briefing.find(item_id) is None
    assert [a.id for a in editor.briefing.assets] == ["asset-khmeimim", "asset-other"]
    assert editor.item("asset-other").name == "Other"  # the index follows the shift


def test_set_summary_text(editor: Editor) -> None:
    _, changed = _run(editor, editor.set_summary_text, "New\nsummary")
    assert editor.briefing.summary.text == "New\nsummary"
    assert changed == {"summary.text"}
    editor.undo()
    assert editor.briefing.summary.text == "Russia's position in Syria collapsed.\nBases may be evacuated."


def test_default_author_comes_from_the_environment(small, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_AUTHOR", "carol")
    editor = Editor(small.briefing)
    assert editor.add_note("kp-1", "x").author == "carol"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", editor.item("kp-1").review.updated)


def test_actor_kinds_are_an_open_vocabulary(editor: Editor) -> None:
    editor.edit_fields("actor-putin", kind="head of state")
    assert isinstance(editor.item("actor-putin"), Actor)
    assert editor.item("actor-putin").kind == "head of state"


def test_text_that_cannot_be_saved_is_refused_everywhere(editor: Editor) -> None:
    bad = "broken \udc80 paste"
    _refused(editor, editor.add_note, "kp-1", bad, match="cannot be saved \\(U\\+DC80\\)")
    note = editor.add_note("kp-1", "fine")
    _refused(editor, editor.edit_note, "kp-1", note.id, bad, match="cannot be saved")
    _refused(editor, editor.add_tag, "kp-1", bad, match="cannot be saved")
    _refused(editor, editor.set_tags, "kp-1", ["ok", bad], match="cannot be saved")
    _refused(editor, editor.edit_fields, "actor-putin", name=bad, match="cannot be saved")
    _refused(editor, editor.edit_fields, "actor-putin", aliases=["x", bad], match="cannot be saved")
    _refused(editor, editor.add_item, "places", name=bad, match="cannot be saved")
    _refused(editor, editor.answer_question, "q-bases", bad, match="cannot be saved")
    _refused(editor, editor.dismiss_question, "q-bases", bad, match="cannot be saved")
    _refused(editor, editor.set_summary_text, bad, match="cannot be saved")
