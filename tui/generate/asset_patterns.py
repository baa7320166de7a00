"""Patterns, word lists and small helpers of the asset rules (see :mod:`.assets`)."""

from __future__ import annotations

import re

from . import gazetteer as gz
from .text import NUMBER_WORDS, matches_at

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*"  # a capitalised word, also "Šiauliai", "Ämari"
_NUMWORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an", "pair", "single")), key=len, reverse=True))
_QTY_BEFORE = re.compile(
    rf"(?<![\w\-])(\d[\d,]*|{_NUMWORD})\s+(?:(?!and\b|or\b|of\b|to\b|with\b)[a-z\-]+\s+)?$", re.IGNORECASE
)

#: a model's number in Roman numerals: "Shaheen-III", "Agni-V"
ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})(?![a-z])"
_DESIGNATOR = re.compile(
    r"(?<![\w\-/])(?P<d>(?:[A-Z]{1,2}/)?[A-Z][A-Za-z]{0,7}-(?:\d{1,4}[A-Za-z]{0,3}\d?|[A-Z]{1,2}\d{1,2}[A-Z]?|" + ROMAN + ")"
    r"(?:-?[A-Z]{1,2}\d?)?)(?P<pl>s)?(?![\w\-])"
)
_NOT_DESIGNATORS = {"COVID-19", "Covid-19", "SARS-CoV-2", "G-7", "G-20", "Article-5", "MH-17", "MH-370"}
_EQUIPMENT_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:[a-z\-]+\s+){0,2}(aircraft|jets?|fighters?|bombers?|missiles?|systems?|tanks?|drones?|"
    r"helicopters?|launchers?|vehicles?|rockets?|planes?|warships?|frigates?|submarines?|howitzers?)\b"
)
_NAMED = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(n) for n in sorted(gz.NAMED_SYSTEMS, key=len, reverse=True)) + r")(?:s)?(?![\w\-])")

