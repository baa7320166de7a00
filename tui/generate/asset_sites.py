"""Facility rules that tie mentions together (see :mod:`.assets`): a company's own struck site
("Petrochem said there was a fire at its nearby plant" -> "Petrochem plant"), a facility's other
name given in apposition ("the Brava refinery, known as BRN", "the Brava refinery (BRN)"), and a
company-named facility said with "a" that the text later names ("a Petrocorp refinery" ...
"Petrocorp denied that the ORSA refinery was hit").
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_OWN_SITE = re.compile(
    r"(?<![\w\-])(?P<co>[A-Z][\w\-]+) (?:said|reported|confirmed|says)\b[^.]{0,80}?\bits (?:nearby |main |own |local |largest )?"
    r"(?P<head>plant|refinery|factory|terminal|depot|warehouse|mine|facility)\b"
)
_STRUCK = re.compile(r"\b(?:attack\w*|strikes?|struck|hit|drones?|missiles?|fire|blaze|explosions?|damag\w*|destroy\w*|shell\w*|bomb\w*)\b")
_ALIAS = re.compile(r"(?:,? (?:known as|also called|called) (?:the )?|\s\()(?P<alias>[A-Z][\w\-]{1,20})\b")


def _sentence(text: str, start: int, end: int, body_start: int) -> str:
    stop = text.find(".", end)
    return text[max(body_start, text.rfind(".", 0, start) + 1) : stop if stop > 0 else len(text)]


def detect_own_sites(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'Petrochemical company Petrochem said there had been a drone strike at its nearby plant';
    and bases named by a service prefix ('RAF Lakenheath', 'CFB Cold Lake': :func:`detect_prefixed_bases`)."""
    detect_prefixed_bases(text, claims, body_start, put)
    if " its " not in text:
        return
    for m in _OWN_SITE.finditer(text, body_start):
        co = m.group("co")
        if co.lower() in gz.COMMON_CAPITALISED or co in _STATE_WORDS or not claims.free(m.start("head"), m.end("head")):
            continue
        if not _STRUCK.search(_sentence(text, m.start(), m.end(), body_start)):
            continue
        key = "fac:" + norm(co)
        if key in reg.by_key:
            reg.by_key[key].add(text, m.start("head"), m.end("head"))
            claims.take(m.start("head"), m.end("head"))
            continue
        cand = put(key, f"{co} {m.group('head')}", "facility", m.start("head"), m.end("head"))
        cand.extra.setdefault("place", co)


#: service prefixes of base names: Royal Air Force, Naval Air Station, Marine Corps Air Station,
#: Canadian Forces Base, Royal Australian Air Force, Joint Base, Naval Support Activity, Air Force Base
_BASE_PREFIX = re.compile(r"\b(?P<name>(?:RAF|NAS|MCAS|CFB|RAAF|JB|NSA|AFB|RNAS) (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b")


def detect_prefixed_bases(text: str, claims: Claims, body_start: int, put: Put) -> None:
    """'RAF Lakenheath', 'NAS Sigonella', 'CFB Cold Lake': a military base."""
    for m in _BASE_PREFIX.finditer(text, body_start):
        name = m.group("name")
        words = name.split()
        if len(words) == 3 and words[2].lower() in gz.COMMON_CAPITALISED:
            name = " ".join(words[:2])  # "RAF Lakenheath On Monday"
        if words[1].lower() in gz.COMMON_CAPITALISED or not claims.free(m.start(), m.start() + len(name)):
            continue
        put("fac:" + norm(name), name, "military base", m.start(), m.start() + len(name))


def _fold(reg: Registry, source: Candidate, target: Candidate) -> None:
    for start, end in source.mentions:
        target.add_span(start, end)
    target.forms.update({k: v for k, v in source.forms.items() if k not in target.forms})
    del reg.by_key[source.key]


def fold_facility_names(reg: Registry, text: str) -> None:
    """Facilities that the text says are one: an alias given in apposition, and a company's
    facility said with 'a' that a later sentence about the company names."""
    facs = [c for c in reg.by_key.values() if c.key.startswith("fac:")]
    if len(facs) < 2:
        return
    for cand in facs:
        if cand.key not in reg.by_key:
            continue
        for _, end in list(cand.mentions):
            m = _ALIAS.match(text, end)
            if not m:
                continue
            alias = m.group("alias")
            if alias.lower() in gz.COMMON_CAPITALISED or alias in _STATE_WORDS:
                continue
            for other in facs:
                if other is not cand and other.key in reg.by_key and other.name.split()[0] == alias:
                    _fold(reg, other, cand)
    for cand in [c for c in facs if c.key in reg.by_key and c.mentions]:
        start = min(s for s, _ in cand.mentions)
        owner = cand.name.split()[0]
        if not re.search(r"\b(?:a|an)\s$", text[max(0, start - 4) : start]) or len(cand.name.split()) != 2:
            continue  # "a Petrocorp refinery": one of the company's refineries
        head = cand.name.split()[-1]
        later = [c for c in facs if c is not cand and c.key in reg.by_key and c.name.split()[-1] == head
                 and any(s > start and re.search(rf"\b{re.escape(owner)}\b", _sentence(text, s, e, 0)) for s, e in c.mentions)]
        if len(later) == 1:
            _fold(reg, cand, later[0])
