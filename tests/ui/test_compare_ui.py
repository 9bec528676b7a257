"""Two runs side by side in the window, driven as a person does it: keys to whatever has focus,
clicks on buttons, and the OR lesson's compare beat by the clicker's PageDown. The curves on the
plot are read back from the plot items and compared with each run's history."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.core.teaching.beats import script_for

TIMEOUT = 60_000
EPOCHS = 150       # few enough that the plot items hold every epoch (no decimation)


def _press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as a person presses it: to whatever has focus."""
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)


def _play(qtbot, w):
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        _press(qtbot, w, Qt.Key.Key_Space)


def _parameters(w):
    weights, biases = w.session.trainer.network.parameters()
    return [np.array(a, copy=True) for a in weights], [np.array(a, copy=True) for a in biases]


def _curve(item):
    """The points a curve item holds (before pyqtgraph's own downsampling for the screen)."""
    x, y = item.getOriginalDataset()
    return (np.empty(0), np.empty(0)) if x is None else (np.asarray(x), np.asarray(y))


@pytest.fixture
def or_window(open_window):
    w = open_window("or-gate", (1024, 768))
    w.max_epochs.setValue(EPOCHS)
    return w


def test_two_learning_rates_on_or_show_both_curves_and_start_bitwise_equal(qtbot, or_window):
    w = or_window
    start = _parameters(w)
    _play(qtbot, w)
    first = np.array(w.session.trainer.history.train_loss.array)
    assert len(first) == EPOCHS
    _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)       # Pin this run
    assert w.session.pinned is not None and w.session.epoch == 0
    assert w.statusBar().currentMessage().startswith("Pinned this run")
    assert w.timeline_bar.pin_button.text() == "Unpin"
    s = w.session.settings.copy()
    s.config = replace(s.config, lr=0.5)
    w.apply_settings(s)                       # the one thing changed: the learning rate
    assert w.compare_view.isVisible() and w.compare_view.line.toolTip() == "Pinned: lr 0.05 · Now: lr 0.5"
    assert w.compare_view.line.text() == "Pinned: lr 0.05\nNow: lr 0.5"
    assert _all_equal(_parameters(w), start)  # the same start, bitwise
    _play(qtbot, w)
    second = np.array(w.session.trainer.history.train_loss.array)
    # Both curves on one plot, read from the plot items: the pinned one (dashed) is the first run,
    # the other the run now.
    px, py = _curve(w.loss_plot.pinned.loss_curve)
    assert np.array_equal(px, np.arange(1, EPOCHS + 1)) and np.array_equal(py, first)
    nx, ny = _curve(w.loss_plot.train_loss_curve)
    assert np.array_equal(nx, np.arange(1, EPOCHS + 1)) and np.array_equal(ny, second)
    assert not np.array_equal(first, second)
    assert w.loss_plot.pinned.loss_curve.opts["pen"].style() == Qt.PenStyle.DashLine
    assert w.loss_plot.pinned.labels[0].isVisible() and w.loss_plot.pinned.labels[0].toPlainText() == "pinned: lr 0.05"
    # The first states, bitwise: the pinned run's and the run now's (Home goes to the start).
    w.activateWindow()
    _press(qtbot, w, Qt.Key.Key_Home)
    assert w.session.epoch == 0
    pinned_first = w.session.pinned.parameters_at(0)
    assert _all_equal(_parameters(w), pinned_first) and _all_equal(pinned_first, start)


def _all_equal(a, b) -> bool:
    return all(len(x) == len(y) and all(np.array_equal(p, q) for p, q in zip(x, y)) for x, y in zip(a, b))


def test_the_pinned_boundary_follows_the_epoch_shown(qtbot, or_window):
    w = or_window
    _play(qtbot, w)
    qtbot.mouseClick(w.timeline_bar.pin_button, Qt.MouseButton.LeftButton)
    small = w.compare_view.pictures["boundary"]
    assert w.compare_view.kind == "boundary" and small.isVisible()
    pinned = w.session.pinned
    at_start = pinned.frame_at(0, w.options).field.values
    assert np.array_equal(small._field, at_start) and "epoch 0" in w.compare_view.scores.text()
    _press(qtbot, w, Qt.Key.Key_End)          # nothing later on this line yet: still epoch 0 … train on
    _play(qtbot, w)
    qtbot.waitUntil(lambda: w.compare_view.epoch == EPOCHS, timeout=TIMEOUT)
    assert np.array_equal(small._field, pinned.frame_at(EPOCHS, w.options).field.values)
    assert not np.array_equal(small._field, at_start)
    assert f"epoch {EPOCHS}" in w.compare_view.scores.text()


