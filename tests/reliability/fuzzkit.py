"""Shared pieces of the reliability fuzzing: example budgets, hostile values, the outcome check.

Example counts are bounded for CI; ``BRIEFING_FUZZ_EXAMPLES=N`` (``make fuzz`` sets a large
N) multiplies the effort of every fuzz test without touching the global hypothesis profile that
other test folders use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tui.core.errors import LoadError
from tui.core.store import Loaded, dump_briefing, load_briefing, parse_briefing_text

ROOT = Path(__file__).resolve().parents[2]
#: A frozen copy of the seed briefing and its text (the bundled one is regenerated over time).
DATA = Path(__file__).resolve().parent / "data"
SEED_BRIEFING = DATA / "briefings" / "000_d4146e07ab737f61.yaml"
SEED_TEXT_FILE = DATA / "seeds" / "000_d4146e07ab737f61.txt"

#: Counted by the fuzz tests and reported by ``make fuzz`` (see docs/reliability.md).
STATS: dict[str, int] = {"documents": 0, "loaded": 0, "rejected": 0, "texts": 0, "faults": 0, "resizes": 0}


def fault_injected(count: int = 1) -> None:
    """Count faults the fault tests inject (each SIGKILL, each failed write...)."""
    STATS["faults"] += count


def examples(default: int) -> int:
    """How many examples a fuzz test runs: ``default`` in CI, the env override under make fuzz."""
    override = os.environ.get("BRIEFING_FUZZ_EXAMPLES")
    return int(override) if override else default


def fuzz_settings(default: int):
    """Hypothesis settings for one fuzz test: bounded, no deadline (the machine is shared)."""
    return settings(
        max_examples=examples(default),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=os.environ.get("BRIEFING_FUZZ_RANDOM") is None,
    )


#: Unicode that breaks naive code: RTL and bidi controls, combining marks, emoji and ZWJ
#: sequences, NUL and other controls, line and paragraph separators, BOM, private use, non-BMP.
ODD_TEXT = [
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # Hebrew, Arabic
    "\u202eevil\u202c", "\u200f\u200e\u2066x\u2069",  # bidi overrides and isolates
    "e\u0301\u0302\u0303\u0304" * 3, "\u0e01\u0e34\u0e4a",  # stacked combining marks, Thai
    "\U0001f680\U0001f1fa\U0001f1e6\U0001f469\u200d\U0001f4bb", "\U0001f3f3\ufe0f\u200d\U0001f308",
    "\x00", "nul\x00inside", "\x01\x02\x1b[31mred", "\x7f\x85\x9f",
    "\u2028", "\u2029", "\ufeff", "\ufffe\uffff", "\ue000", "\U0010fffd",
    "\t\r\n", " ", "", "~", "null", "yes", "no", "1e309", "-.inf", ".nan", "0x" + "f" * 40,
    "&a", "*a", "!!python/object/apply:os.system", "<<", "{", "[", "]", "'", '"', "\\",
    "a" * 5000,
]

HUGE_NUMBERS = [10**30, -(10**30), 2**63, -(2**63) - 1, 10**400, float("inf"), float("-inf"), float("nan"), 1e-320, -0.0]

odd_strings = st.one_of(
    st.sampled_from(ODD_TEXT),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(HUGE_NUMBERS),
    st.floats(),
    odd_strings,
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_strings | st.integers(), inner, max_size=4),
    max_leaves=12,
)


def seed_data() -> Any:
    """The bundled briefing as plain data (a fresh copy each call)."""
    return yaml.load(SEED_BRIEFING.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def dump_any(data: Any, *, allow_unicode: bool = True) -> str:
    """YAML text for arbitrary plain data (the safe dumper escapes what YAML cannot hold raw)."""
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=allow_unicode, sort_keys=False)


def check_outcome(path: Path) -> Loaded | LoadError:
    """Load ``path``: the only allowed outcomes are a briefing or a LoadError of one-line problems.

    A loaded briefing must also survive the round trip: dump, parse again, equal model.
    Any other exception propagates and fails the test (that is the point).
    """
    STATS["documents"] += 1
    try:
        loaded = load_briefing(path)
    except LoadError as exc:
        STATS["rejected"] += 1
        assert exc.problems, "a LoadError must say why"
        assert exc.errors, "a LoadError must hold at least one error"
        for line in exc.lines():
            assert line.startswith(str(path)), line
            assert "\n" not in line and "\r" not in line, f"problem spans lines: {line!r}"
            assert "Traceback" not in line
        return exc
    STATS["loaded"] += 1
    for warning in loaded.warnings:
        assert "\n" not in warning.format()
    text = dump_briefing(loaded.briefing)
    again, _ = parse_briefing_text(text, "roundtrip")
    assert again == loaded.briefing
    return loaded
