"""Actor rules of session 10 (see docs/generator-quality.md, round 10): military units that news
names in a list or by a number after the unit word.

- ordinals listed before one plural unit word are each a unit: "the 444th and 111th Brigades",
  "the 3rd, 5th and 7th Divisions" (:data:`_ORDINAL_LIST`);
- a named formation with its number after the unit word: "Carrier Air Wing 1", "Destroyer
  Squadron 28", "Carrier Strike Group 8", "Task Force 51" (:data:`_NUMBERED_UNIT`).
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .text import norm

_ORD = r"\d{1,3}(?:st|nd|rd|th)"
_PLURAL_UNITS = {"Brigades": "Brigade", "Divisions": "Division", "Regiments": "Regiment", "Battalions": "Battalion",
                 "Armies": "Army", "Corps": "Corps", "Fleets": "Fleet", "Squadrons": "Squadron", "Wings": "Wing",
                 "Groups": "Group", "Battalion Tactical Groups": "Battalion Tactical Group"}
_ORDINAL_LIST = re.compile(
    rf"\b(?P<list>{_ORD}(?:, {_ORD})*,? (?:and|or) (?:the )?{_ORD}) "
    rf"(?P<mid>(?:[A-Z][\w\-]* ){{0,3}})(?P<head>{'|'.join(sorted(_PLURAL_UNITS, key=len, reverse=True))})\b"
)
_ORD_RE = re.compile(_ORD)
_NUMBERED_UNIT = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+ ){1,3}(?:Wing|Squadron|Brigade|Division|Regiment|Battalion|Fleet|Flotilla|Corps|"
    r"(?<=Strike )Group|(?<=Battle )Group|(?<=Task )Group|(?<=Task )Force|(?<=Expeditionary )Force) "
    r"(?:\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))(?![\w\-,.:/]\d|\w)"
)


def listed_units(reader) -> None:
    """The two unit rules of the module docstring, over a reader of ``actors.py``."""
    text = reader.text
    if "th " in text or "st " in text or "nd " in text or "rd " in text:
        for m in _ORDINAL_LIST.finditer(text, reader.body):
            tail = m.group("mid") + _PLURAL_UNITS[m.group("head")]
            base = m.start("list")
            for o in _ORD_RE.finditer(m.group("list")):
                s, e = base + o.start(), base + o.end()
                if not reader.claims.free(s, e):
                    continue
                name = f"{o.group()} {tail}"
                reader._take(reader.reg.get("org:" + norm(name), name, "military unit"), s, e)
    for m in _NUMBERED_UNIT.finditer(text, reader.body):
        name = m.group("name")
        words = name.split()
        while words and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in ("The",)):
            words.pop(0)
        if len(words) < 3:
            continue  # "Group 5" alone, or "The Wing 2": no formation's name
        name = " ".join(words)
        s = m.end("name") - len(name)
        if reader.claims.free(s, m.end("name")):
            reader._take(reader.reg.get("org:" + norm(name), name, "military unit"), s, m.end("name"))
