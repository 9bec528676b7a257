"""The network diagram widget: every neuron a node, every weight an edge, inputs on the left.

A pure display widget: the window hands it numbers the engine computed, it never does network
math. Colour codes follow the theme everywhere: orange = negative, blue = positive.

* edge: colour = sign of the weight; thickness and colour strength (faded towards white) =
  |w| relative to the largest |w| shown (see :mod:`.pens`);
* node ring: the bias, same colour code, ring width = |b| on the same scale as the weights;
* node fill: the activation for the selected sample (tint strength = |a| relative to the layer),
  with the value printed inside when the node is large enough.

Speed: the geometry (:mod:`.layout`) is computed on a new structure, text scale or toggle, and
after a resize only when next needed (the paint or a hit test), once at the last size.
:meth:`NetworkView.set_values` just sorts the edges into a few pen buckets (sign x 32 widths)
and schedules a repaint; the paint (:mod:`.paint`) draws each bucket with one ``drawLines`` call,
packed layers as copied dot sprites, and at most ``EDGE_BUDGET`` edges (the strongest). Several
calls between two frames cost one paint. A network whose antialiased edges paint slowly is
drawn aliased ("draft") while updates come fast or a run goes, then once more antialiased.
Nothing is laid out with a transform, so text stays at its point size whatever the window size.

Teaching additions: :meth:`NetworkView.set_show_weights` prints every weight on its edge and
every bias under its node (placed so no two labels overlap, up to ``MAX_LABELLED_EDGES``
edges); :meth:`NetworkView.show_phase` shows a step in phases (:mod:`.phases`), one at a time
(:meth:`NetworkView.next_phase`) or played by a timer (:meth:`NetworkView.play_phases`, with a
slow-motion speed), announcing each with ``phaseShown``; clicking an edge, a weight label or a
bias label (or double-clicking a node) opens an inline editor (:mod:`.editor`) that emits
``weightEdited`` / ``biasEdited`` (the view never changes the model);
:meth:`NetworkView.set_maps` draws each neuron's activation over the plotted plane inside its
node and ``nodeMapRequested`` asks the window to show one large. Negative weights are also
dashed (colour is never the only cue), node numbers are dark or light for at least 4.5:1
contrast and are printed beside nodes too small to hold them, and
:meth:`NetworkView.set_text_scale` scales every text.

Display names: inputs and outputs use the names given; hidden neurons are ``h<layer>.<n>``
with ``n`` counted from 1 (``h1.3`` is the third neuron of hidden layer 1). Signals and the
public methods use 0-based indices, layer 0 being the inputs.
"""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from nnviz.core.text import decimals
from nnviz.ui import theme
from nnviz.ui.panel_kit import steady_height

from ..i18n import translate
from .editor import WeightEditor
from .layout import Layout, lay_out
from .legend import Legend
from .maps import layer_images
from .paint import DiagramPainter, bias_label_text, weight_label_text
from .pens import ZERO_LEVEL, Pens, edge_levels, group_edges, largest_abs, phase_pens
from .phases import Phases
from .picture_layout import lay_out_pictures
from .state import DiagramState
from .style import DRAFT_AFTER_MS, DRAFT_INTERVAL_S, SETTLE_MS, Fonts

BIAS_EDITOR_GAP = 10.0     # the bias editor opens this far under its node


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
        # Laid out when next needed (the paint, a hit test): settling one click's layouts can
        # resize the diagram two or three times in a row.
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


