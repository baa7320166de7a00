"""The briefing model: plain records, no I/O and no UI.

A briefing is what a generator extracted from one source text (summary, actors, assets,
open questions, places), each item anchored to the source by evidence spans, plus the
analysts' review of every item. The YAML layout of these classes is documented in
``docs/format.md``; :mod:`tui.core.codec` converts between the two.

Every class keeps an ``extra`` mapping: keys this version does not know are stored there
on load and written back unchanged on save, so a file from a newer tool survives an older one.

The classes are written out by hand (``__slots__`` and an ``__init__`` each) rather than made
by ``@dataclass``: they behave the same (fields in order, defaults, a fresh list or dict per
instance, equality and repr by value, unhashable), but ``dataclass`` compiles three methods per
class every time the program starts, about 5 ms of the app's first frame (issue 8). The
fields are each class's ``__slots__``; :func:`fields_of` and :meth:`Record.copy_with` use them.
"""

from __future__ import annotations

from typing import Any, Iterator, Literal, Union

from .vocabulary import (  # noqa: F401 - re-exported: the model's vocabularies
    ACTOR_KINDS,
    ASSET_TYPES,
    CONFIDENCE_LEVELS,
    CREDIBILITY_GRADES,
    ITEM_LISTS,
    LIKELIHOOD_TERMS,
    LIST_NOUNS,
    QUESTION_STATUSES,
    RELIABILITY_GRADES,
    REVIEW_STATUSES,
    SCHEMA_VERSION,
)
from .records import Record, fields_of  # noqa: F401 - fields_of re-exported


class Span(Record):
    """A stretch of the source text: ``source[start:end] == quote`` (end exclusive)."""

    __slots__ = ("start", "end", "quote", "extra")

    def __init__(self, start: int, end: int, quote: str, extra: dict[str, Any] | None = None) -> None:
        self.start = start
        self.end = end
        self.quote = quote
        self.extra: dict[str, Any] = {} if extra is None else extra


class Note(Record):
    """An analyst's free-text note on an item."""

    __slots__ = ("id", "author", "created", "updated", "text", "extra")

    def __init__(
        self, id: str, author: str, created: str, updated: str, text: str, extra: dict[str, Any] | None = None
    ) -> None:
        self.id = id
        self.author = author
        self.created = created
        self.updated = updated
        self.text = text
        self.extra: dict[str, Any] = {} if extra is None else extra


