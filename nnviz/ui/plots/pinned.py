"""The pinned run's curves on the loss plot, beside the run now's: dashed, in the text colour,
and named at their end ("pinned: lr 0.05"), so that they read apart in grey and for every
colour vision, not by colour alone."""
from __future__ import annotations

import warnings

import numpy as np
from PySide6 import QtCore

import pyqtgraph as pg

from nnviz.ui import theme

PINNED_WIDTH = 2
PINNED_MAX_POINTS = 20_000   # a longer pinned run is drawn from each block's lowest and highest value


def _pen():
    return pg.mkPen(theme.TEXT, width=PINNED_WIDTH, style=QtCore.Qt.PenStyle.DashLine)


def _peaks(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``x, y`` as they are up to :data:`PINNED_MAX_POINTS` points; a longer series as each
    block's first epoch twice with the block's lowest and highest value (NaN ignored)."""
    n = x.size
    if n <= PINNED_MAX_POINTS:
        return x, y
    size = -(-n // (PINNED_MAX_POINTS // 2))
    full = n // size * size
    blocks = y[:full].reshape(-1, size)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)     # an all-NaN block stays NaN: the curve breaks
        lows, highs = np.fmin.reduce(blocks, axis=1), np.fmax.reduce(blocks, axis=1)
    xs = np.repeat(x[:full:size], 2)
    ys = np.empty(xs.size)
    ys[0::2], ys[1::2] = lows, highs
    if full < n:
        xs = np.concatenate([xs, x[full:]])
        ys = np.concatenate([ys, y[full:]])
    return xs, ys


class PinnedCurves:
    """The pinned run's training loss (on ``loss_plot``) and accuracy (on ``acc_plot``). The
    series never change once set: a long one is reduced once, when set, to the lowest and highest
    value of each block of epochs (spikes kept), never by the view of the moment, so the same
    run is drawn the same way whichever way it got there."""

    def __init__(self, loss_plot: pg.PlotItem, acc_plot: pg.PlotItem) -> None:
        self.loss_curve = loss_plot.plot(pen=_pen(), connect="finite", skipFiniteCheck=False)
        self.acc_curve = acc_plot.plot(pen=_pen(), connect="finite", skipFiniteCheck=False)
        for curve in (self.loss_curve, self.acc_curve):
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
        self.loss_curve.setData(*_peaks(x, loss))
        acc = None if train_acc is None else np.asarray(train_acc, float)
        if acc is None or not np.isfinite(acc).any():
            self.acc_curve.setData(x=np.empty(0), y=np.empty(0))
            acc = None
        else:
            self.acc_curve.setData(*_peaks(x, acc))
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
