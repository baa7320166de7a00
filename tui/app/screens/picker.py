"""The briefing picker: every briefing in a folder, sortable and filterable; Enter opens one.

The folder is scanned in a thread worker that posts one :class:`PickerScreen.Scanned` message;
the table is then filled on the event loop. Files that do not load are listed too (marked
invalid) and open the error screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from tui.app.keymap import PICKER_BINDINGS
from tui.app.widgets.keybar import KeyBar
from tui.core.errors import LoadError
from tui.core.store import load_briefing


@dataclass(frozen=True)
class Entry:
    """One briefing file as the picker lists it."""

    path: Path
    title: str
    date: str
    actors: int
    assets: int
    questions: int
    reviewed: int
    total: int
    modified: float
    problems: int = 0  # > 0: the file does not load

    @property
    def valid(self) -> bool:
        return self.problems == 0

    @property
    def progress(self) -> float:
        return self.reviewed / self.total if self.total else 0.0

    @property
    def modified_text(self) -> str:
        return datetime.fromtimestamp(self.modified).strftime("%Y-%m-%d %H:%M")


def scan(directory: Path) -> list[Entry]:
    """Read every ``*.yaml`` / ``*.yml`` briefing in ``directory`` (not the source texts)."""
    entries = []
    files = sorted(p for p in directory.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    for path in files:
        try:
            modified = path.stat().st_mtime
        except OSError:
            continue
        try:
            briefing = load_briefing(path, load_source=False).briefing
        except LoadError as error:
            entries.append(Entry(path, path.name, "", 0, 0, 0, 0, 0, modified, max(1, len(error.problems))))
            continue
        reviewed, total = briefing.progress()
        entries.append(
            Entry(
                path,
                briefing.title,
                briefing.source.date or "",
                len(briefing.actors),
                len(briefing.assets),
                len(briefing.open_questions),
                reviewed,
                total,
                modified,
            )
        )
    return entries


#: Longer titles are cut with an ellipsis so the other columns stay in view.
TITLE_WIDTH = 30

#: Table columns and their widths (fixed, so the table looks the same on every refill).
COLUMNS = [
    ("Title", TITLE_WIDTH),
    ("File", 18),
    ("Date", 10),
    ("Actors", 6),
    ("Assets", 6),
    ("Questions", 9),
    ("Reviewed", 9),
    ("Modified", 16),
]

#: Sort orders the `s` key cycles through: (label, key function).
SORTS = [
    ("title", lambda e: e.title.lower()),
    ("date", lambda e: e.date),
    ("progress", lambda e: e.progress),
    ("modified", lambda e: e.modified),
    ("file", lambda e: e.path.name),
]


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


class PickerScreen(Screen):
    """Choose a briefing to review."""

    BINDINGS = PICKER_BINDINGS

    class Scanned(Message):
        """The worker finished reading the folder."""

        def __init__(self, entries: list[Entry]) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = Path(directory)
        self.entries: list[Entry] = []
        self.sort_index = 0
        self.reverse = False
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter by title, date or file…", id="picker-filter")
        yield DataTable(id="picker-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="picker-status")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label, width in COLUMNS:
            table.add_column(label, width=width)
        self.query_one("#picker-filter", Input).display = False
        self.query_one("#picker-status", Static).update(f"Reading {self.directory}/ …")
        self.set_focus(table)
        self.rescan()

    @work(thread=True, exclusive=True, group="scan")
    def rescan(self) -> None:
        """Read the folder again (in a worker)."""
        self.post_message(self.Scanned(scan(self.directory)))

    def on_screen_resume(self) -> None:
        """Back from a briefing: its progress and modified time may have changed."""
        if self.entries:
            self.rescan()

    def action_rescan(self) -> None:
        self.rescan()

    @on(Scanned)
    def _scanned(self, message: Scanned) -> None:
        self.entries = message.entries
        self.refill()

    @property
    def shown(self) -> list[Entry]:
        """The entries in table order (sorted, filtered)."""
        query = self.filter_text.lower()
        entries = [
            e for e in self.entries
            if not query or query in e.title.lower() or query in e.date or query in e.path.name.lower()
        ]
        entries.sort(key=SORTS[self.sort_index][1], reverse=self.reverse)
        return entries

    def refill(self) -> None:
        """Fill the table from the entries, keeping the cursor on the same file."""
        table = self.query_one(DataTable)
        current = self.selected_path
        table.clear()
        for entry in self.shown:
            if entry.valid:
                reviewed = Text(f"{entry.reviewed}/{entry.total}")
                if entry.total and entry.reviewed == entry.total:
                    reviewed = Text(f"✓ {entry.reviewed}/{entry.total}", style="green")
                title = _cut(entry.title, TITLE_WIDTH)
                row = (
                    title,
                    _cut(entry.path.name, 18),
                    entry.date,
                    str(entry.actors),
                    str(entry.assets),
                    str(entry.questions),
                    reviewed,
                    entry.modified_text,
                )
            else:
                row = (
                    Text(f"✗ does not load ({entry.problems} problem{'s' if entry.problems > 1 else ''})", style="red"),
                    _cut(entry.path.name, 18), "", "", "", "", "", entry.modified_text,
                )
            table.add_row(*row, key=str(entry.path))
        if current is not None:
            try:
                table.move_cursor(row=table.get_row_index(str(current)))
            except Exception:  # the file is filtered out
                pass
        label, _ = SORTS[self.sort_index]
        arrow = "↓" if self.reverse else "↑"
        status = f"{len(table.rows)} of {len(self.entries)} briefings in {self.directory}/ · sorted by {label} {arrow}"
        if self.filter_text:
            status += f" · filter “{self.filter_text}”"
        if not self.entries:
            status = f"No briefings in {self.directory}/ (generate some with `briefing generate`)"
        self.query_one("#picker-status", Static).update(status)

    @property
    def selected_path(self) -> Path | None:
        """The file under the cursor."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        except Exception:
            return None
        return Path(str(key.value)) if key.value else None

    # -- actions ---------------------------------------------------------------------------

    def action_open(self) -> None:
        """Open the briefing under the cursor."""
        path = self.selected_path
        if path is not None:
            self.app.open_briefing(path)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_sort(self) -> None:
        """Sort by the next column: title, date, progress, modified, file."""
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.refill()

    def action_reverse(self) -> None:
        """Reverse the sort order."""
        self.reverse = not self.reverse
        self.refill()

    @on(DataTable.HeaderSelected)
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        names = [label for label, _ in SORTS]
        label = str(event.label).lower()
        label = {"reviewed": "progress"}.get(label, label)
        if label in names:
            index = names.index(label)
            self.reverse = not self.reverse if index == self.sort_index else False
            self.sort_index = index
            self.refill()

    def action_filter(self) -> None:
        """Filter the list by text as you type."""
        box = self.query_one("#picker-filter", Input)
        box.display = True
        self.set_focus(box)

    @on(Input.Changed, "#picker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.refill()

    @on(Input.Submitted, "#picker-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        table = self.query_one(DataTable)
        self.set_focus(table)
        table.move_cursor(row=0)

    def action_clear_filter(self) -> None:
        """Drop the filter."""
        box = self.query_one("#picker-filter", Input)
        box.value = ""
        box.display = False
        self.filter_text = ""
        self.refill()
        self.set_focus(self.query_one(DataTable))


__all__ = ["PickerScreen", "Entry", "scan"]
