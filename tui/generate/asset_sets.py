"""Asset detections of session 7 (see docs/generator-quality.md, round 7): sites and things that
news names as a set or as the object of its key event.

- names listed with a plural facility head: "the Belaya, Olenya and Dyagilevo air bases", "The
  four airbases hit were Belaya (Irkutsk), Olenya (Murmansk) and Ivanovo", "airfields including
  Belaya and Olenya": :func:`detect_listed_sites`;
- the one craft, compound or embassy the key event acts on ("a drone downed a police helicopter",
  "a strike on a drug-carrying boat", "protesters attacked the UN compound and embassies", "a
  mosque compound was hit"), and the single weapon of a passive shoot-down ("was shot down by a
  drone"): :func:`detect_struck_objects`;
- a ship class named by the system it carries ("its Aegis destroyers"): :func:`detect_system_ships`.
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
    "nuclear facilities": "nuclear facility", "nuclear sites": "nuclear site", "nuclear plants": "nuclear plant",
    "enrichment facilities": "enrichment facility", "enrichment plants": "enrichment plant",
}
_HEAD_WORDS = tuple(sorted({h.split()[-1] for h in _PLURAL_HEADS}))
_NAME = r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?"
_PAREN = r"(?: \([^()]{1,60}\))?"
#: "the Belaya, Olenya, Dyagilevo and Ivanovo air bases": names before the plural head
_NAMES_BEFORE = re.compile(rf"(?:^|[^\w’'\-])(?P<names>{_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME}) $")
#: "airbases hit were Belaya (Irkutsk), Olenya ... and Ivanovo": names after the plural head
_NAMES_AFTER = re.compile(
    r"(?: (?:(?:that were |which were )?(?:hit|struck|targeted|attacked|damaged|affected|bombed|shelled) )?"
    r"(?:were|are|included|include|including|such as|namely|:|—|–|-)|—|–)\s*"
    rf"(?P<names>(?:the )?{_NAME}{_PAREN}(?:, (?:the )?{_NAME}{_PAREN})*,? (?:and|as well as) (?:the )?{_NAME}{_PAREN})"
)
_ONE = re.compile(rf"(?:the )?(?P<name>{_NAME}){_PAREN}")


def _usable(name: str) -> bool:
    words = name.split()
    return not (words[0] in _STATE_WORDS or name in _STATE_WORDS or name in _REGIONS or words[0] in gz.COMMON_CAPITALISED)


def detect_listed_sites(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Each name of a list that a plural facility head is said with is one site of that kind:
    "<Place> <singular head>" ("Belaya airbase"), with the name as its evidence; then ship
    classes named by the system they carry (:func:`detect_system_ships`)."""
    detect_system_ships(text, claims, body_start, reg, put)
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


#: one craft or site that the key event acts on: "a drone downed a police helicopter", "a strike on
#: a vessel from Venezuela", "protesters attacked the UN compound and embassies"
_OBJECT_HEADS = {
    "helicopter": "helicopter", "airliner": "aircraft", "plane": "aircraft", "aircraft": "aircraft", "jet": "aircraft",
    "boat": "vessel", "speedboat": "vessel", "skiff": "vessel", "dinghy": "vessel",
    "compound": "facility", "embassy": "diplomatic mission", "embassies": "diplomatic mission", "consulate": "diplomatic mission",
}
_OBJECT_WORDS = tuple(_OBJECT_HEADS)
_VERB_ACT = (r"(?:attacked|attacking|stormed|storming|struck|striking|hit|hitting|bombed|shelled|torched|raided|targeted|targeting|"
             r"shot down|shooting down|downed|downing|sank|sinking|destroyed|destroying|destroy|shot out|fired on|set fire to|"
             r"strikes? on|attacks? on|assault on)")
_VERB_PASSIVE = (r"(?:was|were|had been|has been|have been) (?:reportedly |also |later )?(?:shot down|downed|hit|struck|attacked|"
                 r"bombed|destroyed|sunk|targeted|stormed|torched|blown up)\b")
#: words that may stand between the article and the head: "a police", "a suspected drug", "the UN"
_MOD = r"(?:(?:[a-z][a-z\-]+|[A-Z]{2,5}) ){0,2}"
_ACTIVE = re.compile(rf"\b{_VERB_ACT} (?:an? |the )(?P<mods>{_MOD})$")
_PASSIVE = re.compile(rf"(?:^|[^\w\-])(?:[Aa]n? |[Tt]he )(?P<mods>{_MOD})$")
_PASSIVE_AFTER = re.compile(rf"(?: (?:from|of) [A-Z][\w\-]+)? {_VERB_PASSIVE}")
_AND_AFTER = re.compile(rf" and (?:the )?(?P<mods>{_MOD})(?P<head>{'|'.join(_OBJECT_WORDS)})\b")
#: the weapon of a passive shoot-down: "was shot down by a drone"
_BY_WEAPON = re.compile(r" by (?:an? )(?P<name>(?:(?:armed|explosive|explosive-laden|kamikaze|attack|suicide) )?(?:drone|missile|rocket|torpedo))\b")
_NOT_MODS = frozenset("and or but that which who was were had has have its their his her our of to in on at by from as with".split())


