"""Property tests: any printable text an analyst types survives every format literally."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
import stix2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.model import Actor, Briefing, Generator, Note, Review, Source, Span
from tui.export import render

# What YAML can carry and a person types: printable characters, with newlines in notes.
LINE = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")), min_size=1, max_size=40).filter(
    lambda s: s.strip() == s and s.strip()
)
NOTE = st.lists(LINE, min_size=1, max_size=3).map("\n".join)


def briefing_with(name: str, note: str) -> Briefing:
    review = Review(
        status="accepted",
        notes=[Note(id="n1", author=name, created="2026-11-25T20:00:00Z", updated="2026-11-25T20:00:00Z", text=note)],
    )
    actor = Actor(id="a1", name=name, kind="person", evidence=[Span(0, 5, "Alpha")], review=review)
    return Briefing(source=Source(path="s.txt", title=name), generator=Generator(name="g"), actors=[actor])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(name=LINE, note=NOTE)
def test_html_shows_any_text_literally(name, note):
    parser = _Text()
    parser.feed(render(briefing_with(name, note), "html"))
    text = "".join(parser.parts)
    assert name in text and note in text
    assert "script" not in parser.tags and "img" not in parser.tags


@FAST
@given(name=LINE, note=NOTE)
def test_markdown_shows_any_text_literally(name, note):
    markdown_it = pytest.importorskip("markdown_it")
    parser = _Text()
    parser.feed(markdown_it.MarkdownIt("commonmark").render(render(briefing_with(name, note), "markdown")))
    text = "".join(parser.parts)
    assert name in text
    for line in note.splitlines():
        assert line in text
    assert "script" not in parser.tags and "img" not in parser.tags and "a" not in parser.tags


@FAST
@given(name=LINE, note=NOTE)
def test_stix_and_annotations_carry_any_text(name, note):
    b = briefing_with(name, note)
    bundle = stix2.parse(render(b, "stix"))
    assert any(getattr(o, "content", None) == note for o in bundle.objects)
    assert any(getattr(o, "name", None) == name for o in bundle.objects)
    items = json.loads(render(b, "annotations", source_text="Alpha beta"))["first"]["items"]
    assert note in [a["body"][0]["value"] for a in items if a["motivation"] == "commenting"]
