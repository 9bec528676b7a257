"""The loss plot's tick labels read at any size: three or more per axis, none over another
(their bounding boxes compared), epochs with thousands separators as the counter writes them and
no "x0.001"-style scale factor."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPainter

from nnviz.ui.plots import LossPlot

PANE_AT_1024 = (326, 204)     # the loss pane's size in the window at 1024×768


def _labels(axis) -> list[tuple]:
    """(rect, text) of every tick label the axis draws now."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    return [(rect, text) for rect, _flags, text in specs[2]]


def _check_axis(axis, name: str) -> list[str]:
    labels = _labels(axis)
    texts = [t for _r, t in labels]
    assert len(labels) >= 3, f"{name}: {texts}"
    for i, (a, ta) in enumerate(labels):
        for b, tb in labels[i + 1:]:
            assert not a.intersects(b), f"{name}: {ta!r} over {tb!r}"
    assert not axis.labelString() or "x0" not in axis.labelString(), axis.labelString()
    return texts


@pytest.fixture
def plot(qtbot):
    w = LossPlot()
    qtbot.addWidget(w)
    w.resize(*PANE_AT_1024)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("size", [PANE_AT_1024, (454, 226), (774, 352)])
@pytest.mark.parametrize("epochs", [1, 10_000])
def test_tick_labels_are_many_and_apart_on_every_axis(qtbot, plot, size, epochs):
    plot.resize(*size)
    plot.reset(classification=False)
    e = np.arange(0.0, epochs + 1)
    plot.set_series(e, np.linspace(0.3, 0.01, e.size))
    plot.grab()
    _check_axis(plot.loss_plot.getAxis("left"), "loss")
    x = _check_axis(plot.loss_plot.getAxis("bottom"), "epoch")
    if epochs == 10_000:
        assert "10,000" in x or any("," in t for t in x), x
    assert all("." not in t for t in x), x


def test_epoch_labels_never_run_together_on_a_narrow_pane(qtbot, plot):
    plot.resize(220, 204)
    plot.reset(classification=False)
    e = np.arange(0.0, 10_001)
    plot.set_series(e, np.linspace(0.3, 0.01, e.size))
    plot.grab()
    _check_axis(plot.loss_plot.getAxis("bottom"), "epoch")
