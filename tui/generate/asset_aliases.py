"""Other names of an asset: the surface forms the text folded into it, and the name without
its owner, so a reviewer (and a scorer that reads aliases) sees every way the text says it.

An alias is kept only when it could name the thing on its own: it has a capital or a digit
("Tartus facility", "Merkava", "Su-34s"; not "base", "the refinery" or "oil facilities", which
could as well name another site of the text).
"""

from __future__ import annotations

import re

from .text import norm

#: An owner in front of a name: an acronym ("IDF Merkava"), a demonym ("Israeli Merkava"), or
#: a possessive ("Iran's ..."). What follows must still be a name (a capital or a digit).
_OWNER = re.compile(
    r"^(?:the\s+)?(?:[A-Z]{2,5}|(?:North |South |New )?[A-Z][a-z]+(?:an|ian|ese|i|ish|ch))"
    r"(?:[’']s)?\s+(?=\S)"
)
_MAX_CHARS = 60


def _standalone(form: str) -> bool:
    return any(ch.isupper() or ch.isdigit() for ch in form)


def asset_aliases(name: str, forms: list[str]) -> list[str]:
    """``forms`` (surface forms other than the name) and the owner-less name, cleaned, deduplicated."""
    seen = {norm(name)}
    out: list[str] = []
    candidates = list(forms)
    owned = _OWNER.match(name)
    if owned:
        candidates.append(name[owned.end():])
    for form in candidates:
        form = re.sub(r"^(?:the|a|an)\s+", "", form.strip(), flags=re.I)
        key = norm(form)
        if not form or key in seen or len(form) > _MAX_CHARS or not _standalone(form):
            continue
        seen.add(key)
        out.append(form)
    return out
