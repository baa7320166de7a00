"""More general asset rules (see :mod:`.assets`): sites named with a number or code ("Tower 7",
"Outpost 9", "Camp Halvard"), ships named before their class ("the Morning Star patrol ship"),
a singular vessel class that is acted on ("a patrol ship was sunk"), drone types whose modifier
the class lexicon lacks ("a one-way attack drone", "loitering munitions"), and folds of
duplicates: a bare class into the only longer class with the same head ("drones" into "attack
drones"), an unnamed facility phrase into the one named facility that carries its modifiers
("the hydroelectric dam" into "the Rivna Hydroelectric Power Plant").
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_patterns import _KNOWN_ACTORS, _STATES_WORDS, _broad_region
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

# "Tower 22", "Outpost 9", "Site B2", "Camp Lemonnier" (a camp named by a word; not "Camp David")
_NUMBERED_SITE = re.compile(
    r"(?<![\w\-])(?P<name>(?:Tower|Outpost|Base|Site|Post|Checkpoint|Position|Hill|Firebase|FOB|Camp|Patrol Base)"
    r" (?:\d{1,4}[A-Z]?|[A-Z]\d{1,3})(?![\w\-])|Camp (?!David\b)[A-Z][a-z]{3,}(?![\w\-])"
    r"|(?:Joint Base|Naval Air Station|Naval Station) [A-Z][a-z]\w*(?:[\- ][A-Z][a-z]\w*)?(?![\w\-]))"
)  # US bases named after their kind: "Joint Base Lewis-McChord", "Naval Air Station Sigonella"
_SITE_WORDS = ("Tower ", "Outpost ", "Base ", "Site ", "Post ", "Checkpoint ", "Position ", "Hill ", "Firebase ", "FOB ", "Camp ",
               "Station ")
_VESSEL_CLASS = (r"patrol ship|patrol vessel|patrol boat|landing ship|warship|frigate|corvette|destroyer|cruiser|submarine|"
                 r"tanker|cargo ship|container ship|bulk carrier|minesweeper|icebreaker")
# "the Morning Star patrol ship"
_NAME_BEFORE_SHIP = re.compile(rf"\bthe (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}) (?:{_VESSEL_CLASS})\b")
_NOT_SHIP_NAME = frozenset("Fleet Navy Naval Sea Ocean Coast Guard Black Red Baltic Pacific Atlantic Arctic Mediterranean "
                           "Caspian Northern Southern Eastern Western Royal Military Border Marine Marines".split())
# a singular vessel of a named role ("a patrol ship", "the landing ship")
# "the frigates Admiral Essen and Admiral Makarov": a plural class introducing several names
_SHIP_PLURALS = (r"frigates|destroyers|cruisers|corvettes|submarines|warships|patrol ships|landing ships|tankers|"
                 r"aircraft carriers|carriers|vessels|ships|minesweepers|icebreakers")
_SHIP_NAME = r"[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}"
_SHIPS_LISTED = re.compile(rf"\b(?:{_SHIP_PLURALS}) (?P<names>{_SHIP_NAME}(?:(?:, and |, | and ){_SHIP_NAME})+)")
# "the 32,200-dwt Rubymar": a tonnage names a ship
_TONNAGE_SHIP = re.compile(r"\b\d[\d,.]*[- ](?:dwt|DWT|gt|GT|grt|TEU|teu) (?P<name>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)")
_ROLE_VESSEL = re.compile(
    r"\b(?:an?|the) (?:[A-Z][\w\-]* ){0,4}(?P<name>(?:patrol|landing|amphibious|assault|missile|supply|research|survey|"
    r"intelligence|spy|reconnaissance|command|cargo|container|hospital) (?:ship|vessel|boat))(?![\w\-])"
)
_SUNK = re.compile(r"\b(?:sank|sunk|sink\w*|hit|struck|strik\w*|attack\w*|damag\w*|destroy\w*|target\w*|seiz\w*|board\w*|rammed)\b")
# drone types: "one-way attack drone", "loitering munitions", "kamikaze UAVs"
_DRONE_TYPE = re.compile(
    r"(?<![\w\-])(?P<name>(?:one-way(?: attack)?|loitering|kamikaze|suicide|exploding|explosive-laden|long-range attack|"
    r"air-launched|unmanned aerial|unmanned surface|uncrewed) (?P<cls>drones?|munitions?|UAVs?|vehicles?|vessels?|boats?))(?![\w\-])"
)
_DRONE_WORDS = ("one-way", "loitering", "kamikaze", "suicide", "exploding", "explosive-laden", "long-range attack", "air-launched",
                "unmanned", "uncrewed")
_DRONE_KIND = {"drone": "drone", "munition": "drone", "UAV": "drone", "vehicle": "drone", "vessel": "drone", "boat": "drone"}
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth latest last next previous".split())


def _not_a_ship_name(name: str) -> bool:
    words = name.split()
    return (any(w in _NOT_SHIP_NAME or w in _STATES_WORDS or w.lower() in gz.COMMON_CAPITALISED for w in words)
            or name in _KNOWN_ACTORS or name in gz.REGIONS or _broad_region(name))


def _sentence(text: str, start: int, end: int, body_start: int) -> str:
    stop = text.find(".", end)
    return text[max(body_start, text.rfind(".", 0, start) + 1, text.rfind("\n", 0, start) + 1) : stop if stop > 0 else len(text)]


def detect_named(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Numbered sites and ships named before their class (run before the facility rules)."""
    for m in _NUMBERED_SITE.finditer(text, body_start) if any(w in text for w in _SITE_WORDS) else ():
        name = m.group("name")
        word = name.split()[-1]
        if word.lower() in gz.COMMON_CAPITALISED or word in _STATES_WORDS or not claims.free(m.start(), m.end()):
            continue
        cand = put("fac:" + norm(name), name, "military base", m.start(), m.end())
        cand.extra.setdefault("place", name)
    for m in _TONNAGE_SHIP.finditer(text, body_start) if re.search(r"dwt|DWT|gt\b|GT\b|grt|TEU|teu", text) else ():
        name = m.group("name")
        if not _not_a_ship_name(name) and claims.free(m.start("name"), m.end("name")):
            put("ship:" + norm(name), name, "vessel", m.start("name"), m.end("name"))
    if not any(w in text for w in (" ship", " vessel", " boat", "warship", "frigate", "corvette", "destroyer", "cruiser", "submarine",
                                       "tanker", "carrier", "minesweeper", "icebreaker")):
        return
    for m in _SHIPS_LISTED.finditer(text, body_start):
        offset = m.start("names")
        for name_m in re.finditer(_SHIP_NAME, m.group("names")):
            name = name_m.group()
            if name in ("and",) or _not_a_ship_name(name):
                continue
            start = offset + name_m.start()
            if claims.free(start, start + len(name)):
                put("ship:" + norm(name), name, "vessel", start, start + len(name))
    for m in _NAME_BEFORE_SHIP.finditer(text, body_start):
        name = m.group("name")
        words = name.split()
        if (any(w in _NOT_SHIP_NAME or w in _STATES_WORDS or w.lower() in gz.COMMON_CAPITALISED for w in words)
                or name in _KNOWN_ACTORS or name in gz.REGIONS or _broad_region(name) or not claims.free(m.start("name"), m.end("name"))):
            continue
        put("ship:" + norm(name), name, "vessel", m.start("name"), m.end("name"))


