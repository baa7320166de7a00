"""App figures: cold start to the first frame (headless and in tmux) and key response.

Every figure is taken in fresh subprocesses so imports, caches and the garbage collector start
cold each time, exactly as when an analyst types ``briefing FILE``:

- *headless*: the child stamps the wall clock when Textual hands the first frame of the review
  screen (or, for the baseline, of a minimal app showing one label) to the driver;
- *tmux*: ``briefing FILE`` runs in a real terminal of a detached tmux session and the parent
  polls ``capture-pane`` until the review screen's content (or the label) is on screen;
- *keys*: inside one headless app on a briefing of N items, the time from a key event to the
  next frame the app renders (``App._display``), for down-arrow, filter keystrokes and accept.

The headless children run with ``python -c`` (the app's child is :data:`_APP_CHILD`), so both
sides import only what they need; ``python -m bench.app_bench headless FILE`` runs the app's
child by hand (e.g. under ``-X importtime``), ``... keys FILE ROUNDS`` the key figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "briefings" / "000_d4146e07ab737f61.yaml"
MINIMAL_LABEL = "bench minimal textual label"
SIZE = (120, 40)

_MINIMAL_APP = f"""
import sys, time
from textual.app import App
from textual.widgets import Label

class Minimal(App):
    def compose(self):
        yield Label({MINIMAL_LABEL!r})

if __name__ == "__main__":
    mode = sys.argv[1]
    app = Minimal()
    if mode == "headless":
        done = []
        real = app._display
        def display(screen, renderable):
            real(screen, renderable)
            if renderable is not None and not done:
                done.append(time.time())
                app.exit()
        app._display = display
        app.run(headless=True, size={SIZE!r})
        print(done[0])
    else:
        app.run()
"""


def app_available() -> bool:
    """True when the review app (tui.app) is importable in this checkout."""
    try:
        import tui.app.app  # noqa: F401
    except Exception:  # noqa: BLE001 - missing or broken: the app figures are skipped
        return False
    return True


# -- children --------------------------------------------------------------------------------


#: The app's headless child, as lean as the minimal app's: run with ``-c`` like it, so
#: neither side pays for importing this module (statistics, subprocess ...) or compiling it.
_APP_CHILD = """
import sys, time
from pathlib import Path
from tui.app.app import BriefingApp

app = BriefingApp(Path(sys.argv[1]))
done = []
real = app._display
def display(screen, renderable):
    real(screen, renderable)
    if renderable is not None and not done and type(screen).__name__ == "ReviewScreen":
        done.append(time.time())
        app.exit()
