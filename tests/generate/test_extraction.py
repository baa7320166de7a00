"""What the rules extract from the seed and from small made-up texts, checked on the model."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tui.generate.extract import extract
from tui.generate.text import find_date, read_header, split_sentences

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed():
    return extract(SEED_TEXT)


def _by_name(items, name):
    found = [i for i in items if i.name == name]
    assert found, (name, [i.name for i in items])
    return found[0]


def test_header_date_is_read_without_moving_offsets(seed) -> None:
    date, body = read_header(SEED_TEXT)
    assert date == "2024-12-09" and SEED_TEXT[body:].startswith("Vladimir Putin")
    assert seed["date"] == "2024-12-09"
    assert seed["title"] == "Vladimir Putin has suffered a “strategic political defeat” in Syria"
    putin = _by_name(seed["actors"], "Vladimir Putin")
    span = putin.evidence[0]
    assert SEED_TEXT[span.start : span.end] == "Vladimir Putin" and span.start == body


def test_every_evidence_quote_is_the_source_slice(seed) -> None:
    items = seed["actors"] + seed["assets"] + seed["open_questions"] + seed["places"] + seed["summary"].points
    assert items
    for item in items:
        assert item.evidence, item
        for span in item.evidence:
            assert SEED_TEXT[span.start : span.end] == span.quote


def test_aliases_are_merged(seed) -> None:
    putin = _by_name(seed["actors"], "Vladimir Putin")
    assert {"Putin", "Russian president"} <= set(putin.aliases) and putin.kind == "person"
    russia = _by_name(seed["actors"], "Russia")
    assert {"the Kremlin", "Moscow"} <= set(russia.aliases) and russia.kind == "state"
    isw = _by_name(seed["actors"], "Institute for the Study of War")
    assert "ISW" in isw.aliases
    hts = _by_name(seed["actors"], "Hayat Tahrir al-Sham")
    assert "HTS" in hts.aliases and hts.kind == "armed group" and hts.role == "former al-Qaeda affiliate"
    peskov = _by_name(seed["actors"], "Dmitry Peskov")
    assert peskov.role == "Kremlin spokesman" and peskov.affiliation == "Russia"
    syria = _by_name(seed["actors"], "Syria")
    assert any("Assad" in a for a in syria.aliases)  # "Assad regime" is the state, not the man
    names = [a.name for a in seed["actors"]]
    assert len(names) == len(set(names))
    assert "Iraq" not in names  # only "the Iraq War": an event, not an actor


def test_assets_have_quantity_location_owner_and_status(seed) -> None:
    actors = {a.id: a.name for a in seed["actors"]}
    il76 = _by_name(seed["assets"], "Il-76")
    assert il76.quantity == 3 and il76.type == "military transport aircraft"
    assert il76.location == "Khmeimim Air Base" and actors[il76.owner] == "Russia"
    assert _by_name(seed["assets"], "An-124").quantity == 1
    base = _by_name(seed["assets"], "Khmeimim Air Base")
    assert base.type == "air base" and actors[base.owner] == "Russia"
    tartus = _by_name(seed["assets"], "Port of Tartus")
    assert tartus.type == "naval base"
    assert "Tartus facility" in [s.quote for s in tartus.evidence]  # merged, not a second asset
    s300 = _by_name(seed["assets"], "S-300")
    assert s300.type == "air defence system" and s300.location == "Baniyas" and s300.status == "being moved"
    assert actors[s300.owner] == "Russian forces"
    assert _by_name(seed["assets"], "M1 Lakatia-Tartus highway").type == "road"


def test_open_questions_are_questions_with_cues(seed) -> None:
    questions = seed["open_questions"]
    cues = {q.cue for q in questions}
    assert {"remain unclear", "too early to say", "premature", "claimed", "possibly", "raising questions"} <= cues
    for q in questions:
        assert q.question.endswith("?") and q.status == "open" and q.why
    unclear = next(q for q in questions if q.cue == "remain unclear")
    assert unclear.question == "What are the contours of this arrangement and its longevity?"
    early = next(q for q in questions if q.cue == "too early to say")
    assert early.question == "What would the future hold for Russia's military bases in Syria?"


def test_summary_is_extractive_and_not_just_the_lead(seed) -> None:
    points = seed["summary"].points
    assert 3 <= len(points) <= 5
    starts = [p.evidence[0].start for p in points]
    assert starts == sorted(starts)
    sentences = split_sentences(SEED_TEXT, read_header(SEED_TEXT)[1])
    first_three = {s.start for s in sentences[:3]}
    assert not set(starts) <= first_three
    assert any("Il-76" in p.text for p in points)  # the scorer likes assets


def test_text_without_entities_gives_an_honest_empty_result() -> None:
    found = extract("the weather was mild and nothing much happened today.\n")
    assert found["actors"] == [] and found["assets"] == [] and found["open_questions"] == []
    assert found["summary"].points and found["title"]


def test_general_rules_on_unseen_phrasing() -> None:
    text = (
        "Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on 3 March 2025. "
        "Lavrov said the talks were useful. NATO (the North Atlantic Treaty Organization) said Russian troops "
        "had moved five Su-34 bombers to Kursk. It is unclear whether the jets will stay."
    )
    found = extract(text)
    names = {a.name: a for a in found["actors"]}
    assert "Sergei Lavrov" in names and "Lavrov" in names["Sergei Lavrov"].aliases
    assert names["Sergei Lavrov"].role == "Foreign Minister"
    assert "Hakan Fidan" in names and "NATO" in names and "Russian forces" in names
    su34 = next(a for a in found["assets"] if a.name == "Su-34")
    assert su34.quantity == 5 and su34.type == "combat aircraft"
    assert found["date"] == "2025-03-03"
    assert any(q.cue.lower().startswith("is unclear") or "unclear" in q.cue for q in found["open_questions"])


def test_sentence_splitting_keeps_abbreviations() -> None:
    text = "The Kremlin secured a deal on Dec. 8 with Mr. Smith. The U.S. objected. Then it ended!"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["The Kremlin secured a deal on Dec. 8 with Mr. Smith.", "The U.S. objected.", "Then it ended!"]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert find_date("Published 9 December 2024.") == "2024-12-09"


def test_generator_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys, tui.generate, tui.generate.runner, tui.generate.scoring;"
        "from tui.generate.extract import extract; extract(open(sys.argv[1]).read());"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_bylines_and_photo_credits_name_no_actors() -> None:
    text = (
        "Drone strikes hit the capital\n\nBy John Smith, BBC News\n\n"
        "Russia launched drones overnight, Mayor Vitali Klitschko said.\n\n"
        "Image source, Getty Images\n\n(Reporting by Tom Balmforth; Editing by Alex Richardson)\n"
    )
    names = {a.name for a in extract(text)["actors"]}
    assert {"Russia", "Vitali Klitschko"} <= names
    assert not names & {"John Smith", "Tom Balmforth", "Alex Richardson", "Getty Images", "BBC"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The claim could not be verified.",
        "Unnamed officials said the talks failed.",
        "It remains unclear whether the deal will hold.",
        "Moscow denied any involvement.",
        "Kyiv did not officially claim responsibility for the attack.",
        "The ministry gave no evidence for the claim.",
        "The drones were probably used for surveillance.",
    ],
)
def test_every_cue_kind_survives_the_fast_prefilter(sentence) -> None:
    from tui.generate.questions import find

    found = find(split_sentences(sentence))
    assert len(found) == 1 and found[0].question.endswith("?")
