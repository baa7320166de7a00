"""A known system's name before a designator opens the designator's name (session 9, round 9):
"Pantsir S-1" is one system, not an "S-1"; "the Patriot PAC-3" likewise. A designator the text
also writes alone keeps its own name when the system's name never comes before it there."""

from __future__ import annotations

import re

from . import gazetteer as gz
from .mentions import Registry
from .text import norm

#: names of systems that take a designator after them: "Pantsir S-1", "Patriot PAC-3"
_SYSTEMS = frozenset(gz.NAMED_SYSTEMS) | {p for p in gz.DESIGNATOR_TYPES if len(p) >= 3 and not p.isupper() and p != "Type"}
_LEAD = re.compile(r"(?<![\w\-])([A-Z][\w\-]*(?: [A-Z][\w\-]*)?) $")


def name_marked_systems(reg: Registry, text: str) -> None:
    """Rename a designator whose every mention follows a known system name ("Pantsir S-1")."""
    for cand in [c for c in reg.by_key.values() if c.key.startswith("eq:") and "-" in c.name and c.name not in _SYSTEMS]:
        leads = set()
        for start, end in cand.mentions:
            if text[start:end] != cand.name:
                continue
            m = _LEAD.search(text, max(0, start - 25), start)
            word = m.group(1).split()[-1] if m else None
            leads.add(word if word in _SYSTEMS else None)
        if len(leads) != 1 or None in leads:
            continue
        system = leads.pop()
        for start, end in list(cand.mentions):
            if text[start:end] == cand.name:
                cand.add(text, start - len(system) - 1, end)
        cand.name = f"{system} {cand.name}"
        cand.forms.setdefault(norm(cand.name), cand.name)
        other = reg.by_key.get("eq:" + system.lower())
        if other is not None and all(any(s <= os and oe <= e for s, e in cand.mentions) for os, oe in other.mentions):
            del reg.by_key[other.key]  # the bare "Pantsir" was this system's name