class NetworkView(QWidget):
    """The network as a diagram of nodes and weighted edges, coloured by sign and size.

    Call :meth:`set_structure` once per architecture, then :meth:`set_values` as often as the
    trainer produces snapshots (it is cheap). ``nodeSelected(layer, index)`` is emitted when a
    node is clicked (layer 0 = inputs); ``selectionCleared`` when empty space is clicked.

    Queries (for tests, exports and the window; all in :meth:`viewport` coordinates):
    :meth:`node_pos`, :meth:`node_radius`, :meth:`node_rect`, :meth:`node_at`, :meth:`edge_at`
    and :meth:`label_at` (what lies under a point), :meth:`value_rect` (where a node's number
    is printed, if it is), :meth:`shown_labels` (the names printed beside the input and output
    nodes), :meth:`weight_label_rect` / :meth:`bias_label_rect` and their texts,
    :meth:`drawn_edges` (which edges are drawn, in drawing order), :meth:`edge_pen` /
    :meth:`edge_pen_now`, :meth:`node_value`, :meth:`shown_weights`, :meth:`text_fonts`,
    :meth:`layout_count` (how many times the diagram has been laid out), :meth:`is_draft` and
    :meth:`draft_settling`. ``draft_after_ms`` and ``draft_interval_s`` tune when edges are
    drafted; ``allow_draft`` False never drafts.
    """

    nodeSelected = Signal(int, int)
    selectionCleared = Signal()
    weightEdited = Signal(int, int, int, float)   # l, i, j, value: weights[l][i, j] (from layer l to l + 1)
    biasEdited = Signal(int, int, float)          # layer, j, value: the bias of node (layer, j) = biases[layer - 1][j]
    nodeMapRequested = Signal(int, int)           # layer, index: hovered or clicked, with maps set
    phaseShown = Signal(str, int)                 # phase ("forward", "backward", "update", "" = none), layer (-1: all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_text_px = 0
        self._state = DiagramState()
        self._pens = Pens()
        self._phases = Phases(self)
        self._phases.changed.connect(self._on_phase_changed)
        self._phases.shown.connect(self.phaseShown)
        self._painter = DiagramPainter(self._state, self._phases, self._pens)
        self._layout_stale = False   # the canvas was resized since the last layout (see _layout)
        self._laid_out = Layout()
        self._layouts = 0
        self._zero_edges = False   # some weight is about 0 (the legend says how it looks)
        self._legend_caption = ""  # the phase caption the legend shows ("" = the key)
        self._steady = False       # a run is under way: the legend keeps its height (set_steady)
        self._hover: tuple[int, int] | None = None
        # Draft mode: a dense network updated quickly or during a run is drawn without edge
        # antialiasing (several times cheaper), then once more antialiased when the updates pause.
        self.allow_draft = True
        self.draft_after_ms = DRAFT_AFTER_MS
        self.draft_interval_s = DRAFT_INTERVAL_S
        self._draft = False
        self._last_values_time = -1.0
        self._edge_paint_ms = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._end_draft)

        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        self.setPalette(palette)

        self._canvas = _Canvas(self)
        self._legend = Legend(self)
        self._editor = WeightEditor(self._canvas)
        self._editor.edited.connect(self._on_edited)
        self._apply_legend_font()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._legend, 0)

    # ------------------------------------------------------------------ widget

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    # The diagram draws nothing for keyboard focus, so gaining or losing it repaints nothing
    # (Qt's default repaints the whole widget every time a button takes the focus).
    def focusInEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, 220)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._update_legend()
        super().resizeEvent(event)

    def viewport(self) -> QWidget:
        """The widget the diagram is painted on (the one to click in tests)."""
        return self._canvas

    def _repaint(self) -> None:
        self._canvas.update()

    # ------------------------------------------------------------------ legend

    def _update_legend(self, zero_line: bool | None = None) -> None:
        """The legend under the diagram; ``zero_line`` forces the weights-about-0 line in or out
        (default: shown when some weight is about 0)."""
        st = self._state
        self._legend_caption = self._phases.caption()
        self._legend.refresh(self.width(), bool(st.maps), self._zero_edges if zero_line is None else zero_line,
                             sum(st.drawable_pairs()), self.drawn_edge_count(), self._steady,
                             picture=st.picture_shape, caption=self._legend_caption)

    def _on_phase_changed(self) -> None:
        """A phase came, went or moved on: repaint, and put its caption in the legend's place
        (below the diagram, so it never covers a node or a number)."""
        if self._phases.caption() != self._legend_caption:
            self._update_legend()
        self._repaint()

    def retranslate(self) -> None:
        """The window's language changed: column headers and legend in the new one."""
        self._relayout()
        self._update_legend()
        self._repaint()

    def legend_text(self) -> str:
        """The legend line as shown (rich text)."""
        return self._legend.text()

    def set_steady(self, steady: bool) -> None:
        """While a run goes, the legend under the diagram keeps the most height it has needed
        and its weights-about-0 line, once shown, stays until the run ends: weights crossing
        0.01 would make the line come and go every few frames, and each time the window would
        re-lay itself out."""
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
        levels = self._state.edge_levels[1:] if self._state.pictured() else self._state.edge_levels
        zeros = any((lv == ZERO_LEVEL).any() for lv in levels)
        if zeros != self._zero_edges and (zeros or not self._steady):
            self._zero_edges = zeros
            self._update_legend()

    # ------------------------------------------------------------------ structure and values

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
        self._state.set_structure(layer_sizes, input_names, output_names, use_bias)
        # A new architecture: the old step, phase, maps and open editor no longer apply.
        self.cancel_edit()
        self._phases.reset(len(self._state.sizes) - 1)
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
        st = self._state
        st.set_values(weights, biases, activations)
        st.weight_scale = largest_abs(st.weights)
        st.edge_levels = edge_levels(st.weights, st.weight_scale)
        self._show_zero_line()
        group_edges(st, self._layout, self._pens)
        now = time.perf_counter()
        rapid = now - self._last_values_time < self.draft_interval_s
        if self.allow_draft and (rapid or self._steady) and self._edge_paint_ms > self.draft_after_ms:
            self._draft = True
            if not self._steady:   # a run ends drafting in set_steady(False)
                self._settle.start()
        self._last_values_time = now
        self._canvas.update()

    def set_input_values(self, texts) -> None:
        """The selected sample's inputs in original units, printed before the input names
        ("2 bedrooms"); None prints the names alone. Lays out again only when they change."""
        texts = None if texts is None else [str(t) for t in texts]
        if texts != self._state.input_values:
            self._state.input_values = texts
            if not self._state.pictured():   # (a picture shows no names)
                self._relayout()

    def set_picture(self, shape: tuple[int, int] | None, caption: list[str] | None = None) -> None:
        """Draw the inputs as a ``shape`` = (rows, columns) picture of the sample, row by row
        (None: as discs), with ``caption`` lines under it (the sample's answer); with a hidden
        layer, its neurons as pictures of their incoming weights (see :mod:`.picture_paint`).
        Lays out again only when the shape changes; :meth:`set_structure` forgets it.
        Raises ValueError when the shape does not hold the inputs."""
        st = self._state
        shape = None if shape is None else (int(shape[0]), int(shape[1]))
        if shape is not None and (not st.sizes or shape[0] * shape[1] != st.sizes[0] or min(shape) < 1):
            raise ValueError(f"a {shape[0]}×{shape[1]} picture does not hold {st.sizes[0] if st.sizes else 0} inputs")
        caption = None if caption is None else [str(t) for t in caption]
        if caption != st.picture_caption:
            st.picture_caption = caption
            self._canvas.update()
        if shape != st.picture_shape:
            st.picture_shape = shape
            self._relayout()
            self._update_legend()

    def picture_shape(self) -> tuple[int, int] | None:
        return self._state.picture_shape

    def picture_caption(self) -> list[str] | None:
        """The lines under the input picture."""
        return self._state.picture_caption

    def weight_pictures(self) -> np.ndarray | None:
        """The weight pictures drawn now, ``(n_neurons, rows, cols)``: neuron j's weights from
        each pixel, the first layer's weights as the edges show them (the step's during its
        phases, moving in the update). None when the inputs are no picture or no hidden layer
        follows them."""
        return self._painter.pictures.pictures()

    def input_picture(self) -> np.ndarray | None:
        """The sample's picture drawn now ``(rows, cols)`` (the step's in its phases), or None."""
        if not self._state.pictured():
            return None
        return self._painter.pictures.input_image()

    def picture_rect(self) -> QRectF | None:
        """Where the input picture is drawn (viewport coordinates), None without one."""
        lay = self._layout
        return QRectF(lay.picture) if self._state.pictured() else None

    def is_draft(self) -> bool:
        """True while edges are drawn without antialiasing because updates come fast."""
        return self._draft

    def draft_settling(self) -> bool:
        """True while a draft will end by itself once the updates pause (not during a run)."""
        return self._settle.isActive()

    def _end_draft(self) -> None:
        if self._draft:
            self._draft = False
            self._canvas.update()

    def node_count(self) -> int:
        return self._state.node_count()

    def edge_count(self) -> int:
        return self._state.edge_count()

    def drawn_edge_count(self) -> int:
        """How many of them are drawn (all up to EDGE_BUDGET, then the strongest)."""
        return sum(self._state.edge_quotas())

    def drawn_edges(self) -> list[list[tuple[int, int]]]:
        """Per pair of layers, the (i, j) of every edge drawn outside the phases, in drawing
        order (empty before any values)."""
        out = []
        for l, order in enumerate(self._state.edge_order):
            n_out = self._state.sizes[l + 1]
            out.append([divmod(k, n_out) for k in order.tolist()])
        return out

    def shown_weights(self) -> list[np.ndarray] | None:
        """The weights the edges show now: the current ones, or the step's in its phases (moving
        in the update)."""
        return self._phases.shown_weights(self._state.weights)

    # ------------------------------------------------------------------ selection

    def selected(self) -> tuple[int, int] | None:
        return self._state.selected

    def set_selected(self, layer: int, index: int) -> None:
        """Select a node from code (no signal)."""
        self._state.check_node(layer, index)
        self._state.selected = (layer, index)
        self._canvas.update()

    def select_node(self, layer: int, index: int) -> None:
        """Select a node from code, e.g. the neuron a lesson's beat explains (no signal)."""
        self.set_selected(layer, index)

    def clear_selection(self) -> None:
        """No node selected, from code (no signal): a lesson beat that names no neuron."""
        if self._state.selected is not None:
            self._state.selected = None
            self._canvas.update()

    # ------------------------------------------------------------------ text scale

    def _apply_legend_font(self) -> None:
        self._legend.set_scale(self._state.fonts.scale)
        self._editor.setFont(self._state.fonts.label)

    def set_text_scale(self, factor: float) -> None:
        """One factor for every text of the diagram: names, headers, legend, weight and bias
        labels and the numbers in (or beside) the nodes. Node numbers never go below 9 pt times
        the factor: where they do not fit inside a node they are printed beside it."""
        self._state.fonts = Fonts.at_scale(max(0.5, float(factor)), self._min_text_px)
        self._apply_legend_font()
        self._relayout()
        self._update_legend()

    def set_min_text_px(self, px: int) -> None:
        """No text of the diagram below ``px`` pixels (0: as the scale gives; presentation mode
        asks for the projector's 24 px), from the next :meth:`set_text_scale`."""
        self._min_text_px = max(0, int(px))

    def text_scale(self) -> float:
        return self._state.fonts.scale

    def text_fonts(self) -> dict[str, QFont]:
        """The fonts of the diagram's texts: "label" (names), "header", "weight" (weight and
        bias labels), "legend" and "editor"."""
        f = self._state.fonts
        return {"label": f.label, "header": f.header, "weight": f.weight, "legend": self._legend.font(),
                "editor": self._editor.font()}

    def node_value_font(self, layer: int) -> QFont:
        """The font of the numbers of a layer's nodes (inside or beside them)."""
        fonts = self._layout.value_fonts
        return fonts[layer] if fonts and fonts[layer] is not None else self._state.fonts.smallest_value

    # ------------------------------------------------------------------ weight labels

    def set_show_weights(self, on: bool) -> None:
        """Print each weight on its edge and each bias under its node (networks with at most
        ``MAX_LABELLED_EDGES`` edges; bigger ones keep the hover text)."""
        self._state.show_weights = bool(on)
        self._relayout()

    def show_weights(self) -> bool:
        return self._state.show_weights

    def weights_labelled(self) -> bool:
        """True when the weights are printed now (on and the network small enough)."""
        return self._state.show_weights and bool(self._layout.weight_rects)

    def weight_label_rect(self, l: int, i: int, j: int) -> QRectF:
        """Where the label of weight (l, i, j) is drawn, in viewport coordinates."""
        return QRectF(self._layout.weight_rects[l][i * self._state.sizes[l + 1] + j])

    def bias_label_rect(self, layer: int, j: int) -> QRectF:
        return QRectF(self._layout.bias_rects[layer][j])

    def weight_label_text(self, l: int, i: int, j: int) -> str:
        """The text on edge (l, i, j) as drawn now (the weight, its gradient in the backward
        phase, the moving weight in the update phase)."""
        return weight_label_text(self._state, self._phases, l, i, j)

    def bias_label_text(self, layer: int, j: int) -> str:
        return bias_label_text(self._state, self._phases, layer, j)

    # ------------------------------------------------------------------ editing

    def editor(self) -> QLineEdit:
        """The inline editor (hidden when not editing)."""
        return self._editor

    def editing(self) -> tuple | None:
        """("w", l, i, j) or ("b", layer, j) while the editor is open, else None."""
        return self._editor.editing()

    def edit_weight(self, l: int, i: int, j: int, at: QPointF | None = None) -> None:
        """Open the editor on weight (l, i, j) (from node (l, i) to node (l + 1, j))."""
        st = self._state
        st.check_node(l, i)
        st.check_node(l + 1, j)
        value = None if st.weights is None else float(st.weights[l][i, j])
        if at is None:
            lines = self._layout.lines[l]
            if len(lines):
                line = lines[i * st.sizes[l + 1] + j]
                at = (line.p1() + line.p2()) / 2
            else:   # no line drawn for it (from a picture): at its neuron
                at = self._layout.centre(l + 1, j)
        self._editor.open(("w", l, i, j), value, at, translate("NetworkView", "new value for {0}").format(self.edge_tooltip(l, i, j).split(' = ')[0]))

    def edit_bias(self, layer: int, j: int) -> None:
        """Open the editor on the bias of node (layer, j), layer ≥ 1."""
        st = self._state
        st.check_node(layer, j)
        if layer == 0 or not st.use_bias:
            return
        value = None if st.biases is None else float(st.biases[layer - 1][j])
        lay = self._layout
        c = lay.centre(layer, j)
        at = QPointF(c.x(), c.y() + lay.radii[layer] + BIAS_EDITOR_GAP)
        self._editor.open(("b", layer, j), value, at, translate("NetworkView", "new bias for {0}").format(st.node_name(layer, j)))

    def cancel_edit(self) -> None:
        self._editor.cancel()

    def _on_edited(self, target: tuple, value: float) -> None:
        if target[0] == "w":
            self.weightEdited.emit(target[1], target[2], target[3], value)
        else:
            self.biasEdited.emit(target[1], target[2], value)

    # ------------------------------------------------------------------ per-neuron maps

    def set_maps(self, maps: list[np.ndarray] | None) -> None:
        """Each neuron's activation over the two plotted inputs, drawn inside its node: one
        array ``(n_neurons, m, m)`` per layer, inputs first (as in ``Frame.maps``) or without the
        inputs; row 0 is the bottom of the plane. None removes them. Colours per layer: orange =
        low, white = middle, blue = high (see :func:`.maps.map_range`)."""
        st = self._state
        if maps is None:
            st.maps = None
            self._canvas.update()
            return
        if len(maps) == len(st.sizes) - 1:
            maps = [None] + list(maps)
        if len(maps) != len(st.sizes):
            raise ValueError(f"expected {len(st.sizes)} layers of maps (inputs first), got {len(maps)}")
        st.maps = layer_images(maps, st.sizes)
        self._painter.forget_maps()
        self._canvas.update()
        self._update_legend()

    def has_map(self, layer: int, index: int) -> bool:
        return self._state.has_maps(layer)

    def node_map(self, layer: int, index: int) -> QImage | None:
        """The thumbnail drawn in node (layer, index), or None."""
        return self._state.maps[layer][index] if self.has_map(layer, index) else None

    def _on_hover(self, pos: QPointF) -> None:
        node = self._layout.node_at(pos)
        if node != self._hover:
            self._hover = node
            if node is not None and self.has_map(*node):
                self.nodeMapRequested.emit(*node)

    # ------------------------------------------------------------------ phases of a step

    def set_step(self, data) -> None:
        """The numbers of the step the phases show: an object with ``activations`` (per layer,
        inputs first, 1-D), ``deltas`` (per non-input layer, 1-D), ``weight_grads``,
        ``bias_grads`` (or None), ``weights_before``, ``weights_after``, ``biases_before``,
        ``biases_after`` (or None) — e.g. :func:`nnviz.core.engine.explain.phase_data`. None forgets
        it (and leaves the phases)."""
        self._phases.set_step(data)

    def phase_sequence(self) -> list[tuple[str, int]]:
        """The phases one step goes through: forward layer 1 … L, backward L … 1, update."""
        return self._phases.sequence()

    def phase(self) -> tuple[str | None, int | None]:
        return self._phases.phase, self._phases.layer

    def set_slow_motion(self, on: bool) -> None:
        """Slow motion: longer pauses between phases and a slower update, for narrating."""
        self._phases.slow = bool(on)

    def slow_motion(self) -> bool:
        return self._phases.slow

    def show_phase(self, phase: str | None, layer: int | None = None, animate: bool = True) -> None:
        """Show one phase of the step: ``"forward"`` up to ``layer`` (activations of later layers
        hidden), ``"backward"`` from the output down to ``layer`` (δ in the nodes, edges coloured
        and sized by ∂L/∂w), ``"update"`` (edges move from the old to the new weight; animated
        unless ``animate`` is False), or None (the normal view). ``layer`` None means all layers.
        ``phaseShown`` is emitted once the phase is on screen (for the update: when it ends)."""
        self._phases.show(phase, layer, animate)

    def next_phase(self) -> tuple[str, int] | None:
        """Advance one phase (what PageDown does in a presentation); after the update, back to
        the normal view (returns None)."""
        return self._phases.next()

    def play_phases(self, slow: bool | None = None) -> None:
        """Play every phase of the step in order, one after the other, then the normal view."""
        self._phases.play(slow)

    def stop_phases(self) -> None:
        self._phases.stop()

    def playing(self) -> bool:
        return self._phases.playing

    def phase_caption(self) -> str:
        """The line shown under the diagram, in the legend's place, during a phase (empty otherwise)."""
        return self._phases.caption()

    def node_value(self, layer: int, index: int) -> tuple[str, float] | None:
        """("a" or "δ", value) a node shows now, None when it shows nothing."""
        values, kinds = self._phases.node_values(self._state.activations, len(self._state.sizes))
        if values[layer] is None:
            return None
        return kinds[layer], float(values[layer][index])

    # ------------------------------------------------------------------ geometry queries

    def node_pos(self, layer: int, index: int) -> QPoint:
        """Centre of a node in :meth:`viewport` coordinates."""
        self._state.check_node(layer, index)
        return self._layout.centre(layer, index).toPoint()

    def node_radius(self, layer: int) -> float:
        return self._layout.radii[layer]

    def node_rect(self, layer: int, index: int) -> QRectF:
        """The square a node's disc fills."""
        self._state.check_node(layer, index)
        return self._layout.node_rect(layer, index)

    def value_rect(self, layer: int, index: int) -> QRectF | None:
        """Where a node's number is printed when it has one: inside the node, or beside it
        (always beside with maps on); None when the layer's numbers stay off the diagram (no
        room: the hover text has them)."""
        self._state.check_node(layer, index)
        lay = self._layout
        if lay.value_fonts[layer] is None:
            return None
        if self._state.maps and self._phases.phase is None:
            return lay.value_rect(layer, index, True) if lay.outside_ok[layer] else None
        return lay.value_rect(layer, index)

    def shown_labels(self) -> list[str]:
        """The names printed beside the input nodes and then the output nodes (elided to fit;
        none where they do not fit)."""
        lay = self._layout
        return (lay.in_labels if lay.show_in_labels else []) + (lay.out_labels if lay.show_out_labels else [])

    def node_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(layer, index) of the node at a viewport position, or None."""
        return self._layout.node_at(QPointF(pos))

    def edge_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """(l, i, j) of the edge nearest a viewport position, if it is within reach, else None."""
        return self._layout.edge_at(QPointF(pos))

    def label_at(self, pos: QPointF) -> tuple | None:
        """("w", l, i, j) or ("b", layer, j) of the weight or bias label at a viewport position."""
        if not self.weights_labelled():
            return None
        return self._layout.label_at(QPointF(pos))

    def layout_count(self) -> int:
        """How many times the diagram has been laid out (a resize lays it out when next needed)."""
        return self._layouts

    # ------------------------------------------------------------------ pens and hover texts

    def edge_pen(self, l: int, i: int, j: int) -> QPen:
        """The pen an edge is drawn with (colour incl. opacity, width)."""
        self._state.check_node(l + 1, j)
        self._state.check_node(l, i)
        return self._pens.edge(self._state, self._layout, l, i, j)

    def edge_pen_now(self, l: int, i: int, j: int) -> QPen:
        """The pen edge (l, i, j) is drawn with now, in any phase (see :meth:`edge_pen`)."""
        if self._phases.phase is None:
            return self.edge_pen(l, i, j)
        return phase_pens(self._state, self._layout, self._pens, self._phases)[l][i * self._state.sizes[l + 1] + j]

    def edge_tooltip(self, l: int, i: int, j: int) -> str:
        """``w[1→2] from h1.3 to out 'virginica' = -0.4132``"""
        return self._state.edge_text(l, i, j)

    def node_tooltip(self, layer: int, index: int) -> str:
        """Layer, neuron, bias and activation of a node, one per line; for a neuron drawn as
        its weight picture, how the picture is coloured."""
        text = self._state.node_text(layer, index)
        pictures = self.weight_pictures() if layer == 1 else None
        if pictures is not None:
            scale = float(self._painter.pictures.scales()[index])
            text += "\n" + translate("NetworkView", "its {0} weights as a picture: blue +, orange − with a dash, "
                                   "full colour at ±{1} (its largest |w|)").format(
                pictures[index].size, decimals(scale))
        return text

    def tooltip_at(self, pos: QPointF) -> str:
        """The hover text at a viewport position: a node's, else the nearest edge's, else ''."""
        node = self.node_at(pos)
        if node is not None:
            return self.node_tooltip(*node)
        edge = self.edge_at(pos)
        if edge is not None:
            return self.edge_tooltip(*edge)
        return ""

    # ------------------------------------------------------------------ layout

    @property
    def _layout(self) -> Layout:
        """Where every node, label and edge is: laid out again first if the canvas has been
        resized since."""
        if self._layout_stale:
            self._relayout(repaint=False)   # (the resize has asked for a paint already)
        return self._laid_out

    def _relayout(self, repaint: bool = True) -> None:
        """Place every node, label and edge to fill the canvas, then group the edges again."""
        self._layout_stale = False
        self._layouts += 1
        make = lay_out_pictures if self._state.pictured() else lay_out
        self._laid_out = make(self._state, float(self._canvas.width()), float(self._canvas.height()))
        if self._state.sizes:
            group_edges(self._state, self._laid_out, self._pens)
        if repaint:
            self._canvas.update()

    # ------------------------------------------------------------------ events

    def _on_double_click(self, pos: QPointF) -> None:
        node = self.node_at(pos)
        if node is not None and node[0] > 0 and self._state.biases is not None:
            self.edit_bias(*node)

    def _on_click(self, pos: QPointF) -> None:
        st = self._state
        label = self.label_at(pos)
        if label is not None and st.weights is not None:
            if label[0] == "w":
                self.edit_weight(*label[1:])
            elif st.biases is not None:
                self.edit_bias(*label[1:])
            return
        node = self.node_at(pos)
        edge = None if node is not None else self.edge_at(pos)
        if node is not None:
            st.selected = node
            self._canvas.update()
            self.nodeSelected.emit(*node)
            if self.has_map(*node):
                self.nodeMapRequested.emit(*node)
        elif edge is not None and st.weights is not None:
            self.edit_weight(*edge, at=pos)
        elif st.selected is not None:
            st.selected = None
            self._canvas.update()
            self.selectionCleared.emit()

    def _paint(self, p: QPainter) -> None:
        ms = self._painter.paint(p, self._layout, QRectF(self._canvas.rect()), self._draft)
        if ms is not None:
            self._edge_paint_ms = ms
