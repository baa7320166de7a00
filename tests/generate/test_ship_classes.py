"""A singular ship class beside the one ship a text names (tui/generate/asset_owners.py,
fold_ship_classes): the same ship, unless another state owns it or someone else is named in it."""

from __future__ import annotations

from .helpers import asset_names


def test_a_warship_beside_the_one_named_ship_is_that_ship() -> None:
    text = (" date 2024-03-01 German warship targets drone\n\nA German warship accidentally targeted an American drone "
            "this week. Germany said the frigate Hessen engaged the drone, and the warship fired two missiles.")
    assert asset_names(text) == ["Hessen", "drone", "missiles"]


def test_another_states_warship_or_a_named_partys_ship_stays_apart() -> None:
    text = " date 2024-03-01 Warships near miss\n\nA Chinese warship cut across the bow of the USS Kelvo Hart on Monday."
    assert asset_names(text) == ["warship", "USS Kelvo Hart"]  # USS: a United States ship
    text = (" date 2024-03-01 Near miss\n\nA Chinese warship cut across the bow of the USS Kelvo Hart. "
            "The destroyer sailed with a Canadian warship.")
    assert asset_names(text) == ["warship", "USS Kelvo Hart"]


def test_the_type_a_headline_gives_the_ship_is_its_class_too() -> None:
    text = (" date 2022-05-24 The Story Of How The Submarine USS Kelvo Crashed\n\nThe crew of USS Kelvo had to fight to keep "
            "the badly damaged submarine from sinking, the report says.")
    assert asset_names(text) == ["USS Kelvo"]
