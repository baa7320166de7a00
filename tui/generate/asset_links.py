"""Cables and pipelines named by a place or a brand (session 11; see :mod:`.assets`):

- the name with its class words is another name of it: "the Cano Limon-Covenas oil pipeline"
  names the link read as "Cano Limon-Covenas" (references list it either way);
- a name that another link's hyphenated name starts with is that link: the headline's
  "Cano Limon oil pipeline" is the body's "Cano Limon-Covenas oil pipeline" (but "Nord Stream"
  and "Nord Stream 2" stay two).
"""

from __future__ import annotations

import re

from .asset_extra import _fold
from .mentions import Registry
from .text import norm

_TAIL = re.compile(
    r" (?:(?:electricity|electric|power|telecommunications|telecoms|data|undersea|subsea|gas|oil|fibre-optic|fiber-optic) )?"
    r"(?:cable|pipeline|interconnector|link)\b"
)


def name_links(reg: Registry, text: str) -> None:
    """Full forms of links, and hyphenated names folded (see the module docstring)."""
    links = [c for c in reg.by_key.values() if c.key.startswith("link:")]
    for cand in links:
        for s, e in cand.mentions:
            m = _TAIL.match(text, e)
            if m:
                cand.forms.setdefault(norm(text[s : m.end()]), text[s : m.end()])
    for short in links:
        longer = [c for c in links if c is not short and c.key in reg.by_key and c.name.startswith(short.name + "-")]
        if len(longer) == 1 and short.key in reg.by_key:
            _fold(reg, short, longer[0])
