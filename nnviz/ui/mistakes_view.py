"""The gallery of misclassified pictures: each one drawn, with the truth, the network's answer
and how sure it was. A click (or Enter on the framed one) chooses it: ``digitChosen(row)`` with
its row in the test split. The arrow keys, Home and End move the frame.

A display widget: the digits pane hands it the mistakes the engine found
(:func:`nnviz.core.app.mistakes.find_mistakes`) and the split's pictures in the table's units.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.ui import theme
from nnviz.ui.draw_pad import percent, picture_image
from .i18n import translate
from nnviz.ui.panel_kit import RepaintOnFocus

GALLERY_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                Qt.Key.Key_End, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}
PICTURE_LINES = 3.2     # a picture's side, in lines of text: as tall as three lines and a bit
GAP = 6                 # px between tiles


class MistakesView(RepaintOnFocus, QWidget):
    """Tiles of mistakes, as many a row as the width takes, as tall as they need (in a scroll
    area). :meth:`set_mistakes` fills it."""

    digitChosen = Signal(int)       # the chosen mistake's row in its split

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: tuple = ()
        self._pictures = np.zeros((0, 1, 1))
        self._top = 16.0
        self._names: list[str] = []
        self._current = 0          # the framed tile (keyboard)
        self._chosen: int | None = None   # the row shown on the diagram
        self._empty_text = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("MistakesView", "Misclassified test digits"))

    # --- content ---------------------------------------------------------------------------------
    def set_mistakes(self, items, pictures: np.ndarray, names: list[str], top: float, empty_text: str = "") -> None:
        """``items``: the :class:`~nnviz.core.app.mistakes.Mistake` list to show, in order;
        ``pictures`` (n, rows, cols): the split's pictures in the table's units, indexed by a
        mistake's row; ``top``: full ink; ``empty_text``: said when there is no mistake."""
        rows_before = [m.row for m in self._items]
        current_row = rows_before[self._current] if self._current < len(rows_before) else None
        self._items = tuple(items)
        self._pictures = np.asarray(pictures, float)
        self._names = [str(n) for n in names]
        self._top = float(top)
        self._empty_text = empty_text
        rows = [m.row for m in self._items]
        self._current = rows.index(current_row) if current_row in rows else 0
        self._fit_height()
        self.update()

    def items(self) -> tuple:
        return self._items

    def set_chosen(self, row: int | None) -> None:
        """Mark the mistake of ``row`` as the one on the diagram (None: none)."""
        self._chosen = row
        self.update()

    def chosen(self) -> int | None:
        return self._chosen

    def current(self) -> int:
        return self._current

    def tile_text(self, i: int) -> tuple[str, str]:
        """Tile ``i``'s two lines: "truth → answer" and the confidence."""
        m = self._items[i]
        return f"{self._name(m.truth)} → {self._name(m.answer)}", percent(m.confidence)

    def tile_tooltip(self, i: int) -> str:
        m = self._items[i]
        return translate("MistakesView", "Test digit {0}: it is a {1}, the network said {2} ({3} sure). Click (or Enter) to show "
                       "it on the diagram.").format(m.row, self._name(m.truth), self._name(m.answer), percent(m.confidence))

    def _name(self, k: int) -> str:
        return self._names[k] if 0 <= k < len(self._names) else str(k)

    # --- geometry --------------------------------------------------------------------------------
    def _tile_size(self) -> tuple[float, float, float]:
        """(tile width, tile height, picture side) for the current font."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        side = math.ceil(line * PICTURE_LINES)
        widest = max([metrics.horizontalAdvance("8 → 8"), metrics.horizontalAdvance("100.0 %")]
                     + [metrics.horizontalAdvance(self.tile_text(i)[0]) for i in range(min(len(self._items), 50))])
        width = max(side, widest) + 8
        return width, side + 2 * line + 10, side

    def _columns(self) -> int:
        width = self._tile_size()[0]
        return max(1, int((self.width() - GAP) // (width + GAP)))

    def tile_rect(self, i: int) -> QRectF:
        w, h, _ = self._tile_size()
        cols = self._columns()
        r, c = divmod(i, cols)
        return QRectF(GAP + c * (w + GAP), GAP + r * (h + GAP), w, h)

    def tile_at(self, pos: QPointF) -> int | None:
        for i in range(len(self._items)):
            if self.tile_rect(i).contains(pos):
                return i
        return None

    def _fit_height(self) -> None:
        """As tall as the tiles need at this width (the scroll area scrolls)."""
        _, h, _ = self._tile_size()
        rows = math.ceil(len(self._items) / self._columns()) if self._items else 1
        need = int(GAP + rows * (h + GAP))
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._fit_height()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        w, h, _ = self._tile_size()
        return QSize(int(4 * (w + GAP) + GAP), int(2 * (h + GAP) + GAP))

    # --- choosing ----------------------------------------------------------------------------------
    def choose(self, i: int) -> None:
        if 0 <= i < len(self._items):
            self._current = i
            self._chosen = self._items[i].row
            self.update()
            self.digitChosen.emit(self._items[i].row)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        i = self.tile_at(event.position())
        if i is not None and event.button() == Qt.MouseButton.LeftButton:
            self.choose(i)
            event.accept()
            return
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and event.key() in GALLERY_KEYS and not event.modifiers() \
                & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()       # the gallery's keys win over the window's while it has the focus
            return True
        if kind == QEvent.Type.ToolTip:
            i = self.tile_at(event.position())
            if i is not None:
                QToolTip.showText(event.globalPosition().toPoint(), self.tile_tooltip(i), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        n = len(self._items)
        key = event.key()
        if not n or key not in GALLERY_KEYS:
            super().keyPressEvent(event)
            return
        cols = self._columns()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -cols, Qt.Key.Key_Down: cols,
                 Qt.Key.Key_Home: -n, Qt.Key.Key_End: n}
        if key in moves:
            self._current = min(max(self._current + moves[key], 0), n - 1)
            self.update()
            self._ensure_visible(self._current)
        else:
            self.choose(self._current)
        event.accept()

    def _ensure_visible(self, i: int) -> None:
        """Scroll a surrounding scroll area to tile ``i``."""
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if area is not None and hasattr(area, "ensureVisible"):
            r = self.tile_rect(i)
            area.ensureVisible(int(r.center().x()), int(r.center().y()), int(r.width() / 2 + GAP), int(r.height() / 2 + GAP))

    # --- painting ----------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(theme.BACKGROUND))
        if not self._items:
            p.setPen(QColor(theme.MUTED))
            p.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self._empty_text)
            p.end()
            return
        _, _, side = self._tile_size()
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        bold = QFont(self.font())
        bold.setBold(True)
        visible = QRectF(event.rect()).adjusted(-2, -2, 2, 2)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for i, m in enumerate(self._items):
            tile = self.tile_rect(i)
            if not tile.intersects(visible):
                continue
            picture = QRectF(tile.center().x() - side / 2, tile.top() + 4, side, side)
            if 0 <= m.row < len(self._pictures):
                p.drawImage(picture, picture_image(self._pictures[m.row], self._top))
            p.setPen(QPen(QColor(theme.MUTED), 1))
            p.drawRect(picture)
            first, second = self.tile_text(i)
            p.setPen(QColor(theme.TEXT))
            p.setFont(bold)
            p.drawText(QRectF(tile.left(), picture.bottom() + 2, tile.width(), line), Qt.AlignmentFlag.AlignCenter, first)
            p.setFont(self.font())
            p.drawText(QRectF(tile.left(), picture.bottom() + 2 + line, tile.width(), line),
                       Qt.AlignmentFlag.AlignCenter, second)
            if m.row == self._chosen:        # on the diagram: a thick frame
                p.setPen(QPen(QColor(theme.HIGHLIGHT), 3))
                p.drawRect(tile.adjusted(1.5, 1.5, -1.5, -1.5))
            if i == self._current and self.hasFocus():   # the keyboard's tile: dashed
                pen = QPen(QColor(theme.TEXT), 2)
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawRect(tile.adjusted(-2, -2, 2, 2))
        p.end()


__all__ = ["MistakesView"]
