"""Each neuron's activation over the plotted plane, as a picture: orange low, white middle, blue
high, cut to a disc to fill its node."""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from nnviz.ui import theme


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
    v = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=(lo + hi) / 2)
    span = hi - lo if hi > lo else 1.0
    with np.errstate(over="ignore", invalid="ignore"):   # activations near float's end: clipped
        idx = np.clip(((v - lo) / span * 255).round(), 0, 255).astype(np.intp)
    rgb = np.ascontiguousarray(MAP_LUT[idx[::-1]])
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return image.copy()     # own the pixels: rgb is freed when this returns


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


def layer_images(maps: list[np.ndarray | None], sizes: list[int]) -> list[list[QImage] | None]:
    """One picture per neuron of each layer's maps ``(n_neurons, m, m)``, coloured per layer
    (see :func:`map_range`); None for a layer without maps. Raises ValueError on a shape that
    does not match ``sizes``."""
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
    return images


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


def map_disc(image: QImage, radius: float) -> QPixmap:
    """A neuron's map as an antialiased disc of ``radius`` in a transparent square: the map
    scaled into the square, then cut to the disc by a mask drawn once per size (cheaper to
    make and copy than an antialiased ellipse filled with an image brush)."""
    d = max(1, int(round(2 * radius)))
    square = image.scaled(d, d, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    out = QImage(d, d, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    q = QPainter(out)
    q.drawImage(0, 0, square)
    q.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    q.drawImage(0, 0, _disc_mask(d))
    q.end()
    return QPixmap.fromImage(out)
