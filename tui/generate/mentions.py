"""Shared bookkeeping of the rule engine: claimed stretches of text and entity candidates.

Extraction runs in passes, most specific first (equipment, then defined acronyms, known
organisations, titled people, states ...). Each pass *claims* the characters it explains so a
later, looser pass cannot read "Khmeimim Air Base" as an organisation or "Tor" as a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import norm


#: a quote or possessive mark closing a name
_CLOSING = re.compile(r"(?<=\w)[’']$")


class Claims:
    """Which characters of the text an earlier pass has already explained."""

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        """True when no character of ``[start, end)`` is claimed."""
        return not any(self._taken[start:end])

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


@dataclass
class Candidate:
    """An entity the text talks about, with every mention found so far."""

    key: str
    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    #: surface forms by comparison form, in order of appearance
    forms: dict[str, str] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: evidence that the entity *acts* in the text (not only a place name in passing)
    strong: int = 0
    weak: int = 0
    extra: dict[str, object] = field(default_factory=dict)
    _seen: set[tuple[int, int]] = field(default_factory=set, repr=False)

    def add(self, text: str, start: int, end: int, *, strong: bool = True) -> None:
        """Record the mention ``text[start:end]``."""
        surface = text[start:end]
        self.forms.setdefault(norm(surface), surface)
        if (start, end) not in self._seen:
            self._seen.add((start, end))
            self.mentions.append((start, end))
        if strong:
            self.strong += 1
        else:
            self.weak += 1

    def add_span(self, start: int, end: int) -> None:
        """Record a mention found by another candidate (its wording is recorded there)."""
        if (start, end) not in self._seen:
            self._seen.add((start, end))
            self.mentions.append((start, end))

    def replace_mentions(self, mentions: list[tuple[int, int]]) -> None:
        """Set the mentions anew (a rule that widens or narrows their spans)."""
        self.mentions = list(mentions)
        self._seen = set(self.mentions)

    @property
    def first(self) -> int:
        return min(self.mentions)[0] if self.mentions else 1 << 60

    def aliases(self) -> list[str]:
        """Surface forms other than the name, first seen first, one per comparison form."""
        own = norm(self.name)
        out = []
        seen = {own}
        for key, surface in self.forms.items():
            if key in seen:
                continue
            seen.add(key)
            out.append(surface)
        return out


class Registry:
    """Candidates by key, in a deterministic order (first mention in the text)."""

    def __init__(self) -> None:
        self.by_key: dict[str, Candidate] = {}
        #: every candidate ever made, also those a later rule folded or dropped: what was considered
        self.made: list[Candidate] = []

    def get(self, key: str, name: str, kind: str) -> Candidate:
        cand = self.by_key.get(key)
        if cand is None:
            cand = self.by_key[key] = Candidate(key, name, kind)
            self.made.append(cand)
        return cand

    def strip_closing_quotes(self, text: str) -> None:
        """Drop a closing quote or possessive mark that a name pattern took along ("Santos’
        government", "the ship, 'MV Lila Norfolk',"): cheaper here than in every pattern."""
        for cand in self.by_key.values():
            if not any(text[e - 1] in "’'" for _, e in cand.mentions) and cand.name[-1:] not in ("’", "'"):
                continue
            cand.name = _CLOSING.sub("", cand.name)
            cand.replace_mentions([(s, e - 1) if e - s > 1 and text[e - 1] in "’'" and text[e - 2].isalpha() else (s, e) for s, e in cand.mentions])
            forms: dict[str, str] = {}
            for surface in cand.forms.values():
                surface = _CLOSING.sub("", surface)
                forms.setdefault(norm(surface), surface)
            cand.forms = forms

    def ordered(self) -> list[Candidate]:
        return sorted(self.by_key.values(), key=lambda c: (c.first, c.key))
