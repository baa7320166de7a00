"""Extractive summary: score each sentence, keep the best 3-5 in text order.

The scorer prefers sentences that carry assessments ("strategic defeat", "indicators"),
assets and hedges, and that name several actors; the lead sentence gets a bonus (news puts
the gist first) and very short or very long sentences a penalty.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .text import Sentence

_ASSESSMENT = re.compile(
    r"\b(?:assess\w*|judg\w*|conclud\w*|indicat\w*|strategic|defeat|victory|implications?|"
    r"significant|major|crisis|collapse|threat\w*|escalat\w*|warn\w*|evacuat\w*|withdraw\w*|"
    r"attack\w*|strikes?|killed|destroy\w*|sanctions?|agreement|deal|ceasefire|talks|"
    r"accus\w*|responsib\w*|breach\w*|compromis\w*|seiz\w*|deploy\w*)\b",
)  # matched against the lower-cased sentence: case-sensitive matching is about twice as fast
_HEDGE = re.compile(r"\b(?:unclear|possibly|reportedly|claimed|too early|premature|may|might|could|likely|denied)\b")


def choose(
    sentences: list[Sentence],
    entity_spans: list[tuple[int, int]],
    asset_spans: list[tuple[int, int]],
) -> list[Sentence]:
    """The 3-5 sentences (fewer when the text has fewer) that best summarise the text."""
    if not sentences:
        return []
    want = 3 if len(sentences) < 12 else 4 if len(sentences) < 30 else 5
    want = min(want, len(sentences))
    entity_starts = sorted(s for s, _ in entity_spans)
    asset_starts = sorted(s for s, _ in asset_spans)
    scored = []
    for sentence in sentences:
        words = len(sentence.text.split())
        score = 0.0
        lowered = sentence.text.lower()
        score += 1.5 * min(3, len(_ASSESSMENT.findall(lowered)))
        score += 1.0 * min(2, len(_HEDGE.findall(lowered)))
        score += 1.2 * min(3, _count_in(asset_starts, sentence))
        score += 0.6 * min(4, _count_in(entity_starts, sentence))
        if sentence.index == 0:
            score += 3.0
        elif sentence.index < 3:
            score += 1.0
        if words < 8:
            score -= 3.0
        elif words > 60:
            score -= 2.0
        if sentence.text.endswith("?"):
            score -= 2.0
        scored.append((score, -sentence.index, sentence))
    best = sorted(scored, key=lambda t: (t[0], t[1]), reverse=True)[:want]
    return sorted((s for _, _, s in best), key=lambda s: s.index)


def _count_in(starts: list[int], sentence: Sentence) -> int:
    """How many spans (by their sorted start offsets) begin inside the sentence."""
    return bisect_left(starts, sentence.end) - bisect_left(starts, sentence.start)


def key_point(sentence: Sentence) -> str:
    """The text of a key point: the sentence without enclosing quotes."""
    text = sentence.text.strip()
    text = re.sub(r"^[“\"‘]|[”\"’]$", "", text).strip()
    return re.sub(r"\s+", " ", text)
