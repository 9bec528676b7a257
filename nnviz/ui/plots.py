"""Three pyqtgraph displays: the loss curve, the decision boundary over two inputs and, for a
problem with one input, the network's output as a curve over that input.

All are pure views. The window hands them numbers the engine computed; nothing here does
network maths. Items are created once and updated in place (``setData`` / ``setImage``), ranges are
fixed where they can be, long curves are downsampled and there is no grid, so a redraw stays cheap.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets  # PySide6 before pyqtgraph: pyqtgraph picks it up

import pyqtgraph as pg

from nnviz.ui import theme

TICK_POINT_SIZE = theme.BASE_POINT_SIZE
LABEL_POINT_SIZE = theme.BASE_POINT_SIZE + 1
EXPLODED_LOSS = 1e6        # above this the loss axis turns logarithmic by itself
CURVE_WIDTH = 2            # thick enough for a projector; downsampling keeps the point count small
POINT_EDGE = "#202020"     # dark edge round data points, for contrast on any background
TRAIN_POINT_SIZE = 9
TEST_POINT_SIZE = 10
REGRESSION_COLORMAP = "viridis"
# Confidence shading tops out below the full class colour so that points stay visible on
# their own class's region; "Discretize" shows the full colour.
SHADE_MAX = 0.8
_INITIAL_CAPACITY = 1024
_AXIS_LABEL_GAP = 10       # px between a self-sizing axis's numbers and its label
_HOVER_HINT = "hover to read values"


def _font(point_size: int) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPointSize(point_size)
    return font


def _style_axis(axis: pg.AxisItem, label: str | None = None) -> None:
    """Dark axis and text, large tick labels, an axis label of at least 11 pt."""
    axis.setPen(pg.mkPen(theme.TEXT, width=1))
    axis.setTextPen(pg.mkPen(theme.TEXT))
    axis.setTickFont(_font(TICK_POINT_SIZE))
    axis.setStyle(tickTextOffset=6)
    if label is not None:
        axis.setLabel(label, **{"color": theme.TEXT, "font-size": f"{LABEL_POINT_SIZE}pt"})


def _style_plot(plot: pg.PlotItem) -> None:
    """Styled axes and no grid: pyqtgraph's grid doubled the paint time of the loss plot."""
    for name in ("left", "bottom"):
        _style_axis(plot.getAxis(name))


def _rgba(colour: str, alpha: int = 255) -> np.ndarray:
    return np.array([*theme.hex_to_rgb(colour), alpha], dtype=np.uint8)


def _html_swatch(colour: str, glyph: str = "\u25CF") -> str:
    return f'<span style="color:{colour}; font-size:{LABEL_POINT_SIZE + 3}pt">{glyph}</span>'


def _html_line(colour: str, dashed: bool = False) -> str:
    """A short line in ``colour`` for a text legend: solid, or dashed like a DashLine pen."""
    glyphs = "\u254D" if dashed else "\u2501"   # one glyph: four entries fit a 360 px panel
    return f'<span style="color:{colour}; font-weight:bold">{glyphs}</span>'


def _white_background(widget: QtWidgets.QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(theme.BACKGROUND))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


# (reached from, divide by, suffix); thousands from 10,000 on, so "2500" stays as it is.
_UNITS = ((1e12, 1e12, "T"), (1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "k"))


def _decimals(step: float) -> int:
    """Decimals that tell ticks ``step`` apart: 0 for 1 and up, 1 for 0.1 .. 0.9, ..."""
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0


def compact_tick_strings(values, spacing: float) -> list[str]:
    """Tick labels a class can read: one unit for the whole axis ("100k" ... "900k",
    "0.4M" ... "1.2M"), as many decimals as the tick spacing needs ("-0.5", "0.25") and never
    a "x0.001"-style SI prefix beside the axis."""
    values = [float(v) for v in values]
    finite = [abs(v) for v in values if math.isfinite(v)]
    if not finite:
        return [str(v) for v in values]
    biggest = max(finite)
    if biggest >= 1e15:
        return [f"{v:.3g}" for v in values]   # astronomical (a diverging run): 1.5e+15
    spacing = abs(float(spacing)) if spacing and math.isfinite(spacing) else (biggest or 1.0)
    # The largest unit the values reach whose labels need at most one decimal (so a narrow
    # range at a large value reads "980k" ... "1000k", not "0.98M" ... "1M"); else plain numbers.
    factor, suffix, decimals = 1.0, "", _decimals(spacing)
    for reached, divisor, unit in _UNITS:
        if biggest >= reached and _decimals(spacing / divisor) <= 1:
            factor, suffix, decimals = divisor, unit, _decimals(spacing / divisor)
            break
    if decimals > 4:
        return [f"{v:.3g}" for v in values]   # tiny steps: 1.2e-05
    strings = []
    for v in values:
        if not math.isfinite(v):
            strings.append(str(v))
            continue
        text = f"{v / factor:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        strings.append(text + (suffix if text != "0" else ""))
    return strings


