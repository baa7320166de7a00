"""Actor passes that read names from their context: 'researchers at X', 'X, a company',
'known as Y', lower-case ministries, acronyms, collective rebels, roles in apposition, and the
names a statistical model (spaCy) found. Mixed into :class:`.actors.ActorReader`."""

from __future__ import annotations

import re

from . import gazetteer as gz
from .actor_patterns import (
    _MEDIA_GROUP,
    _person_key,
    _LEADER_SURNAMES,
    _MEMBERS_OF,
    _REBEL_NOUN,
    _CAP_LIST,
    _LOWER_HEAD_ORG,
    _POLICE,
    _ACRONYM_APPOSITION,
    _ACRONYM,
    _ACRONYM_ORG,
    _APPOSITION_ORG,
    _APPOSITION_PERSON,
    _CAPITALS,
    _CONTEXT_ORG,
    _DEMONYMS,
    _MINISTRY,
    _NOT_NAME,
    _ORG_BY_NORM,
    _REBEL,
    _REGION_SET,
    _ROLE_AFTER,
    _STATE_FORMS,
    _initials,
    _kind_from_head,
    scan,
)
from .mentions import Candidate
from .text import NUMBER_WORDS, matches_at, norm


#: the words every phrase of :data:`_CONTEXT_ORG` starts with (lower case)
_CONTEXT_ANCHORS = tuple(
    """researchers analysts experts officials executives engineers staff spokes call known dubbed self-styled group gang
    network crew operation outfit company companies firm militia faction unit movement organisations organizations
    operators vendor carriers lines outlet broadcaster campaign pressure environmental activist protest monitor
    rights watchdog think cybersecurity security website newspaper ngo charity manufacturer contractor operator
    startup""".split()
)


def _context_orgs(text: str, start: int):
    """``_CONTEXT_ORG.finditer(text, start)``, tried only where one of its first words stands: a
    full scan of that long alternation cost ~0.8 ms per article."""
    low = text.lower()
    if len(low) != len(text):
        yield from _CONTEXT_ORG.finditer(text, start)
        return
    spots = set()
    for word in _CONTEXT_ANCHORS:
        i = low.find(word, start)
        while i >= 0:
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                spots.add(i)
            i = low.find(word, i + 1)
    yield from matches_at(_CONTEXT_ORG, text, start, spots)


