"""A general noun-phrase recogniser for assets the specific rules do not know.

An asset is often written as an ordinary noun phrase: a *head* noun that names equipment or a
facility ("depot", "launchers", "platform", "cable") after a few modifiers ("the aviation
ammunition depot", "a state-run television network's office", "an oil platform"), sometimes
with a place after it ("the fuel depot at Novoshakhtinsk"). This pass finds such phrases with
one combined regex over the heads and local work around each hit, and keeps a phrase only with
evidence that it matters: something is done to or with it in its sentence, it carries a proper
name ("the Northfield pipeline"), or the text repeats it. Bare heads ("the vessels") name
nothing a reader could check and stay out.

It runs after the specific rules: a phrase that touches a span they claimed is theirs.
"""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_patterns import _KNOWN_ACTORS, _STATES_WORDS, _broad_region
from .mentions import Candidate, Claims, Registry
from .text import norm

Put = Callable[..., Candidate]

# head noun (singular) -> kind; a plural is the head plus "s" (or "es") unless listed
_EQUIPMENT = {
    "launcher": "launcher", "vehicle": "vehicle", "satellite": "satellite", "rocket": "missile", "missile": "missile",
    "drone": "drone", "UAV": "drone", "cannon": "weapon", "gun": "weapon", "radar": "radar", "tank": "tank",
    "howitzer": "artillery", "interceptor": "missile", "warship": "vessel", "frigate": "vessel", "destroyer": "vessel",
    "corvette": "vessel", "submarine": "vessel", "vessel": "vessel", "ship": "vessel", "tanker": "vessel", "boat": "vessel",
    "jet": "aircraft", "fighter": "aircraft", "bomber": "aircraft", "helicopter": "aircraft", "plane": "aircraft",
    "system": "system", "warhead": "weapon", "component": "component", "chip": "component", "bomb": "weapon",
    "shell": "artillery shell", "mortar": "weapon", "fighter": "aircraft", "mine": "facility",
}
_EQUIPMENT_INVARIANT = {"aircraft": "aircraft", "artillery": "artillery", "munitions": "munitions",
                        "ammunition": "munitions", "microelectronics": "component", "electronics": "component",
                        "semiconductors": "component"}
_FACILITY = {
    "depot": "facility", "arsenal": "facility", "plant": "facility", "factory": "facility", "refinery": "facility",
    "terminal": "facility", "platform": "facility", "rig": "facility", "outpost": "military base", "base": "military base",
    "airbase": "air base", "airfield": "air base", "aerodrome": "air base", "airport": "airport", "port": "port",
    "harbour": "port", "harbor": "port", "dock": "port", "shipyard": "facility", "bridge": "infrastructure",
    "dam": "infrastructure", "cable": "infrastructure", "pipeline": "infrastructure", "grid": "infrastructure",
    "substation": "infrastructure", "station": "facility", "line": "infrastructure", "centre": "facility",
    "center": "facility", "office": "facility", "building": "facility", "warehouse": "facility", "facility": "facility",
    "site": "facility", "hub": "facility", "camp": "camp", "checkpoint": "facility", "crossing": "facility",
    "road": "road", "highway": "road", "railway": "infrastructure", "tower": "facility", "complex": "facility",
    "reactor": "facility", "mine": "facility",
}
_FACILITY_INVARIANT = {"headquarters": "facility", "barracks": "military base", "facilities": "facility"}

_KIND: dict[str, str] = {}
for _table in (_EQUIPMENT, _FACILITY):
    for _w, _k in _table.items():
        _KIND[_w] = _KIND[_w + ("es" if _w.endswith(("ch", "sh", "x")) else "s")] = _k
_KIND.update(_EQUIPMENT_INVARIANT)
_KIND.update(_FACILITY_INVARIANT)
_KIND.pop("facilitys", None)
_HEAD_RE = re.compile(r"(?<![\w\-])(?:" + "|".join(sorted(map(re.escape, _KIND), key=len, reverse=True)) + r")(?![\w\-])")

