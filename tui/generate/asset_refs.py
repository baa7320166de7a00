"""One asset told two ways (see :mod:`.assets`, session 5 of docs/generator-quality.md).

A named asset is often also described by a class phrase, and the rules find both:

- an apposition: "the USS Carney, an Arleigh Burke-class destroyer", "the Zenit, a cargo
  ship"; or the class right before the name: "the guided missile destroyer X": the class
  phrase is the named asset, also when it is "known as" the name (:func:`fold_appositions`);
- a definite class word that introduces the name: "seized a North Korean ship ... the
  vessel, the Wise Honest": the earlier unnamed vessel is the named one (:func:`fold_introduced_ship`);
- a facility named by its place is not the place's other site of another kind ("Turbat Airport"
  beside "the naval base in Turbat"): :func:`place_key`;
- a ship-prefixed name that a naval base's words introduce is the base ("Pakistan Naval Base,
  PNS Siddique"), and the text's unnamed naval base is the same site: :func:`fold_named_base`;
- a shorter description of a described class: "a Houthi missile" beside "a Houthi anti-ship
  missile" is the same class, said with fewer words (:func:`fold_shorter_classes`).
"""

from __future__ import annotations

import re

from .asset_extra import _SAME_KIND, _fold
from .asset_intro import fold_flag_vessels
from .mentions import Candidate, Registry

_NAMED_KEYS = ("ship:", "eq:")
_CLASS_KEYS = ("np:", "cls:")
_ARTICLE = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)
#: between a name and its apposition: "X, an Arleigh Burke-class destroyer", "X, the flagship"
_AFTER_NAME = re.compile(r",\s+(?:an?|the)\s+$")
#: between a class and the name it introduces: "destroyer X", "the vessel, the X"
_BEFORE_NAME = re.compile(r",?\s+(?:(?:(?:formerly|previously|once|also|later)\s+)?(?:known\s+as|called|named|dubbed)\s+)?(?:the\s+)?$")
#: a definite class word that introduces a name: "the vessel, the X", "The missile, known as
#: “X”", "the liquid-fuel missile had been named the “X”"
_INTRO_NAME = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z][\w\-]* )?(?P<noun>vessel|ship|tanker|freighter|carrier|boat|missile|rocket|drone|"
    r"weapon|aircraft|plane|jet|helicopter|submarine|warship),? (?:(?:(?:had |has )?(?:been |was |is )?(?:formerly |also |later )?"
    r"(?:known as|called|named|dubbed)) )?(?:the )?[“\"]?$")
_INTRO_KIND = {"vessel": "vessel", "ship": "vessel", "tanker": "vessel", "freighter": "vessel", "carrier": "vessel", "boat": "vessel",
               "submarine": "vessel", "warship": "vessel", "missile": "missile", "rocket": "missile", "drone": "drone",
               "aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft", "helicopter": "helicopter", "weapon": ""}


def _compatible(cls: Candidate, named: Candidate) -> bool:
    return cls.kind == named.kind or named.kind in _SAME_KIND.get(cls.kind, ())


def _singular(cls: Candidate) -> bool:
    return not cls.name.endswith("s") and cls.extra.get("quantity", 1) == 1


def fold_appositions(reg: Registry, text: str) -> None:
    """A class phrase set right against a named asset of its kind, with a comma and an article
    between ("X, an Arleigh Burke-class destroyer") or just before it ("the cruiser X"), is that asset."""
    named = [c for c in reg.by_key.values() if c.key.startswith(_NAMED_KEYS)]
    if not named:
        return
    for cls in [c for c in reg.by_key.values() if c.key.startswith(_CLASS_KEYS) and _singular(c)]:
        target = None
        for start, end in cls.mentions:
            lead = _ARTICLE.match(text, start)
            core = lead.end() if lead else start
            for cand in named:
                if not _compatible(cls, cand):
                    continue
                if any(_AFTER_NAME.search(text, ne, core) and ne < core <= ne + 8 for _, ne in cand.mentions) or any(
                        end <= ns <= end + 34 and _BEFORE_NAME.fullmatch(text, end, ns) for ns, _ in cand.mentions):
                    target = cand
                    break
            if target:
                break
        if target is not None and cls.key in reg.by_key:
            _fold(reg, cls, target)


def fold_introduced_ship(reg: Registry, text: str) -> None:
    """'the vessel, the Wise Honest', 'The missile, known as “Oreshnik”': a definite class word
    that introduces a name points back to the text's one earlier unnamed class of its kind
    ("a North Korean ship", "an experimental intermediate-range ballistic missile")."""
    for named in [c for c in reg.by_key.values() if c.key.startswith(_NAMED_KEYS)]:
        first = named.first
        m = _INTRO_NAME.search(text, max(0, first - 60), first)
        if not m:
            continue
        kind = _INTRO_KIND[m.group("noun")]
        if named.key.startswith("ship:") != (kind == "vessel"):
            continue
        before = [c for c in reg.by_key.values() if c.key.startswith(_CLASS_KEYS) and c.first < first and _singular(c)
                  and (c.kind == kind or (kind and c.kind in _SAME_KIND.get(kind, ())) or (not kind and _compatible(c, named)))]
        if len(before) == 1:
            _fold(reg, before[0], named)


