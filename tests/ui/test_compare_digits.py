"""Two runs side by side on the digits lesson: the pinned run's first-layer weight pictures in
the compare view (the run now's are in the diagram), bit for bit the pinned network's at the
epoch shown, driven by keys as a person does it."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.core.app.pictures import weight_pictures

TIMEOUT = 60_000


def _press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or w, key, modifier)


def _step_epoch(qtbot, w):
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        _press(qtbot, w, Qt.Key.Key_Right)


def _same_bits(a, b) -> bool:
    return a is not None and b is not None and a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


@pytest.fixture
def digits(open_window):
    return open_window("digits", (1024, 768))


def test_a_pinned_digits_run_shows_its_weight_pictures_beside_the_run_now(qtbot, digits):
    w = digits
    shape = w.session.problem.image_shape
    _step_epoch(qtbot, w)
    assert w.session.epoch == 1
    _press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)      # Pin this run
    assert w.session.pinned is not None
    assert w.compare_view.isVisible() and w.digits_pane.isVisible()
    s = w.session.settings.copy()
    s.config = replace(s.config, lr=s.config.lr * 10)
    w.apply_settings(s)
    _step_epoch(qtbot, w)
    pinned = w.session.pinned
    shown = w.compare_view.epoch
    assert shown == pinned.shown_epoch(w.session.epoch) == 1
    drawn = w.compare_view.weight_pictures()
    assert drawn is not None and drawn.shape[1:] == tuple(shape)
    assert _same_bits(drawn, weight_pictures(pinned.parameters_at(shown)[0][0], shape))
    assert not np.array_equal(drawn, weight_pictures(w.session.trainer.network, shape))
    assert w.compare_view.pictures["weights"].isVisible() and w.compare_view.pictures["weights"].tiles()

