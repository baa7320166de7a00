"""Problems found in a briefing file, and the exceptions that carry them.

Every problem the loader reports knows the file, and where it can, the line and column and the
path of the offending value (``actors[3].evidence[0].end``), so it prints as one line an editor
can jump to: ``briefings/x.yaml:12:7: error: actors[3].evidence[0].end: expected an integer``.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .records import Record

PathKey = str | int
Path_ = tuple[PathKey, ...]


def format_path(path: Sequence[PathKey]) -> str:
    """``("actors", 3, "evidence", 0, "end")`` -> ``actors[3].evidence[0].end``."""
    out = ""
    for key in path:
        if isinstance(key, int):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else str(key)
    return out


class Problem(Record):
    """One thing wrong (or suspicious) in a briefing file."""

    __slots__ = ("message", "path", "severity", "line", "column", "file")

    def __init__(
        self,
        message: str,
        path: tuple[PathKey, ...] = (),
        severity: str = "error",  # "error" or "warning"
        line: int | None = None,  # 1-based
        column: int | None = None,  # 1-based
        file: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.severity = severity
        self.line = line
        self.column = column
        self.file = file

    def format(self, file: str | None = None) -> str:
        """The one-line form: ``file:line:column: severity: path: message``."""
        where = file or self.file or "<briefing>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        at = format_path(self.path)
        text = f"{at}: {self.message}" if at else self.message
        return f"{where}: {self.severity}: {text}"

    def __str__(self) -> str:
        return self.format()


class BriefingError(Exception):
    """Base class of every error the core raises on purpose (never a bare traceback)."""


class LoadError(BriefingError):
    """A briefing could not be loaded; ``problems`` lists every reason found.

    ``unreadable`` is True when the file could not be read at all (permission denied, too
    large, not a regular file): nothing was checked, as opposed to content that was read and
    found invalid.
    """

    def __init__(self, file: str, problems: list[Problem] | None = None, unreadable: bool = False) -> None:
        super().__init__(file)
        self.file = file
        self.problems: list[Problem] = [] if problems is None else problems
        self.unreadable = unreadable

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, LoadError)
        return (self.file, self.problems, self.unreadable) == (other.file, other.problems, other.unreadable)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LoadError(file={self.file!r}, problems={self.problems!r}, unreadable={self.unreadable!r})"

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def lines(self) -> list[str]:
        return [p.format(self.file) for p in self.problems]

    def __str__(self) -> str:
        return "\n".join(self.lines())


class SaveError(BriefingError):
    """Saving failed (disk full, permission denied, ...); the file on disk is untouched."""


class ChangedOnDiskError(BriefingError):
    """The file changed on disk since it was loaded; saving would overwrite someone's work."""

    def __init__(self, path: str, expected: str | None, actual: str | None) -> None:
        self.path = path
        self.expected = expected
        self.actual = actual
        if expected is None:
            what = "already exists and would be overwritten"
        elif actual is None:
            what = "was deleted or moved since it was loaded"
        else:
            what = "was changed by someone else since it was loaded"
        super().__init__(
            f"{path}: not saved: the file {what} "
            "(reload it, save your version as a copy, or save with force to overwrite)"
        )


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    """The problems whose severity is ``error``."""
    return [p for p in problems if p.severity == "error"]