class CompactAxis(pg.AxisItem):
    """A linear axis labelled by :func:`compact_tick_strings`, without auto SI prefixes."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        return compact_tick_strings([v * scale for v in values], spacing * scale)

    def _updateWidth(self) -> None:  # noqa: N802 (pyqtgraph internal, pyqtgraph 0.13-0.14)
        # A self-sizing vertical axis leaves its label no gap after the widest number; add one
        # (the label is placed from the right edge, so it moves away from the numbers).
        super()._updateWidth()
        if self.fixedWidth is None and self.label.isVisible() and self.maximumWidth() > 0:
            width = self.maximumWidth() + _AXIS_LABEL_GAP
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)


class _ReadableLogAxis(CompactAxis):
    """A log axis that labels decades (and 2, 5 within a short range) instead of every minor tick,
    whose labels pile on top of one another otherwise. Plain linear ticks are unchanged."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 (pyqtgraph override)
        span = maxVal - minVal
        if span > 8:
            # A diverging run spans hundreds of decades: about six labelled ones, no minor ticks.
            step = next(k for k in (2, 5, 10, 20, 25, 50, 100, 200, 500) if k >= span / 6)
            first = math.ceil(minVal / step) * step
            return [(None, [float(p) for p in range(first, int(math.floor(maxVal)) + 1, step)])]
        decades, named, minor = [], [], []
        for power in range(int(math.floor(minVal)), int(math.ceil(maxVal)) + 1):
            for mantissa in range(1, 10):
                v = power + math.log10(mantissa)
                if minVal <= v <= maxVal:
                    (decades if mantissa == 1 else named if mantissa in (2, 5) else minor).append(v)
        return [(None, decades), (None, named), (None, minor)]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        low, high = sorted(self.range)
        if high - low > 8:
            return [f"1e{round(v)}" for v in values]   # short: 1e250, not 1e+250
        labelled = {1} if high - low > 2.5 else {1, 2, 5}
        powers = range(int(math.floor(low)), int(math.ceil(high)) + 1)
        shown = [p + math.log10(m) for p in powers for m in labelled]
        if sum(low <= v <= high for v in shown) < 2:
            labelled = set(range(1, 10))  # a narrow range: label every tick there is
        strings = []
        for v in values:
            mantissa = round(10 ** (v - math.floor(v + 1e-9)))
            strings.append(f"{10 ** v:.3g}" if mantissa in labelled else "")
        return strings


# --------------------------------------------------------------------------------------------
# Loss plot
# --------------------------------------------------------------------------------------------

class _GrowingColumns:
    """Equal-length float64 columns in preallocated arrays that double when full.

    ``view(name)`` returns ``array[:n]``, a view, so handing it to ``setData`` copies nothing.
    """

    def __init__(self, names: tuple[str, ...], capacity: int = _INITIAL_CAPACITY) -> None:
        self.names = names
        self.capacity = capacity
        self.n = 0
        self._arrays = {name: np.full(capacity, np.nan) for name in names}

    def clear(self) -> None:
        self.n = 0

    def append(self, columns: dict[str, np.ndarray | None], count: int) -> None:
        needed = self.n + count
        if needed > self.capacity:
            capacity = self.capacity
            while capacity < needed:
                capacity *= 2
            for name, old in self._arrays.items():
                new = np.full(capacity, np.nan)
                new[: self.n] = old[: self.n]
                self._arrays[name] = new
            self.capacity = capacity
        for name in self.names:
            values = columns.get(name)
            target = self._arrays[name][self.n : needed]
            if values is None:
                target.fill(np.nan)
            else:
                target[:] = values
        self.n = needed

    def view(self, name: str) -> np.ndarray:
        return self._arrays[name][: self.n]


