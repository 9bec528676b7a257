"""LossPlot, BoundaryPlot and CurvePlot: data in the items, colours of the field, growth,
legends and colour-bar labels a class can read, errors."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  (PySide6 before pyqtgraph)

import pyqtgraph as pg

from nnviz.ui import theme
from nnviz.ui.plots import SHADE_MAX, BoundaryPlot, CurvePlot, LossPlot, compact_tick_strings


def rgb(colour: str) -> np.ndarray:
    return np.array(theme.hex_to_rgb(colour))


@pytest.fixture
def loss(qtbot) -> LossPlot:
    widget = LossPlot()
    qtbot.addWidget(widget)
    widget.resize(600, 450)
    widget.show()
    return widget


@pytest.fixture
def boundary(qtbot) -> BoundaryPlot:
    widget = BoundaryPlot()
    qtbot.addWidget(widget)
    widget.resize(600, 450)
    widget.show()
    return widget


def run(n: int, start: int = 0) -> dict[str, np.ndarray]:
    e = np.arange(start, start + n, dtype=float)
    return dict(epochs=e, train_loss=1.0 / (e + 1), val_loss=1.2 / (e + 1),
                train_acc=e / (e + 10), val_acc=e / (e + 12))


def drawn(curve) -> int:
    """How many points a curve item holds (getData gives (None, None) when empty)."""
    x, _y = curve.getData()
    return 0 if x is None else len(x)


def concat(batches: list[dict[str, np.ndarray]], key: str) -> np.ndarray:
    return np.concatenate([b[key] for b in batches])


# --------------------------------------------------------------------------------------------
# LossPlot
# --------------------------------------------------------------------------------------------

def test_append_in_batches_matches_curve_data(loss):
    loss.reset(classification=True)
    batches = [run(5, 0), run(1, 5), run(20, 6)]
    for b in batches:
        loss.append(**b)
    assert loss.point_count() == 26
    epochs = concat(batches, "epochs")
    for key, curve in [("train_loss", loss.train_loss_curve), ("val_loss", loss.val_loss_curve),
                       ("train_acc", loss.train_acc_curve), ("val_acc", loss.val_acc_curve)]:
        x, y = curve.getData()
        np.testing.assert_array_equal(x, epochs)
        np.testing.assert_array_equal(y, concat(batches, key))


def test_storage_grows_in_chunks_and_keeps_every_value(loss):
    from nnviz.ui.plots.series import ChunkedColumns
    loss.reset(classification=True)
    chunk = ChunkedColumns.CHUNK
    batches = [run(chunk - 3, 0), run(1, chunk - 3), run(2 * chunk + 5, chunk - 2)]
    for b in batches:
        loss.append(**b)
    n = 3 * chunk + 3
    assert loss.point_count() == n
    held = loss.series()
    for key in ("epochs", "train_loss", "val_acc"):
        np.testing.assert_array_equal(held["epoch" if key == "epochs" else key],
                                      concat(batches, key))
    # A range across chunk boundaries reads back exactly; one inside a chunk is a view.
    data = loss._data
    np.testing.assert_array_equal(data.get("train_loss", chunk - 10, 2 * chunk + 10),
                                  concat(batches, "train_loss")[chunk - 10: 2 * chunk + 10])
    inside = data.get("train_loss", 5, 50)
    assert inside.base is not None
    for value in (0.0, chunk - 0.5, 2.0 * chunk, n + 10.0):
        assert data.searchsorted("epoch", value) == np.searchsorted(held["epoch"], value)


def test_peak_pyramid_matches_brute_force_min_and_max():
    from nnviz.ui.plots.series import PeakPyramid
    rng = np.random.default_rng(5)
    values = rng.standard_normal(30_001)
    values[100:180] = np.nan                       # a gap (validation starting late, say)
    values[20_000] = np.inf
    pyramid = PeakPyramid()
    for stop in (1, 2, 7, 500, 1500, 17_000, 30_001):   # arriving in uneven batches
        pyramid.update(values[pyramid.needs_from():stop], stop)
    for level in (1, 3, 6, 7, 10):                 # computed on the fly, and stored
        size = 1 << level
        count = pyramid.complete(level)
        assert count == 30_001 // size
        lows, highs = pyramid.blocks(level, 2, count, lambda a, b: values[a:b])
        blocks = values[2 * size: count * size].reshape(count - 2, size)
        with np.errstate(invalid="ignore"):
            np.testing.assert_array_equal(lows, np.fmin.reduce(blocks, axis=1))
            np.testing.assert_array_equal(highs, np.fmax.reduce(blocks, axis=1))


def test_a_long_curve_is_drawn_from_its_peaks_and_zooming_shows_every_epoch(loss):
    """A 200,000-epoch run is drawn from about two points per pixel column, yet a one-epoch
    spike and the lowest loss are on screen; zoomed in, every epoch is drawn as it is."""
    loss.reset(classification=False)
    n = 200_000
    e = np.arange(n, dtype=float)
    train = 1.0 / (1.0 + e / 1000.0)
    train[123_457] = 5.0                            # one spike
    loss.append(e[:150_000], train[:150_000])
    loss.append(e[150_000:], train[150_000:])
    loss.grab()
    x, y = loss.train_loss_curve.getData()
    width = int(loss.loss_plot.vb.width())
    assert len(x) <= max(2 * width, 1000) + 2
    assert np.nanmax(y) == 5.0 and np.nanmin(y) == train.min()
    spike_x = x[np.nanargmax(y)]
    assert abs(spike_x - 123_457) <= n / width      # in the right pixel column
    loss.loss_plot.setXRange(1000.0, 1100.0, padding=0)
    x, y = loss.train_loss_curve.getData()
    inside = (x >= 1000) & (x <= 1100)
    np.testing.assert_array_equal(x[inside], e[1000:1101])
    np.testing.assert_array_equal(y[inside], train[1000:1101])


def test_curves_update_in_place_without_new_items(loss):
    loss.reset(classification=True)
    before = list(loss.loss_plot.listDataItems())
    for start in range(0, 50, 10):
        loss.append(**run(10, start))
    assert loss.loss_plot.listDataItems() == before


def test_missing_validation_is_not_drawn_or_listed(loss):
    loss.reset(classification=False)
    loss.append(np.arange(3.0), np.array([3.0, 2.0, 1.0]))
    loss.append(np.arange(3.0, 5.0), np.array([0.9, 0.8]), np.full(2, np.nan))  # all-NaN = none
    assert drawn(loss.val_loss_curve) == 0
    assert "val loss" not in loss.hover_text(1, 0)
    assert loss.legend_names() == ["train loss"]
    assert "val" not in loss.loss_legend.text()
    loss.append(np.array([5.0]), np.array([0.7]), np.array([0.75]))  # validation starts late
    x, y = loss.val_loss_curve.getData()
    np.testing.assert_array_equal(x, np.arange(6.0))
    np.testing.assert_array_equal(y, [np.nan] * 5 + [0.75])
    assert loss.hover_text(5, 0) == "epoch 5  train loss 0.7  val loss 0.75"
    assert loss.legend_names() == ["train loss", "val loss"]
    assert "val&nbsp;loss" in loss.loss_legend.text()


def test_log_toggle_sets_log_mode(loss, qtbot):
    loss.reset(classification=False)
    loss.append(**run(50))
    assert loss.train_loss_curve.opts["logMode"] == [False, False]
    loss.set_log_scale(True)
    assert loss.log_checkbox.isChecked()
    assert loss.is_log_scale()
    assert loss.train_loss_curve.opts["logMode"] == [False, True]
    loss.log_checkbox.click()  # the checkbox drives the same switch
    assert not loss.is_log_scale()
    assert loss.train_loss_curve.opts["logMode"] == [False, False]
    assert loss.log_checkbox.text() == "Log scale" and loss.log_checkbox.toolTip()


def test_hover_text_reports_nearest_epoch_exactly(loss):
    loss.reset(classification=True)
    epochs = np.array([0.0, 10.0, 20.0])
    loss.append(epochs, np.array([0.5, 0.04123, 0.01]), np.array([0.6, 0.0455, 0.02]),
                np.array([0.5, 0.875, 0.9]), np.array([0.4, 0.8125, 0.85]))
    expected = "epoch 10  train loss 0.04123  val loss 0.0455  train acc 0.875  val acc 0.8125"
    assert loss.hover_text(11.0, 0.3) == expected
    assert loss.hover_text(14.9, 0.0) == expected
    assert loss.hover_text(15.1, 0.0).startswith("epoch 20  train loss 0.01  ")
    assert loss.hover_text(-50.0, 0.0).startswith("epoch 0  ")
    assert loss.hover_text(1e9, 0.0).startswith("epoch 20  ")


def test_mouse_move_shows_cursor_and_readout(loss):
    loss.reset(classification=False)
    loss.append(np.arange(0.0, 100.0), np.linspace(1.0, 0.1, 100))
    loss.grab()  # lay out and autorange
    vb = loss.loss_plot.vb
    scene_pos = vb.mapViewToScene(QtCore.QPointF(41.8, 0.5))
    loss._on_mouse_moved((scene_pos,))
    assert all(line.isVisible() for line in loss.cursor_lines)
    assert loss.cursor_lines[0].value() == pytest.approx(42.0)
    assert loss.readout.isVisible()
    assert "42" in loss.readout.toPlainText()
    loss._on_mouse_moved((QtCore.QPointF(-100.0, -100.0),))  # off the plots
    assert not loss.readout.isVisible()
    assert not any(line.isVisible() for line in loss.cursor_lines)


def test_the_readout_is_not_cut_off_in_a_short_panel(loss):
    """In a 1024 x 768 window the loss plot is short: the readout may reach down over the
    accuracy plot, but all of it is drawn (the view box would clip it)."""
    loss.resize(370, 220)
    loss.reset(classification=True)
    loss.append(**run(300))
    loss.grab()
    loss._show_cursor(150.0)
    box = loss.readout.sceneBoundingRect()
    # (A pane this short now shows one curve at a time; the box is whole wherever it ends.)
    shot = loss.view.grab().toImage()

    def grey_pixels(y: float) -> int:
        count = 0
        for x in np.linspace(box.left() + 4, box.right() - 4, 20):
            c = shot.pixelColor(loss.view.mapFromScene(QtCore.QPointF(x, y)))
            v = np.array([c.red(), c.green(), c.blue()])
            count += v.max() < 215 and np.ptp(v) < 12      # grey, antialiased or not
        return count

    # The box's bottom border is drawn: a grey line along one of its last pixel rows.
    assert max(grey_pixels(box.bottom() - d) for d in (0.5, 1.5, 2.5)) >= 15


def test_classification_shows_accuracy_regression_does_not(loss):
    loss.reset(classification=True)
    loss.append(**run(10))
    assert loss.acc_plot.scene() is not None
    assert drawn(loss.train_acc_curve) == 10
    assert "train acc" in loss.hover_text(3, 0)

    loss.reset(classification=False)
    assert loss.point_count() == 0
    loss.append(**run(10))  # accuracy handed in anyway: not shown
    assert loss.acc_plot.scene() is None
    assert drawn(loss.train_acc_curve) == 0
    assert drawn(loss.train_loss_curve) == 10
    assert "acc" not in loss.hover_text(3, 0)


def test_reset_after_a_long_run_autoranges_to_the_new_one(loss):
    loss.reset(classification=False)
    loss.append(np.arange(100_000.0), np.linspace(1, 0, 100_000))
    loss.grab()
    loss.reset(classification=False)
    loss.append(np.array([1.0, 2.0, 3.0]), np.array([0.3, 0.2, 0.1]))
    loss.grab()
    (x0, x1), _ = loss.loss_plot.vb.viewRange()
    assert x0 > 0 and x1 < 6     # the new run: 1 to 3, the axis at least 4 epochs wide


def test_nan_inf_and_zero_do_not_crash_even_in_log_scale(loss):
    loss.reset(classification=True)
    loss.append(np.arange(1.0, 5.0), np.array([0.5, np.nan, np.inf, 0.0]),
                np.array([0.0, 0.4, -1.0, 0.3]), np.array([np.nan, 0.5, 1.0, -np.inf]), None)
    loss.grab()
    for on in (True, False, True):
        loss.set_log_scale(on)
        loss.grab()
        (x0, x1), (y0, y1) = loss.loss_plot.vb.viewRange()
        assert all(np.isfinite([x0, x1, y0, y1]))
    assert "train loss inf" in loss.hover_text(3, 0)


def test_append_rejects_mismatched_lengths(loss):
    loss.reset(classification=False)
    with pytest.raises(ValueError):
        loss.append(np.arange(3.0), np.arange(4.0))


# --------------------------------------------------------------------------------------------
# BoundaryPlot
# --------------------------------------------------------------------------------------------

def binary(boundary: BoundaryPlot) -> BoundaryPlot:
    boundary.set_problem("binary", ["no", "yes"], "x1", "x2")
    boundary.set_extent((-1.0, 1.0), (-1.0, 1.0))
    return boundary


def constant(value: float, n_outputs: int = 1, shape=(100, 100)) -> np.ndarray:
    return np.full((*shape, n_outputs), value)


def test_binary_colours_follow_probability(boundary):
    binary(boundary)
    boundary.set_field(constant(0.9))
    r, g, b, a = boundary.image_rgba()[50, 50].astype(int)
    assert b > r + 60 and b > g and a == 255                 # blue-ish
    boundary.set_field(constant(0.1))
    r, g, b, _ = boundary.image_rgba()[50, 50].astype(int)
    assert r > g + 40 and g > b                              # orange-ish
    boundary.set_field(constant(0.5))
    assert (boundary.image_rgba()[:, :, :3] >= 245).all()    # near white
    boundary.set_field(constant(0.99))
    strong = boundary.image_rgba()[0, 0, :3].astype(int)
    boundary.set_field(constant(0.7))
    weak = boundary.image_rgba()[0, 0, :3].astype(int)
    assert strong.sum() < weak.sum()                         # more confident, more colour


def test_binary_discretize_gives_exact_class_colours(boundary):
    binary(boundary)
    field = constant(0.1)
    field[:, 50:, 0] = 0.9
    boundary.set_discretize(True)
    assert boundary.discretize_checkbox.isChecked()
    boundary.set_field(field)
    image = boundary.image_rgba()
    assert (image[:, :50, :3] == rgb(theme.NEGATIVE)).all()
    assert (image[:, 50:, :3] == rgb(theme.POSITIVE)).all()
    boundary.discretize_checkbox.click()  # back to shading, recoloured at once
    assert not (boundary.image_rgba()[:, 50:, :3] == rgb(theme.POSITIVE)).all()


def test_multiclass_cells_take_their_argmax_colour(boundary):
    names = ["a", "b", "c", "d"]
    boundary.set_problem("multiclass", names, "x", "y")
    rng = np.random.default_rng(1)
    probs = rng.random((100, 100, 4)) ** 3
    probs /= probs.sum(axis=2, keepdims=True)
    winner = probs.argmax(axis=2)
    colours = np.array([rgb(c) for c in theme.class_colours(4)], dtype=float)

    boundary.set_discretize(True)
    boundary.set_field(probs)
    np.testing.assert_array_equal(boundary.image_rgba()[:, :, :3], colours[winner])

    boundary.set_discretize(False)
    image = boundary.image_rgba()[:, :, :3].astype(float)
    # Shaded: the class colour blended toward white by (1 - SHADE_MAX * max probability).
    expected = 255 + (colours[winner] - 255) * (SHADE_MAX * probs.max(axis=2))[:, :, None]
    np.testing.assert_allclose(image, expected, atol=1.0)


def test_regression_maps_min_and_max_to_the_colormap_ends(boundary):
    boundary.set_problem("regression", None, "x", "y")
    ends = pg.colormap.get("viridis").map([0.0, 1.0], mode="byte")[:, :3].astype(int)
    field = np.linspace(-3.0, 7.0, 100 * 100).reshape(100, 100, 1)
    boundary.set_field(field)
    image = boundary.image_rgba()[:, :, :3].astype(int)
    assert np.abs(image[0, 0] - ends[0]).max() <= 2
    assert np.abs(image[-1, -1] - ends[1]).max() <= 2
    assert boundary.colorbar.levels() == pytest.approx((-3.0, 7.0))
    # With points, their values fix the scale, so prediction and truth share colours.
    boundary.set_points(np.zeros((2, 2)), np.array([0.0, 10.0]))
    boundary.set_field(constant(10.0))
    assert np.abs(boundary.image_rgba()[5, 5, :3].astype(int) - ends[1]).max() <= 2
    boundary.set_field(constant(0.0))
    assert np.abs(boundary.image_rgba()[5, 5, :3].astype(int) - ends[0]).max() <= 2


def test_regression_scale_grows_to_hold_predictions_below_the_targets(boundary):
    """The house lesson: targets 83-94, first predictions about 73. The scale takes in the
    predictions (one flat colour otherwise), grows no further than one span of the targets past
    them, and never shrinks while the same points are shown."""
    boundary.set_problem("regression", None, "bedrooms", "quality", "price")
    boundary.set_points(np.zeros((3, 2)), np.array([83.0, 89.0, 94.0]))
    field = np.linspace(72.0, 75.0, 100 * 100).reshape(100, 100, 1)
    boundary.set_field(field)
    assert boundary.colorbar.levels() == pytest.approx((72.0, 94.0))
    image = boundary.image_rgba()[:, :, :3].astype(int)
    assert np.abs(image[0, 0] - image[-1, -1]).max() > 20        # not one flat colour
    boundary.set_field(constant(88.0))                               # trained: the scale stays
    assert boundary.colorbar.levels() == pytest.approx((72.0, 94.0))
    boundary.set_field(constant(-1e9))                               # diverging: at most one span
    assert boundary.colorbar.levels() == pytest.approx((72.0, 94.0))   # below 83 - 11 already


def test_points_counted_per_scatter_item(boundary):
    boundary.set_problem("multiclass", ["a", "b", "c"], "x", "y")
    rng = np.random.default_rng(2)
    boundary.set_points(rng.random((30, 2)), rng.integers(0, 3, 30),
                        rng.random((12, 2)), rng.integers(0, 3, 12))
    assert len(boundary.train_points.getData()[0]) == 30
    assert len(boundary.test_points.getData()[0]) == 12
    assert len(boundary.test_points_edge.getData()[0]) == 12
    boundary.set_points(rng.random((7, 2)), rng.integers(0, 3, 7))
    assert len(boundary.train_points.getData()[0]) == 7
    assert len(boundary.test_points.getData()[0]) == 0


def test_train_filled_and_test_outlined_in_class_colours(boundary):
    binary(boundary)
    labels = np.array([0, 1, 1])
    boundary.set_points(np.zeros((3, 2)), labels, np.ones((3, 2)), labels)
    expected = [rgb(theme.NEGATIVE), rgb(theme.POSITIVE), rgb(theme.POSITIVE)]
    fills = [b.color().getRgb()[:3] for b in boundary.train_points.data["brush"]]
    rings = [p.color().getRgb()[:3] for p in boundary.test_points.data["pen"]]
    np.testing.assert_array_equal(fills, expected)
    np.testing.assert_array_equal(rings, expected)
    assert boundary.test_points.opts["brush"].style() == QtCore.Qt.BrushStyle.NoBrush


def test_wrong_field_shape_raises(boundary):
    binary(boundary)
    with pytest.raises(ValueError):
        boundary.set_field(np.zeros((100, 100)))            # no output axis
    with pytest.raises(ValueError):
        boundary.set_field(np.zeros((100, 100, 2)))         # binary wants P(class 1) only
    boundary.set_problem("multiclass", ["a", "b", "c"], "x", "y")
    with pytest.raises(ValueError):
        boundary.set_field(np.zeros((100, 100, 2)))
    boundary.set_field(np.full((100, 100, 3), 1 / 3))      # the right shape is accepted


def test_field_is_drawn_upright_over_the_extent(boundary, qtbot):
    """Row 0 is y_min: a field blue at the bottom and orange at the top renders that way."""
    boundary.set_problem("binary", None, "x", "y")
    boundary.set_extent((10.0, 20.0), (-5.0, 5.0))
    field = constant(0.02)
    field[:50, :, 0] = 0.98  # rows 0..49: the lower half of the plane
    boundary.set_field(field)
    # Pixels are centred on the samples at linspace(10, 20, 100) x linspace(-5, 5, 100).
    cx, cy = 10.0 / 99, 10.0 / 99
    rect = boundary.image.mapRectToView(boundary.image.boundingRect())
    assert rect.getRect() == pytest.approx((10.0 - cx / 2, -5.0 - cy / 2, 10.0 + cx, 10.0 + cy))
    shot = boundary.view.grab().toImage()
    vb = boundary.plot.vb

    def pixel(x: float, y: float) -> np.ndarray:
        pos = boundary.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(x, y)))
        c = shot.pixelColor(pos)
        return np.array([c.red(), c.green(), c.blue()])

    low, high = pixel(15.0, -2.5), pixel(15.0, 2.5)
    assert low[2] > low[0] + 60     # blue below
    assert high[0] > high[2] + 60   # orange above
    assert vb.viewRange() == [[10.0, 20.0], [-5.0, 5.0]]


def test_set_problem_labels_axes_and_legend(boundary):
    boundary.set_problem("multiclass", ["setosa", "versicolor", "virginica"],
                         "petal length", "petal width")
    assert boundary.plot.getAxis("bottom").labelText == "petal length"
    assert boundary.plot.getAxis("left").labelText == "petal width"
    legend = boundary.legend_label.text()
    assert all(name in legend for name in ["setosa", "versicolor", "virginica"])
    assert "filled" in boundary.key_label.text() and "outlined" in boundary.key_label.text()
    with pytest.raises(ValueError):
        boundary.set_problem("clustering", None, "x", "y")


def test_the_legend_is_empty_until_a_curve_exists(loss):
    loss.reset(classification=True)
    assert loss.legend_names() == [] and loss.loss_legend.text() == ""
    loss.append(np.array([1.0]), np.array([0.5]), np.array([0.6]), np.array([0.5]), np.array([0.5]))
    assert loss.legend_names() == ["train loss", "val loss", "train acc", "val acc"]
    text = loss.loss_legend.text()
    for name, colour in [("train&nbsp;loss", theme.TRAIN_COLOUR), ("val&nbsp;loss", theme.VAL_COLOUR),
                         ("train&nbsp;acc", theme.ACCURACY_COLOUR)]:
        assert name in text and colour in text
    assert "\u254D" in text   # validation accuracy is dashed, in the legend as on the plot
    loss.reset(classification=False)
    assert loss.legend_names() == [] and loss.loss_legend.text() == ""


def test_accuracy_is_listed_only_for_classification(loss):
    loss.reset(classification=False)
    loss.append(**run(5))   # accuracy handed in anyway
    assert loss.legend_names() == ["train loss", "val loss"]
    assert "acc" not in loss.loss_legend.text()


@pytest.mark.parametrize("size", [(370, 240), (600, 450)])
def test_the_legend_sits_outside_the_curves(loss, size):
    """The legend is a line of text above the graphics view, so it can never cover a curve,
    even in the small loss panel of a 1024 x 768 window."""
    loss.resize(*size)
    loss.reset(classification=True)
    loss.append(**run(300))
    loss.grab()
    legend = loss.loss_legend
    assert isinstance(legend, QtWidgets.QLabel) and legend.isVisible()
    assert not loss.view.isAncestorOf(legend)   # not an item in the plots' scene
    top_left = legend.mapTo(loss, QtCore.QPoint(0, 0))
    legend_rect = QtCore.QRect(top_left, legend.size())
    vb = loss.loss_plot.vb
    curves_rect = loss.view.mapFromScene(vb.sceneBoundingRect()).boundingRect()
    curves_rect.translate(loss.view.mapTo(loss, QtCore.QPoint(0, 0)))
    assert curves_rect.height() > 20 and not legend_rect.intersects(curves_rect)
    assert legend_rect.bottom() < curves_rect.top()
    # Four entries fit on one line at 370 px: one line of text, not two.
    assert legend.height() < 2 * legend.fontMetrics().height()


# --------------------------------------------------------------------------------------------
# Colour bar labels
# --------------------------------------------------------------------------------------------

def _drawn_tick_texts(axis: pg.AxisItem) -> list[tuple[QtCore.QRectF, str]]:
    """The tick labels the axis paints (pyqtgraph skips a label that does not fit)."""
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in specs[2]]


def _number(text: str) -> float:
    factor = {"k": 1e3, "M": 1e6}.get(text[-1:], 1.0)
    return float(text[:-1] if factor != 1.0 else text) * factor


@pytest.mark.parametrize("lo, hi, suffix", [(-0.5, 0.5, ""), (80_000.0, 900_000.0, "k")])
def test_colorbar_labels_are_real_numbers_drawn_clear_of_the_label(boundary, lo, hi, suffix):
    boundary.set_problem("regression", None, "x", "y", "price")
    boundary.set_extent((0.0, 1.0), (0.0, 1.0))
    values = np.linspace(lo, hi, 20)
    boundary.set_points(np.random.default_rng(0).random((20, 2)), values)
    boundary.set_field(np.linspace(lo, hi, 100 * 100).reshape(100, 100, 1))
    for _ in range(3):   # the axis sizes itself to its labels after painting them
        boundary.grab()
    axis = boundary.colorbar.axis
    assert axis.range == pytest.approx([lo, hi])
    assert axis.labelText == "price" and "x0.001" not in axis.label.toPlainText()
    assert axis.autoSIPrefixScale == 1.0

    # Through tickStrings, as pyqtgraph asks for them.
    levels = axis.tickValues(lo, hi, axis.height())
    spacing, ticks = levels[0]
    strings = axis.tickStrings(ticks, 1.0, spacing)
    assert len(strings) >= 3
    for value, text in zip(ticks, strings):
        assert text.endswith(suffix) or text == "0"
        assert _number(text) == pytest.approx(value, abs=spacing * 1e-6)
    # And on screen: several labels drawn, none of them under the axis label.
    drawn = _drawn_tick_texts(axis)
    assert len(drawn) >= 3
    label_rect = axis.label.mapRectToParent(axis.label.boundingRect())
    for rect, text in drawn:
        # A real number (it parses) on the bar's scale, not a prefixed "500" for 0.5.
        assert lo - 1e-9 <= _number(text) <= hi + 1e-9, (text, lo, hi)
        assert not rect.intersects(label_rect), (text, rect, label_rect)
    assert len({text for _rect, text in drawn} & set(strings)) >= 3


def test_compact_tick_strings():
    assert compact_tick_strings([-0.4, 0.0, 0.2], 0.2) == ["-0.4", "0", "0.2"]
    assert compact_tick_strings([250_000, 500_000], 250_000) == ["250k", "500k"]
    assert compact_tick_strings([800_000, 1_000_000, 1_200_000], 200_000) == ["0.8M", "1M", "1.2M"]
    # A narrow range round a million: thousands, not "0.98M", "1M", "1.02M".
    assert compact_tick_strings([980_000, 1e6, 1_020_000], 20_000) == ["980k", "1000k", "1020k"]
    assert compact_tick_strings([100_000.5, 100_001], 0.5) == ["100000.5", "100001"]
    assert compact_tick_strings([1000, 2500], 500) == ["1000", "2500"]
    assert compact_tick_strings([0.05, 0.1], 0.05) == ["0.05", "0.1"]
    assert compact_tick_strings([-1e-17, 0.1], 0.1) == ["0", "0.1"]
    assert compact_tick_strings([2e-5], 1e-5) == ["2e-05"]


# --------------------------------------------------------------------------------------------
# CurvePlot
# --------------------------------------------------------------------------------------------

@pytest.fixture
def curve(qtbot) -> CurvePlot:
    widget = CurvePlot()
    qtbot.addWidget(widget)
    widget.resize(600, 450)
    widget.show()
    return widget


def points_xy(item: pg.ScatterPlotItem) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getData()
    return (np.empty(0), np.empty(0)) if x is None else (np.asarray(x), np.asarray(y))


def test_regression_curve_and_points_are_what_was_set(curve):
    curve.set_problem("regression", None, "temperature", "ice creams sold")
    curve.set_extent((10.0, 36.0))
    rng = np.random.default_rng(0)
    x_train, y_train = rng.uniform(12, 34, 30), rng.uniform(40, 180, 30)
    x_test, y_test = rng.uniform(12, 34, 8), rng.uniform(40, 180, 8)
    curve.set_points(x_train, y_train, x_test, y_test)
    x = np.linspace(10.0, 36.0, 200)
    values = 4.0 * x + 2.0
    curve.set_curve(x, values)

    cx, cy = curve.curve_data()
    np.testing.assert_array_equal(cx, x)
    np.testing.assert_array_equal(cy, values[:, None])
    assert len(curve.lines) == 1
    lx, ly = curve.lines[0].getData()
    np.testing.assert_array_equal(lx, x)
    np.testing.assert_array_equal(ly, values)
    px, py = points_xy(curve.train_points)
    np.testing.assert_array_equal(px, x_train)
    np.testing.assert_array_equal(py, y_train)
    assert len(points_xy(curve.test_points)[0]) == 8
    assert len(points_xy(curve.test_points_edge)[0]) == 8
    assert curve.plot.getAxis("bottom").labelText == "temperature"
    assert curve.plot.getAxis("left").labelText == "ice creams sold"
    # Fixed ranges: x as set, y round every point (train and test).
    (x0, x1), (y0, y1) = curve.plot.vb.viewRange()
    assert (x0, x1) == pytest.approx((10.0, 36.0))
    every = np.concatenate([y_train, y_test])
    assert y0 < every.min() and y1 > every.max() and y1 - y0 < 1.3 * np.ptp(every)
    curve.set_extent((10.0, 36.0), (0.0, 500.0))    # an explicit y range wins
    assert curve.plot.vb.viewRange()[1] == pytest.approx([0.0, 500.0])

    curve.set_points(x_train[:5], y_train[:5])        # no test split: no rings
    assert len(points_xy(curve.train_points)[0]) == 5
    assert len(points_xy(curve.test_points)[0]) == 0


def test_binary_points_sit_at_0_or_1_in_class_colours(curve):
    curve.set_problem("binary", ["fail", "pass"], "hours studied", "result")
    curve.set_extent((0.0, 10.0))
    labels = np.array([0, 1, 1, 0])
    curve.set_points(np.array([1.0, 7.0, 8.0, 2.0]), labels, np.array([3.0, 9.0]), np.array([0, 1]))
    x, y = points_xy(curve.train_points)
    np.testing.assert_array_equal(y, [0.0, 1.0, 1.0, 0.0])
    fills = [b.color().getRgb()[:3] for b in curve.train_points.data["brush"]]
    np.testing.assert_array_equal(fills, [rgb(theme.NEGATIVE), rgb(theme.POSITIVE),
                                          rgb(theme.POSITIVE), rgb(theme.NEGATIVE)])
    np.testing.assert_array_equal(points_xy(curve.test_points)[1], [0.0, 1.0])
    assert curve.plot.getAxis("left").labelText == "P(pass)"
    assert curve.threshold.isVisible()
    assert curve.plot.vb.viewRange()[1][0] < 0.0 and curve.plot.vb.viewRange()[1][1] > 1.0
    p = np.linspace(0.01, 0.99, 50)
    curve.set_curve(np.linspace(0, 10, 50), p)
    np.testing.assert_array_equal(curve.curve_data()[1], p[:, None])
    np.testing.assert_array_equal(curve.lines[0].getData()[1], p)


def test_multiclass_draws_one_line_per_class_in_class_colours(curve):
    names = ["setosa", "versicolor", "virginica"]
    curve.set_problem("multiclass", names, "petal length", "species")
    curve.set_extent((1.0, 7.0))
    assert len(curve.lines) == 3
    for line, colour in zip(curve.lines, theme.class_colours(3)):
        assert line.opts["pen"].color().getRgb()[:3] == tuple(rgb(colour))
    curve.set_points(np.array([1.5, 4.0, 6.0]), np.array([0, 1, 2]))
    np.testing.assert_array_equal(points_xy(curve.train_points)[1], [1.0, 1.0, 1.0])
    probs = np.random.default_rng(3).dirichlet(np.ones(3), 100)
    x = np.linspace(1.0, 7.0, 100)
    before = list(curve.lines)
    curve.set_curve(x, probs)
    curve.set_curve(x, probs[::-1])      # a second frame updates the same items
    lines = [i for i in curve.plot.listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert curve.lines == before and lines == before   # the regression line went with set_problem
    np.testing.assert_array_equal(curve.curve_data()[1], probs[::-1])
    for i, line in enumerate(curve.lines):
        np.testing.assert_array_equal(line.getData()[1], probs[::-1, i])
    assert all(name in curve.legend_label.text() for name in names)
    assert not curve.threshold.isVisible()


def test_curve_rejects_wrong_shapes_and_labels(curve):
    curve.set_problem("multiclass", ["a", "b", "c"], "x", "y")
    with pytest.raises(ValueError):
        curve.set_curve(np.arange(5.0), np.zeros((5, 2)))
    with pytest.raises(ValueError):
        curve.set_points(np.arange(3.0), np.array([0, 1, 3]))     # no class 3
    with pytest.raises(ValueError):
        curve.set_points(np.zeros((3, 2)), np.array([0, 1, 2]))   # two inputs: not a curve
    with pytest.raises(ValueError):
        curve.set_extent((1.0, 1.0))
    curve.set_problem("regression", None, "x", "y")
    curve.set_curve(np.arange(5.0), np.arange(5.0))               # 1-D values are one output
    assert curve.curve_data()[1].shape == (5, 1)


def test_a_diverged_regression_curve_is_drawn_without_huge_coordinates(curve):
    curve.set_problem("regression", None, "x", "y")
    curve.set_extent((0.0, 1.0), (0.0, 10.0))
    values = np.array([1.0, 1e300, np.inf, np.nan, 2.0])
    curve.set_curve(np.linspace(0, 1, 5), values)
    np.testing.assert_array_equal(curve.curve_data()[1][:, 0], values)   # as given
    drawn = curve.lines[0].getData()[1]
    assert np.nanmax(drawn) <= 110.0 and np.isnan(drawn[3])
    curve.grab()


def test_huge_regression_values_are_coloured_at_the_ends_without_overflow(boundary):
    """A diverging regression run hands the field values of 1e37 and beyond: they are drawn in
    the colour of the scale's ends, with no 'overflow encountered in multiply' warning."""
    import warnings
    boundary.set_problem("regression", None, "x", "y")
    boundary.set_points(np.zeros((2, 2)), np.array([0.0, 1.0]))
    ends = pg.colormap.get("viridis").map([0.0, 1.0], mode="byte")[:, :3].astype(int)
    field = np.full((10, 10, 1), 1e37)
    field[0, 0, 0] = -1e37
    field[1, 1, 0] = 1e300
    field[2, 2, 0] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        boundary.set_field(field)
    image = boundary.image_rgba()[:, :, :3].astype(int)
    assert np.abs(image[5, 5] - ends[1]).max() <= 2
    assert np.abs(image[1, 1] - ends[1]).max() <= 2
    assert np.abs(image[0, 0] - ends[0]).max() <= 2
    assert (image[2, 2] == rgb(theme.MUTED)).all()


