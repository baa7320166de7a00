"""The list panes of the review screen: what a row shows, and the `/` filter of each list.

:class:`ListFilling` is a part of :class:`~tui.app.screens.review.ReviewScreen`: it fills a
list pane from the model (through the filter, if one is set) and handles the filter boxes'
messages. It relies on the screen's ``pane()``, ``current_list()``, ``loaded`` and ``set_focus``.
Handlers use Textual's naming convention (``on_input_changed`` ...): ``@on`` decorators are
only collected on the screen class itself, not on a mixin.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from tui.app.widgets.item_list import Row
from tui.app.widgets.panes import FilterInput, ListPane, SummaryPane


def row_of(list_name: str, item: Any) -> Row:
    """How an item shows as one line of its list: status, label, then on the right its
    grading and note count when it has them (``B2 ✎1``) and its kind or type."""
    if list_name == "actors":
        kind = item.kind
    elif list_name == "assets":
        kind = item.type if item.quantity is None else f"{item.quantity} × {item.type}"
    elif list_name == "open_questions":
        kind = item.status
    else:
        kind = ""
    review = item.review
    marks = [review.grading or "", f"✎{len(review.notes)}" if review.notes else ""]
    kind = " ".join(m for m in (*marks, kind) if m)
    return Row(review.status, item.label, kind)


class ListFilling:
    """Fill the list panes, through their filters; handle the filter boxes."""

    # Provided by ReviewScreen and Screen. Annotations only: nothing here shadows them.
    loaded: Any
    set_focus: Any
    pane: Any
    current_list: Any
    run_worker: Any

    def _fill_list(self, list_name: str) -> None:
        pane = self.pane(list_name)
        item_list = pane.item_list
        keep = item_list.highlighted_id
        all_items = self.loaded.briefing.item_list(list_name)
        query = pane.filter_text.lower()
        if query:
            ids = [item.id for item in all_items if self._matches(list_name, item, query)]
        else:
            ids = [item.id for item in all_items]
        item_list.set_ids(ids, keep=keep, fallback=item_list.cursor)
        pane.set_counts(len(ids), len(all_items))

    @staticmethod
    def _matches(list_name: str, item: Any, query: str) -> bool:
        row = row_of(list_name, item)
        return query in row.label.lower() or query in row.kind.lower() or query in item.id.lower()

    def action_filter(self) -> None:
        """Open the filter box of the focused (or last focused) list.

        Synchronous once the boxes are prepared (after the first frame): keys typed right
        behind `/` are then handled after the box has focus, and reach it, not the list.
        """
        pane = self.pane(self.current_list())
        if pane.filter_input is None:  # within moments of opening: mount it first
            self.run_worker(self._open_filter(pane), exclusive=True, group="filter")
            return
        self.set_focus(pane.show_filter())

    async def _open_filter(self, pane: Any) -> None:
        self.set_focus(await pane.open_filter())

    def on_input_changed(self, event: Input.Changed) -> None:
        if not event.input.has_class("filter"):
            return
        pane = self._pane_of(event.input)
        pane.filter_text = event.value
        self._fill_list(pane.list_name)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not event.input.has_class("filter"):
            return
        pane = self._pane_of(event.input)
        pane.filter_text = event.value
        if not event.value:
            event.input.display = False
        item_list = pane.item_list
        self.set_focus(item_list)
        item_list.cursor = 0

    def on_filter_input_cleared(self, event: FilterInput.Cleared) -> None:
        pane = self._pane_of(event.filter_input)
        pane.close_filter()
        self._fill_list(pane.list_name)
        self.set_focus(pane.item_list)

    @staticmethod
    def _pane_of(box: FilterInput) -> ListPane | SummaryPane:
        return box.pane  # type: ignore[return-value]
