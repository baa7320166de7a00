"""Semantic three-way merge of briefings, keyed on item, note and span ids.

Two analysts who annotated copies of the same briefing must get one file back with everything
both wrote. The merge works on the canonical plain-data form of the three versions and walks
them together:

* a value changed on one side only takes that side; changed the same way on both, either;
* mappings merge key by key, so changes to different fields of one item combine;
* items, notes and (existing) conflicts merge by ``id``, evidence by span: additions on either
  side are kept (both adding notes keeps both), a deletion applies when the other side left the
  element alone, and a deletion against a modification keeps the modified element and records a
  conflict (annotations are never dropped silently);
* ``tags`` and ``aliases`` merge as sets;
* bookkeeping (``review.updated``/``review.updated_by``, ``notes[].updated``,
  ``generator.generated``) never conflicts: the latest time wins, ties broken by name so the
  merge does not depend on which side is "ours";
* the same meaningful field changed two ways is a :class:`~tui.core.model.Conflict` in
  ``briefing.conflicts`` (path, base, ours, theirs, labels); the merged file holds *our* value
  there until an analyst picks one (see :mod:`tui.team.resolve`).

Both sides adding the same new id in different places (a key point and an actor, notes on two
items) is refused, as is an unknown key that is not text (``0``) changed two ways (no path can
name it): either way the same whichever side is ours. The result is validated like a loaded
file; a merge that would not validate raises :class:`MergeError` instead of writing a broken
briefing.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from typing import Any

from tui.core.model import Briefing, Conflict
from tui.core.serialize import to_data
from tui.core.validate import from_data

from .paths import ID_KEYED, SET_LISTS, SPAN_KEYED, Segment, element_key, format_path, get_value, parse_path

_MISSING: Any = object()

#: Mappings that are taken whole (merging an answer field by field would mix two answers).
ATOMIC_KEYS = frozenset({"answer", "conflict"})
#: Mappings that always merge key by key, even when unknown keys that are not text ride along
#: (an ``extra`` key ``0`` in a summary or item): taking one of them whole would make the merged
#: file, and whether it validates, depend on which side is "ours", since they hold item and
#: note ids.
KEYWISE = frozenset({"summary", "item", "review"})


class MergeError(Exception):
    """The three versions cannot be merged into a valid briefing (message fit for the analyst)."""


@dataclass
class MergeResult:
    """The merged briefing and the conflicts this merge recorded in it."""

    briefing: Briefing
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when the merged briefing holds no conflicts at all (new or carried over)."""
        return not self.briefing.conflicts


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Give every item a ``review`` mapping so "never reviewed" and "unreviewed" compare equal."""
    data = copy.deepcopy(data)
    lists = [data.get("actors"), data.get("assets"), data.get("open_questions"), data.get("places")]
    summary = data.get("summary")
    if isinstance(summary, dict):
        lists.append(summary.get("points"))
    for items in lists:
        for item in items or []:
            if isinstance(item, dict) and "review" not in item:
                item["review"] = {"status": "unreviewed"}
    return data


def _latest(a: Any, b: Any) -> Any:
    """The later of two ISO 8601 UTC times (None counts as earliest)."""
    if a is None:
        return b
    if b is None:
        return a
    return max(str(a), str(b))


class _Merger:
    """One merge run: walks base/ours/theirs and collects conflicts."""

    def __init__(self) -> None:
        self.conflicts: list[dict[str, Any]] = []

    # -- conflicts ---------------------------------------------------------------------

    def conflict(self, path: list[Segment], base: Any, ours: Any, theirs: Any) -> None:
        self.conflicts.append(
            {
                "path": format_path(path),
                "base": None if base is _MISSING else copy.deepcopy(base),
                "ours": None if ours is _MISSING else copy.deepcopy(ours),
                "theirs": None if theirs is _MISSING else copy.deepcopy(theirs),
            }
        )

    # -- values ------------------------------------------------------------------------

    def value(self, path: list[Segment], key: str, base: Any, ours: Any, theirs: Any) -> Any:
        """Merge one value (``key`` is the mapping key it sits under, for list kinds).

        ``_MISSING`` stands for a key absent on that side; the result is ``_MISSING`` when the
        key should be left out.
        """
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        if key in ATOMIC_KEYS:
            self.conflict(path, base, ours, theirs)
            return ours
        result_if_conflict = ours
        # From here on an absent key reads as null (known fields are never written as null).
        base, ours, theirs = (None if v is _MISSING else v for v in (base, ours, theirs))
        if isinstance(ours, dict) and isinstance(theirs, dict) and (key in KEYWISE or _str_keys(base, ours, theirs)):
            return self.mapping(path, key, base if isinstance(base, dict) else {}, ours, theirs)
        if key in SET_LISTS and _is_list_or_none(ours) and _is_list_or_none(theirs) and _is_list_or_none(base):
            return _set_merge(base or [], ours or [], theirs or [])
        if (key in ID_KEYED or key in SPAN_KEYED) and all(isinstance(v, list) or v is None for v in (base, ours, theirs)):
            return self.keyed_list(path, key, base or [], ours or [], theirs or [])
        self.conflict(path, base, ours, theirs)
        return result_if_conflict

    def mapping(
        self, path: list[Segment], key: str, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
    ) -> dict[str, Any]:
        keys = list(ours) + [k for k in theirs if k not in ours]
        bookkeeping = _bookkeeping(key, path)
        out: dict[str, Any] = {}
        for k in keys:
            if k in bookkeeping:
                continue
            if not isinstance(k, str):
                merged = _non_text_key(path, k, base.get(k, _MISSING), ours.get(k, _MISSING), theirs.get(k, _MISSING))
            else:
                merged = self.value(
                    [*path, Segment(k)], k, base.get(k, _MISSING), ours.get(k, _MISSING), theirs.get(k, _MISSING)
                )
            if merged is not _MISSING:  # an explicit null (in unknown keys) is kept
                out[k] = merged
        if key == "review":
            # Who touched the review last: the later time wins, its author goes with it. Ties go
            # by name, then a set field ("") over an absent one, never by side: a tie left to
            # which side is ours would make the file depend on it.
            winner = ours if _touched(ours) >= _touched(theirs) else theirs
            for k in ("updated", "updated_by"):
                if winner.get(k) is not None:
                    out[k] = winner[k]
        elif bookkeeping:
            for k in bookkeeping:
                latest = _latest(ours.get(k), theirs.get(k))
                if latest is not None:
                    out[k] = latest
        return out

    def keyed_list(
        self, path: list[Segment], key: str, base: list[Any], ours: list[Any], theirs: list[Any]
    ) -> list[Any]:
        keyed = all(element_key(key, e) for e in (*base, *ours, *theirs))
        if not keyed or any(len({element_key(key, e) for e in side}) != len(side) for side in (base, ours, theirs)):
            # Not a list of uniquely keyed mappings after all (a hand edit, the same span twice):
            # matching elements is guesswork, so the whole list is one decision.
            self.conflict(path, base, ours, theirs)
            return ours
        b = {element_key(key, e): e for e in base}
        o = {element_key(key, e): e for e in ours}
        t = {element_key(key, e): e for e in theirs}
        added_o = [k for k in o if k not in b]
        added_t = [k for k in t if k not in b and k not in o]
        if added_o and added_t or any(k in t for k in added_o):
            # Both sides added: a side-independent order, so which analyst is "ours" does not
            # change the file.
            pos_o = {k: i for i, k in enumerate(o)}
            pos_t = {k: i for i, k in enumerate(t)}
            added = sorted(
                set(added_o) | set(added_t),
                key=lambda k: _added_order(key, k, o.get(k) or t.get(k), min(pos_o.get(k, 1 << 30), pos_t.get(k, 1 << 30))),
            )
        else:
            added = added_o or [k for k in t if k not in b]
        out: list[Any] = []
        for sel in [*b, *added]:
            here = [*path[:-1], Segment(path[-1].key, sel)]
            be, oe, te = b.get(sel, _MISSING), o.get(sel, _MISSING), t.get(sel, _MISSING)
            if be is not _MISSING and (oe is _MISSING or te is _MISSING):
                if oe is _MISSING and te is _MISSING:
                    continue  # deleted on both sides
                survivor = te if oe is _MISSING else oe
                if survivor == be:
                    continue  # deleted on one side, untouched on the other
                # Deleted on one side, changed on the other: keep it, and ask.
                self.conflict(here, be, oe, te)
                out.append(copy.deepcopy(survivor))
                continue
            if be is _MISSING and (oe is _MISSING or te is _MISSING):
                out.append(copy.deepcopy(oe if te is _MISSING else te))
                continue
            merged = self.value(here, _element_kind(key), be if be is not _MISSING else {}, oe, te)
            out.append(merged)
        if key in SPAN_KEYED:
            out.sort(key=lambda s: (s.get("start", 0), s.get("end", 0)))
        return out


def _touched(review: dict[str, Any]) -> tuple[Any, ...]:
    """Sort key for "who touched this review last" (equal keys mean equal bookkeeping)."""
    updated, by = review.get("updated"), review.get("updated_by")
    return (str(updated or ""), str(by or ""), updated is not None, by is not None)


def _str_keys(*values: Any) -> bool:
    """True when every mapping among ``values`` has only string keys (so paths can name them).

    Unknown keys may hold YAML mappings keyed by numbers or null; such a mapping is merged as
    one value rather than key by key.
    """
    return all(isinstance(k, str) for v in values if isinstance(v, dict) for k in v)


def _non_text_key(path: list[Segment], key: Any, base: Any, ours: Any, theirs: Any) -> Any:
    """Merge the value under a key that is not text (``0``, ``None``): a path cannot name it.

    Taken from the side that changed it; when both changed it differently no conflict can be
    recorded, so the merge is refused (the same whichever side is ours).
    """
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    where = format_path(path) or "the top level"
    raise MergeError(
        f"both sides changed the unknown field {key!r} in {where} differently, and a conflict "
        "cannot name a field whose name is not text: merge this file by hand"
    )


def _id_places(data: dict[str, Any]) -> dict[str, str]:
    """Where each item, note and conflict id sits: the path of its list (notes: of their item)."""
    places: dict[str, str] = {}

    def walk(items: Any, prefix: list[Segment], list_key: str) -> None:
        for element in items if isinstance(items, list) else []:
            sel = element_key(list_key, element)
            if sel is None:
                continue
            places.setdefault(sel[1], format_path([*prefix, Segment(list_key)]))
            review = element.get("review")
            if list_key != "conflicts" and isinstance(review, dict):
                walk(review.get("notes"), [*prefix, Segment(list_key, sel), Segment("review")], "notes")

    summary = data.get("summary")
    if isinstance(summary, dict):
        walk(summary.get("points"), [Segment("summary")], "points")
    for list_key in ("actors", "assets", "open_questions", "places", "conflicts"):
        walk(data.get(list_key), [], list_key)
    return places


def _check_id_collisions(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    """MergeError when both sides added the same new id in different places.

    Ids are unique across the whole briefing, so a key point ``x`` from one analyst and an actor
    ``x`` from the other cannot both be kept, and neither can be matched with the other.
    """
    b, o, t = _id_places(base), _id_places(ours), _id_places(theirs)
    clashes = sorted((i, o[i], t[i]) for i in o.keys() & t.keys() if i not in b and o[i] != t[i])
    if clashes:
        i, where_o, where_t = clashes[0]
        places = sorted((where_o, where_t))
        more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
        raise MergeError(
            f"duplicate id {i!r}: both sides added it, one in {places[0]} and the other in {places[1]}; "
            f"ids must be unique, so rename one of them and merge again{more}"
        )


def _is_list_or_none(value: Any) -> bool:
    return value is None or isinstance(value, list)


def _set_merge(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Tags and aliases: what either side removed goes, what either side added comes."""
    removed = [x for x in base if x not in ours or x not in theirs]
    kept = [x for x in base if x not in removed]
    added_o = [x for x in ours if x not in base]
    added_t = [x for x in theirs if x not in base]
    if added_o and added_t:
        added = sorted(set(added_o) | set(added_t), key=str)
    else:
        added = added_o or added_t
    out: list[Any] = []
    for x in [*kept, *added]:
        if x not in out:
            out.append(x)
    return out


