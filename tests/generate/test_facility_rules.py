"""Facility and asset rules for news in general: named by their place, folded when they are
one, and left out when a bare word refers back. Each test is a short made-up text."""

from __future__ import annotations

from tui.generate.extract import extract

from .helpers import asset_names as _assets


def test_a_struck_facility_is_named_by_its_place() -> None:
    names = _assets("A fuel depot in Norland's eastern Brava region caught fire after a drone attack. "
                    "Drones were also downed over a second depot in Calvo.")
    assert "Brava fuel depot" in names and "Calvo depot" in names


def test_coordinated_places_name_two_facilities() -> None:
    names = _assets("Drones struck refineries in Brava and Calvo overnight.")
    assert "Brava refinery" in names and "Calvo refinery" in names


def test_a_facility_with_its_own_name_is_not_renamed_by_its_region() -> None:
    names = _assets("Drones hit the Tolma air base in the Brava region on Monday.")
    assert "Brava air base" not in names


def test_a_base_near_a_capital_is_not_named_by_it() -> None:
    assert not any("Nairobi" in n for n in _assets("Gunmen attacked a military base near Nairobi."))


def test_one_owner_s_facility_named_by_place_and_by_name_is_one_asset() -> None:
    names = _assets("A drone hit a refinery in the Kasto industrial zone. A fire broke out at Petrocorp's PTRC.MM refinery in Kasto. "
                    "Petrocorp's ORSA refinery can process 17 million tonnes a year.")
    assert [n for n in names if "refinery" in n] == ["Petrocorp's ORSA refinery"]


def test_a_bare_refinery_among_several_named_ones_is_no_asset() -> None:
    names = _assets("Drones struck a refinery in Brava. Officials said the Calvo refinery was also hit. A refinery worker was hurt in the attack.")
    assert "refinery" not in names and "Brava refinery" in names


def test_a_highway_named_after_its_class_word() -> None:
    assert "K7 Vale" in _assets("A convoy was seen moving on federal highway K7 Vale towards the capital.")


def test_a_site_under_control_and_an_army_s_headquarters() -> None:
    names = _assets("The rebels seized the Norland army’s headquarters. Bases in the city, including an aerodrome, are under control.")
    assert "headquarters" in names and "aerodrome" in names


def test_a_named_group_s_struck_camps_are_one_asset() -> None:
    assert "Redland training camps" in _assets("He said Redland training camps were struck by rockets overnight.")


def test_no_class_in_the_same_time_and_no_weapon_from_a_headline_verb() -> None:
    names = _assets("Renewed missile attack on port\n\nHackers struck at the same time missile strikes hit the city.")
    assert names == []


def test_a_named_church_keeps_its_of_name() -> None:
    assert "Orthodox Church of the Ascension" in _assets("The Orthodox Church of the Ascension was damaged in the attack.")


def test_a_designator_and_its_name_are_one_drone_and_counted_drones_another() -> None:
    names = _assets("A ship shot down an MQ-9 Reaper over the sea. The Reaper was unarmed. The ship also downed several drones.")
    assert "MQ-9" in names and "Reaper" not in names and "drones" in names


def test_a_ship_class_folds_into_the_one_ship_it_introduces() -> None:
    names = _assets("The frigate Tolma entered the harbour, followed by the nuclear-powered submarine Vesta. "
                    "Officials said a nuclear-powered submarine carried no nuclear weapons.")
    assert "Vesta" in names and "nuclear-powered submarine" not in names


def test_a_military_aircraft_is_the_one_named_aircraft() -> None:
    names = _assets("Japan scrambled jets after a Chinese military aircraft entered its airspace. The Y-7 surveillance aircraft left later.")
    assert "Y-7" in names and "military aircraft" not in names


def test_classes_brought_or_delivered_are_assets() -> None:
    names = _assets("The deal would bring drones and surface-to-air missiles to the army. The alliance will deliver air defense systems soon.")
    assert "surface-to-air missiles" in names and "air defense systems" in names


def test_struck_power_stations_are_one_asset_and_supply_boats_no_verb() -> None:
    assert "power stations" in _assets("Strikes have destroyed almost half of the country’s power stations.")
    assert "boats" not in _assets("A coast guard fired water cannon at supply boats near the reef.")


def test_a_hacked_utility_and_quoted_wiper_malware() -> None:
    names = _assets("Hackers caused a blackout at a Ukrainian electric utility. They later used a “wiper” malware to erase its computers.")
    assert "Ukrainian electric utility" in names and "wiper malware" in names


def test_a_launch_platform_is_an_asset_and_its_fleet_stays_an_actor() -> None:
    found = extract("The cruise missiles were fired from a Northern Fleet submarine, the navy said.")
    assert "Northern Fleet submarine" in [a.name for a in found["assets"]]
    assert any("Northern Fleet" in a.name for a in found["actors"])


def test_a_base_considered_as_a_potential_target() -> None:
    assert "U.S. military base" in _assets("The suspect had considered a U.S. military base as one of several potential targets.")


def test_coordinated_place_names_before_a_plural_facility_noun() -> None:
    names = _assets("Drones struck the Brava and Calvo refineries overnight. The Brava refinery was on fire.")
    assert names == ["Brava refinery", "Calvo refinery"]


def test_a_company_s_own_struck_site() -> None:
    assert "Petrochem plant" in _assets("Chemicals maker Petrochem said there had been a drone strike and fire at its nearby plant.")


def test_an_alias_in_apposition_and_a_company_s_facility_named_later_are_one() -> None:
    names = _assets("Drones hit the Brava refinery, known as BRX, on Monday. The BRX refinery halted work after the attack.")
    assert names == ["Brava refinery"]
    names = _assets("Kyiv said it struck a Petrocorp refinery on Monday. Petrocorp denied that the ORSA refinery was hit.")
    assert names == ["ORSA refinery"]


def test_a_weapon_name_opening_a_sentence_and_a_designated_launcher() -> None:
    names = _assets("Stinger missiles were sent to the front. The missiles were fired from a Russian Tu-95 bomber.")
    assert "Stinger" in names and "Tu-95" in names and not any("bomber" in n for n in names)


def test_place_naming_skips_labour_strikes_and_wide_regions_but_not_cities() -> None:
    # a labour strike names no site ("Ashby car plant"); the learned pass may list the plant itself
    assert not any("Ashby" in n for n in _assets("Workers at a car plant in Ashby went on strike on Monday over pay."))
    assert "Odesa port" in _assets("Missiles hit the port in Odesa overnight.")
    assert "Crimea depot" not in _assets("A drone struck a depot in Crimea, the governor said.")


def test_classes_shot_down_and_destroyed_camps_and_a_quoted_malware_family() -> None:
    names = _assets("A destroyer shot down drones and missiles fired from the coast. Jets destroyed Redland training camps.")
    assert {"drones", "missiles", "Redland training camps"} <= set(names)
    assert _assets("The gang used a “ransomware” malware to lock the hospital's files.") == ["ransomware"]
