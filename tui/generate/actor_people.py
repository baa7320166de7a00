"""More person rules for real news wording, mixed into :class:`.actors.ActorReader`: a name with
its role in apposition ('Gleb Nikitin, governor of ...', 'the energy minister, German
Galushchenko,'), a nickname in quotes inside a name ('Mohamed Hamdan “Hemedti” Dagalo'), a
two-word name whose surname the text repeats alone ('Khalifa Haftar ... Haftar said'), and the
subject of 'did not respond to a request for comment', which is an actor of the story."""

from __future__ import annotations

import re

from . import gazetteer as gz
from .asset_intro import headline_only
from .actor_patterns import _CAP_TOKEN, _DEMONYMS, _HEAD_OF, _NOT_NAME, _ORG_FORMS, _PRE_TITLE, _REGION_SET, _STATE_FORMS, _CAPITALS, _TITLE_RE, scan

#: A capitalised title at the start of a name ("Colonel" in "spokesman Colonel X").
_LEADING_TITLE = re.compile(r"(?:" + "|".join(re.escape(t) for t in gz.TITLES if t[0].isupper()) + r") ")

_ROLE = (r"(?:deputy |acting |former |regional |provincial )?(?:governor|head|mayor|chief|leader|director|spokes(?:man|woman|person)|"
         r"commander|minister|president|chairman|chairwoman|founder|secretary|prosecutor|ambassador|envoy)")
