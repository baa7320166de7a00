"""Asset detections of session 7 (see docs/generator-quality.md, round 7): sites and things that
news names as a set or as the object of its key event.

- names listed with a plural facility head: "the Belaya, Olenya and Dyagilevo air bases", "The
  four airbases hit were Belaya (Irkutsk), Olenya (Murmansk) and Ivanovo", "airfields including
  Belaya and Olenya": :func:`detect_listed_sites`.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_owned import find_words
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]
_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_REGIONS = set(gz.REGIONS)

#: plural facility heads and their singular
_PLURAL_HEADS = {
    "air bases": "air base", "airbases": "airbase", "airfields": "airfield", "airports": "airport", "naval bases": "naval base",
    "military bases": "military base", "bases": "base", "ports": "port", "refineries": "refinery", "power plants": "power plant",
    "power stations": "power station", "oil depots": "oil depot", "fuel depots": "fuel depot", "depots": "depot",
    "oil refineries": "oil refinery", "shipyards": "shipyard", "terminals": "terminal",
}
_HEAD_WORDS = tuple(sorted({h.split()[-1] for h in _PLURAL_HEADS}))
_NAME = r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?"
_PAREN = r"(?: \([^()]{1,60}\))?"
#: "the Belaya, Olenya, Dyagilevo and Ivanovo air bases": names before the plural head
_NAMES_BEFORE = re.compile(rf"(?:^|[^\w’'\-])(?P<names>{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}) $")
#: "airbases hit were Belaya (Irkutsk), Olenya ... and Ivanovo": names after the plural head
_NAMES_AFTER = re.compile(
    r" (?:(?:that were |which were )?(?:hit|struck|targeted|attacked|damaged|affected|bombed|shelled) )?"
    r"(?:were|are|included|include|including|such as|namely|:|—|–|-)\s*"
    rf"(?P<names>(?:the )?{_NAME}{_PAREN}(?:, (?:the )?{_NAME}{_PAREN})*,? (?:and|as well as) (?:the )?{_NAME}{_PAREN})"
)
_ONE = re.compile(rf"(?:the )?(?P<name>{_NAME}){_PAREN}")


def _usable(name: str) -> bool:
    words = name.split()
    return not (words[0] in _STATE_WORDS or name in _STATE_WORDS or name in _REGIONS or words[0] in gz.COMMON_CAPITALISED)


def detect_listed_sites(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Each name of a list that a plural facility head is said with is one site of that kind:
    "<Place> <singular head>" ("Belaya airbase"), with the name as its evidence."""
    for at, end in find_words(text, _HEAD_WORDS, body_start):
        head = next((h for h in _PLURAL_HEADS if text.startswith(h, end - len(h)) and (end - len(h) == 0 or not text[end - len(h) - 1].isalnum())), None)
        if head is None:
            continue
        h_start = end - len(head)
        before = _NAMES_BEFORE.search(text, max(body_start, h_start - 120), h_start)
        found = []
        if before and "." not in before.group("names"):
            base = before.start("names")
            found = [(base + m.start("name"), base + m.end("name")) for m in _ONE.finditer(before.group("names"))]
        else:
            after = _NAMES_AFTER.match(text, end)
            if after:
                base = after.start("names")
                found = [(base + m.start("name"), base + m.end("name")) for m in _ONE.finditer(after.group("names"))]
        names = [(s, e) for s, e in found if _usable(text[s:e]) and text[s:e] not in ("and", "or")]
        if len(names) < 2 or len(names) != len(found):
            continue
        single = _PLURAL_HEADS[head]
        kind = gz.FACILITY_HEADS.get(single, "facility")
        for s, e in names:
            if not claims.free(s, e):
                continue
            place = text[s:e]
            cand = put("fac:" + norm(place), f"{place} {single}", kind, s, e)
            cand.extra.setdefault("place", place)
