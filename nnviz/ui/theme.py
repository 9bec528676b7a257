"""Colours, marker shapes and sizes shared by every view, chosen to read from the back of a
classroom and to survive colour-vision deficiencies and washed-out projectors.

Colour never carries meaning alone, and where it does carry meaning it is checked
(``tests/ui/test_colours.py``) by simulating deuteranopia, protanopia and tritanopia with the
Machado, Oliveira & Fernandes (2009) matrices at severity 1 on linear RGB, and grayscale as
relative luminance, then measuring the CIELAB ΔE (CIE 1976) between colours:

* weights: negative is a light orange, positive a dark blue, so the sign also shows as
  lightness (grayscale ΔE ≥ 25 between the two; in the network view negative weights are
  dashed as well);
* classes: :data:`CLASS_COLOURS`, found by a max-min search over the five viewings (normal,
  three simulations, grayscale) with lightness kept between about 20 and 90 so every colour
  stands out on white. In every viewing the first three differ by ΔE ≥ 30, the first five by
  ΔE ≥ 14 and all ten by ΔE ≥ 7 (grayscale leaves only lightness, and ten greys between L* 20
  and 90 cannot be more than 7.8 apart); each class also has its own marker shape
  (:data:`CLASS_SYMBOLS`), which carries the difference from six classes on.

This module imports no Qt.
"""
from __future__ import annotations

import numpy as np

from nnviz.core.colours import LUMA, hex_to_rgb, srgb_to_linear   # the views read them as theme.*

# The colours below are the light theme's; :func:`set_theme` rebinds them (views read them as
# ``theme.NAME`` when they paint, or re-read them through :func:`add_listener`).
NEGATIVE = "#F08C3C"   # light orange: negative weight, class 0 of a binary problem
POSITIVE = "#1C4E9C"   # dark blue: positive weight, class 1 of a binary problem
WEIGHT_NEGATIVE, WEIGHT_POSITIVE = NEGATIVE, POSITIVE
NEUTRAL = "#F2F2F2"    # the middle of the diverging scale
TEXT = "#202020"
MUTED = "#6B6B6B"
BACKGROUND = "#FFFFFF"
TRAIN_COLOUR = "#1F6FB4"
VAL_COLOUR = "#E66100"
TEST_COLOUR = "#009E73"
ACCURACY_COLOUR = "#7B3294"
ERROR_COLOUR = "#B00020"
# The confusion matrix: right answers (the diagonal) in blue, wrong ones in orange, shaded by
# how many; the diagonal is also outlined and wrong cells hatched, so it reads without colour.
RIGHT_COLOUR = "#1C4E9C"
WRONG_COLOUR = "#F08C3C"
SECTION_COLOUR = "#1F4E79"   # the explainer's section titles
NOTE_COLOUR = "#4A4A4A"      # the explainer's notes
NEGATIVE_TEXT = "#A34500"    # a negative number on BACKGROUND: the weights' orange, darkened
LABEL_BOX = "#FFFFFF"        # the box behind numbers drawn over edges
WINDOW = "#EFEFEF"           # the window's panels, buttons' face, fields (Qt's palette)
BUTTON = "#F4F4F4"
BASE = "#FFFFFF"
HIGHLIGHT = "#1C4E9C"

