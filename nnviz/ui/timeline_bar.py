"""The timeline bar under the loss plot: a slider over every state the run went through, with
buttons to the start, one step back, one step forward and the newest state, and a Pin button
that keeps the run to compare with (two runs side by side) or lets it go.

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
    pinRequested = Signal()            # keep this run to compare with
    unpinRequested = Signal()

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
        # Pin: keep this run to compare with; its text says which click comes next. Not in the
        # bar's row (the slider needs the width): the window puts it where there is room.
        self.pin_button = QPushButton(translate("TimelineBar", "Pin"))
        self.pin_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self._pinned = False
        self.show_pinned(False)
        self._fit_pin_button()
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

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.pin_button.show()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The Pin button goes with the bar (presentation mode hides both: the clicker pins by
        its beats), wherever the window put it."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.pin_button.hide()

    def _fit_pin_button(self) -> None:
        """As wide as its longer text, no wider: a push button's own least width (about 80 px)
        would widen the window's right column."""
        metrics = self.pin_button.fontMetrics()
        width = max(metrics.horizontalAdvance(t) for t in (translate("TimelineBar", "Pin"), translate("TimelineBar", "Unpin"))) + 18
        self.pin_button.setMinimumWidth(width)
        self.pin_button.setMaximumWidth(width)

    def _fit_label(self) -> None:
        fix_size(self.label, self.label.fontMetrics().horizontalAdvance("99,999 / 99,999") + 8)

    def retranslate(self) -> None:
        """The Pin button's text in the current language, and its width fitted to it again
        (German's "Anheften" is longer than "Pin")."""
        self._fit_pin_button()
        self.show_pinned(self._pinned)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._fit_label()
            self._fit_pin_button()
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

    def _on_pin_clicked(self) -> None:
        (self.unpinRequested if self._pinned else self.pinRequested).emit()

    def show_pinned(self, pinned: bool) -> None:
        """Draw whether a run is pinned (emits nothing): the button unpins it then."""
        self._pinned = bool(pinned)
        if pinned:
            self.pin_button.setText(translate("TimelineBar", "Unpin"))
            self.pin_button.setToolTip(translate("TimelineBar", "Stop comparing: the pinned run goes (Ctrl+Shift+P)."))
        else:
            self.pin_button.setText(translate("TimelineBar", "Pin"))
            self.pin_button.setToolTip(translate("TimelineBar", 
                "Pin this run to compare with (Ctrl+P): it stays, dashed on the loss plot, and the timeline goes "
                "back to its start. Change one thing (learning rate, seed, bias, …) and train again from there."))

    def set_running(self, running: bool) -> None:
        """While a run trains, the bar shows progress but cannot be moved."""
        for w in (self.start_button, self.back_button, self.slider, self.forward_button, self.newest_button):
            w.setEnabled(not running)
