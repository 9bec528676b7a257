"""The small base every plot stands on: one text scale for all of a plot's text, shared brushes
and pens, and (for the boundary and the one-input curve) the framed plot with its header and
legend lines and the class-coloured, class-shaped data points."""
from __future__ import annotations

import math
import re

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

import pyqtgraph as pg

from nnviz.core.text import escape_html, printable, rich_text
from nnviz.ui import theme
from nnviz.ui.i18n import translate
from nnviz.ui.plots.common import (
    LABEL_POINT_SIZE, POINT_EDGE, TEST_POINT_SIZE, TICK_POINT_SIZE, TRAIN_POINT_SIZE,
    CompactAxis, font_pixels, html_swatch, rgba, scaled_font,
    white_background)

MIN_TEXT_SCALE, MAX_TEXT_SCALE = 0.5, 4.0


class PlotBase(QtWidgets.QWidget):
    """A plot widget whose every text follows one scale (:meth:`set_text_scale`).

    Subclasses register what they draw text with (axes, Qt labels, graphics text items) once;
    a new scale then re-fonts all of it, resizes fixed axis sizes with it and calls
    :meth:`_text_scale_changed` for rich-text legends that carry their own sizes.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._text_scale = 1.0
        self._axes: dict[pg.AxisItem, tuple[str, ...]] = {}
        self._axis_sizes: dict[pg.AxisItem, tuple[str, float]] = {}
        self._text_widgets: list[tuple[QtWidgets.QWidget, float, bool]] = []
        self._text_items: list[tuple[object, float]] = []

    # -- text scale ---------------------------------------------------------------------------

    def set_text_scale(self, factor: float) -> None:
        """Scale every text on the plot by ``factor`` (1.0 = the normal size): tick labels, axis
        titles, legends, notes and read-outs together. Fixed axis widths grow with it, so the
        bigger numbers still fit. Raises ValueError outside 0.5 .. 4."""
        factor = float(factor)
        if not (math.isfinite(factor) and MIN_TEXT_SCALE <= factor <= MAX_TEXT_SCALE):
            raise ValueError(f"text scale must be between {MIN_TEXT_SCALE} and "
                             f"{MAX_TEXT_SCALE}, got {factor}")
        self._text_scale = factor
        for axis, titles in self._axes.items():
            self._apply_axis_style(axis, titles)
        for axis, (which, base) in self._axis_sizes.items():
            self._apply_axis_size(axis, which, base)
        for widget, size, bold in self._text_widgets:
            widget.setFont(scaled_font(size, factor, bold))
        for item, size in self._text_items:
            item.setFont(scaled_font(size, factor))
        self._text_scale_changed()
        self.updateGeometry()

    def text_scale(self) -> float:
        return self._text_scale

    def text_pixel_sizes(self) -> dict[str, int]:
        """Pixel height of each visible kind of text, e.g. ``{"left ticks": 24, ...}``: what a
        presentation test checks against its minimum."""
        sizes: dict[str, int] = {}
        for axis, titles in self._axes.items():
            if not axis.isVisible() or not axis.style.get("showValues", True):
                continue
            name = axis.orientation if not titles else titles[0]
            sizes[f"{name} ticks"] = font_pixels(axis.style["tickFont"])
            if titles and axis.label.isVisible():
                sizes[f"{name} title"] = font_pixels(axis.label.font())
        for widget, _size, _bold in self._text_widgets:
            if widget.isVisibleTo(self):
                sizes[widget.objectName() or type(widget).__name__] = font_pixels(widget.font())
        for item, _size in self._text_items:
            if item.isVisible():
                sizes[type(item).__name__] = font_pixels(item.font())
        return sizes

    def _text_scale_changed(self) -> None:
        """Rebuild rich text that carries its own sizes (legends); nothing by default."""

    def apply_theme(self) -> None:
        """Re-read the theme's colours (:mod:`nnviz.ui.theme`): axes, texts and background;
        subclasses add their curves in :meth:`_theme_changed`."""
        for axis, titles in self._axes.items():
            self._apply_axis_style(axis, titles)
        view = getattr(self, "view", None)
        if view is not None:
            view.setBackground(theme.BACKGROUND)
        white_background(self)
        self._theme_changed()
        self._text_scale_changed()     # legends are rich text with colours in them

    def _theme_changed(self) -> None:
        """Re-colour what a subclass drew in the theme's colours; nothing by default."""

    def _scaled(self, point_size: float, bold: bool = False) -> QtGui.QFont:
        return scaled_font(point_size, self._text_scale, bold)

    def style_axis(self, axis: pg.AxisItem, titles: tuple[str, ...] | str | None = None) -> None:
        """Dark axis and text at the plot's text scale; ``titles`` is the axis title and any
        shorter forms of it (the first that fits is shown), None for no title."""
        if isinstance(titles, str):
            titles = (titles,)
        titles = tuple(printable(str(t)) for t in titles or ())   # names may hold "\n"
        if titles and "(" in titles[-1]:
            # "petal width (cm)" may become "petal width" where the axis is short.
            bare = re.sub(r"\s*\([^)]*\)", "", titles[-1]).strip()
            if bare:
                titles = titles + (bare,)
        self._axes[axis] = titles
        self._apply_axis_style(axis, self._axes[axis])

    def _apply_axis_style(self, axis: pg.AxisItem, titles: tuple[str, ...]) -> None:
        axis.setPen(pg.mkPen(theme.TEXT, width=1))
        axis.setTextPen(pg.mkPen(theme.TEXT))
        axis.setTickFont(self._scaled(TICK_POINT_SIZE))
        axis.setStyle(tickTextOffset=round(6 * self._text_scale))
        if not titles:
            return
        font = self._scaled(LABEL_POINT_SIZE)
        if isinstance(axis, CompactAxis):
            axis.set_title(titles, font, theme.TEXT)
        else:
            axis.label.setFont(font)
            axis.setLabel(escape_html(titles[0]), color=theme.TEXT)

    def fix_axis_size(self, axis: pg.AxisItem, which: str, pixels: float) -> None:
        """Give ``axis`` a fixed ``which`` ("width" or "height") of ``pixels`` at scale 1,
        growing with the text scale."""
        self._axis_sizes[axis] = (which, float(pixels))
        self._apply_axis_size(axis, which, pixels)

    def _apply_axis_size(self, axis: pg.AxisItem, which: str, pixels: float) -> None:
        size = round(pixels * self._text_scale)
        (axis.setWidth if which == "width" else axis.setHeight)(size)

    def scale_text_widget(self, widget: QtWidgets.QWidget, point_size: float = TICK_POINT_SIZE,
                          bold: bool = False) -> None:
        self._text_widgets.append((widget, point_size, bold))
        widget.setFont(self._scaled(point_size, bold))

    def scale_text_item(self, item, point_size: float = TICK_POINT_SIZE) -> None:
        """A graphics item with ``setFont`` (``pg.TextItem``, a note) to keep at the scale."""
        self._text_items.append((item, point_size))
        item.setFont(self._scaled(point_size))

    # -- shared brushes and pens ------------------------------------------------------------

    _brush_cache: dict[bytes, QtGui.QBrush] = {}
    _pen_cache: dict[bytes, QtGui.QPen] = {}

    def _brush(self, rgba: np.ndarray) -> QtGui.QBrush:
        key = rgba.tobytes()
        brush = PlotBase._brush_cache.get(key)
        if brush is None:
            brush = PlotBase._brush_cache[key] = pg.mkBrush(*rgba.tolist())
        return brush

    _edge_cache: dict[tuple[bytes, float], QtGui.QPen] = {}

    def _edge_pens(self, colours: np.ndarray, width: float) -> list[QtGui.QPen]:
        """A pen round each point of ``colours`` (n, 4): white round a dark colour, dark round a
        light one, so a point stands out on its own class's region (and a dark blue point on a
        dark blue field does not vanish)."""
        pens = []
        for row in colours:
            key = (row.tobytes(), width)
            pen = PlotBase._edge_cache.get(key)
            if pen is None:
                light = theme.lab_as_seen(row[None, :3].astype(float), "normal")[0, 0]
                edge = "#FFFFFF" if light < 45 else POINT_EDGE
                pen = PlotBase._edge_cache[key] = pg.mkPen(edge, width=width)
            pens.append(pen)
        return pens

    def _ring_pen(self, rgba: np.ndarray) -> QtGui.QPen:
        key = rgba.tobytes()
        pen = PlotBase._pen_cache.get(key)
        if pen is None:
            pen = PlotBase._pen_cache[key] = pg.mkPen(*rgba[:3].tolist(), width=2.5)
        return pen


