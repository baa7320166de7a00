"""Session 5 mechanisms (docs/generator-quality.md): general causes of test7's misses and
false positives, each checked on short made-up texts and on variants of their wording."""

from __future__ import annotations

from tui.generate.extract import extract

from .helpers import asset_names as _assets


def _actors(text: str) -> list[str]:
    return [a.name for a in extract(text)["actors"]]


def test_a_sum_of_money_is_no_hull_number() -> None:
    for money in ("USD 450 million", "EUR 1200 million", "INR 3400 billion"):
        text = f" date 2024-03-01 Ministers signed the {money} deal for frigates and patrol ships built at the yard."
        assert not any("-" in n and n.split("-")[-1].isdigit() for n in _assets(text)), money


def test_the_number_of_a_model_code_is_no_count() -> None:
    for code, cls in (("MV-22 Osprey aircraft", "MV-22"), ("CH-53 Stallion helicopters", "CH-53"), ("AH-64 Apache helicopters", "AH-64")):
        names = _assets(f" date 2024-03-01 Marines flew {code} from the deck of the carrier to the beach.")
        assert cls in names, (code, names)
        assert not any(n.endswith(("aircraft", "helicopters")) for n in names), names  # no "22 ... aircraft"


def test_a_bare_name_said_before_its_model_code_is_that_model() -> None:
    for code, name in (("Kh-47M2", "Kinzhal"), ("RS-28", "Sarmat")):
        text = (" date 2024-03-01 Air defences shot down a Norland hypersonic missile over the capital.\n\n"
                f"The {name} is one of several weapons Norland unveiled in 2019.\n\n"
                f"The commander said the {code} {name} had been shot down on Thursday night.")
        names = _assets(text)
        assert code in names and name not in names, names


def test_a_class_said_right_before_a_name_is_that_name() -> None:
    for cls in ("the supersonic cruise missile", "the long-range anti-ship missile", "the air-launched ballistic missile"):
        text = (" date 2024-03-01 Norland buys Tarvos missiles\n\n"
                f"Norland signed a deal with a joint venture, which produces {cls} Tarvos that can be launched from ships.")
        names = _assets(text)
        assert names == ["Tarvos"], (cls, names)


def test_a_class_in_apposition_to_a_named_ship_is_that_ship() -> None:
    for ship, cls in (("USS Mason", "an Arleigh Burke-class destroyer"), ("RFS Admiral Levchenko", "a Kirov-class cruiser")):
        text = (f" date 2024-03-01 Early on Saturday the {ship}, {cls}, shot down a drone over the Red Sea.\n\n"
                "The Indian navy said its destroyer INS Kolkata was assisting the crew.")
        names = _assets(text)
        assert ship in names and not any(n.endswith(("destroyer", "cruiser")) for n in names), names


def test_the_vessel_that_introduces_a_name_is_the_earlier_unnamed_ship() -> None:
    for ship in ("a Norland coal ship", "a Panamanian oil tanker"):
        text = (f" date 2024-03-01 Authorities have seized {ship} used to sell coal in breach of sanctions.\n\n"
                "Officials said that the vessel, the Blue Heron, is approaching port.")
        assert _assets(text) == ["Blue Heron"], ship


def test_a_shorter_description_of_a_class_is_that_class() -> None:
    text = (" date 2024-03-01 Forces struck a Houthi anti-ship missile that was prepared to launch.\n\n"
            "Later the destroyer had to shoot down a Houthi missile targeting it.")
    assert _assets(text) == ["Houthi anti-ship missile"]


def test_a_place_airport_is_not_the_naval_base_in_that_place() -> None:
    for first, second in (("Militants attacked the naval base in Kelmora on Monday.", "Gunmen tried to storm Kelmora Airport where the base is located."),
                          ("Drones struck Kelmora Airport overnight.", "Later drones hit the naval facility in Kelmora, the navy said.")):
        names = _assets(f" date 2024-03-01 {first} {second}")
        assert "Kelmora Airport" in names and len(names) == 2, names


