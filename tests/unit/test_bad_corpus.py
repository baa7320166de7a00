"""The corpus of broken briefings: each file gives exactly the lines in its ``.expected`` sidecar.

Files live in ``tests/data/bad/`` as ``NAME.yaml`` + ``NAME.expected``. A sidecar holding only
warnings means the file must still load (e.g. a quote that does not match the source text);
any error line means loading must fail with exactly those problems, all reported at once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tui.core import yamlcodec
from tui.core.errors import LoadError
from tui.core.store import load_briefing

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"
CASES = sorted(BAD.glob("*.yaml"))
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): \S")


def _lines(name: str) -> tuple[list[str], bool]:
    """The formatted problems of loading ``name`` (from inside BAD) and whether it loaded."""
    try:
        loaded = load_briefing(name)
    except LoadError as exc:
        return exc.lines(), False
    return [w.format(name) for w in loaded.warnings], True


def test_the_corpus_is_big_and_every_file_has_its_expectation() -> None:
    assert len(CASES) >= 30
    sidecars = {p.stem for p in BAD.glob("*.expected")}
    assert sidecars == {p.stem for p in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_bad_file_gives_exactly_the_expected_lines(case: Path, monkeypatch) -> None:
    monkeypatch.chdir(BAD)
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert expected, "a sidecar must name at least one problem"
    got, loaded = _lines(case.name)
    assert got == expected
    # warnings only <=> the file still loads
    assert loaded == all(" warning: " in line for line in expected)
    for line in got:
        match = LINE.match(line)
        assert match is not None, f"not file:line:col: severity: ...: {line}"
        assert match["file"] == case.name


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_pure_python_yaml_also_gives_clean_positioned_lines(case: Path, monkeypatch) -> None:
    """Without libyaml the wording of syntax errors differs, but never a traceback or no position."""
    monkeypatch.chdir(BAD)
    monkeypatch.setattr(yamlcodec, "_BaseLoader", yaml.SafeLoader)
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    got, loaded = _lines(case.name)
    assert loaded == all(" warning: " in line for line in expected)
    assert len(got) >= 1
    for line in got:
        assert LINE.match(line), line
    if not case.stem.startswith(("syntax_", "control_char", "nul_byte", "deep_nesting")):
        assert got == expected  # only the parser's own messages may differ


def test_missing_path_gives_one_clean_line(tmp_path: Path) -> None:
    target = tmp_path / "nowhere.yaml"
    with pytest.raises(LoadError) as info:
        load_briefing(target)
    assert info.value.lines() == [f"{target}: error: no such briefing file"]


def test_directory_gives_one_clean_line(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_briefing(tmp_path)
    assert info.value.lines() == [f"{tmp_path}: error: is a directory, not a briefing file"]


def test_oversize_file_gives_one_clean_line(tmp_path: Path) -> None:
    target = tmp_path / "big.yaml"
    target.write_text("schema_version: 1\n" + "# padding\n" * 20, encoding="utf-8")
    size = target.stat().st_size
    with pytest.raises(LoadError) as info:
        load_briefing(target, max_bytes=100)
    assert info.value.lines() == [
        f"{target}: error: briefing file is too large ({size:,} bytes; the limit is 100)"
    ]
    # at the limit exactly it is read (and then fails for its own reasons, not its size)
    with pytest.raises(LoadError) as info:
        load_briefing(target, max_bytes=size)
    assert "too large" not in str(info.value)
