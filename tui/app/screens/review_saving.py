"""Saving, quitting and recovery for the review screen (part of the review loop, issue 5).

:class:`SavingActions` is the half of :class:`~tui.app.screens.review_actions.ReviewActions`
that deals with the file: it knows whether there are unsaved changes, saves atomically (and
sorts out a file someone else changed meanwhile), asks before quitting with unsaved work, and
keeps a recovery file of unsaved work written in the background a couple of seconds after each
change, so a crash or a SIGKILL loses at most those seconds.

It relies on what ``ReviewScreen`` provides (see the contract in review_actions.py):
``loaded``, ``editor``, ``model_changed`` and ``replace_loaded``.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from textual.message import Message

from tui.core.errors import BriefingError, ChangedOnDiskError, LoadError, SaveError
from tui.core.store import Loaded, dump_briefing, file_sha256, load_briefing, save_briefing

from .. import dialogs  # a lazy package: each dialog's module loads when first opened
from . import review_background_save as background
from .review_background_save import BackgroundSave, frozen_view, item_count

if TYPE_CHECKING:  # what the host screen provides; only for type checkers
    from textual.timer import Timer

    from tui.core.recovery import RecoveryInfo

    from tui.core.ops import Editor

#: Seconds of quiet after a change before the recovery file is written (debounce).
RECOVERY_DELAY = 2.0


def mine_copy_path(path: Path, now: float | None = None) -> Path:
    """Where "keep mine as a copy" saves: ``name.mine-<UTC time>.yaml`` next to ``path``.

    The same folder keeps the relative ``source.path`` of the briefing valid.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(now if now is not None else time.time()))
    candidate = path.with_name(f"{path.stem}.mine-{stamp}{path.suffix or '.yaml'}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.mine-{stamp}-{counter}{path.suffix or '.yaml'}")
        counter += 1
    return candidate


def _recovery() -> Any:
    """:mod:`tui.core.recovery`, imported when first needed: nothing before the first frame
    reads or writes a recovery file (the offer to restore comes after it; issue 8)."""
    from tui.core import recovery

    return recovery


