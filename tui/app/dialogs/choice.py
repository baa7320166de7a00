"""Small choice dialogs: confirm, save-before-quit, file changed on disk, restore unsaved work.

Each offers a few buttons, every one reachable by its own letter key (shown underlined in the
label) as well as by Tab and Enter; Esc cancels.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from .base import Dialog


class ChoiceDialog(Dialog[str]):
    """A message and a row of buttons; the answer is the chosen button's value, None on Esc.

    Subclasses set ``CHOICES`` as ``(value, label, variant)`` and bind a key per choice to
    ``choose('<value>')``; the first choice gets the focus unless ``DEFAULT`` names another.
    """

    CHOICES: tuple[tuple[str, str, str], ...] = ()
    DEFAULT: str | None = None
    #: The choice that means "not now": it answers None, like Esc.
    CANCEL: str | None = None
    TITLE_TEXT = ""
    # Left/right move between the buttons, as in most dialogs (inherited by every subclass).
    BINDINGS = [
        Binding("left", "focus_previous_button", "Previous", show=False, id="dialog.previous_button"),
        Binding("right", "focus_next_button", "Next", show=False, id="dialog.next_button"),
    ]

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__()
        self.message = message
        self.title_text = title or self.TITLE_TEXT

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog choice-dialog"):
            yield Static(self.title_text, classes="dialog--title", markup=False)
            yield Static(self.message, classes="dialog--message", markup=False)
            with Horizontal(classes="dialog--buttons"):
                for value, label, variant in self.CHOICES:
                    yield Button(label, id=f"choice-{value}", variant=variant)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        default = self.DEFAULT or (self.CHOICES[0][0] if self.CHOICES else None)
        if default is not None:
            self.query_one(f"#choice-{default}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id and event.button.id.startswith("choice-"):
            self.action_choose(event.button.id.removeprefix("choice-"))

    def action_choose(self, value: str) -> None:
        """Answer with ``value`` (None for the :attr:`CANCEL` choice)."""
        self.answer(None if value == self.CANCEL else value)

    def action_focus_previous_button(self) -> None:
        self.focus_previous(Button)

    def action_focus_next_button(self) -> None:
        self.focus_next(Button)



class ConfirmDialog(ChoiceDialog):
    """Yes or no. Answers ``"yes"``/``"no"``; :meth:`confirmed` turns the answer into a bool.

    Esc answers None (treat it as no). ``default_yes`` puts the focus on Yes, so Enter agrees.
    """

    CHOICES = (("yes", "[u]Y[/u]es", "primary"), ("no", "[u]N[/u]o", "default"))
    DEFAULT = "no"
    TITLE_TEXT = "Confirm"
    BINDINGS = [
        Binding("y", "choose('yes')", "Yes", id="confirm.yes"),
        Binding("n", "choose('no')", "No", id="confirm.no"),
    ]

    def __init__(self, message: str, *, title: str | None = None, default_yes: bool = False) -> None:
        super().__init__(message, title=title)
        if default_yes:
            self.DEFAULT = "yes"

    @staticmethod
    def confirmed(answer: str | None) -> bool:
        """True only for an explicit yes."""
        return answer == "yes"


class SaveQuitDialog(ChoiceDialog):
    """Quitting with unsaved changes: ``"save"``, ``"discard"``, or None (cancel, keep working)."""

    CHOICES = (
        ("save", "[u]S[/u]ave and quit", "primary"),
        ("discard", "[u]D[/u]iscard changes", "error"),
        ("cancel", "[u]C[/u]ancel", "default"),
    )
    TITLE_TEXT = "Unsaved changes"
    CANCEL = "cancel"
    BINDINGS = [
        Binding("s", "choose('save')", "Save", id="save_quit.save"),
        Binding("d", "choose('discard')", "Discard", id="save_quit.discard"),
        Binding("c", "cancel", "Cancel", id="save_quit.cancel"),
    ]

    def __init__(self, path: Path | str, count: int | None = None) -> None:
        what = f"{count} unsaved change{'s' if count != 1 else ''}" if count else "unsaved changes"
        super().__init__(f"{Path(path).name} has {what}. Save before quitting?")


class ExternalChangeDialog(ChoiceDialog):
    """The file changed on disk since it was loaded.

    Answers ``"reload"`` (drop my unsaved changes, load theirs), ``"copy"`` (save mine next to it
    as ``name.mine-<time>.yaml``, theirs stays), ``"overwrite"`` (mine replaces theirs), or None.
    """

    CHOICES = (
        ("copy", "[u]K[/u]eep mine as a copy", "primary"),
        ("reload", "[u]R[/u]eload theirs", "warning"),
        ("overwrite", "[u]O[/u]verwrite theirs", "error"),
        ("cancel", "[u]C[/u]ancel", "default"),
    )
    TITLE_TEXT = "Changed on disk"
    CANCEL = "cancel"
    BINDINGS = [
        Binding("k", "choose('copy')", "Keep mine as copy", id="external_change.copy"),
        Binding("r", "choose('reload')", "Reload", id="external_change.reload"),
        Binding("o", "choose('overwrite')", "Overwrite", id="external_change.overwrite"),
        Binding("c", "cancel", "Cancel", id="external_change.cancel"),
    ]

    def __init__(self, path: Path | str, *, deleted: bool = False) -> None:
        what = "was deleted or moved" if deleted else "was changed by someone else"
        super().__init__(
            f"{Path(path).name} {what} since you opened it.\n\n"
            "Keep mine as a copy: your version is saved next to it as a new file.\n"
            "Reload theirs: your unsaved changes are dropped.\n"
            "Overwrite theirs: their changes are lost."
        )


class RestoreDialog(ChoiceDialog):
    """A recovery file newer than the briefing exists: ``"restore"``, ``"discard"``, or None.

    None (Esc, "Later") opens the file as saved and leaves the recovery file alone for now.
    """

    CHOICES = (
        ("restore", "[u]R[/u]estore", "primary"),
        ("discard", "[u]D[/u]iscard it", "error"),
        ("later", "[u]L[/u]ater", "default"),
    )
    TITLE_TEXT = "Unsaved work found"
    CANCEL = "later"
    BINDINGS = [
        Binding("r", "choose('restore')", "Restore", id="restore.restore"),
        Binding("d", "choose('discard')", "Discard", id="restore.discard"),
        Binding("l", "cancel", "Later", id="restore.later"),
    ]

    def __init__(self, path: Path | str, saved_at: str | None = None, detail: str = "") -> None:
        when = f" from {saved_at}" if saved_at else ""
        text = (
            f"{Path(path).name} has unsaved work{when} that is newer than the file "
            "(the app was closed without saving)."
        )
        if detail:
            text += f"\n\n{detail}"
        text += "\n\nRestore it? Restored work is not saved until you press Ctrl+S."
        super().__init__(text)
