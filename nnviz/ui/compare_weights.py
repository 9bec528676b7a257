"""The pinned run's weight pictures beside the run now (an image lesson: the diagram shows the
run now's). Each first-layer neuron's incoming weights as a picture, in a small grid, painted as
the diagram paints its own (:func:`~nnviz.ui.diagram.picture_paint.weight_image`: blue positive,
orange negative, each picture on its own scale, a dash on the clearly negative cells).
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.app.pictures import picture_scales, weight_pictures
from . import theme
from .diagram.picture_paint import MARK_LENGTH, MARK_MIN_CELL, MARK_SHARE, weight_image

GAP = 3.0          # between two pictures
HINT = QSize(200, 100)     # two rows of eight 8×8 pictures at about 3 pixels a cell


class WeightPictures(QWidget):
    """A grid of weight pictures; :meth:`set_shape` says the image's rows × cols, :meth:`set_weights`
    gives the layers' weights (the first one is drawn)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.shape: tuple[int, int] | None = None
        self._pictures: np.ndarray | None = None
        self._scales: np.ndarray | None = None
        self._images: list = []
        self._text_scale = 1.0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return HINT

    # the CompareView scales its pictures' text; these pictures have none
    def text_scale(self) -> float:
        return self._text_scale

    def set_text_scale(self, factor: float) -> None:
        self._text_scale = float(factor)

    def set_shape(self, image_shape) -> None:
        shape = None if image_shape is None else tuple(int(v) for v in image_shape)
        if shape != self.shape:
            self.shape = shape
            self.set_weights(None)

    def set_weights(self, weights) -> None:
        """Draw the first layer of ``weights`` (a list of matrices, or None: nothing)."""
        if weights is None or self.shape is None:
            self._pictures, self._scales, self._images = None, None, []
        else:
            self._pictures = weight_pictures(weights[0], self.shape)
            self._scales = picture_scales(self._pictures)
            self._images = [weight_image(p, s) for p, s in zip(self._pictures, self._scales)]
        self.update()

    def weight_pictures(self) -> np.ndarray | None:
        """The pictures drawn ``(n_neurons, rows, cols)``, or None."""
        return self._pictures

    def tiles(self) -> list[QRectF]:
        """Each picture's square, the grid with the most room for them."""
        n = 0 if self._pictures is None else len(self._pictures)
        if n == 0 or self.shape is None:
            return []
        rows, cols = self.shape
        w, h = float(self.width()), float(self.height())
        best = (0.0, 1, n)
        for across in range(1, n + 1):
            down = math.ceil(n / across)
            side = min((w - GAP * (across - 1)) / across / cols, (h - GAP * (down - 1)) / down / rows)
            if side > best[0]:
                best = (side, across, down)
        cell, across, down = best
        if cell <= 0:
            return []
        tw, th = cell * cols, cell * rows
        x0 = (w - (across * tw + GAP * (across - 1))) / 2
        y0 = (h - (down * th + GAP * (down - 1))) / 2
        return [QRectF(x0 + (k % across) * (tw + GAP), y0 + (k // across) * (th + GAP), tw, th) for k in range(n)]

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        tiles = self.tiles()
        if not tiles:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for rect, image in zip(tiles, self._images):
            p.drawImage(rect, image)
        rows, cols = self.shape
        cell = tiles[0].width() / cols
        if cell >= MARK_MIN_CELL:        # the negative cells' dash, as the diagram's
            half = MARK_LENGTH * cell / 2
            rel = self._pictures / self._scales[:, None, None]
            marks = []
            for k, r, c in np.argwhere(rel <= -MARK_SHARE).tolist():
                t = tiles[k]
                x, y = t.x() + (c + 0.5) * cell, t.y() + (r + 0.5) * t.height() / rows
                marks.append(QLineF(x - half, y, x + half, y))
            pen = QPen(QColor(theme.TEXT), max(1.0, round(cell / 7)))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLines(marks)
        frame = QPen(QColor(theme.MUTED), 1.0)
        frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(frame)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for rect in tiles:
            p.drawRect(rect)
        p.end()


__all__ = ["WeightPictures"]
