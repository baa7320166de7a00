"""End-to-end: the installed `briefing` command in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .tmux import Tmux, briefing_command

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parent.parent / "app" / "data"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder with briefings/ holding the fixture briefing and its source text."""
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    shutil.copy(DATA / "briefing.yaml", briefings / "seed.yaml")
    shutil.copy(DATA / "source.txt", briefings / "source.txt")
    return tmp_path


def env_for(tmp_path: Path) -> dict[str, str]:
    return {
        "BRIEFING_CONFIG_DIR": str(tmp_path / "config"),
        "BRIEFING_DATA_DIR": str(tmp_path / "data"),
        "BRIEFING_AUTHOR": "e2e",
    }


def test_open_a_file_move_to_an_asset_see_help_and_quit(folder):
    with Tmux([briefing_command(), "briefings/seed.yaml"], cwd=folder, env=env_for(folder)) as term:
        term.wait_for("0 of 28 reviewed")
        term.send("3", "j")
        screen = term.wait_for("ASSET  asset-tartus")
        assert "naval base" in screen
        term.send("?")
        screen = term.wait_for("esc or ? closes this help")
        assert "pane.next_evidence" in screen
        term.send("Escape")
        term.wait_for("ASSET  asset-tartus")
        term.send("q")
        term.wait_for("EXITED:0")


def test_no_argument_opens_the_picker_and_enter_opens_the_briefing(folder):
    with Tmux([briefing_command()], cwd=folder, env=env_for(folder)) as term:
        screen = term.wait_for("Vladimir Putin has suffered")
        screen = term.wait_for("0/28")
        assert "0/28" in screen and "seed.yaml" in screen
        term.send("Enter")
        term.wait_for("0 of 28 reviewed")
        term.send("q")  # back to the picker it came from
        term.wait_for("briefings in briefings/")
        term.send("q")
        term.wait_for("EXITED:0")


def test_a_file_that_does_not_load_shows_the_problems_not_a_traceback(folder):
    bad = folder / "briefings" / "broken.yaml"
    bad.write_text("schema_version: 1\nsource:\n  path: x.txt\nactors:\n  - id: a\n    name: [1, 2]\n", encoding="utf-8")
    with Tmux([briefing_command(), "briefings/broken.yaml"], cwd=folder, env=env_for(folder)) as term:
        screen = term.wait_for("Cannot open briefings/broken.yaml")
        assert "briefings/broken.yaml:6:" in screen
        assert "Traceback" not in screen
        term.send("q")
        term.wait_for("EXITED:0")
