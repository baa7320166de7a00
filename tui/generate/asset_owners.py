"""Folds of session 9 (see docs/generator-quality.md, round 9): a class told once by its owner
state and once by what it is.

- "Russian attack drones" and "long-range attack drones" of one text are one class: the owner's
  class folds into the described one whose name ends with the same words, when no other state
  owns a class of that kind (:func:`fold_owned_classes`);
- "a United States warship" is the text's one named ship that state owns ("the U.S. Navy dock
  landing ship Gunston Hall") (:func:`fold_owned_classes`);
- "a warship", "the cargo vessel" of a text that names one ship is that ship, unless the class
  is another state's ("a Canadian warship" beside "USS Chung-Hoon") (:func:`fold_ship_classes`).
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .asset_extra import _fold
from .asset_folds import _STATE_OF, _WORD, _owners
from .asset_keys import fold_name_keys
from .asset_names import name_assets
from .asset_marks import name_marked_systems
from .asset_words import fold_slash_designators
from .mentions import Candidate, Registry

_CLASS_KEYS = ("cls:", "np:")
_POSSESSIVE = re.compile(r"[’']s$")
_VESSEL_WORDS = frozenset({"warship", "ship", "vessel", "navy ship", "naval vessel", "navy vessel"})


def _state_prefix(name: str) -> tuple[str | None, str]:
    """The owner state a class name opens with, and the rest ('United States warship' ->
    ('United States', 'warship')); (None, name) when it opens with no state."""
    words = name.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        head = _POSSESSIVE.sub("", " ".join(words[:n]))
        if head in _STATE_OF:
            return _STATE_OF[head], " ".join(words[n:])
    return None, name


def _ship_owners(cand: Candidate, text: str) -> set[str]:
    """States named in the words that introduce a named ship ('the U.S. Navy dock landing ship
    Gunston Hall', 'China's coast guard vessel CCG 3104'): up to 45 characters before it, in
    its line, after the last comma or parenthesis."""
    out = set()
    for start, _ in cand.mentions:
        lead = text[max(0, start - 45, text.rfind("\n", 0, start) + 1) : start]
        lead = re.split(r"[,;()\u201c\u201d\"]", lead)[-1]
        for w in _WORD.findall(lead):
            w = _POSSESSIVE.sub("", w)
            if w in _STATE_OF:
                out.add(_STATE_OF[w])
    return out


_STATE_BEFORE = re.compile(r"([A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?)(?:['’]s)? (?:navy |naval )?$")


def _said_owner(cand: Candidate, text: str) -> str | None:
    """The state right before a bare class's first mention ('a British warship' -> 'warship')."""
    start, end = min(cand.mentions)
    quote = re.sub(r"^(?:an?|the) ", "", text[start:end])
    state = _state_prefix(quote)[0]
    if state is not None:
        return state
    m = _STATE_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    return _STATE_OF.get(m.group(1)) or _STATE_OF.get(m.group(1).split()[-1])


def fold_owned_classes(reg: Registry, text: str) -> None:
    """The two folds of the module docstring."""
    classes = [c for c in reg.by_key.values() if c.key.startswith(_CLASS_KEYS)]
    owned: list[tuple[Candidate, str, str]] = []
    for c in classes:
        state, rest = _state_prefix(c.name)
        if state is None and c.name.lower() in _VESSEL_WORDS:
            state = _said_owner(c, text)
        if state is not None and rest:
            owned.append((c, state, rest))
    if not owned:
        return
    ships = [c for c in reg.by_key.values() if c.key.startswith("ship:")]
    for cand, state, rest in owned:
        if cand.key not in reg.by_key:
            continue
        rivals = {s for c, s, _ in owned if c.kind == cand.kind and s != state}
        if rivals:
            continue  # "Russian drones" and "Ukrainian drones" stay apart
        same = [
            c for c in classes
            if c is not cand and c.key in reg.by_key and c.kind == cand.kind
            and _state_prefix(c.name)[0] is None and c.name.lower().endswith(" " + rest.lower())
        ]
        if len(same) == 1:
            _fold(reg, cand, same[0])
            continue
        if rest.lower() in _VESSEL_WORDS and cand.extra.get("quantity", 1) == 1:
            mine = [s for s in ships if s.key in reg.by_key and state in _ship_owners(s, text)]
            if len(mine) == 1:
                _fold(reg, cand, mine[0])


