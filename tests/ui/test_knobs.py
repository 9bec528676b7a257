"""Issue 12 in the window: the data knobs (noise, training ratio, points, Regenerate), feature
inputs, L1, the test-data toggle and points added or removed by clicking on the boundary.

Clicks are real mouse clicks on the plot's viewport at the pixel of a data point. Everything
waits on signals, never on sleeps.
"""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from nnviz.core.data.datasets import GeneratedData
from nnviz.ui.diagram import NetworkView, ZERO_WEIGHT

TIMEOUT = 20_000


@pytest.fixture
def window(open_window):
    return open_window("circle")


def _train(qtbot, w, n):
    w.max_epochs.setValue(w.session.trainer.epoch + n)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.play()


def _flat(w):
    return w.session.trainer.network.flat.copy()


def _circle(**knobs):
    """The circle lesson's data with other knobs (the lesson's data seed is 1)."""
    return GeneratedData("circle", **{"seed": 1, **knobs}).problem()


def _click(qtbot, w, x, y, shift=False):
    """A real left click on the boundary plot at data point (x, y)."""
    plot = w.boundary_plot
    pos = plot.view.mapFromScene(plot.plot.vb.mapViewToScene(QPointF(x, y)))
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(plot.view.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


# --- noise, ratio, points, Regenerate ----------------------------------------------------------
def test_the_knobs_show_the_lesson_data_and_hide_for_a_table(window):
    knobs = window.data_knobs
    assert (knobs.noise_spin.value(), knobs.ratio_spin.value(), knobs.points_spin.value()) == (10, 75, 200)
    assert knobs.data() == GeneratedData("circle", seed=1)
    window.load_lesson("or-gate")
    assert knobs.data() is None and knobs.knobs.isHidden() and knobs.inputs_row.isHidden()
    assert not knobs.click_row.isHidden()   # a two-input table still takes clicked points
    window.load_lesson("iris")
    assert knobs.isHidden()                 # four inputs: no plane to click on


@pytest.mark.parametrize("spin, value, knobs", [
    ("noise_spin", 35, {"noise": 0.35}),
    ("ratio_spin", 50, {"train_ratio": 0.5}),
    ("points_spin", 400, {"points": 400}),
])
def test_a_knob_makes_its_data_from_the_seed_and_keeps_the_weights(qtbot, window, spin, value, knobs):
    _train(qtbot, window, 20)
    weights, epoch = _flat(window), window.session.epoch
    getattr(window.data_knobs, spin).setValue(value)
    expected = _circle(**knobs)
    p = window.session.problem
    assert np.array_equal(p.X_train, expected.X_train) and np.array_equal(p.Y_train, expected.Y_train)
    assert np.array_equal(p.X_test, expected.X_test)
    old = _circle()
    assert not (p.X_train.shape == old.X_train.shape and np.array_equal(p.X_train, old.X_train))
    assert np.array_equal(_flat(window), weights) and window.session.epoch == epoch
    assert window.session.generated == GeneratedData("circle", seed=1, **knobs)
    # the plot shows the new training points
    xy = window.boundary_plot.train_points.getData()
    assert len(xy[0]) == len(expected.X_train)


def test_regenerate_draws_the_next_seed_and_training_goes_on(qtbot, window):
    _train(qtbot, window, 10)
    weights = _flat(window)
    window.data_knobs.regenerate_button.click()
    assert np.array_equal(window.session.problem.X_train, _circle(seed=2).X_train)
    assert not np.array_equal(window.session.problem.X_train, _circle().X_train)
    assert np.array_equal(_flat(window), weights)
    _train(qtbot, window, 5)
    assert window.session.epoch == 15 and len(window.session.trainer.history) == 15


def test_undo_brings_the_old_data_weights_epoch_and_history_back(qtbot, window):
    _train(qtbot, window, 30)
    weights, old_x = _flat(window), window.session.problem.X_train.copy()
    window.data_knobs.noise_spin.setValue(40)
    _train(qtbot, window, 20)
    assert window.session.epoch == 50 and not np.array_equal(_flat(window), weights)
    window.undo()                                   # the 20 epochs on the new data
    window.undo()                                   # the noise change
    assert np.array_equal(window.session.problem.X_train, old_x)
    assert np.array_equal(_flat(window), weights) and window.session.epoch == 30
    assert len(window.session.trainer.history) == 30 and window.loss_plot.point_count() == 30
    assert window.data_knobs.noise_spin.value() == 10 and window.session.generated.noise == 0.1


def test_a_knob_turned_during_a_run_keeps_playing_on_the_new_data(qtbot, window):
    window.speed_slider.setValue(0)                 # one epoch a frame: the run lasts
    window.max_epochs.setValue(100_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    window.data_knobs.points_spin.setValue(300)
    assert window.runner.running                    # Play goes on
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        pass
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert np.array_equal(window.session.problem.X_train, _circle(points=300).X_train)
    assert window.session.undo_label.startswith("data change")


# --- feature inputs ------------------------------------------------------------------------------
def _no_hidden_layer(window):
    window.hyper_panel.remove_button.click()
    assert window.session.layer_sizes[1:] == [1]


def _test_accuracy(qtbot, window, epochs=500):
    _train(qtbot, window, epochs)
    return window.session.evaluate("test")["accuracy"]


def test_squares_make_the_circle_separable_by_one_neuron(qtbot, window):
    _no_hidden_layer(window)
    boxes = window.data_knobs.input_boxes
    for name in ("x1^2", "x2^2"):
        boxes[name].click()
    for name in ("x1", "x2"):
        boxes[name].click()
    assert window.session.problem.feature_names == ["x₁²", "x₂²"]
    assert window.session.layer_sizes == [2, 1]
    assert "x₁²" in window.network_view.node_tooltip(0, 0) and "x₂²" in window.network_view.node_tooltip(0, 1)
    # the boundary is still drawn over x1, x2
    assert window.x_axis_combo.itemText(0) == "x1" and window.options.extent[0][0] < -4
    assert _test_accuracy(qtbot, window) >= 0.95


def test_without_the_squares_one_neuron_cannot_draw_the_circle(qtbot, window):
    _no_hidden_layer(window)
    assert _test_accuracy(qtbot, window) <= 0.7


def test_an_input_toggle_is_a_network_change_that_undo_takes_back(qtbot, window):
    _train(qtbot, window, 10)
    weights = _flat(window)
    window.data_knobs.input_boxes["x1*x2"].click()
    assert window.session.layer_sizes[0] == 3 and window.session.epoch == 0
    assert window.session.settings.inputs == ("x1", "x2", "x1*x2")
    assert window.network_view.node_count() == sum(window.session.layer_sizes)
    window.undo()
    assert window.session.layer_sizes[0] == 2 and window.session.epoch == 10
    assert np.array_equal(_flat(window), weights)
    assert not window.data_knobs.input_boxes["x1*x2"].isChecked()


def test_the_last_input_cannot_be_turned_off(window):
    boxes = window.data_knobs.input_boxes
    boxes["x1"].click()
    assert window.session.layer_sizes[0] == 1
    boxes["x2"].click()                             # the last one: refused, stays on
    assert boxes["x2"].isChecked() and window.session.layer_sizes[0] == 1
    assert "at least one input" in window.data_knobs.note.text()


def test_feature_inputs_change_the_data_too(qtbot, window):
    """A data change with feature inputs on applies them to the new points."""
    window.data_knobs.input_boxes["x1^2"].click()
    window.data_knobs.noise_spin.setValue(20)
    p, raw = window.session.problem, _circle(noise=0.2)
    assert p.feature_names == ["x₁", "x₂", "x₁²"]
    assert np.allclose(p.X_train[:, 2], raw.X_train[:, 0] ** 2)


# --- clicks on the boundary ------------------------------------------------------------------------
def test_a_click_adds_a_training_point_of_the_chosen_class_there(qtbot, window):
    _train(qtbot, window, 5)
    weights = _flat(window)
    n = len(window.session.problem.X_train)
    window.data_knobs.class_combo.setCurrentIndex(0)
    _click(qtbot, window, 3.0, -2.0)
    p = window.session.problem
    assert len(p.X_train) == n + 1
    # within a pixel or two of where the click landed, in data units
    (x0, x1), _ = window.options.extent
    pixel = (x1 - x0) / window.boundary_plot.plot.vb.width()
    assert np.allclose(p.X_train[-1], [3.0, -2.0], atol=3 * pixel)
    assert p.Y_train[-1, 0] == 0.0
    window.data_knobs.class_combo.setCurrentIndex(1)
    _click(qtbot, window, -1.0, 4.0)
    assert window.session.problem.Y_train[-1, 0] == 1.0 and len(window.session.problem.X_train) == n + 2
    assert np.array_equal(_flat(window), weights)   # the network carries on
    assert len(window.boundary_plot.train_points.getData()[0]) == n + 2


def test_shift_click_removes_the_nearest_point(qtbot, window):
    p = window.session.problem
    target = p.X_train[17].copy()
    _click(qtbot, window, target[0] + 0.02, target[1] - 0.02, shift=True)
    q = window.session.problem
    assert len(q.X_train) == len(p.X_train) - 1
    assert not any(np.array_equal(row, target) for row in q.X_train)
    others = np.delete(p.X_train, 17, axis=0)
    assert np.array_equal(q.X_train, others) and np.array_equal(q.Y_train, np.delete(p.Y_train, 17, axis=0))
    window.undo()
    assert np.array_equal(window.session.problem.X_train, p.X_train)


def test_hidden_test_points_are_not_removed(qtbot, window):
    p = window.session.problem
    target = p.X_test[3].copy()
    window.show_test_box.setChecked(False)
    assert not window.boundary_plot.test_shown() and not window.boundary_plot.test_points.isVisible()
    _click(qtbot, window, *target, shift=True)
    q = window.session.problem
    assert len(q.X_test) == len(p.X_test) and len(q.X_train) == len(p.X_train) - 1
    window.show_test_box.setChecked(True)
    _click(qtbot, window, *target, shift=True)
    assert len(window.session.problem.X_test) == len(p.X_test) - 1


def test_a_click_on_a_scaled_table_stores_the_scaled_point(qtbot, window):
    window.load_lesson("diabetes")
    p = window.session.problem
    assert p.x_scaler.kind == "standard"
    (x0, x1), (y0, y1) = window.options.extent
    x, y = x0 + 0.3 * (x1 - x0), y0 + 0.6 * (y1 - y0)
    _click(qtbot, window, x, y)
    q = window.session.problem
    raw = q.x_scaler.inverse(q.X_train[-1:])[0]
    assert np.allclose(raw, [x, y], atol=0.02 * max(x1 - x0, y1 - y0))
    assert np.array_equal(q.X_train[:-1], p.X_train)


def test_a_click_on_the_regression_plane_adds_the_value_chosen(qtbot, window):
    window.load_lesson("plane")
    window.data_knobs.value_spin.setValue(0.75)
    _click(qtbot, window, 1.0, 1.0)
    assert window.session.problem.Y_train[-1, 0] == pytest.approx(0.75)


def test_clicking_during_a_run_keeps_playing(qtbot, window):
    window.speed_slider.setValue(0)
    window.max_epochs.setValue(100_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    n = len(window.session.problem.X_train)
    _click(qtbot, window, 0.5, 0.5)
    assert window.runner.running
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert len(window.session.problem.X_train) == n + 1


# --- L1 and weights about zero -------------------------------------------------------------------------
def test_l1_in_the_panel_reaches_the_trainer(window):
    combo = window.hyper_panel.l1_combo
    combo.setCurrentIndex(combo.findData(0.01))
    assert window.session.trainer.config.l1 == 0.01 and window.session.settings.config.l1 == 0.01
    assert "sub-gradient" in combo.toolTip() and "zero" in combo.toolTip()


def test_weights_about_zero_are_drawn_grey_dotted(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.set_structure([2, 2], ["a", "b"], ["p", "q"], True)
    view.set_values([np.array([[0.0, 0.8], [-ZERO_WEIGHT / 2, -0.8]])], [np.zeros(2)])
    dotted = Qt.PenStyle.DotLine
    assert view.edge_pen(0, 0, 0).style() == dotted and view.edge_pen(0, 1, 0).style() == dotted
    assert view.edge_pen(0, 0, 1).style() != dotted and view.edge_pen(0, 1, 1).style() != dotted
    assert view.edge_pen(0, 0, 0).color() == view.edge_pen(0, 1, 0).color()   # no sign at 0
    assert "about 0" in view.edge_tooltip(0, 0, 0) and "about 0" not in view.edge_tooltip(0, 0, 1)
    assert "about 0" in view.legend_text() and f"&lt; {ZERO_WEIGHT:g})" in view.legend_text()
    view.set_values([np.array([[0.5, 0.8], [-0.3, -0.8]])], [np.zeros(2)])
    assert "about 0" not in view.legend_text()


def test_l1_training_leaves_weights_drawn_as_zero(qtbot, window):
    combo = window.hyper_panel.l1_combo
    combo.setCurrentIndex(combo.findData(0.03))
    _train(qtbot, window, 300)
    w = window.session.trainer.network.weights
    small = [(l, i, j) for l, a in enumerate(w) for i, j in zip(*np.nonzero(np.abs(a) < ZERO_WEIGHT))]
    assert small, "L1 drove no weight near 0"
    assert all(window.network_view.edge_pen(*e).style() == Qt.PenStyle.DotLine for e in small)


def test_the_panel_and_the_predict_box_follow_the_feature_inputs(qtbot, window):
    window.data_knobs.input_boxes["sin(x1)"].click()
    assert window.hyper_panel.summary.text().startswith("3 →")
    box = window.predict_box
    box.set_values({"x1": 1.5, "x2": -0.5})    # asked in x1, x2: the network takes x1, x2, sin(x1)
    assert box.predict(), box.error_text()
    net_out = window.session.predict(np.array([[1.5, -0.5, np.sin(1.5)]]))[0]
    assert box.answer_text() == window.session.problem.describe_output(net_out)
    other = window.session.predict(np.array([[1.5, -0.5, 0.0]]))[0]   # without sin(x1): another answer
    assert window.session.problem.describe_output(other) != box.answer_text()


def test_input_toggles_wait_for_pause_but_knobs_do_not(qtbot, window):
    window.speed_slider.setValue(0)
    window.max_epochs.setValue(100_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    assert not window.data_knobs.input_boxes["x1^2"].isEnabled()
    assert window.data_knobs.noise_spin.isEnabled() and window.data_knobs.regenerate_button.isEnabled()
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert window.data_knobs.input_boxes["x1^2"].isEnabled()
