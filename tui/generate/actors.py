"""Actors: states (names, capitals and seats of government used for the government, demonyms
with 'forces' or 'government'), organisations, armed groups, military forces and people.

Passes run most specific first and claim what they explain (see :mod:`.mentions`); aliases are
merged by construction: a surname maps to the full name seen, an acronym to the name whose
initials it spells, a capital or 'the Kremlin' to its state, 'Assad's regime' to Assad's state.
"""

from __future__ import annotations

import re
from typing import Iterable

from . import gazetteer as gz
from .mentions import Candidate, Claims, Registry
from .text import norm

_CAP_TOKEN = r"[A-Z][\w’'\-]*"
_PARTICLE = r"(?:al|el|bin|ibn|bint|von|van|der|den|de|da|di|du|dos|la|le|ben|abu|Abu|Al)"
_NAME = rf"{_CAP_TOKEN}(?: (?:{_PARTICLE}[ \-])?{_CAP_TOKEN}| {_PARTICLE}-{_CAP_TOKEN}){{0,3}}"
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
    r"bloggers?|spending|aid|support|leadership|hardware|vehicles?|campaign|commanders?)\b"
)
_STATE_NOUNS = (
    "government", "authorities", "officials", "regime", "administration", "leadership",
    "diplomats", "embassy", "military action", "strikes", "air strikes", "airstrikes",
    "intervention", "sanctions", "delegation", "negotiators", "president", "prime minister",
    "leader", "foreign minister", "defence minister", "defense minister", "spokesman",
    "state media", "officials", "parliament", "agencies", "agency", "intelligence",
    "security services", "cybersecurity agencies", "lawmakers", "envoy", "ambassador", "hackers",
    "forces", "troops", "military", "army", "navy", "side", "counterpart",
)
_STATE_NOUN_RE = re.compile(
    r"\s+(" + "|".join(re.escape(n) for n in sorted(set(_STATE_NOUNS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_GOV_ALIAS = {"government", "authorities", "regime", "administration", "leadership"}
_LOCATIVE = re.compile(
    r"(?:\b(?:in|into|across|near|from|to|throughout|inside|outside|within|around|of|at|over|"
    r"towards?|via|through)\s+(?:the\s+)?)$"
)
_REBEL = re.compile(
    r"\b(?:(?:unspecified|armed|Islamist|jihadist|anti-government|Kurdish|separatist|"
    r"pro-\w+|\w+-backed|allied|Sunni|Shia|Shiite|local|rival|radical)\s+)*"
    r"(?:(?P<dem>[A-Z][a-z]+)\s+)?"
    r"(?:(?:Islamist|jihadist|armed|opposition)\s+)?"
    r"(?:rebels|insurgents|militants|jihadists|militias?(?:\s+alliance)?|separatists|guerrillas|"
    r"opposition(?:\s+(?:leaders|forces|fighters|groups))?)\b"
)
_DEFINITION = re.compile(rf"(?P<long>(?:{_CAP_TOKEN}|{_PARTICLE}-{_CAP_TOKEN}|of|for|the|and|on)(?:\s+(?:{_CAP_TOKEN}|{_PARTICLE}-{_CAP_TOKEN}|of|for|the|and|on)){{0,7}})\s+\((?P<short>[A-Z][A-Za-z]{{1,7}})\)")
_ORG_HEAD_RE = re.compile(
    rf"(?P<org>(?:{_CAP_TOKEN}(?: and| &)? ){{0,5}}(?:{'|'.join(sorted(gz.ORG_HEADS, key=len, reverse=True))})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+|[Tt]he\s+)?{_CAP_TOKEN}(?:\s+(?:of|and|the|{_CAP_TOKEN})){{0,4}})?)"
)
_CONTEXT_ORG = re.compile(
    r"\b(?:(?:researchers|analysts|experts|officials|executives|engineers|staff|spokesman|spokeswoman|spokesperson)\s+(?:at|from|with)"
    r"|(?:calls?|called|calling) (?:itself|themselves)|(?:known as|dubbed|self-styled)(?: the)?|"
    r"(?:group|gang|network|crew|operation|outfit|company|firm|militia|faction|unit|movement) (?:called|named)|"
    r"(?:companies|firms|groups|organi[sz]ations|operators|vendors|carriers|lines|outlets|broadcasters)\s+(?:including|such as|like)|"
    r"(?:monitoring group|rights group|watchdog|think tank|company|firm|cybersecurity firm|security firm|outlet|website|broadcaster|"
    r"newspaper|NGO|charity|manufacturer|vendor|contractor|operator|startup|monitor))\s+"
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
    r"deputy|resident|witness|activist|historian|lecturer|consultant|veteran|officer|soldier|pilot|engineer"
)
_APPOSITION_PERSON = re.compile(
    rf"(?P<name>{_CAP_TOKEN}(?: {_CAP_TOKEN}){{1,2}}), (?:an?|the|[A-Z][\w\-]*(?:[’']s)?)(?: [\w’'\-]+){{0,3}}? (?:{_PERSON_NOUNS})\b"
)
_MINISTRY = re.compile(
    rf"(?P<owner>{_CAP_TOKEN}) (?P<what>health|defence|defense|foreign|interior|finance|justice|education|information|"
    r"emergencies|emergency situations|economy|energy|agriculture|commerce|trade|industry|culture|transport|"
    r"environment|intelligence|security) ministry\b"
)
_ACRONYM_ORG = re.compile(r"(?<![\w\-])(?P<name>[A-Z]{3,5})(?= (?:spokesman|spokeswoman|spokesperson|chief|head|official|officials|said|says)\b)")
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
_CAPITALS = {c: s for s in gz.STATES for c in s.capitals}
_SEATS = {c: s for s in gz.STATES for c in s.seats}
_DEMONYMS = {d: s for s in gz.STATES for d in s.demonyms}
_STATE_RE = _word_re(list(_STATE_FORMS) + list(_CAPITALS) + list(_SEATS))
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
_ORG_RE_LONG = _word_re([f for f in _ORG_FORMS if " " in f], re.IGNORECASE)
_LEADER_SURNAMES: dict[str, str] = {}
for _full in gz.LEADERS:
    _last = _full.split()[-1]
    if _last not in _AMBIGUOUS_SURNAMES:
        _LEADER_SURNAMES[_last] = _full
        if _last.startswith("al-"):
            _LEADER_SURNAMES[_last[3:]] = _full
_LEADER_SURNAMES.update({"Zelenskyy": "Volodymyr Zelensky", "Zelenskiy": "Volodymyr Zelensky", "Erdoğan": "Recep Tayyip Erdogan", "Jolani": "Abu Mohammed al-Jolani", "Kim Jong-un": "Kim Jong Un"})
_LEADER_RE = _word_re(list(gz.LEADERS) + list(_LEADER_SURNAMES))
_TITLE_RE = re.compile(
    r"(?<![\w\-])(?=[A-Za-z])(?P<title>" + "|".join(re.escape(t) for t in gz.TITLES) + r"),? "
    rf"(?P<name>{_NAME})"
)
_HEAD_OF = re.compile(
    rf"(?P<role>(?:head|chief|director|leader|spokes(?:man|woman|person)|president|secretary general|commander|chairman|"
    rf"founder|director general) of (?:the )?(?P<org>{_CAP_TOKEN}(?: (?:of |for |the |and )?{_CAP_TOKEN}){{0,5}})), (?P<name>{_NAME})"
)
_PRE_TITLE = re.compile(rf"((?:{_CAP_TOKEN} ){{1,3}})$")
_NOT_NAME = gz.COMMON_CAPITALISED | {w.lower() for w in gz.ORG_HEADS} | {"staff", "general", "war", "civil", "west", "east", "north", "south", "cold", "day", "state", "republic", "kingdom", "empire", "islamic"}
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


def _is_locative(text: str, start: int) -> bool:
    return bool(_LOCATIVE.search(text[max(0, start - 20) : start]))


def _person_key(name: str) -> str:
    return "person:" + norm(name)


class ActorReader:
    """Runs the actor passes over one text; :meth:`read` returns the candidates."""

    def __init__(self, text: str, body_start: int, claims: Claims, extra_spans: list[tuple[int, int, str]] | None = None) -> None:
        self.text = text
        self.body = body_start
        self.claims = claims
        self.reg = Registry()
        self.extra_spans = extra_spans or []
        self.surnames: dict[str, str] = {}  # surname -> candidate key
        self.nickname_spots: list[re.Match[str]] = []
        self.state_mentions: list[tuple[int, int, str, bool]] = []  # start, end, key, locative

    # -- helpers ------------------------------------------------------------------------

    def _iter(self, regex: re.Pattern[str], group: int | str = 0):
        for m in regex.finditer(self.text, self.body):
            yield m, m.start(group), m.end(group)

    def _take(self, cand: Candidate, start: int, end: int, strong: bool = True) -> None:
        cand.add(self.text, start, end, strong=strong)
        self.claims.take(start, end)

    def _state(self, state: gz.State) -> Candidate:
        return self.reg.get("state:" + state.name, state.name, "state")

    def _person(self, name: str, start: int, end: int) -> Candidate:
        """The person called ``name`` (full name or surname), merged with earlier mentions."""
        name = re.sub(r"[’']s$", "", name)
        last = name.split()[-1]
        bare_last = re.sub(r"^(?:al|el)-", "", last)
        key = None
        if " " in name:
            key = _person_key(name)
            variant = self._spelling_variant(name)
            if variant is not None:
                key = variant
            elif key not in self.reg.by_key:
                known = self.surnames.get(last)
                if known and " " not in self.reg.by_key[known].name:
                    key = known  # "Putin" first, "Vladimir Putin" later: one person
        else:
            key = self.surnames.get(name) or self.surnames.get(bare_last)
            if key is None:
                full = _LEADER_SURNAMES.get(name, name)
                key = _person_key(full)
                name = full
        cand = self.reg.by_key.get(key)
        if cand is None:
            cand = self.reg.get(key, name, "person")
            if name in gz.LEADERS:
                state, role = gz.LEADERS[name]
                cand.extra["gazetteer_role"] = role
                cand.affiliation = state
        elif " " in name and " " not in cand.name:
            cand.name = name
        for form in (last, bare_last):
            if len(form) > 2 and form not in _AMBIGUOUS_SURNAMES:
                self.surnames.setdefault(form, key)
        self._take(cand, start, end)
        return cand

    # -- passes -------------------------------------------------------------------------

    def read(self) -> Registry:
        self.definitions()
        self.known_organisations()
        self.organisations()
        self.ministries()
        self.titled_people()
        self.leaders()
        self.states()
        self.statistical()
        self.named_by_context()
        self.appositions()
        self.people()
        self.nicknames()
        self.surname_mentions()
        self.acronyms()
        self.rebels()
        self.roles()
        return self.reg

    def definitions(self) -> None:
        """'Hayat al-Tahrir al-Sham (HTS)': a name and the acronym that stands for it."""
        for m in _DEFINITION.finditer(self.text, self.body):
            long, short = m.group("long"), m.group("short")
            words = long.split()
            while words and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _DEMONYMS):
                words.pop(0)
            if not words:
                continue
            long = " ".join(words)
            start = m.start("long") + m.group("long").rfind(long)
            canon = _ORG_BY_NORM.get(norm(long)) or _ORG_FORMS.get(short)
            if canon is None and _initials(long)[: len(short)] != short and len(words) < 2:
                continue
            if not self.claims.free(start, m.end()):
                continue
            if canon:
                kind = gz.ORGANISATIONS[canon][0]
            else:
                canon = long
                kind = _kind_from_head(long)
                ctx = self.text[max(0, m.start() - 80) : m.end() + 80].lower()
                if re.search(r"militia|rebel|jihad|militant|insurgen|armed group|affiliate|faction", ctx):
                    kind = "armed group"
            cand = self.reg.get("org:" + norm(canon), canon, kind)
            self._take(cand, start, start + len(long))
            self._take(cand, m.start("short"), m.end("short"))

    def known_organisations(self) -> None:
        found = [(m.start(), m.end(), m.group()) for rx in (_ORG_RE_LONG, _ORG_RE) for m in rx.finditer(self.text, self.body)]
        for s, e, form in sorted(found, key=lambda f: (f[0], -f[1])):
            if not self.claims.free(s, e):
                continue
            canon = _ORG_BY_NORM[norm(form)]
            if form in ("UN", "EU", "U.N.") and re.match(r" (?:[a-z]+ )+(?:watchdog|agency|body|mission)\b", self.text[e : e + 40]):
                continue  # "the UN nuclear watchdog" is a UN agency, named elsewhere
            kind = gz.ORGANISATIONS[canon][0]
            self._take(self.reg.get("org:" + norm(canon), canon, kind), s, e)
        for m, s, e in self._iter(_APT):
            if self.claims.free(s, e):
                self._take(self.reg.get("org:" + norm(m.group()), m.group(), "armed group"), s, e)

    def titled_people(self) -> None:
        for m in _HEAD_OF.finditer(self.text, self.body):
            name = self._clean_name(m.group("name"))
            s = m.start("name")
            if name and " " in name and self.claims.free(s, s + len(name)):
                cand = self._person(name, s, s + len(name))
                cand.role = cand.role or m.group("role")
                cand.affiliation = cand.affiliation or self._affiliation(m.group("org")) or None
        for m in _TITLE_RE.finditer(self.text, self.body):
            name = self._clean_name(m.group("name"))
            if not name:
                continue
            s = m.start("name")
            e = s + len(name)
            if not self.claims.free(s, e):
                continue
            title = m.group("title")
            before = _PRE_TITLE.search(self.text, max(0, m.start() - 60), m.start())
            pre = before.group(1).strip() if before else ""
            while pre and pre.split()[0].lower() in gz.COMMON_CAPITALISED and not self._affiliation(pre.split()[0]):
                pre = pre.split(" ", 1)[1] if " " in pre else ""
            role_start = m.start("title") - len(pre) - 1 if pre else m.start("title")
            role = self.text[role_start : m.end("title")]
            lead = self.text[max(0, role_start - 12) : role_start]
            then = re.search(r"\b(then|former)\s+$", lead, re.IGNORECASE)
            if then and not role.lower().startswith(("then", "former")):
                role = then.group(1).lower() + " " + role
            if title in ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.") and not pre:
                role = None
            cand = self._person(name, s, e)
            if role and not cand.role:
                cand.role = role
            if pre:
                aff = self._affiliation(pre)
                if aff and not cand.affiliation:
                    cand.affiliation = aff

    def _affiliation(self, words: str) -> str | None:
        for word in words.split():
            word = re.sub(r"[’']s$", "", word)
            state = _STATE_FORMS.get(word) or _SEATS.get(word) or _SEATS.get("the " + word) or _DEMONYMS.get(word) or _CAPITALS.get(word)
            if state:
                return state.name
            if word in _ORG_FORMS:
                return _ORG_FORMS[word]
        return None

    def _clean_name(self, name: str) -> str:
        name = re.sub(r"[’']s$", "", name.strip())
        words = name.split()
        # a name stops before a word that is not part of names (a state, a month, 'The' ...)
        out = []
        for word in words:
            bare = re.sub(r"[’']s$", "", word)
            if bare.lower() in _NOT_NAME or bare in _STATE_FORMS or bare in _DEMONYMS or bare in _ORG_FORMS:
                break
            out.append(bare)
            if bare != word:
                break
        return " ".join(out)

    def leaders(self) -> None:
        for m, s, e in self._iter(_LEADER_RE):
            if self.claims.free(s, e) and not self._regime(m.group(), s, e):
                self._person(m.group(), s, e)

    def _regime(self, surname: str, s: int, e: int) -> bool:
        """'Assad's regime', 'the Assad government': the leader's state, taken as such."""
        gov = re.match(r"(?:[’']s)?\s+(regime|government|administration)\b", self.text[e : e + 24])
        if not gov:
            return False
        key = self.surnames.get(surname)
        cand = self.reg.by_key.get(key) if key else None
        state = cand.affiliation if cand else gz.LEADERS.get(_LEADER_SURNAMES.get(surname, ""), (None,))[0]
        if not state or state not in gz.STATE_BY_NAME:
            return False
        self._take(self._state(gz.STATE_BY_NAME[state]), s, e + gov.end())
        return True

    def states(self) -> None:
        text = self.text
        for m, s, e in self._iter(_STATE_RE):
            if not self.claims.free(s, e):
                continue
            form = m.group()
            after = text[e : e + 12]
            if re.match(r"\s+[Ww]ar\b|\s+[A-Z][a-z]+\s+[Ww]ar\b|-based\b", after):
                continue  # "the Iraq War" names an event, "Washington-based" a place
            state = _STATE_FORMS.get(form) or _SEATS.get(form) or _CAPITALS.get(form)
            seat = form in _SEATS
            capital = form in _CAPITALS and not seat and form not in _STATE_FORMS
            if seat and text[max(0, s - 4) : s].lower() == "the ":
                s -= 4
            locative = _is_locative(text, s)
            possessive = text[e : e + 2] in ("’s", "'s")
            strong = seat or possessive or (not locative) or text[e : e + 4] in ("-led", "-bac")
            if capital and locative:
                continue  # "in Moscow" is a place; "Moscow said" is the government
            cand = self._state(state)
            self._take(cand, s, e, strong=strong)
            self.state_mentions.append((s, e, cand.key, locative))
        for m, s, e in self._iter(_DEMONYM_RE):
            if not self.claims.free(s, e):
                continue
            dem = m.group("dem")
            state = _DEMONYMS[dem]
            found = _STATE_NOUN_RE.match(text, e)
            if found is None:
                continue
            noun = found.group(1).lower()
            ne = found.end()
            if noun in _FORCE_NOUNS and not _FORCE_BLOCK.match(text, ne):
                cand = self.reg.get("forces:" + state.name, f"{dem} forces", "military")
                cand.affiliation = state.name
                self._take(cand, s, ne)
                continue
            named = re.match(r" [A-Z]", text[ne : ne + 2])  # "Qatari Prime Minister Mohammed ..." is a title
            person = None if named else self._office_holder(state, noun)
            if person is not None:
                self._take(person, s, ne)  # "the Russian president" is Putin
                continue
            scand = self._state(state)
            if noun in _GOV_ALIAS:
                self._take(scand, s, ne)
            else:
                scand.strong += 1
                scand.mentions.append((s, ne))
        # "Russia's military", "Russia's armed forces"
        for cand in [c for c in self.reg.by_key.values() if c.key.startswith("state:")]:
            for m in re.finditer(rf"\b{re.escape(cand.name)}[’']s\s+(armed forces|air force|military|army|navy|forces|troops)\b(?!\s+(?:bases?|basing|footprint|assets|presence|contractors|facilities))", text):
                if self.claims.free(m.start(1), m.end()):
                    dem = gz.STATE_BY_NAME[cand.name].demonyms[0]
                    forces = self.reg.get("forces:" + cand.name, f"{dem} forces", "military")
                    forces.affiliation = cand.name
                    self._take(forces, m.start(), m.end())

    def _office_holder(self, state: gz.State, noun: str) -> Candidate | None:
        if noun not in ("president", "prime minister", "leader", "foreign minister", "defence minister", "defense minister", "spokesman"):
            return None
        found = [
            c for c in self.reg.by_key.values()
            if c.kind == "person" and c.affiliation == state.name
            and noun in f"{c.role or ''} {c.extra.get('gazetteer_role', '')}".lower()
        ]
        return found[0] if len(found) == 1 else None

    def organisations(self) -> None:
        """Names ending in an organisation word: 'Russia's Defence Ministry', 'US Central Command'."""
        short: dict[str, str] = {}
        for m in _ORG_HEAD_RE.finditer(self.text, self.body):
            tokens = [(t.start() + m.start("org"), t.group()) for t in re.finditer(r"\S+", m.group("org"))]
            while tokens and tokens[0][1].lower() in gz.COMMON_CAPITALISED and tokens[0][1] not in gz.ORG_HEADS and tokens[0][1] not in _STATE_FORMS:
                tokens.pop(0)
            while tokens and tokens[-1][1].lower() in ("of", "and", "the", "for", "on"):
                tokens.pop()
            state = None
            lead = ""
            for i, (_, tok) in enumerate(tokens[:-1]):
                if not re.search(r"[’']s$", tok):
                    continue
                # "Russia's Defence Ministry": the state owns it; "People's Liberation Army's
                # Eastern Theater Command": an organisation owns it; "King's College": a name
                owner = re.sub(r"[’']s$", "", tok)
                state = _STATE_FORMS.get(owner) or _CAPITALS.get(owner)
                owner_words = [t for _, t in tokens[: i + 1]]
                owner_words[-1] = owner
                if state is not None or owner in self.surnames or any(w in gz.ORG_HEADS for w in owner_words):
                    tokens = tokens[i + 1 :]
                    lead = state.demonyms[0] if state else ""
                    break
            if tokens and state is None and (tokens[0][1] in _DEMONYMS or tokens[0][1] in _STATE_FORMS) and len(tokens) > 1:
                state = _DEMONYMS.get(tokens[0][1]) or _STATE_FORMS[tokens[0][1]]
            if not tokens:
                continue
            words = [t for _, t in tokens]
            if len(words) < 2 and not (words[0] in ("Parliament", "Congress", "Senate", "Pentagon") or lead):
                continue
            s, e = tokens[0][0], tokens[-1][0] + len(tokens[-1][1])
            if not self.claims.free(s, e):
                continue
            name = " ".join(words)
            bare = " ".join(w for w in words if w not in _DEMONYMS and w not in _STATE_FORMS)
            display = f"{lead} {name}" if lead else name
            canon = _ORG_BY_NORM.get(norm(display)) or _ORG_BY_NORM.get(norm(name)) or display
            key = short.get(norm(name)) if not state else None
            key = key or "org:" + norm(canon)
            kind = gz.ORGANISATIONS[canon][0] if canon in gz.ORGANISATIONS else _kind_from_head(name)
            cand = self.reg.get(key, canon, kind)
            if state is not None:
                cand.affiliation = cand.affiliation or state.name
                if not lead and kind in ("government", "military", "military unit"):
                    # "US Navy": the state acts through it ("Saudi Hospital" is only a name)
                    self._state(state).add(self.text, s, s + len(words[0]))
                if bare and " " in bare or bare in gz.ORG_HEADS:
                    short.setdefault(norm(bare), key)
            self._take(cand, s, e)

    def named_by_context(self) -> None:
        """Organisations the words around them reveal: 'researchers at Dragos', 'a group
        that calls itself CyberAv3ngers', 'companies including Maersk'."""
        for m in _CONTEXT_ORG.finditer(self.text, self.body):
            name = m.group("name")
            if re.match(r"(?:known as|dubbed)", m.group()) and re.search(r"[A-Z][a-z]+, $", self.text[max(0, m.start() - 20) : m.start()]):
                self.nickname_spots.append(m)  # after a name: read once people are known
                continue
            words = name.split()
            while words and (words[-1].lower() in _NOT_NAME or words[-1] in _DEMONYMS):
                words.pop()
            if not words or words[0].lower() in _NOT_NAME or words[0] in _DEMONYMS or words[0] in _STATE_FORMS or words[0] in _REGION_SET:
                continue
            name = " ".join(words)
            s = m.start("name")
            e = s + len(name)
            if not self.claims.free(s, e) or words[0] in gz.FIRST_NAMES:
                continue
            ctx = self.text[max(0, m.start() - 120) : e + 60].lower()
            kind = "armed group" if re.search(r"hack|cyber|ransomware|militia|rebel|militant|insurgent", ctx) and re.search(r"calls? itself|known as|dubbed|group", m.group()) else "organisation"
            canon = _ORG_BY_NORM.get(norm(name), name)
            cand = self.reg.get("org:" + norm(canon), canon, kind)
            self._take(cand, s, e)
            for more in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", self.text[self.body :]):
                ms, me = more.start() + self.body, more.end() + self.body
                if self.claims.free(ms, me):
                    self._take(cand, ms, me)

    def nicknames(self) -> None:
        """'Mohamed Hamdan Dagalo, known as Hemedti': an alias of that person."""
        for m in self.nickname_spots:
            person = self._person_ending_at(m.start())
            name = self._clean_name(m.group("name")) or m.group("name")
            s, e = m.start("name"), m.start("name") + len(name)
            if not self.claims.free(s, e):
                continue
            if person is not None:
                self._take(person, s, e)
                self.surnames.setdefault(name, person.key)
            else:
                self._context_name(name, s, "organisation")

    def _spelling_variant(self, name: str) -> str | None:
        """The key of a person already found under another spelling of the same name
        ('Volodymyr Zelenskyy' / 'Volodymyr Zelensky'): same first name, one surname a prefix
        of the other or a known variant."""
        first, last = name.split()[0], name.split()[-1]
        leader = _LEADER_SURNAMES.get(last)
        if leader and leader.split()[0] == first and leader != name:
            key = _person_key(leader)
            if key not in self.reg.by_key:
                cand = self.reg.get(key, leader, "person")
                cand.affiliation, cand.extra["gazetteer_role"] = gz.LEADERS[leader]
            return key
        for key, cand in self.reg.by_key.items():
            if cand.kind != "person" or " " not in cand.name or cand.name == name:
                continue
            other_first, other_last = cand.name.split()[0], cand.name.split()[-1]
            if other_first == first and len(last) > 4 and len(other_last) > 4 and (last.startswith(other_last) or other_last.startswith(last)):
                return key
        return None

    def _person_ending_at(self, offset: int) -> Candidate | None:
        """The person whose mention ends just before ``offset`` (", known as ...")."""
        for cand in self.reg.by_key.values():
            if cand.kind == "person" and any(0 <= offset - e <= 2 for _, e in cand.mentions):
                return cand
        return None

    def ministries(self) -> None:
        """'The Gaza health ministry', 'Russia's foreign ministry' (lower case)."""
        for m in _MINISTRY.finditer(self.text, self.body):
            owner = re.sub(r"[’']s$", "", m.group("owner"))
            if owner.lower() in gz.COMMON_CAPITALISED or not self.claims.free(m.start("owner"), m.end()):
                continue
            state = _STATE_FORMS.get(owner) or _DEMONYMS.get(owner) or _CAPITALS.get(owner)
            place = state.demonyms[0] if state else owner
            name = f"{place} {m.group('what').lower()} ministry"
            cand = self.reg.get("org:" + norm(name), name, "government")
            if state is not None:
                cand.affiliation = cand.affiliation or state.name
                self._state(state).strong += 1
            self._take(cand, m.start("owner"), m.end())

    def appositions(self) -> None:
        """'Energoatom, Ukraine's state nuclear operator,' is an organisation; 'Wen-Ti Sung, a
        fellow at ...' a person; an unknown acronym before 'spokesman' an organisation."""
        for m in _APPOSITION_ORG.finditer(self.text, self.body):
            self._context_name(m.group("name"), m.start("name"), "organisation")
        for m in _APPOSITION_PERSON.finditer(self.text, self.body):
            name = self._clean_name(m.group("name"))
            s = m.start("name") + m.group("name").find(name) if name else -1
            if name and " " in name and self.claims.free(s, s + len(name)):
                self._person(name, s, s + len(name))
        for m in _ACRONYM_ORG.finditer(self.text, self.body):
            if m.group("name") not in _STATE_FORMS:
                self._context_name(m.group("name"), m.start("name"), "organisation")

    def _context_name(self, name: str, s: int, kind: str) -> None:
        words = name.split()
        while words and words[0].lower() in _NOT_NAME and words[0] not in _STATE_FORMS:
            s += len(words[0]) + 1
            words.pop(0)
        if not words or words[0] in _DEMONYMS or words[0] in _STATE_FORMS or words[0] in _REGION_SET or words[0] in gz.FIRST_NAMES:
            return
        name = " ".join(words)
        e = s + len(name)
        if not self.claims.free(s, e):
            return
        canon = _ORG_BY_NORM.get(norm(name), name)
        cand = self.reg.get("org:" + norm(canon), canon, gz.ORGANISATIONS.get(canon, (kind,))[0])
        self._take(cand, s, e)
        for more in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", self.text[self.body :]):
            ms, me = more.start() + self.body, more.end() + self.body
            if self.claims.free(ms, me):
                self._take(cand, ms, me)

    def statistical(self) -> None:
        """Names a statistical model found (the spaCy engine), read with the same rules."""
        for s, e, label in self.extra_spans:
            if not self.claims.free(s, e):
                continue
            surface = self.text[s:e]
            if label == "PERSON":
                name = self._clean_name(surface)
                if name and " " in name:
                    self._person(name, s, s + len(name))
            elif label == "ORG":
                words = surface.split()
                if words and words[0].lower() in ("the",):
                    s += len(words[0]) + 1
                    words = words[1:]
                name = " ".join(words)
                if len(name) < 3 or name.lower() in _NOT_NAME or name in _DEMONYMS or name.isupper() and len(name) > 6:
                    continue
                if " " not in name and not name.isupper() and self.text.count(name) < 2:
                    continue  # a lone capitalised word the model calls ORG is too often wrong
                if re.match(r"\s+(?:Secretary|Minister|Ministry|spokesman|official)", self.text[s + len(name) : s + len(name) + 12]):
                    continue
                canon = _ORG_BY_NORM.get(norm(name), name)
                kind = gz.ORGANISATIONS[canon][0] if canon in gz.ORGANISATIONS else _kind_from_head(name)
                self._take(self.reg.get("org:" + norm(canon), canon, kind), s, s + len(name))

    def people(self) -> None:
        """Capitalised names: a known first name, or a name followed by 'said' and the like."""
        name_re = re.compile(rf"(?<![\w\-’']){_NAME}")
        for m in name_re.finditer(self.text, self.body):
            raw = m.group()
            words = raw.split()
            offset = 0
            while words and (words[0].lower() in _NOT_NAME or words[0] in _DEMONYMS or words[0] in _STATE_FORMS):
                offset += len(words[0]) + 1
                words.pop(0)
            name = self._clean_name(" ".join(words))
            if not name or " " not in name:
                continue
            s = m.start() + offset
            e = s + len(name)
            if not self.claims.free(s, e) or any(w in _REGION_SET for w in name.split()):
                continue
            first = name.split()[0]
            if name in _CAPITALS or name in _REGION_SET or _is_locative(self.text, s):
                continue
            said = _SAID.match(self.text, e) or _SAID_BEFORE.search(self.text[max(0, s - 16) : s])
            if first in gz.FIRST_NAMES or (said and len(name.split()) <= 3):
                self._person(name, s, e)

    def surname_mentions(self) -> None:
        if not self.surnames:
            return
        regex = _word_re(self.surnames)
        for m, s, e in self._iter(regex):
            if not self.claims.free(s, e):
                continue
            if self._regime(m.group(), s, e):
                continue
            self._take(self.reg.by_key[self.surnames[m.group()]], s, e)

    def acronyms(self) -> None:
        """A bare acronym that spells the initials of an organisation already found."""
        by_initials: dict[str, Candidate] = {}
        for cand in self.reg.by_key.values():
            if cand.key.startswith("org:") and " " in cand.name:
                by_initials.setdefault(_initials(cand.name), cand)
                for form in cand.forms.values():
                    by_initials.setdefault(_initials(form), cand)
        for m, s, e in self._iter(_ACRONYM):
            if self.claims.free(s, e) and m.group() in by_initials:
                self._take(by_initials[m.group()], s, e)

    def rebels(self) -> None:
        cand = None
        for m, s, e in self._iter(_REBEL):
            dem = m.group("dem")
            if dem and dem not in _DEMONYMS:
                # "Houthi rebels" is the group itself: a known organisation claims it first
                continue
            if not self.claims.free(s, e):
                continue
            before = self.text[max(0, s - 30) : s]
            if re.search(r"\b(?:former|ex-|anti)\s*$", before):
                continue
            phrase = m.group()
            if phrase.split()[0] in ("unspecified", "armed", "local", "rival"):
                drop = len(phrase.split()[0]) + 1
                s += drop
                phrase = phrase[drop:]
            if cand is None:
                cand = self.reg.get("group:rebels", phrase, "armed group")
            self._take(cand, s, e)
            if dem and not cand.affiliation:
                cand.affiliation = _DEMONYMS[dem].name

    def roles(self) -> None:
        """Apposition after the first mention: 'HTS, a former al-Qaeda affiliate,'."""
        for cand in self.reg.by_key.values():
            if cand.role or cand.key.startswith("state:"):
                continue
            for s, e in sorted(cand.mentions):
                m = _ROLE_AFTER.match(self.text, e)
                if m:
                    cand.role = m.group("role").strip()
                    break
        for cand in self.reg.by_key.values():
            if cand.kind == "person" and not cand.role and "gazetteer_role" in cand.extra:
                cand.role = str(cand.extra["gazetteer_role"])


def state_words(name: str) -> list[str]:
    """Words that stand for the state ``name`` in a sentence: name, aliases, demonyms."""
    state = gz.STATE_BY_NAME.get(name)
    if state is None:
        return [name]
    return [state.name, *state.aliases, *state.demonyms, *state.capitals]


def is_actor(cand: Candidate) -> bool:
    """Whether a candidate is worth listing as an actor (states need to *act* in the text)."""
    if cand.key.startswith("state:"):
        return cand.strong > 0 or len(cand.mentions) >= 3
    return bool(cand.mentions) or cand.strong > 0
