"""The general noun-phrase recogniser: an asset written as an ordinary noun phrase (modifiers
and a head noun) is found when something is done to it, and bare or vague phrases stay out.
Each test is a short made-up text."""

from __future__ import annotations

from .helpers import asset_names as _assets


def test_an_attacked_descriptive_facility_is_found() -> None:
    names = _assets("Rebels said their drones hit the artillery ammunition depot outside the town on Tuesday.")
    assert "artillery ammunition depot" in names


def test_a_named_platform_is_found_without_an_action() -> None:
    names = _assets("Two aircraft flew low over the Norvald gas platform in the northern sea on Friday.")
    assert "Norvald gas platform" in names


def test_specific_equipment_with_a_modifier_is_found() -> None:
    names = _assets("Patrol boats used a water cannon against the fishing fleet near the reef.")
    assert "water cannon" in names


def test_a_demonym_and_a_generic_adjective_are_not_part_of_the_name() -> None:
    names = _assets("Officials said a missile struck a major Russian chemical plant overnight.")
    assert "chemical plant" in names


def test_bare_and_vague_phrases_stay_out() -> None:
    names = _assets("Officials met at the main building and discussed the new system. The vessels left port.")
    assert not any(n in names for n in ("main building", "new system", "vessels"))


def test_a_phrase_without_action_or_name_stays_out() -> None:
    assert "steel factory" not in _assets("The town is known for its steel factory and its river.")


def test_a_second_wording_joins_the_first() -> None:
    names = _assets("A drone hit the fuel warehouse near Brava. Firefighters said the oil depot burned all night.")
    assert len([n for n in names if n.endswith(("warehouse", "depot"))]) == 1


def test_fighters_are_people_not_assets() -> None:
    assert not any("fighters" in n for n in _assets("Rebel fighters attacked the town overnight."))
