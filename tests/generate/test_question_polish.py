"""The last pass over a question's wording (tui/generate/question_polish.py)."""

from __future__ import annotations

import pytest

from tui.generate.question_polish import capitalised_mid_sentence, polish

NAMES = {"Rosneft", "Western", "Mexican", "Russian", "Germany", "North"}


def is_name(word: str) -> bool:
    return word in NAMES


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an ordinary first word loses its capital; a name keeps it
        ("Is it confirmed that Volunteers have raised concerns about shortages?",
         "Is it confirmed that volunteers have raised concerns about shortages?"),
        ("Is it confirmed that Rosneft did not respond to a request for comment?",
         "Is it confirmed that Rosneft did not respond to a request for comment?"),
        ("Is it confirmed that Kim Jong Un has denied sending soldiers?",
         "Is it confirmed that Kim Jong Un has denied sending soldiers?"),
        ("Is it confirmed that NATO has not commented?", "Is it confirmed that NATO has not commented?"),
        # datelines and a leading "According to X," go
        ("Is it confirmed that BERLIN, May 3 - Germany on Friday accused Russia of a cyber campaign?",
         "Is it confirmed that Germany on Friday accused Russia of a cyber campaign?"),
        ("Is it confirmed that TOKYO and SEOUL -- North Korea launched a missile on Sunday?",
         "Is it confirmed that North Korea launched a missile on Sunday?"),
        ("Is it confirmed that According to an initial assessment, the drone was likely targeting the ship?",
         "Is it confirmed that the drone was likely targeting the ship?"),
        # dangling ends are cut back
        ("Is it confirmed that North Korea launched a suspected ballistic missile on Sunday afternoon, Japan and?",
         "Is it confirmed that North Korea launched a suspected ballistic missile on Sunday afternoon?"),
        ("Is it true that at least two women and two children were also killed, medical and security sources?",
         "Is it true that at least two women and two children were also killed?"),
        # a preposition that ends the sentence is its own, not a cut
        ("Is it confirmed that Mexican authorities did not reveal which cartel the gunmen belong to?",
         "Is it confirmed that Mexican authorities did not reveal which cartel the gunmen belong to?"),
        # "AUX whether" loses the "whether"
        ("Will whether they stay?", "Will they stay?"),
    ],
)
def test_polish_mends_the_wording(question: str, expected: str) -> None:
    assert polish(question, is_name) == expected


def test_a_long_clause_loses_its_trailing_participle_phrase() -> None:
    long = (
        "Is it confirmed that the strike on the port happened hours before the second attack of the week on "
        "the coast, in a development that has further fanned fears of a wider war in the region and beyond it?"
    )
    assert polish(long, is_name) == (
        "Is it confirmed that the strike on the port happened hours before the second attack of the week on the coast?"
    )


def test_a_question_with_nothing_left_is_rebuilt_from_its_sentence() -> None:
    sentence = "Officials said it was not clear whether the convoy had reached the town."
    assert polish("Is it true that now?", is_name, sentence) == (
        "Is it confirmed that officials said it was not clear whether the convoy had reached the town?"
    )
    assert polish("What is if any?", is_name, sentence).startswith("Is it confirmed that officials said")
    assert polish("Is it true that now?", is_name) == "Is it true that now?"  # no sentence: unchanged


def test_questions_that_need_nothing_are_unchanged() -> None:
    for q in ("Will Iran retaliate?", "Was the damage deliberate?", "What are the contours of this arrangement?",
              "Is it true that Russian forces are leaving Syria completely?"):
        assert polish(q, is_name) == q


def test_capitalised_mid_sentence_finds_names_not_sentence_starts() -> None:
    text = "Volunteers arrived. Then officials met Rosneft staff. “Security was poor,” said Ali."
    starts = [0, 20, 53]
    seen = capitalised_mid_sentence(text, starts)
    assert seen("Rosneft") and seen("Ali")
    assert not seen("Volunteers") and not seen("Then") and not seen("Security") and not seen("Nobody")
