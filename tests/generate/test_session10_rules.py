"""Session 10 mechanisms (docs/generator-quality.md, round 10): general causes of test12's misses
and false positives, each checked on short made-up texts and on variants of their wording."""

from __future__ import annotations

from tui.generate.extract import extract

from .helpers import asset_names as _assets


def _actors(text: str) -> list[str]:
    return [a.name for a in extract(text)["actors"]]


def test_names_after_a_plural_site_head_and_a_dash_are_each_a_site() -> None:
    for dash in ("—", " — ", " – "):
        text = (" date 2024-03-01 Norland bombs nuclear sites.\n\n"
                f"The bombers struck two nuclear facilities{dash}Varkon and Telsar, officials in Norland said.")
        names = _assets(text)
        assert "Varkon nuclear facility" in names and "Telsar nuclear facility" in names, (dash, names)


def test_a_sentence_opening_adverb_is_no_asset_name() -> None:
    for word in ("Simultaneously", "Separately", "Additionally"):
        text = (" date 2024-03-01 Norland fires missiles.\n\n"
                f"{word}, a Norland submarine launched cruise missiles at the port of Varkon.")
        names = _assets(text)
        assert word not in names, names


def test_a_two_role_designator_is_one_model_with_its_single_role_form() -> None:
    for first, second in (("F/A-18 Super Hornet", "F-18"), ("F-18 jet", "F/A-18")):
        text = (f" date 2024-03-01 Carrier loses a jet.\n\nThe navy said an {first} fell overboard on Monday.\n\n"
                f"The {second} cost about $60 million, the navy said.")
        names = _assets(text)
        assert len([n for n in names if "18" in n]) == 1 and "A-18" not in names, names


def test_ordinals_listed_before_a_plural_unit_word_are_each_a_unit() -> None:
    for listed, head, want in (("the 444th and 111th", "Brigades", ("444th Brigade", "111th Brigade")),
                               ("the 3rd, 5th and 7th", "Divisions", ("3rd Division", "5th Division", "7th Division"))):
        text = (" date 2024-03-01 Clashes in Varkon.\n\n"
                f"Members of {listed} {head}, both loyal to the Norland government, were present, officials said.")
        names = _actors(text)
        assert all(w in names for w in want), names


def test_a_formation_numbered_after_its_unit_word_is_a_unit() -> None:
    for name in ("Carrier Air Wing 1", "Destroyer Squadron 28", "Carrier Strike Group 8", "Task Force 51"):
        text = (" date 2024-03-01 A carrier returns.\n\n"
                f"The group consists of the carrier and nine squadrons of {name}, officials in Norland said.")
        assert name in _actors(text), (name, _actors(text))


def test_a_numbered_group_outside_the_military_is_no_unit() -> None:
    text = " date 2024-03-01 A poll.\n\nMembers of Focus Group 10 said prices were too high, officials in Norland said."
    assert "Focus Group 10" not in _actors(text)
