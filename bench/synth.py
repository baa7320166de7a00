"""Synthetic briefings of any size: realistic fields, evidence spans, reviews and notes.

Deterministic for a given size and seed. The source text is built alongside, so every
evidence quote matches the source (the loader checks them) and the file passes validation.
"""

from __future__ import annotations

import gc
import hashlib
import random
from pathlib import Path

from tui.core.model import (
    ACTOR_KINDS,
    ASSET_TYPES,
    CONFIDENCE_LEVELS,
    Actor,
    Asset,
    Briefing,
    Generator,
    KeyPoint,
    Note,
    OpenQuestion,
    Place,
    Review,
    Source,
    Span,
    Summary,
)
from tui.core.store import dump_briefing

_WORDS = (
    "ministry forces airbase convoy statement officials reported satellite imagery showed "
    "aircraft withdrawal negotiations lease port naval logistics claimed unconfirmed sources "
    "analysts regime rebels offensive ceasefire border militia drones battalion supply depot "
    "Tartus Khmeimim Damascus Moscow Ankara Kremlin spokesperson according reportedly"
).split()
_NAMES = ("Vladimir Putin", "Bashar al-Assad", "Ahmed al-Sharaa", "Dmitry Peskov", "Sergei Shoigu",
          "Recep Erdoğan", "Abu Mohammed al-Jolani", "Hayat Tahrir al-Sham", "Wagner Group")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def build(items: int, seed: int = 8) -> tuple[Briefing, str]:
    """A briefing with about ``items`` reviewable items and the source text it points into."""
    rng = random.Random(seed)
    pieces: list[str] = []
    offset = 0

    def quote(words: int) -> Span:
        nonlocal offset
        text = _sentence(rng, words)
        # Sentences in paragraphs of five, like an article (one endless line would not be).
        sep = ".\n\n" if len(pieces) % 5 == 4 else ". "
        pieces.append(text + sep)
        span = Span(offset, offset + len(text), text)
        offset += len(text) + len(sep)
        return span

    def review(i: int) -> Review:
        if i % 3:
            return Review()
        notes = [
            Note(f"note-{i}-{k}", "alice", "2026-11-25T19:41:02Z", "2026-11-25T19:41:02Z",
                 _sentence(rng, 12) + ("\n" + _sentence(rng, 6) if k else ""))
            for k in range(i % 2 + 1)
        ]
        return Review(
            status=("accepted", "rejected", "flagged")[i % 3 if i % 3 else (i // 3) % 3],
            confidence=CONFIDENCE_LEVELS[i % 3],
            grading="ABCDEF"[i % 6] + "123456"[i % 5],
            tags=["evacuation", "imagery"][: i % 3],
            notes=notes,
            updated="2026-11-25T19:41:02Z",
            updated_by="alice",
        )

    points, actors, assets, questions, places = [], [], [], [], []
    for i in range(items):
        kind = i % 10
        ev = [quote(rng.randint(4, 12)) for _ in range(1 + i % 2)]
        if kind < 3:
            actors.append(Actor(f"actor-{i}", rng.choice(_NAMES) + f" {i}", ACTOR_KINDS[i % len(ACTOR_KINDS)],
                                [f"alias {i}"], _sentence(rng, 3), rng.choice(("Russia", "Syria", None)), ev, review(i)))
        elif kind < 6:
            owner = actors[-1].id if actors else None
            assets.append(Asset(f"asset-{i}", f"{rng.choice(ASSET_TYPES)} {i}", ASSET_TYPES[i % len(ASSET_TYPES)],
                                rng.choice((None, 1, 4, 12)), rng.choice(("Tartus", "Khmeimim", None)), owner,
                                rng.choice((None, "withdrawing", "operational")), ev, review(i)))
        elif kind < 8:
            questions.append(OpenQuestion(f"q-{i}", _sentence(rng, 10) + "?", _sentence(rng, 6), "remain unclear",
                                          "open", None, None, ev, review(i)))
        elif kind < 9:
            points.append(KeyPoint(f"kp-{i}", _sentence(rng, 14), ev, review(i)))
        else:
            places.append(Place(f"place-{i}", rng.choice(("Tartus", "Latakia", "Damascus", "Idlib")) + f" {i}", ev, review(i)))
    source_text = "".join(pieces)
    briefing = Briefing(
        source=Source("source.txt", hashlib.sha256(source_text.encode()).hexdigest(), f"Synthetic briefing of {items} items",
                      "2024-12-09"),
        generator=Generator("bench", "1", "synthetic", None, "2026-11-25T19:40:00Z"),
        summary=Summary(_sentence(rng, 40) + "\n" + _sentence(rng, 30), points),
        actors=actors, assets=assets, open_questions=questions, places=places,
    )
    return briefing, source_text


def write(folder: Path, items: int, seed: int = 8) -> Path:
    """Write ``briefing-N.yaml`` and its ``source.txt`` into ``folder``; return the briefing path."""
    folder.mkdir(parents=True, exist_ok=True)
    gc.disable()  # building and dumping make no garbage cycles; the collector only slows them
    try:
        briefing, source = build(items, seed)
        text = dump_briefing(briefing)
    finally:
        gc.enable()
    (folder / "source.txt").write_text(source, encoding="utf-8")
    path = folder / f"briefing-{items}.yaml"
    path.write_text(text, encoding="utf-8")
    return path