def test_a_ship_prefixed_name_a_naval_base_introduces_is_the_base() -> None:
    for intro in ("Pakistan Naval Base, PNS Kelmora in Varnet,", "Indian Naval Station, INS Kelmora in Varnet,"):
        text = (f" date 2024-03-01 Militants attacked {intro} on Monday, the army said.\n\n"
                "The attack on the naval base in Varnet was repulsed.")
        names = _assets(text)
        assert len(names) == 1 and names[0].endswith("Kelmora"), names


def test_oil_and_gas_fields_are_facilities() -> None:
    names = _assets(" date 2024-03-01 Drones set fire to the Zhanor oilfield, the Kelmora oil field and the Varnet Gas Field.")
    assert {"Zhanor oilfield", "Kelmora oil field", "Varnet Gas Field"} <= set(names), names


def test_several_noun_modifiers_may_stand_between_a_place_and_its_facility_head() -> None:
    for site in ("Kelmora natural gas liquefaction facility", "Varnet water treatment plant", "Zhanor crude oil export terminal",
                 "Kelmora coke plant"):
        names = _assets(f" date 2024-03-01 Drones caused a fire at the {site} on Sunday, officials said.")
        assert site in names, (site, names)


def test_a_verb_that_opens_a_list_item_is_no_modifier_of_its_class() -> None:
    for text in ("Police seized rifles, confiscated armoured vehicles and burned drug laboratories.",
                 "Troops have captured several rebel camps, destroyed drug production facilities and detonated landmines."):
        names = _assets(" date 2024-03-01 " + text)
        assert not any(n.split()[0] in ("confiscated", "destroyed") for n in names), names
    assert "armoured vehicles" in _assets(" date 2024-03-01 Police seized rifles, confiscated armoured vehicles and burned drug laboratories.")


def _actor_forms(text: str) -> set[str]:
    return {f for a in extract(text)["actors"] for f in (a.name, *a.aliases)}


def test_a_state_name_before_a_force_noun_is_the_state_s_forces() -> None:
    for noun in ("army", "military", "navy"):
        assert f"Pakistan {noun}" in _actor_forms(f" date 2024-03-01 The Pakistan {noun} said all eight militants were killed."), noun
    assert "Pakistani forces" not in _actors(" date 2024-03-01 In Pakistan troops were deployed to the border.")


def test_an_organisation_word_a_few_words_after_a_facility_head_makes_an_organisation() -> None:
    for org in ("Varnet Harbor Transportation Association", "Varnet Port Workers Union"):
        text = f" date 2024-03-01 Work stopped at the terminal after the attack, the {org} said on Wednesday."
        assert org in _actors(text) and not any(n.startswith("Varnet") for n in _assets(text)), org


def test_corp_ends_a_company_name() -> None:
    assert "Kelmor Motor Corp" in _actors(" date 2024-03-01 Leading automaker Kelmor Motor Corp. is headquartered in the nearby city.")


def test_two_fields_joined_by_and_stay_in_one_organisation_name() -> None:
    for name in ("Defence Research and Development Organisation", "Norland Science & Technology Agency"):
        names = _actors(f" date 2024-03-01 The deal was signed by the {name} on Friday.")
        assert any(n.endswith(name) for n in names) and "Development Organisation" not in names, names
    assert {"Verizon", "Lumen Technologies"} <= set(_actors(" date 2024-03-01 Verizon and Lumen Technologies said the outage ended."))


def test_a_day_or_month_after_an_organisation_is_no_part_of_its_name() -> None:
    for when in ("on Friday", "in March"):
        names = _actors(f" date 2024-03-01 The deal was signed by the Norland Space Agency {when}, officials said.")
        assert "Norland Space Agency" in names, names
    assert "Council on Foreign Relations" in _actors(" date 2024-03-01 The Council on Foreign Relations said in May that the deal would hold.")