_NAME_THEN_ROLE = re.compile(
    rf"(?<![\w’'\-])(?P<name>{_CAP_TOKEN} {_CAP_TOKEN}(?: {_CAP_TOKEN})?), (?:the )?{_ROLE} (?:of|at|for|in)\b"
)
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:minister|president|governor|spokes(?:man|woman|person)|leader|chief|commander|envoy|ambassador|head|mayor|director|founder|"
    r"editor|chairman|chairwoman|prosecutor|owner)(?: (?:of|at|for) (?:the |a |an )?(?:[\w’'\-]+ ){0,4}?[\w’'\-]+)?, "
    rf"(?P<name>{_CAP_TOKEN} {_CAP_TOKEN}(?: {_CAP_TOKEN})?),"
)
_NICKNAME = re.compile(
    rf"(?<![\w’'\-])(?P<first>{_CAP_TOKEN}(?: {_CAP_TOKEN}){{0,2}}) [“\"](?P<nick>{_CAP_TOKEN})[”\"] (?P<last>{_CAP_TOKEN})"
)
_PAIR = re.compile(rf"(?<![\w’'\-])(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][a-z]{{3,}})(?![\w’'\-])(?! [A-Z])")
_NO_COMMENT = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,2})(?: (?:also |has |had |have )?)? (?:did not|didn[’']t|has not|had not) "
    r"(?:immediately )?(?:respond|reply) to (?:a |an |our )?(?:requests?|emails?|calls?|inquiries)(?: for comment)?"
    r"|(?<![\w’'\-])(?P<name2>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,2}) (?:declined to comment|could not be reached for comment)"
)


def _plain(word: str) -> bool:
    """A word that may be part of a person's name."""
    bare = re.sub(r"[’']s$", "", word)
    return not (bare.lower() in _NOT_NAME or bare in _STATE_FORMS or bare in _ORG_FORMS or bare in _REGION_SET or bare in _CAPITALS
                or bare in gz.ORG_HEADS)


#: a place or building named after a person: the name is the place's ("Dr. X Island")
_NAMED_AFTER = re.compile(r" (?:International |Memorial |National )?(?:Island|Airport|Airfield|Street|Avenue|Road|Bridge|Stadium|Square|Park|"
                          r"Station|Base|Port|Harbou?r|Hospital|University|Institute|Cent(?:er|re)|Museum|Library|School|College|Highway|Dam|Canal)\b")


class PeoplePasses:
    """The passes; they use the reader's text, claims, registry and person helpers."""

    def nickname_names(self) -> None:
        if "“" not in self.text and '"' not in self.text:
            return
        for m in _NICKNAME.finditer(self.text, self.body):
            first = m.group("first").split()
            start = m.start("first")
            while first and not _plain(first[0]):
                start += len(first[0]) + 1
                first.pop(0)  # "General Mohamed Hamdan “Hemedti” Dagalo"
            if not first or not all(_plain(w) for w in first + [m.group("last")]) or not self.claims.free(start, m.end()):
                continue
            cand = self._person(" ".join(first + [m.group("last")]), start, m.end())
            cand.forms.setdefault(m.group("nick").lower(), m.group("nick"))
            self.surnames.setdefault(m.group("nick"), cand.key)

    def appositive_people(self) -> None:
        for regex, demonym_first in ((_NAME_THEN_ROLE, False), (_ROLE_THEN_NAME, True)):
            for m in regex.finditer(self.text, self.body):
                words = m.group("name").split()
                first_ok = _plain(words[0]) or (demonym_first and words[0] in _DEMONYMS)  # "German Galushchenko"
                if not first_ok or not all(_plain(w) for w in words[1:]) or words[0] in gz.TITLES:
                    continue
                s, e = m.start("name"), m.end("name")
                if self.claims.free(s, e):
                    self._person(m.group("name"), s, e)

    def repeated_surnames(self) -> None:
        """'Khalifa Haftar is looking for ... Haftar also wanted': a person."""
        for m in _PAIR.finditer(self.text, self.body):
            first, last = m.group("first"), m.group("last")
            if not (_plain(first) and _plain(last)) or first in _DEMONYMS or last in _DEMONYMS or last in self.surnames:
                continue
            if first.lower() in gz.COMMON_CAPITALISED or first in ("Al", "El", "Abu", "Bin") or not self.claims.free(m.start(), m.end()):
                continue
            alone = [a for a in re.finditer(rf"(?<![\w’'\-]){re.escape(last)}(?![\w\-])", self.text[self.body :])
                     if a.start() + self.body != m.start("last")]
            lone = [a for a in alone if not re.match(r" [A-Z]", self.text[a.end() + self.body : a.end() + self.body + 2])
                    and not re.search(r"[A-Z][\w’'\-]* $", self.text[max(0, a.start() + self.body - 20) : a.start() + self.body])]
            if lone and headline_only(self.text, self.body, m.start(), m.end()) and all(
                    re.search(r"(?:^|[.!?”\"]\s+|\n)[“\"‘]?$", self.text[max(0, a.start() + self.body - 4) : a.start() + self.body]) for a in lone):
                continue  # "Regime Launches Airstrikes to ..." then "Airstrikes ..." opening a sentence: headline case
            if lone:
                self._person(f"{first} {last}", m.start(), m.end())

    def no_comment_subjects(self) -> None:
        """'Lukoil did not immediately respond to a request for comment': an actor."""
        if "comment" not in self.text and "request" not in self.text:
            return
        for m in _NO_COMMENT.finditer(self.text, self.body):
            group = "name" if m.group("name") else "name2"
            words = m.group(group).split()
            s = m.start(group)
            while words and words[0].lower() in gz.COMMON_CAPITALISED:
                s += len(words[0]) + 1
                words.pop(0)
            if not words or not self.claims.free(s, s + len(" ".join(words))):
                continue
            if words[0] in _STATE_FORMS or words[0] in _DEMONYMS or words[0] in _CAPITALS or words[0] in gz.FIRST_NAMES:
                continue
            self._context_name(" ".join(words), s, "organisation")

    def titled_people(self) -> None:
        for m in _HEAD_OF.finditer(self.text, self.body):
            name = self._clean_name(m.group("name"))
            s = m.start("name")
            if name and " " in name and self.claims.free(s, s + len(name)):
                cand = self._person(name, s, s + len(name))
                cand.role = cand.role or m.group("role")
                cand.affiliation = cand.affiliation or self._affiliation(m.group("org")) or None
        for m in scan(_TITLE_RE, self.text, self.body, self.runs):
            raw = m.group("name")
            # "Army spokesman Colonel Souleymane Dembele": a second title belongs to the role
            offset = 0
            while True:  # "Chief Cabinet Secretary X", "spokesman Colonel X": the rest of the title
                extra_title = _LEADING_TITLE.match(raw, offset)
                head = re.match(r"(?:" + "|".join(gz.ORG_HEADS) + r") ", raw[offset:])
                if extra_title:
                    offset = extra_title.end()
                elif head and _LEADING_TITLE.match(raw, offset + head.end()):
                    offset += head.end()
                else:
                    break
            name = self._clean_name(raw[offset:])
            parts = raw[offset:].split()
            if not name and len(parts) >= 2 and parts[0] in _STATE_FORMS and parts[1][:1].isupper() and parts[1].lower() not in _NOT_NAME:
                name = " ".join(parts[:2])  # "Defence Minister Israel Katz": a first name that is a state
            if not name:
                continue
            s = m.start("name") + offset
            e = s + len(name)
            if not self.claims.free(s, e) or _NAMED_AFTER.match(self.text, e):
                continue  # "Dr. APJ Abdul Kalam Island": a place named after a person
            title = m.group("title")
            before = _PRE_TITLE.search(self.text, max(0, m.start() - 60), m.start())
            pre = before.group(1).strip() if before else ""
            while pre and pre.split()[0].lower() in gz.COMMON_CAPITALISED and not self._affiliation(pre.split()[0]):
                pre = pre.split(" ", 1)[1] if " " in pre else ""
            role_start = m.start("title") - len(pre) - 1 if pre else m.start("title")
            role = self.text[role_start : m.end("title") + (offset + 1 if offset else 0)].rstrip(" ,")
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
