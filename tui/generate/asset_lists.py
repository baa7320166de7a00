"""Classes listed after a verb of supplying, seizing or striking (see :mod:`.assets`):
"armoured vehicles, rocket launchers and mortars that police had seized", "the package
includes munitions for air defences"."""

from __future__ import annotations

import re
from typing import Callable

from . import gazetteer as gz
from .asset_bounds import LIST_VERBS
from .asset_patterns import _CLASS, _LISTED_CLASSES
from .mentions import Candidate, Claims, Registry
from .text import NUMBER_WORDS, norm

Put = Callable[..., Candidate]


def detect_listed_classes(text: str, claims: Claims, body_start: int, reg: Registry, put: Put) -> None:
    """Classes listed after "seized", "supplied", "including" ... ("armoured vehicles, rocket
    launchers and mortars that police had seized")."""
    for m in _LISTED_CLASSES.finditer(text, body_start):
        base = m.start("list")
        if m.group().startswith("including") and _CLASS.search(text[max(body_start, m.start() - 40) : m.start()]):
            continue  # "four warships, including nuclear-powered vessels" elaborates a class already counted
        for item in re.split(r",? and |, ", m.group("list")):
            offset = m.group("list").find(item)
            words = item.split()
            if "than" in words:
                words = words[: words.index("than")]  # "more explosives than missiles": what follows is compared
            if words and words[0] in ("by", "with", "from", "at", "in", "on", "to", "for", "into", "against", "as", "near"):
                continue  # "destroyed by ships guarding the base": the ships are the agents, not the target
            # the longest class phrase in the item ("armoured vehicles" in "armoured vehicles had
            # travelled"), with the adjectives right before it ("nuclear-powered vessels")
            found_at = next(((i, j) for j in range(len(words), 0, -1) for i in range(j)
                             if " ".join(words[i:j]) in gz.CLASS_NOUNS and words[j - 1].endswith("s")), None)
            if found_at is None:
                continue
            i, j = found_at
            phrase = " ".join(words[i:j])
            lead_words: list[str] = []
            for w in reversed(words[:i]):
                if w in ("the", "a", "an", "some", "other", "more", "its", "their", "of", "dozens", "hundreds",
                         "thousands", "several", "many", "few", "new", "and", "or", "by", "with", "from", "at", "in",
                         "on", "to", "for", "into", "against", "as") or w in NUMBER_WORDS or w in LIST_VERBS:
                    break
                lead_words.insert(0, w)
            full = " ".join(lead_words + [phrase])
            first_word = i - len(lead_words)
            s_ = base + offset + len(" ".join(words[:first_word])) + (1 if first_word else 0)
            if text[s_ : s_ + len(full)] != full or text.startswith(" than ", s_ + len(full)):
                continue  # "can deliver more explosives than missiles": a comparison names no asset
            if claims.free(s_, s_ + len(full)):
                put("cls:" + norm(full), full, gz.CLASS_NOUNS[phrase], s_, s_ + len(full))
