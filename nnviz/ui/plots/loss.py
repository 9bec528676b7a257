"""The loss curve per epoch, with accuracy below it for classification, a marker at the
timeline's epoch and clicks that pick an epoch."""
from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

import pyqtgraph as pg

from nnviz.core.text import plain
from nnviz.ui import theme
from nnviz.ui.plots.base import PlotBase
from nnviz.ui.plots.common import (
    TICK_POINT_SIZE, EpochAxis, ReadableLogAxis, html_line,
    white_background)
from nnviz.ui.plots.pinned import PinnedCurves
from nnviz.ui.plots.series import ChunkedColumns, PeakPyramid
from ..i18n import local, translate

EXPLODED_LOSS = 1e6        # above this the loss axis turns logarithmic by itself
CURVE_WIDTH = 2            # thick enough for a projector; downsampling keeps the point count small
_HOVER_HINT = QtCore.QT_TRANSLATE_NOOP("LossPlot", "hover to read values")
LIVE_HEADROOM = 1.25      # during a run the epoch axis moves on to a quarter past the newest epoch
MIN_EPOCH_SPAN = 4.0      # the epoch axis spans at least this: at epoch 0 it has 3 or more labelled ticks
_LEFT_AXIS_WIDTH = 78      # equal widths line the two x-axes up; fits "1e250" and a title
# Stacked, the loss takes 3/5 of the height and accuracy 2/5; both are shown only when the plots'
# height (less the epoch axis) is this many tick-text lines, so that each axis keeps three
# labelled ticks 1.4 lines apart. Below it one curve shows at a time, with a switch.
BOTH_NEED_LINES = 12.5
SHOWN_KEY = "loss_plot/shown"   # QSettings: which curve a short pane shows ("loss", "accuracy")


