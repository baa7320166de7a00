"""Every key binding of the app, declared in one place, each with an id.

Screens and widgets take their ``BINDINGS`` from here, the help screen, the command palette and
``docs/keys.md`` (``make keys``) are generated from here, and the user config file remaps keys
by id (``[keymap]`` table, see :mod:`tui.app.settings`), so nothing can drift or clash unseen.

Ids are ``<group>.<name>``: ``app`` (everywhere), ``pane`` (jump to a pane), ``nav`` (inside
the focused list or text), ``source`` (cursor and selection in the source text), ``item``
(annotation of the highlighted item, issue 5), ``file``, ``picker``, ``error`` and ``help``.
The annotation actions are implemented by the ``ReviewActions`` mixin
(tui/app/screens/review_actions.py); a binding whose action does not exist is hidden by
``ReviewScreen.check_action``.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from textual.binding import Binding

# -- global -------------------------------------------------------------------------------

APP_BINDINGS: list[Binding] = [
    Binding("question_mark", "help", "Help", id="app.help", tooltip="Help: every key of this screen", key_display="?"),
    Binding("ctrl+p", "command_palette", "Command palette: any item or action by name", id="app.palette", show=False),
    Binding("q", "quit", "Quit", id="app.quit"),
]

# -- review screen ------------------------------------------------------------------------

PANE_BINDINGS: list[Binding] = [
    Binding("tab", "app.focus_next", "Next pane", id="pane.next", show=False),
    Binding("shift+tab", "app.focus_previous", "Previous pane", id="pane.previous", show=False),
    Binding("1", "focus_pane('summary')", "Go to summary and key points", id="pane.summary", show=False),
    Binding("2", "focus_pane('actors')", "Go to actors", id="pane.actors", show=False),
    Binding("3", "focus_pane('assets')", "Go to assets", id="pane.assets", show=False),
    Binding("4", "focus_pane('questions')", "Go to open questions", id="pane.questions", show=False),
    Binding("5", "focus_pane('source')", "Go to source text", id="pane.source", show=False),
    Binding("escape", "back_to_list", "Back to the list", id="pane.back", show=False),
    Binding("slash", "filter", "Filter", id="pane.filter", tooltip="Filter the focused list as you type; Enter keeps it, Esc clears", key_display="/"),
    Binding("left_square_bracket", "prev_evidence", "Previous evidence in source", id="pane.prev_evidence", key_display="[", show=False),
    Binding("right_square_bracket", "next_evidence", "Next evidence", id="pane.next_evidence", key_display="]", tooltip="Next evidence of the highlighted item in the source"),
]

#: Annotation keys (issue 5); the actions live in the ReviewActions mixin.
ITEM_BINDINGS: list[Binding] = [
    Binding("a", "accept", "Accept", id="item.accept"),
    Binding("x", "reject", "Reject", id="item.reject"),
    Binding("f", "flag", "Flag", id="item.flag"),
    Binding("space", "unreview", "Back to unreviewed", id="item.unreview", show=False),
    Binding("c", "cycle_confidence", "Cycle confidence (low/moderate/high)", id="item.confidence", show=False),
    Binding("r", "grade", "Grade source (Admiralty A1-F6)", id="item.grade", show=False),
    Binding("t", "tags", "Edit tags", id="item.tags", show=False),
    Binding("n", "note", "Note", id="item.note"),
    Binding("N", "edit_note", "Edit note", id="item.edit_note", show=False),
    Binding("D", "delete_note", "Delete note", id="item.delete_note", show=False),
    Binding("A", "answer", "Answer question", id="item.answer", show=False),
    Binding("X", "dismiss", "Dismiss question", id="item.dismiss", show=False),
    Binding("O", "reopen", "Reopen question", id="item.reopen", show=False),
    Binding("e", "edit", "Edit fields", id="item.edit", show=False),
    Binding("o", "add_item", "Add item", id="item.add", show=False),
    Binding("d", "delete_item", "Delete item", id="item.delete", show=False),
    Binding("s", "cut_item", "New item from source selection", id="item.cut_item", show=False),
    Binding("E", "cut_evidence", "Source selection as evidence", id="item.cut_evidence", show=False),
]

FILE_BINDINGS: list[Binding] = [
    Binding("u,ctrl+z", "undo", "Undo", id="file.undo", key_display="u"),
    Binding("U,ctrl+y", "redo", "Redo", id="file.redo", key_display="U", show=False),
    Binding("ctrl+s,w", "save", "Save", id="file.save", key_display="^s",
            tooltip="Save atomically (w or ctrl+s)"),
    Binding("P", "export", "Export", id="file.export", show=False,
            tooltip="Export a report, STIX 2.1 bundle, W3C annotations or JSON next to the file"),
    Binding("C", "conflicts", "Merge conflicts", id="file.conflicts", show=False,
            tooltip="List the merge conflicts and keep one version of each"),
    Binding("L", "take_lock", "Take over the lock", id="file.take_lock", show=False,
            tooltip="A briefing open elsewhere is read-only here: take its lock and edit it (asks first)"),
    Binding("q", "quit", "Quit", id="file.quit"),
]

REVIEW_BINDINGS: list[Binding] = [*PANE_BINDINGS, *ITEM_BINDINGS, *FILE_BINDINGS]

# -- inside a pane ------------------------------------------------------------------------

#: Item lists (key points, actors, assets, open questions) and the notes list.
LIST_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor_down", "Down", id="nav.down", show=False),
    Binding("k,up", "cursor_up", "Up", id="nav.up", show=False),
    Binding("g,home", "first", "Top of list", id="nav.top", show=False),
    Binding("G,end", "last", "Bottom of list", id="nav.bottom", show=False),
    Binding("pageup", "page_up", "Page up", id="nav.page_up", show=False),
    Binding("pagedown", "page_down", "Page down", id="nav.page_down", show=False),
    Binding("enter", "select", "Focus the detail pane", id="nav.select", show=False),
]

#: Scrolling text (detail and source panes): the same ids as the list keys, so one remap
#: moves both. The source pane adds cursor and selection keys (below).
TEXT_BINDINGS: list[Binding] = [
    Binding("j", "scroll_down", "Down", id="nav.down", show=False),
    Binding("k", "scroll_up", "Up", id="nav.up", show=False),
    Binding("g", "scroll_home", "Top of text", id="nav.top", show=False),
    Binding("G", "scroll_end", "Bottom of text", id="nav.bottom", show=False),
]

#: The cursor and the selection in the source text (new items and evidence are cut from it).
SOURCE_BINDINGS: list[Binding] = [
    Binding("up", "cursor_up", "Cursor up", id="source.up", show=False),
    Binding("down", "cursor_down", "Cursor down", id="source.down", show=False),
    Binding("left", "cursor_left", "Cursor left", id="source.left", show=False),
    Binding("right", "cursor_right", "Cursor right", id="source.right", show=False),
    Binding("ctrl+left", "cursor_word_left", "Cursor to the previous word", id="source.word_left", show=False),
    Binding("ctrl+right", "cursor_word_right", "Cursor to the next word", id="source.word_right", show=False),
    Binding("home", "cursor_line_start", "Cursor to the start of the line", id="source.line_start", show=False),
    Binding("end", "cursor_line_end", "Cursor to the end of the line", id="source.line_end", show=False),
    Binding("pageup", "cursor_page_up", "Cursor a page up", id="source.page_up", show=False),
    Binding("pagedown", "cursor_page_down", "Cursor a page down", id="source.page_down", show=False),
    Binding("shift+up", "cursor_up(True)", "Select up", id="source.select_up", show=False),
    Binding("shift+down", "cursor_down(True)", "Select down", id="source.select_down", show=False),
    Binding("shift+left", "cursor_left(True)", "Select left", id="source.select_left", show=False),
    Binding("shift+right", "cursor_right(True)", "Select right", id="source.select_right", show=False),
    Binding("ctrl+shift+left", "cursor_word_left(True)", "Select to the previous word", id="source.select_word_left", show=False),
    Binding("ctrl+shift+right", "cursor_word_right(True)", "Select to the next word", id="source.select_word_right", show=False),
    Binding("shift+home", "cursor_line_start(True)", "Select to the start of the line", id="source.select_line_start", show=False),
    Binding("shift+end", "cursor_line_end(True)", "Select to the end of the line", id="source.select_line_end", show=False),
    Binding("ctrl+c", "copy", "Copy the selection", id="source.copy", show=False),
]

#: The filter input of a list.
FILTER_BINDINGS: list[Binding] = [
    Binding("escape", "clear", "Clear filter", id="filter.clear"),
]

# -- other screens ------------------------------------------------------------------------

PICKER_BINDINGS: list[Binding] = [
    Binding("enter", "open", "Open", id="picker.open"),
    Binding("slash", "filter", "Filter", id="picker.filter", key_display="/"),
    Binding("s", "sort", "Sort", tooltip="Sort by the next column: title, date, progress, modified, file", id="picker.sort"),
    Binding("S", "reverse", "Reverse sort order", id="picker.reverse", show=False),
    Binding("R", "rescan", "Read the folder again", id="picker.rescan", show=False),
    Binding("escape", "clear_filter", "Clear filter", id="picker.clear_filter", show=False),
]

ERROR_BINDINGS: list[Binding] = [
    Binding("escape", "back", "Back", id="error.back"),
]

#: Keys of this screen (ids ``conflicts.*`` so the config file can remap them).
CONFLICT_BINDINGS: list[Binding] = [
    Binding("left,h", "pick('ours')", "Ours", id="conflicts.ours", key_display="←/h"),
    Binding("right,l", "pick('theirs')", "Theirs", id="conflicts.theirs", key_display="→/l"),
    Binding("b", "pick('base')", "Base", id="conflicts.base", show=False),
    # priority: Enter takes the side even while the conflict list (which binds Enter) has focus.
    Binding("enter", "take", "Take side", id="conflicts.take", key_display="⏎", priority=True),
    Binding("j", "move(1)", "Next", id="conflicts.next", show=False),
    Binding("k", "move(-1)", "Previous", id="conflicts.previous", show=False),
    Binding("escape", "close", "Back", id="conflicts.close"),
]

HELP_BINDINGS: list[Binding] = [
    Binding("escape,question_mark", "close", "Close", id="help.close", key_display="esc"),
    Binding("j,down", "scroll_down", "Down", id="help.down", show=False),
    Binding("k,up", "scroll_up", "Up", id="help.up", show=False),
]


class Group(NamedTuple):
    """A titled group of bindings, as the help screen and docs/keys.md show them."""

    title: str
    prefix: str
    bindings: list[Binding]


#: Every group, in the order the documentation lists them.
GROUPS: list[Group] = [
    Group("Everywhere", "app", APP_BINDINGS),
    Group("Review: panes", "view", PANE_BINDINGS),
    Group("Review: moving inside a list", "nav", LIST_BINDINGS),
    Group("Review: detail and source text", "nav", TEXT_BINDINGS),
    Group("Review: cursor and selection in the source text", "source", SOURCE_BINDINGS),
    Group("Review: the highlighted item", "item", ITEM_BINDINGS),
    Group("Review: file", "file", FILE_BINDINGS),
    Group("Filter box", "filter", FILTER_BINDINGS),
    Group("Briefing picker", "picker", PICKER_BINDINGS),
    Group("Merge conflicts", "conflicts", CONFLICT_BINDINGS),
    Group("Error screen", "error", ERROR_BINDINGS),
    Group("Help screen", "help", HELP_BINDINGS),
]

#: Bindings that are active at the same time, checked together for clashes.
SIMULTANEOUS: list[list[Binding]] = [
    [*APP_BINDINGS, *REVIEW_BINDINGS, *LIST_BINDINGS],
    [*APP_BINDINGS, *REVIEW_BINDINGS, *TEXT_BINDINGS, *SOURCE_BINDINGS],
    [*APP_BINDINGS, *PICKER_BINDINGS],
]


def split_keys(key: str) -> list[str]:
    """``"u,ctrl+z"`` -> ``["u", "ctrl+z"]``."""
    return [k.strip() for k in key.split(",") if k.strip()]


#: The dialogs (tui/app/dialogs), by class name, as the documentation titles them.
DIALOG_TITLES = {
    "Dialog": "Dialogs: everywhere",
    "ChoiceDialog": "Dialogs with buttons",
    "ConfirmDialog": "Dialog: confirm",
    "SaveQuitDialog": "Dialog: unsaved changes on quit",
    "ExternalChangeDialog": "Dialog: file changed on disk",
    "RestoreDialog": "Dialog: recovery file found",
    "NoteEditor": "Dialog: note editor",
    "GradingPicker": "Dialog: source grading",
    "TagEditor": "Dialog: tags",
    "ItemForm": "Dialog: edit or add an item",
    "AnswerDialog": "Dialog: answer a question",
    "DismissDialog": "Dialog: dismiss a question",
}


def dialog_groups() -> list[Group]:
    """Groups of the dialogs' own bindings (declared beside each dialog, which owns them).

    Imported on use: the dialogs import Textual widgets the first frame does not need.
    """
    from tui.app.dialogs import answer, base, choice, grading, item_form, note, tags

    groups = []
    seen_classes: set[str] = set()
    seen_ids: set[str] = set()  # a binding shared by several dialogs is listed once
    for module in (base, choice, note, grading, tags, item_form, answer):
        for name, cls in vars(module).items():
            title = DIALOG_TITLES.get(name)
            if title is None or name in seen_classes or not isinstance(cls, type):
                continue
            seen_classes.add(name)
            own = [
                b
                for b in cls.__dict__.get("BINDINGS", [])
                if isinstance(b, Binding) and b.id not in seen_ids
            ]
            seen_ids.update(b.id or "" for b in own)
            if own:
                groups.append(Group(title, "dialog", own))
    return groups


def all_groups() -> list[Group]:
    """Every group: the screens' (:data:`GROUPS`) and the dialogs'."""
    return [*GROUPS, *dialog_groups()]


def all_ids() -> set[str]:
    """Every binding id the keymap in the config file may use."""
    return {binding.id for group in all_groups() for binding in group.bindings if binding.id}


def clashes(bindings: list[Binding], keymap: dict[str, str] | None = None) -> list[str]:
    """Keys bound to two different actions in ``bindings`` (after applying ``keymap``).

    The review screen's ``q`` (quit with a save prompt) deliberately shadows the app's ``q``,
    and list/text keys that share an id are the same command; neither counts as a clash.
    """
    keymap = keymap or {}
    seen: dict[str, Binding] = {}
    out: list[str] = []
    for binding in bindings:
        keys = keymap.get(binding.id or "", binding.key)
        for key in split_keys(keys):
            other = seen.get(key)
            if other is None:
                seen[key] = binding
            elif other.action != binding.action and other.id != binding.id:
                out.append(f"{key}: {other.id} ({other.action}) and {binding.id} ({binding.action})")
    return out


def key_label(binding: Binding, keymap: dict[str, str] | None = None) -> str:
    """How to write a binding's keys for people: ``?``, ``j / down``, ``ctrl+s``."""
    keys = (keymap or {}).get(binding.id or "", None)
    if keys is None:
        keys = binding.key
    names = {
        "question_mark": "?",
        "slash": "/",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "space": "space",
    }
    return " / ".join(names.get(k, k) for k in split_keys(keys))


