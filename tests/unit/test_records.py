"""The model's hand-written records (tui/core/records.py, tui/core/model.py) behave as the
dataclasses they replaced: fields in order, fresh defaults, value equality, no hashing,
copies, pickles -- and the model compiles no dataclass at import (issue 8)."""

from __future__ import annotations

import copy
import inspect
import pickle
import subprocess
import sys

import pytest

from tui.core import model
from tui.core.model import Actor, Asset, Briefing, Generator, Review, Source, Span, fields_of


def all_record_classes():
    return [cls for cls in vars(model).values() if isinstance(cls, type) and issubclass(cls, model.Record)
            and cls.__slots__]


def test_every_field_is_an_init_parameter_in_order():
    for cls in all_record_classes():
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        assert tuple(params) == fields_of(cls), cls.__name__


def test_defaults_are_fresh_per_instance_and_values_compare_by_value():
    one, two = Actor("a-1", "Putin"), Actor("a-1", "Putin")
    assert one == two and one is not two
    assert one.aliases is not two.aliases and one.review is not two.review
    one.aliases.append("Vladimir Putin")
    assert one != two
    assert Actor("a-1", "Putin") != Asset("a-1", "Putin")  # another class is never equal
    with pytest.raises(TypeError):
        hash(one)
    assert repr(Span(1, 3, "ab")) == "Span(start=1, end=3, quote='ab', extra={})"


def test_copy_with_changes_only_what_it_is_told():
    actor = Actor("a-1", "Putin", kind="person", aliases=["VVP"])
    changed = actor.copy_with(name="Vladimir Putin")
    assert changed.name == "Vladimir Putin" and actor.name == "Putin"
    assert changed.aliases is actor.aliases  # shallow, as dataclasses.replace
    assert changed.copy_with(name="Putin") == actor


def test_records_survive_deepcopy_and_pickle():
    briefing = Briefing(
        Source("s.txt"),
        Generator("t"),
        actors=[Actor("a-1", "Putin", evidence=[Span(0, 5, "Putin")], review=Review(status="accepted"))],
    )
    assert copy.deepcopy(briefing) == briefing
    again = pickle.loads(pickle.dumps(briefing, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == briefing and again.actors[0].review.status == "accepted"


def test_the_model_compiles_no_dataclass_at_import():
    code = "import sys, tui.core.model\nprint('dataclasses' in sys.modules and any(hasattr(c, '__dataclass_fields__') for c in vars(tui.core.model).values()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
