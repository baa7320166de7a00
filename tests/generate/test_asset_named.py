"""General asset rules of asset_named.py: numbered sites, ships named before their class, role
vessels that are acted on, drone types, and folds of duplicates. Each test is a short made-up text."""

from __future__ import annotations

from tui.generate.extract import extract


def _assets(text: str) -> list[dict]:
    return list(extract(text)["assets"])


def _names(text: str) -> list[str]:
    return [a.name for a in _assets(text)]


def test_a_site_named_with_a_number_is_an_asset() -> None:
    names = _names("Militants fired rockets at Outpost 41 near the river. Two soldiers were hurt at Outpost 41.")
    assert names.count("Outpost 41") == 1


def test_a_camp_named_by_a_word_is_an_asset() -> None:
    assert "Camp Halvard" in _names("A drone struck Camp Halvard overnight, the ministry said.")


def test_a_ship_named_before_its_class_is_one_asset() -> None:
    names = _names("Sea drones struck the Morning Star patrol ship overnight. The Morning Star was towed to port.")
    assert "Morning Star" in names and "patrol ship" not in names


def test_an_attacked_role_vessel_is_an_asset() -> None:
    assert "landing ship" in _names("Drones hit a Northern Fleet landing ship off the coast on Monday.")


def test_a_role_vessel_folds_into_the_ship_it_describes() -> None:
    names = _names("Drones hit a landing ship in the bay. Officials named the Gray Heron, a landing ship, and the tanker Alva as damaged.")
    assert "landing ship" not in names and "Gray Heron" in names


def test_a_drone_type_with_an_uncommon_modifier_is_found() -> None:
    assert "one-way attack drone" in _names("Three soldiers died when a one-way attack drone hit the camp.")


def test_an_ordinal_fragment_is_not_an_asset() -> None:
    names = _names("Officials called it the fifth massive missile and drone strike on power plants this month.")
    assert "fifth massive missile" not in names


def test_a_bare_class_folds_into_the_only_longer_class() -> None:
    names = _names("The army said it downed 12 attack drones overnight. The enemy had launched 15 drones in all.")
    assert "attack drones" in names and "drones" not in names


def test_an_unnamed_facility_phrase_folds_into_the_named_one() -> None:
    names = _names("A missile hit the Rivna Hydroelectric Power Plant. Officials said the hydroelectric dam was damaged by the strike.")
    assert "hydroelectric dam" not in names


def test_sea_drone_synonyms_are_one_asset() -> None:
    names = _names("Two unmanned surface vessels attacked the bridge. The navy said it used sea drones in the attack.")
    assert len([n for n in names if "drone" in n or "vessel" in n]) == 1


def test_a_cyber_victims_own_systems_are_one_asset() -> None:
    text = ("The operator said it found an intrusion into its system on Monday. "
            "Unauthorised access into its network was stopped, the firm said.")
    names = _names(text)
    assert names.count("its system") == 1 and "network" not in names


def test_a_states_facilities_that_are_shut_are_an_asset() -> None:
    assert "ports" in _names("A cyber attack shut Norwegian ports for two days, officials said.")


def test_a_states_facilities_that_are_only_a_destination_stay_out() -> None:
    assert "ports" not in _names("Rebels attacked ships heading to Norwegian ports last week.")


def test_scrambled_jets_are_an_asset() -> None:
    assert "fighter jets" in _names("The air force scrambled its fighter jets after a drone crossed the border.")


def test_ships_listed_after_a_plural_class_and_ships_named_by_tonnage_or_navy_prefix() -> None:
    from tui.generate.extract import extract

    def assets(text: str) -> list[str]:
        return [a.name for a in extract(" date 2024-01-01 " + text)["assets"]]

    found = assets("The frigates Admiral Orlov and Admiral Petrov are now moored in the harbour. Admiral Petrov led the group.")
    assert "Admiral Orlov" in found and "Admiral Petrov" in found
    assert "Wavecrest" in assets("The 45,000-dwt Wavecrest sank in the gulf. The Wavecrest had been hit twice.")
    assert "CNS Liaoning" in assets("The group, led by the CNS Liaoning, carried out drills.")
    assert assets("The company shipped 5,000 tons of Wheat to Egypt.") == []
