"""A process killed with SIGKILL in the middle of save_briefing leaves the old file intact.

A child process saves two versions of a large briefing in turn, as fast as it can; the test
kills it at random moments, and once at a chosen moment (after the temporary file is written,
before the rename). Every time the file must load and equal one of the two versions, and
``clean_stale_temporaries`` must leave no temporary file behind.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tui.core.model import Briefing
from tui.core.store import dump_briefing, load_briefing, save_briefing
from tui.core.yamlio import clean_stale_temporaries

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

_ROOT = Path(__file__).resolve().parents[2]

#: Builds the two versions; run both here and in the child, so they agree byte for byte.
_MAKE = textwrap.dedent(
    """
    from tui.core.model import Actor, Asset, Briefing, Generator, Source, Span, Summary

    def make(version: str, size: int) -> Briefing:
        actors = [
            Actor(id=f"actor-{i}", name=f"Actor {i} ({version})", kind="person",
                  aliases=[f"A{i}", "Ä\\u200f" + version], role="line one\\nline two " + version,
                  evidence=[Span(i, i + 5, "q" * 5)])
            for i in range(size)
        ]
        assets = [Asset(id=f"asset-{i}", name=f"Asset {i}", owner=f"actor-{i}", quantity=i) for i in range(size // 2)]
        return Briefing(source=Source(path="src.txt"), generator=Generator(name=version),
                        summary=Summary(text=f"version {version}\\n" * 3), actors=actors, assets=assets)
    """
)
namespace: dict = {}
exec(_MAKE, namespace)  # noqa: S102 - our own constant code, shared with the child
make = namespace["make"]

SIZE = 800  # about 0.15 s per save here: random kills land inside saves

_CHILD = _MAKE + textwrap.dedent(
    """
    import os, sys
    from tui.core import yamlio
    from tui.core.store import save_briefing
    target, size, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    versions = [make("old", size), make("new", size)]
    if mode == "pause-before-rename":
        real_fsync = os.fsync
        def fsync_then_wait(fd):
            real_fsync(fd)
            if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).endswith(".tmp"):
                print("temp-written", flush=True)
                sys.stdin.readline()  # wait here until killed
        yamlio.os.fsync = fsync_then_wait
        save_briefing(versions[1], target, force=True)
        raise SystemExit("not killed")
    print("saving", flush=True)
    n = 0
    while True:
        save_briefing(versions[n % 2], target, force=True)
        n += 1
    """
)


def _start(target: Path, mode: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target), str(SIZE), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)  # this child only, by its pid
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Briefing, Briefing]:
    target = tmp_path / "big.yaml"
    old, new = make("old", SIZE), make("new", SIZE)
    save_briefing(old, target)
    return target, old, new


def _assert_intact(target: Path, old: Briefing, new: Briefing) -> None:
    loaded = load_briefing(target, load_source=False)
    assert loaded.briefing in (old, new)
    assert target.read_text(encoding="utf-8") in (dump_briefing(old), dump_briefing(new))
    clean_stale_temporaries(target)
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_random_sigkills_during_repeated_saves_never_corrupt_the_file(versions) -> None:
    target, old, new = versions
    rng = random.Random(20261125)
    for _ in range(4):
        proc = _start(target, "loop")
        assert proc.stdout.readline().strip() == "saving"
        time.sleep(rng.uniform(0.05, 0.35))
        _kill(proc)
        _assert_intact(target, old, new)


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to spot the temp file")
def test_sigkill_after_temp_written_before_rename_keeps_the_old_file(versions) -> None:
    target, old, new = versions
    before = target.read_bytes()
    proc = _start(target, "pause-before-rename")
    assert proc.stdout.readline().strip() == "temp-written"
    temps = list(target.parent.glob(f".{target.name}.*.tmp"))
    assert len(temps) == 1 and temps[0].read_text(encoding="utf-8") == dump_briefing(new)
    _kill(proc)
    assert target.read_bytes() == before  # the old version, untouched
    assert load_briefing(target, load_source=False).briefing == old
    assert clean_stale_temporaries(target) == temps
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
