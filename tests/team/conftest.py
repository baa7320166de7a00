"""Fixtures for the team tests: the bundled briefing as a model, analysts' editors, git repos.

Item ids are never hard-coded (the bundled briefing may be regenerated): tests pick items from
the loaded model by position and kind.
"""

from __future__ import annotations

import copy
import itertools
import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable

import pytest

from tests.conftest import BUNDLED, ROOT, SEED
from tui.core import Editor, load_briefing
from tui.core.model import Briefing

VENV_BIN = ROOT / ".venv" / "bin"
BRIEFING = VENV_BIN / "briefing"


def clock(start_minute: int) -> Callable[[], str]:
    """A clock that ticks one second per call, from a given minute: later analysts, later times."""
    ticks = itertools.count()

    def now() -> str:
        n = next(ticks)
        return f"2026-11-25T20:{start_minute:02d}:{n % 60:02d}Z"

    return now


@pytest.fixture
def base() -> Briefing:
    """The bundled briefing as a model (a fresh copy per test)."""
    return load_briefing(BUNDLED, load_source=False).briefing


def analyst(briefing: Briefing, name: str, minute: int) -> Editor:
    """An editor on a copy of ``briefing`` for analyst ``name`` whose clock starts at ``minute``."""
    return Editor(copy.deepcopy(briefing), author=name, clock=clock(minute))


def ids(briefing: Briefing, list_name: str) -> list[str]:
    return [item.id for item in briefing.item_list(list_name)]


def _env() -> dict[str, str]:
    """The venv's ``briefing`` on PATH (as an analyst's shell would have); no system or global
    git config, so the tests see what a fresh account sees."""
    env = dict(os.environ)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["GIT_CONFIG_GLOBAL"] = os.devnull
    return env


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git in ``cwd``."""
    env = _env()
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def briefing_cmd(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed ``briefing`` command."""
    env = _env()
    return subprocess.run([str(BRIEFING), *args], cwd=cwd, capture_output=True, text=True, env=env)


def init_repo(path: Path, user: str = "lead") -> Path:
    """A git repository holding the seed and the bundled briefing, with the merge driver set up."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.name", user)
    git(path, "config", "user.email", f"{user}@example.org")
    git(path, "config", "commit.gpgsign", "false")
    (path / "briefings").mkdir()
    (path / "seeds").mkdir()
    shutil.copy(BUNDLED, path / "briefings" / BUNDLED.name)
    shutil.copy(SEED, path / "seeds" / SEED.name)
    setup = briefing_cmd(path, "git-setup")
    assert setup.returncode == 0, setup.stderr
    git(path, "add", ".gitattributes", "briefings", "seeds")
    git(path, "commit", "-q", "-m", "briefing to review")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not BRIEFING.exists():
        pytest.skip("the briefing command is not installed in .venv")
    return init_repo(tmp_path / "repo")
