"""Patterns and lookup tables of the actor rules (see :mod:`.actors`), built once per process."""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Iterable

from . import gazetteer as gz
from .text import matches_at, norm

_CAP_TOKEN = r"[A-Z][\w’'\-]*"
_PARTICLE = r"(?:al|el|bin|ibn|bint|von|van|der|den|de|da|di|du|dos|la|le|ben|abu|Abu|Al)"
_NAME = rf"{_CAP_TOKEN}(?: [A-Z]\.(?= [A-Z]))?(?: (?:{_PARTICLE}[ \-]){{0,2}}{_CAP_TOKEN}| {_PARTICLE}-{_CAP_TOKEN}){{0,3}}"
_SAID = re.compile(
    r"(?:[’']s)?,?\s+(?:said|says|told|added|stressed|wrote|warned|argued|noted|explained|insisted|"
    r"denied|claimed|announced|declared|tweeted|posted|urged|confirmed|acknowledged|replied|"
    r"responded|admitted|asserted|cautioned|maintained)\b"
)
_SAID_BEFORE = re.compile(r"(?:\bsaid|\baccording to|\btold|\bby|\bwith)\s+$")
_FORCE_NOUNS = (
    "armed forces", "special forces", "military forces", "forces", "troops", "military", "army",
    "navy", "air force", "soldiers", "marines", "servicemen", "units",
)
_FORCE_BLOCK = re.compile(
    r"\s+(?:action|actions|intervention|bases?|basing|assets|footprint|contractors|aircraft|"
    r"facilit(?:y|ies)|presence|operations?|equipment|officials?|experts?|sources?|analysts?|"
    r"bloggers?|spending|aid|support|leadership|hardware|vehicles?|campaign|commanders?|intelligence|"
    r"government|junta|court|prosecutors?|police|doctrine|budget|exports?|imports?|planes?|jets?|ships?|vessels?|"
    r"drones?|helicopters?|satellites?|exercises?|drills?|activity|instructors?|advisers?|advisors?|trainers?|"
    r"personnel|contractors?|mercenaries|cooperation|ties|spending|hackers?|cyber|spies|spy|bloggers|milbloggers)\b"
)
_STATE_NOUNS = (
    "government", "authorities", "officials", "regime", "administration", "leadership",
    "diplomats", "embassy", "military action", "strikes", "air strikes", "airstrikes",
    "intervention", "sanctions", "delegation", "negotiators", "president", "prime minister",
    "leader", "foreign minister", "defence minister", "defense minister", "spokesman",
    "officials", "parliament", "chancellor", "crown prince", "king", "emir", "queen", "prince", "sheikh", "agencies", "agency", "intelligence",
    "security services", "cybersecurity agencies", "lawmakers", "envoy", "ambassador", "hackers",
    "forces", "troops", "military", "army", "navy", "side", "counterpart",
)
_STATE_NOUN_RE = re.compile(
    r"\s+(" + "|".join(re.escape(n) for n in sorted(set(_STATE_NOUNS) | set(_FORCE_NOUNS), key=len, reverse=True)) + r")\b(?!-)", re.IGNORECASE
)
_GOV_ALIAS = {"government", "authorities", "regime", "administration", "leadership"}
_LOCATIVE = re.compile(
    r"(?:\b(?:in|into|across|near|from|to|throughout|inside|outside|within|around|of|at|over|visit|visited|visiting|visits|"
    r"towards?|via|through|(?:bound|headed|heading|destined|sailing|departed|left) for)\s+(?:the\s+)?)$"
)
_REBEL_NOUN = re.compile(r"\b(?:rebels|insurgents|militants|jihadists|militias?|separatists|guerrillas|gunmen|men|attackers|assailants|opposition|groups|plotters|mutineers)\b")
_REBEL = re.compile(
    r"\b(?:(?:unspecified|armed|Islamist|jihadist|anti-government|Kurdish|separatist|"
    r"pro-\w+|\w+-backed|allied|Sunni|Shia|Shiite|local|rival|radical)\s+)*"
    r"(?:(?P<dem>[A-Z][a-z]+)\s+)?"
    r"(?:(?:Islamist|jihadist|armed|opposition)\s+)?"
    r"(?:maritime\s+)?(?:rebels|insurgents|militants|jihadists|militias?(?:\s+alliance)?|separatists|guerrillas|gunmen|"
    r"(?:heavily\s+)?armed\s+men|attackers|assailants|(?:coup\s+)?plotters|mutineers|putschists|"
    r"(?:[Jj]ihadist|[Mm]ilitant|[Ee]xtremist|[Tt]errorist|[Ii]nsurgent|[Rr]ebel|[Aa]rmed|[Rr]esistance)\s+groups|"
    r"opposition(?:\s+(?:leaders|forces|fighters|groups))?)\b"
)
_PAREN_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
#: white space within one paragraph: at most one line break ("Talks\n\nThe ..." joins no name across paragraphs)
_GAP = r"(?=\s)[ \t]*\n?[ \t]*"
_DEFINITION = re.compile(rf"(?P<long>(?:{_CAP_TOKEN}|{_PARTICLE}-{_CAP_TOKEN}|of|for|the|and|on|in)(?:{_GAP}(?:{_CAP_TOKEN}|{_PARTICLE}-{_CAP_TOKEN}|of|for|the|and|on|in)){{0,7}}){_GAP}\((?P<short>[A-Z][A-Za-z]{{1,7}})\)")
#: days and months: "the Space Agency on Friday" ends at "Agency"
_WHEN = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
         "September|October|November|December)")
