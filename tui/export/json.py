"""The briefing as JSON, in the same layout (and JSON Schema) as the YAML file.

``briefing schema`` prints the schema this output follows: it is the canonical plain data of
:func:`tui.core.serialize.to_data` (fixed key order, empty optional fields left out, unknown
keys kept), written as UTF-8 JSON. ``--only accepted`` keeps a valid briefing (see
:func:`tui.export.common.filter_briefing`).
"""

from __future__ import annotations

import json

from tui.core.model import Briefing
from tui.core.serialize import to_data

from .common import filter_briefing


def render(briefing: Briefing, *, only: str | None = None, source_text: str | None = None) -> str:
    """The briefing as pretty-printed JSON text (``source_text`` is not needed and ignored)."""
    return json.dumps(to_data(filter_briefing(briefing, only)), ensure_ascii=False, indent=2) + "\n"
