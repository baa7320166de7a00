"""Assets: equipment designators, named systems, ships, bases and facilities, roads, and
counted classes of equipment ("120 drones"). Detection claims its spans before actors are read.
"""

from __future__ import annotations

import re

from . import gazetteer as gz
from .asset_patterns import (
    ROMAN,
    _LINKED,
    after_state_lead,
    _CALLED_WEAPON,
    _MINE,
    _VULNERABLE,
    _ATTACK,
    _BASE_IN,
    _BASING,
    _CALIBRE,
    _CAP,
    _CIVIL_SITE,
    class_matches,
    _CYBER,
    _CYBER_VERBS,
    _DEMONYM_ATTACK,
    _DISRUPTED,
    _DESIGNATOR,
    _FACILITY_AT,
    _FACILITY_CAP,
    _FACILITY_LOWER,
    _FACILITY_OF,
    _GENERIC_FACILITY,
    _GENERIC_SITE,
    _GENERIC_WEAPON_WORDS,
    _KNOWN_ACTORS,
    _LINK,
    _MALWARE,
    _NAMED,
    _NOT_DESIGNATORS,
    not_weapon_name,
    _OWN_SYSTEMS,
    _QTY_BEFORE,
    _ROAD,
    _SHIP_APPOSITION,
    _SHIP_FLAG,
    _SHIP_NOUN,
    _SHIP_PREFIXED,
    _SHIP_TYPE,
    _STATES_WORDS,
    _WEAPON_NAMED,
    _WMD,
    WEIGHT_MOD,
    _broad_region,
    _class_kind,
    _designator_type,
    _strip_lead,
)
from .asset_bounds import verb_in_mods, detect_missions, drop_vague_classes, fold_infra_classes, english_word, fold_model_names, not_a_class, owned_name, modifies_next_noun
from .asset_extra import _fold, detect_more, merge_generic, ship_repeats
from .asset_intro import another_site, detect_introduced, drop_headline_case, particle_names, place_name, headline_only, model_before, verb_ship
from .asset_lists import detect_listed_classes
from .asset_folds import fold_aircraft_classes, fold_cyber_system, fold_headline_sites, fold_missile_classes
from .asset_owned import detect_attacking_classes, detect_attributed_classes, detect_shared_heads, detect_dateline_site, detect_launch_sites, detect_listed_models, detect_state_classes, detect_struck_vehicles, detect_system_names
from .asset_named import detect_classes, detect_named, drop_fragments, fold_duplicates
from .asset_phrases import detect_phrases
from .asset_refs import fold_references, place_key
from .asset_owners import late_folds
from .asset_sets import detect_listed_sites, detect_struck_objects
from .asset_sites import detect_own_sites, fold_facility_names
from .asset_struck import detect_civil_sites, detect_convoys, detect_struck_systems
from .asset_targets import detect_targets, fold_bare_sites, fold_buildings, fold_same_owner
from .mentions import Candidate, Claims, Registry
from .text import NUMBER_WORDS, norm, parse_quantity


#: words that end a noun phrase: "the outskirts of the city with drones", "the base when drones struck"
_NOT_MODIFIERS = frozenset({"with", "by", "from", "in", "on", "at", "to", "over", "into", "as", "for", "near", "against", "when", "while", "after", "before", "because", "since", "until", "unless", "where", "which", "that", "who", "if", "than"})
#: a model's mark after a known name: "Leopard 1 tanks", "Leopard 2A6s" (not a count: "Patriot 2,000")
_MARK = re.compile(r" \d(?:[A-Z]\d?)?(?=s?\b)(?![,.]\d)(?! (?:times|percent|per|km|miles|years?|days?|months?|weeks?|hours?|kilometres|metres|%))")
_STATE_ABBR = re.compile(r"(?:U\.S\.|U\.K\.|US|UK|UAE)(?: |$)")
_PROGRAMME_WORDS = {"Peace", "Financing", "Lending", "Credit", "Resilience", "Recovery", "Investment", "Development", "Support", "European", "Global", "International", "Trust", "Fund", "Research"}


