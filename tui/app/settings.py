"""The analyst's settings, read from the user config file (TOML).

The file lives at :func:`tui.core.paths.config_file` (``BRIEFING_CONFIG_FILE`` overrides it).
Every key is optional; a bad file never stops the app: :func:`load_settings` returns the
defaults plus one-line messages saying what was ignored and why. Example::

    author = "J. Analyst"
    auto_advance = true
    theme = "dark"          # "dark", "light" or any Textual theme name

    [keymap]                # binding id = key(s), see docs/keys.md
    "item.accept" = "y"
    "nav.down" = "j,down"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.core import paths
from tui.core.ops import default_author

#: Short theme names accepted in the config, mapped to Textual's built-in themes.
THEME_ALIASES: dict[str, str] = {"dark": "textual-dark", "light": "textual-light"}


@dataclass
class Settings:
    """Preferences of one analyst; every field has a safe default."""

    author: str = field(
        default_factory=default_author,
        metadata={"help": "name recorded on every note, decision and answer (default: $BRIEFING_AUTHOR or the login)"},
    )
    """Name recorded on every note, decision and answer (default: ``$BRIEFING_AUTHOR`` or the login)."""

    auto_advance: bool = field(
        default=True, metadata={"help": "after accept / reject / flag, move to the next unreviewed item"}
    )
    """After accept / reject / flag, move the cursor to the next unreviewed item."""

    theme: str = field(default="dark", metadata={"help": '"dark", "light" or any built-in Textual theme name'})
    """Colour theme: ``dark``, ``light`` or the name of any built-in Textual theme."""

    keymap: dict[str, str] = field(
        default_factory=dict, metadata={"help": "table of binding id = keys, as in the tables below"}
    )
    """Key remapping: binding id (see docs/keys.md) -> comma-separated keys."""

    @property
    def textual_theme(self) -> str:
        """The Textual theme name this setting stands for."""
        return THEME_ALIASES.get(self.theme, self.theme)


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read settings from ``path`` (default: the user config file).

    Returns the settings and a list of one-line problems (unknown keys, wrong types, a TOML
    syntax error with its line); a missing file is not a problem.
    """
    path = path or paths.config_file()
    settings = Settings()
    problems: list[str] = []
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return settings, problems
    except OSError as exc:
        return settings, [f"{path}: cannot read config: {exc.strerror or exc}"]
    try:
        import tomllib  # only when there is a config file to read

        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return settings, [f"{path}: config is not UTF-8 text; using defaults"]
    except tomllib.TOMLDecodeError as exc:
        return settings, [f"{path}: invalid TOML ({exc}); using defaults"]

    for key, value in data.items():
        if key == "author":
            if isinstance(value, str) and value.strip():
                settings.author = value.strip()
            else:
                problems.append(f"{path}: author: expected a non-empty string")
        elif key == "auto_advance":
            if isinstance(value, bool):
                settings.auto_advance = value
            else:
                problems.append(f"{path}: auto_advance: expected true or false")
        elif key == "theme":
            if isinstance(value, str) and value:
                settings.theme = value
            else:
                problems.append(f"{path}: theme: expected a theme name such as \"dark\" or \"light\"")
        elif key == "keymap":
            if not isinstance(value, dict):
                problems.append(f"{path}: keymap: expected a table of binding id = \"keys\"")
                continue
            for binding_id, keys in value.items():
                if isinstance(keys, list) and all(isinstance(k, str) for k in keys):
                    keys = ",".join(keys)
                if isinstance(keys, str) and keys.strip():
                    settings.keymap[str(binding_id)] = keys.replace(" ", "")
                else:
                    problems.append(f"{path}: keymap.{binding_id}: expected a key string such as \"y\"")
        else:
            problems.append(f"{path}: unknown setting {key!r} ignored")
    return settings, problems
