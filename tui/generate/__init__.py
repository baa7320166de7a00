"""Generate briefings from source texts, offline (``briefing generate``).

Pure Python like :mod:`tui.core` (no Textual, no Rich). :func:`~.extract.make_briefing` turns a
text into a :class:`~tui.core.model.Briefing`; :mod:`.runner` reads source files, protects
annotated briefings and writes with the core's atomic saver; :mod:`.scoring` measures the
extraction against hand-labelled references.
"""

from .engine import ENGINES, EngineUnavailable, get_engine
from .extract import extract, make_briefing

__all__ = ["ENGINES", "EngineUnavailable", "extract", "get_engine", "make_briefing"]