def _element_kind(list_key: str) -> str:
    """The key under which a list element merges (used to spot reviews, notes, spans)."""
    return {"notes": "note", "evidence": "span", "conflicts": "conflict"}.get(list_key, "item")


def _added_order(list_key: str, sel: tuple[str, str], element: dict[str, Any], position: int) -> tuple[Any, ...]:
    """Where an element both sides' additions include goes: the same whichever side is ours.

    Notes go by creation time, spans by position in the text, items by their earliest position
    on either side (so two copies that added the same items in the same order keep it), then id.
    """
    if list_key == "notes":
        return (str(element.get("created") or ""), sel[1])
    if list_key in SPAN_KEYED:
        return (element.get("start", 0), element.get("end", 0))
    return (position, sel[1])


def _bookkeeping(key: str, path: list[Segment]) -> tuple[str, ...]:
    """The bookkeeping fields of the mapping under ``key`` (merged by rule, never conflicts)."""
    if key == "review":
        return ("updated", "updated_by")
    if key == "note":
        return ("updated",)
    if key == "generator" and len(path) == 1:
        return ("generated",)
    return ()


def _conflict_id(path: str, taken: set[str]) -> str:
    """A stable id derived from the path (the same on both sides of a symmetric merge)."""
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()
    candidate = f"conflict-{digest[:10]}"
    n = 2
    while candidate in taken:
        candidate = f"conflict-{digest[:10]}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _data_ids(data: dict[str, Any]) -> set[str]:
    ids: set[str] = set()
    summary = data.get("summary") or {}
    for items in (summary.get("points"), data.get("actors"), data.get("assets"), data.get("open_questions"), data.get("places"), data.get("conflicts")):
        for item in items or []:
            if isinstance(item, dict):
                ids.add(str(item.get("id")))
                for note in (item.get("review") or {}).get("notes") or []:
                    if isinstance(note, dict):
                        ids.add(str(note.get("id")))
    return ids


