"""Asset aliases: the other names a text gives an asset, kept on the briefing (and scored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import LoadError
from tui.core.model import Asset, Briefing, Generator, Source
from tui.core.store import dump_briefing, load_briefing, parse_briefing_text
from tui.generate.asset_aliases import asset_aliases
from tui.generate.extract import make_briefing
from tui.generate.scoring import score_briefing


def test_surface_forms_and_the_owner_less_name_are_aliases():
    assert asset_aliases("IDF Merkava", []) == ["Merkava"]
    assert asset_aliases("Israeli Merkava tank", ["the Merkava"]) == ["Merkava", "Merkava tank"]
    assert asset_aliases("Port of Tartus", ["the Tartus facility", "Tartus port"]) == ["Tartus facility", "Tartus port"]


def test_a_plain_class_is_also_called_by_its_shorter_forms():
    assert asset_aliases("powerful improvised explosive device", []) == [
        "improvised explosive device", "explosive device", "device"]
    assert asset_aliases("Abqaiq oil refinery", []) == []  # a name keeps its words


def test_plain_forms_are_aliases_and_the_name_is_not_repeated():
    # what the generator folded into the asset, plain words too: a reviewer sees what was merged
    assert asset_aliases("Abqaiq refinery", ["the refinery", "oil facilities"]) == ["refinery", "oil facilities"]
    # the name itself (with or without "the", any case) is not repeated
    assert asset_aliases("Khmeimim Air Base", ["the Khmeimim air base", "KHMEIMIM AIR BASE"]) == []
    assert asset_aliases("S-400", ["S-400s", "S-400s"]) == ["S-400s"]
    assert asset_aliases("Port of Tartus", ["x" * 70 + " Tartus"]) == []


def test_generated_assets_carry_the_forms_the_text_folded_into_them():
    text = (
        " date 2024-12-09 Ships leave Syria\n\n"
        "Russian warships left the Port of Tartus on Monday, satellite images show. "
        "The Tartus facility is Russia's only naval base in the Mediterranean.\n"
    )
    briefing = make_briefing(text, source_path="t.txt", sha256="0")
    port = next(a for a in briefing.assets if a.name == "Port of Tartus")
    assert "Tartus facility" in port.aliases


def test_aliases_survive_a_save_and_a_load(tmp_path: Path):
    briefing = Briefing(source=Source(path="s.txt"), generator=Generator(name="test"))
    briefing.assets.append(Asset(id="asset-1", name="Port of Tartus", type="naval base",
                                 aliases=["Tartus facility", "Tartus naval base"]))
    text = dump_briefing(briefing)
    assert "  type: naval base\n  aliases:\n  - Tartus facility\n  - Tartus naval base\n" in text
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_briefing(path).briefing.assets[0].aliases == ["Tartus facility", "Tartus naval base"]


def test_aliases_of_the_wrong_type_are_an_error_with_its_place(tmp_path: Path):
    text = "schema_version: 1\nsource: {path: s.txt}\nassets:\n  - id: a\n    name: X\n    aliases: 3\n"
    with pytest.raises(LoadError) as info:
        parse_briefing_text(text, "b.yaml")
    assert any(p.line == 6 and "aliases" in p.format("b.yaml") for p in info.value.problems)


def test_the_scorer_matches_an_asset_by_an_alias():
    briefing = Briefing(source=Source(path="s.txt"), generator=Generator(name="test"))
    briefing.assets.append(Asset(id="asset-1", name="IDF Merkava", type="tank", aliases=["Merkava"]))
    gold = {"assets": [{"name": "Merkava tank", "match": ["Merkava", "Merkava tank"]}]}
    report = score_briefing(briefing, gold, "")
    assert (report.assets.tp, report.assets.fp) == (1, 0)
    briefing.assets[0].aliases = []
    assert score_briefing(briefing, gold, "").assets.tp == 0


def test_a_persons_possessive_before_an_asset_is_no_state_ownership():
    """'then US president Obama ... against Assad for ... his military's use of chemical weapons':
    the weapons are not the United States'."""
    text = (
        " date 2024-12-09 Red lines\n\n"
        "In 2013 US president Barack Obama decided against action against Bashar al-Assad for "
        "his military's use of chemical weapons on rebel-held areas. "
        "Later the US deployed Patriot batteries to Turkey.\n"
    )
    briefing = make_briefing(text, source_path="t.txt", sha256="0")
    weapons = next(a for a in briefing.assets if "chemical weapons" in a.name.lower())
    assert weapons.owner is None
    patriot = next(a for a in briefing.assets if "Patriot" in a.name)
    assert patriot.owner == "actor-united-states"  # a state acting on its own equipment owns it
