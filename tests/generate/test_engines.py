"""Engines: the rules engine, the optional spaCy engine (skipped when not installed), and the
extraction scorer. Speed is measured by the benchmark (`python -m bench`), not by a timed test."""

from __future__ import annotations

import hashlib
import importlib.util

import pytest

from tui.core.store import dump_briefing
from tui.generate import get_engine, make_briefing
from tui.generate.engine import RULES, Engine, EngineUnavailable, spacy_available
from tui.generate.scoring import load_gold, score_briefing

from .conftest import GOLD, ROOT, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def test_rules_engine_is_named_in_the_generator_block() -> None:
    briefing = make_briefing(SEED_TEXT, source_path="x.txt", sha256="abc", engine=RULES)
    assert (briefing.generator.name, briefing.generator.engine) == ("briefing-tui", "rules")
    assert briefing.generator.engine_version == RULES.version
    assert briefing.generator.extra["source_sha256"] == "abc"


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(EngineUnavailable):
        get_engine("magic")


def test_auto_falls_back_to_rules_without_spacy(monkeypatch) -> None:
    import tui.generate.engine as engine

    def missing():
        raise EngineUnavailable("spaCy is not installed")

    monkeypatch.setattr(engine, "_spacy_pipeline", missing)
    assert engine.get_engine("auto") is RULES
    with pytest.raises(EngineUnavailable):
        engine.get_engine("spacy")


def test_benchmark_script_prints_the_table(capsys) -> None:
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([]) == 0
    out = capsys.readouterr().out
    assert "000_d4146e07ab737f61.txt" in out and "seed targets" in out and "met" in out


spacy_only = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None or not spacy_available(),
    reason="spaCy and an English pipeline are not installed (pip install '.[nlp]')",
)


@spacy_only
def test_spacy_engine_meets_the_seed_targets() -> None:
    engine = get_engine("spacy")
    assert engine.name == "spacy" and "spacy" in engine.version
    raw = SEED.read_bytes()
    briefing = make_briefing(SEED_TEXT, source_path="x.txt", sha256=hashlib.sha256(raw).hexdigest(), engine=engine)
    report = score_briefing(briefing, load_gold(GOLD / f"{SEED.stem}.gold.yaml"), SEED_TEXT)
    assert report.bad_evidence == []
    assert report.actors.f1 >= 0.9 and report.assets.f1 >= 0.9 and report.questions.recall >= 0.85
    assert briefing.generator.engine == "spacy"


@spacy_only
def test_spacy_engine_finds_names_the_rules_do_not_know() -> None:
    text = "Ondrej Vlcek told reporters the attack was serious. Vlcek added that Norsk Hydro had paid nothing."
    rules = {a.name for a in make_briefing(text, source_path="x", sha256="0", engine=RULES).actors}
    spacy_names = {a.name for a in make_briefing(text, source_path="x", sha256="0", engine=get_engine("spacy")).actors}
    assert "Ondrej Vlcek" in spacy_names
    assert len(spacy_names) >= len(rules)


@spacy_only
def test_spacy_engine_is_deterministic_and_auto_prefers_it() -> None:
    engine = get_engine("spacy")
    first = dump_briefing(make_briefing(SEED_TEXT, source_path="x", sha256="0", engine=engine))
    second = dump_briefing(make_briefing(SEED_TEXT, source_path="x", sha256="0", engine=engine))
    assert first == second
    assert get_engine("auto").name == "spacy"


def _model(*names: tuple[str, str]) -> Engine:
    """A stand-in for the spaCy engine: every occurrence of each (name, label) is a span."""
    def spans(text: str) -> list[tuple[int, int, str]]:
        found = []
        for name, label in names:
            at = text.find(name)
            while at >= 0:
                found.append((at, at + len(name), label))
                at = text.find(name, at + 1)
        return sorted(found)
    return Engine("spacy", "test", spans)


def _actors(text: str, engine: Engine) -> list[str]:
    return [a.name for a in make_briefing(text, source_path="x", sha256="0", engine=engine).actors]


def test_a_models_misread_organisations_are_dropped_or_merged() -> None:
    head = " date 2021-10-25 Coup in Tarvia\n\n"
    text = head + "Soldiers detained Prime Minister Abdalla Hamdok at dawn. The ministry said Hamdok was moved."
    assert _actors(text, _model(("Hamdok", "ORG"))) == ["Abdalla Hamdok"]  # a surname is the person
    text = head + "Fighting broke out near the Kelmora crossing on Monday, officials said."
    assert _actors(text, _model(("Kelmora", "ORG"))) == []  # an organisation said once: too often a place
    text = head + "The Nord Stream gas pipelines were damaged. Sweden said the Nord Stream gas pipelines leaked."
    assert "Nord Stream" not in _actors(text, _model(("Nord Stream", "ORG")))  # an asset's name
    text = head + "The Revolutionary Armed Forces of Colombia (FARC) met. Later FARC said talks would go on."
    assert _actors(text, _model(("FARC", "ORG"))) == ["Revolutionary Armed Forces of Colombia"]  # a form of it
    text = head + "Hackers hit Kelvo Hydro on Monday. Kelvo Hydro said it had paid nothing."
    assert _actors(text, _model(("Kelvo Hydro", "ORG"))) == ["Kelvo Hydro"]  # said twice: kept


def test_a_definition_reads_no_name_across_a_paragraph() -> None:
    text = " date 2021-10-25 Talks\n\nThe Revolutionary Armed Forces of Colombia (FARC) met on Monday."
    assert _actors(text, RULES) == ["Revolutionary Armed Forces of Colombia"]
