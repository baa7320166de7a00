"""Asset detections of session 6 (see docs/generator-quality.md, round 6): things news names in
ways the earlier passes did not read.

- a dateline in capitals that is a facility ("SHOALWATER BAY TRAINING AREA, Australia —"):
  :func:`detect_dateline_site`.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

_UPPER_HEADS = sorted({h.upper() for h in gz.FACILITY_HEADS if " " in h or h[0].isupper()}, key=len, reverse=True)
#: an agency dateline at the start of a paragraph: "CAMP LEJEUNE, N.C. (AP) —", "X AIR BASE, Qatar -"
_DATELINE_TEXT = r"(?P<name>[A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,5}),(?: [A-Z][\w.]*){1,3}(?: \([A-Za-z]+\))? [—–-] "
_DATELINE, _DATELINE_LINE = re.compile(_DATELINE_TEXT), re.compile("\n" + _DATELINE_TEXT)
_SITE_PREFIX = re.compile(r"(?:CAMP|FORT|JOINT BASE|NAVAL STATION|NAVAL AIR STATION) ")
_SITE_HEAD = re.compile(rf"(?:{'|'.join(map(re.escape, _UPPER_HEADS))})$|^{_SITE_PREFIX.pattern}")


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
