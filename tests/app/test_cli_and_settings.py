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


def test_briefing_file_opens_the_app_without_argparse_and_keeps_its_checks(tmp_path, monkeypatch, capsys):
    """`briefing FILE` is the common case: it goes straight to the app (no parsers built,
    issue 8), with the same one-line errors as `briefing review FILE`."""
    from tui.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["nope.yaml"]) == 2
    assert capsys.readouterr().err.strip() == "briefing: nope.yaml: no such file"
    code = (
        "import sys\n"
        "from tui.app.app import BriefingApp\n"
        "opened = []\n"
        "BriefingApp.run = lambda self, *a, **k: opened.append(self.path) or 0\n"
        "from tui.cli import main\n"
        f"code = main([{str(FIXTURE)!r}])\n"
        "print(code, opened[0].name, 'argparse' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", FIXTURE.name, "False"]


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
