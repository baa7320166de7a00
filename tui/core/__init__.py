"""The pure layer: briefing model, validation, YAML load/save, operations and undo.

Nothing here imports Textual or Rich (a test proves it), so the generator, the team tools,
the exporters and the app can all stand on it.
"""

from .errors import BriefingError, ChangedOnDiskError, LoadError, Problem, SaveError
from .model import Briefing
from .ops import Editor, OperationError
from .store import Loaded, dump_briefing, load_briefing, save_briefing

__all__ = [
    "Briefing",
    "BriefingError",
    "ChangedOnDiskError",
    "Editor",
    "LoadError",
    "Loaded",
    "OperationError",
    "Problem",
    "SaveError",
    "dump_briefing",
    "load_briefing",
    "save_briefing",
]
