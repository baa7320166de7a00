"""Named assets, late: their other names, and the duplicates a text's wording makes (round 11,
session 5; :func:`name_assets` runs them last, from :func:`.asset_owners.late_folds`; see
:mod:`.assets`):

- the name with its class words is another name of it: "the Cano Limon-Covenas oil pipeline"
  names the link read as "Cano Limon-Covenas" (references list it either way);
- a name that another link's hyphenated name starts with is that link: the headline's
  "Cano Limon oil pipeline" is the body's "Cano Limon-Covenas oil pipeline" (but "Nord Stream"
  and "Nord Stream 2" stay two);
- a name and the other name it gives in brackets are one asset: "BRP Malabrigo (MRRV-4402)";
- a class said right after a model is that model: "200 M113 armored personnel carriers" is the
  M113 (with its count), not an M113 and a class beside it;
- a site named by a model-like word is what that word names alone: "T-4 airbase" ... "including
  T-4" (not a T-4 tank);
- a variant mark said after a model is that variant: "Leopard 2 A4 tanks" is a "Leopard 2 A4"
  (not a "Leopard 2" and an "A4");
- a designator's name said after it is its name too: "MQ-4C Triton" (and "Triton");
- a name with the class said after it is another name of it: "Shahed-type drones", "FPV
  drone", "Katyusha rockets", "M1 tanks" (references list the model either way);
- a station named before its place takes the place: "Marine Corps Air Station Iwakuni";
- an asset named by another asset's alias is that asset: "Triumph" after "S-400 Triumph",
  "Lightning II" after "F-35B Lightning II";
- two names of one kind one letter apart are one asset spelt two ways ("Ain al-Asad Airbase",
  "Ain al-Assad Airbase"); not when the letter is a digit ("MRRV-4402", "MRRV-4409"); so are
  two that differ by an opening Arabic article ("Al-Anad Air Base", "Anad Air Base").
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .actor_merge import _one_edit
from .asset_extra import _fold
from .asset_patterns import _STATES_WORDS
from .mentions import Candidate, Registry
from .text import norm

_TAIL = re.compile(
    r" (?:(?:electricity|electric|power|telecommunications|telecoms|data|undersea|subsea|gas|oil|fibre-optic|fiber-optic) )?"
    r"(?:cable|pipeline|interconnector|link)\b"
)

#: up to three lowercase words after a name: its class words ("armored personnel carriers")
_CLASS_WORDS = re.compile(r" ((?:[a-z][a-z\-]* ){0,2}[a-z][a-z\-]*)\b")


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


#: an Arabic article opening a name: "Al-Anad Air Base" is the "Anad Air Base"
_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az)-")


def fold_spellings(reg: Registry) -> None:
    """Named assets of one kind whose names are one letter apart are one (see the module docstring)."""
    named = sorted((c for c in reg.by_key.values() if len(c.name) >= 8 and c.name[:1].isupper()), key=lambda c: (c.first, c.key))
    for i, first in enumerate(named):
        for other in named[i + 1 :]:
            if first.kind != other.kind or first.key not in reg.by_key or other.key not in reg.by_key:
                continue
            a, b = first.name.lower(), other.name.lower()
            if (len(a.split()) == len(b.split()) and _one_edit(a, b) and not _digit_apart(a, b)) or _ARTICLE.sub("", a) == _ARTICLE.sub("", b):
                _fold(reg, other, first)  # "Ain al-Asad"/"Ain al-Assad"; "Al-Anad Air Base"/"Anad Air Base"


def _digit_apart(a: str, b: str) -> bool:
    """Whether the letter that tells ``a`` from ``b`` is a digit (or a digit sits beside it)."""
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return any(ch.isdigit() for ch in a[max(0, i - 1) : i + 2] + b[max(0, i - 1) : i + 2])


def name_assets(reg: Registry, text: str) -> None:
    """The passes of this module, in order: other names first, then the folds they allow."""
    name_links(reg, text)
    join_marks(reg, text)
    name_models(reg, text)
    class_aliases(reg, text)
    fold_alias_names(reg)
    extend_stations(reg, text)
    fold_site_names(reg)
    fold_adjacent(reg, text)
    fold_spellings(reg)


def fold_adjacent(reg: Registry, text: str) -> None:
    """A name's bracketed other name, and a class right after a model, are that asset."""
    ends: dict[int, Candidate] = {}
    for cand in reg.by_key.values():
        if cand.name[:1].isupper() or any(ch.isdigit() for ch in cand.name):
            for _, e in cand.mentions:
                ends.setdefault(e, cand)
    if not ends:
        return
    classes = {c.name.lower(): c for c in reg.by_key.values() if c.key.startswith("cls:")}
    for e, owner in list(ends.items()):  # "200 M113 armored personnel carriers" and "armored personnel carriers" elsewhere
        m = _CLASS_WORDS.match(text, e)
        words = m.group(1).lower().split() if m else []
        other = next((classes[p] for n in (3, 2, 1) if (p := " ".join(words[:n])) in classes and n <= len(words)), None)
        if other is not None and other.key in reg.by_key and owner.key in reg.by_key and other is not owner:
            _fold(reg, other, owner)
    for cand in list(reg.by_key.values()):
        if cand.key not in reg.by_key:
            continue
        for s, e in cand.mentions:
            owner = ends.get(s - 2) if text[s - 2 : s] == " (" and text.startswith(")", e) else None
            if owner is None and cand.key.startswith("cls:") and text[s - 1 : s] == " ":
                owner = ends.get(s - 1)
            if owner is not None and owner is not cand and owner.key in reg.by_key:
                _fold(reg, cand, owner)
                break


