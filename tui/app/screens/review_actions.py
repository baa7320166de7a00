"""Annotation actions of the review screen (the review loop, issue 5).

`ReviewActions` is a mixin that `ReviewScreen` inherits; it implements the `action_<name>`
methods for the annotation keys declared in tui/app/keymap.py.
"""


class ReviewActions:
    """Mixin with the annotation, undo/redo, save and quit actions of the review screen."""
