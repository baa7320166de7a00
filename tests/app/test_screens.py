"""Pilot tests of the picker, help, palette, error screen and key remapping."""

from __future__ import annotations

import os

from tui.app.app import BriefingApp
from tui.app.screens.error import ErrorScreen
from tui.app.screens.help import HelpScreen
from tui.app.screens.picker import PickerScreen
from tui.app.screens.review import ReviewScreen
from tui.app.widgets.item_list import ItemList
from tui.core.store import dump_briefing, load_briefing

from .conftest import FIXED_MTIME, make_app, wait_for_screen

KHMEIMIM = "asset-khmeimim"


def make_folder(briefing_file):
    """The seed, a second briefing (other title, older date, half reviewed) and a broken file."""
    folder = briefing_file.parent
    loaded = load_briefing(briefing_file)
    other = loaded.briefing
    other.source.title = "Another look at Tartus"
    other.source.date = "2024-01-02"
    for actor in other.actors[:5]:
        actor.review.status = "accepted"
    (folder / "other.yaml").write_text(dump_briefing(other), encoding="utf-8")
    (folder / "broken.yaml").write_text("schema_version: 1\nsource: [unclosed\n", encoding="utf-8")
    for index, name in enumerate(["seed.yaml", "other.yaml", "broken.yaml"]):
        os.utime(folder / name, (FIXED_MTIME + index, FIXED_MTIME + index))
    return folder


async def test_picker_lists_sorts_filters_and_opens(briefing_file):
    folder = make_folder(briefing_file)
    async with make_app(None, directory=folder).run_test(size=(120, 30)) as pilot:
        picker = await wait_for_screen(pilot, PickerScreen)
        for _ in range(50):
            if picker.entries:
                break
            await pilot.pause(0.05)
        names = [e.path.name for e in picker.shown]
        # Sorted by title: "Another look…" < "broken.yaml" (a broken file shows its name) < "Vladimir…".
        assert names == ["other.yaml", "broken.yaml", "seed.yaml"]
        by_name = {e.path.name: e for e in picker.entries}
        assert by_name["seed.yaml"].actors == 13 and by_name["seed.yaml"].reviewed == 0
        assert by_name["other.yaml"].reviewed == 5
        assert not by_name["broken.yaml"].valid
        await pilot.press("s")  # by date
        assert picker.shown[-1].path.name == "seed.yaml"
        assert picker.shown[-2].path.name == "other.yaml"
        await pilot.press("s")  # by progress
        assert picker.shown[-1].path.name == "other.yaml"
        await pilot.press("S")  # reversed
        assert picker.shown[0].path.name == "other.yaml"
        await pilot.press("slash", "t", "a", "r", "t")
        assert [e.path.name for e in picker.shown] == ["other.yaml"]
        await pilot.press("enter")
        assert picker.selected_path.name == "other.yaml"
        await pilot.press("enter")
        review = await wait_for_screen(pilot, ReviewScreen)
        assert review.loaded.path.name == "other.yaml"
        assert review.header.reviewed == 5


async def test_picker_opens_error_screen_for_a_broken_file_and_back(briefing_file):
    folder = make_folder(briefing_file)
    async with make_app(None, directory=folder).run_test(size=(120, 30)) as pilot:
        picker = await wait_for_screen(pilot, PickerScreen)
        await pilot.press("slash", "b", "r", "o", "enter", "enter")
        error = await wait_for_screen(pilot, ErrorScreen)
        assert error.lines and all(line.startswith(str(folder / "broken.yaml")) for line in error.lines)
        await pilot.press("escape")
        assert pilot.app.screen is picker


async def test_error_screen_lists_problems_with_positions(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\nsource:\n  path: x.txt\nactors:\n  - id: a\n    name: [1, 2]\n", encoding="utf-8"
    )
    async with make_app(bad).run_test(size=(100, 30)) as pilot:
        screen = await wait_for_screen(pilot, ErrorScreen)
        assert screen.lines
        assert any(line.startswith(f"{bad}:") and ": error: " in line for line in screen.lines)
        shown = str(screen.query_one("#error-lines").visual)
        assert screen.lines[0] in shown


async def test_help_lists_the_current_screens_bindings(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, ReviewScreen)
        await pilot.press("question_mark")
        help_screen = await wait_for_screen(pilot, HelpScreen)
        ids = {row[3] for row in help_screen.rows}
        assert {"pane.filter", "filter.clear", "pane.next_evidence", "nav.down", "app.help", "pane.source"} <= ids
        assert "picker.sort" not in ids  # another screen's key
        keys = {row[3]: row[1] for row in help_screen.rows}
        assert keys["pane.filter"] == "/" and keys["nav.down"] == "j / down"
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ReviewScreen)


async def type_in_palette(pilot, text: str) -> None:
    """Put ``text`` in the palette's search box at once (one search instead of one per key)."""
    from textual.command import CommandPalette
    from textual.widgets import Input

    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(Input).value = text
    for _ in range(40):  # the palette searches in the background; wait for a hit
        await pilot.pause(0.05)
        if palette.query_one("CommandList").option_count:
            break
    await pilot.pause(0.2)