# lower-case words that make a head specific ("ammunition depot", "oil platform")
_MODIFIERS = frozenset("""
ammunition munitions aviation fuel oil gas power electricity energy production coke chemical nuclear military naval
air missile rocket drone storage launch space flight reconnaissance spy supply water telecom telecommunications data
internet undersea subsea cargo container patrol attack combat cruise ballistic hypersonic armoured armored
guided unmanned weapons weapon arms explosives grain steel fertiliser fertilizer electric electrical transmission
radar command communications intelligence training logistics border police army navy coast guard rail
television tv radio broadcasting broadcast research enrichment uranium desalination treatment pumping compressor
export refining processing manufacturing assembly repair maintenance artillery tank mortar aerial surface-to-air
anti-aircraft defence defense interceptor transport aid relief cable pipeline railway bridge port airport
warplane fighter bomber helicopter submarine tanker satellite cannon engine ammo shipbuilding aircraft
metering distribution booster relay transformer switching hydroelectric thermal
""".split())
# modifiers that alone do not make a phrase specific ("the main building", "a new system")
_GENERIC = frozenset("""
new old other same main key major large small big local nearby several additional potential critical central
national international first second third last former general total original special final whole entire
important strategic vital major civilian official
""".split())
# heads too common in other senses to stand with a generic or single vague modifier
_VAGUE_HEADS = frozenset("""
system systems line lines office offices centre centres center centers building buildings site sites station
stations platform platforms road roads base bases hub hubs component components complex
""".split())
_STOP_PHRASES = frozenset({"front line", "front lines", "press office", "news agency", "media platform",
                           # the place of an event, not a facility ("the alleged attack site")
                           "attack site", "crash site", "impact site", "blast site", "strike site", "explosion site"})
# equipment the class rules already name by their conventions ("drones", "Russian warships"):
# a phrase on one of these heads is left to them
_CLASS_HEADS = frozenset("""
rocket rockets missile missiles drone drones UAV UAVs jet jets fighter fighters bomber bombers helicopter helicopters
plane planes shell shells mortar mortars bomb bombs gun guns aircraft tank tanks mine mines artillery
""".split())
# vessels: only a named one ("the Northwind tanker")
_VESSEL_HEADS = frozenset(h for h in _KIND if _KIND[h] == "vessel")
# equipment specific enough that a descriptive modifier suffices ("a water cannon")
_SPECIFIC_EQUIPMENT = frozenset("""
satellite satellites cannon cannons warhead warheads microelectronics electronics semiconductors chip chips radar radars
howitzer howitzers interceptor interceptors
""".split())
_STRONG_FACILITY = frozenset("""
depot depots arsenal arsenals refinery refineries outpost outposts airfield airfields airbase airbases aerodrome
aerodromes shipyard shipyards substation substations pipeline pipelines checkpoint checkpoints warehouse warehouses
plant plants factory factories terminal terminals rig rigs dam dams bridge bridges cable cables port ports harbour
harbours harbor harbors reactor reactors barracks headquarters
""".split())
# capitalised words that name no particular thing ("Navy ships", "Sea cables")
_GENERIC_CAPS = frozenset("Navy Army Air Force Forces Coast Guard Military Sea Ocean North South East West Northern Southern Eastern Western Central".split())


