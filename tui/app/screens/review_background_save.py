"""Saving a big briefing in a thread worker, so the review screen stays live meanwhile.

Writing 10,000 items takes about a second and 50,000 about six (docs/benchmarks.md): on the
event loop that is a frozen screen. :class:`BackgroundSave` (a part of
:class:`~tui.app.screens.review_saving.SavingActions`) serialises a :func:`frozen_view` of
the briefing in a thread and posts :class:`SaveFinished` back; edits made meanwhile stay
unsaved, and file actions (save, save a copy, reload) wait until it is done.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from textual.message import Message

from tui.core.errors import ChangedOnDiskError
from tui.core.model import Briefing
from tui.core.store import save_briefing

#: Briefings with more items than this are saved by a thread worker, so the screen stays live
#: (smaller ones save at once, in a few tens of milliseconds at most).
BACKGROUND_SAVE_ITEMS = 2_000


def frozen_view(briefing: Briefing) -> Briefing:
    """A copy of the briefing's structure that later edits do not touch (O(items), no deep copy).

    The editor never changes an item in place: every operation swaps in a changed copy (its
    undo snapshots rely on that), and lists, summary text, source and generator are replaced,
    not mutated. So new lists over the same item objects are a stable snapshot that a worker
    thread can serialise while the analyst goes on editing.
    """
    summary = briefing.summary.copy_with(points=list(briefing.summary.points))
    return briefing.copy_with(
        summary=summary,
        actors=list(briefing.actors),
        assets=list(briefing.assets),
        open_questions=list(briefing.open_questions),
        places=list(briefing.places),
        conflicts=list(briefing.conflicts),
        extra=dict(briefing.extra),
    )


class SaveFinished(Message):
    """A background save ended (posted from its thread; handled on the event loop).

    ``state`` is the history state the saved snapshot was taken at; ``outcome`` is "saved"
    (``sha256`` set), "changed" (the file changed on disk; nothing written) or "failed"
    (``reason`` set).
    """

    def __init__(self, path: Path, state: int, outcome: str, sha256: str = "", reason: str = "",
                 then: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.path, self.state, self.outcome = path, state, outcome
        self.sha256, self.reason, self.then = sha256, reason, then


def item_count(briefing: Briefing) -> int:
    """How many items the briefing holds (what a save's time grows with)."""
    return (len(briefing.actors) + len(briefing.assets) + len(briefing.open_questions)
            + len(briefing.summary.points) + len(briefing.places))


class BackgroundSave:
    """The thread-worker save of :class:`~tui.app.screens.review_saving.SavingActions`.

    Relies on the host for ``loaded``, ``editor``, ``notify``, ``run_worker``,
    ``post_message`` and on SavingActions for ``_saved``, ``_save_failed``,
    ``_ask_external_change``, ``schedule_recovery`` and the dirty state.
    """

    loaded: Any
    editor: Any
    notify: Callable[..., Any]
    run_worker: Callable[..., Any]
    post_message: Callable[..., Any]
    #: True while a background save runs (file actions wait for it).
    saving: bool = False

    def _busy_saving(self) -> bool:
        """True (and say so) while a background save runs."""
        if self.saving:
            self.notify("Still saving: wait a moment.", severity="warning", timeout=3)
        return self.saving

    def _save_in_background(self, force: bool, then: Callable[[], None] | None) -> None:
        path, state, expected = self.loaded.path, self.editor.history.state, self.loaded.sha256
        view = frozen_view(self.editor.briefing)
        self.saving = True
        self.notify(f"Saving {path.name} …", timeout=2)

        def job() -> None:
            try:
                sha = save_briefing(view, path, expected_sha256=expected, force=force)
            except ChangedOnDiskError:
                self.post_message(SaveFinished(path, state, "changed", then=then))
            except Exception as exc:  # disk full, permissions, anything: reported, never lost
                self.post_message(SaveFinished(path, state, "failed", reason=str(exc), then=then))
            else:
                self.post_message(SaveFinished(path, state, "saved", sha256=sha, then=then))

        self.run_worker(job, thread=True, group="save", exit_on_error=False, name="save")

    def on_save_finished(self, message: SaveFinished) -> None:
        self.saving = False
        if message.outcome == "changed":
            self._ask_external_change(message.then)
            return
        if message.outcome == "failed":
            self._save_failed(message.reason)
            return
        self.loaded.sha256 = message.sha256
        if message.state == self.editor.history.state:
            self._saved(message.path)
            if message.then is not None:
                message.then()
            return
        # Edits were made while it was written: they stay unsaved (and go to the recovery
        # file), and what was to follow the save (quitting) does not happen without them.
        self._saved_state = message.state
        self._restored_unsaved = False
        self._refresh_dirty_marker()
        self.schedule_recovery()
        self.notify(f"Saved {message.path.name}; the changes made since are not saved yet", timeout=4)

