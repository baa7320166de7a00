"""Session 8 mechanisms (docs/generator-quality.md, round 8): general causes of test10's misses and
false positives, each checked on short made-up texts and on variants of their wording."""

from __future__ import annotations

from .helpers import asset_names as _assets


def test_a_hull_number_keeps_the_text_spelling() -> None:
    for hull in ("CCG 5211", "CCG-5211"):
        text = f" date 2024-03-01 The coast guard vessel {hull} rammed a fishing boat near the shoal on Monday."
        assert hull in _assets(text), (hull, _assets(text))


def test_names_that_differ_only_in_dots_hyphens_or_spaces_are_one() -> None:
    for a, b in (("USS Tarvik S. Bolvan", "USS Tarvik S Bolvan"), ("HMS Kel-Mora", "HMS Kel Mora")):
        text = (f" date 2024-03-01 Jets took off from the {a} in the Red Sea on Saturday.\n\n"
                f"Officials said more jets launched from the {b} later that day.")
        names = _assets(text)
        assert names == [a], names


def test_a_designator_and_its_letter_variant_are_one_model_unless_set_apart() -> None:
    text = (" date 2024-03-01 Radar lost contact with the A-50U aircraft near the coast.\n\n"
            "The A-50 crew was killed. The A-50 is a radar plane.")
    assert _assets(text) == ["A-50U"], _assets(text)
    text = " date 2024-03-01 The army operates both the A-50 and the A-50U aircraft near the coast."
    assert len(_assets(text)) == 2, _assets(text)
    text = " date 2024-03-01 Norland fielded S-300 and S-400 systems near the coast."
    assert len(_assets(text)) == 2, _assets(text)


def test_a_facility_described_by_its_make_is_the_one_named_facility() -> None:
    for said in ("The Soviet-built pipeline", "The ageing pipeline"):
        text = (" date 2024-03-01 Drones struck the Tarvik pipeline on Monday, halting oil flows to Kelmora.\n\n"
                f"{said} was hit twice last year.")
        names = _assets(text)
        assert names == ["Tarvik pipeline"], (said, names)


def test_a_site_word_before_a_flight_phase_is_no_site() -> None:
    for phase in ("terminal phase", "terminal stage", "terminal guidance"):
        text = f" date 2024-03-01 Drones hit Kelmora. The system intercepts missiles during their {phase}, officials said."
        assert "terminal" not in _assets(text), (phase, _assets(text))
    text = " date 2024-03-01 Drones hit the terminal at Kelmora port on Monday."
    assert any("terminal" in n for n in _assets(text)), _assets(text)


def test_a_capitalised_quantifier_and_number_is_a_count() -> None:
    for said in ("Nearly 50", "About 30", "Some 12", "Almost 40", "Roughly 25"):
        text = f" date 2024-03-01 {said} armored vehicles have arrived in Kelmora since May."
        assert not any(n.startswith(said.split()[0]) for n in _assets(text)), (said, _assets(text))
