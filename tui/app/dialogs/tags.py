"""The tag editor: comma-separated tags with completion from the tags used in the briefing."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Static

from .base import Dialog, error_line


def split_tags(value: str) -> list[str]:
    """``"a, b ,,c"`` -> ``["a", "b", "c"]`` (blank entries dropped, order kept)."""
    return [tag.strip() for tag in value.split(",") if tag.strip()]


class TagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from known tags, ignoring case.

    Tags already in the field are not suggested again.
    """

    def __init__(self, known: Iterable[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = list(dict.fromkeys(known))

    async def get_suggestion(self, value: str) -> str | None:
        head, sep, partial = value.rpartition(",")
        stripped = partial.lstrip()
        if not stripped:
            return None
        used = {tag.casefold() for tag in split_tags(head)}
        for tag in self.known:
            folded = tag.casefold()
            if folded.startswith(stripped.casefold()) and folded != stripped.casefold() and folded not in used:
                # Taking the completion writes the known tag as it is spelled elsewhere.
                return value[: len(value) - len(stripped)] + tag
        return None


class TagEditor(Dialog[list[str]]):
    """Edit an item's tags; answers the new list (Enter) or None (Esc).

    Right arrow at the end of the line takes the suggested completion.
    """

    BINDINGS = [
        Binding("ctrl+s", "store", "Store tags", id="tags.store", priority=True),
        Binding("escape", "cancel", "Cancel", id="tags.cancel"),
    ]

    def __init__(self, tags: Iterable[str], known: Iterable[str] = (), *, context: str = "",
                 apply: Callable[[list[str]], Any] | None = None) -> None:
        super().__init__(apply=apply)
        self.tags = list(tags)
        self.known = sorted(set(known))
        self.context = context

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tags-dialog"):
            yield Static("Tags", classes="dialog--title")
            if self.context:
                yield Static(self.context, classes="dialog--context", markup=False)
            value = ", ".join(self.tags) + (", " if self.tags else "")
            yield Input(value, id="tags-input", placeholder="tag, another tag",
                        suggester=TagSuggester(self.known), select_on_focus=False)
            yield Static(
                "Used in this briefing: " + (", ".join(self.known) if self.known else "(none yet)"),
                classes="dialog--context", markup=False,
            )
            yield error_line()
            yield Static("Comma between tags   Right: complete   Enter: store   Esc: cancel",
                         classes="dialog--hint")

    def on_mount(self) -> None:
        self.query_one("#tags-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_store()

    def action_store(self) -> None:
        """Answer the tags in the field."""
        self.submit(split_tags(self.query_one("#tags-input", Input).value))
