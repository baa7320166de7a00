"""Three-way merge of briefing models: what combines, what conflicts, and that nothing is lost."""

from __future__ import annotations

import pytest

from tests.team.conftest import analyst, ids
from tui.core import dump_briefing
from tui.core.model import Span
from tui.core.store import parse_briefing_text
from tui.team.merge import MergeError, merge_briefings
from tui.team.paths import get_value
from tui.core.serialize import to_data


def _roundtrip(briefing):
    """The merged briefing written and read back: it must be a valid file."""
    again, problems = parse_briefing_text(dump_briefing(briefing), "merged.yaml")
    assert not [p for p in problems if p.severity == "error"]
    return again


def test_changes_to_different_items_combine(base):
    a, b = ids(base, "actors")[:2]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(a, "accepted")
    bob.set_status(b, "flagged")
    result = merge_briefings(base, alice.briefing, bob.briefing)
    merged = _roundtrip(result.briefing)
    assert merged.get(a).review.status == "accepted"
    assert merged.get(a).review.updated_by == "alice"
    assert merged.get(b).review.status == "flagged"
    assert merged.get(b).review.updated_by == "bob"
    assert merged.conflicts == [] and result.clean


def test_different_fields_of_one_item_combine_and_bookkeeping_takes_the_latest(base):
    item = ids(base, "assets")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_confidence(item, "high")
    alice.add_tag(item, "imagery")
    bob.set_grading(item, "B2")
    bob.add_tag(item, "logistics")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    review = merged.get(item).review
    assert review.confidence == "high"
    assert review.grading == "B2"
    assert sorted(review.tags) == ["imagery", "logistics"]
    # bob's clock is later: his stamp wins, and the bookkeeping is never a conflict
    assert (review.updated_by, review.updated) == ("bob", bob.briefing.get(item).review.updated)
    assert merged.conflicts == []
    # symmetric: the side does not decide the bookkeeping
    swapped = merge_briefings(base, bob.briefing, alice.briefing).briefing.get(item).review
    assert (swapped.updated_by, swapped.updated) == (review.updated_by, review.updated)


def test_same_field_two_ways_is_a_recorded_conflict(base):
    item = ids(base, "actors")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(item, "accepted")
    bob.set_status(item, "rejected")
    result = merge_briefings(base, alice.briefing, bob.briefing, ours_label="main", theirs_label="bob-branch")
    merged = _roundtrip(result.briefing)
    assert len(merged.conflicts) == 1
    conflict = merged.conflicts[0]
    assert conflict.path == f"actors[id={item}].review.status"
    assert (conflict.base, conflict.ours, conflict.theirs) == ("unreviewed", "accepted", "rejected")
    assert "alice" in conflict.ours_label and "main" in conflict.ours_label
    assert "bob" in conflict.theirs_label
    assert merged.get(item).review.status == "accepted"  # ours stays until someone chooses
    assert not result.clean and [c.id for c in result.conflicts] == [conflict.id]


def test_same_field_same_way_is_no_conflict(base):
    item = ids(base, "actors")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(item, "accepted")
    bob.set_status(item, "accepted")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    assert merged.get(item).review.status == "accepted" and merged.conflicts == []


def test_both_adding_notes_keeps_both_in_time_order(base):
    item = ids(base, "actors")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    n1 = alice.add_note(item, "Check the Maxar archive.")
    n2 = bob.add_note(item, "Second source needed.\nSee ISW.")
    for ours, theirs in ((alice, bob), (bob, alice)):
        merged = _roundtrip(merge_briefings(base, ours.briefing, theirs.briefing).briefing)
        notes = merged.get(item).review.notes
        assert [(n.id, n.author, n.text) for n in notes] == [
            (n1.id, "alice", n1.text),
            (n2.id, "bob", n2.text),
        ]
        assert merged.conflicts == []


def test_note_edited_on_both_sides_conflicts_on_its_text(base):
    item = ids(base, "assets")[0]
    lead = analyst(base, "lead", 0)
    note = lead.add_note(item, "first draft")
    start = lead.briefing
    alice, bob = analyst(start, "alice", 1), analyst(start, "bob", 2)
    alice.edit_note(item, note.id, "alice's text")
    bob.edit_note(item, note.id, "bob's text")
    merged = merge_briefings(start, alice.briefing, bob.briefing).briefing
    assert [c.path for c in merged.conflicts] == [f"assets[id={item}].review.notes[id={note.id}].text"]
    assert (merged.conflicts[0].ours, merged.conflicts[0].theirs) == ("alice's text", "bob's text")
    assert merged.get(item).review.notes[0].updated == bob.briefing.get(item).review.notes[0].updated


