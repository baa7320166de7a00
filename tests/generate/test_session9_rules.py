"""Session 9 mechanisms (docs/generator-quality.md, round 9): general causes of test11's and
test10's remaining misses and false positives, each checked on short made-up texts and on variants
of their wording."""

from __future__ import annotations

from .helpers import asset_names as _assets


def test_an_owner_class_folds_into_the_described_class_with_the_same_words() -> None:
    for owner in ("Russian", "Iranian"):
        text = (f" date 2024-03-01 Sanctions target suppliers of {owner} attack drones.\n\n"
                "The firms helped build long-range attack drones used in the war, officials said.")
        names = _assets(text)
        assert names == ["long-range attack drones"], names


def test_a_state_warship_is_the_one_named_ship_that_state_owns() -> None:
    for lead, said in (("U.S. Navy dock landing ship", "a United States warship"),
                       ("British destroyer", "a British warship")):
        text = (f" date 2024-03-01 The exercise began on Wednesday with {said} leaving port for the Atlantic.\n\n"
                f"The {lead} Tarvik Bay left port on Wednesday, officials said.")
        names = _assets(text)
        assert names == ["Tarvik Bay"], (said, names)


def test_a_state_warship_stays_apart_from_another_state_named_ship() -> None:
    text = (" date 2024-03-01 The Chinese coast guard vessel Tarvik Bay collided with a Philippine warship near the shoal.\n\n"
            "The Philippine warship was damaged, officials said.")
    names = _assets(text)
    assert "Tarvik Bay" in names and len(names) == 2, names


def test_a_mixed_case_designator_takes_its_prefix_type() -> None:
    for said in ("Kn-25", "KN-25"):
        text = (" date 2024-03-01 Norland's air force said the enemy had fired an unspecified number of "
                f"{said}, four Kh-59 cruise and one Kh-31P anti-radar missiles overnight.")
        assert said in _assets(text), (said, _assets(text))


def test_a_known_system_name_before_a_designator_opens_the_name() -> None:
    for system, mark in (("Pantsir", "S-7"), ("Tor", "M-2"), ("Buk", "M-3")):
        text = (" date 2024-03-01 The army operates Russian and Chinese equipment, including "
                f"{system} {mark}, S-125M and FK-3 surface-to-air missile systems, according to its website.")
        names = _assets(text)
        assert f"{system} {mark}" in names and mark not in names, names


def test_a_designator_also_written_alone_keeps_its_name() -> None:
    text = (" date 2024-03-01 The army operates Pantsir S-7 and S-125M air defence systems.\n\n"
            "The S-7 was moved north on Monday, officials said.")
    assert "S-7" in _assets(text), _assets(text)


def test_bare_munitions_are_the_ammunition_the_text_names() -> None:
    for bare in ("munitions", "ammunition"):
        text = (" date 2024-03-01 Norland has shipped millions of 152mm artillery shells to Kelmora, officials said.\n\n"
                f"Kelmora is believed to have started receiving large deliveries of {bare} from Norland last year.")
        names = _assets(text)
        assert bare not in names and any("shells" in n for n in names), names