# --------------------------------------------------------------------------------------------
# LossPlot and the timeline: epoch marker, clicks, replacing the history
# --------------------------------------------------------------------------------------------

def view_point(plot_widget, vb, x: float, y: float) -> QtCore.QPoint:
    """The widget pixel of data point (x, y) in view box ``vb`` of a GraphicsLayoutWidget."""
    return plot_widget.view.mapFromScene(vb.mapViewToScene(QtCore.QPointF(x, y)))


def test_cursor_epoch_marks_both_plots_and_none_removes_it(loss):
    loss.reset(classification=True)
    loss.append(**run(100))
    loss.set_cursor_epoch(37)
    assert loss.cursor_epoch() == 37
    for line in loss.epoch_lines:
        assert line.isVisible() and line.value() == 37.0
    assert loss.epoch_lines[0] in loss.loss_plot.items and loss.epoch_lines[1] in loss.acc_plot.items
    loss.append(**run(10, 100))                     # training on keeps the marker
    assert loss.epoch_lines[0].isVisible() and loss.epoch_lines[0].value() == 37.0
    loss.set_cursor_epoch(None)
    assert loss.cursor_epoch() is None
    assert not any(line.isVisible() for line in loss.epoch_lines)


def test_the_marker_is_drawn_where_the_epoch_is(loss):
    loss.reset(classification=False)
    loss.append(np.arange(0.0, 200.0), np.full(200, 0.5))
    loss.grab()
    vb = loss.loss_plot.vb

    def dark_column(image) -> list[int]:
        y = view_point(loss, vb, 0, 0.25).y()    # below the flat curve
        x0 = view_point(loss, vb, 0, 0).x()
        x1 = view_point(loss, vb, 199, 0).x()
        return [x for x in range(x0 + 2, x1 - 2)
                if QtGui.QColor(image.pixel(x, y)).lightness() < 100]

    assert dark_column(loss.view.grab().toImage()) == []
    loss.set_cursor_epoch(150)
    columns = dark_column(loss.view.grab().toImage())
    assert columns and abs(np.mean(columns) - view_point(loss, vb, 150, 0).x()) <= 2