def test_unpin_by_click_and_a_new_lesson_drops_the_pin_with_a_status_line(qtbot, or_window):
    w = or_window
    _play(qtbot, w)
    qtbot.mouseClick(w.timeline_bar.pin_button, Qt.MouseButton.LeftButton)
    assert w.session.pinned is not None and w.compare_view.isVisible()
    assert w.loss_plot.pinned.shown and len(_curve(w.loss_plot.pinned.loss_curve)[0]) == EPOCHS
    qtbot.mouseClick(w.timeline_bar.pin_button, Qt.MouseButton.LeftButton)       # now "Unpin"
    assert w.session.pinned is None and w.statusBar().currentMessage().startswith("Unpinned")
    assert not w.compare_view.isVisible() and not w.loss_plot.pinned.shown
    assert len(_curve(w.loss_plot.pinned.loss_curve)[0]) == 0 and not w.loss_plot.pinned.labels[0].isVisible()
    assert w.timeline_bar.pin_button.text() == "Pin"
    w.activateWindow()
    _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert w.session.pinned is not None
    _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.session.pinned is None
    _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert w.load_lesson("xor")
    assert w.session.pinned is None and "unpinned" in w.statusBar().currentMessage()
    assert not w.compare_view.isVisible() and not w.loss_plot.pinned.shown


def test_the_menu_has_pin_and_unpin_with_keys_and_tooltips(or_window):
    w = or_window
    actions = {a.text(): a for a in w.findChildren(type(w.undo_action))}
    pin, unpin = actions["P&in this run"], actions["Un&pin"]
    assert pin.shortcut().toString() == "Ctrl+P" and unpin.shortcut().toString() == "Ctrl+Shift+P"
    assert "compare" in pin.toolTip() and unpin.toolTip()
    assert "Ctrl+P" in w.timeline_bar.pin_button.toolTip()


def test_the_or_lessons_compare_beat_by_pagedown_shows_both_curves(qtbot, open_window):
    w = open_window("or-gate", (1024, 768))
    presenter = w.presenter
    beats = script_for("or-gate").beats
    k = [b.action for b in beats].index("compare") + 1
    presenter.start(True, size=(1024, 768))
    presenter.go_to(k - 1)                       # the beat before: 10,000 epochs at lr 0.05
    before = np.array(w.session.trainer.history.train_loss.array)
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        _press(qtbot, w, Qt.Key.Key_PageDown)
    session = w.session
    assert presenter.player.position == k and session.settings.config.lr == 0.5 and session.epoch == 10_000
    assert np.array_equal(session.pinned.train_loss, before)
    px, py = _curve(w.loss_plot.pinned.loss_curve)
    assert np.array_equal(py, before) and np.array_equal(px, np.arange(1, 10_001))
    # The run now: the plot holds every epoch of it (drawn decimated, two points per pixel column).
    assert np.array_equal(w.loss_plot.series()["train_loss"], session.trainer.history.train_loss.array)
    ny = _curve(w.loss_plot.train_loss_curve)[1]
    assert np.nanmin(ny) == np.nanmin(session.trainer.history.train_loss.array)
    assert w.compare_view.line.toolTip() == "Pinned: lr 0.05 · Now: lr 0.5"
    presenter.show_tab(presenter.boundary_box)     # the pinned boundary, at the epoch shown
    qtbot.waitUntil(lambda: w.compare_view.isVisible() and w.compare_view.epoch == 10_000, timeout=TIMEOUT)
    # PageUp goes back to the beat before: the pin goes with it (the beats are replayed).
    _press(qtbot, w, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: presenter.player.position == k - 1, timeout=TIMEOUT)
    assert session.pinned is None and not w.loss_plot.pinned.shown
    presenter.leave()


def test_one_input_pins_its_curve_and_an_image_lesson_its_line_and_scores(qtbot, open_window, tmp_path):
    from nnviz.core.teaching import lessons

    rows = "\n".join(f"{t},{20 + 8 * t}" for t in range(5, 36))
    (tmp_path / "ice.csv").write_text("temperature_c,ice_creams\n" + rows + "\n")
    path = tmp_path / "ice.toml"
    path.write_text('format = 1\nname = "ice-compare"\ntitle = "Ice creams"\ncaption = "One input."\n'
                    '[data]\ncsv = "ice.csv"\ntarget = "ice_creams"\n[network]\nhidden = [3]\n'
                    '[training]\nloss = "mse"\nlr = 0.1\nepochs = 20\n')
    w = open_window("or-gate", (1024, 768))
    try:
        assert w.open_lesson_file(str(path))
        _play(qtbot, w)
        _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        view = w.compare_view
        assert view.kind == "curve" and view.pictures["curve"].isVisible()
        assert "boundary" not in view.pictures or not view.pictures["boundary"].isVisible()
        expected = w.session.pinned.frame_at(0, w.options).curve
        x, values = view.pictures["curve"].curve_data()
        assert np.array_equal(x, expected.x) and np.array_equal(values, expected.values)
        _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        # Inputs that form a picture (an image lesson): no plane to slice, so the pinned run's
        # first-layer weight pictures, the line and its scores, and its curves on the loss plot.
        w.session.problem.image_shape = (1, 1)
        _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert view.isVisible() and view.kind == "weights" and view.pictures["weights"].isVisible()
        assert not any(p.isVisible() for k, p in view.pictures.items() if k != "weights")
        first = w.session.pinned.parameters_at(0)[0][0]
        assert np.array_equal(view.weight_pictures(), first.T.reshape(-1, 1, 1))
        assert view.scores.text().startswith("Pinned run, epoch 0") and w.loss_plot.pinned.shown
    finally:
        lessons.OPENED.pop("ice-compare", None)
