"""`?`: every key of the screen below, generated from the bindings themselves.

The list is built from the screen's own ``BINDINGS``, those of the focused widget's chain and
the app's, and those a widget declares for what it mounts on demand (``DEFERRED_BINDINGS``), with the keys currently in force (after remapping through the config file); keys
whose action is unavailable on that screen are left out.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.app import keymap
from tui.app.keymap import HELP_BINDINGS


def binding_rows(screen: Screen) -> list[tuple[str, str, str, str]]:
    """(group title, keys, description, id) of every binding usable on ``screen``."""
    app = screen.app
    current: dict[str, str] = dict(getattr(app, "_keymap", {}))
    # Bindings declared by the screen, the widgets in it and the app, by id.
    declared: dict[str, Binding] = {}
    nodes = [app, screen, *screen.query("*")]
    for node in nodes:
        for bindings in node._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.id and binding.id not in declared:
                    if _available(node, binding):
                        declared[binding.id] = binding
        # Keys of widgets a node makes on demand (a list pane's filter box, mounted on `/`).
        for binding in getattr(node, "DEFERRED_BINDINGS", ()):
            if binding.id:
                declared.setdefault(binding.id, binding)
    rows = []
    seen: set[str] = set()
    for group in keymap.GROUPS:
        for binding in group.bindings:
            if binding.id in declared and binding.id not in seen:
                seen.add(binding.id)
                keys = keymap.key_label(binding, current)
                rows.append((group.title, keys, keymap.explain(binding), binding.id or ""))
    return rows


def _available(node, binding: Binding) -> bool:
    action = binding.action
    if "." in action.split("(")[0]:
        return True  # app.focus_next and the like are always there
    name = action.split("(")[0]
    try:
        return bool(node.check_action(name, ())) and hasattr(node, f"action_{name}")
    except Exception:
        return False


class HelpScreen(ModalScreen[None]):
    """The key reference of the screen below."""

    BINDINGS = HELP_BINDINGS

    def __init__(self, target: Screen) -> None:
        super().__init__()
        self.target = target
        self.rows = binding_rows(target)

    def compose(self) -> ComposeResult:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
        table.add_column(Text("Key"), style="bold", no_wrap=True, ratio=1)
        table.add_column(Text("Does"), ratio=2)
        table.add_column(Text("Id (to remap)"), style="dim", no_wrap=True, ratio=2)
        last_group = None
        for group, keys, description, binding_id in self.rows:
            if group != last_group:
                if last_group is not None:
                    table.add_row("", "", "")
                table.add_row(Text(group, style="bold underline"), "", "")
                last_group = group
            table.add_row(keys, description, binding_id)
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys — esc or ? closes this help. Remap a key by its id in the [keymap] table of the config file (see docs/keys.md).", style="bold"))
            yield Static(table, id="help-table")

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Help"

    def action_close(self) -> None:
        self.dismiss()

    def action_scroll_down(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_up()
