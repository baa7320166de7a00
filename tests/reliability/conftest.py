"""Reliability suite: print the figures docs/reliability.md quotes at the end of a run."""

from __future__ import annotations

from .fuzzkit import STATS


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    if not any(STATS.values()):
        return
    failed = len(terminalreporter.stats.get("failed", []))
    terminalreporter.write_line(
        f"reliability: {STATS['documents']} documents fuzzed ({STATS['loaded']} loaded, {STATS['rejected']} "
        f"rejected with clean errors), {STATS['texts']} texts through the generator, {STATS['faults']} faults "
        f"injected, {STATS['resizes']} terminal resizes; failed checks: {failed} (data lost: {'none' if failed == 0 else 'SEE FAILURES'})"
    )