def test_a_click_on_the_curves_emits_the_nearest_epoch(loss, qtbot):
    loss.reset(classification=True)
    loss.append(np.arange(0.0, 500.0, 10.0), np.linspace(1, 0.1, 50), None,
                np.linspace(0.5, 0.9, 50))
    loss.grab()
    assert not loss.clicks_pick_epochs()
    picked = []
    loss.epochClicked.connect(picked.append)            # as the window's timeline would
    loss.hide()
    loss.show()
    assert loss.clicks_pick_epochs() and "click" in loss.hint_label.text()
    assert loss.view.cursor().shape() == QtCore.Qt.CursorShape.PointingHandCursor
    with qtbot.waitSignal(loss.epochClicked, timeout=2000) as blocker:
        qtbot.mouseClick(loss.view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=view_point(loss, loss.loss_plot.vb, 243.0, 0.5))
    assert picked == [240]
    assert blocker.args == [240]
    with qtbot.waitSignal(loss.epochClicked, timeout=2000) as blocker:   # the accuracy plot too
        qtbot.mouseClick(loss.view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=view_point(loss, loss.acc_plot.vb, 468.0, 0.5))
    assert blocker.args == [470]
    # Outside the curve areas (on the axis numbers): nothing.
    with qtbot.assertNotEmitted(loss.epochClicked):
        qtbot.mouseClick(loss.view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=QtCore.QPoint(3, 3))


