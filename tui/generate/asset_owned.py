"""Asset detections of session 6 (see docs/generator-quality.md, round 6): things news names in
ways the earlier passes did not read.

- a dateline in capitals that is a facility ("SHOALWATER BAY TRAINING AREA, Australia —"):
  :func:`detect_dateline_site`;
- a weapon system said by its capitalised full name ("National Advanced Surface-to-Air Missile
  Systems"): :func:`detect_system_names`;
- the one vehicle an attack names ("to target the van in which the policemen were travelling"):
  :func:`detect_struck_vehicles`;
- a state's class of equipment of a text that names none of that kind ("Visiting Chinese
  warships"): :func:`detect_state_classes`;
- an island or a range a launch is made from ("carried out from Dr. APJ Abdul Kalam Island"):
  :func:`detect_launch_sites`;
- a model that lists a member of a counted class ("two fixed-wing aircraft, a U.S. Cessna and a
  Kenyan one"): :func:`detect_listed_models`;
- a class said with the side that owns it ("drones attributed to the Rapid Support Forces (RSF)"):
  :func:`detect_attributed_classes`;
- the second head of a coordination ("Houthi missile storage sites and launchers"):
  :func:`detect_shared_heads`;
- a bare class that opens a clause and attacks ("fighter jets launched from X ... attacked"):
  :func:`detect_attacking_classes`.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_bounds import modifies_next_noun
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]
_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_STATE_OF = {w: s.name for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
#: a count or a "the" before the owner: the counted-class rule reads it ("two Chinese vessels")
#: a quantifier makes a general statement ("most Ukrainian drones"); a coordination two states' ("Japanese and Chinese vessels")
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|several|of|the|most|some|many|all|any|other|more|"
    r"and|or|\w+,) $", re.IGNORECASE)

_UPPER_HEADS = sorted({h.upper() for h in gz.FACILITY_HEADS if " " in h or h[0].isupper()}, key=len, reverse=True)
#: an agency dateline at the start of a paragraph: "CAMP LEJEUNE, N.C. (AP) —", "X AIR BASE, Qatar -"
_DATELINE_TEXT = r"(?P<name>[A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,5}),(?: [A-Z][\w.]*){1,3}(?: \([A-Za-z]+\))? [—–-] "
_DATELINE, _DATELINE_LINE = re.compile(_DATELINE_TEXT), re.compile("\n" + _DATELINE_TEXT)
_SITE_PREFIX = re.compile(r"(?:CAMP|FORT|JOINT BASE|NAVAL STATION|NAVAL AIR STATION) ")
_SITE_HEAD = re.compile(rf"(?:{'|'.join(map(re.escape, _UPPER_HEADS))})$|^{_SITE_PREFIX.pattern}")


def find_words(text: str, words: tuple[str, ...], start: int) -> list[tuple[int, int]]:
    """Where any of ``words`` stands as a whole word in ``text[start:]``, in text order: a few
    C-speed ``str.find`` scans, cheaper than one regex alternation over the whole text."""
    out = []
    for word in words:
        at = text.find(word, start)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
                out.append((at, end))
            at = text.find(word, end)
    return sorted(out)


def _title(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def detect_dateline_site(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'SHOALWATER BAY TRAINING AREA, Australia — Troops landed ...': a dateline that ends in a
    facility's head (or opens with 'CAMP', 'FORT' ...) names the site the story is told from."""
    m = _DATELINE.match(text, body_start) or _DATELINE_LINE.search(text, body_start, body_start + 600)
    if m is None or not _SITE_HEAD.search(m.group("name")):  # (the dateline is claimed as boilerplate)
        return
    name = " ".join(_title(w) for w in m.group("name").split())
    prefix = _SITE_PREFIX.match(m.group("name"))
    place = name if prefix else name.split()[0]  # "Camp Lejeune" is keyed whole, as the named-site rules key it
    cand = put("fac:" + norm(place), name, gz.FACILITY_HEADS.get(" ".join(name.split()[-2:]), "facility"), m.start("name"), m.end("name"))
    cand.extra.setdefault("place", place)


#: "National Advanced Surface-to-Air Missile Systems", "High Mobility Artillery Rocket System (HIMARS)"
_SYSTEM_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w\-]*(?:-[A-Z][\w\-]*)* (?:(?:and|of) )?){1,5}(?:Missile|Rocket|Air Defen[cs]e|Artillery|Launch) Systems?)\b"
    r"(?: \((?P<acr>[A-Z][A-Za-z\-]{2,9})\))?"
)


