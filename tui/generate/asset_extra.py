"""More asset rules for real news wording (see :mod:`.assets`): merchant ships named after their
shipping line ("CMA CGM Manta Ray"), ships identified in a sentence ("the vessel was the X"),
shadow fleets, enriched-uranium stockpiles, plural site classes ("enrichment facilities",
"nuclear sites"), supply roads, malware in apposition ("Ryuk, malware linked to ..."), bare
computer systems in a cyber story; and the final merge of generic mentions into the one named
asset they stand for ("a long-range missile" = the Hwasong-18 of the text).
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_bounds import tail_of_name
from .asset_patterns import _CAP
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

#: Container and tanker lines whose ships carry the line's name first ("Maersk Hangzhou").
SHIPPING_LINES = ("CMA CGM", "MSC", "Maersk", "COSCO", "Cosco", "Hapag-Lloyd", "Evergreen", "Yang Ming", "ZIM", "HMM", "OOCL", "Sovcomflot")
_NOT_SHIP_WORDS = {"Line", "Lines", "Group", "Shipping", "Tankers", "Holdings", "Company", "Said", "Says", "Ltd", "Inc", "Container", "Containers"}
_LINE_SHIP = re.compile(
    rf"(?<![\w\-])(?P<line>{'|'.join(map(re.escape, SHIPPING_LINES))}) (?P<rest>{_CAP}(?: {_CAP}){{0,2}})"
)
_IDENTIFIED_SHIP = re.compile(
    rf"\b(?:the )?(?:vessel|ship|tanker|freighter)(?: (?:targeted|attacked|hit|struck|involved|seized))? (?:was|is|as) the "
    rf"(?P<name>{_CAP}(?: {_CAP}){{0,3}})"
)
_FLEET = re.compile(r"\b(?P<name>(?:shadow|ghost|dark) fleet)\b")
_URANIUM = re.compile(
    r"\b(?P<name>(?:stockpiles?|stocks?|reserves?) of (?:highly |weapons-grade |near-weapons-grade )?enriched uranium"
    r"|(?:highly |weapons-grade |near-weapons-grade )?enriched uranium(?: stockpiles?| stocks?)?)\b"
)
_SITE_DOMAINS = {"nuclear": "nuclear", "enrichment": "nuclear", "atomic": "nuclear", "energy": "energy", "oil": "energy",
                 "gas": "energy", "power": "energy", "fuel": "energy"}
_SITE_CLASS = re.compile(
    r"\b(?:its|their|our|his|her|[A-Z][\w\-]*[’']s) (?P<name>(?P<mod>nuclear|enrichment|atomic|energy|oil|gas|power|fuel) (?:facilities|sites|installations|plants))\b"
)
_CONNECTING = re.compile(
    r"\b(?P<name>(?:(?:main|key|only|vital|strategic|major) )?(?:supply )?(?:road|highway|railway|rail line|bridge|route|pipeline) "
    rf"(?:connecting|linking) (?:the two(?: cities| towns)?|{_CAP}(?: (?:and|to|with) {_CAP})))"
)
_MALWARE_APPOSITION = re.compile(
    rf"(?<![\w\-])(?P<name>{_CAP}), (?:an? |the )?(?:[\w\-]+ )?(?:malware|ransomware|virus|worm|trojan|spyware|wiper)\b"
    rf"|\b(?:malware|ransomware|virus|spyware|wiper) (?:called|named|dubbed|known as) [“\"]?(?P<name2>{_CAP})"
)
_QUOTED_SYSTEM = re.compile(
    r"[“\"](?P<name>[A-Z][\w\-]+)[”\"] (?P<model>[A-Z]{0,3}\d{1,3}[A-Za-z]?) (?:drones?|missiles?|rockets?|systems?|boats?|vehicles?)\b"
)
_GRID = re.compile(
    r"\b(?P<name>(?:energy|power|electricity|electrical) (?:infrastructure|system|grid|network))\b"
)
_PAIRED_SITES = re.compile(
    rf"(?P<a>{_CAP}(?: {_CAP}){{0,3}}) and (?P<b>{_CAP}(?: {_CAP}){{0,3}}) (?P<head>outposts|bases|camps|airfields|checkpoints|refineries|power plants|airports|ports|depots|oil depots)\b"
)
_NAMED_SITE = re.compile(
    rf"(?<![\w\-’'])(?P<name>{_CAP}(?: (?:{_CAP}|\d{{1,3}})){{1,5}} (?:headquarters|outpost|checkpoint|garrison))\b"
)
_OWNED_CAMPS = re.compile(
    r"(?<![\w\-’'])(?P<own>[A-Z][\w\-]+) (?P<cls>(?:field|training|military|army|rebel|militant|forward) (?:camps|bases|positions))\b"
)
_POWER_SITES = re.compile(r"\b(?P<name>(?:thermal |hydroelectric |nuclear )?(?:power (?:stations|plants)|substations))\b")
_DAMAGED = re.compile(r"\b(?:destroy\w*|damag\w*|struck|hit|attack\w*|target\w*|knock\w*|bomb\w*|shell\w*|disabled|crippl\w*)\b")
_QUOTED_MALWARE = re.compile(r"(?:[“\"](?P<q>[a-z][\w\-]*)[”\"]|\b(?P<w>wiper)) malware\b")
_UTILITY = re.compile(
    r"\b(?:an?|the|its|their) (?:targeted |hacked |affected )?(?:(?P<dem>[A-Z][a-z]+) )?(?P<name>(?:electric|electricity|power|energy|water|gas) "
    r"(?:utility|utilities|distributor|grid operator))\b"
)
_PLATFORM = re.compile(
    r"\b(?:fired|launched) from (?:an? |the )(?P<name>(?:[A-Z][\w\-]* ){1,4}(?:submarine|warship|frigate|destroyer|corvette|cruiser|ship|bomber|aircraft))\b"
)
_NAME_ADJECTIVES = {"Military", "Naval", "Army", "Air", "Special", "Regional", "Joint", "Central", "Northern", "Southern", "Eastern", "Western"}
_ATTACKED = re.compile(r"\b(?:attack\w*|seiz\w*|captur\w*|overr\w+|stormed|struck|hit|shell\w*|bomb\w*|raid\w*|fell|besieg\w*|surround\w*|took|taken|holds?|held|defend\w*)\b")
_BARE_SYSTEMS = re.compile(r"\b(?P<name>computer systems|IT systems|information technology systems|computer networks)\b")
_CYBER_WORDS = re.compile(r"\b(?:encrypt\w*|hack\w*|breach\w*|compromis\w*|infect\w*|ransomware|malware|cyber\w*)\b", re.IGNORECASE)


def _sentence(text: str, start: int, end: int, body_start: int) -> str:
    stop = text.find(".", end)
    return text[max(body_start, text.rfind(".", 0, start) + 1) : stop if stop > 0 else len(text)]


def detect_more(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """The rules above, run before the generic ones so that they claim their words first."""
    for m in _LINE_SHIP.finditer(text, body_start):
        words = m.group("rest").split()
        while words and (words[-1] in _NOT_SHIP_WORDS or words[-1].lower() in gz.COMMON_CAPITALISED):
            words.pop()
        if not words or words[0] in _NOT_SHIP_WORDS:
            continue
        name = f"{m.group('line')} {' '.join(words)}"
        start, end = m.start(), m.start() + len(name)
        if claims.free(start, end):
            cand = put("ship:" + norm(name), name, "vessel", start, end)
            cand.extra.setdefault("line", (m.start("line"), m.end("line")))
    for m in _IDENTIFIED_SHIP.finditer(text, body_start):
        name = m.group("name")
        words = name.split()
        if words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATE_WORDS:
            continue
        if claims.free(m.start("name"), m.end("name")):
            put("ship:" + norm(name), name, "vessel", m.start("name"), m.end("name"))
    lowered = text.lower()  # cheap checks keep the rarer patterns off most texts
    for m in (_FLEET.finditer(text, body_start) if " fleet" in lowered else ()):
        if claims.free(m.start("name"), m.end("name")):
            owner = re.search(r"(\w+)[’']s $", text[max(0, m.start() - 20) : m.start()])
            cand = put("fleet:" + m.group("name").split()[0], m.group("name"), "tanker fleet", m.start("name"), m.end("name"))
            if owner and owner.group(1) in _STATE_WORDS:
                cand.extra.setdefault("owner_word", owner.group(1))
    for m in (_URANIUM.finditer(text, body_start) if "uranium" in lowered else ()):
        if claims.free(m.start("name"), m.end("name")):
            put("nuc:uranium", m.group("name"), "nuclear material", m.start("name"), m.end("name"))
    for m in _SITE_CLASS.finditer(text, body_start):
        if claims.free(m.start("name"), m.end("name")):
            put("sites:" + _SITE_DOMAINS[m.group("mod")], m.group("name"), "facility", m.start("name"), m.end("name"))
    for m in (_CONNECTING.finditer(text, body_start) if "connecting" in lowered or "linking" in lowered else ()):
        if claims.free(m.start("name"), m.end("name")):
            put("road:" + norm(m.group("name")), m.group("name"), "road", m.start("name"), m.end("name"))
    malware = any(w in lowered for w in ("malware", "ransomware", "virus", "worm", "trojan", "spyware", "wiper"))
    for m in (_MALWARE_APPOSITION.finditer(text, body_start) if malware else ()):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if name.lower() in gz.COMMON_CAPITALISED or name in _STATE_WORDS or not claims.free(m.start(group), m.end(group)):
            continue
        if group == "name" and tail_of_name(text, m.start(group)):
            continue  # "... Infrastructure Security Agency, ransomware is": a body's name, not malware
        put("mal:" + norm(name), name, "malware", m.start(group), m.end(group))
    for m in (_QUOTED_SYSTEM.finditer(text, body_start) if "”" in text or '"' in text else ()):
        name = f"{m.group('name')} {m.group('model')}"
        if m.group("name") not in _STATE_WORDS and claims.free(m.start("name"), m.end("model")):
            put("eq:" + name.lower(), name, "drone" if "drone" in m.group() or "boat" in m.group() else "weapon", m.start("name"), m.end("model"))
    for m in (_GRID.finditer(text, body_start) if "energy" in lowered or "power" in lowered or "electric" in lowered else ()):
        if claims.free(m.start(), m.end()):
            put("grid:energy", m.group("name"), "energy infrastructure", m.start(), m.end())
    for m in (_PAIRED_SITES.finditer(text, body_start) if re.search(r"(?:outpost|base|camp|airfield|checkpoint|refinerie|plant|port|depot)s\b", text) else ()):
        head = re.sub(r"ies$", "y", m.group("head")) if m.group("head").endswith("ies") else m.group("head")[:-1]
        for group in ("a", "b"):
            words = m.group(group).split()
            start = m.start(group)
            while words and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATE_WORDS):
                start += len(words[0]) + 1
                words.pop(0)
            name = " ".join(words)
            if name and claims.free(start, start + len(name)):
                key = "fac:" + norm(name) if head in ("outpost", "base", "camp", "airfield", "checkpoint") else "fac:" + norm(name).split()[0]
                if key in reg.by_key:  # "the Brava refinery" named before
                    reg.by_key[key].add(text, start, start + len(name))
                    claims.take(start, start + len(name))
                    continue
                cand = put(key, f"{name} {head}", "military post" if head == "outpost" else head, start, start + len(name))
                cand.extra.setdefault("place", name)
    for m in (_NAMED_SITE.finditer(text, body_start) if re.search(r"headquarters|outpost|checkpoint|garrison", text) else ()):
        words = m.group("name").split()
        start = m.start("name")
        # "Military Operations Command 15 headquarters": an adjective that starts the name stays
        while words and words[0] not in _NAME_ADJECTIVES and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATE_WORDS):
            start += len(words[0]) + 1
            words.pop(0)
        if len(words) < 2 or not claims.free(start, m.end()) or not _ATTACKED.search(_sentence(text, start, m.end(), body_start)):
            continue
        name = " ".join(words)
        put("fac:" + norm(name), name, "facility", start, m.end())
    for m in (_POWER_SITES.finditer(text, body_start) if "power " in lowered or "substation" in lowered else ()):
        # "strikes destroyed a third of the country's power stations": the class is what is hit
        if claims.free(m.start(), m.end()) and _DAMAGED.search(_sentence(text, m.start(), m.end(), body_start)):
            put("sites:" + norm(m.group()).split()[-1], m.group(), "power plant", m.start(), m.end())
    if malware:
        for m in _QUOTED_MALWARE.finditer(text, body_start):
            kind = m.group("q") or m.group("w")
            if claims.free(m.start(), m.end()) and kind not in ("the", "new", "custom"):
                name = kind if kind in ("ransomware", "spyware", "virus", "worm", "trojan") else f"{kind} malware"
                put("mal:" + kind, name, "malware", m.start(), m.end())
    for m in (_UTILITY.finditer(text, body_start) if "utilit" in lowered or "operator" in lowered or "distributor" in lowered else ()):
        dem = m.group("dem")
        if dem and dem not in _STATE_WORDS:
            continue
        start = m.start("dem") if dem else m.start("name")
        sentence = _sentence(text, m.start(), m.end(), body_start)
        if claims.free(start, m.end()) and (_DAMAGED.search(sentence) or _CYBER_WORDS.search(sentence)):
            put("utility:" + norm(m.group("name")).split()[0], text[start : m.end()], "electric utility", start, m.end())
    for m in (_PLATFORM.finditer(text, body_start) if "d from " in text else ()):
        # "the missiles were fired from a Black Sea Fleet submarine": the launch platform
        words = m.group("name").split()
        start = m.start("name")
        while len(words) > 1 and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATE_WORDS):
            start += len(words[0]) + 1
            words.pop(0)
        if len(words) > 1 and not re.search(r"\d", m.group("name")) and claims.free(start, m.end()):
            cand = reg.get("platform:" + norm(" ".join(words)), " ".join(words), "vessel" if words[-1] not in ("bomber", "aircraft") else "aircraft")
            cand.add(text, start, m.end())
            claims.take(m.end() - len(words[-1]), m.end())  # the owner's name ("Black Sea Fleet") stays an actor
    for m in (_OWNED_CAMPS.finditer(text, body_start) if re.search(r" (?:camps|bases|positions)\b", text) else ()):
        # "Redland training camps were struck": the camps of a named group are one asset
        own = m.group("own")
        if own.lower() in gz.COMMON_CAPITALISED or own in _STATE_WORDS or not claims.free(m.start(), m.end()):
            continue
        sentence = _sentence(text, m.start(), m.end(), body_start)
        if _ATTACKED.search(sentence) or _DAMAGED.search(sentence):
            put("fac:" + norm(m.group()), m.group(), "military camp", m.start(), m.end())
    for m in (_BARE_SYSTEMS.finditer(text, body_start) if " systems" in lowered or " networks" in lowered else ()):
        if claims.free(m.start(), m.end()) and _CYBER_WORDS.search(_sentence(text, m.start(), m.end(), body_start)):
            put("cyber:" + m.group("name").lower(), m.group("name"), "infrastructure", m.start(), m.end())


_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
#: Kinds a generic class mention may stand for, by the class's own kind.
_SAME_KIND = {
    "missile": {"missile", "ballistic missile", "cruise missile", "ICBM"},
    "combat aircraft": {"combat aircraft", "aircraft", "fighter aircraft"},
    "aircraft": {"combat aircraft", "aircraft", "fighter aircraft"},
    "drone": {"drone"},
    "vessel": {"vessel", "tanker fleet"},
    "tank": {"tank"},
    "helicopter": {"helicopter"},
}


#: words of an aircraft class that say no more than "aircraft": "six aircraft" of a text whose
#: one model is "Rafale multirole fighters" are those fighters
GENERIC_AIRCRAFT = frozenset({"aircraft", "plane", "jet", "warplane", "fighter", "military", "combat", "war"})


def _fold(reg: Registry, source: Candidate, target: Candidate) -> None:
    for start, end in source.mentions:
        target.add_span(start, end)
    target.forms.update({k: v for k, v in source.forms.items() if k not in target.forms})
    if "quantity" in source.extra and "quantity" not in target.extra:
        target.extra["quantity"] = source.extra["quantity"]
    del reg.by_key[source.key]


_CLASS_AFTER = re.compile(
    r"\s+((?:[a-z][\w\-]*\s+){0,3})(missiles?|jets?|fighters?|aircraft|drones?|rockets?|planes?|tanks?|helicopters?|vessels?|ships?|warships?)\b"
)


_CLASS_BEFORE = re.compile(
    r"\b(?:the|an?) ((?:[a-z][\w\-]*\s+){0,3})(missile|jet|fighter|aircraft|drone|rocket|plane|tank|helicopter|vessel|ship|warship) $"
)


def _words(phrase: str) -> set[str]:
    return {re.sub(r"s$", "", w) for w in phrase.lower().split()}


def _own_class(cand: Candidate, text: str) -> set[str]:
    """The class words the text puts right after a named system ('Hwasong-18 intercontinental
    ballistic missile' -> intercontinental, ballistic, missile); empty when it never does."""
    out: set[str] = set()
    ends = {end for _, end in cand.mentions}
    if not cand.name[:1].isdigit():  # every mention of the name, also those no rule recorded
        ends |= {m.end() for m in re.finditer(rf"(?<![\w\-]){re.escape(cand.name)}(?![\w\-])", text)}
    for end in sorted(ends):
        m = _CLASS_AFTER.match(text, end)
        if m:
            out |= _words(m.group(1) + m.group(2))
        # "the supersonic cruise missile BrahMos": the class said right before the name
        m = _CLASS_BEFORE.search(text, max(0, end - len(cand.name) - 60), end - len(cand.name))
        if m and text[end - len(cand.name) : end] == cand.name:
            out |= _words(m.group(1) + m.group(2))
    return out


def _only_one(cand: Candidate, text: str) -> bool:
    """Whether the text only ever speaks of one of a named system ('the MQ-9 was', 'a Reaper')."""
    for start, end in cand.mentions:
        if not re.search(r"(?i)\b(?:the|a|an|one|single)\s+(?:[\w.\-]+\s+)?$", text[max(0, start - 30) : start]):
            return False
        if re.match(r"s\b|(?:\s+[\w\-]+)?\s+(?:jets|drones|missiles|aircraft|planes|tanks|ships|vehicles|systems|helicopters)\b", text[end : end + 40]):
            return False
    return bool(cand.mentions)


def ship_repeats(reg: Registry, text: str, claims: Claims, body_start: int) -> None:
    """Every later mention of a ship's full name is the ship ('toward the Caesar Kunikov')."""
    for cand in [c for c in reg.by_key.values() if c.key.startswith("ship:")]:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(cand.name)}(?![\w\-])(?! [A-Z])", text[body_start:]):
            s, e = m.start() + body_start, m.end() + body_start
            if claims.free(s, e):
                cand.add(text, s, e)
                claims.take(s, e)


