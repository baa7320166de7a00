"""The pure layer never imports Textual or Rich (the generator and the CLI stand on it)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import tui.core


def _core_modules() -> list[str]:
    return sorted(f"tui.core.{m.name}" for m in pkgutil.iter_modules(tui.core.__path__))


def test_core_has_the_modules_we_expect_to_check() -> None:
    modules = _core_modules()
    for name in ("model", "ops", "store", "validate", "serialize", "history", "yamlio", "schema"):
        assert f"tui.core.{name}" in modules


def test_importing_every_core_module_loads_neither_textual_nor_rich() -> None:
    modules = ["tui.core", *_core_modules()]
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    # and the check itself can see those packages when they are imported
    probe = script.replace("for name in", "import rich.text\nfor name in")
    seen = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "rich.text" in json.loads(seen.stdout)
