"""The presenter console: the lecturer's own window, on the laptop while the projector shows
the presentation (as PowerPoint's presenter view or pdfpc do).

:class:`PresenterConsole` shows the current beat's caption (as the room sees it) and the next
one's, the beat's ``notes`` (written for the lecturer, never shown to the room), the time since
the presentation started and the clock, the script's beats to jump to, and a small picture of
what the room sees, refreshed when a beat is shown or a frame drawn (never a video).

The clicker's keys work from this window too: they are sent on to the presentation window as
the same key events, so they do there exactly what they would have done on it (black screen,
next, back, Esc). Up/Down pick a beat in the list; Enter (or a click) jumps to the picked beat,
and with the current beat picked Enter is "next" as on the presentation.

Where the two windows go (two screens, one, a screen plugged in or pulled out) is
:mod:`nnviz.ui.console_screens`.
"""
from __future__ import annotations

import datetime
import re
from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QPixmap, QWindow
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QBoxLayout, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget,
)

from ..core.text import one_line
from . import theme
from . import i18n
from .i18n import translate

K = Qt.Key
# The keys a clicker sends (and their keyboard twins): passed on to the presentation window.
CLICKER_KEYS = frozenset({
    K.Key_PageDown, K.Key_PageUp, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_Right, K.Key_Left,
    K.Key_Backspace, K.Key_B, K.Key_Period, K.Key_W, K.Key_Comma, K.Key_Escape,
})
LIVE_SIZE = QSize(320, 240)      # the picture of the room's screen, 4:3
LIVE_DELAY_MS = 300              # frames during a run: at most about three pictures a second
LIST_TEXT = 70                   # characters of a caption in the list of beats
NOTES_COLOUR = "#5A3A00"         # notes read apart from the captions (dark brown on a pale ground)
NOTES_GROUND = "#FFF6DC"
NARROW = 800                     # px: a console narrower than this stacks its parts
CONSOLE_POINT_SIZE = 12          # 16 px at 96 dpi


def clock_text(now: datetime.datetime) -> str:
    return now.strftime("%H:%M")


