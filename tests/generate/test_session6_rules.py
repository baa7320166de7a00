"""Session 6 mechanisms (docs/generator-quality.md): general causes of test8's (and test6/test7's
remaining) misses and false positives, each checked on short made-up texts and on variants of
their wording."""

from __future__ import annotations

from tui.generate.extract import extract

from .helpers import asset_names as _assets


def test_a_range_or_cosmodrome_after_its_place_name_is_a_facility() -> None:
    for site in ("the Tarvik cosmodrome", "the Tarvik state test cosmodrome", "the Tarvik training ground",
                 "the Tarvik test site", "the Tarvik missile range", "the Tarvik Proving Ground"):
        text = f" date 2024-03-01 Norland launched a new missile from {site} on Wednesday, the ministry said."
        names = _assets(text)
        assert len(names) == 1 and names[0].startswith("Tarvik ") and names[0] == site[4:], (site, names)


def test_a_count_with_a_dotted_state_abbreviation_is_a_class() -> None:
    for owner in ("U.S.", "US", "UK"):
        text = f" date 2024-03-01 Militants destroyed two {owner} helicopters and several vehicles at the airstrip."
        assert "helicopters" in _assets(text), owner
    for said in ("A U.S. Navy warship shot down a drone.", "The missile was fired at a US destroyer."):
        assert _assets(f" date 2024-03-01 {said}") == [], said  # a single ship of a navy names no class
    # a state's service keeps the state: "Navy warships" names no one's ships
    assert _assets(" date 2024-03-01 Drills\n\nFive Russian Navy warships sailed into the bay.") == ["Russian Navy warships"]
    assert _assets(" date 2024-03-01 Drills\n\nFive Russian warships sailed into the bay.") == ["warships"]
    text = " date 2024-03-01 Rammed\n\nThe ships collided with several Chinese coast guard vessels near the shoal."
    assert _assets(text) == ["Chinese coast guard vessels"]


def test_a_dateline_in_capitals_that_ends_in_a_site_head_is_that_site() -> None:
    for dateline, name in (("TARVIK BAY TRAINING AREA, Norland —", "Tarvik Bay Training Area"),
                           ("AL-TARVIK AIR BASE, Norland (AP) —", "Al-Tarvik Air Base"),
                           ("CAMP TARVIK, Norland —", "Camp Tarvik")):
        for lead in ("", "Drills end with beach landings\n\n"):
            text = f" date 2024-03-01 {lead}{dateline} Troops landed on a beach on Wednesday."
            assert _assets(text) == [name], (dateline, lead)
    assert _assets(" date 2024-03-01 Talks\n\nKELMORA, Norland — Officials met on Monday.") == []


def test_a_class_that_says_only_aircraft_is_the_one_aircraft_model() -> None:
    for cls in ("six aircraft", "six jets", "six fighter jets", "six warplanes"):
        text = f" date 2024-03-01 Norland will buy 42 KX-21 multirole fighters. The minister confirmed an initial order for {cls}."
        assert _assets(text) == ["KX-21"], cls
    # two models: the class of aircraft is neither of them
    text = " date 2024-03-01 China sent KX-21 fighters and H-6K bombers. Officials counted 62 Chinese military aircraft."
    assert "military aircraft" in _assets(text)


def test_classes_that_say_only_aircraft_are_one_class_of_one_owner() -> None:
    text = (" date 2024-03-01 Images show several Russian fighter jets destroyed at the base. The blasts damaged up to "
            "20 aircraft. Russian warplanes have launched strikes from the base.")
    assert [n for n in _assets(text) if n != "base"] == ["fighter jets"]  # the base, said twice, is an asset of its own
    text = " date 2024-03-01 China sent 30 fighter jets and bombers. Officials counted 62 Chinese military aircraft near the island."
    assert [n for n in _assets(text) if n != "bombers"] == ["fighter jets"]
    text = " date 2024-03-01 Russian warplanes struck the town on Monday. Later, two Ukrainian fighter jets were shot down."
    assert len(_assets(text)) == 2  # two states' aircraft


