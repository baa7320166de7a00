"""Rules that fold variants of one actor together and keep non-actors out, and asset classes
named by general news wording. Each test is a short made-up sentence."""

from __future__ import annotations

from tui.generate.extract import extract

from .helpers import asset_names as _assets


def _actors(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in extract(text)["actors"]}


def test_a_states_army_and_its_forces_are_one_actor() -> None:
    found = _actors("The Ruritania Army said its posts were shelled. Ruritanian troops returned fire, and Pakistani forces "
                    "denied it. The Pakistan Army said it had not fired.")
    armies = [name for name in found if "Pakistan" in name and name != "Pakistan"]
    assert len(armies) == 1


def test_ministry_spellings_and_state_long_forms_fold_together() -> None:
    found = _actors("The Russian Defence Ministry said the jets landed. The Russian Ministry of Defense later denied it. "
                    "The Russian Federation has troops there.")
    ministries = [name for name in found if "Ministr" in name]
    assert len(ministries) == 1
    assert "Russian Federation" not in found and "Russia" in found


def test_a_bare_generic_body_and_an_acronym_fold_into_the_named_body() -> None:
    found = _actors("The Freedonia Coast Guard said its ship was rammed. The Coast Guard released video. "
                    "The FCG said the crew was safe.")
    assert list(found).count("Coast Guard") == 0 and "FCG" not in found


def test_an_agency_name_with_and_is_one_name() -> None:
    found = _actors("Officials at the US Cybersecurity and Infrastructure Security Agency warned operators on Monday.")
    assert "Cybersecurity and Infrastructure Security Agency" in found
    assert "Infrastructure Security Agency" not in found
    found = _actors("The Office of Energy and Water Security (OEWS) said the plant was safe. OEWS declined to say more.")
    assert "Office of Energy and Water Security" in found


def test_platforms_exercises_and_map_lines_are_not_actors() -> None:
    found = _actors("The group wrote on its official Telegram account that it had arrived. Another video on Rumble, "
                    "the video-sharing platform, said so too. The drills, dubbed Iron Shield-2025A, began on Monday. "
                    "Troops fired across the Line of Control (LoC) overnight.")
    for name in ("Telegram", "Rumble", "Iron Shield-2025A", "Line of Control"):
        assert name not in found


def test_people_after_a_role_phrase_or_a_lower_case_role_word() -> None:
    found = _actors("The video was made by the director of a state think tank, Lena Marova, who denied it. "
                    "TV personality Amina Dualeh was among those killed.")
    assert "Lena Marova" in found and "Amina Dualeh" in found


def test_regional_forces_and_the_one_groups_militants() -> None:
    found = _actors("Al-Shabaab fighters stormed the hotel. Kelland state forces killed the last attacker. "
                    "The three militants were shot dead.")
    assert "Kelland state forces" in found
    assert "militants" not in found


def test_a_dateline_before_a_news_agency_is_not_the_agency() -> None:
    found = _actors("MOSCOW (AFP) - Russia said on Monday that drones hit a refinery.")
    assert "MOSCOW" not in found.get("Agence France-Presse", [])


def test_known_companies_are_actors() -> None:
    found = _actors("The campaign hit US telecommunications companies, including AT&T, T-Mobile and Verizon.")
    assert {"AT&T", "T-Mobile", "Verizon"} <= set(found)


def test_vessels_known_by_hull_numbers() -> None:
    names = _assets("The XCG vessel, with bow number 4411, fired a water cannon. Later both the XCG-5120 and XCG-6021 "
                    "fired their water cannons at the boats.")
    assert "XCG-4411" in names and "XCG-5120" in names and "XCG-6021" in names
    assert "HMS-1999" not in _assets("The HMS-1999 report was published.")


def test_infrastructure_crossings_barriers_and_fleets_the_story_acts_on() -> None:
    names = _assets("Investigators suspect sabotage of the critical gas pipelines on the seabed. "
                    "The government shut the Kalpa land-border crossing. Guards placed a 300-meter floating barrier at the "
                    "entrance. The alliance is repurposing its minehunting fleet to monitor the seabed.")
    for expected in ("critical gas pipelines", "Kalpa land-border crossing", "300-meter floating barrier", "minehunting fleet"):
        assert expected in names, expected
    assert _assets("Gas pipelines are a common sight in the region.") == []


def test_telecom_cables_and_lines_are_one_asset() -> None:
    names = _assets("Two telecommunications cables were severed on Monday. Four telecommunications lines were disconnected.")
    assert len([n for n in names if "telecommunications" in n]) == 1


