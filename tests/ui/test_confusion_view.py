"""The painted confusion matrix: what it shows, right and wrong told apart without colour,
names escaped and elided with the full name on hover, one clear error for bad input."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401

from nnviz.core.colours import contrast_ratio, relative_luminance
from nnviz.ui import theme
from nnviz.ui.confusion_view import ConfusionView

IRIS = ["setosa", "versicolor", "virginica"]


@pytest.fixture
def view(qtbot) -> ConfusionView:
    widget = ConfusionView()
    qtbot.addWidget(widget)
    widget.resize(420, 360)
    widget.show()
    return widget


def luminance_image(widget: QtWidgets.QWidget) -> np.ndarray:
    """The widget as rendered, as relative luminance 0..1 (what a grayscale projector shows)."""
    image = widget.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * h)
    rgb = data.reshape(h, image.bytesPerLine())[:, : 3 * w].reshape(h, w, 3)
    return relative_luminance(rgb)


def test_set_matrix_keeps_counts_and_names(view):
    C = np.array([[14, 0, 0], [0, 13, 3], [0, 1, 14]])
    view.set_matrix(C, IRIS)
    np.testing.assert_array_equal(view.matrix(), C)
    assert view.class_names() == IRIS
    assert view.cell_text(1, 2) == ("true: versicolor\npredicted: virginica\n"
                                    "3 samples (19% of this class): wrong")
    assert view.cell_text(0, 0).endswith("14 samples (100% of this class): right")


@pytest.mark.parametrize("bad, names, message", [
    (np.zeros((2, 3)), None, "square"),
    (np.array([[1, -1], [0, 2]]), None, "non-negative"),
    (np.array([[1.5, 0], [0, 2]]), None, "whole"),
    (np.array([[1, np.nan], [0, 2]]), None, "finite"),
    (np.eye(3, dtype=int), ["a", "b"], "3 names"),
])
def test_bad_input_is_one_clear_error(view, bad, names, message):
    with pytest.raises(ValueError, match=message) as info:
        view.set_matrix(bad, names)
    assert "\n" not in str(info.value)


def test_right_and_wrong_cells_differ_without_colour(view):
    """In grayscale a right cell has a dark frame and a wrong cell a hatch; the colours alone
    would not be enough (the test of their ΔE is in test_colours.py)."""
    view.set_matrix(np.array([[14, 0, 0], [0, 13, 3], [0, 2, 14]]), IRIS)
    lum = luminance_image(view)

    def ring(row, col) -> np.ndarray:
        r = view.cell_rect(row, col)
        x0, y0, x1, y1 = int(r.left()) + 1, int(r.top()) + 1, int(r.right()) - 2, int(r.bottom()) - 2
        return np.concatenate([lum[y0, x0:x1], lum[y1, x0:x1], lum[y0:y1, x0], lum[y0:y1, x1]])

    def interior_spread(row, col) -> float:
        r = view.cell_rect(row, col).adjusted(6, 6, -6, -6)
        patch = lum[int(r.top()):int(r.top()) + 8, int(r.left()):int(r.left()) + 8]  # a corner, no digits
        return float(patch.std())

    for i in range(3):
        assert np.median(ring(i, i)) < 0.05, f"right cell {i} has no dark frame"
    for row, col in [(1, 2), (2, 1)]:
        assert np.median(ring(row, col)) > 0.3, "a wrong cell is framed like a right one"
        assert interior_spread(row, col) > 0.05, "a wrong cell is not hatched"
    assert interior_spread(0, 1) < 0.01          # an empty cell is plain


def test_counts_are_written_with_enough_contrast(view):
    view.set_matrix(np.array([[50, 0], [7, 43]]), ["no", "yes"])
    lum = luminance_image(view)
    for row, col in [(0, 0), (1, 1)]:
        r = view.cell_rect(row, col)
        centre = lum[int(r.center().y()) - 6:int(r.center().y()) + 6,
                     int(r.center().x()) - 10:int(r.center().x()) + 10]
        # The digits are there (light and dark pixels), at a readable contrast.
        assert contrast_ratio(centre.max(), centre.min()) >= 4.5


def test_names_with_control_characters_are_escaped_and_long_ones_elided(view, qtbot):
    names = ["a\nb", "tab\there", "a class name much longer than the room it has " * 3]
    view.resize(300, 260)
    view.set_matrix(np.eye(3, dtype=int) * 5, names)
    assert view.class_names()[0] == "a\\nb" and view.class_names()[1] == "tab\\there"
    grid = view.cell_rect(2, 0)
    tip = view.tooltip_at(QtCore.QPointF(grid.left() - 20, grid.center().y()))
    assert tip == f"true class 2: {names[2]}"            # the full name on hover
    top = view.cell_rect(0, 1)
    assert view.tooltip_at(QtCore.QPointF(top.center().x(), top.top() - 10)) == \
        "predicted class 1: tab\\there"
    view.grab()                                           # paints without error


def test_a_hundred_classes_still_mark_the_diagonal(view):
    k = 100
    C = np.random.default_rng(0).integers(0, 3, (k, k))
    C[np.diag_indices(k)] += 40
    view.resize(700, 700)
    view.set_matrix(C, [f"class {i}" for i in range(k)])
    lum = luminance_image(view)
    dark_right = [lum[int(view.cell_rect(i, i).center().y()), int(view.cell_rect(i, i).center().x())]
                  for i in range(k)]
    assert np.median(dark_right) < 0.1                    # each right cell carries its dark mark
    off = view.cell_rect(3, 60).center()
    assert lum[int(off.y()), int(off.x())] > 0.5
    assert view.cell_at(view.cell_rect(42, 17).center()) == (42, 17)


def test_text_scale_reaches_24_px(view):
    view.set_matrix(np.eye(3, dtype=int), IRIS)
    small = QtGui.QFontInfo(view.text_font()).pixelSize()
    view.set_text_scale(24 / (theme.BASE_POINT_SIZE * 96 / 72))
    assert QtGui.QFontInfo(view.text_font()).pixelSize() >= 24 > small
    with pytest.raises(ValueError):
        view.set_text_scale(float("nan"))


@pytest.mark.parametrize("scale", [1.0, 1.6, 2.0, 2.4])
def test_a_limited_height_grows_with_the_text_so_every_row_keeps_its_name(view, scale):
    """In the window it is at most 180 px high at scale 1. Presentation's double-size text
    kept that 180 px: rows of 28 px for 30 px names, and 'versicolor' went missing."""
    view.set_matrix(np.array([[4, 4, 0], [0, 5, 3], [0, 4, 4]]), IRIS)
    view.limit_height(180)
    view.set_text_scale(scale)
    assert view.maximumHeight() > 180 or scale == 1.0
    view.resize(420, view.maximumHeight())
    _grid, cell, *_ = view._layout()
    line = QtGui.QFontMetricsF(view.text_font()).height()
    assert cell >= line, (cell, line)          # a row is as tall as its name
    view.limit_height(None)
    assert view.maximumHeight() > 10_000
