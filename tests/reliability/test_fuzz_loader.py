"""Fuzzing the loader (issue 9 §1): random YAML, mutated briefings, truncations, random bytes.

Whatever the input, ``load_briefing`` either returns a briefing (that round-trips) or raises a
LoadError whose problems each format to one line naming the file; never another exception.
"""

from __future__ import annotations

import copy
import zlib
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from tui.core.errors import LoadError

from .fuzzkit import HUGE_NUMBERS, ODD_TEXT, SEED_BRIEFING, check_outcome, dump_any, fuzz_settings, seed_data, values

SEED_BYTES = SEED_BRIEFING.read_bytes()
SEED_SOURCE = SEED_BRIEFING.parent.parent / "seeds" / "000_d4146e07ab737f61.txt"


@pytest.fixture(scope="module")
def folder():
    """One scratch folder for all examples of a test (with the seed text, for evidence checks)."""
    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        (root / "briefings").mkdir()
        (root / "seeds").mkdir()
        (root / "seeds" / SEED_SOURCE.name).write_bytes(SEED_SOURCE.read_bytes())
        yield root / "briefings"


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "fuzzed.yaml"
    path.write_bytes(data)
    return path


# -- paths into the seed data, for mutations ------------------------------------------------


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, prefix + (index,))
    return out


SEED_PATHS = [p for p in _paths(seed_data()) if p]


def _parent(data: Any, path: tuple) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


MUTATIONS = ("drop", "replace", "huge", "odd_text", "duplicate", "unknown_key", "swap_type")


def mutate(data: Any, path: tuple, how: str, value: Any) -> Any:
    """Apply one mutation at ``path`` of a deep copy of ``data``."""
    data = copy.deepcopy(data)
    parent = _parent(data, path)
    key = path[-1]
    if how == "drop":
        del parent[key]
    elif how == "replace":
        parent[key] = value
    elif how == "huge":
        parent[key] = HUGE_NUMBERS[zlib.crc32(str(path).encode()) % len(HUGE_NUMBERS)]  # stable across runs
    elif how == "odd_text":
        parent[key] = ODD_TEXT[len(path) * 7 % len(ODD_TEXT)] + str(parent[key])
    elif how == "duplicate":
        if isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))  # duplicate ids, duplicate spans
        else:
            parent[key] = [parent[key], parent[key]]
    elif how == "unknown_key":
        target = parent[key]
        if isinstance(target, dict):
            target["x-future"] = value
        else:
            parent[key] = {"x-future": value}
    elif how == "swap_type":
        old = parent[key]
        parent[key] = [old] if not isinstance(old, list) else {"0": old}
    return data


@pytest.mark.slow
@fuzz_settings(60)
@given(
    path=st.sampled_from(SEED_PATHS),
    how=st.sampled_from(MUTATIONS),
    value=values,
    more=st.lists(st.tuples(st.sampled_from(SEED_PATHS), st.sampled_from(MUTATIONS)), max_size=3),
    unicode=st.booleans(),
)
def test_mutated_briefings(folder: Path, path, how, value, more, unicode) -> None:
    data = mutate(seed_data(), path, how, value)
    for extra_path, extra_how in more:
        try:
            data = mutate(data, extra_path, extra_how, value)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed or reshaped that path
    try:
        text = dump_any(data, allow_unicode=unicode)
    except (yaml.YAMLError, ValueError, TypeError):
        return  # not representable as YAML at all (never reaches the loader)
    check_outcome(_write(folder, text.encode("utf-8", "surrogatepass")))


@pytest.mark.slow
@fuzz_settings(40)
@given(data=values)
def test_random_yaml_documents(folder: Path, data) -> None:
    check_outcome(_write(folder, dump_any(data).encode("utf-8", "surrogatepass")))


@pytest.mark.slow
@fuzz_settings(40)
@given(top=st.dictionaries(st.sampled_from(["schema_version", "source", "generator", "summary", "actors", "assets",
                                            "open_questions", "places", "conflicts"]), values, max_size=9))
