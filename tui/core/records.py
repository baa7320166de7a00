"""The base of the model's classes: value semantics over ``__slots__``.

:mod:`tui.core.model` writes its classes out by hand (``__slots__`` and an ``__init__`` each)
instead of using ``@dataclass``, which compiles three methods per class at every start (about
5 ms of the app's first frame, issue 8). This base gives them what ``@dataclass`` gave:
equality and repr by field value, no hashing, and a ``replace``.
"""

from __future__ import annotations

from typing import Any


class Record:
    """Value semantics over ``__slots__`` (the fields, in order), as ``@dataclass`` gives."""

    __slots__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: never hashed

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({inner})"

    def copy_with(self, **changes: Any) -> Any:
        """A shallow copy with some fields changed (``dataclasses.replace``)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return type(self)(**values)


def fields_of(record: type[Record] | Record) -> tuple[str, ...]:
    """The field names of a model class (or instance), in order."""
    return record.__slots__
