"""Property: any valid briefing survives dump -> load unchanged, and dumping is byte-stable.

Run against both YAML back ends: libyaml (what a normal install uses) and PyYAML's pure-Python
emitter and parser (what a PyYAML built without libyaml falls back to); they differ in how they
quote odd strings, and the pure one once turned a NEL character into a space.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings

from tui.core import yamlcodec
from tui.core.model import Actor, Briefing, Generator, Source, Summary
from tui.core.store import dump_briefing, load_briefing, parse_briefing_text, save_briefing

from .strategies import TRICKY, briefings

_HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]


class _PureDumper(yaml.SafeDumper):
    """The core's dumper rebuilt on the pure-Python emitter."""


_PureDumper.add_representer(str, yamlcodec._represent_str)


@pytest.fixture
def pure_python(monkeypatch) -> None:
    """Switch the YAML codec to PyYAML's pure-Python emitter and parser."""
    monkeypatch.setattr(yamlcodec, "_Dumper", _PureDumper)
    monkeypatch.setattr(yamlcodec, "_BaseLoader", yaml.SafeLoader)


@pytest.fixture(params=["libyaml", "pure-python"])
def backend(request, monkeypatch) -> str:
    """Switch the YAML codec between the C and the pure-Python YAML implementations."""
    if request.param == "pure-python":
        monkeypatch.setattr(yamlcodec, "_Dumper", _PureDumper)
        monkeypatch.setattr(yamlcodec, "_BaseLoader", yaml.SafeLoader)
    elif not yaml.__with_libyaml__:  # pragma: no cover - depends on the PyYAML build
        pytest.skip("PyYAML is built without libyaml")
    return request.param


def _tricky_briefing() -> Briefing:
    """Every tricky string in one briefing, as names, so the fixed cases always run."""
    actors = [Actor(id=f"a{i}", name=value, role=value or None) for i, value in enumerate(TRICKY)]
    return Briefing(
        source=Source(path="x.txt"),
        generator=Generator(name="g"),
        summary=Summary(text="\n".join(TRICKY)),
        actors=actors,
    )


def _check_roundtrip(briefing: Briefing) -> None:
    text = dump_briefing(briefing)
    loaded, problems = parse_briefing_text(text, "<roundtrip>")
    assert [p.format() for p in problems] == []
    assert loaded == briefing
    assert dump_briefing(loaded) == text


@settings(max_examples=40, deadline=None, suppress_health_check=_HEALTH)
@given(briefing=briefings())
@example(briefing=_tricky_briefing())
def test_dump_load_is_identity_and_dump_is_stable(briefing: Briefing) -> None:
    _check_roundtrip(briefing)


@settings(max_examples=12, deadline=None, suppress_health_check=_HEALTH)
@given(briefing=briefings())
@example(briefing=_tricky_briefing())
def test_pure_python_yaml_roundtrip(pure_python: None, briefing: Briefing) -> None:
    """Fewer examples: the pure-Python emitter is about ten times slower."""
    _check_roundtrip(briefing)


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("BRIEFING_FUZZ_EXAMPLES") or 100),  # `make fuzz` raises it
    deadline=None,
    suppress_health_check=_HEALTH,
)
@given(briefing=briefings())
def test_dump_load_roundtrip_long_run(briefing: Briefing) -> None:
    _check_roundtrip(briefing)


@pytest.mark.parametrize("value", ["nel\x85x", "a\x85\nb", "\u2028ls\nx", "ps\u2029"])
def test_unusual_line_breaks_survive_both_back_ends(backend: str, value: str) -> None:
    """Regression: the pure-Python emitter wrote NEL raw in single quotes and read a space."""
    briefing = Briefing(source=Source(path="s.txt"), generator=Generator(name=value))
    _check_roundtrip(briefing)


def test_save_load_through_a_file_is_identity(tmp_path: Path) -> None:
    briefing = _tricky_briefing()
    target = tmp_path / "b.yaml"
    digest = save_briefing(briefing, target)
    loaded = load_briefing(target, load_source=False)
    assert loaded.briefing == briefing
    assert loaded.sha256 == digest
    before = target.read_bytes()
    assert save_briefing(loaded.briefing, target, expected_sha256=loaded.sha256) == digest
    assert target.read_bytes() == before


@pytest.mark.parametrize("value", ["\U0001f680 launch", "flag \U0001f1fa\U0001f1e6\nline", "\U00020000 cjk ext b", "'\U0001f600'"])
def test_unicode_beyond_the_bmp_is_written_as_itself(backend: str, value: str) -> None:
    """libyaml escapes emoji as \\U0001F680 even with allow_unicode; the file must show them.

    (Only text that needs double quotes anyway, i.e. holds control characters, keeps escapes.)
    """
    briefing = Briefing(source=Source(path="s.txt"), generator=Generator(name=value), summary=Summary(text=value))
    text = dump_briefing(briefing)
    assert "\\U" not in text
    for char in value:
        if ord(char) > 0xFFFF:
            assert char in text
    _check_roundtrip(briefing)


def test_backslash_u_in_text_is_not_mistaken_for_an_escape(backend: str) -> None:
    briefing = Briefing(source=Source(path="C:\\Users\\analyst\\src.txt"), generator=Generator(name="\\U0001F680"))
    text = dump_briefing(briefing)
    assert "path: C:\\Users\\analyst\\src.txt\n" in text
    _check_roundtrip(briefing)
