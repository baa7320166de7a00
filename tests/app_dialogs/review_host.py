"""The real app (BriefingApp) opened on one briefing, for the review-loop tests, and key helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tui.app.app as app_module
from tui.app.app import BriefingApp
from tui.app.screens.review import ReviewScreen
from tui.app.settings import Settings
from tui.core.store import Loaded, load_briefing

SIZE = (120, 40)


class ReviewHost(BriefingApp):
    """``briefing FILE`` with fixed settings (author "tester") instead of the user's config."""

    # A relative CSS_PATH is resolved next to the subclass: point at the app's own file.
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def __init__(self, path: Path, *, author: str = "tester", auto_advance: bool = True) -> None:
        super().__init__(path, settings=Settings(author=author, auto_advance=auto_advance))

    @property
    def review(self) -> ReviewScreen:
        """The review screen (also while a dialog is on top of it)."""
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        raise LookupError("no review screen")


async def settle(pilot: Any) -> None:
    """Let screens, timers' callbacks and workers finish."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def press(pilot: Any, *keys: str) -> None:
    """Press keys (Pilot waits for each to be handled), then let screens and workers settle."""
    await pilot.press(*keys)
    await pilot.pause()


def reload(path: Path) -> Loaded:
    """The file as saved (the proof that a change reached the disk)."""
    return load_briefing(path)


def messages(app: Any) -> list[str]:
    """The texts of the notifications shown so far."""
    return [n.message for n in app._notifications]
