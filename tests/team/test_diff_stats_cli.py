"""`briefing diff`, `briefing merge`, `briefing stats` and the pure diff/stats they print."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import BUNDLED
from tests.team.conftest import analyst, briefing_cmd, ids
from tui.core import dump_briefing, load_briefing
from tui.team.diff import diff_briefings
from tui.team.stats import progress


def write(path: Path, briefing) -> Path:
    path.write_text(dump_briefing(briefing), encoding="utf-8")
    return path


# -- diff (pure) ---------------------------------------------------------------------------


def test_diff_of_equal_briefings_is_empty(base):
    d = diff_briefings(base, analyst(base, "x", 0).briefing)
    assert d.equal and d.items == [] and d.to_json()["equal"] is True


def test_diff_reports_items_fields_decisions_and_notes_by_author(base):
    actor, other = ids(base, "actors")[:2]
    asset = ids(base, "assets")[0]
    lead = analyst(base, "lead", 0)
    old_note = lead.add_note(asset, "to edit")
    gone_note = lead.add_note(asset, "to delete")
    old = lead.briefing
    alice = analyst(old, "alice", 1)
    alice.set_status(actor, "accepted")
    alice.set_grading(actor, "B2")
    alice.add_tag(actor, "osint")
    new_note = alice.add_note(actor, "looks right")
    alice.edit_note(asset, old_note.id, "edited")
    alice.delete_note(asset, gone_note.id)
    alice.delete_item(other)
    added = alice.add_item("places", name="Latakia")
    d = diff_briefings(old, alice.briefing)
    by_id = {i.item_id: i for i in d.items}
    assert set(by_id) == {actor, asset, other, added.id}
    a = by_id[actor]
    assert a.action == "changed" and a.by == "alice"
    assert (a.decision.old, a.decision.new) == ("unreviewed", "accepted")
    fields = {f.path: f for f in a.fields}
    assert (fields["review.grading"].old, fields["review.grading"].new) == (None, "B2")
    assert fields["review.tags"].added == ["osint"]
    assert "review.updated_by" not in fields  # bookkeeping shows as `by`, not as a change
    assert [(n.action, n.note_id, n.author, n.new_text) for n in a.notes] == [("added", new_note.id, "alice", "looks right")]
    notes = {(n.action, n.note_id): n for n in by_id[asset].notes}
    assert notes[("edited", old_note.id)].old_text == "to edit" and notes[("edited", old_note.id)].new_text == "edited"
    assert notes[("removed", gone_note.id)].author == "lead"
    assert by_id[other].action == "removed"
    assert by_id[added.id].action == "added" and by_id[added.id].list_name == "places"
    assert d.counts() == {
        "added": 1, "removed": 1, "changed": 2, "notes_added": 1, "notes_edited": 1, "notes_removed": 1,
    }


def test_diff_reports_summary_and_conflicts(base):
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_summary_text("new summary")
    alice.set_status(ids(base, "actors")[0], "accepted")
    bob.set_status(ids(base, "actors")[0], "rejected")
    from tui.team.merge import merge_briefings

    merged = merge_briefings(base, alice.briefing, bob.briefing).briefing
    d = diff_briefings(base, merged)
    assert [(f.path, f.new) for f in d.other] == [("summary.text", "new summary")]
    assert d.conflicts_added == [f"actors[id={ids(base, 'actors')[0]}].review.status"]
    assert diff_briefings(merged, base).conflicts_removed == d.conflicts_added


# -- briefing diff (command) ---------------------------------------------------------------


def test_diff_command_exit_codes_text_and_json(tmp_path, base):
    item = ids(base, "actors")[0]
    alice = analyst(base, "alice", 1)
    alice.set_status(item, "flagged")
    alice.add_note(item, "why flagged")
    old = write(tmp_path / "old.yaml", base)
    new = write(tmp_path / "new.yaml", alice.briefing)
    same = briefing_cmd(tmp_path, "diff", str(old), str(old))
    assert same.returncode == 0 and "no differences" in same.stdout
    text = briefing_cmd(tmp_path, "diff", str(old), str(new))
    assert text.returncode == 1
    assert "review.status" in text.stdout and "flagged" in text.stdout and "by alice" in text.stdout
    assert "note added (alice): why flagged" in text.stdout
    js = briefing_cmd(tmp_path, "diff", "--format", "json", str(old), str(new))
    assert js.returncode == 1
    data = json.loads(js.stdout)
    (entry,) = data["items"]
    assert entry["item_id"] == item and entry["by"] == "alice"
    assert {"path": "review.status", "old": "unreviewed", "new": "flagged"} in entry["fields"]
    assert entry["notes"][0]["author"] == "alice"


def test_diff_command_unusable_input(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nsource: [\n", encoding="utf-8")
    for args in (("diff", "missing.yaml", str(BUNDLED)), ("diff", str(bad), str(BUNDLED))):
        result = briefing_cmd(tmp_path, *args)
        assert result.returncode == 2
        assert "error" in result.stderr and "Traceback" not in result.stderr
    assert "bad.yaml:" in briefing_cmd(tmp_path, "diff", str(bad), str(BUNDLED)).stderr


# -- briefing merge (command) --------------------------------------------------------------


def test_merge_command_clean_writes_into_ours(tmp_path, base):
    a, b = ids(base, "actors")[:2]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(a, "accepted")
    bob.set_status(b, "rejected")
    paths = [write(tmp_path / f"{n}.yaml", x) for n, x in (("base", base), ("ours", alice.briefing), ("theirs", bob.briefing))]
    result = briefing_cmd(tmp_path, "merge", *map(str, paths))
    assert result.returncode == 0, result.stderr
    merged = load_briefing(paths[1], load_source=False).briefing
    assert (merged.get(a).review.status, merged.get(b).review.status) == ("accepted", "rejected")
    assert load_briefing(paths[2], load_source=False).briefing == bob.briefing  # theirs untouched


def test_merge_command_conflicts_output_and_labels(tmp_path, base):
    a = ids(base, "actors")[0]
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.set_status(a, "accepted")
    bob.set_status(a, "rejected")
    paths = [write(tmp_path / f"{n}.yaml", x) for n, x in (("base", base), ("ours", alice.briefing), ("theirs", bob.briefing))]
    out = tmp_path / "out.yaml"
    result = briefing_cmd(
        tmp_path, "merge", *map(str, paths), "-o", str(out), "--ours-label", "main", "--theirs-label", "%Y"
    )
    assert result.returncode == 1
    assert f"actors[id={a}].review.status" in result.stderr
    (conflict,) = load_briefing(out, load_source=False).briefing.conflicts
    assert conflict.ours_label == "alice (main)"
    assert conflict.theirs_label == "bob (theirs)"  # a literal %Y (git < 2.44) falls back
    assert load_briefing(paths[1], load_source=False).briefing == alice.briefing  # -o: ours untouched
    assert briefing_cmd(tmp_path, "validate", "-q", str(out)).returncode == 0


def test_merge_command_unusable_input_writes_nothing(tmp_path, base):
    ours = write(tmp_path / "ours.yaml", base)
    before = ours.read_bytes()
    bad = tmp_path / "theirs.yaml"
    bad.write_text("<<<<<<< HEAD\n", encoding="utf-8")
    result = briefing_cmd(tmp_path, "merge", str(ours), str(ours), str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "theirs.yaml" in result.stderr
    assert ours.read_bytes() == before


def test_merge_command_with_an_empty_base_keeps_both_additions(tmp_path, base):
    alice, bob = analyst(base, "alice", 1), analyst(base, "bob", 2)
    alice.add_note(ids(base, "actors")[0], "alice")
    bob.add_note(ids(base, "actors")[0], "bob")
    empty = tmp_path / "base.yaml"
    empty.write_text("", encoding="utf-8")
    ours = write(tmp_path / "ours.yaml", alice.briefing)
    theirs = write(tmp_path / "theirs.yaml", bob.briefing)
    result = briefing_cmd(tmp_path, "merge", str(empty), str(ours), str(theirs))
    # git passes an empty %O when both branches added the file: every item counts as added on
    # both sides, identical fields agree, and both notes on the same actor are kept
    assert result.returncode == 0, result.stderr
    merged = load_briefing(ours, load_source=False).briefing
    assert len(merged.actors) == len(base.actors)
    assert sorted(n.text for n in merged.actors[0].review.notes) == ["alice", "bob"]


# -- stats ---------------------------------------------------------------------------------


def test_progress_counts(base):
    lead = analyst(base, "lead", 0)
    a, b, c = ids(base, "actors")[:3]
    lead.set_status(a, "accepted")
    lead.set_status(b, "rejected")
    lead.set_status(c, "flagged")
    lead.add_note(a, "one")
    alice = analyst(lead.briefing, "alice", 1)
    alice.add_note(b, "two")
    alice.add_note(c, "three")
    q = ids(base, "open_questions")[0]
    alice.dismiss_question(q, "moot")
    p = progress(alice.briefing, "x")
    total = sum(len(base.item_list(n)) for n in ("key_points", "actors", "assets", "open_questions"))
    assert (p.items, p.reviewed, p.accepted, p.rejected, p.flagged) == (total, 3, 1, 1, 1)
    assert p.open_questions == sum(1 for x in base.open_questions if x.status == "open") - 1
    assert dict(p.notes) == {"lead": 1, "alice": 2}


def test_stats_command_table_json_and_bad_files(tmp_path, base, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # a wide terminal: one table row per briefing
    folder = tmp_path / "briefings"
    folder.mkdir()
    shutil.copy(BUNDLED, folder / "a.yaml")
    alice = analyst(base, "alice", 1)
    alice.set_status(ids(base, "actors")[0], "accepted")
    alice.add_note(ids(base, "actors")[0], "n")
    write(folder / "b.yaml", alice.briefing)
    table = briefing_cmd(tmp_path, "stats", str(folder))
    assert table.returncode == 0, table.stderr
    assert "a.yaml" in table.stdout and "b.yaml" in table.stdout and "total" in table.stdout
    assert "alice 1" in table.stdout
    js = json.loads(briefing_cmd(tmp_path, "stats", "--format", "json", str(folder)).stdout)
    assert [Path(b["name"]).name for b in js["briefings"]] == ["a.yaml", "b.yaml"]
    assert js["total"]["reviewed"] == 1 and js["total"]["accepted"] == 1
    assert js["total"]["notes_per_author"] == {"alice": 1}
    assert js["total"]["items"] == 2 * js["briefings"][0]["items"]
    (folder / "c.yaml").write_text("schema_version: [\n", encoding="utf-8")
    partial = briefing_cmd(tmp_path, "stats", "--format", "json", str(folder))
    assert partial.returncode == 1 and "c.yaml" in partial.stderr
    assert len(json.loads(partial.stdout)["briefings"]) == 2
    assert briefing_cmd(tmp_path, "stats", str(tmp_path / "nowhere")).returncode == 2


def test_stats_table_fits_a_narrow_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    shutil.copy(BUNDLED, tmp_path / "a.yaml")
    result = briefing_cmd(tmp_path, "stats", str(tmp_path))
    assert result.returncode == 0
    assert all(len(line) <= 80 for line in result.stdout.splitlines())
    assert "openQ" in result.stdout and "openQ=open questions" in result.stdout
    assert "a.yaml" in result.stdout
