"""Asset rules for what news stories are about beyond named weapons: vessels known by a hull
number ('CCG-3105', 'the CCG vessel, with bow number 3305'), infrastructure classes that are
attacked, compromised or guarded ('critical gas pipelines', 'telecommunications networks'),
border crossings that are shut, barriers that are installed, a named building that is attacked
('the Sahara hotel'), and a fleet that is given a task ('its minehunting fleet').

Each rule needs the story to act on the thing (an attack, a closure, a deployment) in the same
sentence: a class mentioned in passing is left alone.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_patterns import _broad_region
from .asset_words import claim_openers
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_CAPITALS = {c for s in gz.STATES for c in s.capitals}
_ORG_CANON = {form: canon for canon, (_, aliases) in gz.ORGANISATIONS.items() for form in (canon, *aliases)}
_HULL = re.compile(r"(?<![\w\-])(?P<p>[A-Z]{2,5})[- ](?P<n>\d{3,5})(?![\w\-]|,\d)")
_MONEY_AFTER = re.compile(r"\s*(?:million|billion|trillion|bn|mn)\b", re.IGNORECASE)
_BOW_NUMBER = re.compile(
    r"\b(?:(?P<p>[A-Z]{2,5}) )?(?:vessel|ship|cutter|boat|warship|frigate|destroyer)s?,? (?:with|bearing|carrying) "
    r"(?:the )?(?:bow|hull|pennant|side) number (?P<n>\d{2,5})\b"
)
_VESSEL_WORDS = re.compile(r"\b(?:vessels?|ships?|cutters?|boats?|warships?|frigates?|destroyers?|water cannons?|rammed|collided|sailed|docked)\b")
_INFRA = re.compile(
    r"\b(?P<name>(?:(?:critical|undersea|subsea|underwater|offshore|vital|strategic|national|regional) )?"
    r"(?:(?:gas|oil|fuel|water|telecommunications?|communications?|fibre-optic|fiber-optic|data|internet|rail|railway) )"
    r"(?P<head>pipelines?|cables?|networks?|lines))\b"
)
_ACTED_ON = re.compile(
    r"\b(?:attack\w*|sabotag\w*|damag\w*|destroy\w*|cut|severed?|compromis\w*|breach\w*|hack\w*|infiltrat\w*|target\w*|"
    r"struck|hit|blew|blown|explosions?|threat\w*|risk|protect\w*|guard\w*|patrol\w*|monitor\w*|disrupt\w*|shut\w*|"
    r"clos\w*|block\w*|seiz\w*|captur\w*|suspend\w*|halt\w*|reopen\w*|disconnect\w*|ruptur\w*|leak\w*|outages?)\b"
)
_CROSSING = re.compile(
    r"(?<![\w\-’'])(?P<name>(?:(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?) )?(?:(?:land-border|land border|border|main) )?crossing(?: point)?)\b"
)
_BARRIER = re.compile(
    r"\b(?P<name>(?:\d[\d,.]*-(?:metre|meter|km|kilometre|kilometer|mile|foot) )?(?:floating|sea|concrete|steel|border|security|anti-tank) "
    r"(?:barrier|barricade|wall|fence|boom))\b"
)
_BUILT = re.compile(r"\b(?:plac\w*|install\w*|erect\w*|buil\w*|deploy\w*|set up|laid|lay\w*|remov\w*|cut|dismantl\w*|destroy\w*|breach\w*)\b")
_BUILDING = re.compile(
    r"(?<![\w\-’'])(?P<name>(?P<own>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?) (?P<head>hotel|restaurant|shopping mall|mall|cinema|theatre|"
    r"nightclub|concert hall|embassy|consulate))\b"
)
_ATTACK = re.compile(
    r"\b(?:attack\w*|stormed|besieg\w*|siege|bomb\w*|blast|explosion|gunmen|shot|shooting|raid\w*|hostages?|fire|struck|hit|"
    r"seized|occupied)\b"
)
_FLEET_TASK = re.compile(
    r"\b(?:its|their|the|a) (?P<name>(?:[\w\-]+-(?:vessel|ship|strong) )?(?:minehunting|mine-hunting|minesweeping|submarine|"
    r"patrol|naval|coast guard|drone|tanker) (?:fleet|flotilla|squadron))\b"
)


_SITE_HEADS = (r"refiner(?:y|ies)|power (?:plant|station)s?|(?:oil |fuel |ammunition |arms |weapons )?depots?|airfields?|aerodromes?|air ?bases?|"
               r"naval bases?|military bases?|ports?|(?:oil |grain |gas |container )?terminals?|(?:petrochemical |chemical |steel )?plants?|"
               r"factor(?:y|ies)|shipyards?|substations?|dams?|gas hubs?|logistics hubs?")
#: "... in [Russia's] [southern] [region of] Place [and Place2]": the tail is found first (a cheap
#: literal start), then the facility words right before it
_IN_PLACE = re.compile(
    r" (?P<prep>in|at|near) "
    r"(?:the )?(?:[A-Z][\w\-]+[’']s )?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|"
    r"south-western|northeastern|northwestern|southeastern|southwestern|occupied|border) )?(?:(?:[A-Z][a-z]+ )?(?:city|town|port|port city|village|region|province) of )?"
    r"(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)(?: and (?P<place2>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))?"
)
_SITE_BEFORE = re.compile(rf"\b(?P<name>(?:(?:oil|gas|nuclear|military|naval|drone|missile) )?(?P<head>{_SITE_HEADS}))\Z")
#: regions too wide to name a facility ('a depot in Crimea'); cities of the region list name one
_WIDE = {"Crimea", "Donbas", "Donbass", "Darfur", "Kashmir", "Gaza", "Sahel", "Balkans", "Caucasus", "Scandinavia", "Arctic"}
_STRUCK = re.compile(
    r"(?i)\b(?:attack\w*|(?<!on )strikes?|struck|hit|drones?|missiles?|fire|blaze|ablaze|explosions?|damag\w*|destroy\w*|shell\w*|bomb\w*|"
    r"target\w*|seiz\w*|captur\w*|control|suspend\w*|halt\w*|shut\w*|sabotag\w*|raid\w*)\b"
)


def _in_place(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'an oil refinery in Russia's Volgograd region', 'refineries in Yaroslavl and Ryazan' that are
    struck: the facility is named by its place ('Volgograd oil refinery')."""
    for m in _IN_PLACE.finditer(text, body_start):
        site = _SITE_BEFORE.search(text, max(body_start, m.start() - 40), m.start())
        if site is None:
            continue
        head = site.group("head")
        plural = head.endswith("s") and not head.endswith("ss") or head.endswith("ies")
        groups = ("place", "place2") if plural and m.group("place2") else ("place",)
        named = re.search(r"(?:(?P<own>[A-Z][\w\-]*)[’']s )?(?P<w>[A-Z][\w\-.]*)[’']?s? $", text[max(0, site.start() - 40) : site.start()])
        if named and named.group("w").lower() not in gz.COMMON_CAPITALISED and named.group("w") not in _STATE_WORDS:  # "two Russian airfields in X" are X's
            # "the Engels air base in the Saratov region" has its own name; "Lukoil's X refinery in
            # Kstovo" tells whose the refinery named by its place is
            owned = reg.by_key.get("fac:" + norm(m.group("place")).split()[0])
            if named.group("own") and owned is not None:
                owned.extra.setdefault("owner_word", named.group("own"))
            continue
        if not _STRUCK.search(_sentence(text, m.start(), m.end(), body_start)):
            continue
        if re.match(r" (?:[Vv]alley|[Dd]istrict|[Gg]overnorate|[Pp]rovince|[Oo]blast)", text[m.end() : m.end() + 12]):
            continue  # a wide area names no facility
        kind = site.group("name")
        if plural:
            kind = re.sub(r"ies$", "y", kind) if kind.endswith("ies") else kind[:-1]
        for group in groups:
            place = m.group(group)
            first = place.split()[0]
            if re.match(r" [A-Z]", text[m.end(group) : m.end(group) + 2]):
                continue  # "near the Kerch Strait Bridge": the words are a longer name's, not a place
            if m.group("prep") == "near" and place in _CAPITALS:
                continue  # "a base near the capital" is one of many
            wide = (place in gz.REGIONS and (" " in place or place in _WIDE)) or _broad_region(place)
            if first.lower() in gz.COMMON_CAPITALISED or first in _STATE_WORDS or wide or re.search(r"Sea|Ocean|Gulf", place):
                continue
            start, end = (site.start(), m.end(group)) if group == "place" else (m.start(group), m.end(group))
            if not claims.free(start, end):
                continue
            key = "fac:" + norm(place).split()[0]
            if key in reg.by_key:
                reg.by_key[key].add(text, start, end)
                claims.take(start, end)
                continue
            cand = put(key, f"{place} {kind}", "facility", start, end)
            cand.extra.setdefault("place", place)
            cand.extra["in_place"] = True
            owner = re.search(r"([A-Z][\w\-]*)[’']s $", text[max(0, site.start() - 30) : site.start()])
            if owner and owner.group(1) not in _STATE_WORDS:
                cand.extra.setdefault("owner_word", owner.group(1))


