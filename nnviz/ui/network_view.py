"""The network diagram: every neuron a node, every weight an edge, inputs on the left.

A pure display widget: the window hands it numbers the engine computed, it never does network
math. Colour codes follow the theme everywhere: orange = negative, blue = positive.

* edge: colour = sign of the weight; thickness and colour strength (faded towards white) =
  |w| relative to the largest |w| shown;
* node ring: the bias, same colour code, ring width = |b| on the same scale as the weights;
* node fill: the activation for the selected sample (tint strength = |a| relative to the layer),
  with the value printed inside when the node is large enough.

Speed: the geometry is computed in :meth:`NetworkView.set_structure` and on resize only.
:meth:`NetworkView.set_values` just sorts the edges into a few pen buckets (sign x 32 widths) and
schedules a repaint; the paint draws each bucket with one ``drawLines`` call. Several calls
between two frames cost one paint. Nothing is laid out with a transform, so text stays at its
point size whatever the window size.

Teaching additions (issue 9): :meth:`NetworkView.set_show_weights` prints every weight on its
edge and every bias under its node (placed so no two labels overlap, up to
``MAX_LABELLED_EDGES`` edges); :meth:`NetworkView.show_phase` shows a step in phases (forward:
activations appear layer by layer; backward: δ in each node, edges coloured and sized by their
gradient; update: edges move from the old to the new weight), one at a time
(:meth:`NetworkView.next_phase`) or played by a timer (:meth:`NetworkView.play_phases`, with a
slow-motion speed), announcing each with ``phaseShown``; clicking an edge, a weight label or a
bias label (or double-clicking a node) opens an inline editor that emits ``weightEdited`` /
``biasEdited`` (the view never changes the model); :meth:`NetworkView.set_maps` draws each
neuron's activation over the plotted plane inside its node and ``nodeMapRequested`` asks the
window to show one large. Negative weights are also dashed (colour is never the only cue), node
numbers are dark or light for at least 4.5:1 contrast and are printed beside nodes too small to
hold them, and :meth:`NetworkView.set_text_scale` scales every text.

Display names: inputs and outputs use the names given; hidden neurons are ``h<layer>.<n>``
with ``n`` counted from 1 (``h1.3`` is the third neuron of hidden layer 1). Signals and the
public methods use 0-based indices, layer 0 being the inputs.
"""
from __future__ import annotations

import math
import time
from functools import lru_cache
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QMouseEvent, QPainter, QPalette, QPen,
                           QPixmap, QPolygonF)
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from nnviz.ui import theme
from nnviz.ui.panel_kit import steady_height

LEVELS = 32                # pen buckets per sign
# A weight this close to 0 is drawn as "zero": a thin grey dotted line. L1 drives weights to 0,
# but plain (sub-)gradient steps overshoot it by about lr·l1 each update, so they hover within a
# few thousandths of 0 rather than land on it exactly; 0.01 counts those as zero. Level -2.
ZERO_WEIGHT = 0.01
ZERO_COLOUR = "#8A8A8A"
LEGEND_ZERO = f"  ·  grey dotted = weight about 0 (|w| < {ZERO_WEIGHT:g})"
# At most this many edges are drawn, the strongest of each pair of layers in proportion: the
# largest network the panel allows (2-64x6-1) has 20,672 edges, which took 110 ms a paint
# (dashed lines are slow in Qt's raster engine) and show as a solid tangle anyway.
EDGE_BUDGET = 1200
MIN_EDGE_WIDTH = 0.5       # px, for |w| = 0
MAX_EDGE_WIDTH = 6.0       # px, for the largest |w| (less where nodes are packed tightly)
MIN_EDGE_STRENGTH = 0.12   # the smallest weight: 12 % colour, 88 % white
MAX_NODE_RADIUS = 30.0
MIN_NODE_RADIUS = 2.5
# Layers packed so tightly that a node is a dot (radius below this, e.g. 32 or 64 neurons):
# drawn as dots in a few shades, one call per shade, without the bias ring nobody could see at
# that size (the values are in the hover text). One antialiased ellipse and pen per node made
# the diagram of a 6x64 network take 25-70 ms a paint.
DOT_RADIUS = 4.5
DOT_SHADES = 12
LABEL_POINT_SIZE = theme.BASE_POINT_SIZE + 1   # feature / class names beside the nodes
HEADER_POINT_SIZE = theme.BASE_POINT_SIZE       # "Input", "Hidden 1", ... above the columns
VALUE_POINT_SIZES = (13, 12, 11, 10, 9)         # activation inside a node (bold): largest that fits
DRAFT_AFTER_MS = 4.0       # antialiased edges slower than this to paint ...
DRAFT_INTERVAL_S = 0.1     # ... while set_values comes faster than this or a run goes: draw them aliased
SETTLE_MS = 150            # and repaint antialiased once the updates pause this long
SELECTION_COLOUR = theme.TEXT
NEGATIVE_TEXT = "#A34500"   # negative numbers on white: the weights' orange, darkened to 6:1 contrast
NAN_COLOUR = theme.ERROR_COLOUR

MAX_LABELLED_EDGES = 60    # weight labels on edges up to this many edges (hover beyond)
LABEL_BOX_COLOUR = QColor(255, 255, 255, 225)   # behind weight/bias labels and outside numbers
PHASE_STEP_MS = (450, 1600)       # per phase: normal, slow motion
UPDATE_ANIMATION_MS = (500, 2000)
ANIMATION_TICK_MS = 30
DASH = (5.0, 3.0)          # negative weights: dash and gap in px (at least)

LEGEND_TEXT = "orange dashed = negative weight, blue = positive, thickness = size"
LEGEND_EXTRA = "  ·  ring = bias  ·  fill = activation"   # shown when the line is wide enough


LEGEND_MAPS = "  ·  ring = bias  ·  maps: orange low, blue high"


def _legend_html(extra: bool, extra_text: str = LEGEND_EXTRA) -> str:
    html = (
        f'<span style="color:{theme.NEGATIVE}"><b>orange dashed</b></span> = negative weight, '
        f'<span style="color:{theme.POSITIVE}"><b>blue</b></span> = positive, thickness = size'
    )
    return html + (extra_text.replace("  ", " &nbsp;") if extra else "")


def format_value(v: float) -> str:
    """Four decimals (``-0.4132``); scientific notation only for huge values; ``nan`` as is."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if abs(v) >= 1e5:
        return f"{v:.4e}"
    text = f"{v:.4f}"
    return "0.0000" if text == "-0.0000" else text


def _short_value(v: float) -> str:
    """The value printed inside a node: at most 5 characters."""
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if abs(v) < 9.995:
        text = f"{v:.2f}"
        return "0.00" if text == "-0.00" else text
    if abs(v) < 999.5:
        return f"{v:.0f}"
    return f"{v:.0e}".replace("e+0", "e").replace("e+", "e")   # 6e14, not 6e+14: fits a node


def _edge_value(v: float) -> str:
    """A weight or bias printed on the diagram: 3 decimals below 10 (0.293 moves visibly
    from 0.300 after one OR step), fewer for bigger values, at most 6 characters."""
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    for limit, spec in ((9.9995, ".3f"), (99.995, ".2f"), (999.95, ".1f")):
        if abs(v) < limit:
            text = format(v, spec)
            return text[1:] if text.startswith("-") and float(text) == 0 else text
    return f"{v:.0e}".replace("e+0", "e").replace("e+", "e")


def _small_value(v: float) -> str:
    """A δ or gradient, which is often below 0.01: ``-4e-3`` rather than ``0.00``."""
    if math.isfinite(v) and v != 0 and abs(v) < 0.00995:
        mant, exp = f"{v:.0e}".split("e")
        return f"{mant}e{int(exp)}"
    return ""


def _luminance(c: QColor) -> float:
    """WCAG relative luminance."""
    def lin(u: float) -> float:
        return u / 12.92 if u <= 0.04045 else ((u + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def text_colour_on(fill: QColor) -> QColor:
    """Dark or light text for a number on ``fill``: the theme's text or white, whichever
    contrasts more; pure black when neither reaches 4.5:1."""
    dark, light = QColor(theme.TEXT), QColor(theme.BACKGROUND)
    best = max((dark, light), key=lambda c: contrast(c, fill))
    return best if contrast(best, fill) >= 4.5 else QColor("#000000")


def _diverging_lut() -> np.ndarray:
    """256 RGB entries: orange (low) → white → blue (high), the weights' colours."""
    neg, pos = np.array(theme.hex_to_rgb(theme.NEGATIVE), float), np.array(theme.hex_to_rgb(theme.POSITIVE), float)
    white = np.array([255.0, 255.0, 255.0])
    t = np.linspace(-1, 1, 256)[:, None]
    lut = np.where(t < 0, white + (neg - white) * -t, white + (pos - white) * t)
    return np.round(lut).astype(np.uint8)


MAP_LUT = _diverging_lut()


