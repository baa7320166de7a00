"""Annotation actions of the review screen (the review loop, issue 5).

``ReviewActions`` is a mixin that ``ReviewScreen`` inherits
(``class ReviewScreen(ReviewActions, Screen)``); it implements the ``action_<name>`` methods
of the annotation keys declared in tui/app/keymap.py. Every change goes through the core
:class:`~tui.core.ops.Editor` (so it is validated, stamped with author and time, and undoable),
then :meth:`SavingActions.changed` notifies, refreshes the panes and schedules the recovery file.

The screen provides: ``loaded``, ``editor``, ``settings``, ``highlighted()``,
``highlighted_note_id()``, ``model_changed(item_id)``, ``move_to_next_unreviewed()``,
``source_selection()`` and ``replace_loaded(loaded)``.
"""

from __future__ import annotations

from typing import Any, Callable

from tui.core.errors import BriefingError
from tui.core.model import LIST_NOUNS, OpenQuestion

from .. import dialogs  # a lazy package: each dialog's module loads when first opened
from .review_saving import SavingActions

#: The field that names a new item, per list (prefilled from a source selection).
LABEL_FIELD = {"key_points": "text", "open_questions": "question", "actors": "name", "assets": "name", "places": "name"}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReviewActions(SavingActions):
    """Mixin with the annotation, undo/redo, save and quit actions of the review screen."""

    # Provided by ReviewScreen. Annotations only: nothing here shadows them.
    settings: Any
    highlighted: Callable[[], tuple[str, str] | None]
    highlighted_note_id: Callable[[], str | None]
    move_to_next_unreviewed: Callable[[], None]
    source_selection: Callable[[], tuple[int, int] | None]

    # -- helpers ---------------------------------------------------------------------------

    def _target(self) -> tuple[str, str] | None:
        """The highlighted (list_name, item_id), or None after telling the analyst why not."""
        found = self.highlighted()
        if found is None:
            self.notify("No item highlighted: move to an item in a list first.", severity="warning", timeout=3)
        return found

    def _question_target(self, verb: str) -> tuple[str, str] | None:
        found = self._target()
        if found is None:
            return None
        if found[0] != "open_questions":
            self.notify(f"Only open questions can be {verb}: highlight one in the questions pane (4).",
                        severity="warning", timeout=3)
            return None
        return found

    def _do(self, item_id: str | None, operation: Callable[[], Any], message: Callable[[Any], str] | None = None) -> Any:
        """Run an editor operation; show its refusal, or report and refresh. Returns its result."""
        try:
            result = operation()
        except BriefingError as exc:
            self.notify(str(exc), severity="error", timeout=5)
            return None
        text = message(result) if message else getattr(result, "description", "done")
        self.changed(item_id, text)
        return result

    def _open(self, dialog: Any, item_id: str | None, message: Callable[[Any, Any], str] | None = None,
              unchanged: str | None = None) -> None:
        """Push a dialog whose ``apply`` makes the change; report it when the dialog closes.

        ``unchanged`` is said when the dialog was confirmed but ``apply`` had nothing to do.
        """

        def closed(result: Any) -> None:
            if result is None:
                return
            if dialog.applied is None:
                if unchanged:
                    self.notify(unchanged, timeout=2)
                return
            text = message(result, dialog.applied) if message else getattr(dialog.applied, "description", "done")
            self.changed(item_id, text)

        self.app.push_screen(dialog, closed)

    def _item(self, item_id: str) -> Any:
        return self.editor.item(item_id)

    # -- one-key decisions -----------------------------------------------------------------

    def _decide(self, status: str) -> None:
        found = self._target()
        if found is None:
            return
        if self._do(found[1], lambda: self.editor.set_status(found[1], status)) is None:
            return
        # Moving on after a decision keeps the analyst's hands on one key per item; going
        # back to "unreviewed" is a correction, so the cursor stays.
        if status != "unreviewed" and getattr(self.settings, "auto_advance", True):
            self.move_to_next_unreviewed()

    def action_accept(self) -> None:
        """a: accept the highlighted item."""
        self._decide("accepted")

    def action_reject(self) -> None:
        """x: reject the highlighted item."""
        self._decide("rejected")

    def action_flag(self) -> None:
        """f: flag the highlighted item for follow-up."""
        self._decide("flagged")

    def action_unreview(self) -> None:
        """space: back to unreviewed."""
        self._decide("unreviewed")

    # -- structured assessment -----------------------------------------------------------

    def action_cycle_confidence(self) -> None:
        """c: confidence none -> low -> moderate -> high -> none (ICD 203)."""
        found = self._target()
        if found is not None:
            self._do(found[1], lambda: self.editor.cycle_confidence(found[1]))

    def action_grade(self) -> None:
        """r: grade the source (Admiralty reliability x credibility) in a picker."""
        found = self._target()
        if found is None:
            return
        item_id = found[1]
        item = self._item(item_id)
        dialog = dialogs.GradingPicker(
            item.review.grading,
            context=_short(item.label),
            apply=lambda grading: self.editor.set_grading(item_id, grading or None),
        )
        self._open(dialog, item_id)

    def action_tags(self) -> None:
        """t: edit tags, completing from the tags used elsewhere in the briefing."""
        found = self._target()
        if found is None:
            return
        item_id = found[1]
        item = self._item(item_id)
        dialog = dialogs.TagEditor(
            item.review.tags,
            self.editor.briefing.all_tags(),
            context=_short(item.label),
            apply=lambda tags: self.editor.set_tags(item_id, tags),
        )
        self._open(dialog, item_id)

    # -- notes -------------------------------------------------------------------------------

    def action_note(self) -> None:
        """n: write a new note on the highlighted item."""
        found = self._target()
        if found is None:
            return
        item_id = found[1]
        dialog = dialogs.NoteEditor(
            title=f"Note on {LIST_NOUNS.get(found[0], 'item')}",
            context=_short(self._item(item_id).label, 90),
            apply=lambda text: self.editor.add_note(item_id, text),
        )
        self._open(dialog, item_id, lambda text, note: f"note added by {note.author}: {_short(self._item(item_id).label, 40)}")

    def _note_target(self, verb: str) -> tuple[str, Any] | None:
        """(item_id, note): the note highlighted in the detail pane, else the item's last note."""
        found = self._target()
        if found is None:
            return None
        item = self._item(found[1])
        note_id = self.highlighted_note_id()
        notes = {note.id: note for note in item.review.notes}
        note = notes.get(note_id) if note_id else None
        if note is None and item.review.notes:
            note = item.review.notes[-1]
        if note is None:
            self.notify(f"This item has no note to {verb}.", severity="warning", timeout=3)
            return None
        return found[1], note

    def action_edit_note(self) -> None:
        """N: edit the highlighted note (or the item's last note)."""
        target = self._note_target("edit")
        if target is None:
            return
        item_id, note = target
        dialog = dialogs.NoteEditor(
            note.text,
            title=f"Edit note by {note.author} ({note.created})",
            context=_short(self._item(item_id).label, 90),
            apply=lambda text: self.editor.edit_note(item_id, note.id, text),
        )
        self._open(dialog, item_id)

    def action_delete_note(self) -> None:
        """D: delete the highlighted note (or the item's last note), after confirmation."""
        target = self._note_target("delete")
        if target is None:
            return
        item_id, note = target

        def answered(answer: str | None) -> None:
            if dialogs.ConfirmDialog.confirmed(answer):
                self._do(item_id, lambda: self.editor.delete_note(item_id, note.id))

        question = f"Delete the note by {note.author}?\n\n{_short(note.text, 200)}\n\n(u undoes it)"
        self.app.push_screen(dialogs.ConfirmDialog(question, title="Delete note"), answered)

    # -- open questions ----------------------------------------------------------------------

    def action_answer(self) -> None:
        """A: answer the highlighted open question (text, confidence, likelihood)."""
        found = self._question_target("answered")
        if found is None:
            return
        item_id = found[1]
        question: OpenQuestion = self._item(item_id)
        previous = question.answer

        def apply(result: dialogs.AnswerResult) -> Any:
            return self.editor.answer_question(
                item_id, result.text, confidence=result.confidence, likelihood=result.likelihood
            )

        dialog = dialogs.AnswerDialog(
            question.question,
            text=previous.text if previous else "",
            confidence=previous.confidence if previous else None,
            likelihood=previous.likelihood if previous else None,
            apply=apply,
        )
        self._open(dialog, item_id)

    def action_dismiss(self) -> None:
        """X: dismiss the highlighted open question, with a reason."""
        found = self._question_target("dismissed")
        if found is None:
            return
        item_id = found[1]
        question: OpenQuestion = self._item(item_id)
        dialog = dialogs.DismissDialog(
            question.question,
            reason=question.dismissal or "",
            apply=lambda reason: self.editor.dismiss_question(item_id, reason),
        )
        self._open(dialog, item_id)

    def action_reopen(self) -> None:
        """O: reopen an answered or dismissed question."""
        found = self._question_target("reopened")
        if found is None:
            return
        if self._item(found[1]).status == "open":
            self.notify("This question is already open.", timeout=2)
            return
        self._do(found[1], lambda: self.editor.reopen_question(found[1]))

    # -- edit, add, delete -------------------------------------------------------------------

    def _suggestions(self) -> dict[str, list[str]]:
        return {"owner": [actor.id for actor in self.editor.briefing.actors]}

    def action_edit(self) -> None:
        """e: edit the highlighted item's fields in a form."""
        found = self._target()
        if found is None:
            return
        list_name, item_id = found
        values = dialogs.form_values(self._item(item_id), list_name)

        def apply(fields: dict[str, str]) -> Any:
            changed = {k: v for k, v in fields.items() if v != values.get(k, "")}
            return self.editor.edit_fields(item_id, **changed) if changed else None

        dialog = dialogs.ItemForm(list_name, values, context=item_id, suggestions=self._suggestions(), apply=apply)
        self._open(dialog, item_id, unchanged="Nothing changed")

    def _current_list(self) -> str:
        found = self.highlighted()
        if found is not None:
            return found[0]
        # An empty list has no highlighted item; the screen still knows which list it was.
        return getattr(self, "_last_list", None) or "actors"

    def _new_item(self, list_name: str, values: dict[str, str] | None, evidence: list[Any], context: str) -> None:
        def apply(fields: dict[str, str]) -> Any:
            given = {k: v for k, v in fields.items() if v.strip()}  # blank: the model's default
            return self.editor.add_item(list_name, evidence=evidence, **given)

        dialog = dialogs.ItemForm(list_name, values, title=f"New {LIST_NOUNS.get(list_name, 'item')}",
                          context=context, suggestions=self._suggestions(), apply=apply)

        def closed(result: Any) -> None:
            item = dialog.applied
            if result is None or item is None:
                return
            self.changed(item.id, f"added {LIST_NOUNS.get(list_name, 'item')}: {_short(item.label, 40)}")
            self._reveal(list_name, item.id)

        self.app.push_screen(dialog, closed)

    def _reveal(self, list_name: str, item_id: str) -> None:
        """Move the cursor of ``list_name`` to a (new) item, when the screen can."""
        item_list = getattr(self, "item_list", None)
        if callable(item_list):
            try:
                widget = item_list(list_name)
            except Exception:  # the list is not shown (e.g. places): nothing to move
                return
            if hasattr(widget, "highlight"):
                widget.highlight(item_id)

    def action_add_item(self) -> None:
        """o: add an item to the focused list through the item form."""
        list_name = self._current_list()
        self._new_item(list_name, None, [], "")

    def action_cut_item(self) -> None:
        """s: a new item (in the last focused list) from the text selected in the source pane."""
        span = self._selected_span()
        if span is None:
            return
        list_name = self._current_list()
        values = {LABEL_FIELD[list_name]: " ".join(span.quote.split())}
        self._new_item(list_name, values, [span], f"From the source {span.start}-{span.end}: “{_short(span.quote, 80)}”")

    def action_cut_evidence(self) -> None:
        """E: add the source selection as evidence of the highlighted item."""
        span = self._selected_span()
        if span is None:
            return
        found = self._target()
        if found is not None:
            self._do(found[1], lambda: self.editor.add_evidence(found[1], span),
                     lambda change: f"evidence {span.start}-{span.end} added: {_short(self._item(found[1]).label, 40)}")

    def _selected_span(self) -> Any:
        selection = self.source_selection()
        if selection is None:
            self.notify("Select text in the source pane (5) first: shift+arrows.", severity="warning", timeout=3)
            return None
        try:
            return self.editor.span(*selection)
        except BriefingError as exc:
            self.notify(str(exc), severity="error", timeout=5)
            return None

    def action_delete_item(self) -> None:
        """d: delete the highlighted item after confirmation (undoable)."""
        found = self._target()
        if found is None:
            return
        list_name, item_id = found
        item = self._item(item_id)

        def answered(answer: str | None) -> None:
            if dialogs.ConfirmDialog.confirmed(answer):
                self._do(item_id, lambda: self.editor.delete_item(item_id))

        noun = LIST_NOUNS.get(list_name, "item")
        owned = [a for a in self.editor.briefing.assets if list_name == "actors" and a.owner == item_id]
        extra = f"\n{len(owned)} asset(s) it owns will have no owner." if owned else ""
        self.app.push_screen(
            dialogs.ConfirmDialog(f"Delete the {noun} “{_short(item.label)}”?{extra}\n\n(u undoes it)", title=f"Delete {noun}"),
            answered,
        )

    # -- undo / redo ---------------------------------------------------------------------------

    def action_undo(self) -> None:
        """u / ctrl+z: revert the last change of the session."""
        change = self.editor.undo()
        if change is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self.changed(change.item_id, f"undone: {change.description}")

    def action_redo(self) -> None:
        """U / ctrl+y: re-apply the last undone change."""
        change = self.editor.redo()
        if change is None:
            self.notify("Nothing to redo", timeout=2)
            return
        self.changed(change.item_id, f"redone: {change.description}")