_ACTION = re.compile(
    r"\b(?:attack\w*|strik\w*|struck|hit|hits|hitting|target\w*|destroy\w*|damag\w*|seiz\w*|board\w*|launch\w*|fir(?:e|ed|es|ing)"
    r"|deploy\w*|deliver\w*|suppl(?:y|ied|ies|ying)|export\w*|smuggl\w*|us(?:e|es|ed|ing)|buil[dt]\w*|shot down|shoot\w* down"
    r"|intercept\w*|sank|sunk|sink\w*|captur\w*|shell(?:ed|ing)|bomb(?:ed|ing)|blast\w*|explo\w*|sabotag\w*|cut|sever\w*"
    r"|ablaze|on fire|burn\w*|raid\w*|rammed|block\w*|transport\w*|carr(?:y|ied|ying)|manufactur\w*|produc(?:e|ed|es|ing)"
    r"|test(?:ed|ing)|wreck\w*|knock\w* out|shut\w*|clos(?:e|ed|es|ing|ure)|disrupt\w*"
    r"|storm(?:ed|ing|s)?|overr(?:an|un)|ambush\w*|torch\w*|loot\w*|besieg\w*|infiltrat\w*|assault\w*|overwhelm\w*)\b",
)  # matched against the lower-cased sentence (see _acted)
_WORD = re.compile(r"([A-Za-z0-9][\w\-’']*)\s+$")
_TAIL = re.compile(r" (?:at|in|near|outside) (?:the )?((?:[A-Z][\w\-’']+)(?: [A-Z][\w\-’']+){0,2})")
_STOPWORDS = gz.COMMON_CAPITALISED


# heads and modifiers that say the same thing ("the power station" = "the power plant",
# "the oil depot" = "the fuel warehouse")
_HEAD_GROUPS = {"station": "plant", "stations": "plant", "plants": "plant", "facility": "plant", "facilities": "plant",
                "site": "plant", "sites": "plant", "warehouse": "depot", "warehouses": "depot", "depots": "depot",
                "harbour": "port", "harbor": "port", "harbours": "port", "harbors": "port", "ports": "port"}
_SAME_MODIFIER = {"fuel": "oil", "petroleum": "oil", "electricity": "power", "electric": "power"}


