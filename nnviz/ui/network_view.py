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

Display names: inputs and outputs use the names given; hidden neurons are ``h<layer>.<n>``
with ``n`` counted from 1 (``h1.3`` is the third neuron of hidden layer 1). Signals and the
public methods use 0-based indices, layer 0 being the inputs.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from nnviz.ui import theme

LEVELS = 32                # pen buckets per sign
MIN_EDGE_WIDTH = 0.5       # px, for |w| = 0
MAX_EDGE_WIDTH = 6.0       # px, for the largest |w| (less where nodes are packed tightly)
MIN_EDGE_STRENGTH = 0.12   # the smallest weight: 12 % colour, 88 % white
MAX_NODE_RADIUS = 30.0
MIN_NODE_RADIUS = 2.5
LABEL_POINT_SIZE = theme.BASE_POINT_SIZE + 1   # feature / class names beside the nodes
HEADER_POINT_SIZE = theme.BASE_POINT_SIZE       # "Input", "Hidden 1", ... above the columns
VALUE_POINT_SIZES = (13, 12, 11, 10, 9)         # activation inside a node (bold): largest that fits
DRAFT_AFTER_MS = 8.0       # antialiased edges slower than this to paint ...
DRAFT_INTERVAL_S = 0.1     # ... while set_values comes faster than this: draw them aliased
SETTLE_MS = 150            # and repaint antialiased once the updates pause this long
SELECTION_COLOUR = theme.TEXT
NAN_COLOUR = theme.ERROR_COLOUR

LEGEND_TEXT = "orange = negative weight, blue = positive, thickness = size"
LEGEND_EXTRA = "  ·  ring = bias  ·  fill = activation"   # shown when the line is wide enough


def _legend_html(extra: bool) -> str:
    html = (
        f'<span style="color:{theme.NEGATIVE}"><b>orange</b></span> = negative weight, '
        f'<span style="color:{theme.POSITIVE}"><b>blue</b></span> = positive, thickness = size'
    )
    return html + (LEGEND_EXTRA.replace("  ", " &nbsp;") if extra else "")


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
    lines: list[list[QLineF]] = field(default_factory=list)   # per pair, row-major (i, j)
    segments: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))  # all edges x0 y0 x1 y1


class _Canvas(QWidget):
    """The painted diagram; forwards paint, resize, mouse and tooltip events to its NetworkView."""

    def __init__(self, owner: "NetworkView") -> None:
        super().__init__(owner)
        self._owner = owner
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            self._owner._paint(painter)
        finally:
            painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._owner._relayout()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner._on_click(event.position())
        super().mousePressEvent(event)

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


