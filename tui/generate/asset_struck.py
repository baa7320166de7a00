"""Sites and columns that an attack names (see :mod:`.assets`, session 5 of docs/generator-quality.md).

- an attacked civil site with no name of its own ("the main hospital in X", "the Y market"):
  :func:`detect_civil_sites`;
- a site named by its place and what it is for ("the Faladie gendarmerie school"): an asset when
  any mention of it is attacked, also a later short one ("targeted the gendarmerie school");
- a convoy that is ambushed or struck ("ambushed a military convoy"): :func:`detect_convoys`;
- a computer system named by its purpose that a cyberattack hits ("the container terminal
  system ... infected with ransomware", "the ticketing system"): :func:`detect_struck_systems`.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_extra import _CYBER_WORDS
from .asset_patterns import _ATTACK, _CIVIL_LOWER, _STATES_WORDS
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

#: "<Place> <what for> <site>": "the Faladie gendarmerie school", "the Kelmora police academy"
_PURPOSE_SITE = re.compile(
    r"\b(?:an? |the )(?P<own>[A-Z][\w\-]+) (?P<what>(?P<mod>gendarmerie|police|military|army|naval|cadet|training|teaching|maternity|"
    r"children's|girls'|boys'|primary|secondary|district|regional) (?P<head>school|academy|college|hospital|clinic|barracks))\b"
)
_MORE_ATTACK = re.compile(r"\b(?:infiltrat\w*|assault\w*|overr(?:an|un)|ambush\w*)\b")
#: a convoy that an attack names: "ambushed a military convoy", "the convoy was struck"
_CONVOY = re.compile(
    r"\b(?:ambush\w*|attack\w*|struck|hit|target\w*|strik\w*|bomb\w*|shell\w*|raid\w*|fired on|opened fire on) (?:an? |the )"
    r"(?P<name>(?:(?:military|army|police|supply|logistics|fuel|aid|humanitarian|troop|security|armoured|armored) )?convoy)\b"
    r"|\b(?:[Aa]n? |[Tt]he )(?P<name2>(?:(?:military|army|police|supply|logistics|fuel|aid|humanitarian|troop|security|armoured|armored) )?convoy)"
    r"(?: of [\w\-]+(?: [\w\-]+)?)? (?:was|were|had been|came under) (?:ambushed|attacked|struck|hit|targeted|fire|bombed|shelled)\b"
)


def _sentence(text: str, start: int, end: int, body_start: int) -> str:
    stop = text.find(".", end)
    return text[max(body_start, text.rfind(".", 0, start) + 1) : stop if stop > 0 else len(text)]


def detect_civil_sites(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Attacked civil sites without a name (the module docstring), then sites named by purpose."""
    for m in _CIVIL_LOWER.finditer(text, body_start):
        sentence = _sentence(text, m.start(), m.end(), body_start)
        place = m.group("place")
        if not _ATTACK.search(sentence) or not claims.free(m.start("head"), m.end()) or (place and place in _STATES_WORDS):
            continue
        if not place and not re.match(r"(?:an? |the )[A-Z]", m.group()):
            continue  # "a market" alone names nothing a reviewer could check
        own = m.group("own") if m.group("own") and m.group("own") not in _STATES_WORDS and m.group("own").lower() not in gz.COMMON_CAPITALISED else None
        if own:  # "the Al-Shifa hospital in Gaza City" is named by itself, not by its city
            cand = put("fac:" + norm(own), f"{own} {m.group('head')}", "facility", m.start("own"), m.end("head"))
            cand.extra.setdefault("place", own)
            continue
        name = f"{place} {m.group('head')}" if place else m.group("head")
        cand = put("fac:" + norm(place or m.group("head")), name, "facility", m.start("head"), m.end("head"))
        if place:
            cand.extra.setdefault("place", place)
    if not any(h in text for h in ("school", "academy", "college", "hospital", "clinic", "barracks")):
        return
    for m in _PURPOSE_SITE.finditer(text, body_start):
        own, what = m.group("own"), m.group("what")
        if own in _STATES_WORDS or own.lower() in gz.COMMON_CAPITALISED or not claims.free(m.start("own"), m.end()):
            continue
        short = [s for s in re.finditer(rf"\b(?:the|a|an) {re.escape(what)}\b", text[body_start:])]
        spans = [(m.start("own"), m.end())] + [(body_start + s.start(), body_start + s.end()) for s in short]
        if not any(_ATTACK.search(sentence) or _MORE_ATTACK.search(sentence)
                   for sentence in (_sentence(text, s, e, body_start) for s, e in spans)):
            continue
        cand = put("fac:" + norm(own), f"{own} {what}", "facility", m.start("own"), m.end())
        cand.extra.setdefault("place", own)
        for s, e in spans[1:]:
            if claims.free(s, e):
                cand.add(text, s, e)
                claims.take(s, e)


def detect_convoys(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """A convoy that is ambushed or struck (see the module docstring)."""
    if "convoy" not in text:
        return
    for m in _CONVOY.finditer(text, body_start):
        group = "name" if m.group("name") else "name2"
        start, end = m.start(group), m.end(group)
        if claims.free(start, end):
            put("convoy:", m.group(group), "convoy", start, end)  # a text tells of one convoy


#: "the container terminal system", "its ticketing systems", "the port's booking network"
_PURPOSE_SYSTEM = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[a-z]+[’']s) (?P<name>(?P<mods>(?:[a-z][a-z\-]+ ){1,3})(?:computer |IT |operating |management |control )?"
    r"(?:systems?|networks?|databases?|platforms?))\b"
)
_SYSTEM_HEAD = re.compile(r"\b(?:systems?|networks?|databases?|platforms?)\b")
#: purposes that name no computer system ("the political system", "the immune system")
_NOT_IT = frozenset("""political legal judicial financial banking health healthcare education justice immune solar weather economic
international global social welfare tax pension electoral nervous air missile defence defense weapons rocket launch
guidance propulsion radar sonar road rail transport transportation river water gas oil power""".split())


def detect_struck_systems(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """A computer system named by its purpose, in a sentence of a cyberattack (module docstring)."""
    lowered = text.lower()
    if not any(w in lowered for w in ("ransomware", "hack", "cyber", "malware", "breach", "encrypt", "compromis", "infect")):
        return  # literal words first: the case-blind pattern over the whole text is the cost
    for head in _SYSTEM_HEAD.finditer(text, body_start):  # read back from each head: a full scan is slow
        m = next((c for c in _PURPOSE_SYSTEM.finditer(text, max(body_start, head.start() - 90), head.end()) if c.end() == head.end()), None)
        if m is None:
            continue
        mods = m.group("mods").split()
        if mods[-1] in _NOT_IT or (len(mods) < 3 and any(w in _NOT_IT for w in mods)) or any(w in gz.COMMON_CAPITALISED for w in mods) \
                or not claims.free(m.start("name"), m.end("name")):  # "the electronic health records system" is IT; "the health system" not
            continue
        if mods[0].endswith("ed") and not mods[0].endswith("eed"):
            continue  # "the compromised system", "the affected networks": a state, not a purpose
        if not _CYBER_WORDS.search(_sentence(text, m.start(), m.end(), body_start)):
            continue
        name = m.group("name")
        put("cyber:" + norm(name).rstrip("s"), name, "infrastructure", m.start("name"), m.end("name"))
