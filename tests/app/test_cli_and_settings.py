"""The `briefing` launcher's checks, light/dark themes from settings, and lazy Textual import."""

from __future__ import annotations

import argparse
import subprocess
import sys

from tui.app.screens.review import ReviewScreen
from tui.cli import review

from .conftest import FIXTURE, make_app, wait_for_screen


def test_missing_file_and_missing_folder_are_one_line_errors(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert review.run(argparse.Namespace(file="nope.yaml", dir="briefings")) == 2
    err = capsys.readouterr().err
    assert err.strip() == "briefing: nope.yaml: no such file"
    assert review.run(argparse.Namespace(file=None, dir="briefings")) == 2
    err = capsys.readouterr().err
    assert "no folder briefings/" in err and err.count("\n") == 1


def test_validate_does_not_import_textual():
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"main(['validate', {str(FIXTURE)!r}])\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")


async def test_light_and_dark_themes_from_settings(briefing_file):
    async with make_app(briefing_file, theme="light").run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, ReviewScreen)
        assert pilot.app.theme == "textual-light"
        pilot.app.action_toggle_theme()
        assert pilot.app.theme == "textual-dark"
