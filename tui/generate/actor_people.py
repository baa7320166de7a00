"""More person rules for real news wording, mixed into :class:`.actors.ActorReader`: a name with
its role in apposition ('Gleb Nikitin, governor of ...', 'the energy minister, German
Galushchenko,'), a nickname in quotes inside a name ('Mohamed Hamdan “Hemedti” Dagalo'), a
two-word name whose surname the text repeats alone ('Khalifa Haftar ... Haftar said'), and the
subject of 'did not respond to a request for comment', which is an actor of the story."""

from __future__ import annotations

import re

from . import gazetteer as gz
from .actor_patterns import _CAP_TOKEN, _DEMONYMS, _NOT_NAME, _ORG_FORMS, _REGION_SET, _STATE_FORMS, _CAPITALS

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
