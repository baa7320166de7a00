"""The parse cache behind load_briefing: hits, misses, corrupt and foreign entries."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from tui.core import cache, store
from tui.core.store import load_briefing


@pytest.fixture(autouse=True)
def _cache_on(monkeypatch) -> None:
    # The seed's briefing (16 KB) is cached as it is: every size is (cache.MIN_BYTES is 0).
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)


def _count_parses(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = store.parse_briefing_text

    def counting(text, file):
        calls.append(file)
        return real(text, file)

    monkeypatch.setattr(store, "parse_briefing_text", counting)
    return calls


def test_reopen_unchanged_file_hits_the_cache(seed_briefing: Path, monkeypatch) -> None:
    calls = _count_parses(monkeypatch)
    first = load_briefing(seed_briefing)
    second = load_briefing(seed_briefing)
    assert calls == [str(seed_briefing)]
    assert second.briefing == first.briefing
    assert second.briefing is not first.briefing  # fresh objects: mutating one cannot leak
    assert second.sha256 == first.sha256
    assert [w.format() for w in second.warnings] == [w.format() for w in first.warnings]
    assert cache.entry_path(first.sha256).exists()


def test_mutating_a_loaded_briefing_does_not_change_the_cache(seed_briefing: Path) -> None:
    first = load_briefing(seed_briefing)
    first.briefing.actors[0].name = "changed in memory"
    assert load_briefing(seed_briefing).briefing.actors[0].name != "changed in memory"


def test_changed_file_misses(seed_briefing: Path, monkeypatch) -> None:
    calls = _count_parses(monkeypatch)
    load_briefing(seed_briefing)
    seed_briefing.write_text(seed_briefing.read_text().replace("Vladimir Putin\n", "V. Putin\n", 1))
    again = load_briefing(seed_briefing)
    assert len(calls) == 2
    assert again.briefing.actors[0].name == "V. Putin"


def test_use_cache_false_always_parses(seed_briefing: Path, monkeypatch) -> None:
    calls = _count_parses(monkeypatch)
    load_briefing(seed_briefing, use_cache=False)
    load_briefing(seed_briefing, use_cache=False)
    assert len(calls) == 2
    assert not list(cache.entry_path("x").parent.glob("*.pickle"))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"briefing-tui parse cache\n",
        b"briefing-tui parse cache\n" + b"\x80\x05garbage",
        b"briefing-tui parse cache\n" + pickle.dumps((("0.0.0", 1, "3.0"), "x", None, [])),
        pickle.dumps("no magic"),
    ],
    ids=["empty", "magic-only", "garbage", "old-version", "no-magic"],
)
def test_corrupt_or_old_entry_is_ignored_and_removed(seed_briefing: Path, monkeypatch, content: bytes) -> None:
    first = load_briefing(seed_briefing)
    entry = cache.entry_path(first.sha256)
    entry.write_bytes(content)
    calls = _count_parses(monkeypatch)
    again = load_briefing(seed_briefing)
    assert calls == [str(seed_briefing)]
    assert again.briefing == first.briefing
    # The bad entry was dropped and a good one written in its place.
    assert cache.get(first.sha256, 10**6, "f") is not None


def test_entry_for_other_content_is_not_trusted(seed_briefing: Path, monkeypatch) -> None:
    first = load_briefing(seed_briefing)
    entry = cache.entry_path(first.sha256)
    other = cache.entry_path("0" * 64)
    entry.rename(other)
    assert cache.get("0" * 64, 10**6, "f") is None  # its stored key says otherwise


def test_warnings_point_at_the_file_being_opened(seed_briefing: Path, tmp_path: Path) -> None:
    text = seed_briefing.read_text().replace("schema_version: 1\n", "schema_version: 1\nfuture_key: 1\n", 1)
    a = seed_briefing.parent / "a.yaml"
    b = seed_briefing.parent / "b.yaml"
    a.write_text(text)
    b.write_text(text)
    load_briefing(a)
    loaded_b = load_briefing(b)
    assert all(w.file == str(b) for w in loaded_b.warnings)


def test_disabled_by_environment(seed_briefing: Path, monkeypatch) -> None:
    monkeypatch.setenv(cache.DISABLE_ENV, "1")
    loaded = load_briefing(seed_briefing)
    assert not cache.entry_path(loaded.sha256).exists()


def test_unwritable_cache_folder_is_silent(seed_briefing: Path, monkeypatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(blocker))
    assert load_briefing(seed_briefing).briefing.actors
    assert load_briefing(seed_briefing).briefing.actors


def test_pruning_keeps_at_most_max_entries(seed_briefing: Path, monkeypatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    base = load_briefing(seed_briefing).briefing
    for i in range(6):
        assert cache.put(f"{i:064x}", 10**6, base, [])
    assert len(list(cache.entry_path("x").parent.glob("*.pickle"))) == 3
    assert cache.clear() == 3


def test_a_reopen_served_by_the_cache_never_imports_pyyaml(seed_briefing: Path, tmp_path: Path) -> None:
    """Issue 8: PyYAML (about 11 ms to import) loads only when a file is really parsed."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "BRIEFING_DATA_DIR": str(tmp_path / "data")}
    env.pop(cache.DISABLE_ENV, None)
    code = (
        "import sys\n"
        "from tui.core.store import load_briefing\n"
        "loaded = load_briefing(sys.argv[1])\n"
        "print(len(loaded.briefing.actors), 'yaml' in sys.modules)\n"
    )
    run = lambda: subprocess.run([sys.executable, "-c", code, str(seed_briefing)], env=env,  # noqa: E731
                                 capture_output=True, text=True, check=True).stdout.split()
    first, second = run(), run()
    assert first[1] == "True"  # a first open parses
    assert second == [first[0], "False"]  # the reopen: same briefing, no PyYAML