def test_note_deleted_on_one_side_and_edited_on_the_other_is_kept(base):
    item = ids(base, "assets")[0]
    lead = analyst(base, "lead", 0)
    note = lead.add_note(item, "first draft")
    start = lead.briefing
    alice, bob = analyst(start, "alice", 1), analyst(start, "bob", 2)
    alice.delete_note(item, note.id)
    bob.edit_note(item, note.id, "bob still needs this")
    merged = merge_briefings(start, alice.briefing, bob.briefing).briefing
    assert [n.text for n in merged.get(item).review.notes] == ["bob still needs this"]
    (conflict,) = merged.conflicts
    assert conflict.path == f"assets[id={item}].review.notes[id={note.id}]"
    assert conflict.ours is None and conflict.theirs["text"] == "bob still needs this"


def test_note_deleted_on_one_side_untouched_on_the_other_goes(base):
    item = ids(base, "assets")[0]
    lead = analyst(base, "lead", 0)
    note = lead.add_note(item, "obsolete")
    start = lead.briefing
    alice, bob = analyst(start, "alice", 1), analyst(start, "bob", 2)
    alice.delete_note(item, note.id)
    bob.set_status(ids(base, "actors")[0], "accepted")
    merged = merge_briefings(start, alice.briefing, bob.briefing).briefing
    assert merged.get(item).review.notes == [] and merged.conflicts == []


def test_deleting_an_item_the_other_side_annotated_keeps_it_with_a_conflict(base):
    item = ids(base, "actors")[1]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.delete_item(item)
    note = bob.add_note(item, "This actor matters.")
    for ours, theirs, deleted_side in ((alice, bob, "ours"), (bob, alice, "theirs")):
        merged = _roundtrip(merge_briefings(base, ours.briefing, theirs.briefing).briefing)
        kept = merged.get(item)
        assert [n.id for n in kept.review.notes] == [note.id]
        (conflict,) = merged.conflicts
        assert conflict.path == f"actors[id={item}]"
        assert getattr(conflict, deleted_side) is None
        other = "theirs" if deleted_side == "ours" else "ours"
        assert getattr(conflict, other)["review"]["notes"][0]["text"] == "This actor matters."
        # the item keeps its place in the list
        assert ids(merged, "actors").index(item) == ids(base, "actors").index(item)


def test_deleting_an_untouched_item_applies(base):
    item = ids(base, "open_questions")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.delete_item(item)
    bob.set_status(ids(base, "actors")[0], "accepted")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    assert merged.find(item) is None and merged.conflicts == []


def test_items_added_on_both_sides_are_all_kept(base):
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    a = alice.add_item("actors", name="Wagner Group", kind="armed group")
    b = bob.add_item("actors", name="Hayat Tahrir al-Sham", kind="armed group")
    merged = _roundtrip(merge_briefings(base, alice.briefing, bob.briefing).briefing)
    names = [x.name for x in merged.actors]
    assert names[: len(base.actors)] == [x.name for x in base.actors]
    assert {a.id, b.id} <= set(ids(merged, "actors"))
    assert len(merged.actors) == len(base.actors) + 2


def test_tags_merge_as_sets(base):
    item = ids(base, "actors")[0]
    lead = analyst(base, "lead", 0)
    lead.set_tags(item, ["keep", "drop-a", "drop-b"])
    start = lead.briefing
    alice, bob = analyst(start, "alice", 1), analyst(start, "bob", 2)
    alice.set_tags(item, ["keep", "drop-b", "new-a"])  # removes drop-a
    bob.set_tags(item, ["keep", "drop-a", "new-b"])  # removes drop-b
    merged = merge_briefings(start, alice.briefing, bob.briefing).briefing
    assert merged.get(item).review.tags == ["keep", "new-a", "new-b"]
    assert merged.conflicts == []