def fold_same_owner(reg: Registry) -> None:
    """A facility named by its place and one named by itself, both of one owner ('Lukoil's
    refinery in Kstovo', 'Lukoil's NORSI refinery'), are one facility: keep the proper name."""
    facs = [c for c in reg.by_key.values() if c.key.startswith("fac:")]
    for c in facs:
        owner = re.match(r"([A-Z][\w\-]*)[’']s ", c.name)
        if owner and "owner_word" not in c.extra:
            c.extra["owner_word"] = owner.group(1)
    facs = [c for c in facs if c.extra.get("owner_word")]
    for cand in [c for c in facs if c.extra.get("in_place")]:
        same = [c for c in facs if c is not cand and not c.extra.get("in_place") and c.key in reg.by_key
                and c.extra["owner_word"] == cand.extra["owner_word"] and c.name.split()[-1] == cand.name.split()[-1]]
        if len(same) == 1 and cand.key in reg.by_key:
            for start, end in cand.mentions:
                same[0].add_span(start, end)
            same[0].forms.update({k: v for k, v in cand.forms.items() if k not in same[0].forms})
            del reg.by_key[cand.key]


def _sentence(text: str, start: int, end: int, body_start: int) -> str:
    stop = text.find(".", end)
    return text[max(body_start, text.rfind(".", 0, start) + 1) : stop if stop > 0 else len(text)]


