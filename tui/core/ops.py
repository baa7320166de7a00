"""Annotation operations the UI calls: each validates, changes the model and records undo.

An :class:`Editor` wraps one briefing with its history, the author's name and a clock. Every
method that changes the briefing snapshots the touched item before and after, so undo/redo
covers everything (deletions included), and stamps who and when on what it creates.
Invalid requests raise :class:`OperationError` with a sentence fit to show the analyst.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable

from .fields import (  # re-exported: callers import these from tui.core.ops
    EDITABLE_FIELDS,
    ID_PREFIX,
    OperationError,
    _savable,
    default_author,
    slug,
    utc_now,
)
from .history import Change, History, Step, snapshot
from .model import (
    CONFIDENCE_LEVELS,
    ITEM_CLASSES,
    ITEM_LISTS,
    LIKELIHOOD_TERMS,
    REVIEW_STATUSES,
    Answer,
    Briefing,
    Note,
    OpenQuestion,
    Span,
)
from .validate import GRADING_RE


class Editor:
    """Changes one briefing on behalf of one analyst, with undo/redo."""

    def __init__(
        self,
        briefing: Briefing,
        *,
        author: str | None = None,
        clock: Callable[[], str] = utc_now,
        source_text: str | None = None,
    ) -> None:
        self.briefing = briefing
        self.author = author or default_author()
        self.clock = clock
        self.source_text = source_text
        self.history = History()
        self._index: dict[str, tuple[str, int]] = {}
        self._reindex()

    # -- lookup ------------------------------------------------------------------------

    def _reindex(self) -> None:
        self._index = {}
        for list_name in ITEM_LISTS:
            for pos, item in enumerate(self.briefing.item_list(list_name)):
                self._index[item.id] = (list_name, pos)

    def locate(self, item_id: str) -> tuple[str, int, Any]:
        """``(list_name, index, item)`` of an item; OperationError when it does not exist.

        O(1): the index caches each id's position and is rebuilt only when it went stale.
        """
        for attempt in (0, 1):
            entry = self._index.get(item_id)
            if entry is not None:
                list_name, pos = entry
                items = self.briefing.item_list(list_name)
                if pos < len(items) and items[pos].id == item_id:
                    return list_name, pos, items[pos]
            if attempt == 0:
                self._reindex()
        raise OperationError(f"there is no item with id {item_id!r}")

    def _exists(self, item_id: str) -> bool:
        try:
            self.locate(item_id)
        except OperationError:
            return False
        return True

    def item(self, item_id: str) -> Any:
        """The item with ``item_id``."""
        return self.locate(item_id)[2]

    # -- the mechanism -----------------------------------------------------------------

    def _change(self, item_id: str, description: str, mutate: Callable[[Any], None]) -> Change:
        """Apply ``mutate`` to a copy of the item, swap it in, and record the change."""
        list_name, index, item = self.locate(item_id)
        before = snapshot(item)
        after = snapshot(item)
        mutate(after)
        items = self.briefing.item_list(list_name)
        items[index] = after
        change = Change(description, [Step(list_name, index, before, snapshot(after))], item_id=item_id)
        self.history.record(change)
        return change

    def _stamp(self, item: Any, now: str | None = None) -> None:
        """Record who changed the item's review and when (``now``: the operation's one time)."""
        item.review.updated = now or self.clock()
        item.review.updated_by = self.author

    def undo(self) -> Change | None:
        """Revert the last change; returns it (None when there was nothing to undo)."""
        change = self.history.undo(self.briefing)
        if change is not None:
            self._reindex()
        return change

    def redo(self) -> Change | None:
        """Re-apply the last undone change."""
        change = self.history.redo(self.briefing)
        if change is not None:
            self._reindex()
        return change

    # -- review decisions --------------------------------------------------------------

    def set_status(self, item_id: str, status: str) -> Change:
        """Accept, reject, flag, or return an item to unreviewed."""
        if status not in REVIEW_STATUSES:
            raise OperationError(f"unknown review status {status!r}; expected one of {', '.join(REVIEW_STATUSES)}")

        def mutate(item: Any) -> None:
            item.review.status = status
            self._stamp(item)

        return self._change(item_id, f"{status}: {self._label(item_id)}", mutate)

    def set_confidence(self, item_id: str, level: str | None) -> Change:
        """Set the ICD 203 confidence (low / moderate / high), or clear it with None."""
        if level is not None and level not in CONFIDENCE_LEVELS:
            raise OperationError(f"unknown confidence {level!r}; expected low, moderate or high")

        def mutate(item: Any) -> None:
            item.review.confidence = level
            self._stamp(item)

        return self._change(item_id, f"confidence {level or 'cleared'}: {self._label(item_id)}", mutate)

    def cycle_confidence(self, item_id: str) -> Change:
        """None -> low -> moderate -> high -> None."""
        current = self.item(item_id).review.confidence
        order: list[str | None] = [None, *CONFIDENCE_LEVELS]
        return self.set_confidence(item_id, order[(order.index(current) + 1) % len(order)])

    def set_grading(self, item_id: str, grading: str | None) -> Change:
        """Set the Admiralty grading (``"B2"``), or clear it with None."""
        if grading is not None:
            grading = grading.strip().upper()
            if not GRADING_RE.match(grading):
                raise OperationError(
                    f"invalid grading {grading!r}: expected reliability A-F and credibility 1-6, e.g. B2"
                )

        def mutate(item: Any) -> None:
            item.review.grading = grading
            self._stamp(item)

        return self._change(item_id, f"grading {grading or 'cleared'}: {self._label(item_id)}", mutate)

    def set_tags(self, item_id: str, tags: Iterable[str]) -> Change:
        """Replace the item's tags (trimmed, de-duplicated, order kept); a string is comma-separated."""
        if isinstance(tags, str):  # iterating a str would make one tag per character
            tags = tags.split(",")
        clean: list[str] = []
        for tag in tags:
            tag = _savable(tag).strip()
            if tag and tag not in clean:
                clean.append(tag)

        def mutate(item: Any) -> None:
            item.review.tags = clean
            self._stamp(item)

        return self._change(item_id, f"tags: {self._label(item_id)}", mutate)

    def add_tag(self, item_id: str, tag: str) -> Change:
        """Add one tag (kept once, trimmed); an empty tag is refused."""
        if not tag.strip():
            raise OperationError("a tag needs some text")
        return self.set_tags(item_id, [*self.item(item_id).review.tags, tag])

    def remove_tag(self, item_id: str, tag: str) -> Change:
        return self.set_tags(item_id, [t for t in self.item(item_id).review.tags if t != tag])

    # -- notes -------------------------------------------------------------------------

    def add_note(self, item_id: str, text: str) -> Note:
        """Add a note by the current author; returns the stored note."""
        if not _savable(text).strip():
            raise OperationError("a note needs some text")
        now = self.clock()
        note = Note(id=f"note-{os.urandom(5).hex()}", author=self.author, created=now, updated=now, text=text)

        def mutate(item: Any) -> None:
            item.review.notes.append(note)
            self._stamp(item, now)

        self._change(item_id, f"note added: {self._label(item_id)}", mutate)
        return note

    def _note_index(self, item: Any, note_id: str) -> int:
        for i, note in enumerate(item.review.notes):
            if note.id == note_id:
                return i
        raise OperationError(f"there is no note {note_id!r} on {item.id!r}")

    def edit_note(self, item_id: str, note_id: str, text: str) -> Change:
        """Change a note's text; its author stays, ``updated`` moves to now."""
        if not _savable(text).strip():
            raise OperationError("a note needs some text (delete it instead)")
        self._note_index(self.item(item_id), note_id)

        def mutate(item: Any) -> None:
            now = self.clock()  # one time for the note and the review, not two ticks apart
            note = item.review.notes[self._note_index(item, note_id)]
            note.text = text
            note.updated = now
            self._stamp(item, now)

        return self._change(item_id, f"note edited: {self._label(item_id)}", mutate)

    def delete_note(self, item_id: str, note_id: str) -> Change:
        self._note_index(self.item(item_id), note_id)

        def mutate(item: Any) -> None:
            del item.review.notes[self._note_index(item, note_id)]
            self._stamp(item)

        return self._change(item_id, f"note deleted: {self._label(item_id)}", mutate)

    # -- open questions ----------------------------------------------------------------

    def _question(self, item_id: str) -> OpenQuestion:
        item = self.item(item_id)
        if not isinstance(item, OpenQuestion):
            raise OperationError(f"{item_id!r} is not an open question")
        return item

    def answer_question(
        self, item_id: str, text: str, *, confidence: str | None = None, likelihood: str | None = None
    ) -> Change:
        """Answer an open question (ICD 203 confidence and/or likelihood words)."""
        self._question(item_id)
        if not _savable(text).strip():
            raise OperationError("an answer needs some text")
        if confidence is not None and confidence not in CONFIDENCE_LEVELS:
            raise OperationError(f"unknown confidence {confidence!r}; expected low, moderate or high")
        if likelihood is not None and likelihood not in LIKELIHOOD_TERMS:
            raise OperationError(f"unknown likelihood {likelihood!r}; expected one of {', '.join(LIKELIHOOD_TERMS)}")
        answer = Answer(text=text, author=self.author, created=self.clock(), confidence=confidence, likelihood=likelihood)

        def mutate(item: Any) -> None:
            item.status = "answered"
            item.answer = answer
            item.dismissal = None
            self._stamp(item, answer.created)

        return self._change(item_id, f"answered: {self._label(item_id)}", mutate)

    def dismiss_question(self, item_id: str, reason: str) -> Change:
        """Dismiss an open question, saying why."""
        self._question(item_id)
        if not _savable(reason).strip():
            raise OperationError("say why the question is dismissed")

        def mutate(item: Any) -> None:
            item.status = "dismissed"
            item.dismissal = reason
            self._stamp(item)

        return self._change(item_id, f"dismissed: {self._label(item_id)}", mutate)

    def reopen_question(self, item_id: str) -> Change:
        """Back to open; the earlier answer is kept for the record until a new one replaces it."""
        self._question(item_id)

        def mutate(item: Any) -> None:
            item.status = "open"
            item.dismissal = None
            self._stamp(item)

        return self._change(item_id, f"reopened: {self._label(item_id)}", mutate)

    # -- fields, evidence, items -------------------------------------------------------

    def _clean_fields(self, list_name: str, fields: dict[str, Any]) -> dict[str, Any]:
        allowed = EDITABLE_FIELDS[list_name]
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            kind = allowed.get(key)
            if kind is None:
                raise OperationError(f"field {key!r} cannot be edited on {list_name.replace('_', ' ')}")
            if kind == "list":
                if isinstance(value, str):
                    value = [v.strip() for v in value.split(",")]
                clean[key] = [_savable(str(v)).strip() for v in value if str(v).strip()]
                continue
            if isinstance(value, str):
                value = _savable(value).strip()
            optional = kind.endswith("?")
            if value in ("", None):
                if not optional:
                    raise OperationError(f"{key} cannot be empty")
                clean[key] = None
                continue
            if kind.startswith("int"):
                try:
                    number = int(value)
                except (TypeError, ValueError):
                    raise OperationError(f"{key} must be a whole number, not {value!r}") from None
                if number < 0:
                    raise OperationError(f"{key} cannot be negative")
                clean[key] = number
            elif kind.startswith("actor"):
                owner = self._index.get(str(value))
                if owner is None or owner[0] != "actors" or not self._exists(str(value)):
                    raise OperationError(f"{key} must be the id of an actor; {value!r} is not")
                clean[key] = str(value)
            else:
                clean[key] = str(value)
        return clean

    def edit_fields(self, item_id: str, **fields: Any) -> Change:
        """Edit an item's own fields (see :data:`EDITABLE_FIELDS`), validated."""
        list_name, _, _ = self.locate(item_id)
        clean = self._clean_fields(list_name, fields)

        def mutate(item: Any) -> None:
            for key, value in clean.items():
                setattr(item, key, value)
            self._stamp(item)

        return self._change(item_id, f"edited: {self._label(item_id)}", mutate)

    def span(self, start: int, end: int) -> Span:
        """An evidence span of the loaded source text, checked."""
        if self.source_text is None:
            raise OperationError("the source text is not available, so no span can be taken from it")
        if not (0 <= start < end <= len(self.source_text)):
            raise OperationError(f"span {start}-{end} is not inside the source text")
        return Span(start, end, self.source_text[start:end])

    def add_evidence(self, item_id: str, span: Span) -> Change:
        """Attach a span of the source to an item as evidence (each span once)."""
        if span in self.item(item_id).evidence:
            raise OperationError(f"{span.start}-{span.end} is already evidence of {item_id!r}")

        def mutate(item: Any) -> None:
            item.evidence.append(span)
            item.evidence.sort(key=lambda s: (s.start, s.end))
            self._stamp(item)

        return self._change(item_id, f"evidence added: {self._label(item_id)}", mutate)

    def remove_evidence(self, item_id: str, index: int) -> Change:
        item = self.item(item_id)
        if not 0 <= index < len(item.evidence):
            raise OperationError(f"{item_id!r} has no evidence #{index + 1}")

        def mutate(item: Any) -> None:
            del item.evidence[index]
            self._stamp(item)

        return self._change(item_id, f"evidence removed: {self._label(item_id)}", mutate)

    def new_id(self, list_name: str, label: str) -> str:
        """A fresh id for a new item: readable and, across analysts, practically unique."""
        while True:
            candidate = f"{ID_PREFIX[list_name]}-{slug(label, 24)}-{os.urandom(2).hex()}"
            if candidate not in self._index:
                return candidate

    def add_item(self, list_name: str, *, evidence: Iterable[Span] = (), **fields: Any) -> Any:
        """Create an item in ``list_name`` from ``fields``; returns it. Undoable."""
        if list_name not in ITEM_LISTS:
            raise OperationError(f"unknown item list {list_name!r}")
        clean = self._clean_fields(list_name, fields)
        label_field = {"key_points": "text", "open_questions": "question"}.get(list_name, "name")
        if not clean.get(label_field):
            raise OperationError(f"a new item needs a {label_field}")
        cls = ITEM_CLASSES[list_name]
        item = cls(id=self.new_id(list_name, clean[label_field]), **clean)
        item.evidence = sorted(evidence, key=lambda s: (s.start, s.end))
        self._stamp(item)
        items = self.briefing.item_list(list_name)
        index = len(items)
        items.append(item)
        self._index[item.id] = (list_name, index)
        self.history.record(
            Change(f"added: {item.label}", [Step(list_name, index, None, snapshot(item))], item_id=item.id)
        )
        return item

    def delete_item(self, item_id: str) -> Change:
        """Delete an item; assets owned by a deleted actor lose their owner (undone together)."""
        list_name, index, item = self.locate(item_id)
        steps: list[Step] = []
        if list_name == "actors":
            for i, asset in enumerate(self.briefing.assets):
                if asset.owner == item_id:
                    after = snapshot(asset)
                    after.owner = None
                    steps.append(Step("assets", i, snapshot(asset), snapshot(after)))
                    self.briefing.assets[i] = after
        items = self.briefing.item_list(list_name)
        del items[index]
        steps.append(Step(list_name, index, snapshot(item), None))
        change = Change(f"deleted: {item.label}", steps, item_id=item_id)
        self.history.record(change)
        self._reindex()
        return change

    def set_summary_text(self, text: str) -> Change:
        """Replace the prose summary."""
        _savable(text)
        change = Change("summary edited", [Step("summary", None, self.briefing.summary.text, text)])
        self.briefing.summary.text = text
        self.history.record(change)
        return change

    def _label(self, item_id: str) -> str:
        label = self.item(item_id).label
        return label if len(label) <= 40 else label[:37] + "..."


__all__ = [
    "EDITABLE_FIELDS",
    "ID_PREFIX",
    "Editor",
    "OperationError",
    "default_author",
    "slug",
    "utc_now",
]
