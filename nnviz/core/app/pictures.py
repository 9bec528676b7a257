"""The pictures of a lesson whose inputs are the pixels of an image (``Problem.image_shape``):
the sample as its picture, each first-layer neuron's incoming weights as a picture, and what
the whole picture sends to each of those neurons. Qt-free: the diagram paints these arrays.

Orientation: ``weights[0]`` has one row per input and one column per neuron of the next layer
(``(n_inputs, n_neurons)``, see :class:`nnviz.core.engine.network.Network`), and the inputs are
the pixels row by row, so neuron ``j``'s picture is column ``j`` laid out as ``image_shape``.
"""
from __future__ import annotations

import numpy as np


def _shape(image_shape) -> tuple[int, int]:
    rows, cols = (int(v) for v in image_shape)
    if rows < 1 or cols < 1:
        raise ValueError(f"a picture needs at least one row and column, got {rows}×{cols}")
    return rows, cols


def first_weights(network_or_weights) -> np.ndarray:
    """The first layer's weight matrix ``(n_inputs, n_neurons)`` of a network (anything with a
    ``weights`` list) or the matrix itself."""
    weights = getattr(network_or_weights, "weights", None)
    return np.asarray(weights[0] if weights is not None else network_or_weights)


def weight_pictures(network_or_weights, image_shape) -> np.ndarray:
    """Each first-layer neuron's incoming weights as a picture: ``(n_neurons, rows, cols)``,
    ``[j, r, c]`` = the weight from pixel (r, c) to neuron j (the values themselves, bit for
    bit). Raises ValueError when the inputs are not ``rows × cols`` pixels."""
    w = first_weights(network_or_weights)
    rows, cols = _shape(image_shape)
    if w.ndim != 2 or w.shape[0] != rows * cols:
        raise ValueError(f"weights of shape {w.shape} do not come from a {rows}×{cols} picture")
    return np.ascontiguousarray(w.T).reshape(w.shape[1], rows, cols)


def input_picture(x, image_shape) -> np.ndarray:
    """A sample's (scaled) inputs as its picture ``(rows, cols)``, row by row."""
    v = np.asarray(x).ravel()
    rows, cols = _shape(image_shape)
    if v.size != rows * cols:
        raise ValueError(f"{v.size} inputs are not a {rows}×{cols} picture")
    return v.reshape(rows, cols)


def picture_drive(network_or_weights, x) -> np.ndarray:
    """What the whole picture sends each first-layer neuron: Σᵢ wᵢⱼ·xᵢ over every pixel i, one
    value per neuron (its z without the bias). The diagram draws one line per neuron for it
    instead of one line per pixel and neuron."""
    w = first_weights(network_or_weights)
    v = np.asarray(x, dtype=float).ravel()
    if w.ndim != 2 or v.size != w.shape[0]:
        raise ValueError(f"{v.size} inputs for weights of shape {w.shape}")
    with np.errstate(all="ignore"):
        return v @ w


def picture_scales(pictures: np.ndarray) -> np.ndarray:
    """Each picture's colour scale: its largest finite |w| (1 where there is none or it is 0),
    so that each neuron's strongest weight is drawn in full colour."""
    p = np.asarray(pictures, dtype=float)
    flat = np.abs(np.where(np.isfinite(p), p, 0.0)).reshape(len(p), -1)
    peak = flat.max(axis=1) if flat.size else np.zeros(len(p))
    return np.where(peak > 0, peak, 1.0)


__all__ = ["first_weights", "input_picture", "picture_drive", "picture_scales", "weight_pictures"]
