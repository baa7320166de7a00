"""When the app itself fails: keep the analyst's work, write the details aside, say so in one line.

Textual's default on an unhandled exception is to restore the terminal and print a long
traceback with locals. For an analyst that is noise at the worst moment; what matters is that
nothing typed is lost and where it went. :func:`handle_crash` writes a recovery file for every
open briefing with unsaved changes, writes the traceback to a crash report in the data folder,
and returns the one line the command prints after the terminal is restored.
"""

from __future__ import annotations

import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tui.core import paths
from tui.core.recovery import write_recovery


def crash_dir() -> Path:
    """Where crash reports go (the data folder, next to the recovery files)."""
    return paths.data_dir() / "crashes"


def _write_report(error: BaseException) -> Path | None:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    try:
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        report = folder / f"crash-{stamp}.log"
        report.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
        return report
    except OSError:
        return None


def _save_open_work(screens: list[Any]) -> tuple[list[Path], list[str]]:
    """Recovery files for every screen holding unsaved edits; (written, failures)."""
    written: list[Path] = []
    failed: list[str] = []
    for screen in screens:
        is_dirty = getattr(screen, "is_dirty", None)
        loaded = getattr(screen, "loaded", None)
        editor = getattr(screen, "editor", None)
        if not callable(is_dirty) or loaded is None or editor is None:
            continue
        try:
            if not is_dirty():
                continue
            written.append(write_recovery(loaded.path, editor.briefing, loaded.sha256))
        except Exception as exc:  # the crash handler itself must never raise
            failed.append(f"{loaded.path}: {exc}")
    return written, failed


def handle_crash(screens: list[Any], error: BaseException) -> str:
    """Keep the work of ``screens``, report ``error``; return the line to print on exit."""
    written, failed = _save_open_work(screens)
    report = _write_report(error)
    what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    parts = [f"briefing: internal error ({what}); the app stopped"]
    if written:
        parts.append("your unsaved work is kept in " + ", ".join(str(p) for p in written)
                     + " (open the briefing again to restore it)")
    elif not failed:
        parts.append("there was no unsaved work")
    if failed:
        parts.append("COULD NOT keep unsaved work of " + "; ".join(failed))
    if report is not None:
        parts.append(f"details in {report}")
    return "; ".join(parts)
