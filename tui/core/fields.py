"""What the editor may change, and the small helpers its operations share.

Split from :mod:`tui.core.ops` (which re-exports all of it): the refusal exception, the clock,
the default author, id slugs, the editable fields per item list, and the check that text can
be saved at all.
"""

from __future__ import annotations

import getpass
import os
import re
from datetime import datetime, timezone

from .errors import BriefingError


class OperationError(BriefingError):
    """A change the model refuses, with the reason in one sentence."""


def utc_now() -> str:
    """Now, in UTC, as ISO 8601 with seconds (``2026-11-25T19:35:45Z``)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_author() -> str:
    """The analyst's name when no config gives one: ``$BRIEFING_AUTHOR``, else the login."""
    name = os.environ.get("BRIEFING_AUTHOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def slug(text: str, limit: int = 32) -> str:
    """A lowercase ascii slug of ``text`` for readable ids (``Khmeimim Air Base`` -> ``khmeimim-air-base``)."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value[:limit].rstrip("-") or "item"


def _savable(text: str) -> str:
    """``text`` itself; OperationError when it holds what UTF-8 cannot store.

    Lone surrogates (from a broken paste or a mis-decoded terminal) would pass every check
    and then make the save itself fail, so they are refused at the door.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OperationError(
            f"the text holds a character that cannot be saved (U+{ord(text[exc.start]):04X}); retype it"
        ) from None
    return text


#: Id prefix per item list.
ID_PREFIX = {
    "key_points": "kp",
    "actors": "actor",
    "assets": "asset",
    "open_questions": "q",
    "places": "place",
}

#: Fields an analyst may edit, per list, with their kind.
EDITABLE_FIELDS: dict[str, dict[str, str]] = {
    "key_points": {"text": "text"},
    "actors": {"name": "text", "kind": "text", "role": "text?", "affiliation": "text?", "aliases": "list"},
    "assets": {
        "name": "text",
        "type": "text",
        "quantity": "int?",
        "location": "text?",
        "owner": "actor?",
        "status": "text?",
        "aliases": "list",
    },
    "open_questions": {"question": "text", "why": "text?"},
    "places": {"name": "text"},
}
