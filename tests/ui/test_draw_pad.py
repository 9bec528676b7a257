"""The digits pane's Draw tab: a pad at the lesson's resolution, the network's probabilities as
you draw (the engine's predict, bitwise), a drawn digit added to the training data and undone."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontInfo, QFontMetricsF, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QWidget

from nnviz.ui.draw_pad import DrawPad, ProbabilityBars

TIMEOUT = 60_000
K = Qt.Key


@pytest.fixture
def pad(qtbot):
    p = DrawPad()
    qtbot.addWidget(p)
    p.set_shape((8, 8), 16.0)
    p.resize(240, 240)
    p.show()
    qtbot.waitExposed(p)
    return p


def _drag(qtbot, pad, cells, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
    """A stroke through the centres of ``cells`` ((row, col) …) with ``button`` held."""
    points = [pad.cell_centre(r, c).toPoint() for r, c in cells]
    qtbot.mousePress(pad, button, mods, points[0])
    for p in points[1:]:
        # QTest's mouseMove carries no buttons: send the move with the button held.
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(pad.mapToGlobal(p)), Qt.MouseButton.NoButton,
                            button, mods)
        QApplication.sendEvent(pad, event)
    qtbot.mouseRelease(pad, button, mods, points[-1])


def test_a_stroke_adds_whole_ink_from_0_to_16_softly_around_it(qtbot, pad):
    with qtbot.waitSignal(pad.drawingChanged):
        _drag(qtbot, pad, [(4, 1), (4, 6)])
    x = pad.pixels()
    assert x.shape == (8, 8)
    assert np.array_equal(x, np.round(x)) and x.min() >= 0 and x.max() == 16
    assert np.all(x[4, 1:7] == 16)                       # the stroke's row: full ink
    assert np.all((x[3, 2:6] > 0) & (x[3, 2:6] < 16))    # beside it: some (a soft brush)
    assert x[0].sum() == 0 and x[:, 0].sum() + x[:, 7].sum() < x[4].sum()
    lingering = pad.pixels()
    _drag(qtbot, pad, [(4, 3)] * 5)                      # a stroke of its own over the same cell
    assert pad.pixels()[3, 3] > lingering[3, 3]          # a second stroke darkens
    assert np.all(pad.pixels() <= 16)


def test_right_button_or_shift_erases_and_delete_clears(qtbot, pad):
    _drag(qtbot, pad, [(2, 2), (2, 5)])
    assert pad.pixels()[2, 3] == 16
    _drag(qtbot, pad, [(2, 3)], button=Qt.MouseButton.RightButton)
    assert pad.pixels()[2, 3] == 0
    _drag(qtbot, pad, [(2, 5)], mods=Qt.KeyboardModifier.ShiftModifier)
    assert pad.pixels()[2, 5] == 0 and pad.pixels()[2, 2] > 0
    pad.setFocus()
    with qtbot.waitSignal(pad.drawingChanged):
        qtbot.keyClick(pad, K.Key_Delete)
    assert pad.is_blank()


def test_the_keyboard_moves_a_cursor_and_inks_and_erases(qtbot, pad):
    pad.setFocus()
    start = pad.cursor_cell()
    qtbot.keyClick(pad, K.Key_Right)
    qtbot.keyClick(pad, K.Key_Down)
    r, c = pad.cursor_cell()
    assert (r, c) == (start[0] + 1, start[1] + 1)
    qtbot.keyClick(pad, K.Key_Space)
    assert pad.pixels()[r, c] == 8                       # half the ink: two presses fill
    qtbot.keyClick(pad, K.Key_Space)
    assert pad.pixels()[r, c] == 16
    qtbot.keyClick(pad, K.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert pad.pixels()[r, c] == 8
    for _ in range(20):
        qtbot.keyClick(pad, K.Key_Left)
    assert pad.cursor_cell() == (r, 0)                   # stays on the pad


def test_the_bars_mark_the_answer_in_text():
    bars = ProbabilityBars()
    bars.set_probabilities([0.1, 0.7, 0.2], ["a", "b", "c"])
    assert bars.answer() == 1
    assert bars.row_text(1) == "▶ b  70.0 %" and bars.row_text(0) == "a  10.0 %"


# --- in the window -----------------------------------------------------------------------------------
@pytest.fixture
def digits(open_window):
    return open_window("digits", (1024, 768))


def _draw_a_one(qtbot, w):
    pad = w.digits_pane.pad
    with qtbot.waitSignal(w.digits_pane.probabilitiesShown, timeout=TIMEOUT):
        _drag(qtbot, pad, [(1, 4), (3, 4), (6, 4)])
    return pad.pixels()


def test_picture_lessons_show_the_digits_pane_and_others_the_boundary(open_window):
    w = open_window("digits", (1024, 768))
    assert w.digits_pane.isVisible() and not w.boundary_plot.isVisible()
    assert w.boundary_title.text() == "Digits"
    assert not any(p.isVisible() for p in w.axis_pickers) and not w.show_test_box.isVisible()
    assert w.options.grid is None            # no 64-pixel slice computed for a hidden plot
    assert w.load_lesson("circle")
    assert not w.digits_pane.isVisible() and w.boundary_plot.isVisible()
    assert w.boundary_title.text() == "Decision boundary" and w.options.grid is not None
    assert w.load_lesson("digits")
    assert w.digits_pane.isVisible()


def test_the_pads_probabilities_are_predict_on_the_drawn_pixels(qtbot, digits):
    w = digits
    pixels = _draw_a_one(qtbot, w)
    assert not w.digits_pane.pad.is_blank()
    p = w.session.problem
    expected = w.session.predict(p.x_scaler.transform(pixels.reshape(1, -1)))[0]
    shown = w.digits_pane.bars.probabilities()
    assert shown.tobytes() == expected.tobytes()          # bitwise: the engine's numbers
    k = int(np.argmax(expected))
    assert f"▶ {p.class_names[k]}" in w.digits_pane.answer_label.text()
    # They follow the network as it learns (a step changes the weights).
    with qtbot.waitSignals([w.runner.runFinished, w.frameDrawn], timeout=TIMEOUT):
        w.step_epoch()
    qtbot.waitUntil(lambda: not w.runner.running)
    after = w.session.predict(p.x_scaler.transform(pixels.reshape(1, -1)))[0]
    qtbot.waitUntil(lambda: w.digits_pane.bars.probabilities().tobytes() == after.tobytes(), timeout=TIMEOUT)
    assert not np.array_equal(after, expected)


def test_a_drawn_digit_added_by_keys_and_undone_leaves_the_data_as_it_was(qtbot, digits):
    w = digits
    p = w.session.problem
    before = {k: getattr(p, k).copy() if getattr(p, k) is not None else None for k in ("X_train", "Y_train", "train_rows")}
    pixels = _draw_a_one(qtbot, w)
    pad = w.digits_pane.pad
    pad.setFocus()
    qtbot.keyClick(pad, K.Key_7)                          # a digit typed on the pad picks the label
    assert w.digits_pane.label() == 7
    qtbot.keyClick(pad, K.Key_Return)                     # Enter adds it
    p = w.session.problem
    assert len(p.X_train) == len(before["X_train"]) + 1
    assert p.X_train[-1].tobytes() == p.x_scaler.transform(pixels.reshape(1, -1))[0].tobytes()
    assert p.Y_train[-1].argmax() == 7
    status = w.statusBar().currentMessage()
    assert "Added a drawn 7 to the training data" in status and "Ctrl+Z" in status
    assert w.undo_action.isEnabled()
    assert w.sample_spin.maximum() == len(p.X_train) - 1
    w.activateWindow()
    w.network_view.setFocus()
    qtbot.keyClick(w.network_view, K.Key_Z, Qt.KeyboardModifier.ControlModifier)   # Edit → Undo
    p = w.session.problem
    for k, v in before.items():
        now = getattr(p, k)
        assert (now is None and v is None) or (now.shape == v.shape and now.tobytes() == v.tobytes()), k
    assert "Undone: added a drawn 7" in w.statusBar().currentMessage()


def test_a_drawing_is_never_added_without_a_label_chosen_for_it(qtbot, digits):
    """Enter with no label chosen adds nothing and says to choose one; after an add the label
    is forgotten, so the next drawing needs its own."""
    w = digits
    n = len(w.session.problem.X_train)
    _draw_a_one(qtbot, w)
    pad = w.digits_pane.pad
    pad.setFocus()
    assert w.digits_pane.label() == -1
    qtbot.keyClick(pad, K.Key_Return)
    assert len(w.session.problem.X_train) == n
    assert "label first" in w.statusBar().currentMessage()
    qtbot.keyClick(pad, K.Key_1)
    qtbot.keyClick(pad, K.Key_Return)
    assert len(w.session.problem.X_train) == n + 1 and w.session.problem.Y_train[-1].argmax() == 1
    assert w.digits_pane.label() == -1


def test_the_pads_keys_do_not_reach_the_windows_shortcuts(qtbot, digits):
    w = digits
    w.show_digits_tab(draw=True)                          # D
    pad = w.digits_pane.pad
    qtbot.waitUntil(pad.hasFocus)
    for key in (K.Key_Right, K.Key_Space, K.Key_Left, K.Key_Delete):
        qtbot.keyClick(pad, key)
    assert w.session.epoch == 0 and not w.runner.running and w.session.trainer.cursor == 0


def test_d_brings_the_pad_and_other_lessons_say_why_not(qtbot, open_window):
    w = open_window("digits", (1024, 768))
    w.digits_pane.setCurrentIndex(1)
    qtbot.keyClick(w, K.Key_D)
    assert w.digits_pane.currentIndex() == 0 and w.digits_pane.pad.hasFocus()
    assert w.load_lesson("xor")
    qtbot.keyClick(w, K.Key_D)
    assert "picture" in w.statusBar().currentMessage()


def test_presentation_text_in_the_pane_is_24px_or_more(qtbot, digits, tmp_path):
    w = digits
    _draw_a_one(qtbot, w)
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    qtbot.waitUntil(lambda: w.width() == 1024 and w.height() == 768)
    QApplication.processEvents()
    w.presenter.show_tab(w.boundary_box)
    qtbot.waitUntil(w.digits_pane.isVisible)
    w.grab().save(str(tmp_path / "present_digits.png"))
    pane = w.digits_pane
    small = [(type(x).__name__, QFontInfo(x.font()).pixelSize()) for x in [pane, *pane.findChildren(QWidget)]
             if x.isVisible() and QFontInfo(x.font()).pixelSize() < 24]
    assert not small, small
    assert pane.pad.width() >= 150 and pane.pad.height() >= 150
    assert pane.bars.height() >= 10 * 20


def test_a_pen_inks_by_its_pressure_and_its_eraser_end_erases(qtbot, pad):
    def device(kind):
        caps = QInputDevice.Capability.Position | QInputDevice.Capability.Pressure
        return QPointingDevice("pen", 1, QInputDevice.DeviceType.Stylus, kind, caps, 1, 2)

    def touch(dev, pressure, at):
        for kind, p, buttons in ((QEvent.Type.TabletPress, pressure, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.TabletRelease, 0.0, Qt.MouseButton.NoButton)):
            event = QTabletEvent(kind, dev, QPointF(at), QPointF(pad.mapToGlobal(at.toPoint())), p, 0, 0, 0, 0, 0,
                                 Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
            QApplication.sendEvent(pad, event)

    at = pad.cell_centre(3, 3)
    touch(device(QPointingDevice.PointerType.Pen), 0.5, at)
    assert pad.pixels()[3, 3] == 8                         # half the pressure, half the ink
    touch(device(QPointingDevice.PointerType.Pen), 1.0, at)
    assert pad.pixels()[3, 3] == 16
    touch(device(QPointingDevice.PointerType.Eraser), 1.0, at)
    assert pad.pixels()[3, 3] == 0


def test_squeezed_bars_write_each_row_within_its_own_height(qtbot):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.set_probabilities(np.full(10, 0.1), [str(d) for d in range(10)])
    natural = QFontMetricsF(bars.font()).height()
    for height in (round(natural * 6), round(natural * 8)):      # rows of 0.6 and 0.8 lines
        row_h = height / 10
        plain, bold = bars.row_fonts(row_h)
        assert QFontMetricsF(bold).height() <= row_h + 0.5, height
        assert QFontMetricsF(plain).height() <= row_h + 0.5, height
    roomy = bars.row_fonts(natural * 2)[0]
    assert roomy.pointSizeF() == bars.font().pointSizeF()
