"""Painting a picture input (see :mod:`.picture_layout`): the sample's picture in greys (0 white,
1 full ink), the answer under it, one line from the picture to each neuron of the next layer,
and each first-hidden-layer neuron's incoming weights as a picture.

* picture → neuron line: colour = sign and thickness = size of Σ w·x over every pixel (what the
  whole picture sends the neuron, its z without the bias), on the scale of the largest of them,
  with the weights' pens (negative dashed);
* a weight picture: each cell the weight from that pixel, blue positive, orange negative, white
  0, on a symmetric scale of its own (the neuron's largest |w| in full colour: each picture shows
  its own pattern, whatever its size; the hover text has the numbers). Negative cells of some
  size also carry a short dash, the weights' dashed cue, so the sign survives grayscale and
  colour-blind eyes.

Speed: the pictures are 8×8 QImages made once per new values (and phase), drawn scaled without
smoothing; the dashes are made once per values and geometry and drawn in one call.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nnviz.core.app.pictures import input_picture, picture_drive, picture_scales, weight_pictures
from nnviz.ui import theme

from .pens import EDGE_GAMMA, LEVELS, Pens, unset_pen
from .phases import Phases
from .picture_layout import PictureLayout
from .state import DiagramState
from .style import LABEL_BOX_COLOUR, mix

LUT_SIZE = 257            # an odd count: a weight of 0 is exactly the middle entry
MARK_SHARE = 0.25          # a negative cell gets its dash from this share of its picture's scale ...
MARK_MIN_CELL = 4.0        # ... when its cell is at least this many pixels
MARK_LENGTH = 0.55         # the dash: this share of the cell wide
FRAME_WIDTH = 1.0
FILL_STRENGTH = 0.85       # as the discs of paint.py
RING_SHARE = 0.3
RING_WIDTH = (1.2, 4.0)
SELECTION_GAP = 3.0
CAPTION_PAD = 3.0          # round the caption's box
SELECTION_WIDTH = 2.5


def grey_image(picture: np.ndarray) -> QImage:
    """A picture of values 0 (white) … 1 (black), one pixel a value; outside values clipped,
    not finite ones white."""
    v = np.clip(np.nan_to_num(np.asarray(picture, dtype=float), nan=0.0, posinf=1.0, neginf=0.0), 0.0, 1.0)
    grey = np.ascontiguousarray(np.round(255 * (1.0 - v)).astype(np.uint8))
    h, w = grey.shape
    return QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


_luts: dict[tuple, np.ndarray] = {}


def weight_lut() -> np.ndarray:
    """LUT_SIZE RGB entries: the theme's negative colour (−1) … its background (0, the middle
    entry) … its positive
    colour (+1), blended as the edges fade into the background (white in the light theme)."""
    key = (theme.NEGATIVE, theme.POSITIVE, theme.BACKGROUND)
    lut = _luts.get(key)
    if lut is None:
        ground = np.array(theme.hex_to_rgb(theme.BACKGROUND), float)
        neg, pos = np.array(theme.hex_to_rgb(theme.NEGATIVE), float), np.array(theme.hex_to_rgb(theme.POSITIVE), float)
        t = np.linspace(-1, 1, LUT_SIZE)[:, None]
        lut = _luts[key] = np.round(np.where(t < 0, ground + (neg - ground) * -t, ground + (pos - ground) * t)).astype(np.uint8)
    return lut


def weight_image(picture: np.ndarray, scale: float) -> QImage:
    """A weight picture: orange (−scale) … background (0) … blue (+scale), one pixel a weight; the
    colour strength grows as (|w| / scale) ** EDGE_GAMMA, as the edges'."""
    v = np.nan_to_num(np.asarray(picture, dtype=float), nan=0.0)
    with np.errstate(over="ignore", invalid="ignore"):
        t = np.clip(v / scale, -1.0, 1.0)
        t = np.sign(t) * np.abs(t) ** EDGE_GAMMA     # as the edges: small weights stay visible
        idx = np.clip(np.round((t + 1.0) / 2.0 * (LUT_SIZE - 1)), 0, LUT_SIZE - 1).astype(np.intp)
    rgb = np.ascontiguousarray(weight_lut()[idx])
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class PicturePainter:
    """Paints the picture, its lines and the weight pictures of one view; keeps the images
    until the values, the phase or the step change."""

    def __init__(self, state: DiagramState, phases: Phases, pens: Pens) -> None:
        self.state, self.phases, self.pens = state, phases, pens
        self._key = None
        self._pictures: np.ndarray | None = None
        self._scales: np.ndarray | None = None
        self._images: list[QImage] = []
        self._input_key = None
        self._input: np.ndarray | None = None
        self._input_image: QImage | None = None

    def _now(self) -> tuple:
        ph = self.phases
        return self.state.version, ph.phase, ph.layer, ph.t, ph.version, theme.current_theme()

    # ------------------------------------------------------------------ what is drawn

    def pictures(self) -> np.ndarray | None:
        """The weight pictures drawn now ``(n_neurons, rows, cols)``: the first layer's weights
        as the edges show them (the step's in its phases), None without weights or tiles."""
        st = self.state
        if not st.weight_pictured():
            return None
        key = self._now()
        if key != self._key:
            self._key = key
            w = self.phases.shown_weights(st.weights)
            if w is None:
                self._pictures, self._scales, self._images = None, None, []
            else:
                self._pictures = weight_pictures(w[0], st.picture_shape)
                self._scales = picture_scales(self._pictures)
                self._images = [weight_image(p, s) for p, s in zip(self._pictures, self._scales)]
        return self._pictures

    def scales(self) -> np.ndarray | None:
        """Each weight picture's colour scale (its largest finite |w|) as drawn now."""
        return None if self.pictures() is None else self._scales

    def input_values(self) -> np.ndarray | None:
        """The inputs the picture shows now (the step's in its phases), or None."""
        values, _ = self.phases.node_values(self.state.activations, len(self.state.sizes))
        return values[0]

    def input_image(self) -> np.ndarray | None:
        """The sample's picture drawn now ``(rows, cols)``, or None when no sample is shown."""
        key = self._now()
        if key != self._input_key:
            self._input_key = key
            x = self.input_values()
            self._input = None if x is None else input_picture(x, self.state.picture_shape)
            self._input_image = None if x is None else grey_image(self._input)
        return self._input

    # ------------------------------------------------------------------ painting

    def paint_lines(self, p: QPainter, lay: PictureLayout) -> None:
        """The picture's line to each neuron of layer 1 (under everything else)."""
        st = self.state
        x = self.input_values()
        w = self.phases.shown_weights(st.weights)
        if x is None or w is None:
            p.setPen(unset_pen())
            p.drawLines(lay.bundles)
            return
        drive = picture_drive(w[0], x)
        finite = np.isfinite(drive)
        scale = float(np.abs(drive[finite]).max()) if finite.any() else 0.0
        for line, d in zip(lay.bundles, drive.tolist()):
            if not math.isfinite(d):
                p.setPen(self.pens.pen(0, -1, 1.0))
            else:
                level = int(round(min(abs(d) / scale, 1.0) * (LEVELS - 1))) if scale > 0 else 0
                p.setPen(self.pens.pen(1 if d < 0 else 0, level, lay.max_widths[0]))
            p.drawLine(line)

    def paint_nodes(self, p: QPainter, lay: PictureLayout) -> None:
        """The picture with its caption, the weight pictures with their discs, and the selection
        when it is a pixel or a pictured neuron."""
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        frame = QPen(QColor(theme.MUTED), FRAME_WIDTH)
        frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        self.input_image()
        if self._input_image is not None:
            p.drawImage(lay.picture, self._input_image)
        else:
            p.fillRect(lay.picture, QColor(theme.NEUTRAL))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(frame)
        p.drawRect(lay.picture)
        caption = self.state.picture_caption
        if caption:
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip
            text = "\n".join(caption)
            p.setFont(self.state.fonts.label)
            box = p.fontMetrics().boundingRect(lay.caption.toRect(), int(flags), text)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LABEL_BOX_COLOUR)      # over the lines that pass under it
            p.drawRoundedRect(QRectF(box).adjusted(-CAPTION_PAD, 0, CAPTION_PAD, 0), CAPTION_PAD, CAPTION_PAD)
            p.setPen(QColor(theme.TEXT))
            p.drawText(lay.caption, flags, text)
        if lay.tiles:
            self._paint_tiles(p, lay, frame)
        sel = self.state.selected
        if sel is not None and (sel[0] == 0 or (sel[0] == 1 and lay.tiles)):
            g = SELECTION_GAP
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(theme.TEXT), SELECTION_WIDTH))
            p.drawRect(lay.node_rect(*sel).adjusted(-g, -g, g, g))

    def _paint_tiles(self, p: QPainter, lay: PictureLayout, frame: QPen) -> None:
        st = self.state
        pictures = self.pictures()
        if pictures is None:
            for rect in lay.tiles:
                p.fillRect(rect, QColor(theme.NEUTRAL))
        else:
            for rect, image in zip(lay.tiles, self._images):
                p.drawImage(rect, image)
            marks = self._marks(lay)
            if marks:
                width = max(1.0, round(lay.tiles[0].width() / st.picture_shape[1] / 7))
                pen = QPen(QColor(theme.TEXT), width)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                p.setPen(pen)
                p.drawLines(marks)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(frame)
        for rect in lay.tiles:
            p.drawRect(rect)
        self._paint_discs(p, lay)

    def _marks(self, lay: PictureLayout) -> list[QLineF]:
        """The dashes of the negative cells, made once per values and geometry."""
        key = ("marks", self._key)
        marks = lay.cache.get(key)
        if marks is None:
            lay.cache.clear()
            marks = lay.cache[key] = []
            rows, cols = self.state.picture_shape
            side = lay.tiles[0].width() if lay.tiles else 0.0
            cell = side / cols
            if cell >= MARK_MIN_CELL and self._pictures is not None:
                half = MARK_LENGTH * cell / 2
                rel = self._pictures / self._scales[:, None, None]
                for k, r, c in np.argwhere(rel <= -MARK_SHARE).tolist():
                    t = lay.tiles[k]
                    x, y = t.x() + (c + 0.5) * cell, t.y() + (r + 0.5) * side / rows
                    marks.append(QLineF(x - half, y, x + half, y))
        return marks

    def _paint_discs(self, p: QPainter, lay: PictureLayout) -> None:
        """Each pictured neuron's disc: fill = activation (δ in the backward phase), ring = bias."""
        st, phases = self.state, self.phases
        neg, pos = QColor(theme.NEGATIVE), QColor(theme.POSITIVE)
        values, kinds = phases.node_values(st.activations, len(st.sizes))
        acts = values[1]
        a_scale = 1.0
        if acts is not None and np.isfinite(acts).any():
            peak = float(np.abs(acts[np.isfinite(acts)]).max())
            a_scale = max(1.0, peak) if kinds[1] == "a" else max(peak, 1e-12)
        biases = phases.shown_biases(st.biases) if st.use_bias else None
        b = None if biases is None else biases[0]
        b_scale = float(np.abs(b[np.isfinite(b)]).max()) if b is not None and np.isfinite(b).any() else 0.0
        r = lay.radii[1]
        ring_max = float(np.clip(RING_SHARE * r, *RING_WIDTH))
        for i in range(len(lay.tiles)):
            fill = QColor(theme.NEUTRAL)
            if acts is not None:
                a = float(acts[i])
                fill = (mix(neg if a < 0 else pos, FILL_STRENGTH * min(abs(a) / a_scale, 1.0)) if math.isfinite(a)
                        else QColor(theme.ERROR_COLOUR))
            ring = QPen(QColor(theme.MUTED), 1.0)
            if b is not None and math.isfinite(float(b[i])):
                t = abs(float(b[i])) / b_scale if b_scale > 0 else 0.0
                ring = QPen(neg if b[i] < 0 else pos, 1.0 + (ring_max - 1.0) * t)
                if b[i] < 0:
                    ring.setStyle(Qt.PenStyle.DashLine)
            p.setPen(ring)
            p.setBrush(fill)
            rr = r - ring.widthF() / 2
            p.drawEllipse(QPointF(float(lay.tile_xs[i]), float(lay.ys[1][i])), rr, rr)


__all__ = ["PicturePainter", "grey_image", "weight_image"]
