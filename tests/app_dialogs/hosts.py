"""Tiny host apps the dialog tests drive with Pilot."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

SIZE = (110, 40)


class DialogHost(App[None]):
    """Pushes one dialog on mount and records every answer it hands back."""

    def __init__(self, dialog: ModalScreen[Any] | None = None) -> None:
        super().__init__()
        self.dialog = dialog
        self.results: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        if self.dialog is not None:
            self.push_screen(self.dialog, self.results.append)

    async def answer(self, pilot: Any, dialog: ModalScreen[Any], *keys: str) -> list[Any]:
        """Push ``dialog``, press ``keys``; the answers it handed back (one app, many dialogs)."""
        answers: list[Any] = []
        self.push_screen(dialog, answers.append)
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        return answers


async def settle(pilot: Any) -> None:
    """Let pushed/popped screens and workers finish (screen switches take a moment)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
