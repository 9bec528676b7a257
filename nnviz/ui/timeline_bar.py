"""The timeline bar under the loss plot: a slider over every state the run went through, with
buttons to the start, one step back, one step forward and the newest state.

It only asks: its signals say where the person wants to go, the window sends that to the
session, and :meth:`TimelineBar.show_position` draws where the session is.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from .panel_kit import fix_size
from .i18n import translate


class TimelineBar(QWidget):
    positionRequested = Signal(int)   # a timeline position (0 = the start) chosen on the slider
    backRequested = Signal()
    forwardRequested = Signal()
    startRequested = Signal()
    newestRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.start_button = self._button("|◀", translate("TimelineBar", "Go to the start: epoch 0 (Home)."), self.startRequested)
        self.back_button = self._button("◀", translate("TimelineBar", "Step back: undo the last step, a sample, a batch or an epoch "
                                        "(Shift+← or Backspace)."), self.backRequested)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # arrow keys stay the window's
        self.slider.setToolTip(translate("TimelineBar", "The timeline: every state training went through. Drag to see any of them; "
                               "Play or Step from a past state trains on from there (Ctrl+Z brings the rest back)."))
        self.forward_button = self._button("▶", translate("TimelineBar", "Step forward again, towards the newest state."), self.forwardRequested)
        self.newest_button = self._button("▶|", translate("TimelineBar", "Go to the newest state (End)."), self.newestRequested)
        self.label = QLabel("0")
        self.label.setToolTip(translate("TimelineBar", "The epoch shown (+ samples into the next one) / the newest epoch reached."))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A fixed size: a label that can change size re-lays-out the window at every frame.
        self._fit_label()
        for w in (self.start_button, self.back_button, self.slider, self.forward_button, self.newest_button, self.label):
            layout.addWidget(w, 1 if w is self.slider else 0)
        # A drag sends many values per event-loop pass; only the last one is asked for.
        self._asked = QTimer(self)
        self._asked.setSingleShot(True)
        self._asked.setInterval(0)
        self._asked.timeout.connect(lambda: self.positionRequested.emit(self.slider.value()))
        self.slider.valueChanged.connect(self._on_value)
        self._showing = False

    def _button(self, text: str, tip: str, signal) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(signal.emit)
        b.setMaximumWidth(b.fontMetrics().horizontalAdvance("|◀") + 18)
        return b

    def _fit_label(self) -> None:
        fix_size(self.label, self.label.fontMetrics().horizontalAdvance("99,999 / 99,999") + 8)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._fit_label()
        super().changeEvent(event)

    def _on_value(self, _value: int) -> None:
        if not self._showing:
            self._asked.start()

    def show_position(self, position: int, newest: int, text: str) -> None:
        """Draw where the session is (emits nothing)."""
        self._showing = True
        try:
            if self.slider.maximum() != max(0, newest):
                self.slider.setRange(0, max(0, newest))
            if self.slider.value() != position:
                self.slider.setValue(position)
        finally:
            self._showing = False
        if self.label.text() != text:
            self.label.setText(text)
        self.back_button.setEnabled(position > 0)
        self.start_button.setEnabled(position > 0)
        self.forward_button.setEnabled(position < newest)
        self.newest_button.setEnabled(position < newest)

    def set_running(self, running: bool) -> None:
        """While a run trains, the bar shows progress but cannot be moved."""
        for w in (self.start_button, self.back_button, self.slider, self.forward_button, self.newest_button):
            w.setEnabled(not running)