def detect_classes(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Drone types and acted-on vessels of a role (run after the counted classes)."""
    if any(w in text for w in _DRONE_WORDS):
        for m in _DRONE_TYPE.finditer(text, body_start):
            if not claims.free(m.start(), m.end()):
                continue
            name, cls = m.group("name"), m.group("cls")
            singular = name[:-1] if name.endswith("s") else name
            key = next((k for k in ("cls:" + norm(singular), "cls:" + norm(singular + "s")) if k in reg.by_key), "cls:" + norm(singular))
            kind = _DRONE_KIND[cls.rstrip("s")]
            if cls.startswith("vehicle") and not name.startswith(("unmanned", "uncrewed")):
                kind = "vehicle-borne IED"  # "an explosive-laden vehicle" is a car bomb, no drone
            put(key, name, kind, m.start("name"), m.end("name"))
    for m in _ROLE_VESSEL.finditer(text, body_start) if " ship" in text or " vessel" in text or " boat" in text else ():
        start, end = m.start("name"), m.end("name")
        if not claims.free(start, end) or not _SUNK.search(_sentence(text, start, end, body_start).lower()):
            continue
        put("cls:" + norm(m.group("name")), m.group("name"), "vessel", start, end)


def drop_fragments(reg: Registry, text: str) -> None:
    """A class named with an ordinal ("the sixth massive missile ... strike") is a count of attacks."""
    for cand in list(reg.by_key.values()):
        if cand.key.startswith("cls:") and set(cand.name.lower().split()[:-1]) & _ORDINALS:
            del reg.by_key[cand.key]


def _fold(reg: Registry, short: Candidate, target: Candidate) -> None:
    for start, end in short.mentions:
        target.add_span(start, end)
    target.forms.update({k: v for k, v in short.forms.items() if k not in target.forms})
    del reg.by_key[short.key]


_MARITIME_DRONES = ("sea drone", "naval drone", "maritime drone", "unmanned boat", "uncrewed boat", "unmanned surface vessel",
                    "uncrewed surface vessel", "unmanned surface vehicle", "drone boat")


def _maritime(name: str) -> bool:
    return name.lower().rstrip("s").endswith(_MARITIME_DRONES)


def fold_duplicates(reg: Registry, text: str) -> None:
    """'drones' and the text's only 'attack drones' are one asset; so are 'the hydroelectric
    dam' and the one named facility with 'Hydroelectric' in its name; a role vessel ('patrol
    ship') is the text's only named ship."""
    cands = list(reg.by_key.values())
    classes = [c for c in cands if c.key.startswith("cls:")]
    for short in classes:
        longer = [c for c in classes if c is not short and c.key in reg.by_key and c.name.lower().endswith(" " + short.name.lower())]
        if short.key in reg.by_key and len(longer) == 1 and " " not in short.name:
            _fold(reg, short, longer[0])
    named_sites = [c for c in reg.by_key.values() if c.key.startswith("fac:") and c.name[:1].isupper()]
    for cand in [c for c in reg.by_key.values() if c.key.startswith("np:")]:
        words = cand.name.lower().split()
        mods = [w for w in words[:-1] if w not in ("the", "a", "an")]
        if not mods or any(w[:1].isupper() for w in cand.name.split()[:-1]):
            continue
        same = [c for c in named_sites if set(mods) <= set(c.name.lower().split())]
        if len(same) == 1:
            _fold(reg, cand, same[0])
    sea = sorted((c for c in reg.by_key.values() if c.key.startswith("cls:") and _maritime(c.name)), key=lambda c: c.first)
    for cand in sea[1:]:
        _fold(reg, cand, sea[0])  # "sea drones" are the "unmanned surface vessels"
    ships = [c for c in reg.by_key.values() if c.key.startswith("ship:")]
    for cand in [c for c in reg.by_key.values() if c.key.startswith("cls:") and c.kind == "vessel" and not c.name.endswith("s")]:
        if cand.name.split()[-1] not in ("ship", "vessel", "boat") or " " not in cand.name:
            continue
        # the one named ship, or the one the text calls by this role ("Ostrov, a Ropucha-class landing ship")
        said = [c for c in ships if any(cand.name in text[e : e + 60] for _, e in c.mentions)]
        target = ships if len(ships) == 1 else said
        if len(target) == 1:
            _fold(reg, cand, target[0])
