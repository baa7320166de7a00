"""Source text helpers: the header line, sentences with offsets, slugs and number words.

Every function here works on the *whole* source text and returns offsets into it, so evidence
spans stay valid: the ``date YYYY-MM-DD`` header the seed texts start with is skipped, never cut.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: The header line some source texts start with: `` date 2024-12-09 `` before the body.
_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_ISO_DATE = re.compile(r"\b(20\d{2}|19\d{2})-(\d{2})-(\d{2})\b")
_LONG_DATE = re.compile(
    r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(\d{4})\b|\b(January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b"
)

#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr sen rep gov st jr sr no vs etc inc ltd
    co corp dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e
    approx mt ft pres brig cpl pvt rev hon""".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[”’\"')\]]*(?=\s)|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == source[start:end]`` (whitespace trimmed)."""

    index: int
    start: int
    end: int
    text: str


def read_header(text: str) -> tuple[str | None, int]:
    """The ``date`` header's ISO date (or None) and the offset where the body starts."""
    match = _HEADER.match(text)
    if match:
        return match.group(1), match.end()
    return None, len(text) - len(text.lstrip())


def find_date(text: str) -> str | None:
    """The first date written in the text (ISO or '9 December 2024' style), as YYYY-MM-DD."""
    best: tuple[int, str] | None = None
    for match in _ISO_DATE.finditer(text):
        y, m, d = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if 1 <= m <= 12 and 1 <= d <= 31:
            best = (match.start(), f"{y:04d}-{m:02d}-{d:02d}")
            break
    for match in _LONG_DATE.finditer(text):
        if best is not None and match.start() > best[0]:
            break
        if match.group(1):
            d, mon, y = int(match.group(1)), match.group(2), int(match.group(3))
        else:
            mon, d, y = match.group(4), int(match.group(5)), int(match.group(6))
        if 1 <= d <= 31:
            best = (match.start(), f"{y:04d}-{_MONTHS[mon.lower()]:02d}-{d:02d}")
        break
    return best[1] if best else None


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of ``text[start:]`` with offsets into ``text``.

    A sentence ends at ``.``/``!``/``?`` (plus closing quotes) followed by space, unless the word
    before the stop is a known abbreviation or a single capital letter (initials), or the next
    word starts in lower case; a blank line always ends one.
    """
    sentences: list[Sentence] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        stop = match.end()
        if match.group().strip() and not _is_real_end(text, match.start(), stop):
            continue
        _add(sentences, text, begin, stop)
        begin = stop
    _add(sentences, text, begin, len(text))
    return sentences


def _is_real_end(text: str, dot: int, after: int) -> bool:
    if text[dot] == ".":
        word_start = dot
        while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "“\"(‘":
            word_start -= 1
        word = text[word_start:dot].lower().rstrip(".")
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        if re.fullmatch(r"\d+", word) and dot + 1 < len(text) and text[dot + 1 : dot + 2].isdigit():
            return False
    rest = text[after : after + 40].lstrip()
    if rest and rest[0].islower():
        return False
    return True


def _add(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = begin + lead
    e = s + len(stripped)
    sentences.append(Sentence(len(sentences), s, e, stripped))


def slug(text: str, limit: int = 40) -> str:
    """A readable ascii id fragment: 'Vladimir Putin' -> 'vladimir-putin'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0] or out[:limit]
    return out or "item"


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """Comparison form of a name: case-folded, curly quotes straightened, leading 'the' dropped."""
    out = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    out = re.sub(r"\s+", " ", out).strip().casefold()
    out = re.sub(r"^the\s+", "", out)
    out = re.sub(r"'s$", "", out)
    return out


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "pair": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "dozen": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100,
}


def parse_quantity(word: str) -> int | None:
    """The integer a quantity word stands for ('three' -> 3, '1,200' -> 1200), else None."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w) if w not in ("a", "an") else None


def matches_at(pattern: re.Pattern[str], text: str, start: int, spots) -> list[re.Match[str]]:
    """``pattern.finditer(text, start)``'s matches, left to right and not overlapping, given
    every place (``spots``) where one can start: the fast paths of the generator try a costly
    pattern only where a cheap scan found it can begin."""
    out = []
    end = start
    for pos in sorted(spots):
        if pos >= end:
            m = pattern.match(text, pos)
            if m:
                out.append(m)
                end = m.end()
    return out