class LossPlot(QtWidgets.QWidget):
    """Training and validation loss per epoch, with accuracy below for classification.

    Feed it with :meth:`append` (batches of epochs at once are fine) after :meth:`reset`.
    Curves are ``PlotDataItem`` objects updated with ``setData`` on views of growing buffers;
    ``clipToView`` plus peak downsampling keep 100,000-epoch runs fast to redraw.
    """

    _COLUMNS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc")

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._classification = False
        self._data = _GrowingColumns(self._COLUMNS)
        self._in_legend: set[str] = set()

        self.log_checkbox = QtWidgets.QCheckBox("Log scale")
        self.log_checkbox.setToolTip(
            "Show the loss on a logarithmic axis: late, small improvements stay visible\n"
            "instead of flattening into the floor.")
        self.log_checkbox.toggled.connect(self.set_log_scale)
        hint = QtWidgets.QLabel(_HOVER_HINT)
        hint.setStyleSheet(f"color: {theme.MUTED}")
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(8, 0, 8, 0)
        top.addWidget(self.log_checkbox)
        top.addStretch(1)
        top.addWidget(hint)

        # The legend is a line of text above the plots, never a box over the curves. It keeps
        # its one line of height while empty, so the plots do not jump when training starts.
        self.loss_legend = QtWidgets.QLabel()
        self.loss_legend.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.loss_legend.setWordWrap(True)
        self.loss_legend.setContentsMargins(8, 0, 8, 0)
        self.loss_legend.setMinimumHeight(self.loss_legend.fontMetrics().height() + 4)
        self.loss_legend.setToolTip("The curves drawn so far: validation appears when the data "
                                    "has a validation split, accuracy for classification.")

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(theme.BACKGROUND)
        self.view.ci.setContentsMargins(4, 4, 14, 4)
        self.view.ci.setSpacing(2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.loss_legend)
        layout.addWidget(self.view, 1)
        _white_background(self)

        self.loss_plot = pg.PlotItem(axisItems={"left": _ReadableLogAxis("left")})
        self.acc_plot = pg.PlotItem()
        self.view.ci.addItem(self.loss_plot, row=0, col=0)
        self._acc_shown = False
        for plot in (self.loss_plot, self.acc_plot):
            _style_plot(plot)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(78)  # equal widths line the two x-axes up; fits "1e250"
        _style_axis(self.loss_plot.getAxis("left"), "loss")
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        _style_axis(self.acc_plot.getAxis("left"), "accuracy")
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.1)
        self.acc_plot.enableAutoRange(y=False)
        self.acc_plot.setMouseEnabled(x=True, y=False)
        self.acc_plot.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])

        def curve(plot: pg.PlotItem, colour: str, style=QtCore.Qt.PenStyle.SolidLine):
            pen = pg.mkPen(colour, width=CURVE_WIDTH, style=style)
            item = plot.plot(pen=pen, connect="finite", skipFiniteCheck=False)
            # Peak downsampling keeps each pixel column's min and max, so ~2 samples per
            # pixel look the same as pyqtgraph's default 5 and draw twice as fast.
            item.opts["autoDownsampleFactor"] = 2.0
            return item

        self.train_loss_curve = curve(self.loss_plot, theme.TRAIN_COLOUR)
        self.val_loss_curve = curve(self.loss_plot, theme.VAL_COLOUR)
        self.train_acc_curve = curve(self.acc_plot, theme.ACCURACY_COLOUR)
        self.val_acc_curve = curve(self.acc_plot, theme.ACCURACY_COLOUR,
                                   QtCore.Qt.PenStyle.DashLine)
        # key: (curve, legend name, colour, dashed), in legend order.
        self._curves = {
            "train_loss": (self.train_loss_curve, "train loss", theme.TRAIN_COLOUR, False),
            "val_loss": (self.val_loss_curve, "val loss", theme.VAL_COLOUR, False),
            "train_acc": (self.train_acc_curve, "train acc", theme.ACCURACY_COLOUR, False),
            "val_acc": (self.val_acc_curve, "val acc", theme.ACCURACY_COLOUR, True),
        }

        # Hover: a dotted line at the nearest epoch in both plots, and the values in a box in
        # the loss plot's top-right corner (the box names the curves too).
        cursor_pen = pg.mkPen(theme.TEXT, width=1, style=QtCore.Qt.PenStyle.DotLine)
        self.cursor_lines = []
        for plot in (self.loss_plot, self.acc_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.cursor_lines.append(line)
        self.readout = pg.TextItem(anchor=(1, 0), fill=pg.mkBrush(255, 255, 255, 235),
                                   border=pg.mkPen(theme.MUTED, width=1))
        self.readout.setFont(_font(TICK_POINT_SIZE))
        # On the layout, not the view box (which clips its children): in a short panel the box
        # may reach down over the accuracy plot instead of being cut off.
        self.readout.setParentItem(self.view.ci)
        self.readout.setZValue(100)
        self.readout.setVisible(False)
        self.loss_plot.vb.sigResized.connect(self._place_readout)
        self._mouse_proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=60,
                                           slot=self._on_mouse_moved)
        self.view.installEventFilter(self)

        self.reset(classification=False)

    # -- public API ---------------------------------------------------------------------------

    def reset(self, classification: bool) -> None:
        """Forget every point (a new training run); show accuracy only for classification."""
        self._classification = bool(classification)
        self._data.clear()
        for item, *_ in self._curves.values():
            item.setData(x=np.empty(0), y=np.empty(0))
        self._in_legend.clear()
        self._update_legend()
        self._show_accuracy(self._classification)
        # Shrink the view before autoranging: pyqtgraph picks the downsampling factor from the
        # current view width, and a 100,000-epoch-wide view would reduce a new run's first few
        # points to nothing (and so never autorange to them).
        self.loss_plot.setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0)
        # Ranges are set from running bounds (see _fit_ranges): pyqtgraph's autorange rescans
        # every curve on each update, which cost ~10 ms a frame on long runs.
        self.loss_plot.disableAutoRange()
        self.acc_plot.disableAutoRange()
        self._loss_lo, self._loss_hi, self._loss_pos_lo = np.inf, -np.inf, np.inf
        self._hide_cursor()

    def _show_accuracy(self, show: bool) -> None:
        """Accuracy sits below the loss and takes the x-axis; regression has the loss alone."""
        if show and not self._acc_shown:
            self.view.ci.addItem(self.acc_plot, row=1, col=0)
            self.view.ci.layout.setRowStretchFactor(0, 5)
            self.view.ci.layout.setRowStretchFactor(1, 2)
        elif not show and self._acc_shown:
            self.view.ci.removeItem(self.acc_plot)
        self._acc_shown = show
        loss_x = self.loss_plot.getAxis("bottom")
        loss_x.setStyle(showValues=not show)
        if show:
            loss_x.showLabel(False)
            _style_axis(self.acc_plot.getAxis("bottom"), "epoch")
        else:
            _style_axis(loss_x, "epoch")

    def append(self, epochs: np.ndarray, train_loss, val_loss=None, train_acc=None,
               val_acc=None) -> None:
        """Add one or more epochs. All arguments are 1-D and as long as ``epochs``.

        A series given as None (or all NaN) so far stays hidden and out of the legend and the
        readout. NaN and inf are kept: the curve breaks there and autorange ignores them.
        """
        epochs = np.atleast_1d(np.asarray(epochs, dtype=np.float64))
        if epochs.ndim != 1:
            raise ValueError(f"epochs must be 1-D, got shape {epochs.shape}")
        count = epochs.shape[0]
        columns: dict[str, np.ndarray | None] = {"epoch": epochs}
        given = {"train_loss": train_loss, "val_loss": val_loss,
                 "train_acc": train_acc, "val_acc": val_acc}
        for key, values in given.items():
            if values is None:
                columns[key] = None
                continue
            values = np.atleast_1d(np.asarray(values, dtype=np.float64))
            if values.shape != (count,):
                raise ValueError(f"{key} has shape {values.shape}, expected ({count},)")
            columns[key] = values
        if count == 0:
            return
        self._data.append(columns, count)

        x = self._data.view("epoch")
        added = False
        for key, (item, *_) in self._curves.items():
            is_accuracy = key.endswith("acc")
            if is_accuracy and not self._classification:
                continue
            values = columns[key]
            if key not in self._in_legend and (values is None or np.isnan(values).all()):
                continue  # no value yet (None or all NaN): keep the curve and its legend out
            item.setData(x=x, y=self._data.view(key))
            if key not in self._in_legend:
                self._in_legend.add(key)
                added = True
        if added:
            self._update_legend()
        self._fit_ranges(x, [columns["train_loss"], columns["val_loss"]])

    def _fit_ranges(self, x: np.ndarray, losses: list[np.ndarray | None]) -> None:
        """Show every epoch and every finite loss so far (running bounds: no rescan)."""
        for values in losses:
            if values is None:
                continue
            finite = values[np.isfinite(values)]
            if finite.size:
                self._loss_lo = min(self._loss_lo, float(finite.min()))
                self._loss_hi = max(self._loss_hi, float(finite.max()))
                positive = finite[finite > 0]
                if positive.size:
                    self._loss_pos_lo = min(self._loss_pos_lo, float(positive.min()))
        # Only the loss plot: the accuracy plot follows through its x-link (setting both fights
        # the link, and for regression the hidden accuracy plot dragged the range off).
        self.loss_plot.setXRange(float(x[0]), max(float(x[-1]), float(x[0]) + 1.0), padding=0.02)
        if not np.isfinite(self._loss_hi):
            return
        if self._loss_hi > EXPLODED_LOSS and not self.is_log_scale():
            # A diverging run's losses (1e60 and up) cannot be drawn on a linear axis; on a log
            # axis the explosion is the picture. The checkbox shows the switch.
            self.set_log_scale(True)
            return
        if self.is_log_scale():
            if np.isfinite(self._loss_pos_lo):
                lo, hi = np.log10(self._loss_pos_lo), np.log10(max(self._loss_hi, self._loss_pos_lo))
                self.loss_plot.setYRange(lo, hi if hi > lo else lo + 1, padding=0.05)
        else:
            lo = min(0.0, self._loss_lo)
            self.loss_plot.setYRange(lo, self._loss_hi if self._loss_hi > lo else lo + 1, padding=0.05)

    def set_log_scale(self, on: bool) -> None:
        """Logarithmic loss axis. Zero or negative losses are simply not drawn."""
        on = bool(on)
        if self.log_checkbox.isChecked() != on:
            self.log_checkbox.setChecked(on)  # re-enters through the toggled signal
            return
        self.loss_plot.setLogMode(x=False, y=on)
        if self._data.n:
            self._fit_ranges(self._data.view("epoch"), [])

    def is_log_scale(self) -> bool:
        return bool(self.loss_plot.ctrl.logYCheck.isChecked())

    def point_count(self) -> int:
        return self._data.n

    def legend_names(self) -> list[str]:
        """The series in the legend now, in order, e.g. ``["train loss", "val loss"]``."""
        return [name for key, (_item, name, *_) in self._curves.items() if key in self._in_legend]

    def _update_legend(self) -> None:
        entries = [f"{_html_line(colour, dashed)}&nbsp;{name.replace(' ', '&nbsp;')}"
                   for key, (_item, name, colour, dashed) in self._curves.items()
                   if key in self._in_legend]
        self.loss_legend.setText(" &nbsp; ".join(entries))

    def hover_text(self, x: float, y: float = 0.0) -> str:
        """The readout for a mouse at data position ``(x, y)``: the nearest epoch's values,
        e.g. ``"epoch 120  train loss 0.0412  val loss 0.0455"``.

        ``y`` is accepted for symmetry with mouse positions; the epoch is picked by ``x`` alone.
        """
        rows = self._hover_rows(x)
        return "  ".join(f"{label} {value}" for label, value, _colour in rows)

    # -- hover --------------------------------------------------------------------------------

    _HOVER_SERIES = (("train_loss", "train loss", theme.TRAIN_COLOUR),
                     ("val_loss", "val loss", theme.VAL_COLOUR),
                     ("train_acc", "train acc", theme.ACCURACY_COLOUR),
                     ("val_acc", "val acc", theme.ACCURACY_COLOUR))

    def _hover_rows(self, x: float) -> list[tuple[str, str, str]]:
        """(label, formatted value, colour) for the epoch nearest ``x``; empty without data."""
        index = self._nearest_index(x)
        if index is None:
            return []
        rows = [("epoch", _format_epoch(self._data.view("epoch")[index]), theme.TEXT)]
        for key, label, colour in self._HOVER_SERIES:
            if key in self._in_legend:
                rows.append((label, _format_value(self._data.view(key)[index]), colour))
        return rows

    def _nearest_index(self, x: float) -> int | None:
        n = self._data.n
        if n == 0 or not math.isfinite(x):
            return None
        epochs = self._data.view("epoch")
        i = int(np.searchsorted(epochs, x))
        if i <= 0:
            return 0
        if i >= n:
            return n - 1
        return i - 1 if (x - epochs[i - 1]) <= (epochs[i] - x) else i

    def _on_mouse_moved(self, event) -> None:
        scene_pos = event[0]
        for plot in (self.loss_plot, self.acc_plot):
            if plot.scene() is not None and plot.vb.sceneBoundingRect().contains(scene_pos):
                point = plot.vb.mapSceneToView(scene_pos)
                self._show_cursor(point.x())
                return
        self._hide_cursor()

    def _show_cursor(self, x: float) -> None:
        rows = self._hover_rows(x)
        if not rows:
            self._hide_cursor()
            return
        epoch = float(self._data.view("epoch")[self._nearest_index(x)])
        for line in self.cursor_lines:
            line.setPos(epoch)
            line.setVisible(True)
        cells = "".join(
            f'<tr><td style="color:{colour}; padding-right:8px">{label}</td>'
            f'<td align="right" style="color:{theme.TEXT}">{value}</td></tr>'
            for label, value, colour in rows)
        self.readout.setHtml(f"<table cellspacing='0'>{cells}</table>")
        self.readout.setVisible(True)
        self._place_readout()

    def _hide_cursor(self) -> None:
        for line in self.cursor_lines:
            line.setVisible(False)
        self.readout.setVisible(False)

    def _place_readout(self) -> None:
        vb = self.loss_plot.vb
        self.readout.setPos(self.view.ci.mapFromItem(vb, QtCore.QPointF(vb.width() - 8, 8)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.view and event.type() == QtCore.QEvent.Type.Leave:
            self._hide_cursor()
        return super().eventFilter(watched, event)


def _format_epoch(epoch: float) -> str:
    return str(int(epoch)) if float(epoch).is_integer() else f"{epoch:g}"


def _format_value(value: float) -> str:
    return f"{value:.4g}" if math.isfinite(value) else str(value)


class _ColorBar(pg.ColorBarItem):
    """A vertical colour bar whose value axis is a :class:`CompactAxis` sized to its labels.

    pyqtgraph's own bar axis has auto SI prefixes ("500" for 0.5, with "(x0.001)" in the
    label) and a fixed 45 px width, which skips every label wider than that ("250000") and
    runs the axis label over the numbers.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.axis.setWidth(None)   # as wide as the labels need

    def setAxisItems(self, axisItems=None) -> None:  # noqa: N802 (pyqtgraph override)
        # Called by PlotItem.__init__, so the axis is ours from the start (replacing it later
        # left a deleted axis behind that crashed the interpreter at exit).
        axisItems = dict(axisItems or {})
        axisItems.setdefault("right", CompactAxis("right"))
        super().setAxisItems(axisItems)


# --------------------------------------------------------------------------------------------
# Decision boundary
# --------------------------------------------------------------------------------------------

TASKS = ("binary", "multiclass", "regression")


def _build_framed_plot(owner: QtWidgets.QWidget, top_widgets: list, right_margin: int, left_width: int) -> None:
    """The shared body of BoundaryPlot and CurvePlot: a header row (``top_widgets`` on the left,
    ``owner.key_label`` on the right), a fixed-range plot framed on all four sides, and a
    legend line below. Sets ``key_label``, ``legend_label``, ``view`` and ``plot`` on ``owner``."""
    owner.key_label = QtWidgets.QLabel()
    owner.key_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
    top = QtWidgets.QHBoxLayout()
    top.setContentsMargins(6, 0, 6, 0)
    for w in top_widgets:
        top.addWidget(w)
    top.addStretch(1)
    top.addWidget(owner.key_label)

    owner.legend_label = QtWidgets.QLabel()
    owner.legend_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
    owner.legend_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
    owner.legend_label.setWordWrap(True)

    owner.view = pg.GraphicsLayoutWidget()
    owner.view.setBackground(theme.BACKGROUND)
    owner.view.ci.setContentsMargins(4, 4, right_margin, 4)
    layout = QtWidgets.QVBoxLayout(owner)
    layout.setContentsMargins(0, 4, 0, 4)
    layout.setSpacing(2)
    layout.addLayout(top)
    layout.addWidget(owner.view, 1)
    layout.addWidget(owner.legend_label)
    _white_background(owner)

    owner.plot = owner.view.addPlot(
        row=0, col=0, axisItems={"left": CompactAxis("left"), "bottom": CompactAxis("bottom")})
    _style_plot(owner.plot)
    owner.plot.setMenuEnabled(False)
    owner.plot.hideButtons()
    owner.plot.setMouseEnabled(x=False, y=False)
    owner.plot.disableAutoRange()
    owner.plot.getAxis("left").setWidth(left_width)
    for name in ("top", "right"):  # a frame round the data
        owner.plot.showAxis(name)
        axis = owner.plot.getAxis(name)
        axis.setStyle(showValues=False, tickLength=0)
        axis.setPen(pg.mkPen(theme.TEXT, width=1))


class BoundaryPlot(QtWidgets.QWidget):
    """The network's output over the input plane, with the data points on top.

    The field is coloured in NumPy (vectorised, via small uint8 look-up tables) into an RGBA
    uint8 image which an ``ImageItem`` shows as is: no levels, no per-frame autorange.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._task = "binary"
        self._class_names: list[str] = ["class 0", "class 1"]
        self._class_rgba = np.stack([_rgba(c) for c in theme.class_colours(2)])
        self._discretize = False
        self._field: np.ndarray | None = None
        self._rgba = np.zeros((0, 0, 4), dtype=np.uint8)
        self._extent = ((0.0, 1.0), (0.0, 1.0))
        self._value_range: tuple[float, float] | None = None   # regression colour scale
        self._image_shape: tuple[int, int] | None = None

        cmap = pg.colormap.get(REGRESSION_COLORMAP)
        self._colormap = cmap
        lut = cmap.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)
        self._regression_lut = np.concatenate([lut, np.full((256, 1), 255, np.uint8)], axis=1)
        self._binary_lut = self._make_binary_lut()

        self.discretize_checkbox = QtWidgets.QCheckBox("Discretize")
        self.discretize_checkbox.setToolTip(
            "Show hard class regions: each point of the plane in the colour of the class the "
            "network would predict, without confidence shading.")
        self.discretize_checkbox.toggled.connect(self.set_discretize)
        _build_framed_plot(self, [self.discretize_checkbox], right_margin=8, left_width=62)

        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        edge = pg.mkPen(POINT_EDGE, width=1)
        self.train_points = pg.ScatterPlotItem(size=TRAIN_POINT_SIZE, pen=edge, pxMode=True)
        # A test point is a ring: a dark ring underneath, the class-coloured ring on top.
        self.test_points_edge = pg.ScatterPlotItem(size=TEST_POINT_SIZE, brush=None, pxMode=True,
                                                   pen=pg.mkPen(POINT_EDGE, width=4.5))
        self.test_points = pg.ScatterPlotItem(size=TEST_POINT_SIZE, brush=None, pxMode=True)
        for item in (self.train_points, self.test_points_edge, self.test_points):
            self.plot.addItem(item)

        self.colorbar = _ColorBar(values=(0.0, 1.0), colorMap=cmap, interactive=False,
                                  width=18, pen=theme.TEXT)
        _style_axis(self.colorbar.axis, "value")
        # Line the bar up with the field: leave room for the plot's x-axis below it.
        self.colorbar.layout.setContentsMargins(0, 0, 0, 40)
        self._colorbar_shown = False

        self.set_problem("binary", ["class 0", "class 1"], "x", "y")
        self.set_extent((0.0, 1.0), (0.0, 1.0))

    # -- public API ---------------------------------------------------------------------------

    def set_problem(self, task: str, class_names: list[str] | None, x_name: str,
                    y_name: str, value_name: str | None = None) -> None:
        """Start showing a new problem: clears the field and the points. ``value_name`` labels
        the regression colour bar (the target, e.g. "price"); "value" without one."""
        if task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}, got {task!r}")
        self._task = task
        if task == "regression":
            self._class_names = []
            self._class_rgba = np.zeros((0, 4), np.uint8)
        else:
            n = 2 if task == "binary" else len(class_names or [])
            if task == "multiclass" and n < 2:
                raise ValueError("a multiclass problem needs at least two class names")
            names = list(class_names) if class_names else [f"class {i}" for i in range(n)]
            if len(names) != n:
                raise ValueError(f"a binary problem needs 2 class names, got {len(names)}")
            self._class_names = names
            self._class_rgba = np.stack([_rgba(c) for c in theme.class_colours(n)])
        self._value_range = None
        self._field = None
        self._rgba = np.zeros((0, 0, 4), dtype=np.uint8)
        self.image.clear()
        self._image_shape = None
        for item in (self.train_points, self.test_points_edge, self.test_points):
            item.clear()
        _style_axis(self.plot.getAxis("bottom"), x_name)
        _style_axis(self.plot.getAxis("left"), y_name)
        _style_axis(self.colorbar.axis, value_name or "value")
        self.discretize_checkbox.setVisible(task != "regression")
        self._show_colorbar(task == "regression")
        self._update_legend()

    def set_points(self, xy_train: np.ndarray, labels_train: np.ndarray,
                   xy_test: np.ndarray | None = None,
                   labels_test: np.ndarray | None = None) -> None:
        """Data points in plot coordinates: ``xy`` is (n, 2); labels are class indices
        (classification) or target values (regression; they also fix the colour scale)."""
        xy_train, labels_train = self._check_points(xy_train, labels_train, "train")
        if self._task == "regression":
            finite = labels_train[np.isfinite(labels_train)]
            if xy_test is not None and labels_test is not None:
                lt = np.asarray(labels_test, dtype=np.float64).ravel()
                finite = np.concatenate([finite, lt[np.isfinite(lt)]])
            if finite.size:
                self._value_range = _widen(float(finite.min()), float(finite.max()))
                self.colorbar.setLevels(values=self._value_range)
        colours = self._point_colours(labels_train)
        self.train_points.setData(pos=xy_train, brush=[self._brush(c) for c in colours])
        if xy_test is None or labels_test is None or len(xy_test) == 0:
            self.test_points_edge.clear()
            self.test_points.clear()
        else:
            xy_test, labels_test = self._check_points(xy_test, labels_test, "test")
            colours = self._point_colours(labels_test)
            pens = [self._ring_pen(c) for c in colours]
            self.test_points_edge.setData(pos=xy_test)
            self.test_points.setData(pos=xy_test, pen=pens)
        if self._task == "regression" and self._field is not None:
            self._recolour()

    def set_aspect_locked(self, on: bool) -> None:
        """Keep one unit as long across as up (for two inputs in the same units, such as the
        playground's plane), so a circle in the data looks like a circle."""
        self.plot.getViewBox().setAspectLocked(on, ratio=1.0)

    def set_extent(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        """The plane the field samples (first and last grid lines) and the fixed view range."""
        (x0, x1), (y0, y1) = (map(float, x_range)), (map(float, y_range))
        if not (x1 > x0 and y1 > y0):
            raise ValueError(f"empty extent {x_range}, {y_range}")
        self._extent = ((x0, x1), (y0, y1))
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._place_image()

    def set_field(self, values: np.ndarray) -> None:
        """Network outputs over the grid, shape (ny, nx, n_outputs), row 0 at y_min.

        binary: P(class 1) in column 0; multiclass: one probability per class;
        regression: the predicted value, in the units of the labels.
        """
        values = np.asarray(values)
        expected = 1 if self._task in ("binary", "regression") else len(self._class_names)
        if values.ndim != 3 or values.shape[2] != expected or min(values.shape[:2]) < 2:
            raise ValueError(f"{self._task} field must have shape (ny >= 2, nx >= 2, "
                             f"{expected}), got {values.shape}")
        self._field = values
        self._recolour()

    def set_discretize(self, on: bool) -> None:
        """Hard class regions (full class colour, no confidence shading)."""
        on = bool(on)
        if self.discretize_checkbox.isChecked() != on:
            self.discretize_checkbox.setChecked(on)  # re-enters through the toggled signal
            return
        self._discretize = on
        if self._field is not None:
            self._recolour()

    def image_rgba(self) -> np.ndarray:
        """The coloured field now on screen, (ny, nx, 4) uint8, row 0 at y_min."""
        return self._rgba.copy()

    # -- colouring ----------------------------------------------------------------------------

    def _make_binary_lut(self) -> np.ndarray:
        """256 colours for P(class 1) = i/255: orange ... white ... blue, intensity = confidence."""
        p = np.arange(256) / 255.0
        confidence = np.abs(2.0 * p - 1.0)[:, None]
        white = np.full(3, 255.0)
        ends = np.where((p >= 0.5)[:, None], theme.hex_to_rgb(theme.POSITIVE),
                        theme.hex_to_rgb(theme.NEGATIVE)).astype(np.float64)
        rgb = white + (ends - white) * (SHADE_MAX * confidence)
        lut = np.empty((256, 4), np.uint8)
        lut[:, :3] = np.rint(rgb)
        lut[:, 3] = 255
        return lut

    def _colour_field(self, values: np.ndarray) -> np.ndarray:
        task = self._task
        if task == "binary":
            p = np.nan_to_num(values[:, :, 0].astype(np.float32, copy=False), nan=0.5)
            if self._discretize:
                return self._class_rgba[(p >= 0.5).astype(np.intp)]
            index = np.clip(p * 255.0 + 0.5, 0.0, 255.0).astype(np.uint8)
            return self._binary_lut[index]
        if task == "multiclass":
            probs = np.nan_to_num(values.astype(np.float32, copy=False), nan=0.0)
            winner = probs.argmax(axis=2)
            base = self._class_rgba[winner]
            if self._discretize:
                return base
            towards_white = np.clip(1.0 - SHADE_MAX * probs.max(axis=2), 0.0, 1.0)[:, :, None]
            rgba = base.astype(np.float32)
            rgba[:, :, :3] += (255.0 - rgba[:, :, :3]) * towards_white
            return (rgba + 0.5).astype(np.uint8)
        with np.errstate(over="ignore"):   # a diverging run's huge values become ±inf, drawn as the ends
            v = values[:, :, 0].astype(np.float32, copy=False)
        lo, hi = self._value_range if self._value_range is not None else _finite_range(v)
        if self.colorbar.levels() != (lo, hi):
            self.colorbar.setLevels(values=(lo, hi))
        scaled = np.nan_to_num((v - lo) * (255.0 / (hi - lo)), nan=0.0, posinf=255.0,
                               neginf=0.0)
        rgba = self._regression_lut[np.clip(scaled + 0.5, 0.0, 255.0).astype(np.uint8)]
        rgba[~np.isfinite(v)] = _rgba(theme.MUTED)
        return rgba

    def _recolour(self) -> None:
        self._rgba = np.ascontiguousarray(self._colour_field(self._field))
        self.image.setImage(self._rgba, autoLevels=False, levels=None, lut=None)
        if self._rgba.shape[:2] != self._image_shape:
            self._image_shape = self._rgba.shape[:2]
            self._place_image()

    def _place_image(self) -> None:
        """Field values are samples at linspace(x0, x1, nx) x linspace(y0, y1, ny), as the engine
        computes them: each pixel is centred on its sample, so the image reaches half a cell
        past the extent, which the fixed view range trims."""
        if self._image_shape is None:
            return
        (x0, x1), (y0, y1) = self._extent
        ny, nx = self._image_shape
        dx, dy = (x1 - x0) / (nx - 1), (y1 - y0) / (ny - 1)
        self.image.setRect(QtCore.QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy))

    # -- points and legend --------------------------------------------------------------------

    def _check_points(self, xy, labels, which: str) -> tuple[np.ndarray, np.ndarray]:
        xy = np.asarray(xy, dtype=np.float64)
        labels = np.asarray(labels).ravel()
        if xy.ndim != 2 or xy.shape[1] != 2:
            raise ValueError(f"xy_{which} must have shape (n, 2), got {xy.shape}")
        if labels.shape[0] != xy.shape[0]:
            raise ValueError(f"labels_{which} has {labels.shape[0]} entries for "
                             f"{xy.shape[0]} points")
        if self._task != "regression":
            labels = labels.astype(np.intp)
            if labels.size and (labels.min() < 0 or labels.max() >= len(self._class_names)):
                raise ValueError(f"labels_{which} must be class indices "
                                 f"0..{len(self._class_names) - 1}")
        return xy, labels

    def _point_colours(self, labels: np.ndarray) -> np.ndarray:
        """RGBA uint8 per point: the class colour, or the colormap colour of the value."""
        if self._task != "regression":
            return self._class_rgba[labels]
        v = labels.astype(np.float64)
        lo, hi = self._value_range if self._value_range is not None else _finite_range(v)
        index = np.clip(np.nan_to_num((v - lo) / (hi - lo) * 255.0 + 0.5), 0, 255)
        return self._regression_lut[index.astype(np.uint8)]

    # Brushes and pens are shared between points of the same colour.
    _brush_cache: dict[bytes, QtGui.QBrush] = {}
    _pen_cache: dict[bytes, QtGui.QPen] = {}

    def _brush(self, rgba: np.ndarray) -> QtGui.QBrush:
        key = rgba.tobytes()
        brush = self._brush_cache.get(key)
        if brush is None:
            brush = self._brush_cache[key] = pg.mkBrush(*rgba.tolist())
        return brush

    def _ring_pen(self, rgba: np.ndarray) -> QtGui.QPen:
        key = rgba.tobytes()
        pen = self._pen_cache.get(key)
        if pen is None:
            pen = self._pen_cache[key] = pg.mkPen(*rgba[:3].tolist(), width=2.5)
        return pen

    def _update_legend(self) -> None:
        grey = theme.MUTED
        self.key_label.setText(f"{_html_swatch(grey)} train: filled &nbsp; "
                               f"{_html_swatch(grey, chr(0x25CB))} test: outlined")
        if self._task == "regression":
            self.legend_label.setText("")
            self.legend_label.setVisible(False)
            return
        colours = theme.class_colours(len(self._class_names))
        entries = [f"{_html_swatch(c)}&nbsp;{_escape(name)}"
                   for c, name in zip(colours, self._class_names)]
        self.legend_label.setText(" &nbsp;&nbsp; ".join(entries))
        self.legend_label.setVisible(True)

    def _show_colorbar(self, show: bool) -> None:
        if show and not self._colorbar_shown:
            self.view.ci.addItem(self.colorbar, row=0, col=1)
        elif not show and self._colorbar_shown:
            self.view.ci.removeItem(self.colorbar)
        self._colorbar_shown = show