def explain(binding: Binding) -> str:
    """The longer explanation of a binding (its tooltip), else its description."""
    return binding.tooltip or binding.description


def keys_markdown() -> str:
    """The key reference (docs/keys.md), generated from the bindings above."""
    from dataclasses import fields

    from tui.app.settings import Settings

    lines = [
        "# Keys",
        "",
        "Generated from `tui/app/keymap.py` by `make keys`; do not edit by hand.",
        "",
        "## The config file",
        "",
        "`~/.config/briefing-tui/config.toml` on Linux (the platform's config folder elsewhere;",
        "`BRIEFING_CONFIG_FILE` names another file). Every setting is optional:",
        "",
    ]
    for item in fields(Settings):
        lines.append(f"- `{item.name}`: {item.metadata.get('help', '')}")
    lines += [
        "",
        "Every key below can be remapped by its id in the `[keymap]` table; several keys are",
        "separated by commas. A clash or an unknown id is reported when the app starts.",
        "",
        "```toml",
        'author = "J. Analyst"',
        "auto_advance = true",
        'theme = "light"',
        "",
        "[keymap]",
        '"item.accept" = "y"',
        '"nav.down" = "j,down"',
        "```",
        "",
    ]
    for group in all_groups():
        lines += [f"## {group.title}", "", "| Key | Does | Id |", "| --- | --- | --- |"]
        for binding in group.bindings:
            label = key_label(binding).replace("|", "\\|")
            lines.append(f"| `{label}` | {explain(binding)} | `{binding.id}` |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # `make keys`
    sys.stdout.write(keys_markdown())
