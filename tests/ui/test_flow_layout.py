"""The wrapping row of buttons: one line when there is room, more lines when not, never a
button narrower than its words, and hidden buttons take no room."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from nnviz.ui.flow_layout import FlowLayout


def _row(qtbot, width: int, texts=("Teste dich selbst", "Jede Zeile", "Kopieren")):
    outer = QWidget()
    qtbot.addWidget(outer)
    column = QVBoxLayout(outer)
    column.setContentsMargins(0, 0, 0, 0)
    holder = QWidget()
    flow = FlowLayout(holder)
    buttons = [QPushButton(t) for t in texts]
    for b in buttons:
        flow.addWidget(b)
    column.addWidget(holder)
    column.addStretch(1)
    outer.resize(width, 300)
    outer.show()
    qtbot.waitExposed(outer)
    return outer, flow, buttons


def _lines(buttons) -> int:
    return len({b.geometry().top() for b in buttons if b.isVisible()})


def test_one_line_when_it_fits_and_wrapped_when_not(qtbot):
    outer, flow, buttons = _row(qtbot, 900)
    assert _lines(buttons) == 1
    one_line = buttons[0].height()
    outer.resize(200, 300)
    qtbot.waitUntil(lambda: _lines(buttons) > 1, timeout=2000)
    for b in buttons:
        assert b.width() >= b.sizeHint().width()               # no word cut
        assert b.geometry().right() <= outer.width()          # nothing past the edge
    assert buttons[0].parentWidget().height() >= 2 * one_line   # the row grew a line


def test_a_hidden_button_takes_no_room(qtbot):
    outer, flow, buttons = _row(qtbot, 900)
    buttons[1].hide()
    outer.resize(901, 300)
    qtbot.waitUntil(lambda: buttons[2].geometry().left() < buttons[0].geometry().right() + 40, timeout=2000)
    assert flow.sizeHint().width() < sum(b.sizeHint().width() for b in buttons)
