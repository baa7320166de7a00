"""`briefing generate` end to end: files written, annotations protected, bad input, batches."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.ops import Editor
from tui.core.store import load_briefing, save_briefing

from .conftest import SEED, TEXTS


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    src = tmp_path / "texts" / SEED.name
    src.parent.mkdir()
    shutil.copy(SEED, src)
    return src


def test_single_file_is_written_valid_and_relative(tmp_path, seed_copy, capsys) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(seed_copy), "-o", str(out), "--engine", "rules"]) == 0
    target = out / f"{SEED.stem}.yaml"
    loaded = load_briefing(target)
    assert loaded.warnings == [] and loaded.source_text == SEED.read_text(encoding="utf-8")
    assert loaded.briefing.source.path == f"../texts/{SEED.name}"
    assert loaded.briefing.generator.engine == "rules"
    assert "written" in capsys.readouterr().out
    # a second run finds nothing to change and leaves the file alone
    mtime = target.stat().st_mtime_ns
    assert main(["generate", str(seed_copy), "-o", str(out), "--engine", "rules"]) == 0
    assert target.stat().st_mtime_ns == mtime and "unchanged" in capsys.readouterr().out


def test_annotated_briefing_is_not_overwritten_without_force(tmp_path, seed_copy, capsys) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(seed_copy), "-o", str(out), "--engine", "rules"]) == 0
    target = out / f"{SEED.stem}.yaml"
    loaded = load_briefing(target)
    editor = Editor(loaded.briefing, author="alice")
    editor.set_status("actor-putin", "accepted")
    save_briefing(editor.briefing, target, expected_sha256=loaded.sha256)
    annotated = target.read_bytes()
    capsys.readouterr()
    assert main(["generate", str(seed_copy), "-o", str(out), "--engine", "rules"]) == 1
    err = capsys.readouterr().err
    assert "annotations" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == annotated
    assert main(["generate", str(seed_copy), "-o", str(out), "--engine", "rules", "--force"]) == 0
    assert load_briefing(target).briefing.get("actor-putin").review.is_empty()


def test_unreadable_existing_file_is_kept(tmp_path, seed_copy, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"{SEED.stem}.yaml"
    target.write_text("not: [a briefing\n", encoding="utf-8")
    assert main(["generate", str(seed_copy), "-o", str(out), "--engine", "rules"]) == 1
    assert target.read_text(encoding="utf-8") == "not: [a briefing\n"
    assert "not overwritten" in capsys.readouterr().err


def test_bad_inputs_give_one_line_each_and_do_not_stop_the_batch(tmp_path, capsys) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEED, src / "a_seed.txt")
    (src / "b_empty.txt").write_text("   \n", encoding="utf-8")
    (src / "c_binary.txt").write_bytes(b"\x00\x01\x02 binary \x00")
    (src / "d_latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (src / "e_plain.txt").write_text("nothing at all happened here, said nobody in particular.\n", encoding="utf-8")
    with open(src / "f_huge.txt", "wb") as handle:  # 20 MB of text
        handle.write(b"Troops moved. " * (20 * 1024 * 1024 // 14))
    empty_folder = tmp_path / "no_texts_here"
    empty_folder.mkdir()
    out = tmp_path / "out"
    code = main(["generate", str(src), str(empty_folder), str(tmp_path / "missing.txt"), "-o", str(out), "--engine", "rules"])
    assert code == 1
    captured = capsys.readouterr()
    err_lines = captured.err.strip().splitlines()
    assert "Traceback" not in captured.err + captured.out
    expect = {
        "b_empty.txt": "empty",
        "c_binary.txt": "binary",
        "d_latin1.txt": "UTF-8",
        "f_huge.txt": "too large",
        "no_texts_here": "no source texts",
        "missing.txt": "no such file",
    }
    for name, words in expect.items():
        lines = [line for line in err_lines if name in line]
        assert len(lines) == 1 and words in lines[0], (name, err_lines)
    assert "d_latin1.txt: error: 1:4:" in captured.err  # line and column of the bad byte
    assert (out / "a_seed.yaml").exists() and (out / "e_plain.yaml").exists()
    plain = load_briefing(out / "e_plain.yaml").briefing
    assert plain.actors == [] and plain.assets == []  # honest and empty
    for name in ("b_empty", "c_binary", "d_latin1", "f_huge"):
        assert not (out / f"{name}.yaml").exists()
    assert "a_seed.txt" in captured.out and "actors" in captured.out  # the final table


def test_jobs_give_the_same_files_as_one_process(tmp_path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["generate", str(TEXTS), "-o", str(one), "--engine", "rules", "-q"]) == 0
    assert main(["generate", str(TEXTS), "-o", str(two), "--engine", "rules", "--jobs", "2", "-q"]) == 0
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir()) and len(names) >= 5
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_unknown_engine_and_bad_jobs_are_refused(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["generate", str(SEED), "--engine", "magic"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        main(["generate", str(SEED), "--jobs", "-1"])
