"""Pure-layer figures: open, reopen (parse cache), save and peak memory, each with its baseline.

Baselines run in the same process on the same file right next to the measured call:
``yaml.load(text, CSafeLoader)`` for open and reopen, ``yaml.dump(data, CSafeDumper)`` for save.
Memory is measured in fresh subprocesses (``ru_maxrss``), minus a subprocess that only imports
the code and reads the file, and reported as a multiple of the file size.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import yaml

ROOT = Path(__file__).resolve().parent.parent


def median_time(func: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``func`` over ``repeats`` runs (a collection before each run)."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_load(path: Path) -> object:
    """The baseline parse: the file read and loaded by libyaml's safe loader, nothing else."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def measure_open(path: Path, repeats: int) -> dict[str, float]:
    """Open (read + parse + validate + evidence checks) with the cache bypassed, and reopen."""
    from tui.core import cache
    from tui.core.store import load_briefing

    raw = median_time(lambda: raw_load(path), repeats)
    raw_nogc = median_time(lambda: _without_gc(lambda: raw_load(path)), repeats)
    cold = median_time(lambda: load_briefing(path, use_cache=False), repeats)
    cache.clear()
    load_briefing(path)  # fills the cache (a first open does this)
    warm = median_time(lambda: load_briefing(path), repeats)
    return {"raw_load": raw, "raw_load_nogc": raw_nogc, "open": cold, "reopen": warm}


def _without_gc(func: Callable[[], object]) -> object:
    """Run ``func`` with the cyclic GC paused: the baseline as fast as it can be made."""
    gc.disable()
    try:
        return func()
    finally:
        gc.enable()


def measure_save(path: Path, repeats: int) -> dict[str, float]:
    """save_briefing (dump + changed-on-disk check + atomic write with fsync) vs the raw dump."""
    from tui.core.store import load_briefing, save_briefing

    data = raw_load(path)
    loaded = load_briefing(path, use_cache=False)
    target = path.with_name(path.stem + "-saved.yaml")
    target.write_bytes(path.read_bytes())
    state = {"sha": loaded.sha256}

    def save() -> None:
        state["sha"] = save_briefing(loaded.briefing, target, expected_sha256=state["sha"])

    def raw_dump() -> None:
        yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)

    raw = median_time(raw_dump, repeats)
    raw_nogc = median_time(lambda: _without_gc(raw_dump), repeats)
    ours = median_time(save, repeats)
    target.unlink()
    return {"raw_dump": raw, "raw_dump_nogc": raw_nogc, "save": ours}


_MEMORY_PROBE = """
import json, resource, sys
from pathlib import Path
import yaml
from tui.core.store import load_briefing
path = Path(sys.argv[1]); what = sys.argv[2]
data = path.read_bytes()
if what == "open":
    load_briefing(path, use_cache=False)
elif what == "raw":
    yaml.load(data.decode("utf-8"), Loader=yaml.CSafeLoader)
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a big parent would
# report the parent's peak.
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print(json.dumps(int(line.split()[1]) * 1024))
            break
    else:
        raise OSError
except OSError:
    print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
"""


def _peak(path: Path, what: str, env: dict[str, str]) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(path), what],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    )
    return int(json.loads(out.stdout.strip().splitlines()[-1]))


def measure_memory(path: Path, env: dict[str, str]) -> dict[str, float]:
    """Peak resident memory of opening ``path`` (and of the raw parse), beyond the interpreter."""
    base = _peak(path, "none", env)
    ours = _peak(path, "open", env)
    raw = _peak(path, "raw", env)
    size = path.stat().st_size
    return {
        "file_bytes": size,
        "base_rss": base,
        "open_extra": max(ours - base, 0),
        "raw_extra": max(raw - base, 0),
    }


def isolated_env(home: Path) -> dict[str, str]:
    """Environment for subprocesses: private config/data folders, this checkout importable."""
    env = dict(os.environ)
    env["BRIEFING_CONFIG_DIR"] = str(home / "config")
    env["BRIEFING_DATA_DIR"] = str(home / "data")
    env["BRIEFING_AUTHOR"] = "bench"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def measure_all(path: Path, repeats: int, env: dict[str, str]) -> dict[str, float]:
    """Open, reopen and save of ``path`` with their baselines, in one fresh process.

    A fresh process per size keeps the comparison fair: the garbage collector's cost grows with
    every object alive in the process, and baseline and measured call share the same state.
    """
    out = subprocess.run(
        [sys.executable, "-m", "bench.core_bench", str(path), str(repeats)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=900,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1:] or "core benchmark failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    _path, _repeats = Path(sys.argv[1]), int(sys.argv[2])
    _result = measure_open(_path, _repeats)
    _result.update(measure_save(_path, _repeats))
    print(json.dumps(_result))
