"""The inline editor of one weight or bias, opened over the diagram: Enter commits, Esc or
leaving cancels. It only reports the number typed; the view never changes the model."""
from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from nnviz.core.teaching.quiz import AnswerError, parse_answer
from nnviz.ui import theme
from ..i18n import local, translate

WIDEST_TEXT = "-0.000000"   # the editor is this wide ...
TEXT_PAD = (16.0, 8.0)      # ... plus this much across and up and down


class WeightEditor(QLineEdit):
    """``edited(target, value)``: ``target`` is ``("w", l, i, j)`` or ``("b", layer, j)``."""

    edited = Signal(object, float)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.target: tuple | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.returnPressed.connect(self._commit)
        self.hide()

    def editing(self) -> tuple | None:
        return self.target if self.isVisible() else None

    def open(self, target: tuple, value: float | None, at: QPointF, tip: str) -> None:
        """Show the editor centred on ``at`` (kept inside its parent), holding ``value``."""
        self.target = target
        self.setText("" if value is None or not math.isfinite(value) else local(f"{value:.6g}"))
        self.setToolTip(translate("WeightEditor", "{0}: type a number (0.75, 0,75 or 3/4), Enter to apply, Esc to cancel").format(tip))
        self.setStyleSheet("")
        fm = QFontMetricsF(self.font())
        w, h = fm.horizontalAdvance(WIDEST_TEXT) + TEXT_PAD[0], fm.height() + TEXT_PAD[1]
        area = self.parentWidget()
        x = min(max(at.x() - w / 2, 0.0), area.width() - w)
        y = min(max(at.y() - h / 2, 0.0), area.height() - h)
        self.setGeometry(int(x), int(y), int(w), int(h))
        self.show()
        self.raise_()
        self.setFocus()
        self.selectAll()

    def cancel(self) -> None:
        if self.isVisible():
            self.target = None
            self.hide()

    def _commit(self) -> None:
        target = self.target
        try:      # "0.75", "0,75" or a fraction "3/4", exactly (float(Fraction(3, 4)))
            value = parse_answer(self.text())
        except AnswerError:
            value = float("nan")
        if target is None:
            return
        if not math.isfinite(value):
            self.setStyleSheet(f"border: 2px solid {theme.ERROR_COLOUR};")
            self.setToolTip(translate("WeightEditor", "Type a number, e.g. 0, -0.5, 0,75 or 3/4 (Esc cancels)"))
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)
            return
        self.target = None
        self.hide()
        self.edited.emit(target, value)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.isVisible():
            self.cancel()
