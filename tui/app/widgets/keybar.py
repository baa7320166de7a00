"""The key bar at the bottom: the shown keys of the current screen and focused pane.

A one-line ``Static`` instead of Textual's ``Footer``: the Footer rebuilds a widget per key on
every focus change (measured ~0.1 s per Tab on this app), while this redraws one line, and only
when the keys on offer actually changed.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


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

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self._bindings_changed, self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        app = self.app
        shown = []
        seen_actions: set[str] = set()
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in seen_actions:
                continue
            seen_actions.add(binding.action)
            shown.append((app.get_key_display(binding), binding.description, enabled))
        signature = tuple(shown)
        if signature == self._signature:
            return
        self._signature = signature
        key_style = self.get_component_rich_style("keybar--key", partial=True)
        line = Text(no_wrap=True, overflow="ellipsis")
        for key, description, enabled in shown:
            line.append(f" {key} ", style=key_style if enabled else Style(dim=True))
            line.append(f"{description} ", style="" if enabled else "dim")
        if app.ENABLE_COMMAND_PALETTE:
            line.append(" ^p ", style=key_style)
            line.append("Palette ")
        self.update(line)

    @property
    def text(self) -> str:
        """The keys as plain text (for tests)."""
        return " ".join(f"{k} {d}" for k, d, _ in self._signature)
