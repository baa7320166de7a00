"""Assets from learned head words (tui/generate/asset_learned.py), on short made-up texts, and
the trainer that writes their counts (bench/train_asset_heads.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tui.generate import asset_heads
from tui.generate.asset_learned import is_head, lemma, phrase_start

from .helpers import asset_names, assets_of

ROOT = Path(__file__).resolve().parents[2]

CABLE = (" date 2025-01-07 Coast guard tracks ship suspected of cutting a cable\n\n"
         "A Tarvikan-owned cargo ship suspected of damaging a subsea telecoms cable has stopped transmitting its "
         "position, the coast guard said. The vessel was due in port on Friday. Engineers said the cable was cut "
         "in two places.")


def _by_name(text: str) -> dict:
    return {a.name: a for a in assets_of(text)}


def test_lemma_and_heads() -> None:
    assert [lemma(w) for w in ("depots", "batteries", "ships", "gas", "bus", "boxes")] == [
        "depot", "battery", "ship", "gas", "bus", "box"]
    assert is_head("depots") and is_head("pipeline") and is_head("cable")
    assert not is_head("strikes") and not is_head("agreement") and not is_head("soldiers")


def test_a_common_noun_the_rules_miss_is_an_asset_with_its_modifiers_and_shorter_forms() -> None:
    found = _by_name(CABLE)
    assert "Tarvikan-owned cargo ship" in found and "subsea telecoms cable" in found, list(found)
    ship = found["Tarvikan-owned cargo ship"]
    assert {"cargo ship", "ship", "vessel"} <= set(ship.aliases)  # "the vessel" is the same ship
    assert {"telecoms cable", "cable"} <= set(found["subsea telecoms cable"].aliases)
    assert found["subsea telecoms cable"].type != "equipment"  # the type the labels gave "cable"
    for span in ship.evidence:
        assert CABLE[span.start:span.end] == span.quote


def test_an_owner_or_a_possessive_opens_the_name() -> None:
    text = (" date 2024-05-19 Gunmen attack minister's residence\n\nGunmen attacked Tarvo's residence before dawn. "
            "Guards at the residence returned fire. An IDF drone was seen over the hills; later the drone left.")
    names = asset_names(text)
    assert "Tarvo's residence" in names and "IDF drone" in names, names


def test_what_is_said_once_in_passing_is_no_asset() -> None:
    text = " date 2024-05-19 Talks resume\n\nThe talks resumed. Officials recalled a depot fire years ago."
    assert asset_names(text) == []
    assert asset_names(text + " The depot was rebuilt.") == ["depot"]  # twice: the story is about it
    assert asset_names(" date 2024-05-19 Fire at depot\n\nOfficials met on Monday.") == ["depot"]  # its headline


def test_a_sure_head_with_a_modifier_is_an_asset_said_once() -> None:
    text = (" date 2024-12-19 Norland moves its weapons\n\nNorland is shifting S-400 systems to Tarvia. Norlandian "
            "transport jets have been flying them out since Monday, officials said.")
    assert "Norlandian transport jets" in asset_names(text)  # "air" in the S-400's type is no named aircraft
    text = " date 2024-03-01 Talks resume\n\nThe talks resumed. The two men were in an armored vehicle en route to Kelmora."
    assert asset_names(text) == ["armored vehicle"]  # "en route" ends the phrase as "on its way" would
    for said in ("Officials recalled that the helicopter was shot down years ago.",  # bare: nothing says which
                 "Bombers moved beyond the reach of most Ukrainian drones.",  # a quantifier: a kind of thing
                 "The mine could supply enough lithium for about 1.1 million electric vehicles.",  # a market
                 "Experts warn that the boats can deliver more explosives than the missiles or aerial drones.",
                 "A drone hit a petroleum tank farm at Kelmora.",  # "tank" heads no phrase of its own
                 "Strengthening the defense system in the area is urgent, the minister said.",  # a general word
                 "Officials said the Russian garrison at the plant had grown."):  # troops, no base
        assert asset_names(f" date 2024-05-19 Talks resume\n\nThe talks resumed. {said}") == [], said


def test_heads_listed_together_are_an_inventory_said_once() -> None:
    lead = " date 2024-03-01 Talks resume\n\nThe talks resumed. Border guards fired "
    assert asset_names(lead + "mortars and heavy machine guns from the ridge.") == ["mortars", "heavy machine guns"]
    assert asset_names(lead + "mortars from the ridge.") == []  # one weapon said once, in passing
    # the rules told of the class after a model: the same words listed earlier are that model's
    text = (" date 2022-04-19 Aid\n\nThe aid includes helicopters, howitzers and armored personnel carriers. "
            "The package includes 200 M113 armored personnel carriers.")
    assert "armored personnel carriers" not in asset_names(text)
    # a head that only modifies a rule's name there tells of nothing: the helicopters are still listed
    text = (" date 2013-01-11 Rebels say they seized helicopter base in Tarvia\n\nRebels seized a strategic air base "
            "in northern Tarvia on Friday. Rebels had fought for the base used by military helicopters for months. "
            "In a video, men climbed atop a helicopter.")
    assert "military helicopters" in asset_names(text)
    # a class a rule made and then dropped tells of nothing either: the frigates are listed
    text = (" date 2025-08-05 Tarvia selects the Kelmo class for its frigates\n\nTarvia selected the upgraded Kelmo class "
            "frigate for its future fleet of general purpose frigates. The Kelmo class frigate has a long range. "
            "The first three frigates will be built in Kelmo.")
    assert any(n.endswith("frigates") for n in asset_names(text)), asset_names(text)


def test_a_general_word_needs_a_modifier_or_a_count() -> None:
    lead = " date 2024-03-01 Camps attacked\n\nAttackers burnt {} at the camp. Officials said the vehicles were old."
    assert asset_names(lead.format("22 vehicles")) == ["vehicles"]
    assert asset_names(lead.format("vehicles")) == []


def test_a_head_before_another_head_is_its_modifier() -> None:
    text = " date 2024-03-01 Base overrun\n\nFighters seized four gun trucks at the base. The gun trucks were later burned."
    assert asset_names(text) == ["gun trucks"]


def test_a_past_tense_before_a_head_is_no_modifier() -> None:
    assert phrase_start("The army lost tanks", 14) == 14
    assert phrase_start("The army sent armoured vehicles", 23) == 14


def test_a_class_that_only_qualifies_events_needs_to_recur() -> None:
    once = " date 2024-05-19 Talks resume\n\nThe talks resumed after drone strikes. More drone attacks followed."
    assert asset_names(once) == []
    thrice = once + " The drone strikes killed 40 people."
    assert asset_names(thrice) == ["drone"]


def test_what_a_rule_asset_names_or_types_adds_nothing() -> None:
    text = (" date 2024-05-19 Tank fires at tower\n\nAn IDF Merkava tank fired at the tower. The tank then left, "
            "and the tower was damaged.")
    names = asset_names(text)
    assert "tank" not in names and not any(n.endswith("tank") and n != "IDF Merkava" for n in names), names


def test_too_general_a_word_needs_a_modifier() -> None:
    bare = " date 2024-05-19 Systems fail\n\nThe systems failed. Engineers said the systems were old."
    assert asset_names(bare) == []
    text = (" date 2024-05-19 Air defence systems fail\n\nThe air defence systems failed twice. "
            "Officials said the air defence systems were old.")
    assert asset_names(text) == ["air defence systems"]


def test_a_verb_is_no_modifier() -> None:
    text = (" date 2024-05-19 Threat\n\nThe army threatened to strike nuclear facilities. "
            "The facilities are guarded. Officials said the facilities were safe.")
    names = asset_names(text)
    assert names and not any(n.startswith("strike") for n in names), names
    assert phrase_start("to strike depots", len("to strike ")) == len("to strike ")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_asset_heads", ROOT / "bench" / "train_asset_heads.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_asset_heads", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def repo_counts():
    trainer = _trainer()
    return trainer, trainer.count([None])


def test_the_trainer_is_deterministic_and_its_module_reads_back(repo_counts, tmp_path: Path) -> None:
    trainer, (heads, modifiers, texts) = repo_counts
    assert texts >= 50 and "depot" in heads and "cargo" in modifiers
    first = trainer.render(heads, modifiers, ["test"])
    assert trainer.render(*trainer.count([None])[:2], ["test"]) == first
    space: dict = {}
    exec(compile(first, "asset_heads.py", "exec"), space)
    assert space["HEADS"] == heads and space["MODIFIERS"] == frozenset(modifiers)
    out = tmp_path / "heads.py"
    assert trainer.main(["-o", str(out)]) == 0 and out.read_text(encoding="utf-8").startswith('"""Asset head words')


