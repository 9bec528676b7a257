"""The mouse as a pointer for the room while presenting: a large ring that follows it, and a
highlight that stays on the item last clicked (a node, an edge, an explainer line).

:class:`PointerOverlay` covers the window, lets every mouse event through to the presenter's
filter (which decides what a click means) and only paints. The ring is 48 px across, yellow
(#F0E442, the Okabe–Ito yellow) with a black outline, so it shows on white, on the blue/orange
boundary and on the black of a dark map, and does not depend on telling red from green.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

POINTER_PX = 48                 # the ring's diameter: seen from the back of a room
RING_COLOUR = "#F0E442"         # Okabe–Ito yellow
OUTLINE_COLOUR = "#000000"
HIGHLIGHT_COLOUR = "#D55E00"    # Okabe–Ito vermillion: the item clicked


class PointerOverlay(QWidget):
    """A transparent layer over the window that paints the pointer and the clicked item."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._pos: QPoint | None = None
        self._mark: QRect | None = None
        self.hide()

    def cover(self) -> None:
        """Cover the whole window (after a resize) and stay on top."""
        self.setGeometry(self.parentWidget().rect())
        self.raise_()

    def follow(self, pos: QPoint) -> None:
        """The mouse is at ``pos`` (overlay coordinates)."""
        self._pos = QPoint(pos)
        self.update()

    def mark(self, rect: QRect | None) -> None:
        """Highlight ``rect`` (overlay coordinates) for the room, None to clear."""
        self._mark = QRect(rect) if rect is not None else None
        self.update()

    def marked(self) -> QRect | None:
        return self._mark

    def position(self) -> QPoint | None:
        return self._pos

    def clear(self) -> None:
        """No pointer and no highlight (a new beat; leaving presentation mode)."""
        self._pos = None
        self._mark = None
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if self._pos is None and self._mark is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mark is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(OUTLINE_COLOUR), 8))
            p.drawRoundedRect(self._mark.adjusted(-6, -6, 6, 6), 10, 10)
            p.setPen(QPen(QColor(HIGHLIGHT_COLOUR), 5))
            p.drawRoundedRect(self._mark.adjusted(-6, -6, 6, 6), 10, 10)
        if self._pos is not None:
            r = POINTER_PX // 2
            fill = QColor(RING_COLOUR)
            fill.setAlpha(90)
            p.setBrush(fill)
            p.setPen(QPen(QColor(OUTLINE_COLOUR), 7))
            p.drawEllipse(self._pos, r, r)
            p.setPen(QPen(QColor(RING_COLOUR), 4))
            p.drawEllipse(self._pos, r, r)
        p.end()
