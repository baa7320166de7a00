"""A small driver for end-to-end tests: run a command in a detached tmux session, send keys,
poll the screen with a timeout, and always kill the session."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest


def briefing_command() -> str:
    """The installed ``briefing`` console script (the venv's, else the one on PATH)."""
    candidate = Path(sys.executable).parent / "briefing"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("briefing")
    if not found:
        pytest.skip("the briefing command is not installed")
    return found


class Tmux:
    """One tmux session running one command in ``cwd`` with ``env`` added."""

    def __init__(self, command: list[str], *, cwd: Path, env: dict[str, str], width: int = 120, height: int = 40):
        if shutil.which("tmux") is None:
            pytest.skip("tmux is not installed")
        self.name = f"briefing-e2e-{uuid.uuid4().hex[:10]}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        line = f"cd {shlex.quote(str(cwd))} && env -u COLUMNS -u LINES {exports} TERM=xterm-256color {shlex.join(command)}; echo EXITED:$?; sleep 600"
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), line],
            check=True,
        )

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        """Poll until ``text`` is on screen; fail with the last screen when it never comes."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear within {timeout}s; the screen was:\n{screen}")

    def send(self, *keys: str) -> None:
        """Send keys one at a time: tmux key names (Enter, Escape, Tab, C-s, ...) or literal text
        (``-l``, so "Check the archive" is typed as such, never read as key names)."""
        for key in keys:
            literal = len(key) > 1 and not re.fullmatch(
                r"((C-|M-|S-)*(Up|Down|Left|Right|Home|End|PageUp|PageDown)|C-.|M-.|Enter|Escape|Tab|Space|BSpace)", key
            )
            subprocess.run(["tmux", "send-keys", "-t", self.name, *(["-l"] if literal else []), key], check=True)
            time.sleep(0.05)

    def app_pid(self) -> int:
        """Pid of the command (the child of the session's shell)."""
        shell = subprocess.run(
            ["tmux", "list-panes", "-t", self.name, "-F", "#{pane_pid}"], capture_output=True, text=True, check=True
        ).stdout.split()[0]
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", shell], capture_output=True, text=True).stdout.split()
        assert children, "the command is not running"
        return int(children[0])

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)

    def __enter__(self) -> "Tmux":
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