def test_random_documents_with_briefing_keys(folder: Path, top) -> None:
    top.setdefault("schema_version", 1)
    check_outcome(_write(folder, dump_any(top).encode("utf-8", "surrogatepass")))


@pytest.mark.slow
@fuzz_settings(60)
@given(cut=st.integers(min_value=0, max_value=len(SEED_BYTES)))
def test_truncated_files(folder: Path, cut: int) -> None:
    outcome = check_outcome(_write(folder, SEED_BYTES[:cut]))
    if cut == 0:
        assert isinstance(outcome, LoadError)


@pytest.mark.slow
@fuzz_settings(40)
@given(blob=st.binary(max_size=2000))
def test_random_bytes(folder: Path, blob: bytes) -> None:
    check_outcome(_write(folder, blob))


@pytest.mark.slow
@fuzz_settings(40)
@given(at=st.integers(min_value=0, max_value=len(SEED_BYTES) - 1), junk=st.binary(min_size=1, max_size=8))
def test_bytes_spliced_into_a_valid_briefing(folder: Path, at: int, junk: bytes) -> None:
    check_outcome(_write(folder, SEED_BYTES[:at] + junk + SEED_BYTES[at + len(junk):]))


_TOKENS = list(":-[]{}&*!|>'\"%@`#,?\\ \n\t") + [
    "a", "1", "\u05e9", "\U0001f680", "\\u", "\\ud800", "\\x00", "\\0", "!!binary", "<<: *a", "&a ", "---", "...",
]


@pytest.mark.slow
@fuzz_settings(60)
@given(text=st.lists(st.sampled_from(_TOKENS), max_size=80).map("".join))
def test_random_yaml_syntax(folder: Path, text: str) -> None:
    check_outcome(_write(folder, ("schema_version: 1\nsource:\n  path: x\nactors:\n- " + text).encode("utf-8")))


# -- hand-picked escapes libyaml handles specially ------------------------------------------


@pytest.mark.parametrize(
    "scalar",
    [
        '"\\ud800"', '"\\udfff lone low"', '"\\ud83d\\ude80"', '"\\U0010ffff"', '"\\U00110000"', '"\\x00"',
        '"\\0\\a\\b\\e\\f\\v\\N\\_\\L\\P"', "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]",
        "!!python/name:os.system", "!!timestamp 2024-13-45", "2024-12-09", "12:30:45", "0o777", "0b101",
        "1_000", "+.inf", "1" * 5000, "-" + "9" * 400 + ".5e99999",
    ],
)
def test_hostile_scalars_as_a_name(folder: Path, scalar: str) -> None:
    text = SEED_BYTES.decode("utf-8").replace("name: Vladimir Putin", f"name: {scalar}", 1)
    check_outcome(_write(folder, text.encode("utf-8")))


@pytest.mark.parametrize("depth", [10, 63, 64, 65, 500, 5000])
def test_deep_nesting(folder: Path, depth: int) -> None:
    for opener, closer in (("[", "]"), ("{a: ", "}")):
        text = "schema_version: 1\nsource: {path: x}\nx: " + opener * depth + "1" + closer * depth + "\n"
        check_outcome(_write(folder, text.encode("utf-8")))


def test_alias_bomb(folder: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 12):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]")
    outcome = check_outcome(_write(folder, ("\n".join(lines) + "\n").encode()))
    assert isinstance(outcome, LoadError)
    assert "alias" in outcome.lines()[0]


@pytest.mark.parametrize("number", [".inf", "1", "-2.5", "0x1F"])
def test_a_number_where_a_choice_is_expected_is_rejected_not_loaded(folder: Path, number: str) -> None:
    """Found by test_mutated_briefings: ``status: .inf`` loaded as the status "inf", and the
    saved file then failed to load. A number is now checked against the choices like text."""
    text = SEED_BYTES.decode("utf-8").replace("kind: person", f"kind: person\n  review: {{status: {number}}}", 1)
    outcome = check_outcome(_write(folder, text.encode("utf-8")))
    assert isinstance(outcome, LoadError)
    assert any("actors[0].review.status: unknown value" in line for line in outcome.lines())