_BARE_AMMUNITION = frozenset({"munitions", "ammunition", "ammo", "rounds", "shells"})
_AMMUNITION_KINDS = frozenset({"artillery shell", "ammunition", "shell"})


def fold_bare_munitions(reg: Registry) -> None:
    """Bare "munitions" of a text that names its ammunition ("152mm artillery shells") are that
    ammunition: the first-named one."""
    bare = [c for c in reg.by_key.values() if c.key.startswith(_CLASS_KEYS) and c.name.lower() in _BARE_AMMUNITION]
    if not bare:
        return
    told = sorted((c for c in reg.by_key.values() if c.kind in _AMMUNITION_KINDS and c.name.lower() not in _BARE_AMMUNITION),
                  key=lambda c: c.first)
    if told:
        for cand in bare:
            _fold(reg, cand, told[0])


_LOWER = re.compile(r"\b[a-z]+\b")
#: the type said after a ship's name: "USS Chung-Hoon, a destroyer"
_TYPE_AFTER = re.compile(r",? (?:an? |the )?(?:[a-z\-]+ ){0,2}([a-z]+)\b")
#: the last word of an unnamed class that names a vessel
_SHIP_CLASS_HEADS = frozenset("ship vessel warship frigate destroyer cruiser corvette submarine tanker carrier boat freighter trawler".split())


def fold_ship_classes(reg: Registry, text: str) -> None:
    """One ship named, a singular vessel class beside it is that ship: "the warship", "a cargo
    vessel" (references list them as its names). Not a class another state owns: "a Canadian
    warship" beside "USS Chung-Hoon" is a second ship (its owner told by a state word near it
    or by its prefix, :data:`.gazetteer.SHIP_PREFIX_STATES`)."""
    ships = [c for c in reg.by_key.values() if c.key.startswith("ship:")]
    ships = [c for c in ships if not any(o is not c and c.name.startswith(o.name + " ") for o in ships)]  # "USS X Crashed"
    if len(ships) != 1:
        return
    ship = ships[0]
    prefix = ship.name.split()[0]  # a navy's prefix says whose ship it is; else the words before it
    owners = {gz.SHIP_PREFIX_STATES[prefix]} if prefix in gz.SHIP_PREFIX_STATES else _owners(ship, text) | _ship_owners(ship, text)
    heads = {"ship", "vessel", "warship"}  # any ship; and the type the text gives it: "the frigate HNoMS Helge Ingstad"
    spots = {(m.start(), m.end()) for m in re.finditer(rf"(?<![\w\-]){re.escape(ship.name)}(?![\w\-])", text)}
    for start, end in sorted(spots | set(ship.mentions)):  # also where no rule recorded it: a headline
        before = re.split(r"[.,;:()\n]", text[max(0, start - 40) : start])[-1]
        after = _TYPE_AFTER.match(text, end)
        for word in _LOWER.findall(before.lower())[-2:] + ([after.group(1)] if after else []):  # "The Submarine USS X"
            if word in _SHIP_CLASS_HEADS:
                heads.add(word)
    for cand in sorted(reg.by_key.values(), key=lambda c: c.first):
        words = cand.name.split()
        if not cand.key.startswith(_CLASS_KEYS) or cand.name.endswith("s") or words[-1].lower() not in heads:
            continue
        if any(w[:1].isupper() and w not in _STATE_OF for w in words):
            continue  # "an Atalanta ship": someone else's
        said = _owners(cand, text)
        if said and not said & owners:
            continue
        _fold(reg, cand, ship)


def late_folds(reg: Registry, text: str) -> None:
    """The passes that run last: a system's name before a designator, one name in several
    spellings (round 8), this module's folds, then the late folds and aliases of named assets
    (:mod:`.asset_names`, round 11)."""
    name_marked_systems(reg, text)
    fold_name_keys(reg, text)
    fold_slash_designators(reg)
    fold_owned_classes(reg, text)
    fold_ship_classes(reg, text)
    fold_bare_munitions(reg)
    name_assets(reg, text)
