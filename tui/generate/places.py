"""Places the text mentions (context for the reviewer): states, capitals, regions, seas,
'X province', and capitalised names after 'in', 'near', 'from' ... that nothing else explained.
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .actor_patterns import anchored, scan
from .mentions import Claims, Registry
from .text import norm

_GEO = sorted(
    {*gz.REGIONS, *(s.name for s in gz.STATES), *(a for s in gz.STATES for a in s.aliases if len(a) > 3),
     *(c for s in gz.STATES for c in s.capitals)},
    key=len,
    reverse=True,
)
_GEO_RE = re.compile(r"(?<![\w\-])(?=[A-Z])(" + "|".join(map(re.escape, _GEO)) + r")(?![\w\-])")
anchored(_GEO_RE, _GEO)  # tried only where a capitalised word of a name stands
_ADMIN = re.compile(r"\b([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?) (province|region|oblast|governorate|district|county|city|village|town|prefecture|state)\b")
_LOCATIVE_NAME = re.compile(r"\b(?:in|near|outside|from|into|across|towards?) ([A-Z][a-z][\w’'\-]+(?: [A-Z][a-z][\w’'\-]+)?)")
_REGION_SET = set(gz.REGIONS)
_GEO_NAMED = re.compile(r"(?:[A-Z][\w’'\-]* ){1,3}(?:" + "|".join(gz.GEO_HEADS) + r")\b")
_STATE_NAMES = {s.name for s in gz.STATES}
_CANON = {a: s.name for s in gz.STATES for a in s.aliases if len(a) > 3}


def find(text: str, body_start: int, claims: Claims, runs: tuple | None = None) -> Registry:
    """Places keyed by name; ``claims`` (after actors and assets) keeps names already explained;
    ``runs``: the actor reader's :func:`.actor_patterns.cap_runs` of ``text``, if at hand."""
    reg = Registry()
    for m in scan(_GEO_RE, text, body_start, runs):
        name = _CANON.get(m.group(1), m.group(1))
        after = text[m.end() : m.end() + 5]
        if re.match(r"-based|\s+[Ww]ar\b", after):
            continue
        reg.get(norm(name), name, "place").add(text, m.start(1), m.end(1))
    for m in _ADMIN.finditer(text, body_start):
        start = m.start()
        first = m.group(1).split()[0]
        if re.sub(r"[’']s$", "", first) in _STATE_NAMES and " " in m.group(1):
            start += len(first) + 1  # "Syria's Latakia province"
        elif first.lower() in gz.COMMON_CAPITALISED:
            continue
        name = text[start : m.end()]
        reg.get(norm(name), name, "place").add(text, start, m.end())
    for m in _GEO_NAMED.finditer(text, body_start):
        words = m.group().split()
        while len(words) > 1 and words[0].lower() in gz.COMMON_CAPITALISED and words[0] not in ("Second", "First", "Third", "New"):
            words.pop(0)
        name = " ".join(words)
        start = m.end() - len(name)
        if len(words) > 1:
            reg.get(norm(name), name, "place").add(text, start, m.end())
    for m in _LOCATIVE_NAME.finditer(text, body_start):
        name = m.group(1)
        s, e = m.start(1), m.end(1)
        words = name.split()
        if words[0].lower() in gz.COMMON_CAPITALISED or not claims.free(s, e):
            continue
        if any(norm(name) == key or key.startswith(norm(name) + " ") for key in reg.by_key):
            continue
        reg.get(norm(name), name, "place").add(text, s, e)
    return reg
