"""The NumPy lines of the step in the window: they show the step just taken, the line of the
phase on screen is marked (▶ and a colour) as the diagram's phases and the explainer's parts go,
and Copy step as Python (Ctrl+Shift+C, sent as a key) gives the script that reruns the step."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.ui.code_view import MARK, CodeView

TIMEOUT = 20000


def take_step(qtbot, w, step):
    with qtbot.waitSignals([w.runner.runFinished, w.frameDrawn], timeout=TIMEOUT):
        step()
    qtbot.waitUntil(lambda: w.code_view.code() is not None, timeout=TIMEOUT)


def marked_lines(view: CodeView) -> list[str]:
    """The shown lines that carry the marker, without it."""
    return [t[len(MARK):] for t in view.shown_text().splitlines() if t.startswith(MARK)]


def key(qtbot, w, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or w, k, mods)


def test_the_marked_line_follows_the_diagrams_phases(qtbot, open_window):
    w = open_window("house", (1024, 768))
    take_step(qtbot, w, w.step_batch)
    view, code = w.code_view, w.code_view.code()
    assert "z2 = X @ W1" in view.shown_text() and marked_lines(view) == []
    seen = []
    for phase, layer in w.network_view.phase_sequence():
        # The key a presenter presses (P: the next phase), to whatever has the focus.
        with qtbot.waitSignal(w.network_view.phaseShown, timeout=TIMEOUT):
            key(qtbot, w, Qt.Key.Key_P)
        assert w.network_view.phase() == (phase, None if phase == "update" else layer)
        expected = code.phase_lines(phase, layer)
        assert expected and view.highlighted() == expected
        assert marked_lines(view) == [code.lines[i].display for i in expected]
        seen.append([code.lines[i].name for i in expected])
    # forward 1, forward 2, backward 2, backward 1, update: each its own lines
    assert seen[0] == ["z2", "a2"] and seen[1] == ["z3", "a3"]
    assert seen[2] == ["delta3", "dW2"] and seen[3] == ["delta2", "dW1"]
    assert seen[4] == ["W1", "W2"]
    key(qtbot, w, Qt.Key.Key_P)                      # after the update: the normal view, nothing marked
    qtbot.waitUntil(lambda: w.network_view.phase()[0] is None)
    assert view.highlighted() == [] and marked_lines(view) == []


def test_the_explainers_parts_mark_their_lines(qtbot, open_window):
    w = open_window("or-gate", (1024, 768))
    take_step(qtbot, w, w.step_sample)
    view, code = w.code_view, w.code_view.code()
    for part in ("forward", "loss", "backward", "update"):
        w.explainer.set_part(part)
        assert view.highlighted() == code.phase_lines(part) != []
    assert marked_lines(view) == ["W -= lr * dW", "b -= lr * db"]
    w.explainer.set_part(None)
    assert marked_lines(view) == []
    # The OR tutorial's lines, as the tutorial writes them.
    text = view.shown_text()
    for line in ("z = X @ W + b", "a = sigmoid(z)", "delta = (a - y) * a * (1 - a)", "dW = X.T @ delta"):
        assert line in text


def test_copy_step_as_python_reruns_the_step(qtbot, open_window, tmp_path):
    w = open_window("or-gate", (1024, 768))
    clipboard = QApplication.clipboard()
    clipboard.setText("before")
    key(qtbot, w, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert clipboard.text() == "before"                      # no step yet: nothing copied, one line said
    assert "No step" in w.statusBar().currentMessage()
    take_step(qtbot, w, w.step_sample)
    key(qtbot, w, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    script = clipboard.text()
    assert script == w.code_view.script() and "import numpy as np" in script
    path = tmp_path / "step.py"
    path.write_text(script, encoding="utf-8")
    r = subprocess.run([sys.executable, "-I", str(path), str(tmp_path / "out.npz")], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    record = w.session.trainer.last_step
    with np.load(tmp_path / "out.npz") as got:
        assert abs(float(got["loss"]) - record.loss) <= 1e-12
        np.testing.assert_allclose(got["W"], record.weights_before[0] + record.weight_updates[0], rtol=0, atol=1e-12)


def test_the_tab_sits_beside_the_explainer_and_reads_at_1024(qtbot, open_window):
    w = open_window("house", (1024, 768))
    assert w.code_dock in w.tabifiedDockWidgets(w.data_dock)
    take_step(qtbot, w, w.step_batch)
    w.code_dock.show()
    w.code_dock.raise_()
    qtbot.waitUntil(lambda: w.code_view.isVisible())
    assert w.code_view.width() > 250
    assert w.code_view.text_view.font().pointSizeF() >= 10


@pytest.fixture
def view(qtbot):
    v = CodeView()
    qtbot.addWidget(v)
    v.resize(400, 600)
    return v


def test_without_a_step_the_view_says_what_to_do(view):
    assert view.code() is None and not view.copy_button.isEnabled()
    assert "Take a step" in view.shown_text()
    assert view.copy_script() is False and view.script() == ""
    view.show_phase("forward", 1)
    assert view.highlighted() == []


def test_a_step_that_does_not_fit_its_context_is_one_line(view):
    from nnviz.core.teaching.lessons import get_lesson
    from nnviz.core.engine.explain import StepContext

    trainer = get_lesson("or-gate").trainer()
    record = trainer.step_sample()
    ctx = StepContext(("sigmoid", "sigmoid"))            # two activations for one layer
    view.set_step(record, ctx)
    assert view.code() is None and "cannot be written" in view.shown_text()
    assert "Traceback" not in view.shown_text()


def test_step_epoch_in_mini_batches_says_which_step_it_shows(view):
    from nnviz.core.engine.explain import StepContext
    from nnviz.core.teaching.lessons import get_lesson

    trainer = get_lesson("iris").trainer()       # one sample at a time: Step epoch records the last
    trainer.step_epoch()
    view.set_step(trainer.last_step, StepContext.from_trainer(trainer, "epoch"))
    assert "last step" in view.title.text()
    view.set_step(trainer.step_sample(), StepContext.from_trainer(trainer, "sample"))
    assert "last step" not in view.title.text()
