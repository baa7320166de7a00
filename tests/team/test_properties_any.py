"""Merge properties over arbitrary valid briefings (the core's nasty-text strategy), not just edits.

Ids, keys and text here hold anything the format allows (dots, brackets, newlines, RTL, YAML
look-alikes), unknown keys ride along in ``extra``: the merge must still be an identity when a
side is unchanged, symmetric, and produce a file that validates, or refuse both ways alike.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.strategies import briefings
from tui.core import dump_briefing
from tui.core.serialize import to_data
from tui.core.store import parse_briefing_text
from tui.team.merge import MergeError, merge_briefings
from tui.team.paths import Segment, format_path, parse_path
from tui.team.resolve import ResolveError, resolve_all

FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(briefings(), briefings())
def test_identity_on_arbitrary_briefings(base, x):
    assert merge_briefings(base, x, base).briefing == x
    assert merge_briefings(base, base, x).briefing == x
    assert merge_briefings(base, x, x).briefing == x


def _outcome(base, ours, theirs, choice):
    try:
        merged = merge_briefings(base, ours, theirs, ours_label="L", theirs_label="R").briefing
    except MergeError:
        return "refused"
    again, problems = parse_briefing_text(dump_briefing(merged), "merged.yaml")
    assert again == merged and not [p for p in problems if p.severity == "error"]
    try:
        return to_data(resolve_all(merged, choice))
    except ResolveError:
        return "unresolvable"


def _no_conflicts(briefing):
    # Conflicts already in a file name the sides of an earlier merge: symmetry is about new ones.
    briefing.conflicts = []
    return briefing


@FAST
@given(briefings().map(_no_conflicts), briefings().map(_no_conflicts), briefings().map(_no_conflicts))
def test_symmetry_on_arbitrary_briefings(base, x, y):
    assert _outcome(base, x, y, "ours") == _outcome(base, y, x, "theirs")


_texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_texts, st.none() | st.tuples(st.sampled_from(["id", "span"]), st.text(max_size=12))), min_size=1, max_size=4))
def test_paths_round_trip_any_key_and_id(parts):
    segments = [Segment(key, sel) for key, sel in parts]
    assert parse_path(format_path(segments)) == segments