async def test_palette_jumps_to_an_item_by_name(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await type_in_palette(pilot, "khmeimim air")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert pilot.app.screen is screen
        assert screen.highlighted() == ("assets", KHMEIMIM)
        assert isinstance(pilot.app.focused, ItemList) and pilot.app.focused.list_name == "assets"


async def test_palette_runs_an_action(briefing_file):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await type_in_palette(pilot, "view: go to source")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert pilot.app.screen is screen
        assert pilot.app.focused is screen.source


async def test_keys_are_remapped_from_the_config_file(briefing_file, tmp_path, monkeypatch):
    config = tmp_path / "my-config.toml"
    config.write_text(
        'author = "Remapped Analyst"\n[keymap]\n"pane.assets" = "f3"\n"nav.down" = "ctrl+n"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFING_CONFIG_FILE", str(config))
    app = BriefingApp(briefing_file)
    assert app.settings.author == "Remapped Analyst"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        assert screen.editor.author == "Remapped Analyst"
        await pilot.press("3")  # no longer bound
        assert pilot.app.focused.list_name == "actors"
        await pilot.press("f3")
        assert pilot.app.focused.list_name == "assets"
        await pilot.press("ctrl+n")
        assert pilot.app.focused.cursor == 1
        await pilot.press("j")  # the old key is gone
        assert pilot.app.focused.cursor == 1
        await pilot.press("question_mark")
        help_screen = await wait_for_screen(pilot, HelpScreen)
        keys = {row[3]: row[1] for row in help_screen.rows}
        assert keys["pane.assets"] == "f3"


def test_bad_config_gives_one_line_messages(tmp_path):
    from tui.app.settings import load_settings

    config = tmp_path / "c.toml"
    config.write_text("auto_advance = 3\ncolour = 1\n[keymap]\n\"item.accept\" = 5\n", encoding="utf-8")
    settings, problems = load_settings(config)
    assert settings.auto_advance is True
    assert len(problems) == 3 and all(p.startswith(str(config)) and "\n" not in p for p in problems)
    config.write_text("author = [", encoding="utf-8")
    settings, problems = load_settings(config)
    assert len(problems) == 1 and "invalid TOML" in problems[0]


def test_fixture_is_the_unreviewed_seed(briefing_file):
    # Snapshots and counts above depend on this frozen copy of the seed briefing.
    briefing = load_briefing(briefing_file).briefing
    assert briefing.progress() == (0, 28)
    assert briefing.get(KHMEIMIM).name == "Khmeimim Air Base"


async def test_unknown_ids_and_clashing_keys_in_the_config_are_reported(briefing_file, tmp_path, monkeypatch):
    config = tmp_path / "c.toml"
    config.write_text('[keymap]\n"no.such" = "z"\n"item.accept" = "x"\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CONFIG_FILE", str(config))
    async with BriefingApp(briefing_file).run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, ReviewScreen)
        messages = [n.message for n in pilot.app._notifications]
        assert any("'no.such'" in m for m in messages)
        assert any(m.startswith("keymap: key x:") and "item.accept" in m for m in messages)


async def test_action_palette_offers_only_the_current_screens_actions(briefing_file):
    from textual.command import CommandPalette

    from tui.app.commands import ActionCommands

    folder = make_folder(briefing_file)
    async with make_app(None, directory=folder).run_test(size=(120, 30)) as pilot:
        picker = await wait_for_screen(pilot, PickerScreen)
        titles = [title for title, *_ in ActionCommands(picker)._actions()]
        assert "picker: sort" in titles and "app: help" in titles
        assert not any(t.startswith(("view:", "item:", "file:")) for t in titles)
        await pilot.press("enter")
        review = await wait_for_screen(pilot, ReviewScreen)
        titles = [title for title, *_ in ActionCommands(review)._actions()]
        assert "view: go to source text" in titles and "view: filter" in titles
        assert not any(t.startswith("picker:") for t in titles)
        assert not isinstance(pilot.app.screen, CommandPalette)


async def test_clicking_a_key_in_the_key_bar_presses_it(briefing_file):
    from tui.app.widgets.keybar import KeyBar

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        bar = screen.query_one(KeyBar)
        assert "? Help" in bar.text
        start, _, key = next(span for span in bar._spans if span[2] == "question_mark")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await wait_for_screen(pilot, HelpScreen)


async def test_large_files_load_in_a_worker_small_ones_before_the_first_frame(briefing_file, tmp_path, monkeypatch):
    """Both ways of opening give the same screens: small files on the event loop, where the
    review (or error) screen is the base of the stack -- no "Opening …" screen is composed,
    styled and replaced first (issue 8) --, larger ones in a thread worker behind the
    "Opening …" line (the UI stays live)."""
    import threading

    import tui.app.app as app_module

    threads: list[bool] = []

    def spy(path, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return load_briefing(path, *args, **kwargs)

    monkeypatch.setattr(app_module, "load_briefing", spy)
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nsource: [unclosed\n", encoding="utf-8")
    for limit, on_main_thread in ((10**9, True), (0, False)):
        monkeypatch.setattr(app_module, "SYNC_OPEN_BYTES", limit)
        threads.clear()
        async with make_app(briefing_file).run_test(size=(100, 30)) as pilot:
            review = await wait_for_screen(pilot, ReviewScreen)
            assert len(review.editor.briefing.actors) == len(load_briefing(briefing_file).briefing.actors)
            stack = pilot.app.screen_stack
            assert len(stack) == (1 if on_main_thread else 2)
            assert len(pilot.app.query("#loading")) == (0 if on_main_thread else 1)
        assert threads == [on_main_thread]
        async with make_app(bad).run_test(size=(100, 30)) as pilot:
            error = await wait_for_screen(pilot, ErrorScreen)
            assert error.lines[0].startswith(f"{bad}:3:1: error: YAML syntax error")
            assert len(pilot.app.screen_stack) == (1 if on_main_thread else 2)