def test_evidence_merges_by_span(base):
    item = next(x.id for x in base.actors if x.evidence)
    first = base.get(item).evidence[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.add_evidence(item, Span(0, 5, "x" * 5))
    bob.remove_evidence(item, 0)
    bob.add_evidence(item, Span(20, 22, "zz"))
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    spans = [(s.start, s.end) for s in merged.get(item).evidence]
    original = {(s.start, s.end) for s in base.get(item).evidence} - {(first.start, first.end)}
    assert spans == sorted({*original, (0, 5), (20, 22)})
    assert merged.conflicts == []


def test_question_answered_and_dismissed_conflicts_on_status(base):
    q = ids(base, "open_questions")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.answer_question(q, "Tartus stays under lease.", likelihood="likely")
    bob.dismiss_question(q, "out of scope")
    merged = _roundtrip(merge_briefings(base, alice.briefing, bob.briefing).briefing)
    paths = {c.path for c in merged.conflicts}
    assert f"open_questions[id={q}].status" in paths
    question = merged.get(q)
    assert question.answer.text == "Tartus stays under lease." and question.dismissal == "out of scope"


def test_answers_given_two_ways_conflict_as_a_whole(base):
    q = ids(base, "open_questions")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.answer_question(q, "yes", confidence="low")
    bob.answer_question(q, "no", confidence="high")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    (conflict,) = merged.conflicts
    assert conflict.path == f"open_questions[id={q}].answer"
    assert conflict.ours["text"] == "yes" and conflict.theirs["text"] == "no"


def test_owner_deleted_on_one_side_and_assigned_on_the_other_keeps_the_actor(base):
    actor = ids(base, "actors")[2]
    asset = next(a.id for a in base.assets if a.owner != actor)
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.delete_item(actor)
    bob.edit_fields(asset, owner=actor)
    merged = _roundtrip(merge_briefings(base, alice.briefing, bob.briefing).briefing)
    assert merged.get(asset).owner == actor
    assert merged.find(actor) is not None
    assert f"actors[id={actor}]" in {c.path for c in merged.conflicts}


def test_unchanged_sides_give_the_other_side_exactly(base):
    alice = analyst(base, "alice", 1)
    alice.set_status(ids(base, "actors")[0], "accepted")
    alice.add_note(ids(base, "assets")[0], "n")
    assert merge_briefings(base, alice.briefing, base).briefing == alice.briefing
    assert merge_briefings(base, base, alice.briefing).briefing == alice.briefing


def test_existing_conflicts_are_carried_over_and_conflict_ids_are_unique(base):
    item = ids(base, "actors")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(item, "accepted")
    bob.set_status(item, "rejected")
    first = merge_briefings(base, alice.briefing, bob.briefing).briefing
    carol = analyst(base, "carol", 3)
    carol.set_grading(item, "A1")
    second = merge_briefings(base, first, carol.briefing).briefing
    assert [c.path for c in second.conflicts] == [f"actors[id={item}].review.status"]
    assert second.get(item).review.grading == "A1"
    all_ids = [c.id for c in second.conflicts]
    assert len(all_ids) == len(set(all_ids))


def test_summary_text_changed_two_ways_conflicts(base):
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_summary_text("alice's summary")
    bob.set_summary_text("bob's summary")
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    (conflict,) = merged.conflicts
    assert conflict.path == "summary.text"
    assert get_value(to_data(merged), "summary.text") == "alice's summary"


def test_a_merge_that_cannot_validate_raises(base):
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    a = alice.add_item("actors", name="Same")
    # bob's new place reuses alice's new actor id: the merged file would hold a duplicate id
    bob.add_item("places", name="Somewhere")
    broken = bob.briefing
    broken.places[-1].id = a.id
    with pytest.raises(MergeError, match="duplicate id"):
        merge_briefings(base, alice.briefing, broken)


def test_a_list_with_the_same_span_twice_is_decided_as_a_whole(base):
    item = next(x.id for x in base.actors if x.evidence)
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.add_evidence(item, Span(0, 3, "abc"))
    alice.add_evidence(item, Span(0, 3, "xyz"))  # same span, different quote (a hand edit)
    bob.add_evidence(item, Span(5, 6, "q"))
    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    (conflict,) = merged.conflicts
    assert conflict.path == f"actors[id={item}].evidence"
    assert [s["quote"] for s in conflict.ours if s["start"] == 0] == ["abc", "xyz"]
    assert any(s["start"] == 5 for s in conflict.theirs)
