"""Session 7 mechanisms (docs/generator-quality.md, round 7): general causes of test9's misses and
false positives, each checked on short made-up texts and on variants of their wording."""

from __future__ import annotations

from .helpers import asset_names as _assets


def test_a_definite_class_word_that_introduces_a_name_is_the_earlier_class() -> None:
    for intro in ("The missile, known as “Tarvik”,", "The missile, dubbed Tarvik,", "The new missile, called the Tarvik,",
                  "The liquid-fuel missile had been named the “Tarvik” and"):
        text = (" date 2024-03-01 Norland launched an experimental intermediate-range ballistic missile at the city of Kelmora. "
                f"{intro} was confirmed by the president.")
        names = _assets(text)
        assert names == ["Tarvik"], (intro, names)


def test_its_before_an_aircraft_class_is_the_sentence_state() -> None:
    text = (" date 2024-03-01 India struck Pakistan.\n\nIn response, Pakistan scrambled its fighter jets and claimed "
            "to have shot down five Indian aircraft.")
    names = _assets(text)
    assert "fighter jets" in names and "aircraft" in names, names
    text = " date 2024-03-01 Russia massed its fighter jets near the border; up to 20 aircraft took part."
    assert len(_assets(text)) == 1, _assets(text)  # one owner: one class


def test_a_state_owned_class_noun_that_modifies_the_next_noun_is_no_class() -> None:
    for said in ("India’s missile strikes", "Iran's drone attacks", "Russia’s missile barrage"):
        assert _assets(f" date 2024-03-01 {said} early Wednesday pushed the region closer to war.") == [], said
    assert _assets(" date 2024-03-01 Iran's drones struck a depot near the border on Wednesday.") != []


def test_names_listed_with_a_plural_facility_head_are_sites_of_that_kind() -> None:
    cases = (
        ("The four airbases hit were Tarvik (Kelmora, north), Bolvan (Sarn region), and Osterby.", "airbase"),
        ("Drones struck the Tarvik, Bolvan and Osterby air bases overnight.", "air base"),
        ("Drones struck airfields including Tarvik, Bolvan and Osterby overnight.", "airfield"),
        ("The refineries targeted were Tarvik, Bolvan and Osterby.", "refinery"),
    )
    for said, head in cases:
        names = _assets(f" date 2024-03-01 Attack\n\n{said}")
        assert [f"{p} {head}" for p in ("Tarvik", "Bolvan", "Osterby")] == [n for n in names if n.endswith(head)], (said, names)
    for said in ("Drones hit the Russian and Belarusian air bases.", "Drones hit bases in Syria and Iraq."):
        assert not any(n.endswith(("base", "bases")) and " " in n and n.split()[0] in ("Russian", "Syria")
                       for n in _assets(f" date 2024-03-01 {said}")), said


def test_the_one_craft_or_site_the_key_event_acts_on_is_an_asset() -> None:
    cases = (
        ("A drone downed a police helicopter near Kelmora.", ["police helicopter"]),
        ("A government helicopter was shot down by a drone near Kelmora.", ["government helicopter", "drone"]),
        ("The navy carried out a strike on a drug-carrying boat off the coast.", ["drug-carrying boat"]),
        ("Rebels shot down a military plane over the valley.", ["military plane"]),
        ("Protesters attacked the UN compound and embassies in the capital.", ["UN compound", "embassies"]),
        ("Rioters stormed the French embassy on Tuesday.", ["French embassy"]),
        ("Six people died where a mosque compound was hit.", ["mosque compound"]),
    )
    for said, want in cases:
        names = _assets(f" date 2024-03-01 Attack\n\n{said}")
        assert all(w in names for w in want), (said, names)
    for said in ("The helicopter was shot down over the valley.", "Air defences shot down a drone over the city.",
                 "Rebels attacked the compound at night.", "The ship was hit by a missile."):
        assert _assets(f" date 2024-03-01 Attack\n\n{said}") == [], said


def test_a_possessive_state_before_a_model_is_no_part_of_its_name() -> None:
    for owner in ("Iran’s", "Russia's", "China’s"):
        text = f" date 2024-03-01 The launch of an upgraded version of {owner} Tarvik 4 ballistic missile was shown on TV."
        assert _assets(text) == ["Tarvik 4"], (owner, _assets(text))


def test_a_system_before_a_warship_noun_names_a_ship_class() -> None:
    for said, want in (("deploying them on its Maritime Self-Defense Force Aegis destroyers", "Aegis destroyers"),
                       ("deploying them on two Aegis-equipped destroyers", "Aegis-equipped destroyers"),
                       ("fitting the Aegis cruisers with new radars", "Aegis cruisers")):
        names = _assets(f" date 2024-03-01 Japan plans to buy Tomahawk missiles, {said}.")
        assert want in names and "Aegis" not in names, (said, names)


def test_a_named_platform_one_posts_on_is_no_structure() -> None:
    for said in ("Trump shared a video on his Truth Social platform.", "The group posted a message on its Telegram platform."):
        assert _assets(f" date 2024-03-01 Strike\n\n{said}") == [], said
    for said in ("Drones struck the Tarvik oil platform in the North Sea.", "Drones struck the Tarvik gas platform; the firm posted a statement."):
        assert _assets(f" date 2024-03-01 Strike\n\n{said}") != [], said


def test_a_site_in_apposition_to_another_site_is_that_site() -> None:
    text = (" date 2024-03-01 Strike\n\nThe missile attack targeted a facility in Kelmora, a former Soviet missile production hub, "
            "causing damage.")
    assert _assets(text) == ["facility in Kelmora"], _assets(text)
    text = " date 2024-03-01 Strike\n\nDrones hit the city's main fuel depot, its international airport and a hotel."
    assert len(_assets(text)) == 2, _assets(text)  # a list, not an apposition


def test_devices_owned_by_a_named_firm_are_that_firm_s_class() -> None:
    for said, want in (("flooded the satellite modems owned by Kelsat, a California-based firm,", "Kelsat satellite modems"),
                       ("took over routers owned by Tarvik Telecom and", "Tarvik Telecom routers")):
        names = _assets(f" date 2024-03-01 Hack\n\nThe hackers {said} wiped key data, the firm said.")
        assert want in names, (said, names)