def test_a_legal_suffix_does_not_make_a_second_company() -> None:
    names = _actors(" date 2024-03-01 Orion Aerospace Private Limited (OAPL) signed the deal. Officials of Orion Aerospace were present.")
    assert names == ["Orion Aerospace Private Limited"], names


def test_a_given_name_spelt_two_ways_is_one_person() -> None:
    text = " date 2024-03-01 Ambassador Shambhu Kumaran said the deal was signed. Later, Indian envoy Sambhu Kumaran said the ministry was thanked."
    names = _actors(text)
    assert "Shambhu Kumaran" in names and "Sambhu Kumaran" not in names, names
    assert {"Mark Kelly", "Mary Kelly"} <= set(_actors(" date 2024-03-01 Mark Kelly said the vote failed. Mary Kelly said it passed."))


def test_a_defined_name_of_a_thing_is_no_organisation() -> None:
    for text in ("The test used Multiple Independently Targetable Re-entry Vehicle (MIRV) technology, officials said.",
                 "The army fired a Precision Strike Missile (PrSM) on Monday."):
        assert _actors(" date 2024-03-01 " + text) == [], text
    assert "Islamic Revolutionary Guard Corps" in _actors(" date 2024-03-01 The Islamic Revolutionary Guard Corps (IRGC) said the test succeeded.")


def test_a_titled_name_before_a_place_word_is_the_place_s_name() -> None:
    assert _actors(" date 2024-03-01 The test was carried out from Dr. APJ Abdul Kalam Island, off the coast of Odisha state.") == []


def test_a_name_with_an_office_in_apposition_is_a_person() -> None:
    for text, name in (("Geoffrey Berman, the U.S. attorney in New York, said there was no link.", "Geoffrey Berman"),
                       ("Ravel Ostrom, a retired naval captain, explained that the ships were training.", "Ravel Ostrom")):
        assert name in _actors(" date 2024-03-01 " + text), text
    assert not any("Kelmora" in n for n in _actors(" date 2024-03-01 Kelmora Harbour, the main port of the region, was closed."))


def test_a_site_named_by_place_and_purpose_is_an_asset_when_any_mention_is_attacked() -> None:
    text = (" date 2024-03-01 Gunmen tried to infiltrate the Kelmora gendarmerie school before dawn.\n\n"
            "The group claimed to have targeted the gendarmerie school and the airport.")
    names = _assets(text)
    assert "Kelmora gendarmerie school" in names and "gendarmerie school" not in names, names
    assert "Varnet police academy" in _assets(" date 2024-03-01 Militants stormed the Varnet police academy on Monday.")
    assert _assets(" date 2024-03-01 She studied at the Varnet police academy for two years.") == []


def test_an_ambushed_convoy_is_an_asset() -> None:
    for text in ("Rebels ambushed a military convoy in a remote valley on Friday.",
                 "Drones struck the supply convoy near the border.",
                 "A police convoy of four trucks was attacked near the town."):
        names = _assets(" date 2024-03-01 " + text)
        assert any(n.endswith("convoy") for n in names), (text, names)
    assert _assets(" date 2024-03-01 The frigate was the first of the convoy to enter the port.") == []


def test_weapons_named_with_a_system_head_are_no_company() -> None:
    text = " date 2024-03-01 The package includes munitions for National Advanced Surface-to-Air Missile Systems, officials said."
    assert _actors(text) == []
    assert "Kelmor Defense Systems" in _actors(" date 2024-03-01 Shares of Kelmor Defense Systems rose after the contract.")


def test_a_clause_before_a_class_noun_is_no_modifier() -> None:
    for text in ("The package includes munitions for air defences, officials said.", "The army sends tanks to the front."):
        assert not any(" " in n and n.split()[-2].endswith("s") for n in _assets(" date 2024-03-01 " + text)), text


