"""Modal dialogs of the review app, each a ``ModalScreen[ResultType]`` answering with ``dismiss``.

None always means cancelled. Dialogs that change the briefing accept an ``apply`` callable that
runs the core operation, so its refusal shows inline while the dialog stays open.

The submodules load on first use (PEP 562 ``__getattr__``): the review screen's first frame
needs none of them, and importing them all cost about 20 ms of every start (issue 8).
``from tui.app.dialogs import NoteEditor`` works as before.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Public name -> the submodule that defines it.
_HOMES = {
    "AnswerDialog": "answer",
    "AnswerResult": "answer",
    "DismissDialog": "answer",
    "Dialog": "base",
    "ConfirmDialog": "choice",
    "ExternalChangeDialog": "choice",
    "RestoreDialog": "choice",
    "SaveQuitDialog": "choice",
    "GradingPicker": "grading",
    "describe_grading": "grading",
    "ItemForm": "item_form",
    "form_values": "item_form",
    "NoteEditor": "note",
    "TagEditor": "tags",
    "TagSuggester": "tags",
    "split_tags": "tags",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
