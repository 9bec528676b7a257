"""Painting the diagram: edges, nodes (filled discs, dots for packed layers, maps), the
selection, weight and bias labels, names and headers. Reads the state,
the layout and the phases; changes nothing but its caches."""
from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QPolygonF

from nnviz.core.text import edge_value, node_value, small_value
from nnviz.ui import theme

from ..i18n import translate
from .layout import Layout
from .maps import map_disc
from .pens import Pens, largest_abs, phase_pens, unset_pen
from .phases import Phases
from .picture_layout import PictureLayout
from .picture_paint import PicturePainter
from .state import DiagramState
from .style import (DOT_RADIUS, DOT_SHADES, LABEL_BOX_COLOUR, NAN_COLOUR, mix,
                    text_colour_on)

FILL_STRENGTH = 0.85       # the strongest activation fills its node with this much colour
RING_SHARE = 0.3           # the widest bias ring: this share of the radius ...
RING_WIDTH = (1.5, 5.0)    # ... within these widths
RING_OVERLAP = 0.6         # rings reach this far past their radius, over the fill's edge
MUTED_RING_WIDTH = 1.2     # the ring of a node without a bias
SELECTION_GAP = (3.0, 0.18)   # the selection ring: at least this far out, or this share of the radius
SELECTION_WIDTH = 2.5
NAME_GAP = 8.0             # names beside the input and output nodes
PILL_PAD = 6.0             # across a number beside its node
PILL_RADIUS = 3.0          # corners of the boxes behind labels and numbers
SPRITE_CACHE_SIZE = 256


