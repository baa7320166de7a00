"""The briefing's vocabularies: review statuses, ICD 203 terms, Admiralty grades, list names.

Plain constants, no I/O and no UI; :mod:`tui.core.model` re-exports them, so
``from tui.core.model import CONFIDENCE_LEVELS`` keeps working.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

#: Review decisions an analyst can take on an item.
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "accepted", "rejected", "flagged")
#: ICD 203 confidence levels in a judgment.
CONFIDENCE_LEVELS: tuple[str, ...] = ("low", "moderate", "high")
#: ICD 203 likelihood terms, lowest band first.
LIKELIHOOD_TERMS: tuple[str, ...] = (
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
)
#: Admiralty source reliability (A-F) and information credibility (1-6).
RELIABILITY_GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES: tuple[str, ...] = ("1", "2", "3", "4", "5", "6")
#: Lifecycle of an open question.
QUESTION_STATUSES: tuple[str, ...] = ("open", "answered", "dismissed")
#: The kinds of item a briefing holds, by the name of the list that holds them.
ITEM_LISTS: tuple[str, ...] = ("key_points", "actors", "assets", "open_questions", "places")

#: Suggested (not enforced) vocabularies, offered by editors and the generator.
#: What one item of each list is called, in messages and titles ("Delete the actor …").
LIST_NOUNS: dict[str, str] = {
    "key_points": "key point",
    "actors": "actor",
    "assets": "asset",
    "open_questions": "open question",
    "places": "place",
}

ACTOR_KINDS: tuple[str, ...] = (
    "person",
    "state",
    "government",
    "organisation",
    "armed group",
    "military",
    "military unit",
    "political party",
    "media",
    "source",
    "other",
)
ASSET_TYPES: tuple[str, ...] = (
    "air base",
    "naval base",
    "military base",
    "facility",
    "aircraft",
    "military transport aircraft",
    "combat aircraft",
    "helicopter",
    "air defence system",
    "missile system",
    "vehicle",
    "vessel",
    "weapon",
    "road",
    "infrastructure",
    "other",
)
