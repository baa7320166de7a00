"""General rules for real news wording: each test is a short made-up sentence and what the
rules must extract from it (open-question cues, asset and actor patterns)."""

from __future__ import annotations

import pytest

from tui.generate.extract import extract
from tui.generate.questions import find
from tui.generate.text import split_sentences


def _cues(text: str) -> list[str]:
    return [q.cue for q in find(split_sentences(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said a depot was burning. He did not name it.",
        "The shipping company did not immediately respond to a request for comment.",
        "There was no immediate comment from the ministry.",
        "No response from the rebels was immediately available.",
        "The army said it had hit several sites, without providing details on the targets.",
        "The new rules are to be ratified by parliament on Monday.",
        "The first aircraft are expected to be delivered by 2030.",
        "The envoy said there is a real chance of progress.",
        "He promised to enforce compliance should a truce be reached.",
        "Aid groups fear ethnic cleansing if the town falls.",
        "The enemy is rapidly approaching the outskirts of the city.",
        "We are discussing what kind of arrangement is practical.",
    ],
)
def test_hedged_or_unanswered_statements_raise_a_question(sentence: str) -> None:
    assert _cues(sentence), sentence


def test_plain_statements_raise_none() -> None:
    assert _cues("The minister visited the port on Monday. Talks ended with a joint statement.") == []
