"""The diagram's geometry when the inputs are a picture's pixels (``DiagramState.picture_shape``):
the input layer is the sample's picture (one square cell a pixel, whole pixels a cell so it
stays sharp), with two lines under it for the sample's answer; the first hidden layer is a grid
of its neurons' weight pictures, each with its neuron as a small disc on its right (fill =
activation, ring = bias, as everywhere); later layers are columns of discs as usual.

From the picture one line goes to each neuron of the next layer (``bundles``) instead of one
per pixel and neuron: 64 × 16 = 1,024 lines would be noise, and each neuron's weight picture
shows where every one of its weights goes. The grid takes the column count that gives the
largest pictures in the room left by the picture and the later columns."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from .layout import (HEADER_GAP, HIT_MARGIN, NAME_GAP, NAME_LINE_FIT, NAME_WIDTH_SHARE, NAMES_MIN_WIDTH,
                     NODE_PITCH, PAD, RADIUS_GAP_FLOOR, RADIUS_GAP_SHARE, RADIUS_SHARE, VALUE_BOX_PAD,
                     VALUE_FIT_HEIGHT, VALUE_FIT_WIDTH, Layout, Lines, keep_numbers_apart, place_headers)
from .state import DiagramState
from .style import MAX_EDGE_WIDTH, MAX_NODE_RADIUS, MIN_NODE_RADIUS, VALUE_SAMPLE

PICTURE_WIDTH_SHARE = 0.22   # the input picture: at most this share of the width ...
MAX_CELL = 24                # ... and this many pixels a cell
CAPTION_LINES = 2            # under the picture: the answer and what the network says
CAPTION_GAP = 4.0
CAPTION_INTO_GAP = 0.8       # the caption may reach this share into the gap after the picture
CAPTION_SLACK = 1.1          # room for a caption wider than measured (other digits, a 2× export)
BUNDLE_GAP_SHARE = 0.06      # between the picture and the weight pictures: this share of the width ...
BUNDLE_GAP_MIN = 24.0        # ... at least this
TILE_GAP = 4.0               # between two weight pictures
MAX_TILE = 160.0             # a weight picture at most this wide
DOT_SHARE = 0.16             # a neuron's disc: this share of its picture's side as radius ...
DOT_RADIUS_RANGE = (3.0, 14.0)   # ... within these
DOT_GAP = 1.0                # between a weight picture and its disc
COLUMN_EDGE_ROOM = 20.0      # a column of discs after the grid keeps this much for its edges
SNAP_KEEP = 0.85            # a weight picture takes whole pixels a cell when it keeps this share of its side
BUNDLE_WIDTH_SHARE = 0.3     # the widest line from the picture: this share of the grid's row pitch


@dataclass
class PictureLayout(Layout):
    """A :class:`Layout` whose layer 0 is a picture and, with a hidden layer, whose layer 1 is a
    grid of weight pictures. ``xs[0]`` / ``xs[1]`` are the picture's and the grid's centres (for
    the headers); their nodes are placed by :meth:`centre` and :meth:`node_rect`."""

    shape: tuple[int, int] = (1, 1)
    picture: QRectF = field(default_factory=QRectF)
    cell: float = 1.0
    caption: QRectF = field(default_factory=QRectF)
    tiles: list[QRectF] = field(default_factory=list)       # layer 1's weight pictures (empty: discs)
    tile_xs: np.ndarray = field(default_factory=lambda: np.zeros(0))   # x of each tile's disc
    bundles: list[QLineF] = field(default_factory=list)     # picture → each node of layer 1
    cache: dict = field(default_factory=dict)               # the painter's, for this geometry

    def cell_rect(self, i: int) -> QRectF:
        r, c = divmod(i, self.shape[1])
        return QRectF(self.picture.x() + c * self.cell, self.picture.y() + r * self.cell, self.cell, self.cell)

    def centre(self, l: int, i: int) -> QPointF:
        if l == 0:
            return self.cell_rect(i).center()
        if l == 1 and self.tiles:
            return QPointF(float(self.tile_xs[i]), float(self.ys[1][i]))
        return super().centre(l, i)

    def node_rect(self, l: int, i: int) -> QRectF:
        """A pixel's cell; a weight picture together with its disc; else a disc's square."""
        if l == 0:
            return self.cell_rect(i)
        if l == 1 and self.tiles:
            r = self.radii[1]
            c = self.centre(1, i)
            return self.tiles[i].united(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        return super().node_rect(l, i)

    def node_at(self, pos: QPointF) -> tuple[int, int] | None:
        if self.picture.contains(pos):
            c = min(int((pos.x() - self.picture.x()) / self.cell), self.shape[1] - 1)
            r = min(int((pos.y() - self.picture.y()) / self.cell), self.shape[0] - 1)
            return 0, r * self.shape[1] + c
        for i in range(len(self.tiles)):
            if self.node_rect(1, i).adjusted(-HIT_MARGIN, -HIT_MARGIN, HIT_MARGIN, HIT_MARGIN).contains(pos):
                return 1, i
        return super().node_at(pos)


def lay_out_pictures(state: DiagramState, width: float, height: float) -> PictureLayout:
    """Place the picture, the weight pictures and the later columns of ``state`` (with
    ``picture_shape`` set) to fill a ``width``×``height`` canvas."""
    fonts = state.fonts
    rows, cols = state.picture_shape
    sizes = state.sizes
    tiled = state.weight_pictured()
    lay = PictureLayout(width=width, height=height, fallback_font=fonts.smallest_value, shape=(rows, cols),
                        first_column=2 if tiled else 1)
    label_fm = QFontMetricsF(fonts.label)
    header_fm = QFontMetricsF(fonts.header)
    top = PAD + header_fm.height() + HEADER_GAP
    avail_h = max(height - PAD - top, 20.0)
    line_h = label_fm.height()

    # Output names as in the usual layout (a name a line), on the right.
    right = width - PAD
    lay.show_out_labels = avail_h / sizes[-1] >= line_h * NAME_LINE_FIT and width >= NAMES_MIN_WIDTH
    if lay.show_out_labels:
        cap = NAME_WIDTH_SHARE * width
        natural = max(label_fm.horizontalAdvance(n) for n in state.output_names)
        w = min(natural, cap)
        lay.out_labels = [label_fm.elidedText(n, Qt.TextElideMode.ElideRight, w + 0.5) for n in state.output_names]
        right -= w + NAME_GAP

    # The picture: whole pixels a cell, the caption's lines under it, centred in the height.
    caption_h = CAPTION_LINES * line_h + CAPTION_GAP
    cell = math.floor(min(PICTURE_WIDTH_SHARE * width / cols, (avail_h - caption_h) / rows, MAX_CELL))
    lay.cell = float(max(cell, 1))
    pw, ph = lay.cell * cols, lay.cell * rows
    pic_top = math.floor(top + (avail_h - caption_h - ph) / 2)
    # the caption's lines ("network: 8") may be wider than the picture: the picture is centred
    # over them, which may reach a little into the margin and the gap the lines cross (drawn on a
    # box over them); the lines start after the picture
    gap = max(BUNDLE_GAP_MIN, BUNDLE_GAP_SHARE * width)
    # about the widest caption line, in the words the window writes it with (see FramePainter)
    cap_w = CAPTION_SLACK * label_fm.horizontalAdvance(QCoreApplication.translate("FramePainter", "network: {0}").format(8))
    block = max(pw, cap_w - 2 * min(PAD - CAPTION_GAP, CAPTION_INTO_GAP * gap))
    lay.picture = QRectF(math.floor(PAD + (block - pw) / 2), max(pic_top, math.floor(top)), pw, ph)
    lay.caption = QRectF(max(0.0, lay.picture.center().x() - cap_w / 2), lay.picture.bottom() + CAPTION_GAP,
                         cap_w, CAPTION_LINES * line_h)
    lay.xs = [lay.picture.center().x()]
    lay.ys = [np.array([lay.cell_rect(i).center().y() for i in range(rows * cols)])]
    lay.radii = [lay.cell / 2]
    lay.value_fonts, lay.outside_values = [None], [False]

    # Later columns of discs: numbers beside the outputs need room on their left.
    value_w = QFontMetricsF(fonts.smallest_value).horizontalAdvance(VALUE_SAMPLE) + VALUE_BOX_PAD
    disc_layers = list(range(2 if tiled else 1, len(sizes)))
    r_max = min(MAX_NODE_RADIUS * max(1.0, fonts.scale), max(RADIUS_GAP_SHARE * 4 * value_w / 3, RADIUS_GAP_FLOOR))

    def spacing(n: int) -> float:
        return min(avail_h / n, NODE_PITCH * r_max)

    disc_r = {l: max(min(r_max, RADIUS_SHARE * spacing(sizes[l])), MIN_NODE_RADIUS) for l in disc_layers}
    x_last = right - disc_r[len(sizes) - 1]
    start = PAD + block + gap
    column_room = value_w + COLUMN_EDGE_ROOM

    if tiled:
        n1 = sizes[1]
        room_w = x_last - start - len(disc_layers) * column_room - disc_r[disc_layers[0]]
        best = (0.0, 1)
        for c in range(1, n1 + 1):
            n_rows = math.ceil(n1 / c)
            side = min(avail_h / n_rows - TILE_GAP, (room_w / c - TILE_GAP - DOT_GAP) / (1 + 2 * DOT_SHARE), MAX_TILE)
            # whole pixels a cell keeps the cells even, unless that costs much of the size
            snapped = math.floor(side / cols) * cols
            side = snapped if snapped >= SNAP_KEEP * side else math.floor(side)
            if side > best[0]:
                best = (side, c)
        side, c = max(best[0], 4.0), best[1]
        n_rows = math.ceil(n1 / c)
        dot = float(np.clip(DOT_SHARE * side, *DOT_RADIUS_RANGE))
        unit = side + DOT_GAP + 2 * dot + TILE_GAP
        grid_h = n_rows * (side + TILE_GAP) - TILE_GAP
        grid_top = math.floor(top + (avail_h - grid_h) / 2)
        ys1, xs1 = [], []
        for k in range(n1):
            col, row = divmod(k, n_rows)      # down the columns, as the usual column counts
            rect = QRectF(math.floor(start + col * unit), grid_top + row * (side + TILE_GAP), side, side)
            lay.tiles.append(rect)
            xs1.append(rect.right() + DOT_GAP + dot)
            ys1.append(rect.center().y())
        lay.tile_xs = np.array(xs1)
        lay.xs.append(start + (c * unit - TILE_GAP) / 2)
        lay.ys.append(np.array(ys1))
        lay.radii.append(dot)
        lay.value_fonts.append(None)
        lay.outside_values.append(False)
        first_x = start + c * unit + column_room
        bundle_w = BUNDLE_WIDTH_SHARE * (side + TILE_GAP)
    else:
        first_x = x_last
        bundle_w = BUNDLE_WIDTH_SHARE * spacing(sizes[1])

    # The columns of discs, spread from after the grid to the right edge.
    n_disc = len(disc_layers)
    for k, l in enumerate(disc_layers):
        n = sizes[l]
        s = spacing(n)
        r = disc_r[l]
        x = x_last if n_disc == 1 else first_x + (x_last - first_x) * k / (n_disc - 1)
        lay.xs.append(x)
        lay.ys.append(top + avail_h / 2 + (np.arange(n) - (n - 1) / 2) * s)
        lay.radii.append(r)
        fits = [f for f, w, h in fonts.values if w <= 2 * r - VALUE_FIT_WIDTH and h <= 2 * r - VALUE_FIT_HEIGHT]
        outside = not fits and (n == 1 or s >= fonts.values[-1][2] + 1)
        lay.value_fonts.append(fits[0] if fits else (fonts.smallest_value if outside else None))
        lay.outside_values.append(outside)
    keep_numbers_apart(lay, sizes)

    # One line from the picture's right edge to each node of layer 1; then the usual edges.
    n1 = sizes[1]
    for j in range(n1):
        y0 = lay.picture.top() + (j + 0.5) / n1 * lay.picture.height()
        end = lay.tiles[j] if tiled else None
        p1 = QPointF(end.left(), end.center().y()) if end is not None else lay.centre(1, j)
        lay.bundles.append(QLineF(QPointF(lay.picture.right(), y0), p1))
    lay.max_widths.append(float(np.clip(bundle_w, 1.5, MAX_EDGE_WIDTH)))
    segs = [np.zeros((0, 4))]
    lay.lines.append(Lines(segs[0]))
    for l in range(1, len(sizes) - 1):
        a = np.array([[lay.centre(l, i).x(), lay.centre(l, i).y()] for i in range(sizes[l])])
        b = np.array([[lay.centre(l + 1, j).x(), lay.centre(l + 1, j).y()] for j in range(sizes[l + 1])])
        seg = np.column_stack([np.repeat(a, len(b), axis=0), np.tile(b, (len(a), 1))])
        segs.append(seg)
        lay.lines.append(Lines(seg))
        tight = min(spacing(sizes[l]), spacing(sizes[l + 1]))
        lay.max_widths.append(float(np.clip(0.3 * tight, 1.5, MAX_EDGE_WIDTH)))
    lay.segments = np.concatenate(segs)
    gaps = np.diff(lay.xs)
    place_headers(lay, header_fm, float(gaps.min()) if len(gaps) else width)
    return lay


__all__ = ["PictureLayout", "lay_out_pictures"]
