"""The confusion matrix as a painted grid: rows are the true class, columns what the network
said. Right answers (the diagonal) are blue and outlined in bold; wrong ones orange and hatched,
so right and wrong read apart in grayscale and with any colour-vision deficiency; the shade
says how many of the true class's samples landed in the cell.

Drawn with QPainter from one small image (one pixel per cell, scaled up), so an update at 100
classes stays cheap, where an HTML table of 10,000 cells would be laid out cell by cell.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnviz.core.colours import contrast_ratio, relative_luminance
from nnviz.core.text import printable
from nnviz.ui import theme
from nnviz.ui.i18n import local, translate

TEXT_POINT_SIZE = theme.BASE_POINT_SIZE
_MIN_HATCH_CELL = 10       # px: smaller cells are too small for a hatch to read
_OUTLINE = 3.0             # px: the right answers' frame
_MIN_SIZE = (160, 120)     # px: two or three classes still readable
_NO_HEIGHT_LIMIT = 16_777_215   # Qt's QWIDGETSIZE_MAX
_CAPTION = QT_TRANSLATE_NOOP("ConfusionView", "true class ↓   predicted →")


class ConfusionView(QtWidgets.QWidget):
    """A k x k confusion matrix (:meth:`set_matrix`), readable from the back of a room.

    Counts are written in the cells when they fit (dark or white text, whichever contrasts
    more with the cell); otherwise, and always, hovering a cell tells its full class names and
    count. Long class names are elided, with the full name in the tooltip; control characters
    in names are shown escaped (``a\\nb``). A click on a cell emits ``cellClicked(row, col)``.
    """

    cellClicked = QtCore.Signal(int, int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = np.zeros((0, 0), dtype=np.int64)
        self._names: list[str] = []
        self._text_scale = 1.0
        self._height_limit: int | None = None   # see limit_height
        self._image: QtGui.QImage | None = None
        self._fill = np.zeros((0, 0, 3), np.uint8)
        self._light_text = np.zeros((0, 0), bool)
        self.setMouseTracking(True)
        self.setMinimumSize(*_MIN_SIZE)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                           QtWidgets.QSizePolicy.Policy.Expanding)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- public API ---------------------------------------------------------------------------

    def set_matrix(self, counts: np.ndarray, class_names: list[str] | None = None) -> None:
        """Show ``counts`` (k, k): row i, column j = samples of true class i the network put in
        class j. ``class_names`` has k names (None: "0", "1", ...). Raises ValueError (one line)
        for a matrix that is not square, not whole numbers or negative, or a wrong name count."""
        C = np.asarray(counts)
        if C.ndim != 2 or C.shape[0] != C.shape[1] or C.shape[0] == 0:
            raise ValueError(f"a confusion matrix must be square (k, k), got shape {C.shape}")
        if not np.issubdtype(C.dtype, np.number) or not np.all(np.isfinite(C)):
            raise ValueError("a confusion matrix must hold finite counts")
        if np.any(C < 0) or np.any(C != np.round(C)):
            raise ValueError("a confusion matrix must hold whole, non-negative counts")
        k = C.shape[0]
        names = [str(i) for i in range(k)] if class_names is None else list(class_names)
        if len(names) != k:
            raise ValueError(f"{k} classes need {k} names, got {len(names)}")
        self._counts = C.astype(np.int64)
        self._names = [printable(str(n)) for n in names]
        self._colour_cells()
        self.update()

    def matrix(self) -> np.ndarray:
        return self._counts.copy()

    def class_names(self) -> list[str]:
        """The names as shown (control characters escaped), in full."""
        return list(self._names)

    def set_text_scale(self, factor: float) -> None:
        """Scale every text (names, counts, caption) by ``factor``; 1.0 is the normal size."""
        factor = float(factor)
        if not (math.isfinite(factor) and 0.5 <= factor <= 4.0):
            raise ValueError(f"text scale must be between 0.5 and 4, got {factor}")
        self._text_scale = factor
        self.limit_height(self._height_limit)
        self.updateGeometry()
        self.update()

    def limit_height(self, px: int | None) -> None:
        """At most ``px`` high at text scale 1 (None: no limit), growing with the square root
        of the text scale: a fixed limit leaves rows too small for the class names at
        presentation's double-size text, and a limit in proportion takes the height the
        diagram above needs."""
        self._height_limit = px
        self.setMaximumHeight(_NO_HEIGHT_LIMIT if px is None else round(px * math.sqrt(self._text_scale)))

    def text_scale(self) -> float:
        return self._text_scale

    def text_font(self) -> QtGui.QFont:
        """The font every text in the view is drawn in."""
        font = QtGui.QFont(self.font())
        font.setPointSizeF(max(1.0, math.ceil(TEXT_POINT_SIZE * self._text_scale * 100) / 100))
        return font

    def text_pixel_sizes(self) -> dict[str, int]:
        """Pixel height of the view's text (one font for names, counts and caption)."""
        return {"text": QtGui.QFontInfo(self.text_font()).pixelSize()}

    def cell_rect(self, row: int, col: int) -> QtCore.QRectF:
        """Where cell (row, col) is drawn, in widget pixels."""
        grid, cell = self._layout()[:2]
        return QtCore.QRectF(grid.left() + col * cell, grid.top() + row * cell, cell, cell)

    def cell_at(self, pos: QtCore.QPointF) -> tuple[int, int] | None:
        """(row, col) of the cell under widget position ``pos``, or None."""
        k = self._counts.shape[0]
        if k == 0:
            return None
        grid, cell = self._layout()[:2]
        if not grid.contains(pos):
            return None
        col = int((pos.x() - grid.left()) // cell)
        row = int((pos.y() - grid.top()) // cell)
        return (row, col) if 0 <= row < k and 0 <= col < k else None

    def cell_text(self, row: int, col: int) -> str:
        """The hover text of a cell: full names, the count and its share of the true class."""
        n = int(self._counts[row, col])
        total = int(self._counts[row].sum())
        share = " " + translate("ConfusionView", "({0} of this class)").format(local(f"{n / total:.0%}")) if total else ""
        verdict = translate("ConfusionView", "right") if row == col else translate("ConfusionView", "wrong")
        samples = translate("ConfusionView", "1 sample") if n == 1 else translate("ConfusionView", "{0} samples").format(n)
        return translate("ConfusionView", "true: {0}\npredicted: {1}\n{2}{3}: {4}").format(
            self._names[row], self._names[col], samples, share, verdict)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt override)
        line = QtGui.QFontMetrics(self.text_font()).height()
        k = max(self._counts.shape[0], 2)
        side = min(max(k * (line + 8), 200), 600) + 4 * line
        return QtCore.QSize(side + 60, side)

    # -- colours ------------------------------------------------------------------------------

    def _colour_cells(self) -> None:
        """One RGB pixel per cell: the right or wrong colour, blended from white by the share of
        the true class in the cell (at least a little, so a single error still shows)."""
        C = self._counts.astype(np.float64)
        k = C.shape[0]
        totals = C.sum(axis=1, keepdims=True)
        share = np.divide(C, totals, out=np.zeros_like(C), where=totals > 0)
        strength = np.where(C > 0, 0.15 + 0.85 * share, 0.0)[:, :, None]
        right = np.array(theme.hex_to_rgb(theme.RIGHT_COLOUR), np.float64)
        wrong = np.array(theme.hex_to_rgb(theme.WRONG_COLOUR), np.float64)
        base = np.where(np.eye(k, dtype=bool)[:, :, None], right, wrong)
        fill = 255.0 + (base - 255.0) * strength
        self._fill = np.ascontiguousarray(np.rint(fill).astype(np.uint8))
        lum = relative_luminance(self._fill)
        dark, light = relative_luminance(theme.TEXT), relative_luminance(theme.BACKGROUND)
        self._light_text = contrast_ratio(light, lum) > contrast_ratio(dark, lum)
        self._image = QtGui.QImage(self._fill.data, k, k, 3 * k, QtGui.QImage.Format.Format_RGB888)

    # -- layout and painting ------------------------------------------------------------------

    def _layout(self) -> tuple[QtCore.QRectF, float, float, float, float]:
        """(grid rect, cell size, row-label width, column-label height, caption height)."""
        metrics = QtGui.QFontMetricsF(self.text_font())
        k = max(self._counts.shape[0], 1)
        pad = 6.0
        caption = metrics.height() + 4
        longest = max((metrics.horizontalAdvance(n) for n in self._names), default=0.0)
        row_w = min(longest + 10, 0.3 * self.width())
        col_h = min(longest + 10, 0.3 * self.height())
        room_w = self.width() - row_w - 2 * pad
        room_h = self.height() - caption - col_h - 2 * pad
        cell = max(math.floor(min(room_w, room_h) / k), 1)
        grid = QtCore.QRectF(pad + row_w, pad + caption + col_h, cell * k, cell * k)
        return grid, float(cell), row_w, col_h, caption

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        p = QtGui.QPainter(self)
        p.fillRect(self.rect(), QtGui.QColor(theme.BACKGROUND))
        font = self.text_font()
        p.setFont(font)
        metrics = QtGui.QFontMetricsF(font)
        k = self._counts.shape[0]
        if k == 0 or self._image is None:
            p.setPen(QtGui.QColor(theme.MUTED))
            p.drawText(self.rect(), QtCore.Qt.AlignmentFlag.AlignCenter, translate("ConfusionView", "No test results yet."))
            p.end()
            return
        grid, cell, row_w, col_h, caption = self._layout()
        p.setPen(QtGui.QColor(theme.TEXT))
        p.drawText(QtCore.QRectF(6, 6, self.width() - 12, caption),
                   QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                   translate("ConfusionView", _CAPTION))

        # Cells: one pixel per cell, scaled up without smoothing.
        p.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(grid, self._image)

        # Wrong answers hatched (cells big enough to show it), under the counts.
        wrong = np.argwhere((self._counts > 0) & ~np.eye(k, dtype=bool))
        if cell >= _MIN_HATCH_CELL and len(wrong):
            hatch = QtGui.QBrush(QtGui.QColor(0, 0, 0, 90), QtCore.Qt.BrushStyle.BDiagPattern)
            p.setPen(QtCore.Qt.PenStyle.NoPen)
            for row, col in wrong:
                p.fillRect(QtCore.QRectF(grid.left() + col * cell, grid.top() + row * cell,
                                         cell, cell), hatch)

        # Thin grid lines when the cells are big enough to need them.
        if cell >= 6:
            p.setPen(QtGui.QPen(QtGui.QColor(theme.NEUTRAL), 1))
            lines = []
            for i in range(k + 1):
                x = grid.left() + i * cell
                y = grid.top() + i * cell
                lines.append(QtCore.QLineF(x, grid.top(), x, grid.bottom()))
                lines.append(QtCore.QLineF(grid.left(), y, grid.right(), y))
            p.drawLines(lines)

        # Right answers: a bold dark frame, whatever the colour; cells too small for a frame
        # are filled dark instead, so the diagonal still reads as a dark line.
        if cell >= 4 * _OUTLINE:
            p.setPen(QtGui.QPen(QtGui.QColor(theme.TEXT), _OUTLINE))
            p.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            inset = _OUTLINE / 2
            p.drawRects([QtCore.QRectF(grid.left() + i * cell + inset,
                                       grid.top() + i * cell + inset,
                                       cell - _OUTLINE, cell - _OUTLINE) for i in range(k)])
        else:
            dark = QtGui.QColor(theme.TEXT)
            for i in range(k):
                p.fillRect(QtCore.QRectF(grid.left() + i * cell, grid.top() + i * cell,
                                         cell, cell), dark)

        # Counts, where they fit.
        widest = metrics.horizontalAdvance(str(int(self._counts.max())))
        if cell >= metrics.height() + 2 and cell >= widest + 6:
            light, dark = QtGui.QColor("#FFFFFF"), QtGui.QColor(theme.TEXT)
            backing = QtGui.QColor(255, 255, 255, 225)
            for row in range(k):
                for col in range(k):
                    n = int(self._counts[row, col])
                    rect = QtCore.QRectF(grid.left() + col * cell, grid.top() + row * cell,
                                         cell, cell)
                    text = str(n)
                    if n and row != col and cell >= _MIN_HATCH_CELL:
                        w = metrics.horizontalAdvance(text) + 4
                        h = metrics.height()
                        p.fillRect(QtCore.QRectF(rect.center().x() - w / 2,
                                                 rect.center().y() - h / 2, w, h), backing)
                        p.setPen(dark)
                    else:
                        p.setPen(light if self._light_text[row, col] else dark)
                    if n == 0:
                        p.setPen(QtGui.QColor(theme.MUTED))
                    p.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, text)

        # Names: rows on the left, columns above (turned, or upright when they fit a cell),
        # elided; every m-th when crowded. Crowded means the names' own ink does not fit a
        # cell: ten one-digit names fit cells shorter than a line of text (a line's height
        # showed only every other digit), at worst in a font a fifth smaller.
        step = max(1, math.ceil((self._name_height(metrics) + 1) / cell))
        if step > 1:
            smaller = QtGui.QFont(font)
            smaller.setPointSizeF(font.pointSizeF() * 0.8)
            small_metrics = QtGui.QFontMetricsF(smaller)
            if self._name_height(small_metrics) + 1 <= cell:
                p.setFont(smaller)
                metrics, step = small_metrics, 1
        p.setPen(QtGui.QColor(theme.TEXT))
        for i in range(0, k, step):
            name = metrics.elidedText(self._names[i], QtCore.Qt.TextElideMode.ElideRight,
                                      row_w - 8)
            y = grid.top() + i * cell + cell / 2
            p.drawText(QtCore.QRectF(6, y - metrics.height() / 2, row_w - 6, metrics.height()),
                       QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                       name)
        if max(metrics.horizontalAdvance(n) for n in self._names) + 2 <= cell * step:
            for i in range(0, k, step):      # short names read upright, one over each column
                p.drawText(QtCore.QRectF(grid.left() + i * cell, grid.top() - col_h, cell, col_h - 2),
                           QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignBottom,
                           self._names[i])
            p.end()
            return
        p.save()
        p.translate(grid.left(), grid.top() - 4)
        p.rotate(-90)
        for i in range(0, k, step):
            name = metrics.elidedText(self._names[i], QtCore.Qt.TextElideMode.ElideRight,
                                      col_h - 8)
            x = i * cell + cell / 2
            p.drawText(QtCore.QRectF(0, x - metrics.height() / 2, col_h - 6, metrics.height()),
                       QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                       name)
        p.restore()
        p.end()

    def _name_height(self, metrics: QtGui.QFontMetricsF) -> float:
        """The height the class names' glyphs take (less than a line for digits)."""
        shown = [n for n in self._names[:50] if n]
        if not shown:
            return metrics.height()
        return max(metrics.tightBoundingRect(n).height() for n in shown)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.cellClicked.emit(*cell)
            event.accept()
            return
        super().mousePressEvent(event)

    # -- tooltips -----------------------------------------------------------------------------

    def tooltip_at(self, pos: QtCore.QPointF) -> str:
        """What hovering ``pos`` tells: a cell's names and count, or a class's full name."""
        cell = self.cell_at(pos)
        if cell is not None:
            return self.cell_text(*cell)
        k = self._counts.shape[0]
        if k == 0:
            return ""
        grid, size, row_w, col_h, _caption = self._layout()
        if pos.x() < grid.left() and grid.top() <= pos.y() < grid.bottom():
            i = int((pos.y() - grid.top()) // size)
            return translate("ConfusionView", "true class {0}: {1}").format(i, self._names[i]) if 0 <= i < k else ""
        if pos.y() < grid.top() and grid.left() <= pos.x() < grid.right():
            i = int((pos.x() - grid.left()) // size)
            return translate("ConfusionView", "predicted class {0}: {1}").format(i, self._names[i]) if 0 <= i < k else ""
        return ""

    def event(self, event: QtCore.QEvent) -> bool:  # noqa: D102 (Qt override)
        if event.type() == QtCore.QEvent.Type.ToolTip:
            text = self.tooltip_at(QtCore.QPointF(event.pos()))
            if text:
                QtWidgets.QToolTip.showText(event.globalPos(), text, self)
            else:
                QtWidgets.QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
