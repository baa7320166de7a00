"""Actors: states (names, capitals and seats of government used for the government, demonyms
with 'forces' or 'government'), organisations, armed groups, military forces and people.

Passes run most specific first and claim what they explain (see :mod:`.mentions`); aliases are
merged by construction: a surname maps to the full name seen, an acronym to the name whose
initials it spells, a capital or 'the Kremlin' to its state, 'Assad's regime' to Assad's state.
"""

from __future__ import annotations

import itertools
import re

from . import gazetteer as gz
from .actor_context import ContextPasses
from .actor_merge import led_coalitions, merge_variants, regional_forces
from .actor_people import PeoplePasses
from .actor_units import listed_units
from .asset_intro import headline_only
from .actor_patterns import (
    _ORDINAL_UNIT,
    _PAREN_ACRONYM,
    _AMBIGUOUS_SURNAMES,
    _APT,
    _CAPITALS,
    _DEFINITION,
    _DEMONYMS,
    _DEMONYM_RE,
    _FORCE_BLOCK,
    _FORCE_NOUNS,
    _GOV_ALIAS,
    _LEADER_RE,
    _LEADER_SURNAMES,
    _NAME,
    _NOT_NAME,
    _ORG_BY_NORM,
    _ORG_FORMS,
    _ORG_HEAD_RE,
    _ORG_RE,
    _ORG_RE_LONG,
    _REGION_SET,
    _SAID,
    _SAID_BEFORE,
    _SEATS,
    _STATE_FORMS,
    _STATE_NOUN_RE,
    _STATE_RE,
    _FORMAL_STATE_RE,
    _initials,
    _is_locative,
    _kind_from_head,
    _person_key,
    _word_re,
)
from .actor_patterns import cap_runs, scan, state_words
from .mentions import Candidate, Claims, Registry
from .text import norm

__all__ = ["ActorReader", "is_actor", "state_words"]



#: fields of work that an organisation's name joins with "and" ("Research and Development")
_FIELDS = frozenset("""Research Development Science Technology Innovation Trade Industry Commerce Security Infrastructure
    Safety Health Welfare Education Culture Sport Sports Training Planning Reconstruction Relief Rescue Investment Finance
    Energy Environment Resources Information Communications Analysis Engineering Production Supply Logistics Transport""".split())
#: last words of a defined name that make it a thing, not a body ("... Re-entry Vehicle (MIRV)")
_THINGS = frozenset("vehicle vehicles missile missiles weapon weapons rocket rockets launcher launchers drone drones aircraft "
                    "warhead warheads munition munitions vessel vessels satellite satellites".split())
#: a name set off by a comma and the person's office: "Geoffrey Berman, the U.S. attorney in New York"
_ROLE_AFTER = re.compile(r", (?:the|a|an) (?:[\w.\-]+ ){0,3}(?:attorney|prosecutor|minister|spokes(?:man|woman|person)|ambassador|envoy|"
                         r"commander|captain|colonel|general|director|secretary|official|analyst|researcher|professor|lawyer|judge|"
                         r"governor|mayor|senator|lawmaker|advis[eo]r|founder|chairman|chairwoman|CEO)\b")
#: features of the map: a "person" named by one of them is a place
_FEATURES = frozenset("Beach Bay Island Islands River Valley Mountain Mountains Hill Hills Lake Strait Gulf Sea Coast Desert "
                      "Peninsula Cape Point Creek Canyon Forest Plain Plateau Ridge Harbour Harbor".split())
_BARE_FORCE = (" army", " military", " navy", " armed forces", " air force", " troops", " forces")


def _no_possessive(word: str) -> str:
    """``word`` without a closing possessive mark ("Putin’s" -> "Putin"); a string test, for this
    runs on every word of every name."""
    return word[:-2] if word.endswith(("’s", "'s")) else word