class FramedPlot(PlotBase):
    """A header row (``top_widgets`` on the left, :attr:`key_label` on the right), a
    fixed-range plot framed on all four sides with a note line above it, and a legend line
    below: the body the boundary and the one-input curve share. The data points are three
    scatter items: train points filled, test points as a dark ring under a class-coloured one,
    each class in its own colour and marker shape."""

    def __init__(self, parent: QtWidgets.QWidget | None, top_widgets: list,
                 right_margin: int, left_width: int) -> None:
        super().__init__(parent)
        self.key_label = QtWidgets.QLabel()
        self.key_label.setObjectName("key")
        self.key_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        # Wraps rather than widening the plot past its pane at a large text scale.
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        top = QtWidgets.QHBoxLayout()
        top.setContentsMargins(6, 0, 6, 0)
        for w in top_widgets:
            top.addWidget(w)
            self.scale_text_widget(w)
        top.addStretch(1)
        top.addWidget(self.key_label)
        self.scale_text_widget(self.key_label)

        self.legend_label = QtWidgets.QLabel()
        self.legend_label.setObjectName("legend")
        self.legend_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.legend_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.legend_label.setWordWrap(True)
        self.scale_text_widget(self.legend_label)

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(theme.BACKGROUND)
        self.view.ci.setContentsMargins(4, 4, right_margin, 4)
        self.view.ci.setSpacing(2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend_label)
        white_background(self)

        # The plot sits in row 1; row 0 holds the note (empty and zero-high unless set).
        self.plot = pg.PlotItem(axisItems={"left": CompactAxis("left"),
                                           "bottom": CompactAxis("bottom")})
        self.view.ci.addItem(self.plot, row=1, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.disableAutoRange()
        self.style_axis(self.plot.getAxis("left"))
        self.style_axis(self.plot.getAxis("bottom"))
        self.fix_axis_size(self.plot.getAxis("left"), "width", left_width)
        for name in ("top", "right"):  # a frame round the data
            self.plot.showAxis(name)
            axis = self.plot.getAxis(name)
            axis.setStyle(showValues=False, tickLength=0)
            axis.setPen(pg.mkPen(theme.TEXT, width=1))

        self._class_names: list[str] = []
        self._class_rgba = np.zeros((0, 4), np.uint8)
        self._marker_scale = 1.0
        edge = pg.mkPen(POINT_EDGE, width=1)
        self.train_points = pg.ScatterPlotItem(size=TRAIN_POINT_SIZE, pen=edge, pxMode=True)
        self.test_points_edge = pg.ScatterPlotItem(size=TEST_POINT_SIZE, brush=None, pxMode=True,
                                                   pen=pg.mkPen(POINT_EDGE, width=4.5))
        self.test_points = pg.ScatterPlotItem(size=TEST_POINT_SIZE, brush=None, pxMode=True)
        self._test_shown = True

    # -- classes ----------------------------------------------------------------------------

    def _set_classes(self, names: list[str]) -> None:
        self._class_names = list(names)
        self._class_rgba = (np.stack([rgba(c) for c in theme.class_colours(len(names))])
                            if names else np.zeros((0, 4), np.uint8))

    def class_symbols(self, labels: np.ndarray) -> list[str]:
        """The pyqtgraph marker of each class index in ``labels``."""
        symbols = theme.class_symbols(len(self._class_names))
        return [symbols[i] for i in labels]

    def _class_key(self, index: int) -> str:
        """A legend entry for class ``index``: its marker glyph in its colour, and its name."""
        colour = theme.class_colours(len(self._class_names))[index]
        glyph = theme.class_glyphs(len(self._class_names))[index]
        name = rich_text(self._class_names[index]).replace(" ", "&nbsp;")   # wraps between entries only
        return f"{html_swatch(colour, glyph, self._text_scale)}&nbsp;{name}"

    def _train_test_key(self) -> str:
        grey, s = theme.MUTED, self._text_scale
        train = translate("PlotBase", "train: filled").replace(" ", "&nbsp;")
        test = translate("PlotBase", "test: outlined").replace(" ", "&nbsp;")
        return (f"{html_swatch(grey, scale=s)}&nbsp;{train} &nbsp; "
                f"{html_swatch(grey, chr(0x25CB), s)}&nbsp;{test}")

    # -- test points ------------------------------------------------------------------------

    def set_show_test(self, show: bool) -> None:
        """Show or hide the test points (the train points stay)."""
        self._test_shown = bool(show)
        self.test_points.setVisible(self._test_shown)
        self.test_points_edge.setVisible(self._test_shown)

    def test_shown(self) -> bool:
        return self._test_shown

    def _text_scale_changed(self) -> None:
        # Markers grow with the square root of the text scale: visible from the back of the
        # room at a projector's scale, without covering much more of the field.
        self._marker_scale = math.sqrt(self._text_scale)
        least = getattr(self, "_min_marker_px", 0)
        self.train_points.setSize(max(TRAIN_POINT_SIZE * self._marker_scale, least))
        self.test_points.setSize(max(TEST_POINT_SIZE * self._marker_scale, least))
        self.test_points_edge.setSize(max(TEST_POINT_SIZE * self._marker_scale, least))

    def set_min_marker_px(self, px: int) -> None:
        """No marker smaller than ``px`` pixels (0: as the text scale gives; presentation mode
        asks for 16 px, seen from the back of a room)."""
        self._min_marker_px = max(0, int(px))
        self._text_scale_changed()

    def marker_px(self) -> float:
        """The training points' marker size now, in pixels."""
        return float(self.train_points.opts["size"])
