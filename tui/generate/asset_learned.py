"""Assets the rules did not name, proposed from head words learned on hand-labelled texts.

The rules (:mod:`.assets` and its helpers) name what they recognise: designators, named sites,
ships, classes said in known patterns. On text they have never seen they miss plain common
nouns an analyst lists as assets: "a Chinese-owned cargo ship", "a subsea telecoms cable",
"the perimeter-monitoring cameras", "a pro-government camp". This pass adds them.

How it decides, from counts in :mod:`.asset_heads` (written by ``bench/train_asset_heads.py``
from the labelled texts; nothing is learned at run time):

- a lowercase word is a *head* when, in the labelled texts, it was the last word of a
  required asset form at least ``RATE`` of the times it ended its phrase (the "artillery" of
  "artillery fire" is not counted; add-one smoothed; times it named an optional entry count
  neither way), and at least ``MIN_LABELLED`` times in all (one stray label, "a truck that
  did not explode", makes no head):
  "depot", "pipeline", "cable" are; "system", "strike" or "area" are not; a word of the
  general-knowledge lexicon :mod:`.asset_prior` ("dhow", "bulldozer") starts from a prior
  rate that its labels then move;
- the rules have the first word: a head inside anything a rule ever made a candidate of
  (kept, folded or dropped) is theirs, and a head that a rule asset names or types ("tank"
  beside "IDF Merkava", a tank), or of the same family ("warship" beside a named frigate), adds
  nothing: the text is talking about that asset;
- a bare word too general to name a thing on its own ("systems", "facilities", "vehicles") needs
  a modifier ("air defence systems");
- the name is the head with what modifies it in the text: up to two lowercase modifiers seen
  in labelled asset forms (or hyphenated), an acronym or demonym owner ("IDF drone",
  "Ukrainian drones") or a possessive ("Kamerhe's residence"); its shorter forms, down to the
  bare head ("cargo ship", "ship"), are its aliases, for they are how the text refers to it;
- every later mention of the same head, or of its family ("the vessel" after "the ship"), is
  the same asset;
- what the story is about is said more than once, in its headline, with a count ("100
  armored multi-purpose vehicles"), in a list beside another asset ("mortars and heavy
  machine guns": an inventory), or with a modifier when the labels almost always called its
  head an asset (``SURE``: "Russian cargo planes"). An asset said once otherwise is dropped,
  and so is one only ever said qualifying an event ("missile strikes", "a drone attack")
  unless the text says so ``EVENT_ONLY`` times.

The type is the one the labels gave that head most often ("cable" -> "undersea cable").
"""

from __future__ import annotations

import re

from .asset_bounds import clause_verb, modifies_next_noun
from .asset_heads import HEADS, MODIFIERS
from .asset_prior import OBJECTS, PRIOR_RATE, PRIOR_WEIGHT
from .mentions import Candidate, Claims, Registry
from .text import norm

