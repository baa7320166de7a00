"""Regressions for merges that used to depend on which side was "ours" (found by the properties).

Plain examples, no hypothesis: both sides adding the same id in different lists, and unknown
keys that are not text (``0``) in a summary's or the briefing's ``extra``.
"""

from __future__ import annotations

import copy

import pytest

from tui.core.model import Actor, Answer, Briefing, Generator, KeyPoint, Note, OpenQuestion, Source, Summary
from tui.core.serialize import to_data
from tui.team.merge import MergeError, merge_briefings
from tui.team.resolve import resolve_all


def _empty() -> Briefing:
    return Briefing(source=Source(path=""), generator=Generator(name=""), summary=Summary(text="", points=[]))


def _outcome(base, ours, theirs, choice):
    try:
        merged = merge_briefings(base, ours, theirs).briefing
    except MergeError as exc:
        return ("refused", str(exc))
    return ("merged", to_data(resolve_all(merged, choice)))


def test_both_sides_adding_one_id_in_different_lists_is_refused_both_ways():
    base = _empty()
    x = _empty()
    x.summary.points.append(KeyPoint(id="  lead", text=""))
    x.summary.extra = {"": None, 0: None}  # a non-text key: the summary used to be taken whole
    x.open_questions.append(
        OpenQuestion(id="true", question="", status="answered", answer=Answer(text="", author="", created=""))
    )
    y = _empty()
    y.summary.text = " "
    y.actors.append(Actor(id="  lead", name="", kind=""))
    for ours, theirs in ((x, y), (y, x)):
        with pytest.raises(MergeError, match=r"duplicate id '  lead': both sides added it.*actors.*summary\.points"):
            merge_briefings(base, ours, theirs)
    assert _outcome(base, x, y, "ours") == _outcome(base, y, x, "theirs")


def test_both_sides_adding_one_note_id_to_different_items_is_refused_both_ways():
    base = _empty()
    base.actors = [Actor(id="a", name="A", kind=""), Actor(id="b", name="B", kind="")]
    x, y = copy.deepcopy(base), copy.deepcopy(base)
    x.actors[0].review.notes.append(Note(id="n", author="x", created="", updated="", text="on a"))
    y.actors[1].review.notes.append(Note(id="n", author="y", created="", updated="", text="on b"))
    for ours, theirs in ((x, y), (y, x)):
        with pytest.raises(MergeError, match="duplicate id 'n'"):
            merge_briefings(base, ours, theirs)


def test_the_same_id_added_in_the_same_list_still_merges():
    base = _empty()
    x, y = _empty(), _empty()
    x.actors.append(Actor(id="same", name="X", kind=""))
    y.actors.append(Actor(id="same", name="X", kind=""))
    merged = merge_briefings(base, x, y).briefing
    assert [a.id for a in merged.actors] == ["same"] and not merged.conflicts


def test_summary_with_a_non_text_extra_key_merges_field_by_field():
    base = _empty()
    x, y = _empty(), _empty()
    x.summary.extra = {0: "x"}
    x.summary.points.append(KeyPoint(id="kx", text="from x"))
    y.summary.points.append(KeyPoint(id="ky", text="from y"))
    for ours, theirs in ((x, y), (y, x)):
        merged = merge_briefings(base, ours, theirs).briefing
        assert {p.id for p in merged.summary.points} == {"kx", "ky"}
        assert merged.summary.extra == {0: "x"} and not merged.conflicts


def test_a_non_text_key_changed_two_ways_is_refused_both_ways_not_a_crash():
    base = _empty()
    x, y = _empty(), _empty()
    x.extra = {9: []}
    y.extra = {9: [True]}
    for ours, theirs in ((x, y), (y, x)):
        with pytest.raises(MergeError, match="unknown field 9 in the top level"):
            merge_briefings(base, ours, theirs)


def test_review_bookkeeping_tie_does_not_depend_on_which_side_is_ours():
    base = _empty()
    x, y = _empty(), _empty()
    x.open_questions.append(OpenQuestion(id="  lead", question="", status="open"))
    y.open_questions.append(OpenQuestion(id="  lead", question="", status="open"))
    y.open_questions[0].review.updated_by = ""  # set but empty, against absent on x
    one = to_data(merge_briefings(base, x, y).briefing)
    other = to_data(merge_briefings(base, y, x).briefing)
    assert one == other
