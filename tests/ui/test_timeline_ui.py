"""The timeline in the window: step, step back by keys, drag the slider, branch, undo — every
restored state compared bitwise with the state recorded on the way."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from nnviz.ui.main_window import MainWindow

TIMEOUT = 20_000


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(lesson="plane", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _state(w):
    t = w.session.trainer
    params = [a.copy() for a in t.network.weights + t.network.biases]
    opt = {k: tuple(np.array(v, copy=True) for v in vals) for k, vals in t.optimizer.state.items()}
    return params, opt, t.rng.bit_generator.state, (t.epoch, t.cursor)


def _same(a, b) -> bool:
    pa, oa, ra, la = a
    pb, ob, rb, lb = b
    return (la == lb and ra == rb and all(np.array_equal(x, y) for x, y in zip(pa, pb))
            and oa.keys() == ob.keys() and all(all(np.array_equal(x, y) for x, y in zip(oa[k], ob[k])) for k in oa))


def _press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as a person presses it: to whatever has focus."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or w
    qtbot.keyClick(target, key, modifier)


def _step(qtbot, w, button):
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_steps_of_every_size_go_back_exactly_by_keys(qtbot, window):
    w = window   # plane: SGD, mini-batches of 10, shuffled
    recorded = [_state(w)]
    for button in (w.step_sample_button, w.step_sample_button, w.step_batch_button, w.step_sample_button,
                   w.step_button, w.step_batch_button, w.step_button):
        _step(qtbot, w, button)
        recorded.append(_state(w))
    assert w.epoch_label.text().startswith("Epoch 2")
    w.activateWindow()
    for i, expected in enumerate(reversed(recorded[:-1])):
        key, mod = ((Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier) if i % 2 == 0
                    else (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier))
        _press(qtbot, w, key, mod)
        assert _same(_state(w), expected), f"step back {i + 1}"
    epoch, cursor = recorded[0][3]
    assert w.epoch_label.text() == f"Epoch {epoch}" and "Already at the start" not in w.statusBar().currentMessage()
    _press(qtbot, w, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert "Already at the start" in w.statusBar().currentMessage()
    # End goes to the newest state again, Home to the start.
    _press(qtbot, w, Qt.Key.Key_End)
    assert _same(_state(w), recorded[-1])
    _press(qtbot, w, Qt.Key.Key_Home)
    assert _same(_state(w), recorded[0])


def test_three_samples_back_restore_the_sample_cursor(qtbot, window):
    w = window
    assert w.load_lesson("iris")
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.train_more(12)
    start = _state(w)
    for _ in range(3):
        _step(qtbot, w, w.step_sample_button)
    assert w.epoch_label.text() == "Epoch 12 +3"
    for _ in range(3):
        qtbot.mouseClick(w.step_back_button, Qt.MouseButton.LeftButton)
    assert w.epoch_label.text() == "Epoch 12" and _same(_state(w), start)


def test_dragging_the_timeline_shows_each_state_everywhere_and_training_on_branches(qtbot, window):
    w = window
    states = {}
    w.max_epochs.setValue(40)
    w.speed_slider.setValue(0)    # one epoch per frame
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.play()
    tl = w.session.timeline
    for pos, epoch, cursor in tl.positions():
        states[epoch] = None
    # Walk the run once more, recording every epoch's state, by going to each position.
    for pos, epoch, cursor in list(tl.positions()):
        w.session.goto(pos)
        states[epoch] = _state(w)
    w.goto_newest()
    slider = w.timeline_bar.slider
    assert slider.maximum() == tl.newest and slider.value() == tl.newest
    target = [p for p, e, c in tl.positions() if e == 17][0]
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT) as drawn:
        slider.setSliderDown(True)
        slider.setValue(target)     # what a drag does
        slider.setSliderDown(False)
    assert drawn.args == [17] and _same(_state(w), states[17])
    assert w.epoch_label.text() == "Epoch 17"
    # Everything on screen is epoch 17's: the diagram's weights and the scores.
    shown = w.network_view.shown_weights()
    assert all(np.array_equal(a, b) for a, b in zip(shown, states[17][0]))
    assert w.painter.last_frame.latest.epoch == 17
    # Step from here: the later epochs go, the new ones equal the old ones bitwise.
    _step(qtbot, w, w.step_button)
    assert _same(_state(w), states[18])
    assert w.session.timeline.label(w.session.timeline.newest) == (18, 0)
    assert w.loss_plot.point_count() == 18
    assert "branch" in w.undo_action.text()
    # Ctrl+Z brings the dropped history back.
    w.activateWindow()
    _press(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.session.timeline.label(w.session.timeline.newest) == (40, 0)
    _press(qtbot, w, Qt.Key.Key_End)
    assert _same(_state(w), states[40])


def test_a_weight_typed_on_the_diagram_is_on_the_timeline_and_undoable(qtbot, window):
    w = window
    assert w.load_lesson("or-gate")
    before = _state(w)
    w.network_view.weightEdited.emit(0, 0, 0, 0.0)     # what the view's editor sends
    assert w.session.trainer.network.weights[0][0, 0] == 0.0
    assert "weight edit" in w.undo_action.text()
    _step(qtbot, w, w.step_button)
    w.undo()   # takes the edit back out of the timeline, with the step trained on it
    assert _same(_state(w), before) and w.session.timeline.newest == 0
    w.network_view.weightEdited.emit(0, 0, 0, float("nan"))
    assert "not a finite number" in w.statusBar().currentMessage()
    assert _same(_state(w), before)


def test_a_click_on_the_loss_curve_jumps_there_and_the_marker_follows(qtbot, window):
    from PySide6.QtCore import QPointF

    w = window
    assert w.load_lesson("xor")
    states = {}
    for _ in range(30):
        _step(qtbot, w, w.step_button)
        states[w.session.epoch] = _state(w)
    loss = w.loss_plot
    assert loss.cursor_epoch() == 30
    vb = loss.loss_plot.vb
    y = sum(vb.viewRange()[1]) / 2
    pos = loss.view.mapFromScene(vb.mapViewToScene(QPointF(12.2, y)))
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT) as drawn:
        qtbot.mouseClick(loss.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert drawn.args == [12] and _same(_state(w), states[12])
    assert loss.cursor_epoch() == 12 and w.timeline_bar.label.text() == "12 / 30"
    assert loss.point_count() == 30       # the later epochs stay drawn until training goes on


def test_the_lesson_notes_are_in_the_window(qtbot, window):
    """Issue 9: a lesson's explanation (the house lesson's identical neurons) is on screen."""
    w = window
    assert w.load_lesson("house")
    text = w.explainer.text_view.toPlainText()
    assert "stay identical forever" in text and "0.73992695" in text
    _step(qtbot, w, w.step_sample_button)
    text = w.explainer.text_view.toPlainText()
    assert "stay identical forever" in text and "Forward" in text   # the step's numbers below the notes
    assert w.load_lesson("circle") and "stay identical" not in w.explainer.text_view.toPlainText()
