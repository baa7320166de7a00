"""The screen shown for a briefing that does not load: every problem, one per line, no traceback."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from tui.app.keymap import ERROR_BINDINGS
from tui.app.widgets.keybar import KeyBar
from tui.core.errors import LoadError


class ErrorScreen(Screen):
    """Lists the problems of a file that could not be opened (``file:line:col: message``)."""

    BINDINGS = ERROR_BINDINGS

    def __init__(self, error: LoadError) -> None:
        super().__init__()
        self.error = error

    def compose(self) -> ComposeResult:
        count = len(self.error.problems)
        yield Static(
            Text(f"Cannot open {self.error.file}: {count} problem{'s' if count != 1 else ''}"),
            id="error-title",
        )
        with VerticalScroll(id="error-body"):
            yield Static(Text("\n".join(self.error.lines()) or "unknown problem"), id="error-lines")
            yield Static(
                Text(
                    "\nFix the file (see docs/format.md) or check it with `briefing validate FILE`.",
                    style="dim",
                )
            )
        yield KeyBar()

    @property
    def lines(self) -> list[str]:
        """The problems as shown (for tests)."""
        return self.error.lines()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            # Only when there is somewhere to go back to (the picker).
            return len(self.app.screen_stack) > 2
        return True

    def action_back(self) -> None:
        """Back to the picker."""
        self.dismiss()
