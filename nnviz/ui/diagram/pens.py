"""The pens of the edges: colour = sign of the weight; thickness and colour strength (faded
towards white) = |w| relative to the largest |w| shown, in LEVELS buckets a sign, so that the
edges of one bucket are drawn with one ``drawLines`` call."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from nnviz.ui import theme

from .layout import Layout
from .phases import Phases
from .state import DiagramState
from .style import (DASH, LEVELS, MIN_EDGE_STRENGTH, MIN_EDGE_WIDTH, NAN_COLOUR, ZERO_COLOUR, ZERO_WEIGHT,
                    mix)

NAN_LEVEL = -1             # an edge level: the weight is not finite
ZERO_LEVEL = -2            # an edge level: the weight is about 0 (ZERO_WEIGHT)
UNSET_STRENGTH = 0.35      # edges before any weight is known: the muted colour this strong
ZERO_PEN_WIDTH = 1.2
EDGE_GAMMA = 0.7           # colour strength grows as |w|**EDGE_GAMMA: small weights stay visible


def unset_pen() -> QPen:
    """The pen of an edge whose weight is not known (or not reached yet in a phase)."""
    return QPen(mix(QColor(theme.MUTED), UNSET_STRENGTH), 1.0)


class Pens:
    """The pens of every (sign, level, widest edge), made once and cached."""

    def __init__(self) -> None:
        self._cache: dict = {}

    def pen(self, sign: int, level: int, max_width: float) -> QPen:
        key = (sign, level, round(max_width, 2), theme.current_theme())
        pen = self._cache.get(key)
        if pen is None:
            if level < 0:
                pen = QPen(QColor(NAN_COLOUR), 1.0, Qt.PenStyle.DashLine)
            else:
                # Fading is blended into the white background rather than drawn with alpha:
                # translucent antialiased lines paint several times slower in Qt's raster engine.
                t = level / (LEVELS - 1)
                colour = mix(QColor(theme.NEGATIVE if sign else theme.POSITIVE),
                             MIN_EDGE_STRENGTH + (1 - MIN_EDGE_STRENGTH) * t**EDGE_GAMMA)
                pen = QPen(colour, MIN_EDGE_WIDTH + (max_width - MIN_EDGE_WIDTH) * t)
                if sign:     # negative: dashed too, so the sign survives grayscale and colour blindness
                    unit = max(pen.widthF(), 1.0)     # Qt's dash lengths are in pen widths
                    pen.setDashPattern([max(DASH[0] / unit, 2.0), max(DASH[1] / unit, 1.2)])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._cache[key] = pen
        return pen

    def zero(self) -> QPen:
        """A weight about 0 (:data:`ZERO_WEIGHT`): thin, grey and dotted, whatever its sign."""
        pen = self._cache.get(("zero", theme.current_theme()))
        if pen is None:
            pen = QPen(QColor(ZERO_COLOUR), ZERO_PEN_WIDTH, Qt.PenStyle.DotLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            self._cache[("zero", theme.current_theme())] = pen
        return pen

    def edge(self, state: DiagramState, lay: Layout, l: int, i: int, j: int) -> QPen:
        """The pen of edge (l, i, j) outside the phases."""
        if state.weights is None:
            return unset_pen()
        level = int(state.edge_levels[l][i * state.sizes[l + 1] + j])
        if level == ZERO_LEVEL:
            return self.zero()
        sign = 1 if state.weights[l][i, j] < 0 else 0
        return self.pen(sign, level, lay.max_widths[l])


def largest_abs(arrays) -> float:
    """The largest finite |value| of some arrays, 0 when there is none."""
    finite = [np.abs(a[np.isfinite(a)]) for a in arrays]
    return max((float(f.max()) for f in finite if f.size), default=0.0)


def edge_levels(weights: list[np.ndarray], scale: float) -> list[np.ndarray]:
    """Per pair of layers, the bucket of every edge (row-major): 0 … LEVELS - 1 by |w| / scale,
    NAN_LEVEL or ZERO_LEVEL."""
    levels = []
    for w in weights:
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.abs(w) / scale if scale > 0 else np.zeros_like(w)
        level = np.rint(np.nan_to_num(t, nan=0.0, posinf=1.0) * (LEVELS - 1)).astype(np.int64)
        level = np.clip(level, 0, LEVELS - 1)
        level[~np.isfinite(w)] = NAN_LEVEL
        level[np.abs(w) < ZERO_WEIGHT] = ZERO_LEVEL
        levels.append(level.ravel())
    return levels


def group_edges(state: DiagramState, lay: Layout, pens: Pens) -> None:
    """Sort the drawn edges into (sign, level) buckets, thin ones first so big weights draw on
    top; only the strongest of a pair beyond its quota (see EDGE_BUDGET). Sets the state's
    ``edge_groups`` and ``edge_order``."""
    state.edge_groups, state.edge_order = [], []
    if state.weights is None or not lay.lines:
        return
    quotas = state.edge_quotas()
    for l, w in enumerate(state.weights):
        level = state.edge_levels[l]
        flat = w.ravel()
        sign = (flat < 0).astype(np.int64)
        key = np.where(level == ZERO_LEVEL, 2 * LEVELS + 1, np.where(level < 0, 2 * LEVELS, level * 2 + sign))
        k = quotas[l]
        if not k or not len(lay.lines[l]):   # a pair drawn another way (from a picture)
            state.edge_groups.append([])
            state.edge_order.append(np.zeros(0, np.int64))
            continue
        if k < flat.size:
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
            pen = (pens.zero() if k == 2 * LEVELS + 1 else pens.pen(0, -1, 1.0) if k == 2 * LEVELS
                   else pens.pen(k % 2, k // 2, lay.max_widths[l]))
            groups.append((pen, [lines[idx] for idx in order[s:e].tolist()]))
        state.edge_groups.append(groups)
        state.edge_order.append(order)


def phase_pens(state: DiagramState, lay: Layout, pens: Pens, phases: Phases) -> list[list[QPen]]:
    """Per layer pair, the pen of every edge (row-major) in the current phase: the weights as
    they move in the update, the gradients where the backward pass has reached, the unset pen
    for edges the pass has not reached yet."""
    weights = phases.shown_weights(state.weights)
    unset = unset_pen()
    if weights is None:
        return [[unset] * len(lines) for lines in lay.lines]
    w_scale = largest_abs(weights)
    g_scale = 0.0
    step, phase = phases.step, phases.phase
    if phase == "backward" and step is not None:
        g_scale = largest_abs([g for l, g in enumerate(step.weight_grads) if phases.edge_has_grad(l)])
    out = []
    for l, lines in enumerate(lay.lines):
        if (phase == "forward" and phases.layer is not None and l + 1 > phases.layer) or (
                phase == "backward" and not phases.edge_has_grad(l)):
            out.append([unset] * len(lines))
            continue
        if phase == "backward":
            vals, scale = np.asarray(step.weight_grads[l]).ravel(), g_scale
        else:
            vals, scale = weights[l].ravel(), w_scale
        row = []
        for v in vals.tolist():
            if not math.isfinite(v):
                row.append(pens.pen(0, -1, 1.0))
            else:
                level = int(round(min(abs(v) / scale, 1.0) * (LEVELS - 1))) if scale > 0 else 0
                row.append(pens.pen(1 if v < 0 else 0, level, lay.max_widths[l]))
        out.append(row)
    return out