def test_set_series_replaces_the_history_at_once(loss):
    loss.reset(classification=True)
    loss.append(**run(1000))
    loss.set_log_scale(True)
    loss.set_cursor_epoch(400)
    short = run(401)
    loss.set_series(**short)                        # rewound to epoch 400
    assert loss.point_count() == 401
    held = loss.series()
    np.testing.assert_array_equal(held["epoch"], short["epochs"])
    np.testing.assert_array_equal(held["val_acc"], short["val_acc"])
    x, y = loss.train_loss_curve.getData()
    np.testing.assert_array_equal(x, short["epochs"])
    np.testing.assert_allclose(y, np.log10(short["train_loss"]))   # drawn on the log axis
    assert loss.hover_text(400.0).startswith("epoch 400  ")
    assert loss.hover_text(900.0).startswith("epoch 400  ")   # the cut epochs are gone
    (x0, x1), _ = loss.loss_plot.vb.viewRange()
    assert x1 < 420                                  # the range fits the shorter run
    assert loss.is_log_scale() and loss.cursor_epoch() == 400
    # A branch with no validation: the val curves leave the legend.
    loss.set_series(np.arange(5.0), np.linspace(1, 0.5, 5), None, np.linspace(0, 1, 5), None)
    assert loss.legend_names() == ["train loss", "train acc"]
    assert drawn(loss.val_loss_curve) == 0