def elapsed_text(seconds: float) -> str:
    """"12:04" under an hour, "1:02:09" beyond."""
    s = max(0, int(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def upcoming_text(caption: str) -> str:
    """The next beat's caption on one line: its numbers do not exist yet, so each field
    (``{outputs}``) shows as "…" until the beat is done."""
    return one_line(re.sub(r"\{[^{}]*\}", "…", caption))


def list_text(position: int, caption: str) -> str:
    """A beat in the list: its number and the start of its caption, on one line."""
    text = one_line(caption)
    if len(text) > LIST_TEXT:
        text = text[: LIST_TEXT - 1].rstrip() + "…"
    return f"{position:>2}. {text}"


def console_font(point_scale: float = 1.0, bold: bool = False) -> QFont:
    """The console's own text size, read at arm's length: never the presentation's (which
    the window's text zoom gives the whole application while presenting)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(CONSOLE_POINT_SIZE * point_scale)
    font.setBold(bold)
    return font


def _label(text: str = "", point_scale: float = 1.0, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)     # captions and notes come from files: never markup
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    font = console_font(point_scale, bold)
    label.setFont(font)
    if muted:
        pal = label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.MUTED))
        label.setPalette(pal)
    return label


class PresenterConsole(QWidget):
    """The lecturer's window for ``presenter`` (a :class:`~nnviz.ui.presentation.Presenter`).
    ``clock`` gives the time now (tests give their own: nothing here depends on the wall
    clock but through it)."""

    liveUpdated = Signal()       # the picture of the room's screen was taken again

    def __init__(self, presenter, clock: Callable[[], datetime.datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_console")
        self.setWindowTitle(translate("PresenterConsole", "nnviz — presenter console"))
        self.presenter = presenter
        self.room = presenter.w              # the presentation window: what the room sees
        self.clock = clock or datetime.datetime.now
        self.started: datetime.datetime | None = None
        self.position = 0                    # the beat on screen (0: none yet)
        self.ended = False
        self._build()
        self._tick = QTimer(self)            # the clock's second hand, only while shown
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_clock)
        self._live_timer = QTimer(self)      # one picture for a burst of frames
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_DELAY_MS)
        self._live_timer.timeout.connect(self.refresh_live)
        presenter.beatShown.connect(self.show_beat)
        presenter.endShown.connect(self.show_end)
        presenter.presentingChanged.connect(lambda _on: self.schedule_live())
        self.room.frameDrawn.connect(lambda _epoch: self.schedule_live())
        self.room.lessonLoaded.connect(lambda _name: self.follow())
        self.follow()

    # ------------------------------------------------------------------------ building
    def _build(self) -> None:
        self.setFont(console_font())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.beat_label = _label("", 1.25, bold=True)
        self.elapsed = _label("", 1.6, bold=True)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.elapsed.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.elapsed.setToolTip(translate("PresenterConsole", "Time since the presentation started"))
        self.clock_label = _label("", 1.6, muted=True)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        top.addWidget(self.beat_label, 1)
        tag = _label(translate("PresenterConsole", "elapsed"), 0.9, muted=True)
        tag.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        top.addWidget(tag, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.elapsed)
        top.addSpacing(24)
        top.addWidget(self.clock_label)
        outer.addLayout(top)

        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(_label(translate("PresenterConsole", "Now"), 0.9, muted=True))
        self.now_caption = _label("", 1.3, bold=True)
        left.addWidget(self.now_caption)
        left.addSpacing(6)
        left.addWidget(_label(translate("PresenterConsole", "Notes (only here)"), 0.9, muted=True))
        self.notes = _label("", 1.2)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notes.setObjectName("console_notes")
        pal = self.notes.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(NOTES_COLOUR))
        self.notes.setPalette(pal)
        notes_box = QScrollArea()
        notes_box.setWidgetResizable(True)
        notes_box.setFrameShape(QFrame.Shape.NoFrame)
        notes_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notes_box.setWidget(self.notes)
        ground = notes_box.palette()
        ground.setColor(QPalette.ColorRole.Window, QColor(NOTES_GROUND))
        notes_box.viewport().setPalette(ground)
        notes_box.viewport().setAutoFillBackground(True)
        pal.setColor(QPalette.ColorRole.Window, QColor(NOTES_GROUND))
        self.notes.setPalette(pal)
        self.notes.setAutoFillBackground(True)
        self.notes.setContentsMargins(8, 6, 8, 6)
        left.addWidget(notes_box, 1)
        left.addSpacing(6)
        left.addWidget(_label(translate("PresenterConsole", "Next"), 0.9, muted=True))
        self.next_caption = _label("", 1.1, muted=True)
        left.addWidget(self.next_caption)
        body.addLayout(left, 3)

        # The room's picture over the list of beats; on a narrow console (rehearsing beside the
        # presentation) the texts go on top and the picture beside the list below them.
        self.right = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.right.setSpacing(6)
        live_col = QVBoxLayout()
        live_col.setSpacing(4)
        live_col.addWidget(_label(translate("PresenterConsole", "The room sees"), 0.9, muted=True))
        self.live = QLabel()
        self.live.setObjectName("console_live")
        self.live.setFixedSize(LIVE_SIZE)
        self.live.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.live.setFrameShape(QFrame.Shape.Box)
        live_col.addWidget(self.live)
        live_col.addStretch(0)
        list_col = QVBoxLayout()
        list_col.setSpacing(4)
        list_col.addWidget(_label(translate("PresenterConsole", "Beats: click, or ↑↓ and Enter, to jump"), 0.9, muted=True))
        self.beats = QListWidget()
        self.beats.setFont(console_font())
        self.beats.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.beats.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.beats.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.beats.itemClicked.connect(lambda item: self.jump(self.beats.row(item) + 1))
        list_col.addWidget(self.beats, 1)
        self.right.addLayout(live_col)
        self.right.addLayout(list_col, 1)
        body.addLayout(self.right, 2)
        outer.addLayout(body, 1)
        self.setFocusProxy(self.beats)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self.right.setDirection(QBoxLayout.Direction.LeftToRight if narrow else QBoxLayout.Direction.TopToBottom)
        self.live.setFixedSize(LIVE_SIZE * (0.75 if narrow else 1.0))

    # ------------------------------------------------------------------------ following the presenter
    def script_beats(self) -> tuple:
        player = self.presenter.player
        return tuple(player.script.beats) if player is not None else ()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """A language switch: the fixed texts from their sources, the beat's texts again."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "beats"):
            i18n.retranslate_widgets(self)
            if not self.ended:
                self.follow()
        super().changeEvent(event)

    def follow(self) -> None:
        """Fill the list and the texts from the presenter as it is now."""
        beats = self.script_beats()
        self.beats.blockSignals(True)
        self.beats.clear()
        for i, beat in enumerate(beats, 1):
            item = QListWidgetItem(list_text(i, beat.caption))
            item.setToolTip(beat.caption)
            self.beats.addItem(item)
        self.beats.blockSignals(False)
        player = self.presenter.player
        self.ended = False
        self.show_beat(player.position if player is not None else 0, player.current if player is not None else None)

    def show_beat(self, position: int, beat) -> None:
        """The presenter showed beat ``position``: its caption, notes, the next one, the list."""
        beats = self.script_beats()
        if self.beats.count() != len(beats):
            self.follow()
            return
        self.position = position
        self.ended = False
        total = len(beats)
        self.beat_label.setText(translate("PresenterConsole", "Beat {0} / {1}").format(position, total) if total
                                else translate("PresenterConsole", "This lesson has no beats"))
        if beat is None:
            self.now_caption.setText(self.presenter.caption.text() if self.presenter.presenting else "")
            self.notes.setText("")
        else:
            shown = self.presenter.caption.text()
            self.now_caption.setText(shown or beat.caption)
            self.notes.setText(beat.notes)
        if not self.notes.text():
            self.notes.setText(translate("PresenterConsole", "(no notes for this beat)"))
        if position < total:
            self.next_caption.setText(upcoming_text(beats[position].caption))
        else:
            self.next_caption.setText(translate("PresenterConsole", "The end of the lesson."))
        for i in range(self.beats.count()):
            item = self.beats.item(i)
            item.setFont(console_font(bold=i == position - 1))
        if 1 <= position <= self.beats.count():
            self.beats.blockSignals(True)
            self.beats.setCurrentRow(position - 1)
            self.beats.blockSignals(False)
            self.beats.scrollToItem(self.beats.item(position - 1))
        self.schedule_live()

    def show_end(self) -> None:
        self.ended = True
        self.beat_label.setText(translate("PresenterConsole", "End · {0} beats done").format(len(self.script_beats())))
        self.next_caption.setText(translate("PresenterConsole", "Nothing: the lesson has ended (PageUp goes back, Esc leaves)."))
        self.schedule_live()

    def jump(self, position: int) -> None:
        """Go to beat ``position`` (1 = first) on the presentation."""
        if 1 <= position <= len(self.script_beats()) and position != self.position:
            self.presenter.go_to(position)

    # ------------------------------------------------------------------------ time
    def start_clock(self) -> None:
        """The presentation started: elapsed time counts from now."""
        self.started = self.clock()
        self.update_clock()

    def update_clock(self) -> None:
        now = self.clock()
        self.clock_label.setText(clock_text(now))
        seconds = (now - self.started).total_seconds() if self.started is not None else 0
        self.elapsed.setText(elapsed_text(seconds))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QApplication.instance().installEventFilter(self)    # keys are passed on only while shown
        self.update_clock()
        self._tick.start()
        self.schedule_live()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        QApplication.instance().removeEventFilter(self)
        self._tick.stop()
        self._live_timer.stop()

    # ------------------------------------------------------------------------ the room's picture
    def schedule_live(self) -> None:
        """A new picture of the room's screen soon (one for a burst of frames)."""
        if self.isVisible() and not self._live_timer.isActive():
            self._live_timer.start()

    def refresh_live(self) -> None:
        if not self.isVisible():
            return
        picture: QPixmap = self.room.grab()
        self.live.setPixmap(picture.scaled(self.live.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        self.liveUpdated.emit()

    # ------------------------------------------------------------------------ keys
    def _ours(self, obj) -> bool:
        if isinstance(obj, QWidget):
            return obj.window() is self
        if isinstance(obj, QWindow):
            return obj is self.windowHandle()
        return False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(event, QKeyEvent):
            return False
        t = event.type()
        if t not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not self._ours(obj):
            if t == QEvent.Type.KeyPress and isinstance(obj, QWidget) and obj.window() is self.room:
                self.schedule_live()       # a key on the presentation (B, W, …) may change the picture
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key not in CLICKER_KEYS or mods != Qt.KeyboardModifier.NoModifier:
            return False
        event.accept()
        if t == QEvent.Type.KeyPress:
            row = self.beats.currentRow() + 1
            if key in (K.Key_Return, K.Key_Enter) and row >= 1 and row != self.position and not self.ended:
                self.jump(row)            # a beat picked with ↑↓: Enter goes there
            else:
                self.forward(event)
        return True

    def forward(self, event: QKeyEvent) -> None:
        """Send a clicker key on to the presentation window, as if pressed there."""
        target = self.room.focusWidget() or self.room
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, event.key(), event.modifiers(), event.text()))
        self.schedule_live()


__all__ = ["CLICKER_KEYS", "PresenterConsole", "clock_text", "elapsed_text", "list_text"]
