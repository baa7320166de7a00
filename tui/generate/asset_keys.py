"""One named asset spelled several ways in one text.

- Names whose keys differ only in dots, hyphens, spaces or apostrophes are one asset ("USS Harry
  S. Truman" and "USS Harry S Truman"; "Druzhba" the link and "Druzhba" the pipeline site); the
  first-mentioned spelling stays the name.
- A designator and the same designator with a short letter suffix ("A-50" and "A-50U", "MiG-29"
  and "MiG-29K") are one model when the text never sets them side by side ("the A-50 and the
  A-50U", "from the A-50 to the A-50U"): the variant is the text's name for it.
- A facility described by its make or age ("the Soviet-built pipeline") is the text's one named
  facility with that head ("the Druzhba pipeline").
"""

from __future__ import annotations

import re

from .asset_extra import _fold
from .mentions import Candidate, Registry

_UNNAMED = ("cls:", "np:")
_SQUASH = re.compile(r"[\s.\-'’]+")
_VARIANT = re.compile(r"(?P<base>[A-Z][A-Za-z]{0,3}-\d{1,4})(?P<suffix>[A-Z]{1,2})")
_DESCRIBED = re.compile(
    r"(?:[A-Z][a-z]+-(?:built|made|era|designed|owned|operated|run)|(?:old|ageing|aging|aged|new|key|main|vital|major|strategic)) "
    r"(?P<head>[a-z]+)"
)


def _squash(cand: Candidate) -> tuple[str, str]:
    body = cand.key.split(":", 1)[-1]
    return cand.kind, _SQUASH.sub("", body)


def _side_by_side(text: str, a: str, b: str) -> bool:
    """The text sets the two designators apart ("A-50 and A-50U", "from the A-50 to the A-50U")."""
    for x, y in ((a, b), (b, a)):
        pattern = rf"(?<![\w\-]){re.escape(x)}s?(?:,| and| or| vs\.?| versus| to| and the| or the| to the| than the| than)\s+{re.escape(y)}(?![\w\-])"
        if re.search(pattern, text):
            return True
    return False


def fold_name_keys(reg: Registry, text: str) -> None:
    """The three folds of the module docstring."""
    named = [c for c in reg.ordered() if not c.key.startswith(_UNNAMED)]
    seen: dict[tuple[str, str], Candidate] = {}
    for cand in named:
        squashed = _squash(cand)
        first = seen.get(squashed)
        if first is None:
            seen[squashed] = cand
        elif cand.key in reg.by_key and first.key in reg.by_key:
            _fold(reg, cand, first)
    if "-" in text:
        by_name = {c.name: c for c in reg.by_key.values() if not c.key.startswith(_UNNAMED)}
        for name, cand in list(by_name.items()):
            m = _VARIANT.fullmatch(name)
            base = by_name.get(m.group("base")) if m else None
            if base is None or base.kind != cand.kind or base.key not in reg.by_key or cand.key not in reg.by_key:
                continue
            if _side_by_side(text, m.group("base"), name):
                continue
            source, target = (base, cand) if cand.first <= base.first else (cand, base)
            _fold(reg, source, target)
    for cand in [c for c in reg.by_key.values() if c.key.startswith("fac:")]:
        m = _DESCRIBED.fullmatch(cand.name)
        if not m:
            continue
        head = m.group("head")
        same = [
            c for c in reg.by_key.values()
            if c is not cand and c.name[:1].isupper() and c.name.lower().split()[-1] == head and not _DESCRIBED.fullmatch(c.name)
        ]
        if len(same) == 1:
            _fold(reg, cand, same[0])
