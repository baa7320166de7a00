"""The analysts' annotations as W3C Web Annotation JSON-LD (an ``AnnotationCollection``).

Every note becomes an ``Annotation`` with motivation ``commenting``; every review decision
(status, confidence, grading) one with ``assessing``; every open question one with
``questioning``, and its answer one with ``replying``. Each targets the source text at the
item's evidence spans with both a ``TextQuoteSelector`` (exact text with 32 characters of
prefix and suffix, which survives small edits of the source) and a ``TextPositionSelector``
(``start``/``end`` in Unicode code points, end exclusive, the same offsets as the briefing).
An item without evidence targets the whole source.

The source is named by its URL when the briefing has one, else by an RFC 6920 ``ni:`` URI of
its sha256 (the same bytes give the same name anywhere). A span whose quote no longer matches
the source at its offsets is re-found by its quote (the occurrence nearest the old offset);
one that cannot be found keeps its quote selector only, never a wrong position.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from tui.core.model import Briefing, OpenQuestion, Span

from .common import (
    briefing_key,
    created_time,
    derived_uuid,
    filter_briefing,
    grading_text,
    iso,
    item_time,
    latest,
    parse_time,
)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Characters of context kept on each side of a quote.
CONTEXT_CHARS = 32


def source_iri(briefing: Briefing) -> str:
    """The IRI of the source text: its URL, else ``ni:///sha-256;...``, else a derived URN."""
    src = briefing.source
    if src.url:
        return src.url
    if src.sha256:
        try:
            digest = bytes.fromhex(src.sha256)
        except ValueError:
            digest = b""
        if len(digest) == 32:
            return "ni:///sha-256;" + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    return f"urn:uuid:{derived_uuid(briefing_key(briefing), 'source')}"


def anchor(span: Span, source_text: str | None) -> tuple[int | None, int | None]:
    """Where the span's quote is in the source: its own offsets, re-found nearby, or (None, None)."""
    if source_text is None:
        return span.start, span.end
    if 0 <= span.start <= span.end <= len(source_text) and source_text[span.start : span.end] == span.quote:
        return span.start, span.end
    if not span.quote:
        return None, None
    hits = []
    at = source_text.find(span.quote)
    while at != -1:
        hits.append(at)
        at = source_text.find(span.quote, at + 1)
    if not hits:
        return None, None
    best = min(hits, key=lambda h: abs(h - span.start))
    return best, best + len(span.quote)


def selectors(span: Span, source_text: str | None) -> list[dict[str, Any]]:
    """The quote selector (with context when the source is at hand) and the position selector."""
    start, end = anchor(span, source_text)
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": span.quote}
    if source_text is not None and start is not None and end is not None:
        quote["exact"] = source_text[start:end]
        quote["prefix"] = source_text[max(0, start - CONTEXT_CHARS) : start]
        quote["suffix"] = source_text[end : end + CONTEXT_CHARS]
    out = [quote]
    if start is not None and end is not None:
        out.append({"type": "TextPositionSelector", "start": start, "end": end})
    return out


