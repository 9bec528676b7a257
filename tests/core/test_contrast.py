"""nnviz.core.colours: WCAG relative luminance and contrast, the numbers the views use to pick
dark or light text on a coloured fill."""
from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.colours import contrast, contrast_ratio, hex_to_rgb, relative_luminance, srgb_to_linear


def test_hex_and_linear_light():
    assert hex_to_rgb("#F08C3C") == (240, 140, 60) and hex_to_rgb("1C4E9C") == (28, 78, 156)
    assert srgb_to_linear([0, 255]).tolist() == [0.0, 1.0]
    assert float(srgb_to_linear(10)) == pytest.approx(10 / 255 / 12.92)   # the linear toe


def test_luminance_of_white_black_and_a_grey():
    assert float(relative_luminance("#FFFFFF")) == 1.0 and float(relative_luminance("#000000")) == 0.0
    assert float(relative_luminance("#777777")) == pytest.approx(0.1845, abs=1e-4)
    rgb = np.array([[[255, 255, 255], [0, 0, 0]]], np.uint8)
    assert relative_luminance(rgb).tolist() == [[1.0, 0.0]]


def test_contrast_ratio_follows_wcag():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#FFFFFF", "#000000") == contrast("#000000", "#FFFFFF")
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)   # WCAG's classic near-miss
    assert contrast_ratio(np.array([1.0, 0.0]), 0.0).tolist() == pytest.approx([21.0, 1.0])
