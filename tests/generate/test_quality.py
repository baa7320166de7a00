"""Extraction quality against the hand references in tests/data/gold (seed and own texts)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tui.generate import get_engine, make_briefing
from tui.generate.scoring import Report, load_gold, score_briefing

from .conftest import GOLD, SEED, TEXTS


def _score(text_path: Path, engine: str = "rules") -> Report:
    raw = text_path.read_bytes()
    text = raw.decode("utf-8")
    briefing = make_briefing(text, source_path=text_path.name, sha256=hashlib.sha256(raw).hexdigest(), engine=get_engine(engine))
    return score_briefing(briefing, load_gold(GOLD / f"{text_path.stem}.gold.yaml"), text)


def test_seed_meets_the_targets() -> None:
    report = _score(SEED)
    assert report.bad_evidence == []
    assert report.actors.f1 >= 0.9, (report.actors.missed, report.actors.wrong)
    assert report.assets.f1 >= 0.9, (report.assets.missed, report.assets.wrong)
    assert report.questions.recall >= 0.85, report.questions.missed


OWN_TEXTS = sorted(TEXTS.glob("*.txt"))


def test_there_are_at_least_five_labelled_texts() -> None:
    assert len(OWN_TEXTS) >= 5
    for text in OWN_TEXTS:
        assert (GOLD / f"{text.stem}.gold.yaml").exists(), text.name


@pytest.mark.parametrize("text_path", OWN_TEXTS, ids=lambda p: p.stem)
def test_own_texts_score_reasonably(text_path: Path) -> None:
    report = _score(text_path)
    assert report.bad_evidence == []
    assert report.actors.f1 >= 0.75, (report.actors.missed, report.actors.wrong)
    if report.assets.total:
        assert report.assets.f1 >= 0.7, (report.assets.missed, report.assets.wrong)
    assert report.questions.recall >= 0.5, report.questions.missed


def test_scorer_counts_duplicates_and_misses() -> None:
    """The scorer itself: aliases match, a second item for one entry is a duplicate."""
    from tui.generate.scoring import score_items

    entries = [
        {"name": "Vladimir Putin", "match": ["Vladimir Putin", "Putin"]},
        {"name": "Russia", "match": ["Russia", "the Kremlin"]},
        {"name": "Tories", "optional": True, "match": ["Tories"]},
    ]
    score = score_items(
        [("Putin", ["Putin"]), ("Kremlin", ["Kremlin"]), ("Russia", ["Russia"]), ("Tories", ["Tories"]), ("Nobody", ["Nobody"])],
        entries,
    )
    assert (score.tp, score.dup, score.fp, score.total) == (2, 1, 1, 2)
    assert score.precision == pytest.approx(0.5) and score.recall == 1.0
