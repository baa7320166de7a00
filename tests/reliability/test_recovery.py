"""Recovery files of unsaved work: write, find, load, discard."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.core import recovery
from tui.core.ops import Editor
from tui.core.paths import recovery_dir
from tui.core.store import dump_briefing, load_briefing, save_briefing


def _edited(seed_briefing: Path):
    loaded = load_briefing(seed_briefing)
    editor = Editor(loaded.briefing, author="tester")
    editor.set_status("actor-putin", "accepted")
    note = editor.add_note("actor-putin", "Unsaved note \u05e9\u05dc\u05d5\u05dd \U0001f680")
    return loaded, editor, note


def test_write_find_load_roundtrip(seed_briefing: Path) -> None:
    loaded, editor, note = _edited(seed_briefing)
    written = recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    assert written.parent == recovery_dir()
    assert oct(written.stat().st_mode & 0o777) == oct(0o600)
    info = recovery.find_recovery(seed_briefing)
    assert info is not None
    assert info.original == seed_briefing.resolve()
    assert info.base_sha256 == loaded.sha256
    assert info.pid == os.getpid() and info.user == "tester"
    assert not info.file_changed
    restored = recovery.load_recovery(info)
    assert restored == editor.briefing
    assert restored.get("actor-putin").review.notes[-1].text == note.text
    # The recovery YAML is itself a valid briefing, byte-identical to what a save would write.
    assert written.read_text(encoding="utf-8") == dump_briefing(editor.briefing)
    meta = json.loads(info.meta_file.read_text())
    assert meta["original"] == str(seed_briefing.resolve())


def test_no_recovery_when_nothing_written(seed_briefing: Path) -> None:
    assert recovery.find_recovery(seed_briefing) is None
    with pytest.raises(recovery.RecoveryError):
        recovery.load_recovery(seed_briefing)


def test_recovery_equal_to_saved_file_is_obsolete_and_removed(seed_briefing: Path) -> None:
    loaded, editor, _ = _edited(seed_briefing)
    path = recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    save_briefing(editor.briefing, seed_briefing, expected_sha256=loaded.sha256)
    assert recovery.find_recovery(seed_briefing) is None
    assert not path.exists()


def test_file_changed_on_disk_since_the_work_started_is_flagged(seed_briefing: Path) -> None:
    loaded, editor, _ = _edited(seed_briefing)
    recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    seed_briefing.write_text(seed_briefing.read_text() + "# someone else\n")
    info = recovery.find_recovery(seed_briefing)
    assert info is not None and info.file_changed
    assert "changed on disk" in info.describe()
    seed_briefing.unlink()  # deleted meanwhile: the work is still offered
    info = recovery.find_recovery(seed_briefing)
    assert info is not None and info.file_changed
    assert recovery.load_recovery(seed_briefing) == editor.briefing


def test_discard_and_list(seed_briefing: Path) -> None:
    loaded, editor, _ = _edited(seed_briefing)
    recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    assert [i.original for i in recovery.list_recoveries()] == [seed_briefing.resolve()]
    assert recovery.discard_recovery(seed_briefing)
    assert recovery.find_recovery(seed_briefing) is None
    assert recovery.list_recoveries() == []
    assert not recovery.discard_recovery(seed_briefing)


def test_sidecar_lost_or_foreign_still_offers_the_work(seed_briefing: Path) -> None:
    loaded, editor, _ = _edited(seed_briefing)
    recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    yaml_file, meta_file = recovery.recovery_files(seed_briefing.resolve())
    meta_file.write_text("{not json")
    info = recovery.find_recovery(seed_briefing)
    assert info is not None and info.user == "?" and info.base_sha256 is None
    assert recovery.load_recovery(info) == editor.briefing


def test_corrupt_recovery_yaml_is_a_clean_load_error(seed_briefing: Path) -> None:
    from tui.core.errors import LoadError

    loaded, editor, _ = _edited(seed_briefing)
    recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    yaml_file, _ = recovery.recovery_files(seed_briefing.resolve())
    yaml_file.write_text("schema_version: [\n")
    info = recovery.find_recovery(seed_briefing)
    with pytest.raises(LoadError) as caught:
        recovery.load_recovery(info)
    assert all("\n" not in line and ":" in line for line in caught.value.lines())


def test_unwritable_data_folder_is_a_one_line_recovery_error(seed_briefing: Path, monkeypatch, tmp_path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(blocker))
    loaded, editor, _ = _edited(seed_briefing)
    with pytest.raises(recovery.RecoveryError) as caught:
        recovery.write_recovery(seed_briefing, editor.briefing, loaded.sha256)
    assert "\n" not in str(caught.value)