def test_a_headline_site_named_by_a_region_is_the_first_site_of_its_kind_in_the_body() -> None:
    for region, site in (("Crimea", "Tarvik air base"), ("Syria", "Tarvik airbase")):
        text = (f" date 2024-03-01 Satellite pictures show damage at {region} airbase after explosions\n\n"
                f"Officials mocked claims that a smoker caused a fire at the {site}. Blasts were also reported at the Kelmora airbase.")
        assert _assets(text) == [site, "Kelmora airbase"], region
    text = " date 2024-03-01 Drone hits Tarvik air base\n\nOfficials said drones also struck the Kelmora air base."
    assert _assets(text) == ["Tarvik air base", "Kelmora air base"]  # a named place's base is a base of its own


def test_the_hacked_system_is_the_product_system_the_text_names() -> None:
    for product in ("Kelvo Vision", "Marten Unistream"):
        text = (" date 2024-03-01 Hackers took control of a water station. Alarms sounded as soon as the system was "
                f"compromised. The target of the hack was a {product} system, a programmable logic controller.")
        assert _assets(text) == [product], product


def test_a_class_compared_with_another_is_no_asset() -> None:
    for said in ("can deliver more explosives than missiles", "can deliver more explosives than the missiles or aerial drones",
                 "used fewer rockets than drones"):
        assert _assets(f" date 2024-03-01 Experts warn that the boats {said}.") == [], said
    assert _assets(" date 2024-03-01 Police seized explosives and rifles at the farm.") == ["explosives", "rifles"]


def test_a_weapon_system_said_by_its_capitalised_full_name_is_an_asset() -> None:
    text = (" date 2024-03-01 The package includes munitions for National Advanced Surface-to-Air Missile Systems and "
            "ammunition for High Mobility Artillery Rocket Systems (HIMARS).")
    assert _assets(text) == ["National Advanced Surface-to-Air Missile Systems", "HIMARS"]
    text = " date 2024-03-01 Norland fielded its first Kelmora Coastal Defence Missile System on the island."
    assert _assets(text) == ["Kelmora Coastal Defence Missile System"]
    assert _assets(" date 2024-03-01 Officials at Hillcrest HealthCare System said patients were safe.") == []
    assert _assets(" date 2024-03-01 Shares of Kelmor Advanced Defense Systems rose after the contract.") == []


def test_weapons_counted_by_their_calibre_are_a_class() -> None:
    for said, name in (("20 120 mm mortar systems", "120 mm mortar systems"), ("eighteen 155mm howitzers", "155mm howitzers"),
                       ("six 120-mm mortars", "120-mm mortars")):
        text = f" date 2024-03-01 The latest aid includes {said} and 20,000 rounds of 120mm mortar ammunition."
        assert _assets(text) == [name, "120mm mortar ammunition"], said


def test_a_weight_describes_one_weapon() -> None:
    for said, name in (("a powerful 50-kg improvised explosive device", "powerful 50-kg improvised explosive device"),
                       ("a 500-pound bomb", "500-pound bomb"), ("an improvised explosive device", "improvised explosive device")):
        assert _assets(f" date 2024-03-01 The ambush involved the use of {said} that left a crater.") == [name], said
    assert _assets(" date 2024-03-01 The blast left a 20-kg crater and a bomb shelter.") == []


def test_the_vehicle_an_attack_names_is_an_asset() -> None:
    for said, name in (("Rebels used a mine to target the van in which the policemen were travelling.", "van"),
                       ("A police vehicle was blown up near the town.", "police vehicle"),
                       ("Gunmen opened fire on a passenger bus on the highway.", "passenger bus")):
        assert _assets(f" date 2024-03-01 {said}") == [name], said
    assert _assets(" date 2024-03-01 A car bomb hit the market.") == ["car bomb"]
    assert _assets(" date 2024-03-01 Officials travelled in a bus to the site.") == []