_ORG_HEAD_RE = re.compile(
    rf"(?<![\w\-’'])(?=[A-Z])(?P<org>(?:{_CAP_TOKEN}(?: and| &)? ){{0,5}}(?:{'|'.join(sorted(gz.ORG_HEADS, key=len, reverse=True))})\b"
    rf"(?:\s+(?:of|for|on|in)\s+(?:the\s+|[Tt]he\s+|la\s+|le\s+|de\s+)?(?!{_WHEN}\b){_CAP_TOKEN}(?:\s+(?:of|and|the|la|le|de|du|des|{_CAP_TOKEN})\b){{0,7}})?)"
)
def _either_case(*phrases: str) -> str:
    """An alternation whose phrases may start with a capital ('Analysts at', 'analysts at'):
    much faster than a case-insensitive group."""
    return "|".join(f"[{p[0].lower()}{p[0].upper()}]{p[1:]}" for p in phrases)


_CONTEXT_ORG = re.compile(
    r"\b(?:(?:" + _either_case("researchers", "analysts", "experts", "officials", "executives", "engineers", "staff",
                              "spokesman", "spokeswoman", "spokesperson") + r")\s+(?:at|from|with)"
    r"|(?:" + _either_case("calls", "call", "called", "calling") + r") (?:itself|themselves)"
    r"|(?:" + _either_case("known as", "dubbed", "self-styled") + r")(?: the)?"
    r"|(?:" + _either_case("group", "gang", "network", "crew", "operation", "outfit", "company", "firm", "militia", "faction",
                           "unit", "movement") + r") (?:called|named)"
    r"|(?:" + _either_case("companies", "firms", "groups", "organisations", "organizations", "operators", "vendors", "carriers",
                           "lines", "outlets", "broadcasters") + r")\s+(?:including|such as|like)"
    r"|(?:" + _either_case("movement", "campaign group", "pressure group", "environmental group", "activist group", "protest movement",
                           "monitoring group", "rights group", "watchdog", "think tank", "company", "firm", "cybersecurity firm",
                           "security firm", "outlet", "website", "broadcaster", "newspaper", "NGO", "charity", "manufacturer",
                           "vendor", "contractor", "operator", "startup", "monitor") + r"))[ \t]+"  # not across a line: "... from contractor\n\nTop secret data"
    rf"(?P<name>{_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}})"
)
_ORG_NOUNS = (
    r"company|operator|firm|agency|group|organi[sz]ation|broadcaster|watchdog|ministry|service|utility|provider|"
    r"bank|manufacturer|maker|developer|giant|carrier|airline|party|militia|movement|gang|network|contractor|"
    r"consultancy|laboratory|lab|startup|charity|NGO|think tank|institute|authority|regulator|insurer|exchange|platform"
)
_APPOSITION_ORG = re.compile(
    rf"(?P<name>{_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,3}}), (?:an?|the|its|[A-Z][\w\-]*(?:[’']s)?)(?: [\w’'\-]+){{0,5}}? (?:{_ORG_NOUNS})\b"
)
_PERSON_NOUNS = (
    r"fellow|analyst|researcher|professor|expert|spokesman|spokeswoman|spokesperson|official|director|head|chief|"
    r"adviser|advisor|commander|minister|lawyer|journalist|correspondent|member|leader|founder|economist|scientist|"
    r"executive|colonel|general|senator|lawmaker|diplomat|envoy|ambassador|president|chairman|chairwoman|secretary|"
    r"deputy|resident|witness|activist|historian|lecturer|consultant|veteran|officer|soldier|pilot|engineer|man|woman|national|citizen|businessman|businesswoman"
)
_APPOSITION_PERSON = re.compile(
    rf"(?P<name>{_CAP_TOKEN}(?: {_CAP_TOKEN}){{1,2}}), (?:an?|the|[A-Z][\w\-]*(?:[’']s)?)(?: [\w’'\-]+){{0,3}}? (?:{_PERSON_NOUNS})\b"
)
_MINISTRY = re.compile(
    rf"(?P<owner>{_CAP_TOKEN}) (?P<what>(?:(?:military|foreign|domestic|state|national|federal) )?(?:health|defence|defense|"
    r"foreign|interior|finance|justice|education|information|emergencies|emergency situations|economy|energy|agriculture|"
    r"commerce|trade|industry|culture|transport|environment|intelligence|security|counter-intelligence|border|"
    r"cyber ?security|space|nuclear)) (?P<body>ministry|agency|service|directorate|department)\b"
)
_ACRONYM_APPOSITION = re.compile(
    r"\b(?:branch|group|alliance|affiliate|wing|faction|coalition|agency|unit|movement|network|militia|front|force|"
    r"organi[sz]ation|party|service|authority|coalition|mission)(?: [\w’'\-]+){0,4},? (?:known as )?(?:the )?"
    r"(?P<name>[A-Z][A-Z\-]{2,7})(?=[,)])"
)
_MEMBERS_OF = re.compile(r"\b(?:fighters|members|militants|units|commanders|forces|leaders|leader|fighter|member) of (?:the )?(?P<name>[A-Z]{2,6})\b")
_MEDIA_GROUP = re.compile(r"\b(?P<dem>[A-Z][a-z]+) (?P<what>milbloggers|military bloggers|war correspondents|war bloggers|state media|state television|state TV|state news agency)\b")
_POLICE = re.compile(
    rf"(?P<owner>{_CAP_TOKEN}(?: {_CAP_TOKEN})?) (?P<body>police|coast guard|border guards?|border police|national guard|"
    r"gendarmerie|riot police|special police|security forces|embassy|consulate)\b"
)
_ORDINAL_UNIT = re.compile(
    rf"\b(?P<name>\d{{1,3}}(?:st|nd|rd|th) (?:{_CAP_TOKEN} ){{0,4}}(?:Army|Corps|Division|Brigade|Regiment|Battalion|Fleet|Squadron|Wing|Group))\b"
)
_LOWER_HEAD_ORG = re.compile(
    rf"(?<![\w’'\-])(?=[A-Z])(?P<name>{_CAP_TOKEN} (?:(?:{_CAP_TOKEN}|{_PARTICLE}-{_CAP_TOKEN}) ){{0,3}})"
    r"(?P<head>party|movement|faction|bloc|alliance|(?:militant|armed|rebel|separatist|jihadist|terrorist|insurgent|extremist) group)\b"
)
_CAP_LIST = re.compile(
    r"(?P<list>(?:[A-Z][\w&’'\-]*(?: [A-Z][\w&’'\-]*){0,2}, ){1,5}[A-Z][\w&’'\-]*(?: [A-Z][\w&’'\-]*){0,2},? and "
    r"[A-Z][\w&’'\-]*(?: [A-Z][\w&’'\-]*){0,2})"
)
_ACRONYM_ORG = re.compile(r"(?<![\w\-])(?P<name>[A-Z]{3,6})(?= (?:spokesman|spokeswoman|spokesperson|chief|head|official|officials|said|says|partnership|alliance|pact|bloc|coalition|members|member states|countries)\b)")
_ACRONYM = re.compile(r"(?<![\w\-])[A-Z]{2,6}(?![\w\-])")
_APT = re.compile(r"\b(?:APT\s?\d{1,3}|UNC\d{3,4}|TA\d{3}|FIN\d{1,2}|[A-Z][a-z]+ (?:Bear|Panda|Typhoon|Blizzard|Sleet|Sandstorm|Tempest|Kitten|Chollima|Spider|Hail|Rain|Tsunami|Dust))\b")
_ROLE_AFTER = re.compile(r"(?:\s*\([A-Z]{2,7}\))?,\s+(?:a|an|the)\s+(?P<role>[^,.;:“”\"()]{3,70}?),")
_AMBIGUOUS_SURNAMES = {"Harris", "Austin", "Johnson", "Wang", "Kim", "Li", "Jordan", "Chad"}


