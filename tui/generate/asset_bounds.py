"""Phrase boundaries and junk filters of the asset rules (see :mod:`.assets`).

General causes of wrong assets on new text, each fixed as a class:

- a class noun that is itself the modifier of the next noun is no asset ("several small missile
  ships", "a massive retaliatory missile barrage", "the launch employed ballistic missile
  technology"): :func:`modifies_next_noun`;
- a capitalised word that is only capitalised because it opens a sentence or a headline in
  capitals ("Previous drone attacks ...", "RUSSIAN drones have ..."), or the last word of a
  longer proper name ("... Infrastructure Security Agency, ransomware is ..."), names no
  weapon or malware: :func:`english_word`, :func:`tail_of_name`;
- a maker's name and its model are one asset ("Bayraktar TB2" and a later "TB2"):
  :func:`fold_model_names`;
- a state's embassy or consulate that is attacked is a facility ("the Iranian Consulate in
  Damascus"): :func:`detect_missions`.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

_STATE_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_STATE_WORDS_LOWER = {w.lower() for w in _STATE_WORDS}

#: nouns that a class noun ("missile", "drone") modifies: the phrase is about the attack, the
#: ship type, the technology ..., not about a weapon
_COMPOUND_HEADS = frozenset("""
attack attacks strike strikes barrage barrages salvo salvos raid raids campaign campaigns fire
technology technologies programme programmes program programs test tests testing launch launches launching
ship ships boat boats vessel vessels cruiser cruisers carrier carriers frigate frigates corvette corvettes destroyer destroyers submarine submarines
site sites base bases factory factories plant plants facility facilities depot depots
system systems defence defences defense defenses shield threat threats warning warnings alert alerts sirens
debris fragment fragments wreckage unit units crew crews pilot pilots operator operators force forces brigade
regiment battalion squadron wing team teams battery batteries launcher launchers
component components parts production maker makers manufacturer manufacturers industry development
capability capabilities range arsenal stockpile stockpiles deliveries delivery supplies shipments exports
imports sales deal deals contract contracts stocks warfare war hits impacts interception interceptions
engine engines trials flight flights sighting sightings incursion incursions deployment deployments
expert experts specialist specialists developer developers firm firms company companies platform platforms
""".split())
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]*)")
_SHARED_HEAD = re.compile(r"\s+[a-z][a-z\-]*\s+([a-z][a-z\-]*)")

#: endings of English adjectives, adverbs and participles ("Previous", "Renewed", "Massive")
_ENGLISH_ENDING = re.compile(r"(?:ed|ly|ous|ive|ing|ful|less|able|ible)$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.:!?\n]\s*|\d{4}-\d\d-\d\d\s+\S*\s*)$")


def modifies_next_noun(text: str, end: int) -> bool:
    """The class noun that ends at ``end`` modifies the next word ("missile ships")."""
    m = _NEXT_WORD.match(text, end, end + 30)
    if m and m.group(1) in ("and", "or"):  # "a missile and drone attack": both modify "attack"
        m = _SHARED_HEAD.match(text, m.end())
    return bool(m) and m.group(1) in _COMPOUND_HEADS


_SUPERLATIVE = re.compile(r"[Tt]he (?:\w+ )?(?:(?!interest|west|east|test)[a-z]{2,}est|most [a-z]+) ")


#: verbs that open a list item of a class: "captured rebel camps, destroyed drug production
#: facilities" lists what was done; the verb is no modifier of the class
LIST_VERBS = frozenset({"destroyed", "captured", "seized", "detonated", "dismantled", "confiscated", "burned", "burnt", "recovered"})


#: plural words that do modify a class noun ("arms depots", "communications satellites")
_PLURAL_MODIFIERS = frozenset("arms weapons explosives communications logistics electronics operations sports goods".split())


def verb_in_mods(mods: str) -> bool:
    """The words before a class noun end in a verb or a plural ("the package includes
    munitions", "the army sends tanks"): they are a clause, not the class's modifiers."""
    last = mods.split()[-1].lower()
    if last in _IRREGULAR_PAST or last in _EVENT_PAST:  # "the army lost tanks", "the group launched rockets"
        return True
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) and last not in _PLURAL_MODIFIERS


