"""STIX 2.1 export: a valid bundle that parses back, resolves, maps confidence per Appendix B."""

from __future__ import annotations

import json
import uuid

import pytest
import stix2

from tui.core.store import load_briefing
from tui.export import render
from tui.export import scales
from tui.export.stix import build_bundle


def refs_of(obj: dict) -> list[str]:
    """Every id an object refers to (``*_ref`` and ``*_refs`` properties, at any depth)."""
    out: list[str] = []
    for key, value in obj.items():
        if key.endswith("_ref") and isinstance(value, str):
            out.append(value)
        elif key.endswith("_refs") and isinstance(value, list):
            out.extend(value)
        elif isinstance(value, dict):
            out.extend(refs_of(value))
        elif isinstance(value, list):
            out.extend(r for v in value if isinstance(v, dict) for r in refs_of(v))
    return out


def parsed(loaded, **kw) -> tuple[stix2.v21.Bundle, dict[str, dict]]:
    text = render(loaded.briefing, "stix", **kw)
    bundle = stix2.parse(text, allow_custom=False)
    data = json.loads(text)
    return bundle, {o["id"]: o for o in data["objects"]}


def test_annotated_seed_bundle_parses_back_and_every_reference_resolves(annotated_seed):
    loaded, roles = annotated_seed
    bundle, by_id = parsed(loaded)
    assert isinstance(bundle, stix2.v21.Bundle)
    assert len(by_id) == len(bundle.objects)  # no duplicate ids
    dangling = [(oid, ref) for oid, obj in by_id.items() for ref in refs_of(obj) if ref not in by_id]
    assert dangling == []
    # every object is reachable from the one report
    (report,) = [o for o in by_id.values() if o["type"] == "report"]
    assert set(report["object_refs"]) == set(by_id) - {report["id"]}
    assert report["name"] == loaded.briefing.title


ACTOR_TYPES = {"identity", "threat-actor", "intrusion-set"}


def _sdo_for(by_id: dict[str, dict], item, types: set[str] = ACTOR_TYPES | {"infrastructure", "location"}) -> dict:
    """The one object of ``types`` that names the item and quotes all its evidence with offsets."""
    label = item.label
    where = [f"Evidence ({s.start}-{s.end}): “{s.quote}”" for s in item.evidence]
    hits = [
        o
        for o in by_id.values()
        if o["type"] in types
        and o.get("name") == label
        and all(w in o.get("description", "") for w in where)
    ]
    assert len(hits) == 1, (label, hits)
    return hits[0]


def test_every_item_becomes_the_right_kind_of_object(annotated_seed):
    loaded, _ = annotated_seed
    b = loaded.briefing
    _, by_id = parsed(loaded)
    for actor in b.actors:
        obj = _sdo_for(by_id, actor, ACTOR_TYPES)
        kind = actor.kind.lower()
        expected = "threat-actor" if kind in ("armed group", "military", "military unit") else "identity"
        assert obj["type"] == expected, (actor.name, actor.kind)
        if obj["type"] == "identity" and kind == "person":
            assert obj["identity_class"] == "individual"
    for asset in b.assets:
        assert _sdo_for(by_id, asset, {"infrastructure"})["type"] == "infrastructure"
    for place in b.places:
        obj = _sdo_for(by_id, place, {"location"})
        assert obj["type"] == "location"
        assert obj.get("country") or obj.get("region")
    questions = [o for o in by_id.values() if o["type"] == "note" and "question" in o.get("labels", [])]
    assert sorted(q["abstract"] for q in questions) == sorted(q.question for q in b.open_questions)


def test_review_becomes_opinions_notes_and_confidence(annotated_seed):
    loaded, roles = annotated_seed
    b = loaded.briefing
    _, by_id = parsed(loaded)
    accepted = _sdo_for(by_id, b.get(roles["accepted_actor"]), ACTOR_TYPES)
    rejected = _sdo_for(by_id, b.get(roles["rejected_actor"]), ACTOR_TYPES)
    flagged = _sdo_for(by_id, b.get(roles["flagged_asset"]), {"infrastructure"})
    graded = _sdo_for(by_id, b.get(roles["accepted_asset"]), {"infrastructure"})
    opinions = {o["object_refs"][0]: o for o in by_id.values() if o["type"] == "opinion"}
    assert opinions[accepted["id"]]["opinion"] == "agree"
    assert opinions[rejected["id"]]["opinion"] == "disagree"
    assert opinions[flagged["id"]]["opinion"] == "neutral"
    assert opinions[accepted["id"]]["authors"] == ["alice"]
    assert by_id[opinions[accepted["id"]]["created_by_ref"]]["name"] == "alice"
    # ICD 203 "high" -> 85 wins over the B2 grading; A1 grading alone -> credibility 1 -> 90
    assert accepted["confidence"] == 85
    assert "admiralty:B2" in accepted["labels"]
    assert graded["confidence"] == 90
    # C6: credibility 6 has no STIX value, so no confidence at all
    assert "confidence" not in flagged and "admiralty:C6" in flagged["labels"]
    # notes point at what they annotate, with the author
    notes = [o for o in by_id.values() if o["type"] == "note" and "analyst-note" in o.get("labels", [])]
    on_accepted = [n for n in notes if n["object_refs"] == [accepted["id"]]]
    assert [n["content"] for n in on_accepted] == ["Named in the lede.\nCheck the readout."]
    assert on_accepted[0]["authors"] == ["alice"]
    assert len(notes) == sum(len(item.review.notes) for _, item in b.iter_items())
    # the answer is a note on the question note, confidence from "likely" (70)
    question = b.get(roles["answered_question"])
    qnote = [o for o in by_id.values() if o["type"] == "note" and o.get("abstract") == question.question][0]
    (answer,) = [o for o in by_id.values() if o["type"] == "note" and o["object_refs"] == [qnote["id"]] and "answer" in o.get("labels", [])]
    assert answer["content"].startswith("Probably, for now.") and answer["confidence"] == 70
    assert "question-status:answered" in qnote["labels"]