#: a place word as owner: "the city's", "the country's" (the place of the story, not a name)
_PLACE_OWNER = re.compile(r"(?:city|country|town|region|nation|capital|province|island|port|state|village)[’']s")
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$|n[’']t\s+(?:\w+\s+)?$")


def _acted(sentence: str) -> bool:
    """Something is done in the sentence ("does not strike ..." is no action).

    Both regexes are case-sensitive over the lower-cased sentence, about twice as fast as
    IGNORECASE; lower() may change the length of a rare letter, and offsets only matter
    around each verb, within the same lower-cased text.
    """
    lowered = sentence.lower()
    return any(not _NEGATED.search(lowered, max(0, m.start() - 20), m.start()) for m in _ACTION.finditer(lowered))


def _lemma(head: str) -> str:
    head = head.lower()
    if head in _HEAD_GROUPS:
        return _HEAD_GROUPS[head]
    return head[:-1] if head.endswith("s") and head[:-1] in _KIND else head


def _is_modifier(word: str, first_in_sentence: bool) -> bool:
    lower = word.lower()
    if word.endswith(("’", "'")):
        return False  # "the rebels’ missile systems": a plural owner
    if re.search(r"[’']s$", word):
        return not word[0].isupper()  # "the network's office" goes on; "Russia's" owns it
    if word[0].isupper() and not (first_in_sentence and not word.isupper()):
        return lower not in _STOPWORDS or lower in _MODIFIERS
    if word[0].islower() and lower in _KIND:
        return True  # "the Sohae satellite launch facility": a head of the lexicon, even if a stop word
    if word[0].isdigit() or lower in _STOPWORDS:
        return False
    if "-" in word:
        return True  # "state-run", "Soviet-era", "long-range"
    if lower in _MODIFIERS or lower in _KIND or lower in _GENERIC:
        return True
    return bool(re.search(r"(?:al|ic|ary|ian|ese)$", lower))


def _named(word: str) -> bool:
    """A capitalised modifier that names the thing (not a state, a known actor or a generic word)."""
    return (word[0].isupper() and word not in _STATES_WORDS and word not in _KNOWN_ACTORS
            and word not in _GENERIC_CAPS and not word.isupper() and ("-" not in word or bool(re.search(r"-\d", word))))


def _keep(head: str, mods: list[str]) -> bool:
    """Is ``mods + head`` specific enough to be an asset of its own?"""
    if head in _CLASS_HEADS:
        return False
    specific = [w for w in mods if w.lower() not in _GENERIC and w not in _STATES_WORDS and w.split("-")[0] not in _STATES_WORDS]
    if not specific:  # "Australian ports" (acted on): a state's facilities of one kind
        return head.endswith("s") and head in _STRONG_FACILITY and bool(mods) and all(w in _STATES_WORDS for w in mods)
    named = any(_named(w) for w in specific)
    if head in _VESSEL_HEADS:
        return named
    if head in _SPECIFIC_EQUIPMENT or head in _STRONG_FACILITY:
        return True
    acronym = any(w.isupper() and len(w) > 1 and w not in _STATES_WORDS for w in specific)
    if acronym and head in _PROGRAMME_SITES:
        return True  # "four new EDCA sites": sites of a programme or agreement
    if _KIND[head] in ("launcher", "vehicle", "system", "component", "munitions"):
        return named or acronym
    return named or any(w.lower() in _MODIFIERS or w.lower() in _KIND for w in specific)


def detect_phrases(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Find asset noun phrases that the specific rules did not claim."""
    consumed_to = len(text) + 1
    found: list[tuple[int, int, str, str, str | None, bool]] = []
    for m in reversed(list(_HEAD_RE.finditer(text, body_start))):
        h_start, h_end = m.span()
        if h_end > consumed_to:
            continue  # a modifier of a later head ("missile" in "missile launchers")
        head = m.group()
        sent_start = max(body_start, text.rfind(".", 0, h_start) + 1, text.rfind("\n", 0, h_start) + 1)
        words: list[tuple[int, str]] = []
        pos = h_start
        while len(words) < 4:
            w = _WORD.search(text, max(sent_start, pos - 40), pos)
            if w is None or w.end() != pos:
                break
            word = w.group(1)
            first = not text[sent_start : w.start(1)].strip()
            if not _is_modifier(word, first):
                break
            words.insert(0, (w.start(1), word))
            pos = w.start(1)
        consumed_to = words[0][0] if words else h_start
        if words and _PLACE_OWNER.fullmatch(words[0][1]):
            words.pop(0)  # "the city's main fuel depot": the place is the story's, the depot "main fuel depot"
        if words and words[0][1] in _VERB_MODIFIERS and text.endswith("to ", 0, words[0][0]):
            words.pop(0)  # "used to launch satellites": a verb, not a kind of satellite
        if not words:
            continue
        before = _WORD.search(text, max(sent_start, pos - 40), pos)
        if before and before.end() == pos and before.group(1)[0].isupper() and words[0][1][0].isupper():
            continue  # part of a longer proper name ("... Trade Operations centre"): not ours
        mods = [w for _, w in words]
        if mods[-1].lower() in _KIND and _KIND[mods[-1].lower()] != "vessel" and mods[-1].lower() in _FACILITY_WORDS:
            continue  # "complex facility", "depot building": two facility heads name nothing clearly
        core = " ".join(mods + [head])
        if core.lower() in _STOP_PHRASES or f"{mods[-1]} {head}".lower() in _STOP_PHRASES or not _keep(head, mods):
            continue
        start = words[0][0]
        opening = not text[sent_start:start].strip()  # "Gas pipelines are ...": a capital of the sentence
        named = any(_named(w) for w in (mods[1:] if opening else mods))
        if not claims.free(start, h_end):
            continue
        tail = _TAIL.match(text, h_end)
        place = tail.group(1) if tail and tail.group(1) not in _STATES_WORDS and not _broad_region(tail.group(1)) else None
        sent_end = text.find(".", h_end)
        sentence = text[sent_start : sent_end if sent_end > 0 else len(text)]
        evident = named or _acted(sentence)
        if head in ("platform", "platforms") and named and _MEDIA.search(sentence) and re.search(r"\bon (?:his|her|its|their|the|our) $", text[start - 12 : start]):
            continue  # "Trump shared a video on his Truth Social platform": a medium, not a structure
        if all(w in _STATES_WORDS for w in mods):  # "shut Australian ports" yes, "heading to Israeli ports" no
            evident = _acted(text[max(sent_start, start - 40) : start]) and not re.search(r"\b(?:to|from|into|at|in) $", text[start - 5 : start])
        found.append((start, h_end, core, head, place, evident))
    counts: dict[str, int] = {}
    for _, _, core, _, _, _ in found:
        counts[norm(core)] = counts.get(norm(core), 0) + 1
    for start, end, core, head, place, evident in sorted(found):
        if evident or counts[norm(core)] > 1:
            _add(text, reg, put, claims, start, end, core, head, place)


_MEDIA = re.compile(r"\b(?:shared|posted|posts?|wrote|published|video|message|statement|account|online|social media|followers)\b")
_PROGRAMME_SITES = frozenset({"sites", "bases", "facilities", "locations"})
#: modifiers that are also verbs ("to launch satellites", "to supply drones")
_VERB_MODIFIERS = frozenset("launch supply export transport power fuel repair attack patrol test store arm build".split())
_FACILITY_WORDS = frozenset(w for w in _KIND if _KIND[w] not in ("vessel",) and w not in _MODIFIERS)


def _add(text: str, reg: Registry, put: Put, claims: Claims, start: int, end: int, core: str, head: str, place: str | None) -> None:
    words = core.split()
    if words[-2:-1] == ["Web"] or words[-2:-1] == ["web"]:
        return  # "posted on a government Web site": a website, no site
    # "the country's main port" is one port: a place's "main" stays in the name
    owned = _PLACE_OWNER.fullmatch(text[max(0, start - 12) : start].split(" ")[-2] if " " in text[max(0, start - 12) : start] else "")
    while not owned and len(words) > 1 and (words[0] in _STATES_WORDS or words[0].split("-")[0] in _STATES_WORDS or words[0].lower() in _GENERIC):
        start += len(words[0]) + 1  # "a North Korean satellite": the satellite
        words.pop(0)
    if words[0] == "Korean" and len(words) > 1:
        start += len(words[0]) + 1
        words.pop(0)
    name = text[start:end]
    while not owned and len(words) > 1 and words[0].lower() in _GENERIC:
        start += len(words[0]) + 1  # "a major nuclear facility": the nuclear facility
        words.pop(0)
    name = text[start:end]
    own = {_SAME_MODIFIER.get(w.lower(), w.lower()) for w in words[:-1]}
    mine_named = {w for w in words[:-1] if _named(w)}
    mine_owner = any(len(w) > 1 and w.isupper() and w not in _STATES_WORDS for w in words[:-1])
    lemma = _lemma(head)
    for cand in reg.by_key.values():
        cwords = cand.name.split()
        if not cwords:
            continue
        their_named = {w for w in cwords[:-1] if _named(w)}
        # "oil refining facilities" and "the refinery": a modifier with the other's head as stem
        stem = cand.kind == _KIND[head] and any(w[:5] == cwords[-1].lower()[:5] for w in own if len(w) > 5)
        same_head = _lemma(cwords[-1]) == lemma or stem
        if mine_named & their_named:
            same_head = True  # one proper name, one place ("the Kyee base" and "the Kyee headquarters")
        theirs = {_SAME_MODIFIER.get(w.lower(), w.lower()) for w in cwords[:-1]}
        differ = bool(mine_named) != bool(their_named) and not mine_owner  # "an FC checkpoint" is the FC's, not "the X checkpoint"
        if same_head and (own & theirs - _GENERIC or differ or mine_named & their_named
                          or (not theirs and (lemma != "plant" or stem))):
            cand.add(text, start, end)  # "the oil refinery" of a text that named "the Ryazan refinery"
            claims.take(start, end)
            if mine_named and not their_named and cand.key.startswith("site:") and " " not in cand.name:
                cand.name = name  # "its headquarters", later "the Black Sea Fleet headquarters": the name says which
            return
    cand = put("np:" + norm(name), name, _KIND[head], start, end)
    if place:
        cand.extra.setdefault("place", place)