class RecoveryFailed(Message):
    """A recovery worker could not write (posted from the thread; handled on the event loop)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class SavingActions(BackgroundSave):
    """Unsaved-changes tracking, Ctrl+S, quit, and background recovery files."""

    # Provided by ReviewScreen and Screen. Annotations only: nothing here shadows them.
    loaded: Loaded
    editor: "Editor"
    app: Any
    notify: Callable[..., Any]
    set_timer: Callable[..., Any]
    run_worker: Callable[..., Any]
    post_message: Callable[..., Any]
    call_after_refresh: Callable[..., Any]
    model_changed: Callable[[str | None], None]
    replace_loaded: Callable[[Loaded], None]

    #: Seconds of quiet after a change before the recovery file is written.
    recovery_delay: float = RECOVERY_DELAY

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: ``editor.history.state`` when the file on disk last matched the model.
        self._saved_state = 0
        #: Work restored from a recovery file is unsaved even though the history is empty.
        self._restored_unsaved = False
        self._recovery_timer: "Timer | None" = None
        self._recovery_warned = False
        # Recovery writes run in worker threads; a save discards the recovery on the event
        # loop. The lock and the generation make sure a write scheduled before a save (or
        # before a newer write) can never land after it and resurrect stale work.
        self._recovery_lock = threading.Lock()
        self._recovery_generation = 0

    # -- dirty state ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """True when the model has changes that are not in the file on disk."""
        return self._restored_unsaved or self.editor.history.state != self._saved_state

    def mark_clean(self) -> None:
        """The model now equals the file on disk (after a save, a reload or a fresh open)."""
        self._saved_state = self.editor.history.state
        self._restored_unsaved = False
        self._refresh_dirty_marker()

    def _refresh_dirty_marker(self) -> None:
        # The header draws the marker from is_dirty(); ask the screen to redraw it.
        update = getattr(self, "_update_header", None) or getattr(self, "update_header", None)
        if callable(update):
            update()

    def changed(self, item_id: str | None, message: str) -> None:
        """After every change: tell the analyst, refresh the panes, schedule the recovery file."""
        self.notify(message[:1].upper() + message[1:], timeout=2)
        self.model_changed(item_id)
        self.schedule_recovery()

    # -- saving --------------------------------------------------------------------------

    def action_save(self) -> None:
        """Ctrl+S: save atomically; a file changed on disk asks what to do."""
        self.save(then=None)

    def save(self, *, force: bool = False, then: Callable[[], None] | None = None) -> bool:
        """Save to the loaded path; run ``then`` after a successful save.

        A big briefing (see :data:`~.review_background_save.BACKGROUND_SAVE_ITEMS`) is written by a thread worker from a
        :func:`frozen_view`: the screen stays live, edits made meanwhile stay unsaved, and
        ``then`` runs when the file is written. False when nothing was (or is being) saved.
        """
        if self._busy_saving():
            return False
        if item_count(self.editor.briefing) > background.BACKGROUND_SAVE_ITEMS:
            self._save_in_background(force, then)
            return True
        path = self.loaded.path
        try:
            sha = save_briefing(self.editor.briefing, path, expected_sha256=self.loaded.sha256, force=force)
        except ChangedOnDiskError:
            self._ask_external_change(then)
            return False
        except (SaveError, OSError) as exc:
            self._save_failed(str(exc))
            return False
        self.loaded.sha256 = sha
        self._saved(path)
        if then is not None:
            then()
        return True

    def _save_failed(self, reason: str) -> None:
        # Nothing is lost: the model keeps the work and the recovery file holds a copy.
        self.notify(
            f"{reason}. Your changes are kept: free some space or fix the permissions, "
            "then press Ctrl+S again.",
            title="Save failed",
            severity="error",
            timeout=12,
        )
        self.write_recovery_now()

    def _saved(self, path: Path, message: str | None = None) -> None:
        self._cancel_recovery_timer()
        self.discard_recovery_file(path)
        self.mark_clean()
        self.notify(message or f"Saved {path.name}", timeout=2)

    def _ask_external_change(self, then: Callable[[], None] | None) -> None:
        path = self.loaded.path

        def decided(choice: str | None) -> None:
            if choice == "overwrite":
                self.save(force=True, then=then)
            elif choice == "copy":
                self.save_copy(then=then)
            elif choice == "reload":
                self.reload()
                if then is not None:
                    then()
            else:
                self.notify("Not saved: the file on disk was left as it is.", severity="warning", timeout=4)

        deleted = not path.exists()
        self.app.push_screen(dialogs.ExternalChangeDialog(path, deleted=deleted), decided)

    def save_copy(self, *, then: Callable[[], None] | None = None) -> Path | None:
        """Save my version as ``name.mine-<time>.yaml`` beside the file and go on editing that copy."""
        if self._busy_saving():
            return None
        original = self.loaded.path
        copy = mine_copy_path(original)
        try:
            sha = save_briefing(self.editor.briefing, copy, expected_sha256=None)
        except BriefingError as exc:
            self.notify(str(exc), title="Save failed", severity="error", timeout=12)
            return None
        self.discard_recovery_file(original)
        self.loaded.path = copy
        self.loaded.sha256 = sha
        self._move_lock_to(copy)
        self._saved(copy, f"Saved your version as {copy.name}; {original.name} keeps theirs. You are now editing the copy.")
        self.model_changed(None)
        if then is not None:
            then()
        return copy

    def _move_lock_to(self, path: Path) -> None:
        """This instance now edits ``path``: lock it, and free the file it was editing.

        The original belongs to whoever changed it on disk; keeping our lock on it would make
        their next instance open it read-only for no reason.
        """
        from tui.core.lock import try_acquire

        old = getattr(self, "lock", None)
        new, _holder = try_acquire(path)  # a fresh name nobody else has open
        if old is not None:
            old.release()
        self.lock = new

    def reload(self) -> bool:
        """Drop unsaved changes and load the file as it is on disk now."""
        if self._busy_saving():
            return False
        self._cancel_recovery_timer()
        try:
            fresh = load_briefing(self.loaded.path)
        except LoadError as exc:
            first = exc.lines()[0] if exc.lines() else str(exc)
            self.notify(f"Cannot reload: {first}", severity="error", timeout=12)
            return False
        self.discard_recovery_file(self.loaded.path)
        self.replace_loaded(fresh)
        self.mark_clean()
        self.notify(f"Reloaded {fresh.path.name} from disk", timeout=3)
        return True

    # -- quitting ------------------------------------------------------------------------

    def action_quit(self) -> None:
        """q: quit; with unsaved changes, ask save / discard / cancel first."""
        if not self.is_dirty():
            self._exit()
            return

        def decided(choice: str | None) -> None:
            if choice == "save":
                self.save(then=self._exit)
            elif choice == "discard":
                self._cancel_recovery_timer()
                self.discard_recovery_file(self.loaded.path)
                self._exit()

        count = len(self.editor.history.descriptions())
        self.app.push_screen(dialogs.SaveQuitDialog(self.loaded.path, count or None), decided)

    def _exit(self) -> None:
        """Leave the briefing: back to the picker when it was opened from one, else quit."""
        from tui.app.screens.picker import PickerScreen

        if any(isinstance(screen, PickerScreen) for screen in self.app.screen_stack[:-1]):
            self.app.pop_screen()
        else:
            self.app.exit()

    # -- recovery ------------------------------------------------------------------------

    def schedule_recovery(self) -> None:
        """Write the recovery file ``recovery_delay`` seconds after the last change (debounced)."""
        self._cancel_recovery_timer()
        self._recovery_timer = self.set_timer(self.recovery_delay, self.write_recovery_now)

    def _cancel_recovery_timer(self) -> None:
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
            self._recovery_timer = None

    def discard_recovery_file(self, path: Path) -> None:
        """Remove the recovery of ``path`` now; writes scheduled before this one are void."""
        with self._recovery_lock:
            self._recovery_generation += 1
            _recovery().discard_recovery(path)

    def write_recovery_now(self) -> None:
        """Write (or, when nothing is unsaved, remove) the recovery file in a thread worker.

        The worker serialises a :func:`frozen_view` taken here, so a big briefing does not
        block the event loop and later edits do not leak into the snapshot. Only the latest
        scheduled job does anything (see ``_recovery_generation``).
        """
        self._recovery_timer = None
        path = self.loaded.path
        self._recovery_generation += 1
        generation = self._recovery_generation
        dirty = self.is_dirty()
        view = frozen_view(self.editor.briefing)
        base = self.loaded.sha256

        def job() -> None:
            if not dirty:
                text = ""
            else:
                try:
                    text = dump_briefing(view)
                except Exception as exc:  # never let a snapshot problem take the app down
                    self.post_message(RecoveryFailed(f"cannot write the recovery file: {exc}"))
                    return
            with self._recovery_lock:
                if generation != self._recovery_generation:
                    return  # a save, a discard or a newer write came after this one
                if not dirty:
                    _recovery().discard_recovery(path)
                    return
                try:
                    _recovery().write_recovery(path, view, base, text=text)
                except _recovery().RecoveryError as exc:
                    self.post_message(RecoveryFailed(str(exc)))  # thread-safe; never blocks

        self.run_worker(job, thread=True, group="recovery", exit_on_error=False, name="recovery file")

    def on_recovery_failed(self, message: RecoveryFailed) -> None:
        if not self._recovery_warned:  # once per session: it would repeat after every change
            self._recovery_warned = True
            self.notify(f"{message.reason}. Save often: unsaved work is not protected.",
                        severity="warning", timeout=10)

    def on_unmount(self) -> None:
        # The screen goes away (the app exits by any key, Ctrl+Q included): unsaved work the
        # debounce has not written yet goes to the recovery file now, on this thread.
        if self._recovery_timer is None or not self.is_dirty():
            return
        self._cancel_recovery_timer()
        with self._recovery_lock:
            self._recovery_generation += 1
            try:
                _recovery().write_recovery(self.loaded.path, self.editor.briefing, self.loaded.sha256)
            except _recovery().RecoveryError:
                pass  # nowhere to report it any more; the analyst saw the quit prompt if dirty

    def on_mount(self) -> None:
        # Textual calls each class's on_mount in the MRO, so this runs after ReviewScreen's
        # own on_mount has filled the panes.
        self.call_after_refresh(self.offer_recovery)

    def offer_recovery(self) -> None:
        """If unsaved work of this file was left by a crash, offer to restore it."""
        info = _recovery().find_recovery(self.loaded.path)
        if info is None:
            return
        if info.writer_alive:
            self.notify(
                f"{self.loaded.path.name} is open in another window (process {info.pid}) with "
                "unsaved work; its recovery file was left alone.",
                severity="warning",
                timeout=10,
            )
            return

        def decided(choice: str | None) -> None:
            if choice == "restore":
                self.restore(info)
            elif choice == "discard":
                self.discard_recovery_file(self.loaded.path)
                self.notify("Recovered work discarded", timeout=3)
            else:
                self.notify(f"Recovery file kept for now: {info.file}", timeout=5)

        self.app.push_screen(dialogs.RestoreDialog(self.loaded.path, info.saved, info.describe()), decided)

    def restore(self, info: RecoveryInfo) -> bool:
        """Replace the model with the recovered work; it stays unsaved until Ctrl+S."""
        try:
            briefing = _recovery().load_recovery(info)
        except (_recovery().RecoveryError, LoadError) as exc:
            line = exc.lines()[0] if isinstance(exc, LoadError) and exc.lines() else str(exc)
            self.notify(f"Cannot restore: {line}", severity="error", timeout=12)
            return False
        # Saving must still notice a file changed since the work started: expect the hash the
        # unsaved work was based on, not the file as it is now.
        base = info.base_sha256 if info.file_changed else (self.loaded.sha256 or file_sha256(self.loaded.path))
        restored = Loaded(
            path=self.loaded.path,
            briefing=briefing,
            sha256=base,
            source_text=self.loaded.source_text,
            source_path=self.loaded.source_path,
            warnings=[],
        )
        self.replace_loaded(restored)
        self._saved_state = self.editor.history.state
        self._restored_unsaved = True
        self._refresh_dirty_marker()
        self.notify(f"Restored unsaved work from {info.saved}; Ctrl+S saves it", timeout=5)
        return True
