"""Model objects -> plain data in the canonical layout.

A fixed key order, empty optional fields left out, unknown keys (kept by the validator in each
object's ``extra``) written back after the known ones, so a newer file survives an older tool.
"""

from __future__ import annotations

from typing import Any

from .model import SCHEMA_VERSION, Actor, Asset, Briefing, KeyPoint, Note, OpenQuestion, Place, Review, Span


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != [] and value != {}:
        out[key] = value


def _with_extra(out: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    for key, value in extra.items():
        if key not in out:
            out[key] = value
    return out


def span_data(span: Span) -> dict[str, Any]:
    return _with_extra({"start": span.start, "end": span.end, "quote": span.quote}, span.extra)


def note_data(note: Note) -> dict[str, Any]:
    out = {
        "id": note.id,
        "author": note.author,
        "created": note.created,
        "updated": note.updated,
        "text": note.text,
    }
    return _with_extra(out, note.extra)


def review_data(review: Review) -> dict[str, Any]:
    out: dict[str, Any] = {"status": review.status}
    _put(out, "confidence", review.confidence)
    _put(out, "grading", review.grading)
    _put(out, "tags", list(review.tags))
    _put(out, "notes", [note_data(n) for n in review.notes])
    _put(out, "updated", review.updated)
    _put(out, "updated_by", review.updated_by)
    return _with_extra(out, review.extra)


def _finish_item(out: dict[str, Any], item: Any) -> dict[str, Any]:
    _put(out, "evidence", [span_data(s) for s in item.evidence])
    if not item.review.is_empty():
        out["review"] = review_data(item.review)
    return _with_extra(out, item.extra)


def item_data(item: Any) -> dict[str, Any]:
    """The canonical mapping of one item (actor, asset, question, key point or place)."""
    out: dict[str, Any] = {"id": item.id}
    if isinstance(item, Actor):
        out["name"] = item.name
        out["kind"] = item.kind
        _put(out, "aliases", list(item.aliases))
        _put(out, "role", item.role)
        _put(out, "affiliation", item.affiliation)
    elif isinstance(item, Asset):
        out["name"] = item.name
        out["type"] = item.type
        _put(out, "aliases", list(item.aliases))
        _put(out, "quantity", item.quantity)
        _put(out, "location", item.location)
        _put(out, "owner", item.owner)
        _put(out, "status", item.status)
    elif isinstance(item, OpenQuestion):
        out["question"] = item.question
        _put(out, "why", item.why)
        _put(out, "cue", item.cue)
        out["status"] = item.status
        if item.answer is not None:
            answer = {"text": item.answer.text, "author": item.answer.author, "created": item.answer.created}
            _put(answer, "confidence", item.answer.confidence)
            _put(answer, "likelihood", item.answer.likelihood)
            out["answer"] = _with_extra(answer, item.answer.extra)
        _put(out, "dismissal", item.dismissal)
    elif isinstance(item, KeyPoint):
        out["text"] = item.text
    elif isinstance(item, Place):
        out["name"] = item.name
    return _finish_item(out, item)


def to_data(briefing: Briefing) -> dict[str, Any]:
    """The canonical plain-data form of a briefing, ready to dump as YAML or JSON."""
    src = briefing.source
    source: dict[str, Any] = {"path": src.path}
    for key in ("sha256", "title", "date", "publisher", "url"):
        _put(source, key, getattr(src, key))
    gen = briefing.generator
    generator: dict[str, Any] = {"name": gen.name}
    for key in ("version", "engine", "engine_version", "generated"):
        _put(generator, key, getattr(gen, key))
    summary: dict[str, Any] = {"text": briefing.summary.text}
    _put(summary, "points", [item_data(p) for p in briefing.summary.points])
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": _with_extra(source, src.extra),
        "generator": _with_extra(generator, gen.extra),
        "summary": _with_extra(summary, briefing.summary.extra),
        "actors": [item_data(a) for a in briefing.actors],
        "assets": [item_data(a) for a in briefing.assets],
        "open_questions": [item_data(q) for q in briefing.open_questions],
    }
    _put(out, "places", [item_data(p) for p in briefing.places])
    if briefing.conflicts:
        out["conflicts"] = [
            _with_extra(
                {
                    "id": c.id,
                    "path": c.path,
                    "base": c.base,
                    "ours": c.ours,
                    "theirs": c.theirs,
                    "ours_label": c.ours_label,
                    "theirs_label": c.theirs_label,
                },
                c.extra,
            )
            for c in briefing.conflicts
        ]
    return _with_extra(out, briefing.extra)