def detect_system_names(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'munitions for National Advanced Surface-to-Air Missile Systems': a weapon system said by
    its full capitalised name (with its acronym in brackets, the acronym's asset). A weapon word
    comes before 'System(s)': 'Kelmor Defense Systems' is a company."""
    if " System" not in text:
        return
    for m in _SYSTEM_NAME.finditer(text, body_start):
        start, name = m.start("name"), m.group("name")
        words = name.split()
        while words and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATE_WORDS or words[0] in ("and", "of")):
            start += len(words[0]) + 1
            words.pop(0)
        if len(words) < 3 or not claims.free(start, m.end("name")):
            continue
        name = " ".join(words)
        acr = m.group("acr")
        kind = "air defence system" if re.search(r"Air|Defen", name) else "rocket launcher" if "Rocket" in name else "weapon system"
        if acr:
            known = gz.NAMED_SYSTEMS.get(acr)
            cand = put("eq:" + acr.lower(), acr, known or kind, m.start("acr"), m.end("acr"))
            cand.add(text, start, m.end("name"))
            claims.take(start, m.end("name"))
        else:
            put("eq:" + norm(name), name, kind, start, m.end("name"))


_VEHICLE_HEADS = ("mini-van", "minivan", "van", "minibus", "bus", "vehicle", "truck", "pickup", "jeep", "SUV", "car")
_VEHICLE_MODS = r"(?:(?:rented|armou?red|police|military|army|civilian|passenger|security|patrol|private) )?"
#: a vehicle an attack names: "to target the van in which the policemen were travelling"
_STRUCK_BEFORE = re.compile(
    r"\b(?:ambush\w*|attack\w*|struck|hit|target\w*|blew up|blow up|bomb\w*|fired on|opened fire on|rammed) (?:an? |the )"
    + _VEHICLE_MODS + r"$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:[Aa]n? |[Tt]he |[Tt]heir )" + _VEHICLE_MODS + r"$")
_MODS_END = re.compile(_VEHICLE_MODS + "$")
_STRUCK_AFTER = re.compile(r" (?:carrying [\w\- ]{3,40}? )?(?:was|were|had been) (?:ambushed|attacked|struck|hit|targeted|blown up|bombed|destroyed)\b")


def detect_struck_vehicles(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'the Maoists used explosives to target the van in which the policemen were travelling',
    'a police vehicle was blown up': the one vehicle an attack names, like a convoy."""
    if "convoy:" in reg.by_key:
        return  # the column the text tells of
    for head_start, end in find_words(text, _VEHICLE_HEADS, body_start):
        if text.startswith(" bomb", end):
            continue  # "a car bomb" is a weapon
        before = _STRUCK_BEFORE.search(text, max(body_start, head_start - 60), head_start)
        if before is None:
            before = _PASSIVE_BEFORE.search(text, max(body_start, head_start - 30), head_start)
            if before is None or not _STRUCK_AFTER.match(text, end):
                continue
        start = head_start - len(_MODS_END.search(text, before.start(), head_start).group())  # "a police vehicle"
        if claims.free(start, end):
            put("vehicle:", text[start:end], "vehicle", start, end)  # a text tells of one such vehicle


#: plural classes a state owns in the news: "Visiting Chinese warships", "to prevent Chinese drones from ..."
_OWNED_HEADS = ("drones", "warships", "vessels", "ships", "jets", "warplanes", "aircraft", "helicopters", "tanks", "missiles", "rockets",
                "launchers", "bombers", "submarines", "frigates", "destroyers", "boats")
_OWNED_MOD = re.compile(r"(?:naval|military|attack|combat|unmanned|navy|coast guard|fighter|missile) $")
_STATE_BEFORE = re.compile(r"(?:^|[^\w.’'\-])(?P<dem>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?) $")
_FAMILY = {"vessel": ("vessel",), "drone": ("drone",), "missile": ("missile", "missile system", "rocket launcher"),
           "helicopter": ("helicopter",), "tank": ("tank",), "missile system": ("missile", "missile system", "rocket launcher"),
           "combat aircraft": ("combat aircraft", "aircraft", "bomber", "surveillance aircraft", "military transport aircraft"),
           "aircraft": ("combat aircraft", "aircraft", "bomber", "surveillance aircraft", "military transport aircraft"),
           "bomber": ("combat aircraft", "aircraft", "bomber")}


def detect_state_classes(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'Visiting Chinese warships have been training Cambodian sailors', 'to prevent Chinese
    drones from violating the airspace': a state's class of equipment is an asset of a text
    that names no asset of that kind (a named ship or model is what the class stands for)."""
    named_kinds = {c.kind for c in reg.by_key.values() if c.key.startswith(("eq:", "ship:"))}
    for head_start, head_end in find_words(text, _OWNED_HEADS, body_start):
        mod = _OWNED_MOD.search(text, max(body_start, head_start - 12), head_start)
        m_start = mod.start() if mod else head_start  # "Chinese naval vessels"
        before = _STATE_BEFORE.search(text, max(body_start, m_start - 30), m_start)
        if before is None:
            continue
        dem = before.group("dem")
        if dem not in _STATE_WORDS:
            dem = dem.split()[-1]
            if dem not in _STATE_WORDS:
                continue
        start = m_start - len(dem) - 1
        if not claims.free(start, head_end) or modifies_next_noun(text, head_end) or _COUNTED_BEFORE.search(text, max(0, start - 25), start):
            continue
        cls = text[m_start:head_end]
        kind = gz.CLASS_NOUNS.get(cls, gz.CLASS_NOUNS.get(cls.split()[-1], "weapon"))
        if named_kinds & set(_FAMILY.get(kind, (kind,))) or "cls:" + norm(cls) in reg.by_key:
            continue  # "the four Russian ships" of a text that names the frigate, or that counts "72 drones"
        owner = _STATE_OF[dem]
        same = [c for c in reg.by_key.values() if c.key.startswith("cls:") and c.extra.get("owner") == owner
                and set(_FAMILY.get(c.kind, (c.kind,))) & set(_FAMILY.get(kind, (kind,)))]
        if same:  # "Chinese warships" ... "Chinese vessels": one state's ships
            same[0].add(text, start, head_end)
            claims.take(start, head_end)
            continue
        cand = put("cls:" + norm(f"{dem} {cls}"), f"{dem} {cls}", kind, start, head_end)
        cand.extra.setdefault("owner_word", dem)
        cand.extra["owner"] = owner


#: "the test flight ... was carried out from Dr. APJ Abdul Kalam Island": where a launch is made from
_LAUNCH_FROM = re.compile(
    r"\bfrom (?:the )?(?P<name>(?:Dr\. )?(?:[A-Z][\w\-]*\.? ){1,4}(?:Island|Atoll|Test Range|Missile Range|Proving Ground|Test Site))\b"
)
_LAUNCH_WORDS = re.compile(r"\b(?:launch\w*|test\w*|fired|firing|flight|lift\w* off|took off)\b")


def detect_launch_sites(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'the test flight was carried out from Dr. APJ Abdul Kalam Island': an island (or a range)
    that a missile or a rocket is launched or tested from is a launch site."""
    if "from " not in text or not any(h in text for h in ("Island", "Atoll", "Range", "Ground", "Site")):
        return
    for m in _LAUNCH_FROM.finditer(text, body_start):
        start, end = m.start("name"), m.end("name")
        words = m.group("name").split()
        while len(words) > 1 and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATE_WORDS):
            start += len(words[0]) + 1
            words.pop(0)
        if len(words) < 2 or not claims.free(start, end) or not _LAUNCH_WORDS.search(text, max(body_start, text.rfind(".", 0, start - 4) + 1), m.start()):
            continue
        name = text[start:end]
        cand = put("fac:" + norm(name), name, "launch site", start, end)
        cand.extra.setdefault("place", name)


#: the members of a counted class, listed right after it: "two fixed-wing aircraft, a U.S. Cessna and a Kenyan one"
_LISTED_MODEL = re.compile(
    r", (?:an? |one )(?P<first>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})(?: (?:and|or) (?:an? |one )(?P<second>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}))?(?=,| and | or |\))"
)
_CLASS_END = re.compile(r"(?<![\w\-])(?:aircraft|planes|jets|helicopters|drones|ships|vessels|tanks|vehicles)$")
_LISTED_KIND = {"aircraft": "aircraft", "planes": "aircraft", "jets": "combat aircraft", "helicopters": "helicopter",
                "drones": "drone", "ships": "vessel", "vessels": "vessel", "tanks": "tank", "vehicles": "vehicle"}


def detect_listed_models(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'two fixed-wing aircraft, a U.S. Cessna and a Kenyan one, were destroyed': a capitalised
    name that lists a member of a counted class right after it is a model of that class."""
    for m in _LISTED_MODEL.finditer(text, body_start):  # the literal ", a " first: a scan for the classes is slow
        cls = _CLASS_END.search(text, max(0, m.start() - 12), m.start())
        if cls is None:
            continue
        kind = _LISTED_KIND[cls.group()]
        for group in ("first", "second"):
            if not m.group(group):
                continue
            start, words = m.start(group), m.group(group).split()
            if len(words) > 1 and words[0] in _STATE_WORDS:  # "a U.S. Cessna": the state's
                start += len(words[0]) + 1
                words.pop(0)
            name = " ".join(words)
            if (name in _STATE_WORDS or words[0].lower() in gz.COMMON_CAPITALISED or name in gz.REGIONS
                    or name in gz.ORGANISATIONS or not claims.free(start, start + len(name))):
                continue
            put(("ship:" if kind == "vessel" else "eq:") + norm(name), name, kind, start, start + len(name))


#: "attacked by drones attributed to the Rapid Support Forces (RSF)": a class and the side it belongs to
_CLASS_OF = re.compile(
    r"\b(?P<cls>drones|missiles|rockets|warplanes|jets|helicopters|boats|warships|tanks|(?:satellite |internet |broadband )?(?:modems|routers|terminals)) "
    r"(?:attributed to|belonging to|operated by|owned by|launched by|flown by|fired by) (?:the )?(?P<owner>[A-Z][\w\-]*(?: (?:[A-Z][\w\-]*|of))*)(?: \((?P<acr>[A-Z][A-Za-z]{1,6})\))?(?=[\s,.;)])"
)
_DEMONYM_OF = {s.name: s.demonyms[0] for s in gz.STATES if s.demonyms}
_DEMONYM_OF.update({a: s.demonyms[0] for s in gz.STATES if s.demonyms for a in s.aliases})


def detect_attributed_classes(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'attacked by drones attributed to the Rapid Support Forces (RSF)': a class said with the
    side that owns it is that side's class ('RSF drones')."""
    if not any(w in text for w in ("attributed to", "belonging to", "operated by", "owned by", "launched by", "flown by", "fired by")):
        return
    for m in _CLASS_OF.finditer(text, body_start):
        owner = m.group("acr") or m.group("owner")
        if owner.split()[0].lower() in gz.COMMON_CAPITALISED or any(ch.isdigit() for ch in owner) or not claims.free(m.start("cls"), m.end("cls")):
            continue  # "14 drones launched by Russia" are counted (a statistic); "missiles fired by F35 jets" a platform's
        owner = _DEMONYM_OF.get(owner, owner)
        name = f"{owner} {m.group('cls')}"
        kind = gz.CLASS_NOUNS.get(m.group("cls"), "communications equipment" if m.group("cls").endswith(("modems", "routers", "terminals")) else "weapon")
        cand = put("cls:" + norm(name), name, kind, m.start("cls"), m.end("cls"))
        cand.extra.setdefault("owner_word", owner)


#: the second head of a coordination shares the first's modifiers: "Houthi missile storage sites and launchers"
_AND_HEAD = re.compile(r" and (?P<head>launchers|launch sites|launch pads|radars|radar sites|depots|bunkers|warehouses|storage sites|command posts)\b")
_WEAPON_MOD = re.compile(r"\b(?:missile|drone|rocket|radar|weapons|ammunition|air defen[cs]e)\b")


def detect_shared_heads(text: str, claims: Claims, reg: Registry, put: Put) -> None:
    """'strikes took out Houthi missile storage sites and launchers': the second head takes the
    first's owner and weapon ('Houthi missile launchers')."""
    if " and " not in text:
        return
    for cand in [c for c in reg.by_key.values() if c.key.startswith(("site:", "np:", "cls:"))]:
        for _, end in cand.mentions:
            m = _AND_HEAD.match(text, end)
            weapon = _WEAPON_MOD.search(cand.name)
            if m is None or weapon is None or not claims.free(m.start("head"), m.end("head")):
                continue
            name = f"{cand.name[: weapon.end()]} {m.group('head')}"
            kind = "missile system" if "launch" in m.group("head") else "facility"
            put("cls:" + norm(name), name, kind, m.start("head"), m.end("head"))
            break


#: a bare class that opens a clause and attacks: "fighter jets launched from Maiduguri ... attacked the attackers"
_SUBJECT_HEADS = tuple(w for h in ("fighter jets", "warplanes", "fighter planes", "helicopter gunships", "gunships", "drones", "helicopters")
                       for w in (h, h[0].upper() + h[1:]))
_CLASS_SUBJECT = re.compile(
    r"(?P<clause> (?:launched|flying|taking off|sent|scrambled|deployed) [^.;]{0,80}?,)? (?:then |later |also )?"
    r"(?:attacked|struck|bombed|hit|fired on|shelled|strafed|pounded|targeted)\b"
)


def detect_attacking_classes(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'According to reports, fighter jets launched from Maiduguri ... attacked the attackers as
    they fled': a bare class that opens a clause and attacks is the weapon of the attack."""
    for start, end in find_words(text, _SUBJECT_HEADS, body_start):
        m = _CLASS_SUBJECT.match(text, end)
        if m is None:
            continue
        name = text[start:end].lower()
        opens = start == body_start or text[start - 1] == "\n" or text[max(0, start - 2) : start] in (". ", "! ", "? ")
        if not text.startswith(", ", start - 2) and not (opens and m.group("clause")):
            continue  # "reports said, fighter jets ... attacked"; a bare "Drones struck ..." opening a lead is left alone
        if not claims.free(start, end) or "cls:" + name in reg.by_key:
            continue
        put("cls:" + name, name, gz.CLASS_NOUNS.get(name, "combat aircraft"), start, end)  # "Drones" opening a sentence: drones
