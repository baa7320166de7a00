"""Loading and saving files: conflicts on disk, file mode, unknown keys, canonical bytes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tui.core.errors import ChangedOnDiskError, LoadError, SaveError
from tui.core.ops import Editor
from tui.core.store import Loaded, dump_briefing, load_briefing, save_briefing
from tui.core.yamlio import clean_stale_temporaries

from .conftest import ROOT, SMALL


def test_small_fixture_is_canonical(small_path: Path, small: Loaded) -> None:
    assert dump_briefing(small.briefing) == SMALL
    assert small.source_text is not None and small.source_path == small_path.parent / "seed.txt"


def test_unchanged_canonical_file_saves_to_the_same_bytes(small_path: Path, small: Loaded) -> None:
    before = small_path.read_bytes()
    digest = save_briefing(small.briefing, small_path, expected_sha256=small.sha256)
    assert small_path.read_bytes() == before
    assert digest == small.sha256


def test_bundled_briefing_is_canonical() -> None:
    bundled = sorted((ROOT / "briefings").glob("*.yaml"))
    assert bundled
    for path in bundled:
        loaded = load_briefing(path)
        assert [w.format() for w in loaded.warnings] == []
        assert dump_briefing(loaded.briefing) == path.read_text(encoding="utf-8"), path.name


def test_save_refuses_when_the_file_changed_on_disk(small_path: Path, small: Loaded) -> None:
    editor = Editor(small.briefing, author="alice")
    editor.set_status("actor-putin", "accepted")
    someone_else = SMALL.replace("title: Vladimir", "title: Mr Vladimir")
    small_path.write_text(someone_else, encoding="utf-8")
    with pytest.raises(ChangedOnDiskError, match="changed by someone else since it was loaded") as info:
        save_briefing(editor.briefing, small_path, expected_sha256=small.sha256)
    assert info.value.expected == small.sha256 and info.value.actual != small.sha256
    assert small_path.read_text(encoding="utf-8") == someone_else  # untouched
    save_briefing(editor.briefing, small_path, expected_sha256=small.sha256, force=True)
    assert load_briefing(small_path).briefing == editor.briefing


def test_save_refuses_a_deleted_file_and_an_existing_new_one(small_path: Path, small: Loaded, tmp_path: Path) -> None:
    small_path.unlink()
    with pytest.raises(ChangedOnDiskError, match="was deleted or moved"):
        save_briefing(small.briefing, small_path, expected_sha256=small.sha256)
    assert not small_path.exists()
    other = tmp_path / "other.yaml"
    other.write_text("precious", encoding="utf-8")
    with pytest.raises(ChangedOnDiskError, match="already exists and would be overwritten"):
        save_briefing(small.briefing, other)  # a new file (no expected hash) over an existing one
    assert other.read_text(encoding="utf-8") == "precious"
    fresh = tmp_path / "fresh.yaml"
    digest = save_briefing(small.briefing, fresh)
    assert load_briefing(fresh, load_source=False).sha256 == digest


def test_save_keeps_the_file_mode(small_path: Path, small: Loaded) -> None:
    os.chmod(small_path, 0o640)
    editor = Editor(small.briefing, author="alice")
    editor.set_status("kp-1", "accepted")
    save_briefing(editor.briefing, small_path, expected_sha256=small.sha256)
    assert stat.S_IMODE(small_path.stat().st_mode) == 0o640
    assert clean_stale_temporaries(small_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_save_into_a_read_only_folder_fails_cleanly(small_path: Path, small: Loaded) -> None:
    folder = small_path.parent
    before = small_path.read_bytes()
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(SaveError, match="permission denied; the file on disk is unchanged"):
            save_briefing(small.briefing, small_path, expected_sha256=small.sha256)
    finally:
        os.chmod(folder, 0o755)
    assert small_path.read_bytes() == before


UNKNOWN = SMALL.replace(
    "schema_version: 1\n", "schema_version: 1\nx-top: {a: [1, 2.5, true, null]}\n"
).replace(
    "  name: hand\n", "  name: hand\n  x-host: build-7\n"
).replace(
    "  - id: kp-1\n    text: The collapse is a strategic defeat for Moscow.\n",
    "  - id: kp-1\n    text: The collapse is a strategic defeat for Moscow.\n    x-weight: 0.7\n",
).replace(
    "    quote: Vladimir Putin\n", "    quote: Vladimir Putin\n    x-span: kept\n"
) + "x-later:\n- nested:\n    deeper: \"2024-12-09\"\n"


def test_unknown_keys_survive_load_edit_save(small_path: Path) -> None:
    small_path.write_text(UNKNOWN, encoding="utf-8")
    loaded = load_briefing(small_path)
    b = loaded.briefing
    assert b.extra == {"x-top": {"a": [1, 2.5, True, None]}, "x-later": [{"nested": {"deeper": "2024-12-09"}}]}
    assert b.generator.extra == {"x-host": "build-7"}
    assert b.summary.points[0].extra == {"x-weight": 0.7}
    assert b.actors[0].evidence[0].extra == {"x-span": "kept"}
    editor = Editor(b, author="alice")
    editor.add_note("actor-putin", "checked")
    save_briefing(editor.briefing, small_path, expected_sha256=loaded.sha256)
    again = load_briefing(small_path).briefing
    assert again == editor.briefing
    assert again.extra == b.extra and again.actors[0].evidence[0].extra == {"x-span": "kept"}
    text = small_path.read_text(encoding="utf-8")
    # known keys first in canonical order, unknown ones after them
    assert text.index("schema_version:") < text.index("actors:") < text.index("x-top:") < text.index("x-later:")


def test_warnings_do_not_stop_loading_and_name_the_span(small_path: Path) -> None:
    small_path.write_text(SMALL.replace("quote: Russia\n", "quote: Rusia\n"), encoding="utf-8")
    loaded = load_briefing(small_path)
    assert [w.format("f") for w in loaded.warnings] == [
        "f:34:5: warning: actors[1].evidence[0]: quote does not match the source text at 156-162 (the source has 'Russia')"
    ]
    assert loaded.briefing.actors[1].evidence[0].quote == "Rusia"


def test_load_error_lists_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text("schema_version: 3\nsource: {}\nactors: [{id: a}, {name: b}]\n", encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_briefing(path)
    assert [p.format("b") for p in info.value.problems] == [
        "b:1:17: error: schema_version: schema version 3 is newer than this tool understands (1); upgrade briefing-tui",
        "b:2:9: error: source.path: missing required field 'path'",
        "b:3:10: error: actors[0].name: missing required field 'name'",
        "b:3:19: error: actors[1].id: missing required field 'id'",
    ]
    assert len(info.value.errors) == 4


def test_fifo_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(LoadError) as info:
        load_briefing(fifo)  # reading would wait forever for a writer
    assert info.value.lines() == [f"{fifo}: error: is not a regular file, so it cannot be read as a briefing file"]


def test_clean_stale_temporaries_with_glob_characters_in_the_name(tmp_path: Path) -> None:
    target = tmp_path / "report[1].yaml"
    target.write_text("x", encoding="utf-8")
    stale = tmp_path / ".report[1].yaml.abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    unrelated = tmp_path / ".report1.yaml.abc123.tmp"  # another file's temporary: not ours
    unrelated.write_text("other", encoding="utf-8")
    assert clean_stale_temporaries(target) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".report1.yaml.abc123.tmp", "report[1].yaml"]
