"""Fuzzing the generator (issue 9 §1): random and mangled texts in, a valid briefing out.

For any text, ``make_briefing`` returns a briefing that saves, loads back equal and whose
every evidence quote is exactly the source slice it points at; ``generate_one`` on any file
(random bytes included) never raises and never reports an internal error.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

generate = pytest.importorskip("tui.generate", reason="the generator (tui/generate) is not there yet")

from tui.core.store import dump_briefing, parse_briefing_text  # noqa: E402
from tui.core.validate import check_evidence  # noqa: E402

from .fuzzkit import ODD_TEXT, SEED_TEXT_FILE, STATS, fuzz_settings  # noqa: E402

SEED_TEXT = SEED_TEXT_FILE.read_text(encoding="utf-8")

_NEWSY = [
    "Vladimir Putin", "Bashar al-Assad", "the Kremlin", "Russia", "Syria", "Tartus", "Khmeimim", "Il-76",
    "An-124", "four", "12", "S-400", "air base", "naval base", "reportedly", "it remains unclear whether",
    "claimed", "according to", "sources said", "denied", "\u201cquoted\u201d", "said:", "Dr.", "U.S.", "e.g.",
    "President", "Ministry of Defence", "Hayat Tahrir al-Sham (HTS)", "\n", "\n\n", ". ", ", ", "? ", "! ",
    " - ", "\u2014", "\r\n", "\t", "  ",
]

newsy_text = st.lists(st.sampled_from(_NEWSY + ODD_TEXT[:20]) | st.text(max_size=12), max_size=120).map(" ".join)


def _check_text(text: str) -> None:
    STATS["texts"] += 1
    briefing = generate.make_briefing(text, source_path="x.txt", sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    dumped = dump_briefing(briefing)
    again, warnings = parse_briefing_text(dumped, "generated.yaml")
    assert again == briefing
    assert [w.format() for w in warnings if w.severity == "error"] == []
    problems = check_evidence(briefing, text)
    assert problems == [], [p.format() for p in problems][:3]


@pytest.mark.slow
@fuzz_settings(25)
@given(text=newsy_text)
def test_newsy_random_text(text: str) -> None:
    _check_text(text)


@pytest.mark.slow
@fuzz_settings(25)
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_arbitrary_unicode_text(text: str) -> None:
    _check_text(text)


@pytest.mark.slow
@fuzz_settings(20)
@given(
    start=st.integers(0, len(SEED_TEXT)),
    length=st.integers(0, len(SEED_TEXT)),
    insert=st.sampled_from(ODD_TEXT) | st.text(max_size=20),
    at=st.integers(0, len(SEED_TEXT)),
)
def test_mangled_seed_text(start: int, length: int, insert: str, at: int) -> None:
    """Slices of the real seed with odd text spliced in: the rules fire on real sentences."""
    text = SEED_TEXT[start : start + length]
    at = min(at, len(text))
    _check_text(text[:at] + insert + text[at:])


@pytest.mark.slow
@fuzz_settings(20)
@given(blob=st.binary(max_size=600))
def test_generate_one_on_random_files_never_raises(blob: bytes) -> None:
    from tui.generate.runner import generate_one

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "seeds" / "x.txt"
        source.parent.mkdir()
        source.write_bytes(blob)
        result = generate_one(source, folder / "briefings")
        assert "internal error" not in (result.message or "")
        assert "\n" not in (result.message or "")
        if result.status == "written":
            _check_text(blob.decode("utf-8").removeprefix("\ufeff"))
