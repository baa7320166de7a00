"""The start-up path of `briefing FILE` (issue 8): what it defers, and that it comes back.

Speed itself is measured by the benchmark (`python -m bench`), never by a timed test; these
tests pin the mechanisms the benchmark's first-frame figure relies on, so that a change
that breaks them (a collector left off, a dialog imported eagerly) fails here.
"""

from __future__ import annotations

import gc
import subprocess
import sys

from tui.app.screens.review import ReviewScreen

from .conftest import make_app


def test_run_pauses_the_collector_until_the_first_frame_then_resumes_it(briefing_file):
    app = make_app(briefing_file)
    seen: dict[str, bool] = {}
    real_display = app._display

    def display(screen, renderable):  # type: ignore[no-untyped-def]
        real_display(screen, renderable)
        if renderable is not None and isinstance(screen, ReviewScreen) and "first frame" not in seen:
            seen["first frame"] = gc.isenabled()
            app.call_after_refresh(lambda: app.call_after_refresh(check_then_exit))

    def check_then_exit() -> None:
        seen["after the first frame"] = gc.isenabled()
        app.exit()

    app._display = display  # type: ignore[method-assign]
    assert gc.isenabled()
    app.run(headless=True, size=(100, 30))
    assert seen == {"first frame": False, "after the first frame": True}
    assert gc.isenabled()


def test_run_turns_the_collector_back_on_when_the_app_fails_to_start(briefing_file, monkeypatch):
    app = make_app(briefing_file)

    def broken_compose():  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    monkeypatch.setattr(app, "compose", broken_compose)
    app.run(headless=True, size=(100, 30))
    assert app.crash_message is not None
    assert gc.isenabled()


def test_the_review_screen_imports_no_dialog_until_one_opens():
    code = (
        "import sys, tui.app.app, tui.app.screens.review\n"
        "print(sorted(m for m in sys.modules if m.startswith('tui.app.dialogs.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_review_screen_needs_no_text_area():
    """The source pane draws its own lines: Textual's TextArea and its document machinery (about
    10 ms of the first frame) load only with a dialog that edits text."""
    code = (
        "import sys, tui.app.app, tui.app.screens.review\n"
        "print(sorted(m for m in sys.modules if 'text_area' in m or m.startswith('textual.document')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_the_notes_list_is_mounted_with_the_first_item_that_has_notes(briefing_file):
    from .conftest import wait_for_screen

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        review = await wait_for_screen(pilot, ReviewScreen)
        assert review.detail.notes is None and not review.query("NoteList")
        item_id = review.highlighted()[1]
        review.editor.add_note(item_id, "first note")
        review.model_changed(item_id)
        await pilot.pause()
        notes = review.detail.notes
        assert notes is not None and notes.display and notes.option_count == 1
        column = list(review.detail.parent.children)  # a pane of its own, right under the detail
        assert column.index(notes) == column.index(review.detail) + 1
        assert notes.border_title == "Notes (1)"
        assert review.highlighted_note_id() == review.editor.item(item_id).review.notes[0].id


def test_the_first_frame_imports_no_recovery_module_and_compiles_no_dataclass():
    """Nothing before the first frame reads a recovery file, and the records on the start path
    are written out (each ``@dataclass`` compiles its methods at every start; issue 8)."""
    code = (
        "import sys, tui.app.app, tui.app.screens.review\n"
        "print('tui.core.recovery' in sys.modules)\n"
        "print(sorted(f'{m}.{k}' for m, mod in list(sys.modules.items()) if m.startswith('tui.app.')\n"
        "      or m.startswith('tui.core.') for k, v in vars(mod).items()\n"
        "      if isinstance(v, type) and v.__module__ == m and '__dataclass_fields__' in v.__dict__))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    recovery_loaded, dataclasses = out.stdout.strip().splitlines()
    assert recovery_loaded == "False"
    assert dataclasses == "['tui.app.settings.Settings']"  # its field metadata documents the config


async def test_a_resize_to_the_laid_out_size_is_skipped_and_a_real_one_is_not(briefing_file):
    """The app's start-up resize (same size as the first layout) does not lay out again."""
    from textual import events
    from textual.geometry import Size

    from .conftest import wait_for_screen

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        review = await wait_for_screen(pilot, ReviewScreen)
        layouts: list[Size] = []
        real = review._refresh_layout

        def counting(size=None, scroll=False):  # type: ignore[no-untyped-def]
            layouts.append(size)
            return real(size, scroll)

        review._refresh_layout = counting  # type: ignore[method-assign]
        review.post_message(events.Resize(Size(120, 40), Size(120, 40)))
        await pilot.pause()
        assert Size(120, 40) not in layouts
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert Size(100, 30) in layouts
        assert review.source.size.width < 100
