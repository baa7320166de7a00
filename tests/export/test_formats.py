"""Every format: deterministic output, the JSON round trip, the CLI and the palette's function."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.schema import build_schema
from tui.core.serialize import to_data
from tui.core.store import load_briefing
from tui.core.validate import from_data
from tui.export import FORMATS, ExportError, default_output, export_file, render

ALL = list(FORMATS)


@pytest.mark.parametrize("fmt", ALL)
def test_exporting_twice_gives_identical_output(fmt, fixture_copy, capsys):
    out_a = fixture_copy.parent / f"a{FORMATS[fmt]}"
    out_b = fixture_copy.parent / f"b{FORMATS[fmt]}"
    assert main(["export", str(fixture_copy), "--format", fmt, "-o", str(out_a)]) == 0
    assert main(["export", str(fixture_copy), "--format", fmt, "-o", str(out_b)]) == 0
    first = out_a.read_bytes()
    assert first and first == out_b.read_bytes()
    # and the same from a fresh load in memory, for the filtered export too
    loaded = load_briefing(fixture_copy)
    assert render(loaded.briefing, fmt, source_text=loaded.source_text).encode() == first
    assert render(loaded.briefing, fmt, only="accepted", source_text=loaded.source_text) == render(
        load_briefing(fixture_copy).briefing, fmt, only="accepted", source_text=loaded.source_text
    )


def test_json_is_the_briefing_and_reads_back_as_the_same_briefing(fixture_loaded):
    data = json.loads(render(fixture_loaded.briefing, "json"))
    briefing, problems = from_data(data)
    assert briefing is not None and not [p for p in problems if p.severity == "error"]
    assert to_data(briefing) == to_data(fixture_loaded.briefing)
    jsonschema = pytest.importorskip("jsonschema")
    schema = build_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(data)
    validator.validate(json.loads(render(fixture_loaded.briefing, "json", only="accepted")))
    # and the validator does reject a broken briefing, so the check above means something
    data["actors"][0]["review"]["status"] = "maybe"
    assert not validator.is_valid(data)


def test_json_only_accepted_is_still_a_valid_briefing(fixture_loaded):
    data = json.loads(render(fixture_loaded.briefing, "json", only="accepted"))
    briefing, problems = from_data(data)
    assert briefing is not None, [str(p) for p in problems]
    statuses = {i.review.status for name, i in briefing.iter_items() if name != "places"}
    assert statuses == {"accepted"}
    kept_actors = {a.id for a in briefing.actors}
    assert all(a.owner in kept_actors for a in briefing.assets if a.owner)
    # the original is untouched by the filtering
    assert any(a.review.status == "rejected" for a in fixture_loaded.briefing.actors)


def test_cli_writes_to_stdout_by_default(fixture_copy, capsys):
    assert main(["export", str(fixture_copy), "-f", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["source"]["path"] == "source.txt"


def test_cli_only_accepted(fixture_copy, capsys):
    assert main(["export", str(fixture_copy), "-f", "markdown", "--only", "accepted"]) == 0
    out = capsys.readouterr().out
    b = load_briefing(fixture_copy).briefing
    for list_name, item in b.iter_items():
        if list_name != "places":
            assert (f"`{item.id}` ·" in out) == (item.review.status == "accepted")


def test_cli_errors_are_one_line_with_exit_codes(tmp_path, fixture_copy, capsys):
    assert main(["export", str(tmp_path / "missing.yaml"), "-f", "json"]) == 2
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'missing.yaml'}: error: no such file"
    assert main(["export", str(tmp_path), "-f", "json"]) == 2
    assert "is a directory" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nsource: 3\n", encoding="utf-8")
    assert main(["export", str(bad), "-f", "stix"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err and all(line.startswith(f"{bad}:2:") or line.startswith(f"{bad}:") for line in err)
    assert "Traceback" not in "".join(err)
    assert main(["export", str(fixture_copy), "-f", "html", "-o", str(tmp_path / "no" / "such" / "x.html")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "error" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(fixture_copy), "-f", "pdf"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(fixture_copy), "-f", "json", "--only", "flagged"])
    assert exit_info.value.code == 2


def test_export_file_for_the_palette(fixture_copy):
    written = export_file(fixture_copy, "html")
    assert written == default_output(fixture_copy, "html") == fixture_copy.with_suffix(".html")
    assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    other = export_file(fixture_copy, "stix", fixture_copy.parent / "out.json", only="accepted")
    assert json.loads(other.read_text(encoding="utf-8"))["type"] == "bundle"
    with pytest.raises(ExportError):
        render(load_briefing(fixture_copy).briefing, "pdf")
    assert sorted(p.name for p in Path(fixture_copy.parent).iterdir() if p.name.startswith(".")) == []


def test_cli_stdout_is_utf8_whatever_the_locale(fixture_copy, tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())"]
        + ["export", str(fixture_copy), "-f", "markdown"],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").startswith("# Vladimir Putin has suffered a “strategic")
