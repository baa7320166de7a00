"""Parsed styles kept between runs, so that a start skips parsing Textual CSS (issue 8).

At each start Textual parses ``app.tcss`` and the ``DEFAULT_CSS`` of every widget class on
screen, after tokenising the theme's ~150 CSS variables: about 6 ms of the ~60 ms from
``run()`` to the review screen's first frame, all of it the same from one start to the next.
The parsed rules depend only on the CSS text, where it was read from, its scope and
tie-breaker, the CSS variables (the theme) and Textual's build and Python's version, so
:class:`CachedStylesheet` keeps them in the user's cache folder
(:func:`tui.core.paths.cache_dir`), keyed by all of those, and reads them back at the next
start (about 1 ms).

Like the briefing parse cache (:mod:`tui.core.cache`), it never raises: a missing, corrupt,
foreign or stale file is a miss and Textual parses as usual. ``BRIEFING_NO_CACHE=1`` turns it
off. Only what this process parsed under the variables it started with is written back, once,
when the app exits (:meth:`CachedStylesheet.save`).

This leans on one private method of Textual's ``Stylesheet`` (``_parse_rules``, the per-process
parse cache's own entry point); ``tests/app/test_styles_cache.py`` pins that the rules read
back equal a fresh parse, so a Textual upgrade that changes it fails there, not in use.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

from textual.css import parse as textual_css_parse
from textual.css.stylesheet import Stylesheet

from tui.core import cache as parse_cache
from tui.core.paths import cache_dir

_MAGIC = b"briefing-tui styles cache\n"
#: Bump when what is stored changes shape.
LAYOUT = 1
#: The file's name in the cache folder (not ``*.pickle``: the briefing cache prunes those).
FILE_NAME = "textual-styles.bin"


def _stamp() -> tuple[Any, ...]:
    # Textual's build is told by its CSS parser's file (path, size, mtime): an upgrade or a
    # reinstall changes it. ``textual.__version__`` would import importlib.metadata (~8 ms).
    parser = textual_css_parse.__file__ or ""
    try:
        info = os.stat(parser)
        build: tuple[Any, ...] = (parser, info.st_size, info.st_mtime_ns)
    except OSError:
        build = (parser,)
    return (LAYOUT, build, sys.version_info[:2])


def store_path() -> Path:
    """Where the parsed styles are kept."""
    return cache_dir() / FILE_NAME


class CachedStylesheet(Stylesheet):
    """A ``Stylesheet`` whose parsed rules are read from, and saved to, the cache folder."""

    def __init__(self, *, variables: dict[str, str] | None = None) -> None:
        super().__init__(variables=variables)
        #: Rules read from disk (valid for :attr:`_stored_variables`), loaded on first need.
        self._stored: dict[tuple, list] | None = None
        self._stored_variables: dict[str, str] | None = None
        #: Rules parsed by this process under the current variables, not on disk yet.
        self._fresh: dict[tuple, list] = {}
        self.hits = 0

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._fresh.clear()  # parsed under other variables: not worth keeping

    def _parse_rules(
        self,
        css: str,
        read_from: Any,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list:
        key = (css, read_from, is_default_rules, tie_breaker, scope)
        if key not in self._parse_cache:
            stored = self._load()
            rules = stored.get(key) if self._stored_variables == self._variables else None
            if rules is not None:
                self.hits += 1
                self._parse_cache[key] = rules
                return rules
        rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
        if key not in self._load() or self._stored_variables != self._variables:
            self._fresh[key] = rules
        return rules

    def _load(self) -> dict[tuple, list]:
        if self._stored is None:
            self._stored = {}
            if parse_cache.enabled():
                self._stored_variables, self._stored = _read(store_path())
        return self._stored

    def save(self) -> bool:
        """Write what this process parsed (with what was read) back; True when written."""
        if not self._fresh or not parse_cache.enabled():
            return False
        rules = dict(self._fresh)
        if self._stored_variables == self._variables and self._stored:
            rules = {**self._stored, **rules}
        written = _write(store_path(), dict(self._variables), rules)
        if written:
            self._stored, self._stored_variables, self._fresh = rules, dict(self._variables), {}
        return written


def _read(path: Path) -> tuple[dict[str, str] | None, dict[tuple, list]]:
    """``(variables, rules)`` from ``path``; ``(None, {})`` on any problem."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                return None, {}  # never unpickle a file someone else wrote
            if handle.read(len(_MAGIC)) != _MAGIC:
                return None, {}
            stamp, variables, rules = pickle.load(handle)
        if stamp != _stamp() or not isinstance(variables, dict) or not isinstance(rules, dict):
            return None, {}
        return variables, rules
    except Exception:  # noqa: BLE001 - missing, corrupt, from another build: a miss
        return None, {}


def _write(path: Path, variables: dict[str, str], rules: dict[tuple, list]) -> bool:
    try:
        payload = pickle.dumps((_stamp(), variables, rules), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - styles that cannot be kept are just parsed next time
        return False
    return parse_cache.write_private(path, _MAGIC, payload)
