"""Command palette providers (Ctrl+P): jump to any item by name, run any action by name.

Titles are grouped by prefix ("item: accept", "view: source", "file: save") so the palette
doubles as a searchable menu of everything the keys do. Both providers look at the screen the
palette was opened from and offer nothing when it is not a review screen.
"""

from __future__ import annotations

import copy
from functools import partial
from typing import Any, Iterator

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app import keymap

#: Prefix of palette titles per keymap group prefix.
PREFIX = {"app": "app", "view": "view", "item": "item", "file": "file", "picker": "picker"}

#: Groups of bindings the palette offers, on the screens that have them.
PALETTE_GROUPS = [g for g in keymap.GROUPS if g.prefix in PREFIX]

LIST_TITLES = {
    "key_points": "key point",
    "actors": "actor",
    "assets": "asset",
    "open_questions": "question",
}


def _review_screen(screen: Any) -> Any | None:
    from tui.app.screens.review import ReviewScreen

    return screen if isinstance(screen, ReviewScreen) else None


class ItemCommands(Provider):
    """Jump to any item of the open briefing by its name (or question, or key point text)."""

    def _items(self) -> Iterator[tuple[str, str, str]]:
        screen = _review_screen(self.screen)
        if screen is None:
            return
        for list_name, item in screen.loaded.briefing.iter_items():
            if list_name in LIST_TITLES:
                yield list_name, item.id, f"go: {LIST_TITLES[list_name]} {item.label}"

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        screen = self.screen
        for list_name, item_id, title in self._items():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(screen.jump_to, list_name, item_id),
                    text=title,
                    help=f"show this {LIST_TITLES[list_name]} and its evidence",
                )

    async def discover(self) -> Hits:
        screen = self.screen
        for count, (list_name, item_id, title) in enumerate(self._items()):
            if count >= 50:  # discovery is a taste; typing searches everything
                break
            yield DiscoveryHit(title, partial(screen.jump_to, list_name, item_id), text=title)


class ActionCommands(Provider):
    """Every action of the current screen, by name: "item: accept", "file: save", ..."""

    def _actions(self) -> Iterator[tuple[str, str, str, Any]]:
        screen = self.screen
        seen: set[str] = set()
        for group in PALETTE_GROUPS:
            for binding in group.bindings:
                if binding.id in seen or not self._available(screen, binding):
                    continue
                seen.add(binding.id or "")
                target = self.app if group.prefix == "app" else screen
                title = f"{PREFIX[group.prefix]}: {binding.description.lower()}"
                keys = keymap.key_label(binding, dict(getattr(self.app, "_keymap", {})))
                yield title, keys, binding.action, target

    @staticmethod
    def _available(screen: Any, binding: Any) -> bool:
        name = binding.action.split("(")[0]
        owner = screen
        if binding in keymap.APP_BINDINGS:
            owner = screen.app
        elif binding not in getattr(type(screen), "BINDINGS", []):
            return False  # another screen's key
        if name.startswith("app."):
            return True  # focus_next and the like
        if name == "command_palette":
            return False
        return hasattr(owner, f"action_{name}") and bool(owner.check_action(name, ()))

    def _run(self, target: Any, action: str) -> None:
        self.app.call_later(target.run_action, action)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, keys, action, target in self._actions():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, target, action), text=title, help=f"key: {keys}")

    async def discover(self) -> Hits:
        for title, keys, action, target in self._actions():
            yield DiscoveryHit(title, partial(self._run, target, action), text=title, help=f"key: {keys}")


#: Palette titles of the export formats (tui.export.FORMATS).
EXPORT_TITLES = {
    "markdown": "Markdown report",
    "html": "HTML report (self-contained, printable)",
    "stix": "STIX 2.1 bundle",
    "annotations": "W3C Web Annotations (JSON-LD)",
    "json": "JSON",
}


class ExportCommands(Provider):
    """Export the open briefing, unsaved edits included, next to its file ("export: HTML report")."""

    def _formats(self) -> Iterator[tuple[str, str]]:
        if _review_screen(self.screen) is None:
            return
        from tui.export import FORMATS

        for fmt in FORMATS:
            yield fmt, f"export: {EXPORT_TITLES.get(fmt, fmt)}"

    def _export(self, fmt: str) -> None:
        screen = _review_screen(self.screen)
        if screen is None:
            return
        # A copy taken on the event loop: the analyst may go on editing while the worker writes.
        briefing = copy.deepcopy(screen.editor.briefing)
        loaded = screen.loaded
        app = self.app

        def work() -> None:
            from tui.export import ExportError, default_output, export_briefing

            try:
                out = export_briefing(
                    briefing, fmt, default_output(loaded.path, fmt), source_text=loaded.source_text
                )
            except ExportError as exc:
                app.call_from_thread(app.notify, str(exc), title="Export failed", severity="error")
            else:
                app.call_from_thread(app.notify, f"written to {out}", title=f"Exported {fmt}")

        screen.run_worker(work, thread=True, group="export", exclusive=True)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for fmt, title in self._formats():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._export, fmt), text=title, help="written next to the briefing file")

    async def discover(self) -> Hits:
        for fmt, title in self._formats():
            yield DiscoveryHit(title, partial(self._export, fmt), text=title, help="written next to the briefing file")
