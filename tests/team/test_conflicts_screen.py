"""The conflicts screen, driven with Pilot in a tiny host app: pick a side, take it, save clean."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.widgets import OptionList, Static

from tests.team.conftest import analyst, ids
from tui.app.screens.conflicts import CONFLICT_BINDINGS, ConflictsScreen, describe_path
from tui.core import load_briefing, save_briefing
from tui.core.model import Briefing
from tui.team.merge import merge_briefings

SIZE = (120, 40)


class Host(App[None]):
    """Pushes the conflicts screen on mount; records callbacks and the dismiss result."""

    def __init__(self, briefing: Briefing, editor: Any = None) -> None:
        super().__init__()
        self.briefing = briefing
        self.editor = editor
        self.resolved: list[tuple[Briefing, str, str]] = []
        self.results: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static("host")

    def on_mount(self) -> None:
        screen = ConflictsScreen(
            self.briefing,
            editor=self.editor,
            on_resolve=lambda b, c, choice: self.resolved.append((b, c.id, choice)),
        )
        self.push_screen(screen, self.results.append)


def conflicted(base: Briefing) -> tuple[Briefing, str, str, str]:
    """A merged briefing with three conflicts: a status, a grading and a deleted-but-annotated item."""
    a, b = ids(base, "actors")[:2]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(a, "accepted")
    bob.set_status(a, "rejected")
    alice.set_grading(a, "A1")
    bob.set_grading(a, "C3")
    alice.delete_item(b)
    bob.add_note(b, "bob keeps this")
    merged = merge_briefings(base, alice.briefing, bob.briefing, ours_label="main", theirs_label="bob").briefing
    assert len(merged.conflicts) == 3
    return merged, a, b, bob.briefing.get(b).review.notes[0].text


def _texts(screen) -> tuple[str, str]:
    return (
        str(screen.query_one("#value-ours", Static).content),
        str(screen.query_one("#value-theirs", Static).content),
    )


async def test_lists_conflicts_and_shows_both_sides(base):
    merged, a, _, _ = conflicted(base)
    app = Host(merged)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        options = screen.query_one("#conflicts-list", OptionList)
        assert [options.get_option_at_index(i).id for i in range(options.option_count)] == [c.id for c in merged.conflicts]
        first = merged.conflicts[0]
        assert first.path == f"actors[id={a}].review.status"
        assert _texts(screen) == ("accepted", "rejected")
        assert "alice" in screen.query_one("#side-ours").border_title
        assert "bob" in screen.query_one("#side-theirs").border_title
        assert screen.query_one("#side-ours").has_class("-picked")
        await pilot.press("l")
        assert screen.picked == "theirs" and screen.query_one("#side-theirs").has_class("-picked")
        await pilot.press("h")
        assert screen.picked == "ours"
        await pilot.press("j")
        assert _texts(screen) == ("A1", "C3")
        await pilot.press("k")
        assert _texts(screen) == ("accepted", "rejected")


async def test_choosing_sides_resolves_and_the_saved_file_is_conflict_free(base, tmp_path):
    merged, a, b, note = conflicted(base)
    app = Host(merged)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("right", "enter")  # status: take bob's "rejected"
        await pilot.pause()
        assert len(screen.briefing.conflicts) == 2
        assert screen.briefing.get(a).review.status == "rejected"
        await pilot.press("enter")  # grading: keep ours (the default pick) "A1"
        await pilot.pause()
        # the deleted-vs-annotated actor: ours deleted it, theirs annotated it; keep theirs
        assert _texts(screen)[0] == "(deleted)" and note in _texts(screen)[1]
        assert _texts(screen)[1].startswith(f"note added by bob: {note}")  # what deleting would lose
        await pilot.press("l", "enter")
        await pilot.pause()
        assert screen.briefing.conflicts == []
        assert "No conflicts left" in str(screen.query_one("#conflicts-title", Static).content)
        await pilot.press("escape")
        await pilot.pause()
    assert [choice for _, _, choice in app.resolved] == ["theirs", "ours", "theirs"]
    (result,) = app.results
    assert result is app.resolved[-1][0]
    path = tmp_path / "resolved.yaml"
    save_briefing(result, path)
    saved = load_briefing(path, load_source=False).briefing
    assert saved.conflicts == []
    assert saved.get(a).review.status == "rejected" and saved.get(a).review.grading == "A1"
    assert [n.text for n in saved.get(b).review.notes] == [note]
    assert "conflicts:" not in path.read_text(encoding="utf-8")


async def test_base_choice_and_closing_without_changes(base):
    merged, a, _, _ = conflicted(base)
    app = Host(merged)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("b", "enter")
        await pilot.pause()
        assert app.screen.briefing.get(a).review.status == "unreviewed"
    app2 = Host(merged)
    async with app2.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app2.results == [None] and app2.resolved == []
    assert len(merged.conflicts) == 3  # the screen never changes the briefing it was given


async def test_a_choice_that_cannot_apply_shows_an_error_and_keeps_the_conflict(base):
    merged, a, _, _ = conflicted(base)
    merged.conflicts[0].path = f"actors[id={a}].review.status.deeper"  # status is not a mapping
    app = Host(merged)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert "not a mapping" in str(screen.query_one("#conflicts-error", Static).content)
        assert len(screen.briefing.conflicts) == 3 and app.resolved == []


def test_bindings_have_ids_and_paths_read_well(base):
    assert all(b.id and b.id.startswith("conflicts.") for b in CONFLICT_BINDINGS)
    actor = base.actors[0]
    assert describe_path(f"actors[id={actor.id}].review.status", base).startswith(actor.label[:30])
    assert describe_path("actors[id=gone].review.status", base) == "gone › review › status"
    assert describe_path("summary.points[id=kp-1].review.status") == "kp-1 › review › status"
    assert describe_path("actors[id=x].review.notes[id=note-1].text") == "x › review › note-1 › text"


async def test_with_an_editor_choices_change_the_model_in_place_and_undo(base):
    from tui.core import Editor
    from tui.core.serialize import to_data

    merged, a, b, note = conflicted(base)
    before = to_data(merged)
    editor = Editor(merged, author="carol")
    app = Host(merged, editor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("l", "enter", "enter", "l", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [merged]  # the very object the editor holds, changed in place
    assert merged.conflicts == [] and merged.get(a).review.status == "rejected"
    assert [n.text for n in merged.get(b).review.notes] == [note]
    assert len(editor.history.descriptions()) == 3
    while editor.undo():
        pass
    assert to_data(merged) == before


async def test_open_conflicts_helper_opens_only_when_there_are_conflicts(base):
    from tui.app.screens.conflicts import open_conflicts
    from tui.core import Editor

    merged, a, _, _ = conflicted(base)
    calls: list[int] = []

    class Plain(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("review")

    app = Plain()
    async with app.run_test(size=SIZE) as pilot:
        assert open_conflicts(app, Editor(base, author="c")) is False
        assert not isinstance(app.screen, ConflictsScreen)
        editor = Editor(merged, author="c")
        assert open_conflicts(app, editor, on_change=lambda: calls.append(1)) is True
        await pilot.pause()
        assert isinstance(app.screen, ConflictsScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert calls == [1] and len(merged.conflicts) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ConflictsScreen)
