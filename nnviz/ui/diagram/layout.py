"""Where every node, edge, name, header, number and weight label of the diagram goes, in canvas
pixels, and what lies under a point. Pure geometry: no painting and no widget; text is measured
with the fonts of the state so that it stays at its point size whatever the canvas size."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ..i18n import translate
from .state import DiagramState
from .style import MAX_EDGE_WIDTH, MAX_NODE_RADIUS, MIN_NODE_RADIUS, VALUE_SAMPLE

PAD = 10.0                 # margin round the diagram, and above the headers
NAME_GAP = 8.0             # between an input or output name and its column of nodes
HEADER_GAP = 8.0           # between the headers and the top node
NODE_PITCH = 3.2           # node spacing at most this many largest radii
NAME_LINE_FIT = 0.95       # names shown when the node spacing is at least this many text lines ...
NAMES_MIN_WIDTH = 260.0    # ... and the canvas at least this wide
NAME_WIDTH_SHARE = 0.22    # names elided to this share of the width ...
NAME_WORD_SHARE = 0.3      # ... or wrapped on two lines, a word cut only beyond this share
RADIUS_GAP_SHARE = 0.25    # the largest radius: this share of the column gap ...
RADIUS_GAP_FLOOR = 6.0     # ... but at least this
RADIUS_SHARE = 0.4         # a node's radius: this share of its spacing ...
RADIUS_SHARE_LABELLED = 0.3   # ... less with weight labels, for the bias labels under the nodes
VALUE_FIT_WIDTH = 6.0      # a number fits in a node with this much room across ...
VALUE_FIT_HEIGHT = 2.0     # ... and this much room up and down
VALUE_GAP = 3.0            # between a node and a number beside it
VALUE_BOX_PAD = 6.0        # around the widest number beside a node
EDGE_WIDTH_SHARE = 0.3     # the widest edge: this share of the tighter node spacing ...
EDGE_WIDTH_FLOOR = 1.5     # ... but at least this
HEADER_CLEARANCE = 24.0    # long headers when they keep this gap between them, else short ones
LABEL_PAD = 6.0            # across a weight or bias label, round its text
LABEL_PAD_HEIGHT = 2.0     # and up and down
LABEL_NODE_MARGIN = 1.0    # labels keep this far from nodes
BIAS_LABEL_GAP = 1.0       # a bias label under its node
LABEL_STEP = 0.03          # weight labels try positions along their edge at this step ...
LABEL_COLUMN_STEPS = 8     # ... this many each side of their column first ...
LABEL_MIDDLE_STEPS = 13    # ... then this many each side of the middle
OFF_CANVAS_COST = 10.0     # a label's area off the canvas counts this many times its overlap
HIT_MARGIN = 3.0           # a node is hit this far outside its radius ...
HIT_MIN_REACH = 7.0        # ... and at least this far from its centre
EDGE_HIT = 4.0             # an edge is hit this close to its line


class Lines:
    """The QLineF of each edge between two layers, made when first asked for: a 64×64 pair has
    4,096 edges, most never drawn (see EDGE_BUDGET), and making them all at each resize of the
    largest network is slow."""

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


_value_boxes: dict[tuple[float, bool], tuple[float, float]] = {}


def _value_box(font: QFont) -> tuple[float, float]:
    """Width and height of the box of a number beside a node, in ``font``."""
    key = (font.pointSizeF(), font.bold())
    box = _value_boxes.get(key)
    if box is None:
        fm = QFontMetricsF(font)
        box = _value_boxes[key] = (fm.horizontalAdvance(VALUE_SAMPLE) + VALUE_BOX_PAD, fm.height())
    return box


@dataclass
class Layout:
    """Geometry in canvas pixels, made by :func:`lay_out` on a new structure, text scale or
    toggle, and when the canvas has been resized."""

    width: float = 0.0
    height: float = 0.0
    xs: list[float] = field(default_factory=list)             # column x per layer
    ys: list[np.ndarray] = field(default_factory=list)        # node y per layer
    radii: list[float] = field(default_factory=list)
    value_fonts: list[QFont | None] = field(default_factory=list)  # None: no text fits inside
    fallback_font: QFont = field(default_factory=QFont)      # the smallest number font
    show_in_labels: bool = False
    show_out_labels: bool = False
    in_labels: list[str] = field(default_factory=list)        # elided to fit
    out_labels: list[str] = field(default_factory=list)
    headers: list[tuple[str, QRectF]] = field(default_factory=list)
    max_widths: list[float] = field(default_factory=list)     # widest edge per layer pair
    lines: list[Lines] = field(default_factory=list)          # per pair, row-major (i, j), made when used
    segments: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))  # all edges x0 y0 x1 y1
    weight_rects: list[list[QRectF]] = field(default_factory=list)  # per pair, row-major; empty: no labels
    bias_rects: list[list[QRectF]] = field(default_factory=list)    # per node layer (layer 0 empty)
    outside_values: list[bool] = field(default_factory=list)       # number beside the node, not inside
    # with every layer's numbers beside its nodes (a map fills them), this layer's run into
    # nothing of another layer
    outside_ok: list[bool] = field(default_factory=list)
    first_column: int = 0    # layers before this one are not columns of discs (see picture_layout)

    def centre(self, l: int, i: int) -> QPointF:
        """Where node (l, i) is drawn."""
        return QPointF(self.xs[l], float(self.ys[l][i]))

    def node_rect(self, l: int, i: int) -> QRectF:
        x, y, r = self.xs[l], float(self.ys[l][i]), self.radii[l]
        return QRectF(x - r, y - r, 2 * r, 2 * r)

    def value_rect(self, l: int, i: int, outside: bool | None = None) -> QRectF:
        """Where a node's number goes: inside the node, or beside it (right of it; left of the
        output nodes, whose right side holds the output names), as when a map fills the node."""
        x, y, r = self.xs[l], float(self.ys[l][i]), self.radii[l]
        if not (self.outside_values[l] if outside is None else outside):
            return QRectF(x - r, y - r, 2 * r, 2 * r)
        w, h = _value_box(self.value_fonts[l] or self.fallback_font)
        if l == len(self.xs) - 1:
            return QRectF(x - r - VALUE_GAP - w, y - h / 2, w, h)
        return QRectF(x + r + VALUE_GAP, y - h / 2, w, h)

    # ------------------------------------------------------------------ hit tests

    def node_at(self, pos: QPointF) -> tuple[int, int] | None:
        for l in range(self.first_column, len(self.xs)):
            x = self.xs[l]
            reach = max(self.radii[l] + HIT_MARGIN, HIT_MIN_REACH)
            if abs(pos.x() - x) > reach:
                continue
            d = np.abs(self.ys[l] - pos.y())
            i = int(np.argmin(d))
            if math.hypot(pos.x() - x, d[i]) <= reach:
                return l, i
        return None

    def edge_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        segs = self.segments
        if not len(segs):
            return None
        p = np.array([pos.x(), pos.y()])
        a, b = segs[:, :2], segs[:, 2:]
        ab = b - a
        t = np.clip(((p - a) * ab).sum(1) / np.maximum((ab * ab).sum(1), 1e-9), 0.0, 1.0)
        dist = np.hypot(*(a + ab * t[:, None] - p).T)
        k = int(np.argmin(dist))
        if dist[k] > EDGE_HIT:
            return None
        for l in range(len(self.ys) - 1):
            n = len(self.lines[l])       # (a pair drawn another way has no lines)
            if k < n:
                i, j = divmod(k, len(self.ys[l + 1]))
                return l, i, j
            k -= n
        return None

    def label_at(self, pos: QPointF) -> tuple | None:
        """("w", l, i, j) or ("b", layer, j) for a weight or bias label at ``pos``."""
        for layer, rects in enumerate(self.bias_rects):
            for j, rect in enumerate(rects):
                if rect.contains(pos):
                    return ("b", layer, j)
        for l, rects in enumerate(self.weight_rects):
            for k, rect in enumerate(rects):
                if rect.contains(pos):
                    i, j = divmod(k, len(self.ys[l + 1]))
                    return ("w", l, i, j)
        return None


def lay_out(state: DiagramState, width: float, height: float) -> Layout:
    """Place every node, label and edge of ``state`` to fill a ``width``×``height`` canvas; no
    scaling, so text stays crisp."""
    fonts = state.fonts
    lay = Layout(width=width, height=height, fallback_font=fonts.smallest_value)
    sizes = state.sizes
    if not sizes:
        return lay
    n_layers = len(sizes)
    label_fm = QFontMetricsF(fonts.label)
    header_fm = QFontMetricsF(fonts.header)
    top = PAD + header_fm.height() + HEADER_GAP
    bottom = height - PAD
    avail_h = max(bottom - top, 20.0)

    # Node spacing per layer; labels only where a line of text fits between nodes.
    def spacing(n: int, r_max: float) -> float:
        return min(avail_h / n, NODE_PITCH * r_max)

    line_h = label_fm.height()
    in_lines = max(n.count("\n") + 1 for n in state.input_labels())    # a value under each name
    lay.show_in_labels = avail_h / sizes[0] >= line_h * NAME_LINE_FIT * in_lines and width >= NAMES_MIN_WIDTH
    lay.show_out_labels = avail_h / sizes[-1] >= line_h * NAME_LINE_FIT and width >= NAMES_MIN_WIDTH
    cap = NAME_WIDTH_SHARE * width

    def fitted(names: list[str], n_nodes: int) -> tuple[list[str], float]:
        """Names that fit: whole on one line, else on two lines at a word boundary (when two
        lines fit between the nodes), a word cut with "…" only when it is wider than a third
        of the canvas ("sepal / length", "versicolor", never "sep. l…" or "versic…"). A line
        under the name (a sample's value, "= 2") stays as it is."""
        two = avail_h / n_nodes >= 2 * line_h * NAME_LINE_FIT
        forms = []
        for label in names:
            name, *under = label.split("\n")
            wrap = two and not under and label_fm.horizontalAdvance(name) > cap
            forms.append((_two_lines(name, label_fm) if wrap else [name]) + under)
        natural = max(label_fm.horizontalAdvance(line) for form in forms for line in form)
        w = min(natural, max(cap, NAME_WORD_SHARE * width) if two or len(names) == 1 else cap)
        return ["\n".join(label_fm.elidedText(line, Qt.TextElideMode.ElideRight, w + 0.5) for line in form)
                for form in forms], w

    left, right = PAD, width - PAD
    if lay.show_in_labels:
        lay.in_labels, w = fitted(state.input_labels(), sizes[0])
        left += w + NAME_GAP
    if lay.show_out_labels:
        lay.out_labels, w = fitted(state.output_names, sizes[-1])
        right -= w + NAME_GAP

    col_gap = (right - left) / (n_layers - 1)
    r_max = min(MAX_NODE_RADIUS * max(1.0, fonts.scale), max(RADIUS_GAP_SHARE * col_gap, RADIUS_GAP_FLOOR))
    centre = top + avail_h / 2
    small_font, small_w, small_h = fonts.values[-1]
    labelled = state.show_weights and state.labels_fit()
    for n in sizes:
        s = spacing(n, r_max)
        r = max(min(r_max, (RADIUS_SHARE_LABELLED if labelled else RADIUS_SHARE) * s), MIN_NODE_RADIUS)
        lay.radii.append(r)
        lay.ys.append(centre + (np.arange(n) - (n - 1) / 2) * s)
        fits = [f for f, w, h in fonts.values if w <= 2 * r - VALUE_FIT_WIDTH and h <= 2 * r - VALUE_FIT_HEIGHT]
        # Too small for the number: print it beside the node when a line of text fits
        # between neighbours (Iris's 10-neuron layer), else leave it to the hover text.
        outside = not fits and (n == 1 or s >= small_h + 1)
        lay.value_fonts.append(fits[0] if fits else (small_font if outside else None))
        lay.outside_values.append(outside)
    x0, x1 = left + lay.radii[0], right - lay.radii[-1]
    lay.xs = [x0 + (x1 - x0) * l / (n_layers - 1) for l in range(n_layers)]
    keep_numbers_apart(lay, sizes)

    # Edges thinner where nodes are packed tightly, so neighbours stay apart.
    for l in range(n_layers - 1):
        tight = min(spacing(sizes[l], r_max), spacing(sizes[l + 1], r_max))
        lay.max_widths.append(float(np.clip(EDGE_WIDTH_SHARE * tight, EDGE_WIDTH_FLOOR, MAX_EDGE_WIDTH)))

    segs = []
    for l in range(n_layers - 1):
        ya, yb = lay.ys[l], lay.ys[l + 1]
        a = np.repeat(ya, len(yb))
        b = np.tile(yb, len(ya))
        seg = np.column_stack([np.full_like(a, lay.xs[l]), a, np.full_like(b, lay.xs[l + 1]), b])
        segs.append(seg)
        lay.lines.append(Lines(seg))
    lay.segments = np.concatenate(segs)

    place_headers(lay, header_fm, col_gap)

    if labelled:
        _place_labels(lay, state)
    return lay


def place_headers(lay: Layout, header_fm: QFontMetricsF, col_gap: float) -> None:
    """Column headers over the layers' columns, shortened when they would collide."""
    n_layers, width = len(lay.xs), lay.width
    long = ([translate("NetworkView", "Input")] + [translate("NetworkView", "Hidden {0}").format(l) for l in range(1, n_layers - 1)]
            + [translate("NetworkView", "Output")])
    short = ([translate("NetworkView", "In")] + [translate("NetworkView", "H{0}").format(l) for l in range(1, n_layers - 1)]
             + [translate("NetworkView", "Out")])
    widest = max(header_fm.horizontalAdvance(t) for t in long)
    texts = long if widest + HEADER_CLEARANCE <= col_gap else short
    for l, text in enumerate(texts):
        w = header_fm.horizontalAdvance(text) + 2
        x = min(max(lay.xs[l] - w / 2, PAD / 2), width - PAD / 2 - w)
        lay.headers.append((text, QRectF(x, PAD, w, header_fm.height())))


def keep_numbers_apart(lay: Layout, sizes: list[int]) -> None:
    """A number beside its node must not run into another layer's node ("0.0.97" is worse than
    no number, and the hover text still has it): if one would, that layer's numbers stay off
    the diagram.

    The same goes for the numbers of two layers (Iris with maps read "0 0.97"), and for numbers
    the maps move beside every node: the output's are placed first, then the inputs', then the
    hidden layers' from the last; a layer's numbers stay off if they would run into a node or a
    number already placed. Once for the numbers as they are, once for all of them beside their
    nodes (maps on)."""
    n_layers = len(sizes)
    nodes = [(k, lay.node_rect(k, i)) for k in range(n_layers) for i in range(sizes[k])]

    def placeable(layers: list[int]) -> list[bool]:
        ok, obstacles = [False] * n_layers, list(nodes)
        for l in [n_layers - 1, 0] + list(range(n_layers - 2, 0, -1)):
            if l not in layers:
                continue
            boxes = [lay.value_rect(l, i, True) for i in range(sizes[l])]
            ok[l] = not any(box.intersects(rect) for box in boxes for k, rect in obstacles if k != l)
            if ok[l]:
                obstacles += [(l, box) for box in boxes]
        return ok

    beside = placeable([l for l in range(n_layers) if lay.outside_values[l] and lay.value_fonts[l] is not None])
    for l in range(n_layers):
        if lay.outside_values[l] and not beside[l]:
            lay.value_fonts[l], lay.outside_values[l] = None, False
    lay.outside_ok = placeable([l for l in range(n_layers) if lay.value_fonts[l] is not None])


def _two_lines(name: str, fm: QFontMetricsF) -> list[str]:
    """``name`` on two lines split at the word boundary that makes the wider line narrowest
    (one line when it has one word)."""
    words = name.split()
    if len(words) < 2:
        return [name]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return list(min(splits, key=lambda ab: max(fm.horizontalAdvance(ab[0]), fm.horizontalAdvance(ab[1]))))


def _place_labels(lay: Layout, state: DiagramState) -> None:
    """Weight labels along their edges and bias labels under their nodes, none overlapping
    another label, a node or a node's number: each weight tries positions along its edge from
    the middle outwards and takes the first free one (or the least covered)."""
    sizes = state.sizes
    fm = QFontMetricsF(state.fonts.weight)
    h = fm.height() + LABEL_PAD_HEIGHT
    w_w = fm.horizontalAdvance("-0.000") + LABEL_PAD     # wider texts (gradients) widen their box when drawn
    m = LABEL_NODE_MARGIN
    obstacles: list[QRectF] = []
    for l, x in enumerate(lay.xs):
        r = lay.radii[l]
        for y in lay.ys[l].tolist():
            obstacles.append(QRectF(x - r - m, y - r - m, 2 * r + 2 * m, 2 * r + 2 * m))
        if lay.outside_values[l]:
            obstacles += [lay.value_rect(l, i) for i in range(sizes[l])]
    lay.bias_rects.append([])
    w_b = fm.horizontalAdvance("b=-0.000") + LABEL_PAD
    for l in range(1, len(sizes)):
        rects = []
        if state.use_bias:
            for y in lay.ys[l].tolist():
                rect = QRectF(lay.xs[l] - w_b / 2, y + lay.radii[l] + BIAS_LABEL_GAP, w_b, h)
                rects.append(rect)
                obstacles.append(rect)
        lay.bias_rects.append(rects)
    area = QRectF(0, 0, lay.width, lay.height)
    ts = [0.5] + [0.5 + sign * k * LABEL_STEP for k in range(1, LABEL_MIDDLE_STEPS + 1) for sign in (-1, 1)]

    def cover(rect: QRectF) -> float:
        total = 0.0
        for o in obstacles:
            if rect.intersects(o):
                c = rect.intersected(o)
                total += c.width() * c.height()
        outside = rect.width() * rect.height() - rect.intersected(area).width() * rect.intersected(area).height()
        return total + OFF_CANVAS_COST * outside

    for l, lines in enumerate(lay.lines):
        rects = []
        n_src, n_dst = sizes[l], sizes[l + 1]
        for k, line in enumerate(lines):
            # First choice: the labels of source i's edges at 1/(n+1), 2/(n+1), … of the
            # way, one column per source: a source's edges fan apart, columns do not meet.
            t0 = (k // n_dst + 1) / (n_src + 1)
            best, best_cover = None, float("inf")
            for t in [t0 + sign * q * LABEL_STEP for q in range(0, LABEL_COLUMN_STEPS) for sign in (1, -1)] + ts:
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
