"""Small helpers shared by the generator tests."""

from __future__ import annotations

from tui.core.model import Asset
from tui.generate.extract import extract


def assets_of(text: str) -> list[Asset]:
    """The assets the rule engine finds in ``text``."""
    return extract(text)["assets"]


def asset_names(text: str) -> list[str]:
    """The names of the assets the rule engine finds in ``text``."""
    return [a.name for a in assets_of(text)]
