"""Shared fixtures: paths to the bundled seed and briefing, and an isolated user environment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_d4146e07ab737f61.txt"
BUNDLED = ROOT / "briefings" / "000_d4146e07ab737f61.yaml"


@pytest.fixture(autouse=True)
def _isolated_user(tmp_path_factory, monkeypatch):
    """Every test gets its own config/data folders and a fixed author name."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("BRIEFING_AUTHOR", "tester")
    yield


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A copy of seeds/ and briefings/ in a temporary folder, safe to change."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    return tmp_path


@pytest.fixture
def seed_briefing(workdir: Path) -> Path:
    """Path of a writable copy of the bundled seed briefing."""
    return workdir / "briefings" / BUNDLED.name
