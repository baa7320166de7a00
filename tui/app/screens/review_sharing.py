"""What joins a briefing from the team and leaves it for other tools: merge conflicts and export.

A mixin of :class:`~tui.app.screens.review.ReviewScreen` (which provides ``loaded``, ``editor``,
``model_changed`` and ``_conflicts_pending``): ``C`` lists the conflicts a ``briefing merge``
recorded, ``P`` opens the command palette on the export commands, ``L`` takes over the lock of
a briefing another instance holds (it opened read-only here).
"""

from __future__ import annotations

from typing import Any


class SharingActions:
    """Conflict resolution and export actions of the review screen."""

    loaded: Any
    editor: Any
    app: Any
    _conflicts_pending: bool
    read_only: bool
    lock: Any
    #: Who held the file's lock when it was opened (a tui.core.lock.LockInfo), or None.
    lock_holder: Any = None
    refresh_bindings: Any

    def offer_conflicts(self) -> None:
        """Open the conflicts screen when the briefing has conflicts and nothing else is on top."""
        if not self.loaded.briefing.conflicts:
            return
        if self.app.screen is not self:
            self._conflicts_pending = True  # opened on ScreenResume
            return
        self.action_conflicts()

    def action_conflicts(self) -> None:
        """List the merge conflicts side by side and keep one version of each."""
        from tui.app.screens.conflicts import open_conflicts

        if not open_conflicts(self.app, self.editor, on_change=self._conflict_resolved):
            self.notify("No merge conflicts in this briefing.", timeout=3)

    def action_export(self) -> None:
        """Open the command palette on its export commands (report, STIX, annotations, JSON)."""
        from textual.command import CommandPalette
        from textual.widgets import Input

        self.app.action_command_palette()

        def prefill() -> None:
            palette = self.app.screen
            if isinstance(palette, CommandPalette):
                palette.query_one(Input).value = "export: "

        self.app.call_after_refresh(prefill)

    def action_take_lock(self) -> None:
        """Take over the lock of a briefing open elsewhere (after a confirmation) and edit it.

        For a lock whose owner cannot be checked (another host) or is gone for good. Nothing can
        be overwritten silently: if the other instance saves after us, its save finds the file
        changed on disk and asks its analyst what to do.
        """
        from tui.app import dialogs

        if not self.read_only:
            self.notify("You already hold this briefing's lock.", timeout=3)
            return
        holder = self.lock_holder
        who = holder.describe() if holder is not None else "open in another instance"
        question = (
            f"{self.loaded.path.name} is {who}.\n\nTake over its lock and edit it here? If the other "
            "instance saves later, it is told the file changed on disk; nothing is overwritten."
        )

        def answered(answer: Any) -> None:
            if dialogs.ConfirmDialog.confirmed(answer):
                self.take_lock()

        self.app.push_screen(dialogs.ConfirmDialog(question, title="Take over the lock"), answered)

    def take_lock(self) -> bool:
        """Force this instance's lock onto the file and leave read-only mode; False on failure."""
        from tui.core.lock import LockHeld, acquire

        try:
            lock = acquire(self.loaded.path, force=True)
        except (LockHeld, OSError) as exc:
            self.notify(f"Could not take the lock: {exc}", title="Lock", severity="error", timeout=8)
            return False
        if self.lock is not None:
            self.lock.release()
        self.lock, self.read_only, self.lock_holder = lock, False, None
        self.model_changed(None)
        self.refresh_bindings()  # the changing keys come back in the key bar, help and palette
        self.notify(f"You hold the lock of {self.loaded.path.name} now: decisions and saves are on.", timeout=6)
        return True

    def _conflict_resolved(self) -> None:
        changed = getattr(self, "changed", None)  # the mixin's: notify, refresh, recovery file
        if callable(changed):
            changed(None, "conflict resolved")
        else:
            self.model_changed(None)