# --------------------------------------------------------------------------------------------
# One text scale
# --------------------------------------------------------------------------------------------

from nnviz.ui.plots import BASE_TEXT_PX  # noqa: E402

PRESENT = 24 / BASE_TEXT_PX


def every_plot(qtbot) -> list:
    loss = LossPlot()
    loss.reset(classification=True)
    loss.append(**run(300))
    iris = BoundaryPlot()
    iris.set_problem("multiclass", ["setosa", "versicolor", "virginica"], "petal length (cm)",
                     "petal width (cm)")
    iris.set_points(np.random.default_rng(0).random((30, 2)), np.arange(30) % 3)
    iris.set_field(np.full((20, 20, 3), 1 / 3))
    iris.set_slice_note("sepal length = 5.8, sepal width = 3.1 (held at their mean)")
    price = BoundaryPlot()
    price.set_problem("regression", None, "size", "age", "price")
    price.set_points(np.random.default_rng(1).random((30, 2)), np.linspace(1e5, 9e5, 30))
    price.set_field(np.linspace(1e5, 9e5, 400).reshape(20, 20, 1))
    curve = CurvePlot()
    curve.set_problem("binary", ["fail", "pass"], "hours", "result")
    plots = [loss, iris, price, curve]
    for plot in plots:
        qtbot.addWidget(plot)
        plot.resize(640, 480)
        plot.show()
    return plots