class _Builder:
    def __init__(self, briefing: Briefing, source_text: str | None) -> None:
        self.b = briefing
        self.text = source_text
        self.key = briefing_key(briefing)
        self.source = source_iri(briefing)
        self.items: list[dict[str, Any]] = []

    def urn(self, *parts: str) -> str:
        return f"urn:uuid:{derived_uuid(self.key, 'annotation', *parts)}"

    def targets(self, item: Any) -> list[dict[str, Any]]:
        if not item.evidence:
            return [{"type": "SpecificResource", "source": self.source}]
        return [
            {"type": "SpecificResource", "source": self.source, "selector": selectors(span, self.text)}
            for span in item.evidence
        ]

    @staticmethod
    def person(name: str | None) -> dict[str, Any]:
        name = name or "unknown"
        return {"id": f"urn:uuid:{derived_uuid('analyst', name)}", "type": "Person", "nickname": name}

    def software(self) -> dict[str, Any]:
        gen = self.b.generator
        return {"type": "Software", "name": " ".join(x for x in (gen.name, gen.version) if x)}

    def identifying(self, item: Any) -> dict[str, Any]:
        """A body naming the item the evidence stands for (``actor: Vladimir Putin``)."""
        return {
            "type": "TextualBody",
            "purpose": "identifying",
            "format": "text/plain",
            "value": f"{item.kind_name}: {item.label} ({item.id})",
        }

    def tags(self, item: Any) -> list[dict[str, Any]]:
        return [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in item.review.tags]

    def note(self, item: Any) -> None:
        for note in item.review.notes:
            created = parse_time(note.created) or created_time(self.b)
            self.items.append(
                {
                    "id": self.urn(item.id, note.id),
                    "type": "Annotation",
                    "motivation": "commenting",
                    "creator": self.person(note.author),
                    "created": iso(created),
                    "modified": iso(latest(created, parse_time(note.updated))),
                    "body": [
                        {"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": note.text},
                        self.identifying(item),
                    ],
                    "target": self.targets(item),
                }
            )

    def assessment(self, item: Any) -> None:
        review = item.review
        if review.status == "unreviewed" and not review.confidence and not review.grading:
            return
        words = [review.status]
        if review.confidence:
            words.append(f"confidence {review.confidence} (ICD 203)")
        graded = grading_text(review.grading)
        if graded:
            words.append(f"grading {graded} (Admiralty)")
        when = iso(item_time(self.b, item))
        self.items.append(
            {
                "id": self.urn(item.id, "assessment"),
                "type": "Annotation",
                "motivation": "assessing",
                "creator": self.person(review.updated_by),
                "created": when,
                "modified": when,
                "body": [
                    {"type": "TextualBody", "purpose": "assessing", "format": "text/plain", "value": "; ".join(words)},
                    self.identifying(item),
                    *self.tags(item),
                ],
                "target": self.targets(item),
            }
        )

    def question(self, question: OpenQuestion) -> None:
        qid = self.urn(question.id, "question")
        text = question.question + (f"\nWhy it is open: {question.why}" if question.why else "")
        if question.status == "dismissed" and question.dismissal:
            text += f"\nDismissed: {question.dismissal}"
        created = iso(created_time(self.b))
        self.items.append(
            {
                "id": qid,
                "type": "Annotation",
                "motivation": "questioning",
                "creator": self.software(),
                "created": created,
                "modified": iso(item_time(self.b, question)),
                "body": {"type": "TextualBody", "purpose": "questioning", "format": "text/plain", "value": text},
                "target": self.targets(question),
            }
        )
        answer = question.answer
        if answer is None or question.status != "answered":
            return
        words = [w for w in (answer.likelihood, f"{answer.confidence} confidence" if answer.confidence else None) if w]
        when = iso(parse_time(answer.created) or created_time(self.b))
        self.items.append(
            {
                "id": self.urn(question.id, "answer"),
                "type": "Annotation",
                "motivation": "replying",
                "creator": self.person(answer.author),
                "created": when,
                "modified": when,
                "body": {
                    "type": "TextualBody",
                    "purpose": "replying",
                    "format": "text/plain",
                    "value": answer.text + (f" ({'; '.join(words)})" if words else ""),
                },
                "target": [qid, *self.targets(question)],
            }
        )

    def build(self) -> dict[str, Any]:
        for _, item in self.b.iter_items():
            if isinstance(item, OpenQuestion):
                self.question(item)
            self.assessment(item)
            self.note(item)
        return {
            "@context": CONTEXT,
            "id": f"urn:uuid:{derived_uuid(self.key, 'annotation-collection')}",
            "type": "AnnotationCollection",
            "label": f"Annotations on: {self.b.title}",
            "total": len(self.items),
            "first": {
                "id": f"urn:uuid:{derived_uuid(self.key, 'annotation-page', '0')}",
                "type": "AnnotationPage",
                "startIndex": 0,
                "items": self.items,
            },
        }


def build_collection(briefing: Briefing, source_text: str | None = None, *, only: str | None = None) -> dict[str, Any]:
    """The annotation collection of ``briefing`` as plain data."""
    return _Builder(filter_briefing(briefing, only), source_text).build()


def render(briefing: Briefing, *, only: str | None = None, source_text: str | None = None) -> str:
    """The annotations as JSON-LD text (give ``source_text`` for prefix/suffix context)."""
    data = build_collection(briefing, source_text, only=only)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