def merge_generic(reg: Registry, text: str) -> None:
    """Fold generic mentions into the one named asset of their kind: counted or described
    classes ("36 jets", "a long-range missile") into the only named system of that kind (the
    Rafale, the Hwasong-18); "ships" into the text's shadow fleet; a generic vessel class into
    the only named ship. Two named systems of a kind leave the classes alone."""
    cands = list(reg.by_key.values())
    if sum(1 for c in cands if c.key.startswith("fac:")) >= 2:
        for c in cands:  # "the two Russian military facilities" are the bases the text names
            if c.key.startswith("cls:") and c.name.endswith("military facilities"):
                del reg.by_key[c.key]
    named = [c for c in cands if c.key.startswith(("eq:", "ship:", "fleet:"))]
    launched = _split_by_range(reg, named, text)
    cands = list(reg.by_key.values())
    planes = sum(1 for c in named if "aircraft" in c.kind or c.kind == "bomber")  # models of any aircraft
    for cls in [c for c in cands if c.key.startswith("cls:") and c is not launched]:
        kinds = _SAME_KIND.get(cls.kind)
        if not kinds:
            continue
        same = [c for c in named if c.kind in kinds]
        if cls.kind == "vessel":  # "50 more ships from the shadow fleet"; a named ship is one ship
            noun = cls.name.split()[-1]
            introduced = [c for c in same if c.key.startswith("ship:") and any(text.endswith(noun + " ", 0, st) for st, _ in c.mentions)]
            same = [c for c in same if c.key.startswith("fleet:")]
            if not same and len(introduced) == 1 and not noun.endswith("s"):
                same = introduced  # "a nuclear-powered submarine" of a text that names "the submarine Kazan"
        if not same and " " not in cls.name:
            # bare "missiles" of a text that describes only "advanced air-to-air missiles"
            same = [c for c in cands if c.key.startswith("cls:") and c is not cls and c.kind == cls.kind
                    and c.key in reg.by_key and c.name.endswith(" " + cls.name)]
        if len(same) != 1 or cls.key not in reg.by_key:
            continue
        if cls.name.endswith("s") and cls.extra.get("quantity", 2) != 1 and _only_one(same[0], text):
            continue  # "several drones" are not "the MQ-9 Reaper" the text tells of as one aircraft
        own = _own_class(same[0], text)
        # "36 jets" are the "Rafale fighter jets"; a "short-range ballistic missile" is not the
        # "Hwasong-18 intercontinental ballistic missile"
        if not own or _words(cls.name) - {"military"} <= own or same[0].key.startswith("ship:") or (_words(cls.name) <= GENERIC_AIRCRAFT and planes == 1):
            _fold(reg, cls, same[0])


