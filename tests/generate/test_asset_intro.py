"""Assets introduced by a class word or named by their place (tui/generate/asset_intro.py):
quoted names next to their class, facilities named by their place, title-case headline words,
"ship" as a verb, a model code before a name, a flag phrase and the one named ship. Each test
is a short made-up text."""

from __future__ import annotations

from tui.generate.asset_intro import headline_only, verb_ship

from .helpers import asset_names as _assets


def test_a_quoted_name_before_its_class_is_the_asset() -> None:
    names = _assets(" date 2024-03-01 Officials said the launch of the “Tarvos” rocket from the northern desert had failed.")
    assert "Tarvos" in names


def test_a_quoted_name_after_a_vessel_class_is_a_ship() -> None:
    names = _assets(" date 2024-03-01 The coast guard identified the vessel as the 'Silver Heron' after it was boarded.")
    assert "Silver Heron" in names


def test_a_facility_in_a_place_is_named_by_the_place() -> None:
    names = _assets(" date 2024-03-01 The minister spoke at the army base in Kelmora on Friday.")
    assert "Kelmora army base" in names


def test_the_place_after_a_port_of_phrase_is_the_place() -> None:
    text = " date 2024-03-01 Drones caused another fire at an oil depot in the Aldish port of Varnet on Monday."
    assert "Varnet oil depot" in _assets(text)


def test_another_depot_is_a_second_depot() -> None:
    text = (" date 2024-03-01 An oil depot near the coast was on fire early on Wednesday, an official said.\n\n"
            "Days earlier drones caused another fire at an oil depot in the port of Varnet.")
    names = _assets(text)
    assert "Varnet oil depot" in names and "oil depot" in names


def test_headline_capitals_make_no_facility_name() -> None:
    text = " date 2024-03-01 Drone Strike Hits Another Fuel Depot\n\nA fuel depot near Varnet was on fire on Wednesday."
    start = text.index("Hits")
    assert headline_only(text, 0, start, text.index("\n"))
    assert not any("Hits" in n or "Another" in n for n in _assets(text))


def test_headline_names_written_in_the_body_stay_names() -> None:
    text = " date 2024-03-01 Drone Hits Varnet Refinery Again\n\nThe Varnet Refinery was on fire on Wednesday after a drone strike."
    assert not headline_only(text, 0, text.index("Varnet"), text.index(" Again"))


def test_ship_as_a_verb_is_no_vessel() -> None:
    text = " date 2024-03-01 The maker will ship Tor Falcon radars to the navy next year."
    assert verb_ship(text, text.index("ship"))
    assert "Tor Falcon" not in _assets(text)


def test_a_model_code_opens_the_name_after_it() -> None:
    text = " date 2024-03-01 The firm will deliver K7 Grey Wolf tanks. The army bought 90 K7 tanks under the deal."
    names = _assets(text)
    assert "K7 Grey Wolf" in names and "Grey Wolf" not in names and "K7" not in names


def test_a_flagged_vessel_phrase_is_the_one_named_ship() -> None:
    text = (" date 2024-03-01 Navy says Cook Islands-flagged oil tanker seized\n\n"
            "The navy says a Cook Islands-flagged oil tanker was seized in the strait. It named the tanker Silver Heron.")
    names = _assets(text)
    assert "Silver Heron" in names and not any("flagged" in n for n in names)


def test_a_possessive_owner_does_not_hide_a_bridge_alias() -> None:
    text = (" date 2024-03-01 Drone Hits Depot Near Putin's Crimea Bridge\n\n"
            "A fuel depot was on fire after a drone attack, officials said. The Kerch Strait Bridge was closed for hours.")
    bridges = [n for n in _assets(text) if n.endswith("Bridge")]
    assert len(bridges) == 1


def test_a_place_followed_by_a_capitalised_word_is_part_of_a_name() -> None:
    text = " date 2024-03-01 A depot near the Kerch Strait Bridge was on fire after a drone attack."
    assert "Kerch Strait depot" not in _assets(text)


def test_a_ship_after_a_trade_class_word_is_named() -> None:
    names = _assets(" date 2024-03-01 The crew of the bulker Silver Heron left the ship after it was struck by missiles.")
    assert "Silver Heron" in names


def test_a_space_station_is_a_facility_head() -> None:
    names = _assets(" date 2024-03-01 The rocket was launched from the Dasht Kavir National Space Station on Thursday.")
    assert "Dasht Kavir National Space Station" in names


def test_a_model_known_as_the_name_is_an_asset() -> None:
    names = _assets(" date 2024-03-01 The new rocket is larger than an earlier model known as the Tarvos, which failed twice.")
    assert "Tarvos" in names


def test_a_named_gas_project_is_a_facility() -> None:
    names = _assets(" date 2024-03-01 Insurgents attacked a town south of the Kelmora gas project on Sunday.")
    assert "Kelmora gas project" in names


def test_a_verb_after_to_is_no_modifier() -> None:
    names = _assets(" date 2024-03-01 The state has used the rocket to launch satellites into orbit since 2015.")
    assert "launch satellites" not in names


def test_sites_named_by_a_programme_acronym_are_an_asset() -> None:
    text = (" date 2024-03-01 The minister visited one of the existing KDCA sites. "
            "Officials said the new KDCA sites would be built in the north.")
    assert any(n.endswith("KDCA sites") for n in _assets(text))


