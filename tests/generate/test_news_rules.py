"""General rules for real news wording: each test is a short made-up sentence and what the
rules must extract from it (open-question cues, asset and actor patterns)."""

from __future__ import annotations

import pytest

from tui.generate.extract import extract
from tui.generate.questions import find
from tui.generate.text import split_sentences

from .helpers import asset_names as _assets


def _cues(text: str) -> list[str]:
    return [q.cue for q in find(split_sentences(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said a depot was burning. He did not name it.",
        "The shipping company did not immediately respond to a request for comment.",
        "There was no immediate comment from the ministry.",
        "No response from the rebels was immediately available.",
        "The army said it had hit several sites, without providing details on the targets.",
        "The new rules are to be ratified by parliament on Monday.",
        "The first aircraft are expected to be delivered by 2030.",
        "The envoy said there is a real chance of progress.",
        "He promised to enforce compliance should a truce be reached.",
        "Aid groups fear ethnic cleansing if the town falls.",
        "The enemy is rapidly approaching the outskirts of the city.",
        "We are discussing what kind of arrangement is practical.",
        "It wasn’t immediately clear who was leading the mutiny.",
        "The whereabouts of the deposed leader are not public.",
        "The ministry did not reveal the location of the strike.",
        "Officials gave differing accounts of the death toll.",
        "A defence pact is being hammered out by the two sides.",
        "Diplomats began intensive efforts to stop the fighting.",
        "Investigators suspect the cable was cut by an anchor.",
        "The capital is understood to have been warned in advance.",
        "The ship appeared to be loaded with ammunition.",
        "The government vowed to retaliate if attacked.",
        "The rebels are preparing for an offensive on the port.",
        "Kyiv claims it has disabled a third of the fleet.",
    ],
)
def test_hedged_or_unanswered_statements_raise_a_question(sentence: str) -> None:
    assert _cues(sentence), sentence


def test_plain_statements_raise_none() -> None:
    assert _cues("The minister visited the port on Monday. Talks ended with a joint statement.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A missile hit the MSC Aurora, a container ship, off the coast on Monday.", "MSC Aurora"),
        ("Tracking data suggested the vessel targeted was the Ocean Pearl, a bulk carrier.", "Ocean Pearl"),
        ("Inspectors have no access to the country's stockpile of enriched uranium.", "stockpile of enriched uranium"),
        ("Troops use the road connecting the two towns to bring in supplies.", "road connecting the two towns"),
        ("Investigators said the attack used Zorba, ransomware sold to criminal gangs.", "Zorba"),
        ("The malware encrypts computer systems until a ransom is paid.", "computer systems"),
        ("An army base in the north came under attack on Sunday.", "army base"),
        ("Fighters raided the army military post and killed four soldiers.", "army military post"),
        ("Missiles hit the country's energy system overnight.", "energy system"),
        ("A power line feeding the plant has reportedly been cut.", "power line"),
        ("Kyiv said “SEAWOLF” V7 drones struck the vessel.", "SEAWOLF V7"),
        ("Rebels still hold the Alpha Ridge and Kilo Bend outposts near the river.", "Kilo Bend outpost"),
        ("Rebels attacked the Sector Command 7 headquarters on Friday.", "Sector Command 7 headquarters"),
        ("An official said the blasts came from Iran's air defence systems being activated.", "air defence systems"),
        ("The fighters seized 11 pickup trucks mounted with machine guns.", "pickup trucks"),
        ("The general is looking for air-defense systems to protect his forces.", "air-defense systems"),
        ("Officials said three military facilities used by the militia had been hit.", "military facilities"),
        ("Flames engulfed a warehouse storing aid, and police suspect arson.", "warehouse"),
        ("Russia has only one naval base in the region.", "naval base"),
    ],
)
def test_assets_named_by_news_wording(text: str, expected: str) -> None:
    assert expected in _assets(text)


def test_ships_of_a_shadow_fleet_are_the_fleet() -> None:
    names = _assets("The bloc sanctioned 40 more tankers from Russia's shadow fleet on Monday.")
    assert names == ["shadow fleet"]


def test_possessed_site_classes_are_one_asset_and_general_ones_none() -> None:
    text = "The government barred inspectors from its enrichment facilities. Strikes damaged our nuclear sites, an official said."
    assert _assets(text) == ["enrichment facilities"]
    assert _assets("Officials said the army does not strike nuclear facilities.") == []


def test_a_counted_class_folds_into_the_one_named_system_it_describes() -> None:
    assert _assets("Egypt ordered 24 Su-35 fighter jets in March. All 24 jets are due by 2030.") == ["Su-35"]
    names = _assets("The North fired a Hwasong-15 intercontinental ballistic missile on Monday, "
                    "a day after it fired a short-range ballistic missile.")
    assert "Hwasong-15" in names and "short-range ballistic missile" in names


def test_ticker_suffixes_and_prepositions_make_no_asset() -> None:
    names = _assets("A fire broke out at Petrocorp's PTRC.MM refinery. Troops shelled the outskirts of the city with drones.")
    assert "MM refinery" not in names and not any("city" in n for n in names)


def test_plural_designators_and_later_ship_mentions_are_one_asset() -> None:
    assert _assets("The air force bought 12 F-35s in 2020. The first F-35 arrived in May.") == ["F-35"]
    names = _assets("Sea drones struck the landing ship Caesar Kunikov. Footage showed a drone racing toward the Caesar Kunikov.")
    assert "Caesar Kunikov" in names and "Caesar" not in names


def test_a_bare_class_folds_into_the_one_described_class() -> None:
    names = _assets("The jets will be equipped with advanced air-to-air missiles. Officials agreed on supplying missiles made in the US.")
    assert "advanced air-to-air missiles" in names and "missiles" not in names


def _actors(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in extract(text)["actors"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrenko, governor of the northern region, reported a drone attack.", "Ivan Petrenko"),
        ("The country's energy minister, German Halenko, accused Moscow of sabotage.", "German Halenko"),
        ("Peter Walsh, a British man who admitted the plot, was sentenced on Friday.", "Peter Walsh"),
        ("Omar Faddal is seeking new weapons. Faddal also wants training for his pilots.", "Omar Faddal"),
        ("Petrokom did not immediately respond to a request for comment.", "Petrokom"),
        ("JNIM fighters raided the town on Monday.", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("The United Kingdom Maritime Trade Operations center said a ship was hit.", "United Kingdom Maritime Trade Operations"),
    ],
)
def test_actors_named_by_news_wording(text: str, expected: str) -> None:
    assert expected in _actors(text)


def test_a_quoted_nickname_belongs_to_the_full_name() -> None:
    found = _actors("The force is loyal to General Ahmed Salim “Tiger” Barre, who denies the claims. Tiger said nothing.")
    assert "Ahmed Salim Barre" in found and "Ahmed Salim" not in found
    assert "Tiger" in found["Ahmed Salim Barre"]


def test_a_multiword_surname_and_particles_are_one_person() -> None:
    found = _actors("Defence Minister Jean-Luc Le Gall signed the deal. Mr Le Gall said it was historic.")
    assert "Jean-Luc Le Gall" in found and "Le Gall" not in found
    found = _actors("Commission President Anna von der Berg said on Monday the bloc would act.")
    assert "Anna von der Berg" in found and "Anna" not in found


def test_the_oval_office_is_the_us_government_not_an_organisation() -> None:
    found = _actors("From the Oval Office on Tuesday, the president said talks would go on. Washington wants a deal.")
    assert not any("Office" in name for name in found)