_LONG = re.compile(r"\b(?:long-range|longer-range|intercontinental|ICBMs?)\b")
_SHORT = re.compile(r"\b(?:short-range|shorter-range|close-range|medium-range|intermediate-range|mid-range)\b")


def _split_by_range(reg: Registry, named: list[Candidate], text: str) -> Candidate | None:
    """A text that tells of a short- or medium-range missile launched and a long-range one
    named from before ('a shorter-range ballistic missile than the Hwasong-18 ICBM') has two
    assets: the long-range classes are the named system, the others one launched missile."""
    classes = sorted((c for c in reg.by_key.values() if c.key.startswith("cls:") and c.kind == "missile"), key=lambda c: c.first)
    long = [c for c in classes if _LONG.search(c.name)]
    short = [c for c in classes if _SHORT.search(c.name)]
    systems = [c for c in named if c.kind in _SAME_KIND["missile"]]
    if not short or len(systems) != 1:
        return None
    if not long and not any(_LONG.search(text[max(0, s - 80) : e + 60]) for s, e in systems[0].mentions):
        return None  # nothing says the named system is the long-range one
    for cls in long:
        _fold(reg, cls, systems[0])
    rest = [c for c in classes if c not in long and " " in c.name]
    if not rest:
        return None
    for cls in rest[1:]:
        _fold(reg, cls, rest[0])
    for cls in classes:
        if cls not in long and " " not in cls.name and cls.key in reg.by_key:
            _fold(reg, cls, rest[0])  # a bare "missile" is the one launched
    return rest[0]
