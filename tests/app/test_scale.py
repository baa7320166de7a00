"""Scale: a 10,000-item briefing opens, and a keypress does work bounded by the screen, not
by the briefing (rows drawn, source lines re-highlighted, progress recount)."""

from __future__ import annotations

import time
from pathlib import Path

from tui.app.screens.review import ReviewScreen
from tui.app.widgets.source import SourceView

from .conftest import make_app, make_big_briefing, wait_for_screen

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


async def test_ten_thousand_items_open_and_keys_do_bounded_work(tmp_path):
    path = make_big_briefing(tmp_path, 10_000)
    started = time.perf_counter()
    async with make_app(path).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen, tries=400)
        opened = time.perf_counter() - started
        assert opened < 30, f"opening took {opened:.1f}s"
        actors = screen.item_list("actors")
        assert actors.row_count == 3334

        described: list[str] = []
        original = actors.describe

        def counting(item_id: str):
            described.append(item_id)
            return original(item_id)

        actors.describe = counting
        source = screen.query_one(SourceView)
        rebuilt: list[int] = []
        original_rebuild = source._rebuild_lines

        def counting_rebuild(rows):
            rows = list(rows)
            rebuilt.append(len(rows))
            return original_rebuild(rows)

        source._rebuild_lines = counting_rebuild

        await pilot.press("j", "j", "G", "g", "pagedown")
        assert screen.highlighted()[0] == "actors"
        # Rows drawn: the visible ones at most per move, never the whole list.
        assert 0 < len(described) < 5 * actors.size.height
        # Source highlighting: only the lines of the old and new item's evidence.
        assert rebuilt and max(rebuilt) <= 4

        # A status change recounts progress incrementally and redraws one row.
        described.clear()
        item_id = screen.highlighted()[1]
        screen.editor.set_status(item_id, "accepted")
        screen.model_changed(item_id)
        await pilot.pause()
        assert screen.header.reviewed == 1 and screen.header.total == 10_000
        assert len(described) <= 3

        # Filtering 3,334 rows as you type is still one pass per key.
        await pilot.press("slash", "0", "9", "9", "9", "9")
        assert actors.ids == ["actor-9999"]


async def test_the_heap_is_frozen_after_the_first_frame(briefing_file):
    """The key-p99 fix: what the review screen built is moved out of the cyclic collector's
    reach once it has drawn (docs/benchmarks.md), and the collector stays enabled."""
    import gc

    gc.unfreeze()
    try:
        async with make_app(briefing_file).run_test(size=(120, 40)) as pilot:
            await wait_for_screen(pilot, ReviewScreen)
            await pilot.pause(0.1)
            assert gc.get_freeze_count() > 0
            assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_fold_long_lines_keeps_every_offset():
    from tui.app.widgets.source import fold_long_lines

    text = ("word " * 700) + "\nshort line\n" + ("x" * 2500) + " tail" + " more" * 300
    folded = fold_long_lines(text, 1000)
    assert len(folded) == len(text)
    assert all(a == b or (a, b) == (" ", "\n") for a, b in zip(text, folded))
    assert [len(line) for line in folded.splitlines()] == [999, 999, 999, 500, 10, 2500, 999, 504]
    assert fold_long_lines("short\ntext", 1000) == "short\ntext"


async def test_a_source_on_one_long_line_is_shown_folded_with_the_same_offsets(tmp_path):
    """Scraped text often has no line break at all: the pane folds it (Textual re-divided a
    170 KB line on every drawn row, 0.8 s a keypress), and selections still mean the same text."""
    import hashlib

    from tui.app.widgets.source import FOLD
    from tui.core.store import save_briefing
    from tui.generate.engine import get_engine
    from tui.generate.extract import make_briefing

    seed = (SEEDS / "000_d4146e07ab737f61.txt").read_text(encoding="utf-8")
    text = seed.replace("\n\n", " ") * 20  # one line of about 85 KB
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    briefing = make_briefing(text, source_path="long.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                             engine=get_engine("rules"))
    path = tmp_path / "long.yaml"
    save_briefing(briefing, path, expected_sha256=None)
    async with make_app(path).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen)
        source = screen.query_one(SourceView)
        lines = source.lines
        assert len(lines) > len(text) // FOLD and max(len(line) for line in lines) <= FOLD
        span = max((s for _, item in briefing.iter_items() for s in item.evidence), key=lambda s: s.start)
        assert span.start > 2 * FOLD  # on a folded part of the line
        source.select_span((span.start, span.end))
        start, end = screen.source_selection()
        assert text[start:end] == span.quote
        await pilot.press("j", "j")
        assert screen.highlighted()[1] == briefing.actors[2].id


async def test_an_accept_redraws_no_scrollbar_and_no_source_line_it_did_not_change(tmp_path):
    """Issue 8, key response: an edit that changes the detail pane's height (a layout pass)
    must not redraw every list's scrollbar, nor the source when the evidence is the same.
    Scrollbars still follow a change of content (a filter shrinks the list)."""
    path = make_big_briefing(tmp_path, 1_000)
    async with make_app(path, auto_advance=False).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_screen(pilot, ReviewScreen, tries=400)
        await pilot.press("2")
        await pilot.pause(0.2)
        actors = screen.item_list("actors")
        source = screen.query_one(SourceView)
        bars = [screen.item_list(name).vertical_scrollbar for name in ("actors", "assets")]
        bars.append(source.vertical_scrollbar)
        refreshed: list[object] = []
        for bar in bars:
            original = bar.refresh

            def counting(*args, _bar=bar, _original=original, **kwargs):
                refreshed.append(_bar)
                return _original(*args, **kwargs)

            bar.refresh = counting
        rebuilt: list[int] = []
        original_rebuild = source._rebuild_lines
        source._rebuild_lines = lambda rows: rebuilt.append(1) or original_rebuild(rows)

        item_id = screen.highlighted()[1]
        await pilot.press("a")
        await pilot.pause(0.2)
        assert screen.editor.item(item_id).review.status == "accepted"
        assert screen.highlighted()[1] == item_id  # auto-advance off: same item, same evidence
        assert refreshed == []
        assert rebuilt == []

        # A filter changes the list's content: its scrollbar must follow.
        before = actors.row_count
        await pilot.press("slash", "1")
        await pilot.pause(0.2)
        assert actors.size.height < actors.row_count < before
        assert actors.vertical_scrollbar.window_virtual_size == actors.row_count
        await pilot.press("9", "9")
        await pilot.pause(0.2)
        assert actors.row_count < actors.size.height
        assert not actors.show_vertical_scrollbar
