"""The digits lesson's diagram: the input drawn as the sample's picture, each hidden neuron as a
picture of its weights, painted from the same state as the rest of the frame (live during a
run, back with the timeline, the step's weights in its phases)."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication

from nnviz.core.app.pictures import weight_pictures
from nnviz.ui import theme

TIMEOUT = 30_000


@pytest.fixture
def digits(open_window):
    return open_window("digits", (1280, 800))


def _net_pictures(w) -> np.ndarray:
    return weight_pictures(w.session.trainer.network, (8, 8))


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _step(qtbot, w, button):
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _shown_sample(w) -> np.ndarray:
    return w.session.problem.X_train[w.sample_spin.value()].reshape(8, 8)


def test_the_view_draws_the_first_layers_weights_reshaped_bit_for_bit(digits):
    w = digits
    view = w.network_view
    assert view.picture_shape() == (8, 8)
    pics = view.weight_pictures()
    assert pics.shape == (16, 8, 8)
    # neuron j's picture is column j of weights[0] (inputs × neurons), pixel (r, c) = input 8r + c
    w0 = w.session.trainer.network.weights[0]
    assert w0.shape == (64, 16)
    assert _same_bits(pics, np.ascontiguousarray(w0.T).reshape(16, 8, 8))
    assert pics[5, 2, 3] == w0[2 * 8 + 3, 5]
    assert _same_bits(view.input_picture(), _shown_sample(w))
    # never 1,024 lines from the picture: none of that pair is drawn as edges
    assert view.drawn_edges()[0] == [] and len(view.drawn_edges()[1]) == 16 * 10
    assert "one line, Σ w·x of all 64 pixels" in view.legend_text()


def test_pictures_follow_steps_and_go_back_with_the_timeline(qtbot, digits):
    w = digits
    view = w.network_view
    seen = [(_net_pictures(w), view.input_picture().copy())]
    for _ in range(2):
        _step(qtbot, w, w.step_sample_button)
        assert _same_bits(view.weight_pictures(), _net_pictures(w))
        assert _same_bits(view.input_picture(), _shown_sample(w))
        seen.append((_net_pictures(w), view.input_picture().copy()))
    assert not np.array_equal(seen[0][0], seen[2][0])      # the weights did move
    w.step_back()
    qtbot.waitUntil(lambda: w.session.trainer.cursor == 1, timeout=TIMEOUT)
    assert _same_bits(view.weight_pictures(), seen[1][0])   # bitwise the state after the first step
    assert _same_bits(view.input_picture(), _shown_sample(w))
    w.step_back()
    qtbot.waitUntil(lambda: w.session.trainer.cursor == 0, timeout=TIMEOUT)
    assert _same_bits(view.weight_pictures(), seen[0][0])


def test_the_caption_gives_the_samples_answer_and_a_new_sample_redraws_the_picture(qtbot, digits):
    w = digits
    view = w.network_view
    p = w.session.problem
    for row in (3, 10):
        w.sample_spin.setValue(row)
        qtbot.waitUntil(lambda: _same_bits(view.input_picture(), _shown_sample(w)), timeout=TIMEOUT)
        answer = p.class_names[int(np.argmax(p.Y_train[row]))]
        assert view.picture_caption()[0] == f"truth: {answer}"
        assert view.picture_caption()[1].startswith("network: ")


def test_pictures_change_live_during_a_run_from_the_frame_drawn(qtbot, digits):
    w = digits
    view = w.network_view
    drawn = []

    def check(_epoch):
        frame = w.painter.last_frame
        drawn.append(_same_bits(view.weight_pictures(), weight_pictures(frame.snapshot.weights[0], (8, 8))))

    w.frameDrawn.connect(check)
    before = view.weight_pictures().copy()
    with qtbot.waitSignal(w.runner.runFinished, timeout=120_000):
        w.train_more(1)
    assert drawn and all(drawn)
    assert not np.array_equal(before, view.weight_pictures())
    assert _same_bits(view.weight_pictures(), _net_pictures(w))


def test_the_phases_show_the_steps_weights_before_the_update(qtbot, digits):
    w = digits
    view = w.network_view
    before = _net_pictures(w)
    _step(qtbot, w, w.step_sample_button)
    view.show_phase("forward", 1)
    assert _same_bits(view.weight_pictures(), before)
    view.show_phase("update", animate=False)
    assert _same_bits(view.weight_pictures(), _net_pictures(w))
    view.show_phase(None)
    assert _same_bits(view.weight_pictures(), _net_pictures(w))


def test_clicking_a_weight_picture_selects_its_neuron_and_hover_explains_it(qtbot, digits):
    w = digits
    view = w.network_view
    rect = view.node_rect(1, 6)
    centre = rect.center().toPoint()
    assert view.node_at(QPointF(centre)) == (1, 6)
    with qtbot.waitSignal(view.nodeSelected, timeout=TIMEOUT) as sig:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert sig.args == [1, 6]
    assert view.selected() == (1, 6) and w.explainer.neuron() == (1, 6)
    tip = view.tooltip_at(QPointF(centre))
    assert "neuron 7 of 16" in tip and "its 64 weights as a picture" in tip and "largest |w|" in tip
    # a real tooltip event shows it
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    # a pixel of the picture is its input
    pic = view.picture_rect()
    cell = pic.width() / 8
    at = QPointF(pic.x() + 2.5 * cell, pic.y() + 5.5 * cell)
    assert view.node_at(at) == (0, 5 * 8 + 2)
    assert "r5c2" in view.tooltip_at(at)


def _colour_at(image, x: float, y: float) -> QColor:
    return QColor(image.pixel(int(x), int(y)))


def test_weight_cells_are_blue_or_orange_and_negative_ones_carry_a_dash(qtbot, open_window):
    from nnviz.ui.diagram import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.allow_draft = False
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_structure([64, 4, 10], [f"p{i}" for i in range(64)], [str(d) for d in range(10)])
    view.set_picture((8, 8), ["truth: 1", "network: 1"])
    w0 = np.zeros((64, 4))
    w0[0, 0], w0[1, 0] = 1.0, -1.0       # neuron 0: pixel (0, 0) positive, (0, 1) negative
    x = np.zeros(64)
    x[9] = 1.0                           # one full-ink pixel at (1, 1)
    view.set_values([w0, np.zeros((4, 10))], [np.zeros(4), np.zeros(10)],
                    [x, np.full(4, 0.5), np.full(10, 0.1)])
    image = view.viewport().grab().toImage()
    tile = view.node_rect(1, 0)   # the picture and its disc; the picture is the square on the left
    cell = tile.height() / 8
    assert cell >= 4
    pos, neg = _colour_at(image, tile.x() + 0.2 * cell, tile.y() + 0.2 * cell), \
        _colour_at(image, tile.x() + 1.2 * cell, tile.y() + 0.2 * cell)
    assert pos == QColor(theme.POSITIVE) and neg == QColor(theme.NEGATIVE)
    dash = _colour_at(image, tile.x() + 1.5 * cell, tile.y() + 0.5 * cell)
    assert dash.lightness() < 80                 # the dash: dark, whatever the colours
    assert _colour_at(image, tile.x() + 0.5 * cell, tile.y() + 0.5 * cell) == QColor(theme.POSITIVE)
    zero = _colour_at(image, tile.x() + 4.5 * cell, tile.y() + 4.5 * cell)
    assert zero.lightness() > 240                # white: weight 0
    pic = view.picture_rect()
    c = pic.width() / 8
    assert _colour_at(image, pic.x() + 1.5 * c, pic.y() + 1.5 * c) == QColor(0, 0, 0)      # ink
    assert _colour_at(image, pic.x() + 3.5 * c, pic.y() + 3.5 * c) == QColor(255, 255, 255)


def test_non_image_lessons_have_no_pictures(open_window):
    w = open_window("iris")
    view = w.network_view
    assert view.picture_shape() is None and view.weight_pictures() is None and view.input_picture() is None
    assert view.picture_rect() is None
    with pytest.raises(ValueError):
        view.set_picture((8, 8))      # 4 inputs are no 8×8 picture


def test_presentation_at_1024x768_shows_the_picture_weights_and_ten_probabilities(qtbot, digits):
    w = digits
    w.presenter.start(from_start=False, size=(1024, 768))
    view = w.network_view
    qtbot.waitUntil(lambda: view.text_fonts()["label"].pixelSize() >= 24 or
                    view.text_fonts()["label"].pointSizeF() * view.logicalDpiY() / 72 >= 23.9, timeout=TIMEOUT)
    QApplication.processEvents()
    last = len(w.session.layer_sizes) - 1
    # the ten class names and the ten probabilities are printed, at 24 px or more
    assert view.shown_labels() == [str(d) for d in range(10)]
    for i in range(10):
        assert view.value_rect(last, i) is not None
    font = view.node_value_font(last)
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * view.logicalDpiY() / 72
    assert px >= 23.9
    # the picture and the weight pictures are large enough to read: 8 px a cell or more for the
    # sample, 3 px or more for each weight
    assert view.picture_rect().width() >= 64
    assert view.node_rect(1, 0).height() / 8 >= 3
    w.presenter.leave()


def test_a_picture_turned_off_draws_the_discs_pixel_for_pixel_as_before(qtbot):
    from nnviz.ui.diagram import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.allow_draft = False
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    rng = np.random.default_rng(4)
    sizes = [64, 16, 10]
    view.set_structure(sizes, [], [])
    args = ([rng.normal(size=(a, b)) for a, b in zip(sizes, sizes[1:])], [rng.normal(size=b) for b in sizes[1:]],
            [rng.uniform(size=n) for n in sizes])
    view.set_values(*args)
    discs = view.grab().toImage()
    view.set_picture((8, 8), ["truth: 1"])
    view.set_values(*args)
    assert view.grab().toImage() != discs
    assert view.picture_rect() is not None and view.drawn_edges()[0] == []
    view.set_picture(None)
    view.set_values(*args)
    assert view.grab().toImage() == discs
    assert len(view.drawn_edges()[0]) == 64 * 16


def test_weight_colours_follow_the_theme(qtbot):
    from nnviz.ui.diagram.picture_paint import weight_image

    previous = theme.current_theme()
    try:
        for name in ("light", "dark"):
            theme.set_theme(name)
            image = weight_image(np.array([[-2.0, 0.0, 2.0]]), 2.0)
            assert [QColor(image.pixel(i, 0)) for i in range(3)] == [
                QColor(theme.NEGATIVE), QColor(theme.BACKGROUND), QColor(theme.POSITIVE)]
    finally:
        theme.set_theme(previous)


def test_the_maps_box_is_off_for_a_picture_and_says_why(qtbot, digits):
    """A picture's inputs have no plane to map: the box is disabled with a tooltip that says so,
    and comes back for a lesson with a plane."""
    box = digits.show_maps_box
    assert not box.isEnabled()
    assert "picture" in box.toolTip()
    digits.load_lesson("circle")
    qtbot.waitUntil(lambda: digits.session.problem.image_shape is None, timeout=TIMEOUT)
    assert box.isEnabled() and "plane" in box.toolTip()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
