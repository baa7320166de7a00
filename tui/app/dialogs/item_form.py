"""The item form: edit or add an actor, asset, open question, key point or place.

The fields are :data:`tui.core.ops.EDITABLE_FIELDS` of the item's list. Validation is the
editor's own: the form's ``apply`` runs the real operation, and a refusal (an
:class:`~tui.core.ops.OperationError`) is shown under the fields while the form stays open.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from tui.core.model import ACTOR_KINDS, ASSET_TYPES, LIST_NOUNS
from tui.core.ops import EDITABLE_FIELDS

from .base import Dialog, error_line

#: Labels shown in front of fields whose name alone says too little.
FIELD_LABELS = {
    "kind": "kind",
    "type": "type",
    "aliases": "aliases (comma-separated)",
    "owner": "owner (actor id)",
    "why": "why it is open",
    "question": "question",
    "quantity": "quantity",
}

#: Placeholders: what a field wants, and what a blank one means.
FIELD_HINTS = {
    "kind": "person, state, organisation, armed group, military... (Right completes)",
    "type": "air base, aircraft, vessel, air defence system... (Right completes)",
    "aliases": "other names in the text: Putin, Russian president; the Tartus facility",
    "quantity": "a whole number, or blank",
    "owner": "id of the actor that owns it, e.g. actor-russia",
}

def form_values(item: Any, list_name: str) -> dict[str, str]:
    """The current values of an item's editable fields, as the form's strings."""
    values: dict[str, str] = {}
    for name, kind in EDITABLE_FIELDS[list_name].items():
        value = getattr(item, name, None)
        if kind == "list":
            values[name] = ", ".join(value or [])
        else:
            values[name] = "" if value is None else str(value)
    return values


class ItemForm(Dialog[dict[str, str]]):
    """A form over one item's fields; answers ``{field: text}`` (Ctrl+S) or None (Esc).

    Enter moves to the next field and, on the last one, submits. ``suggestions`` maps a field to
    values to complete from (actor kinds, asset types and actor ids have defaults).
    """

    BINDINGS = [
        Binding("ctrl+s", "store", "Save item", id="item_form.store", priority=True),
        Binding("escape", "cancel", "Cancel", id="item_form.cancel"),
    ]

    def __init__(
        self,
        list_name: str,
        values: Mapping[str, str] | None = None,
        *,
        title: str | None = None,
        context: str = "",
        suggestions: Mapping[str, Sequence[str]] | None = None,
        apply: Callable[[dict[str, str]], Any] | None = None,
    ) -> None:
        super().__init__(apply=apply)
        self.list_name = list_name
        self.fields = list(EDITABLE_FIELDS[list_name])
        self.values = dict(values or {})
        noun = LIST_NOUNS.get(list_name, "item")
        self.title_text = title or (f"Edit {noun}" if values else f"New {noun}")
        self.context = context
        self.suggestions: dict[str, Sequence[str]] = {"kind": ACTOR_KINDS, "type": ASSET_TYPES}
        self.suggestions.update(suggestions or {})

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form-dialog"):
            yield Static(self.title_text, classes="dialog--title", markup=False)
            if self.context:
                yield Static(self.context, classes="dialog--context", markup=False)
            with VerticalScroll(classes="form--fields"):
                for name in self.fields:
                    with Horizontal(classes="form--row"):
                        yield Static(FIELD_LABELS.get(name, name), classes="form--label")
                        options = self.suggestions.get(name)
                        yield Input(
                            self.values.get(name, ""),
                            id=f"field-{name}",
                            placeholder=FIELD_HINTS.get(name, ""),
                            suggester=SuggestFromList(options, case_sensitive=False) if options else None,
                        )
            yield error_line()
            yield Static("Tab/Enter: next field   Right: complete   Ctrl+S: save   Esc: cancel",
                         classes="dialog--hint")

    def on_mount(self) -> None:
        self.query_one(f"#field-{self.fields[0]}", Input).focus()

    def field_values(self) -> dict[str, str]:
        """What the fields hold now."""
        return {name: self.query_one(f"#field-{name}", Input).value for name in self.fields}

    def changed_values(self) -> dict[str, str]:
        """Only the fields that differ from what the form opened with."""
        return {k: v for k, v in self.field_values().items() if v != self.values.get(k, "")}

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = (event.input.id or "").removeprefix("field-")
        if name in self.fields and self.fields.index(name) < len(self.fields) - 1:
            self.query_one(f"#field-{self.fields[self.fields.index(name) + 1]}", Input).focus()
        else:
            self.action_store()

    def action_store(self) -> None:
        """Answer the field values (after ``apply`` accepted them)."""
        self.submit(self.field_values())
