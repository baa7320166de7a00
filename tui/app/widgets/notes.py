"""The notes list of the detail pane, in a module of its own so that Textual's OptionList
loads only when an item with notes is first shown (not with the review screen; issue 8)."""

from __future__ import annotations

from typing import Any, Iterable

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.app.keymap import LIST_BINDINGS
from tui.app.widgets.steady import SteadyScrollbars


class NoteList(SteadyScrollbars, OptionList):
    """The notes of the item; the highlighted one is what edit/delete note act on."""

    BINDINGS = [b for b in LIST_BINDINGS if b.id != "nav.select"]

    def show_notes(self, notes: Iterable[Any]) -> None:
        """Replace the options by ``notes``, keeping the highlighted position where possible."""
        notes = list(notes)
        keep = self.highlighted
        self.clear_options()
        if notes:
            self.add_options(
                Option(
                    Text.assemble((f"{note.author} · {note.updated or note.created}", "bold"), "\n", note.text),
                    id=note.id,
                )
                for note in notes
            )
            self.highlighted = min(keep or 0, len(notes) - 1)
        self.display = bool(notes)
        self.border_title = f"Notes ({len(notes)})"

    @property
    def highlighted_id(self) -> str | None:
        """Id of the highlighted note, or None."""
        if not self.display or self.highlighted is None or self.option_count == 0:
            return None
        return self.get_option_at_index(self.highlighted).id
