"""A test digit chosen in the mistakes gallery is the chosen sample in the explainer too: its
forward pass with the weights shown (no backward pass, no update: it is never trained on),
every number the engine's forward pass. The numbers stay true: the timeline, a reset and undo
explain it again with the new weights; a training step or Play goes back to the step; "Back to
the training step" does too. Clicks are real mouse clicks, keys real key events."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnviz.core.app.mistakes import find_mistakes
from nnviz.core.teaching import quiz
from nnviz.core.text import significant

TIMEOUT = 60_000
NEVER_TRAINED = "Test digits are never trained on: forward pass only."


@pytest.fixture
def trained(qtbot, open_window):
    """The digits lesson after one epoch, the Mistakes tab and the explainer in front."""
    w = open_window("digits", (1024, 768))
    with qtbot.waitSignals([w.runner.runFinished, w.frameDrawn], timeout=TIMEOUT):
        w.step_epoch()
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    w.show_digits_tab(draw=False)
    qtbot.waitUntil(lambda: w.digits_pane.gallery.isVisible())
    w.explainer_dock.show()
    w.explainer_dock.raise_()
    qtbot.waitUntil(w.explainer.isVisible)
    assert w.digits_pane.gallery.items() == find_mistakes(w.session.predict, w.session.problem, "test").items
    return w


def click_tile(qtbot, w, i):
    gallery = w.digits_pane.gallery
    with qtbot.waitSignal(w.explainer.explanationChanged, timeout=TIMEOUT):
        qtbot.mouseClick(gallery, Qt.MouseButton.LeftButton, pos=gallery.tile_rect(i).center().toPoint())
    return gallery.items()[i]


def forward_now(w, row):
    """The engine's forward pass of test row ``row`` with the weights now (the diagram's pass)."""
    return w.session.trainer.network.forward(w.session.problem.X_test[row : row + 1])


def the_line(w, role):
    (line,) = w.explainer.explanation().values(role)
    return line


def test_clicking_a_mistake_explains_its_forward_pass_with_the_engines_numbers(qtbot, trained):
    w = trained
    m = click_tile(qtbot, w, 0)
    panel = w.explainer
    assert panel.heading.full_text().startswith(f"Test sample {m.row}: truth {m.truth}, answer {m.answer}")
    assert panel.sample() is not None and panel.sample().row == m.row
    text = panel.shown_text()
    assert text.startswith(f"Test sample {m.row}: truth {m.truth}, answer {m.answer}\n{NEVER_TRAINED}\n")
    assert "Backward" not in text and "δ" not in text and "∂L" not in text
    assert panel.back_button.isVisible() and panel.quiz_button.isEnabled()
    # A hidden neuron of 64 inputs: z and a are the forward pass's, and the diagram's.
    trace = forward_now(w, m.row)
    assert trace.activations[0].tobytes() == w.painter.last_frame.sample.activations[0].tobytes()
    with qtbot.waitSignal(panel.explanationChanged):
        w.explain_neuron(1, 5)
    assert the_line(w, "z").value == trace.zs[0][0, 5] and the_line(w, "a").value == trace.activations[1][0, 5]
    assert np.float64(the_line(w, "z").value).tobytes() == trace.zs[0][0, 5].tobytes()
    assert w.painter.last_frame.sample.zs[0][0, 5].tobytes() == trace.zs[0][0, 5].tobytes()
    assert len(panel.explanation().values("term")) == 6 and f"= {significant(trace.zs[0][0, 5])}" in panel.shown_text()
    # The outputs: every probability, the answer and the loss.
    probabilities = [line.value for line in panel.explanation().values("probability")]
    assert np.array_equal(np.array(probabilities), w.session.predict(w.session.problem.X_test[m.row : m.row + 1])[0])
    assert np.array(probabilities).tobytes() == trace.output[0].tobytes()
    assert int(the_line(w, "answer").value) == m.answer
    assert "Loss" in panel.shown_text() and the_line(w, "loss_sample").value > 0
    # Show all terms: all 64, still the same z.
    qtbot.mouseClick(panel.all_terms_button, Qt.MouseButton.LeftButton)
    assert [t.weight for t in panel.explanation().values("term")] == list(range(64))
    assert np.float64(the_line(w, "z").value).tobytes() == trace.zs[0][0, 5].tobytes()
    # Every row: the tutorial's printout of this one row, with the same numbers.
    qtbot.mouseClick(panel.rows_button, Qt.MouseButton.LeftButton)
    z_rows = panel.explanation().values("z")
    assert [np.asarray(line.value).tobytes() for line in z_rows] == [z[0].tobytes() for z in trace.zs]
    assert f"Test sample {m.row}: truth {m.truth}, answer {m.answer}: x = " in panel.shown_text()
    qtbot.mouseClick(panel.rows_button, Qt.MouseButton.LeftButton)
    assert panel.shown_text().startswith(f"Test sample {m.row}: truth {m.truth}, answer {m.answer}\n{NEVER_TRAINED}")


def test_a_training_step_goes_back_to_the_step_and_never_shows_the_old_numbers(qtbot, trained):
    w = trained
    m = click_tile(qtbot, w, 0)
    panel = w.explainer
    old_text = panel.shown_text()
    old_z = the_line(w, "z").text
    seen = []
    panel.explanationChanged.connect(lambda: seen.append((panel.heading.full_text(), panel.sample())))
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.step_sample()
    qtbot.waitUntil(lambda: not w.runner.running and "the step that made epoch 1 +1" in panel.heading.full_text(),
                    timeout=TIMEOUT)
    assert panel.sample() is None and not panel.back_button.isVisible()
    assert old_z not in panel.shown_text() and panel.shown_text() != old_text
    assert "Backward" in panel.shown_text()
    # Whatever was drawn after the step began, no test digit's numbers at the old weights.
    assert all(sample is None for _, sample in seen), seen
    # The diagram still shows the test digit (at the new weights); choosing it again explains it.
    assert w.options.sample_split == "test" and w.options.sample_index == m.row
    m2 = click_tile(qtbot, w, 0)
    assert panel.sample().trace.output.tobytes() == forward_now(w, m2.row).output.tobytes()
    assert "(epoch 1 +1)" in panel.shown_text()


def test_the_timeline_reset_and_undo_explain_it_again_with_the_weights_shown(qtbot, trained):
    w = trained
    m = click_tile(qtbot, w, 1)
    panel = w.explainer
    with qtbot.waitSignal(panel.explanationChanged):
        w.explain_neuron(1, 3)
    at_1 = the_line(w, "z").value
    for move, epoch in ((w.step_back, "(epoch 0)"), (w.step_forward, "(epoch 1)"), (w.reset, "(epoch 0)"),
                        (w.undo, "(epoch 1)")):
        with qtbot.waitSignal(panel.explanationChanged, timeout=TIMEOUT):
            move()
        qtbot.waitUntil(lambda: not w.runner.running)
        assert panel.sample() is not None and panel.sample().row == m.row, move
        assert epoch in panel.shown_text(), move
        trace = forward_now(w, m.row)
        assert np.float64(the_line(w, "z").value).tobytes() == trace.zs[0][0, 3].tobytes(), move
        assert panel.heading.full_text().startswith(f"Test sample {m.row}: truth {m.truth}, answer ")
        assert (the_line(w, "z").value == at_1) == (epoch == "(epoch 1)"), move


def test_back_to_the_step_play_and_the_sample_picker_leave_the_test_digit(qtbot, trained):
    w = trained
    panel = w.explainer
    click_tile(qtbot, w, 0)
    with qtbot.waitSignal(panel.explanationChanged):
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert panel.sample() is None and panel.heading.full_text().startswith("output")
    m = click_tile(qtbot, w, 0)                       # the same tile again: explained again
    assert panel.sample().row == m.row
    with qtbot.waitSignal(w.runner.runningChanged, timeout=TIMEOUT):
        w.play()
    assert panel.sample() is None                     # a run's weights move: the step explainer
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.pause()
    qtbot.waitUntil(lambda: not w.runner.running)
    assert panel.sample() is None and not panel.heading.full_text().startswith("Test sample")
    click_tile(qtbot, w, 0)
    with qtbot.waitSignal(panel.explanationChanged):
        w.sample_spin.setValue(4)                     # a training row on the diagram: the step
    assert panel.sample() is None and w.digits_pane.chosen() is None


def test_a_digit_chosen_during_a_run_is_explained_when_it_stops(qtbot, trained):
    w = trained
    panel = w.explainer
    with qtbot.waitSignal(w.runner.runningChanged, timeout=TIMEOUT):
        w.play()
    gallery = w.digits_pane.gallery
    qtbot.waitUntil(lambda: len(gallery.items()) > 0, timeout=TIMEOUT)
    qtbot.mouseClick(gallery, Qt.MouseButton.LeftButton, pos=gallery.tile_rect(0).center().toPoint())
    row = gallery.chosen()
    assert row is not None and panel.sample() is None
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.pause()
    qtbot.waitUntil(lambda: panel.sample() is not None, timeout=TIMEOUT)
    assert panel.sample().row == row
    assert panel.sample().trace.output.tobytes() == forward_now(w, row).output.tobytes()


def test_check_yourself_asks_a_number_of_the_test_digit(qtbot, trained):
    w = trained
    click_tile(qtbot, w, 0)
    panel = w.explainer
    qtbot.mouseClick(panel.quiz_button, Qt.MouseButton.LeftButton)
    assert panel.quiz.isVisible()
    line = the_line(w, "loss_sample")
    panel.quiz.ask(quiz.line_key(line))
    assert quiz.hidden_text(line) in panel.shown_text()
    box = panel.quiz.answer
    box.setFocus()
    qtbot.keyClicks(box, significant(line.value))
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert "Right" in panel.quiz.verdict_text()


def test_clicker_keys_work_with_the_gallery_focused(qtbot, trained):
    w = trained
    click_tile(qtbot, w, 0)
    gallery = w.digits_pane.gallery
    qtbot.waitUntil(gallery.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_B)       # a clicker's black screen
    assert w.presenter.blanked == "black"
    QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_B)   # any key returns
    qtbot.waitUntil(lambda: w.presenter.blanked is None)
    assert w.explainer.sample() is not None


def test_explained_in_german(qtbot, trained):
    from nnviz.ui import i18n

    w = trained
    m = click_tile(qtbot, w, 0)
    try:
        with qtbot.waitSignal(w.explainer.explanationChanged, timeout=TIMEOUT):
            w.set_language("de")
        heading = w.explainer.heading.full_text()
        assert heading.startswith(f"Testbeispiel {m.row}") and "Mit Testziffern wird nie trainiert: nur der Vorwärtsdurchlauf." \
            in w.explainer.shown_text()
        assert w.explainer.back_button.text() != "Back to the training step"
    finally:
        w.set_language("en")
    assert i18n.current() == "en"
