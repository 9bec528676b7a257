"""The window a newcomer meets at 1024×768: the first Step shows the step's numbers, and the
layout holds (no control under its minimum size, no text cut, the explainer opens and closes
without moving anything else)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

SMALL = (1024, 768)
TIMEOUT = 20_000


def _click_step_sample(qtbot, w) -> None:
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(w.step_sample_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def _on_screen(widget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_the_first_step_sample_shows_its_numbers_with_no_key(qtbot, open_window):
    """OR lesson, one click on Step sample and nothing else: z, a, δ and the new bias are on
    screen, in the explainer's visible text."""
    w = open_window("or-gate", SMALL)
    assert not _on_screen(w.explainer.text_view)      # the settings are in front before a step
    _click_step_sample(qtbot, w)
    qtbot.waitUntil(lambda: _on_screen(w.explainer.text_view), timeout=TIMEOUT)
    text = w.explainer.shown_text()
    for number in ("= 0.3\n", "= 0.5744", "= 0.1404", "= 0.293"):
        assert number in text + "\n", number
    assert "z = " in text and "a = " in text and "δ = " in text and "b ← " in text


def test_the_explainer_title_is_one_line_with_the_whole_title_in_its_tooltip(qtbot, open_window):
    w = open_window("or-gate", SMALL)
    _click_step_sample(qtbot, w)
    head = w.explainer.heading
    full = head.full_text()
    assert "sample" in full and head.toolTip() == full
    assert head.height() < 2 * head.fontMetrics().height()
    assert head.fontMetrics().horizontalAdvance(head.text()) <= head.contentsRect().width()


def test_a_closed_explainer_stays_closed_and_is_remembered(qtbot, open_window, tmp_path):
    """E closes it; a Step then leaves it closed, and the next window starts without it."""
    w = open_window("or-gate", SMALL)
    qtbot.keyClick(w.network_view, Qt.Key.Key_E)
    assert not w.explainer_dock.toggleViewAction().isChecked()
    _click_step_sample(qtbot, w)
    assert not _on_screen(w.explainer)
    w.close()
    w2 = open_window("or-gate", SMALL)
    w2.settings = w.settings
    w2._restore_settings()
    assert not w2.explainer_dock.toggleViewAction().isChecked()


def test_opening_and_closing_the_explainer_moves_nothing_else(qtbot, open_window):
    w = open_window("or-gate", SMALL)
    _click_step_sample(qtbot, w)
    w.hyper_dock.raise_()
    QApplication.processEvents()
    before = _geometries(w)
    qtbot.keyClick(w.network_view, Qt.Key.Key_E)      # close
    qtbot.keyClick(w.network_view, Qt.Key.Key_E)      # open again
    w.hyper_dock.raise_()
    QApplication.processEvents()
    assert _geometries(w) == before


def _geometries(w) -> dict:
    return {name: getattr(w, name).geometry() for name in
            ("view_splitter", "network_view", "boundary_plot", "loss_plot", "hyper_dock", "timeline_bar")}


def _visible_widgets(w):
    for child in w.findChildren(QLabel) + w.findChildren(QAbstractButton):
        if child.isVisible() and not child.visibleRegion().isEmpty() and child.window() is w:
            yield child
