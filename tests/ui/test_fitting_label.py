"""The sample line under the diagram: the longest version of its sentence that fits its two
lines, at the width and text size of the moment, with the whole sentence in the tooltip."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnviz.ui.panel_kit import FittingLabel

TEXTS = ["Sample 3: x1 = 2.14, x2 = -0.981 → network says class 0 (P(class 1) = 0.478); the answer is class 1.",
         "Sample 3 → network says class 0 (P(class 1) = 0.478); the answer is class 1.",
         "Sample 3 → class 0; truth: class 1"]


def _lines(label: FittingLabel) -> int:
    fm = QFontMetrics(label.font())
    rect = fm.boundingRect(0, 0, label.width(), 10**6, int(Qt.TextFlag.TextWordWrap.value), label.text())
    return round(rect.height() / fm.lineSpacing())


def _label(qtbot, width: int) -> FittingLabel:
    label = FittingLabel()
    qtbot.addWidget(label)
    label.setMaximumHeight(2 * label.fontMetrics().lineSpacing() + 6)
    label.resize(width, label.maximumHeight())
    label.show()
    label.set_texts(TEXTS)
    return label


def test_the_longest_version_that_fits_and_the_whole_sentence_in_the_tooltip(qtbot):
    wide, narrow = _label(qtbot, 2000), _label(qtbot, 260)
    assert wide.text() == TEXTS[0] and wide.toolTip() == TEXTS[0]
    assert narrow.text() in TEXTS[1:] and narrow.toolTip() == TEXTS[0]
    assert _lines(narrow) <= 2


def test_when_even_the_shortest_does_not_fit_it_is_cut_at_a_word_with_an_ellipsis(qtbot):
    """A German caption of one long sentence has no shorter version: shown whole it overflowed
    the three lines and lost its first and last; now it ends "…" within them."""
    label = _label(qtbot, 70)
    assert label.width() == 70 and label.text().endswith(" …") and TEXTS[-1].startswith(label.text()[:-2])
    assert _lines(label) <= 2 and label.toolTip() == TEXTS[0]
    label.resize(2000, label.height())
    assert label.text() == TEXTS[0]


def test_it_chooses_again_when_resized_or_its_text_grows(qtbot):
    label = _label(qtbot, 900)
    first = label.text()
    label.resize(220, label.height())
    assert TEXTS.index(label.text()) > TEXTS.index(first)
    label.resize(2000, label.height())
    assert label.text() == TEXTS[0]
    big = QFont(label.font())
    big.setPointSizeF(big.pointSizeF() * 3)
    label.setFont(big)       # a zoom: the same width holds fewer words
    assert label.text() != TEXTS[0]


def test_the_window_sample_line_fits_its_two_lines_after_a_zoom(qtbot, open_window):
    w = open_window("spiral", (1024, 768))
    w.network_view.setFocus()
    full = w.sample_text.toolTip() or w.sample_text.text()
    assert full.startswith("Sample 0: x1 = ")
    for _ in range(2):
        with qtbot.waitSignal(w.text_zoom.textScaled, timeout=10_000):
            QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert _lines(w.sample_text) <= 2, w.sample_text.text()
    assert w.sample_text.text().startswith("Sample 0")
    assert w.sample_text.toolTip() == full


def _zoom_in(qtbot, w) -> None:
    with qtbot.waitSignal(w.text_zoom.textScaled, timeout=10_000):
        QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)


def test_the_epoch_stays_on_the_toolbar_when_zoomed_at_1024(qtbot, open_window):
    """At 1024 px with the text two points larger the toolbar overflowed and the epoch, its last
    item, went into the » menu: the playback buttons take short texts first (tooltips unchanged);
    when even those do not fit, the status bar says what to do."""
    w = open_window("xor", (1024, 768))
    w.network_view.setFocus()
    assert w.step_button.text() == "Step epoch" and w.epoch_label.isVisible()
    tip = w.step_button.toolTip()
    for _ in range(2):
        _zoom_in(qtbot, w)
    assert w.step_button.text() == "→ epoch" and w.reset_button.text() == "⟲"
    assert w.step_button.toolTip() == tip
    assert w.epoch_label.isVisible() and not w.epoch_label.visibleRegion().isEmpty()
    while w.fit_toolbar():   # larger until even the short texts overflow
        _zoom_in(qtbot, w)
    assert "F5" in w.statusBar().currentMessage() and "Ctrl+0" in w.statusBar().currentMessage()
    with qtbot.waitSignal(w.text_zoom.textScaled, timeout=10_000):
        QTest.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert w.step_button.text() == "Step epoch" and w.epoch_label.isVisible()
