"""Markdown and HTML reports: the reviewed snapshot, rejected items apart, hostile text escaped."""

from __future__ import annotations

import os
from html.parser import HTMLParser

import pytest

from tui.core.ops import Editor
from tui.export import render

from .conftest import SNAPSHOT_MD, fixed_clock

HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> [link](http://evil.invalid) *bold* & &amp; `code`'


def test_markdown_of_the_fixture_matches_the_reviewed_snapshot(fixture_loaded):
    text = render(fixture_loaded.briefing, "markdown")
    if os.environ.get("BRIEFING_UPDATE_SNAPSHOTS"):  # regenerate, then review the diff in git
        SNAPSHOT_MD.write_text(text, encoding="utf-8")
    assert text == SNAPSHOT_MD.read_text(encoding="utf-8")


def test_report_sets_rejected_items_apart_and_only_accepted_drops_them(fixture_loaded):
    b = fixture_loaded.briefing
    rejected = [item for _, item in b.iter_items() if item.review.status == "rejected"]
    assert rejected
    text = render(b, "markdown")
    main, apart = text.split("## Rejected items", 1)
    for item in rejected:
        assert f"`{item.id}` ·" not in main and f"`{item.id}`" in apart
    only = render(b, "markdown", only="accepted")
    assert "## Rejected items" not in only
    for list_name, item in b.iter_items():
        shown = f"`{item.id}` ·" in only
        if list_name == "places":
            assert shown == (item.review.status != "rejected")
        else:
            assert shown == (item.review.status == "accepted"), item.id


def test_report_shows_review_answers_notes_and_evidence(fixture_loaded):
    b = fixture_loaded.briefing
    for fmt in ("markdown", "html"):
        text = render(b, fmt)
        for _, item in b.iter_items():
            for span in item.evidence:
                assert f"{span.start}–{span.end}" in text
        answered = [q for q in b.open_questions if q.answer is not None]
        assert answered and all(q.answer.author in text for q in answered)
        for _, item in b.iter_items():
            for note in item.review.notes:
                assert note.author in text
                assert note.created[:10] in text


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def hostile(fixture_loaded):
    b = fixture_loaded.briefing
    ed = Editor(b, author='mallory"><script>', clock=fixed_clock(50))
    ed.edit_fields(b.actors[0].id, name=HOSTILE, role=HOSTILE)
    ed.add_note(b.actors[0].id, HOSTILE + "\n# heading\n- item")
    b.source.title = HOSTILE
    return b


def test_html_escapes_hostile_text(hostile):
    page = render(hostile, "html")
    parser = _Collector()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags
    hrefs = [value for name, value in parser.attrs if name == "href"]
    assert hrefs and all(h.startswith("#section-") for h in hrefs)  # only the in-page contents
    assert not any(name.startswith("on") for name, _ in parser.attrs)
    text = "".join(parser.text)
    assert HOSTILE in text  # shown literally, not lost
    assert 'mallory"><script>' in text
    assert "http-equiv" in page and "default-src 'none'" in page  # no external loads at all
    assert "<link" not in page and "src=" not in page.replace("src=x", "")


def test_markdown_escapes_hostile_text(hostile):
    markdown_it = pytest.importorskip("markdown_it")
    text = render(hostile, "markdown")
    html = markdown_it.MarkdownIt("commonmark").render(text)
    parser = _Collector()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags and "a" not in parser.tags
    assert "em" not in parser.tags  # *bold* stayed literal
    assert parser.tags.count("h1") == 1 and "h2" not in parser.tags[:2]  # "# heading" is no heading
    rendered = "".join(parser.text)
    assert HOSTILE in rendered  # every character survives as text
    assert "# heading" in rendered and "- item" in rendered