def test_an_attack_site_is_no_facility() -> None:
    names = _assets(" date 2024-03-01 Images from the alleged attack site show a burned truck that was used to fire rockets.")
    assert "attack site" not in names


def test_a_seaport_and_an_airstrip_are_facility_heads() -> None:
    names = _assets(" date 2024-03-01 Drones struck the seaport of Varnet overnight. Rebels fired rockets at the nearby Kelmora airstrip.")
    assert "seaport of Varnet" in names and "Kelmora airstrip" in names


def test_the_place_after_a_port_city_of_phrase_is_the_place() -> None:
    names = _assets(" date 2024-03-01 Drones struck an oil depot in the port city of Varnet on Monday.")
    assert "Varnet oil depot" in names


def test_a_named_launch_vehicle_and_launch_center() -> None:
    names = _assets(" date 2024-03-01 The state used the Tarvos launch vehicle, which lifted off from the Kelmora Launch Center.")
    assert "Tarvos" in names and "Kelmora Launch Center" in names


def test_a_city_s_possessive_is_no_weapon_name() -> None:
    names = _assets(" date 2024-03-01 Warplanes struck targets in retaliation for Varnet's ballistic missile attack last month.")
    assert not any("Varnet" in n for n in names)


def test_a_one_word_possessive_is_part_of_a_hospital_name() -> None:
    text = " date 2024-03-01 A ransomware attack disrupted services at Queen’s Valley Hospital in the capital."
    names = _assets(text)
    assert "Queen’s Valley Hospital" in names and "Valley Hospital" not in names


def test_its_airport_that_is_hit_is_an_asset() -> None:
    names = _assets(" date 2024-03-01 Drones attacked Varnet again, hitting the city's main fuel depot, its international airport and a hotel.")
    assert "international airport" in names


def test_a_place_s_facility_is_named_by_the_place() -> None:
    names = _assets(" date 2024-03-01 Missiles struck Varnet's port overnight, officials said.")
    assert "Varnet port" in names


def test_a_bare_site_takes_the_name_of_its_later_named_mention() -> None:
    text = (" date 2024-03-01 The fleet left the port after a string of attacks on its headquarters. "
            "Officials said the Grey Sea Fleet headquarters would move to a new building.")
    names = _assets(text)
    assert "Grey Sea Fleet headquarters" in names and "headquarters" not in names


def test_a_place_name_goes_on_over_its_particle() -> None:
    names = _assets(" date 2024-03-01 Insurgents attacked the port of Vila da Serra. Drones struck the Ras al-Varn refinery overnight.")
    assert "port of Vila da Serra" in names and "Ras al-Varn refinery" in names


def test_an_english_word_is_no_particle_unless_hyphenated() -> None:
    """"at", "an", "as" join a place name only with a hyphen ("Ras an-Varn"): a title-case
    headline "Cargo Handling at Kobe Port" is no facility name."""
    text = (" date 2024-01-01 Hackers Disrupt Cargo Handling at Kobe Port\n\nThe container terminal system at "
            "the Port of Kobe was infected with ransomware, officials said. The Kobe port is a trade hub.\n")
    names = _assets(text)
    assert not any(" at " in name for name in names), names
    assert any("Kobe" in name for name in names)
    assert "Ras an-Varn refinery" in _assets(" date 2024-03-01 Drones struck the Ras an-Varn refinery overnight.")


def test_a_name_that_sank_is_a_ship() -> None:
    names = _assets(" date 2024-03-01 Missiles struck the Varnetta, which later sank in the strait, officials said.")
    assert "Varnetta" in names


def test_an_owner_s_network_that_is_hacked_is_an_asset() -> None:
    assert "IT network" in _assets(" date 2024-03-01 Hackers disrupted the clinic's IT network for three days.")
    assert "utility's network" in _assets(" date 2024-03-01 The wiper malware erased computers across the utility's network.")


def test_a_market_that_sank_is_no_ship() -> None:
    names = _assets(" date 2024-03-01 After the missile attack the Varnex index sank 4% and the Dolar sank against the euro.")
    assert not any(n in names for n in ("Varnex", "Dolar"))


def test_a_headline_s_first_word_and_title_case_make_no_asset_name() -> None:
    """Capitals that only the headline has are headline case, whatever rule read them: the
    first word of a sentence-case headline, and a title-case headline's words."""
    sentence_case = (" date 2022-08-11 Dramatic satellite pictures show scorched earth at a Kelmor airbase\n\n"
                     "New satellite images showed damage at the Kelmor air base after blasts on Tuesday.\n")
    names = _assets(sentence_case)
    assert not any(n.startswith("Dramatic") for n in names) and any("Kelmor" in n for n in names)
    title_case = (" date 2023-04-26 Huge Crater On Road Shows Impact Of Blast In Varnia\n\n"
                  "The ambush in Varnia left a hole on the road, police said.\n")
    assert not any("Crater" in n for n in _assets(title_case))


def test_a_quoted_hyphenated_adjective_is_no_ship_name() -> None:
    text = (" date 2024-04-13 Guards seize ‘Israeli-linked’ ship in the strait\n\n"
            "Commandos seized the container ship MSC Tarvos near the strait on Saturday.\n")
    names = _assets(text)
    assert "Israeli-linked" not in names and "MSC Tarvos" in names