def test_an_attacked_named_hotel_and_its_later_mentions() -> None:
    names = _assets("Gunmen stormed Sahara hotel on Friday. Troops shot dead the attackers inside the hotel.")
    assert names == ["Sahara hotel"]
    assert "Paris hotel" not in _assets("Gunmen stormed a Paris hotel. Police retook the Grand Hotel.")


def test_a_launched_short_range_missile_is_not_the_named_icbm() -> None:
    names = _assets("The North launched a suspected ballistic missile on Sunday. It appeared to be a shorter-range ballistic "
                    "missile. Last month it tested a long-range intercontinental ballistic missile, the Hwasong-20.")
    assert "Hwasong-20" in names and "suspected ballistic missile" in names
    assert "long-range intercontinental ballistic missile" not in names


def test_air_defence_systems_delivered_and_plural_owners() -> None:
    assert "anti-aircraft defense system" in _assets("Russia will install an anti-aircraft defense system in the country.")
    assert not any("Houthis" in n for n in _assets("Strikes destroyed a quarter of the Houthis’ missile systems."))


def test_new_question_cues() -> None:
    from tui.generate.questions import find
    from tui.generate.text import split_sentences

    for sentence in ("Instructors arrived, whose number was not specified.",
                     "The navy had placed a barrier at the entrance, reports said.",
                     "The refinery was hit after a drone attack blamed on the rebels.",
                     "Investigators looked into three incidents of possible sabotage.",
                     "The depth of the sea makes prevention almost impossible.",
                     "The envoy called for the immediate release of the deposed president.",
                     "But the alliance's powers are still limited.",
                     "The agency published photos it said showed a fire at the depot.",
                     "Troops killed all attackers, estimated at four, after a long siege."):
        assert find(split_sentences(sentence)), sentence
    assert not find(split_sentences("The team will reply as soon as possible to the letter."))


def test_formal_state_names_are_the_state() -> None:
    found = _actors("The Republic of Moldova said on Monday it had expelled a diplomat. Moldova also summoned the envoy.")
    assert "Moldova" in found and "Republic of Moldova" not in found


def test_a_dateline_state_and_a_navy_alone_do_not_make_the_state_an_actor() -> None:
    found = _actors("TURKU, Finland: Divers inspected the damaged cable on Monday. The Swedish Navy said it was monitoring the area.")
    assert "Finland" not in found and "Sweden" not in found and "Swedish Navy" in found


def test_a_bare_site_word_folds_into_the_one_asset_named_with_it_and_adjectives_stay_in_names() -> None:
    names = _assets("Strikes damaged the main reactor containment structures. A drone hit the dome above a reactor.")
    assert "reactor" not in names and "main reactor containment structures" in names
    names = _assets("Rebels captured the Military Operations Command 9 headquarters on Sunday.")
    assert "Military Operations Command 9 headquarters" in names


def test_years_and_known_bodies_are_not_hull_numbers() -> None:
    assert _assets("The UN 2023 report said ships had been seized.") == []
    assert "Lagos hotel" not in _assets("Gunmen attacked a Lagos hotel on Sunday.")


def test_a_generic_border_crossing_is_the_one_named_crossing() -> None:
    names = _assets("The army closed the Kalpa crossing after shelling. Traders said the border crossing was shut for two days.")
    assert names == ["Kalpa crossing"]


def test_the_militia_is_the_armed_group_named_last() -> None:
    found = _actors("Hamas fighters held the border. Separately, the Houthis fired at a ship, and the militia "
                    "said more attacks would follow.")
    assert "militia" not in found and "militia" in [a.lower() for a in found["Houthis"]]


def test_widely_fielded_systems_known_by_name_are_assets() -> None:
    text = (
        " date 2024-05-02 Germany said it would send more Gepard anti-aircraft guns and a SAMP/T battery, "
        "while Russian forces fired Grad rockets at the town. Moscow also said it had tested a Sarmat missile."
    )
    found = _assets(text)
    for name in ("Gepard", "SAMP/T", "Grad", "Sarmat"):
        assert any(name in a for a in found), (name, found)


def test_a_middle_initial_stays_in_a_persons_name() -> None:
    actors = _actors(" date 2024-01-01 Gen. James B. Hecker, the commander, said the jet was lost. Hecker added that it was unsafe.")
    assert "James B. Hecker" in actors and "Hecker" in actors["James B. Hecker"]
    assert "James B" not in actors


