"""The keymap: one place, every binding with an id, no clashes, and docs/keys.md up to date."""

from __future__ import annotations

from pathlib import Path

from tui.app import keymap

ROOT = Path(__file__).resolve().parents[2]


def test_docs_keys_md_is_generated_from_the_bindings():
    current = (ROOT / "docs" / "keys.md").read_text(encoding="utf-8")
    assert current == keymap.keys_markdown(), "docs/keys.md is stale: run `make keys`"


def test_every_binding_has_an_id_and_a_description():
    for group in keymap.GROUPS:
        for binding in group.bindings:
            assert binding.id and binding.id.count(".") == 1, binding
            assert binding.description, binding


def test_no_two_actions_share_a_key_on_one_screen():
    for bindings in keymap.SIMULTANEOUS:
        assert keymap.clashes(bindings) == []


def test_a_remap_onto_a_used_key_is_reported_as_a_clash():
    clash = keymap.clashes(keymap.SIMULTANEOUS[0], {"item.accept": "x"})
    assert clash and clash[0].startswith("x: ")


def test_the_keys_the_issues_name():
    by_id: dict = {}
    for group in keymap.GROUPS:  # the first declaration of an id (lists before text panes)
        for binding in group.bindings:
            by_id.setdefault(binding.id, binding)
    expected = {
        "nav.top": ("g", "first"),
        "nav.bottom": ("G", "last"),
        "item.grade": ("r", "grade"),
        "item.note": ("n", "note"),
        "item.accept": ("a", "accept"),
        "item.reject": ("x", "reject"),
        "item.flag": ("f", "flag"),
        "item.unreview": ("space", "unreview"),
        "item.confidence": ("c", "cycle_confidence"),
        "item.tags": ("t", "tags"),
        "item.answer": ("A", "answer"),
        "item.dismiss": ("X", "dismiss"),
        "item.reopen": ("O", "reopen"),
        "item.edit": ("e", "edit"),
        "item.add": ("o", "add_item"),
        "item.delete": ("d", "delete_item"),
        "item.cut_item": ("s", "cut_item"),
        "item.cut_evidence": ("E", "cut_evidence"),
        "item.edit_note": ("N", "edit_note"),
        "item.delete_note": ("D", "delete_note"),
        "file.save": ("ctrl+s", "save"),
        "file.quit": ("q", "quit"),
        "pane.filter": ("slash", "filter"),
        "app.help": ("question_mark", "help"),
        "app.palette": ("ctrl+p", "command_palette"),
    }
    for binding_id, (key, action) in expected.items():
        binding = by_id[binding_id]
        assert keymap.split_keys(binding.key)[0] == key and binding.action == action, binding
    assert keymap.split_keys(by_id["file.undo"].key) == ["u", "ctrl+z"]
    assert keymap.split_keys(by_id["file.redo"].key) == ["U", "ctrl+y"]
