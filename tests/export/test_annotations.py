"""W3C Web Annotation export: every note is there and every target re-anchors in the source."""

from __future__ import annotations

import json

from tui.core.model import Span
from tui.export import render
from tui.export.annotations import CONTEXT_CHARS, anchor, build_collection, selectors


def annotations_of(loaded, **kw) -> list[dict]:
    data = json.loads(render(loaded.briefing, "annotations", source_text=loaded.source_text, **kw))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items)
    return items


def selector_targets(annotation: dict) -> list[dict]:
    targets = annotation["target"] if isinstance(annotation["target"], list) else [annotation["target"]]
    return [t for t in targets if isinstance(t, dict) and "selector" in t]


def test_every_selector_re_anchors_in_the_source(annotated_seed):
    loaded, _ = annotated_seed
    source = loaded.source_text
    checked = 0
    for annotation in annotations_of(loaded):
        for target in selector_targets(annotation):
            quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
            position = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
            start, end = position["start"], position["end"]
            assert source[start:end] == quote["exact"]
            assert source[:start].endswith(quote["prefix"])
            assert source[end:].startswith(quote["suffix"])
            assert len(quote["prefix"]) == min(CONTEXT_CHARS, start)
            # the quote with its context finds exactly this place again
            needle = quote["prefix"] + quote["exact"] + quote["suffix"]
            assert source.find(needle) == start - len(quote["prefix"])
            checked += 1
    assert checked >= sum(len(item.evidence) for _, item in loaded.briefing.iter_items() if item.review.notes)


def test_every_note_is_a_commenting_annotation_with_creator_and_dates(annotated_seed):
    loaded, _ = annotated_seed
    items = annotations_of(loaded)
    comments = [a for a in items if a["motivation"] == "commenting"]
    notes = [(item, n) for _, item in loaded.briefing.iter_items() for n in item.review.notes]
    assert len(comments) == len(notes)
    by_text = {a["body"][0]["value"]: a for a in comments}
    for item, note in notes:
        annotation = by_text[note.text]
        assert annotation["creator"]["type"] == "Person"
        assert annotation["creator"]["nickname"] == note.author
        assert annotation["created"] == note.created and annotation["modified"] == note.updated
        exacts = [s["exact"] for t in selector_targets(annotation) for s in t["selector"] if s["type"] == "TextQuoteSelector"]
        assert exacts == [span.quote for span in item.evidence]


def test_reviews_are_assessing_and_questions_questioning(annotated_seed):
    loaded, roles = annotated_seed
    items = annotations_of(loaded)
    motivations = {a["motivation"] for a in items}
    assert {"commenting", "assessing", "questioning", "replying"} <= motivations
    questions = [a for a in items if a["motivation"] == "questioning"]
    assert len(questions) == len(loaded.briefing.open_questions)
    (reply,) = [a for a in items if a["motivation"] == "replying"]
    assert reply["target"][0] in {q["id"] for q in questions}
    assert reply["body"]["value"].startswith("Probably, for now.")
    accepted = loaded.briefing.get(roles["accepted_actor"])
    assessing = [a for a in items if a["motivation"] == "assessing" and f"({accepted.id})" in a["body"][1]["value"]]
    assert len(assessing) == 1
    assert assessing[0]["body"][0]["value"].startswith("accepted; confidence high")
    ids = [a["id"] for a in items]
    assert len(ids) == len(set(ids))


def test_a_moved_quote_is_re_found_and_a_lost_one_keeps_no_position():
    source = "alpha beta gamma beta delta"
    assert anchor(Span(6, 10, "beta"), source) == (6, 10)
    assert anchor(Span(15, 19, "beta"), source) == (17, 21)  # nearest occurrence to the old offset
    assert anchor(Span(0, 5, "omega"), source) == (None, None)
    lost = selectors(Span(0, 5, "omega"), source)
    assert [s["type"] for s in lost] == ["TextQuoteSelector"] and lost[0]["exact"] == "omega"


def test_without_the_source_positions_come_from_the_file(fixture_loaded):
    data = build_collection(fixture_loaded.briefing, None)
    for annotation in data["first"]["items"]:
        for target in selector_targets(annotation):
            quote = target["selector"][0]
            assert "prefix" not in quote and "suffix" not in quote
            assert target["selector"][1]["type"] == "TextPositionSelector"


def test_source_is_named_by_its_hash(fixture_loaded):
    data = build_collection(fixture_loaded.briefing, fixture_loaded.source_text)
    sources = {t["source"] for a in data["first"]["items"] for t in selector_targets(a)}
    assert len(sources) == 1 and sources.pop().startswith("ni:///sha-256;")
