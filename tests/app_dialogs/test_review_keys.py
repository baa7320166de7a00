"""Every annotation key on the real review screen: the model changes, and Ctrl+S writes it.

Ids and positions come from the loaded file (never hard-coded), so a regenerated bundled
briefing does not break these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.app.dialogs import (
    AnswerDialog,
    ConfirmDialog,
    DismissDialog,
    GradingPicker,
    ItemForm,
    NoteEditor,
    TagEditor,
)

from .review_host import SIZE, ReviewHost, messages, press, reload, settle

ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def stamped(item) -> None:
    """The review records who changed it and when."""
    assert item.review.updated_by == "tester"
    assert ISO.match(item.review.updated or "")


async def test_decisions_move_on_and_are_saved(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        ids = [a.id for a in review.editor.briefing.actors]
        assert review.highlighted() == ("actors", ids[0])
        await press(pilot, "a")
        assert review.highlighted() == ("actors", ids[1])  # moved to the next unreviewed
        await press(pilot, "x", "f")
        assert [review.editor.item(i).review.status for i in ids[:3]] == ["accepted", "rejected", "flagged"]
        assert review.highlighted() == ("actors", ids[3])
        await press(pilot, "k", "space")  # back on the flagged one: undo the decision
        assert review.editor.item(ids[2]).review.status == "unreviewed"
        assert review.highlighted() == ("actors", ids[2])  # space does not move on
        assert review.header.reviewed == 2
        assert review.is_dirty()
        await press(pilot, "ctrl+s")
        assert not review.is_dirty()
    saved = reload(seed_briefing).briefing
    statuses = [saved.get(i).review.status for i in ids[:4]]
    assert statuses == ["accepted", "rejected", "unreviewed", "unreviewed"]
    stamped(saved.get(ids[0]))
    stamped(saved.get(ids[1]))


async def test_auto_advance_off_keeps_the_cursor(seed_briefing: Path):
    app = ReviewHost(seed_briefing, auto_advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.review.highlighted()
        await press(pilot, "a")
        assert app.review.highlighted() == first
        assert app.review.editor.item(first[1]).review.status == "accepted"


async def test_confidence_cycles_and_grading_picker(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        _, item_id = review.highlighted()
        levels = []
        for _ in range(4):
            await press(pilot, "c")
            levels.append(review.editor.item(item_id).review.confidence)
        assert levels == ["low", "moderate", "high", None]
        await press(pilot, "c", "c")
        await press(pilot, "r")
        assert isinstance(app.screen, GradingPicker)
        await press(pilot, "b", "2", "enter")
        assert review.editor.item(item_id).review.grading == "B2"
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing).briefing.get(item_id)
    assert (saved.review.confidence, saved.review.grading) == ("moderate", "B2")
    stamped(saved)


async def test_tags_complete_from_other_items(seed_briefing: Path):
    app = ReviewHost(seed_briefing, auto_advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        first = review.highlighted()[1]
        await press(pilot, "t")
        assert isinstance(app.screen, TagEditor)
        await press(pilot, *"ev, imagery", "enter")
        await press(pilot, "j")
        second = review.highlighted()[1]
        await press(pilot, "t", "i", "m", "right", "enter")  # "im" completes to "imagery"
        assert review.editor.item(second).review.tags == ["imagery"]
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing).briefing
    assert saved.get(first).review.tags == ["ev", "imagery"]
    assert saved.get(second).review.tags == ["imagery"]


async def test_notes_add_edit_delete(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        item_id = review.highlighted()[1]
        await press(pilot, "n")
        assert isinstance(app.screen, NoteEditor)
        await press(pilot, *"ab", "enter", *"cd", "ctrl+s")
        notes = review.editor.item(item_id).review.notes
        assert [n.text for n in notes] == ["ab\ncd"]
        await press(pilot, "n", *"ef", "ctrl+s")
        await press(pilot, "ctrl+s")
        saved = reload(seed_briefing).briefing.get(item_id).review.notes
        assert [n.text for n in saved] == ["ab\ncd", "ef"]
        assert all(n.author == "tester" and ISO.match(n.created) and ISO.match(n.updated) for n in saved)
        # N edits the note highlighted in the detail pane (the first one here).
        review.detail.notes.highlighted = 0
        await press(pilot, "N")
        assert isinstance(app.screen, NoteEditor)
        await press(pilot, *"!", "ctrl+s")
        # D deletes the highlighted note after a confirmation; "n" keeps it.
        review.detail.notes.highlighted = 1
        await press(pilot, "D")
        assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "n")
        assert len(review.editor.item(item_id).review.notes) == 2
        await press(pilot, "D", "y")
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing).briefing.get(item_id).review.notes
    assert [n.text for n in saved] == ["ab\ncd!"]
    assert saved[0].author == "tester"


async def test_questions_answer_dismiss_reopen(seed_briefing: Path):
    app = ReviewHost(seed_briefing, auto_advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        await press(pilot, "A")  # on an actor: refused with a message, no dialog
        assert app.screen is review
        await press(pilot, "4")
        list_name, qid = review.highlighted()
        assert list_name == "open_questions"
        await press(pilot, "A")
        assert isinstance(app.screen, AnswerDialog)
        await press(pilot, *"ab", "enter", *"cd")
        await press(pilot, "tab", "down", "down", "tab", "down", "down", "down", "down", "down", "ctrl+s")
        question = review.editor.item(qid)
        assert question.status == "answered"
        assert (question.answer.confidence, question.answer.likelihood) == ("moderate", "likely")
        await press(pilot, "ctrl+s")
        saved = reload(seed_briefing).briefing.get(qid)
        assert saved.status == "answered" and saved.answer.text == "ab\ncd"
        assert saved.answer.author == "tester" and ISO.match(saved.answer.created)
        await press(pilot, "X")
        assert isinstance(app.screen, DismissDialog)
        await press(pilot, *"moot", "enter")
        assert review.editor.item(qid).status == "dismissed"
        await press(pilot, "ctrl+s")
        assert reload(seed_briefing).briefing.get(qid).dismissal == "moot"
        await press(pilot, "O")
        assert review.editor.item(qid).status == "open"
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing).briefing.get(qid)
    assert saved.status == "open" and saved.dismissal is None
    stamped(saved)


async def test_edit_form_validates_and_saves(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        await press(pilot, "3")
        _, asset_id = review.highlighted()
        await press(pilot, "e")
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-quantity").value = "-2"
        await press(pilot, "ctrl+s")
        assert app.screen is form and "cannot be negative" in form.error_text()
        form.query_one("#field-quantity").value = "3"
        form.query_one("#field-status").value = "being evacuated"
        await press(pilot, "ctrl+s")
        assert app.screen is review
        await press(pilot, "e", "ctrl+s")  # nothing changed: no change recorded
        assert len(review.editor.history.descriptions()) == 1
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing).briefing.get(asset_id)
    assert (saved.quantity, saved.status) == (3, "being evacuated")
    stamped(saved)


async def test_add_item_to_focused_list(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        before = len(review.editor.briefing.assets)
        await press(pilot, "3", "o")
        form = app.screen
        assert isinstance(form, ItemForm) and form.list_name == "assets"
        await press(pilot, *"Pantsir", "enter", *"air d", "right", "enter", *"2", "ctrl+s")
        assert len(review.editor.briefing.assets) == before + 1
        new = review.editor.briefing.assets[-1]
        assert review.highlighted() == ("assets", new.id)
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing).briefing.get(new.id)
    assert (saved.name, saved.type, saved.quantity) == ("Pantsir", "air defence system", 2)
    stamped(saved)


async def test_delete_item_after_confirmation(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        _, victim = review.highlighted()
        await press(pilot, "d")
        assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "escape")
        assert review.editor.briefing.find(victim) is not None
        await press(pilot, "d", "y")
        assert review.editor.briefing.find(victim) is None
        await press(pilot, "ctrl+s")
    assert reload(seed_briefing).briefing.find(victim) is None


async def test_source_selection_to_new_item_and_evidence(seed_briefing: Path):
    app = ReviewHost(seed_briefing, auto_advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        review = app.review
        text = review.loaded.source_text
        _, actor_id = review.highlighted()
        start = text.index("Kremlin")
        end = start + len("Kremlin")
        await press(pilot, "5")
        review.source.select_span((start, end))
        await press(pilot, "s")
        form = app.screen
        assert isinstance(form, ItemForm) and form.list_name == "actors"
        assert form.query_one("#field-name").value == "Kremlin"
        await press(pilot, "ctrl+s")
        new = review.editor.briefing.actors[-1]
        assert [(s.start, s.end, s.quote) for s in new.evidence] == [(start, end, "Kremlin")]
        # E: the selection as evidence of the highlighted item.
        review.item_list("actors").highlight(actor_id)
        second = text.index("Putin", 100)
        review.source.select_span((second, second + 5))
        await press(pilot, "E")
        spans = [(s.start, s.end) for s in review.editor.item(actor_id).evidence]
        assert (second, second + 5) in spans
        await press(pilot, "ctrl+s")
    saved = reload(seed_briefing)
    assert saved.warnings == []  # every span matches the source exactly
    assert saved.briefing.get(new.id).evidence[0].quote == "Kremlin"
    assert any(s.start == second and s.quote == "Putin" for s in saved.briefing.get(actor_id).evidence)


async def test_selection_keys_without_selection_say_so(seed_briefing: Path):
    app = ReviewHost(seed_briefing)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s", "E")
        assert app.screen is app.review and not app.review.is_dirty()
        assert any("Select text in the source" in m for m in messages(app))


@pytest.mark.parametrize("configured", [True, False])
async def test_author_comes_from_the_config_else_the_login(seed_briefing: Path, monkeypatch, configured: bool):
    from tui.app.app import BriefingApp
    from tui.core import paths

    monkeypatch.delenv("BRIEFING_AUTHOR", raising=False)
    monkeypatch.setenv("USER", "login-name")
    monkeypatch.setenv("LOGNAME", "login-name")
    if configured:
        paths.config_file().parent.mkdir(parents=True, exist_ok=True)
        paths.config_file().write_text('author = "Cfg Analyst"\n', encoding="utf-8")
    app = BriefingApp(seed_briefing)  # settings read from the (isolated) config file
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = next(s for s in app.screen_stack if hasattr(s, "editor"))
        item_id = screen.highlighted()[1]
        await press(pilot, "a", "ctrl+s")
    expected = "Cfg Analyst" if configured else "login-name"
    assert reload(seed_briefing).briefing.get(item_id).review.updated_by == expected
