"""The pinned run's curves on the loss plot, beside the run now's: dashed, in the text colour,
and named at their end ("pinned: lr 0.05"), so that they read apart in grey and for every
colour vision, not by colour alone."""
from __future__ import annotations

import numpy as np
from PySide6 import QtCore

import pyqtgraph as pg

from nnviz.ui import theme

PINNED_WIDTH = 2


def _pen():
    return pg.mkPen(theme.TEXT, width=PINNED_WIDTH, style=QtCore.Qt.PenStyle.DashLine)


class PinnedCurves:
    """The pinned run's training loss (on ``loss_plot``) and accuracy (on ``acc_plot``). The
    series never change once set, so pyqtgraph's own peak downsampling and clipping keep a long
    one cheap to draw."""

    def __init__(self, loss_plot: pg.PlotItem, acc_plot: pg.PlotItem) -> None:
        self.loss_curve = loss_plot.plot(pen=_pen(), connect="finite", skipFiniteCheck=False)
        self.acc_curve = acc_plot.plot(pen=_pen(), connect="finite", skipFiniteCheck=False)
        for curve in (self.loss_curve, self.acc_curve):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            curve.setZValue(-1)          # under the run now's curves
        self.labels = []
        for plot in (loss_plot, acc_plot):
            label = pg.TextItem(anchor=(1, 1), color=theme.TEXT)
            label.setVisible(False)
            plot.addItem(label, ignoreBounds=True)
            self.labels.append(label)
        self.name = ""
        self._ends: list[tuple[float, float] | None] = [None, None]
        # (first epoch, last epoch, lowest loss, highest loss, lowest positive loss) or None
        self.bounds: tuple[float, float, float, float, float] | None = None

    @property
    def shown(self) -> bool:
        return self.bounds is not None

    def set(self, epochs: np.ndarray, train_loss: np.ndarray, train_acc: np.ndarray | None, name: str) -> None:
        """The pinned run's series (accuracy None for a regression) and its name."""
        x = np.asarray(epochs, float)
        loss = np.asarray(train_loss, float)
        self.name = name
        self.loss_curve.setData(x=x, y=loss)
        acc = None if train_acc is None else np.asarray(train_acc, float)
        if acc is None or not np.isfinite(acc).any():
            self.acc_curve.setData(x=np.empty(0), y=np.empty(0))
            acc = None
        else:
            self.acc_curve.setData(x=x, y=acc)
        finite = loss[np.isfinite(loss)]
        if x.size == 0:
            self.bounds = (0.0, 0.0, np.inf, -np.inf, np.inf)
        else:
            positive = finite[finite > 0]
            self.bounds = (float(x[0]), float(x[-1]),
                           float(finite.min()) if finite.size else np.inf,
                           float(finite.max()) if finite.size else -np.inf,
                           float(positive.min()) if positive.size else np.inf)
        self._ends = [self._end(x, loss), self._end(x, acc) if acc is not None else None]
        for label in self.labels:
            label.setText(name)

    @staticmethod
    def _end(x: np.ndarray, y: np.ndarray) -> tuple[float, float] | None:
        ok = np.flatnonzero(np.isfinite(y))
        return None if ok.size == 0 else (float(x[ok[-1]]), float(y[ok[-1]]))

    def clear(self) -> None:
        self.bounds = None
        self.name = ""
        self._ends = [None, None]
        for curve in (self.loss_curve, self.acc_curve):
            curve.setData(x=np.empty(0), y=np.empty(0))
        for label in self.labels:
            label.setVisible(False)

    def place_labels(self, log_loss: bool) -> None:
        """Each name at its curve's last point (the loss axis may be logarithmic)."""
        for label, end, log in zip(self.labels, self._ends, (log_loss, False)):
            if end is None or (log and end[1] <= 0):
                label.setVisible(False)
                continue
            label.setPos(end[0], np.log10(end[1]) if log else end[1])
            label.setVisible(True)

    def restyle(self) -> None:
        for curve in (self.loss_curve, self.acc_curve):
            curve.setPen(_pen())
        for label in self.labels:
            label.setColor(theme.TEXT)
