"""The shipped JSON Schema cannot drift from the code, and the full example in docs/format.md
loads cleanly, is canonical and uses every field of the format."""

from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tui.core.schema import build_schema, schema_json
from tui.core.serialize import to_data
from tui.core.store import dump_briefing, load_briefing

from .conftest import ROOT, SMALL
from .test_bad_corpus import BAD

SHIPPED = ROOT / "tui" / "core" / "briefing.schema.json"
DOCS = ROOT / "docs" / "format.md"


def test_shipped_schema_file_equals_build_schema() -> None:
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == build_schema()
    assert SHIPPED.read_text(encoding="utf-8") == schema_json(), "regenerate: briefing schema -o " + str(SHIPPED.relative_to(ROOT))
    packaged = importlib.resources.files("tui.core") / "briefing.schema.json"
    assert json.loads(packaged.read_text(encoding="utf-8")) == build_schema()


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(build_schema())


def _schema_errors(data: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(build_schema())
    return [e.message for e in validator.iter_errors(data)]


def test_schema_accepts_what_the_loader_accepts(small_path: Path) -> None:
    assert _schema_errors(yaml.safe_load(SMALL)) == []
    for path in sorted((ROOT / "briefings").glob("*.yaml")):
        assert _schema_errors(to_data(load_briefing(path).briefing)) == [], path.name


@pytest.mark.parametrize(
    "name",
    ["bad_grading", "unknown_review_status", "unknown_confidence", "unknown_question_status",
     "unknown_likelihood", "schema_version_too_new", "schema_version_string", "missing_source",
     "missing_actor_name", "missing_span_fields", "negative_span", "wrong_type_end",
     "wrong_type_actors", "wrong_type_name_list", "negative_quantity", "bad_sha256", "empty_id"],
)
def test_schema_rejects_what_the_loader_rejects(name: str) -> None:
    data = yaml.safe_load((BAD / f"{name}.yaml").read_text(encoding="utf-8"))
    assert _schema_errors(data) != []


def _example_blocks() -> tuple[str, str]:
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## A full example"):]
    source = re.search(r"```text\n(.*?)```", section, re.S)
    briefing = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert source and briefing, "docs/format.md lost its full example"
    return source.group(1), briefing.group(1)


def test_docs_full_example_loads_without_problems_and_is_canonical(tmp_path: Path) -> None:
    source, example = _example_blocks()
    (tmp_path / "example.txt").write_text(source, encoding="utf-8")
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    loaded = load_briefing(path)
    assert [w.format() for w in loaded.warnings] == []  # spans quote the text, sha256 matches
    assert loaded.source_text == source
    assert dump_briefing(loaded.briefing) == example
    assert _schema_errors(yaml.safe_load(example)) == []


def _walk(node: dict, data: Any, name: str, defs: dict, used: set) -> None:
    """Record every (object, key) of the schema that ``data`` actually uses."""
    if "$ref" in node:
        ref = node["$ref"].rsplit("/", 1)[1]
        _walk(defs[ref], data, ref, defs, used)
        return
    for option in node.get("oneOf", []):
        _walk(option, data, name, defs, used)
    if isinstance(data, dict):
        for key, value in data.items():
            if key in node.get("properties", {}):
                used.add((name, key))
                _walk(node["properties"][key], value, f"{name}.{key}", defs, used)
    if isinstance(data, list) and "items" in node:
        for entry in data:
            _walk(node["items"], entry, name, defs, used)


def _all_fields(node: dict, name: str, out: set) -> None:
    for key, sub in node.get("properties", {}).items():
        out.add((name, key))
        _all_fields(sub, f"{name}.{key}", out)
    if "items" in node:
        _all_fields(node["items"], name, out)


def test_docs_full_example_uses_every_field_of_the_format() -> None:
    schema = build_schema()
    every: set = set()
    _all_fields(schema, "briefing", every)
    for def_name, sub in schema["$defs"].items():
        _all_fields(sub, def_name, every)
    used: set = set()
    _walk(schema, yaml.safe_load(_example_blocks()[1]), "briefing", schema["$defs"], used)
    assert every - used == set()
