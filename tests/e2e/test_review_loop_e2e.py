"""End-to-end review loop in a real terminal: the installed ``briefing`` command under tmux.

As a new user would: open a copy of the bundled briefing, accept two actors, reject an asset,
write a note of several lines, answer an open question, save, quit; then the file holds exactly
those changes, with author and times, and ``briefing validate`` accepts it. A second test kills
the app with SIGKILL mid-session: the work older than the recovery debounce is in the recovery
file, and the next start offers to restore it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tui.core.recovery import find_recovery, load_recovery
from tui.core.store import dump_briefing, load_briefing

from .tmux import Tmux, briefing_command

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "briefings" / "000_d4146e07ab737f61.yaml"
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Terminal(Tmux):
    """One detached tmux session (120x40) running ``briefing FILE``; always killed on exit."""

    def __init__(self, folder: Path, file: str, env: dict[str, str]) -> None:
        super().__init__([briefing_command(), file], cwd=folder, env=env)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled briefing and its seed, laid out as in the repository."""
    shutil.copytree(ROOT / "briefings", tmp_path / "briefings")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.fixture
def env(folder: Path, monkeypatch) -> dict[str, str]:
    """The app's config/data folders and author, shared with this test process (for recovery)."""
    values = {
        "BRIEFING_CONFIG_DIR": str(folder / "config"),
        "BRIEFING_DATA_DIR": str(folder / "data"),
        "BRIEFING_AUTHOR": "e2e-analyst",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def changed_items(before, after) -> set[str]:
    """Ids of the items whose data differs between two briefings (same ids on both sides)."""
    old = {item.id: item for _, item in before.iter_items()}
    new = {item.id: item for _, item in after.iter_items()}
    assert old.keys() == new.keys()
    return {item_id for item_id in old if old[item_id] != new[item_id]}


def test_review_loop_accept_reject_note_answer_save_quit(folder: Path, env: dict[str, str]):
    path = folder / "briefings" / BUNDLED.name
    original = load_briefing(path).briefing
    reviewed, total = original.progress()
    assert reviewed == 0
    actors = [a.id for a in original.actors[:2]]
    asset, noted = original.assets[0].id, original.assets[1].id
    question = original.open_questions[0].id

    with Terminal(folder, f"briefings/{BUNDLED.name}", env) as term:
        term.wait_for(f"0 of {total} reviewed")
        term.send("2", "a", "a")  # accept the first two actors (the cursor moves on by itself)
        term.wait_for(f"2 of {total} reviewed")
        term.send("3", "x")  # reject the first asset; the cursor moves to the second
        term.wait_for(f"3 of {total} reviewed")
        term.send("n")
        term.wait_for("Ctrl+S: store")
        term.send("Imagery date not given.", "Enter", "Check the Maxar archive.")
        term.wait_for("Check the Maxar archive.")
        term.send("C-s")
        term.wait_for("Note added by e2e-analyst")
        term.send("4", "A")
        term.wait_for("Answer the question")
        term.send("Lease talks continue.")
        term.wait_for("Lease talks continue.")
        term.send("C-s")
        term.wait_for("Answered:")
        assert "unsaved" in term.screen()
        term.send("C-s")
        term.wait_for(f"Saved {BUNDLED.name}")
        term.send("q")
        term.wait_for("EXITED:0")

    saved = load_briefing(path)
    assert saved.warnings == []
    briefing = saved.briefing
    assert changed_items(original, briefing) == {*actors, asset, noted, question}
    for actor in actors:
        review = briefing.get(actor).review
        assert review.status == "accepted" and review.updated_by == "e2e-analyst" and ISO.match(review.updated)
    assert briefing.get(asset).review.status == "rejected"
    notes = briefing.get(noted).review.notes
    assert [n.text for n in notes] == ["Imagery date not given.\nCheck the Maxar archive."]
    assert notes[0].author == "e2e-analyst" and ISO.match(notes[0].created) and ISO.match(notes[0].updated)
    assert briefing.get(noted).review.status == "unreviewed"
    answered = briefing.get(question)
    assert answered.status == "answered" and answered.answer.text == "Lease talks continue."
    assert answered.answer.author == "e2e-analyst" and ISO.match(answered.answer.created)
    # Nothing else moved: put the five original items back and the file is as it was.
    for item_id in (*actors, asset, noted, question):
        list_name, index, _ = briefing.find(item_id)
        briefing.item_list(list_name)[index] = original.get(item_id)
    assert dump_briefing(briefing) == dump_briefing(original)
    assert find_recovery(path) is None

    result = subprocess.run([briefing_command(), "validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sigkill_loses_at_most_the_last_seconds(folder: Path, env: dict[str, str]):
    path = folder / "briefings" / BUNDLED.name
    original = load_briefing(path).briefing
    _, total = original.progress()
    first = original.actors[0].id
    before = dump_briefing(original)

    with Terminal(folder, f"briefings/{BUNDLED.name}", env) as term:
        term.wait_for(f"0 of {total} reviewed")
        term.send("2", "a", "k", "n")
        term.wait_for("Ctrl+S: store")
        term.send("typed before the crash", "Enter", "second line")
        term.wait_for("second line")
        term.send("C-s")
        term.wait_for("Note added by e2e-analyst")
        # The recovery file follows ~2 s after the last change (allow for a busy machine).
        noted = time.monotonic()
        while find_recovery(path) is None and time.monotonic() < noted + 15:
            time.sleep(0.2)
        assert time.monotonic() - noted < 10, "no recovery file within 10 s of the last change"
        os.kill(term.app_pid(), signal.SIGKILL)
        term.wait_for("EXITED:137")

    assert path.read_text(encoding="utf-8") == before  # the file itself was never saved
    recovered = load_recovery(path).get(first)
    assert recovered.review.status == "accepted"
    assert [n.text for n in recovered.review.notes] == ["typed before the crash\nsecond line"]

    # The next start offers the work back; restoring and saving puts it in the file.
    with Terminal(folder, f"briefings/{BUNDLED.name}", env) as term:
        term.wait_for("Unsaved work found")
        term.send("r")
        term.wait_for("Restored unsaved work")
        term.send("C-s")
        term.wait_for(f"Saved {BUNDLED.name}")
        term.send("q")
        term.wait_for("EXITED:0")
    saved = load_briefing(path).briefing.get(first)
    assert saved.review.status == "accepted"
    assert [n.text for n in saved.review.notes] == ["typed before the crash\nsecond line"]
    assert find_recovery(path) is None


def test_cut_a_new_asset_from_a_keyboard_selection_in_the_source(folder: Path, env: dict[str, str]):
    """The source pane's own cursor and selection keys in a real terminal: move by word
    (ctrl+right), select two words (ctrl+shift+right), cut them into a new asset (s), store it
    (ctrl+s in the form), save. The file holds the asset with the exact offsets and quote."""
    path = folder / "briefings" / BUNDLED.name
    original = load_briefing(path)
    count = len(original.briefing.assets)
    with Terminal(folder, f"briefings/{BUNDLED.name}", env) as term:
        term.wait_for("reviewed")
        term.send("3", "5")  # the assets list is the one new items go to; then the source pane
        term.send("Down", "C-Right", "C-Right", "C-Right", "Right", "C-S-Right", "C-S-Right")
        term.send("s")
        term.wait_for("New asset")
        term.wait_for("From the source")
        term.send("C-s")
        term.wait_for("Added asset")
        term.send("C-s")
        term.wait_for(f"Saved {BUNDLED.name}")
        term.send("q")
        term.wait_for("EXITED:0")

    saved = load_briefing(path)
    assets = saved.briefing.assets
    assert len(assets) == count + 1
    new = next(a for a in assets if a.id not in {b.id for b in original.briefing.assets})
    [span] = new.evidence
    text = saved.source_text
    assert text[span.start:span.end] == span.quote
    assert len(span.quote.split()) == 2 and new.name == " ".join(span.quote.split())
    assert text[span.start - 1].isspace() or not text[span.start - 1].isalnum()  # a word boundary