def test_ids_are_uuid5_and_stable_across_reloads(annotated_seed):
    loaded, _ = annotated_seed
    first = render(loaded.briefing, "stix")
    again = render(load_briefing(loaded.path).briefing, "stix")
    assert first == again
    for obj in json.loads(first)["objects"]:
        assert uuid.UUID(obj["id"].split("--", 1)[1]).version == 5


def test_times_come_from_the_briefing_not_the_clock(annotated_seed):
    loaded, _ = annotated_seed
    b = loaded.briefing
    _, by_id = parsed(loaded)
    (report,) = [o for o in by_id.values() if o["type"] == "report"]
    if b.source.date:  # the source's date, at midnight UTC: it survives a regeneration
        expected = f"{b.source.date}T00:00:00"
    else:
        expected = b.generator.generated.rstrip("Z")
    assert report["created"].startswith(expected)
    latest = max(n.updated for _, item in b.iter_items() for n in item.review.notes)
    assert report["modified"] >= latest.rstrip("Z")
    for obj in by_id.values():
        if "created" in obj:
            assert obj["modified"] >= obj["created"], obj["id"]


def test_only_accepted_leaves_out_everything_else(annotated_seed):
    loaded, roles = annotated_seed
    b = loaded.briefing
    _, by_id = parsed(loaded, only="accepted")
    actors = {o["name"] for o in by_id.values() if o["type"] in ACTOR_TYPES and "analyst" not in o.get("roles", [])}
    assets = {o["name"] for o in by_id.values() if o["type"] == "infrastructure"}
    assert b.get(roles["accepted_actor"]).name in actors
    assert b.get(roles["rejected_actor"]).name not in actors
    assert b.get(roles["flagged_asset"]).name not in assets
    assert b.get(roles["accepted_asset"]).name in assets
    assert {o["opinion"] for o in by_id.values() if o["type"] == "opinion"} == {"agree"}
    dangling = [ref for obj in by_id.values() for ref in refs_of(obj) if ref not in by_id]
    assert dangling == []


def test_a_different_briefing_gets_different_ids(annotated_seed):
    loaded, _ = annotated_seed
    a = {o["id"] for o in json.loads(render(loaded.briefing, "stix"))["objects"]}
    loaded.briefing.source.sha256 = "0" * 64
    b = {o["id"] for o in json.loads(render(loaded.briefing, "stix"))["objects"]}
    analysts = {i for i in a if i.startswith("identity--") and i in b}  # analysts are people, shared
    assert a & b == analysts


# -- the Appendix B tables, transcribed from the STIX 2.1 specification ------------------
# (checked against the specification, not against the stix2 library, which differs on WEP)

SPEC_NONE_LOW_MED_HIGH = {"low": 15, "moderate": 50, "high": 85}
SPEC_ADMIRALTY = {"1": 90, "2": 70, "3": 50, "4": 30, "5": 10}
SPEC_DNI = [5, 15, 30, 50, 70, 85, 95]
SPEC_DNI_BACK_BINS = [(0, 9), (10, 19), (20, 39), (40, 59), (60, 79), (80, 89), (90, 100)]
SPEC_ADMIRALTY_BACK = {"1": (80, 100), "2": (60, 79), "3": (40, 59), "4": (20, 39), "5": (0, 19)}
SPEC_LOW_MED_HIGH_BACK = {"low": (1, 29), "moderate": (30, 69), "high": (70, 100)}


def test_confidence_levels_follow_the_spec_table():
    for level, value in SPEC_NONE_LOW_MED_HIGH.items():
        assert scales.from_confidence(level) == value
        lo, hi = SPEC_LOW_MED_HIGH_BACK[level]
        assert lo <= value <= hi  # and it maps back to the same level
    assert scales.from_confidence(None) is None


