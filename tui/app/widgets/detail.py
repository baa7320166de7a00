"""The detail pane: every field of the highlighted item, its evidence, review and notes.

The screen calls :meth:`DetailPane.show` with the item (calls down); the pane never changes
the model. Notes are an ``OptionList`` so one can be highlighted for editing or deleting.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.keymap import LIST_BINDINGS, TEXT_BINDINGS
from tui.app.widgets.item_list import STATUS_SYMBOLS

#: Colours of the status word (the symbol carries the meaning without colour).
STATUS_STYLES: dict[str, str] = {"accepted": "green", "rejected": "red", "flagged": "yellow"}

#: Fields shown per item list, in order (label, attribute).
FIELDS: dict[str, list[tuple[str, str]]] = {
    "key_points": [],
    "actors": [("kind", "kind"), ("aliases", "aliases"), ("role", "role"), ("affiliation", "affiliation")],
    "assets": [
        ("type", "type"),
        ("quantity", "quantity"),
        ("location", "location"),
        ("owner", "owner"),
        ("status", "status"),
    ],
    "open_questions": [("status", "status"), ("why", "why"), ("cue", "cue"), ("dismissed", "dismissal")],
    "places": [],
}


class DetailText(VerticalScroll, can_focus=True):
    """The scrollable text part of the detail pane."""

    BINDINGS = TEXT_BINDINGS


class NoteList(OptionList):
    """The notes of the item; the highlighted one is what edit/delete note act on."""

    BINDINGS = [b for b in LIST_BINDINGS if b.id != "nav.select"]


class DetailPane(Vertical):
    """Fields, review, evidence and notes of one item."""

    def compose(self) -> ComposeResult:
        with DetailText(id="detail-scroll"):
            yield Static("", id="detail-text")
        yield NoteList(id="notes")

    def on_mount(self) -> None:
        self.border_title = "Detail"
        self.query_one(NoteList).display = False

    def show(self, list_name: str | None, item: Any, owner_name: str | None = None) -> None:
        """Show ``item`` of ``list_name`` (None: nothing highlighted)."""
        text_widget = self.query_one("#detail-text", Static)
        notes = self.query_one(NoteList)
        if item is None or list_name is None:
            text_widget.update(Text("Nothing highlighted.", style="dim"))
            notes.clear_options()
            notes.display = False
            return
        text_widget.update(describe_item(list_name, item, owner_name))
        keep = notes.highlighted
        notes.clear_options()
        review = item.review
        if review.notes:
            notes.add_options(
                Option(
                    Text.assemble(
                        (f"{note.author} · {note.updated or note.created}", "bold"), "\n", note.text
                    ),
                    id=note.id,
                )
                for note in review.notes
            )
            notes.highlighted = min(keep or 0, len(review.notes) - 1)
        notes.display = bool(review.notes)
        notes.border_title = f"Notes ({len(review.notes)})"

    @property
    def highlighted_note_id(self) -> str | None:
        """Id of the note highlighted in the notes list, or None."""
        notes = self.query_one(NoteList)
        if not notes.display or notes.highlighted is None or notes.option_count == 0:
            return None
        return notes.get_option_at_index(notes.highlighted).id


def describe_item(list_name: str, item: Any, owner_name: str | None = None) -> Text:
    """The detail text of an item (plain Rich text, escaped: data never parses as markup)."""
    out = Text()
    out.append(f"{item.kind_name.upper()}  ", style="bold")
    out.append(item.id, style="dim")
    out.append("\n")
    out.append(item.label, style="bold")
    out.append("\n")
    for label, attr in FIELDS.get(list_name, []):
        value = getattr(item, attr, None)
        if value in (None, [], ""):
            continue
        if attr == "aliases":
            value = ", ".join(value)
        if attr == "owner" and owner_name:
            value = f"{owner_name} ({value})"
        out.append(f"{label:>12}: ", style="dim")
        out.append(f"{value}\n")
    answer = getattr(item, "answer", None)
    if answer is not None:
        out.append("      answer: ", style="dim")
        words = ", ".join(w for w in (answer.likelihood, answer.confidence and f"{answer.confidence} confidence") if w)
        out.append(f"{answer.text}" + (f" ({words})" if words else "") + f" — {answer.author}, {answer.created}\n")

    review = item.review
    out.append("\nReview\n", style="bold underline")
    status = review.status
    out.append(f"{'status':>12}: ", style="dim")
    out.append(f"{STATUS_SYMBOLS.get(status, '?')} {status}\n", style=STATUS_STYLES.get(status, ""))
    for label, value in (
        ("confidence", review.confidence),
        ("grading", review.grading),
        ("tags", ", ".join(review.tags) if review.tags else None),
        ("updated", f"{review.updated} by {review.updated_by}" if review.updated else None),
    ):
        if value:
            out.append(f"{label:>12}: ", style="dim")
            out.append(f"{value}\n")

    out.append(f"\nEvidence ({len(item.evidence)})\n", style="bold underline")
    if not item.evidence:
        out.append("  no evidence in the source\n", style="dim")
    for number, span in enumerate(item.evidence, 1):
        out.append(f"  [{number}] ", style="dim")
        out.append(f"“{span.quote}”")
        out.append(f"  {span.start}–{span.end}\n", style="dim")
    if not review.notes:
        out.append("\nNo notes.", style="dim")
    return out