#: past tenses without "-ed" that put a clause before a class noun
_IRREGULAR_PAST = frozenset("""lost sent sold bought shot hit built took gave got made brought fought left kept held found saw won
spent put set threw flew drove ran began struck sank stole""".split())
#: regular past tenses of the events a story tells, which no class takes as a modifier
_EVENT_PAST = frozenset("""launched fired deployed used seized captured intercepted downed targeted attacked supplied delivered
received acquired purchased ordered transferred shipped moved stationed sent dispatched deployed dropped""".split())


def clause_verb(word: str) -> bool:
    """``word`` is a past tense that puts a clause before a noun ("the army *lost* tanks")."""
    return word in _IRREGULAR_PAST or word in _EVENT_PAST


def not_a_class(text: str, start: int, end: int) -> bool:
    """The class phrase at ``start:end`` is no asset of its own: its noun modifies the next
    noun ("missile ships"), or a superlative says what something else is ("It remains the
    largest active warship", "the world's newest destroyer"), or its number is a model code's
    ("MV-22 Osprey aircraft" counts no 22 aircraft)."""
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    return modifies_next_noun(text, end) or bool(_SUPERLATIVE.match(text, start, end))


def english_word(name: str, text: str, start: int) -> bool:
    """A single capitalised word that is an ordinary English word: a headline in capitals
    ("RUSSIAN drones"), or a sentence opener with an adjective's ending ("Previous drone
    attacks") or that the text also writes in lower case."""
    if " " in name:
        return False
    if name.isupper() and len(name) > 3 and (name.lower() in _STATE_WORDS_LOWER or name.lower() in gz.COMMON_CAPITALISED):
        return True
    if not _SENTENCE_OPEN.search(text[max(0, start - 30) : start]):
        return False
    lower = name.lower()
    return bool(_ENGLISH_ENDING.search(lower)) or re.search(rf"(?<![\w\-]){re.escape(lower)}(?![\w\-])", text) is not None


_CAP_BEFORE = re.compile(r"(?:[A-Z][\w\-’']*|and|of|for) $")


def tail_of_name(text: str, start: int) -> bool:
    """The capitalised word at ``start`` ends a longer proper name ("... Security Agency")."""
    before = text[max(0, start - 40) : start]
    m = _CAP_BEFORE.search(before)
    if not m:
        return False
    if m.group() in ("and ", "of ", "for "):
        return bool(re.search(r"[A-Z][\w\-’']* (?:and|of|for) $", before))
    return True


def owned_name(start: int, name: str) -> tuple[int, str]:
    """'Hackensack Meridian's Mountainside Medical Center': the name after its owner's (a
    one-word owner that is no state, region or organisation belongs to the name)."""
    cut = max(name.rfind("’s "), name.rfind("'s "))
    if cut < 0 or " " not in name[cut + 3 :]:
        return start, name
    owner = name[:cut]
    if " " not in owner and owner not in _STATE_WORDS and owner not in gz.REGIONS and owner not in gz.ORGANISATIONS:
        return start, name  # "King's College Hospital", "St Mary's Hospital": the possessive is part of the name
    return start + cut + 3, name[cut + 3 :]


def fold_model_names(reg: Registry) -> None:
    """'Leopards' and 'Leopard 2' are one asset: a bare name folds into its numbered model.
    'Bayraktar TB2' and a bare 'TB2' of the same text are one asset: the bare model folds
    into the only named system whose last word it is."""
    equipment = [c for c in reg.by_key.values() if c.key.startswith("eq:")]
    for short in equipment:
        longer = [c for c in equipment if c is not short and c.name.startswith(short.name + " ")]
        if len(longer) == 1 and short.key in reg.by_key:
            target = longer[0]
            for start, end in short.mentions:
                target.add_span(start, end)
            target.forms.update({k: v for k, v in short.forms.items() if k not in target.forms})
            del reg.by_key[short.key]
    for short in equipment:
        if " " in short.name or short.key not in reg.by_key:
            continue
        # "Kh-47 Kinzhal" anywhere in the text: a bare "Kinzhal" said before it is the Kh-47
        longer = [c for c in equipment if c is not short and c.key in reg.by_key
                  and (c.name.endswith(" " + short.name) or norm(f"{c.name} {short.name}") in c.forms)]
        if len(longer) == 1:
            target = longer[0]
            for start, end in short.mentions:
                target.add_span(start, end)
            target.forms.update({k: v for k, v in short.forms.items() if k not in target.forms})
            del reg.by_key[short.key]


