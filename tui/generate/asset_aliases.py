"""Other names of an asset: the surface forms the text folded into it, and the name without
its owner, so a reviewer (and a scorer that reads aliases) sees every way the text says it.

Every folded form is an alias, the plain ones too ("the refinery", "drones"): they are what the
generator took to mean this asset, so a reviewer sees what it merged (and can split a wrong
merge), and references list assets by such forms. Until session 5 only forms with a capital or
a digit were kept; keeping all of them raised assets F1 on five of the fresh sets by 0.02-0.03
and lowered one by 0.02 (docs/generator-quality.md).

A plain class named with its modifiers ("powerful improvised explosive device") is also called
by its shorter forms ("improvised explosive device", "explosive device", "device"), as the
learned pass already named its own assets (session 6).
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


def asset_aliases(name: str, forms: list[str]) -> list[str]:
    """``forms`` (surface forms other than the name) and the owner-less name, cleaned, deduplicated."""
    seen = {norm(name)}
    out: list[str] = []
    candidates = list(forms)
    owned = _OWNER.match(name)
    if owned:
        candidates.append(name[owned.end():])
    if not re.search(r"[A-Z0-9]", name):  # a plain class: "powerful improvised explosive device"
        words = name.split()
        candidates += [" ".join(words[i:]) for i in range(1, len(words))]
    for form in candidates:
        form = re.sub(r"^(?:the|a|an)\s+", "", form.strip(), flags=re.I)
        key = norm(form)
        if not form or key in seen or len(form) > _MAX_CHARS:
            continue
        seen.add(key)
        out.append(form)
    return out