#: smoothed share of a word's occurrences that were labelled assets, and how many labels at least
RATE = 0.55
MIN_LABELLED = 2
#: mentions that keep an asset said once outside its headline, and one only said qualifying an event
SALIENT = 2
#: the rate of a head that names an asset even said once, in passing ("Russian cargo planes")
SURE = 0.8
EVENT_ONLY = 3
#: key prefix of the candidates this pass makes
PREFIX = "lrn:"

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]")
#: a word of :data:`_WORD` that starts lowercase (heads are common nouns)
_LOWER = re.compile(r"(?<![A-Za-z\-])[a-z][A-Za-z\-]*[A-Za-z]")
#: the word before ``end``, with a possessive mark: "Kamerhe's ", "IDF ", "cargo "
_PREV = re.compile(r"([A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Z]{2,})([’']s)?[ ]$")
#: up to two lowercase words right after a name: its class words, if any ("oil pipeline")
_CLASS_AFTER = re.compile(r" ((?:[a-z][a-z\-]* ){0,1}[a-z][a-z\-]*)")
#: rule candidates named as places or links, whose following words are their class
_SITE_KEYS = ("link:", "fac:", "infra:", "ship:", "site:", "sites:", "road:", "grid:", "crossing:", "utility:", "nuc:")
_COUNTED = re.compile(r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|thousands of)) $")
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|did|not|has|have|had|was|were) $")
_OWNED = re.compile(r"[A-Z][A-Za-z]+-(?:owned|flagged|made|built|registered|operated|backed|led|run)")
_DEMONYM = re.compile(r"(?:North |South )?[A-Z][a-z]+(?:an|ian|ese|i|ish|ch)")
#: never a modifier, whatever the labels held: function words, counts, ranks, size words
_STOP = frozenset(
    """a an the of in on at to for from by with and or but as its their his her our your my this that these those
    some several many few more most other another each every both all any no new first second third two three four
    five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million millions billion
    large small big old former latest last largest biggest newest oldest smallest fastest longest heaviest strongest
    deadliest best worst same such own only key main major was were is are be been being has have
    had which who whom what when where while after before than then also not into over under about around near up
    down out off per via against including using following targeting carrying hitting striking attacking
    destroying damaging protecting guarding operating building leaving entering approaching numerous various countless
    apparent alleged possible so-called purported""".split()
)
#: too general to name one thing without a modifier
_GENERAL = frozenset(
    "system facility infrastructure object weapon equipment device vehicle target site area position unit asset installation".split()
)
#: general words a modifier does not make sure, said once: "a global non-proliferation system" (an armored vehicle is one)
_NOT_SURE = _GENERAL - {"vehicle"}
#: families of heads that, in one text, name the same thing or add nothing beside a named one
_FAMILY = {
    word: family
    for family, words in {
        "sea": "ship vessel warship boat frigate destroyer cruiser corvette fleet submarine tanker carrier craft freighter trawler ferry bulker dhow skiff speedboat barge tugboat minesweeper",
        "air": "aircraft plane jet fighter bomber airplane airliner warplane",
        "rotor": "helicopter chopper gunship",
        "missile": "missile rocket projectile warhead munition",
        "drone": "drone uav",
        "land": "vehicle truck tank convoy",
    }.items()
    for word in words.split()
}
#: marks a family in the set of what the rules named: the "air" family is not the word of "air base"
_FAMILY_MARK = "~"
#: families whose members stay apart in one text ("trucks" and "tanks" are two things)
_APART = frozenset({"land"})


