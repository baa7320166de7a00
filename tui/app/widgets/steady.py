"""A mixin that keeps scroll views from repainting their scrollbars on every layout.

Textual's ``ScrollView._size_updated`` compares the compositor's idea of the virtual size
(the visible region) with the view's own (its whole content); the two never match, so every
layout pass on the screen -- the detail pane growing by a line after an accept, say --
refreshes and redraws every scrollbar of every list and of the source pane. That was a third
of the time from the ``a`` key to the next frame. Here the scrollbars are brought up to date
only when something they show has changed: the view's size, its container, its content size
or its gutter.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Size


class SteadyScrollbars:
    """Mix into a ``ScrollView`` subclass (before it in the bases)."""

    _steady_key: tuple[Any, ...] | None = None

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        key = (size, container_size, self.virtual_size, self.styles.gutter)  # type: ignore[attr-defined]
        if key == self._steady_key:
            # What the base class would answer once nothing changed: resize only if the
            # container differs from ours (it does not, after the first pass).
            return self._container_size != container_size  # type: ignore[attr-defined, no-any-return]
        result: bool = super()._size_updated(size, virtual_size, container_size, layout)  # type: ignore[misc]
        self._steady_key = (size, container_size, self.virtual_size, self.styles.gutter)  # type: ignore[attr-defined]
        return result
