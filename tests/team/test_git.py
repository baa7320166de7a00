"""Real git repositories: two analysts' branches annotate one briefing, `git merge` runs the driver.

Each test sets up a repository with ``briefing git-setup`` (the installed command), lets two
"analysts" change the briefing on two branches through the core editor, merges with git, and
checks the merged file field by field: valid, no conflict markers, nothing lost without a
recorded conflict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from tests.conftest import BUNDLED
from tests.team.checks import assert_nothing_lost
from tests.team.conftest import briefing_cmd, clock, git, init_repo
from tui.core import Editor, load_briefing, save_briefing
from tui.core.model import Briefing
from tui.team.resolve import resolve_all

REL = Path("briefings") / BUNDLED.name


def annotate(repo: Path, branch: str, author: str, minute: int, change: Callable[[Editor], None]) -> Briefing:
    """On ``branch`` (created from main), let ``author`` change the briefing and commit it."""
    git(repo, "checkout", "-q", "-B", branch, "main")
    loaded = load_briefing(repo / REL)
    editor = Editor(loaded.briefing, author=author, clock=clock(minute), source_text=loaded.source_text)
    change(editor)
    save_briefing(editor.briefing, loaded.path, expected_sha256=loaded.sha256)
    git(repo, "commit", "-q", "-am", f"{author} reviews")
    return editor.briefing


def merge(repo: Path, ours: str, theirs: str):
    """Check out ``ours`` and `git merge` ``theirs``; returns (git result, merged file text)."""
    git(repo, "checkout", "-q", ours)
    result = git(repo, "merge", "--no-edit", theirs, check=False)
    return result, (repo / REL).read_text(encoding="utf-8")


def no_markers(text: str) -> None:
    for marker in ("<<<<<<<", "=======", ">>>>>>>"):
        assert marker not in text


def three(repo: Path, alice_change, bob_change):
    base = load_briefing(repo / REL).briefing
    alice = annotate(repo, "alice", "alice", 1, alice_change)
    bob = annotate(repo, "bob", "bob", 2, bob_change)
    result, text = merge(repo, "alice", "bob")
    no_markers(text)
    merged = load_briefing(repo / REL).briefing  # raises if the merged file does not validate
    assert_nothing_lost(base, alice, merged)
    assert_nothing_lost(base, bob, merged)
    return base, merged, result


def test_git_setup_writes_attributes_and_config(repo):
    assert "briefings/*.yaml merge=briefing" in (repo / ".gitattributes").read_text().splitlines()
    driver = git(repo, "config", "--get", "merge.briefing.driver").stdout.strip()
    assert driver.startswith(str(Path(briefing_cmd(repo, "--version").args[0]).resolve()))
    assert "merge %O %A %B -o %A" in driver
    assert git(repo, "check-attr", "merge", str(REL)).stdout.strip().endswith("merge: briefing")
    again = briefing_cmd(repo, "git-setup")  # idempotent
    assert again.returncode == 0 and "already" in again.stdout
    assert (repo / ".gitattributes").read_text().count("merge=briefing") == 1


def test_git_setup_keeps_locks_and_temporaries_out_of_git(repo):
    """The app's lock (and a save's temporary file) beside a briefing never shows in git."""
    (repo / "briefings" / f".{REL.name}.lock").write_text("{}", encoding="utf-8")
    (repo / "briefings" / f".{REL.name}.abc123.tmp").write_text("x", encoding="utf-8")
    assert git(repo, "status", "--porcelain").stdout == ""
    exclude = (repo / ".git" / "info" / "exclude").read_text(encoding="utf-8")
    briefing_cmd(repo, "git-setup")  # idempotent here too
    assert (repo / ".git" / "info" / "exclude").read_text(encoding="utf-8") == exclude


def test_git_setup_outside_a_repository_is_refused(tmp_path):
    result = briefing_cmd(tmp_path, "git-setup")
    assert result.returncode == 2
    assert "not inside a git repository" in result.stderr and "Traceback" not in result.stderr


def test_different_items_merge_cleanly(repo):
    first, second = (a.id for a in load_briefing(repo / REL).briefing.actors[:2])
    base, merged, result = three(
        repo,
        lambda e: e.set_status(first, "accepted"),
        lambda e: e.set_status(second, "rejected"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert merged.get(first).review.status == "accepted"
    assert merged.get(second).review.status == "rejected"
    assert merged.conflicts == []
    assert git(repo, "status", "--porcelain").stdout == ""  # merge committed


def test_same_item_different_fields_merge_cleanly(repo):
    item = load_briefing(repo / REL).briefing.assets[0].id

    def alice(e: Editor) -> None:
        e.set_confidence(item, "moderate")
        e.add_tag(item, "imagery")

    def bob(e: Editor) -> None:
        e.set_grading(item, "C3")
        e.add_tag(item, "logistics")
        e.set_status(item, "flagged")

    base, merged, result = three(repo, alice, bob)
    assert result.returncode == 0, result.stdout + result.stderr
    review = merged.get(item).review
    assert (review.confidence, review.grading, review.status) == ("moderate", "C3", "flagged")
    assert set(review.tags) == {"imagery", "logistics"}
    assert review.updated_by == "bob"  # the later stamp wins
    assert merged.conflicts == []


def test_same_field_two_ways_records_a_conflict_and_stops_the_merge(repo):
    item = load_briefing(repo / REL).briefing.actors[0].id
    base, merged, result = three(
        repo,
        lambda e: e.set_status(item, "accepted"),
        lambda e: e.set_status(item, "rejected"),
    )
    assert result.returncode != 0  # git leaves the path conflicted for the analyst
    assert "merged with 1 conflict" in result.stdout + result.stderr
    (conflict,) = merged.conflicts
    assert conflict.path == f"actors[id={item}].review.status"
    assert (conflict.ours, conflict.theirs) == ("accepted", "rejected")
    assert "alice" in conflict.ours_label and "bob" in conflict.theirs_label
    assert briefing_cmd(repo, "validate", str(REL)).returncode == 0
    # the analyst keeps bob's decision, saves, and concludes the merge
    settled = resolve_all(merged, "theirs")
    loaded = load_briefing(repo / REL)
    save_briefing(settled, loaded.path, expected_sha256=loaded.sha256)
    git(repo, "add", str(REL))
    git(repo, "commit", "-q", "--no-edit")
    final = load_briefing(repo / REL).briefing
    assert final.conflicts == [] and final.get(item).review.status == "rejected"


def test_both_adding_notes_keeps_both(repo):
    item = load_briefing(repo / REL).briefing.actors[0].id
    notes: dict[str, str] = {}
    base, merged, result = three(
        repo,
        lambda e: notes.setdefault("alice", e.add_note(item, "alice: check imagery").id),
        lambda e: notes.setdefault("bob", e.add_note(item, "bob: second source\nneeded").id),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    got = {n.id: (n.author, n.text) for n in merged.get(item).review.notes}
    assert got == {notes["alice"]: ("alice", "alice: check imagery"), notes["bob"]: ("bob", "bob: second source\nneeded")}


def test_deleting_an_item_the_other_annotated_keeps_it_and_records_a_conflict(repo):
    item = load_briefing(repo / REL).briefing.actors[1].id
    base, merged, result = three(
        repo,
        lambda e: e.delete_item(item),
        lambda e: e.add_note(item, "bob: this one matters"),
    )
    assert result.returncode != 0
    assert [n.text for n in merged.get(item).review.notes] == ["bob: this one matters"]
    (conflict,) = merged.conflicts
    assert conflict.path == f"actors[id={item}]" and conflict.ours is None
    # choosing alice's side deletes it for good
    assert resolve_all(merged, "ours").find(item) is None


def test_two_clones_push_and_pull(tmp_path):
    origin = init_repo(tmp_path / "seed")
    bare = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(bare))
    clones = {}
    for name in ("alice", "bob"):
        clone = tmp_path / name
        git(tmp_path, "clone", "-q", str(bare), str(clone))
        git(clone, "config", "user.name", name)
        git(clone, "config", "user.email", f"{name}@example.org")
        assert briefing_cmd(clone, "git-setup").returncode == 0  # config does not travel with clones
        # with no pull preference anywhere, git-setup makes `git pull` merge (git >= 2.27 refuses)
        assert git(clone, "config", "--local", "--get", "pull.rebase").stdout.strip() == "false"
        clones[name] = clone
    base = load_briefing(clones["alice"] / REL).briefing
    a_item, b_item = base.actors[0].id, base.assets[0].id
    sides = {}
    for name, minute, change in (
        ("alice", 1, lambda e: (e.set_status(a_item, "accepted"), e.add_note(b_item, "alice was here"))),
        ("bob", 2, lambda e: (e.set_status(b_item, "flagged"), e.add_note(b_item, "bob was here"))),
    ):
        loaded = load_briefing(clones[name] / REL)
        editor = Editor(loaded.briefing, author=name, clock=clock(minute))
        change(editor)
        save_briefing(editor.briefing, loaded.path, expected_sha256=loaded.sha256)
        git(clones[name], "commit", "-q", "-am", f"{name} reviews")
        sides[name] = editor.briefing
    git(clones["alice"], "push", "-q", "origin", "main")
    pulled = git(clones["bob"], "pull", "-q", "--no-edit", check=False)  # as the README says
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    text = (clones["bob"] / REL).read_text(encoding="utf-8")
    no_markers(text)
    merged = load_briefing(clones["bob"] / REL).briefing
    for side in sides.values():
        assert_nothing_lost(base, side, merged)
    assert sorted(n.author for n in merged.get(b_item).review.notes) == ["alice", "bob"]
    git(clones["bob"], "push", "-q")
    git(clones["alice"], "pull", "-q", "--no-edit")
    assert (clones["alice"] / REL).read_text(encoding="utf-8") == text


def test_both_branches_adding_the_same_briefing_merge_through_an_empty_base(repo):
    new = Path("briefings") / "copy.yaml"
    item = load_briefing(repo / REL).briefing.actors[0].id
    notes = {}
    for branch, author, minute in (("alice", "alice", 1), ("bob", "bob", 2)):
        git(repo, "checkout", "-q", "-B", branch, "main")
        loaded = load_briefing(repo / REL)
        editor = Editor(loaded.briefing, author=author, clock=clock(minute))
        notes[author] = editor.add_note(item, f"{author} on the copy").id
        save_briefing(editor.briefing, repo / new)
        git(repo, "add", str(new))
        git(repo, "commit", "-q", "-m", f"{author} adds a copy")
    result, _ = merge(repo, "alice", "bob")
    assert result.returncode == 0, result.stdout + result.stderr
    text = (repo / new).read_text(encoding="utf-8")
    no_markers(text)
    merged = load_briefing(repo / new, load_source=False).briefing
    assert {n.id for n in merged.get(item).review.notes} == set(notes.values())


def test_a_broken_side_stops_the_merge_with_a_message_and_no_markers(repo):
    item = load_briefing(repo / REL).briefing.actors[0].id
    annotate(repo, "alice", "alice", 1, lambda e: e.set_status(item, "accepted"))
    git(repo, "checkout", "-q", "-B", "bob", "main")
    text = (repo / REL).read_text(encoding="utf-8")
    (repo / REL).write_text(text.replace("schema_version: 1", "schema_version: one"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "bob breaks the file by hand")
    result, merged_text = merge(repo, "alice", "bob")
    assert result.returncode != 0
    assert "schema_version" in result.stdout + result.stderr and "Traceback" not in result.stderr
    no_markers(merged_text)
    assert load_briefing(repo / REL).briefing.get(item).review.status == "accepted"  # ours left as it was
