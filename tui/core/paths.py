"""Where briefing-tui keeps its own files: one home for every path (platformdirs).

Environment variables override the locations, so tests and scripts can point the app at
their own folders: ``BRIEFING_CONFIG_DIR`` (the folder), ``BRIEFING_CONFIG_FILE`` (the config
file itself) and ``BRIEFING_DATA_DIR`` (recovery files, caches, logs).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

APP_NAME = "briefing-tui"


def config_dir() -> Path:
    """Folder of the user's config (``~/.config/briefing-tui`` on Linux)."""
    override = os.environ.get("BRIEFING_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    """The user's config file (TOML): author name, key remapping, preferences."""
    override = os.environ.get("BRIEFING_CONFIG_FILE")
    if override:
        return Path(override)
    return config_dir() / "config.toml"


def data_dir() -> Path:
    """Folder for recovery files, caches and crash reports."""
    override = os.environ.get("BRIEFING_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def recovery_dir() -> Path:
    """Where recovery files of unsaved work are written."""
    return data_dir() / "recovery"


def cache_dir() -> Path:
    """Where parsed briefings are cached by content hash."""
    return data_dir() / "cache"


def path_key(path: Path) -> str:
    """A stable short key for a briefing path (its absolute path, hashed)."""
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
