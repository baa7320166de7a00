"""Assets introduced by a class word or named by their place (see :mod:`.assets`).

General causes of missed or wrong assets on new news text, each handled as a class:

- a name in quotes next to its class ("the “Simorgh” rocket", "the tanker 'Northwind'"):
  :func:`detect_introduced`;
- a facility named by the place it is in ("an army base in Morag", "the airstrip at
  Kismayo"): the asset is "<Place> <head>", :func:`detect_introduced`; "Odesa's port" is
  "Odesa port", :func:`place_name`;
- a title-case headline makes ordinary words look like a name ("Drone Hits Another Oil
  Depot"): a headline name counts only when its words are capitalised in the body too,
  :func:`headline_only`;
- "ship" used as a verb ("will ship K2 tanks") introduces no vessel: :func:`verb_ship`;
- a short model code opens the name after it ("K2 Black Panther"): :func:`model_before`;
- "a Marshall Islands-flagged oil tanker" is the text's one named ship: :func:`fold_flag_vessels`;
- "another fire at an oil depot in X" introduces a second depot: :func:`another_site`;
- a ship known by its crew ("the Marlin Luanda's crew", "the crew of the X"): :data:`_CREW`;
- a place name goes on over its particle ("Mocimboa da Praia", "Ras al-Khair"):
  :func:`particle_names`.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_patterns import _KNOWN_ACTORS, _broad_region
from .asset_targets import _WIDE
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

_NAVY_PREFIXES = frozenset(p for p in gz.SHIP_PREFIXES if p not in ("MV", "MT", "SS"))
_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}

_CAPW = r"[A-Z][\w\-]*"
#: a quoted proper name right before or after its class: 'the “Simorgh” rocket', "the tanker 'Northwind'"
_QUOTED_CLASS = re.compile(
    rf"[“\"‘'](?P<name>{_CAPW}(?: [A-Z0-9][\w\-]*){{0,2}})[”\"’'] (?P<cls>rocket|missile|launcher|satellite|drone|"
    r"space launch vehicle|launch vehicle|carrier rocket|submarine|warship|frigate|destroyer|tanker|vessel|ship)s?\b"
    r"|\b(?P<cls2>tanker|vessel|ship|bulker|freighter|frigate|destroyer|warship|submarine|rocket|missile)s? (?:as )?(?:the )?"
    rf"[“\"‘'](?P<name2>{_CAPW}(?: [A-Z0-9][\w\-]*){{0,2}})[”\"’']"
)
#: a ship known by its name alone, told by what only ships do: "struck the Rubymar, which later sank"
_SANK = re.compile(
    rf"\bthe (?P<name>{_CAPW}(?: {_CAPW}){{0,2}}),? (?:which |that )?(?:later |eventually |then |had )?"
    r"(?:sank|capsized|ran aground|was scuttled|was towed|dropped anchor|docked|set sail)\b"
)
#: a ship known by its crew: "the Marlin Luanda's crew", "the crew of the Galaxy Leader", "aboard the Eagle S"
_CREW = re.compile(
    rf"\bthe (?P<name>{_CAPW}(?: {_CAPW}){{0,2}})[’']s crew\b"
    rf"|\b(?:crew|crew members|sailors|seafarers) (?:of|aboard|on board) the (?P<name2>{_CAPW}(?: {_CAPW}){{0,2}})\b"
)
_QUOTE_KIND = {"rocket": "missile", "missile": "missile", "launcher": "missile", "launch vehicle": "missile",
               "space launch vehicle": "missile", "carrier rocket": "missile", "satellite": "satellite", "drone": "drone"}

#: "an army base in Morag", "the oil depot in the Crimean port of Sevastopol", "a Polish army base near Morag"
_HEAD_IN_PLACE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|its|their|[A-Z][a-z]+(?:[’']s)?) (?:(?:main|key|large|small|major) )?(?P<dem>[A-Z][a-z]+ )?"
    r"(?P<head>army base|military base|military camp|army camp|military barracks|oil depot|fuel depot|ammunition depot|arms depot|airstrip|air strip|seaport|"
    r"(?:border |army |military |security )?(?:checkpoint|check post|outpost)|border post|military post|army post|command post|"
    r"oil refinery|refinery|gas project|space station|spaceport|cosmodrome|launch site|naval base|air base|airbase)"
    r" (?:in|at) (?:the )?(?:(?:[A-Z][a-z]+ )?(?:port|port city|town|city|village|district|region|province) of )?"
    r"(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)"
)
_WIDE_AFTER = re.compile(r" (?:region|province|oblast|governorate|state)\b")
_HEAD_GUARD = ("base ", "depot ", "airstrip ", "air strip ", "seaport ", "refinery ", "gas project ", "space station ",
               "spaceport ", "cosmodrome ", "launch site ", "checkpoint ", "check post ", "post ", "camp ", "barracks ")
_HEAD_KIND = {"army base": "military base", "military base": "military base", "military camp": "military base", "army camp": "military base",
             "military barracks": "military base", "naval base": "naval base", "air base": "air base",
              "airbase": "air base", "airstrip": "air base", "air strip": "air base", "seaport": "port", "spaceport": "spaceport",
              "cosmodrome": "spaceport", "space station": "spaceport", "launch site": "spaceport"}


def _headline(text: str, body_start: int) -> tuple[int, int]:
    """The span of a headline line (as :func:`.extract._headline_end` finds it), or an empty span."""
    first = text[body_start:].split("\n", 1)[0]
    stripped = first.strip()
    if stripped and len(stripped) <= 150 and "\n" in text[body_start:] and not stripped.endswith((".", "”", "\"")):
        return body_start, body_start + len(first)
    return body_start, body_start


def headline_only(text: str, body_start: int, start: int, end: int) -> bool:
    """The capitalised words at ``start:end`` lie in a title-case headline and are not all
    written capitalised in the body: headline case, not a name ("Hits Another Oil Depot")."""
    h_start, h_end = _headline(text, body_start)
    if not (h_start <= start < h_end):
        return False
    line = text[h_start:h_end]
    words = re.findall(r"[A-Za-z][\w\-]*", line)
    if sum(1 for w in words if w[0].isupper()) < max(3, len(words) * 0.6):
        # A sentence-case headline: its capitals are names, but for its first word, which is
        # capitalised for standing first ("Dramatic satellite pictures show ...").
        first = re.search(r"[A-Za-z][\w\-]*", line)
        if first is None or not (start <= h_start + first.start() < end):
            return False
        checked = [first.group()]
    else:
        checked = re.findall(r"[A-Z][\w\-]*(?![\w\-]*[’']s\b)", text[start:end])  # an owner ("Putin's") is a name
    body = text[h_end:]
    for word in checked:
        if not re.search(rf"(?<![.!?\n] )(?<![\w\-]){re.escape(word)}(?![\w\-])", body):
            return True
    return False


def drop_headline_case(reg: Registry, text: str, body_start: int) -> None:
    """Drop candidates known only from the headline whose capitals are headline case, whatever
    rule found them: "Huge Crater On Road" (a road name?), "Dramatic satellite" (a proper
    modifier?) are a title-case headline and a sentence's first word."""
    h_start, h_end = _headline(text, body_start)
    if h_end == h_start:
        return
    for cand in list(reg.by_key.values()):
        if cand.mentions and all(h_start <= s < h_end and headline_only(text, body_start, s, e) for s, e in cand.mentions):
            del reg.by_key[cand.key]