app._display = display
app.run(headless=True, size=%r)
print(done[0] if done else "nan")
""" % (SIZE,)


async def _child_keys_async(path: str, rounds: int) -> dict:
    from tui.app.app import BriefingApp

    app = BriefingApp(Path(path))
    stamps: list[float] = []
    real = app._display

    def display(screen, renderable) -> None:  # type: ignore[no-untyped-def]
        real(screen, renderable)
        if renderable is not None:
            stamps.append(time.perf_counter())

    app._display = display  # type: ignore[method-assign]
    start = time.perf_counter()
    result: dict = {}
    async with app.run_test(size=SIZE) as pilot:
        while type(app.screen).__name__ != "ReviewScreen":
            await asyncio.sleep(0.005)
        stamps.clear()
        while not stamps:  # the review screen's first frame
            await asyncio.sleep(0.001)
        result["open_to_first_frame"] = stamps[0] - start
        await pilot.pause()

        async def timed(key: str, into: list[float]) -> None:
            await pilot.pause()
            stamps.clear()
            t0 = time.perf_counter()
            await pilot.press(key)
            deadline = time.perf_counter() + 2.0
            while not stamps and time.perf_counter() < deadline:
                await asyncio.sleep(0.0005)
            if stamps:
                into.append(stamps[0] - t0)

        downs: list[float] = []
        filters: list[float] = []
        accepts: list[float] = []
        await pilot.press("2")  # the actors pane
        stop = time.perf_counter() + 90  # a slow app must not stall the whole benchmark
        for _ in range(rounds):
            if time.perf_counter() > stop:
                result["cut_short"] = True
                break
            for _ in range(5):
                await timed("down", downs)
            await timed("slash", filters)
            for char in "al":
                await timed(char, filters)
            await timed("escape", filters)
            await timed("a", accepts)
        result["down"] = downs
        result["filter"] = filters
        result["accept"] = accepts
        await pilot.press("q")
    return result


def _child_keys(path: str, rounds: int) -> None:
    print(json.dumps(asyncio.run(_child_keys_async(path, rounds))))


# -- parents ---------------------------------------------------------------------------------


def _run_child(args: list[str], env: dict[str, str], timeout: float = 300) -> str:
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(f"{args[2:4]} failed: {out.stderr.strip().splitlines()[-1:]}")
    return out.stdout.strip().splitlines()[-1]


def cold_start_headless(env: dict[str, str], repeats: int, briefing: Path = SEED) -> dict[str, float]:
    """Median seconds from spawning the process to the first frame: the app vs the minimal app."""
    app_times, base_times = [], []
    for _ in range(repeats):
        t0 = time.time()
        base_times.append(float(_run_child([sys.executable, "-c", _MINIMAL_APP, "headless"], env)) - t0)
        t0 = time.time()
        app_times.append(float(_run_child([sys.executable, "-c", _APP_CHILD, str(briefing)], env)) - t0)
    return {"app": statistics.median(app_times), "minimal": statistics.median(base_times)}


def _tmux_until(command: list[str], marker: str, env: dict[str, str], socket: str, timeout: float = 30) -> float:
    """Seconds from starting ``command`` in a fresh tmux terminal until ``marker`` is on screen."""
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    shell = " ".join(_quote(part) for part in command)
    t0 = time.perf_counter()
    subprocess.run(tmux + ["new-session", "-d", "-s", "bench", "-x", str(SIZE[0]), "-y", str(SIZE[1]), shell],
                   check=True, env=env, cwd=ROOT)
    try:
        while time.perf_counter() - t0 < timeout:
            screen = subprocess.run(tmux + ["capture-pane", "-p", "-t", "bench"], capture_output=True, text=True).stdout
            if marker in screen:
                return time.perf_counter() - t0
            time.sleep(0.005)
        raise RuntimeError(f"tmux: {marker!r} never appeared")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)
        # tmux leaves the socket file of a killed server behind: remove ours.
        folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (folder / socket).unlink(missing_ok=True)


def _quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def _review_marker(briefing: Path) -> str:
    """Text on screen only once the review screen is: the start of the first actor's name."""
    from tui.core.store import load_briefing

    loaded = load_briefing(briefing, use_cache=False)
    names = [a.name for a in loaded.briefing.actors] or [p.text for p in loaded.briefing.summary.points]
    return (names[0] if names else loaded.briefing.title)[:12]


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


def cold_start_tmux(env: dict[str, str], repeats: int, briefing: Path = SEED) -> dict[str, float]:
    """Median seconds to the first frame in a real terminal (tmux): the app vs the minimal app."""
    env = dict(env)
    env.setdefault("TERM", "xterm-256color")
    briefing_cmd = [str(Path(sys.executable).with_name("briefing"))]
    if not Path(briefing_cmd[0]).exists():
        briefing_cmd = [sys.executable, "-m", "tui.cli"]
    app_times, base_times = [], []
    marker = _review_marker(briefing)
    for i in range(repeats):
        # A fresh tmux server (socket) for every run: reusing one races with its shutdown.
        socket = f"bench-{os.getpid()}-{i}"
        base_times.append(_tmux_until([sys.executable, "-c", _MINIMAL_APP, "tty"], MINIMAL_LABEL, env, socket + "m"))
        app_times.append(_tmux_until(briefing_cmd + [str(briefing)], marker, env, socket + "a"))
    return {"app": statistics.median(app_times), "minimal": statistics.median(base_times)}


def key_response(path: Path, env: dict[str, str], rounds: int) -> dict:
    """Key latencies (seconds) in one headless app on ``path``, plus its open-to-first-frame."""
    raw = _run_child([sys.executable, "-m", "bench.app_bench", "keys", str(path), str(rounds)], env, timeout=600)
    return json.loads(raw)


if __name__ == "__main__":
    if sys.argv[1] == "headless":  # the same child by hand: python -m bench.app_bench headless FILE
        sys.argv = sys.argv[1:]
        exec(_APP_CHILD)
    elif sys.argv[1] == "keys":
        _child_keys(sys.argv[2], int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {sys.argv[1]!r}")