class ActorReader(ContextPasses, PeoplePasses):
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
        self.runs = cap_runs(text)  # capitalised words, for the anchored scans (see actor_patterns.scan)

    # -- helpers ------------------------------------------------------------------------

    def _iter(self, regex: re.Pattern[str], group: int | str = 0):
        for m in scan(regex, self.text, self.body, self.runs):
            yield m, m.start(group), m.end(group)

    def _take(self, cand: Candidate, start: int, end: int, strong: bool = True) -> None:
        cand.add(self.text, start, end, strong=strong)
        self.claims.take(start, end)

    def _state(self, state: gz.State) -> Candidate:
        return self.reg.get("state:" + state.name, state.name, "state")

    def _person(self, name: str, start: int, end: int) -> Candidate:
        """The person called ``name`` (full name or surname), merged with earlier mentions."""
        name = re.sub(r"[’']s$", "", name)
        name = gz.LEADER_ALIASES.get(name, name)  # "Abu Mohammed al-Jolani" is Ahmed al-Sharaa
        last = name.split()[-1]
        bare_last = re.sub(r"^(?:al|el)-", "", last)
        key = None
        longer = [c for c in self.reg.by_key.values() if c.kind == "person" and c.name.endswith(" " + name)] if " " in name else []
        if len(longer) == 1:
            key = longer[0].key  # "Le Drian" after "Jean-Yves Le Drian"
        elif " " in name:
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
                full = _LEADER_SURNAMES.get(name) or _LEADER_SURNAMES.get(bare_last) or name
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
        self.units()
        self.organisations()
        self.known_organisations()
        self.ministries()
        self.police_and_embassies()
        regional_forces(self)
        led_coalitions(self)
        self.nickname_names()
        self.titled_people()
        self.leaders()
        self.states()
        self.statistical()
        self.named_by_context()
        self.appositions()
        self.lower_case_heads()
        self.appositive_people()
        self.people()
        self.repeated_surnames()
        self.no_comment_subjects()
        self.nicknames()
        self.surname_mentions()
        self.acronyms()
        self.milbloggers()
        self.bare_ministries()
        self.listed_with_organisations()
        self.rebels()
        self.roles()
        merge_variants(self.reg, self.text)
        for cand in list(self.reg.by_key.values()):  # "Oil Tanker Sinks Navy Ship": headline case, not a navy's name
            if cand.kind in ("military", "organisation") and cand.mentions and all(
                    headline_only(self.text, self.body, s, e) for s, e in cand.mentions):
                del self.reg.by_key[cand.key]
        return self.reg

    def definitions(self) -> None:
        """'Hayat al-Tahrir al-Sham (HTS)': a name and the acronym that stands for it."""
        for paren in _PAREN_ACRONYM.finditer(self.text, self.body):
            # find "(HTS)" first, then read the name before it (a full scan would be slow)
            window_start = max(self.body, paren.start() - 120)
            m = None
            for candidate in _DEFINITION.finditer(self.text, window_start, paren.end()):
                if candidate.end() == paren.end():
                    m = candidate
                    break
            if m is None:
                continue
            long, short = m.group("long"), m.group("short")
            words = long.split()
            while words and (words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _DEMONYMS
                             or (len(words) > 1 and re.sub(r"[’']s$", "", words[0]) in _STATE_FORMS and words[0][-1] == "s")):
                words.pop(0)  # "India's Defence Research ... (DRDO)": the state owns the body
            if not words:
                continue
            long = " ".join(words)
            start = m.start("long") + m.group("long").rfind(long)
            canon = _ORG_BY_NORM.get(norm(long)) or _ORG_FORMS.get(short)
            if canon and norm(long) not in _ORG_BY_NORM and _initials(long)[: len(short)] != short:
                long = ""  # "MOSCOW (AFP)": a dateline before a known acronym; only the acronym is the body
            if canon is None and _initials(long)[: len(short)] != short and len(words) < 2:
                continue
            if canon is None and (words[-1].lower() in _THINGS or (len(words) > 1 and words[-1] in ("System", "Systems") and words[-2].lower() in _THINGS) or self.text.startswith((" technology", " technologies", " system"), paren.end())):
                continue  # "Multiple Independently Targetable Re-entry Vehicle (MIRV) technology": a thing, no body
            if not self.claims.free(start, m.end()):
                continue
            if canon:
                kind = gz.ORGANISATIONS[canon][0]
            else:
                canon = long
                kind = _kind_from_head(long)
                ctx = self.text[max(0, m.start() - 80) : m.end() + 80].lower()
                if re.search(r"militia|rebel|jihad|militant|insurgen|armed group|affiliate|faction|separatist|guerrilla|banned|outlawed", ctx):
                    kind = "armed group"
            cand = self.reg.get("org:" + norm(canon), canon, kind)
            if long:
                self._take(cand, start, start + len(long))
            self._take(cand, m.start("short"), m.end("short"))

    def units(self) -> None:
        """Numbered units: '2nd Combined Arms Army', '47th Mechanised Brigade'."""
        for m in _ORDINAL_UNIT.finditer(self.text, self.body):
            if self.claims.free(m.start(), m.end()):
                self._take(self.reg.get("org:" + norm(m.group("name")), m.group("name"), "military unit"), m.start(), m.end())
        listed_units(self)  # "the 444th and 111th Brigades", "Carrier Air Wing 1" (round 10)

    def known_organisations(self) -> None:
        found = [(m.start(), m.end(), m.group()) for rx in (_ORG_RE_LONG, _ORG_RE) for m in scan(rx, self.text, self.body, self.runs)]
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
        name = _no_possessive(name.strip())
        words = name.split()
        # a name stops before a word that is not part of names (a state, a month, 'The' ...)
        out = []
        for word in words:
            bare = _no_possessive(word)
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
        formal = []
        if "Republic" in text or "Kingdom of" in text or "State of" in text or "Federation" in text:
            for m in _FORMAL_STATE_RE.finditer(text, self.body):
                form = m.group() if m.group() in _STATE_FORMS else m.group().rsplit(" ", 1)[0]
                if form in _STATE_FORMS:
                    formal.append((form, m.start(), m.start() + len(form)))
        for form, s, e in itertools.chain(formal, ((m.group(), s, e) for m, s, e in self._iter(_STATE_RE))):
            if not self.claims.free(s, e):
                continue
            after = text[e : e + 12]
            if re.match(r"\s+[Ww]ar\b|\s+[A-Z][a-z]+\s+[Ww]ar\b|-based\b", after):
                continue  # "the Iraq War" names an event, "Washington-based" a place
            state = _STATE_FORMS.get(form) or _SEATS.get(form) or _CAPITALS.get(form)
            seat = form in _SEATS
            capital = form in _CAPITALS and not seat and form not in _STATE_FORMS
            if seat and text[max(0, s - 4) : s].lower() == "the ":
                s -= 4
            locative = _is_locative(text, s) or re.search(r"\b[A-Z]{3,}(?:[ \-][A-Z]{2,})*, $", text[max(0, s - 30) : s]) is not None
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
                cand = self._forces(state, f"{dem} forces", noun)
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
            if cand.name + "’s" not in text and cand.name + "'s" not in text and not any(cand.name + w in text for w in _BARE_FORCE):
                continue  # the cheap test first: compiling the pattern below is the cost ("the Pakistan army" too)
            for m in re.finditer(rf"\b{re.escape(cand.name)}(?:[’']s)?\s+(armed forces|air force|military|army|navy|forces|troops)\b(?!-)(?!{_FORCE_BLOCK.pattern})(?!\s+(?:bases?|basing|footprint|assets|presence|contractors|facilities))", text):
                bare = text[m.start() + len(cand.name)] not in "’'"
                if bare and re.search(r"(?i)\b(?:in|to|from|at|into|across|near|of|and|with|for|by|on)\s+$", text[max(0, m.start() - 8) : m.start()]):
                    continue  # "in Pakistan troops were deployed": a place, then the troops
                if self.claims.free(m.start(1), m.end()):
                    dem = gz.STATE_BY_NAME[cand.name].demonyms[0]
                    forces = self._forces(gz.STATE_BY_NAME[cand.name], f"{dem} forces", m.group(1).lower())
                    forces.affiliation = cand.name
                    self._take(forces, m.start(), m.end())

    def organisations(self) -> None:
        """Names ending in an organisation word: 'Russia's Defence Ministry', 'US Central Command'."""
        short: dict[str, str] = {}
        caps = set(re.findall(r"(?<![\w\-])[A-Z]{3,8}(?![\w\-])", self.text))  # acronyms the text uses
        for m in scan(_ORG_HEAD_RE, self.text, self.body, self.runs):
            tokens = [(t.start() + m.start("org"), t.group()) for t in re.finditer(r"\S+", m.group("org"))]
            while tokens and tokens[0][1].lower() in gz.COMMON_CAPITALISED and tokens[0][1] not in gz.ORG_HEADS and tokens[0][1] not in _STATE_FORMS:
                tokens.pop(0)
            while tokens and tokens[-1][1].lower() in ("of", "and", "the", "for", "on"):
                tokens.pop()

            whole = " ".join(t for _, t in tokens)
            known = next((j for j in range(1, len(tokens) - 1) if norm(" ".join(t for _, t in tokens[j:])) in _ORG_BY_NORM), None)
            if known is not None and norm(whole) not in _ORG_BY_NORM:
                tokens = tokens[known:]  # "US Cybersecurity and Infrastructure Security Agency": the known name
                whole = " ".join(t for _, t in tokens)
            acronym = _initials(whole)
            spelled = len(acronym) >= 3 and acronym in caps
            for i, (_, tok) in enumerate(tokens):
                if spelled:
                    break  # "Agency for Science and Technology (AST)": the acronym spells the whole name
                # "Guy's and St Thomas' Trust" is one name; "Verizon and Lumen Technologies" two
                if tok in ("of", "for", "on") or norm(whole) in _ORG_BY_NORM:
                    break  # "Institute for Science and International Security"
                if tok in ("and", "&") and i and i + 1 < len(tokens) and tokens[i - 1][1] in _FIELDS and tokens[i + 1][1] in _FIELDS:
                    break  # "Defence Research and Development Organisation": two fields of one body
                if tok in ("and", "&") and i and not re.search(r"[’']s$|s[’']$", tokens[i - 1][1]):
                    tokens = tokens[i + 1 :]
                    break
            state = None
            lead = ""
            for i, (_, tok) in enumerate(tokens[:-1]):
                if not re.search(r"[’']s$", tok):
                    continue
                # "Russia's Defence Ministry": the state owns it; "People's Liberation Army's
                # Eastern Theater Command": an organisation owns it; "King's College": a name
                owner = re.sub(r"[’']s$", "", tok)
                if owner == "People" and tokens[i + 1][1] == "Republic":
                    continue  # "... of the People's Republic of China": a state's name, not an owner
                state = _STATE_FORMS.get(owner) or _CAPITALS.get(owner)
                owner_words = [t for _, t in tokens[: i + 1]]
                owner_words[-1] = owner
                if state is not None or owner in self.surnames or any(w in gz.ORG_HEADS for w in owner_words):
                    tokens = tokens[i + 1 :]
                    lead = state.demonyms[0] if state else ""
                    break
            if tokens and state is None and (tokens[0][1] in _DEMONYMS or tokens[0][1] in _STATE_FORMS) and len(tokens) > 1:
                state = _DEMONYMS.get(tokens[0][1]) or _STATE_FORMS[tokens[0][1]]
            while tokens and re.search(r"-(?:led|backed|based|linked|aligned|allied|controlled|run|dominated)$", tokens[0][1]):
                tokens.pop(0)  # "Kurdish-led Syrian Democratic Forces", "Bahrain-based Fifth Fleet"
            if not tokens:
                continue
            words = [t for _, t in tokens]
            if len(words) < 2 and not (words[0] in ("Parliament", "Congress", "Senate", "Pentagon") or lead):
                continue
            if words[-1] in ("System", "Systems") and words[-2].lower() in _THINGS:
                continue  # "National Advanced Surface-to-Air Missile Systems": weapons, no company
            s, e = tokens[0][0], tokens[-1][0] + len(tokens[-1][1])
            if not self.claims.free(s, e):
                continue
            name = " ".join(words)
            if name in _STATE_FORMS or f"{lead} {name}" in _STATE_FORMS:
                continue  # "the Russian Federation" is the state, read by the state pass
            if name in _SEATS or (len(words) > 2 and " ".join(words[:2]) in _SEATS):
                continue  # "the Oval Office": the seat of a government, read by the state pass
            if words[0] in ("Chief", "Deputy", "Vice") or re.match(r" (?:Secretary|Minister)\b", self.text[e : e + 12]):
                continue  # "Chief Cabinet Secretary X" is a title, not an organisation
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
                    # "US Navy": the state acts through its government ("Saudi Hospital" is only a
                    # name); its navy or army speaking alone does not make the state an actor
                    self._state(state).add(self.text, s, s + len(words[0]), strong=kind == "government")
                if bare and " " in bare or bare in gz.ORG_HEADS:
                    short.setdefault(norm(bare), key)
            self._take(cand, s, e)

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
            if name in _CAPITALS or name in _REGION_SET or _is_locative(self.text, s, lists=False):
                continue
            said = _SAID.match(self.text, e) or _SAID_BEFORE.search(self.text[max(0, s - 16) : s]) or _ROLE_AFTER.match(self.text, e)
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


def is_actor(cand: Candidate) -> bool:
    """Whether a candidate is worth listing as an actor (states need to *act* in the text)."""
    if cand.key.startswith("state:"):
        return cand.strong > 0 or len(cand.mentions) >= 3
    if cand.kind == "person" and cand.name.split()[-1] in _FEATURES:
        return False  # "Langham Beach", "Shoalwater Bay": a feature of the map, no person
    return bool(cand.mentions) or cand.strong > 0