_UPPER_HEADS = [h for h in gz.FACILITY_HEADS if h[0].isupper()]
_LOWER_HEADS = [h for h in gz.FACILITY_HEADS if h[0].islower()] + ["base"]  # "the Dyagilevo base"
_FACILITY_CAP = re.compile(
    rf"(?P<name>(?:{_CAP}\s+){{1,3}}?)(?P<head>{'|'.join(sorted(map(re.escape, _UPPER_HEADS), key=len, reverse=True))})\b"
    r"(?! (?:[A-Z][a-z]+ ){0,2}(?:Consortium|Company|Corporation|Authority|Group|Ltd|Inc|Agency|Operator|Institute|Association|Council|Commission|Trust|Union|Federation|Board|Committee|Foundation|Chamber))"
)
_FACILITY_OF = re.compile(rf"\b(?P<head>Port|Harbour|Harbor|Port City|Bay|port|harbour|harbor|seaport|Seaport)\s+of\s+(?P<name>{_CAP}(?:\s+{_CAP})?)")
_FACILITY_LOWER = re.compile(
    rf"(?P<name>(?:{_CAP} ){{1,2}})(?:(?:nuclear|military|naval|oil|gas|chemical|enrichment|missile|drone|research|storage|"
    rf"training|logistics|power|ammunition|fuel|weapons|radar|port|rail|railway|airport|container|petrochemical|thermal|steel|"
    rf"natural|liquefaction|liquefied|processing|production|export|import|crude|desalination|water|treatment|uranium|conversion|"
    rf"compressor|pumping|loading|assembly|manufacturing|repair|fertili[sz]er|cement|coal|coke|grain|aluminium|aluminum|state|test|space|air traffic control|control|surveillance|intelligence|communications|early-warning|metering) ){{0,3}}(?P<head>{'|'.join(sorted(map(re.escape, _LOWER_HEADS), key=len, reverse=True))})\b"
    r"(?! (?:side|bow|quarter|beam)\b)"  # "Chung-Hoon's port bow": a ship's side, no port
)
_GENERIC_FACILITY = re.compile(r"\b(air base|airbase|naval base|maritime base|military base|airfield)\b")
_ROAD = re.compile(
    rf"\b(?P<name>[A-Z]{{1,2}}\d{{1,3}}(?:\s+{_CAP}){{0,3}}\s+(?:highway|motorway|road|expressway|route))\b"
    rf"|\b(?P<name2>{_CAP}(?:[\s\-]{_CAP}){{0,2}}\s+(?:Highway|Motorway|Expressway|Road|Corridor|corridor|highway|motorway))\b"
    r"|\b(?:highway|motorway|expressway|route) (?P<name3>[A-Z]{1,2}-?\d{1,3}(?: [A-Z][a-z]+\b(?! [A-Z]))?)"
)
_SHIP_WORD = rf"(?:[A-Z]\.|{_CAP})"
_VESSELS = "|".join(sorted(map(re.escape, gz.VESSEL_NOUNS), key=len, reverse=True))
_SHIP_PREFIXED = re.compile(rf"\b(?P<name>(?:{'|'.join(gz.SHIP_PREFIXES)}) {_CAP}(?: (?:{_SHIP_WORD}|of(?: the)? {_CAP})){{0,3}})")
_SHIP_NOUN = re.compile(  # "the tanker Sola TS", "the tanker, Sola TS, warned ..."
    rf"\b(?P<cls>{_VESSELS})(?: (?P<name>{_CAP}(?: (?:{_SHIP_WORD}|[A-Z0-9]\b|\d{{1,3}}\b)){{0,3}})"
    rf"|, (?P<name2>{_CAP}(?: (?:{_SHIP_WORD}|[A-Z0-9]\b|\d{{1,3}}\b)){{0,3}}),)"
)
_SHIP_FLAG = re.compile(
    rf"(?=[-fA-Z])(?:-flagged|\bflagged) (?:(?:{_VESSELS}) )?(?:the )?(?P<name>{_CAP}(?: (?:{_CAP}|[A-Z0-9]\b|\d{{1,3}}\b)){{0,3}})"
    rf"|(?<![\w/])(?P<name2>(?:M/[VT] )?{_CAP}(?: (?:{_CAP}|[A-Z0-9]\b|\d{{1,3}}\b)){{0,3}}), which (?:sails|sailed|was sailing|is sailing|flies|flew) (?:under|the)"
    rf"|(?P<name3>{_CAP}(?: (?:{_CAP}|[A-Z0-9]\b|\d{{1,3}}\b)){{0,3}}), which (?:was|is|had been) (?:carrying|transporting|loaded with|bound for|sailing|en route)"
)
_LINK = re.compile(
    rf"(?P<name>{_CAP}(?: \d{{1,2}})?) (?:(?:electricity|electric|power|telecommunications|telecoms|data|undersea|subsea|gas|oil|fibre-optic|fiber-optic) )?"
    r"(?:cable|pipeline|interconnector|link)\b"
)
_SHIP_APPOSITION = re.compile(
    rf"(?<![\w’'\-])(?=[A-Za-z])(?P<name>{_CAP}(?: (?:{_CAP}|\d{{1,3}})){{0,3}}), an? (?:[\w\-]+ ){{0,3}}(?:{_VESSELS})\b"
    rf"|\b(?:{_VESSELS}), the (?P<name2>{_CAP}(?: (?:{_CAP}|\d{{1,3}})){{0,3}}),"
)
_WEAPON_NAMED = re.compile(
    rf"(?P<name>{_CAP}(?: {_CAP})?(?: \d{{1,4}}[A-Z]?)?)(?P<mod> (?:surface-to-air|air-to-air|anti-ship|anti-tank|cruise|ballistic|"
    r"armoured|armored|fighting|attack|air defen[cs]e|self-propelled|multiple-launch|multiple rocket|multiple-rocket|reconnaissance|kamikaze|"
    r"light|heavy|main battle|medium|infantry fighting|tactical|operational-tactical|hypersonic|short-range|long-range|medium-range|guided))? (?:missiles?|missile systems?|"
    r"air defen[cs]e systems?|systems?|drones?|rockets?|interceptors?|launchers?|launch vehicles?|carrier rockets?|howitzers?|tanks?|fighter jets?|jets?|"
    r"helicopters?|torpedoes|rifles|vehicles?|personnel carriers|carriers|rounds|shells)\b"
)
_NOT_WEAPON_NAMES = {"Western", "Eastern", "Soviet", "Soviet-era", "Allied", "Allies", "NATO", "Nato", "New", "Modern", "Iranian-made", "Iranian-designed", "Russian-made", "Chinese-made", "US-made"}
#: an armed service ("Air Force", "Self-Defense Force"), or an air force's acronym (PAF, IAF, USAF): its class
#: words are its own, not a model's
_SERVICE_NAME = re.compile(r"(?:[A-Z][\w.\-]* )*(?:[A-Z][\w.\-]*Forces?|Force|Forces|Navy|Army|Coast Guard|Marines|Marine Corps)|[A-Z]{1,4}AF")