#: class names that say only "some ships" or "some bombs" (the munitions a named aircraft dropped,
#: "the jets dropped two bombs"): no reference counts them as an asset
_VAGUE_CLASSES = frozenset({"vessels", "ships", "bombs"})


#: a "bomber" that is a person: "potential suicide bombers", "a suicide car bomber"
_PERSON_BOMBER = re.compile(r"\b(?:suicide|car|truck) bombers?$")


def drop_vague_classes(reg: Registry) -> None:
    """'115 vessels', 'the first of about 60 vessels to sink': a count of ships of no named kind
    is a statistic of the story, not an asset (what is left after the folds into named ships).
    Suicide bombers are people, no aircraft."""
    for cand in list(reg.by_key.values()):
        if cand.key.startswith("cls:") and (cand.name.lower() in _VAGUE_CLASSES or _PERSON_BOMBER.search(cand.name)):
            del reg.by_key[cand.key]


_TELECOM = re.compile(r"(?:tele)?communications?$|telecoms?$|data$|internet$|fib[re]{2}-optic$")


def fold_infra_classes(reg: Registry) -> None:
    """'telecom cables' counted as a class and the 'internet cables' that are cut are one
    asset: a class of infrastructure folds into the infrastructure of the same normalised kind."""
    for cand in [c for c in reg.by_key.values() if c.key.startswith("cls:") and c.kind == "infrastructure"]:
        words = ["telecom" if _TELECOM.match(w) else w for w in norm(cand.name).split()]
        target = reg.by_key.get("infra:" + " ".join(words[-2:]).rstrip("s"))
        if target is not None and target is not cand:
            for start, end in cand.mentions:
                target.add_span(start, end)
            target.forms.update({k: v for k, v in cand.forms.items() if k not in target.forms})
            del reg.by_key[cand.key]


_MISSION = re.compile(
    r"\b(?:the|its|their) (?P<name>(?P<dem>[A-Z][a-z]+) (?P<head>[Ee]mbassy|[Cc]onsulate|[Cc]onsulate [Gg]eneral))"
    r"(?: (?:in|at) (?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))?"
)
_HIT = re.compile(
    r"\b(?:attack\w*|strikes?|struck|hit|bomb\w*|destroy\w*|damag\w*|target\w*|stormed|raid\w*|missiles?|drones?|"
    r"explosions?|blast|shell\w*|fire|torched|besieg\w*)\b"
)

#: the mission is the place of the attack ("a strike on the Iranian Consulate"), not a speaker
_ON = re.compile(r"\b(?:on|at|hit|struck|targeted|attacked|destroyed|damaged|bombed|stormed|outside|near|inside|into) the $")


def _sentence(text: str, start: int, end: int, body_start: int) -> str:
    stop = text.find(".", end)
    return text[max(body_start, text.rfind(".", 0, start) + 1) : stop if stop > 0 else len(text)]


def detect_missions(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """'an Israeli air strike on the Iranian Consulate in Damascus': a state's mission that is
    attacked is a facility, named by the state ('Iranian Consulate')."""
    if "mbassy" not in text and "onsulate" not in text:
        return
    for m in _MISSION.finditer(text, body_start):
        if m.group("dem") not in _STATE_WORDS or not claims.free(m.start("name"), m.end("name")):
            continue
        if not _ON.search(text, max(0, m.start() - 30), m.start() + 4) or not _HIT.search(_sentence(text, m.start(), m.end(), body_start)):
            continue  # "the Chinese embassy said ...": the mission speaks, an actor
        put("fac:" + norm(m.group("name")), m.group("name"), "diplomatic mission", m.start("name"), m.end("name"))