def test_uk_and_british_name_one_ministry() -> None:
    text = " date 2024-03-01 The UK Ministry of Defence said the ship was hit. The British Defence Ministry later said it sank."
    assert "British Defence Ministry" not in _actors(text)


def test_a_coalition_led_by_a_state_is_an_actor() -> None:
    for text, name in (("The rebels are fighting the government and a Saudi-led coalition.", "Saudi-led coalition"),
                       ("Airstrikes by the US-led coalition hit the town.", "US-led coalition")):
        assert name in _actors(" date 2024-03-01 " + text), text


def test_a_ship_known_by_its_crew() -> None:
    for text in ("The navy said its destroyer was assisting the Marlin Kelmora's crew in fighting the fire.",
                 "The crew aboard the Marlin Kelmora put out the fire on Saturday."):
        assert "Marlin Kelmora" in _assets(" date 2024-03-01 " + text), text
    assert _assets(" date 2024-03-01 The crew of the Navy were rescued.") == []


def test_a_flagged_tanker_is_the_one_named_merchant_ship_beside_warships() -> None:
    text = (" date 2024-03-01 The crew aboard a Marshall Islands-flagged tanker put out a fire after a missile hit.\n\n"
            "The USS Carney shot down a second missile. The attack on the Marlin Kelmora worried shippers.\n\n"
            "The destroyer INS Kolkata was assisting the Marlin Kelmora's crew.")
    names = _assets(text)
    assert "Marlin Kelmora" in names and not any("flagged" in n for n in names), names


def test_a_state_a_ship_is_bound_for_is_no_actor() -> None:
    text = " date 2024-03-01 The tanker is carrying naphtha bound for Singapore, the company said."
    assert "Singapore" not in _actors(text)


def test_a_person_named_by_a_map_feature_is_a_place() -> None:
    text = (" date 2023-08-03 Beach landings mark Kelmora drills finale\n\nMarines stormed ashore on Thursday, officials said.\n\n"
            "General Ravel Ostrom, who observed operations from sand dunes at Varnet Beach, was deputy commander of the force.")
    assert _actors(text) == ["Ravel Ostrom"]


def test_a_computer_system_named_by_its_purpose_that_a_cyberattack_hits() -> None:
    for text, name in (("The container terminal system at the port has been infected with ransomware.", "container terminal system"),
                       ("The billing system of the utility was hit by ransomware on Monday.", "billing system"),
                       ("Hackers took down the ticketing system at the airport.", "ticketing system")):
        assert name in _assets(" date 2024-03-01 " + text), text
    assert _assets(" date 2024-03-01 Hackers said the political system was corrupt.") == []
    assert _assets(" date 2024-03-01 The ticketing system at the airport was slow on Monday.") == []


def test_the_fighters_of_a_text_that_names_one_armed_group_are_that_group() -> None:
    text = (" date 2024-03-01 Security forces repulsed an attack by militants on the naval base, the army said.\n\n"
            "Police said four gunmen attempted to storm the airport.\n\n"
            "The banned separatist group, the Kelmora Liberation Army (KLA), claimed responsibility.")
    assert [n for n in _actors(text) if n not in ("Security forces",)] == ["Kelmora Liberation Army"]
    text = (" date 2024-03-01 Drone attacks set fire to two oil plants on Saturday, state media said.\n\n"
            "Houthi fighters were blamed for the attacks. In recent months, the rebels have carried out a series of drone attacks.")
    assert _actors(text) == ["Houthis"]


def test_a_system_named_by_its_state_is_no_purpose() -> None:
    """'the compromised system', 'the affected networks' say what happened to a system, not
    what it is for: no asset (the purpose-named 'container terminal system' still is one)."""
    from tui.generate.extract import extract

    text = (" date 2024-01-01 Hackers hit a water utility\n\nThe hackers took control of the compromised system "
            "at the pumping station after the cyberattack. The affected networks were isolated.\n")
    names = [a.name for a in extract(text)["assets"]]
    assert not any("compromised" in n or "affected" in n for n in names), names