def _word_re(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    words = sorted(set(words), key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    # a cheap look-ahead on the first letter keeps the long alternation off most positions
    firsts = "".join(sorted({re.escape(w[0]) for w in words} | ({re.escape(w[0].swapcase()) for w in words} if flags & re.IGNORECASE else set())))
    return re.compile(rf"(?<![\w\-])(?=[{firsts}])(?:{alts})(?![\w\-])", flags)


# Lookup tables built once per process.
_STATE_FORMS: dict[str, gz.State] = {}
for _s in gz.STATES:
    for _form in (_s.name, *_s.aliases):
        _STATE_FORMS[_form] = _s
_PLAIN_STATE_FORMS = list(_STATE_FORMS)
for _s in gz.STATES:  # formal names of a state are the state ("the Republic of Moldova", "the Russian Federation")
    for _form in (*(f"{p} {_s.name}" for p in ("Republic of", "Kingdom of", "State of", "Federal Republic of", "Islamic Republic of",
                                                "Democratic Republic of", "People's Republic of", "People’s Republic of")),
                  *(f"{d} {n}" for d in _s.demonyms for n in ("Federation", "Republic"))):
        _STATE_FORMS.setdefault(_form, _s)
_CAPITALS = {c: s for s in gz.STATES for c in s.capitals}
_SEATS = {c: s for s in gz.STATES for c in s.seats}
_DEMONYMS = {d: s for s in gz.STATES for d in s.demonyms}
_STATE_RE = _word_re(_PLAIN_STATE_FORMS + list(_CAPITALS) + list(_SEATS))
#: formal names, read apart: in the alternation above their common first words would slow it down
_FORMAL_STATE_RE = re.compile(
    r"(?<![\w\-])(?:(?:(?:Federal|Islamic|Democratic) |People[’']s )?Republic|Kingdom|State) of [A-Z][\w\-]+(?: [A-Z][\w\-]+)?"
    r"|(?<![\w\-])[A-Z][a-z]+ (?:Federation|Republic)(?![\w\-])"
)
_DEMONYM_RE = re.compile(
    r"(?<![\w\-])(?P<dem>" + "|".join(sorted(map(re.escape, _DEMONYMS), key=len, reverse=True)) + r")(?![\w\-])"
)
_ORG_FORMS: dict[str, str] = {}
for _canon, (_kind, _aliases) in gz.ORGANISATIONS.items():
    for _form in (_canon, *_aliases):
        _ORG_FORMS[_form] = _canon
_ORG_BY_NORM = {norm(form): canon for form, canon in _ORG_FORMS.items()}
# acronyms and one-word names must match their case ("WHO" is not "who"); longer names need not
_ORG_RE = _word_re([f for f in _ORG_FORMS if " " not in f])
def _any_case_function_words(form: str) -> str:
    """A pattern for a multi-word name whose small words may be capitalised ('Institute for
    The Study of War'); much faster than a case-insensitive alternation."""
    out = []
    for word in form.split(" "):
        if word.lower() in ("the", "of", "for", "and", "on", "in"):
            out.append(f"[{word[0].lower()}{word[0].upper()}]{re.escape(word[1:])}")
        else:
            out.append(re.escape(word))
    return " ".join(out)


_LONG_FORMS = sorted((f for f in _ORG_FORMS if " " in f), key=len, reverse=True)
_ORG_RE_LONG = re.compile(
    r"(?<![\w\-])(?=[A-Za-z])(?:" + "|".join(_any_case_function_words(f) for f in _LONG_FORMS) + r")(?![\w\-])"
)
_LEADER_SURNAMES: dict[str, str] = {}
for _full in gz.LEADERS:
    _last = _full.split()[-1]
    if _last not in _AMBIGUOUS_SURNAMES:
        _LEADER_SURNAMES[_last] = _full
        if _last.startswith("al-"):
            _LEADER_SURNAMES[_last[3:]] = _full
_LEADER_SURNAMES.update({"Zelenskyy": "Volodymyr Zelensky", "Zelenskiy": "Volodymyr Zelensky", "Erdoğan": "Recep Tayyip Erdogan", "Jolani": "Ahmed al-Sharaa", "Julani": "Ahmed al-Sharaa", "Kim Jong-un": "Kim Jong Un"})
_LEADER_RE = _word_re(list(gz.LEADERS) + list(_LEADER_SURNAMES) + list(gz.LEADER_ALIASES))
#: rank abbreviations, which end in a full stop that ends no sentence ("commander Gen. Alfonso Duarte")
_RANK_ABBREVIATIONS = ("Vice Adm", "Rear Adm", "Lt Col", "Lt Gen", "Maj Gen", "Brig Gen", "Gen", "Lt", "Col", "Maj", "Adm",
                       "Capt", "Sgt", "Cmdr", "Cdr", "Cpl", "Pvt", "Brig")
_TITLE_RE = re.compile(
    r"(?<![\w\-])(?=[A-Za-z])(?P<title>" + "|".join(re.escape(t) for t in gz.TITLES) + r"),? "
    r"(?:(?:" + "|".join(_RANK_ABBREVIATIONS) + r")\.? )?"
    rf"(?P<name>(?:[A-Z]\. (?=[A-Z][a-z]))?{_NAME})"  # "Inspector General D. Parikh"
)
_HEAD_OF = re.compile(
    rf"(?P<role>(?:head|chief|director|leader|spokes(?:man|woman|person)|president|secretary general|commander|chairman|"
    rf"founder|director general|governor|mayor|minister|ambassador|envoy|prime minister|ruler) (?:of|to|in) (?:the )?(?P<org>{_CAP_TOKEN}(?: (?:of |for |the |and )?{_CAP_TOKEN}){{0,5}})), (?P<name>{_NAME})"
)
_PRE_TITLE = re.compile(rf"((?:{_CAP_TOKEN} ){{1,3}})$")
_NOT_NAME = gz.COMMON_CAPITALISED | {w.lower() for w in gz.ORG_HEADS} | {w.lower() for w in gz.GEO_HEADS} | {"staff", "general", "war", "civil", "west", "east", "north", "south", "cold", "day", "state", "republic", "kingdom", "empire", "islamic", "adm", "gen", "col", "lt", "maj", "capt", "sgt", "cmdr", "cdr", "cpl", "pvt", "brig", "prime"}
_REGION_SET = set(gz.REGIONS)


def _kind_from_head(name: str) -> str:
    words = name.split()
    heads = [w for w in words if w in gz.ORG_HEADS]
    head = heads[-1] if heads else ""
    if head in ("Army", "Navy", "Staff", "Chiefs", "Corps", "Guard", "Guards", "Brigade", "Brigades", "Battalion", "Battalions", "Division", "Regiment", "Fleet", "Command", "Legion", "Forces", "Force"):
        return "military unit" if re.search(r"\d|Fleet|Brigade|Battalion|Division|Regiment", name) else "military"
    if head == "Party":
        return "political party"
    if head in ("Press", "Times", "Post", "News"):
        return "media"
    if head in ("Ministry", "Department", "Office", "Administration", "Cabinet", "Directorate", "Police", "Authority", "Parliament", "Assembly", "Congress", "Senate", "Gendarmerie", "Intelligence", "Service", "Services"):
        return "government"
    return "organisation"


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper() and w.lower() not in ("the", "of", "for", "and", "on")]
    return "".join(w[0] for w in words)


_CAPS = r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,2}"
_LOCATIVE_LIST = re.compile(
    r"\b(?:in|into|across|near|from|to|throughout|inside|outside|within|around|of|at|over|towards?|via|through|visit|visited|visiting)\s+"
    rf"(?:the\s+)?{_CAPS}(?:, {_CAPS})*(?:,? (?:and|or) |, )$"
)