def _who(data: dict[str, Any], base: dict[str, Any], path: str) -> str | None:
    """Who made this side's change: the ``updated_by`` of the item the path is in, if it moved."""
    segments = parse_path(path)
    depth = 2 if segments[0].key == "summary" else 1
    item_path = format_path(segments[:depth])
    item = get_value(data, item_path)
    if not isinstance(item, dict):
        return None
    review = item.get("review") or {}
    before = get_value(base, item_path) or {}
    if review.get("updated_by") and review != (before.get("review") or {}):
        return str(review["updated_by"])
    return None


def _label(who: str | None, side: str) -> str:
    if who and side and who != side:
        return f"{who} ({side})"
    return who or side


def _restore_cascaded_owners(merger: _Merger, base: dict, ours: dict, theirs: dict, out: dict) -> None:
    """An actor kept because the other side annotated it gets its assets back.

    Deleting an actor clears the ``owner`` of its assets on that side (as the app does); when the
    deletion turns into a conflict instead, those cleared owners must not win silently, so an
    owner the keeping side still has is put back (choosing the deletion clears it again).
    """
    kept = {}
    for c in merger.conflicts:
        segments = parse_path(c["path"])
        if len(segments) == 1 and segments[0].key == "actors" and segments[0].selector:
            if c["ours"] is None and c["theirs"] is not None:
                kept[segments[0].selector[1]] = theirs
            elif c["theirs"] is None and c["ours"] is not None:
                kept[segments[0].selector[1]] = ours
    if not kept:
        return

    def owners(data: dict) -> dict[str, Any]:
        return {a.get("id"): a.get("owner") for a in data.get("assets") or [] if isinstance(a, dict)}

    base_owner = owners(base)
    side_owner = {id(ours): owners(ours), id(theirs): owners(theirs)}
    for asset in out.get("assets") or []:
        if not isinstance(asset, dict) or asset.get("owner") is not None:
            continue
        was = base_owner.get(asset.get("id"))
        if was in kept and side_owner[id(kept[was])].get(asset.get("id")) == was:
            asset["owner"] = was