def detect(text: str, claims: Claims, body_start: int) -> Registry:
    """Find assets in ``text`` and claim their spans; returns candidates keyed by name."""
    reg = Registry()

    def put(key: str, name: str, kind: str, start: int, end: int, quantity: int | None = None) -> Candidate:
        cand = reg.get(key, name, kind)
        cand.add(text, start, end)
        if quantity is not None and "quantity" not in cand.extra:
            cand.extra["quantity"] = quantity
            cand.extra["quantity_span"] = (start, end)
        claims.take(start, end)
        return cand

    detect_targets(text, claims, body_start, reg, put)
    detect_introduced(text, claims, body_start, reg, put)
    detect_listed_sites(text, claims, body_start, reg, put)  # and ship classes named by their system
    detect_more(text, claims, body_start, reg, put)
    detect_own_sites(text, claims, body_start, reg, put)
    detect_missions(text, claims, body_start, reg, put)
    detect_named(text, claims, body_start, reg, put)
    detect_dateline_site(text, claims, body_start, reg, put)
    detect_system_names(text, claims, body_start, reg, put)
    detect_launch_sites(text, claims, body_start, reg, put)
    detect_listed_models(text, claims, body_start, reg, put)
    # Named facilities: "Khmeimim Air Base", "Port of Tartus", "the Tartus facility".
    found = []
    for regex in (_FACILITY_CAP, _FACILITY_LOWER):
        for m in regex.finditer(text, body_start):
            start, name, owner = _strip_lead(text, m.start("name"), m.group("name").strip())
            if not name or any(w in _STATES_WORDS for w in name.split()) or _broad_region(name) or name.split()[0] in gz.SHIP_PREFIXES:
                continue  # "USS Port Royal" is a ship
            if name.split()[0].lower() in gz.COMMON_CAPITALISED or re.search(r"[\w]\.$", text[max(0, start - 2) : start]) or headline_only(text, body_start, start, m.end()):
                continue  # "LKOH.MM refinery": a stock ticker's exchange suffix names no facility
            if m.group("head") == "base" and (name in _KNOWN_ACTORS or re.search(r"[A-Z][\w\-]* $", text[max(0, start - 25) : start])):
                continue  # "the Dyagilevo base" yes; "a Wagner base", "the Kyee Kan Pyin base" (a longer name) no
            found.append((start, m.end(), name, m.group("head"), owner))
    for m in _FACILITY_OF.finditer(text, body_start):
        lead = re.search(r"(\w+)(?:[’']s)?\s+(?:the\s+)?$", text[max(0, m.start() - 30) : m.start()])
        owner = lead.group(1) if lead and lead.group(1) in _STATES_WORDS else None
        found.append((m.start(), m.end(), m.group("name"), m.group("head").lower(), owner))
    for start, end, name, head, owner in sorted(found, key=lambda f: (f[0], f[1], f[2], f[3], f[4] or "")):
        if not claims.free(start, end):
            continue
        if head in ("Facility", "Base") and set(name.split()) & _PROGRAMME_WORDS:
            continue  # "European Peace Facility" is a fund, not a site
        kind = gz.FACILITY_HEADS.get(head, gz.FACILITY_HEADS.get(head.title(), "facility"))
        first_word = norm(re.sub(r"^\S+[’']s ", "", name)).split()[0]  # "Putin's Crimea Bridge": Crimea's
        first_word = re.sub(r"[’']s$", "", first_word)  # "Odesa's port" is the port of Odesa
        key = place_key(reg, "fac:" + gz.FACILITY_ALIASES.get(first_word, first_word), kind)  # "Crimean Bridge" is the Kerch Bridge
        cand = reg.by_key.get(key)
        full = text[start:end]
        if cand is None:
            cand = put(key, place_name(full), kind, start, end)
        else:
            cand.add(text, start, end)
            claims.take(start, end)
            if cand.kind in ("facility", "port") and kind not in ("facility", "port"):
                cand.kind = kind
        cand.extra.setdefault("place", name.split()[0] if head[0].isupper() or " of " not in full else name)
        if owner:
            cand.extra.setdefault("owner_word", owner)
    # Named hospitals, schools, markets ... that are attacked are assets (otherwise actors).
    for m in _CIVIL_SITE.finditer(text, body_start):
        start, name, owner = _strip_lead(text, m.start("name"), m.group("name"))
        start, name = owned_name(start, name)  # "Hackensack Meridian's Mountainside Medical Center"
        if " " not in name:  # "the Saudi Hospital" is a name, not Saudi Arabia's hospital
            words = m.group("name").split()
            start = m.start("name")
            while len(words) > 2 and words[0].lower() in gz.COMMON_CAPITALISED:
                start += len(words[0]) + 1
                words.pop(0)
            name = " ".join(words) if words and words[0].lower() not in gz.COMMON_CAPITALISED else ""
        if not name or not claims.free(start, m.end("name")):
            continue
        stop = text.find(".", m.end())
        sentence = text[max(body_start, text.rfind(".", 0, start) + 1) : stop if stop > 0 else len(text)]
        if _ATTACK.search(sentence) or _DISRUPTED.search(sentence):
            of = re.match(rf" of (?:the )?{_CAP}(?: {_CAP})?", text[m.end("name") : m.end("name") + 40])
            if of:  # "the Church of the Transfiguration": the name goes on
                name += of.group()
                claims.take(m.end("name"), m.end("name") + of.end())
            cand = put("fac:" + norm(name), name, "facility", start, start + len(name))
            cand.extra.setdefault("place", name)

    detect_civil_sites(text, claims, body_start, reg, put)
    detect_convoys(text, claims, body_start, reg, put)
    detect_struck_vehicles(text, claims, body_start, reg, put)
    detect_struck_objects(text, claims, body_start, reg, put)
    detect_struck_systems(text, claims, body_start, reg, put)

    # Generic references ("the air base", "the maritime base") name the only facility of that kind.
    facilities = [c for c in reg.by_key.values() if c.key.startswith("fac:")]
    for m in _GENERIC_FACILITY.finditer(text, body_start):
        generic = m.group(1)
        kind = gz.FACILITY_HEADS.get(generic, "facility")
        same = [c for c in facilities if c.kind == kind or (kind == "naval base" and c.kind == "port")]
        if generic == "maritime base" or generic == "naval base":
            same = [c for c in facilities if c.kind in ("naval base", "port")]
        if len(same) == 1 and claims.free(m.start(), m.end()):
            if same[0].kind == "port":
                same[0].kind = "naval base"
            same[0].forms.setdefault(norm(generic), generic)

    # Roads.
    for m in _ROAD.finditer(text, body_start):
        group = "name" if m.group("name") else "name2" if m.group("name2") else "name3"
        start, end = m.start(group), m.end(group)
        if claims.free(start, end):
            name = m.group(group)
            key = "road:" + norm(name).split()[0]
            put(key, name, "road", start, end)

    # Ships.
    for m in _SHIP_FLAG.finditer(text, body_start) if "flagged" in text or ", which " in text else ():
        group = "name" if m.group("name") else "name2" if m.group("name2") else "name3"
        start, end, name = m.start(group), m.end(group), m.group(group)
        words = name.split()
        while words and words[0].lower() in gz.COMMON_CAPITALISED:
            start += len(words[0]) + 1
            words.pop(0)
        name = " ".join(words)
        if name and words[0] not in _STATES_WORDS and name not in _KNOWN_ACTORS and claims.free(start, end):
            put("ship:" + norm(name), name, "vessel", start, end)
    for m in _LINK.finditer(text, body_start):
        full_start = m.start("name")
        before = re.search(rf"(?:{_CAP} )+$", text[max(body_start, full_start - 40) : full_start])
        if before:  # "Baltic Sea power cable": the name is the whole capitalised run
            full_start -= len(before.group())
        start, name, owner = _strip_lead(text, full_start, text[full_start : m.end("name")])
        if name and not name[0].isdigit() and name not in _KNOWN_ACTORS and not _broad_region(name) and claims.free(start, m.end("name")):
            link = put("link:" + norm(name), name, "infrastructure", start, m.end("name"))
            claims.take(m.end("name"), m.end())  # "the Balticconnector gas pipeline" is one asset, not a second "gas pipeline"
            for other in [c for c in reg.by_key.values() if c is not link and c.key.startswith("infra:")]:
                if any(m.end("name") < s_ and e_ <= m.end() for s_, e_ in other.mentions):
                    _fold(reg, other, link)  # the damaged "gas pipeline" a target rule read first
    for regex in (_SHIP_PREFIXED, _SHIP_NOUN, _SHIP_APPOSITION):
        for m in regex.finditer(text, body_start):
            group = "name2" if "name2" in regex.groupindex and m.group("name2") else "name"
            start, end = m.start(group), m.end(group)
            name = m.group(group)
            words = name.split()
            while words and words[0].lower() in gz.COMMON_CAPITALISED:
                start += len(words[0]) + 1
                words.pop(0)
            name = " ".join(words)
            if not name or name.isdigit() or words[0] in _STATES_WORDS or name in _KNOWN_ACTORS or not claims.free(start, end) or verb_ship(text, m.start()):
                continue
            put("ship:" + norm(name), name, "vessel", start, end)

    ship_repeats(reg, text, claims, body_start)
    for m in _SHIP_TYPE.finditer(text, body_start):
        if claims.free(m.start(), m.end()):
            put("eq:" + m.group().lower(), m.group(), "vessel", m.start(), m.end())
    for m in _MALWARE.finditer(text, body_start):
        name = m.group("name")
        if name.split()[0].lower() in gz.COMMON_CAPITALISED or name in _STATES_WORDS or name.endswith(_LINKED) or not claims.free(m.start("name"), m.end("name")):
            continue
        put("mal:" + norm(name), name, "malware", m.start("name"), m.end("name"))
    for m in _CALLED_WEAPON.finditer(text, body_start):
        name = m.group("name")
        if claims.free(m.start("name"), m.end("name")) and name not in _STATES_WORDS:
            kind = gz.CLASS_NOUNS.get(m.group("cls") + "s", "weapon")
            put(("ship:" + norm(name)) if kind == "vessel" else ("eq:" + name.lower()), name, kind, m.start("name"), m.end("name"))
    for m in _MINE.finditer(text, body_start):
        if claims.free(m.start(), m.end()):
            own = m.group("own") if m.group("own") and m.group("own").split()[0] not in _STATES_WORDS else None
            place = own or m.group("place")  # "the Rubaya coltan mine", "a lithium mine in the Jadar valley"
            name = f"{place} {m.group('mod')} mine" if place else f"{m.group('mod')} mine"
            start = m.start("own") if own else m.start("mod")
            cand = put("fac:" + norm(place or name), name, "facility", start, m.end())
            if place:
                cand.extra.setdefault("place", place)
    for m in _VULNERABLE.finditer(text, body_start):
        if claims.free(m.start("name"), m.end("name")) and m.group("name").split()[0] not in _STATES_WORDS:
            put("soft:" + norm(m.group("name")), m.group("name"), "software", m.start("name"), m.end("name"))
    for m in _OWN_SYSTEMS.finditer(text, body_start):
        stop = text.find(".", m.end())
        sentence = text[max(body_start, text.rfind(".", 0, m.start()) + 1) : stop if stop > 0 else len(text)]
        if _CYBER_VERBS.search(sentence) and claims.free(m.start("name"), m.end("name")):
            # a bare "system" or "network" names nothing: "its network" is the victim's own
            own = m.start() if m.group("name") in ("system", "network") and m.group().startswith(("its ", "their ")) else m.start("name")
            own = m.start() + 4 if own == m.start("name") and m.group("name") in ("system", "network") and "s " in m.group()[4:-len(m.group("name"))] else own
            put("cyber:own", text[own : m.end()], "infrastructure", own, m.end())

    # Designators and named systems.
    for m in _DESIGNATOR.finditer(text, body_start):
        d = m.group("d")
        if re.search(r"\ds$", d):
            d = d[:-1]  # "F-16s" are F-16s
        if d in _NOT_DESIGNATORS or not claims.free(m.start(), m.end()):
            continue
        kind = _designator_type(d, text[m.end() : m.end() + 60])
        if kind is None:
            # "an upgraded version of the Iranian-made Samad-3": the class said just before
            near = re.findall(r"\b(drone|missile|rocket|helicopter|tank|aircraft|jet|warship|launcher)s?\b", text[max(body_start, m.start() - 80) : m.start()])
            kind = gz.CLASS_NOUNS.get(near[-1] + "s", near[-1]) if near else None
        if kind is None:
            continue
        if not any(ch.isdigit() for ch in d) and d.split("-", 1)[0] not in gz.DESIGNATOR_TYPES and not re.search(rf"-{ROMAN}$", d):
            continue  # "Iskander-M" yes, "Latakia-T" no
        qty = _QTY_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        quantity = parse_quantity(qty.group(1)) if qty else None
        qstart = m.start() - len(qty.group(0)) if qty and quantity is not None else m.start()
        cand = put("eq:" + d.lower(), d, kind, m.start(), m.end(), None)
        if quantity is not None and "quantity" not in cand.extra:
            cand.extra["quantity"] = quantity
            cand.extra["quantity_span"] = (qstart, m.end())
    for m in _NAMED.finditer(text, body_start):
        if re.match(r" [A-Z][a-z]", text[m.end() : m.end() + 3]):
            continue  # "Caesar Kunikov" is a ship, not a Caesar howitzer
        if claims.free(m.start(1), m.end(1)):
            name = m.group(1)
            model = re.search(r"(?<![\w\-])([A-Z][A-Za-z]{0,7}-\d[\w\-]*) $", text[max(0, m.start(1) - 20) : m.start(1)])
            if model and "eq:" + model.group(1).lower() in reg.by_key:
                cand = reg.by_key["eq:" + model.group(1).lower()]  # "the MQ-9 Reaper" is the MQ-9
                cand.add(text, m.start(1), m.end(1))
                cand.forms.setdefault(norm(f"{model.group(1)} {name}"), f"{model.group(1)} {name}")
                claims.take(m.start(1), m.end(1))
                continue
            known = [c for c in reg.by_key.values() if c.key.startswith("eq:") and norm(f"{c.name} {name}") in c.forms]
            if len(known) == 1:  # a later bare "Reaper" of a text that said "MQ-9 Reaper"
                known[0].add(text, m.start(1), m.end(1))
                claims.take(m.start(1), m.end(1))
                continue
            mark = _MARK.match(text, m.end(1)) if m.end() == m.end(1) else None
            if mark and (name + mark.group()) not in gz.NAMED_SYSTEMS:  # "Leopard 1 tanks": the mark is the model's
                put("eq:" + (name + mark.group()).lower(), name + mark.group(), gz.NAMED_SYSTEMS[name], m.start(1), mark.end())
                continue
            put("eq:" + name.lower(), name, gz.NAMED_SYSTEMS[name], m.start(1), m.end(1))

    # Weapons named by a capitalised name before their class ("Sea Viper missiles").
    for m in _WEAPON_NAMED.finditer(text, body_start):
        start, end = model_before(text, m.start("name")), m.end("name")
        words = text[start:end].split()
        while words and (words[0].lower() in gz.COMMON_CAPITALISED or (re.sub(r"[’']s$", "", words[0]) if len(words) > 1 else words[0]).split("-")[0] in _STATES_WORDS):
            start += len(words[0]) + 1
            words.pop(0)
        name = " ".join(words)
        if re.search(r"s[’']$", name):
            continue  # "the Houthis’ missile capability": a plural owner, not a weapon's name
        owner = re.sub(r"[’']s$", "", name)
        if owner != name and owner in _STATES_WORDS:
            # "Iran's air defence systems": the class, owned by the state
            cls_start = m.start("mod") if m.group("mod") else m.end("name") + 1
            cls_name = text[cls_start : m.end()].strip()
            if cls_name.lower() in gz.CLASS_NOUNS and claims.free(cls_start, m.end()) and not modifies_next_noun(text, m.end()):
                cand = put("cls:" + norm(cls_name), cls_name, gz.CLASS_NOUNS[cls_name.lower()], cls_start, m.end())
                cand.extra.setdefault("owner_word", owner)
            continue
        if owner != name or not name or name.isdigit() or name.lower() in NUMBER_WORDS or name in _STATES_WORDS or name in _KNOWN_ACTORS or name in gz.REGIONS or not_weapon_name(name):
            continue
        if name.lower() in _GENERIC_WEAPON_WORDS or re.match(r"(?:nearly|almost|about|around|some|over|roughly|approximately|at least|up to) \d", name.lower()):
            continue  # "Fighter jets" at the start of a sentence; "Nearly 50 armored vehicles" is a count
        if english_word(name, text, start):
            continue  # "Renewed missile attack ...", "RUSSIAN drones": an English word, not a name
        if not claims.free(start, end) or (name.isupper() and len(name) <= 3 and name in _STATES_WORDS):
            continue
        put("eq:" + name.lower(), name, _designator_type(name + "-", text[m.end("name") : m.end() + 1]) or _class_kind(text[m.end("name") : m.end()]) or "weapon", start, end)
        claims.take(end, m.end())  # "Iskander tactical missile systems": the class words are the weapon's own
    for m in _CALIBRE.finditer(text, body_start):
        if claims.free(m.start(), m.end()):
            kind = "artillery shell" if m.group("name").endswith(("rounds", "shells", "ammunition", "munitions")) else "artillery"
            put("cls:" + norm(m.group("name")), m.group("name"), kind, m.start(), m.end())
    for m in _DEMONYM_ATTACK.finditer(text, body_start):
        if m.group("dem") in _STATES_WORDS and claims.free(m.start("name"), m.end("name")):
            cand = put("cls:" + norm(m.group("name")), m.group("name"), gz.CLASS_NOUNS.get(m.group("name").split()[-1].lower(), "weapon"), m.start("name"), m.end("name"))
            cand.extra.setdefault("owner_word", m.group("dem"))
    for m in _WMD.finditer(text, body_start):
        if claims.free(m.start(), m.end()):
            name = m.group()
            put("wmd:" + norm(name).split()[-2], name, "weapon", m.start(), m.end())
    for m in _FACILITY_AT.finditer(text, body_start):
        name = m.group("name")
        if name.split()[0] in _STATES_WORDS or name in gz.REGIONS or not claims.free(m.start(), m.end()):
            continue
        head = m.group("head")
        cand = put("fac:" + norm(name).split()[0], f"{name} {head}", gz.FACILITY_HEADS.get(head, "military base" if "camp" in head or "ground" in head else "facility"), m.start(), m.end())
        cand.extra.setdefault("place", name.split()[0])
    for m in _CYBER.finditer(text, body_start):
        words = m.group("name").split()
        start = m.start("name")
        while words and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _STATES_WORDS):
            start += len(words[0]) + 1
            words.pop(0)
        if not words or not claims.free(start, m.end()):
            continue
        name = text[start : m.end()]
        put("cyber:" + norm(" ".join(words)), name, "industrial control system" if "control" in name.lower() or "PLC" in name else "infrastructure", start, m.end())
    # "its base in Tartus": a base named by its place (not "a base in Syria": too vague).
    for m in _BASE_IN.finditer(text, body_start):
        place = m.group("place")
        if place in _STATES_WORDS or _broad_region(place) or not claims.free(m.start(), m.end()):
            continue
        kind = {"naval ": "naval base", "air ": "air base"}.get(m.group("kind") or "", "military base" if "base" in m.group() else "facility")
        key = place_key(reg, "fac:" + norm(place), kind)  # "the naval facility in X" is not "X Airport"
        if key in reg.by_key:
            reg.by_key[key].add(text, m.start(), m.end())
            claims.take(m.start(), m.end())
            continue
        surface = re.sub(r"^(?:its|the|a|their) ", "", m.group())  # "base in Tartus", as the text says
        cand = put(key, surface, kind, m.start(), m.end())
        cand.extra.setdefault("place", place)

    # Unnamed sites that are attacked ("a booster station was hijacked"), or that name the one
    # facility of their kind already found ("an oil depot" = "the Kombinat Kristall depot").
    for m in _GENERIC_SITE.finditer(text, body_start):
        group = "name" if m.group("name") else "name2"
        start, end = m.start(group), m.end(group)
        if not claims.free(start, end):
            continue
        head = m.group(group).split()[-1]
        heads = ("plant", "station") if m.group(group).startswith("power ") else (head,)
        same = [c for c in reg.by_key.values() if c.key.startswith("fac:") and c.name.lower().endswith(heads)]
        mod = m.group(group).split()[-2] if head == "base" and " " in m.group(group) else None
        if mod in ("drone", "naval", "air", "missile") and same and mod not in same[0].name.lower().split():
            same = []  # "a drone base" is not "the Niamey air base"
        if len(same) == 1 and not another_site(m.group(), same[0], text):
            same[0].add(text, start, end)
            claims.take(start, end)
            continue
        if len(same) > 1 and group == "name" and m.group(group) in ("refinery", "oil refinery", "plant", "power plant", "depot", "oil depot", "port", "terminal"):
            continue  # "the refinery" of a text that names several is one of them, not another
        sentence_end = text.find(".", end)
        window = text[max(body_start, text.rfind(".", 0, start) + 1) : sentence_end if sentence_end > 0 else len(text)]
        military_site = re.search(r"base|logistics|refuel|port|pier|jetty|berth", m.group(group)) and _BASING.search(window)
        if _ATTACK.search(window) or military_site:
            put("site:" + norm(m.group(group)), m.group(group), "facility", start, end)

    detect_listed_classes(text, claims, body_start, reg, put)

    # Counted classes ("120 drones"), unless designators right after them say what they are.
    for m in class_matches(text, body_start):
        start, end = m.start(), m.end()
        if not claims.free(start, end) or not_a_class(text, start, end):
            continue  # "several small missile ships": the ships, not a missile
        after = text[end : end + 40]
        if re.match(r"\s*[,:(—–-]\s*(?:\w+\s+)?[A-Z][A-Za-z]{0,7}-\d", after):
            continue
        cls = m.group("cls")
        mods = m.group("mods").strip()
        if mods[:1].isupper() and _STATE_ABBR.match(mods) and (m.group("q").lower() in ("a", "an", "the") or " " in mods):
            continue  # "two U.S. helicopters" are counted; "a US destroyer", "two U.S. Navy ships" name no class
        if re.search(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? $|[A-Z][\w\-]* $", text[max(0, start - 12) : start]):
            continue  # "Feb 26 - Israeli warplanes", "Hermes 450 drone": not a count
        if m.group("q").lower() == "the" and (mods.startswith(("same ", "time ")) or re.match(r"\s+(?:attacks?|strikes?)\b", after)):
            continue  # "at the same time missile strikes hit": no class is named
        state_class = mods in _STATES_WORDS and " " in cls  # "the Syrian air defense system": the state's own
        if m.group("q").lower() == "the" and (not mods or (" " not in cls and len(mods.split()) < 2) or (mods != mods.lower() and not state_class) or cls != cls.lower()):
            continue  # "the anti-ship ballistic missile" yes; "the drones", "the US Navy destroyer" no
        if m.group("q").lower() in ("a", "an") and mods and set(mods.lower().split()) <= {"new", "old", "latest", "upgraded", "small", "large", "unidentified", "second", "third", "single", "lone", "further", "other", "similar"}:
            continue  # "a new drone" names nothing
        if m.group("q").lower() in ("a", "an"):
            # "a short-range ballistic missile" yes; "a drone", "a missile attack", "USS X, a submarine" no
            if (not mods and " " not in cls) or re.match(r"\s+(?:attacks?|strikes?|launch\w*|tests?|programme|program|site|base|systems?|defen[cs]e|threat|warning|debris|fragments?|units?|crews?|pilots?)\b", after):
                continue
            if re.search(r"[A-Za-z], $", text[max(0, start - 3) : start]):
                continue
        if mods and (set(mods.lower().split()) & _NOT_MODIFIERS or verb_in_mods(mods)):
            continue  # "the outskirts of the city with drones": no class is counted
        if mods and ((any(ch.isdigit() for ch in mods) and not WEIGHT_MOD.match(mods.split()[-1])) or mods.split()[0] in ("of", "the", "and", "or") or mods.split()[0].lower() in NUMBER_WORDS or " of" in f" {mods}"
                     or mods.split()[0] in ("kg", "kilograms", "tons", "tonnes", "km", "kilometres", "metres", "miles", "percent", "per", "million", "billion")):
            continue
        name_start = after_state_lead(text, m.start("mods") if mods else m.start("cls"), end)
        lead = re.match(r"(?:more|other|further|additional|new) ", text[name_start:end])
        if lead and name_start + lead.end() < end:
            name_start += lead.end()  # "50 more ships" are ships
        name = text[name_start:end]
        quantity = parse_quantity(m.group("q")) if m.group("q").lower() != "the" else None
        kind = gz.CLASS_NOUNS[cls]  # cls is a key as written ("UAVs"): no lowering
        key = "cls:" + norm(name)
        cand = put(key, name, kind, start, end)
        cand.forms.pop(norm(text[start:end]), None)
        cand.forms.setdefault(norm(name), name)
        if quantity is not None:
            cand.extra.setdefault("quantity", quantity)
    detect_classes(text, claims, body_start, reg, put)
    detect_phrases(text, claims, body_start, reg, put)
    detect_state_classes(text, claims, body_start, reg, put)
    detect_attributed_classes(text, claims, body_start, reg, put)
    detect_shared_heads(text, claims, reg, put)
    detect_attacking_classes(text, claims, body_start, reg, put)
    fold_model_names(reg)
    fold_same_owner(reg)
    fold_facility_names(reg, text)
    merge_generic(reg, text)
    fold_aircraft_classes(reg, text)
    fold_headline_sites(reg, text, body_start)
    fold_cyber_system(reg, text)
    fold_missile_classes(reg, text)
    fold_buildings(reg, text, claims, body_start)
    fold_bare_sites(reg)
    drop_fragments(reg, text)
    fold_duplicates(reg, text)
    drop_vague_classes(reg)
    fold_infra_classes(reg)
    fold_references(reg, text)
    late_folds(reg, text)
    particle_names(reg, text)
    drop_headline_case(reg, text, body_start)
    return reg


def short_names(reg: Registry, text: str, claims: Claims, body_start: int) -> None:
    """Later bare mentions of a named facility or ship ('Khmeimim', 'the Tartus facility')."""
    for cand in list(reg.by_key.values()):
        if not (cand.key.startswith("fac:") or cand.key.startswith("ship:")):
            continue
        token = cand.extra.get("place") if cand.key.startswith("fac:") else cand.name.split()[-1]
        if not isinstance(token, str) or len(token) < 4:
            continue
        for m in re.finditer(rf"(?<![\w\-]){re.escape(token)}(?![\w\-])", text[body_start:]):
            s, e = m.start() + body_start, m.end() + body_start
            if claims.free(s, e):
                cand.forms.setdefault(norm(token), token)