class LossPlot(PlotBase):
    """Training and validation loss per epoch, with accuracy below for classification.

    Feed it with :meth:`append` (batches of epochs at once are fine) after :meth:`reset`, or
    replace everything at once with :meth:`set_series` (the timeline's rewind, undo, branch).
    Curves are ``PlotDataItem`` objects updated with ``setData`` on views of growing buffers;
    ``clipToView`` plus peak downsampling keep million-epoch runs fast to redraw.

    Signals: ``epochClicked(int)``, the epoch nearest a mouse click on either plot.
    """

    epochClicked = QtCore.Signal(int)

    _COLUMNS = ("epoch", "train_loss", "val_loss", "train_acc", "val_acc")

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._classification = False
        self._data = ChunkedColumns(self._COLUMNS)
        self._peaks = {key: PeakPyramid() for key in self._COLUMNS}
        self._fitting = False
        self._live, self._live_x1 = False, None   # see set_live
        self._in_legend: set[str] = set()
        self._cursor_epoch: int | None = None

        self.log_checkbox = QtWidgets.QCheckBox(translate("LossPlot", "Log scale"))
        self.log_checkbox.setObjectName("log scale")
        self.log_checkbox.setToolTip(
            translate("LossPlot", "Show the loss on a logarithmic axis: late, small improvements stay visible\n"
            "instead of flattening into the floor."))
        self.log_checkbox.toggled.connect(self.set_log_scale)
        self.hint_label = QtWidgets.QLabel(translate("LossPlot", _HOVER_HINT))
        self.hint_label.setObjectName("hint")
        self.hint_label.setStyleSheet(f"color: {theme.MUTED}")
        self.hint_label.setWordWrap(True)     # never widens a narrow panel
        self.hint_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(8, 0, 8, 0)
        top.addWidget(self.log_checkbox)
        # Loss or accuracy, when the pane is too short for both to be read (see _arrange).
        self.curve_switch = QtWidgets.QWidget()
        self.curve_switch.setObjectName("curve switch")
        switch_row = QtWidgets.QHBoxLayout(self.curve_switch)
        switch_row.setContentsMargins(0, 0, 0, 0)
        switch_row.setSpacing(0)
        self._switch_group = QtWidgets.QButtonGroup(self)
        self.switch_buttons: dict[str, QtWidgets.QToolButton] = {}
        for name in ("loss", "accuracy"):
            button = QtWidgets.QToolButton()
            button.setText(translate("LossPlot", "loss") if name == "loss" else translate("LossPlot", "accuracy"))
            button.setObjectName(f"show {name}")
            button.setCheckable(True)
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)   # clicker keys stay with the window
            button.setToolTip(translate("LossPlot", "The pane is too short to read both curves: show the loss or the\n"
                              "accuracy (a taller pane shows both, one above the other)."))
            self._switch_group.addButton(button)
            switch_row.addWidget(button)
            self.switch_buttons[name] = button
            self.scale_text_widget(button)
        self._switch_group.buttonClicked.connect(
            lambda button: self.set_single_curve(button.text()))
        self.curve_switch.setVisible(False)
        top.addWidget(self.hint_label, 1)
        self.scale_text_widget(self.log_checkbox)
        self.scale_text_widget(self.hint_label)

        # The legend is a line of text above the plots, never a box over the curves. It keeps
        # its one line of height while empty, so the plots do not jump when training starts.
        self.loss_legend = QtWidgets.QLabel()
        self.loss_legend.setObjectName("legend")
        self.loss_legend.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.loss_legend.setWordWrap(True)
        self.loss_legend.setContentsMargins(8, 0, 8, 0)
        self.loss_legend.setToolTip(translate("LossPlot", "The curves drawn so far: validation appears when the data "
                                    "has a validation split, accuracy for classification."))
        self.scale_text_widget(self.loss_legend)

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(theme.BACKGROUND)
        # Room on the right for half of the last epoch label ("10,000" is centred on its tick).
        self.view.ci.setContentsMargins(4, 4, EpochAxis.OVERHANG_PX, 4)
        self.view.ci.setSpacing(2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        self._top_row = QtWidgets.QWidget()     # empty (no height) once the window takes the checkbox
        self._top_row.setLayout(top)
        top.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self._top_row)
        legend_row = QtWidgets.QHBoxLayout()
        legend_row.setContentsMargins(8, 0, 0, 0)
        legend_row.addWidget(self.curve_switch)
        legend_row.addWidget(self.loss_legend, 1)
        self._legend_row = legend_row
        layout.addLayout(legend_row)
        layout.addWidget(self.view, 1)
        white_background(self)

        self.loss_plot = pg.PlotItem(axisItems={"left": ReadableLogAxis("left"), "bottom": EpochAxis("bottom")})
        self.acc_plot = pg.PlotItem(axisItems={"left": ReadableLogAxis("left"), "bottom": EpochAxis("bottom")})
        self._plots = {"loss": self.loss_plot, "accuracy": self.acc_plot}
        self._shown: tuple[str, ...] = ()      # the plots in the layout, top to bottom
        self._single = "loss"                  # the one curve a short pane shows
        self._settings = None
        for plot in (self.loss_plot, self.acc_plot):
            self.style_axis(plot.getAxis("bottom"))
            # No pyqtgraph downsampling or clipping: the curves get about two points per pixel
            # column from the peak pyramids (pyqtgraph's own would rescan the whole series
            # every frame, which grows with the run).
            plot.setMenuEnabled(False)
            plot.hideButtons()
            self.fix_axis_size(plot.getAxis("left"), "width", _LEFT_AXIS_WIDTH)
        # Titles with shorter forms: in a short panel "accuracy" becomes "acc" (or goes)
        # rather than running into "loss" above it.
        self._style_titles()
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.1)
        self.acc_plot.enableAutoRange(y=False)
        self.acc_plot.setMouseEnabled(x=True, y=False)
        self.acc_plot.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
        self.acc_plot.vb.sigResized.connect(self._fit_accuracy_ticks)

        def curve(plot: pg.PlotItem, colour: str, style=QtCore.Qt.PenStyle.SolidLine):
            pen = pg.mkPen(colour, width=CURVE_WIDTH, style=style)
            return plot.plot(pen=pen, connect="finite", skipFiniteCheck=False)

        self.train_loss_curve = curve(self.loss_plot, theme.TRAIN_COLOUR)
        self.val_loss_curve = curve(self.loss_plot, theme.VAL_COLOUR, QtCore.Qt.PenStyle.DashLine)
        self.train_acc_curve = curve(self.acc_plot, theme.ACCURACY_COLOUR)
        self.val_acc_curve = curve(self.acc_plot, theme.ACCURACY_COLOUR,
                                   QtCore.Qt.PenStyle.DashLine)
        # key: (curve, legend name, the theme's name of its colour, dashed), in legend order.
        # Validation is dashed in both plots, so train and validation differ by more than colour.
        self._curves = {
            "train_loss": (self.train_loss_curve, QtCore.QT_TRANSLATE_NOOP("LossPlot", "train loss"), "TRAIN_COLOUR", False),
            "val_loss": (self.val_loss_curve, QtCore.QT_TRANSLATE_NOOP("LossPlot", "val loss"), "VAL_COLOUR", True),
            "train_acc": (self.train_acc_curve, QtCore.QT_TRANSLATE_NOOP("LossPlot", "train acc"), "ACCURACY_COLOUR", False),
            "val_acc": (self.val_acc_curve, QtCore.QT_TRANSLATE_NOOP("LossPlot", "val acc"), "ACCURACY_COLOUR", True),
        }

        # A pinned run's curves, to compare with (set_pinned): dashed, named at their end.
        self.pinned = PinnedCurves(self.loss_plot, self.acc_plot)
        for label in self.pinned.labels:
            self.scale_text_item(label, TICK_POINT_SIZE)

        # The timeline's epoch: a solid line in both plots (the hover line is dotted).
        marker_pen = pg.mkPen(theme.TEXT, width=2)
        self.epoch_lines = []
        for plot in (self.loss_plot, self.acc_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=marker_pen)
            line.setZValue(50)
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.epoch_lines.append(line)

        # Hover: a dotted line at the nearest epoch in both plots, and the values in a box in
        # the loss plot's top-right corner (the box names the curves too).
        cursor_pen = pg.mkPen(theme.TEXT, width=1, style=QtCore.Qt.PenStyle.DotLine)
        self.cursor_lines = []
        for plot in (self.loss_plot, self.acc_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=cursor_pen)
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.cursor_lines.append(line)
        self.readout = pg.TextItem(anchor=(1, 0), fill=pg.mkBrush(QtGui.QColor(theme.BACKGROUND)),
                                   border=pg.mkPen(theme.MUTED, width=1))
        self.scale_text_item(self.readout, TICK_POINT_SIZE)
        # On the layout, not the view box (which clips its children): in a short panel the box
        # may reach down over the accuracy plot instead of being cut off.
        self.readout.setParentItem(self.view.ci)
        self.readout.setZValue(100)
        self.readout.setVisible(False)
        self.loss_plot.vb.sigResized.connect(self._place_readout)
        self.loss_plot.vb.sigResized.connect(self._redraw)
        self.loss_plot.vb.sigXRangeChanged.connect(self._on_x_range_changed)
        self.acc_plot.vb.sigXRangeChanged.connect(self._on_x_range_changed)
        self._mouse_proxy = pg.SignalProxy(self.view.scene().sigMouseMoved, rateLimit=60,
                                           slot=self._on_mouse_moved)
        self.view.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.view.installEventFilter(self)
        self._update_legend()
        self.reset(classification=False)

    # -- public API ---------------------------------------------------------------------------

    def reset(self, classification: bool) -> None:
        """Forget every point (a new training run); show accuracy only for classification."""
        self._classification = bool(classification)
        self._clear_data()
        for item, *_ in self._curves.values():
            item.setData(x=np.empty(0), y=np.empty(0))
        self._in_legend.clear()
        self._update_legend()
        self._show_accuracy(self._classification)
        self._restart_ranges()
        self._hide_cursor()
        self.set_cursor_epoch(None)
        if self.pinned.shown:       # the pinned run stays: the axes fit it until this run has epochs
            self._fit_and_redraw([])

    def add_legend_widget(self, widget: QtWidgets.QWidget) -> None:
        """A control at the end of the legend's line (the window's Pin button): the legend wraps,
        so the control widens the pane less than in the title row would."""
        self._legend_row.addWidget(widget, 0, QtCore.Qt.AlignmentFlag.AlignTop)

    def set_pinned(self, epochs: np.ndarray | None, train_loss=None, train_acc=None, name: str = "") -> None:
        """Show a pinned run's training loss (and accuracy) dashed beside the run now's, named
        ``name`` at its end (not in the legend: a legend one line taller would change which
        curves a short pane shows); ``epochs=None`` takes it away. It stays through
        :meth:`reset` and :meth:`set_series` (the run now starting again)."""
        if epochs is None:
            self.pinned.clear()
        else:
            self.pinned.set(epochs, train_loss, train_acc if self._classification else None, name)
        self._update_legend()
        self._fit_and_redraw([])

    def set_live(self, live: bool) -> None:
        """While ``live`` (a run going), the epoch axis keeps room ahead of the newest epoch: when
        the curve reaches its end it moves on to a quarter past it (the curve fills 80-100 % of
        the width). Otherwise the axis ends at the newest epoch."""
        self._live = bool(live)
        self._live_x1 = None
        if not live and self._data.n:
            self._fit_and_redraw([])

    def _restart_ranges(self) -> None:
        # Shrink the view before autoranging: pyqtgraph picks the downsampling factor from the
        # current view width, and a 100,000-epoch-wide view would reduce a new run's first few
        # points to nothing (and so never autorange to them).
        self.loss_plot.setRange(xRange=(0.0, MIN_EPOCH_SPAN), yRange=(0.0, 1.0), padding=0)
        # The y range keeps a margin so that the top tick's label ("1") is not cut in half.
        self.loss_plot.setYRange(0.0, 1.0, padding=0.05)
        # Ranges are set from running bounds (see _fit_ranges): pyqtgraph's autorange rescans
        # every curve on each update, a cost that grows with the run.
        self.loss_plot.disableAutoRange()
        self.acc_plot.disableAutoRange()
        self._loss_lo, self._loss_hi, self._loss_pos_lo = np.inf, -np.inf, np.inf
        self._live_x1 = None

    def _show_accuracy(self, show: bool) -> None:
        """Accuracy with the loss for classification; regression has the loss alone."""
        self._arrange()

    def _both_fit(self) -> bool:
        line = QtGui.QFontMetricsF(self.loss_plot.getAxis("left").style["tickFont"]).height()
        epoch_axis = 2.6 * line    # its numbers and its title
        return self.view.height() - 8 - epoch_axis >= BOTH_NEED_LINES * line

    def shown_curves(self) -> tuple[str, ...]:
        """The plots on screen, top to bottom: ("loss",), ("accuracy",) or both."""
        return self._shown

    def set_single_curve(self, name: str) -> None:
        """Which curve a pane too short for both shows: "loss" or "accuracy" (remembered in the
        settings given to :meth:`remember_in`)."""
        if name not in self._plots:
            raise ValueError(f"the loss pane shows 'loss' or 'accuracy', not {name!r}")
        self._single = name
        if self._settings is not None:
            self._settings.setValue(SHOWN_KEY, name)
        self._arrange()

    def remember_in(self, settings) -> None:
        """Remember the switch's choice in ``settings`` (a QSettings) and take the saved one."""
        self._settings = settings
        saved = settings.value(SHOWN_KEY, "loss")
        self._single = saved if saved in self._plots else "loss"
        self._arrange()

    def _arrange(self) -> None:
        """Lay out the plots the pane has room for: the loss alone (regression), loss above
        accuracy, or, when the pane is too short for both to show three labelled ticks, the one
        the switch picks."""
        if not self._classification:
            shown = ("loss",)
        elif self._both_fit():
            shown = ("loss", "accuracy")
        else:
            shown = (self._single,)
        single = len(shown) == 1 and self._classification
        self.curve_switch.setVisible(single)
        # The hint goes (wrapped, it would take the curve's height); it stays as the curves'
        # tooltip. The legend names the shown curve's lines only.
        self.hint_label.setVisible(not single)
        self.view.setToolTip(self.hint_label.text() if single else "")
        self._top_row.setVisible(not single or any(
            w.parent() is self._top_row and w is not self.hint_label
            for w in self._top_row.findChildren(QtWidgets.QWidget)))
        self.switch_buttons[self._single].setChecked(True)
        if shown == self._shown:
            return
        x_range = self._x_plot().vb.viewRange()[0]
        for name in self._shown:
            self.view.ci.removeItem(self._plots[name])
        self._shown = shown
        self._update_legend()
        for row, name in enumerate(shown):
            self.view.ci.addItem(self._plots[name], row=row, col=0)
        if len(shown) == 2:
            self.view.ci.layout.setRowStretchFactor(0, 3)
            self.view.ci.layout.setRowStretchFactor(1, 2)
        else:
            self.view.ci.layout.setRowStretchFactor(0, 1)
            self.view.ci.layout.setRowStretchFactor(1, 0)
        for name, plot in self._plots.items():
            axis = plot.getAxis("bottom")
            last = bool(shown) and name == shown[-1]
            axis.setStyle(showValues=last)
            if last:
                self.style_axis(axis, translate("LossPlot", "epoch"))
            else:
                self.style_axis(axis)
                axis.showLabel(False)
        # Lay the axes out now, not at the next turn of the event loop (a grab before it
        # drew an epoch axis of no height).
        for name in shown:
            self._plots[name].layout.invalidate()
            self._plots[name].layout.activate()
        self.view.ci.layout.activate()
        # The x-link does nothing while one plot is out of the scene: hand the range over.
        self._fitting = True
        try:
            self._x_plot().setXRange(*x_range, padding=0)
        finally:
            self._fitting = False
        self._redraw()
        self._place_readout()

    def _x_plot(self) -> pg.PlotItem:
        """The plot whose x range the curves follow: the loss unless accuracy shows alone."""
        return self.acc_plot if self._shown == ("accuracy",) else self.loss_plot

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
        n = self._data.n
        for key, pyramid in self._peaks.items():
            pyramid.update(self._data.get(key, pyramid.needs_from(), n), n)

        added = False
        for key in self._curves:
            if key.endswith("acc") and not self._classification:
                continue
            values = columns[key]
            if key not in self._in_legend and (values is None or np.isnan(values).all()):
                continue  # no value yet (None or all NaN): keep the curve and its legend out
            if key not in self._in_legend:
                self._in_legend.add(key)
                added = True
        if added:
            self._update_legend()
        self._fit_and_redraw([columns["train_loss"], columns["val_loss"]])

    def _fit_and_redraw(self, losses: list[np.ndarray | None]) -> None:
        """Fit the ranges (see _fit_ranges) without the range signal redrawing on the way, then
        hand the curves their points once."""
        self._fitting = True
        try:
            self._fit_ranges(losses)
        finally:
            self._fitting = False
        self._redraw()

    def set_series(self, epochs: np.ndarray, train_loss, val_loss=None, train_acc=None,
                   val_acc=None) -> None:
        """Replace every point at once (the timeline's rewind, undo or branch, where the history
        is cut short or swapped): the same arguments as :meth:`append`. Keeps the task, the log
        switch and the epoch marker; the ranges fit the new series."""
        self._clear_data()
        for item, *_ in self._curves.values():
            item.setData(x=np.empty(0), y=np.empty(0))
        self._in_legend.clear()
        self._restart_ranges()
        self._hide_cursor()
        self.append(epochs, train_loss, val_loss, train_acc, val_acc)
        self._update_legend()
        if self.pinned.shown and not self._data.n:
            self._fit_and_redraw([])

    def set_cursor_epoch(self, epoch: int | None) -> None:
        """Mark ``epoch`` (the timeline's position) with a solid vertical line on the loss and
        accuracy curves; None removes the marker."""
        if epoch is not None:
            epoch = int(epoch)
        self._cursor_epoch = epoch
        for line in self.epoch_lines:
            if epoch is None:
                line.setVisible(False)
            else:
                line.setPos(float(epoch))
                line.setVisible(True)

    def cursor_epoch(self) -> int | None:
        return self._cursor_epoch

    def nearest_epoch(self, x: float) -> int | None:
        """The recorded epoch nearest ``x`` (data coordinates); None without data."""
        index = self._nearest_index(x)
        return None if index is None else int(round(self._data.at("epoch", index)))

    def series(self) -> dict[str, np.ndarray]:
        """Copies of the data now held, by column: epoch, train_loss, val_loss, train_acc,
        val_acc (NaN where a series had no value)."""
        return {name: self._data.get(name).copy() for name in self._COLUMNS}

    def _fit_ranges(self, losses: list[np.ndarray | None]) -> None:
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
        pinned = self.pinned.bounds
        if not self._data.n and pinned is None:
            return
        # Only the loss plot: the accuracy plot follows through its x-link (setting both fights
        # the link, and for regression the hidden accuracy plot dragged the range off).
        if self._data.n:
            x0, x1 = self._data.at("epoch", 0), self._data.at("epoch", self._data.n - 1)
        else:
            x0, x1 = pinned[0], pinned[0]
        lo, hi, pos_lo = self._loss_lo, self._loss_hi, self._loss_pos_lo
        if pinned is not None:      # both runs whole: the pinned one usually reaches further
            lo, hi, pos_lo = min(lo, pinned[2]), max(hi, pinned[3]), min(pos_lo, pinned[4])
        self.pinned.place_labels(self.is_log_scale())
        if self._live:
            # Room ahead, in steps: a range that grew with every update would re-make the
            # axes' ticks and re-lay the curves each time.
            if self._live_x1 is None or x1 > self._live_x1 or self._live_x1 <= x0:
                self._live_x1 = x0 + LIVE_HEADROOM * max(x1 - x0, 1.0)
            x1 = self._live_x1
        if pinned is not None:
            x0, x1 = min(x0, pinned[0]), max(x1, pinned[1])
        self._x_plot().setXRange(x0, max(x1, x0 + MIN_EPOCH_SPAN), padding=0.02)
        if not np.isfinite(hi):
            return
        if hi > EXPLODED_LOSS and not self.is_log_scale():
            # A diverging run's losses (1e60 and up) cannot be drawn on a linear axis; on a log
            # axis the explosion is the picture. The checkbox shows the switch.
            self.set_log_scale(True)
            return
        if self.is_log_scale():
            if np.isfinite(pos_lo):
                lo, hi = np.log10(pos_lo), np.log10(max(hi, pos_lo))
                self.loss_plot.setYRange(lo, hi if hi > lo else lo + 1, padding=0.05)
        else:
            lo = min(0.0, lo)
            self.loss_plot.setYRange(lo, hi if hi > lo else lo + 1, padding=0.05)

    def _clear_data(self) -> None:
        self._data.clear()
        for pyramid in self._peaks.values():
            pyramid.clear()

    def _on_x_range_changed(self, *_args) -> None:
        if not self._fitting:
            self._redraw()

    def _redraw(self, *_args) -> None:
        """Hand each shown curve the points for the visible epochs: the raw samples when they
        fit in two per pixel column, else each column's min and max (peak decimation)."""
        data, n = self._data, self._data.n
        if n == 0:
            return
        x0, x1 = self._x_plot().vb.viewRange()[0]
        first = max(data.searchsorted("epoch", x0, side="left") - 1, 0)
        stop = min(data.searchsorted("epoch", x1, side="right") + 1, n)
        if stop <= first:
            first, stop = 0, n
        budget = max(2 * int(self._x_plot().vb.width()), 1000)
        epochs = self._peaks["epoch"]
        level = epochs.level_for(stop - first, budget)
        shown = [key for key in self._curves if key in self._in_legend]
        if level == 0:
            x = data.get("epoch", first, stop)
            for key in shown:
                self._curves[key][0].setData(x=x, y=data.get(key, first, stop))
            return
        size = 1 << level
        b0, b1 = first >> level, min((stop + size - 1) >> level, epochs.complete(level))
        tail = (b1 << level, stop)               # samples past the last complete block
        has_tail = stop > tail[0]

        def reader(key: str):
            return lambda start, end: data.get(key, start, end)

        starts = epochs.blocks(level, b0, b1, reader("epoch"))[0]   # ascending: min = first
        x = np.repeat(starts, 2)
        if has_tail:
            x = np.concatenate([x, np.repeat(data.at("epoch", tail[0]), 2)])
        for key in shown:
            lows, highs = self._peaks[key].blocks(level, b0, b1, reader(key))
            y = np.empty(x.shape[0])
            m = 2 * (b1 - b0)
            y[0:m:2], y[1:m:2] = lows, highs
            if has_tail:
                raw = data.get(key, *tail)
                with np.errstate(invalid="ignore"):
                    y[m], y[m + 1] = np.fmin.reduce(raw), np.fmax.reduce(raw)
            self._curves[key][0].setData(x=x, y=y)

    def set_log_scale(self, on: bool) -> None:
        """Logarithmic loss axis. Zero or negative losses are simply not drawn."""
        on = bool(on)
        if self.log_checkbox.isChecked() != on:
            self.log_checkbox.setChecked(on)  # re-enters through the toggled signal
            return
        self.loss_plot.setLogMode(x=False, y=on)
        if self._data.n or self.pinned.shown:
            self._fit_ranges([])

    def is_log_scale(self) -> bool:
        return bool(self.loss_plot.ctrl.logYCheck.isChecked())

    def point_count(self) -> int:
        return self._data.n

    def legend_names(self) -> list[str]:
        """The series in the legend now, in order, e.g. ``["train loss", "val loss"]``."""
        return [name for key, (_item, name, *_) in self._curves.items() if key in self._in_legend]

    def _update_legend(self) -> None:
        alone = self._shown[0] if len(self._shown) == 1 and self._classification else None
        entries = [f"{html_line(getattr(theme, colour), dashed)}&nbsp;{translate('LossPlot', name).replace(' ', '&nbsp;')}"
                   for key, (_item, name, colour, dashed) in self._curves.items()
                   if key in self._in_legend
                   and (alone is None or key.endswith("acc") == (alone == "accuracy"))]
        self.loss_legend.setText(" &nbsp; ".join(entries))
        self.loss_legend.setMinimumHeight(self.loss_legend.fontMetrics().height() + 4)

    def _fit_accuracy_ticks(self, *_args) -> None:
        """0, 0.5 and 1 on the accuracy axis; 0 and 1 only when it is too short for three."""
        axis = self.acc_plot.getAxis("left")
        line = QtGui.QFontMetricsF(axis.style["tickFont"]).height()
        # 0.5 is 1/2.4 of the height from 0 (the range is padded by 0.1 at each end).
        three = self.acc_plot.vb.height() / 2.4 >= 1.1 * line
        ticks = [(0.0, "0"), (0.5, local("0.5")), (1.0, "1")] if three else [(0.0, "0"), (1.0, "1")]
        if axis._tickLevels != [ticks]:
            axis.setTicks([ticks])

    def _theme_changed(self) -> None:
        for item, _name, colour, dashed in self._curves.values():
            style = QtCore.Qt.PenStyle.DashLine if dashed else QtCore.Qt.PenStyle.SolidLine
            item.setPen(pg.mkPen(getattr(theme, colour), width=CURVE_WIDTH, style=style))
        self.pinned.restyle()
        for line in self.epoch_lines:
            line.setPen(pg.mkPen(theme.TEXT, width=2))
        for line in self.cursor_lines:
            line.setPen(pg.mkPen(theme.TEXT, width=1, style=QtCore.Qt.PenStyle.DotLine))
        self.readout.fill = pg.mkBrush(QtGui.QColor(theme.BACKGROUND))
        self.readout.border = pg.mkPen(theme.MUTED, width=1)
        self.hint_label.setStyleSheet(f"color: {theme.MUTED}")

    def _text_scale_changed(self) -> None:
        self._arrange()           # bigger text may leave room for one curve only
        self._fit_accuracy_ticks()
        self._update_legend()
        if self.readout.isVisible() and self._hover_x is not None:
            self._show_cursor(self._hover_x)

    def hover_text(self, x: float, y: float = 0.0) -> str:
        """The readout for a mouse at data position ``(x, y)``: the nearest epoch's values,
        e.g. ``"epoch 120  train loss 0.0412  val loss 0.0455"``.

        ``y`` is accepted for symmetry with mouse positions; the epoch is picked by ``x`` alone.
        """
        rows = self._hover_rows(x)
        return "  ".join(f"{label} {value}" for label, value, _colour in rows)

    # -- hover and click ----------------------------------------------------------------------

    _HOVER_SERIES = (("train_loss", "train loss", "TRAIN_COLOUR"),
                     ("val_loss", "val loss", "VAL_COLOUR"),   # names translated where shown
                     ("train_acc", "train acc", "ACCURACY_COLOUR"),
                     ("val_acc", "val acc", "ACCURACY_COLOUR"))
    _hover_x: float | None = None

    def _hover_rows(self, x: float) -> list[tuple[str, str, str]]:
        """(label, formatted value, colour) for the epoch nearest ``x``; empty without data."""
        index = self._nearest_index(x)
        if index is None:
            return []
        rows = [(translate("LossPlot", "epoch"), plain(self._data.at("epoch", index)), theme.TEXT)]
        for key, label, colour in self._HOVER_SERIES:
            if key in self._in_legend:
                rows.append((translate("LossPlot", label), f"{self._data.at(key, index):.4g}", getattr(theme, colour)))
        return rows

    def _nearest_index(self, x: float) -> int | None:
        n = self._data.n
        if n == 0 or not math.isfinite(x):
            return None
        i = self._data.searchsorted("epoch", x)
        if i <= 0:
            return 0
        if i >= n:
            return n - 1
        before, after = self._data.at("epoch", i - 1), self._data.at("epoch", i)
        return i - 1 if (x - before) <= (after - x) else i

    def _plot_x_at(self, scene_pos: QtCore.QPointF) -> float | None:
        """The data x under ``scene_pos`` if it is over one of the plots' curve areas."""
        for plot in (self.loss_plot, self.acc_plot):
            if plot.scene() is not None and plot.vb.sceneBoundingRect().contains(scene_pos):
                return plot.vb.mapSceneToView(scene_pos).x()
        return None

    def _style_titles(self) -> None:
        self.style_axis(self.loss_plot.getAxis("left"), (translate("LossPlot", "loss"),))
        self.style_axis(self.acc_plot.getAxis("left"), (translate("LossPlot", "accuracy"), translate("LossPlot", "acc")))

    def retranslate(self) -> None:
        """The window's language changed: axis titles, legend, hint, switch and the accuracy
        axis's 0.5 in the new one (the other axes' numbers follow at their next paint)."""
        self._style_titles()
        self._fit_accuracy_ticks()
        for plot in self._plots.values():
            for axis in ("left", "bottom"):
                plot.getAxis(axis).picture = None    # pyqtgraph's cached tick texts
                plot.getAxis(axis).update()
        for name, plot in self._plots.items():
            if self._shown and name == self._shown[-1]:
                self.style_axis(plot.getAxis("bottom"), translate("LossPlot", "epoch"))
        self._update_legend()
        self._show_click_hint()

    def clicks_pick_epochs(self) -> bool:
        """Whether anything listens to :attr:`epochClicked` (then the curves say so: a
        pointing-hand cursor and "click to go there" in the hint)."""
        return self.receivers(QtCore.SIGNAL("epochClicked(int)")) > 0

    def _show_click_hint(self) -> None:
        clickable = self.clicks_pick_epochs()
        text = translate("LossPlot", "hover: values · click: go there") if clickable else translate("LossPlot", _HOVER_HINT)
        if self.hint_label.text() != text:
            self.hint_label.setText(text)
            self.view.setCursor(QtCore.Qt.CursorShape.PointingHandCursor if clickable
                                else QtCore.Qt.CursorShape.ArrowCursor)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._show_click_hint()

    def _on_mouse_moved(self, event) -> None:
        self._show_click_hint()
        x = self._plot_x_at(event[0])
        if x is None:
            self._hide_cursor()
        else:
            self._show_cursor(x)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        x = self._plot_x_at(event.scenePos())
        epoch = None if x is None else self.nearest_epoch(x)
        if epoch is not None:
            event.accept()
            self.epochClicked.emit(epoch)

    def _show_cursor(self, x: float) -> None:
        rows = self._hover_rows(x)
        if not rows:
            self._hide_cursor()
            return
        self._hover_x = x
        epoch = self._data.at("epoch", self._nearest_index(x))
        for line in self.cursor_lines:
            line.setPos(epoch)
            line.setVisible(True)
        size = TICK_POINT_SIZE * self._text_scale
        cells = "".join(
            f'<tr><td style="color:{colour}; padding-right:8px">{label}</td>'
            f'<td align="right" style="color:{theme.TEXT}">{value}</td></tr>'
            for label, value, colour in rows)
        self.readout.setHtml(f"<table cellspacing='0' style='font-size:{size:.1f}pt'>"
                             f"{cells}</table>")
        self.readout.setVisible(True)
        self._place_readout()

    def _hide_cursor(self) -> None:
        self._hover_x = None
        for line in self.cursor_lines:
            line.setVisible(False)
        self.readout.setVisible(False)

    def _place_readout(self) -> None:
        vb = self._plots[self._shown[0]].vb if self._shown else self.loss_plot.vb
        self.readout.setPos(self.view.ci.mapFromItem(vb, QtCore.QPointF(vb.width() - 8, 8)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.view and event.type() == QtCore.QEvent.Type.Leave:
            self._hide_cursor()
        if watched is self.view and event.type() == QtCore.QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)
