"""Messages the app's thread workers post back to the event loop (they never touch widgets)."""

from __future__ import annotations

from typing import Any

from textual.message import Message

from tui.core.errors import LoadError
from tui.core.store import Loaded


class BriefingLoaded(Message):
    """A briefing file was read and validated in a worker.

    ``lock`` is this instance's lock on the file (None when it could not be taken);
    ``holder`` says who else has the file open (then the app opens it read-only).
    """

    def __init__(self, loaded: Loaded, lock: Any = None, holder: Any = None) -> None:
        super().__init__()
        self.loaded = loaded
        self.lock = lock
        self.holder = holder


class BriefingFailed(Message):
    """A briefing file could not be loaded; ``error`` lists every problem."""

    def __init__(self, error: LoadError) -> None:
        super().__init__()
        self.error = error