def test_a_state_checkpoint_or_post_in_a_place_is_named_by_the_place() -> None:
    for said, name in (("an assault on a Pakistani checkpoint in the Tarvik area", "Tarvik checkpoint"),
                       ("an attack on an army checkpoint in Tarvik", "Tarvik army checkpoint"),
                       ("a raid on a border post at Tarvik", "Tarvik border post")):
        assert _assets(f" date 2024-03-01 Officials reported {said} on Saturday.") == [name], said
    assert _assets(" date 2024-03-01 Missiles hit a command post in the Kursk region on Monday.") == ["command post"]


def test_a_site_with_an_owner_acronym_is_not_the_site_named_by_a_place() -> None:
    text = (" date 2024-03-01 Forces attacked a Pakistani checkpoint in the Tarvik area on Saturday.\n\n"
            "On Sunday the assault targeted an FC checkpoint manned by the scouts.")
    assert _assets(text) == ["Tarvik checkpoint", "FC checkpoint"]


def test_a_ship_class_known_as_a_name_is_that_ship() -> None:
    for said, name in (("An old Norland Navy corvette formerly known as the PS-31 was used as a target.", "PS-31"),
                       ("The navy sank a frigate, once known as the Tarvik, in the drill.", "Tarvik"),
                       ("Commandos seized a tanker called Kelmora Star off the coast.", "Kelmora Star")):
        text = f" date 2024-03-01 {said}"
        assert _assets(text) == [name], said
        assert name not in [a.name for a in extract(text)["actors"]]


def test_a_state_class_of_a_text_that_names_none_of_its_kind_is_an_asset() -> None:
    text = (" date 2024-03-01 Visiting Chinese warships have been training Cambodian sailors. Satellite images show "
            "the Chinese vessels docked at the pier.")
    assert _assets(text) == ["Chinese warships"]  # one state's ships, told two ways
    text = " date 2024-03-01 The air force scrambled jets to prevent Chinese drones from violating the airspace."
    assert "Chinese drones" in _assets(text)
    for said in ("Japanese and Chinese vessels have been involved in clashes.",  # two states: a general statement
                 "Bombers moved beyond the reach of most Ukrainian drones.",  # a quantifier: a general statement
                 "Russian warships escorted the frigate Admiral Tarvik into port."):  # the named ship is the asset
        assert not any(n.startswith(("Japanese", "Chinese", "Ukrainian", "Russian")) for n in _assets(f" date 2024-03-01 {said}")), said


def test_bare_bombs_are_munitions_not_an_asset() -> None:
    text = " date 2024-03-01 Officials said the F-16 jets dropped two bombs on a road near the border."
    assert _assets(text) == ["F-16"]
    assert "guided air bombs" in _assets(" date 2024-03-01 Su-34 jets dropped 20 guided air bombs on the town.")


def test_a_pier_a_base_is_built_with_is_an_asset() -> None:
    for said, name in (("the newly built base and its deep-draft pier", "deep-draft pier"),
                       ("the base, where Norland built a deep-water jetty", "deep-water jetty")):
        text = f" date 2024-03-01 The ships were the first to be given access to {said}, officials said."
        assert name in _assets(text), said
    assert _assets(" date 2024-03-01 The ferry docked at the pier on Monday.") == []


def test_an_island_or_range_a_launch_is_made_from_is_a_launch_site() -> None:
    for said, name in (("the test flight was carried out from Dr. APJ Tarvik Island, off the coast", "Dr. APJ Tarvik Island"),
                       ("the missile was launched from Kelmora Atoll on Tuesday", "Kelmora Atoll"),
                       ("the rocket was test-fired from the Kelmora Missile Range", "Kelmora Missile Range")):
        assert name in _assets(f" date 2024-03-01 Officials said {said}."), said
    assert _assets(" date 2024-03-01 Tourists flew from Kelmora Island to the capital.") == []


def test_a_name_listing_a_member_of_a_counted_class_is_a_model() -> None:
    text = " date 2024-03-01 A report said two fixed-wing aircraft, a U.S. Tarvo and a Kenyan one, were destroyed."
    assert "Tarvo" in _assets(text)
    text = " date 2024-03-01 Rebels downed two helicopters, a Kelmo Hawk and a Tarvo, near the town."
    assert {"Kelmo Hawk", "Tarvo"} <= set(_assets(text))
    text = " date 2024-03-01 The navy sent two ships, a Russian frigate and a tanker, to the strait."
    assert not any(n.startswith("Russian") and not n.endswith(("frigate", "tanker")) for n in _assets(text))  # no model "Russian"


