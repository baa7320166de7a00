"""Guards for the performance measures of the core (issue 8), asserted on behaviour, not time."""

from __future__ import annotations

import gc
from pathlib import Path

from bench import synth
from tui.core import store


def test_big_briefing_is_frozen_out_of_the_cyclic_gc(tmp_path: Path, monkeypatch) -> None:
    """Opening a big file moves its objects out of the collector's sight (the key-p99 fix),
    and leaves the collector enabled; a small file does not touch the frozen generation."""
    path = synth.write(tmp_path, 300)
    monkeypatch.setattr(store, "FREEZE_BYTES", path.stat().st_size)
    gc.unfreeze()
    try:
        small = store.load_briefing(path, use_cache=False)
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        monkeypatch.setattr(store, "FREEZE_BYTES", path.stat().st_size + 1)
        gc.unfreeze()
        again = store.load_briefing(path, use_cache=False)
        assert gc.get_freeze_count() == 0
        assert again.briefing == small.briefing
        assert frozen >= len(again.briefing.actors)
    finally:
        gc.unfreeze()


def test_gc_stays_enabled_after_a_failed_load(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: [\n", encoding="utf-8")
    try:
        store.load_briefing(bad)
    except store.LoadError:
        pass
    assert gc.isenabled()
