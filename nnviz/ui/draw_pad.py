"""A pad to draw a digit on, at the lesson's own resolution, and the network's answer as bars.

:class:`DrawPad` holds a picture of ``rows × cols`` cells in the table's units (0–16 for the
digits, whole numbers like the data): a soft brush adds ink to the cell under the pointer and a
little to its neighbours; the right button, Shift or a pen's eraser end takes ink away. By
keyboard: the arrow keys move a framed cursor, Space inks the cell under it, Shift+Space erases,
Delete clears. ``drawingChanged`` follows every change; the pad does no network math.

:class:`ProbabilityBars` paints one bar per class with its name and percentage; the longest is
the network's answer, marked ▶ and in bold, so it reads without colour.

:func:`picture_image` turns a picture into an image in the theme's ink and paper colours (the
gallery of mistakes draws its digits with it too).
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPointingDevice
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnviz.ui import theme
from .i18n import local, translate
from nnviz.ui.panel_kit import RepaintOnFocus

BRUSH_RADIUS = 1.5      # cells: a touch reaches the cells whose centres are nearer than this
KEY_STRENGTH = 0.5      # a key's touch gives half the most ink: two presses fill a cell
STROKE_STEP = 0.35      # cells between the touches along a stroke, so a quick stroke has no gaps
PAD_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space,
            Qt.Key.Key_Delete}


def picture_image(values: np.ndarray, top: float) -> QImage:
    """``values`` (rows, cols) from 0 (paper) to ``top`` (full ink) as an RGB image, one pixel
    per cell, in the theme's text colour on its background (dark ink on white in the light
    theme, as the digits are printed)."""
    v = np.clip(np.nan_to_num(np.asarray(values, float)) / max(float(top), 1e-12), 0.0, 1.0)[:, :, None]
    paper = np.array(theme.hex_to_rgb(theme.BACKGROUND), float)
    ink = np.array(theme.hex_to_rgb(theme.TEXT), float)
    rgb = np.ascontiguousarray(np.rint(paper + (ink - paper) * v).astype(np.uint8))
    rows, cols = rgb.shape[:2]
    return QImage(rgb.data, cols, rows, 3 * cols, QImage.Format.Format_RGB888).copy()


class DrawPad(RepaintOnFocus, QWidget):
    """The drawing, ``rows × cols`` cells shown big (:meth:`pixels` in the table's units)."""

    drawingChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._top = 16.0
        self._pixels = np.zeros((8, 8))
        self._cursor = (3, 3)             # (row, col) of the keyboard's cell
        self._last: QPointF | None = None  # the stroke's last point, in cells
        self._stroke = None                # (picture before, ink so far, erase, strength) while drawing
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(96, 96)
        self.setToolTip(translate("DrawPad", "Draw a digit: drag with the left button (or a pen) to add ink, with the right "
                                "button, Shift or the pen's eraser to take it away. Keys: arrows move the frame, "
                                "Space inks, Shift+Space erases, Delete clears."))
        self.setAccessibleName(translate("DrawPad", "Drawing pad"))

    # --- the picture ------------------------------------------------------------------------------
    def set_shape(self, shape: tuple[int, int], top: float = 16.0) -> None:
        """A blank pad of ``shape`` cells; ``top`` is full ink in the table's units."""
        rows, cols = int(shape[0]), int(shape[1])
        self._top = float(top) if top and math.isfinite(top) and top > 0 else 1.0
        self._pixels = np.zeros((rows, cols))
        self._cursor = (rows // 2, cols // 2)
        self.updateGeometry()
        self.update()
        self.drawingChanged.emit()

    def pixels(self) -> np.ndarray:
        """The picture, (rows, cols), 0 to ``top`` (a copy)."""
        return self._pixels.copy()

    def set_pixels(self, values) -> None:
        values = np.asarray(values, float).reshape(self._pixels.shape)
        self._pixels = np.clip(np.nan_to_num(values), 0.0, self._top)
        self.update()
        self.drawingChanged.emit()

    def top(self) -> float:
        return self._top

    def is_blank(self) -> bool:
        return not self._pixels.any()

    def clear(self) -> None:
        if self._pixels.any():
            self._pixels[:] = 0.0
            self.update()
            self.drawingChanged.emit()

    def dab(self, x: float, y: float, erase: bool = False, strength: float = KEY_STRENGTH) -> None:
        """One touch of the brush at (``x``, ``y``) in cells (column, row; 0.5 is a cell's
        centre), a stroke of its own: see :meth:`begin_stroke`."""
        self.begin_stroke(erase, strength)
        self._touch(x, y)
        self._end_stroke()

    def begin_stroke(self, erase: bool, strength: float = 1.0) -> None:
        """A stroke adds (or with ``erase`` takes) ink to the picture as it was when the stroke
        began: the most any touch of the stroke gave a cell, ``top × strength`` at a touch's
        centre down to none ``BRUSH_RADIUS`` cells away. So a stroke lingering on a cell does
        not pile ink up, and a second stroke over it darkens it; values stay whole, 0 to top."""
        self._stroke = (self._pixels.copy(), np.zeros_like(self._pixels), bool(erase),
                        max(0.0, min(float(strength), 1.0)))

    def _touch(self, x: float, y: float) -> None:
        base, ink, erase, strength = self._stroke
        rows, cols = self._pixels.shape
        cy, cx = np.mgrid[0:rows, 0:cols] + 0.5
        reach = np.clip(1.0 - np.hypot(cx - x, cy - y) / BRUSH_RADIUS, 0.0, 1.0)
        np.maximum(ink, self._top * strength * reach, out=ink)
        self._pixels = np.clip(np.rint(base - ink if erase else base + ink), 0.0, self._top)

    def _end_stroke(self) -> None:
        self._stroke = None
        self._last = None
        self.update()
        self.drawingChanged.emit()

    def stroke_to(self, point: QPointF) -> None:
        """Touches from the stroke's last point to ``point`` (widget pixels), no gap between."""
        if self._stroke is None:
            self.begin_stroke(False)
        here = self._to_cells(point)
        start = self._last if self._last is not None else here
        steps = max(1, math.ceil(math.hypot(here.x() - start.x(), here.y() - start.y()) / STROKE_STEP))
        before = self._pixels.copy()
        for i in range(1, steps + 1):
            t = i / steps
            self._touch(start.x() + (here.x() - start.x()) * t, start.y() + (here.y() - start.y()) * t)
        self._last = here
        if not np.array_equal(before, self._pixels):
            self.update()
            self.drawingChanged.emit()

    # --- geometry ------------------------------------------------------------------------------
    def grid_rect(self) -> QRectF:
        """Where the cells are drawn: square cells, as large as fit, centred."""
        rows, cols = self._pixels.shape
        cell = max(1.0, math.floor(min((self.width() - 2) / cols, (self.height() - 2) / rows)))
        w, h = cell * cols, cell * rows
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def cell_centre(self, row: int, col: int) -> QPointF:
        """A cell's centre in widget pixels (tests press there)."""
        g = self.grid_rect()
        cell = g.width() / self._pixels.shape[1]
        return QPointF(g.left() + (col + 0.5) * cell, g.top() + (row + 0.5) * cell)

    def _to_cells(self, point: QPointF) -> QPointF:
        g = self.grid_rect()
        cell = g.width() / self._pixels.shape[1]
        return QPointF((point.x() - g.left()) / cell, (point.y() - g.top()) / cell)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        rows, cols = self._pixels.shape
        return round(width * rows / cols)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(200, 200)

    # --- mouse, pen and keys --------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return super().mousePressEvent(event)
        erase = (event.button() == Qt.MouseButton.RightButton
                 or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        self._last = None
        self.begin_stroke(erase)
        self.stroke_to(event.position())
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stroke is not None and event.buttons() & (Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton):
            self.stroke_to(event.position())
            event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stroke is not None:
            self._stroke = None
            self._last = None
        event.accept()

    def tabletEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """A pen: its pressure sets how much ink, its eraser end (or a side button) erases."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            erase = (event.pointerType() == QPointingDevice.PointerType.Eraser
                     or event.button() == Qt.MouseButton.RightButton
                     or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            self._last = None
            self.begin_stroke(erase, event.pressure() if event.pressure() > 0 else 1.0)
        if kind in (QEvent.Type.TabletPress, QEvent.Type.TabletMove) and self._stroke is not None:
            if event.pressure() > 0:     # a firmer press gives more ink from here on
                base, ink, erase, strength = self._stroke
                self._stroke = (base, ink, erase, max(strength, min(float(event.pressure()), 1.0)))
            self.stroke_to(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._stroke = None
            self._last = None
        event.accept()

    def event(self, event) -> bool:
        # The pad's own keys win over the window's shortcuts while it has the focus (→ would
        # otherwise step an epoch, Space play); a clicker's PageUp/PageDown still go through.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in PAD_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        rows, cols = self._pixels.shape
        r, c = self._cursor
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in moves:
            dr, dc = moves[key]
            self._cursor = (min(max(r + dr, 0), rows - 1), min(max(c + dc, 0), cols - 1))
            self.update()
        elif key == Qt.Key.Key_Space:
            self.dab(c + 0.5, r + 0.5, erase=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif key == Qt.Key.Key_Delete:
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def cursor_cell(self) -> tuple[int, int]:
        return self._cursor

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(theme.WINDOW))
        g = self.grid_rect()
        rows, cols = self._pixels.shape
        cell = g.width() / cols
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(g, picture_image(self._pixels, self._top))
        p.setPen(QPen(QColor(theme.MUTED), 1))
        for i in range(1, cols):
            p.drawLine(QPointF(g.left() + i * cell, g.top()), QPointF(g.left() + i * cell, g.bottom()))
        for i in range(1, rows):
            p.drawLine(QPointF(g.left(), g.top() + i * cell), QPointF(g.right(), g.top() + i * cell))
        p.setPen(QPen(QColor(theme.TEXT), 2))
        p.drawRect(g)
        if self.is_blank():
            p.setPen(QColor(theme.MUTED))
            p.drawText(g, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, translate("DrawPad", "Draw a digit here"))
        if self.hasFocus():            # the keyboard's cell: a thick dashed frame
            r, c = self._cursor
            pen = QPen(QColor(theme.HIGHLIGHT), max(2.0, cell / 10))
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRect(QRectF(g.left() + c * cell + 1, g.top() + r * cell + 1, cell - 2, cell - 2))
        p.end()


class ProbabilityBars(QWidget):
    """One bar per class: its name, a bar as long as its probability and the percentage. The
    answer (the longest) is marked ▶ and bold, so it reads in grayscale too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._probs = np.zeros(0)
        self._names: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 100)
        self.setToolTip(translate("ProbabilityBars", "How sure the network is of each class for the drawing (its outputs, in per cent). "
                                "The longest bar, marked ▶, is its answer."))

    def set_probabilities(self, probs, names: list[str]) -> None:
        self._probs = np.asarray(probs, float).reshape(-1).copy()
        self._names = [str(n) for n in names][: len(self._probs)]
        self._names += [str(i) for i in range(len(self._names), len(self._probs))]
        self.update()

    def probabilities(self) -> np.ndarray:
        return self._probs.copy()

    def answer(self) -> int | None:
        """The class with the largest output (None before any)."""
        if not len(self._probs) or not np.isfinite(self._probs).any():
            return None
        return int(np.nanargmax(self._probs))

    def row_text(self, i: int) -> str:
        """Row ``i`` as its text reads: the mark, the name and the percentage."""
        mark = "▶ " if i == self.answer() else ""
        return f"{mark}{self._names[i]}  {percent(self._probs[i])}"

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = QFontMetricsF(self.font()).height()
        return QSize(200, round(max(len(self._probs), 10) * (line + 2)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = QFontMetricsF(self.font()).height()
        return QSize(120, round(max(len(self._probs), 2) * line * 0.8))

    def row_fonts(self, row_h: float) -> tuple[QFont, QFont]:
        """The plain and bold fonts of rows ``row_h`` px high: the widget's own, or smaller when
        the pane is squeezed (a pinned run's pictures above it take room), so that the rows never
        print over each other."""
        plain = QFont(self.font())
        line = QFontMetricsF(plain).height()
        if row_h < line and plain.pointSizeF() > 0:
            plain.setPointSizeF(max(5.0, plain.pointSizeF() * row_h / line))
        bold = QFont(plain)
        bold.setBold(True)
        return plain, bold

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(theme.WINDOW))
        k = len(self._probs)
        if k == 0:
            p.end()
            return
        row_h = self.height() / k
        plain, bold = self.row_fonts(row_h)
        metrics = QFontMetricsF(bold)
        name_w = metrics.horizontalAdvance("▶ ") + max(metrics.horizontalAdvance(n) for n in self._names) + 4
        pct_w = metrics.horizontalAdvance("100.0 %") + 6
        bar_w = max(10.0, self.width() - name_w - pct_w - 4)
        answer = self.answer()
        for i in range(k):
            top = i * row_h
            mine = i == answer
            p.setFont(bold if mine else plain)
            p.setPen(QColor(theme.TEXT))
            name = ("▶ " if mine else "") + self._names[i]
            p.drawText(QRectF(0, top, name_w - 4, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            value = float(self._probs[i]) if math.isfinite(self._probs[i]) else 0.0
            inset = max(1.0, row_h * 0.15)
            track = QRectF(name_w, top + inset, bar_w, row_h - 2 * inset)
            p.fillRect(track, QColor(theme.NEUTRAL))
            bar = QRectF(track.left(), track.top(), bar_w * min(max(value, 0.0), 1.0), track.height())
            p.fillRect(bar, QColor(theme.RIGHT_COLOUR if mine else theme.MUTED))
            if mine:
                p.setPen(QPen(QColor(theme.TEXT), 2))
                p.drawRect(track)
            p.setPen(QColor(theme.TEXT))
            p.drawText(QRectF(name_w + bar_w + 4, top, pct_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, percent(self._probs[i]))
        p.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and len(self._probs):
            i = int(event.position().y() // max(1.0, self.height() / len(self._probs)))
            if 0 <= i < len(self._probs):
                QToolTip.showText(event.globalPosition().toPoint(),
                                  translate("ProbabilityBars", "{0}: {1} (the network's output for this class)")
                                  .format(self._names[i], percent(self._probs[i])), self)
                return True
        return super().event(event)


def percent(p: float) -> str:
    """A probability as a percentage with one decimal ("87.1 %", "87,1 %" in German), "—" when
    not a number."""
    p = float(p)
    return local(f"{100 * p:.1f} %") if math.isfinite(p) else "—"


__all__ = ["DrawPad", "KEY_STRENGTH", "ProbabilityBars", "percent", "picture_image"]