def test_a_two_word_demonym_before_a_counted_class_is_its_owner() -> None:
    for said, name in (("the threat of a North Korean missile", "missile"), ("two South Korean frigates", "frigates"),
                       ("three North Korean tanks", "tanks")):
        assert _assets(f" date 2024-03-01 Officials warned of {said} near the border.") == [name], said


def test_a_class_said_with_the_side_that_owns_it_is_that_sides_class() -> None:
    for said, name in (("by drones attributed to the Kelmora Support Forces (KSF)", "KSF drones"),
                       ("by missiles launched by Russia", "Russian missiles"),
                       ("by boats operated by the Tarvik Guard Corps", "Tarvik Guard Corps boats")):
        assert name in _assets(f" date 2024-03-01 The port was attacked on Tuesday {said}, officials said."), said
    for said in ("it downed nine out of 14 drones launched by Russia", "the annex was hit by six missiles fired by F35 fighter jets"):
        assert not any(n in ("Russian drones", "F35 missiles") for n in _assets(f" date 2024-03-01 Officials said {said}.")), said


def test_the_second_head_of_a_coordination_takes_the_first_heads_owner_and_weapon() -> None:
    text = " date 2024-03-01 Jets and Tomahawk missiles took out Houthi missile storage sites and launchers."
    assert "Houthi missile launchers" in _assets(text)
    text = " date 2024-03-01 Drones hit Russian ammunition depots and warehouses near the front."
    assert "Russian ammunition warehouses" in _assets(text)


def test_missile_classes_whose_descriptions_never_contradict_are_one_class() -> None:
    text = (" date 2024-03-01 The long-range Kelmo air defense system intercepted a surface-to-surface missile over the sea.\n\n"
            "Earlier interceptions downed a Houthi ballistic missile from Yemen.")
    assert [n for n in _assets(text) if "missile" in n] == ["surface-to-surface missile"]
    for first, second in (("a cruise missile", "a ballistic missile"), ("an anti-ship missile", "a surface-to-air missile"),
                          ("a short-range ballistic missile", "an intercontinental ballistic missile")):
        text = f" date 2024-03-01 Norland fired {first} on Monday. On Tuesday it fired {second} at the port."
        assert len([n for n in _assets(text) if "missile" in n]) == 2, (first, second)


def test_a_bare_class_that_opens_a_clause_and_attacks_is_the_weapon() -> None:
    for said, name in (("According to reports, fighter jets launched from Tarvik, the regional capital, attacked the attackers as they fled.", "fighter jets"),
                       ("Helicopters flying from the carrier, officials said, fired on the column.", "helicopters"),
                       ("Officials said on Monday, drones struck the oil depot overnight.", "drones")):
        assert name in _assets(f" date 2024-03-01 {said}"), said
    assert _assets(" date 2024-03-01 Officials said that the jets were not at the base when drones struck.") == []


def test_a_conjunction_before_a_class_noun_is_no_modifier() -> None:
    for said in ("the jets were not at the base when drones struck", "the town that drones hit was empty",
                 "the port after missiles hit it"):
        assert not any(" " in n for n in _assets(f" date 2024-03-01 Officials said {said}.")), said


def test_storming_overrunning_and_torching_act_on_a_site() -> None:
    for said, name in (("Militants stormed a police station in Tarvik and killed four officers.", "police station"),
                       ("Insurgents overran an army outpost near the border.", "army outpost"),
                       ("Gunmen torched a fuel depot outside the town.", "fuel depot")):
        assert name in _assets(f" date 2024-03-01 {said}"), said


def test_a_named_link_and_its_head_are_one_asset() -> None:
    for said, name in (("damaged the Tarvikconnector gas pipeline", "Tarvikconnector"), ("cut the Kelmo 2 power cable", "Kelmo 2")):
        names = _assets(f" date 2024-03-01 Officials said an anchor {said} on Sunday.")
        assert names == [name], (said, names)


