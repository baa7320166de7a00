"""The review app: a thin ``App`` holding global keys, commands, themes and the keymap.

Features live in screens: the picker (:mod:`tui.app.screens.picker`), the review screen
(:mod:`tui.app.screens.review`), the error screen and the help screen. Files are read in thread
workers that only post messages (:mod:`tui.app.messages`); the handlers here push screens.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any, Iterable

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.screen import Screen
from textual.widgets import Static

from tui.app import keymap
from tui.app.commands import ActionCommands, ExportCommands, ItemCommands
from tui.app.messages import BriefingFailed, BriefingLoaded
from tui.app.settings import Settings, load_settings
from tui.app.styles_cache import CachedStylesheet
from tui.core.errors import LoadError, Problem
from tui.core.store import load_briefing


#: Files up to this size open on the event loop before the first frame (a few milliseconds);
#: larger ones load in a thread worker behind an "Opening …" line.
SYNC_OPEN_BYTES = 256 * 1024


class BriefingApp(App[int]):
    """Open one briefing for review, or the picker over a folder of briefings."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    BINDINGS = keymap.APP_BINDINGS
    COMMANDS = App.COMMANDS | {ItemCommands, ActionCommands, ExportCommands}
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        directory: Path | str = "briefings",
        settings: Settings | None = None,
        settings_problems: Iterable[str] = (),
    ) -> None:
        if settings is None:
            settings, found = load_settings()
            settings_problems = [*settings_problems, *found]
        self.settings = settings
        self.settings_problems = list(settings_problems)
        super().__init__()
        # Parsed CSS is read back from the cache folder instead of parsed again (issue 8).
        self.stylesheet = CachedStylesheet(variables=self.get_css_variables())
        self.path = Path(path) if path is not None else None
        #: Set when the app stopped on an internal error: the line the command prints.
        self.crash_message: str | None = None
        self.directory = Path(directory)
        #: What reading a small file at start gave (see get_default_screen), or None.
        self._opened_at_start: BriefingLoaded | BriefingFailed | None = None

    def run(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Run the app with the cyclic collector paused until the first frame.

        Starting up (parsing styles, composing and drawing the first screen) allocates
        thousands of long-lived objects, and the collector's passes over them were about 25 ms
        of the first frame (issue 8). :meth:`_resume_collector` switches it back on once the
        first frame is drawn; the review screen then freezes what it built.
        """
        self._collector_paused = gc.isenabled()
        gc.disable()
        try:
            return super().run(*args, **kwargs)
        finally:
            self._resume_collector()
            self._save_styles()

    def _save_styles(self) -> None:
        stylesheet = self.stylesheet
        if isinstance(stylesheet, CachedStylesheet):
            stylesheet.save()

    def _resume_collector(self) -> None:
        if getattr(self, "_collector_paused", False):
            self._collector_paused = False
            gc.enable()

    def get_default_screen(self) -> Screen:
        """The review screen itself when a small file opens at once (no screen before it).

        A small briefing (see :data:`SYNC_OPEN_BYTES`) is read right here, before anything is
        drawn, and its review screen (or the error screen) is the base of the screen stack:
        the first frame is the review screen, with no "Opening …" screen composed, styled and
        replaced first (issue 8). Larger files, and the picker, start on the default screen.
        """
        if self.path is not None and self._is_small(self.path):
            opened: list[Any] = []
            self._read(self.path, opened.append, opened.append)
            self._opened_at_start = opened[0]
            if isinstance(opened[0], BriefingLoaded):
                return self._review_screen(opened[0])
            from tui.app.screens.error import ErrorScreen

            return ErrorScreen(opened[0].error)
        return super().get_default_screen()

    def compose(self) -> ComposeResult:
        if self._opened_at_start is not None:
            return  # the review (or error) screen is the default screen: nothing to add
        what = f"Opening {self.path} …" if self.path is not None else f"Reading {self.directory}/ …"
        yield Static(what, id="loading")

    def on_mount(self) -> None:
        # After the first frame: the "Opening …" line before a large file loads, else the
        # review screen (a small file is open by then, see SYNC_OPEN_BYTES).
        self.call_after_refresh(self._resume_collector)
        try:
            self.theme = self.settings.textual_theme
        except Exception:  # an unknown theme name: keep the default, say so
            self.settings_problems.append(f"unknown theme {self.settings.theme!r}; using dark")
        self._apply_keymap()
        for problem in self.settings_problems:
            self.notify(problem, severity="warning", timeout=8)
        if isinstance(self._opened_at_start, BriefingLoaded):
            self._say_if_read_only(self._opened_at_start)
        elif self._opened_at_start is not None:
            pass  # the error screen says it all
        elif self.path is not None:
            self.open_briefing(self.path)
        else:
            from tui.app.screens.picker import PickerScreen

            self.push_screen(PickerScreen(self.directory))

    def _apply_keymap(self) -> None:
        wanted = dict(self.settings.keymap)
        # all_ids() imports the dialogs to read their bindings: only worth it with a keymap.
        unknown = sorted(set(wanted) - keymap.all_ids()) if wanted else []
        for binding_id in unknown:
            self.notify(f"keymap: no binding has the id {binding_id!r} (see docs/keys.md)", severity="warning")
            del wanted[binding_id]
        for group in keymap.SIMULTANEOUS:
            for clash in keymap.clashes(group, wanted):
                self.notify(f"keymap: key {clash}", severity="warning", timeout=8)
        self.set_keymap(wanted)

    # -- opening files -------------------------------------------------------------------

    def open_briefing(self, path: Path | str) -> None:
        """Load ``path`` (small files at once, larger ones in a thread worker); the review screen
        (or the error screen) follows."""
        self._load(Path(path))

    @staticmethod
    def _is_small(path: Path) -> bool:
        try:
            return path.stat().st_size <= SYNC_OPEN_BYTES
        except OSError:
            return True  # the loader reports the problem

    def _load(self, path: Path) -> None:
        if self._is_small(path):
            self._read(path, self._loaded, self._failed)
        else:
            self._load_in_thread(path)

    @work(thread=True, exclusive=True, group="load")
    def _load_in_thread(self, path: Path) -> None:
        self._read(path, self.post_message, self.post_message)

    def _read(self, path: Path, loaded_to, failed_to) -> None:
        """Load ``path``; hand a BriefingLoaded to ``loaded_to`` or a BriefingFailed to ``failed_to``."""
        try:
            loaded = load_briefing(path)
        except LoadError as error:
            failed_to(BriefingFailed(error))
        except Exception as exc:  # never a traceback in the analyst's face
            failed_to(BriefingFailed(LoadError(str(path), [Problem(f"cannot open: {exc}")])))
        else:
            from tui.core.lock import try_acquire
            from tui.core.yamlio import clean_stale_temporaries

            lock, holder = try_acquire(path)
            if lock is not None:  # ours now: temporaries of an interrupted earlier save go
                clean_stale_temporaries(path, older_than=10)
            loaded_to(BriefingLoaded(loaded, lock, holder))

    @on(BriefingLoaded)
    def _loaded(self, message: BriefingLoaded) -> None:
        screen = self._review_screen(message)
        self._say_if_read_only(message)
        self.push_screen(screen)

    def _review_screen(self, message: BriefingLoaded) -> Screen:
        from tui.app.screens.review import ReviewScreen

        screen = ReviewScreen(message.loaded, self.settings)
        screen.lock = message.lock
        if message.holder is not None:
            screen.read_only = True
            screen.lock_holder = message.holder
        return screen

    def _say_if_read_only(self, message: BriefingLoaded) -> None:
        if message.holder is not None:
            self.notify(
                f"{message.loaded.path} is {message.holder.describe()}: opened read-only "
                "(no decision or save until that instance closes it; L takes the lock over).",
                title="Open elsewhere",
                severity="warning",
                timeout=12,
            )

    @on(BriefingFailed)
    def _failed(self, message: BriefingFailed) -> None:
        from tui.app.screens.error import ErrorScreen

        self.push_screen(ErrorScreen(message.error))

    # -- global actions ------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from tui.app.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Quit (q, ctrl+q): never past unsaved work without asking.

        Textual's own ctrl+q is a priority binding that reaches the app even over the review
        screen's ``q``; it comes here too, and a review screen with unsaved changes asks
        save / discard / cancel first (or, under a dialog, says how to quit).
        """
        for screen in reversed(self.screen_stack):
            is_dirty = getattr(screen, "is_dirty", None)
            if callable(is_dirty) and is_dirty():
                if screen is self.screen:
                    screen.action_quit()
                else:
                    self.notify(
                        "Unsaved changes: close this dialog, then save (ctrl+s) or quit with q.",
                        severity="warning",
                    )
                return
        self.exit()

    def _handle_exception(self, error: Exception) -> None:
        """An unhandled exception: keep unsaved work, write a crash report, exit with one line.

        Replaces Textual's default (a traceback with locals printed after the terminal is
        restored): :mod:`tui.app.crash` writes recovery files and the report, and the
        command prints :attr:`crash_message` instead.
        """
        from tui.app.crash import handle_crash

        try:
            self.crash_message = handle_crash(list(self.screen_stack), error)
        except Exception:  # pragma: no cover - the handler is defensive; fall back to Textual
            return super()._handle_exception(error)
        self._return_code = 3
        if self._exception is None:  # Pilot re-raises it at the end of run_test
            self._exception = error
            self._exception_event.set()
        self._close_messages_no_wait()

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme != "textual-light" else "textual-dark"

    def get_system_commands(self, screen):  # type: ignore[override]
        yield from super().get_system_commands(screen)
        yield SystemCommand("view: light / dark theme", "Switch between the light and dark themes", self.action_toggle_theme)
