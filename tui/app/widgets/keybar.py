"""The key bar at the bottom: the shown keys of the current screen and focused pane.

A one-line ``Static`` instead of Textual's ``Footer``: the Footer rebuilds a widget per key on
every focus change (measured ~0.1 s per Tab on this app), while this redraws one line, and only
when the keys on offer actually changed. A click on a key presses it.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

DIM = Style(dim=True)


class KeyBar(Static):
    """The keys that matter here (bindings with ``show=True``), with Ctrl+P at the end."""

    COMPONENT_CLASSES = {"keybar--key"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .keybar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._signature: tuple = ()
        #: (first cell, end cell, key) of every key shown, for mouse clicks.
        self._spans: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self._bindings_changed, self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        app = self.app
        shown: list[tuple[str, str, bool, str]] = []
        seen_actions: set[str] = set()
        for key, (_node, binding, enabled, _tooltip) in screen.active_bindings.items():
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            shown.append((app.get_key_display(binding), binding.description, enabled, key))
        signature = tuple(shown)
        if signature == self._signature:
            return
        self._signature = signature
        key_style = self.get_component_rich_style("keybar--key", partial=True)
        line = Text(no_wrap=True, overflow="ellipsis")
        spans: list[tuple[int, int, str]] = []
        for display, description, enabled, key in shown:
            start = line.cell_len
            line.append(f" {display} ", style=key_style if enabled else DIM)
            line.append(f"{description} ", style="" if enabled else DIM)
            spans.append((start, line.cell_len, key))
        if app.ENABLE_COMMAND_PALETTE:
            start = line.cell_len
            line.append(" ^p ", style=key_style)
            line.append("Palette ")
            spans.append((start, line.cell_len, app.COMMAND_PALETTE_BINDING))
        self._spans = spans
        self.update(line)

    def on_click(self, event: events.Click) -> None:
        """A click on a key does what pressing it does."""
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return

    @property
    def text(self) -> str:
        """The keys as plain text (for tests)."""
        return " ".join(f"{display} {description}" for display, description, _, _ in self._signature)
