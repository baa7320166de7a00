"""Property-based tests of the merge: identities, symmetry, validity and nothing lost.

Each side is the bundled briefing after a random sequence of real editor operations (review
decisions, confidence, grading, tags, notes added/edited/deleted, items added/deleted, questions
answered/dismissed, summary and field edits), so the two sides collide on the same items often.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BUNDLED
from tests.team.checks import assert_nothing_lost
from tests.team.conftest import clock
from tui.core import Editor, OperationError, dump_briefing, load_briefing
from tui.core.model import CONFIDENCE_LEVELS, REVIEW_STATUSES
from tui.core.serialize import to_data
from tui.core.store import parse_briefing_text
from tui.team.merge import merge_briefings
from tui.team.resolve import ResolveError, resolve_all

BASE = load_briefing(BUNDLED, load_source=False).briefing
TEXTS = st.sampled_from(["ok", "check imagery", "two\nlines", "yes", "null", "é ✓", "  padded  "])
TAGS = st.lists(st.sampled_from(["imagery", "logistics", "osint", "hedge"]), max_size=3)

OPS = st.one_of(
    st.tuples(st.just("status"), st.integers(0, 999), st.sampled_from(REVIEW_STATUSES)),
    st.tuples(st.just("confidence"), st.integers(0, 999), st.sampled_from([None, *CONFIDENCE_LEVELS])),
    st.tuples(st.just("grading"), st.integers(0, 999), st.sampled_from([None, "A1", "B2", "F6"])),
    st.tuples(st.just("tags"), st.integers(0, 999), TAGS),
    st.tuples(st.just("add_note"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("edit_note"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("delete_note"), st.integers(0, 999), st.none()),
    st.tuples(st.just("delete_item"), st.integers(0, 999), st.none()),
    st.tuples(st.just("add_item"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("answer"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("dismiss"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("summary"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("role"), st.integers(0, 999), TEXTS),
    st.tuples(st.just("owner"), st.integers(0, 999), st.integers(0, 999)),
)


def _apply(editor: Editor, op: tuple) -> None:
    kind, n, value = op
    b = editor.briefing
    items = [item for _, item in b.iter_items()]
    item = items[n % len(items)] if items else None
    try:
        if kind == "status" and item:
            editor.set_status(item.id, value)
        elif kind == "confidence" and item:
            editor.set_confidence(item.id, value)
        elif kind == "grading" and item:
            editor.set_grading(item.id, value)
        elif kind == "tags" and item:
            editor.set_tags(item.id, value)
        elif kind == "add_note" and item:
            editor.add_note(item.id, value)
        elif kind == "edit_note" and item and item.review.notes:
            editor.edit_note(item.id, item.review.notes[n % len(item.review.notes)].id, value)
        elif kind == "delete_note" and item and item.review.notes:
            editor.delete_note(item.id, item.review.notes[n % len(item.review.notes)].id)
        elif kind == "delete_item" and item:
            editor.delete_item(item.id)
        elif kind == "add_item":
            editor.add_item(("actors", "places", "open_questions")[n % 3], **{("question" if n % 3 == 2 else "name"): value})
        elif kind in ("answer", "dismiss") and b.open_questions:
            q = b.open_questions[n % len(b.open_questions)]
            if kind == "answer":
                editor.answer_question(q.id, value, likelihood="likely")
            else:
                editor.dismiss_question(q.id, value)
        elif kind == "summary":
            editor.set_summary_text(value)
        elif kind == "role" and b.actors:
            editor.edit_fields(b.actors[n % len(b.actors)].id, role=value)
        elif kind == "owner" and b.actors and b.assets:
            editor.edit_fields(b.assets[n % len(b.assets)].id, owner=b.actors[value % len(b.actors)].id)
    except OperationError:
        pass  # an operation the editor refuses (e.g. empty text) simply does not happen


def side(ops: list[tuple], author: str, minute: int):
    editor = Editor(copy.deepcopy(BASE), author=author, clock=clock(minute))
    for op in ops:
        _apply(editor, op)
    return editor.briefing


SIDES = st.lists(OPS, max_size=8)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(SIDES)
def test_merge_with_an_unchanged_side_is_the_other_side(ops):
    x = side(ops, "alice", 1)
    assert merge_briefings(BASE, x, BASE).briefing == x
    assert merge_briefings(BASE, BASE, x).briefing == x
    assert merge_briefings(BASE, x, x).briefing == x


def _conflict_view(briefing, swap: bool):
    out = set()
    for c in briefing.conflicts:
        ours, theirs = (c.theirs, c.ours) if swap else (c.ours, c.theirs)
        lo, lt = (c.theirs_label, c.ours_label) if swap else (c.ours_label, c.theirs_label)
        out.add((c.id, c.path, repr(c.base), repr(ours), repr(theirs), lo, lt))
    return out


def _settle(briefing, choice):
    try:
        return to_data(resolve_all(briefing, choice))
    except ResolveError as exc:
        return ("unresolvable", str(exc))


@FAST
@given(SIDES, SIDES, st.sampled_from([(1, 2), (2, 1), (1, 1)]))
def test_merge_is_symmetric_up_to_the_side_named_in_conflicts(ops_x, ops_y, minutes):
    x = side(ops_x, "alice", minutes[0])
    y = side(ops_y, "bob", minutes[1])
    xy = merge_briefings(BASE, x, y, ours_label="X", theirs_label="Y").briefing
    yx = merge_briefings(BASE, y, x, ours_label="Y", theirs_label="X").briefing
    assert _conflict_view(xy, swap=False) == _conflict_view(yx, swap=True)
    assert _settle(xy, "ours") == _settle(yx, "theirs")
    assert _settle(xy, "theirs") == _settle(yx, "ours")


@FAST
@given(SIDES, SIDES)
def test_merge_is_valid_and_loses_nothing_silently(ops_x, ops_y):
    x = side(ops_x, "alice", 1)
    y = side(ops_y, "bob", 2)
    merged = merge_briefings(BASE, x, y).briefing
    again, problems = parse_briefing_text(dump_briefing(merged), "merged.yaml")
    assert not [p for p in problems if p.severity == "error"]
    assert again == merged
    assert_nothing_lost(BASE, x, merged)
    assert_nothing_lost(BASE, y, merged)
    # every conflict can be settled either way into a valid, conflict-free briefing
    for choice in ("ours", "theirs"):
        settled = resolve_all(merged, choice)
        assert settled.conflicts == []


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, max_size=20), st.lists(OPS, max_size=20))
def test_merge_long_fuzz(ops_x, ops_y):
    x = side(ops_x, "alice", 1)
    y = side(ops_y, "bob", 2)
    merged = merge_briefings(BASE, x, y).briefing
    assert_nothing_lost(BASE, x, merged)
    assert_nothing_lost(BASE, y, merged)
    for choice in ("ours", "theirs"):
        assert resolve_all(merged, choice).conflicts == []