def detect_targets(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """The rules of the module docstring; they run before the designator rule claims 'CCG-3105'."""
    claim_openers(text, claims, body_start)  # "Simultaneously, ..." is no name (round 10)
    _in_place(text, claims, body_start, reg, put)
    lowered = text.lower()
    if " number " in lowered:
        for m in _BOW_NUMBER.finditer(text, body_start):
            prefix, number = m.group("p"), m.group("n")
            name = f"{prefix}-{number}" if prefix and prefix not in _STATE_WORDS else number
            if claims.free(m.start("n"), m.end("n")):
                cand = put("ship:" + norm(name), name, "vessel", m.start("n"), m.end("n"))
                cand.forms.setdefault(norm(number), number)
    for m in _HULL.finditer(text, body_start):
        prefix, number = m.group("p"), m.group("n")
        if not claims.free(m.start(), m.end()) or prefix in _STATE_WORDS or _MONEY_AFTER.match(text, m.end()):
            continue  # "USD 375 million": a sum of money, not a hull number
        known = prefix in gz.SHIP_PREFIXES or re.search(rf"\b{prefix} (?:vessels?|ships?|cutters?|boats?)\b", text)
        near = _VESSEL_WORDS.search(_sentence(text, m.start(), m.end(), body_start))
        if not (known or near) or (not (known and near) and re.fullmatch(r"(?:19|20)\d\d", number)):
            continue  # "the UN 2023 report on ships": a year, not a hull number
        canon = gz.ORGANISATIONS.get(_ORG_CANON.get(prefix, ""), None)
        if canon is not None and prefix not in gz.SHIP_PREFIXES and not re.search(r"Guard|Navy|Naval|Fleet|Maritime", _ORG_CANON[prefix]):
            continue  # "NATO 2030": a body's programme, not a vessel
        name = text[m.start() : m.end()]  # the text's own spelling ("CCG 3104" stays as it is written)
        key = "ship:" + norm(f"{prefix}-{number}")
        if key not in reg.by_key and "ship:" + number in reg.by_key:
            key = "ship:" + number  # "bow number 3305" first, "CCG 3305" later
        cand = put(key, name, "vessel", m.start(), m.end())
        cand.forms.setdefault(norm(number), number)
    for m in _INFRA.finditer(text, body_start) if re.search(r"pipeline|cable|network|communications? line", lowered) else ():
        if not claims.free(m.start(), m.end()):
            continue
        name = m.group("name")
        words = [w for w in norm(name).split() if w not in ("critical", "vital", "strategic", "national", "regional")]
        words = ["telecom" if re.match(r"(?:tele)?communications?$|data$|internet$|fib[re]{2}-optic$", w) else w for w in words]
        if m.group("head") == "lines":
            if "telecom" not in words:
                continue  # "supply lines", "front lines": not infrastructure
            words[-1] = "cables"  # "telecommunications lines" are its cables
        key = "infra:" + " ".join(words).rstrip("s")
        if key in reg.by_key or _ACTED_ON.search(_sentence(text, m.start(), m.end(), body_start)):
            put(key, name, "infrastructure", m.start(), m.end())
    if "crossing" in lowered:
        for m in _CROSSING.finditer(text, body_start):
            place = m.group("place")
            if place and (place.split()[0].lower() in gz.COMMON_CAPITALISED or place in _STATE_WORDS):
                continue
            if not place and not re.search(r"border|point", m.group("name")):
                continue
            if not claims.free(m.start(), m.end()) or not _ACTED_ON.search(_sentence(text, m.start(), m.end(), body_start)):
                continue
            named = [c for c in reg.by_key.values() if c.key.startswith("crossing:") and c.extra.get("place")]
            if not place and len(named) == 1:  # "the border crossing" of a text that names one
                named[0].add(text, m.start(), m.end())
                claims.take(m.start(), m.end())
                continue
            cand = put("crossing:" + norm(place or m.group("name")), m.group("name"), "border crossing", m.start(), m.end())
            if place:
                cand.extra.setdefault("place", place)
    if re.search(r"barrier|barricade|wall|fence|boom", lowered):
        for m in _BARRIER.finditer(text, body_start):
            if claims.free(m.start(), m.end()) and _BUILT.search(_sentence(text, m.start(), m.end(), body_start)):
                put("barrier:" + norm(m.group("name")).split()[-1], m.group("name"), "barrier", m.start(), m.end())
    for m in _BUILDING.finditer(text, body_start) if re.search(r"hotel|restaurant|mall|cinema|theatre|nightclub|concert hall|embassy|consulate", lowered) else ():
        own = m.group("own")
        first = own.split()[0]
        if first.lower() in gz.COMMON_CAPITALISED or first in _STATE_WORDS or own in gz.REGIONS or own in _CAPITALS:
            continue  # "a Mogadishu hotel" is some hotel in the city
        if re.search(r"\b(?:an?|one|another) $", text[max(0, m.start() - 8) : m.start()]):
            continue  # "a Lagos hotel" is some hotel in the city
        if re.search(rf"[A-Z][\w’'\-]* {m.group('head').title()}\b", text):
            continue  # the text names the building with its own capitalised name ("the Hayat Hotel")
        if not claims.free(m.start(), m.end()) or not _ATTACK.search(_sentence(text, m.start(), m.end(), body_start)):
            continue
        cand = put("fac:" + norm(own), m.group("name"), m.group("head"), m.start(), m.end())
        cand.extra.setdefault("place", own)
    if " fleet" in lowered or " flotilla" in lowered or " squadron" in lowered:
        for m in _FLEET_TASK.finditer(text, body_start):
            if claims.free(m.start("name"), m.end("name")) and _ACTED_ON.search(_sentence(text, m.start(), m.end(), body_start)) or (
                    claims.free(m.start("name"), m.end("name")) and re.search(r"\b(?:repurpos\w*|task\w*|deploy\w*|sent|send\w*|assign\w*)\b",
                                                                              _sentence(text, m.start(), m.end(), body_start))):
                put("fleet:" + norm(m.group("name")), m.group("name"), "naval fleet", m.start("name"), m.end("name"))


def fold_buildings(reg: Registry, text: str, claims: Claims, body_start: int) -> None:
    """'the hotel', 'the upscale hotel' of a text that names one attacked hotel are that hotel."""
    for head in ("hotel", "restaurant", "mall", "embassy", "consulate"):
        named = [c for c in reg.by_key.values() if c.kind == head]
        if len(named) != 1:
            continue
        for m in re.finditer(rf"\b(?:the|a) (?:(?:[a-z][\w\-]* ){{0,2}})?{head}\b(?! (?:industry|sector|chain|group|owner|staff))", text[body_start:]):
            s, e = m.start() + body_start, m.end() + body_start
            if claims.free(e - len(head), e):
                named[0].add(text, e - len(head), e)
                claims.take(e - len(head), e)


def fold_bare_sites(reg: Registry) -> None:
    """A bare site word ('a reactor') of a text that describes one asset with that word in its
    name ('the main reactor containment structures') is that asset."""
    for cand in [c for c in reg.by_key.values() if c.key.startswith("site:") and " " not in c.name]:
        word = cand.name.lower()
        same = [c for c in reg.by_key.values() if c is not cand and c.key.startswith(("fac:", "cls:", "site:"))
                and f" {word} " in f" {c.name.lower()} "]
        if len(same) == 1:
            for start, end in cand.mentions:
                same[0].add_span(start, end)
            same[0].forms.update({k: v for k, v in cand.forms.items() if k not in same[0].forms})
            del reg.by_key[cand.key]