def test_a_ministry_of_the_peoples_republic_keeps_its_whole_name() -> None:
    actors = _actors(" date 2024-01-01 The Ministry of National Defense of the People’s Republic of China said the drills were routine.")
    assert "Ministry of National Defense of the People’s Republic of China" in actors
    assert "Taiwan" not in actors  # "Republic of China" inside "People's Republic of China" is not Taiwan


def test_a_counted_class_written_in_capitals_is_read_not_crashed_on() -> None:
    """"three UAVs" used to raise KeyError ('uavs'): the whole text could not be generated."""
    found = extract(" date 2024-01-01 Drones\n\nThe army shot down three UAVs near the border. Two UAVs crashed.")["assets"]
    assert [(a.name, a.type, a.quantity) for a in found] == [("UAVs", "drone", 3)]


def test_a_closing_quote_or_possessive_mark_is_not_part_of_a_name() -> None:
    found = extract(" date 2017-09-18 Talks\n\nPresident Juan Manuel Santos’ government and the rebels began talks. "
                    "Santos said so.")
    assert "Juan Manuel Santos" in [a.name for a in found["actors"]]
    found = extract(" date 2017-09-18 Ship freed\n\nAll 21 crew aboard the cargo ship, 'MV Tarvo Norland', that was "
                    "hijacked have been rescued. The MV Tarvo Norland sailed on.")
    assert [a.name for a in found["assets"]] == ["MV Tarvo Norland"]


def test_a_possessive_mark_inside_a_name_stays() -> None:
    found = extract(" date 2024-06-04 Hack\n\nHackers hit Guy's and St Thomas' NHS Foundation Trust on Monday, "
                    "the trust said.")
    assert any(a.name.endswith("St Thomas' NHS Foundation Trust") for a in found["actors"]), [a.name for a in found["actors"]]


def test_a_headline_ending_in_an_org_noun_names_no_org_on_the_next_line() -> None:
    """"... from nuclear missile contractor" then "Top secret data ..." made an organisation "Top"."""
    found = extract(" date 2020-06-04 Hackers steal data from contractor\n\nTop secret data was stolen by hackers.")
    assert [a.name for a in found["actors"]] == []
    assert [a.name for a in extract(" date 2020-06-04 Hack\n\nThe contractor Westech said so.")["actors"]] == ["Westech"]


def test_a_described_acronym_is_the_body_it_names() -> None:
    actors = _actors(" date 2017-09-18 Attack\n\nRebels from the Marxist ELN, Colombia’s largest active guerrilla group, "
                     "destroyed part of a pipeline. Attacks by the National Liberation Army (ELN) are frequent.")
    assert "Marxist ELN" not in actors and "Marxist ELN" in actors["National Liberation Army"], actors


def test_a_company_named_by_its_trade_is_an_organisation() -> None:
    found = extract(" date 2017-09-18 Attack\n\nThe field is operated by US-based Occidental Petroleum. A freight train of "
                    "Russian Railways derailed.")["actors"]
    kinds = {a.name: a.kind for a in found}
    assert kinds.get("Occidental Petroleum") == "organisation" and kinds.get("Russian Railways") == "organisation", kinds


def test_a_rank_abbreviation_is_a_title_not_a_name() -> None:
    cases = (
        ("“It is a pattern,” said Vice Adm. Brad Cooper, commander of the fleet.", "Brad Cooper"),
        ("“It is probable,” said local military commander Gen. Alfonso Duarte.", "Alfonso Duarte"),
        ("“No one was hurt,” Lt Col Staci Coleman, the officer who runs the airfield, told reporters.", "Staci Coleman"),
        ("Sgt. John Smith said the base was hit.", "John Smith"),
    )
    for said, person in cases:
        people = [a.name for a in extract(f" date 2022-10-03 Story\n\n{said}")["actors"] if a.kind == "person"]
        assert people == [person], (said, people)


def test_counted_resistance_groups_are_one_collective_named_in_full() -> None:
    actors = _actors(" date 2024-01-01 Attack\n\nFour resistance groups attacked a police outpost, according to the armed groups.")
    assert actors == {"resistance groups": ["armed groups"]}, actors


def test_a_title_case_headline_pair_whose_last_word_opens_a_sentence_is_no_person() -> None:
    text = (" date 2022-10-03 Myanmar Regime Launches Airstrikes to Counter Outpost Seizure\n\n"
            "The regime sent helicopters.\n\n“Airstrikes began at noon,” a fighter said.")
    assert "Launches Airstrikes" not in _actors(text)
    assert "Khalifa Haftar" in _actors(" date 2024-01-01 Talks\n\nKhalifa Haftar is looking for allies. Haftar also wanted arms.")