def map_image(values: np.ndarray, lo: float, hi: float) -> QImage:
    """An RGB image of a neuron's map: ``lo`` orange, the middle white, ``hi`` blue; row 0 of
    ``values`` (the bottom of the plane) at the bottom of the image."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=(lo + hi) / 2)
    span = hi - lo if hi > lo else 1.0
    idx = np.clip(((v - lo) / span * 255).round(), 0, 255).astype(np.intp)
    rgb = np.ascontiguousarray(MAP_LUT[idx[::-1]])
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return image.copy()     # own the pixels: rgb is freed when this returns


@lru_cache(maxsize=16)
def _disc_mask(d: int) -> QImage:
    """An antialiased opaque disc filling a ``d``×``d`` transparent square (a mask for
    CompositionMode_DestinationIn)."""
    mask = QImage(d, d, QImage.Format.Format_ARGB32_Premultiplied)
    mask.fill(Qt.GlobalColor.transparent)
    q = QPainter(mask)
    q.setRenderHint(QPainter.RenderHint.Antialiasing)
    q.setPen(Qt.PenStyle.NoPen)
    q.setBrush(QColor(0, 0, 0))
    q.drawEllipse(QRectF(0, 0, d, d))
    q.end()
    return mask


def map_range(values: np.ndarray) -> tuple[float, float]:
    """The colour range of a layer's maps: [0, 1] for outputs within it (sigmoid, softmax),
    symmetric around 0 when they go negative (tanh, linear), [0, max] otherwise (ReLU)."""
    finite = values[np.isfinite(values)]
    if not finite.size:
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    if lo >= 0.0 and hi <= 1.0:
        return 0.0, 1.0
    if lo < 0.0:
        m = max(abs(lo), abs(hi), 1e-9)
        return -m, m
    return 0.0, max(hi, 1e-9)


def _mix(colour: QColor, amount: float) -> QColor:
    """``colour`` blended into white; ``amount`` 0 = white, 1 = ``colour``."""
    a = min(max(amount, 0.0), 1.0)
    return QColor(
        round(255 + (colour.red() - 255) * a),
        round(255 + (colour.green() - 255) * a),
        round(255 + (colour.blue() - 255) * a),
    )


@dataclass
class _Layout:
    """Geometry in canvas pixels, recomputed on set_structure and resize."""

    xs: list[float] = field(default_factory=list)             # column x per layer
    ys: list[np.ndarray] = field(default_factory=list)        # node y per layer
    radii: list[float] = field(default_factory=list)
    value_fonts: list[QFont | None] = field(default_factory=list)  # None: no text fits inside
    show_in_labels: bool = False
    show_out_labels: bool = False
    in_labels: list[str] = field(default_factory=list)        # elided to fit
    out_labels: list[str] = field(default_factory=list)
    headers: list[tuple[str, QRectF]] = field(default_factory=list)
    max_widths: list[float] = field(default_factory=list)     # widest edge per layer pair
    lines: list["_Lines"] = field(default_factory=list)   # per pair, row-major (i, j), made when used
    segments: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))  # all edges x0 y0 x1 y1
    weight_rects: list[list[QRectF]] = field(default_factory=list)  # per pair, row-major; empty: no labels
    bias_rects: list[list[QRectF]] = field(default_factory=list)    # per node layer (layer 0 empty)
    outside_values: list[bool] = field(default_factory=list)       # number beside the node, not inside
    # with every layer's numbers beside its nodes (a map fills them), this layer's run into
    # nothing of another layer
    outside_ok: list[bool] = field(default_factory=list)


class _Lines:
    """The QLineF of each edge between two layers, made when first asked for: a 64×64 pair has
    4,096 edges, most never drawn (see EDGE_BUDGET), and making them all took 30-70 ms at each
    resize of the largest network."""

    def __init__(self, segments: np.ndarray) -> None:
        self._segments = segments
        self._made: dict[int, QLineF] = {}

    def __len__(self) -> int:
        return len(self._segments)

    def __getitem__(self, i: int) -> QLineF:
        line = self._made.get(i)
        if line is None:
            x1, y1, x2, y2 = self._segments[i].tolist()
            line = self._made[i] = QLineF(x1, y1, x2, y2)
        return line

    def __iter__(self):
        return (self[i] for i in range(len(self)))


class _Canvas(QWidget):
    """The painted diagram; forwards paint, resize, mouse and tooltip events to its NetworkView."""

    def __init__(self, owner: "NetworkView") -> None:
        super().__init__(owner)
        self._owner = owner
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            self._owner._paint(painter)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        # Laid out when next needed (the paint, a hit test): one click that settles the
        # window's layouts resized the diagram two or three times, each relayout 3 ms.
        self._owner._layout_stale = True
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner._on_click(event.position())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner._on_double_click(event.position())
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._owner._on_hover(event.position())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._owner._hover = None
        super().leaveEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._owner.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class _Editor(QLineEdit):
    """The inline editor for one weight or bias: Enter commits, Esc or leaving cancels."""

    def __init__(self, owner: "NetworkView", parent: QWidget) -> None:
        super().__init__(parent)
        self._owner = owner
        self.target: tuple | None = None       # ("w", l, i, j) or ("b", layer, j)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.returnPressed.connect(owner._commit_edit)
        self.hide()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._owner.cancel_edit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.isVisible():
            self._owner.cancel_edit()


class NetworkView(QWidget):
    """The network as a diagram of nodes and weighted edges, coloured by sign and size.

    Call :meth:`set_structure` once per architecture, then :meth:`set_values` as often as the
    trainer produces snapshots (it is cheap). ``nodeSelected(layer, index)`` is emitted when a
    node is clicked (layer 0 = inputs); ``selectionCleared`` when empty space is clicked.
    """

    nodeSelected = Signal(int, int)
    selectionCleared = Signal()
    weightEdited = Signal(int, int, int, float)   # l, i, j, value: weights[l][i, j] (from layer l to l + 1)
    biasEdited = Signal(int, int, float)          # layer, j, value: the bias of node (layer, j) = biases[layer - 1][j]
    nodeMapRequested = Signal(int, int)           # layer, index: hovered or clicked, with maps set
    phaseShown = Signal(str, int)                 # phase ("forward", "backward", "update", "" = none), layer (-1: all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: list[int] = []
        self._input_names: list[str] = []
        self._output_names: list[str] = []
        self._use_bias = True
        self._weights: list[np.ndarray] | None = None
        self._biases: list[np.ndarray] | None = None
        self._activations: list[np.ndarray] | None = None
        self._selected: tuple[int, int] | None = None
        self._layout_stale = False   # the canvas was resized since the last layout (see _layout)
        self._layout = _Layout()
        # set by set_values: per pair, a list of (pen, lines) groups in drawing order
        self._edge_groups: list[list[tuple[QPen, list[QLineF]]]] = []
        self._edge_levels: list[np.ndarray] = []   # per pair: bucket level per edge, -1 = nan, -2 = about 0
        self._weight_scale = 0.0
        self._pen_cache: dict[tuple[int, int, float], QPen] = {}
        self._zero_edges = False   # some weight is about 0 (the legend says how it looks)
        self._steady = False       # a run is under way: the legend keeps its height (set_steady)
        # Draft mode: a dense network updated quickly or during a run is drawn without edge
        # antialiasing (2-6x faster), then once more antialiased when the updates pause.
        self.allow_draft = True
        self._draft = False
        self._last_values_time = -1.0
        self._edge_paint_ms = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._end_draft)

        # Teaching state (issue 9).
        self._scale = 1.0
        self._show_weights = False
        self._maps: list[list[QImage] | None] | None = None
        self._hover: tuple[int, int] | None = None
        self._step = None                       # PhaseData-like: see set_step
        self._phase: str | None = None
        self._phase_layer: int | None = None
        self._phase_t = 1.0                     # update animation: 0 = old weights, 1 = new
        self._phase_index = -1                  # position in phase_sequence()
        self._slow = False
        self._playing = False
        self._play_timer = QTimer(self)
        self._play_timer.setSingleShot(True)
        self._play_timer.timeout.connect(self._play_next)
        self._anim_timer = QTimer(self)
        self._anim_timer.setInterval(ANIMATION_TICK_MS)
        self._anim_timer.timeout.connect(self._animate)
        self._anim_start = 0.0

        self._box_cache: dict = {}
        self._sprite_cache: dict = {}   # _dot_sprite
        self._build_fonts()

        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        self.setPalette(palette)

        self._canvas = _Canvas(self)
        self._legend = QLabel(_legend_html(True), self)
        self._legend.setWordWrap(True)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._legend.setStyleSheet(f"color: {theme.MUTED};")
        self._editor = _Editor(self, self._canvas)
        self._apply_legend_font()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._legend, 0)

    # ------------------------------------------------------------------ public API

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    # The diagram draws nothing for keyboard focus, so gaining or losing it repaints nothing
    # (Qt's default repaints the whole widget: 5 ms every time a button takes the focus).
    def focusInEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, 220)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._update_legend()
        super().resizeEvent(event)

    def _update_legend(self, zero_line: bool | None = None) -> None:
        """The legend under the diagram; ``zero_line`` forces the weights-about-0 line in or out
        (default: shown when some weight is about 0)."""
        maps = bool(self._maps)
        extra = LEGEND_MAPS if maps else LEGEND_EXTRA
        fm = QFontMetricsF(self._legend.font())
        full = fm.horizontalAdvance(LEGEND_TEXT + extra) + 12  # + the bold words
        html = _legend_html(full <= self.width() - 16, extra)
        if getattr(self, "_zero_edges", False) if zero_line is None else zero_line:   # weights about 0 (L1): how they look
            html += "<br>" + LEGEND_ZERO.strip(" ·").replace("<", "&lt;")
        edges = self.edge_count()
        if edges > EDGE_BUDGET:
            html += f"<br>the strongest {self.drawn_edge_count():,} of {edges:,} weights drawn (hover for any)"
        self._legend.setText(html)
        steady_height(self._legend, self._steady)

    def _edge_quotas(self) -> list[int]:
        """How many edges of each pair of layers are drawn: all of them up to EDGE_BUDGET in
        total, else each pair's share of the budget (its strongest)."""
        pairs = [a * b for a, b in zip(self._sizes, self._sizes[1:])]
        share = min(1.0, EDGE_BUDGET / sum(pairs)) if pairs else 1.0
        return [n if share >= 1.0 else max(1, int(n * share)) for n in pairs]

    def drawn_edge_count(self) -> int:
        """How many of them are drawn (all up to EDGE_BUDGET, then the strongest)."""
        return sum(self._edge_quotas())

    def set_steady(self, steady: bool) -> None:
        """While a run goes, the legend under the diagram keeps the most height it has needed
        and its weights-about-0 line, once shown, stays until the run ends: weights crossing
        0.01 made the line come and go every few frames, and each time the window re-laid
        itself out."""
        self._steady = bool(steady)
        if self._steady:   # room for that line from the start, so that it never moves the diagram
            self._update_legend(zero_line=True)
            self._update_legend()
        steady_height(self._legend, self._steady)
        if not self._steady:
            self._show_zero_line()
            if self._draft:
                self._settle.start()   # antialiased again once the last frame has settled

    def _show_zero_line(self) -> None:
        zeros = any((lv == -2).any() for lv in self._edge_levels)
        if zeros != self._zero_edges and (zeros or not self._steady):
            self._zero_edges = zeros
            self._update_legend()

    def legend_text(self) -> str:
        """The legend line as shown (rich text)."""
        return self._legend.text()

    def viewport(self) -> QWidget:
        """The widget the diagram is painted on (the one to click in tests)."""
        return self._canvas

    def set_structure(
        self,
        layer_sizes: list[int],
        input_names: list[str],
        output_names: list[str],
        use_bias: bool = True,
    ) -> None:
        """Lay out a new architecture; forgets the values and the selection.

        ``layer_sizes`` counts neurons per layer, inputs first, outputs last (at least 2 layers).
        Empty name lists get defaults (``x1``.., ``y1``..).
        """
        sizes = [int(n) for n in layer_sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"need at least an input and an output layer of size >= 1, got {sizes}")
        input_names = list(input_names) or [f"x{i + 1}" for i in range(sizes[0])]
        output_names = list(output_names) or [f"y{i + 1}" for i in range(sizes[-1])]
        if len(input_names) != sizes[0]:
            raise ValueError(f"{len(input_names)} input names for {sizes[0]} inputs")
        if len(output_names) != sizes[-1]:
            raise ValueError(f"{len(output_names)} output names for {sizes[-1]} outputs")
        self._sizes = sizes
        self._input_names = [str(n) for n in input_names]
        self._output_names = [str(n) for n in output_names]
        self._use_bias = bool(use_bias)
        self._weights = self._biases = self._activations = None
        self._selected = None
        self._weight_scale = 0.0
        # A new architecture: the old step, phase, maps and open editor no longer apply.
        self.cancel_edit()
        self.stop_phases()
        self._anim_timer.stop()
        self._step, self._phase, self._phase_layer, self._phase_index, self._phase_t = None, None, None, -1, 1.0
        self._maps = None
        self._hover = None
        self._draft, self._edge_paint_ms = False, 0.0
        self._relayout()

    def set_values(
        self,
        weights: list[np.ndarray],
        biases: list[np.ndarray] | None,
        activations: list[np.ndarray] | None = None,
    ) -> None:
        """Show new numbers. ``weights[l]``: ``(n_l, n_{l+1})``; ``biases[l]``: ``(n_{l+1},)``;
        ``activations``: one 1-D array per layer including the inputs, or None.

        Raises ValueError on a count or shape that does not match the structure.
        """
        sizes = self._sizes
        if not sizes:
            raise ValueError("set_structure must be called before set_values")
        pairs = len(sizes) - 1
        if len(weights) != pairs:
            raise ValueError(f"expected {pairs} weight matrices, got {len(weights)}")
        ws = []
        for l, w in enumerate(weights):
            w = np.array(w, dtype=float)
            if w.shape != (sizes[l], sizes[l + 1]):
                raise ValueError(f"weights[{l}] has shape {w.shape}, expected {(sizes[l], sizes[l + 1])}")
            ws.append(w)
        bs = None
        if biases is not None:
            if len(biases) != pairs:
                raise ValueError(f"expected {pairs} bias vectors, got {len(biases)}")
            bs = []
            for l, b in enumerate(biases):
                b = np.array(b, dtype=float)
                if b.shape != (sizes[l + 1],):
                    raise ValueError(f"biases[{l}] has shape {b.shape}, expected {(sizes[l + 1],)}")
                bs.append(b)
        acts = None
        if activations is not None:
            if len(activations) != len(sizes):
                raise ValueError(f"expected {len(sizes)} activation vectors (inputs included), got {len(activations)}")
            acts = []
            for l, a in enumerate(activations):
                a = np.array(a, dtype=float)
                if a.shape != (sizes[l],):
                    raise ValueError(f"activations[{l}] has shape {a.shape}, expected {(sizes[l],)}")
                acts.append(a)
        self._weights, self._biases, self._activations = ws, (bs if self._use_bias else None), acts
        finite = [np.abs(w[np.isfinite(w)]) for w in ws]
        self._weight_scale = max((float(f.max()) for f in finite if f.size), default=0.0)
        self._edge_levels = []
        for w in ws:
            with np.errstate(invalid="ignore", divide="ignore"):
                t = np.abs(w) / self._weight_scale if self._weight_scale > 0 else np.zeros_like(w)
            level = np.rint(np.nan_to_num(t, nan=0.0, posinf=1.0) * (LEVELS - 1)).astype(np.int64)
            level = np.clip(level, 0, LEVELS - 1)
            level[~np.isfinite(w)] = -1
            level[np.abs(w) < ZERO_WEIGHT] = -2
            self._edge_levels.append(level.ravel())
        self._show_zero_line()
        self._group_edges()
        now = time.perf_counter()
        rapid = now - self._last_values_time < DRAFT_INTERVAL_S
        if self.allow_draft and (rapid or self._steady) and self._edge_paint_ms > DRAFT_AFTER_MS:
            self._draft = True
            if not self._steady:   # a run ends drafting in set_steady(False)
                self._settle.start()
        self._last_values_time = now
        self._canvas.update()

    def is_draft(self) -> bool:
        """True while edges are drawn without antialiasing because updates come fast."""
        return self._draft

    def selected(self) -> tuple[int, int] | None:
        return self._selected

    def set_selected(self, layer: int, index: int) -> None:
        """Select a node from code (no signal)."""
        self._check_node(layer, index)
        self._selected = (layer, index)
        self._canvas.update()

    def select_node(self, layer: int, index: int) -> None:
        """Select a node from code, e.g. the neuron a lesson's beat explains (no signal)."""
        self.set_selected(layer, index)

    # ------------------------------------------------------------------ text scale

    def _build_fonts(self) -> None:
        sc = self._scale
        self._label_font = QFont()
        self._label_font.setPointSizeF(LABEL_POINT_SIZE * sc)
        self._header_font = QFont()
        self._header_font.setPointSizeF(HEADER_POINT_SIZE * sc)
        self._weight_font = QFont()
        self._weight_font.setPointSizeF((theme.BASE_POINT_SIZE - 1) * sc)
        self._value_fonts = []
        for size in VALUE_POINT_SIZES:
            font = QFont()
            font.setPointSizeF(size * sc)
            font.setBold(True)
            fm = QFontMetricsF(font)
            self._value_fonts.append((font, fm.horizontalAdvance("-0.00"), fm.height()))

    def _apply_legend_font(self) -> None:
        font = QFont()
        font.setPointSizeF(theme.BASE_POINT_SIZE * self._scale)
        self._legend.setFont(font)
        self._editor.setFont(self._label_font)

    def set_text_scale(self, factor: float) -> None:
        """One factor for every text of the diagram: names, headers, legend, weight and bias
        labels and the numbers in (or beside) the nodes. Node numbers never go below 9 pt times
        the factor: where they do not fit inside a node they are printed beside it."""
        self._scale = max(0.5, float(factor))
        self._build_fonts()
        self._apply_legend_font()
        self._relayout()
        self._update_legend()

    def text_scale(self) -> float:
        return self._scale

    def node_value_font(self, layer: int) -> QFont:
        """The font of the numbers of a layer's nodes (inside or beside them)."""
        fonts = self._layout.value_fonts
        return fonts[layer] if fonts and fonts[layer] is not None else self._value_fonts[-1][0]

    # ------------------------------------------------------------------ weight labels

    def set_show_weights(self, on: bool) -> None:
        """Print each weight on its edge and each bias under its node (networks with at most
        ``MAX_LABELLED_EDGES`` edges; bigger ones keep the hover text)."""
        self._show_weights = bool(on)
        self._relayout()

    def show_weights(self) -> bool:
        return self._show_weights

    def weights_labelled(self) -> bool:
        """True when the weights are printed now (on and the network small enough)."""
        return self._show_weights and bool(self._layout.weight_rects)

    def weight_label_rect(self, l: int, i: int, j: int) -> QRectF:
        """Where the label of weight (l, i, j) is drawn, in viewport coordinates."""
        return QRectF(self._layout.weight_rects[l][i * self._sizes[l + 1] + j])

    def bias_label_rect(self, layer: int, j: int) -> QRectF:
        return QRectF(self._layout.bias_rects[layer][j])

    def weight_label_text(self, l: int, i: int, j: int) -> str:
        """The text on edge (l, i, j) as drawn now (the weight, its gradient in the backward
        phase, the moving weight in the update phase)."""
        w = self._shown_weights()
        if self._phase == "backward" and self._step is not None and self._edge_has_grad(l):
            g = float(self._step.weight_grads[l][i, j])
            return "∂" + (_small_value(g) or _edge_value(g))
        return "" if w is None else _edge_value(float(w[l][i, j]))

    def bias_label_text(self, layer: int, j: int) -> str:
        b = self._shown_biases()
        return "" if b is None else "b=" + _edge_value(float(b[layer - 1][j]))

    # ------------------------------------------------------------------ editing

    def editor(self) -> QLineEdit:
        """The inline editor (hidden when not editing)."""
        return self._editor

    def editing(self) -> tuple | None:
        """("w", l, i, j) or ("b", layer, j) while the editor is open, else None."""
        return self._editor.target if self._editor.isVisible() else None

    def edit_weight(self, l: int, i: int, j: int, at: QPointF | None = None) -> None:
        """Open the editor on weight (l, i, j) (from node (l, i) to node (l + 1, j))."""
        self._check_node(l, i)
        self._check_node(l + 1, j)
        value = None if self._weights is None else float(self._weights[l][i, j])
        if at is None:
            a, b = self._layout.lines[l][i * self._sizes[l + 1] + j].p1(), self._layout.lines[l][i * self._sizes[l + 1] + j].p2()
            at = (a + b) / 2
        self._open_editor(("w", l, i, j), value, at, f"new value for {self.edge_tooltip(l, i, j).split(' = ')[0]}")

    def edit_bias(self, layer: int, j: int) -> None:
        """Open the editor on the bias of node (layer, j), layer ≥ 1."""
        self._check_node(layer, j)
        if layer == 0 or not self._use_bias:
            return
        value = None if self._biases is None else float(self._biases[layer - 1][j])
        at = QPointF(self._layout.xs[layer], float(self._layout.ys[layer][j]) + self._layout.radii[layer] + 10)
        self._open_editor(("b", layer, j), value, at, f"new bias for {self._edge_end(layer, j)}")

    def cancel_edit(self) -> None:
        if self._editor.isVisible():
            self._editor.target = None
            self._editor.hide()

    def _open_editor(self, target: tuple, value: float | None, at: QPointF, tip: str) -> None:
        ed = self._editor
        ed.target = target
        ed.setText("" if value is None or not math.isfinite(value) else f"{value:.6g}")
        ed.setToolTip(tip + ": type a number, Enter to apply, Esc to cancel")
        ed.setStyleSheet("")
        fm = QFontMetricsF(ed.font())
        w, h = fm.horizontalAdvance("-0.000000") + 16, fm.height() + 8
        x = min(max(at.x() - w / 2, 0.0), self._canvas.width() - w)
        y = min(max(at.y() - h / 2, 0.0), self._canvas.height() - h)
        ed.setGeometry(int(x), int(y), int(w), int(h))
        ed.show()
        ed.raise_()
        ed.setFocus()
        ed.selectAll()

    def _commit_edit(self) -> None:
        ed = self._editor
        target = ed.target
        try:
            value = float(ed.text().strip().replace("−", "-").replace(",", "."))
        except ValueError:
            value = float("nan")
        if target is None:
            return
        if not math.isfinite(value):
            ed.setStyleSheet(f"border: 2px solid {theme.ERROR_COLOUR};")
            ed.setToolTip("Type a number, e.g. 0 or -0.5 (Esc cancels)")
            QToolTip.showText(ed.mapToGlobal(QPoint(0, ed.height())), ed.toolTip(), ed)
            return
        ed.target = None
        ed.hide()
        if target[0] == "w":
            self.weightEdited.emit(target[1], target[2], target[3], value)
        else:
            self.biasEdited.emit(target[1], target[2], value)

    # ------------------------------------------------------------------ per-neuron maps

    def set_maps(self, maps: list[np.ndarray] | None) -> None:
        """Each neuron's activation over the two plotted inputs, drawn inside its node: one
        array ``(n_neurons, m, m)`` per layer, inputs first (as in ``Frame.maps``) or without the
        inputs; row 0 is the bottom of the plane. None removes them. Colours per layer: orange =
        low, white = middle, blue = high (see :func:`map_range`)."""
        if maps is None:
            self._maps = None
            self._canvas.update()
            return
        sizes = self._sizes
        if len(maps) == len(sizes) - 1:
            maps = [None] + list(maps)
        if len(maps) != len(sizes):
            raise ValueError(f"expected {len(sizes)} layers of maps (inputs first), got {len(maps)}")
        images: list[list[QImage] | None] = []
        for l, m in enumerate(maps):
            if m is None:
                images.append(None)
                continue
            m = np.asarray(m)
            if m.ndim != 3 or m.shape[0] != sizes[l] or m.shape[1] != m.shape[2]:
                raise ValueError(f"maps[{l}] has shape {m.shape}, expected ({sizes[l]}, m, m)")
            lo, hi = map_range(m)
            images.append([map_image(m[k], lo, hi) for k in range(sizes[l])])
        self._maps = images
        self._map_pixmaps = {}
        self._canvas.update()
        self._update_legend()

    def _map_pixmap(self, layer: int, index: int, image: QImage, radius: float) -> QPixmap:
        """A neuron's map as an antialiased disc of ``radius``, cached until the maps change:
        the map scaled into a square, then cut to the disc by a mask drawn once per size (an
        antialiased ellipse filled with an image brush cost 0.2 ms a node, twice a frame's
        worth of the diagram's paint with the maps refreshed 10 times a second)."""
        d = max(1, int(round(2 * radius)))
        cache = self.__dict__.setdefault("_map_pixmaps", {})
        key = (layer, index, d)
        pm = cache.get(key)
        if pm is None:
            square = image.scaled(d, d, Qt.AspectRatioMode.IgnoreAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            out = QImage(d, d, QImage.Format.Format_ARGB32_Premultiplied)
            out.fill(Qt.GlobalColor.transparent)
            q = QPainter(out)
            q.drawImage(0, 0, square)
            q.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
            q.drawImage(0, 0, _disc_mask(d))
            q.end()
            pm = QPixmap.fromImage(out)
            cache[key] = pm
        return pm

    def has_map(self, layer: int, index: int) -> bool:
        return bool(self._maps and self._maps[layer] is not None)

    def node_map(self, layer: int, index: int) -> QImage | None:
        """The thumbnail drawn in node (layer, index), or None."""
        return self._maps[layer][index] if self.has_map(layer, index) else None

    def _on_hover(self, pos: QPointF) -> None:
        node = self._node_at(pos)
        if node != self._hover:
            self._hover = node
            if node is not None and self.has_map(*node):
                self.nodeMapRequested.emit(*node)

    # ------------------------------------------------------------------ phases of a step

    def set_step(self, data) -> None:
        """The numbers of the step the phases show: an object with ``activations`` (per layer,
        inputs first, 1-D), ``deltas`` (per non-input layer, 1-D), ``weight_grads``,
        ``bias_grads`` (or None), ``weights_before``, ``weights_after``, ``biases_before``,
        ``biases_after`` (or None) — e.g. :func:`nnviz.core.explain.phase_data`. None forgets
        it (and leaves the phases)."""
        self._step = data
        if data is None:
            self.show_phase(None)
        self._canvas.update()

    def phase_sequence(self) -> list[tuple[str, int]]:
        """The phases one step goes through: forward layer 1 … L, backward L … 1, update."""
        L = len(self._sizes) - 1
        return ([("forward", k) for k in range(1, L + 1)] + [("backward", k) for k in range(L, 0, -1)]
                + [("update", -1)])

    def phase(self) -> tuple[str | None, int | None]:
        return self._phase, self._phase_layer

    def set_slow_motion(self, on: bool) -> None:
        """Slow motion: longer pauses between phases and a slower update, for narrating."""
        self._slow = bool(on)

    def slow_motion(self) -> bool:
        return self._slow

    def show_phase(self, phase: str | None, layer: int | None = None, animate: bool = True) -> None:
        """Show one phase of the step: ``"forward"`` up to ``layer`` (activations of later layers
        hidden), ``"backward"`` from the output down to ``layer`` (δ in the nodes, edges coloured
        and sized by ∂L/∂w), ``"update"`` (edges move from the old to the new weight; animated
        unless ``animate`` is False), or None (the normal view). ``layer`` None means all layers.
        ``phaseShown`` is emitted once the phase is on screen (for the update: when it ends)."""
        if phase not in (None, "forward", "backward", "update"):
            raise ValueError(f"unknown phase {phase!r}: use 'forward', 'backward', 'update' or None")
        if phase is not None and self._step is None and phase != "forward":
            phase = None                                    # nothing to show yet
        L = len(self._sizes) - 1
        if layer is None or layer < 0:
            layer = L if phase == "forward" else 1
        layer = min(max(int(layer), 1), max(L, 1))
        self._phase = phase
        self._phase_layer = None if phase in (None, "update") else layer
        if phase is None:
            self._phase_index = -1
        elif (phase, self._phase_layer if phase != "update" else -1) in self.phase_sequence():
            self._phase_index = self.phase_sequence().index((phase, self._phase_layer if phase != "update" else -1))
        self._anim_timer.stop()
        if phase == "update" and animate:
            self._phase_t = 0.0
            self._anim_start = time.perf_counter()
            self._anim_timer.start()
            self._canvas.update()
            return
        self._phase_t = 1.0
        self._canvas.update()
        self._announce()

    def next_phase(self) -> tuple[str, int] | None:
        """Advance one phase (what PageDown does in a presentation); after the update, back to
        the normal view (returns None)."""
        seq = self.phase_sequence()
        k = self._phase_index + 1
        if k >= len(seq) or (self._step is None and seq[k][0] != "forward"):
            self.show_phase(None)
            return None
        phase, layer = seq[k]
        self.show_phase(phase, layer)
        return phase, layer

    def play_phases(self, slow: bool | None = None) -> None:
        """Play every phase of the step in order, one after the other, then the normal view."""
        if slow is not None:
            self._slow = bool(slow)
        self._playing = True
        self._phase_index = -1
        self._play_next()

    def stop_phases(self) -> None:
        self._playing = False
        self._play_timer.stop()

    def playing(self) -> bool:
        return self._playing

    def _play_next(self) -> None:
        if not self._playing:
            return
        if self.next_phase() is None:
            self._playing = False

    def _announce(self) -> None:
        self.phaseShown.emit(self._phase or "", -1 if self._phase_layer is None else self._phase_layer)
        if self._playing and self._phase is not None:
            self._play_timer.start(PHASE_STEP_MS[self._slow])

    def _animate(self) -> None:
        ms = (time.perf_counter() - self._anim_start) * 1000
        self._phase_t = min(ms / UPDATE_ANIMATION_MS[self._slow], 1.0)
        self._canvas.update()
        if self._phase_t >= 1.0:
            self._anim_timer.stop()
            self._announce()

    def _edge_has_grad(self, l: int) -> bool:
        """In the backward phase, the gradient of weights[l] is known once δ of layer l + 1 is."""
        return self._phase == "backward" and l + 1 >= (self._phase_layer or 1)

    def _shown_weights(self) -> list[np.ndarray] | None:
        if self._phase == "update" and self._step is not None:
            t = self._phase_t
            return [a + (b - a) * t for a, b in zip(self._step.weights_before, self._step.weights_after)]
        if self._phase in ("forward", "backward") and self._step is not None:
            return self._step.weights_before
        return self._weights

    def _shown_biases(self) -> list[np.ndarray] | None:
        if not self._use_bias:
            return None
        st = self._step
        if self._phase == "update" and st is not None and st.biases_before is not None:
            t = self._phase_t
            return [a + (b - a) * t for a, b in zip(st.biases_before, st.biases_after)]
        if self._phase in ("forward", "backward") and st is not None and st.biases_before is not None:
            return st.biases_before
        return self._biases

    def phase_caption(self) -> str:
        """The line drawn under the diagram during a phase (empty otherwise)."""
        L = len(self._sizes) - 1
        if self._phase == "forward":
            k = self._phase_layer
            return f"Forward pass: layer {k} of {L} — z = Σ w·a + b, then a = f(z)"
        if self._phase == "backward":
            return (f"Backward pass: layer {self._phase_layer} — δ in each node; edges coloured and "
                    "sized by ∂L/∂w (dashed = negative)")
        if self._phase == "update":
            return "Update: every weight moves from its old to its new value (w ← w − lr·∂L/∂w)"
        return ""

    def node_count(self) -> int:
        return sum(self._sizes)

    def edge_count(self) -> int:
        return sum(a * b for a, b in zip(self._sizes, self._sizes[1:]))

    def node_pos(self, layer: int, index: int) -> QPoint:
        """Centre of a node in :meth:`viewport` coordinates."""
        self._check_node(layer, index)
        return QPointF(self._layout.xs[layer], float(self._layout.ys[layer][index])).toPoint()

    def node_radius(self, layer: int) -> float:
        return self._layout.radii[layer]

    def edge_pen(self, l: int, i: int, j: int) -> QPen:
        """The pen an edge is drawn with (colour incl. opacity, width)."""
        self._check_node(l + 1, j)
        self._check_node(l, i)
        if self._weights is None:
            return self._unset_pen()
        level = int(self._edge_levels[l][i * self._sizes[l + 1] + j])
        if level == -2:
            return self._zero_pen()
        sign = 1 if self._weights[l][i, j] < 0 else 0
        return self._pen(sign, level, self._layout.max_widths[l])

    def edge_tooltip(self, l: int, i: int, j: int) -> str:
        """``w[1→2] from h1.3 to out 'virginica' = -0.4132``"""
        self._check_node(l, i)
        self._check_node(l + 1, j)
        value = "not set" if self._weights is None else format_value(self._weights[l][i, j])
        if self._weights is not None and abs(self._weights[l][i, j]) < ZERO_WEIGHT:
            value += f" (about 0: |w| < {ZERO_WEIGHT:g}, drawn grey dotted)"
        return f"w[{l}→{l + 1}] from {self._edge_end(l, i)} to {self._edge_end(l + 1, j)} = {value}"

    def node_tooltip(self, layer: int, index: int) -> str:
        """Layer, neuron, bias and activation of a node, one per line."""
        self._check_node(layer, index)
        n = self._sizes[layer]
        last = len(self._sizes) - 1
        if layer == 0:
            lines = [f"input '{self._input_names[index]}' (input {index + 1} of {n})"]
        elif layer == last:
            lines = [f"output '{self._output_names[index]}' (output neuron {index + 1} of {n})"]
        else:
            lines = [f"hidden layer {layer}, neuron {index + 1} of {n} (h{layer}.{index + 1})"]
        if layer > 0:
            if not self._use_bias:
                lines.append("no bias")
            elif self._biases is not None:
                lines.append(f"bias = {format_value(self._biases[layer - 1][index])}")
        name = "value" if layer == 0 else "activation"
        if self._activations is not None:
            lines.append(f"{name} = {format_value(self._activations[layer][index])}")
        else:
            lines.append(f"{name}: no sample selected")
        return "\n".join(lines)

    def tooltip_at(self, pos: QPointF) -> str:
        """The hover text at a viewport position: a node's, else the nearest edge's, else ''."""
        node = self._node_at(pos)
        if node is not None:
            return self.node_tooltip(*node)
        edge = self._edge_at(pos)
        if edge is not None:
            return self.edge_tooltip(*edge)
        return ""

    # ------------------------------------------------------------------ names and checks

    def _check_node(self, layer: int, index: int) -> None:
        if not (0 <= layer < len(self._sizes) and 0 <= index < self._sizes[layer]):
            raise IndexError(f"no node ({layer}, {index}) in a network of sizes {self._sizes}")

    def _edge_end(self, layer: int, index: int) -> str:
        if layer == 0:
            return f"in '{self._input_names[index]}'"
        if layer == len(self._sizes) - 1:
            return f"out '{self._output_names[index]}'"
        return f"h{layer}.{index + 1}"

    # ------------------------------------------------------------------ geometry

    @property
    def _layout(self) -> _Layout:
        """Where every node, label and edge is: laid out again first if the canvas has been
        resized since."""
        if self._layout_stale:
            self._relayout(repaint=False)   # (the resize has asked for a paint already)
        return self._laid_out

    @_layout.setter
    def _layout(self, lay: _Layout) -> None:
        self._laid_out = lay

    def _relayout(self, repaint: bool = True) -> None:
        """Place every node, label and edge to fill the canvas; no scaling, so text stays crisp."""
        self._layout_stale = False
        sizes = self._sizes
        lay = _Layout()
        self._layout = lay
        if not sizes:
            if repaint:
                self._canvas.update()
            return
        width, height = float(self._canvas.width()), float(self._canvas.height())
        n_layers = len(sizes)
        label_fm = QFontMetricsF(self._label_font)
        header_fm = QFontMetricsF(self._header_font)
        pad, gap = 10.0, 8.0
        top = pad + header_fm.height() + 8.0
        bottom = height - pad
        avail_h = max(bottom - top, 20.0)

        # Node spacing per layer; labels only where a line of text fits between nodes.
        def spacing(n: int, r_max: float) -> float:
            return min(avail_h / n, 3.2 * r_max)

        line_h = label_fm.height()
        lay.show_in_labels = avail_h / sizes[0] >= line_h * 0.95 and width >= 260
        lay.show_out_labels = avail_h / sizes[-1] >= line_h * 0.95 and width >= 260
        cap = 0.22 * width

        def fitted(names: list[str]) -> tuple[list[str], float]:
            natural = max(label_fm.horizontalAdvance(n) for n in names)
            w = min(natural, cap)
            return [label_fm.elidedText(n, Qt.TextElideMode.ElideRight, w + 0.5) for n in names], w

        left, right = pad, width - pad
        if lay.show_in_labels:
            lay.in_labels, w = fitted(self._input_names)
            left += w + gap
        if lay.show_out_labels:
            lay.out_labels, w = fitted(self._output_names)
            right -= w + gap

        col_gap = (right - left) / (n_layers - 1)
        r_max = min(MAX_NODE_RADIUS * max(1.0, self._scale), max(0.25 * col_gap, 6.0))
        centre = top + avail_h / 2
        small_font, small_w, small_h = self._value_fonts[-1]
        for n in sizes:
            s = spacing(n, r_max)
            labelled = self._show_weights and self.edge_count() <= MAX_LABELLED_EDGES
            r = max(min(r_max, (0.3 if labelled else 0.4) * s), MIN_NODE_RADIUS)   # room for bias labels
            lay.radii.append(r)
            lay.ys.append(centre + (np.arange(n) - (n - 1) / 2) * s)
            fits = [f for f, w, h in self._value_fonts if w <= 2 * r - 6 and h <= 2 * r - 2]
            # Too small for the number: print it beside the node when a line of text fits
            # between neighbours (Iris's 10-neuron layer), else leave it to the hover text.
            outside = not fits and (n == 1 or s >= small_h + 1)
            lay.value_fonts.append(fits[0] if fits else (small_font if outside else None))
            lay.outside_values.append(outside)
        x0, x1 = left + lay.radii[0], right - lay.radii[-1]
        lay.xs = [x0 + (x1 - x0) * l / (n_layers - 1) for l in range(n_layers)]
        # A number beside its node must not run into another layer's node ("0.0.97" is worse
        # than no number, and the hover text still has it): if one would, that layer's numbers
        # stay off the diagram.
        # The same goes for the numbers of two layers (Iris with maps read "0 0.97"), and for
        # numbers the maps move beside every node: the output's are placed first, then the
        # inputs', then the hidden layers' from the last; a layer's numbers stay off if they
        # would run into a node or a number already placed. Once for the numbers as they are,
        # once for all of them beside their nodes (maps on).
        nodes = [(k, QRectF(lay.xs[k] - lay.radii[k], float(y) - lay.radii[k], 2 * lay.radii[k], 2 * lay.radii[k]))
                 for k in range(n_layers) for y in lay.ys[k].tolist()]

        def placeable(layers: list[int]) -> list[bool]:
            ok, obstacles = [False] * n_layers, list(nodes)
            for l in [n_layers - 1, 0] + list(range(n_layers - 2, 0, -1)):
                if l not in layers:
                    continue
                boxes = [self._value_rect(l, i, True) for i in range(sizes[l])]
                ok[l] = not any(box.intersects(rect) for box in boxes for k, rect in obstacles if k != l)
                if ok[l]:
                    obstacles += [(l, box) for box in boxes]
            return ok

        beside = placeable([l for l in range(n_layers) if lay.outside_values[l] and lay.value_fonts[l] is not None])
        for l in range(n_layers):
            if lay.outside_values[l] and not beside[l]:
                lay.value_fonts[l], lay.outside_values[l] = None, False
        lay.outside_ok = placeable([l for l in range(n_layers) if lay.value_fonts[l] is not None])

        # Edges thinner where nodes are packed tightly, so neighbours stay apart.
        for l in range(n_layers - 1):
            tight = min(spacing(sizes[l], r_max), spacing(sizes[l + 1], r_max))
            lay.max_widths.append(float(np.clip(0.3 * tight, 1.5, MAX_EDGE_WIDTH)))

        segs = []
        for l in range(n_layers - 1):
            ya, yb = lay.ys[l], lay.ys[l + 1]
            a = np.repeat(ya, len(yb))
            b = np.tile(yb, len(ya))
            seg = np.column_stack([np.full_like(a, lay.xs[l]), a, np.full_like(b, lay.xs[l + 1]), b])
            segs.append(seg)
            lay.lines.append(_Lines(seg))
        lay.segments = np.concatenate(segs)

        # Column headers, shortened when they would collide.
        long = ["Input"] + [f"Hidden {l}" for l in range(1, n_layers - 1)] + ["Output"]
        short = ["In"] + [f"H{l}" for l in range(1, n_layers - 1)] + ["Out"]
        widest = max(header_fm.horizontalAdvance(t) for t in long)
        texts = long if widest + 24 <= col_gap else short  # room for a clear gap between headings
        for l, text in enumerate(texts):
            w = header_fm.horizontalAdvance(text) + 2
            x = min(max(lay.xs[l] - w / 2, pad / 2), width - pad / 2 - w)
            lay.headers.append((text, QRectF(x, pad, w, header_fm.height())))

        self._place_labels()
        self._group_edges()
        if repaint:
            self._canvas.update()

    def _paint_dots(self, p: QPainter, x: float, ys: np.ndarray, r: float, acts, a_scale: float,
                    neg: QColor, pos: QColor) -> None:
        """A dense layer's nodes as dots: the activation's sign and size in DOT_SHADES shades a
        side, each shade drawn in one call."""
        n = len(ys)
        if acts is None:
            shade = np.full(n, -1, np.int64)
        else:
            a = np.asarray(acts, float)
            t = np.clip(np.abs(np.nan_to_num(a, nan=0.0)) / a_scale, 0.0, 1.0)
            shade = np.rint(t * (DOT_SHADES - 1)).astype(np.int64) + np.where(a < 0, DOT_SHADES, 0)
            shade[~np.isfinite(a)] = 2 * DOT_SHADES
        engine = p.paintEngine()
        target = engine.paintDevice() if engine is not None else None
        if engine is None or engine.type() != engine.Type.Raster or target is None:
            # An SVG export: vector dots (a sprite would be a bitmap in the file).
            outline = QPen(QColor(theme.MUTED), 2 * r + 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            p.setPen(outline)   # a thin grey edge round every dot, as the rings give bigger nodes
            p.drawPoints(QPolygonF([QPointF(x, y) for y in ys.tolist()]))
            for k in np.unique(shade).tolist():
                p.setPen(QPen(self._shade_colour(k, neg, pos), 2 * r - 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                p.drawPoints(QPolygonF([QPointF(x, y) for y in ys[shade == k].tolist()]))
            return
        # On screen and in a PNG: one pre-drawn dot per shade at the target's pixel ratio (a 2×
        # export too), copied to each node: stroking hundreds of wide round points took 5 ms a
        # paint on the largest network, copying them takes under 1.
        dpr = target.devicePixelRatioF()
        half = r + 1.0
        for k in np.unique(shade).tolist():
            sprite = self._dot_sprite(k, r, dpr, neg, pos)
            for y in ys[shade == k].tolist():
                p.drawPixmap(QPointF(x - half, y - half), sprite)

    def _shade_colour(self, k: int, neg: QColor, pos: QColor) -> QColor:
        """Shade ``k`` of :meth:`_paint_dots`: −1 unset, 2·DOT_SHADES not finite, else the
        activation's sign (negative from DOT_SHADES on) and size."""
        if k < 0:
            return QColor(theme.NEUTRAL)
        if k == 2 * DOT_SHADES:
            return QColor(NAN_COLOUR)
        level = (k % DOT_SHADES) / (DOT_SHADES - 1)
        return _mix(neg if k >= DOT_SHADES else pos, 0.85 * level)

    def _dot_sprite(self, k: int, r: float, dpr: float, neg: QColor, pos: QColor) -> QPixmap:
        """Shade ``k`` (see :meth:`_shade_colour`) as a dot of radius ``r`` with a thin grey
        edge, in a (2r+2)-pixel square at ``dpr`` device pixels a pixel."""
        key = (k, r, dpr, neg.rgba(), pos.rgba())
        sprite = self._sprite_cache.get(key)
        if sprite is not None:
            return sprite
        colour = self._shade_colour(k, neg, pos)
        side = 2 * r + 2.0
        sprite = QPixmap(max(1, math.ceil(side * dpr)), max(1, math.ceil(side * dpr)))
        sprite.setDevicePixelRatio(dpr)
        sprite.fill(Qt.GlobalColor.transparent)
        q = QPainter(sprite)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setPen(Qt.PenStyle.NoPen)
        centre = QPointF(side / 2, side / 2)
        q.setBrush(QColor(theme.MUTED))   # a thin grey edge round every dot, as the rings give bigger nodes
        q.drawEllipse(centre, r + 0.5, r + 0.5)
        q.setBrush(colour)
        q.drawEllipse(centre, r - 0.5, r - 0.5)
        q.end()
        if len(self._sprite_cache) > 256:
            self._sprite_cache.clear()
        self._sprite_cache[key] = sprite
        return sprite

    def _value_rect(self, l: int, i: int, outside: bool | None = None) -> QRectF:
        """Where a node's number goes: inside the node, or beside it (right of it; left of the
        output nodes, whose right side holds the output names), as when a map fills the node."""
        lay = self._layout
        x, y, r = lay.xs[l], float(lay.ys[l][i]), lay.radii[l]
        if not (lay.outside_values[l] if outside is None else outside):
            return QRectF(x - r, y - r, 2 * r, 2 * r)
        font = lay.value_fonts[l] or self._value_fonts[-1][0]
        w, h = self._value_box(font)
        if l == len(self._sizes) - 1:
            return QRectF(x - r - 3 - w, y - h / 2, w, h)
        return QRectF(x + r + 3, y - h / 2, w, h)

    def _value_box(self, font: QFont) -> tuple[float, float]:
        key = (font.pointSizeF(), font.bold())
        box = self._box_cache.get(key)
        if box is None:
            fm = QFontMetricsF(font)
            box = self._box_cache[key] = (fm.horizontalAdvance("-0.00") + 6, fm.height())
        return box

    def _place_labels(self) -> None:
        """Weight labels along their edges and bias labels under their nodes, none overlapping
        another label, a node or a node's number: each weight tries positions along its edge
        from the middle outwards and takes the first free one (or the least covered)."""
        lay = self._layout
        lay.weight_rects, lay.bias_rects = [], []
        sizes = self._sizes
        if not self._show_weights or self.edge_count() > MAX_LABELLED_EDGES:
            return
        fm = QFontMetricsF(self._weight_font)
        h = fm.height() + 2
        w_w = fm.horizontalAdvance("-0.000") + 6     # wider texts (gradients) widen their box when drawn
        obstacles: list[QRectF] = []
        for l, x in enumerate(lay.xs):
            r = lay.radii[l]
            for y in lay.ys[l].tolist():
                obstacles.append(QRectF(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2))
            if lay.outside_values[l]:
                obstacles += [self._value_rect(l, i) for i in range(sizes[l])]
        lay.bias_rects.append([])
        w_b = fm.horizontalAdvance("b=-0.000") + 6
        for l in range(1, len(sizes)):
            rects = []
            if self._use_bias:
                for y in lay.ys[l].tolist():
                    rect = QRectF(lay.xs[l] - w_b / 2, y + lay.radii[l] + 1, w_b, h)
                    rects.append(rect)
                    obstacles.append(rect)
            lay.bias_rects.append(rects)
        area = QRectF(0, 0, self._canvas.width(), self._canvas.height())
        ts = [0.5] + [0.5 + sign * k * 0.03 for k in range(1, 14) for sign in (-1, 1)]

        def cover(rect: QRectF) -> float:
            total = 0.0
            for o in obstacles:
                if rect.intersects(o):
                    c = rect.intersected(o)
                    total += c.width() * c.height()
            outside = rect.width() * rect.height() - rect.intersected(area).width() * rect.intersected(area).height()
            return total + 10 * outside

        for l, lines in enumerate(lay.lines):
            rects = []
            n_src, n_dst = sizes[l], sizes[l + 1]
            for k, line in enumerate(lines):
                # First choice: the labels of source i's edges at 1/(n+1), 2/(n+1), … of the
                # way, one column per source: a source's edges fan apart, columns do not meet.
                t0 = (k // n_dst + 1) / (n_src + 1)
                best, best_cover = None, float("inf")
                for t in [t0 + sign * q * 0.03 for q in range(0, 8) for sign in (1, -1)] + ts:
                    c = line.pointAt(t)
                    rect = QRectF(c.x() - w_w / 2, c.y() - h / 2, w_w, h)
                    k = cover(rect)
                    if k < best_cover:
                        best, best_cover = rect, k
                    if k == 0:
                        break
                rects.append(best)
                obstacles.append(best)
            lay.weight_rects.append(rects)

    # ------------------------------------------------------------------ pens and grouping

    def _pen(self, sign: int, level: int, max_width: float) -> QPen:
        key = (sign, level, round(max_width, 2))
        pen = self._pen_cache.get(key)
        if pen is None:
            if level < 0:
                pen = QPen(QColor(NAN_COLOUR), 1.0, Qt.PenStyle.DashLine)
            else:
                # Fading is blended into the white background rather than drawn with alpha:
                # translucent antialiased lines paint about 5x slower in Qt's raster engine.
                t = level / (LEVELS - 1)
                colour = _mix(QColor(theme.NEGATIVE if sign else theme.POSITIVE),
                              MIN_EDGE_STRENGTH + (1 - MIN_EDGE_STRENGTH) * t**0.7)
                pen = QPen(colour, MIN_EDGE_WIDTH + (max_width - MIN_EDGE_WIDTH) * t)
                if sign:     # negative: dashed too, so the sign survives grayscale and colour blindness
                    unit = max(pen.widthF(), 1.0)     # Qt's dash lengths are in pen widths
                    pen.setDashPattern([max(DASH[0] / unit, 2.0), max(DASH[1] / unit, 1.2)])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._pen_cache[key] = pen
        return pen

    def _zero_pen(self) -> QPen:
        """A weight about 0 (:data:`ZERO_WEIGHT`): thin, grey and dotted, whatever its sign."""
        pen = self._pen_cache.get("zero")
        if pen is None:
            pen = QPen(QColor(ZERO_COLOUR), 1.2, Qt.PenStyle.DotLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._pen_cache["zero"] = pen
        return pen

    def _unset_pen(self) -> QPen:
        return QPen(_mix(QColor(theme.MUTED), 0.35), 1.0)

    def _group_edges(self) -> None:
        """Sort edges into (sign, level) buckets, thin ones first so big weights draw on top."""
        lay = self._layout   # first: a stale layout is redone here, and that groups the edges itself
        self._edge_groups = []
        if self._weights is None or not lay.lines:
            return
        quotas = self._edge_quotas()
        for l, w in enumerate(self._weights):
            level = self._edge_levels[l]
            flat = w.ravel()
            sign = (flat < 0).astype(np.int64)
            key = np.where(level == -2, 2 * LEVELS + 1, np.where(level < 0, 2 * LEVELS, level * 2 + sign))
            k = quotas[l]
            if k < flat.size:   # only the strongest edges of this pair (see EDGE_BUDGET)
                strength = np.nan_to_num(np.abs(flat), nan=0.0, posinf=0.0)
                kept = np.sort(np.argpartition(strength, flat.size - k)[flat.size - k:])
                order = kept[np.argsort(key[kept], kind="stable")]
            else:
                order = np.argsort(key, kind="stable")
            sorted_keys = key[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            ends = np.r_[starts[1:], len(order)]
            lines = lay.lines[l]
            groups = []
            for s, e in zip(starts.tolist(), ends.tolist()):
                k = int(sorted_keys[s])
                pen = (self._zero_pen() if k == 2 * LEVELS + 1 else self._pen(0, -1, 1.0) if k == 2 * LEVELS
                       else self._pen(k % 2, k // 2, lay.max_widths[l]))
                groups.append((pen, [lines[idx] for idx in order[s:e].tolist()]))
            self._edge_groups.append(groups)

    # ------------------------------------------------------------------ hit tests

    def _node_at(self, pos: QPointF) -> tuple[int, int] | None:
        lay = self._layout
        for l, x in enumerate(lay.xs):
            reach = max(lay.radii[l] + 3.0, 7.0)
            if abs(pos.x() - x) > reach:
                continue
            d = np.abs(lay.ys[l] - pos.y())
            i = int(np.argmin(d))
            if math.hypot(pos.x() - x, d[i]) <= reach:
                return l, i
        return None

    def _edge_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        segs = self._layout.segments
        if not len(segs):
            return None
        p = np.array([pos.x(), pos.y()])
        a, b = segs[:, :2], segs[:, 2:]
        ab = b - a
        t = np.clip(((p - a) * ab).sum(1) / np.maximum((ab * ab).sum(1), 1e-9), 0.0, 1.0)
        dist = np.hypot(*(a + ab * t[:, None] - p).T)
        k = int(np.argmin(dist))
        if dist[k] > 4.0:
            return None
        for l in range(len(self._sizes) - 1):
            n = self._sizes[l] * self._sizes[l + 1]
            if k < n:
                i, j = divmod(k, self._sizes[l + 1])
                return l, i, j
            k -= n
        return None

    def _end_draft(self) -> None:
        if self._draft:
            self._draft = False
            self._canvas.update()

    def _label_at(self, pos: QPointF) -> tuple | None:
        """("w", l, i, j) or ("b", layer, j) for a weight or bias label at ``pos``."""
        if not self.weights_labelled():
            return None
        lay = self._layout
        for layer, rects in enumerate(lay.bias_rects):
            for j, rect in enumerate(rects):
                if rect.contains(pos):
                    return ("b", layer, j)
        for l, rects in enumerate(lay.weight_rects):
            for k, rect in enumerate(rects):
                if rect.contains(pos):
                    i, j = divmod(k, self._sizes[l + 1])
                    return ("w", l, i, j)
        return None

    def _on_double_click(self, pos: QPointF) -> None:
        node = self._node_at(pos)
        if node is not None and node[0] > 0 and self._biases is not None:
            self.edit_bias(*node)

    def _on_click(self, pos: QPointF) -> None:
        label = self._label_at(pos)
        if label is not None and self._weights is not None:
            if label[0] == "w":
                self.edit_weight(*label[1:])
            elif self._biases is not None:
                self.edit_bias(*label[1:])
            return
        node = self._node_at(pos)
        edge = None if node is not None else self._edge_at(pos)
        if node is not None:
            self._selected = node
            self._canvas.update()
            self.nodeSelected.emit(*node)
            if self.has_map(*node):
                self.nodeMapRequested.emit(*node)
        elif edge is not None and self._weights is not None:
            self.edit_weight(*edge, at=pos)
        elif self._selected is not None:
            self._selected = None
            self._canvas.update()
            self.selectionCleared.emit()

    # ------------------------------------------------------------------ painting

    def _paint(self, p: QPainter) -> None:
        p.fillRect(self._canvas.rect(), QColor(theme.BACKGROUND))
        lay = self._layout
        if not self._sizes or not lay.xs:
            p.setPen(QColor(theme.MUTED))
            p.setFont(self._header_font)
            p.drawText(self._canvas.rect(), Qt.AlignmentFlag.AlignCenter, "No network yet")
            return

        # Edges.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, not self._draft)
        start = time.perf_counter()
        if self._phase is not None:
            self._paint_phase_edges(p)
        elif self._edge_groups:
            for groups in self._edge_groups:
                for pen, lines in groups:
                    p.setPen(pen)
                    p.drawLines(lines)
        else:
            p.setPen(self._unset_pen())
            for lines in lay.lines:
                p.drawLines(lines)
        if not self._draft:
            self._edge_paint_ms = (time.perf_counter() - start) * 1000
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        # Nodes: fill = activation (or δ in the backward phase, or the neuron's map), ring = bias.
        neg, pos_c = QColor(theme.NEGATIVE), QColor(theme.POSITIVE)
        shown_b = self._shown_biases()
        w_now = self._shown_weights()
        bias_scale = self._weight_scale
        if w_now is not None and self._phase is not None:
            finite = [np.abs(w[np.isfinite(w)]) for w in w_now]
            bias_scale = max((float(f.max()) for f in finite if f.size), default=0.0)
        if shown_b is not None:
            finite = [np.abs(b[np.isfinite(b)]) for b in shown_b]
            bias_scale = max([bias_scale] + [float(f.max()) for f in finite if f.size])
        muted_pen = QPen(QColor(theme.MUTED), 1.2)
        text_colour = QColor(theme.TEXT)
        values, kinds = self._node_values()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for l, x in enumerate(lay.xs):
            r = lay.radii[l]
            value_fm = QFontMetricsF(lay.value_fonts[l]) if lay.value_fonts[l] is not None else None
            acts = values[l]
            a_scale = 1.0
            if acts is not None and np.isfinite(acts).any():
                peak = float(np.abs(acts[np.isfinite(acts)]).max())
                a_scale = max(1.0, peak) if kinds[l] == "a" else max(peak, 1e-12)
            biases = shown_b[l - 1] if (shown_b is not None and l > 0) else None
            ring_max = float(np.clip(0.3 * r, 1.5, 5.0))
            maps = self._maps[l] if (self._maps and self._phase is None) else None
            if r < DOT_RADIUS and maps is None:
                self._paint_dots(p, x, lay.ys[l], r, acts, a_scale, neg, pos_c)
                continue
            for i, y in enumerate(lay.ys[l].tolist()):
                fill = QColor(theme.NEUTRAL)
                if acts is not None:
                    a = float(acts[i])
                    if math.isfinite(a):
                        fill = _mix(neg if a < 0 else pos_c, 0.85 * min(abs(a) / a_scale, 1.0))
                    else:
                        fill = QColor(NAN_COLOUR)
                if biases is not None and math.isfinite(float(biases[i])):
                    b = float(biases[i])
                    t = abs(b) / bias_scale if bias_scale > 0 else 0.0
                    ring = QPen(neg if b < 0 else pos_c, 1.0 + (ring_max - 1.0) * t)
                    if b < 0:
                        ring.setStyle(Qt.PenStyle.DashLine)
                else:
                    ring = muted_pen
                centre = QPointF(x, y)
                rr = r - ring.widthF() / 2 + 0.6   # keep the outer edge of every ring at r
                if maps is not None:
                    # The map as a round picture, made once per new maps and size and then only
                    # copied: an ellipse with an image brush cost 0.2 ms a node every paint.
                    p.drawPixmap(QPointF(x - rr, y - rr), self._map_pixmap(l, i, maps[i], rr))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    p.setBrush(fill)
                p.setPen(ring)
                p.drawEllipse(centre, rr, rr)
                outside = lay.outside_values[l] or maps is not None
                if acts is not None and lay.value_fonts[l] is not None and (maps is None or lay.outside_ok[l]):
                    v = float(acts[i])
                    text = (_small_value(v) if kinds[l] == "δ" else "") or _short_value(v)
                    if kinds[l] == "δ" and outside:
                        text = "δ" + text
                    p.setFont(lay.value_fonts[l])
                    box = self._value_rect(l, i, outside)
                    if outside:
                        tw = value_fm.horizontalAdvance(text) + 6
                        pill = QRectF(box.center().x() - tw / 2, box.center().y() - value_fm.height() / 2, tw,
                                      value_fm.height())
                        p.setPen(Qt.PenStyle.NoPen)
                        p.setBrush(LABEL_BOX_COLOUR)
                        p.drawRoundedRect(pill, 3, 3)
                        p.setPen(text_colour)
                    else:
                        p.setPen(text_colour_on(fill))
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

        # Selection ring.
        if self._selected is not None:
            l, i = self._selected
            r = lay.radii[l] + max(3.0, 0.18 * lay.radii[l])
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(SELECTION_COLOUR), 2.5))
            p.drawEllipse(QPointF(lay.xs[l], float(lay.ys[l][i])), r, r)

        if self.weights_labelled():
            self._paint_labels(p)

        # Names beside the input and output nodes, headers above the columns.
        p.setFont(self._label_font)
        p.setPen(text_colour)
        fm = QFontMetricsF(self._label_font)
        h = fm.height()
        if lay.show_in_labels:
            r, x = lay.radii[0], lay.xs[0]
            for text, y in zip(lay.in_labels, lay.ys[0].tolist()):
                box = QRectF(0, y - h / 2, x - r - 8.0, h)
                p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        if lay.show_out_labels:
            r, x = lay.radii[-1], lay.xs[-1]
            for text, y in zip(lay.out_labels, lay.ys[-1].tolist()):
                box = QRectF(x + r + 8.0, y - h / 2, self._canvas.width() - (x + r + 8.0), h)
                p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self._header_font)
        p.setPen(QColor(theme.MUTED))
        for text, rect in lay.headers:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        caption = self.phase_caption()
        if caption:
            p.setFont(self._label_font)
            fm = QFontMetricsF(self._label_font)
            rect = QRectF(6, self._canvas.height() - fm.height() * 2.3 - 4, self._canvas.width() - 12,
                          fm.height() * 2.3)
            p.setPen(QColor(theme.TEXT))
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                       caption)

    def _node_values(self) -> tuple[list[np.ndarray | None], list[str]]:
        """What each layer's nodes show now: activations ("a") or δ ("δ"), None = hidden."""
        n = len(self._sizes)
        st, phase, k = self._step, self._phase, self._phase_layer
        base = st.activations if (st is not None and phase in ("forward", "backward")) else self._activations
        if base is None:
            values: list[np.ndarray | None] = [None] * n
        else:
            values = [np.asarray(a, dtype=float) for a in base]
        kinds = ["a"] * n
        if phase == "forward" and k is not None:
            for l in range(k + 1, n):
                values[l] = None
        elif phase == "backward" and st is not None and k is not None:
            for l in range(k, n):
                values[l] = np.asarray(st.deltas[l - 1], dtype=float)
                kinds[l] = "δ"
        return values, kinds

    def node_value(self, layer: int, index: int) -> tuple[str, float] | None:
        """("a" or "δ", value) a node shows now, None when it shows nothing."""
        values, kinds = self._node_values()
        if values[layer] is None:
            return None
        return kinds[layer], float(values[layer][index])

    def _phase_pens(self) -> list[list[QPen]]:
        """Per layer pair, the pen of every edge (row-major) in the current phase: the weights
        as they move in the update, the gradients where the backward pass has reached, the
        unset pen for edges the pass has not reached yet."""
        lay = self._layout
        weights = self._shown_weights()
        unset = self._unset_pen()
        if weights is None:
            return [[unset] * len(lines) for lines in lay.lines]
        finite = [np.abs(w[np.isfinite(w)]) for w in weights]
        w_scale = max((float(f.max()) for f in finite if f.size), default=0.0)
        g_scale = 0.0
        if self._phase == "backward" and self._step is not None:
            grads = [np.abs(g[np.isfinite(g)]) for l, g in enumerate(self._step.weight_grads) if self._edge_has_grad(l)]
            g_scale = max((float(f.max()) for f in grads if f.size), default=0.0)
        out = []
        for l, lines in enumerate(lay.lines):
            if (self._phase == "forward" and self._phase_layer is not None and l + 1 > self._phase_layer) or (
                    self._phase == "backward" and not self._edge_has_grad(l)):
                out.append([unset] * len(lines))
                continue
            if self._phase == "backward":
                vals, scale = np.asarray(self._step.weight_grads[l]).ravel(), g_scale
            else:
                vals, scale = weights[l].ravel(), w_scale
            pens = []
            for v in vals.tolist():
                if not math.isfinite(v):
                    pens.append(self._pen(0, -1, 1.0))
                else:
                    level = int(round(min(abs(v) / scale, 1.0) * (LEVELS - 1))) if scale > 0 else 0
                    pens.append(self._pen(1 if v < 0 else 0, level, lay.max_widths[l]))
            out.append(pens)
        return out

    def _paint_phase_edges(self, p: QPainter) -> None:
        for pens, lines in zip(self._phase_pens(), self._layout.lines):
            for pen, line in zip(pens, lines):
                p.setPen(pen)
                p.drawLine(line)

    def edge_pen_now(self, l: int, i: int, j: int) -> QPen:
        """The pen edge (l, i, j) is drawn with now, in any phase (see :meth:`edge_pen`)."""
        if self._phase is None:
            return self.edge_pen(l, i, j)
        return self._phase_pens()[l][i * self._sizes[l + 1] + j]

    def _paint_labels(self, p: QPainter) -> None:
        lay = self._layout
        p.setFont(self._weight_font)
        fm = QFontMetricsF(self._weight_font)
        neg_text, pos_text = QColor(NEGATIVE_TEXT), QColor(theme.POSITIVE)
        for l, rects in enumerate(lay.weight_rects):
            n_out = self._sizes[l + 1]
            for k, rect in enumerate(rects):
                text = self.weight_label_text(l, *divmod(k, n_out))
                if not text:
                    continue
                width = max(rect.width(), fm.horizontalAdvance(text) + 6)
                rect = QRectF(rect.center().x() - width / 2, rect.y(), width, rect.height())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(LABEL_BOX_COLOUR)
                p.drawRoundedRect(rect, 3, 3)
                p.setPen(neg_text if text.lstrip("∂").startswith("-") else pos_text)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        for layer, rects in enumerate(lay.bias_rects):
            for j, rect in enumerate(rects):
                text = self.bias_label_text(layer, j)
                if not text:
                    continue
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(LABEL_BOX_COLOUR)
                p.drawRoundedRect(rect, 3, 3)
                p.setPen(neg_text if text.startswith("b=-") else pos_text)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