#: A hyphenated adjective in quotes is no ship's name: "seizes ‘Israeli-linked’ ship".
_ADJECTIVE_NAME = re.compile(r"-(?:linked|flagged|owned|operated|bound|based|registered|made|built|backed|affiliated|led)$")


def verb_ship(text: str, start: int) -> bool:
    """The class noun at ``start`` is the verb "ship" ("will ship K2 tanks", "to ship arms")."""
    return text.startswith("ship ", start) and bool(
        re.search(r"\b(?:will|would|to|can|could|may|might|shall|should|must|and|not|also|would) $", text[max(0, start - 8) : start]))


_MODEL_BEFORE = re.compile(r"(?<![\w\-])[A-Z]{1,3}\d{1,3}[A-Z]?[A-Z0-9]? $")


#: a capitalised word right before a name, and a name of two words and a number ("Alliance Atlas 5")
_CAP_BEFORE = re.compile(r"\b[A-Z][\w\-]* $")
_WORD_AND_NUMBERED = re.compile(r"[A-Z][\w\-]* (?=[A-Z][\w\-]* \d)")


def model_before(text: str, start: int) -> int:
    """Start of a name that a short model code opens ("K2 Black Panther tanks"); a numbered name
    inside a longer capitalised run is its last word and number: "United Launch Alliance Atlas 5
    rocket" is an "Atlas 5" (the maker's name before it is no part of it)."""
    m = _MODEL_BEFORE.search(text, max(0, start - 8), start)
    if m:
        return m.start()
    inside = _WORD_AND_NUMBERED.match(text, start)
    if inside and _CAP_BEFORE.search(text, max(0, start - 30), start):
        return inside.end()
    return start


