"""Colour arithmetic shared by the views: sRGB to linear light, WCAG relative luminance and
contrast ratio. Colours are ``#RRGGBB`` strings or 0..255 RGB values (arrays of them work too).

The views use it to choose dark or light text for a number on a coloured fill (at least 4.5:1,
WCAG's AA level for text); :mod:`nnviz.ui.theme` uses it to simulate colour-vision deficiencies.
This module imports no Qt.
"""
from __future__ import annotations

import numpy as np

#: Rec. 709 weights of linear R, G and B in relative luminance.
LUMA = np.array([0.2126, 0.7152, 0.0722])


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#F08C3C"`` -> ``(240, 140, 60)``."""
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def srgb_to_linear(rgb) -> np.ndarray:
    """sRGB 0..255 (..., 3) to linear RGB 0..1."""
    s = np.asarray(rgb, dtype=np.float64) / 255.0
    return np.where(s <= 0.04045, s / 12.92, ((s + 0.055) / 1.055) ** 2.4)


def relative_luminance(colour) -> np.ndarray:
    """WCAG relative luminance, 0 (black) .. 1 (white), of a hex string or RGB values (..., 3)."""
    rgb = hex_to_rgb(colour) if isinstance(colour, str) else colour
    return srgb_to_linear(rgb) @ LUMA


def contrast_ratio(l1, l2) -> np.ndarray:
    """WCAG contrast ratio (1 .. 21) of two relative luminances (or arrays of them)."""
    hi, lo = np.maximum(l1, l2), np.minimum(l1, l2)
    return (hi + 0.05) / (lo + 0.05)


def contrast(a, b) -> float:
    """WCAG contrast ratio (1 .. 21) of two colours."""
    return float(contrast_ratio(relative_luminance(a), relative_luminance(b)))
