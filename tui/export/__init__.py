"""Export a briefing for the rest of the analysts' tools (pure Python: no Textual, no Rich).

Formats: ``markdown`` and ``html`` reports, a ``stix`` 2.1 bundle, W3C Web ``annotations``
(JSON-LD) and the briefing as ``json``. Every exporter is deterministic: the same briefing gives
the same bytes (see ``docs/export.md``).

For a program (the app's command palette, a script):

- :func:`render` -> the text of one format, from a briefing in memory (saved or not);
- :func:`export_briefing` -> writes that text atomically to a file;
- :func:`export_file` -> loads a briefing file and writes its export next to it (or to ``out``).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from tui.core.errors import SaveError
from tui.core.model import Briefing
from tui.core.store import load_briefing
from tui.core.yamlio import atomic_write

from .common import ONLY_CHOICES, ExportError

#: format -> default file suffix (appended to the briefing's stem).
FORMATS: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "stix": ".stix.json",
    "annotations": ".annotations.jsonld",
    "json": ".json",
}

__all__ = [
    "FORMATS",
    "ONLY_CHOICES",
    "ExportError",
    "default_output",
    "export_briefing",
    "export_file",
    "render",
]


def render(briefing: Briefing, fmt: str, *, only: str | None = None, source_text: str | None = None) -> str:
    """The export of ``briefing`` in ``fmt`` as text.

    ``only="accepted"`` keeps accepted items only; ``source_text`` (the briefing's source) gives
    the W3C annotations their prefix/suffix context and re-anchors moved quotes.
    Raises :class:`ExportError` for an unknown format or a briefing the format cannot carry.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    # imported on use: `stix` pulls in the stix2 library, which the other formats do not need
    module = importlib.import_module(f"{__name__}.{fmt}")
    return module.render(briefing, only=only, source_text=source_text)


def default_output(briefing_path: str | Path, fmt: str) -> Path:
    """Where an export goes by default: next to the briefing, ``x.yaml`` -> ``x.md`` etc."""
    path = Path(briefing_path)
    return path.with_name(path.stem + FORMATS[fmt])


def export_briefing(
    briefing: Briefing,
    fmt: str,
    out: str | Path,
    *,
    only: str | None = None,
    source_text: str | None = None,
) -> Path:
    """Write the export of an in-memory briefing to ``out`` atomically; returns the path.

    Raises :class:`ExportError` with a one-line reason when it cannot be made or written.
    """
    text = render(briefing, fmt, only=only, source_text=source_text)
    target = Path(out)
    try:
        atomic_write(target, text.encode("utf-8"))
    except SaveError as exc:
        raise ExportError(str(exc)) from None
    return target


def export_file(
    path: str | Path,
    fmt: str,
    out: str | Path | None = None,
    *,
    only: str | None = None,
) -> Path:
    """Load the briefing file ``path`` and write its export to ``out`` (default: next to it).

    Raises :class:`tui.core.errors.LoadError` when the briefing cannot be loaded and
    :class:`ExportError` when the export cannot be made or written.
    """
    loaded = load_briefing(path)
    target = Path(out) if out is not None else default_output(path, fmt)
    return export_briefing(loaded.briefing, fmt, target, only=only, source_text=loaded.source_text)