def settle(widget) -> None:
    for _ in range(3):   # layouts and self-sizing axes settle after events and a paint
        QtWidgets.QApplication.processEvents()
        widget.grab()


def test_text_scale_one_is_todays_size_and_present_makes_every_text_24_px(qtbot):
    for plot in every_plot(qtbot):
        settle(plot)
        sizes = plot.text_pixel_sizes()
        assert len(sizes) >= 4, sizes
        today = QtGui.QFont()
        today.setPointSize(theme.BASE_POINT_SIZE)     # the 11 pt every plot text had before
        assert min(sizes.values()) == QtGui.QFontInfo(today).pixelSize(), sizes
        plot.set_text_scale(PRESENT)
        settle(plot)
        big = plot.text_pixel_sizes()
        # Larger text may leave a short loss pane room for one curve and its switch (which
        # takes the hint's place).
        switch = {"show loss", "show accuracy", "hint"}
        assert set(big) - switch == set(sizes) - switch
        assert min(big.values()) >= 24, (type(plot).__name__, big)
        plot.set_text_scale(1.0)
        assert plot.text_pixel_sizes() == sizes     # and back
    with pytest.raises(ValueError):
        plot.set_text_scale(0.0)


def test_at_the_presentation_scale_tick_labels_fit_their_axes(qtbot):
    for plot in every_plot(qtbot):
        plot.set_text_scale(PRESENT)
        settle(plot)
        inner = plot.loss_plot if isinstance(plot, LossPlot) else plot.plot
        for name in ("left", "bottom"):
            axis = inner.getAxis(name)
            if not axis.style["showValues"]:
                continue
            drawn = _drawn_tick_texts(axis)
            assert len(drawn) >= 2, (type(plot).__name__, name)
            box = axis.boundingRect()
            for rect, text in drawn:
                assert box.contains(rect), (type(plot).__name__, name, text, rect, box)


