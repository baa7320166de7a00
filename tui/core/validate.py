"""Plain data -> model objects, with validation that reports every problem at once.

``from_data`` checks types, required fields, enum values, ids and references and returns a
:class:`~tui.core.model.Briefing` plus the problems found (paths, not positions: the loader adds
line and column). The reverse direction lives in :mod:`tui.core.serialize`; the checks across
the whole briefing (unique ids, references, evidence against the source) in
:mod:`tui.core.integrity`, re-exported here for existing callers.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .errors import PathKey, Problem
from .integrity import check_evidence, check_ids, item_paths
from .model import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    QUESTION_STATUSES,
    REVIEW_STATUSES,
    SCHEMA_VERSION,
    Actor,
    Answer,
    Asset,
    Briefing,
    Conflict,
    Generator,
    KeyPoint,
    Note,
    OpenQuestion,
    Place,
    Review,
    Source,
    Span,
    Summary,
    fields_of,
)

GRADING_RE = re.compile(r"^[A-F][1-6]$")
_MISSING = object()
P = tuple[PathKey, ...]


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({value!r})"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, float):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"a string ({shown!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class _Reader:
    """Pulls typed fields out of mappings, recording a problem for each bad one."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, path: P, message: str) -> None:
        self.problems.append(Problem(message, path=path))

    def warning(self, path: P, message: str) -> None:
        self.problems.append(Problem(message, path=path, severity="warning"))

    def mapping(self, value: Any, path: P, what: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.error(path, f"expected {what} (a mapping), got {_type_name(value)}")
        return None

    def field(
        self,
        data: dict[str, Any],
        key: str,
        path: P,
        kind: str,
        *,
        required: bool = False,
        default: Any = None,
        choices: tuple[str, ...] | None = None,
    ) -> Any:
        """Read ``data[key]`` as ``kind`` ('str', 'int', 'id', 'str?'...)."""
        value = data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.error(path + (key,), f"missing required field '{key}'")
            return default
        if kind in ("str", "id"):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and kind == "str":
                # A bare number where text is expected: keep it as text, but still check it
                # against the choices (``status: .inf`` must not load as the status "inf").
                value = str(value)
            if not isinstance(value, str):
                # YAML 1.1 reads a bare yes/no/on/off as a boolean: say how to keep the text.
                hint = "; put it in quotes if you meant the text" if isinstance(value, bool) else ""
                self.error(path + (key,), f"expected a string, got {_type_name(value)}{hint}")
                return default
            if kind == "id" and not value.strip():
                self.error(path + (key,), "expected a non-empty id")
                return default
            if choices is not None and value not in choices:
                self.error(
                    path + (key,),
                    f"unknown value {value!r}; expected one of: {', '.join(choices)}",
                )
                return default
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                self.error(path + (key,), f"expected an integer, got {_type_name(value)}")
                return default
            return value
        raise AssertionError(kind)  # pragma: no cover

    def str_list(self, data: dict[str, Any], key: str, path: P) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path + (key,), f"expected a list of strings, got {_type_name(value)}")
            return []
        out = []
        for i, entry in enumerate(value):
            if isinstance(entry, str):
                out.append(entry)
            elif isinstance(entry, (int, float)) and not isinstance(entry, bool):
                out.append(str(entry))
            else:
                self.error(path + (key, i), f"expected a string, got {_type_name(entry)}")
        return out

    def obj_list(
        self, data: dict[str, Any], key: str, path: P, read: Callable[[Any, P], Any]
    ) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path + (key,), f"expected a list, got {_type_name(value)}")
            return []
        out = []
        for i, entry in enumerate(value):
            obj = read(entry, path + (key, i))
            if obj is not None:
                out.append(obj)
        return out

    @staticmethod
    def extra(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
        return {k: v for k, v in data.items() if k not in known}

    # -- the format's objects ----------------------------------------------------------

    def span(self, value: Any, path: P) -> Span | None:
        data = self.mapping(value, path, "an evidence span {start, end, quote}")
        if data is None:
            return None
        start = self.field(data, "start", path, "int", required=True)
        end = self.field(data, "end", path, "int", required=True)
        quote = self.field(data, "quote", path, "str", required=True)
        if start is None or end is None or quote is None:
            return None
        if start < 0:
            self.error(path + ("start",), f"expected an offset >= 0, got {start}")
            return None
        if end < start:
            self.error(path + ("end",), f"expected end >= start ({start}), got {end}")
            return None
        return Span(start, end, quote, self.extra(data, _SPAN_KEYS))

    def note(self, value: Any, path: P) -> Note | None:
        data = self.mapping(value, path, "a note")
        if data is None:
            return None
        note_id = self.field(data, "id", path, "id", required=True)
        text = self.field(data, "text", path, "str", required=True)
        author = self.field(data, "author", path, "str", required=True)
        created = self.field(data, "created", path, "str", required=True)
        updated = self.field(data, "updated", path, "str", default=created)
        if note_id is None or text is None or author is None or created is None:
            return None
        return Note(note_id, author, created, updated, text, self.extra(data, _NOTE_KEYS))

    def review(self, value: Any, path: P) -> Review:
        if value is None:
            return Review()
        data = self.mapping(value, path, "a review")
        if data is None:
            return Review()
        status = self.field(data, "status", path, "str", default="unreviewed", choices=REVIEW_STATUSES)
        confidence = self.field(data, "confidence", path, "str", choices=CONFIDENCE_LEVELS)
        grading = self.field(data, "grading", path, "str")
        if grading is not None and not GRADING_RE.match(grading):
            self.error(
                path + ("grading",),
                f"unknown grading {grading!r}; expected Admiralty reliability A-F and "
                "credibility 1-6, e.g. 'B2'",
            )
            grading = None
        return Review(
            status=status,
            confidence=confidence,
            grading=grading,
            tags=self.str_list(data, "tags", path),
            notes=self.obj_list(data, "notes", path, self.note),
            updated=self.field(data, "updated", path, "str"),
            updated_by=self.field(data, "updated_by", path, "str"),
            extra=self.extra(data, _REVIEW_KEYS),
        )

    def _common(self, data: dict[str, Any], path: P) -> tuple[Any, list[Span], Review]:
        return (
            self.field(data, "id", path, "id", required=True),
            self.obj_list(data, "evidence", path, self.span),
            self.review(data.get("review"), path + ("review",)),
        )

    def key_point(self, value: Any, path: P) -> KeyPoint | None:
        data = self.mapping(value, path, "a key point")
        if data is None:
            return None
        item_id, evidence, review = self._common(data, path)
        text = self.field(data, "text", path, "str", required=True)
        if item_id is None or text is None:
            return None
        return KeyPoint(item_id, text, evidence, review, self.extra(data, _POINT_KEYS))

    def actor(self, value: Any, path: P) -> Actor | None:
        data = self.mapping(value, path, "an actor")
        if data is None:
            return None
        item_id, evidence, review = self._common(data, path)
        name = self.field(data, "name", path, "str", required=True)
        if item_id is None or name is None:
            return None
        return Actor(
            id=item_id,
            name=name,
            kind=self.field(data, "kind", path, "str", default="other"),
            aliases=self.str_list(data, "aliases", path),
            role=self.field(data, "role", path, "str"),
            affiliation=self.field(data, "affiliation", path, "str"),
            evidence=evidence,
            review=review,
            extra=self.extra(data, _ACTOR_KEYS),
        )

    def asset(self, value: Any, path: P) -> Asset | None:
        data = self.mapping(value, path, "an asset")
        if data is None:
            return None
        item_id, evidence, review = self._common(data, path)
        name = self.field(data, "name", path, "str", required=True)
        if item_id is None or name is None:
            return None
        quantity = self.field(data, "quantity", path, "int")
        if quantity is not None and quantity < 0:
            self.error(path + ("quantity",), f"expected a quantity >= 0, got {quantity}")
            quantity = None
        return Asset(
            id=item_id,
            name=name,
            type=self.field(data, "type", path, "str", default="other"),
            aliases=self.str_list(data, "aliases", path),
            quantity=quantity,
            location=self.field(data, "location", path, "str"),
            owner=self.field(data, "owner", path, "id"),
            status=self.field(data, "status", path, "str"),
            evidence=evidence,
            review=review,
            extra=self.extra(data, _ASSET_KEYS),
        )

    def answer(self, value: Any, path: P) -> Answer | None:
        if value is None:
            return None
        data = self.mapping(value, path, "an answer")
        if data is None:
            return None
        text = self.field(data, "text", path, "str", required=True)
        author = self.field(data, "author", path, "str", required=True)
        created = self.field(data, "created", path, "str", required=True)
        if text is None or author is None or created is None:
            return None
        return Answer(
            text=text,
            author=author,
            created=created,
            confidence=self.field(data, "confidence", path, "str", choices=CONFIDENCE_LEVELS),
            likelihood=self.field(data, "likelihood", path, "str", choices=LIKELIHOOD_TERMS),
            extra=self.extra(data, _ANSWER_KEYS),
        )

    def question(self, value: Any, path: P) -> OpenQuestion | None:
        data = self.mapping(value, path, "an open question")
        if data is None:
            return None
        item_id, evidence, review = self._common(data, path)
        text = self.field(data, "question", path, "str", required=True)
        if item_id is None or text is None:
            return None
        status = self.field(data, "status", path, "str", default="open", choices=QUESTION_STATUSES)
        answer = self.answer(data.get("answer"), path + ("answer",))
        if status == "answered" and answer is None and "answer" not in data:
            self.error(path + ("status",), "status is 'answered' but there is no answer")
        return OpenQuestion(
            id=item_id,
            question=text,
            why=self.field(data, "why", path, "str"),
            cue=self.field(data, "cue", path, "str"),
            status=status,
            answer=answer,
            dismissal=self.field(data, "dismissal", path, "str"),
            evidence=evidence,
            review=review,
            extra=self.extra(data, _QUESTION_KEYS),
        )

    def place(self, value: Any, path: P) -> Place | None:
        data = self.mapping(value, path, "a place")
        if data is None:
            return None
        item_id, evidence, review = self._common(data, path)
        name = self.field(data, "name", path, "str", required=True)
        if item_id is None or name is None:
            return None
        return Place(item_id, name, evidence, review, self.extra(data, _PLACE_KEYS))

    def conflict(self, value: Any, path: P) -> Conflict | None:
        data = self.mapping(value, path, "a conflict")
        if data is None:
            return None
        conflict_id = self.field(data, "id", path, "id", required=True)
        at = self.field(data, "path", path, "str", required=True)
        if conflict_id is None or at is None:
            return None
        return Conflict(
            id=conflict_id,
            path=at,
            base=data.get("base"),
            ours=data.get("ours"),
            theirs=data.get("theirs"),
            ours_label=self.field(data, "ours_label", path, "str", default="ours"),
            theirs_label=self.field(data, "theirs_label", path, "str", default="theirs"),
            extra=self.extra(data, _CONFLICT_KEYS),
        )


def _keys(cls: type) -> frozenset[str]:
    """The YAML keys a model class reads: its fields but ``extra`` (which holds the others)."""
    return frozenset(fields_of(cls)) - {"extra"}


_SPAN_KEYS = _keys(Span)
_NOTE_KEYS = _keys(Note)
_REVIEW_KEYS = _keys(Review)
_POINT_KEYS = _keys(KeyPoint)
_ACTOR_KEYS = _keys(Actor)
_ASSET_KEYS = _keys(Asset)
_ANSWER_KEYS = _keys(Answer)
_QUESTION_KEYS = _keys(OpenQuestion)
_PLACE_KEYS = _keys(Place)
_CONFLICT_KEYS = _keys(Conflict)
_SOURCE_KEYS = _keys(Source)
_GENERATOR_KEYS = _keys(Generator)
_SUMMARY_KEYS = _keys(Summary)
_TOP_KEYS = _keys(Briefing)


def from_data(data: Any) -> tuple[Briefing | None, list[Problem]]:
    """Validate plain data as a briefing; the briefing is None when any error was found."""
    reader = _Reader()
    if data is None:
        return None, [Problem("the file is empty; expected a briefing (a mapping)")]
    top = reader.mapping(data, (), "a briefing")
    if top is None:
        return None, reader.problems

    version = top.get("schema_version", _MISSING)
    if version is _MISSING:
        reader.error(("schema_version",), f"missing required field 'schema_version' (expected {SCHEMA_VERSION})")
    elif isinstance(version, bool) or not isinstance(version, int):
        reader.error(("schema_version",), f"expected an integer, got {_type_name(version)}")
    elif version > SCHEMA_VERSION:
        reader.error(
            ("schema_version",),
            f"schema version {version} is newer than this tool understands ({SCHEMA_VERSION}); "
            "upgrade briefing-tui",
        )
    elif version < 1:
        reader.error(("schema_version",), f"unknown schema version {version}; expected {SCHEMA_VERSION}")

    source = _read_source(reader, top.get("source", _MISSING))
    generator = _read_generator(reader, top.get("generator"))
    summary = _read_summary(reader, top.get("summary"))
    briefing = Briefing(
        source=source or Source(path=""),
        generator=generator,
        summary=summary,
        actors=reader.obj_list(top, "actors", (), reader.actor),
        assets=reader.obj_list(top, "assets", (), reader.asset),
        open_questions=reader.obj_list(top, "open_questions", (), reader.question),
        places=reader.obj_list(top, "places", (), reader.place),
        conflicts=reader.obj_list(top, "conflicts", (), reader.conflict),
        schema_version=SCHEMA_VERSION,
        extra=reader.extra(top, _TOP_KEYS),
    )
    reader.problems.extend(check_ids(briefing))
    if any(p.severity == "error" for p in reader.problems):
        return None, reader.problems
    return briefing, reader.problems


def _read_source(reader: _Reader, value: Any) -> Source | None:
    if value is _MISSING:
        reader.error(("source",), "missing required field 'source'")
        return None
    data = reader.mapping(value, ("source",), "the source block")
    if data is None:
        return None
    path = ("source",)
    src_path = reader.field(data, "path", path, "str", required=True)
    sha = reader.field(data, "sha256", path, "str")
    if sha is not None and not re.fullmatch(r"[0-9a-f]{64}", sha):
        reader.error(path + ("sha256",), "expected 64 lowercase hexadecimal digits")
        sha = None
    return Source(
        path=src_path or "",
        sha256=sha,
        title=reader.field(data, "title", path, "str"),
        date=reader.field(data, "date", path, "str"),
        publisher=reader.field(data, "publisher", path, "str"),
        url=reader.field(data, "url", path, "str"),
        extra=reader.extra(data, _SOURCE_KEYS),
    )


def _read_generator(reader: _Reader, value: Any) -> Generator:
    if value is None:
        return Generator(name="unknown")
    data = reader.mapping(value, ("generator",), "the generator block")
    if data is None:
        return Generator(name="unknown")
    path = ("generator",)
    return Generator(
        name=reader.field(data, "name", path, "str", required=True, default="unknown"),
        version=reader.field(data, "version", path, "str"),
        engine=reader.field(data, "engine", path, "str"),
        engine_version=reader.field(data, "engine_version", path, "str"),
        generated=reader.field(data, "generated", path, "str"),
        extra=reader.extra(data, _GENERATOR_KEYS),
    )


def _read_summary(reader: _Reader, value: Any) -> Summary:
    if value is None:
        return Summary()
    data = reader.mapping(value, ("summary",), "the summary block")
    if data is None:
        return Summary()
    path = ("summary",)
    return Summary(
        text=reader.field(data, "text", path, "str", default=""),
        points=reader.obj_list(data, "points", path, reader.key_point),
        extra=reader.extra(data, _SUMMARY_KEYS),
    )


__all__ = ["GRADING_RE", "check_evidence", "check_ids", "from_data", "item_paths"]
