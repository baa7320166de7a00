"""Exports of unusual briefings: empty, without times, unknown places, odd kinds and times."""

from __future__ import annotations

import json

import pytest
import stix2

from tui.core.model import Actor, Briefing, Generator, Note, Place, Review, Source, Span
from tui.export import FORMATS, render
from tui.export.common import EPOCH, base_time, parse_time
from tui.export.countries import countries_in, country_code


def bare() -> Briefing:
    return Briefing(source=Source(path="x.txt"), generator=Generator(name="g"))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_an_empty_briefing_exports_in_every_format(fmt):
    b = bare()
    text = render(b, fmt)
    assert text and text == render(b, fmt)
    if fmt == "stix":
        bundle = stix2.parse(text)
        assert [o.type for o in bundle.objects] == ["report"]


def test_no_time_anywhere_falls_back_to_the_epoch_not_to_now():
    b = bare()
    assert base_time(b) == EPOCH
    report = json.loads(render(b, "stix"))["objects"][0]
    assert report["created"].startswith("1970-01-01T00:00:00")
    b.source.date = "2024-12-09"
    assert base_time(b).isoformat() == "2024-12-09T00:00:00+00:00"


def test_times_are_normalised_to_utc_and_bad_ones_ignored():
    assert parse_time("2026-01-01T00:00:00+02:00").isoformat() == "2025-12-31T22:00:00+00:00"
    assert parse_time("2026-11-25T19:41:02Z").isoformat() == "2026-11-25T19:41:02+00:00"
    assert parse_time("not a time") is None and parse_time(None) is None


def test_places_get_a_country_and_say_when_it_is_inferred_or_unknown():
    b = bare()
    b.places = [
        Place(id="p-syria", name="Syria"),
        Place(id="p-town", name="Baniyas"),
    ]
    objs = {o.get("name"): o for o in json.loads(render(b, "stix"))["objects"]}
    assert objs["Syria"]["country"] == "SY" and "labels" not in objs["Syria"]
    assert objs["Baniyas"]["country"] == "SY" and objs["Baniyas"]["labels"] == ["country-inferred"]
    b.places = [Place(id="p-x", name="Atlantis")]
    objs = {o.get("name"): o for o in json.loads(render(b, "stix"))["objects"]}
    assert objs["Atlantis"]["region"] == "unknown" and objs["Atlantis"]["labels"] == ["location-unresolved"]


def test_country_names():
    assert country_code("Syria") == "SY" and country_code("the Netherlands") == "NL"
    assert country_code("Latakia") is None
    assert countries_in("Latakia province, Syria") == ["SY"]
    assert countries_in("tell us about the US") == ["US"]  # the pronoun is no country


def test_actor_kinds_pick_the_stix_type():
    b = bare()
    b.actors = [
        Actor(id="a1", name="APT99", kind="APT group"),
        Actor(id="a2", name="Militia", kind="armed group"),
        Actor(id="a3", name="Ministry", kind="government"),
        Actor(id="a4", name="Someone", kind="person"),
    ]
    objs = {o.get("name"): o for o in json.loads(render(b, "stix"))["objects"]}
    assert objs["APT99"]["type"] == "intrusion-set"
    assert objs["Militia"]["type"] == "threat-actor" and objs["Militia"]["threat_actor_types"] == ["unknown"]
    assert objs["Ministry"]["type"] == "identity" and objs["Ministry"]["sectors"] == ["government-national"]
    assert objs["Someone"]["identity_class"] == "individual"


def test_a_note_with_an_unparsable_time_still_exports_with_the_briefing_time():
    b = bare()
    b.generator.generated = "2026-11-25T19:40:00Z"
    note = Note(id="n1", author="z", created="yesterday", updated="yesterday", text="\n\nhello")
    b.actors = [Actor(id="a1", name="X", evidence=[Span(0, 1, "a")], review=Review(notes=[note]))]
    objs = json.loads(render(b, "stix"))["objects"]
    (n,) = [o for o in objs if o["type"] == "note"]
    assert n["abstract"] == "hello" and n["created"].startswith("2026-11-25T19:40:00")
    annotations = json.loads(render(b, "annotations", source_text="abc"))["first"]["items"]
    assert annotations[0]["created"] == "2026-11-25T19:40:00Z"
