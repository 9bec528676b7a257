"""The mouse wheel changes a control only when it has the keyboard focus: real wheel events over
every combo box and spin box of the window, none focused, change nothing (the lesson least of
all: one notch once discarded a trained run)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


def _wheel(widget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    for _ in range(abs(notches)):
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                            QPoint(0, 120 if notches > 0 else -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


def _value(w):
    return w.currentIndex() if isinstance(w, QComboBox) else w.value()


def test_the_wheel_over_unfocused_controls_changes_nothing(qtbot, open_window):
    w = open_window("house", (1280, 800))
    w.network_view.setFocus()
    controls = [c for c in w.findChildren(QComboBox) + w.findChildren(QAbstractSpinBox)
                if c.window() is w and c.isEnabled()]
    assert w.lesson_combo in controls and w.max_epochs in controls and w.sample_spin in controls
    lesson = w.lesson_name
    for c in controls:
        before = _value(c)
        for notches in (-2, 2, 1):
            _wheel(c, notches)
        assert _value(c) == before, (type(c).__name__, c.toolTip()[:40])
        assert not c.hasFocus()
    assert w.lesson_name == lesson


def test_the_wheel_still_changes_a_focused_spin_box(qtbot, open_window):
    """The rule is focus, not a dead wheel (the test above can fail)."""
    w = open_window("house", (1280, 800))
    w.max_epochs.setFocus()
    qtbot.waitUntil(w.max_epochs.hasFocus)
    before = w.max_epochs.value()
    _wheel(w.max_epochs, 1)
    assert w.max_epochs.value() != before
