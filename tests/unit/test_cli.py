"""The ``briefing`` command: validate's exit codes and lines, schema, --help and --version."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__
from tui.cli import COMMANDS, _available, main
from tui.core.schema import build_schema

from .conftest import ROOT, SMALL
from .test_bad_corpus import BAD, CASES, LINE


def _validate(capsys, *argv: str) -> tuple[int, list[str], list[str]]:
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_validate_valid_file_exits_0(capsys, small_path: Path) -> None:
    code, out, err = _validate(capsys, str(small_path))
    assert code == 0 and err == []
    assert out == [f"{small_path}: ok: 2 actors, 3 assets, 1 open questions, 0/7 reviewed"]


def test_validate_every_bad_file_exits_1_with_positioned_lines(capsys, monkeypatch) -> None:
    monkeypatch.chdir(BAD)
    for case in CASES:
        expected = case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
        code, out, err = _validate(capsys, case.name)
        assert "Traceback" not in "\n".join(err)
        assert err == expected, case.name
        if all(" warning: " in line for line in expected):
            assert code == 0 and out[0].startswith(f"{case.name}: ok: ") and "warning(s)" in out[0]
            assert _validate(capsys, "--strict", case.name)[0] == 1
        else:
            assert code == 1 and out == []
        for line in err:
            assert LINE.match(line) and line.startswith(case.name + ":"), line


def test_validate_quiet_prints_errors_only(capsys, monkeypatch) -> None:
    monkeypatch.chdir(BAD)
    assert _validate(capsys, "-q", "quote_mismatch.yaml") == (0, [], [])
    code, out, err = _validate(capsys, "-q", "dangling_owner.yaml")
    assert code == 1 and out == [] and len(err) == 1


def test_validate_unusable_paths_exit_2_with_one_line_each(capsys, tmp_path: Path, small_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    code, out, err = _validate(capsys, str(missing))
    assert (code, err) == (2, [f"{missing}: error: no such file"])
    code, out, err = _validate(capsys, str(tmp_path))
    assert (code, err) == (2, [f"{tmp_path}: error: is a directory, not a briefing file"])
    # the worst result wins, and every file is still checked
    code, out, err = _validate(capsys, str(small_path), str(BAD / "empty.yaml"), str(missing))
    assert code == 2 and len(out) == 1 and len(err) == 2


def test_validate_unreadable_files_exit_2_invalid_content_1(capsys, tmp_path: Path, small_path: Path) -> None:
    """A file that cannot be read at all is unusable (2); one read and found wrong is invalid (1)."""
    from tui.core.errors import LoadError
    from tui.core.store import load_briefing

    with pytest.raises(LoadError) as too_large:
        load_briefing(small_path, max_bytes=10)
    assert too_large.value.unreadable and "too large" in too_large.value.lines()[0]
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("schema_version: 1\ntitle: caf\xe9\n".encode("latin-1"))
    code, out, err = _validate(capsys, str(latin1))
    assert code == 1 and len(err) == 1 and "not valid UTF-8" in err[0]
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    code, out, err = _validate(capsys, str(fifo), str(small_path))
    assert code == 2 and len(out) == 1
    assert err == [f"{fifo}: error: is not a regular file, so it cannot be read as a briefing file"]


def test_validate_without_files_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    assert "usage: briefing validate" in capsys.readouterr().err


def test_schema_prints_the_schema_as_json(capsys, tmp_path: Path) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == build_schema()
    target = tmp_path / "schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8")) == build_schema()


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefing-tui {__version__}"


@pytest.mark.parametrize("command", sorted(_available()))
def test_help_works_on_every_available_subcommand(capsys, command: str) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: briefing {command}")
    assert COMMANDS[command][1] in " ".join(out.split())


def test_top_level_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in _available():
        assert re.search(rf"^\s+{re.escape(command)}\s", out, re.M), command


def _briefing_command() -> list[str]:
    script = Path(sys.executable).parent / "briefing"
    if script.exists():
        return [str(script)]
    found = shutil.which("briefing")
    if found:
        return [found]
    return [sys.executable, "-c", "from tui.cli import run; run()"]


def test_installed_command_on_all_bad_files_never_prints_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(SMALL, encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "000_d4146e07ab737f61.txt", tmp_path / "seed.txt")
    result = subprocess.run(
        [*_briefing_command(), "validate", *(c.name for c in CASES), str(tmp_path / "good.yaml")],
        cwd=BAD,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    expected = [line for c in CASES for line in c.with_suffix(".expected").read_text(encoding="utf-8").splitlines()]
    assert result.stderr.splitlines() == expected
    assert result.stdout.splitlines()[-1].startswith(f"{tmp_path / 'good.yaml'}: ok: 2 actors")
