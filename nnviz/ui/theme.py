"""Colours and sizes shared by every view, chosen to read from the back of a classroom.

Palette: Okabe & Ito (2008), safe for the common colour-vision deficiencies. Weights use a
diverging orange (negative) / blue (positive) pair; classes use the categorical list.
"""
from __future__ import annotations

NEGATIVE = "#E66100"   # orange: negative weight, class 0 of a binary problem
POSITIVE = "#1F6FB4"   # blue: positive weight, class 1 of a binary problem
NEUTRAL = "#F2F2F2"    # the middle of the diverging scale
TEXT = "#202020"
MUTED = "#6B6B6B"
BACKGROUND = "#FFFFFF"
TRAIN_COLOUR = "#1F6FB4"
VAL_COLOUR = "#E66100"
TEST_COLOUR = "#009E73"
ACCURACY_COLOUR = "#7B3294"
ERROR_COLOUR = "#B00020"

# Categorical colours for K classes (binary uses NEGATIVE / POSITIVE).
CLASS_COLOURS = ["#E66100", "#1F6FB4", "#009E73", "#CC79A7", "#F0E442", "#56B4E9", "#D55E00", "#000000"]

BASE_POINT_SIZE = 11   # application font, points; large enough for a projector
TITLE_POINT_SIZE = 13


def class_colours(n_classes: int) -> list[str]:
    """Colours for ``n_classes`` classes; binary problems get the orange/blue pair."""
    if n_classes <= 2:
        return [NEGATIVE, POSITIVE][: max(n_classes, 1)]
    return [CLASS_COLOURS[i % len(CLASS_COLOURS)] for i in range(n_classes)]


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]
