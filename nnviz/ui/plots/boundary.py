"""The decision boundary: the network's output over two inputs, with the data points on top, a
note saying where the other inputs are held, and clicks that add or remove points."""
from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

import pyqtgraph as pg

from nnviz.core.text import printable
from nnviz.ui import theme
from nnviz.ui.plots.base import FramedPlot
from nnviz.ui.plots.common import (
    POINT_EDGE, REGRESSION_COLORMAP, SHADE_MAX, class_names_for, TICK_POINT_SIZE, ColorBar, NoteItem,
    finite_range, rgba, widen)
from ..i18n import translate

_EDIT_HINT = QtCore.QT_TRANSLATE_NOOP("BoundaryPlot", "click: add a point · Shift+click: remove")
COLORBAR_WIDTH = 18       # px: the probability colour bar beside the field
COLORBAR_AXIS_ROOM = 40   # px under the colour bar at text scale 1: the plot's x-axis height


def _diverging_colormap() -> pg.ColorMap:
    """Negative orange, zero white, positive blue: the weights' colours, so a sign reads the
    same on a neuron's map as on the diagram (and, by their lightness, in grayscale)."""
    colours = [theme.hex_to_rgb(theme.NEGATIVE), theme.hex_to_rgb(theme.BACKGROUND),
               theme.hex_to_rgb(theme.POSITIVE)]
    return pg.ColorMap([0.0, 0.5, 1.0], colours)


