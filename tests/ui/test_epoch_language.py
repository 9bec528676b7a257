"""One epoch language: "epoch N" counts finished epochs and "epoch N +k" is k samples into the
next. The toolbar's counter, the step explainer's title and the score line name the same moment
after a Step sample and after a Step epoch; captions' {epoch} writes it the same way."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from nnviz.core.engine.explain import step_moment

SMALL = (1024, 768)
TIMEOUT = 20_000


def _moment(text: str) -> str:
    """The "epoch N" or "epoch N +k" a text names (lower case), or "" if none."""
    m = re.search(r"epoch ([\d,]+)( \+[\d,]+)?", text, re.IGNORECASE)
    return "" if m is None else f"epoch {m.group(1)}{m.group(2) or ''}"


def _step(qtbot, w, button) -> None:
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.explainer.heading.full_text() != "Step explainer", timeout=TIMEOUT)


def _three(w) -> tuple[str, str, str]:
    return (_moment(w.epoch_label.text()), _moment(w.explainer.heading.full_text()),
            _moment(w.scores.text()))


def test_toolbar_explainer_and_scores_say_the_same_epoch(qtbot, open_window):
    w = open_window("or-gate", SMALL)
    _step(qtbot, w, w.step_sample_button)
    assert _three(w) == ("epoch 0 +1",) * 3, _three(w)
    assert "the step that made epoch 0 +1" in w.explainer.heading.full_text()
    _step(qtbot, w, w.step_sample_button)
    assert _three(w) == ("epoch 0 +2",) * 3, _three(w)
    _step(qtbot, w, w.step_button)       # finishes epoch 1 (the two samples left)
    assert _three(w) == ("epoch 1",) * 3, _three(w)
    _step(qtbot, w, w.step_button)
    assert _three(w) == ("epoch 2",) * 3, _three(w)
    assert "the step that made epoch 2" in w.explainer.heading.full_text()


def test_step_moment_words():
    assert step_moment(1, 1) == "the step that made epoch 0 +1"
    assert step_moment(1, 0) == "the step that made epoch 1"
    assert step_moment(10_000, 0) == "the step that made epoch 10,000"
    assert step_moment(3, None) == "a step towards epoch 3"


def test_captions_epoch_field_matches_the_toolbar(qtbot, open_window):
    from nnviz.core.teaching.beats import fill_caption
    w = open_window("or-gate", SMALL)
    _step(qtbot, w, w.step_sample_button)
    assert _moment("epoch " + fill_caption("{epoch}", w.session)) == _moment(w.epoch_label.text())
