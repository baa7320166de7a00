"""The command palette exports the open briefing, unsaved edits included, next to its file."""

from __future__ import annotations

import json

import pytest

from tui.app.screens.review import ReviewScreen

from .conftest import make_app, wait_for_screen
from .test_screens import type_in_palette


async def _export(pilot, title: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause(0.2)
    await type_in_palette(pilot, title)
    await pilot.press("enter")
    for _ in range(100):  # the export runs in a thread worker
        await pilot.pause(0.05)
        if not [w for w in pilot.app.screen.workers if w.group == "export" and not w.is_finished]:
            break


@pytest.mark.parametrize("fmt, title, suffix", [("html", "export: HTML report", ".html"), ("json", "export: JSON", ".json")])
async def test_palette_exports_the_briefing_with_unsaved_edits(briefing_file, fmt, title, suffix):
    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        first_actor = screen.loaded.briefing.actors[0]
        screen.editor.set_status(first_actor.id, "accepted")  # not saved: the export must carry it
        await _export(pilot, title)
        out = briefing_file.with_name(briefing_file.stem + suffix)
        assert out.exists(), "the export file was not written next to the briefing"
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            data = json.loads(text)
            actor = next(a for a in data["actors"] if a["id"] == first_actor.id)
            assert actor["review"]["status"] == "accepted"
        else:
            assert text.lstrip().lower().startswith("<!doctype html")
            assert first_actor.name in text
        assert screen.is_dirty()  # exporting is not saving


async def test_P_opens_the_palette_on_the_export_commands(briefing_file):
    from textual.command import CommandPalette
    from textual.widgets import Input

    async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
        await wait_for_screen(pilot, ReviewScreen)
        await pilot.press("P")
        await pilot.pause(0.3)
        palette = pilot.app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).value == "export: "
        for _ in range(40):
            await pilot.pause(0.05)
            if palette.query_one("CommandList").option_count >= 5:
                break
        assert palette.query_one("CommandList").option_count == 5  # one per format

