"""Rules that fold variants of one actor together and keep non-actors out, and asset classes
named by general news wording. Each test is a short made-up sentence."""

from __future__ import annotations

from tui.generate.extract import extract


def _actors(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in extract(text)["actors"]}


def _assets(text: str) -> list[str]:
    return [a.name for a in extract(text)["assets"]]


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
