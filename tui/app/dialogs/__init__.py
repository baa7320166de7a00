"""Modal dialogs of the review app, each a ``ModalScreen[ResultType]`` answering with ``dismiss``.

None always means cancelled. Dialogs that change the briefing accept an ``apply`` callable that
runs the core operation, so its refusal shows inline while the dialog stays open.
"""

from .answer import AnswerDialog, AnswerResult, DismissDialog
from .base import Dialog
from .choice import ConfirmDialog, ExternalChangeDialog, RestoreDialog, SaveQuitDialog
from .grading import GradingPicker, describe_grading
from .item_form import ItemForm, form_values
from .note import NoteEditor
from .tags import TagEditor, TagSuggester, split_tags

__all__ = [
    "AnswerDialog",
    "AnswerResult",
    "ConfirmDialog",
    "Dialog",
    "DismissDialog",
    "ExternalChangeDialog",
    "GradingPicker",
    "ItemForm",
    "NoteEditor",
    "RestoreDialog",
    "SaveQuitDialog",
    "TagEditor",
    "TagSuggester",
    "describe_grading",
    "form_values",
    "split_tags",
]