def fold_flag_vessels(reg: Registry) -> None:
    """'a Marshall Islands-flagged oil tanker' and the text's only named ship are one vessel:
    a flag names the state of registry, not the ship."""
    ships = [c for c in reg.by_key.values() if c.key.startswith("ship:")]
    # a flag of registry is a merchant ship's: warships ("USS Carney") are not the flagged tanker
    ships = [c for c in ships if c.name.split()[0] not in _NAVY_PREFIXES] if len(ships) > 1 else ships
    if len(ships) != 1:
        return
    for cand in [c for c in reg.by_key.values() if c.key.startswith("np:") and c.kind == "vessel"]:
        flag = re.search(r"(?:^|\s)\S+-flagged ", cand.name)
        if not flag or any(w[:1].isupper() for w in cand.name[flag.end() :].split()):
            continue
        target = ships[0]
        for start, end in cand.mentions:
            target.add_span(start, end)
        target.forms.update({k: v for k, v in cand.forms.items() if k not in target.forms})
        del reg.by_key[cand.key]


def detect_introduced(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Quoted names next to their class, and facilities named by their place."""
    if any(q in text for q in "“\"‘'"):
        for m in _QUOTED_CLASS.finditer(text, body_start):
            group = "name" if m.group("name") else "name2"
            name, cls = m.group(group), m.group("cls") or m.group("cls2")
            start, end = m.start(group), m.end(group)
            if (name in _STATE_WORDS or name.lower() in gz.COMMON_CAPITALISED or not claims.free(start, end)
                    or _ADJECTIVE_NAME.search(name)):
                continue
            kind = _QUOTE_KIND.get(cls, "vessel")
            put(("eq:" if kind != "vessel" else "ship:") + norm(name), name, kind, start, end)
    if any(w in text for w in ("sank", "capsized", "aground", "scuttled", "towed", "anchor", "docked", "set sail")):
        for m in _SANK.finditer(text, body_start):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            if re.match(r"\s+(?:by |to |as much as |nearly |almost |about )?[\d$€£]|\s+(?:against|versus|in value|in trading)", text[m.end() : m.end() + 30]):
                continue  # "the Nikkei sank 2%", "the Ruble sank against the dollar": a market, not a ship
            words = name.split()
            if (words[0] in _STATE_WORDS or name in gz.REGIONS or words[0].lower() in gz.COMMON_CAPITALISED
                    or name in _KNOWN_ACTORS or not claims.free(start, end)):
                continue
            put("ship:" + norm(name), name, "vessel", start, end)
    if "crew" in text:
        for m in _CREW.finditer(text, body_start):
            group = "name" if m.group("name") else "name2"
            name, start, end = m.group(group), m.start(group), m.end(group)
            words = name.split()
            if (words[0] in _STATE_WORDS or name in gz.REGIONS or words[0].lower() in gz.COMMON_CAPITALISED
                    or name in _KNOWN_ACTORS or words[-1] in gz.ORG_HEADS or not claims.free(start, end)):
                continue  # "the Iranian crew", "the crew of the Navy": no ship's name
            put("ship:" + norm(name), name, "vessel", start, end)
    if any(h in text for h in _HEAD_GUARD):
        for m in _HEAD_IN_PLACE.finditer(text, body_start):
            place = m.group("place")
            lead = m.group().split(" ", 1)[0]
            if lead[0].isupper() and lead not in ("An", "A", "The") and lead.rstrip("’'s") not in _STATE_WORDS:
                continue  # "Wagner base in X" is someone's; only a state or an article may lead
            if m.group("dem") and m.group("dem").strip() not in _STATE_WORDS:
                continue  # "a Pakistani checkpoint in X" is the state's; "a Wagner base in X" someone's
            wide = (place in gz.REGIONS and (" " in place or place in _WIDE)) or _broad_region(place)
            if place.split()[0] in _STATE_WORDS or wide or place.split()[0].lower() in gz.COMMON_CAPITALISED:
                continue  # "a base in Syria" is too vague
            start, end = m.start("head"), m.end()
            if _WIDE_AFTER.match(text, end):
                continue  # "a command post in the Kursk region": one of many in a province
            if text.startswith(("’s", "'s"), end) or not claims.free(start, end):  # "in Norland's Brava region"
                continue
            head = m.group("head")
            name = f"{place} {head}"
            key = "fac:" + norm(place) + ":" + head.split()[-1]
            cand = put(key, name, _HEAD_KIND.get(head, "facility"), start, end)
            cand.forms.setdefault(norm(text[start:end]), text[start:end])
            cand.extra.setdefault("place", place)


def place_name(name: str) -> str:
    """'Odesa's port' -> 'Odesa port': a place's facility is named by the place."""
    m = re.match(r"([A-Z][\w\-]*)[’']s (?=[a-z])", name)
    return name if m is None else m.group(1) + name[m.end() - 1 :]


#: Particles that may stand as a word of their own inside a place name ("Dar es Salaam").
_PARTICLE_WORD = r"(?:d[aeiou]|dos|das|del|es|el|al|ez|ar|ash)"
#: Particles that are English words too ("at", "an", "as", "ad"): only when joined by a hyphen
#: ("Ras an-Naqura"); "Container Logistics at Nagoya Port" is a headline, not a name.
_PARTICLE = rf"(?:{_PARTICLE_WORD}|as|ad|an|at)"
_JOINED = rf"(?:{_PARTICLE}-|{_PARTICLE_WORD} )"
_PARTICLE_GUARD = re.compile(rf"\b{_JOINED}[A-Z]")
_LEFT_PART = re.compile(rf"(?<![\w\-])([A-Z][\w]*(?: [A-Z][\w]*)? {_JOINED})$")
_RIGHT_PART = re.compile(rf"(?: {_JOINED}[A-Z][\w\-]*)+")


def particle_names(reg: Registry, text: str) -> None:
    """'Mocimboa da Praia', 'Ras al-Khair', 'Dar es Salaam': a place name goes on over its
    particle, which the capitalised-word patterns stop at ('port of Mocimboa', 'Khair refinery')."""
    if not _PARTICLE_GUARD.search(text):
        return
    for cand in reg.by_key.values():
        if not cand.key.startswith(("fac:", "site:", "np:")) or not cand.mentions:
            continue
        s, e = min(cand.mentions)
        for w in re.finditer(r"[A-Z][\w]*", text[s:e]):
            ws, we = s + w.start(), s + w.end()
            left = _LEFT_PART.search(text, max(0, ws - 30), ws)
            right = _RIGHT_PART.match(text, we, we + 40)
            if (left or right) and w.group() in cand.name.split():
                lead = left.group(1) if left else ""
                while lead.split(" ", 1)[0].lower() in gz.COMMON_CAPITALISED and " " in lead.strip():
                    lead = lead.split(" ", 1)[1]  # "The Dar es Salaam port": the article is no part of the name
                if lead[:1].islower() or (not lead and not right):
                    continue
                full = lead + w.group() + (right.group() if right else "")
                cand.name = re.sub(rf"\b{w.group()}\b", full, cand.name, count=1)
                if cand.extra.get("place") == w.group():
                    cand.extra["place"] = full
                break


def another_site(generic: str, cand: Candidate, text: str) -> bool:
    """'An oil depot ... was on fire' and 'another fire at an oil depot in Sevastopol' are two
    depots: an indefinite mention, and a facility the text introduces as another one."""
    if generic[:2].lower() not in ("a ", "an"):
        return False
    start = min(s for s, _ in cand.mentions)
    return bool(re.search(r"\b(?:another|second|separate|other) (?:\w+ ){0,3}(?:an?|the) $", text[max(0, start - 40) : start]))
