"""Each dialog on its own: keyboard only, the answer it hands back, inline refusals."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from tui.app.dialogs import (
    AnswerDialog,
    AnswerResult,
    ConfirmDialog,
    DismissDialog,
    ExternalChangeDialog,
    GradingPicker,
    ItemForm,
    NoteEditor,
    RestoreDialog,
    SaveQuitDialog,
    TagEditor,
    describe_grading,
    split_tags,
)
from tui.core.ops import Editor
from tui.core.store import load_briefing

from .hosts import SIZE, DialogHost, settle


async def run_keys(dialog, *keys: str) -> DialogHost:
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
    return app


async def test_choice_dialogs_answer_by_key():
    cases = [
        (lambda: ConfirmDialog("Delete it?"), ("y",), "yes"),
        (lambda: ConfirmDialog("Delete it?"), ("n",), "no"),
        (lambda: ConfirmDialog("Delete it?"), ("escape",), None),
        (lambda: ConfirmDialog("Delete it?"), ("enter",), "no"),  # No has the focus
        (lambda: ConfirmDialog("Delete it?"), ("left", "enter"), "yes"),
        (lambda: ConfirmDialog("Sure?", default_yes=True), ("enter",), "yes"),
        (lambda: SaveQuitDialog("x.yaml", 3), ("s",), "save"),
        (lambda: SaveQuitDialog("x.yaml", 3), ("d",), "discard"),
        (lambda: SaveQuitDialog("x.yaml", 3), ("c",), None),
        (lambda: SaveQuitDialog("x.yaml", 3), ("escape",), None),
        (lambda: ExternalChangeDialog("x.yaml"), ("r",), "reload"),
        (lambda: ExternalChangeDialog("x.yaml"), ("k",), "copy"),
        (lambda: ExternalChangeDialog("x.yaml"), ("o",), "overwrite"),
        (lambda: ExternalChangeDialog("x.yaml"), ("right", "enter"), "reload"),
        (lambda: ExternalChangeDialog("x.yaml"), ("c",), None),
        (lambda: ExternalChangeDialog("x.yaml"), ("escape",), None),
        (lambda: RestoreDialog("x.yaml", "2026-11-25T20:00:00Z"), ("r",), "restore"),
        (lambda: RestoreDialog("x.yaml", "2026-11-25T20:00:00Z"), ("d",), "discard"),
        (lambda: RestoreDialog("x.yaml", "2026-11-25T20:00:00Z"), ("l",), None),
        (lambda: RestoreDialog("x.yaml", "2026-11-25T20:00:00Z"), ("escape",), None),
    ]
    app = DialogHost()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for make, keys, expected in cases:
            dialog = make()
            assert await app.answer(pilot, dialog, *keys) == [expected], (type(dialog).__name__, keys)
            assert app.screen is not dialog
    assert ConfirmDialog.confirmed("yes") and not ConfirmDialog.confirmed(None)


async def test_note_editor_enter_is_newline_and_ctrl_s_stores():
    app = await run_keys(NoteEditor(), *"first", "enter", *"second", "ctrl+s")
    assert app.results == ["first\nsecond"]


async def test_note_editor_escape_on_empty_closes_at_once():
    app = await run_keys(NoteEditor(), "escape")
    assert app.results == [None]


async def test_note_editor_escape_with_text_asks_first():
    dialog = NoteEditor()
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("h", "i", "escape"):
            await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # no: keep editing
        await settle(pilot)
        assert app.screen is dialog and app.results == []
        await pilot.press("!", "escape")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
    assert app.results == [None]


async def test_note_editor_edits_existing_text_and_shows_refusal_inline():
    editor = Editor(load_briefing_fixture(), author="tester")
    note = editor.add_note("actor-putin", "old")
    dialog = NoteEditor(note.text, apply=lambda text: editor.edit_note("actor-putin", note.id, text))
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("backspace", "backspace", "backspace", "ctrl+s")
        await settle(pilot)
        assert app.results == [] and "needs some text" in dialog.error_text()
        await pilot.press(*"new", "ctrl+s")
        await settle(pilot)
    assert app.results == ["new"]
    assert editor.item("actor-putin").review.notes[0].text == "new"


def load_briefing_fixture():
    from tests.conftest import BUNDLED

    return load_briefing(BUNDLED).briefing


async def test_grading_picker():
    cases = [
        (("b", "2", "enter"), "B2"),
        (("f", "6", "ctrl+s"), "F6"),
        (("down", "enter", "down", "down", "enter"), "B3"),
        (("delete",), ""),
        (("escape",), None),
    ]
    app = DialogHost()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for keys, expected in cases:
            assert await app.answer(pilot, GradingPicker(), *keys) == [expected], keys


async def test_grading_picker_starts_on_current_grade_and_explains_it():
    dialog = GradingPicker("C4")
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert dialog.grading == "C4"
        assert "fairly reliable" in describe_grading("C4") and "doubtful" in describe_grading("C4")
        prompts = [str(o.prompt) for o in dialog.query_one("#reliability", OptionList).options]
        assert prompts[1] == "B  usually reliable"
        meaning = str(dialog.query_one("#grading-meaning").content)
        assert "C: fairly reliable: doubt" in meaning and "4: doubtful: not confirmed" in meaning
        await pilot.press("enter", "enter")
        await settle(pilot)
    assert app.results == ["C4"]


async def test_tag_editor_completes_from_known_tags():
    dialog = TagEditor(["imagery"], ["evacuation", "imagery", "Khmeimim"])
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "v")
        await settle(pilot)
        await pilot.press("right")  # take the completion
        await pilot.press(*", kh")
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert dialog.query_one(Input).value == "imagery, evacuation, Khmeimim"
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [["imagery", "evacuation", "Khmeimim"]]


def test_split_tags():
    assert split_tags(" a, b ,,c, ") == ["a", "b", "c"]


async def test_item_form_shows_editor_refusal_inline_and_keeps_input():
    editor = Editor(load_briefing_fixture(), author="tester")
    asset = editor.briefing.assets[0]
    dialog = ItemForm(
        "assets",
        {"name": asset.name, "type": asset.type},
        apply=lambda values: editor.edit_fields(asset.id, **values),
    )
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog.query_one("#field-quantity", Input).value = "many"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.results == []
        assert "quantity must be a whole number" in dialog.error_text()
        dialog.query_one("#field-quantity", Input).value = "4"
        dialog.query_one("#field-owner", Input).value = "actor-putin"
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert app.results and app.results[0]["quantity"] == "4"
    edited = editor.item(asset.id)
    assert edited.quantity == 4 and edited.owner == "actor-putin"


async def test_item_form_enter_walks_fields_then_submits():
    dialog = ItemForm("open_questions")
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"Who?", "enter", *"hedged", "enter")
        await settle(pilot)
    assert app.results == [{"question": "Who?", "why": "hedged"}]


async def test_item_form_completes_actor_kind():
    dialog = ItemForm("actors")
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", "enter", *"arm")
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert dialog.query_one("#field-kind", Input).value == "armed group"
        await pilot.press("escape")
        await settle(pilot)
    assert app.results == [None]


async def test_answer_dialog_text_and_scales():
    dialog = AnswerDialog("Will Russia keep Tartus?")
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"ab", "enter", *"cd")
        await pilot.press("tab", "down", "down", "tab", "down", "down", "down", "down", "down")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert app.results == [AnswerResult("ab\ncd", "moderate", "likely")]


async def test_answer_dialog_refusal_inline():
    editor = Editor(load_briefing_fixture(), author="tester")
    qid = editor.briefing.open_questions[0].id
    dialog = AnswerDialog("q", apply=lambda r: editor.answer_question(qid, r.text, confidence=r.confidence))
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.results == [] and "needs some text" in dialog.error_text()
        await pilot.press(*"yes")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert app.results == [AnswerResult("yes")]
    assert editor.item(qid).status == "answered" and editor.item(qid).answer.text == "yes"


async def test_dismiss_dialog():
    app = await run_keys(DismissDialog("q?"), *"moot", "enter")
    assert app.results == ["moot"]


async def test_dialogs_render_at_small_size():
    # Every dialog must lay out (CSS parses, nothing raises) in a small terminal.
    app = DialogHost()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        for dialog in (
            ConfirmDialog("x"), SaveQuitDialog("a.yaml"), ExternalChangeDialog("a.yaml", deleted=True),
            RestoreDialog("a.yaml"), NoteEditor("x"), GradingPicker("A1"), TagEditor([], []),
            ItemForm("assets"), AnswerDialog("q"), DismissDialog("q"),
        ):
            answers = await app.answer(pilot, dialog)
            assert app.screen is dialog
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is not dialog and answers == [None]


async def test_a_repeated_key_does_not_apply_twice():
    editor = Editor(load_briefing_fixture(), author="tester")
    item_id = editor.briefing.actors[0].id
    dialog = NoteEditor("once", apply=lambda text: editor.add_note(item_id, text))
    app = DialogHost(dialog)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog.action_store()
        dialog.action_store()  # the second Ctrl+S arrives before the dialog is gone
        dialog.action_cancel()
        await settle(pilot)
    assert [n.text for n in editor.item(item_id).review.notes] == ["once"]
    assert app.results == ["once"]
