"""End-to-end: a fault injected inside the running app, in a real terminal (tmux).

The terminal comes back usable, one line says what happened and where the unsaved work and the
details went, no traceback is printed, and the work is in the recovery file.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from .tmux import Tmux

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parent.parent / "app" / "data"

#: Runs the real `briefing` entry point with one key handler replaced by a fault.
CRASHING = """
import sys
from tui.app.screens.review import ReviewScreen
from tui.cli import main

def boom(self):
    raise RuntimeError("injected fault")

ReviewScreen.action_flag = boom
sys.exit(main(sys.argv[1:]))
"""


def test_a_crash_restores_the_terminal_keeps_the_work_and_prints_one_line(tmp_path):
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    shutil.copy(DATA / "briefing.yaml", briefings / "seed.yaml")
    shutil.copy(DATA / "source.txt", briefings / "source.txt")
    script = tmp_path / "crashing.py"
    script.write_text(CRASHING, encoding="utf-8")
    env = {"BRIEFING_DATA_DIR": str(tmp_path / "data"), "BRIEFING_CONFIG_DIR": str(tmp_path / "config"), "BRIEFING_AUTHOR": "e2e"}
    with Tmux([sys.executable, str(script), "briefings/seed.yaml"], cwd=tmp_path, env=env) as term:
        term.wait_for("0 of 28 reviewed")
        term.send("a")  # accept the first actor: unsaved work
        term.wait_for("1 of 28 reviewed")
        term.send("f")  # the injected fault
        screen = term.wait_for("EXITED:3")
        assert "internal error (RuntimeError: injected fault)" in screen
        assert "your unsaved work is kept in" in screen
        assert "Traceback" not in screen
        assert "0 of 28 reviewed" not in screen  # the app's screen is gone: terminal restored
    recovered = list((tmp_path / "data" / "recovery").glob("*.yaml"))
    assert len(recovered) == 1 and "status: accepted" in recovered[0].read_text(encoding="utf-8")
    assert list((tmp_path / "data" / "crashes").glob("crash-*.log"))
