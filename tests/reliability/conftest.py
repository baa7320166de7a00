"""Reliability suite: a frozen copy of the seed briefing, and the figures printed at the end.

The bundled ``briefings/`` file is regenerated whenever the generator improves; these tests
name its items (``actor-putin``...) and mutate its text, so they use their own frozen copy
(``tests/reliability/data/``, the seed briefing as of this suite's writing).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .fuzzkit import DATA, SEED_BRIEFING, STATS


@pytest.fixture
def seed_briefing(tmp_path: Path) -> Path:
    """A writable copy of the frozen seed briefing, with its source text where it points."""
    shutil.copytree(DATA, tmp_path / "work")
    return tmp_path / "work" / "briefings" / SEED_BRIEFING.name


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    if not any(STATS.values()):
        return
    failed = len(terminalreporter.stats.get("failed", []))
    terminalreporter.write_line(
        f"reliability: {STATS['documents']} documents fuzzed ({STATS['loaded']} loaded, {STATS['rejected']} "
        f"rejected with clean errors), {STATS['texts']} texts through the generator, {STATS['faults']} faults "
        f"injected, {STATS['resizes']} terminal resizes; failed checks: {failed} (data lost: {'none' if failed == 0 else 'SEE FAILURES'})"
    )