def _is_locative(text: str, start: int, lists: bool = True) -> bool:
    """'in Syria', and (``lists``) 'in Mali and Burkina Faso' for the second name too."""
    before = text[max(0, start - 60) : start]
    return bool(_LOCATIVE.search(before[-20:]) or (lists and _LOCATIVE_LIST.search(before)))


def _person_key(name: str) -> str:
    return "person:" + norm(name)


def state_words(name: str) -> list[str]:
    """Words that stand for the state ``name`` in a sentence: name, aliases, demonyms."""
    state = gz.STATE_BY_NAME.get(name)
    if state is None:
        return [name]
    return [state.name, *state.aliases, *state.demonyms, *state.capitals]


# -- anchored scans: finditer of a long alternation, tried only where it can match ----------------
_CAP_RUN = re.compile(r"([A-Z]\w*)")
_TRAIL_RUN = re.compile(r"\w+\Z")


def cap_runs(text: str) -> tuple[list[str], list[int], list[str], dict[str, list[int]]]:
    """The words of ``text`` that start with a capital A-Z, found by one cheap split (a start of a
    run of word characters that is not inside a word is always one of them): the words, their
    starts, the text before each (and after the last) and the starts by word. A reader computes
    them once per text for all its anchored scans (see :func:`scan`) and hands them on to the
    place pass."""
    parts = _CAP_RUN.split(text)
    starts = list(accumulate(map(len, parts), initial=0))
    words, at = parts[1::2], starts[1::2]
    by_word: dict[str, list[int]] = {}
    for word, pos in zip(words, at):
        spots = by_word.get(word)
        if spots is None:
            by_word[word] = [pos]
        else:
            spots.append(pos)
    return words, at, parts[0::2], by_word