class BoundaryPlot(FramedPlot):
    """The network's output over the input plane, with the data points on top.

    The field is coloured in NumPy (vectorised, via small uint8 look-up tables) into an RGBA
    uint8 image which an ``ImageItem`` shows as is: no levels, no per-frame autorange.

    Signals: ``pointClicked(float x, float y, bool shift)``, a left click on the plane in data
    coordinates, ``shift`` True when Shift was held (the window adds or removes a point).
    """

    pointClicked = QtCore.Signal(float, float, bool)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        self.discretize_checkbox = QtWidgets.QCheckBox(translate("BoundaryPlot", "Discretize"))
        self.discretize_checkbox.setObjectName("discretize")
        self.discretize_checkbox.setToolTip(
            translate("BoundaryPlot", "Show hard class regions: each point of the plane in the colour of the class the "
            "network would predict, without confidence shading."))
        super().__init__(parent, [self.discretize_checkbox], right_margin=8, left_width=62)
        self.discretize_checkbox.toggled.connect(self.set_discretize)
        self._task = "binary"
        self._discretize = False
        self._field: np.ndarray | None = None
        self._last_points = None
        self._rgba = np.zeros((0, 0, 4), dtype=np.uint8)
        self._extent = ((0.0, 1.0), (0.0, 1.0))
        self._value_range: tuple[float, float] | None = None   # regression colour scale
        self._targets_range: tuple[float, float] | None = None # the targets' part of it
        self._image_shape: tuple[int, int] | None = None
        self._value_name = ""      # the regression colour bar's title ("": the word "value")
        self._map: tuple[np.ndarray, tuple[float, float], str] | None = None
        self._editable = False
        self._edit_hint = True   # see show_edit_hint
        self._slice_note = ""

        cmap = pg.colormap.get(REGRESSION_COLORMAP)
        self._colormap = cmap
        lut = cmap.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)
        self._regression_lut = np.concatenate([lut, np.full((256, 1), 255, np.uint8)], axis=1)
        self._binary_lut = self._make_binary_lut()
        self._map_colormap = _diverging_colormap()
        mlut = self._map_colormap.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)
        self._map_lut = np.concatenate([mlut, np.full((256, 1), 255, np.uint8)], axis=1)

        # Which inputs are held where (more than two inputs): a line above the plane.
        self.note = NoteItem(theme.TEXT)
        self.view.ci.addItem(self.note, row=0, col=0, colspan=2)
        self.scale_text_item(self.note, TICK_POINT_SIZE)
        self.note.set_text("")

        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        for item in (self.train_points, self.test_points_edge, self.test_points):
            self.plot.addItem(item)

        self.colorbar = ColorBar(values=(0.0, 1.0), colorMap=cmap, interactive=False,
                                 width=COLORBAR_WIDTH, pen=theme.TEXT)
        self.style_axis(self.colorbar.axis, self._colorbar_title())
        # Line the bar up with the field: leave room for the plot's x-axis below it.
        self.colorbar.layout.setContentsMargins(0, 0, 0, COLORBAR_AXIS_ROOM)
        self._colorbar_shown = False

        self.view.scene().sigMouseClicked.connect(self._on_mouse_clicked)

        self.set_problem("binary", ["class 0", "class 1"], "x", "y")
        self.set_extent((0.0, 1.0), (0.0, 1.0))

    # -- public API ---------------------------------------------------------------------------

    def set_problem(self, task: str, class_names: list[str] | None, x_name: str,
                    y_name: str, value_name: str | None = None) -> None:
        """Start showing a new problem: clears the field, the points and any neuron map.
        ``value_name`` labels the regression colour bar (the target, e.g. "price")."""
        self._set_classes(class_names_for(task, class_names))
        self._task = task
        self._value_range = self._targets_range = None
        self._field = None
        self._map = None
        self._show_note()
        self._rgba = np.zeros((0, 0, 4), dtype=np.uint8)
        self.image.clear()
        self._image_shape = None
        for item in (self.train_points, self.test_points_edge, self.test_points):
            item.clear()
        self.style_axis(self.plot.getAxis("bottom"), x_name)
        self.style_axis(self.plot.getAxis("left"), y_name)
        self._value_name = value_name or ""
        self._restore_colorbar()
        self.discretize_checkbox.setVisible(task != "regression")
        self._update_legend()

    def set_points(self, xy_train: np.ndarray, labels_train: np.ndarray,
                   xy_test: np.ndarray | None = None,
                   labels_test: np.ndarray | None = None) -> None:
        """Data points in plot coordinates: ``xy`` is (n, 2); labels are class indices
        (classification) or target values (regression; they also fix the colour scale)."""
        self._last_points = ((xy_train, labels_train, xy_test, labels_test), {})   # a new theme re-colours them
        xy_train, labels_train = self._check_points(xy_train, labels_train, "train")
        if self._task == "regression":
            finite = labels_train[np.isfinite(labels_train)]
            if xy_test is not None and labels_test is not None:
                lt = np.asarray(labels_test, dtype=np.float64).ravel()
                finite = np.concatenate([finite, lt[np.isfinite(lt)]])
            if finite.size:
                self._value_range = widen(float(finite.min()), float(finite.max()))
                self._targets_range = self._value_range
                if self._map is None:
                    self.colorbar.setLevels(values=self._value_range)
        colours = self._point_colours(labels_train)
        self.train_points.setData(pos=xy_train, brush=[self._brush(c) for c in colours],
                                  pen=(self._edge_pens(colours, 1.0)
                                       if self._task != "regression" else pg.mkPen(POINT_EDGE)),
                                  symbol=self._symbols(labels_train))
        if xy_test is None or labels_test is None or len(xy_test) == 0:
            self.test_points_edge.clear()
            self.test_points.clear()
        else:
            xy_test, labels_test = self._check_points(xy_test, labels_test, "test")
            colours = self._point_colours(labels_test)
            pens = [self._ring_pen(c) for c in colours]
            symbols = self._symbols(labels_test)
            edges = (self._edge_pens(colours, 4.5) if self._task != "regression"
                     else pg.mkPen(POINT_EDGE, width=4.5))
            self.test_points_edge.setData(pos=xy_test, symbol=symbols, pen=edges)
            self.test_points.setData(pos=xy_test, pen=pens, symbol=symbols)
        if self._task == "regression" and self._field is not None and self._map is None:
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
        regression: the predicted value, in the units of the labels. While a neuron's map is
        shown (:meth:`set_neuron_map`) the field is kept and drawn when the map is cleared.
        """
        values = np.asarray(values)
        expected = 1 if self._task in ("binary", "regression") else len(self._class_names)
        if values.ndim != 3 or values.shape[2] != expected or min(values.shape[:2]) < 2:
            raise ValueError(f"{self._task} field must have shape (ny >= 2, nx >= 2, "
                             f"{expected}), got {values.shape}")
        self._field = values
        if self._task == "regression":
            self._take_in_predictions(values)
        if self._map is None:
            self._recolour()

    def _take_in_predictions(self, values: np.ndarray) -> None:
        """The colour scale grows (never shrinks) to hold the predictions as well as the
        targets: the house lesson's first predictions (about 73) lie below its targets (83-94),
        and a scale of the targets alone showed one flat colour. It grows at most one span of
        the targets past them on either side, so a diverging run cannot flatten it."""
        if self._targets_range is None or self._value_range is None:
            return
        finite = values[np.isfinite(values)]
        if not finite.size:
            return
        t_lo, t_hi = self._targets_range
        reach = max(t_hi - t_lo, 1e-9)
        lo = min(self._value_range[0], max(float(finite.min()), t_lo - reach))
        hi = max(self._value_range[1], min(float(finite.max()), t_hi + reach))
        if (lo, hi) != self._value_range:
            self._value_range = (lo, hi)
            if self._map is None:
                self.colorbar.setLevels(values=self._value_range)

    def set_neuron_map(self, values: np.ndarray, title: str,
                       levels: tuple[float, float] | None = None) -> None:
        """Show another field over the same plane instead of the network's output: one
        neuron's activation, shape (ny, nx) or (ny, nx, 1), row 0 at y_min, on the same grid.

        Coloured orange (negative) - white (0) - blue (positive), like the weights, with a
        colour bar titled "activation"; the note line above the plane says "Showing <title>"
        (e.g. "hidden 1, neuron 3 (tanh)"). ``levels`` fixes the
        colour scale (e.g. (-1, 1) for tanh); None: symmetric round 0 over the values' range,
        or their range when they have one sign. The data points stay on top. Call it again
        each frame to follow training; :meth:`clear_neuron_map` goes back to the output.
        """
        values = np.asarray(values, dtype=np.float64)
        if values.ndim == 3 and values.shape[2] == 1:
            values = values[:, :, 0]
        if values.ndim != 2 or min(values.shape) < 2:
            raise ValueError(f"a neuron map must have shape (ny >= 2, nx >= 2), got {values.shape}")
        if levels is None:
            finite = values[np.isfinite(values)]
            lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
            if lo < 0 < hi:
                m = max(-lo, hi)
                lo, hi = -m, m
            lo, hi = widen(lo, hi)
        else:
            lo, hi = map(float, levels)
            if not (np.isfinite(lo) and np.isfinite(hi) and hi > lo):
                raise ValueError(f"levels must be two finite numbers, low < high, got {levels}")
        first = self._map is None
        self._map = (values, (lo, hi), str(title))
        if first:
            self.colorbar.setColorMap(self._map_colormap)
            self._show_colorbar(True)
        self.style_axis(self.colorbar.axis, self._colorbar_title())
        self.colorbar.setLevels(values=(lo, hi))
        self._show_note()
        self._recolour()

    def clear_neuron_map(self) -> None:
        """Back to the network's output (the last field given to :meth:`set_field`)."""
        if self._map is None:
            return
        self._map = None
        self._restore_colorbar()
        self._show_note()
        if self._field is not None:
            self._recolour()
        else:
            self.image.clear()
            self._rgba = np.zeros((0, 0, 4), dtype=np.uint8)

    def neuron_map_shown(self) -> bool:
        return self._map is not None

    def set_discretize(self, on: bool) -> None:
        """Hard class regions (full class colour, no confidence shading)."""
        on = bool(on)
        if self.discretize_checkbox.isChecked() != on:
            self.discretize_checkbox.setChecked(on)  # re-enters through the toggled signal
            return
        self._discretize = on
        if self._field is not None and self._map is None:
            self._recolour()

    def set_slice_note(self, text: str) -> None:
        """Say on the plot which inputs are held at which values, e.g. "sepal length = 5.8,
        sepal width = 3.1 (held at their mean)": a line above the plane (two when narrow),
        never over the data. "" removes it."""
        self._slice_note = printable(str(text or ""))
        self._show_note()

    def slice_note(self) -> str:
        return self._slice_note

    def _show_note(self) -> None:
        """The note line: the neuron map's title (when one is shown), then the slice note."""
        lines = [translate("BoundaryPlot", "Showing {0}").format(printable(self._map[2]))] if self._map is not None else []
        if self._slice_note:
            lines.append(self._slice_note)
        self.note.set_text("\n".join(lines))

    def set_points_editable(self, on: bool) -> None:
        """Show that clicks edit the data: a cross-hair cursor over the plane and a hint in the
        header ("click: add a point · Shift+click: remove"). :attr:`pointClicked` is emitted
        either way; this only tells the user."""
        self._editable = bool(on)
        cursor = QtCore.Qt.CursorShape.CrossCursor if on else QtCore.Qt.CursorShape.ArrowCursor
        self.view.setCursor(cursor)
        self._update_legend()

    def image_rgba(self) -> np.ndarray:
        """The coloured field now on screen, (ny, nx, 4) uint8, row 0 at y_min."""
        return self._rgba.copy()

    # -- clicks -------------------------------------------------------------------------------

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        vb = self.plot.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        shift = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier)
        event.accept()
        self.pointClicked.emit(float(point.x()), float(point.y()), shift)

    # -- colouring ----------------------------------------------------------------------------

    def _theme_changed(self) -> None:
        """The theme's colours for the plane (its ground and the class colours) and the points."""
        self._binary_lut = self._make_binary_lut()
        self._map_colormap = _diverging_colormap()
        mlut = self._map_colormap.getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)
        self._map_lut = np.concatenate([mlut, np.full((256, 1), 255, np.uint8)], axis=1)
        self._set_classes(self._class_names)
        if self._last_points is not None:
            self.set_points(*self._last_points[0], **self._last_points[1])
        if self._field is not None and self._map is None:
            self._recolour()

    def _make_binary_lut(self) -> np.ndarray:
        """256 colours for P(class 1) = i/255: orange ... white ... blue, intensity = confidence."""
        p = np.arange(256) / 255.0
        confidence = np.abs(2.0 * p - 1.0)[:, None]
        white = np.asarray(theme.hex_to_rgb(theme.BACKGROUND), dtype=np.float64)   # the theme's ground
        ends = np.where((p >= 0.5)[:, None], theme.hex_to_rgb(theme.POSITIVE),
                        theme.hex_to_rgb(theme.NEGATIVE)).astype(np.float64)
        rgb = white + (ends - white) * (SHADE_MAX * confidence)
        lut = np.empty((256, 4), np.uint8)
        lut[:, :3] = np.rint(rgb)
        lut[:, 3] = 255
        return lut

    @staticmethod
    def _through_lut(v: np.ndarray, lo: float, hi: float, lut: np.ndarray) -> np.ndarray:
        """``v`` scaled from [lo, hi] onto ``lut``; ±inf and beyond at the ends, NaN grey."""
        with np.errstate(over="ignore", invalid="ignore"):
            # float64: values up to 1e308 scale without overflow (float32 overflowed at 1e37)
            scaled = (v.astype(np.float64, copy=False) - lo) * (255.0 / (hi - lo))
        scaled = np.nan_to_num(scaled, nan=0.0, posinf=255.0, neginf=0.0)
        out = lut[np.clip(scaled + 0.5, 0.0, 255.0).astype(np.uint8)]
        out[~np.isfinite(v)] = rgba(theme.MUTED)
        return out

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
            out = base.astype(np.float32)
            ground = np.asarray(theme.hex_to_rgb(theme.BACKGROUND), dtype=np.float32)
            out[:, :, :3] += (ground - out[:, :, :3]) * towards_white
            return (out + 0.5).astype(np.uint8)
        v = values[:, :, 0]
        lo, hi = self._value_range if self._value_range is not None else finite_range(v)
        if self.colorbar.levels() != (lo, hi):
            self.colorbar.setLevels(values=(lo, hi))
        return self._through_lut(v, lo, hi, self._regression_lut)

    def _recolour(self) -> None:
        if self._map is not None:
            values, (lo, hi), _title = self._map
            coloured = self._through_lut(values, lo, hi, self._map_lut)
        else:
            coloured = self._colour_field(self._field)
        self._rgba = np.ascontiguousarray(coloured)
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

    def _symbols(self, labels: np.ndarray) -> list[str] | str:
        return "o" if self._task == "regression" else self.class_symbols(labels)

    def _point_colours(self, labels: np.ndarray) -> np.ndarray:
        """RGBA uint8 per point: the class colour, or the colormap colour of the value."""
        if self._task != "regression":
            return self._class_rgba[labels]
        v = labels.astype(np.float64)
        lo, hi = self._value_range if self._value_range is not None else finite_range(v)
        return self._through_lut(v, lo, hi, self._regression_lut)

    def show_edit_hint(self, shown: bool) -> None:
        """The mouse hint under the legend ("click: add a point …"); presentation mode, driven
        from a clicker and short of room, leaves it out rather than show it cut off."""
        self._edit_hint = bool(shown)
        self._update_legend()

    def _colorbar_title(self) -> str:
        """A neuron's map: "activation"; else the regression target's name, or "value"."""
        if self._map is not None:
            return translate("BoundaryPlot", "activation")
        return printable(self._value_name) if self._value_name else translate("BoundaryPlot", "value")

    def retranslate(self) -> None:
        """The window's language changed: the key, the legend, the note, the colour bar's title
        and the axes' numbers (pyqtgraph keeps them drawn until asked) in the new one."""
        self._update_legend()
        self._show_note()
        self.style_axis(self.colorbar.axis, self._colorbar_title())
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.picture = None
            axis.update()

    def _update_legend(self) -> None:
        self.key_label.setText(self._train_test_key())
        lines = []
        if self._task != "regression":
            lines.append(" &nbsp;&nbsp; ".join(self._class_key(i)
                                               for i in range(len(self._class_names))))
        if self._editable and self._edit_hint:
            lines.append(f"<span style='color:{theme.MUTED}'>" + translate("BoundaryPlot", _EDIT_HINT) + "</span>")
        self.legend_label.setText("<br>".join(lines))
        self.legend_label.setVisible(bool(lines))

    def _text_scale_changed(self) -> None:
        super()._text_scale_changed()
        self._update_legend()
        # Room under the colour bar for the plot's (now taller) x-axis.
        self.colorbar.layout.setContentsMargins(0, 0, 0, round(COLORBAR_AXIS_ROOM * self._text_scale))

    def _restore_colorbar(self) -> None:
        """The colour bar as the task wants it: the regression value scale, or none."""
        self.colorbar.setColorMap(self._colormap)
        self.style_axis(self.colorbar.axis, self._colorbar_title())
        if self._value_range is not None:
            self.colorbar.setLevels(values=self._value_range)
        self._show_colorbar(self._task == "regression")

    def _show_colorbar(self, show: bool) -> None:
        if show and not self._colorbar_shown:
            self.view.ci.addItem(self.colorbar, row=1, col=1)
        elif not show and self._colorbar_shown:
            self.view.ci.removeItem(self.colorbar)
        self._colorbar_shown = show

