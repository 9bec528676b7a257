"""A row of buttons that wraps onto the next line when the panel is too narrow for it, instead of
cutting their words (the explainer's buttons in German at 1024x768: "Teste dich selbst" was cut).
Qt's own flow-layout example, reduced to what a row of buttons needs."""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right at their size hints, a new line when the next would not fit; the
    layout's height follows its width (heightForWidth), so the panel grows by a line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._right = right      # each line against the right edge (buttons under a text)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: the row may wrap down to one item a line, never cut one."""
        m = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(QMargins(m.left(), m.top(), m.right(), m.bottom()))

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the shown items out in ``rect`` (only measure unless ``move``); the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if lines[-1] and used + self._gap + w > area.width():
                lines.append([])
                used = 0
            used += (self._gap if lines[-1] else 0) + w
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            width = sum(i.sizeHint().width() for i in line) + self._gap * (len(line) - 1)
            x = area.x() + (max(area.width() - width, 0) if self._right else 0)
            height = max(i.sizeHint().height() for i in line)
            for item in line:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(y - self._gap, area.y()) - rect.y() + m.bottom()
