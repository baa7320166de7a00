"""Asset rules of session 10 (see docs/generator-quality.md, round 10): words that are no asset
names, and one model told with and without its second role letter.

- a sentence-opening adverb before a comma ("Simultaneously, a US submarine launched ...",
  "Separately, the frigate ...") is no ship's or weapon's name: :func:`claim_openers` claims it
  before the detectors run;
- a designator with two role prefixes ("F/A-18") is the same model as the same designator with
  either prefix alone ("F-18", "A-18"): :func:`fold_slash_designators`.
"""

from __future__ import annotations

import re

from .asset_extra import _fold
from .mentions import Claims, Registry

#: "Simultaneously," at the start of a sentence or a line
_OPENER = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=[.!?][”\"]\s))(?P<w>[A-Z][a-z]{3,}ly),")
_SLASH = re.compile(r"(?P<a>[A-Z]{1,2})/(?P<b>[A-Z]{1,2})(?P<tail>-.+)")


def claim_openers(text: str, claims: Claims, body_start: int) -> None:
    """Claim sentence-opening '-ly' adverbs so that no name rule reads them as a name."""
    if "ly," not in text:
        return
    for m in _OPENER.finditer(text, body_start):
        claims.take(m.start("w"), m.end("w"))


def fold_slash_designators(reg: Registry) -> None:
    """'F/A-18' and 'F-18' (or 'A-18') are one model, under the first-named form."""
    slashed = [c for c in reg.by_key.values() if "/" in c.name and _SLASH.fullmatch(c.name)]
    if not slashed:
        return
    by_name = {c.name: c for c in reg.by_key.values()}
    for cand in slashed:
        m = _SLASH.fullmatch(cand.name)
        for single in (m.group("a") + m.group("tail"), m.group("b") + m.group("tail")):
            other = by_name.get(single)
            if other is None or other.kind != cand.kind or other.key not in reg.by_key or cand.key not in reg.by_key:
                continue
            source, target = (other, cand) if cand.first <= other.first else (cand, other)
            _fold(reg, source, target)
            cand = target
