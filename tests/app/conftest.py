"""Fixtures of the app tests: a fixed copy of the seed briefing, a 10,000-item briefing, and a
helper that opens the app under Pilot and waits until its loading worker is done."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from tui.app.app import BriefingApp
from tui.app.settings import Settings
from tui.core.model import Actor, Asset, Briefing, Generator, OpenQuestion, Source, Span
from tui.core.store import dump_briefing

DATA = Path(__file__).parent / "data"
#: A frozen copy of the seed briefing (the bundled one is regenerated during development).
FIXTURE = DATA / "briefing.yaml"
#: A fixed modification time for files shown in the picker, so snapshots are stable.
FIXED_MTIME = 1_733_700_000


@pytest.fixture
def briefing_file(tmp_path: Path) -> Path:
    """A writable copy of the fixture briefing and its source text."""
    folder = tmp_path / "briefings"
    folder.mkdir()
    shutil.copy(DATA / "source.txt", folder / "source.txt")
    target = folder / "seed.yaml"
    shutil.copy(FIXTURE, target)
    os.utime(target, (FIXED_MTIME, FIXED_MTIME))
    return target


def make_big_briefing(folder: Path, count: int = 10_000) -> Path:
    """A briefing of ``count`` items (actors, assets, questions) over a long source text."""
    lines = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for number in range(count):
        name = f"Entity {number:05d}"
        line = f"Report {number}: {name} was seen near the border.\n"
        start = offset + line.index(name)
        spans.append((start, start + len(name), name))
        lines.append(line)
        offset += len(line)
    text = "".join(lines)
    (folder / "big.txt").write_text(text, encoding="utf-8")
    briefing = Briefing(
        source=Source(path="big.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), title="Big briefing"),
        generator=Generator(name="test"),
    )
    for number, (start, end, quote) in enumerate(spans):
        evidence = [Span(start, end, quote)]
        if number % 3 == 0:
            briefing.actors.append(Actor(id=f"actor-{number}", name=quote, kind="person", evidence=evidence))
        elif number % 3 == 1:
            briefing.assets.append(Asset(id=f"asset-{number}", name=quote, type="vehicle", evidence=evidence))
        else:
            briefing.open_questions.append(
                OpenQuestion(id=f"q-{number}", question=f"Where is {quote}?", evidence=evidence)
            )
    path = folder / "big.yaml"
    path.write_text(dump_briefing(briefing), encoding="utf-8")
    return path


def make_app(path: Path | None = None, directory: Path | None = None, **settings) -> BriefingApp:
    """The app with fixed settings (no user config involved unless a test wants it)."""
    settings.setdefault("author", "tester")
    return BriefingApp(path, directory=directory or Path("briefings"), settings=Settings(**settings))


async def wait_for_screen(pilot, screen_type, tries: int = 100):
    """Wait (bounded) until the app shows a screen of ``screen_type``; return it."""
    for _ in range(tries):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if isinstance(pilot.app.screen, screen_type):
            return pilot.app.screen
    raise AssertionError(f"{screen_type.__name__} never appeared; screen is {pilot.app.screen!r}")