def _repair_owners(merger: _Merger, base: dict, ours: dict, theirs: dict, out: dict) -> None:
    """An asset whose owner one side deleted: keep the actor and record the deletion as a conflict."""
    _restore_cascaded_owners(merger, base, ours, theirs, out)
    actor_ids = {a.get("id") for a in out.get("actors") or [] if isinstance(a, dict)}
    wanted = [asset.get("owner") for asset in out.get("assets") or [] if isinstance(asset, dict)]
    # An owner either side may still pick in a conflict must exist too, or picking it would fail.
    for c in merger.conflicts:
        if c["path"].startswith("assets[") and c["path"].endswith(".owner"):
            wanted.extend((c["base"], c["ours"], c["theirs"]))
    for owner in wanted:
        if not isinstance(owner, str) or owner in actor_ids:
            continue
        found = {
            name: next((a for a in side.get("actors") or [] if isinstance(a, dict) and a.get("id") == owner), _MISSING)
            for name, side in (("base", base), ("ours", ours), ("theirs", theirs))
        }
        keep = found["ours"] if found["ours"] is not _MISSING else found["theirs"]
        if keep is _MISSING:
            continue  # nobody has it: leave it to validation to name the dangling owner
        out.setdefault("actors", []).append(copy.deepcopy(keep))
        actor_ids.add(owner)
        merger.conflict([Segment("actors", ("id", owner))], found["base"], found["ours"], found["theirs"])


