"""Facility and asset rules for news in general: named by their place, folded when they are
one, and left out when a bare word refers back. Each test is a short made-up text."""

from __future__ import annotations

from tui.generate.extract import extract


def _assets(text: str) -> list[str]:
    return [a.name for a in extract(text)["assets"]]


def test_a_struck_facility_is_named_by_its_place() -> None:
    names = _assets("A fuel depot in Norland's eastern Brava region caught fire after a drone attack. "
                    "Drones were also downed over a second depot in Calvo.")
    assert "Brava fuel depot" in names and "Calvo depot" in names


def test_coordinated_places_name_two_facilities() -> None:
    names = _assets("Drones struck refineries in Brava and Calvo overnight.")
    assert "Brava refinery" in names and "Calvo refinery" in names


def test_a_facility_with_its_own_name_is_not_renamed_by_its_region() -> None:
    names = _assets("Drones hit the Tolma air base in the Brava region on Monday.")
    assert "Brava air base" not in names


def test_a_base_near_a_capital_is_not_named_by_it() -> None:
    assert not any("Nairobi" in n for n in _assets("Gunmen attacked a military base near Nairobi."))


def test_one_owner_s_facility_named_by_place_and_by_name_is_one_asset() -> None:
    names = _assets("A drone hit a refinery in the Kasto industrial zone. A fire broke out at Petrocorp's PTRC.MM refinery in Kasto. "
                    "Petrocorp's ORSA refinery can process 17 million tonnes a year.")
    assert [n for n in names if "refinery" in n] == ["Petrocorp's ORSA refinery"]


def test_a_bare_refinery_among_several_named_ones_is_no_asset() -> None:
    names = _assets("Drones struck a refinery in Brava. Officials said the Calvo refinery was also hit. A refinery worker was hurt in the attack.")
    assert "refinery" not in names and "Brava refinery" in names