@pytest.mark.parametrize("reliability", list("ABCDEF"))
def test_admiralty_credibility_follows_the_spec_table(reliability):
    for digit, value in SPEC_ADMIRALTY.items():
        assert scales.from_grading(reliability + digit) == value
        lo, hi = SPEC_ADMIRALTY_BACK[digit]
        assert lo <= value <= hi
    assert scales.from_grading(reliability + "6") is None


def test_icd203_likelihood_follows_the_spec_table():
    from tui.core.model import LIKELIHOOD_TERMS

    assert [scales.from_likelihood(t) for t in LIKELIHOOD_TERMS] == SPEC_DNI
    for value, (lo, hi) in zip(SPEC_DNI, SPEC_DNI_BACK_BINS):
        assert lo <= value <= hi


def test_precedence_confidence_over_grading_and_likelihood_over_confidence():
    assert scales.item_confidence("low", "A1") == 15
    assert scales.item_confidence(None, "B3") == 50
    assert scales.item_confidence(None, None) is None
    assert scales.answer_confidence("very unlikely", "high") == 15
    assert scales.answer_confidence(None, "high") == 85


# -- the OASIS validator (the specification's MUSTs and SHOULDs, beyond the stix2 library) -----

#: {103} "is not a valid UUIDv4 ID": STIX 2.1 recommends (SHOULD) UUIDv4 for SDOs and SROs; we
#: use UUIDv5 on purpose (deterministic ids, as OpenCTI does), which the spec permits.
DETERMINISTIC_IDS = ["103"]


@pytest.fixture
def offline(monkeypatch):
    """The validator must use its bundled schemas: fail loudly if it tries to fetch one."""
    validator = pytest.importorskip("stix2validator.validator")

    def no_network(*args, **kwargs):
        raise AssertionError(f"stix2validator tried to download {args[:1]}")

    monkeypatch.setattr(validator.requests, "get", no_network)


def oasis_validate(text: str, strict: bool = True):
    validator = pytest.importorskip("stix2validator")
    return validator.validate_string(text, validator.ValidationOptions(strict=strict, disabled=DETERMINISTIC_IDS))


def test_bundle_passes_the_oasis_validator_in_strict_mode(annotated_seed, fixture_loaded, offline):
    for loaded in (annotated_seed[0], fixture_loaded):
        for only in (None, "accepted"):
            result = oasis_validate(render(loaded.briefing, "stix", only=only))
            assert result.is_valid, [str(e) for e in result.errors + result.warnings]


def test_the_oasis_validator_catches_what_we_switched_off_only(offline):
    pytest.importorskip("stix2validator")
    from tui.core.model import Briefing, Generator, Place, Source

    b = Briefing(source=Source(path="x.txt"), generator=Generator(name="g"), places=[Place(id="p", name="Atlantis")])
    text = render(b, "stix")
    assert oasis_validate(text, strict=False).is_valid  # region "unknown": open vocabulary, allowed
    assert not oasis_validate(text, strict=True).is_valid  # but flagged as outside region-ov


def test_an_analyst_is_the_same_object_in_every_briefing(annotated_seed, fixture_loaded):
    def analysts(loaded):
        objs = json.loads(render(loaded.briefing, "stix"))["objects"]
        return {o["name"]: o for o in objs if o["type"] == "identity" and "analyst" in o.get("roles", [])}

    seed, fixture = analysts(annotated_seed[0]), analysts(fixture_loaded)
    assert "alice" in seed and "alice" in fixture
    assert seed["alice"] == fixture["alice"]  # same id, same times, same everything


def test_regenerating_keeps_created_and_moves_modified(fixture_loaded):
    b = fixture_loaded.briefing
    before = {o["id"]: o for o in json.loads(render(b, "stix"))["objects"]}
    b.generator.generated = "2026-12-01T08:00:00Z"  # the same source, generated again later
    after = {o["id"]: o for o in json.loads(render(b, "stix"))["objects"]}
    assert before.keys() == after.keys()
    for oid, obj in after.items():
        if "created" in obj:
            assert obj["created"] == before[oid]["created"], oid  # one id, one `created`
            assert obj["modified"] >= before[oid]["modified"], oid
    (report,) = [o for o in after.values() if o["type"] == "report"]
    assert report["modified"].startswith("2026-12-01T08:00:00")


def test_asset_aliases_reach_the_stix_infrastructure_and_the_report(fixture_loaded):
    """Assets carry aliases (the other names the text uses): STIX and the report show them."""
    asset = fixture_loaded.briefing.assets[0]
    asset.aliases = ["Alias One", "Alias Two"]
    _bundle, objects = parsed(fixture_loaded)
    infra = next(o for o in objects.values() if o["type"] == "infrastructure" and o["name"] == asset.name)
    assert infra["aliases"] == ["Alias One", "Alias Two"]
    report = render(fixture_loaded.briefing, "markdown")
    assert "Alias One, Alias Two" in report
