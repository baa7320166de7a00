"""Small helpers shared by the unit tests: a fixed clock and a structural diff of briefings."""

from __future__ import annotations

from typing import Any

from tui.core.model import Briefing
from tui.core.serialize import to_data


class Clock:
    """A clock that returns a new, predictable timestamp on every call."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"2026-11-25T20:{self.calls // 60:02d}:{self.calls % 60:02d}Z"

    @property
    def last(self) -> str:
        return f"2026-11-25T20:{self.calls // 60:02d}:{self.calls % 60:02d}Z"


def changed_paths(before: Briefing, after: Briefing) -> set[str]:
    """Dotted paths of every leaf that differs between two briefings (in canonical form)."""
    out: set[str] = set()
    _diff(to_data(before), to_data(after), "", out)
    return out


def _diff(a: Any, b: Any, at: str, out: set[str]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in dict.fromkeys([*a, *b]):
            _diff(a.get(key, _ABSENT), b.get(key, _ABSENT), f"{at}.{key}" if at else str(key), out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            _diff(x, y, f"{at}[{i}]", out)
    elif a != b:
        out.add(at)


_ABSENT = object()