def test_a_mine_named_by_its_place_and_mineral_is_a_site() -> None:
    for said, name in (("seized the Tarvik coltan mine", "Tarvik coltan mine"), ("guarded the Kelmora gold mine", "Kelmora gold mine"),
                       ("took a Ukrainian coal mine", "coal mine")):
        assert _assets(f" date 2024-03-01 Officials said rebels {said} on Sunday.") == [name], said


def test_a_flagship_introduces_a_ships_name() -> None:
    text = " date 2024-03-01 The Norland fleet flagship Tarvik sank after being hit by two Neptune missiles."
    assert "Tarvik" in _assets(text)


def test_power_plants_by_abbreviation_and_sites_by_their_purpose() -> None:
    for said, name in (("Drones damaged the Tarvik TPP overnight.", "Tarvik TPP"), ("Missiles hit the Kelmo HPP.", "Kelmo HPP"),
                       ("Rockets hit the Tarvik air traffic control base.", "Tarvik air traffic control base"),
                       ("Troops captured the gas metering station near the border.", "gas metering station")):
        assert name in _assets(f" date 2024-03-01 {said}"), said


def test_a_military_camp_in_a_place_and_a_three_word_purpose_system() -> None:
    assert _assets(" date 2024-03-01 Jihadists attacked a military camp in Tarvik, killing dozens.") == ["Tarvik military camp"]
    assert _assets(" date 2024-03-01 Refugees fled to a camp in Tarvik.") == []
    text = " date 2024-03-01 The ransomware attack crippled the hospital's electronic health records system."
    assert _assets(text) == ["electronic health records system"]
    assert _assets(" date 2024-03-01 The ransomware attack strained the national health system.") == []


def test_an_owned_weapons_depot_in_a_place_keeps_its_owner() -> None:
    text = " date 2024-03-01 Norland said its jets struck a Hezbollah weapons depot in the Tarvik Valley."
    assert _assets(text) == ["Hezbollah weapons depot"]
    assert _assets(" date 2024-03-01 Drones hit a weapons depot in Tarvik.") == ["Tarvik weapons depot"]


def test_a_models_mark_and_a_project_number_name_the_model() -> None:
    assert _assets(" date 2024-03-01 Norland pledged more Leopard 1 tanks to the army.") == ["Leopard 1"]
    assert _assets(" date 2024-03-01 The army has used Patriot 3 times this week.") == ["Patriot"]
    assert _assets(" date 2024-03-01 The navy said it sank a Russian Project 22160 patrol ship.") == ["Project 22160"]


def test_junk_classes_of_a_coordination_or_a_clause() -> None:
    for said in ("Norland launched a massive missile and drone attack on the grid.", "The army lost tanks and trucks in the battle."):
        assert not any(" " in n for n in _assets(f" date 2024-03-01 {said}")), said


def test_an_operator_before_a_facility_name_is_no_part_of_it() -> None:
    for said, name in (("A strike on the DTEK-run Tarvik plant left it out of action.", "Tarvik plant"),
                       ("Drones hit the Rosneft-owned Kelmo refinery.", "Kelmo refinery")):
        assert _assets(f" date 2024-03-01 {said}") == [name], said


def test_an_attacked_civil_site_with_its_own_name_keeps_it() -> None:
    assert _assets(" date 2024-03-01 Troops raided the Al-Tarvik hospital in Kelmora City on Monday.") == ["Al-Tarvik hospital"]
    assert _assets(" date 2024-03-01 A missile hit the main hospital in Kelmora.") == ["Kelmora hospital"]


def test_a_state_before_sites_in_places_is_no_name_and_a_single_balloon_is_a_class() -> None:
    text = " date 2024-03-01 Norland used missiles to strike two Russian airfields in Tarvik and Kelmora, officials said."
    assert {"Tarvik airfield", "Kelmora airfield"} <= set(_assets(text))
    assert "surveillance balloon" in _assets(" date 2024-03-01 Jets shot down a Chinese surveillance balloon off the coast.")