class DotSprites:
    """Pre-drawn dots, one per shade, radius and device pixel ratio, copied to each node of a
    packed layer: far cheaper than stroking hundreds of wide round points every paint."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def clear(self) -> None:
        self._cache.clear()

    def ratios(self) -> set[float]:
        """The device pixel ratios of the sprites made since the last clear."""
        return {key[2] for key in self._cache}

    def get(self, k: int, r: float, dpr: float, neg: QColor, pos: QColor) -> QPixmap:
        """Shade ``k`` (see :func:`shade_colour`) as a dot of radius ``r`` with a thin grey edge,
        in a (2r+2)-pixel square at ``dpr`` device pixels a pixel."""
        key = (k, r, dpr, neg.rgba(), pos.rgba())
        sprite = self._cache.get(key)
        if sprite is not None:
            return sprite
        colour = shade_colour(k, neg, pos)
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
        if len(self._cache) > SPRITE_CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = sprite
        return sprite


DOT_SPRITES = DotSprites()   # shared: a sprite depends on nothing of the view it is drawn in


def shade_colour(k: int, neg: QColor, pos: QColor) -> QColor:
    """Shade ``k`` of a dot: −1 unset, 2·DOT_SHADES not finite, else the activation's sign
    (negative from DOT_SHADES on) and size."""
    if k < 0:
        return QColor(theme.NEUTRAL)
    if k == 2 * DOT_SHADES:
        return QColor(NAN_COLOUR)
    level = (k % DOT_SHADES) / (DOT_SHADES - 1)
    return mix(neg if k >= DOT_SHADES else pos, FILL_STRENGTH * level)


def shown_biases(state: DiagramState, phases: Phases) -> list[np.ndarray] | None:
    return phases.shown_biases(state.biases) if state.use_bias else None


def weight_label_text(state: DiagramState, phases: Phases, l: int, i: int, j: int) -> str:
    """The text on edge (l, i, j): the weight, its gradient in the backward phase, the moving
    weight in the update phase."""
    w = phases.shown_weights(state.weights)
    if phases.phase == "backward" and phases.step is not None and phases.edge_has_grad(l):
        g = float(phases.step.weight_grads[l][i, j])
        return "∂" + (small_value(g) or edge_value(g))
    return "" if w is None else edge_value(float(w[l][i, j]))


def bias_label_text(state: DiagramState, phases: Phases, layer: int, j: int) -> str:
    b = shown_biases(state, phases)
    return "" if b is None else "b=" + edge_value(float(b[layer - 1][j]))


class DiagramPainter:
    """Paints one view's diagram; keeps the maps as round pictures until the maps change."""

    def __init__(self, state: DiagramState, phases: Phases, pens: Pens) -> None:
        self.state, self.phases, self.pens = state, phases, pens
        self._map_pixmaps: dict[tuple[int, int, int], QPixmap] = {}
        self.pictures = PicturePainter(state, phases, pens)   # a picture input (see picture_paint)

    def forget_maps(self) -> None:
        self._map_pixmaps = {}

    def map_pixmap(self, layer: int, index: int, radius: float) -> QPixmap:
        """Node (layer, index)'s map as an antialiased disc of ``radius``, made once per new maps
        and size and then only copied."""
        d = max(1, int(round(2 * radius)))
        key = (layer, index, d)
        pm = self._map_pixmaps.get(key)
        if pm is None:
            pm = self._map_pixmaps[key] = map_disc(self.state.maps[layer][index], radius)
        return pm

    def paint(self, p: QPainter, lay: Layout, area: QRectF, draft: bool) -> float | None:
        """Paint the diagram in ``area`` (the canvas); edges aliased when ``draft``. Returns how
        long the antialiased edges needed in ms (what decides drafting), None when they were
        drafted or not painted."""
        st = self.state
        p.fillRect(area, QColor(theme.BACKGROUND))
        if not st.sizes or not lay.xs:
            p.setPen(QColor(theme.MUTED))
            p.setFont(st.fonts.header)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, translate("NetworkView", "No network yet"))
            return None
        p.setRenderHint(QPainter.RenderHint.Antialiasing, not draft)
        start = time.perf_counter()
        pictured = isinstance(lay, PictureLayout)
        if pictured:
            self.pictures.paint_lines(p, lay)
        self._paint_edges(p, lay)
        edge_ms = None if draft else (time.perf_counter() - start) * 1000
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_nodes(p, lay)
        if pictured:
            self.pictures.paint_nodes(p, lay)
        if st.selected is not None and st.selected[0] >= lay.first_column:
            l, i = st.selected
            r = lay.radii[l] + max(SELECTION_GAP[0], SELECTION_GAP[1] * lay.radii[l])
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(theme.TEXT), SELECTION_WIDTH))
            p.drawEllipse(lay.centre(l, i), r, r)
        if st.show_weights and lay.weight_rects:
            self._paint_labels(p, lay)
        self._paint_texts(p, lay, area)
        return edge_ms

    def _paint_edges(self, p: QPainter, lay: Layout) -> None:
        st = self.state
        if self.phases.phase is not None:
            for pens, lines in zip(phase_pens(st, lay, self.pens, self.phases), lay.lines):
                for pen, line in zip(pens, lines):
                    p.setPen(pen)
                    p.drawLine(line)
        elif st.edge_groups:
            for groups in st.edge_groups:
                for pen, lines in groups:
                    p.setPen(pen)
                    p.drawLines(lines)
        else:
            p.setPen(unset_pen())
            for lines in lay.lines:
                p.drawLines(lines)

    def _paint_nodes(self, p: QPainter, lay: Layout) -> None:
        """Fill = activation (or δ in the backward phase, or the neuron's map), ring = bias."""
        st, phases = self.state, self.phases
        neg, pos_c = QColor(theme.NEGATIVE), QColor(theme.POSITIVE)
        shown_b = shown_biases(st, phases)
        w_now = phases.shown_weights(st.weights)
        bias_scale = st.weight_scale
        if w_now is not None and phases.phase is not None:
            bias_scale = largest_abs(w_now)
        if shown_b is not None:
            bias_scale = max(bias_scale, largest_abs(shown_b))
        muted_pen = QPen(QColor(theme.MUTED), MUTED_RING_WIDTH)
        text_colour = QColor(theme.TEXT)
        values, kinds = phases.node_values(st.activations, len(st.sizes))
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for l in range(lay.first_column, len(lay.xs)):   # (a picture's layers: picture_paint)
            x, r = lay.xs[l], lay.radii[l]
            value_fm = QFontMetricsF(lay.value_fonts[l]) if lay.value_fonts[l] is not None else None
            acts = values[l]
            a_scale = 1.0
            if acts is not None and np.isfinite(acts).any():
                peak = float(np.abs(acts[np.isfinite(acts)]).max())
                a_scale = max(1.0, peak) if kinds[l] == "a" else max(peak, 1e-12)
            biases = shown_b[l - 1] if (shown_b is not None and l > 0) else None
            ring_max = float(np.clip(RING_SHARE * r, *RING_WIDTH))
            maps = st.maps[l] if (st.maps and phases.phase is None) else None
            if r < DOT_RADIUS and maps is None:
                self._paint_dots(p, x, lay.ys[l], r, acts, a_scale, neg, pos_c)
                continue
            for i, y in enumerate(lay.ys[l].tolist()):
                fill = QColor(theme.NEUTRAL)
                if acts is not None:
                    a = float(acts[i])
                    if math.isfinite(a):
                        fill = mix(neg if a < 0 else pos_c, FILL_STRENGTH * min(abs(a) / a_scale, 1.0))
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
                rr = r - ring.widthF() / 2 + RING_OVERLAP   # keep the outer edge of every ring at r
                if maps is not None:
                    p.drawPixmap(QPointF(x - rr, y - rr), self.map_pixmap(l, i, rr))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    p.setBrush(fill)
                p.setPen(ring)
                p.drawEllipse(centre, rr, rr)
                outside = lay.outside_values[l] or maps is not None
                if acts is not None and lay.value_fonts[l] is not None and (maps is None or lay.outside_ok[l]):
                    v = float(acts[i])
                    text = (small_value(v) if kinds[l] == "δ" else "") or node_value(v)
                    if kinds[l] == "δ" and outside:
                        text = "δ" + text
                    p.setFont(lay.value_fonts[l])
                    box = lay.value_rect(l, i, outside)
                    if outside:
                        tw = value_fm.horizontalAdvance(text) + PILL_PAD
                        pill = QRectF(box.center().x() - tw / 2, box.center().y() - value_fm.height() / 2, tw,
                                      value_fm.height())
                        p.setPen(Qt.PenStyle.NoPen)
                        p.setBrush(LABEL_BOX_COLOUR)
                        p.drawRoundedRect(pill, PILL_RADIUS, PILL_RADIUS)
                        p.setPen(text_colour)
                    else:
                        p.setPen(text_colour_on(fill))
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

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
                p.setPen(QPen(shade_colour(k, neg, pos), 2 * r - 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                p.drawPoints(QPolygonF([QPointF(x, y) for y in ys[shade == k].tolist()]))
            return
        # On screen and in a PNG: one pre-drawn dot per shade at the target's pixel ratio (a 2×
        # export too), copied to each node.
        dpr = target.devicePixelRatioF()
        half = r + 1.0
        for k in np.unique(shade).tolist():
            sprite = DOT_SPRITES.get(k, r, dpr, neg, pos)
            for y in ys[shade == k].tolist():
                p.drawPixmap(QPointF(x - half, y - half), sprite)

    def _paint_labels(self, p: QPainter, lay: Layout) -> None:
        st, phases = self.state, self.phases
        p.setFont(st.fonts.weight)
        fm = QFontMetricsF(st.fonts.weight)
        neg_text, pos_text = QColor(theme.NEGATIVE_TEXT), QColor(theme.POSITIVE)
        for l, rects in enumerate(lay.weight_rects):
            n_out = st.sizes[l + 1]
            for k, rect in enumerate(rects):
                text = weight_label_text(st, phases, l, *divmod(k, n_out))
                if not text:
                    continue
                width = max(rect.width(), fm.horizontalAdvance(text) + PILL_PAD)
                rect = QRectF(rect.center().x() - width / 2, rect.y(), width, rect.height())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(LABEL_BOX_COLOUR)
                p.drawRoundedRect(rect, PILL_RADIUS, PILL_RADIUS)
                p.setPen(neg_text if text.lstrip("∂").startswith("-") else pos_text)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        for layer, rects in enumerate(lay.bias_rects):
            for j, rect in enumerate(rects):
                text = bias_label_text(st, phases, layer, j)
                if not text:
                    continue
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(LABEL_BOX_COLOUR)
                p.drawRoundedRect(rect, PILL_RADIUS, PILL_RADIUS)
                p.setPen(neg_text if text.startswith("b=-") else pos_text)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_texts(self, p: QPainter, lay: Layout, area: QRectF) -> None:
        """Names beside the input and output nodes, headers above the columns."""
        fonts = self.state.fonts
        p.setFont(fonts.label)
        p.setPen(QColor(theme.TEXT))
        fm = QFontMetricsF(fonts.label)
        h = fm.height()
        if lay.show_in_labels:
            r, x = lay.radii[0], lay.xs[0]
            for text, y in zip(lay.in_labels, lay.ys[0].tolist()):
                lines = text.count("\n") + 1       # a name on two lines, or a sample's value under it
                box = QRectF(0, y - h * lines / 2, x - r - NAME_GAP, h * lines)
                p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                           | Qt.TextFlag.TextDontClip, text)
        if lay.show_out_labels:
            r, x = lay.radii[-1], lay.xs[-1]
            for text, y in zip(lay.out_labels, lay.ys[-1].tolist()):
                box = QRectF(x + r + NAME_GAP, y - h / 2, area.width() - (x + r + NAME_GAP), h)
                p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                           | Qt.TextFlag.TextDontClip, text)
        p.setFont(fonts.header)
        p.setPen(QColor(theme.MUTED))
        for text, rect in lay.headers:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
