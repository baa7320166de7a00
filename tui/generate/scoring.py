"""Score a briefing against a hand-labelled reference (a ``*.gold.yaml`` file).

The matching rules are the reference's own (see the comment at the top of each gold file):

- an actor or asset matches a reference entry when its name or one of its aliases equals,
  case-insensitively and ignoring a leading "the", one of the entry's ``match`` forms; one
  extracted item matches at most one entry; a second item matching an already matched entry
  is a duplicate and lowers precision;
- an open question matches a reference topic when one of its evidence spans overlaps the
  sentence that holds one of the topic's ``evidence`` fragments; several questions on one topic
  count once and are not errors;
- entries marked ``optional: true`` are neither misses when absent nor false positives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tui.core.model import Briefing

from .text import norm, split_sentences


@dataclass
class Score:
    """Counts for one list; precision/recall/F1 derived from them."""

    tp: int = 0
    fp: int = 0
    dup: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    total: int = 0  # required reference entries
    #: questions only: how many extracted questions matched some topic
    matched_items: int = 0

    @property
    def precision(self) -> float:
        found = self.tp + self.fp + self.dup
        return self.tp / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.total if self.total else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read a gold file with the safe loader."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a gold reference (expected a mapping)")
    return data


def _norm_form(text: str) -> str:
    return norm(str(text)).strip()


def score_items(items: list[tuple[str, list[str]]], entries: list[dict[str, Any]]) -> Score:
    """Score (label, names) items against reference entries with ``match`` forms."""
    score = Score(total=sum(1 for e in entries if not e.get("optional")))
    forms = [{_norm_form(f) for f in e.get("match", [])} | {_norm_form(e["name"])} for e in entries]
    taken: set[int] = set()
    for label, names in items:
        keys = {_norm_form(n) for n in names}
        hits = [i for i, f in enumerate(forms) if keys & f]
        if not hits:
            score.fp += 1
            score.wrong.append(label)
            continue
        free = [i for i in hits if i not in taken]
        required = [i for i in free if not entries[i].get("optional")]
        pick = required[0] if required else (free[0] if free else None)
        if pick is None:
            if all(entries[i].get("optional") for i in hits):
                continue
            score.dup += 1
            score.wrong.append(label + " (duplicate)")
            continue
        taken.add(pick)
        if not entries[pick].get("optional"):
            score.tp += 1
    score.missed = [e["name"] for i, e in enumerate(entries) if i not in taken and not e.get("optional")]
    return score


def _straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').casefold()


def score_questions(briefing: Briefing, topics: list[dict[str, Any]], source: str) -> Score:
    """Recall of reference topics; precision = questions that match some topic."""
    sentences = split_sentences(source)
    flat = _straight(source)  # same length as source: offsets carry over
    topic_ranges: list[list[tuple[int, int]]] = []
    for topic in topics:
        ranges = []
        for fragment in topic.get("evidence", []):
            at = flat.find(_straight(fragment))
            if at < 0:
                continue
            for s in sentences:
                if s.start <= at < s.end:
                    ranges.append((s.start, s.end))
        topic_ranges.append(ranges)
    score = Score(total=sum(1 for t in topics if not t.get("optional")))
    hit: set[int] = set()
    for q in briefing.open_questions:
        matched = [
            i for i, ranges in enumerate(topic_ranges)
            if any(sp.start < e and s < sp.end for sp in q.evidence for s, e in ranges)
        ]
        if matched:
            hit.update(matched)
        else:
            score.fp += 1
            score.wrong.append(q.question)
    score.tp = sum(1 for i in hit if not topics[i].get("optional"))
    # precision counts questions, not topics: matched questions are true positives
    matched_questions = len(briefing.open_questions) - score.fp
    score.missed = [t["topic"] for i, t in enumerate(topics) if i not in hit and not t.get("optional")]
    score.matched_items = matched_questions
    return score


def bad_evidence(briefing: Briefing, source: str) -> list[str]:
    """Every evidence span whose quote is not the source slice it points at."""
    bad = []
    for list_name, item in briefing.iter_items():
        for span in item.evidence:
            if span.start < 0 or span.end > len(source) or source[span.start : span.end] != span.quote:
                bad.append(f"{list_name} {item.id}: {span.start}-{span.end} {span.quote!r}")
    return bad


@dataclass
class Report:
    """The scores of one briefing against its reference."""

    actors: Score
    assets: Score
    questions: Score
    bad_evidence: list[str]

    @property
    def question_precision(self) -> float:
        n = self.questions.matched_items + self.questions.fp
        return self.questions.matched_items / n if n else 1.0


def score_briefing(briefing: Briefing, gold: dict[str, Any], source: str) -> Report:
    """Score ``briefing`` (made from ``source``) against the reference ``gold``."""
    actors = score_items([(a.name, [a.name, *a.aliases]) for a in briefing.actors], gold.get("actors") or [])
    assets = score_items([(a.name, [a.name, *a.aliases]) for a in briefing.assets], gold.get("assets") or [])
    questions = score_questions(briefing, gold.get("open_questions") or [], source)
    return Report(actors, assets, questions, bad_evidence(briefing, source))
