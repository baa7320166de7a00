"""The note editor: a multi-line TextArea where Enter makes a new line and Ctrl+S stores."""

from __future__ import annotations

from typing import Any, Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from .base import Dialog, error_line
from .choice import ConfirmDialog


class NoteEditor(Dialog[str]):
    """Write or edit a note; answers the text (Ctrl+S) or None (Esc).

    Esc asks for confirmation before throwing away typed text (anything that differs from
    what the editor opened with and is not blank).
    """

    BINDINGS = [
        Binding("ctrl+s", "store", "Store note", id="note.store", priority=True),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(
        self,
        text: str = "",
        *,
        title: str = "New note",
        context: str = "",
        apply: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(apply=apply)
        self.initial = text
        self.title_text = title
        self.context = context

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog note-dialog"):
            yield Static(self.title_text, classes="dialog--title", markup=False)
            if self.context:
                yield Static(self.context, classes="dialog--context", markup=False)
            yield TextArea(self.initial, id="note-text", soft_wrap=True, tab_behavior="focus")
            yield error_line()
            yield Static("Enter: new line   Ctrl+S: store   Esc: cancel", classes="dialog--hint")

    def on_mount(self) -> None:
        area = self.query_one("#note-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        """What is in the editor now."""
        return self.query_one("#note-text", TextArea).text

    def action_store(self) -> None:
        """Store the note (trailing blank lines dropped) and close."""
        self.submit(self.text.rstrip())

    def action_cancel(self) -> None:
        """Close without storing; confirm first when typed text would be lost."""
        text = self.text
        if not text.strip() or text == self.initial:
            self.answer(None)
            return

        def answered(answer: str | None) -> None:
            if ConfirmDialog.confirmed(answer):
                self.answer(None)
            else:
                self.query_one("#note-text", TextArea).focus()

        self.app.push_screen(
            ConfirmDialog("Throw away the text you typed?", title="Discard note"), answered
        )
