"""The detail pane: every field of the highlighted item, its evidence, review and notes.

The screen calls :meth:`DetailPane.show` with the item (calls down); the pane never changes
the model. Notes are an ``OptionList`` (:mod:`.notes`) so one can be highlighted for editing
or deleting; it is mounted under the pane the first time an item with notes is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

from tui.app.keymap import TEXT_BINDINGS

if TYPE_CHECKING:  # imported for real on first use (OptionList's CSS costs the first frame)
    from tui.app.widgets.notes import NoteList
from tui.app.widgets.item_list import STATUS_SYMBOLS
from tui.app.widgets.text_view import TextView

#: Colours of the status word (the symbol carries the meaning without colour).
STATUS_STYLES: dict[str, str] = {"accepted": "green", "rejected": "red", "flagged": "yellow"}

#: Fields shown per item list, in order (label, attribute).
FIELDS: dict[str, list[tuple[str, str]]] = {
    "key_points": [],
    "actors": [("kind", "kind"), ("aliases", "aliases"), ("role", "role"), ("affiliation", "affiliation")],
    "assets": [
        ("type", "type"),
        ("aliases", "aliases"),
        ("quantity", "quantity"),
        ("location", "location"),
        ("owner", "owner"),
        ("status", "status"),
    ],
    "open_questions": [("status", "status"), ("why", "why"), ("cue", "cue"), ("dismissed", "dismissal")],
    "places": [],
}


class DetailText(TextView, can_focus=True):
    """Scrollable text that takes focus and scrolls by the text keys (j, k, g, G)."""

    BINDINGS = TEXT_BINDINGS


class DetailPane(DetailText):
    """Fields, review and evidence of one item: a titled pane that is its own text view.

    One widget, not a container around a scroll view around a ``Static`` (issue 8). The
    notes, when the item has any, are a list right under the pane, in the same column.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The notes list, mounted the first time an item with notes is shown.
        self.notes: NoteList | None = None

    def on_mount(self) -> None:
        self.border_title = "Detail"

    def show(self, list_name: str | None, item: Any, owner_name: str | None = None) -> None:
        """Show ``item`` of ``list_name`` (None: nothing highlighted)."""
        if item is None or list_name is None:
            self.update(Text("Nothing highlighted.", style="dim"))
            notes = []
        else:
            self.update(describe_item(list_name, item, owner_name))
            notes = item.review.notes
        if notes and self.notes is None:
            from tui.app.widgets.notes import NoteList

            self.notes = NoteList(id="notes", classes="pane")
            assert self.parent is not None
            self.parent.mount(self.notes, after=self)
        if self.notes is not None:
            self.notes.show_notes(notes)

    @property
    def highlighted_note_id(self) -> str | None:
        """Id of the highlighted note in the notes list, or None."""
        return None if self.notes is None else self.notes.highlighted_id


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