class _Anchored:
    """Where a match of an alternation of ``forms`` can start. The pattern must read a form
    literally (``flexible`` words may also change the case of their first letter) right after
    ``(?<![\\w\\-])`` and before a character that is no word character; then a form's first word
    run that starts with a capital (and is no flexible word) is a whole capitalised word of the
    text at a fixed offset from the start. A form without one is found with ``str.find``, or
    (``capital_after``: the pattern reads ",? " and a capital after a form) as the end of the text
    before a capitalised word, if the form has no capital at all. Where the forms are read
    literally (no ``flexible`` words), a start is tried only if one of its forms stands there."""

    def __init__(self, forms: Iterable[str], flexible: Iterable[str] = (), capital_after: bool = False) -> None:
        flexible = set(flexible)
        caps: dict[str, dict[int, list[str]]] = {}  # capitalised word -> its offset -> forms
        literals: dict[str, dict[int, list[str]]] = {}
        self.lower_last: dict[str, list[str]] = {}  # last space-separated word -> capital-free forms
        self.lower_single: dict[str, list[str]] = {}  # capital-free forms of one word
        for form in forms:
            runs = [(m.start(), m.group()) for m in re.finditer(r"\w+", form)]
            cap = next(((o, w) for o, w in runs if "A" <= w[0] <= "Z" and w.lower() not in flexible), None)
            if cap is not None:
                caps.setdefault(cap[1], {}).setdefault(cap[0], []).append(form)
            elif capital_after and re.fullmatch(r"[a-z]+(?: [a-z]+)*", form):
                self.lower_last.setdefault(form.rsplit(" ", 1)[-1], []).append(form)
                if " " not in form:
                    self.lower_single.setdefault(form, []).append(form)
            else:
                o, w = runs[0]
                for lit in {w, w[0].swapcase() + w[1:]} if w.lower() in flexible else {w}:
                    literals.setdefault(lit, {}).setdefault(o, []).append(form)
        # offset -> the forms one of which must stand at the start (None: not checked)
        self.caps, self.literals = ({word: [(o, None if flexible else tuple(fs)) for o, fs in by_offset.items()]
                                     for word, by_offset in table.items()} for table in (caps, literals))

    def matches(self, pattern: re.Pattern[str], text: str, start: int, runs: tuple) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text, start)``; ``runs`` is :func:`cap_runs` of ``text``."""
        words, at, between, by_word = runs
        spots: set[int] = set()
        caps = self.caps
        for word in caps.keys() & by_word.keys():
            for o, forms in caps[word]:
                for pos in by_word[word]:
                    if pos - o >= start and (forms is None or text.startswith(forms, pos - o)):
                        spots.add(pos - o)
        for lit, offsets in self.literals.items():
            i = text.find(lit, start)
            while i >= 0:
                for o, forms in offsets:
                    if i - o >= start and (forms is None or text.startswith(forms, i - o)):
                        spots.add(i - o)
                i = text.find(lit, i + 1)
        if self.lower_last:
            self._lower_spots(text, start, at, between, spots)
        return matches_at(pattern, text, start, spots)

    def _lower_spots(self, text: str, start: int, at: list[int], between: list[str], spots: set[int]) -> None:
        """Capital-free forms: each ends the text before a capitalised word, less ' ' or ', '."""
        last, single = self.lower_last, self.lower_single
        for q, gap in zip(at, between):
            if gap[-1:] != " " or q - 1 <= start:
                continue
            for cut in (1, 2) if gap[-2:] == ", " else (1,):
                chunk = gap[: len(gap) - cut].rpartition(" ")[2]
                forms = last.get(chunk)
                if forms is None and chunk and not chunk.isalnum():
                    trail = _TRAIL_RUN.search(chunk)
                    forms = single.get(trail.group()) if trail else None
                for form in forms or ():
                    pos = q - cut - len(form)
                    if pos >= start and text.startswith(form, pos):
                        spots.add(pos)


class _BeforeHead:
    """Where a match of ``_ORG_HEAD_RE`` can start: its head word and each of the up to five
    capitalised words before it start a capitalised word that follows no word character, '-',
    '’' or "'" (the match's first one by its look-behind, the others after a space), and no
    other such word lies between; so the start is the head or one of the five such words before it."""

    def __init__(self, heads: Iterable[str], before: int) -> None:
        self.heads = frozenset(heads)
        assert all(re.fullmatch(r"[A-Z]\w*", h) for h in self.heads)
        self.before = before

    def matches(self, pattern: re.Pattern[str], text: str, start: int, runs: tuple) -> list[re.Match[str]]:
        words, at, _, _ = runs
        heads, before = self.heads, self.before
        starts: list[int] = []
        tried: set[int] = set()
        for word, pos in zip(words, at):
            if pos:
                prev = text[pos - 1]
                if prev.isalnum() or prev in "_-’'":  # \w is alphanumeric or '_'
                    continue
            if word in heads:
                tried.update(starts[-before:])
                tried.add(pos)
            starts.append(pos)
        return matches_at(pattern, text, start, tried)


class _ListBeforeAnd:
    """Where a match of ``_CAP_LIST`` can start: it holds ' and ' once, before its last item (its
    other spaces come before capitals), with a capital right after; before it stand at most six
    items of up to three words, 17 spaces in all. So the start is a capital after the 18th space
    before such an ' and '."""

    def matches(self, pattern: re.Pattern[str], text: str, start: int, runs: tuple | None = None) -> list[re.Match[str]]:
        spots: set[int] = set()
        i = text.find(" and ", start)
        while i >= 0:
            if "A" <= text[i + 5 : i + 6] <= "Z":
                s = i
                for _ in range(18):
                    s = text.rfind(" ", 0, s)
                    if s < 0:
                        break
                spots.update(m.start() for m in _UPPER.finditer(text, max(s + 1, start), i))
            i = text.find(" and ", i + 1)
        return matches_at(pattern, text, start, spots)


_UPPER = re.compile(r"[A-Z]")
_SCANS: dict[str, _Anchored | _BeforeHead | _ListBeforeAnd] = {_ORG_HEAD_RE.pattern: _BeforeHead(gz.ORG_HEADS, 5),
                                                                _CAP_LIST.pattern: _ListBeforeAnd()}


def anchored(pattern: re.Pattern[str], forms: Iterable[str], flexible: Iterable[str] = (), capital_after: bool = False) -> None:
    """Scan ``pattern`` (an alternation of ``forms``, see :class:`_Anchored`) with :func:`scan`."""
    _SCANS[pattern.pattern] = _Anchored(forms, flexible, capital_after)


def scan(pattern: re.Pattern[str], text: str, start: int, runs: tuple | None = None):
    """``pattern.finditer(text, start)``, tried only where a match can start for a pattern
    registered with :func:`anchored` (tests/generate/test_fast_paths_actors.py checks the two
    agree); ``runs``: :func:`cap_runs` of ``text``, if already at hand."""
    fast = _SCANS.get(pattern.pattern)
    if fast is None:
        return pattern.finditer(text, start)
    return fast.matches(pattern, text, start, cap_runs(text) if runs is None else runs)


anchored(_STATE_RE, _PLAIN_STATE_FORMS + list(_CAPITALS) + list(_SEATS))
anchored(_DEMONYM_RE, _DEMONYMS)
anchored(_ORG_RE, [f for f in _ORG_FORMS if " " not in f])
anchored(_ORG_RE_LONG, _LONG_FORMS, flexible=("the", "of", "for", "and", "on", "in"))
anchored(_LEADER_RE, list(gz.LEADERS) + list(_LEADER_SURNAMES) + list(gz.LEADER_ALIASES))
anchored(_TITLE_RE, gz.TITLES, capital_after=True)  # a title is followed by ',? ' and a capital: a rank or the name
