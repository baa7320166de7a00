"""Folds of session 6 (see docs/generator-quality.md, round 6): one asset that the text tells
several ways, each way found by a different rule.

- "several Russian fighter jets", "up to 20 aircraft", "Russian warplanes" of a text that names
  no single aircraft model are one class of aircraft (:func:`fold_aircraft_classes`);
- a headline's "Crimea airbase" is the body's "Saki air base" (:func:`fold_headline_sites`);
- the hacked "system" is the "Unitronics Vision system" the text names (:func:`fold_cyber_system`);
- "a surface-to-surface missile" and "a Houthi ballistic missile" of one text are one class of
  missile when no description contradicts another (:func:`fold_missile_classes`).
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .asset_extra import GENERIC_AIRCRAFT, _fold
from .asset_intro import _headline
from .mentions import Candidate, Registry

_STATE_OF = {w: s.name for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_CLASS_KEYS = ("cls:", "np:")
#: sides named by a word in a class's name that are no state ("Houthi missiles")
_SIDES = frozenset({"Houthi", "Hezbollah", "Hamas", "Taliban", "RSF"})
_WORD = re.compile(r"[A-Z][\w.\-]*")


def _plain_words(name: str) -> set[str]:
    """The words of a class name, singular, without its owner state ('Russian warplanes' -> warplane)."""
    return {re.sub(r"s$", "", w.lower()) for w in name.split() if w not in _STATE_OF}


def _owners(cand: Candidate, text: str) -> set[str]:
    """States named in or right before the class's mentions ('several Russian fighter jets')."""
    out = set()
    for start, end in cand.mentions:
        for w in _WORD.findall(text, max(0, start - 20), end):
            w = re.sub(r"[’']s$", "", w)
            if w in _STATE_OF:
                out.add(_STATE_OF[w])
        if _PRONOUN.search(text, max(0, start - 8), start):
            # "Pakistan scrambled its fighter jets": "its" is the sentence's last state before it
            lead = text[max(0, text.rfind(".", 0, start) + 1, start - 120) : start]
            states = [_STATE_OF[w] for w in (re.sub(r"[’']s$", "", w) for w in _WORD.findall(lead)) if w in _STATE_OF]
            if states:
                out.add(states[-1])
    return out


_PRONOUN = re.compile(r"\b(?:its|their) $")


def fold_aircraft_classes(reg: Registry, text: str) -> None:
    """Unnamed classes that say no more than "aircraft" ("fighter jets", "aircraft",
    "warplanes") are one asset unless two states own them (a single aircraft model named
    beside them has taken them already: :func:`.asset_extra.merge_generic`)."""
    plain = sorted((c for c in reg.by_key.values() if c.key.startswith(_CLASS_KEYS) and _plain_words(c.name) <= GENERIC_AIRCRAFT),
                   key=lambda c: c.first)
    if len(plain) < 2:
        return
    owners: set[str] = set()
    for cand in plain:
        owners |= _owners(cand, text)
    if len(owners) > 1:
        return  # "Russian warplanes" and "Ukrainian jets" are two sides' aircraft
    for cand in plain[1:]:
        _fold(reg, cand, plain[0])


def fold_headline_sites(reg: Registry, text: str, body_start: int) -> None:
    """'Satellite pictures show scorched earth at Crimea airbase' over a body that names 'the
    Saki air base': a site the headline names only by a region or a state is the first site of
    its kind the body names."""
    h_start, h_end = _headline(text, body_start)
    if h_end == h_start:
        return
    sites = sorted((c for c in reg.by_key.values() if c.key.startswith("fac:")), key=lambda c: c.first)
    for cand in sites:
        if not cand.mentions or any(not h_start <= s < h_end for s, _ in cand.mentions):
            continue
        place = cand.extra.get("place") or cand.name.split()[0]
        if place not in gz.REGIONS and place not in _STATE_OF:
            continue
        same = [c for c in sites if c is not cand and c.key in reg.by_key and c.kind == cand.kind and c.first >= h_end]
        if same:
            _fold(reg, cand, same[0])


_SYSTEM_AFTER = re.compile(r" (?:systems?|controllers?|PLCs?|devices|products|software|platform)\b")


def fold_cyber_system(reg: Registry, text: str) -> None:
    """'alarms were triggered as soon as the system was compromised' ... 'the target of the hack
    was a Unitronics Vision system': the victim's own system of a cyberattack is the one system
    the text names by its maker or product."""
    own = reg.by_key.get("cyber:own")
    if own is None or own.name.split()[-1] not in ("system", "systems"):
        return
    named = [c for c in reg.by_key.values() if c.key.startswith("eq:") and any(_SYSTEM_AFTER.match(text, e) for _, e in c.mentions)]
    if len(named) == 1:
        named[0].kind = "industrial control system" if "controller" in text or "PLC" in text else "infrastructure"
        _fold(reg, own, named[0])


#: descriptors of a missile that exclude each other: two classes that differ in one are two weapons
_MISSILE_AXES = (
    frozenset({"cruise", "ballistic", "hypersonic", "glide"}),
    frozenset({"anti-ship", "surface-to-surface", "surface-to-air", "air-to-air", "air-to-surface", "air-launched", "anti-tank",
               "ground-launched", "sea-launched", "submarine-launched", "anti-aircraft", "interceptor"}),
    frozenset({"short-range", "medium-range", "intermediate-range", "long-range", "intercontinental", "close-range"}),
)


def _axes(words: set[str]) -> list[set[str]]:
    return [words & axis for axis in _MISSILE_AXES]


def fold_missile_classes(reg: Registry, text: str) -> None:
    """'intercepted a surface-to-surface missile' ... 'a Houthi ballistic missile from Yemen': the
    unnamed missiles of a text whose descriptions never differ on one axis (ballistic or cruise;
    what it is launched from and at; its range) and that one side owns are one class."""
    missiles = sorted((c for c in reg.by_key.values() if c.key.startswith(_CLASS_KEYS) and c.kind == "missile" and " " in c.name),
                      key=lambda c: c.first)
    if len(missiles) < 2:
        return
    owners: set[str] = set()
    for cand in missiles:
        owners |= _owners(cand, text) | {w for w in cand.name.split() if w in _SIDES}
    if len(owners) > 1:
        return
    axes = [_axes({w.lower() for w in c.name.split()}) for c in missiles]
    for i in range(len(_MISSILE_AXES)):
        said = {frozenset(a[i]) for a in axes if a[i]}
        if len(said) > 1:
            return
    for cand in missiles[1:]:
        _fold(reg, cand, missiles[0])
