"""What the three plots share: fonts at a text scale, axes whose tick labels a class can read,
the colour bar, small colour and HTML helpers, and number formatting.

Nothing here knows about a particular plot; :mod:`.base` builds the shared widget on top.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets  # PySide6 before pyqtgraph: pyqtgraph picks it up

import pyqtgraph as pg

from nnviz.core.text import escape_html
from nnviz.ui import theme
from nnviz.ui.i18n import local, translate

TICK_POINT_SIZE = theme.BASE_POINT_SIZE          # at text scale 1.0
LABEL_POINT_SIZE = theme.BASE_POINT_SIZE + 1
#: The smallest text on any plot at text scale 1.0, in pixels at 96 dpi (11 pt = 14.7 px).
#: For every text to be at least ``px`` pixels tall, pass ``px / BASE_TEXT_PX`` to
#: ``set_text_scale`` (24 px: 1.64).
BASE_TEXT_PX = TICK_POINT_SIZE * 96.0 / 72.0
POINT_EDGE = "#202020"     # dark edge round data points, for contrast on any background
TRAIN_POINT_SIZE = 9
TEST_POINT_SIZE = 10
REGRESSION_COLORMAP = "viridis"
# Confidence shading tops out below the full class colour so that points stay visible on
# their own class's region; "Discretize" shows the full colour.
SHADE_MAX = 0.8
TASKS = ("binary", "multiclass", "regression")


def class_names_for(task: str, class_names) -> list[str]:
    """The class names a plot shows for ``task`` ([] for a regression); ValueError (one line)
    for a task or a list of names that does not fit."""
    if task not in TASKS:
        raise ValueError(f"task must be one of {TASKS}, got {task!r}")
    if task == "regression":
        return []
    n = 2 if task == "binary" else len(class_names or [])
    if task == "multiclass" and n < 2:
        raise ValueError("a multiclass problem needs at least two class names")
    names = list(class_names) if class_names else [translate("PlotBase", "class {0}").format(i) for i in range(n)]
    if len(names) != n:
        raise ValueError(f"a binary problem needs 2 class names, got {len(names)}")
    return names
_AXIS_LABEL_GAP = 10       # px between a self-sizing axis's numbers and its label


def scaled_font(point_size: float, scale: float = 1.0, bold: bool = False) -> QtGui.QFont:
    """The application font at ``point_size * scale`` points (never below 1 pt)."""
    font = QtGui.QFont()
    font.setPointSizeF(max(1.0, math.ceil(point_size * scale * 100) / 100))
    font.setBold(bold)
    return font


def font_pixels(font: QtGui.QFont) -> int:
    """The pixel size Qt renders ``font`` at (what a reader sees)."""
    return QtGui.QFontInfo(font).pixelSize()


def rgba(colour: str, alpha: int = 255) -> np.ndarray:
    return np.array([*theme.hex_to_rgb(colour), alpha], dtype=np.uint8)


def html_swatch(colour: str, glyph: str = "\u25CF", scale: float = 1.0) -> str:
    size = (LABEL_POINT_SIZE + 3) * scale
    return f'<span style="color:{colour}; font-size:{size:.1f}pt">{glyph}</span>'


def html_line(colour: str, dashed: bool = False) -> str:
    """A short line in ``colour`` for a text legend: solid, or dashed like a DashLine pen."""
    glyphs = "\u254D" if dashed else "\u2501"   # one glyph: four entries fit a 360 px panel
    return f'<span style="color:{colour}; font-weight:bold">{glyphs}</span>'


def white_background(widget: QtWidgets.QWidget) -> None:
    palette = QtGui.QPalette()    # only the window colour: the other roles follow the theme's
    palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(theme.BACKGROUND))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def widen(lo: float, hi: float) -> tuple[float, float]:
    if hi - lo < 1e-12:
        return lo - 0.5, hi + 0.5
    return lo, hi


def finite_range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    return widen(float(finite.min()), float(finite.max()))


def padded(lo: float, hi: float, margin: float = 0.08) -> tuple[float, float]:
    pad = (hi - lo) * margin
    return lo - pad, hi + pad


# --------------------------------------------------------------------------------------------
# Tick labels
# --------------------------------------------------------------------------------------------

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
    """A linear axis labelled by :func:`compact_tick_strings`, without auto SI prefixes.

    Its title may have shorter alternatives (:meth:`set_title`): a vertical axis shorter than
    its title shows the longest alternative that fits, and none rather than one that spills
    into the next plot (two stacked titles once read "accuracyloss").
    """

    _titles: tuple[str, ...] = ()          # class defaults: pyqtgraph resizes in __init__
    _title_style: dict = {}
    _shown_title: str | None = None

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def set_title(self, titles: tuple[str, ...] | str, font: QtGui.QFont, colour: str) -> None:
        """Title the axis with the first of ``titles`` that fits, in ``font``."""
        self._titles = (titles,) if isinstance(titles, str) else tuple(titles)
        self._title_style = {"color": colour}
        self.label.setFont(font)
        self._shown_title = None
        self._fit_title()

    def shown_title(self) -> str:
        """The title on screen now ("" when none fits)."""
        return self._shown_title or ""

    def _fit_title(self) -> None:
        if not self._titles:
            return
        metrics = QtGui.QFontMetricsF(self.label.font())
        length = self.height() if self.orientation in ("left", "right") else self.width()
        room = length - 4     # a little air at each end
        choice = ""
        if length <= 0:
            choice = self._titles[0]   # not laid out yet: decide on the first resize
        else:
            for title in self._titles:
                if metrics.horizontalAdvance(title) <= room:
                    choice = title
                    break
            else:
                # None fits: the shortest, elided, if enough of it is left to read.
                elided = metrics.elidedText(self._titles[-1], QtCore.Qt.TextElideMode.ElideRight,
                                            room)
                choice = elided if len(elided.rstrip("\u2026")) >= 4 else ""
        if choice == self._shown_title:
            return
        self._shown_title = choice
        if choice:
            self.setLabel(escape_html(choice), **self._title_style)
        else:
            self.showLabel(False)

    def resizeEvent(self, ev=None):  # noqa: N802 (Qt override)
        super().resizeEvent(ev)
        self._fit_title()

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph override)
        # pyqtgraph spaces major ticks by axis length alone; with large (presentation) text on
        # a short vertical axis the labels then overlap. Widen the major step (1, 2, 5, 10 ...)
        # until labels are 1.4 text heights apart; the old step stays as a minor level.
        levels = super().tickSpacing(minVal, maxVal, size)
        dif = abs(maxVal - minVal)
        if not levels or self.orientation not in ("left", "right") or size <= 0 or dif == 0:
            return levels
        font = self.style.get("tickFont") or QtGui.QFont()
        line = QtGui.QFontMetricsF(font).height()
        # 1.4 lines apart where the axis is tall enough for three labels so; else closer (1.1
        # lines still leaves a gap) rather than fewer than three.
        for need in (1.4 * line, 1.1 * line):
            major = levels[0][0]
            while major * size / dif < need and major < dif:
                power = 10.0 ** math.floor(math.log10(major) + 1e-9)
                m = round(major / power)
                major = (2 if m == 1 else 5 if m == 2 else 10) * power
            if dif / major >= 2.5:
                break
        if major == levels[0][0]:
            return levels
        return [(major, 0)] + [level for level in levels if level[0] < major][:1]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        if self.logMode:
            return super().tickStrings(values, scale, spacing)
        return [local(s) for s in compact_tick_strings([v * scale for v in values], spacing * scale)]

    def _updateWidth(self) -> None:  # noqa: N802 (pyqtgraph internal, pyqtgraph 0.13-0.14)
        # A self-sizing vertical axis leaves its label no gap after the widest number; add one
        # (the label is placed from the right edge, so it moves away from the numbers).
        super()._updateWidth()
        if self.fixedWidth is None and self.label.isVisible() and self.maximumWidth() > 0:
            width = self.maximumWidth() + _AXIS_LABEL_GAP
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)


class EpochAxis(CompactAxis):
    """A horizontal axis of epochs: whole numbers only, with thousands separators as the epoch
    counter writes them ("10,000"), and a step wide enough that no two labels touch (pyqtgraph
    spaced them by length alone: "2000400060008000" on a narrow panel, "x0.001" at epoch 0)."""

    GAP_EMS = 1.5     # the least room between two labels, in widths of "0"
    OVERHANG_PX = 30  # the first and last labels may reach this far past the axis ends

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        # Labels at the ends are half outside the axis: pyqtgraph hid them, leaving one label.
        self.setStyle(hideOverlappingLabels=self.OVERHANG_PX)

    _compact = False  # the labels as "5k", "10k": a pane too narrow for three "10,000"s

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph override)
        dif = abs(maxVal - minVal)
        if size <= 0 or dif == 0 or not math.isfinite(dif):
            return super().tickSpacing(minVal, maxVal, size)
        metrics = QtGui.QFontMetricsF(self.style.get("tickFont") or QtGui.QFont())
        biggest = max(abs(minVal), abs(maxVal))
        for compact in (False, True):
            widest = metrics.horizontalAdvance(self._label(biggest, compact))
            major = self._step(dif, size, widest + self.GAP_EMS * metrics.horizontalAdvance("0"))
            if dif / major >= 2:
                break
        self._compact = compact
        return [(major, 0)]

    @staticmethod
    def _step(dif: float, size: float, need: float) -> float:
        """The least whole step of 1, 2, 5, 10 … that puts ticks ``need`` pixels apart."""
        major = 1.0
        while major * size / dif < need:
            power = 10.0 ** math.floor(math.log10(major) + 1e-9)
            m = round(major / power)
            major = (2 if m == 1 else 5 if m == 2 else 10) * power
        return major

    @staticmethod
    def _label(value: float, compact: bool) -> str:
        if compact:
            return local(compact_tick_strings([value], 10 ** math.floor(math.log10(max(abs(value), 1))))[0])
        return local(f"{int(round(value)):,}")

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        values = [v * scale for v in values]
        if self._compact:
            return [local(s) for s in compact_tick_strings(values, spacing * scale)]
        return [local(f"{int(round(v)):,}") if math.isfinite(v) else str(v) for v in values]


class ReadableLogAxis(CompactAxis):
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
            strings.append(local(f"{10 ** v:.3g}") if mantissa in labelled else "")
        return strings


class ColorBar(pg.ColorBarItem):
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


class NoteItem(pg.GraphicsWidget):
    """A line of wrapped text that is part of a plot's layout (above the data, never over it).

    Its height follows the text: one line, or two when the plot is narrow; none when empty.
    """

    def __init__(self, colour: str = theme.TEXT) -> None:
        super().__init__()
        self._text = ""
        self.item = QtWidgets.QGraphicsTextItem(self)
        self.item.setDefaultTextColor(QtGui.QColor(colour))
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding,
                           QtWidgets.QSizePolicy.Policy.Fixed)
        self._refit()

    def set_text(self, text: str) -> None:
        self._text = text
        self.item.setPlainText(text)
        self.setVisible(bool(text))
        self._refit()

    def text(self) -> str:
        return self._text

    def setFont(self, font: QtGui.QFont) -> None:  # noqa: N802 (Qt override)
        self.item.setFont(font)
        self._refit()

    def font(self) -> QtGui.QFont:
        return self.item.font()

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(ev)
        self._refit()

    def _refit(self) -> None:
        width = self.size().width()
        if width > 20:
            self.item.setTextWidth(width)
        height = self.item.boundingRect().height() if self._text else 0.0
        if abs(self.minimumHeight() - height) > 0.5:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