def lemma(word: str) -> str:
    """A crude singular, enough to count "depots" with "depot" and "batteries" with "battery"."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def rate(word: str) -> float:
    """The smoothed share of ``word``'s occurrences that were labelled assets (see the module
    docstring), from a prior for a word of :mod:`.asset_prior`."""
    low = lemma(word)
    seen, required, optional = HEADS.get(low, (0, 0, 0, ""))[:3]
    if low in OBJECTS:
        return (required + PRIOR_RATE * PRIOR_WEIGHT) / (seen - optional + PRIOR_WEIGHT)
    return (required + 1) / (seen - optional + 2)


def is_head(word: str) -> bool:
    """True when ``word``'s counts make it an asset head (see :mod:`.asset_prior` for words the
    labels hardly know)."""
    low = lemma(word)
    if low in OBJECTS:
        return rate(low) >= RATE
    return HEADS.get(low, (0, 0))[1] >= MIN_LABELLED and rate(low) >= RATE


def phrase_start(text: str, start: int, limit: int = 2) -> int:
    """Where the modifiers of the head at ``start`` begin (``start`` when it has none)."""
    begin = start
    for _ in range(limit):
        m = _PREV.search(text, max(0, begin - 40), begin)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if m.group(2):  # a possessive owns the phrase: "Kamerhe's residence"; "its" is in _STOP
            if word[0].isupper():
                begin = m.start()
            break
        if low in _STOP or low.endswith("ly") or clause_verb(low) or _VERB_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            break  # "to strike nuclear facilities", "the army lost tanks": a verb, no modifier
        if word[0].islower() and (low in MODIFIERS or "-" in low):
            begin = m.start()
            continue
        if ((word.isupper() and 2 <= len(word) <= 5 and text[m.start() - 1 : m.start()] != ".")  # not "PTRC.MM": a ticker
                or _DEMONYM.fullmatch(word) or _OWNED.fullmatch(word)):
            begin = m.start()  # an owner ends the phrase: "IDF drone", "Ukrainian drones", "Chinese-owned ship"
        break
    return begin


#: word -> (its lemma, whether it is a head, its family or None); None for a word that is neither. The vocabulary
#: of news is small: kept across texts.
_SEEN_WORDS: dict[str, tuple[str, bool, str | None] | None] = {}


def _read_word(word: str) -> tuple[str, bool, str | None] | None:
    if word in _SEEN_WORDS:
        return _SEEN_WORDS[word]
    if len(_SEEN_WORDS) > 50_000:
        _SEEN_WORDS.clear()
    low = lemma(word)
    head = is_head(word)
    family = _FAMILY.get(low)
    info = _SEEN_WORDS[word] = (low, head, family) if head or family else None
    return info


def _named(reg: Registry, text: str) -> set[str]:
    """Heads and (marked) families the rule assets already name or type, and the heads that follow their
    names ("the Cano Limon-Covenas oil pipeline": that pipeline is the asset)."""
    out: set[str] = set()
    for cand in reg.by_key.values():
        for word in _WORD.findall(f"{cand.name} {cand.kind}"):
            low = lemma(word)
            out.add(low)
            if low in _FAMILY:
                out.add(_FAMILY_MARK + _FAMILY[low])
        for _, e in cand.mentions if cand.key.startswith(_SITE_KEYS) else ():  # not "Patriot launchers": a part
            m = _CLASS_AFTER.match(text, e)
            for word in m.group(1).split() if m else ():
                if word not in MODIFIERS and not is_head(word):
                    break  # "hit the Sergey Kotov with drones": no class of the name
                out.add(lemma(word))
    return out


#: list punctuation before and after an item: "..., anti-tank guided missiles and PKM machine guns"
_LIST_BEFORE = re.compile(r"(?:,|,? and|,? or|as well as) $")
_LIST_AFTER = re.compile(r"(?:,| and| or) ((?:[a-z][\w\-]* ){0,3})")


def _listed(text: str, span: tuple[int, int, bool], ends: set[int], starts: set[int]) -> bool:
    """The phrase at ``span`` is an item of a list with an asset (a rule's or another head's
    phrase: ``ends`` and ``starts``), right before or after it: part of an inventory, said once
    as inventories are."""
    before = _LIST_BEFORE.search(text, max(0, span[0] - 12), span[0])
    if before and before.start() in ends:
        return True
    after = _LIST_AFTER.match(text, span[1])
    if not after:
        return False
    # the next item starts at the list word or after some of its modifiers: "and heavy machine guns"
    return any(p in starts for p in range(after.start(1), after.end() + 1) if p == after.start(1) or text[p - 1] == " ")


#: a quantifier, a count in millions or a comparison before a phrase: it speaks of a kind of thing, not of
#: one the story tells
_GENERAL_STATEMENT = re.compile(r"\b(?:[Mm]ost|[Mm]any|[Aa]ll|[Aa]ny|[Ss]ome|[Ff]ew|[Nn]o|million|billion|than(?: the)?(?: \w+ or)?) $")


_NEXT_WORD = re.compile(r" ([a-z][a-z\-]*)\b")
#: words that follow a noun phrase but are no function word of _STOP ("an armored vehicle en route to Kati")
_AFTER_A_PHRASE = frozenset("en during since across along toward towards inside outside through behind beyond amid among".split())
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:most|[a-z]{2,}est) $")


def _salient_once(text: str, span: tuple[int, int, bool], headline_end: int, ends: set[int], starts: set[int]) -> bool:
    """A phrase said only once is still what the story is about in its headline, with a count
    ("100 armored multi-purpose vehicles"), in a list beside another asset, or when its head is
    one the labels almost always called an asset and a modifier or owner says which ("Russian
    cargo planes"; not a bare "the helicopter")."""
    begin, end = span[0], span[1]
    if _GENERAL_STATEMENT.search(text, max(0, begin - 30), begin):
        return False  # "beyond the reach of most Ukrainian drones", "more explosives than aerial drones"
    if 0 <= begin < headline_end or _COUNTED.search(text, max(0, begin - 12), begin) or _listed(text, span, ends, starts):
        return True
    phrase = text[begin:end]
    words = phrase.split(" ")
    if len(words) < 2 or rate(words[-1]) < SURE or lemma(words[-1]) in _NOT_SURE:
        return False  # bare: nothing says which; "the defense system in the area", a policy as often as a thing
    if lemma(words[-1]) == "garrison" and _DEMONYM.fullmatch(words[0]):
        return False  # "the Russian garrison at the plant had grown": troops ("the Kati garrison" is a base)
    if lemma(words[-1]) in ("system", "network") and words[0].endswith("ed"):
        return False  # "the compromised system", "the affected networks": what befell it, not what it is
    if _SUPERLATIVE_BEFORE.search(text, max(0, begin - 30), begin):
        return False  # "the largest active warship in the region" describes another
    after = _NEXT_WORD.match(text, end)  # "a petroleum tank farm": the head of something else
    return not after or after.group(1) in _STOP or after.group(1) in _AFTER_A_PHRASE or after.group(1).endswith(("ed", "ing"))


def propose(reg: Registry, text: str, claims: Claims, body_start: int, actors: Registry | None = None) -> None:
    """Add to ``reg`` the assets named by learned head words that no rule explained (nor an
    actor's name ends with: "the Carlos Patiño structure" is an armed group)."""
    taken = bytearray(len(text))  # every character a rule candidate ever mentioned
    for cand in reg.made:
        for a, b in cand.mentions:
            taken[a:b] = b"\x01" * (b - a)
    named = _named(reg, text)
    ends = {e for cand in reg.by_key.values() for _, e in cand.mentions}
    named_ends = ends | {e for cand in (actors.by_key.values() if actors else ()) for _, e in cand.mentions}
    starts = {b for cand in reg.by_key.values() for b, _ in cand.mentions}
    #: key -> [(start of the phrase, end, said qualifying an event)], and whether a head was among them
    said: dict[str, list[tuple[int, int, bool]]] = {}
    heads: dict[str, str] = {}
    taken_heads: set[str] = set()  # heads a rule candidate's mention holds ("200 M113 armored personnel carriers")
    for m in _LOWER.finditer(text, body_start):
        info = _read_word(m.group())
        if info is None:
            continue
        low, head, family = info
        s, e = m.start(), m.end()
        if low in named or (family is not None and _FAMILY_MARK + family in named):
            continue
        key = family if family is not None and family not in _APART else low
        in_rule = any(taken[s:e])
        if in_rule or not claims.free(s, e):
            # a rule asset kept tells of this head ("200 M113 armored personnel carriers"); a modifier inside
            # a rule's name ("Taftanaz helicopter base") or a candidate a rule dropped tells of none
            if e in ends or not in_rule:
                taken_heads.add(key)
            continue
        begin = phrase_start(text, s)
        after = _NEXT_WORD.match(text, e)
        if after and _read_word(after.group(1)) is not None:
            continue  # "gun trucks": a head before another names that one
        if begin == s and low in _GENERAL and not _COUNTED.search(text, max(0, s - 12), s) or begin - 1 in named_ends:
            continue  # "systems" alone (not "22 vehicles"); "Iskander| tactical missile systems": the named weapon's class words
        said.setdefault(key, []).append((begin, e, modifies_next_noun(text, e)))  # "missile strikes"
        if head:
            heads.setdefault(key, low)
    headline_end = text.find("\n", body_start)
    # the phrases of other heads: an item listed beside one is part of an inventory ("mortars and heavy machine guns")
    head_ends = ends | {e for key in heads for _, e, _ in said[key]}
    head_starts = starts | {b for key in heads for b, _, _ in said[key]}
    for key, head in heads.items():
        if key in taken_heads:
            continue  # the rules told of it elsewhere ("200 M113 armored personnel carriers"): theirs
        spans = said[key]
        if all(q for _, _, q in spans) and len(spans) < EVENT_ONLY:
            continue  # "drone attacks": the class qualifies an event, once or twice
        if len(spans) < SALIENT and not _salient_once(text, spans[0], headline_end, head_ends, head_starts):
            continue  # said once, in passing: not what the story is about
        body = [(b, e) for b, e, _ in spans if b >= headline_end] or [(b, e) for b, e, _ in spans]
        b, e = max(body, key=lambda span: (span[1] - span[0], -span[0]))  # the fullest wording
        named_by = lemma(text[b:e].rsplit(" ", 1)[-1])  # the type of the word that names it: not "rocket"'s for "munitions"
        kind = (HEADS.get(named_by) or HEADS.get(head) or (0, 0, 0, named_by))[3]  # a prior word without labels: itself
        cand = reg.get(PREFIX + key, text[b:e], kind)
        for begin, end, qualifies in spans:
            cand.add(text, begin, end, strong=not qualifies)
            phrase = text[begin:end].split(" ")
            for i in range(1, len(phrase)):  # the shorter forms: "cargo ship", "ship"
                shorter = " ".join(phrase[i:])
                cand.forms.setdefault(norm(shorter), shorter)
