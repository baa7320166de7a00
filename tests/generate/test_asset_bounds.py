"""Phrase boundaries and junk filters of the asset rules (tui/generate/asset_bounds.py): a class
noun that modifies the next noun, capitalised English words, the tail of a body's name, a maker
and its model, a state's mission that is attacked. Each test is a short made-up text."""

from __future__ import annotations

from tui.generate.asset_bounds import english_word, fold_model_names, modifies_next_noun, tail_of_name
from tui.generate.asset_patterns import _FACILITY_LOWER
from tui.generate.mentions import Registry

from .helpers import asset_names as _assets


def test_a_class_noun_before_another_noun_is_a_modifier() -> None:
    text = "The navy moved several small missile ships and two landing craft to the north."
    assert modifies_next_noun(text, text.index("missile") + len("missile"))
    names = _assets(text)
    assert not any(n.endswith("missile") for n in names)


def test_a_barrage_or_attack_is_not_a_missile() -> None:
    names = _assets("The raid was followed by a massive retaliatory missile barrage. The port saw two major missile attacks.")
    assert not any("missile" in n for n in names)


def test_a_class_noun_before_a_verb_stays_a_class() -> None:
    text = "Officials said a short-range ballistic missile struck the harbour."
    assert not modifies_next_noun(text, text.index("missile") + len("missile"))
    assert "short-range ballistic missile" in _assets(text)


def test_capitalised_english_words_are_no_weapon_names() -> None:
    assert english_word("RUSSIAN", "RUSSIAN drones hit the town.", 0)
    text = "The town was quiet. Previous drone attacks closed the market."
    assert english_word("Previous", text, text.index("Previous"))
    names = _assets(" date 2024-01-02 RUSSIAN drones attacked the river port of Taldor. Previous drone attacks closed it.")
    assert not any(n in names for n in ("RUSSIAN", "Previous"))


def test_a_name_mid_sentence_is_kept() -> None:
    text = "The army fired Storm Shadow missiles."
    assert not english_word("Storm", text, text.index("Storm"))


def test_the_tail_of_a_body_name_is_no_malware() -> None:
    text = "According to the Federal Cyber Defence Agency, ransomware is a form of malware that encrypts files."
    assert tail_of_name(text, text.index("Agency"))
    assert "Agency" not in _assets(text)


def test_a_bare_model_folds_into_its_maker_name() -> None:
    text = "Bayraktar TB2 drones were seen. The TB2s flew low."
    reg = Registry()
    reg.get("eq:bayraktar tb2", "Bayraktar TB2", "drone").add(text, 0, 13)
    reg.get("eq:tb2", "TB2", "drone").add(text, text.index("TB2s"), text.index("TB2s") + 3)
    fold_model_names(reg)
    assert list(reg.by_key) == ["eq:bayraktar tb2"]
    assert len(reg.by_key["eq:bayraktar tb2"].mentions) == 2


def test_an_attacked_consulate_is_a_facility() -> None:
    assert "Iranian Consulate" in _assets("Seven officers died in an air strike on the Iranian Consulate in Damascus on Monday.")


def test_a_speaking_embassy_is_no_facility() -> None:
    names = _assets("The Chinese embassy said the attack on the pipeline was a provocation.")
    assert "Chinese embassy" not in names


def test_a_lexicon_head_used_as_a_modifier_keeps_the_named_facility() -> None:
    names = _assets("The satellite was launched on a rocket from the Torvik satellite launch facility on Tuesday.")
    assert "Torvik satellite launch facility" in names


def test_a_superlative_describes_a_named_ship() -> None:
    names = _assets("The Halvard entered service in 2019. It remains the largest active warship in the region.")
    assert not any("warship" in n for n in names)


def test_a_place_possessive_keeps_main_and_drops_the_place_word() -> None:
    names = _assets("On Monday, a drone struck the city's main fuel depot, causing a large fire.")
    assert "main fuel depot" in names
    assert not any("city" in n for n in names)


def test_a_named_medical_center_put_out_of_service_is_a_facility() -> None:
    names = _assets("Emergency rooms at Valdor Health's Brookfield Medical Center are on divert status after a network outage.")
    assert "Brookfield Medical Center" in names


def test_a_bare_name_folds_into_its_numbered_model() -> None:
    names = _assets("The army received Leopard 2 tanks. The Leopards were hit by drones.")
    assert "Leopard 2" in names and "Leopards" not in names


def test_a_count_of_vessels_of_no_kind_is_no_asset() -> None:
    names = _assets("The queue of ships waiting to enter the river topped 115 vessels on Friday after drones hit the port of Varno.")
    assert "vessels" not in names


def test_a_named_base_in_lower_case_is_a_facility() -> None:
    m = _FACILITY_LOWER.search("strikes on the Dyagilevo base in the region")
    assert m is not None and m.group("head") == "base" and m.group("name").strip() == "Dyagilevo"
    names = _assets("Drone strikes on Engels and the Dyagilevo base in the Ryazan region killed three servicemen.")
    assert any(n.startswith("Dyagilevo") for n in names)


def test_a_base_at_the_end_of_a_longer_name_is_not_cut() -> None:
    names = _assets("The fall of the Kyee Kan Pyin base exposes the town, a resident said after rebels attacked it.")
    assert "Kan Pyin base" not in names


def test_a_state_own_air_defence_system_is_a_class() -> None:
    names = _assets("Missiles were fired from the north and the Syrian air defense system intercepted a number of them.")
    assert "air defense system" in names


def test_refining_facilities_and_the_refinery_are_one_asset() -> None:
    names = _assets("Jets struck the port and the refinery on Saturday. The oil refining facilities were set ablaze by the strike.")
    assert sum(1 for n in names if "refin" in n) == 1


def test_telecom_cables_and_cut_internet_cables_are_one_asset() -> None:
    text = ("Investigators say the tanker damaged internet cables under the sea. "
            "The anchor cut four telecom cables and a power line, officials said.")
    names = _assets(text)
    assert sum(1 for n in names if n.endswith("cables")) == 1


def test_a_numbered_name_makes_a_phrase_named() -> None:
    names = _assets("The country said it launched its first spy satellite on Tuesday. "
                    "Officials said the Orion-3 satellite was launched on a rocket on Tuesday.")
    assert sum(1 for n in names if n.endswith("satellite")) == 1


def test_a_state_bases_in_general_are_no_asset() -> None:
    names = _assets("They kept silent over previous attacks, including drone strikes on Russian military bases earlier this month.")
    assert "Russian military bases" not in names
