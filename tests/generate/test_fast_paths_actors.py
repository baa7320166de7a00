"""Speed-ups of the actor and place passes that must not change what they find: each anchored
scan against the plain ``finditer`` it replaces, over every labelled text of the repository and
over made-up wording at the edges of each pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.generate import actor_patterns as ap
from tui.generate import places
from tui.generate.text import read_header

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "tests" / "data" / "texts").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
WORD_LISTS = {
    "states": ap._STATE_RE,
    "demonyms": ap._DEMONYM_RE,
    "organisations": ap._ORG_RE,
    "long organisation names": ap._ORG_RE_LONG,
    "leaders": ap._LEADER_RE,
    "titles": ap._TITLE_RE,
    "places": places._GEO_RE,
    "organisation heads": ap._ORG_HEAD_RE,
    "capitalised lists": ap._CAP_LIST,
}


def _same(pattern, text: str, start: int) -> list[str]:
    full = [(m.span(), m.groupdict(), m.group()) for m in pattern.finditer(text, start)]
    fast = [(m.span(), m.groupdict(), m.group()) for m in ap.scan(pattern, text, start)]
    assert fast == full, (pattern.pattern[:80], start)
    return [g for _, _, g in full]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_anchored_word_lists_find_what_the_full_scan_finds(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern in WORD_LISTS.values():
        for start in (0, read_header(text)[1], 40):
            _same(pattern, text, start)


def test_anchored_word_lists_on_made_up_wording() -> None:
    text = ("Russia and the Kremlin; iRussia, anti-Russian and Russian-made. (Ukrainian) forces met "
            "North Koreans and Syrians. The Islamic State and the Islamic State, al-Qaeda and Al-Qaeda, "
            "Institute for The Study of War, Institute for the Study of War. NATO, WHO, who. Putin, Zelenskyy "
            "and Kim Jong-un. Élysée, élysée, Elysée. Washington-based Beijing Moscow. foreign minister Sergei Lavrov, "
            "(minister X. Y, the chief of staff, Gen. Ali Bar; co-founder Jane Doe, said spokesman, John Kirby; "
            "president\nJoe Biden, Prime Minister Rishi Sunak, Secretary-General António Guterres, the foreign minister , "
            "Ann; the Middle East, Middle Eastern, South China Sea, the Gaza Strip-based, Strait of Hormuz. "
            "Ann; the US Cyber Command, AT&T Research and Development Institute, O'Neill Brown Smith Jones Black White Army, "
            "Ministry of Defence of the Russian Federation, iBank Group, anti-Corruption Foundation, Mc’Donald Fund; "
            "A B C D E F G Council, A and B & C D E F Council, \"Defence Ministry\", Ministry on Monday, -Army Group. "
            "Ann; AT&T, Verizon and Lumen Technologies; xAB, CD and EF; A B C, D E F, G H I, J K L, M N O, P Q R, S T U and V W X Y; "
            "B C, D E F, G H I, J K L, M N O, P Q R and S; Mali,\nNiger and Chad; Mali, Niger, and Chad-based Wagner and Co. "
            "Ann; chief executive Mr. Elon Musk; head  Bob; “head Bob”; xhead Bob; head_ Bob; chief of staff Lt. Col. A B")
    for name, pattern in WORD_LISTS.items():
        found = _same(pattern, text, 0)
        for start in range(0, len(text), 7):
            _same(pattern, text, start)
        assert found, name
    assert "Élysée" in _same(ap._STATE_RE, text, 0) or "Élysée" not in ap._SEATS | ap._CAPITALS
