"""The loss plot's tick labels read at any size: three or more per axis, none over another
(their bounding boxes compared), epochs with thousands separators as the counter writes them and
no "x0.001"-style scale factor."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
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


def _inside_view(plot, axis, labels) -> None:
    """Every label lies inside the plot's drawing area: none cut at an edge (the top "1")."""
    view = plot.view.viewport().rect()
    for rect, text in labels:
        on_view = plot.view.mapFromScene(axis.mapRectToScene(rect)).boundingRect()
        assert view.adjusted(-1, -1, 1, 1).contains(on_view), (text, on_view, view)


def _classification_run(plot, epochs: int) -> None:
    plot.reset(classification=True)
    e = np.arange(0.0, epochs + 1)
    plot.set_series(e, np.linspace(0.7, 0.0171, e.size), None,
                    np.linspace(0.5, 1.0, e.size), None)
    plot.grab()


@pytest.mark.parametrize("size", [PANE_AT_1024, (454, 226), (774, 352), (774, 600)])
@pytest.mark.parametrize("epochs", [0, 300, 10_000])
def test_classification_axes_read_at_every_size(qtbot, plot, size, epochs):
    """The loss and the accuracy axis each show three or more labels, apart and uncut, before
    and after training; a pane too short for both shows one, with a switch to the other."""
    plot.resize(*size)
    _classification_run(plot, epochs)
    seen = set()
    for name in ("loss", "accuracy"):
        if plot.curve_switch.isVisible():
            qtbot.mouseClick(plot.switch_buttons[name], Qt.MouseButton.LeftButton)
            plot.grab()
            assert plot.shown_curves() == (name,)
        for shown in plot.shown_curves():
            item = {"loss": plot.loss_plot, "accuracy": plot.acc_plot}[shown]
            axis = item.getAxis("left")
            _check_axis(axis, f"{shown} at {size}, epoch {epochs}")
            _inside_view(plot, axis, _labels(axis))
            bottom = plot.shown_curves()[-1]
            x_axis = {"loss": plot.loss_plot, "accuracy": plot.acc_plot}[bottom].getAxis("bottom")
            _check_axis(x_axis, f"epoch under {bottom}")
            seen.add(shown)
    assert seen == {"loss", "accuracy"}
    if size == PANE_AT_1024:
        assert plot.curve_switch.isVisible(), "a 1024×768 pane is too short for both curves"
    if size == (774, 600):
        assert plot.shown_curves() == ("loss", "accuracy") and not plot.curve_switch.isVisible()


def test_the_switch_is_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = LossPlot()
    qtbot.addWidget(first)
    first.remember_in(settings)
    first.resize(*PANE_AT_1024)
    first.show()
    qtbot.waitExposed(first)
    _classification_run(first, 300)
    assert first.shown_curves() == ("loss",)
    qtbot.mouseClick(first.switch_buttons["accuracy"], Qt.MouseButton.LeftButton)
    assert first.shown_curves() == ("accuracy",)
    second = LossPlot()
    qtbot.addWidget(second)
    second.remember_in(settings)
    second.resize(*PANE_AT_1024)
    second.show()
    qtbot.waitExposed(second)
    _classification_run(second, 300)
    assert second.shown_curves() == ("accuracy",)
    assert second.switch_buttons["accuracy"].isChecked()
    with pytest.raises(ValueError):
        second.set_single_curve("nonsense")
