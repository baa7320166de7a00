"""The YAML side of :mod:`.yamlio`: composing a node tree, building plain data from it with
positions, locating a path, and the deterministic dumper.

Kept apart so that PyYAML is imported only when a file is really parsed or written (a reopen
served by the parse cache needs neither). Use it through :mod:`.yamlio`.
"""

from __future__ import annotations

from typing import Any, Sequence

import yaml
import yaml.constructor
import yaml.reader

from .errors import PathKey, Problem
from .yamlio import MAX_DEPTH, ReadProblem, _line_col

try:  # libyaml makes parsing several times faster; fall back to pure Python without it.
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_scalar_constructor = yaml.constructor.SafeConstructor()


def compose(text: str) -> yaml.Node | None:
    """Parse ``text`` into a YAML node tree (safe: no object is constructed)."""
    try:
        return yaml.compose(text, Loader=_BaseLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "invalid YAML"
        if exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        message = f"YAML syntax error: {message}"
        if mark is not None:
            raise ReadProblem(Problem(message, line=mark.line + 1, column=mark.column + 1)) from None
        raise ReadProblem(Problem(message)) from None
    except yaml.reader.ReaderError as exc:
        line = col = None
        if isinstance(exc.position, int):
            line, col = _reader_position(text, exc.position)
        char = exc.character
        code = char if isinstance(char, int) else ord(char) if isinstance(char, str) and len(char) == 1 else None
        what = f"the character U+{code:04X}" if code is not None else f"the character {char!r}"
        raise ReadProblem(
            Problem(f"YAML cannot hold {what}: {exc.reason}", line=line, column=col)
        ) from None
    except yaml.YAMLError as exc:
        raise ReadProblem(Problem(f"YAML error: {exc}")) from None
    except RecursionError:
        raise ReadProblem(Problem(f"YAML nesting is too deep (more than {MAX_DEPTH} levels)")) from None


def _reader_position(text: str, position: int) -> tuple[int, int]:
    """Line and column of a reader error: libyaml counts UTF-8 bytes, pure PyYAML characters."""
    if _BaseLoader.__name__.startswith("C"):
        prefix = text.encode("utf-8")[:position].decode("utf-8", errors="ignore")
        return _line_col(prefix, len(prefix))
    return _line_col(text, position)


def _short_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/name:x`` -> ``!!python/name:x``, as the author wrote it."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


class _Builder:
    """Turns a node tree into plain Python data, recording problems as it goes."""

    def __init__(self, budget: int) -> None:
        self.problems: list[Problem] = []
        self.budget = budget  # nodes we may visit: exhausting it means an alias bomb

    def problem(self, node: yaml.Node, message: str, path: tuple[PathKey, ...]) -> None:
        mark = node.start_mark
        self.problems.append(Problem(message, path=path, line=mark.line + 1, column=mark.column + 1))

    def build(self, node: yaml.Node, path: tuple[PathKey, ...], depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise _AliasBomb(node)
        if depth > MAX_DEPTH:
            raise _TooDeep(node)
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            if tag == _STR:
                return node.value
            if tag == _TIMESTAMP:  # keep dates and times as the text the author wrote
                return node.value
            if tag in (_INT, _FLOAT, _BOOL, _NULL):
                try:
                    return _SCALAR_BUILDERS[tag](node)
                except (ValueError, OverflowError, KeyError):  # KeyError: "!!bool maybe"
                    what = {_INT: "an integer", _FLOAT: "a number", _BOOL: "a boolean"}.get(tag, "a value")
                    self.problem(node, f"cannot read {node.value!r} as {what}", path)
                    return node.value
            self.problem(node, f"unsupported YAML tag {_short_tag(tag)!r} (only plain data is allowed)", path)
            return node.value
        if isinstance(node, yaml.SequenceNode):
            if tag != _SEQ:
                self.problem(node, f"unsupported YAML tag {_short_tag(tag)!r} (only plain data is allowed)", path)
            return [self.build(child, path + (i,), depth + 1) for i, child in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if tag != _MAP:
                self.problem(node, f"unsupported YAML tag {_short_tag(tag)!r} (only plain data is allowed)", path)
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self.problem(key_node, "YAML merge keys ('<<') are not supported", path)
                    continue
                key = self.build(key_node, path, depth + 1)
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    self.problem(key_node, "a mapping key must be a plain value", path)
                    continue
                if key in result:
                    self.problem(key_node, f"duplicate key {key!r}", path + (str(key),))
                    continue
                result[key] = self.build(value_node, path + (str(key),), depth + 1)
            return result
        self.problem(node, "unsupported YAML node", path)  # pragma: no cover
        return None


def _float(node: yaml.ScalarNode) -> float:
    return _scalar_constructor.construct_yaml_float(node)


_SCALAR_BUILDERS = {
    _INT: _scalar_constructor.construct_yaml_int,
    _FLOAT: _float,
    _BOOL: _scalar_constructor.construct_yaml_bool,
    _NULL: lambda node: None,
}


class _AliasBomb(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


class _TooDeep(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


def build(root: yaml.Node, text_length: int) -> tuple[Any, list[Problem]]:
    """Plain data from a node tree, plus the structural problems found (with positions).

    The visit budget is the text length plus a margin: without aliases no document has more
    nodes than characters, so running out of it means aliases expand beyond reason.
    """
    builder = _Builder(budget=text_length + 10_000)
    try:
        data = builder.build(root, (), 0)
    except _AliasBomb as bomb:
        mark = bomb.node.start_mark
        raise ReadProblem(
            Problem(
                "YAML aliases expand far beyond the size of the file (an alias bomb?); refused",
                line=mark.line + 1,
                column=mark.column + 1,
            )
        ) from None
    except _TooDeep as deep:
        mark = deep.node.start_mark
        raise ReadProblem(
            Problem(
                f"YAML nesting is too deep (more than {MAX_DEPTH} levels)",
                line=mark.line + 1,
                column=mark.column + 1,
            )
        ) from None
    return data, builder.problems


def locate(root: yaml.Node | None, path: Sequence[PathKey]) -> tuple[int, int] | None:
    """Line and column (1-based) of the node at ``path``, or of its nearest existing parent."""
    node = root
    if node is None:
        return None
    for key in path:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(key, str):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    child = value_node
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if 0 <= key < len(node.value):
                child = node.value[key]
        if child is None:
            break
        node = child
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


# -- writing -----------------------------------------------------------------------------


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Deterministic dumper: literal blocks for multi-line strings, unicode as itself."""


#: Line breaks other than "\n": PyYAML's pure-Python emitter writes NEL raw inside single quotes
#: and reads it back as a space, so these are always written escaped in double quotes.
_ODD_BREAKS = frozenset("\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if not _ODD_BREAKS.isdisjoint(value):
        return dumper.represent_scalar(_STR, value, style='"')
    if "\n" in value:
        return dumper.represent_scalar(_STR, value, style="|")
    return dumper.represent_scalar(_STR, value)


_Dumper.add_representer(str, _represent_str)


class _PureDumper(yaml.SafeDumper):
    """The same dumper on PyYAML's pure-Python emitter (see :func:`dump` for when it is used)."""


_PureDumper.add_representer(str, _represent_str)

_DUMP_OPTIONS: dict[str, Any] = {
    "sort_keys": False,
    "allow_unicode": True,
    "default_flow_style": False,
    "width": 100,
    "indent": 2,
}


def dump(data: Any) -> str:
    """YAML text of plain data, keys in the order given, stable for equal input."""
    text = yaml.dump(data, Dumper=_Dumper, **_DUMP_OPTIONS)
    if "\\U" in text and _Dumper is not _PureDumper:
        # libyaml escapes every character beyond the BMP (emoji, rare CJK) as \U0001F680 even
        # with allow_unicode; the pure-Python emitter writes them as themselves. It is about
        # three times slower, so only documents that need it take it (the choice depends on
        # the data alone, so the output stays deterministic and byte-stable).
        text = yaml.dump(data, Dumper=_PureDumper, **_DUMP_OPTIONS)
    return text