#: Every theme: the colours it sets (the light theme is the module's defaults above). A dark
#: room keeps the meaning of each colour: negative weights stay orange and positive blue, with
#: the sign still shown by lightness (the dark theme's positive is the lighter one) and by dashes.
THEMES: dict[str, dict[str, str]] = {
    "light": {},
    "dark": {
        "NEGATIVE": "#C05A00", "POSITIVE": "#A8CCF5", "NEUTRAL": "#3A3A3A",
        "TEXT": "#E8E8E8", "MUTED": "#A8A8A8", "BACKGROUND": "#1B1B1B",
        "TRAIN_COLOUR": "#6CB4F0", "VAL_COLOUR": "#F0A040", "TEST_COLOUR": "#40C8A0",
        "ACCURACY_COLOUR": "#D0A0F0", "ERROR_COLOUR": "#FF7080",
        "RIGHT_COLOUR": "#A8CCF5", "WRONG_COLOUR": "#C05A00",
        "SECTION_COLOUR": "#9CC8F0", "NOTE_COLOUR": "#C0C0C0", "NEGATIVE_TEXT": "#F5A860",
        "LABEL_BOX": "#1B1B1B", "WINDOW": "#2A2A2A", "BUTTON": "#353535", "BASE": "#1B1B1B",
        "HIGHLIGHT": "#3A6EB8",
    },
    "high contrast": {
        "NEGATIVE": "#FF9A3C", "POSITIVE": "#0030A0", "NEUTRAL": "#FFFFFF",
        "TEXT": "#000000", "MUTED": "#303030", "BACKGROUND": "#FFFFFF",
        "TRAIN_COLOUR": "#0040C0", "VAL_COLOUR": "#C04000", "TEST_COLOUR": "#006040",
        "ACCURACY_COLOUR": "#600080", "ERROR_COLOUR": "#A00000",
        "RIGHT_COLOUR": "#0030A0", "WRONG_COLOUR": "#FF9A3C",
        "SECTION_COLOUR": "#002060", "NOTE_COLOUR": "#202020", "NEGATIVE_TEXT": "#8A3000",
        "LABEL_BOX": "#FFFFFF", "WINDOW": "#FFFFFF", "BUTTON": "#FFFFFF", "BASE": "#FFFFFF",
        "HIGHLIGHT": "#0030A0",
    },
}
THEME_NAMES = tuple(THEMES)
_LIGHT = {name: globals()[name] for name in THEMES["dark"]}
_current = "light"
_listeners: list = []


def set_theme(name: str) -> None:
    """Make ``name`` (one of :data:`THEME_NAMES`) the colours every view reads, and tell the
    listeners. ValueError (one line) for an unknown name."""
    global _current, WEIGHT_NEGATIVE, WEIGHT_POSITIVE
    if name not in THEMES:
        raise ValueError(f"no theme {name!r}: one of {', '.join(THEME_NAMES)}")
    colours = {**_LIGHT, **THEMES[name]}
    globals().update(colours)
    WEIGHT_NEGATIVE, WEIGHT_POSITIVE = colours["NEGATIVE"], colours["POSITIVE"]
    changed = name != _current
    _current = name
    if changed:
        for listener in list(_listeners):
            listener(name)


def current_theme() -> str:
    return _current


def colours_of(name: str) -> dict[str, str]:
    """Every colour of theme ``name`` by constant name (for tests and the Qt palette)."""
    return {**_LIGHT, **THEMES[name]}