class ContextPasses:
    """The context passes; they use the reader's text, claims, registry and person helpers."""

    def named_by_context(self) -> None:
        """Organisations the words around them reveal: 'researchers at Dragos', 'a group
        that calls itself CyberAv3ngers', 'companies including Maersk'."""
        for m in _context_orgs(self.text, self.body):
            name = m.group("name")
            if re.search(r"\d{4}[A-Z]?$", name) or re.search(
                    r"\b(?:drills?|exercises?|manoeuvres|maneuvers|war ?games|operations?|offensive|campaign|plan|"
                    r"programme|program|project|mission|storm|cyclone|typhoon|hurricane|law|bill|doctrine),? $", self.text[max(0, m.start() - 30) : m.start()]):
                continue  # "the drills, dubbed Joint Sword-2024B": an event's name, not a body's
            lead = self.text[max(0, m.start() - 16) : m.start()]
            if re.match(r"(?:known as|dubbed)", m.group(), re.IGNORECASE) and (lead.endswith(", ") or re.search(r"\bwho (?:is|was) (?:better |also )?$|\b(?:better|also) $", lead)):
                self.nickname_spots.append(m)  # "X, known as Y": read once every X is known
                continue
            words = name.split()
            while words and (words[-1].lower() in _NOT_NAME or words[-1] in _DEMONYMS):
                words.pop()
            if not words or words[0].lower() in gz.COMMON_CAPITALISED or words[0] in _DEMONYMS or words[0] in _STATE_FORMS or words[0] in _REGION_SET:
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
        """'Mohamed Hamdan Dagalo, known as Hemedti', 'the agency, known as the HUR': an alias
        of the person or organisation just named."""
        for m in self.nickname_spots:
            lead = self.text[max(0, m.start() - 16) : m.start()]
            person = self._person_ending_at(m.start(), people_only=bool(re.search(r"who (?:is|was)|better|also", lead)))
            name = (self._clean_name(m.group("name")) if person is not None and person.kind == "person" else "") or m.group("name")
            s, e = m.start("name"), m.start("name") + len(name)
            if not self.claims.free(s, e):
                found = self.reg.by_key.get("org:" + norm(name)) or next(
                    (c for c in self.reg.by_key.values() if c is not person and c.kind == "person" and (s, e) in c.mentions), None)
                if person is not None and found is not None and found is not person:
                    for start, end in found.mentions:  # the same body under its short name
                        person.add(self.text, start, end)
                    del self.reg.by_key[found.key]
                continue
            if person is not None:
                self._take(person, s, e)
                self.surnames.setdefault(name, person.key)
            elif re.search(rf"\b(?:{'|'.join(gz.GEO_HEADS)}|Line of \w+)\b,? (?:also |better )?$", self.text[max(0, m.start() - 40) : m.start()]):
                continue  # "Scarborough Shoal, also known as ...": another name of the place
            else:
                self._context_name(name, s, "organisation")

    def _person_ending_at(self, offset: int, people_only: bool = False) -> Candidate | None:
        """The person whose mention ends just before ``offset`` (", known as ...")."""
        best = None
        reach = 140 if people_only else 60
        for cand in self.reg.by_key.values():
            if cand.key.startswith("state:") or (people_only and cand.kind != "person"):
                continue  # "UN peacekeepers in southern Lebanon, known as UNIFIL" is not Lebanon
            for _, e in cand.mentions:
                gap = offset - e
                if 0 <= gap <= reach and "." not in self.text[e:offset] and (best is None or gap < best[0]):
                    best = (gap, cand)
        return best[1] if best else None

    def ministries(self) -> None:
        """'The Gaza health ministry', 'Russia's foreign ministry' (lower case)."""
        for m in _MINISTRY.finditer(self.text, self.body):
            owner = re.sub(r"[’']s$", "", m.group("owner"))
            if owner.lower() in gz.COMMON_CAPITALISED or not self.claims.free(m.start("owner"), m.end()):
                continue
            state = _STATE_FORMS.get(owner) or _DEMONYMS.get(owner) or _CAPITALS.get(owner)
            place = state.demonyms[0] if state else owner
            name = f"{place} {m.group('what').lower()} {m.group('body')}"
            described = self._described_org(m.start("owner"))
            if described is not None:  # "X, Germany's domestic intelligence agency, warned"
                self._take(described, m.start("owner"), m.end())
                continue
            cand = self.reg.get("org:" + norm(name), name, "government")
            if state is not None:
                cand.affiliation = cand.affiliation or state.name
                self._state(state).strong += 1
            self._take(cand, m.start("owner"), m.end())

    def _described_org(self, start: int) -> Candidate | None:
        """The organisation named just before ', ' at ``start`` (an apposition describes it)."""
        if self.text[max(0, start - 2) : start] != ", ":
            return None
        for cand in self.reg.by_key.values():
            if cand.key.startswith("org:") and any(e == start - 2 for _, e in cand.mentions):
                return cand
        return None

    def milbloggers(self) -> None:
        """'Russian milbloggers', 'Russian state media': sources the analyst weighs."""
        for m in _MEDIA_GROUP.finditer(self.text, self.body):
            state = _DEMONYMS.get(m.group("dem"))
            if state is None or not self.claims.free(m.start(), m.end()):
                continue
            cand = self.reg.get(f"media:{state.name}:{m.group('what').lower()}", m.group(), "media")
            cand.affiliation = cand.affiliation or state.name
            self._take(cand, m.start(), m.end())

    def bare_ministries(self) -> None:
        """'The interior ministry said': the one ministry of that name already found, or a new one."""
        for m in re.finditer(r"\b[Tt]he (?P<what>interior|defence|defense|foreign|health|justice|finance|"
                             r"economy|energy|emergencies|information) ministry\b", self.text[self.body :]):
            s, e = m.start() + self.body + 4, m.end() + self.body
            if not self.claims.free(s, e):
                continue
            what = m.group("what")
            same = [c for c in self.reg.by_key.values() if c.kind == "government" and c.name.lower().endswith(f"{what} ministry")]
            cand = same[0] if len(same) == 1 else self.reg.get(f"org:{what} ministry", f"{what} ministry", "government")
            self._take(cand, s, e)

    def police_and_embassies(self) -> None:
        """'Kosovo police', 'the Chinese embassy', 'Taiwan's coast guard': a state's body."""
        for m in _POLICE.finditer(self.text, self.body):
            owner_words = m.group("owner").split()
            state = None
            start = m.start("owner")
            for i in range(len(owner_words)):
                piece = re.sub(r"[’']s$", "", " ".join(owner_words[i:]))
                state = _STATE_FORMS.get(piece) or _DEMONYMS.get(piece)
                if state is not None:
                    start = m.start("owner") + len(" ".join(owner_words[:i])) + (1 if i else 0)
                    break
            if state is None or not self.claims.free(start, m.end()):
                continue
            body = m.group("body")
            name = re.sub(r"^the ", "", self.text[start : m.end()], flags=re.IGNORECASE)
            kind = "military" if body in ("coast guard", "national guard", "security forces") else "government"
            # one body per state however it is written ("China's coast guard", "Chinese coast guard")
            cand = self.reg.get(f"org:{body}:{state.name}", name, kind)
            cand.affiliation = cand.affiliation or state.name
            self._state(state).strong += 1
            self._take(cand, start, m.end())

    def lower_case_heads(self) -> None:
        """'the Belgrade-backed Serb List party': a capitalised name before 'party', 'movement'."""
        for m in _LOWER_HEAD_ORG.finditer(self.text, self.body):
            words = m.group("name").split()
            start = m.start("name")
            while words and (words[0].lower() in _NOT_NAME or (words[0] in _STATE_FORMS and len(words) > 1)
                             or re.search(r"-(?:backed|based|led|linked|aligned|allied|controlled|run)$", words[0])):
                start += len(words[0]) + 1
                words.pop(0)
            name = " ".join(words)
            if not words or name in _DEMONYMS or name in _STATE_FORMS or any(w in _STATE_FORMS for w in words):
                continue
            if not self.claims.free(start, start + len(name)):
                continue
            kind = "political party" if m.group("head") == "party" else "armed group" if m.group("head").endswith("group") else "organisation"
            self._take(self.reg.get("org:" + norm(name), name, kind), start, start + len(name))

    def listed_with_organisations(self) -> None:
        """'AT&T, Verizon and Lumen Technologies': unknown names listed with an organisation."""
        for m in scan(_CAP_LIST, self.text, self.body, self.runs):
            items = []
            for item in re.finditer(r"[A-Z][\w&’'\-]*(?: [A-Z][\w&’'\-]*){0,2}", m.group("list")):
                items.append((m.start("list") + item.start(), m.start("list") + item.end(), item.group()))
            keys = []
            for s, e, name in items:
                owner = next((c for c in self.reg.by_key.values() if (s, e) in c.mentions or any(cs <= s and e <= ce for cs, ce in c.mentions)), None)
                keys.append(owner)
            if not any(c is not None and c.key.startswith("org:") for c in keys):
                continue
            if any(c is not None and not c.key.startswith("org:") for c in keys):
                continue  # a list of states or people is not a list of companies
            for (s, e, name), owner in zip(items, keys):
                first = name.split()[0]
                if owner is None and self.claims.free(s, e) and first.lower() not in _NOT_NAME and first not in gz.FIRST_NAMES and name not in _REGION_SET:
                    self._context_name(name, s, "organisation")

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
        for m in _ACRONYM_APPOSITION.finditer(self.text, self.body):
            if m.group("name") not in _STATE_FORMS:
                self._context_name(m.group("name"), m.start("name"), "organisation")
        for m in _MEMBERS_OF.finditer(self.text, self.body):
            if m.group("name") not in _STATE_FORMS:
                self._context_name(m.group("name"), m.start("name"), "armed group" if re.match(r"fighter|militant", m.group()) else "organisation")
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
        # an acronym or name already known as another organisation's alias ("SPD" after
        # "Social Democratic Party (SPD)") is that organisation
        known = next((c for c in self.reg.by_key.values() if c.key.startswith("org:") and norm(name) in c.forms), None)
        cand = known or self.reg.get("org:" + norm(canon), canon, gz.ORGANISATIONS.get(canon, (kind,))[0])
        self._take(cand, s, e)
        for more in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", self.text[self.body :]):
            ms, me = more.start() + self.body, more.end() + self.body
            if self.claims.free(ms, me):
                self._take(cand, ms, me)

    def statistical(self) -> None:
        """Names a statistical model found (the spaCy engine), read with the same rules. Not in
        the headline, whose capitals read as names ("Ammo Depot Destroyed"); a candidate only
        the model found is marked, so that a name the text also gives a place or an asset can
        be dropped later (:func:`.actor_merge.drop_statistical_misreads`)."""
        headline_end = self.text.find("\n", self.body)
        before = set(self.reg.by_key)
        for s, e, label in self.extra_spans:
            if not self.claims.free(s, e) or s < headline_end:
                continue
            surface = self.text[s:e]
            if self._used_as_place(surface) or (surface.isupper() and len(surface) > 5) or surface.lower().startswith(("pro-", "anti-")):
                continue  # "in El Fasher", a "BEIRUT" dateline, "Pro-Wagner Telegram channels"
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
                if name in self.surnames:
                    continue  # "Maduro", a person the text names in full
                if " " not in name and norm(name) not in _ORG_BY_NORM and self.text.count(name) < 2:
                    continue  # a lone word the model calls ORG ("Sinaloa", "GMT") is too often wrong
                if re.match(r"\s+(?:Secretary|Minister|Ministry|spokesman|official)", self.text[s + len(name) : s + len(name) + 12]):
                    continue
                canon = _ORG_BY_NORM.get(norm(name), name)
                kind = gz.ORGANISATIONS[canon][0] if canon in gz.ORGANISATIONS else _kind_from_head(name)
                self._take(self.reg.get("org:" + norm(canon), canon, kind), s, s + len(name))
        for key, cand in self.reg.by_key.items():
            if key not in before:
                cand.extra["statistical"] = True

    def _used_as_place(self, name: str) -> bool:
        """Whether the text uses ``name`` as a place somewhere ('in X', 'near X', 'X province')."""
        escaped = re.escape(name)
        return bool(
            re.search(rf"\b(?:in|near|outside|around|towards?|into|across) (?:the )?{escaped}\b", self.text)
            or re.search(rf"\b{escaped} (?:province|region|valley|district|city|town|village|camp|strait|port)\b", self.text)
            or name in _REGION_SET
            or name in _CAPITALS
        )

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
        """Unnamed fighters ('Islamist rebels', 'militia alliance', 'gunmen') as one armed group;
        'the attackers' of a text that names exactly one armed group are that group."""
        named = [c for c in self.reg.by_key.values() if c.kind == "armed group" and c.key.startswith("org:")]
        spots = [n.start() for n in _REBEL_NOUN.finditer(self.text, self.body)]
        found = []
        for spot in spots:  # scan only near the nouns: a full scan of the long pattern is slow
            for m in _REBEL.finditer(self.text, max(self.body, spot - 60), min(len(self.text), spot + 40)):
                if m.start() <= spot < m.end() and (not found or m.start() >= found[-1].end()):
                    found.append(m)
                    break
        followers: dict[str, Candidate] = {}
        for m in found:
            s, e = m.start(), m.end()
            noun = m.group().split()[-1]
            # "Al-Shabaab militants": the group's own fighters; later "the militants" are them too
            noun_start = e - len(noun)
            owner = next((c for c in named if any(s - 1 <= ce <= noun_start and cs < noun_start for cs, ce in c.mentions)), None)
            if owner is not None and self.claims.free(noun_start, e):
                followers[noun] = owner
                self._take(owner, noun_start, e)
                continue
            if noun in followers and m.group() in (noun, "the " + noun) and self.claims.free(s, e):
                self._take(followers[noun], s, e)
                continue
            if named and re.fullmatch(r"(?:the )?(?:attackers|assailants|gunmen|militants|insurgents|jihadists|militia|rebels|guerrillas)", m.group()):
                # the one armed group the text names, or the one named last before ("the militia")
                before = [(max(ce for _, ce in c.mentions if ce <= s), c) for c in named if any(ce <= s for _, ce in c.mentions)]
                near = max(before, key=lambda b: b[0], default=None) if m.group().endswith("militia") else None
                target = named[0] if len(named) == 1 else near[1] if near and s - near[0] < 600 else None
                if target is not None:
                    if self.claims.free(s, e):
                        self._take(target, s, e)
                    continue
            dem = m.group("dem")
            phrase = m.group()
            if dem and dem not in _DEMONYMS:
                if dem.lower() not in NUMBER_WORDS:
                    continue  # "Houthi rebels" is the group itself: a known organisation claims it first
                s, phrase, dem = m.end("dem") + 1, self.text[m.end("dem") + 1 : e], None  # "Four resistance groups"
            if not self.claims.free(s, e):
                continue
            before = self.text[max(0, s - 30) : s]
            if re.search(r"\b(?:former|ex-|anti)\s*$", before):
                continue
            if phrase.split()[0] in ("unspecified", "armed", "local", "rival") and phrase.split()[1:] != ["groups"]:  # not "armed groups" -> "groups"
                drop = len(phrase.split()[0]) + 1
                s += drop
                phrase = phrase[drop:]
            # one collective per family: rebels/opposition/militia, jihadist groups, gunmen, plotters
            lowered = phrase.lower()
            family = ("jihadists" if re.search(r"(?:jihadist|militant|extremist|terrorist|insurgent|rebel|armed|resistance) groups", lowered)
                      else "gunmen" if re.search(r"gunmen|armed men|attackers|assailants", lowered)
                      else "plotters" if re.search(r"plotters|mutineers|putschists", lowered)
                      else "rebels")
            cand = self.reg.get(f"group:{family}", phrase, "military" if family == "plotters" else "armed group")
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

    def _office_holder(self, state: gz.State, noun: str) -> Candidate | None:
        if noun not in ("president", "prime minister", "leader", "foreign minister", "defence minister", "defense minister", "spokesman"):
            return None
        found = [
            c for c in self.reg.by_key.values()
            if c.kind == "person" and c.affiliation == state.name
            and noun in f"{c.role or ''} {c.extra.get('gazetteer_role', '')}".lower()
        ]
        return found[0] if len(found) == 1 else None

    def _forces(self, state: gz.State, name: str, noun: str = "forces") -> Candidate:
        """The state's armed forces: its named military when it has one (the IDF, the PLA).
        The navy and the air force are actors of their own ('Ukraine's navy said ...')."""
        if noun in ("navy", "air force"):
            cand = self.reg.get(f"forces:{state.name}:{noun}", f"{state.demonyms[0]} {noun}", "military")
            cand.affiliation = cand.affiliation or state.name
            return cand
        named = gz.NATIONAL_FORCES.get(state.name)
        own = [c for c in self.reg.by_key.values() if c.key.startswith("org:") and c.kind == "military" and re.fullmatch(
            rf"(?:Armed Forces of (?:the )?{re.escape(state.name)}|(?:{'|'.join(map(re.escape, (state.name, *state.aliases, *state.demonyms)))})"
            r"(?: National)? (?:Armed Forces|Army|Defen[cs]e Forces))", c.name)]
        if own:  # "the Philippine military" is the Armed Forces of the Philippines
            cand = own[0]
        elif named:
            cand = self.reg.get("org:" + norm(named), named, "military")
        else:
            cand = self.reg.get("forces:" + state.name, name, "military")
        cand.affiliation = cand.affiliation or state.name
        return cand
