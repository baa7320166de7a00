"""The briefing model: plain dataclasses, no I/O and no UI.

A briefing is what a generator extracted from one source text (summary, actors, assets,
open questions, places), each item anchored to the source by evidence spans, plus the
analysts' review of every item. The YAML layout of these classes is documented in
``docs/format.md``; :mod:`tui.core.codec` converts between the two.

Every class keeps an ``extra`` mapping: keys this version does not know are stored there
on load and written back unchanged on save, so a file from a newer tool survives an older one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Literal, Union

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


@dataclass(slots=True)
class Span:
    """A stretch of the source text: ``source[start:end] == quote`` (end exclusive)."""

    start: int
    end: int
    quote: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Note:
    """An analyst's free-text note on an item."""

    id: str
    author: str
    created: str
    updated: str
    text: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Review:
    """The analysts' assessment of one item.

    ``grading`` is an Admiralty code such as ``"B2"`` (reliability letter + credibility digit).
    ``updated``/``updated_by`` are bookkeeping: who last changed the review, and when.
    """

    status: str = "unreviewed"
    confidence: str | None = None
    grading: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    updated: str | None = None
    updated_by: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def is_empty(self) -> bool:
        """True when nobody has touched this review (nothing worth writing out)."""
        return (
            self.status == "unreviewed"
            and self.confidence is None
            and self.grading is None
            and not self.tags
            and not self.notes
            and self.updated is None
            and self.updated_by is None
            and not self.extra
        )


@dataclass(slots=True)
class Answer:
    """An analyst's answer to an open question, in ICD 203 words."""

    text: str
    author: str
    created: str
    confidence: str | None = None
    likelihood: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class KeyPoint:
    """One key point of the summary."""

    id: str
    text: str
    evidence: list[Span] = field(default_factory=list)
    review: Review = field(default_factory=Review)
    extra: dict[str, Any] = field(default_factory=dict)

    kind_name = "key point"

    @property
    def label(self) -> str:
        return self.text


@dataclass(slots=True)
class Actor:
    """A person, state, organisation, armed group or force the source talks about."""

    id: str
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    evidence: list[Span] = field(default_factory=list)
    review: Review = field(default_factory=Review)
    extra: dict[str, Any] = field(default_factory=dict)

    kind_name = "actor"

    @property
    def label(self) -> str:
        return self.name


@dataclass(slots=True)
class Asset:
    """Equipment, a base, a facility or infrastructure; ``owner`` is an actor id."""

    id: str
    name: str
    type: str = "other"
    quantity: int | None = None
    location: str | None = None
    owner: str | None = None
    status: str | None = None
    evidence: list[Span] = field(default_factory=list)
    review: Review = field(default_factory=Review)
    extra: dict[str, Any] = field(default_factory=dict)

    kind_name = "asset"

    @property
    def label(self) -> str:
        return self.name


@dataclass(slots=True)
class OpenQuestion:
    """A question the source leaves open: a hedge, a dispute or an unresolved statement."""

    id: str
    question: str
    why: str | None = None
    cue: str | None = None
    status: str = "open"
    answer: Answer | None = None
    dismissal: str | None = None
    evidence: list[Span] = field(default_factory=list)
    review: Review = field(default_factory=Review)
    extra: dict[str, Any] = field(default_factory=dict)

    kind_name = "open question"

    @property
    def label(self) -> str:
        return self.question


@dataclass(slots=True)
class Place:
    """A place the source mentions, kept as context for the reviewer."""

    id: str
    name: str
    evidence: list[Span] = field(default_factory=list)
    review: Review = field(default_factory=Review)
    extra: dict[str, Any] = field(default_factory=dict)

    kind_name = "place"

    @property
    def label(self) -> str:
        return self.name


Item = Union[KeyPoint, Actor, Asset, OpenQuestion, Place]

#: Which class each item list holds.
ITEM_CLASSES: dict[str, type] = {
    "key_points": KeyPoint,
    "actors": Actor,
    "assets": Asset,
    "open_questions": OpenQuestion,
    "places": Place,
}


@dataclass(slots=True)
class Source:
    """The source text a briefing was made from; ``path`` is relative to the briefing file."""

    path: str
    sha256: str | None = None
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Generator:
    """What produced the briefing: tool name and version, extraction engine, time."""

    name: str
    version: str | None = None
    engine: str | None = None
    engine_version: str | None = None
    generated: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Summary:
    """Prose summary plus key points (the points are reviewable items)."""

    text: str = ""
    points: list[KeyPoint] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Conflict:
    """A merge conflict recorded in the file (see ``briefing merge``), resolved in the app.

    ``path`` names the field, e.g. ``actors[id=a-putin].review.status``; ``ours`` and
    ``theirs`` hold the two competing values (any YAML value), ``base`` the common ancestor's.
    """

    id: str
    path: str
    base: Any = None
    ours: Any = None
    theirs: Any = None
    ours_label: str = "ours"
    theirs_label: str = "theirs"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Briefing:
    """One briefing: source, generator, summary, items and their reviews."""

    source: Source
    generator: Generator
    summary: Summary = field(default_factory=Summary)
    actors: list[Actor] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    # -- item access -------------------------------------------------------------------

    def item_list(self, list_name: str) -> list[Any]:
        """The list that holds items of ``list_name`` (one of :data:`ITEM_LISTS`)."""
        if list_name == "key_points":
            return self.summary.points
        if list_name in ("actors", "assets", "open_questions", "places"):
            return getattr(self, list_name)
        raise KeyError(f"unknown item list {list_name!r}")

    def iter_items(self) -> Iterator[tuple[str, Any]]:
        """Every reviewable item with the name of its list, in file order."""
        for list_name in ITEM_LISTS:
            for item in self.item_list(list_name):
                yield list_name, item

    def find(self, item_id: str) -> tuple[str, int, Any] | None:
        """``(list_name, index, item)`` of the item with ``item_id``, or None."""
        for list_name in ITEM_LISTS:
            for index, item in enumerate(self.item_list(list_name)):
                if item.id == item_id:
                    return list_name, index, item
        return None

    def get(self, item_id: str) -> Any:
        """The item with ``item_id``; KeyError when there is none."""
        found = self.find(item_id)
        if found is None:
            raise KeyError(item_id)
        return found[2]

    def all_ids(self) -> set[str]:
        """Ids of every item, note and conflict in the file."""
        ids: set[str] = set()
        for _, item in self.iter_items():
            ids.add(item.id)
            ids.update(note.id for note in item.review.notes)
        ids.update(conflict.id for conflict in self.conflicts)
        return ids

    def progress(self) -> tuple[int, int]:
        """``(reviewed, total)`` over the reviewable items (places are context only)."""
        reviewed = total = 0
        for list_name, item in self.iter_items():
            if list_name == "places":
                continue
            total += 1
            if item.review.status != "unreviewed":
                reviewed += 1
        return reviewed, total

    def all_tags(self) -> list[str]:
        """Every tag used in the briefing, sorted, for completion."""
        return sorted({tag for _, item in self.iter_items() for tag in item.review.tags})

    @property
    def title(self) -> str:
        return self.source.title or self.source.path


ReviewStatus = Literal["unreviewed", "accepted", "rejected", "flagged"]