@pytest.mark.parametrize("size, scale", [((370, 240), 1.0), ((370, 200), 1.0),
                                         ((560, 330), PRESENT)])
def test_stacked_axis_titles_never_run_into_each_other(loss, size, scale):
    """In a short loss panel "accuracy" was taller than its plot and ran into "loss":
    the panel read "accuracyloss". Each title now stays within its own plot's height."""
    loss.resize(*size)
    loss.set_text_scale(scale)
    loss.reset(classification=True)
    loss.append(**run(300))
    settle(loss)
    rects = []
    shown = loss.shown_curves()      # a pane too short for both shows one (and a switch)
    for plot in [{"loss": loss.loss_plot, "accuracy": loss.acc_plot}[n] for n in shown]:
        axis = plot.getAxis("left")
        if not axis.label.isVisible() or not axis.shown_title():
            continue
        title = axis.label.mapRectToScene(axis.label.boundingRect())
        own = axis.sceneBoundingRect()
        text_height = QtGui.QFontMetricsF(axis.label.font()).horizontalAdvance(axis.shown_title())
        assert text_height <= own.height(), (axis.shown_title(), own.height())
        rects.append(title)
    assert "loss" not in shown or loss.loss_plot.getAxis("left").shown_title() == "loss"
    assert "accuracy" not in shown or \
        loss.acc_plot.getAxis("left").shown_title() in ("accuracy", "acc")
    if len(rects) == 2:
        # Rotated text: its painted extent is along y; they must not overlap.
        a, b = sorted(rects, key=lambda r: r.top())
        fm_a = QtGui.QFontMetricsF(loss.loss_plot.getAxis("left").label.font())
        assert a.center().y() + fm_a.horizontalAdvance("loss") / 2 < b.center().y() - \
            fm_a.horizontalAdvance(loss.acc_plot.getAxis("left").shown_title()) / 2


# --------------------------------------------------------------------------------------------
# BoundaryPlot: slice note, test points, clicks, a neuron's map, shapes
# --------------------------------------------------------------------------------------------

def test_slice_note_is_drawn_above_the_plane_not_over_it(boundary):
    binary(boundary)
    boundary.resize(460, 420)
    note = "sepal length = 5.8, sepal width = 3.1 (held at their mean)"
    boundary.set_slice_note(note)
    settle(boundary)
    assert boundary.slice_note() == note and boundary.note.isVisible()
    assert boundary.note.item.toPlainText() == note
    note_rect = boundary.note.sceneBoundingRect()
    plane = boundary.plot.vb.sceneBoundingRect()
    assert note_rect.height() >= QtGui.QFontMetricsF(boundary.note.font()).height()
    assert note_rect.bottom() <= plane.top() + 1        # covers none of the data
    assert note_rect.height() <= 2.5 * QtGui.QFontMetricsF(boundary.note.font()).height()
    boundary.set_slice_note("")
    settle(boundary)
    assert not boundary.note.isVisible()


