"""Speed-ups that must not change what the generator finds: each fast path against the plain
regex scan it replaces, over every labelled text of the repository."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tui.generate.actor_context import _context_orgs
from tui.generate.actor_patterns import _CONTEXT_ORG
from tui.generate.asset_patterns import _CLASS, class_matches
from tui.generate.text import read_header, split_sentences

extract = importlib.import_module("tui.generate.extract")  # the module, not the package's function
ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "tests" / "data" / "texts").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_anchored_context_orgs_find_what_the_full_scan_finds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _, body = read_header(text)
    assert [m.span() for m in _context_orgs(text, body)] == [m.span() for m in _CONTEXT_ORG.finditer(text, body)]


def test_anchored_context_orgs_on_made_up_wording() -> None:
    text = "Researchers at Dragos said so. A group that calls itself CyberAv3ngers, and companies including Maersk."
    assert [m.group("name") for m in _context_orgs(text, 0)] == [m.group("name") for m in _CONTEXT_ORG.finditer(text, 0)]
    assert [m.group("name") for m in _context_orgs(text, 0)] == ["Dragos", "CyberAv3ngers", "Maersk"]


@pytest.mark.parametrize("path", TEXTS[:20], ids=lambda p: p.stem)
def test_status_cues_over_the_lower_cased_sentence_are_the_case_blind_scan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _, body = read_header(text)
    for sentence in split_sentences(text, body):
        extract._status_cues.cache_clear()
        plain = tuple((m.start(), extract._STATUS_LABELS[m.lastgroup]) for m in extract._STATUS_RE.finditer(sentence.text))
        assert extract._status_cues(sentence.text) == plain, sentence.text


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_class_matches_are_the_full_class_scan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for start in (0, read_header(text)[1], 40):
        full = [(m.span(), m.groupdict()) for m in _CLASS.finditer(text, start)]
        assert [(m.span(), m.groupdict()) for m in class_matches(text, start)] == full


def test_class_matches_on_made_up_wording() -> None:
    text = ("Two U.S. helicopters and a 500 kg bomb. Dozens of Russian attack drones, a number of anti-ship missiles "
            "and three F-16 jets; the air defence systems. UAVs, 12 UAVs.")
    full = [m.group() for m in _CLASS.finditer(text, 0)]
    assert [m.group() for m in class_matches(text, 0)] == full and len(full) >= 4, full


def test_a_class_noun_before_a_hyphen_counts_nothing() -> None:
    text = "Air defences destroyed 31 aircraft-type unmanned aerial vehicles. Then two aircraft landed."
    # the count is of the vehicles; "aircraft" alone is no class of it
    assert [m.group("cls") for m in class_matches(text, 0)] == ["unmanned aerial vehicles", "aircraft"]
    assert [m.group() for m in _CLASS.finditer(text, 0)][-1] == "two aircraft"