class Review(Record):
    """The analysts' assessment of one item.

    ``grading`` is an Admiralty code such as ``"B2"`` (reliability letter + credibility digit).
    ``updated``/``updated_by`` are bookkeeping: who last changed the review, and when.
    """

    __slots__ = ("status", "confidence", "grading", "tags", "notes", "updated", "updated_by", "extra")

    def __init__(
        self,
        status: str = "unreviewed",
        confidence: str | None = None,
        grading: str | None = None,
        tags: list[str] | None = None,
        notes: list[Note] | None = None,
        updated: str | None = None,
        updated_by: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.status = status
        self.confidence = confidence
        self.grading = grading
        self.tags: list[str] = [] if tags is None else tags
        self.notes: list[Note] = [] if notes is None else notes
        self.updated = updated
        self.updated_by = updated_by
        self.extra: dict[str, Any] = {} if extra is None else extra

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


class Answer(Record):
    """An analyst's answer to an open question, in ICD 203 words."""

    __slots__ = ("text", "author", "created", "confidence", "likelihood", "extra")

    def __init__(
        self,
        text: str,
        author: str,
        created: str,
        confidence: str | None = None,
        likelihood: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.text = text
        self.author = author
        self.created = created
        self.confidence = confidence
        self.likelihood = likelihood
        self.extra: dict[str, Any] = {} if extra is None else extra


class _Item(Record):
    """What every reviewable item has: an id, evidence spans and a review."""

    __slots__ = ()
    kind_name = "item"
    id: str
    evidence: list[Span]
    review: Review
    extra: dict[str, Any]


class KeyPoint(_Item):
    """One key point of the summary."""

    __slots__ = ("id", "text", "evidence", "review", "extra")
    kind_name = "key point"

    def __init__(
        self,
        id: str,
        text: str,
        evidence: list[Span] | None = None,
        review: Review | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.text = text
        self.evidence: list[Span] = [] if evidence is None else evidence
        self.review: Review = Review() if review is None else review
        self.extra: dict[str, Any] = {} if extra is None else extra

    @property
    def label(self) -> str:
        return self.text


class Actor(_Item):
    """A person, state, organisation, armed group or force the source talks about."""

    __slots__ = ("id", "name", "kind", "aliases", "role", "affiliation", "evidence", "review", "extra")
    kind_name = "actor"

    def __init__(
        self,
        id: str,
        name: str,
        kind: str = "other",
        aliases: list[str] | None = None,
        role: str | None = None,
        affiliation: str | None = None,
        evidence: list[Span] | None = None,
        review: Review | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases: list[str] = [] if aliases is None else aliases
        self.role = role
        self.affiliation = affiliation
        self.evidence: list[Span] = [] if evidence is None else evidence
        self.review: Review = Review() if review is None else review
        self.extra: dict[str, Any] = {} if extra is None else extra

    @property
    def label(self) -> str:
        return self.name


class Asset(_Item):
    """Equipment, a base, a facility or infrastructure; ``owner`` is an actor id."""

    __slots__ = ("id", "name", "type", "quantity", "location", "owner", "status", "evidence", "review", "extra",
                 "aliases")
    kind_name = "asset"

    def __init__(
        self,
        id: str,
        name: str,
        type: str = "other",
        quantity: int | None = None,
        location: str | None = None,
        owner: str | None = None,
        status: str | None = None,
        evidence: list[Span] | None = None,
        review: Review | None = None,
        extra: dict[str, Any] | None = None,
        aliases: list[str] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.aliases: list[str] = [] if aliases is None else aliases  # other names the text uses
        self.type = type
        self.quantity = quantity
        self.location = location
        self.owner = owner
        self.status = status
        self.evidence: list[Span] = [] if evidence is None else evidence
        self.review: Review = Review() if review is None else review
        self.extra: dict[str, Any] = {} if extra is None else extra

    @property
    def label(self) -> str:
        return self.name


class OpenQuestion(_Item):
    """A question the source leaves open: a hedge, a dispute or an unresolved statement."""

    __slots__ = ("id", "question", "why", "cue", "status", "answer", "dismissal", "evidence", "review", "extra")
    kind_name = "open question"

    def __init__(
        self,
        id: str,
        question: str,
        why: str | None = None,
        cue: str | None = None,
        status: str = "open",
        answer: Answer | None = None,
        dismissal: str | None = None,
        evidence: list[Span] | None = None,
        review: Review | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.question = question
        self.why = why
        self.cue = cue
        self.status = status
        self.answer = answer
        self.dismissal = dismissal
        self.evidence: list[Span] = [] if evidence is None else evidence
        self.review: Review = Review() if review is None else review
        self.extra: dict[str, Any] = {} if extra is None else extra

    @property
    def label(self) -> str:
        return self.question


class Place(_Item):
    """A place the source mentions, kept as context for the reviewer."""

    __slots__ = ("id", "name", "evidence", "review", "extra")
    kind_name = "place"

    def __init__(
        self,
        id: str,
        name: str,
        evidence: list[Span] | None = None,
        review: Review | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.evidence: list[Span] = [] if evidence is None else evidence
        self.review: Review = Review() if review is None else review
        self.extra: dict[str, Any] = {} if extra is None else extra

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


class Source(Record):
    """The source text a briefing was made from; ``path`` is relative to the briefing file."""

    __slots__ = ("path", "sha256", "title", "date", "publisher", "url", "extra")

    def __init__(
        self,
        path: str,
        sha256: str | None = None,
        title: str | None = None,
        date: str | None = None,
        publisher: str | None = None,
        url: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.sha256 = sha256
        self.title = title
        self.date = date
        self.publisher = publisher
        self.url = url
        self.extra: dict[str, Any] = {} if extra is None else extra


class Generator(Record):
    """What produced the briefing: tool name and version, extraction engine, time."""

    __slots__ = ("name", "version", "engine", "engine_version", "generated", "extra")

    def __init__(
        self,
        name: str,
        version: str | None = None,
        engine: str | None = None,
        engine_version: str | None = None,
        generated: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.version = version
        self.engine = engine
        self.engine_version = engine_version
        self.generated = generated
        self.extra: dict[str, Any] = {} if extra is None else extra


class Summary(Record):
    """Prose summary plus key points (the points are reviewable items)."""

    __slots__ = ("text", "points", "extra")

    def __init__(self, text: str = "", points: list[KeyPoint] | None = None, extra: dict[str, Any] | None = None) -> None:
        self.text = text
        self.points: list[KeyPoint] = [] if points is None else points
        self.extra: dict[str, Any] = {} if extra is None else extra


class Conflict(Record):
    """A merge conflict recorded in the file (see ``briefing merge``), resolved in the app.

    ``path`` names the field, e.g. ``actors[id=a-putin].review.status``; ``ours`` and
    ``theirs`` hold the two competing values (any YAML value), ``base`` the common ancestor's.
    """

    __slots__ = ("id", "path", "base", "ours", "theirs", "ours_label", "theirs_label", "extra")

    def __init__(
        self,
        id: str,
        path: str,
        base: Any = None,
        ours: Any = None,
        theirs: Any = None,
        ours_label: str = "ours",
        theirs_label: str = "theirs",
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.path = path
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.ours_label = ours_label
        self.theirs_label = theirs_label
        self.extra: dict[str, Any] = {} if extra is None else extra


class Briefing(Record):
    """One briefing: source, generator, summary, items and their reviews."""

    __slots__ = (
        "source",
        "generator",
        "summary",
        "actors",
        "assets",
        "open_questions",
        "places",
        "conflicts",
        "schema_version",
        "extra",
    )

    def __init__(
        self,
        source: Source,
        generator: Generator,
        summary: Summary | None = None,
        actors: list[Actor] | None = None,
        assets: list[Asset] | None = None,
        open_questions: list[OpenQuestion] | None = None,
        places: list[Place] | None = None,
        conflicts: list[Conflict] | None = None,
        schema_version: int = SCHEMA_VERSION,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.source = source
        self.generator = generator
        self.summary: Summary = Summary() if summary is None else summary
        self.actors: list[Actor] = [] if actors is None else actors
        self.assets: list[Asset] = [] if assets is None else assets
        self.open_questions: list[OpenQuestion] = [] if open_questions is None else open_questions
        self.places: list[Place] = [] if places is None else places
        self.conflicts: list[Conflict] = [] if conflicts is None else conflicts
        self.schema_version = schema_version
        self.extra: dict[str, Any] = {} if extra is None else extra

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