def test_show_test_hides_and_shows_the_test_points(boundary):
    binary(boundary)
    rng = np.random.default_rng(3)
    boundary.set_points(rng.random((10, 2)), rng.integers(0, 2, 10),
                        rng.random((5, 2)), rng.integers(0, 2, 5))
    boundary.set_show_test(False)
    assert not boundary.test_points.isVisible() and not boundary.test_points_edge.isVisible()
    assert boundary.train_points.isVisible() and not boundary.test_shown()
    boundary.set_points(rng.random((10, 2)), rng.integers(0, 2, 10),
                        rng.random((5, 2)), rng.integers(0, 2, 5))
    assert not boundary.test_points.isVisible()       # new data keeps the choice
    boundary.set_show_test(True)
    assert boundary.test_points.isVisible() and len(boundary.test_points.getData()[0]) == 5


@pytest.mark.parametrize("modifier, shift", [(QtCore.Qt.KeyboardModifier.NoModifier, False),
                                             (QtCore.Qt.KeyboardModifier.ShiftModifier, True)])
def test_a_click_on_the_plane_emits_its_data_coordinates(boundary, qtbot, modifier, shift):
    boundary.set_problem("binary", None, "x", "y")
    boundary.set_extent((10.0, 20.0), (-5.0, 5.0))
    boundary.set_points_editable(True)
    assert boundary.view.cursor().shape() == QtCore.Qt.CursorShape.CrossCursor
    assert "click" in boundary.legend_label.text()
    settle(boundary)
    vb = boundary.plot.vb
    with qtbot.waitSignal(boundary.pointClicked, timeout=2000) as blocker:
        qtbot.mouseClick(boundary.view.viewport(), QtCore.Qt.MouseButton.LeftButton, modifier,
                         pos=view_point(boundary, vb, 13.0, 2.5))
    x, y, was_shift = blocker.args
    pixel = 10.0 / vb.width()                           # data units per pixel
    assert x == pytest.approx(13.0, abs=2 * pixel) and y == pytest.approx(2.5, abs=2 * 10 / vb.height())
    assert was_shift is shift
    with qtbot.assertNotEmitted(boundary.pointClicked):   # on the axis numbers, not the plane
        qtbot.mouseClick(boundary.view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=view_point(boundary, vb, 9.0, -6.0))


def test_a_neuron_map_replaces_the_field_until_cleared(boundary):
    binary(boundary)
    boundary.set_field(constant(0.9))
    output = boundary.image_rgba()
    values = np.zeros((50, 60))
    values[:, :20], values[:, 40:] = -1.0, 1.0
    boundary.set_neuron_map(values, "hidden 1, neuron 3 (tanh)", (-1.0, 1.0))
    assert boundary.neuron_map_shown()
    image = boundary.image_rgba()
    assert image.shape[:2] == (50, 60)
    np.testing.assert_array_equal(image[0, 0, :3], rgb(theme.NEGATIVE))
    np.testing.assert_array_equal(image[0, 59, :3], rgb(theme.POSITIVE))
    assert (image[0, 30, :3] >= 250).all()             # zero is white
    assert boundary._colorbar_shown and boundary.colorbar.levels() == (-1.0, 1.0)
    assert "Showing hidden 1, neuron 3 (tanh)" in boundary.note.item.toPlainText()
    boundary.set_field(constant(0.1))                  # training goes on underneath
    np.testing.assert_array_equal(boundary.image_rgba(), image)
    boundary.set_neuron_map(values * 3, "relu")        # no levels: symmetric round 0
    assert boundary.colorbar.levels() == (-3.0, 3.0)
    boundary.clear_neuron_map()
    assert not boundary.neuron_map_shown() and not boundary._colorbar_shown
    back = boundary.image_rgba()
    assert back.shape == output.shape and not np.array_equal(back, output)   # the newest field
    boundary.set_field(constant(0.9))
    np.testing.assert_array_equal(boundary.image_rgba(), output)
    with pytest.raises(ValueError):
        boundary.set_neuron_map(np.zeros(5), "bad")


def test_each_class_has_its_own_marker_shape(boundary):
    boundary.set_problem("multiclass", [f"c{i}" for i in range(10)], "x", "y")
    labels = np.arange(10)
    boundary.set_points(np.zeros((10, 2)), labels, np.ones((10, 2)), labels)
    symbols = list(boundary.train_points.data["symbol"])
    assert symbols == theme.class_symbols(10) and len(set(symbols)) == 10
    assert list(boundary.test_points.data["symbol"]) == symbols
    for glyph in theme.class_glyphs(10):
        assert glyph in boundary.legend_label.text()


def test_class_names_with_newlines_are_escaped_in_the_legend(boundary):
    boundary.set_problem("multiclass", ["a\nb", "<c>", "d"], "x", "y")
    text = boundary.legend_label.text()
    assert "a\\nb" in text and "&lt;c&gt;" in text and "a\nb" not in text


def test_feature_names_with_newlines_and_markup_are_shown_escaped(boundary):
    boundary.set_problem("binary", None, "a\nb", "<i>y</i>")
    settle(boundary)
    bottom, left = boundary.plot.getAxis("bottom"), boundary.plot.getAxis("left")
    assert bottom.shown_title() == "a\\nb" and "\n" not in bottom.label.toPlainText()
    assert left.label.toPlainText().strip() == "<i>y</i>"   # shown as typed, not as italics


def test_a_live_run_moves_the_epoch_axis_in_steps_and_fits_it_at_the_end(loss):
    """During a run the axis keeps room ahead and moves on only when the curve reaches its end
    (a range that changed with every update re-made the ticks each time); every epoch is always
    in view; after the run the axis ends at the newest epoch again."""
    loss.reset(classification=False)
    loss.set_live(True)
    ranges = []
    for start in range(0, 400, 10):             # 40 updates of 10 epochs
        epochs = np.arange(start + 1.0, start + 11.0)
        loss.append(epochs, 1.0 / epochs)
        (x0, x1), _ = loss.loss_plot.vb.viewRange()
        assert x0 <= 1.0 and x1 >= epochs[-1]   # every epoch in view
        ranges.append(round(x1, 6))
    changes = sum(a != b for a, b in zip(ranges, ranges[1:]))
    assert changes <= 15, ranges                # steps (12 here), not 39 changes
    assert ranges[-1] <= 400 * 1.3              # and never far ahead of the curve
    loss.set_live(False)
    (x0, x1), _ = loss.loss_plot.vb.viewRange()
    assert 400 <= x1 < 410
