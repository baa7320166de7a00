"""Folds of session 6 (see docs/generator-quality.md, round 6): one asset that the text tells
several ways, each way found by a different rule.

- "several Russian fighter jets", "up to 20 aircraft", "Russian warplanes" of a text that names
  no single aircraft model are one class of aircraft (:func:`fold_aircraft_classes`).
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .asset_extra import GENERIC_AIRCRAFT, _fold
from .mentions import Candidate, Registry

_STATE_OF = {w: s.name for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_CLASS_KEYS = ("cls:", "np:")
_WORD = re.compile(r"[A-Z][\w.\-]*")


def _plain_words(name: str) -> set[str]:
    return {re.sub(r"s$", "", w) for w in name.lower().split()}


def _owners(cand: Candidate, text: str) -> set[str]:
    """States named in or right before the class's mentions ('several Russian fighter jets')."""
    out = set()
    for start, end in cand.mentions:
        for w in _WORD.findall(text, max(0, start - 20), end):
            w = re.sub(r"[’']s$", "", w)
            if w in _STATE_OF:
                out.add(_STATE_OF[w])
    return out


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
