"""The JSON Schema (draft 2020-12) of the briefing format, ``schema_version: 1``.

Built from the model's vocabularies so it cannot drift from the validator's enums; shipped in
the package and printed by ``briefing schema``. Objects allow extra properties on purpose:
unknown keys are kept and written back, so a newer file survives an older tool.
"""

from __future__ import annotations

import json
from typing import Any

from .model import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    QUESTION_STATUSES,
    REVIEW_STATUSES,
    SCHEMA_VERSION,
)

SCHEMA_ID = "https://briefing-tui.invalid/schema/briefing-1.json"


def _obj(required: list[str], **props: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": props, "additionalProperties": True}


_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_ID = {"type": "string", "minLength": 1, "pattern": "\\S"}  # not blank, as the loader checks
_TIME = {"type": "string", "description": "ISO 8601 timestamp, UTC, e.g. 2026-11-25T19:35:45Z"}


def build_schema() -> dict[str, Any]:
    """The schema as a dict."""
    span = _obj(
        ["start", "end", "quote"],
        start={"type": "integer", "minimum": 0, "description": "offset of the first character"},
        end={"type": "integer", "minimum": 0, "description": "offset after the last character"},
        quote={"type": "string", "description": "must equal source_text[start:end]"},
    )
    note = _obj(
        ["id", "author", "created", "text"],
        id=_ID,
        author=_STR,
        created=_TIME,
        updated=_TIME,
        text=_STR,
    )
    review = _obj(
        [],
        status={"enum": list(REVIEW_STATUSES), "default": "unreviewed"},
        confidence={"enum": [*CONFIDENCE_LEVELS, None], "description": "ICD 203 confidence"},
        grading={
            "type": ["string", "null"],
            "pattern": "^[A-F][1-6]$",
            "description": "Admiralty code: reliability A-F + credibility 1-6",
        },
        tags={"type": "array", "items": _STR},
        notes={"type": "array", "items": {"$ref": "#/$defs/note"}},
        updated=_TIME,
        updated_by=_STR,
    )
    evidence = {"type": "array", "items": {"$ref": "#/$defs/span"}}
    common = {"id": _ID, "evidence": evidence, "review": {"$ref": "#/$defs/review"}}
    answer = _obj(
        ["text", "author", "created"],
        text=_STR,
        author=_STR,
        created=_TIME,
        confidence={"enum": [*CONFIDENCE_LEVELS, None]},
        likelihood={"enum": [*LIKELIHOOD_TERMS, None], "description": "ICD 203 likelihood term"},
    )
    defs = {
        "span": span,
        "note": note,
        "review": review,
        "answer": answer,
        "key_point": _obj(["id", "text"], **common, text=_STR),
        "actor": _obj(
            ["id", "name"],
            **common,
            name=_STR,
            kind={"type": "string", "description": "person, state, organisation, armed group, military, ..."},
            aliases={"type": "array", "items": _STR},
            role=_OPT_STR,
            affiliation=_OPT_STR,
        ),
        "asset": _obj(
            ["id", "name"],
            **common,
            name=_STR,
            type={"type": "string", "description": "air base, naval base, aircraft, air defence system, road, ..."},
            aliases={"type": "array", "items": _STR},
            quantity={"type": ["integer", "null"], "minimum": 0},
            location=_OPT_STR,
            owner={"type": ["string", "null"], "description": "id of an actor"},
            status=_OPT_STR,
        ),
        "open_question": _obj(
            ["id", "question"],
            **common,
            question=_STR,
            why=_OPT_STR,
            cue=_OPT_STR,
            status={"enum": list(QUESTION_STATUSES), "default": "open"},
            answer={"oneOf": [{"$ref": "#/$defs/answer"}, {"type": "null"}]},
            dismissal=_OPT_STR,
        ),
        "place": _obj(["id", "name"], **common, name=_STR),
        "conflict": _obj(
            ["id", "path"],
            id=_ID,
            path={"type": "string", "description": "field in conflict, e.g. actors[id=a1].review.status"},
            base={},
            ours={},
            theirs={},
            ours_label=_STR,
            theirs_label=_STR,
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "briefing",
        "description": "A briefing extracted from one source text, with the analysts' review of every item.",
        "type": "object",
        "required": ["schema_version", "source"],
        "additionalProperties": True,
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "source": _obj(
                ["path"],
                path={"type": "string", "description": "source text, relative to the briefing file"},
                sha256={"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
                title=_OPT_STR,
                date=_OPT_STR,
                publisher=_OPT_STR,
                url=_OPT_STR,
            ),
            "generator": _obj(
                ["name"],
                name=_STR,
                version=_OPT_STR,
                engine=_OPT_STR,
                engine_version=_OPT_STR,
                generated=_TIME,
            ),
            "summary": _obj(
                [],
                text=_STR,
                points={"type": "array", "items": {"$ref": "#/$defs/key_point"}},
            ),
            "actors": {"type": "array", "items": {"$ref": "#/$defs/actor"}},
            "assets": {"type": "array", "items": {"$ref": "#/$defs/asset"}},
            "open_questions": {"type": "array", "items": {"$ref": "#/$defs/open_question"}},
            "places": {"type": "array", "items": {"$ref": "#/$defs/place"}},
            "conflicts": {"type": "array", "items": {"$ref": "#/$defs/conflict"}},
        },
        "$defs": defs,
    }


def schema_json() -> str:
    """The schema as indented JSON text."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