def not_weapon_name(name: str) -> bool:
    """``name`` before class words names no weapon: "Soviet-era", "NATO", "Pakistan Air Force fighter jet", "PAF jet"."""
    return name in _NOT_WEAPON_NAMES or bool(_SERVICE_NAME.fullmatch(name)) or name.lower().endswith(_LINKED)
_GENERIC_WEAPON_WORDS = {"fighter", "attack", "combat", "military", "naval", "cruise", "ballistic", "drone", "missile", "sea", "air",
                         "stealth", "armed", "kamikaze", "surveillance", "transport", "cargo", "long-range", "short-range", "hypersonic"}
_CALIBRE = re.compile(
    r"\b(?P<name>\d{2,3} ?mm(?: artillery| tank| mortar)? (?:rounds|shells|ammunition|munitions)"
    r"|\d{2,3}[ \-]?mm (?:(?:self-propelled |towed )?(?:mortar|howitzer|artillery|gun) systems|mortars|howitzers|artillery pieces|guns|cannons))\b"
)
_DEMONYM_ATTACK = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+) (?P<name>(?:naval |sea |attack |kamikaze |unmanned |combat |military |coast guard |navy )?(?:drones|boats|warplanes|jets|"
    r"missiles|rockets|helicopters|bombers|warships|ships|vessels))\b(?= (?:have |had )?(?:struck|hit|attacked|targeted|bombed|shelled|fired|"
    r"launched|destroyed|damaged|sank|rammed|blocked|harassed|intercepted|shadowed|chased))"
)
_WMD = re.compile(
    r"\b(?:(?:tactical|strategic|non-strategic) )?(?:chemical|nuclear|biological) weapons\b"
    r"(?! (?:research|programmes?|programs?|development|capabilit\w+|talks|deal|treaty|states?|arsenal|test\w*|ambitions?))"
)
_FACILITY_AT = re.compile(rf"\b(?P<head>camp|airfield|depot|compound|training ground|training camp) at (?P<name>{_CAP}(?: {_CAP})?)")
_CYBER = re.compile(
    rf"(?P<name>{_CAP}(?: {_CAP})?) (?P<cls>programmable logic controllers|PLCs|controllers|routers|servers|firewalls|"
    r"VPN appliances|VPN devices|devices|industrial control systems|SCADA systems|email servers|switches|cameras|gateways|software)\b"
)
_GENERIC_SITE = re.compile(
    r"\b(?:[Aa]n? |[Tt]he |one |[Ii]ts |[Tt]heir )(?:[A-Z][a-z]+ (?:army|military|navy|police)[’']s )?(?P<name>(?:oil |fuel |ammunition |arms |gas |water |sewage |pontoon |railway |road |naval |military )?(?:depot|booster station|pumping station|"
    r"substation|water treatment plant|power station|refinery|dam|bridge|railway station|storage facility|tunnel shaft|"
    r"tunnel|launch site|command centre|command center|headquarters|warehouse|radar station|checkpoint|(?:deep-draft |deep-water |deepwater )?(?:pier|jetty|berth)|"
    r"weapons factory|factory|arms factory|drone factory|airfield|aerodrome|radar site|radar|air defence battery|air defense battery|"
    r"weapons depot|army base|military base|weapons store|launch pad|(?:[A-Z][a-z]+ |U\.S\. |US |UK )?(?:army|military) base|"
    r"logistics centre|logistics center|logistics hub|refuelling point|refueling point|naval base|air base|drone base|"
    r"international airport|airport|military airport|command post|command posts|(?:army |military )+post|(?:military |army )?outpost|border post|"
    r"grain terminal|oil terminal|terminal|grain silo|silos?|presidential palace|(?:[A-Z][a-z]+ )?port(?! city| town)|(?:high-voltage )?(?:power|transmission) line|reactor))\b(?! (?:phase|stage|guidance|homing|velocity|trajectory)\b)"
    r"|\b(?P<name2>(?:[A-Z][\w\-]+ )?(?:missile|drone|radar|launch|weapons|ammunition|command) (?:sites|facilities|depots|bases|positions))\b"
)
_CIVIL_SITE = re.compile(rf"(?P<name>(?:{_CAP} ){{1,3}}(?:Hospital|Clinic|School|University|Mosque|Church|Market|Stadium|Hotel|Medical Cent(?:er|re)|Health Cent(?:er|re)))\b")
#: a site put out of service without a blast ("on divert status after a network outage")
_DISRUPTED = re.compile(r"\b(?:outages?|divert\w*|disrupt\w*|ransomware|cyber-?attack\w*|hack\w*|offline|shut down)\b")
#: a word that says who is behind a thing, not its name: "Russia-linked malware"
_LINKED = ("-linked", "-backed", "-based", "-made", "-sponsored", "-affiliated", "-aligned", "-built")
_MALWARE = re.compile(rf"(?P<name>{_CAP}(?: {_CAP})?) (?:malware|ransomware|virus|worm|trojan|backdoor|spyware|botnet|wiper|exploit|rootkit)\b")
_OWN_SYSTEMS = re.compile(r"\b(?:its|their|the|the [a-z]+[’']s) (?P<name>servers|networks?|computer systems|computer networks?|IT systems|IT networks?|systems?|key systems|databases|email systems|email accounts|accounts|websites)\b")
_CALLED_WEAPON = re.compile(
    r"\b(?P<cls>drone|missile|rocket|system|weapon|torpedo|aircraft|warship|submarine|model|launcher|corvette|frigate|destroyer|"
    r"cruiser|ship|vessel|tanker|boat)s?,? (?:(?:has |had )?been |was |is )?(?:(?:formerly|previously|once|also|later) )?(?:called|named|dubbed|known as) "
    r"(?:the )?[“\"]?(?P<name>[A-Z][\w\-]*(?: [A-Z0-9][\w\-]*)?)"
)
_MINE = re.compile(
    r"\b(?:an? |the |its )(?:(?P<own>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?) )?(?P<mod>lithium|gold|coal|copper|uranium|iron ore|nickel|cobalt|"
    r"rare earth|rare-earth|potash|diamond|coltan|tin|tungsten|bauxite|manganese|zinc|silver|phosphate) mine\b"
    r"(?: (?:in|at|near) (?:the )?(?P<place>[A-Z][\w\-]+))?"
)
_VULNERABLE = re.compile(
    rf"\bvulnerabilit(?:y|ies) (?:in|affecting) (?:the |its )?(?P<name>{_CAP}(?: {_CAP}){{0,3}})(?![\w’'\-])"
    r"(?! (?:routers|firewalls|servers|devices|controllers|switches|appliances|VPN|systems|products|cameras|gateways))"
)
_CYBER_VERBS = re.compile(r"\b(?:encrypt\w*|hack\w*|breach\w*|compromis\w*|infect\w*|ransomware|wip\w+|malware|intrusion|unauthori[sz]ed access|cyber ?attack\w*|cyber-attack\w*)\b", re.IGNORECASE)
_SHIP_TYPE = re.compile(
    r"\b(?:Type (?P<num>\d{2,3}[A-Z]{0,2})|Project (?P<proj>\d{3,5}[A-Z]?\d?))"
    r"(?= (?:destroyer|frigate|corvette|cruiser|submarine|carrier|landing|amphibious|assault|patrol|missile|minesweeper|ship|vessel|boat))"
)
_BASING = re.compile(r"\b(?:build|built|building|station\w*|host\w*|lease\w*|open\w*|establish\w*|deploy\w*|set up|agreement|deal|docking|has only|upgrad\w*)\b")
_BASE_IN = re.compile(r"\b(?:its|the|a|their) (?P<kind>naval |air |military |army )?(?:base|facility) (?:in|at) (?P<place>[A-Z][\w\-]+)\b"
                      r"(?! (?:State|Province|Region|Oblast|Governorate|County|District|Krai)\b)")  # "in Borno State": too wide
_ITEM = r"(?!and\b|or\b)[a-z][a-z\-]*(?: (?!and\b|or\b)[a-z][a-z\-]*){0,3}"
_LISTED_CLASSES = re.compile(
    r"\b(?:seized|captured|scrambled|scrambling|showing|showed|including|such as|supplied|supplying|to supply|delivered|delivering|deliver|bring|bringing|brought|sent|send|equipped with|"
    r"hitting|targeting|destroying|destroyed|struck|striking|hit|using|used|deploying|deployed|shot down|downed|intercepted|intercepting|"
    rf"armed with|found|recovered|smuggled|smuggling|looking for|seeking|sought|bought|buying|purchas\w+|acquir\w+|"
    rf"received|receiving|obtain\w*|equipped with|provid\w+|transferr\w+)\s+[“\"]?(?P<list>{_ITEM}(?:, {_ITEM}){{0,5}}(?:,? and {_ITEM})?)"
)
_CIVIL_LOWER = re.compile(
    r"\b(?:an? |the )(?:(?:(?P<own>[A-Z][\w\-]+)|old|main|local|central) )?(?P<head>monastery|mosque|church|cathedral|synagogue|hospital|school|"
    r"market|stadium|power plant|university)\b(?: (?:in|of|at|near) (?:the )?(?:(?:northern|southern|eastern|western|central|"
    r"village|town|city|district) )*(?:of )?(?P<place>[A-Z][\w\-]+))?"
)
_ATTACK = re.compile(r"\b(?:on fire|under (?:their |its |\w+ )?control|ablaze|burning|flames|arson|occupation|occupied|cut|severed|exchanged fire|barricaded|besieged|stormed|clashes|fighting|struck|strikes?|hit|attacked|attacks?|targeted|(?:potential |possible |likely )targets?|sabotage|hijacked|compromised|breached|damaged|destroyed|shelled|shelling|bombed|bombing|seized|sabotaged|disabled|mortars?|missiles?|fired|rockets?|launched|raided|stormed|overran|overrun|torched|looted|ambushed|set fire|set on fire|against)\b")
def _either_case(words) -> str:
    return "|".join(f"[{w[0].lower()}{w[0].upper()}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))


#: a weight or a size that describes one weapon ("a 50-kg improvised explosive device", "a 500-pound bomb")
_WEIGHT = r"\d{1,4}(?:-| )?(?:kg|kilogram|pound|lb|tonne|ton)"
WEIGHT_MOD = re.compile(_WEIGHT + "$")

# case-sensitive (a case-insensitive alternation this long is slow): the count and the first
# modifier may be capitalised, the class noun is written in lower case
_CLASS = re.compile(
    rf"\b(?P<q>\d[\d,]*|{_either_case([w for w in NUMBER_WORDS if w not in ('a', 'an', 'pair', 'single')] + ['dozens of', 'hundreds of', 'thousands of', 'several', 'a number of', 'a handful of', 'an', 'a', 'the'])})\s+"
    rf"(?P<mods>(?:(?:[A-Za-z][a-z\-]*|U\.S\.|U\.K\.|US|UK|UAE|{_WEIGHT})\s+){{0,2}}?)(?P<cls>{'|'.join(sorted(map(re.escape, gz.CLASS_NOUNS), key=len, reverse=True))})\b(?!-)"
)  # not "two aircraft-type unmanned aerial vehicles": a class noun before a hyphen modifies the next
#: the first word of every class noun, and a word of a text
_CLASS_FIRST = frozenset(re.match(r"\w+", noun).group() for noun in gz.CLASS_NOUNS)
_TOKEN = re.compile(r"\w+")


def class_matches(text: str, start: int) -> list[re.Match[str]]:
    """The matches of ``_CLASS.finditer(text, start)``, found faster: a match ends in a class
    noun and starts at most eight words before it (a count of up to three words, two modifiers
    of up to two), so the pattern is tried only there (0.3 ms instead of 0.5 on a seed-sized
    text; tests/generate/test_fast_paths.py checks the two agree)."""
    starts: list[int] = []
    tried: set[int] = set()
    for m in _TOKEN.finditer(text, start):
        if m.group() in _CLASS_FIRST:
            tried.update(starts[-8:])
        starts.append(m.start())
    return matches_at(_CLASS, text, start, tried)


_STATES_WORDS = {w for s in gz.STATES for w in (s.name, *s.aliases, *s.demonyms)}
_KNOWN_ACTORS = {f for canon, (_, aliases) in gz.ORGANISATIONS.items() for f in (canon, *aliases)} | set(gz.LEADERS)
_STATE_LEAD = re.compile(r"([A-Z]\w+ [A-Z][\w\-]*|\w[\w\-]*|U\.S\.|U\.K\.) ")  # "North Korean" too
_SERVICE = re.compile(r"(?:[Nn]avy|[Nn]aval|[Cc]oast [Gg]uard|Air Force|Army) ")


def after_state_lead(text: str, start: int, end: int) -> int:
    """Where a class named at ``start:end`` begins without its state: "a Russian cruise missile"
    is a "cruise missile"; "Russian Navy warships" keep their state, for "Navy warships" names
    no one's ships."""
    lead = _STATE_LEAD.match(text[start:end])
    if lead and " " in lead.group(1) and lead.group(1) not in _STATES_WORDS:
        lead = re.match(r"(\w[\w\-]*) ", text[start:end])
    if lead and (lead.group(1) in _STATES_WORDS or lead.group(1).split("-")[0] in _STATES_WORDS):
        if not _SERVICE.match(text, start + lead.end(), end):
            return start + lead.end()
    return start


_BROAD = re.compile(r"Sea|Ocean|Gulf|Strait|Africa|Europe|Asia|Middle East|Mediterranean|Pacific|Atlantic|Arctic|Baltic|Balkans|Caucasus|Sahel|America")


_PROVINCE = re.compile(r" (?:State|Province|Region|Oblast|Governorate|County|District|Krai)$")


def _broad_region(name: str) -> bool:
    """Seas and continents, and a province said as one ("Borno State", "Kursk Oblast"): 'Black Sea
    port', 'a military base in Borno State' name no facility."""
    return (name in gz.REGIONS and bool(_BROAD.search(name))) or bool(_PROVINCE.search(name))


def _class_kind(words: str) -> str | None:
    """Asset type from the class words after a name ('... fighting vehicles' -> armoured vehicle)."""
    lowered = words.lower()
    for key, kind in (("personnel carrier", "armoured vehicle"), ("fighting vehicle", "armoured vehicle"), ("vehicle", "vehicle"),
                      ("air defen", "air defence system"), ("missile", "missile"), ("drone", "drone"), ("tank", "tank"),
                      ("rocket", "missile"), ("helicopter", "helicopter"), ("jet", "combat aircraft"), ("howitzer", "artillery"),
                      ("round", "artillery shell"), ("shell", "artillery shell"), ("system", "weapon system")):
        if key in lowered:
            return kind
    return None


#: all-caps prefixes whose mixed-case spelling is another known prefix ("SU" vs "Su")
_MIXED_PREFIXES = frozenset(p.upper() for p in gz.DESIGNATOR_TYPES if not p.isupper())


def _designator_type(designator: str, after: str) -> str | None:
    prefix = designator.split("-", 1)[0]
    follow = _EQUIPMENT_AFTER.match(after)
    if follow:
        word = follow.group(1)
        for noun, kind in (("missile", "missile"), ("system", None), ("tank", "tank"), ("drone", "drone"),
                           ("helicopter", "helicopter"), ("launcher", "missile system"), ("rocket", "missile")):
            if word.startswith(noun) and kind:
                return kind
    if prefix in gz.DESIGNATOR_TYPES:
        return gz.DESIGNATOR_TYPES[prefix]
    if prefix.upper() in gz.DESIGNATOR_TYPES and prefix.upper() not in _MIXED_PREFIXES:
        return gz.DESIGNATOR_TYPES[prefix.upper()]  # a wire's "Kn-23" is the KN-23
    if follow:
        word = follow.group(1)
        if word.startswith(("fighter", "bomber")):  # "KF-21 multirole fighters"
            return "combat aircraft" if word.startswith("fighter") else "bomber"
        return "aircraft" if word in ("aircraft", "jet", "jets", "planes", "plane") else "weapon"
    return None


_RUN_BY = re.compile(r"^[A-Z][\w]*-(?:run|owned|operated|controlled|held|backed|led|built|made)$")


def _strip_lead(text: str, start: int, name: str) -> tuple[int, str, str | None]:
    """Drop leading articles, demonyms and state names ('the Russian Khmeimim Air Base')."""
    owner = None
    while True:
        two = re.match(r"(\S+ \S+?)(?:[’']s)?(?: |$)", name)
        if two and two.group(1) in _STATES_WORDS:  # "South Korean", "United States"
            owner = two.group(1)
            if len(two.group(0)) >= len(name):
                return start, "", owner
            start += len(two.group(0))
            name = name[len(two.group(0)) :]
            continue
        word = name.split(" ", 1)[0]
        bare = re.sub(r"[’']s$", "", word)
        if "-" in bare and bare.split("-", 1)[0] in _STATES_WORDS:  # "Russian-occupied"
            bare = bare.split("-", 1)[0]
        if _RUN_BY.search(word) and " " in name:  # "the DTEK-run Burshtyn plant": the operator, not the name
            owner = owner or word.rsplit("-", 1)[0]
            start += len(word) + 1
            name = name[len(word) + 1 :]
            continue
        if word.lower() in gz.COMMON_CAPITALISED or bare in _STATES_WORDS:
            if bare in _STATES_WORDS:
                owner = bare
            if " " not in name:
                return start, "", owner
            cut = len(word) + 1
            start += cut
            name = name[cut:]
            continue
        return start, name, owner
