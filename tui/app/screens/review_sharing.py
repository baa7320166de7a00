"""What joins a briefing from the team and leaves it for other tools: merge conflicts and export.

A mixin of :class:`~tui.app.screens.review.ReviewScreen` (which provides ``loaded``, ``editor``,
``model_changed`` and ``_conflicts_pending``): ``C`` lists the conflicts a ``briefing merge``
recorded, ``P`` opens the command palette on the export commands.
"""

from __future__ import annotations

from typing import Any


class SharingActions:
    """Conflict resolution and export actions of the review screen."""

    loaded: Any
    editor: Any
    app: Any
    _conflicts_pending: bool

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

    def _conflict_resolved(self) -> None:
        changed = getattr(self, "changed", None)  # the mixin's: notify, refresh, recovery file
        if callable(changed):
            changed(None, "conflict resolved")
        else:
            self.model_changed(None)