def fold_site_names(reg: Registry) -> None:
    """A non-site asset named exactly as a site's name without its head is that site ("T-4")."""
    sites = [c for c in reg.by_key.values() if c.key.startswith("fac:") and " " in c.name and c.name.rsplit(" ", 1)[1][:1].islower()]
    if not sites:
        return
    by_name = {c.name: c for c in reg.by_key.values() if not c.key.startswith("fac:")}
    for site in sites:
        other = by_name.get(site.name.rsplit(" ", 1)[0])
        if other is not None and other.key in reg.by_key and site.key in reg.by_key:
            _fold(reg, other, site)


_VARIANT_MARK = re.compile(r"[A-Z]\d{1,2}[A-Z]?\+?")


def join_marks(reg: Registry, text: str) -> None:
    """A mark ("A4") right after a model's mention ("Leopard 2") names the variant "Leopard 2 A4"."""
    marks = [c for c in reg.by_key.values() if _VARIANT_MARK.fullmatch(c.name)]
    if not marks:
        return
    by_end = {e: (c, s) for c in reg.by_key.values() for s, e in c.mentions if c not in marks}
    for mark in marks:
        before = [by_end.get(s - 1) for s, _ in mark.mentions]
        if not all(b is not None and text[s - 1] == " " for b, (s, _) in zip(before, mark.mentions)):
            continue
        model = before[0][0]
        mark.name = f"{model.name} {mark.name}"
        mark.replace_mentions([(b[1], e) for b, (_, e) in zip(before, mark.mentions)])
        mark.forms = {norm(text[s:e]): text[s:e] for s, e in mark.mentions}
        for owner, start in before:
            owner.replace_mentions([m for m in owner.mentions if m[0] != start])
            if not owner.mentions and owner.key in reg.by_key:
                del reg.by_key[owner.key]


_MODEL_NAME = re.compile(r" ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\b")  # "Triton", "Sea King"


def name_models(reg: Registry, text: str) -> None:
    """'MQ-4C Triton drone': 'MQ-4C Triton' and 'Triton' are other names of the MQ-4C."""
    for cand in reg.by_key.values():
        if "-" not in cand.name or not any(ch.isdigit() for ch in cand.name):
            continue
        for _, e in cand.mentions:
            m = _MODEL_NAME.match(text, e)
            if m and not {w.lower() for w in m.group(1).split()} & gz.COMMON_CAPITALISED and m.group(1).split()[0] not in _STATES_WORDS:
                full = text[e - len(cand.name) : m.end()] if text[e - len(cand.name) : e] == cand.name else None
                if full:
                    cand.forms.setdefault(norm(full), full)
                    cand.forms.setdefault(norm(m.group(1)), m.group(1))


_PLACE_AFTER = re.compile(r" ([A-Z][a-z]{3,})\b")


def extend_stations(reg: Registry, text: str) -> None:
    """'Marine Corps Air Station Iwakuni': the place after the head is part of the name."""
    for cand in reg.by_key.values():
        if not cand.key.startswith("fac:") or not cand.name.endswith(("Station", "Air Base", "Naval Base")):
            continue
        for i, (s, e) in enumerate(cand.mentions):
            m = _PLACE_AFTER.match(text, e)
            if m and m.group(1).lower() not in gz.COMMON_CAPITALISED and text[s:e] == cand.name:
                cand.name = text[s : m.end()]
                cand.replace_mentions([*cand.mentions[:i], (s, m.end()), *cand.mentions[i + 1 :]])
                cand.forms.setdefault(norm(cand.name), cand.name)
                cand.forms.setdefault(norm(m.group(1)), m.group(1))
                break


_CLASS_AFTER_NAME = re.compile(
    r" ((?:[a-z][a-z\-]+ )?(?:drones?|missiles?|rockets?|tanks?|jets?|fighters?|helicopters?|launchers?|systems?|"
    r"vehicles?|howitzers?|aircraft|planes?|bombers?|submarines?|ships?|boats?|frigates?|destroyers?|interceptors?))\b"
)


def class_aliases(reg: Registry, text: str) -> None:
    """'Shahed-type drones', 'FPV drone', 'Katyusha rockets': the name with its class is an alias."""
    for cand in reg.by_key.values():
        if not cand.name[:1].isupper() or cand.key.startswith(("fac:", "link:", "ship:")):
            continue
        for s, e in cand.mentions:
            m = _CLASS_AFTER_NAME.match(text, e)
            if m and text[s:e] == cand.name:
                full = text[s : m.end()]
                cand.forms.setdefault(norm(full), full)


def fold_alias_names(reg: Registry) -> None:
    """A named asset whose name another named asset has among its forms is that asset."""
    named = [c for c in reg.by_key.values() if c.name[:1].isupper() or any(ch.isdigit() for ch in c.name)]
    by_form: dict[str, list[Candidate]] = {}
    for cand in named:
        for key in cand.forms:
            if key != norm(cand.name):
                by_form.setdefault(key, []).append(cand)
    for cand in sorted(named, key=lambda c: (c.first, c.key)):
        owners = [o for o in by_form.get(norm(cand.name), []) if o is not cand and o.key in reg.by_key]
        if len(owners) == 1 and cand.key in reg.by_key:
            _fold(reg, cand, owners[0])