class NetworkView(QWidget):
    """The network as a diagram of nodes and weighted edges, coloured by sign and size.

    Call :meth:`set_structure` once per architecture, then :meth:`set_values` as often as the
    trainer produces snapshots (it is cheap). ``nodeSelected(layer, index)`` is emitted when a
    node is clicked (layer 0 = inputs); ``selectionCleared`` when empty space is clicked.
    """

    nodeSelected = Signal(int, int)
    selectionCleared = Signal()

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
        self._layout = _Layout()
        # set by set_values: per pair, a list of (pen, lines) groups in drawing order
        self._edge_groups: list[list[tuple[QPen, list[QLineF]]]] = []
        self._edge_levels: list[np.ndarray] = []   # per pair: bucket level per edge, -1 = nan
        self._weight_scale = 0.0
        self._pen_cache: dict[tuple[int, int, float], QPen] = {}
        # Draft mode: a dense network updated quickly is drawn without edge antialiasing
        # (4-6x faster), then once more antialiased when the updates pause.
        self.allow_draft = True
        self._draft = False
        self._last_values_time = -1.0
        self._edge_paint_ms = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._end_draft)

        self._label_font = QFont()
        self._label_font.setPointSize(LABEL_POINT_SIZE)
        self._header_font = QFont()
        self._header_font.setPointSize(HEADER_POINT_SIZE)
        self._value_fonts = []
        for size in VALUE_POINT_SIZES:
            font = QFont()
            font.setPointSize(size)
            font.setBold(True)
            fm = QFontMetricsF(font)
            self._value_fonts.append((font, fm.horizontalAdvance("-0.00"), fm.height()))

        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        self.setPalette(palette)

        self._canvas = _Canvas(self)
        self._legend = QLabel(_legend_html(True), self)
        self._legend.setWordWrap(True)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        legend_font = QFont()
        legend_font.setPointSize(theme.BASE_POINT_SIZE)
        self._legend.setFont(legend_font)
        self._legend.setStyleSheet(f"color: {theme.MUTED};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._legend, 0)

    # ------------------------------------------------------------------ public API

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, 220)

    def resizeEvent(self, event) -> None:  # noqa: N802
        fm = QFontMetricsF(self._legend.font())
        full = fm.horizontalAdvance(LEGEND_TEXT + LEGEND_EXTRA) + 12  # + the bold words
        self._legend.setText(_legend_html(full <= self.width() - 16))
        super().resizeEvent(event)

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
            self._edge_levels.append(level.ravel())
        self._group_edges()
        now = time.perf_counter()
        rapid = now - self._last_values_time < DRAFT_INTERVAL_S
        if self.allow_draft and rapid and self._edge_paint_ms > DRAFT_AFTER_MS:
            self._draft = True
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

    def clear_selection(self) -> None:
        """Clear the selection from code (no signal)."""
        self._selected = None
        self._canvas.update()

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
        sign = 1 if self._weights[l][i, j] < 0 else 0
        return self._pen(sign, level, self._layout.max_widths[l])

    def edge_tooltip(self, l: int, i: int, j: int) -> str:
        """``w[1→2] from h1.3 to out 'virginica' = -0.4132``"""
        self._check_node(l, i)
        self._check_node(l + 1, j)
        value = "not set" if self._weights is None else format_value(self._weights[l][i, j])
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

    def _relayout(self) -> None:
        """Place every node, label and edge to fill the canvas; no scaling, so text stays crisp."""
        sizes = self._sizes
        lay = _Layout()
        self._layout = lay
        if not sizes:
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
        r_max = min(MAX_NODE_RADIUS, max(0.25 * col_gap, 6.0))
        centre = top + avail_h / 2
        for n in sizes:
            s = spacing(n, r_max)
            r = max(min(r_max, 0.4 * s), MIN_NODE_RADIUS)
            lay.radii.append(r)
            lay.ys.append(centre + (np.arange(n) - (n - 1) / 2) * s)
            fits = [f for f, w, h in self._value_fonts if w <= 2 * r - 6 and h <= 2 * r - 2]
            lay.value_fonts.append(fits[0] if fits else None)
        x0, x1 = left + lay.radii[0], right - lay.radii[-1]
        lay.xs = [x0 + (x1 - x0) * l / (n_layers - 1) for l in range(n_layers)]

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
            lay.lines.append([QLineF(*row) for row in seg.tolist()])
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

        self._group_edges()
        self._canvas.update()

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
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._pen_cache[key] = pen
        return pen

    def _unset_pen(self) -> QPen:
        return QPen(_mix(QColor(theme.MUTED), 0.35), 1.0)

    def _group_edges(self) -> None:
        """Sort edges into (sign, level) buckets, thin ones first so big weights draw on top."""
        self._edge_groups = []
        lay = self._layout
        if self._weights is None or not lay.lines:
            return
        for l, w in enumerate(self._weights):
            level = self._edge_levels[l]
            sign = (w.ravel() < 0).astype(np.int64)
            key = np.where(level < 0, 2 * LEVELS, level * 2 + sign)
            order = np.argsort(key, kind="stable")
            sorted_keys = key[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            ends = np.r_[starts[1:], len(order)]
            lines = lay.lines[l]
            groups = []
            for s, e in zip(starts.tolist(), ends.tolist()):
                k = int(sorted_keys[s])
                pen = self._pen(0, -1, 1.0) if k == 2 * LEVELS else self._pen(k % 2, k // 2, lay.max_widths[l])
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

    def _on_click(self, pos: QPointF) -> None:
        node = self._node_at(pos)
        if node is not None:
            self._selected = node
            self._canvas.update()
            self.nodeSelected.emit(*node)
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
        if self._edge_groups:
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

        # Nodes: fill = activation, ring = bias.
        neg, pos_c = QColor(theme.NEGATIVE), QColor(theme.POSITIVE)
        bias_scale = self._weight_scale
        if self._biases is not None:
            finite = [np.abs(b[np.isfinite(b)]) for b in self._biases]
            bias_scale = max([bias_scale] + [float(f.max()) for f in finite if f.size])
        muted_pen = QPen(QColor(theme.MUTED), 1.2)
        text_colour, white = QColor(theme.TEXT), QColor(theme.BACKGROUND)
        for l, x in enumerate(lay.xs):
            r = lay.radii[l]
            acts = self._activations[l] if self._activations is not None else None
            a_scale = 1.0
            if acts is not None and np.isfinite(acts).any():
                a_scale = max(1.0, float(np.abs(acts[np.isfinite(acts)]).max()))
            biases = self._biases[l - 1] if (self._biases is not None and l > 0) else None
            ring_max = float(np.clip(0.3 * r, 1.5, 5.0))
            for i, y in enumerate(lay.ys[l].tolist()):
                amount = 0.0
                fill = QColor(theme.NEUTRAL)
                if acts is not None:
                    a = float(acts[i])
                    if math.isfinite(a):
                        amount = 0.85 * min(abs(a) / a_scale, 1.0)
                        fill = _mix(neg if a < 0 else pos_c, amount)
                    else:
                        fill = QColor(NAN_COLOUR)
                        amount = 1.0
                if biases is not None and math.isfinite(float(biases[i])):
                    b = float(biases[i])
                    t = abs(b) / bias_scale if bias_scale > 0 else 0.0
                    ring = QPen(neg if b < 0 else pos_c, 1.0 + (ring_max - 1.0) * t)
                else:
                    ring = muted_pen
                p.setPen(ring)
                p.setBrush(fill)
                centre = QPointF(x, y)
                rr = r - ring.widthF() / 2 + 0.6   # keep the outer edge of every ring at r
                p.drawEllipse(centre, rr, rr)
                if acts is not None and lay.value_fonts[l] is not None:
                    p.setFont(lay.value_fonts[l])
                    p.setPen(white if amount > 0.55 else text_colour)
                    box = QRectF(x - r, y - r, 2 * r, 2 * r)
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, _short_value(float(acts[i])))

        # Selection ring.
        if self._selected is not None:
            l, i = self._selected
            r = lay.radii[l] + max(3.0, 0.18 * lay.radii[l])
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(SELECTION_COLOUR), 2.5))
            p.drawEllipse(QPointF(lay.xs[l], float(lay.ys[l][i])), r, r)

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
