"""Colour never carries meaning alone, and where it carries meaning it survives colour-vision
deficiencies and a washed-out projector.

Each colour set is seen five ways: normal vision, deuteranopia, protanopia and tritanopia
(Machado, Oliveira & Fernandes 2009, severity 1, on linear RGB) and grayscale (relative
luminance), and the CIELAB ΔE (CIE 1976) between any two of its colours must reach a minimum:

* weights (two colours): ΔE ≥ 25 in every viewing, so the sign shows as lightness too;
* classes: ΔE ≥ 30 for the first three (Iris, wine), ≥ 14 for the first five and ≥ 7 for all
  ten. 2.3 is a just-noticeable difference; 7 is three times that, and is close to the best any
  ten colours can do in grayscale, where only lightness is left (ten greys between L* 20 and
  90 are at most 7.8 apart). From six classes on the marker shapes carry the difference.
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from nnviz.ui import theme

VIEWINGS = theme.VIEWINGS


@pytest.fixture(params=theme.THEME_NAMES, autouse=True)
def each_theme(request):
    """Every test runs in every theme (light, dark, high contrast)."""
    theme.set_theme(request.param)
    yield request.param
    theme.set_theme("light")


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = (float(theme.srgb_to_linear(np.asarray(theme.hex_to_rgb(c), dtype=float)) @ theme.LUMA)
              for c in (a, b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


TEXT_COLOURS = ("TEXT", "MUTED", "SECTION_COLOUR", "NOTE_COLOUR", "NEGATIVE_TEXT", "POSITIVE", "ERROR_COLOUR")


def test_texts_reach_4_5_to_1_on_every_background(each_theme):
    for name in TEXT_COLOURS:
        for ground in ("BACKGROUND", "WINDOW", "BASE", "LABEL_BOX"):
            ratio = contrast(getattr(theme, name), getattr(theme, ground))
            assert ratio >= 4.5, f"{each_theme}: {name} on {ground} is {ratio:.2f}:1"


def test_curves_reach_3_to_1_on_the_plots(each_theme):
    for name in ("TRAIN_COLOUR", "VAL_COLOUR", "ACCURACY_COLOUR", "TEST_COLOUR"):
        ratio = contrast(getattr(theme, name), theme.BACKGROUND)
        assert ratio >= 3.0, f"{each_theme}: {name} is {ratio:.2f}:1"


def test_set_theme_rebinds_and_tells_listeners():
    seen = []
    theme.set_theme("light")
    theme.add_listener(seen.append)
    try:
        theme.set_theme("dark")
        assert theme.BACKGROUND == theme.colours_of("dark")["BACKGROUND"] and seen[-1] == "dark"
        theme.set_theme("light")
        assert theme.BACKGROUND == "#FFFFFF" and seen[-1] == "light"
    finally:
        theme.remove_listener(seen.append)
    with pytest.raises(ValueError):
        theme.set_theme("neon")


def test_simulation_matches_machado_and_keeps_greys():
    # Greys (equal linear RGB) stay grey under every matrix: each row sums to 1.
    for viewing in VIEWINGS:
        grey = theme.simulate(np.array([0.2, 0.2, 0.2]), viewing)
        np.testing.assert_allclose(grey, [0.2, 0.2, 0.2], atol=1e-5)
    # Pure red through the protanopia matrix is its first column (clipped at 0).
    red = theme.simulate(np.array([1.0, 0.0, 0.0]), "protanopia")
    np.testing.assert_allclose(red, [0.152286, 0.114503, 0.0])
    # Red and green, far apart in normal vision, nearly merge for a deuteranope.
    pair = ["#CC3333", "#669933"]
    assert theme.min_delta_e(pair, "normal") > 40
    assert theme.min_delta_e(pair, "deuteranopia") < 15
    # CIELAB of white and black.
    np.testing.assert_allclose(theme.lab_as_seen(["#FFFFFF", "#000000"], "normal"),
                               [[100, 0, 0], [0, 0, 0]], atol=0.05)


@pytest.mark.parametrize("viewing", VIEWINGS)
def test_weight_signs_stay_apart_in_every_viewing(viewing):
    assert theme.min_delta_e([theme.NEGATIVE, theme.POSITIVE], viewing) >= 25


def test_weight_signs_differ_in_lightness():
    """In grayscale the sign is lightness alone: on white negative light and positive dark, on
    the dark theme the other way round."""
    lab = theme.lab_as_seen([theme.NEGATIVE, theme.POSITIVE], "grayscale")
    assert abs(lab[0, 0] - lab[1, 0]) >= 25


@pytest.mark.parametrize("n, minimum", [(3, 30.0), (5, 14.0), (10, 7.0)])
@pytest.mark.parametrize("viewing", VIEWINGS)
def test_class_colours_stay_apart(viewing, n, minimum):
    colours = theme.class_colours(n)
    worst = min(((a, b) for a, b in itertools.combinations(range(n), 2)),
                key=lambda ab: theme.min_delta_e([colours[ab[0]], colours[ab[1]]], viewing))
    delta = theme.min_delta_e(colours, viewing)
    assert delta >= minimum, (f"{viewing}: classes {worst} ({colours[worst[0]]}, "
                              f"{colours[worst[1]]}) differ by ΔE {delta:.1f} < {minimum}")


def test_binary_classes_use_the_weight_pair():
    assert theme.class_colours(2) == [theme.NEGATIVE, theme.POSITIVE]


@pytest.mark.parametrize("viewing", VIEWINGS)
def test_every_class_colour_stands_out_on_the_background(viewing):
    for colour in theme.class_colours(10) + [theme.NEGATIVE, theme.POSITIVE]:
        assert theme.min_delta_e([colour, theme.BACKGROUND], viewing) >= 8, colour


def test_ten_classes_have_ten_marker_shapes_and_glyphs():
    assert len(set(theme.class_symbols(10))) == 10
    assert len(set(theme.class_glyphs(10))) == 10
    # Beyond ten, colour and shape repeat together; the legend names the class.
    assert theme.class_symbols(12)[10] == theme.class_symbols(12)[0]


@pytest.mark.parametrize("viewing", VIEWINGS)
def test_confusion_right_and_wrong_colours_stay_apart(viewing):
    assert theme.min_delta_e([theme.RIGHT_COLOUR, theme.WRONG_COLOUR], viewing) >= 25