def add_listener(listener) -> None:
    """Call ``listener(name)`` after each change of theme (a view re-reads its colours); the
    presentation and any other view can hook in here."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_listener(listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


# Categorical colours for K classes (binary uses NEGATIVE / POSITIVE). Ordered so that the
# first few are the most distinct: a 3-class problem gets the three best-separated colours.
# Lightness (CIELAB L*) 28, 91, 60, 44, 75, 19, 36, 52, 67, 82: each new class halves the
# largest lightness gap left, so grayscale keeps them apart; hues then chosen per slot (blue,
# yellow, coral, purple, green, plum, dark green, olive, lavender, pink) to stay apart under
# the three deficiencies. Worst-case ΔE: 31 for 3 classes, 15 for 5, 7.5 for 10.
CLASS_COLOURS = ["#003C9C", "#FFE46C", "#E8685C", "#8054A4", "#64CC8C", "#580454", "#30600C",
                 "#6C8428", "#B494EC", "#FFB4FF"]
# One pyqtgraph marker per class, and the text glyph that shows it in a legend.
CLASS_SYMBOLS = ["o", "s", "t1", "d", "t", "p", "star", "h", "+", "x"]
CLASS_GLYPHS = ["\u25CF", "\u25A0", "\u25B2", "\u25C6", "\u25BC", "\u2B1F", "\u2605", "\u2B22",
                "\u271A", "\u2716"]

BASE_POINT_SIZE = 11   # application font, points; large enough for a projector
TITLE_POINT_SIZE = 13


def class_colours(n_classes: int) -> list[str]:
    """Colours for ``n_classes`` classes; binary problems get the orange/blue pair. Past ten
    classes colours repeat and the marker shapes (:func:`class_symbols`) carry the difference."""
    if n_classes <= 2:
        return [NEGATIVE, POSITIVE][: max(n_classes, 1)]
    return [CLASS_COLOURS[i % len(CLASS_COLOURS)] for i in range(n_classes)]


def class_symbols(n_classes: int) -> list[str]:
    """A pyqtgraph marker name for each of ``n_classes`` classes (distinct up to ten)."""
    return [CLASS_SYMBOLS[i % len(CLASS_SYMBOLS)] for i in range(max(n_classes, 1))]


def class_glyphs(n_classes: int) -> list[str]:
    """The legend glyph matching :func:`class_symbols` for each class."""
    return [CLASS_GLYPHS[i % len(CLASS_GLYPHS)] for i in range(max(n_classes, 1))]


# --------------------------------------------------------------------------------------------
# Colour-vision simulation (used by the tests, and by anyone choosing a new colour)
# --------------------------------------------------------------------------------------------

#: Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
CVD_MATRICES = {
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
VIEWINGS = ("normal", "deuteranopia", "protanopia", "tritanopia", "grayscale")


def simulate(linear_rgb: np.ndarray, viewing: str) -> np.ndarray:
    """How ``linear_rgb`` (..., 3) looks under ``viewing`` (one of :data:`VIEWINGS`)."""
    linear_rgb = np.asarray(linear_rgb, dtype=np.float64)
    if viewing == "normal":
        return linear_rgb
    if viewing == "grayscale":
        y = linear_rgb @ LUMA
        return np.repeat(y[..., None], 3, axis=-1)
    return np.clip(linear_rgb @ CVD_MATRICES[viewing].T, 0.0, 1.0)


def linear_to_lab(linear_rgb: np.ndarray) -> np.ndarray:
    """Linear RGB (..., 3) to CIELAB (D65)."""
    m = np.array([[0.4124564, 0.3575761, 0.1804375],
                  [0.2126729, 0.7151522, 0.0721750],
                  [0.0193339, 0.1191920, 0.9503041]])
    xyz = np.asarray(linear_rgb, dtype=np.float64) @ m.T / np.array([0.95047, 1.0, 1.08883])
    d = 6.0 / 29.0
    f = np.where(xyz > d ** 3, np.cbrt(xyz), xyz / (3 * d * d) + 4.0 / 29.0)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]),
                     200 * (f[..., 1] - f[..., 2])], axis=-1)


def lab_as_seen(colours: list[str] | np.ndarray, viewing: str) -> np.ndarray:
    """CIELAB of ``colours`` (hex strings or 0..255 RGB rows) as seen under ``viewing``."""
    if len(colours) and isinstance(colours[0], str):
        colours = [hex_to_rgb(c) for c in colours]
    return linear_to_lab(simulate(srgb_to_linear(np.asarray(colours)[..., :3]), viewing))


def min_delta_e(colours: list[str] | np.ndarray, viewing: str) -> float:
    """The smallest CIE76 ΔE between any two of ``colours`` under ``viewing``."""
    lab = lab_as_seen(colours, viewing)
    d = np.linalg.norm(lab[:, None, :] - lab[None, :, :], axis=2)
    d[np.diag_indices(len(lab))] = np.inf
    return float(d.min())
