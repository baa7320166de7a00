"""Session 9 mechanisms (docs/generator-quality.md, round 9): general causes of test11's and
test10's remaining misses and false positives, each checked on short made-up texts and on variants
of their wording."""

from __future__ import annotations

from tui.generate.extract import extract


def _assets(text: str) -> list[str]:
    return [a.name for a in extract(text)["assets"]]


def test_an_owner_class_folds_into_the_described_class_with_the_same_words() -> None:
    for owner in ("Russian", "Iranian"):
        text = (f" date 2024-03-01 Sanctions target suppliers of {owner} attack drones.\n\n"
                "The firms helped build long-range attack drones used in the war, officials said.")
        names = _assets(text)
        assert names == ["long-range attack drones"], names


def test_a_state_warship_is_the_one_named_ship_that_state_owns() -> None:
    for lead, said in (("U.S. Navy dock landing ship", "a United States warship"),
                       ("British destroyer", "a British warship")):
        text = (f" date 2024-03-01 The exercise began on Wednesday with {said} leaving port for the Atlantic.\n\n"
                f"The {lead} Tarvik Bay left port on Wednesday, officials said.")
        names = _assets(text)
        assert names == ["Tarvik Bay"], (said, names)


def test_a_state_warship_stays_apart_from_another_state_named_ship() -> None:
    text = (" date 2024-03-01 The Chinese coast guard vessel Tarvik Bay collided with a Philippine warship near the shoal.\n\n"
            "The Philippine warship was damaged, officials said.")
    names = _assets(text)
    assert "Tarvik Bay" in names and len(names) == 2, names
