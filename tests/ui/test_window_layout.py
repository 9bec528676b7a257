"""The window a newcomer meets at 1024×768: the first Step shows the step's numbers, and the
layout holds (no control under its minimum size, no text cut, the explainer opens and closes
without moving anything else)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLabel, QSizePolicy, QTabBar, QWidget

from nnviz.ui.panel_kit import ElidedLabel, FittingLabel

SMALL = (1024, 768)
TIMEOUT = 20_000
MIN_PLOT_PX = 180     # a plot or the diagram below this reads badly on a projector


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
    """The first Step opens it; E closes it; a Step then leaves it closed, and so does the
    first Step of the next window with the same settings."""
    w = open_window("or-gate", SMALL)
    _click_step_sample(qtbot, w)
    assert _on_screen(w.explainer)
    qtbot.keyClick(w.network_view, Qt.Key.Key_E)
    assert not w.explainer_dock.toggleViewAction().isChecked()
    _click_step_sample(qtbot, w)
    assert not _on_screen(w.explainer)
    settings = w.settings
    w.close()
    from nnviz.ui.main_window import MainWindow
    w2 = MainWindow("or-gate", settings=settings)
    qtbot.addWidget(w2)
    w2.resize(*SMALL)
    w2.show()
    qtbot.waitExposed(w2)
    _click_step_sample(qtbot, w2)
    assert not w2.explainer_dock.toggleViewAction().isChecked()
    w2.close()


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


def _layout_faults(w) -> list[str]:
    """Every visible widget under its minimum size, every button or one-line label whose text
    does not fit (designed eliding excepted: ElidedLabel and FittingLabel keep the whole text in
    a tooltip)."""
    faults = []
    for c in w.findChildren(QWidget):
        if not c.isVisible() or c.visibleRegion().isEmpty() or c.window() is not w:
            continue
        if isinstance(c.parent(), (QAbstractSpinBox, QComboBox)):   # the box is checked, not its inner line
            continue
        name = f"{type(c).__name__} {getattr(c, 'text', lambda: '')()!r}"
        if isinstance(c, QTabBar):         # Qt cuts a tab's title with "…" when the bar is short
            for i in range(c.count()):
                if c.fontMetrics().horizontalAdvance(c.tabText(i)) > c.tabRect(i).width() - 4:
                    faults.append(f"QTabBar tab {c.tabText(i)!r}: title cut at {c.tabRect(i).width()} px")
            continue
        if isinstance(c, QAbstractButton):
            if c.text() and c.fontMetrics().horizontalAdvance(c.text()) + 6 > c.width():
                faults.append(f"{name}: text cut at {c.width()} px")
            continue
        if isinstance(c, (ElidedLabel, FittingLabel)):
            if c.text() != c.toolTip() and not c.toolTip():
                faults.append(f"{name}: shortened without its whole text in a tooltip")
            continue
        pol = c.sizePolicy()
        hint = c.minimumSizeHint()
        need_w = c.minimumWidth() or (0 if pol.horizontalPolicy() == QSizePolicy.Policy.Ignored else hint.width())
        need_h = c.minimumHeight() or (0 if pol.verticalPolicy() == QSizePolicy.Policy.Ignored else hint.height())
        if c.width() < need_w or c.height() < need_h:
            faults.append(f"{name}: {c.width()}×{c.height()} under its minimum {need_w}×{need_h}")
        if isinstance(c, QLabel) and c.text() and not c.wordWrap() and c.textFormat() != Qt.TextFormat.RichText \
                and not c.text().startswith("<"):
            if c.fontMetrics().horizontalAdvance(c.text()) > c.contentsRect().width() + 1:
                faults.append(f"{name}: text cut at {c.width()} px")
    return faults


@pytest.mark.parametrize("size", [SMALL, (1280, 800), (1920, 1080)])
@pytest.mark.parametrize("lesson", ["or-gate", "house", "iris"])
def test_the_layout_holds_before_and_after_a_step(qtbot, open_window, lesson, size):
    """Every visible control at its minimum size or more, no text cut, the diagram's input
    labels drawn, the plots and the timeline at a useful height; the same with the explainer in
    front after a Step sample."""
    w = open_window(lesson, size)
    QApplication.processEvents()
    for moment in ("before the step", "after the step"):
        assert _layout_faults(w) == [], moment
        labels = w.network_view.shown_labels()
        assert len(labels) >= 2 and all(labels[:2]), moment
        assert w.loss_plot.height() >= MIN_PLOT_PX and w.boundary_plot.height() >= MIN_PLOT_PX, moment
        assert w.timeline_bar.height() >= w.timeline_bar.minimumSizeHint().height(), moment
        assert w.network_view.height() >= MIN_PLOT_PX, moment
        if moment == "before the step":
            _click_step_sample(qtbot, w)
            qtbot.waitUntil(lambda: _on_screen(w.explainer.text_view), timeout=TIMEOUT)