def test_the_shipped_counts_include_the_labelled_texts_of_the_repository(repo_counts) -> None:
    """The shipped table was counted over the repository's texts and more (outside sets): every
    count is at least the repository's. It fails when the table is edited by hand or the
    repository's labels change without a recount."""
    _, (heads, modifiers, _) = repo_counts
    for head, (seen, required, optional, _kind) in heads.items():
        shipped = asset_heads.HEADS.get(head)
        assert shipped is not None, head
        assert shipped[0] >= seen and shipped[1] >= required and shipped[2] >= optional, head
    assert set(modifiers) <= asset_heads.MODIFIERS


def test_the_trainer_counts_the_prior_words_the_texts_use_even_unlabelled(repo_counts) -> None:
    from tui.generate.asset_prior import OBJECTS

    heads = repo_counts[1][0]
    unlabelled = [w for w, counts in heads.items() if w in OBJECTS and counts[1] == counts[2] == 0]
    assert unlabelled and all(heads[w][0] > 0 for w in unlabelled)


def test_the_trainer_counts_a_word_only_where_it_ends_its_phrase(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    for name, body, gold in (("a", "The army moved the artillery on Monday.", "[{name: artillery, match: [artillery]}]"),
                             ("b", "Heavy artillery fire hit the town, and artillery shelling went on. The artillery left.", "[]")):
        (tmp_path / "texts" / f"{name}.txt").write_text(f" date 2024-01-01 Shelling\n\n{body}\n", encoding="utf-8")
        (tmp_path / "gold" / f"{name}.gold.yaml").write_text(f"assets: {gold}\n", encoding="utf-8")
    heads = _trainer().count([tmp_path])[0]
    # "artillery fire" and "artillery shelling" are no head position: seen twice, labelled once
    assert heads["artillery"][:3] == (2, 1, 0)


def test_a_named_links_class_words_are_that_link() -> None:
    text = (" date 2017-09-18 Rebels attack Tarvo Limon oil pipeline\n\nRebels destroyed part of the Tarvo Limon-Kelmo oil "
            "pipeline on Monday. The pipeline moves oil to the sea, and the pipeline was hit before.")
    found = _by_name(text)
    assert list(found) == ["Tarvo Limon-Kelmo"], list(found)  # no second "pipeline", no "Tarvo Limon" apart
    assert {"Tarvo Limon-Kelmo oil pipeline", "Tarvo Limon", "Tarvo Limon oil pipeline"} <= set(found["Tarvo Limon-Kelmo"].aliases)


def test_a_helicopter_is_not_the_named_jet_of_the_story() -> None:
    text = (" date 2012-08-27 Helicopter shot down\n\nRebels shot down a military helicopter over the city. A MiG-23 flew "
            "over later. Video showed the helicopter on fire.")
    names = asset_names(text)
    assert "military helicopter" in names and any(n.startswith("MiG-23") for n in names), names


def test_names_one_letter_apart_are_one_asset_but_not_hull_numbers() -> None:
    text = (" date 2021-05-08 Drone hits Ain al-Asad Airbase\n\nA drone struck Ain al-Assad Airbase on Saturday. "
            "The Ain al-Asad Airbase hosts troops.")
    assert len([n for n in asset_names(text) if n.startswith("Ain")]) == 1, asset_names(text)
    text = " date 2024-03-05 Ships\n\nThe ships MRRV-4402 and MRRV-4409 were hit by water cannons. MRRV-4402 was damaged."
    assert {"MRRV-4402", "MRRV-4409"} <= set(asset_names(text))


def test_a_named_weapons_class_words_are_that_weapon() -> None:
    text = (" date 2024-09-18 Strike\n\nThe warehouse held missiles for Iskander tactical missile systems, Tochka-U "
            "tactical missile systems and bombs. The Iskander systems were destroyed.")
    names = asset_names(text)
    assert "Tochka-U" in names and not any(n.endswith("missile systems") and not n[0].isupper() for n in names), names


def test_a_bracketed_hull_number_and_a_models_class_are_that_asset() -> None:
    text = (" date 2024-08-31 Ships\n\nCoast guard vessels BRP Tarvo (MRRV-4402) and BRP Kelmo (MRRV-4409) were hit. "
            "BRP Tarvo was damaged.")
    found = _by_name(text)
    assert "MRRV-4402" not in found and "MRRV-4402" in found["BRP Tarvo"].aliases, list(found)
    text = (" date 2022-04-19 Aid\n\nThe aid includes helicopters, howitzers and armored personnel carriers. "
            "The package includes 200 M113 armored personnel carriers.")
    names = asset_names(text)
    assert "M113" in names and "armored personnel carriers" not in names, names


def test_a_counted_class_said_once_is_an_asset() -> None:
    text = " date 2022-04-19 Aid arrives\n\nThe package also includes 100 armored multi-purpose vehicles."
    assert "armored multi-purpose vehicles" in asset_names(text)


def test_a_model_like_word_that_names_a_site_is_that_site() -> None:
    text = (" date 2025-04-02 Strikes\n\nJets struck the Hama military airport and T-4 airbase on Wednesday. Last week "
            "the army bombed two airbases, including T-4.")
    found = _by_name(text)
    assert "T-4" not in found and "T-4" in found["T-4 airbase"].aliases, list(found)


def test_an_item_listed_beside_a_named_asset_is_kept_though_said_once() -> None:
    text = (" date 2021-05-09 Navy seizes weapons\n\nThe shipment includes thousands of Chinese Type 56 assault rifles, "
            "dozens of anti-tank guided missiles and PKM machine guns. Officials said more.")
    names = asset_names(text)
    assert any(n.endswith("anti-tank guided missiles") for n in names), names
    alone = " date 2021-05-09 Navy report\n\nOfficials recalled anti-tank guided missiles seen years ago."
    assert not any("missiles" in n for n in asset_names(alone))


def test_a_head_right_after_an_actors_name_is_that_actor() -> None:
    text = (" date 2021-07-19 Attack\n\nThe attack was carried out by the dissident Carlos Tarvo structure, and left two "
            "soldiers dead. I reject the attack by the Carlos Tarvo structure.")
    assert "structure" not in asset_names(text)


def test_a_variant_mark_after_a_model_names_the_variant() -> None:
    text = (" date 2024-01-01 Deal\n\nHungary will buy 12 used Leopard 2 A4 tanks for training. "
            "The Leopard 2 A7 tanks will come later.")
    found = _by_name(text)
    assert list(found) == ["Leopard 2 A4", "Leopard 2 A7"], list(found)
    assert [e.quote for e in found["Leopard 2 A4"].evidence] == ["Leopard 2 A4"]


def test_a_prior_word_the_labels_hardly_know_is_a_head_until_they_say_otherwise() -> None:
    from tui.generate import asset_learned

    assert is_head("dhows") and is_head("bulldozer")  # hardly any labels or sightings: the prior leads
    assert not is_head("parliament")  # a prior word the texts use often and the labels never name
    saved = asset_learned.HEADS.get("gun")
    asset_learned.HEADS["gun"] = (22, 5, 6, "weapon")  # labelled 5 times in 16 plain uses
    try:
        assert not is_head("guns")  # the labels win over the prior
    finally:
        if saved is None:
            del asset_learned.HEADS["gun"]
        else:
            asset_learned.HEADS["gun"] = saved
    text = (" date 2023-02-13 Laser attack on ship crew\n\nThe coast guard has used lasers before. A military-grade "
            "laser blinded the crew.")
    found = _by_name(text)
    assert "military-grade laser" in found and "used lasers" not in found["military-grade laser"].aliases, found
    assert asset_learned.PRIOR_RATE > asset_learned.RATE


def test_a_sentence_opening_count_is_no_weapon_name_and_a_designators_name_is_an_alias() -> None:
    text = (" date 2018-01-10 Drones attack bases\n\nThirteen attack drones were launched against the Tarvo air base and "
            "a naval facility. No damage at the two military bases was reported.")
    names = asset_names(text)
    assert "Thirteen" not in names and "attack drones" in names and not any(n.startswith("two ") for n in names), names
    found = _by_name(" date 2018-01-10 Story\n\nA Navy MQ-4C Triton drone had been circling above the area.")
    assert {"MQ-4C Triton", "Triton"} <= set(found["MQ-4C"].aliases), found


def test_stations_and_two_word_model_names() -> None:
    found = _by_name(" date 2016-07-28 Launch\n\nThe rocket flew from the Cape Canaveral Air Force Station on Thursday. "
                     "The Osprey was based at Marine Corps Air Station Iwakuni in Japan.")
    assert {"Cape Canaveral Air Force Station", "Marine Corps Air Station Iwakuni"} <= set(found), list(found)
    found = _by_name(" date 2020-08-13 Seizure\n\nThe helicopter appeared to be a Sikorsky SH-3 Sea King, which only "
                     "the navy operates.")
    assert {"SH-3 Sea King", "Sea King"} <= set(found["SH-3"].aliases) and "Sea" not in found["SH-3"].aliases


def test_a_name_with_its_class_said_after_it_is_an_alias() -> None:
    found = _by_name(" date 2024-01-01 Story\n\nThe Air Force intercepted 32 of 44 Shahed-type drones overnight. "
                     "Hezbollah launched dozens of Katyusha rockets on the north.")
    assert "Shahed-type drones" in found["Shahed-type"].aliases and "Katyusha rockets" in found["Katyusha"].aliases, found
    assert "devices dropped explosives" not in asset_names(" date 2025-08-13 Attack\n\nThe devices dropped explosives on the post.")


def test_an_asset_named_by_another_assets_alias_is_that_asset() -> None:
    text = (" date 2025-03-05 Delivery\n\nThe armed forces received their first six AH-64E Apache Guardian attack "
            "helicopters. The Apache Guardian will replace older models.")
    names = asset_names(text)
    assert "Apache Guardian" not in names and any(n.startswith("AH-64") for n in names), names
