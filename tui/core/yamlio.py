"""Safe YAML reading with positions, deterministic writing, and atomic file replacement.

Reading never constructs arbitrary Python objects: the document is *composed* into a node tree
by the safe (C when available) parser, and this module turns the nodes into plain dicts, lists
and scalars itself. That lets it report duplicate keys, unsupported tags and alias bombs with a
line and column, and keep the node tree to locate any later validation problem by its path.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

import yaml
import yaml.constructor
import yaml.reader

from .errors import PathKey, Problem, SaveError

try:  # libyaml makes parsing several times faster; fall back to pure Python without it.
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

#: Files larger than this are refused before parsing (override per call).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Deepest nesting accepted; briefings need fewer than ten levels.
MAX_DEPTH = 64

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_scalar_constructor = yaml.constructor.SafeConstructor()


def _line_col(text: str | bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    newline = b"\n" if isinstance(text, bytes) else "\n"
    line = text.count(newline, 0, offset) + 1  # type: ignore[arg-type]
    start = text.rfind(newline, 0, offset) + 1  # type: ignore[arg-type]
    return line, offset - start + 1


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, what: str = "file") -> tuple[str, bytes]:
    """Read a UTF-8 text file; raise :class:`ReadProblem` with a clear message when it cannot be."""
    try:
        if path.is_dir():
            raise ReadProblem(Problem(f"is a directory, not a {what}"))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO would block forever and /dev/zero never ends: only plain files are read.
            raise ReadProblem(Problem(f"is not a regular file, so it cannot be read as a {what}"))
        size = info.st_size
        if size > max_bytes:
            raise ReadProblem(
                Problem(f"{what} is too large ({size:,} bytes; the limit is {max_bytes:,})")
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # never more than the limit, even if it grows
    except FileNotFoundError:
        raise ReadProblem(Problem(f"no such {what}")) from None
    except PermissionError:
        raise ReadProblem(Problem(f"permission denied: cannot read the {what}")) from None
    except IsADirectoryError:
        raise ReadProblem(Problem(f"is a directory, not a {what}")) from None
    except OSError as exc:
        raise ReadProblem(Problem(f"cannot read the {what}: {exc.strerror or exc}")) from None
    if len(data) > max_bytes:  # grew between stat and read
        raise ReadProblem(Problem(f"{what} is too large (limit {max_bytes:,} bytes)"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # what some Windows editors save by default
        raise ReadProblem(Problem(f"the {what} is UTF-16, not UTF-8 (save it as UTF-8)", line=1, column=1))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        raise ReadProblem(
            Problem(
                f"not valid UTF-8: byte 0x{data[exc.start]:02x} cannot be decoded "
                "(save the file as UTF-8)",
                line=line,
                column=col,
            )
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, data


class ReadProblem(Exception):
    """Raised by the readers with the one :class:`Problem` that stopped them."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


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


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    Writes a temporary file in the same folder, flushes and fsyncs it, keeps the old file's
    mode, renames it over the target and fsyncs the folder. On any error the temporary file is
    removed, the target is untouched and :class:`SaveError` says why in one line.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644 & ~_umask()
    except OSError as exc:
        raise SaveError(f"{path}: cannot save: {exc.strerror or exc}") from None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        reason = {
            errno.ENOSPC: "the disk is full",
            errno.EDQUOT: "the disk quota is exceeded",
            errno.EACCES: "permission denied",
            errno.EPERM: "permission denied",
            errno.EROFS: "the file system is read-only",
            errno.ENOENT: "the folder does not exist",
        }.get(exc.errno or 0, exc.strerror or str(exc))
        raise SaveError(f"{path}: not saved: {reason}; the file on disk is unchanged") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def clean_stale_temporaries(path: Path, *, older_than: float = 0.0) -> list[Path]:
    """Remove temporary files an earlier, interrupted save of ``path`` left behind.

    ``older_than`` (seconds) spares younger files: a save in progress elsewhere keeps its own.
    """
    removed = []
    now = time.time()
    folder = path.parent if str(path.parent) else Path(".")
    try:
        # escape: a name like "report[1].yaml" must not turn into a character class
        candidates = list(folder.glob(f".{glob.escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if older_than and now - candidate.stat().st_mtime < older_than:
                continue
            candidate.unlink()
            removed.append(candidate)
        except OSError:
            pass
    return removed


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some platforms cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
