"""Field paths keyed on ids, as written in ``conflicts[].path``, and access to plain data by them.

A path names one value of a briefing in its plain-data form (``tui.core.serialize.to_data``)
by keys and ids rather than positions, so it stays true when items are added or removed:

* ``actors[id=actor-putin].review.status``
* ``summary.points[id=kp-1].review.notes[id=note-1a2b3c4d5e].text``
* ``assets[id=asset-il-76].evidence[span=2133-2193].quote``
* ``actors[id=actor-putin]`` (the whole item: a delete/modify conflict)

Lists of mappings are addressed by a selector (``id`` for items, notes and conflicts; ``span``
for evidence, ``start-end``). Everything here works on plain dicts and lists, never on the model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: Lists of mappings that are keyed by ``id`` (items, notes, conflicts).
ID_KEYED = frozenset({"points", "actors", "assets", "open_questions", "places", "notes", "conflicts"})
#: Lists of evidence spans, keyed by ``start-end``.
SPAN_KEYED = frozenset({"evidence"})
#: Lists of plain strings merged as sets (order kept where it can be).
SET_LISTS = frozenset({"tags", "aliases"})


class PathError(ValueError):
    """A conflict path that cannot be parsed or does not lead anywhere in the data."""


class MissingElement(PathError):
    """The path goes through an item or note that is no longer in the data."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One step of a path: a mapping key, optionally followed by a list selector."""

    key: str
    selector: tuple[str, str] | None = None  # ("id", "actor-putin") or ("span", "10-20")

    def __str__(self) -> str:
        key = _escape(self.key, ".[]\\")
        if self.selector is None:
            return key
        value = _escape(self.selector[1], _SELECTOR_SPECIAL)
        return f"{key}[{self.selector[0]}={value}]"


_SELECTOR_SPECIAL = "]\\"


def _escape(text: str, special: str) -> str:
    """Backslash-escape ``special`` characters (ids and keys may hold ``]`` or ``.``)."""
    return "".join("\\" + ch if ch in special else ch for ch in text)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


def span_key(span: dict[str, Any]) -> str:
    """The selector value of an evidence span: ``"start-end"``."""
    return f"{span.get('start')}-{span.get('end')}"


def element_key(list_key: str, element: Any) -> tuple[str, str] | None:
    """The selector of ``element`` in the list called ``list_key`` (None: not keyed)."""
    if not isinstance(element, dict):
        return None
    if list_key in SPAN_KEYED:
        return ("span", span_key(element))
    if "id" in element and isinstance(element["id"], str):
        return ("id", element["id"])
    return None


def format_path(segments: list[Segment] | tuple[Segment, ...]) -> str:
    """``[Segment("actors", ("id", "a")), Segment("review")]`` -> ``actors[id=a].review``."""
    return ".".join(str(s) for s in segments)


# A key, then an optional [name=value]; a backslash escapes the next character in either.
_SEGMENT_RE = re.compile(r"((?:[^.\[\]\\]|\\.)*)(?:\[(id|span)=((?:[^\]\\]|\\.)*)\])?", re.DOTALL)


def parse_path(path: str) -> list[Segment]:
    """The segments of a path; PathError when it is not in the form above."""
    segments: list[Segment] = []
    pos = 0
    while True:
        match = _SEGMENT_RE.match(path, pos)
        if match is None:
            raise PathError(f"cannot read the conflict path {path!r} at character {pos + 1}")
        key, sel_name, sel_value = match.groups()
        segments.append(Segment(_unescape(key), (sel_name, _unescape(sel_value)) if sel_name else None))
        pos = match.end()
        if pos == len(path):
            return segments
        if path[pos] != ".":
            raise PathError(f"cannot read the conflict path {path!r} at character {pos + 1}")
        pos += 1


def _find(items: list[Any], list_key: str, selector: tuple[str, str]) -> int | None:
    for index, element in enumerate(items):
        if element_key(list_key, element) == selector:
            return index
    return None


_ABSENT = object()


def get_value(data: dict[str, Any], path: str, default: Any = None) -> Any:
    """The value at ``path`` in plain briefing data, or ``default`` when it is not there."""
    node: Any = data
    for seg in parse_path(path):
        if not isinstance(node, dict):
            return default
        node = node.get(seg.key, _ABSENT)
        if node is _ABSENT or node is None:
            return default
        if seg.selector is not None:
            if not isinstance(node, list):
                return default
            index = _find(node, seg.key, seg.selector)
            if index is None:
                return default
            node = node[index]
    return node


def set_value(data: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at ``path`` in place; ``None`` removes a field or a list element.

    Intermediate mappings that are missing (an item's ``review`` left out because it was empty)
    are created. Setting a keyed list element to a mapping replaces it, or appends it when the
    list does not hold it any more. PathError when the path leads through something else.
    """
    segments = parse_path(path)
    node: Any = data
    for depth, seg in enumerate(segments):
        last = depth == len(segments) - 1
        if not isinstance(node, dict):
            raise PathError(f"{format_path(segments[:depth])} is not a mapping; cannot follow {path!r}")
        if seg.selector is None:
            if last:
                if value is None:
                    node.pop(seg.key, None)
                else:
                    node[seg.key] = value
                return
            if node.get(seg.key) is None:
                node[seg.key] = {}
            node = node[seg.key]
            continue
        items = node.get(seg.key)
        if items is None:
            items = node[seg.key] = []
        if not isinstance(items, list):
            raise PathError(f"{format_path(segments[: depth + 1])} is not a list; cannot follow {path!r}")
        index = _find(items, seg.key, seg.selector)
        if last:
            if value is None:
                if index is not None:
                    del items[index]
            elif index is None:
                items.append(value)
            else:
                items[index] = value
            return
        if index is None:
            raise MissingElement(f"{format_path(segments[: depth + 1])} is not in the briefing any more")
        node = items[index]