def merge_data(
    base: dict[str, Any],
    ours: dict[str, Any],
    theirs: dict[str, Any],
    *,
    ours_label: str = "ours",
    theirs_label: str = "theirs",
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Merge three briefings in plain-data form; returns (merged data, new conflict mappings)."""
    base, ours, theirs = _normalise(base), _normalise(ours), _normalise(theirs)
    _check_id_collisions(base, ours, theirs)
    merger = _Merger()
    out = merger.mapping([], "", base, ours, theirs)
    _repair_owners(merger, base, ours, theirs, out)
    taken = _data_ids(out)
    new: list[dict[str, Any]] = []
    for c in merger.conflicts:
        c = {
            "id": _conflict_id(c["path"], taken),
            **c,
            "ours_label": _label(_who(ours, base, c["path"]), ours_label),
            "theirs_label": _label(_who(theirs, base, c["path"]), theirs_label),
        }
        new.append(c)
    if new:
        out["conflicts"] = [*(out.get("conflicts") or []), *new]
    return out, new


def merge_briefings(
    base: Briefing,
    ours: Briefing,
    theirs: Briefing,
    *,
    ours_label: str = "ours",
    theirs_label: str = "theirs",
) -> MergeResult:
    """Three-way merge of briefing models; MergeError when the result would not validate."""
    data, new = merge_data(to_data(base), to_data(ours), to_data(theirs), ours_label=ours_label, theirs_label=theirs_label)
    briefing, problems = from_data(data)
    errors = [p for p in problems if p.severity == "error"]
    if briefing is None or errors:
        raise MergeError("the merged briefing would not be valid: " + "; ".join(p.format("merged") for p in errors[:5]))
    conflicts = [c for c in briefing.conflicts if c.id in {n["id"] for n in new}]
    return MergeResult(briefing, conflicts)
