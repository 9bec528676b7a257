"""The diagram's look: sizes, colours, fonts, the legend's words and how numbers are printed.

Colour codes follow the theme everywhere: orange = negative, blue = positive.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF

from nnviz.core import colours
from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnviz.ui import theme
from nnviz.ui.i18n import translate

LEVELS = 32                # pen buckets per sign
# A weight this close to 0 is drawn as "zero": a thin grey dotted line. L1 drives weights to 0,
# but plain (sub-)gradient steps overshoot it by about lr·l1 each update, so they hover within a
# few thousandths of 0 rather than land on it exactly; 0.01 counts those as zero. Level -2.
ZERO_WEIGHT = 0.01
ZERO_COLOUR = "#8A8A8A"
LEGEND_ZERO = QT_TRANSLATE_NOOP("NetworkView", "  ·  grey dotted = weight about 0 (|w| < {0})")   # {0}: ZERO_WEIGHT
# At most this many edges are drawn, the strongest of each pair of layers in proportion: the
# largest network the panel allows (2-64x6-1) has 20,672 edges, too slow to paint (dashed lines
# are slow in Qt's raster engine) and shown as a solid tangle anyway.
EDGE_BUDGET = 1200
MIN_EDGE_WIDTH = 0.5       # px, for |w| = 0
MAX_EDGE_WIDTH = 6.0       # px, for the largest |w| (less where nodes are packed tightly)
MIN_EDGE_STRENGTH = 0.12   # the smallest weight: 12 % colour, 88 % white
MAX_NODE_RADIUS = 30.0
MIN_NODE_RADIUS = 2.5
# Layers packed so tightly that a node is a dot (radius below this, e.g. 32 or 64 neurons):
# drawn as dots in a few shades, one call per shade, without the bias ring nobody could see at
# that size (the values are in the hover text). One antialiased ellipse and pen per node is too
# slow to paint on a 6x64 network.
DOT_RADIUS = 4.5
DOT_SHADES = 12
LABEL_POINT_SIZE = theme.BASE_POINT_SIZE + 1   # feature / class names beside the nodes
HEADER_POINT_SIZE = theme.BASE_POINT_SIZE       # "Input", "Hidden 1", ... above the columns
WEIGHT_POINT_SIZE = theme.BASE_POINT_SIZE - 1   # weight and bias labels
VALUE_POINT_SIZES = (13, 12, 11, 10, 9)         # activation inside a node (bold): largest that fits
VALUE_SAMPLE = "-0.00"                          # the widest number a node holds
DRAFT_AFTER_MS = 4.0       # antialiased edges slower than this to paint ...
DRAFT_INTERVAL_S = 0.1     # ... while set_values comes faster than this or a run goes: draw them aliased
SETTLE_MS = 150            # and repaint antialiased once the updates pause this long


NAN_COLOUR = theme.ERROR_COLOUR

MAX_LABELLED_EDGES = 60    # weight labels on edges up to this many edges (hover beyond)
LABEL_BOX_COLOUR = QColor(255, 255, 255, 225)   # behind weight/bias labels and outside numbers
PHASE_STEP_MS = (450, 1600)       # per phase: normal, slow motion
UPDATE_ANIMATION_MS = (500, 2000)
ANIMATION_TICK_MS = 30
DASH = (5.0, 3.0)          # negative weights: dash and gap in px (at least)

LEGEND_TEXT = QT_TRANSLATE_NOOP("NetworkView", "orange dashed = negative weight, blue = positive, thickness = size")
LEGEND_EXTRA = QT_TRANSLATE_NOOP("NetworkView", "  ·  ring = bias  ·  fill = activation")   # shown when the line is wide enough
LEGEND_MAPS = QT_TRANSLATE_NOOP("NetworkView", "  ·  ring = bias  ·  maps: orange low, blue high")


def legend_html(extra: bool, extra_text: str = LEGEND_EXTRA) -> str:
    dashed, blue = translate("NetworkView", "orange dashed"), translate("NetworkView", "blue")
    html = translate("NetworkView", "{0} = negative weight, {1} = positive, thickness = size").format(
        f'<span style="color:{theme.NEGATIVE_TEXT}"><b>{dashed}</b></span>',
        f'<span style="color:{theme.POSITIVE}"><b>{blue}</b></span>')
    return html + (translate("NetworkView", extra_text).replace("  ", " &nbsp;") if extra else "")


@dataclass
class Fonts:
    """Every font of the diagram at one text scale."""

    scale: float = 1.0
    label: QFont = field(default_factory=QFont)      # names beside the input and output nodes
    header: QFont = field(default_factory=QFont)     # column headers
    weight: QFont = field(default_factory=QFont)     # weight and bias labels
    # the fonts of node numbers, largest first, each with the width and height of VALUE_SAMPLE
    values: list[tuple[QFont, float, float]] = field(default_factory=list)

    @classmethod
    def at_scale(cls, scale: float, min_px: int = 0) -> "Fonts":
        """The fonts at ``scale``; with ``min_px``, none smaller than that many pixels (a
        projector: names, weights and node numbers readable from the back)."""
        fonts = cls(scale=scale)
        fonts.label.setPointSizeF(LABEL_POINT_SIZE * scale)
        fonts.header.setPointSizeF(HEADER_POINT_SIZE * scale)
        fonts.weight.setPointSizeF(WEIGHT_POINT_SIZE * scale)
        for font in (fonts.label, fonts.header, fonts.weight):
            _at_least(font, min_px)
        for size in VALUE_POINT_SIZES:
            font = QFont()
            font.setPointSizeF(size * scale)
            if min_px and QFontInfo(font).pixelSize() < min_px:
                if fonts.values:
                    break           # the smallest that is still large enough is the last
                _at_least(font, min_px)
            font.setBold(True)
            fm = QFontMetricsF(font)
            fonts.values.append((font, fm.horizontalAdvance(VALUE_SAMPLE), fm.height()))
        return fonts

    @property
    def smallest_value(self) -> QFont:
        return self.values[-1][0]


def _at_least(font: QFont, min_px: int) -> None:
    if min_px and QFontInfo(font).pixelSize() < min_px:
        font.setPixelSize(int(min_px))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    return colours.contrast(a.name(), b.name())


def text_colour_on(fill: QColor) -> QColor:
    """Dark or light text for a number on ``fill``: the theme's text or white, whichever
    contrasts more; pure black when neither reaches 4.5:1."""
    dark, light = QColor(theme.TEXT), QColor(theme.BACKGROUND)
    best = max((dark, light), key=lambda c: contrast(c, fill))
    return best if contrast(best, fill) >= 4.5 else QColor("#000000")


def mix(colour: QColor, amount: float) -> QColor:
    """``colour`` blended into the theme's background; ``amount`` 0 = the background (white in
    the light theme), 1 = ``colour``."""
    a = min(max(amount, 0.0), 1.0)
    ground = QColor(theme.BACKGROUND)
    return QColor(
        round(ground.red() + (colour.red() - ground.red()) * a),
        round(ground.green() + (colour.green() - ground.green()) * a),
        round(ground.blue() + (colour.blue() - ground.blue()) * a),
    )


def _follow_theme(_name: str) -> None:
    """The label box is one shared colour object (the painter holds it): re-colour it in place."""
    box = QColor(theme.LABEL_BOX)
    LABEL_BOX_COLOUR.setRgb(box.red(), box.green(), box.blue(), 225)


theme.add_listener(_follow_theme)


def __getattr__(name: str):
    """``NEGATIVE_TEXT`` (negative numbers on the ground) and ``SELECTION_COLOUR`` are the
    theme's, read when asked: a constant taken at import would keep the first theme's."""
    if name == "NEGATIVE_TEXT":
        return theme.NEGATIVE_TEXT
    if name == "SELECTION_COLOUR":
        return theme.TEXT
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
