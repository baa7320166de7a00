"""Guards for the performance measures of the core (issue 8), asserted on behaviour, not time."""

from __future__ import annotations

import gc
from pathlib import Path

from tui.core import store


def test_gc_stays_enabled_after_a_failed_load(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: [\n", encoding="utf-8")
    try:
        store.load_briefing(bad)
    except store.LoadError:
        pass
    assert gc.isenabled()


def test_loading_leaves_the_collector_enabled_and_nothing_frozen(tmp_path: Path) -> None:
    """The core pauses the collector only while it builds objects; freezing the heap is the
    app's decision (after its first frame), never a side effect of a library call."""
    from bench import synth

    path = synth.write(tmp_path, 300)
    gc.unfreeze()
    try:
        store.load_briefing(path, use_cache=False)
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
