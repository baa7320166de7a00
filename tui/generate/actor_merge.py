"""Last actor pass: one body written several ways is one actor, and names that are not actors go.

- spelling variants of one body fold together: 'Russian Ministry of Defense' and 'Russian
  Defence Ministry', 'China Coast Guard' and 'China's coast guard', 'Africa Corps' and
  'African Corps';
- 'X Private Limited' is 'X'; one person's given name spelt two ways ('Shambhu'/'Sambhu')
  is one person;
- a bare generic name ('Coast Guard', 'Armed Forces') is the one longer name ending in it;
- an acronym that spells the initials of a body found ('PCG') is that body;
- online platforms (Telegram, X) are where something was posted, and named lines and features
  of the map ('Line of Control') are places: neither is an actor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer as gz
from .actor_patterns import _DEMONYMS, _ORG_FORMS, _STATE_FORMS, _initials
from .mentions import Candidate, Registry
from .text import norm

#: words of a body's name that say what it is but not whose it is
_GENERIC = frozenset(
    "coast guard guards special forces force armed national border security air navy army foreign defence defense "
    "interior ministry police federal intelligence service services naval marine marines corps military office "
    "department presidential republican royal staff general".split()
)
_GEO_NAME = re.compile(
    r"^(?:(?:Line|Lines) of (?:Control|Actual Control|Contact)|(?:Green|Blue|Purple|Durand|Military Demarcation) Line"
    r"|Demilitari[sz]ed Zone)$"
)
_MERGEABLE = ("org:", "forces:", "media:")
_LEGAL_SUFFIX = re.compile(r"(?<=\w) (?:private limited|pvt\.? ltd|limited|ltd|inc|corp|plc|llc|gmbh)\.?$")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter added, dropped or changed ('Sambhu'/'Shambhu')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def merge_person_spellings(reg: Registry, text: str) -> None:
    """'Shambhu Kumaran' and 'Sambhu Kumaran': one surname, and given names one letter apart
    (both of five letters or more, with one first letter), are one person spelt two ways."""
    people = sorted((c for c in reg.by_key.values() if c.kind == "person" and len(c.name.split()) == 2), key=lambda c: (c.first, c.key))
    for i, first in enumerate(people):
        for other in people[i + 1 :]:
            (g1, s1), (g2, s2) = first.name.split(), other.name.split()
            if (s1 == s2 and min(len(g1), len(g2)) >= 5 and g1[0] == g2[0] and _one_edit(g1.lower(), g2.lower())
                    and first.key in reg.by_key and other.key in reg.by_key):
                _fold(reg, text, other, first)


@lru_cache(maxsize=4096)
def _variant_key(name: str) -> str:
    """A comparison form that spelling variants of one body share."""
    n = norm(name).replace("defence", "defense").replace("’", "'")
    n = re.sub(r"'s\b", "", n)
    n = _LEGAL_SUFFIX.sub("", n)  # "BrahMos Aerospace Private Limited" is "BrahMos Aerospace"
    m = re.match(r"^(.*?)ministry of (?:the )?(\w+)$", n)
    if m:  # "Ministry of Defense" is the "Defense Ministry"
        n = f"{m.group(1)}{m.group(2)} ministry"
    words = []
    for word in n.split():
        state = _DEMONYMS.get(word.capitalize()) or _STATE_FORMS.get(word.capitalize()) or (_STATE_FORMS.get(word.upper()) if len(word) <= 3 else None)
        if state is not None:
            word = state.name.lower()
        elif len(word) > 4 and word.endswith("an") and not word.endswith("ian"):
            word = word[:-1]  # "African" / "Africa"
        elif len(word) > 5 and word.endswith("ian"):
            word = word[:-1]  # "Indonesian" / "Indonesia"
        words.append(word)
    return " ".join(words)


def _fold(reg: Registry, text: str, source: Candidate, target: Candidate) -> None:
    for start, end in source.mentions:
        target.add(text, start, end, strong=False)
    target.strong += source.strong
    for k, v in source.forms.items():
        target.forms.setdefault(k, v)
    target.affiliation = target.affiliation or source.affiliation
    del reg.by_key[source.key]


def merge_variants(reg: Registry, text: str) -> None:
    """Fold variants together and drop non-actors (see the module docstring)."""
    merge_person_spellings(reg, text)
    for cand in list(reg.by_key.values()):
        if cand.name in gz.PLATFORMS or _GEO_NAME.match(cand.name):
            del reg.by_key[cand.key]
    bodies = [c for c in reg.by_key.values() if c.key.startswith(_MERGEABLE) and c.kind != "person"]
    by_variant: dict[str, Candidate] = {}
    for cand in sorted(bodies, key=lambda c: (c.first, c.key)):
        key = _variant_key(cand.name)
        first = by_variant.get(key)
        if first is None:
            by_variant[key] = cand
        elif cand.key in reg.by_key and first.key in reg.by_key:
            _fold(reg, text, cand, first)
    # "Finland's National Bureau of Investigation" and "the National Bureau of Investigation"
    state_names = {st.name.lower() for st in gz.STATES}
    by_bare: dict[str, list[tuple[str, Candidate]]] = {}
    for key, cand in by_variant.items():
        words = key.split()
        owner = next((" ".join(words[:n]) for n in (3, 2, 1) if len(words) > n + 1 and " ".join(words[:n]) in state_names), "")
        bare = " ".join(words[len(owner.split()) :]) if owner else key
        if not all(w in _GENERIC for w in bare.split()):
            by_bare.setdefault(bare, []).append((owner, cand))
    for group in by_bare.values():
        owners = {o for o, _ in group if o}
        if len(group) > 1 and len(owners) == 1:
            keep = next(c for o, c in group if o)
            for _, cand in group:
                if cand is not keep and cand.key in reg.by_key and keep.key in reg.by_key:
                    _fold(reg, text, cand, keep)
    bodies = [c for c in reg.by_key.values() if c.key.startswith(_MERGEABLE) and c.kind != "person"]
    for cand in bodies:
        if cand.key not in reg.by_key:
            continue
        lowered = cand.name.lower()
        words = lowered.split()
        if words and all(w in _GENERIC for w in words):
            longer = [c for c in bodies if c is not cand and c.key in reg.by_key and c.name.lower().endswith(" " + lowered)]
            if len(longer) == 1:
                _fold(reg, text, cand, longer[0])
        elif cand.name.isupper() and 2 <= len(cand.name) <= 6 and " " not in cand.name and cand.name not in _ORG_FORMS:
            # (a known body keeps its own name: "NATO" is not the "NATO Parliamentary Assembly")
            spelled = [c for c in bodies if c is not cand and c.key in reg.by_key and " " in c.name
                       and (_initials(c.name) == cand.name or c.name.split()[0] == cand.name)]  # "SITE Intelligence Group"
            if len(spelled) == 1:
                _fold(reg, text, cand, spelled[0])
    fold_described(reg, text)


#: words that describe a body without being part of its name: "the Marxist ELN" is the ELN
_DESCRIPTORS = frozenset("Marxist Maoist Leninist Islamist Jihadist Leftist Separatist Communist Salafist Salafi Extremist".split())


def fold_described(reg: Registry, text: str) -> None:
    """'Marxist ELN' is the body named 'ELN' (or with that alias) elsewhere in the text."""
    described = [c for c in reg.by_key.values() if c.name.split(" ", 1)[0] in _DESCRIPTORS and " " in c.name]
    if not described:
        return
    named: dict[str, Candidate] = {}
    for cand in reg.by_key.values():
        if cand.kind != "person":
            for form in (cand.name, *cand.aliases()):
                named.setdefault(norm(form), cand)
    for cand in described:
        target = named.get(norm(cand.name.split(" ", 1)[1]))
        if target is not None and target is not cand and target.key in reg.by_key and cand.key in reg.by_key:
            _fold(reg, text, cand, target)


_REGIONAL_FORCES = re.compile(
    r"(?<![\w’'\-])(?P<owner>[A-Z][a-z]{3,}) (?P<what>(?:state|regional|provincial|regional state|federal state) (?:security )?(?:forces|troops|police))\b"
)


def regional_forces(reader) -> None:
    """'Jubaland state forces', 'Puntland regional forces': the armed forces of a region or
    federal state that the gazetteer does not know (a state's own forces are read elsewhere)."""
    text = reader.text
    if " forces" not in text and " troops" not in text and " police" not in text:
        return
    for m in _REGIONAL_FORCES.finditer(text, reader.body):
        owner = m.group("owner")
        if owner.lower() in gz.COMMON_CAPITALISED or owner in _STATE_FORMS or owner in _DEMONYMS or not reader.claims.free(m.start(), m.end()):
            continue
        cand = reader.reg.get("org:" + norm(m.group()), m.group(), "military")
        reader._take(cand, m.start(), m.end())


_LED_LEAD = re.compile(r"(?<![\w’'\-])(?P<lead>[A-Z][\w.]*)$")
_LED_TAIL = re.compile(r"-led (?:(?:military|international|Arab|Western|western|multinational|naval) )?coalition\b")


def led_coalitions(reader) -> None:
    """'the Saudi-led coalition', 'a US-led coalition': a coalition named by the state that
    leads it is an actor of its own (the state's words alone make the state no actor here)."""
    text = reader.text
    at = text.find("-led ", reader.body)
    while at >= 0:  # each "-led " read where it stands: a scan of the whole text is the cost
        tail = _LED_TAIL.match(text, at)
        lead = _LED_LEAD.search(text, max(reader.body, at - 30), at) if tail else None
        state = (_DEMONYMS.get(lead.group("lead")) or _STATE_FORMS.get(lead.group("lead"))) if lead else None
        if state is not None and reader.claims.free(lead.start(), tail.end()):
            cand = reader.reg.get("org:" + norm(f"{state.name} led coalition"), text[lead.start() : tail.end()], "military")
            cand.affiliation = cand.affiliation or state.name
            reader._take(cand, lead.start(), tail.end())
        at = text.find("-led ", at + 5)


def drop_asset_names(actors: Registry, assets: Registry) -> None:
    """A 'person' named as a ship or another named asset of the text is that asset: "the frigate
    HNoMS Helge Ingstad ... The Helge Ingstad collided" names no Helge Ingstad."""
    names: set[str] = set()
    for cand in assets.by_key.values():
        if cand.name[:1].isupper():
            names.add(norm(cand.name))
            names.update(k for k, v in cand.forms.items() if v[:1].isupper())
            prefix, _, rest = cand.name.partition(" ")
            if prefix in gz.SHIP_PREFIXES and rest:
                names.add(norm(rest))  # "HNoMS Helge Ingstad" is "the Helge Ingstad"
    for cand in list(actors.by_key.values()):
        if cand.kind == "person" and norm(cand.name) in names:
            del actors.by_key[cand.key]


def drop_statistical_misreads(actors: Registry, assets: Registry, places: Registry) -> None:
    """A name only the statistical model called an actor that the text gives an asset ("Nord
    Stream| gas pipelines") or a place is that asset or place; one it read as an organisation
    that is a person's surname is that person, and one it read as an organisation once is
    dropped; one that is a form of an actor the rules found is that actor ("FARC")."""
    taken = {norm(cand.name) for reg in (assets, places) for cand in reg.by_key.values()}
    taken |= {key for reg in (assets, places) for cand in reg.by_key.values() for key in cand.forms}
    spans = [span for cand in assets.by_key.values() for span in cand.mentions]
    starts = {a for a, _ in spans}
    surnames = {c.name.rsplit(" ", 1)[-1] for c in actors.by_key.values() if c.kind == "person" and " " in c.name}
    by_form = {key: c for c in actors.by_key.values() if not c.extra.get("statistical") for key in (norm(c.name), *c.forms)}
    for cand in list(actors.by_key.values()):
        if not cand.extra.get("statistical"):
            continue
        if cand.kind != "person" and (cand.name in surnames or len(cand.mentions) < 2):
            # "Hamdok", read as an organisation, is "Abdalla Hamdok"; an organisation only the model
            # saw, once, is more often a place or a thing ("Sinaloa", "GMT") than an actor
            del actors.by_key[cand.key]
            continue
        same = by_form.get(norm(cand.name))
        if same is not None:  # "FARC", a form of the "Revolutionary Armed Forces of Colombia" the rules found
            for start, end in cand.mentions:
                same.add_span(start, end)
            del actors.by_key[cand.key]
            continue
        # inside an asset's mention, or right before one: "Nord Stream| gas pipelines"
        inside = all(e + 1 in starts or any(a <= s and e <= b for a, b in spans) for s, e in cand.mentions)
        if norm(cand.name) in taken or (cand.mentions and inside):
            del actors.by_key[cand.key]