def _escape(text: str) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _widen(lo: float, hi: float) -> tuple[float, float]:
    if hi - lo < 1e-12:
        return lo - 0.5, hi + 0.5
    return lo, hi


def _finite_range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    return _widen(float(finite.min()), float(finite.max()))


# --------------------------------------------------------------------------------------------
# One input: the network's output as a curve over that input
# --------------------------------------------------------------------------------------------

CURVE_LINE_WIDTH = 4       # the network's prediction: the thickest thing on the plot
_PROBABILITY_RANGE = (-0.08, 1.08)   # room round 0 and 1 for the points placed there


class CurvePlot(QtWidgets.QWidget):
    """For a problem with one input: the data as points over that input and the network's
    output as a line, the one-dimensional cousin of :class:`BoundaryPlot`.

    regression: points at (input, target); the prediction as a thick line.
    binary: points at 0 or 1 in their class colours; the network's P(class 1) as a line, with
    the 0.5 threshold dashed. multiclass: one probability line per class; points at 1.

    Items are created once per problem and updated with ``setData``; ranges are fixed
    (:meth:`set_extent`; regression's y range follows the points unless given), so a frame
    costs a few hundred points' drawing and no autorange.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._task = "regression"
        self._class_names: list[str] = []
        self._class_rgba = np.zeros((0, 4), np.uint8)
        self._x_range = (0.0, 1.0)
        self._y_range: tuple[float, float] | None = None   # set_extent's, regression only
        self._points_y_range: tuple[float, float] | None = None
        self._curve_x = np.empty(0)
        self._curve_values = np.empty((0, 1))

        _build_framed_plot(self, [], right_margin=12, left_width=66)

        self.threshold = pg.InfiniteLine(pos=0.5, angle=0, movable=False,
                                         pen=pg.mkPen(theme.MUTED, width=1,
                                                      style=QtCore.Qt.PenStyle.DashLine))
        self.plot.addItem(self.threshold, ignoreBounds=True)
        edge = pg.mkPen(POINT_EDGE, width=1)
        self.train_points = pg.ScatterPlotItem(size=TRAIN_POINT_SIZE, pen=edge, pxMode=True)
        self.test_points_edge = pg.ScatterPlotItem(size=TEST_POINT_SIZE, brush=None, pxMode=True,
                                                   pen=pg.mkPen(POINT_EDGE, width=4.5))
        self.test_points = pg.ScatterPlotItem(size=TEST_POINT_SIZE, brush=None, pxMode=True)
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
        if task not in TASKS:
            raise ValueError(f"task must be one of {TASKS}, got {task!r}")
        if task == "regression":
            names: list[str] = []
        else:
            n = 2 if task == "binary" else len(class_names or [])
            if task == "multiclass" and n < 2:
                raise ValueError("a multiclass problem needs at least two class names")
            names = list(class_names) if class_names else [f"class {i}" for i in range(n)]
            if len(names) != n:
                raise ValueError(f"a binary problem needs 2 class names, got {len(names)}")
        self._task = task
        self._class_names = names
        self._class_rgba = (np.stack([_rgba(c) for c in theme.class_colours(len(names))])
                            if names else np.zeros((0, 4), np.uint8))
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
        for colour in colours:
            line = self.plot.plot(pen=pg.mkPen(colour, width=CURVE_LINE_WIDTH),
                                  connect="finite", skipFiniteCheck=False)
            self.lines.append(line)
        self._curve_x = np.empty(0)
        self._curve_values = np.empty((0, len(colours)))

        left = self.plot.getAxis("left")
        if task == "regression":
            left.setTicks(None)
            y_label = y_name
        else:
            left.setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
            y_label = f"P({names[1]})" if task == "binary" else "probability"
        _style_axis(self.plot.getAxis("bottom"), x_name)
        _style_axis(left, y_label)
        self.threshold.setVisible(task == "binary")
        self._update_legend(y_name)
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
            self._points_y_range = _padded(*_widen(float(finite.min()), float(finite.max()))) \
                if finite.size else None
            self._apply_y_range()
            self.train_points.setData(x=x_train, y=y_train, brush=self._brush_for(theme.POSITIVE))
        else:
            self.train_points.setData(x=x_train, y=self._class_height(y_train),
                                      brush=[self._brush(c) for c in self._class_rgba[y_train]])
        if not has_test:
            self.test_points_edge.clear()
            self.test_points.clear()
            return
        heights = y_test if self._task == "regression" else self._class_height(y_test)
        if self._task == "regression":
            pens = self._ring_pen(_rgba(theme.POSITIVE))
        else:
            pens = [self._ring_pen(c) for c in self._class_rgba[y_test]]
        self.test_points_edge.setData(x=x_test, y=heights)
        self.test_points.setData(x=x_test, y=heights, pen=pens)

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

    def _brush_for(self, colour: str) -> QtGui.QBrush:
        return self._brush(_rgba(colour))

    # Shared with BoundaryPlot: one brush or pen per colour.
    _brush = BoundaryPlot._brush
    _ring_pen = BoundaryPlot._ring_pen
    _brush_cache = BoundaryPlot._brush_cache
    _pen_cache = BoundaryPlot._pen_cache

    def _update_legend(self, y_name: str) -> None:
        grey = theme.MUTED
        self.key_label.setText(f"{_html_swatch(grey)} train: filled &nbsp; "
                               f"{_html_swatch(grey, chr(0x25CB))} test: outlined")
        if self._task == "regression":
            entries = [f"{_html_swatch(theme.POSITIVE)}&nbsp;data",
                       f"{_html_line(theme.ACCURACY_COLOUR)}&nbsp;network's prediction"
                       f"{' of ' + _escape(y_name) if y_name else ''}"]
        elif self._task == "binary":
            colours = theme.class_colours(2)
            entries = [f"{_html_swatch(c)}&nbsp;{_escape(n)}"
                       for c, n in zip(colours, self._class_names)]
            entries.append(f"{_html_line(theme.POSITIVE)}&nbsp;network's&nbsp;"
                           f"P({_escape(self._class_names[1])})")
        else:
            colours = theme.class_colours(len(self._class_names))
            entries = [f"{_html_swatch(c)}{_html_line(c)}&nbsp;{_escape(n)}"
                       for c, n in zip(colours, self._class_names)]
        self.legend_label.setText(" &nbsp;&nbsp; ".join(entries))


def _padded(lo: float, hi: float, margin: float = 0.08) -> tuple[float, float]:
    pad = (hi - lo) * margin
    return lo - pad, hi + pad