def test_money_and_a_clause_are_no_modifiers_of_a_counted_class() -> None:
    names = [a.name for a in extract(" date 2018-11-14 Navy ship sinks\n\nEfforts to secure the $400 million frigate "
                                     "failed when wires broke. The frigate sank.")["assets"]]
    assert "million frigate" not in names, names
    names = [a.name for a in extract(" date 2019-11-19 Rockets\n\nThe army attacked targets after members of the "
                                     "organization launched rockets toward the border.")["assets"]]
    assert not any("launched" in n for n in names), names


def test_ship_names_after_more_prefixes_and_in_apposition_are_ships_not_people() -> None:
    found = extract(" date 2018-11-14 Oil Tanker Sinks Navy Ship\n\nThe KNM Tarvo Norland struck an oil tanker. "
                    "Seems the tanker, Kelmo TS, warned the frigate several times.")
    assets = [a.name for a in found["assets"]]
    actors = [a.name for a in found["actors"]]
    assert "KNM Tarvo Norland" in assets and "Kelmo TS" in assets, assets
    assert not any(n in actors for n in ("Tarvo Norland", "Kelmo TS", "Oil Tanker Sinks Navy")), actors


def test_initials_and_brigadier_ranks_and_ship_names_make_the_right_people() -> None:
    actors = _actors(" date 2024-01-01 Story\n\nThe guards retaliated, said Border Security Force (BSF) Inspector General D. Tarvo.")
    assert "D. Tarvo" in actors and "D" not in actors, actors
    actors = _actors(" date 2024-01-01 Story\n\nIn a statement, the rebels’ military spokesman, Brig. Gen. Yahya Tarvo, said so.")
    assert "Yahya Tarvo" in actors and "Brig" not in actors, actors
    actors = _actors(" date 2018-11-08 Frigate runs aground\n\nThe captain of the frigate HNoMS Kelmo Tarvo ran it aground. "
                     "The Kelmo Tarvo collided with a tanker.")
    assert "Kelmo Tarvo" not in actors, actors


def test_a_title_in_a_list_of_titles_is_no_person() -> None:
    actors = _actors(" date 2025-05-03 Test\n\nThe President, Prime Minister, Chairman Joint Chiefs of Staff Committee, "
                     "and Services Chiefs of Pakistan congratulated the troops.")
    assert "Prime" not in actors, actors


def test_ship_names_with_port_a_date_before_a_vessel_and_a_class_before_a_ship_noun() -> None:
    names = [a.name for a in extract(" date 2008-01-07 Story\n\nThe ships are the cruiser USS Port Royal (CG 73) and "
                                     "the guided missile destroyer USS Hopper (DDG 70).")["assets"]]
    assert names == ["USS Port Royal", "USS Hopper"], names
    names = [a.name for a in extract(" date 2018-10-01 Story\n\nOn September 30, a PRC destroyer approached USS "
                                     "Decatur in an unsafe maneuver.")["assets"]]
    assert "30" not in names, names


def test_a_base_named_by_a_service_prefix_is_a_base() -> None:
    found = {a.name: a.type for a in extract(" date 2006-01-01 Story\n\nTwo jets scrambled from CFB Cold Lake. "
                                             "F-35s at RAF Lakenheath flew too.")["assets"]}
    assert found.get("CFB Cold Lake") == "military base" and found.get("RAF Lakenheath") == "military base", found


def test_a_ships_port_side_is_no_port() -> None:
    names = [a.name for a in extract(" date 2023-06-03 Near collision\n\nThe ship overtook Chung-Hoon on their port "
                                     "side. It stayed off Chung-Hoon's port bow.")["assets"]]
    assert not any(n.endswith("port") for n in names), names


def test_an_armed_service_before_class_words_is_no_model() -> None:
    text = (" date 2019-02-27 Jet downed\n\nOne Pakistan Air Force fighter jet was shot down on Wednesday. "
            "Officials said a PAF jet crashed near the border.")
    names = _assets(text)
    assert "Air Force" not in names and "PAF" not in names, names
    text = " date 2025-01-23 Scramble\n\nAir Self-Defense Force fighter jets were scrambled in response."
    assert not any("Force" in n for n in _assets(text)), _assets(text)
    assert _assets(" date 2019-02-27 Jets downed\n\nTarvik fighter jets were shot down on Wednesday.") == ["Tarvik"]