def _family_named(reg: Registry, family: str) -> bool:
    if family == "vessel":
        return any(k.startswith("ship:") for k in reg.by_key)
    if family in ("aircraft", "helicopter"):
        return any(k.startswith("eq:") and c.kind in ("aircraft", "combat aircraft", "helicopter", "bomber") for k, c in reg.by_key.items())
    return False


def _put_object(text: str, claims: Claims, reg: Registry, put: Put, start: int, end: int, head: str) -> bool:
    family = _OBJECT_HEADS[head]
    if not claims.free(start, end) or _family_named(reg, family):
        return False
    name = text[start:end]
    article = text[max(0, start - 4) : start].split()
    if family not in ("facility", "diplomatic mission") and (not article or article[-1].lower() not in ("a", "an")):
        return False  # "the ship", "the helicopter": a craft the text has named or told of before
    if family in ("facility", "diplomatic mission"):
        stem = head.rstrip("s").replace("embassie", "embassy").lower()
        if any(c.name.lower().rstrip("s").endswith(stem) for c in reg.by_key.values()):
            return False  # "the consulate building" of a text that named "the Iranian Consulate"
        if head == "compound" and start == end - len(head):
            return False  # a bare "compound" names nothing a reviewer could check
        key = "struck:" + norm(name).rstrip("s").replace("embassie", "embassy")
    else:
        key = "struck:" + family  # a text tells of one such craft: "a vessel" ... "a drug-carrying boat"
    put(key, name, family, start, end)
    return True


def detect_struck_objects(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """The one craft, compound or embassy that an attack acts on, with the words that say which
    ("police helicopter", "drug-carrying boat", "UN compound"), and the single weapon a passive
    shoot-down names ("was shot down by a drone")."""
    for at, end in find_words(text, _OBJECT_WORDS, body_start):
        head = text[at:end]
        if text.startswith(("s ", "s,", "s."), end) and head not in ("embassies",):
            continue
        m = _ACTIVE.search(text, max(body_start, at - 60), at)
        passive = None
        if m is None:
            m = _PASSIVE.search(text, max(body_start, at - 30), at)
            passive = _PASSIVE_AFTER.match(text, end) if m else None
            if passive is None:
                continue
        mods = m.group("mods").split()
        if any(w in _NOT_MODS or w.endswith("ly") for w in mods):
            continue
        start = m.start("mods")
        if not _put_object(text, claims, reg, put, start, end, head):
            continue
        more = _AND_AFTER.match(text, end)
        if more and not any(w in _NOT_MODS for w in more.group("mods").split()):
            _put_object(text, claims, reg, put, more.start("mods"), more.end("head"), more.group("head"))
        by = _BY_WEAPON.match(text, passive.end()) if passive else None
        if by and claims.free(by.start("name"), by.end("name")):
            name = by.group("name")
            put("cls:" + norm(name), name, gz.CLASS_NOUNS.get(name.split()[-1] + "s", "weapon"), by.start("name"), by.end("name"))


#: ship classes named by the system they carry: "its Aegis destroyers", "Aegis-equipped destroyers"
_SHIP_NOUNS = ("destroyers", "destroyer", "cruisers", "cruiser", "frigates", "frigate", "warships", "warship", "corvettes", "corvette")
_SYSTEM_BEFORE = re.compile(r"(?:^|[^\w\-])(?P<name>[A-Z][\w]+(?: [A-Z][\w]+)?)(?P<join>-equipped|-armed)? $")
_SHIP_SYSTEM_KINDS = frozenset({"air defence system", "electronic warfare system", "missile"})


def detect_system_ships(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'deploying them on its Maritime Self-Defense Force Aegis destroyers': a named weapon system
    right before a warship noun names the class of ships that carry it ("Aegis destroyers"), not
    the system itself."""
    for at, end in find_words(text, _SHIP_NOUNS, body_start):
        m = _SYSTEM_BEFORE.search(text, max(body_start, at - 30), at)
        if m is None:
            continue
        start = m.start("name")
        if " " in m.group("name") and m.group("name") not in gz.NAMED_SYSTEMS:
            start = m.end("name") - len(m.group("name").split()[-1])  # "Self-Defense Force Aegis destroyers"
        if gz.NAMED_SYSTEMS.get(text[start : m.end("name")]) not in _SHIP_SYSTEM_KINDS or not claims.free(start, end):
            continue
        name = text[start:end]
        put("cls:" + norm(name), name, "vessel", start, end)
