"""What every dialog of the review app shares: Esc to cancel, a title, an inline error line.

Each dialog is a ``ModalScreen[ResultType]`` that hands its answer back with ``dismiss(value)``;
``None`` always means "cancelled". Dialogs that change the briefing can be given an ``apply``
callable: it runs the real operation (``tui.core.ops.Editor``) on submit, and when the operation
refuses (:class:`~tui.core.errors.BriefingError`) its sentence is shown inline and the dialog
stays open, so the analyst can fix the input instead of losing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.errors import BriefingError

ResultT = TypeVar("ResultT")

#: One stylesheet for all dialogs, next to this module.
DIALOGS_TCSS = Path(__file__).with_name("dialogs.tcss")


class Dialog(ModalScreen[ResultT]):
    """Base of the review app's dialogs: Esc cancels with ``None``; errors show inline."""

    CSS_PATH = DIALOGS_TCSS
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, *, apply: Callable[[Any], Any] | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self._apply = apply
        #: What ``apply`` returned on the last successful submit (the stored note, new item...).
        self.applied: Any = None
        self._answered = False

    def action_cancel(self) -> None:
        """Close without an answer."""
        self.answer(None)

    def answer(self, value: ResultT | None) -> None:
        """Close with ``value``, once: a key repeated before the dialog is gone does nothing."""
        if self._answered:
            return
        self._answered = True
        self.dismiss(value)

    def show_error(self, message: str) -> None:
        """Show ``message`` in the dialog's error line (every dialog composes one)."""
        for error in self.query(".dialog--error").results(Static):
            error.update(message)
            error.display = bool(message)

    def error_text(self) -> str:
        """The error line's current text ("" when there is none); used by tests and screen readers."""
        for error in self.query(".dialog--error").results(Static):
            return str(error.content) if error.display else ""
        return ""

    def submit(self, value: ResultT) -> None:
        """Hand ``value`` back, after ``apply`` accepted it (if the dialog has one)."""
        if self._answered:
            return  # Ctrl+S pressed twice: the change must not be made twice
        if self._apply is not None:
            try:
                self.applied = self._apply(value)
            except BriefingError as exc:
                self.show_error(str(exc))
                return
        self.answer(value)


def error_line() -> Static:
    """The hidden error line a dialog shows refusals in."""
    line = Static("", classes="dialog--error", markup=False)
    line.display = False
    return line
