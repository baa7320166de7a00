"""Messages the app's thread workers post back to the event loop (they never touch widgets)."""

from __future__ import annotations

from textual.message import Message

from tui.core.errors import LoadError
from tui.core.store import Loaded


class BriefingLoaded(Message):
    """A briefing file was read and validated in a worker."""

    def __init__(self, loaded: Loaded) -> None:
        super().__init__()
        self.loaded = loaded


class BriefingFailed(Message):
    """A briefing file could not be loaded; ``error`` lists every problem."""

    def __init__(self, error: LoadError) -> None:
        super().__init__()
        self.error = error
