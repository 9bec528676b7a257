"""For a problem with one input: the network's output as a curve over that input."""
from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

import pyqtgraph as pg

from nnviz.core.text import printable, rich_text
from nnviz.ui import theme
from nnviz.ui.i18n import translate
from nnviz.ui.plots.base import FramedPlot
from nnviz.ui.plots.common import POINT_EDGE, class_names_for, html_line, html_swatch, padded, rgba, widen

CURVE_LINE_WIDTH = 4       # the network's prediction: the thickest thing on the plot
_PROBABILITY_RANGE = (-0.08, 1.08)   # room round 0 and 1 for the points placed there
# One line style per class beside its colour (multiclass), repeating after four.
_CLASS_LINE_STYLES = (QtCore.Qt.PenStyle.SolidLine, QtCore.Qt.PenStyle.DashLine,
                      QtCore.Qt.PenStyle.DotLine, QtCore.Qt.PenStyle.DashDotLine)


class CurvePlot(FramedPlot):
    """For a problem with one input: the data as points over that input and the network's
    output as a line, the one-dimensional cousin of :class:`BoundaryPlot`.

    regression: points at (input, target); the prediction as a thick line.
    binary: points at 0 or 1 in their class colours; the network's P(class 1) as a line, with
    the 0.5 threshold dashed. multiclass: one probability line per class (colour and line
    style); points at 1, each class in its own marker shape.

    Items are created once per problem and updated with ``setData``; ranges are fixed
    (:meth:`set_extent`; regression's y range follows the points unless given), so a frame
    costs a few hundred points' drawing and no autorange.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, [], right_margin=12, left_width=66)
        self._task = "regression"
        self._y_name = "y"
        self._x_range = (0.0, 1.0)
        self._y_range: tuple[float, float] | None = None   # set_extent's, regression only
        self._points_y_range: tuple[float, float] | None = None
        self._curve_x = np.empty(0)
        self._curve_values = np.empty((0, 1))

        self.threshold = pg.InfiniteLine(pos=0.5, angle=0, movable=False,
                                         pen=pg.mkPen(theme.MUTED, width=1,
                                                      style=QtCore.Qt.PenStyle.DashLine))
        self.plot.addItem(self.threshold, ignoreBounds=True)
        for item in (self.train_points, self.test_points_edge, self.test_points):
            item.setZValue(1)   # points over the lines: the data are what the line is judged by
            self.plot.addItem(item)
        self.lines: list[pg.PlotDataItem] = []

        self.set_problem("regression", None, "x", "y")
        self.set_extent((0.0, 1.0))

    # -- public API ---------------------------------------------------------------------------

    def set_problem(self, task: str, class_names: list[str] | None, x_name: str,
                    y_name: str) -> None:
        """Start showing a new problem: clears the curve, the points and any y range.

        ``x_name`` is the input; ``y_name`` the target (the regression y axis). Classification
        plots probabilities: "P(<class 1>)" for binary, one line per class for multiclass.
        """
        names = class_names_for(task, class_names)
        self._task = task
        self._y_name = y_name
        self._set_classes(names)
        self._y_range = None
        self._points_y_range = None
        for item in (self.train_points, self.test_points_edge, self.test_points):
            item.clear()

        # One line per output, made here and only updated with setData afterwards.
        for line in self.lines:
            self.plot.removeItem(line)
        colours = ([theme.ACCURACY_COLOUR] if task == "regression" else
                   [theme.POSITIVE] if task == "binary" else theme.class_colours(len(names)))
        self.lines = []
        for i, colour in enumerate(colours):
            style = _CLASS_LINE_STYLES[i % len(_CLASS_LINE_STYLES)] if task == "multiclass" \
                else QtCore.Qt.PenStyle.SolidLine
            # A light colour (yellow, pink) gets a dark edge, or it fades into the white.
            light = theme.lab_as_seen([colour], "normal")[0, 0] > 70
            shadow = pg.mkPen(POINT_EDGE, width=CURVE_LINE_WIDTH + 2) if light else None
            line = self.plot.plot(pen=pg.mkPen(colour, width=CURVE_LINE_WIDTH, style=style),
                                  shadowPen=shadow, connect="finite", skipFiniteCheck=False)
            self.lines.append(line)
        self._curve_x = np.empty(0)
        self._curve_values = np.empty((0, len(colours)))

        left = self.plot.getAxis("left")
        if task == "regression":
            left.setTicks(None)
            y_label = y_name
        else:
            left.setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
            y_label = f"P({printable(names[1])})" if task == "binary" else "probability"
        self.style_axis(self.plot.getAxis("bottom"), x_name)
        self.style_axis(left, y_label)
        self.threshold.setVisible(task == "binary")
        self._update_legend()
        self._apply_y_range()

    def set_points(self, x_train: np.ndarray, y_train: np.ndarray,
                   x_test: np.ndarray | None = None, y_test: np.ndarray | None = None) -> None:
        """Data points: ``x`` in original units, (n,) or (n, 1); ``y`` the target value
        (regression) or the class index (classification: drawn at 0 or 1, or at 1 for
        multiclass). Regression points set the y range unless :meth:`set_extent` gave one."""
        x_train, y_train = self._check_points(x_train, y_train, "train")
        has_test = x_test is not None and y_test is not None and len(x_test) > 0
        if has_test:
            x_test, y_test = self._check_points(x_test, y_test, "test")
        if self._task == "regression":
            values = np.concatenate([y_train, y_test]) if has_test else y_train
            finite = values[np.isfinite(values)]
            self._points_y_range = padded(*widen(float(finite.min()), float(finite.max()))) \
                if finite.size else None
            self._apply_y_range()
            self.train_points.setData(x=x_train, y=y_train,
                                      brush=self._brush(rgba(theme.POSITIVE)))
        else:
            colours = self._class_rgba[y_train]
            self.train_points.setData(x=x_train, y=self._class_height(y_train),
                                      brush=[self._brush(c) for c in colours],
                                      pen=self._edge_pens(colours, 1.0),
                                      symbol=self.class_symbols(y_train))
        if not has_test:
            self.test_points_edge.clear()
            self.test_points.clear()
            return
        heights = y_test if self._task == "regression" else self._class_height(y_test)
        if self._task == "regression":
            self.test_points_edge.setData(x=x_test, y=heights)
            self.test_points.setData(x=x_test, y=heights, pen=self._ring_pen(rgba(theme.POSITIVE)))
        else:
            symbols = self.class_symbols(y_test)
            self.test_points_edge.setData(x=x_test, y=heights, symbol=symbols,
                                          pen=self._edge_pens(self._class_rgba[y_test], 4.5))
            self.test_points.setData(x=x_test, y=heights, symbol=symbols,
                                     pen=[self._ring_pen(c) for c in self._class_rgba[y_test]])

    def set_extent(self, x_range: tuple[float, float],
                   y_range: tuple[float, float] | None = None) -> None:
        """The fixed view: ``x_range`` in input units; ``y_range`` for regression (None: the
        points' range plus a margin). Classification always shows probabilities 0 to 1."""
        x0, x1 = map(float, x_range)
        if not x1 > x0:
            raise ValueError(f"empty x range {x_range}")
        if y_range is not None:
            y0, y1 = map(float, y_range)
            if not y1 > y0:
                raise ValueError(f"empty y range {y_range}")
            self._y_range = (y0, y1)
        else:
            self._y_range = None
        self._x_range = (x0, x1)
        self.plot.setXRange(x0, x1, padding=0)
        self._apply_y_range()

    def set_curve(self, x: np.ndarray, values: np.ndarray) -> None:
        """The network's output at inputs ``x`` (n,), ascending: ``values`` (n,) or
        (n, n_outputs) — the prediction in target units (regression), P(class 1) (binary) or
        one probability per class (multiclass)."""
        x = np.asarray(x, dtype=np.float64).ravel()
        values = np.asarray(values, dtype=np.float64)
        if values.ndim == 1:
            values = values[:, None]
        k = len(self.lines)
        if values.ndim != 2 or values.shape != (x.shape[0], k):
            raise ValueError(f"{self._task} curve values must have shape ({x.shape[0]}, {k}), "
                             f"got {values.shape}")
        self._curve_x, self._curve_values = x, values
        shown = values
        if self._task == "regression":
            # A diverging run's huge values are drawn at a fixed distance past the view's
            # edge: the line still leaves the plot, and Qt never strokes 1e300-pixel segments.
            lo, hi = self.plot.vb.viewRange()[1]
            span = hi - lo
            with np.errstate(invalid="ignore"):
                shown = np.clip(values, lo - 10 * span, hi + 10 * span)
        for i, line in enumerate(self.lines):
            line.setData(x=x, y=shown[:, i])

    def curve_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The curve last set: x (n,) and values (n, n_outputs), as given to :meth:`set_curve`."""
        return self._curve_x.copy(), self._curve_values.copy()

    # -- internals ----------------------------------------------------------------------------

    def _apply_y_range(self) -> None:
        if self._task != "regression":
            y0, y1 = _PROBABILITY_RANGE
        else:
            y0, y1 = self._y_range or self._points_y_range or (0.0, 1.0)
        self.plot.setYRange(y0, y1, padding=0)

    def _class_height(self, labels: np.ndarray) -> np.ndarray:
        if self._task == "binary":
            return labels.astype(np.float64)            # class 0 at 0, class 1 at 1
        return np.ones(labels.shape[0])                 # every class at probability 1

    def _check_points(self, x, y, which: str) -> tuple[np.ndarray, np.ndarray]:
        x = np.asarray(x, dtype=np.float64)
        if x.ndim == 2 and x.shape[1] == 1:
            x = x[:, 0]
        if x.ndim != 1:
            raise ValueError(f"x_{which} must have shape (n,) or (n, 1), got {x.shape}")
        y = np.asarray(y).ravel()
        if y.shape[0] != x.shape[0]:
            raise ValueError(f"y_{which} has {y.shape[0]} entries for {x.shape[0]} points")
        if self._task == "regression":
            return x, y.astype(np.float64)
        y = y.astype(np.intp)
        if y.size and (y.min() < 0 or y.max() >= len(self._class_names)):
            raise ValueError(f"y_{which} must be class indices 0..{len(self._class_names) - 1}")
        return x, y

    def _line_key(self, colour: str, index: int) -> str:
        dashed = self._task == "multiclass" and index % len(_CLASS_LINE_STYLES) != 0
        return html_line(colour, dashed)

    def retranslate(self) -> None:
        """The window's language changed: the legend and the axes' numbers in the new one."""
        self._update_legend()
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.picture = None
            axis.update()

    def _update_legend(self) -> None:
        self.key_label.setText(self._train_test_key())
        s = self._text_scale
        if self._task == "regression":
            y_name = self._y_name
            said = (translate("CurvePlot", "network's prediction of {0}").format(rich_text(y_name)) if y_name
                    else translate("CurvePlot", "network's prediction"))
            data = translate("CurvePlot", "data")
            entries = [f"{html_swatch(theme.POSITIVE, scale=s)}&nbsp;{data}",
                       f"{html_line(theme.ACCURACY_COLOUR)}&nbsp;{said}"]
        elif self._task == "binary":
            entries = [self._class_key(i) for i in range(2)]
            entries.append(f"{html_line(theme.POSITIVE)}&nbsp;"
                           + translate("CurvePlot", "network's P({0})").format(rich_text(self._class_names[1])).replace(" ", "&nbsp;"))
        else:
            colours = theme.class_colours(len(self._class_names))
            entries = [self._class_key(i).replace("&nbsp;", self._line_key(colours[i], i)
                                                  + "&nbsp;", 1)
                       for i in range(len(self._class_names))]
        self.legend_label.setText(" &nbsp;&nbsp; ".join(entries))

    def _text_scale_changed(self) -> None:
        super()._text_scale_changed()
        self._update_legend()