def test_a_province_names_no_base() -> None:
    said = " date 2024-03-01 Base overrun\n\nMilitants overran a military base in {} on Monday, officials said."
    assert _assets(said.format("Kelmo State")) == ["military base"]  # one of many in a province
    assert _assets(said.format("Kelmora")) == ["Kelmora military base"]


def test_a_numbered_name_inside_a_longer_capitalised_run_is_its_last_word_and_number() -> None:
    text = " date 2016-07-28 Launch\n\nA United Launch Alliance Atlas 5 rocket carrying a spy satellite blasted off on Thursday."
    assert "Atlas 5" in _assets(text)
    assert "Long March 5" in _assets(" date 2016-07-28 Launch\n\nChina's Long March 5 rocket blasted off on Thursday.")


def test_an_explosive_laden_vehicle_is_a_car_bomb_and_an_unmanned_one_a_drone() -> None:
    found = extract(" date 2024-03-01 Attack\n\nA suicide bomber rammed an explosive-laden vehicle into the checkpoint.")
    assert [(a.name, a.type) for a in found["assets"] if "vehicle" in a.name] == [("explosive-laden vehicle", "vehicle-borne IED")]
    found = extract(" date 2024-03-01 Attack\n\nAn unmanned aerial vehicle struck the depot overnight.")
    assert [a.type for a in found["assets"] if "vehicle" in a.name] == ["drone"]


def test_suicide_bombers_are_people_not_aircraft() -> None:
    text = (" date 2024-03-01 Attack\n\nA group of militants, including potential suicide bombers, attacked the base. "
            "Two suicide bombers blew themselves up at the gate.")
    assert not any("bomber" in n for n in _assets(text)), _assets(text)
    assert "strategic bombers" in _assets(" date 2024-03-01 Drills\n\nRussia flew two strategic bombers over the sea.")


def test_an_air_force_base_and_a_hydropower_project_named_by_their_place() -> None:
    said = " date 2024-03-01 Plans\n\nThe money will finance an upgrade of the {}, officials said."
    assert _assets(said.format("Kelmo air force base")) == ["Kelmo air force base"]
    assert _assets(" date 2024-03-01 Attack\n\nThe engineers had been working on the Kelmo Hydropower Project when "
                   "gunmen attacked them.") == ["Kelmo Hydropower Project"]


def test_a_place_name_with_an_accented_capital_names_its_site() -> None:
    text = " date 2022-07-31 Air policing\n\nFour jets arrived at the Šiauliai air base in Lithuania on Monday."
    assert "Šiauliai air base" in _assets(text)


def test_a_model_numbered_in_roman_numerals() -> None:
    text = " date 2025-01-01 Test\n\nThe army tested the Kelvar-III surface-to-surface ballistic missile on Monday."
    assert _assets(text) == ["Kelvar-III"]
    assert _assets(" date 2025-01-01 Talks\n\nThe Article-V talks went on.") == []  # no class said: no weapon


def test_a_slashed_ship_prefix_a_website_and_an_owners_malware() -> None:
    text = (" date 2021-05-08 Collision\n\nThe destroyer crashed into the bulk oil tanker M/V Kelmora Star, which flies "
            "the Panamanian flag.")
    assert "M/V Kelmora Star" in _assets(text) and "M" not in _assets(text)
    assert _assets(" date 2021-05-08 Boat sunk\n\nThe ministry said so in a statement posted on a government Web site.") == []
    text = " date 2024-07-23 Heating hack\n\nDragos found a sample of Russia-linked malware used against a heating company."
    assert "Russia-linked" not in _assets(text)


def test_a_name_with_and_without_its_arabic_article_is_one_site() -> None:
    text = (" date 2024-03-01 Parade\n\nThe Houthis held a parade at Al-Kelmo Air Base on Monday. Drones flew over "
            "Kelmo Air Base later, officials said.")
    assert [n for n in _assets(text) if "Air Base" in n] == ["Al-Kelmo Air Base"]


def test_a_base_named_after_its_kind_and_a_based_word_is_no_model() -> None:
    text = " date 2024-04-15 Launcher\n\nThe launcher was flown from Joint Base Kelmo-McTarv to the Philippines."
    assert _assets(text) == ["Joint Base Kelmo-McTarv"]
    assert _assets(" date 2024-04-15 Drone\n\nGround-based air defence systems were on alert, officials said.") == []