def _words(name: str) -> list[str]:
    return re.sub(r"[’']s\b", "", name.lower()).split()


def fold_shorter_classes(reg: Registry) -> None:
    """'a Houthi missile' beside 'a Houthi anti-ship missile': a described class whose words
    are all in one longer class of its kind, with the same head noun, is that class."""
    classes = [c for c in reg.by_key.values() if c.key.startswith("cls:") and " " in c.name]
    for short in sorted(classes, key=lambda c: len(c.name)):
        words = _words(short.name)
        longer = [c for c in classes if c is not short and c.key in reg.by_key and c.kind == short.kind
                  and _words(c.name)[-1] == words[-1] and len(_words(c.name)) > len(words) and set(words) <= set(_words(c.name))]
        if len(longer) == 1 and short.key in reg.by_key:
            _fold(reg, short, longer[0])


def _family(words: str) -> str | None:
    """Sites of the sea (naval bases, ports) and of the air (air bases, airports), told by a
    kind or a name."""
    words = words.lower()
    if _SEA.search(words):
        return "sea"
    return "air" if _AIR.search(words) else None


_SEA = re.compile(r"\b(?:naval|navy|port|seaport|harbou?r)\b")
_AIR = re.compile(r"\b(?:airport|air ?base|airfield)\b")


def place_key(reg: Registry, key: str, kind: str) -> str:
    """The key of a facility named by its place: 'Turbat Airport' beside the text's 'naval
    facility in Turbat' is a second site ('fac:turbat:airport'), not another name of the base."""
    cand = reg.by_key.get(key)
    if cand is None:
        return key
    mine, theirs = _family(kind), _family(cand.kind) or _family(cand.name)
    if mine is None or theirs is None or mine == theirs:
        return key
    return f"{key}:{kind}"


_BASE_BEFORE = re.compile(r"\b(?:[Nn]aval|[Nn]avy) (?:[Aa]ir )?(?:[Bb]ase|[Ss]tation),? (?:the )?$")
_BASE_AFTER = re.compile(r",? (?:an?|the|its) (?:[\w\-]+ ){0,3}naval (?:air )?(?:base|station)\b")
_IN_PLACE = re.compile(r",? (?:in|at|near) (?P<place>[A-Z][\w\-]+)")


def fold_named_base(reg: Registry, text: str) -> None:
    """'Pakistan Naval Base, PNS Siddique in Turbat', 'INS Kadamba, the navy's largest naval base':
    a ship-prefixed name that a naval base's words introduce is the base, and the text's
    unnamed naval base (in that place) is the same site."""
    for ship in [c for c in reg.by_key.values() if c.key.startswith("ship:")]:
        said = [(s, e) for s, e in ship.mentions if _BASE_BEFORE.search(text, max(0, s - 30), s) or _BASE_AFTER.match(text, e)]
        if not said:
            continue
        ship.kind = "naval base"
        place = _IN_PLACE.match(text, said[0][1])
        sites = [c for c in reg.by_key.values() if c.key.startswith(("fac:", "site:")) and _family(c.kind + " " + c.name) == "sea"]
        if place:
            sites = [c for c in sites if c.extra.get("place") == place.group("place")]
        if len(sites) == 1:
            _fold(reg, sites[0], ship)


_SITE_KEYS = ("fac:", "site:", "np:", "struck:")
_SITE_KINDS = frozenset({"facility", "military base", "air base", "naval base", "port", "airport", "infrastructure", "camp"})
#: between a site and a description of it in apposition: "a facility in Dnipro, a former Soviet missile production hub"
_SITE_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][a-z\-]*\s+){0,2}")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s|,\s+(?:an?|the|its|their)\s")


def fold_site_appositions(reg: Registry, text: str) -> None:
    """'targeted a facility in Dnipro, a former Soviet missile production hub': an unnamed site
    in apposition to another site is that site, told again."""
    sites = [c for c in reg.by_key.values() if c.key.startswith(_SITE_KEYS) and c.kind in _SITE_KINDS]
    ends = {e: c for c in sites for _, e in c.mentions}
    for cand in sorted(sites, key=lambda c: c.first):
        if cand.key not in reg.by_key or cand.key.startswith(("fac:", "site:")) and " " not in cand.name:
            continue
        for start, end in cand.mentions:
            if _LIST_GOES_ON.match(text, end):
                continue  # "hitting the fuel depot, the airport and a hotel": a list, not an apposition
            comma = text.rfind(",", max(0, start - 30), start)
            host = ends.get(comma)
            if host is not None and host is not cand and host.key in reg.by_key and _SITE_APPOSITION.fullmatch(text, comma, start):
                _fold(reg, cand, host)
                break


def fold_references(reg: Registry, text: str) -> None:
    """Every fold of this module, then the flag phrase of the one named ship."""
    fold_site_appositions(reg, text)
    fold_named_base(reg, text)
    fold_appositions(reg, text)
    fold_introduced_ship(reg, text)
    fold_shorter_classes(reg)
    fold_flag_vessels(reg)
