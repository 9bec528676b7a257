"""Where the presentation and the presenter console go, as screens come and go.

- **Two screens or more:** the presentation full screen on the projector (the largest screen
  other than the laptop's), the console on the laptop (the screen the console is on, or the
  one the window was on when the presentation started).
- **One screen:** the presentation full screen, the console hidden. A projector pulled out
  mid-lesson leaves exactly this: the lesson goes on, on the laptop, where it was; plugged in
  again, the presentation goes back to it and the console comes back.
- **Rehearsing** (``nnviz --present --rehearse``): both side by side in windows on the laptop,
  to practise with the console on one screen.

:func:`plan` decides from a list of screens (anything with ``geometry()`` and
``availableGeometry()``, so a test can give it its own); :class:`ConsoleScreens` follows the
presenter and ``screenAdded`` / ``screenRemoved`` and applies the plan.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication

from .console import PresenterConsole

FRAME_TOP = 32      # px left above a window for its title bar (a desktop draws it outside)
FRAME_SIDE = 8
GAP = 8
ROOM_SHARE = 0.6    # side by side: the presentation's share of the width, at most 4:3


@dataclass(frozen=True)
class Placement:
    """The presentation on ``room`` (full screen when ``room_rect`` is None, else a window
    there) and the console on ``console`` in ``console_rect`` (hidden when ``console`` is None)."""

    room: object
    room_rect: QRect | None
    console: object | None
    console_rect: QRect | None


def _area(screen) -> int:
    g = screen.geometry()
    return g.width() * g.height()


def side_by_side(avail: QRect) -> tuple[QRect, QRect]:
    """The presentation (4:3, left) and the console (the rest, right) in ``avail``."""
    height = avail.height() - FRAME_TOP - FRAME_SIDE
    width = min(int((avail.width() - GAP) * ROOM_SHARE) - 2 * FRAME_SIDE, height * 4 // 3)
    room = QRect(avail.x() + FRAME_SIDE, avail.y() + FRAME_TOP, width, min(height, width * 3 // 4))
    left = room.right() + 1 + FRAME_SIDE + GAP + FRAME_SIDE
    console = QRect(left, avail.y() + FRAME_TOP, avail.right() + 1 - FRAME_SIDE - left, height)
    return room, console


def plan(screens, primary=None, laptop=None, rehearse: bool = False) -> Placement | None:
    """Where the two windows go on ``screens``. ``laptop`` is the lecturer's screen when known
    (else ``primary``, else the first); the projector is the largest other screen."""
    screens = list(screens)
    if not screens:
        return None
    if laptop not in screens:
        laptop = primary if primary in screens else screens[0]
    others = [s for s in screens if s is not laptop]
    if rehearse:
        room_rect, console_rect = side_by_side(laptop.availableGeometry())
        return Placement(laptop, room_rect, laptop, console_rect)
    if not others:
        return Placement(laptop, None, None, None)
    projector = max(others, key=_area)      # the first of the largest
    return Placement(projector, None, laptop, laptop.availableGeometry())


class ConsoleScreens(QObject):
    """The console for ``presenter``'s window, placed while it presents (see the module)."""

    def __init__(self, presenter, rehearse: bool = False,
                 clock: Callable[[], datetime.datetime] | None = None) -> None:
        super().__init__(presenter)
        self.presenter = presenter
        self.rehearse = rehearse
        self.console = PresenterConsole(presenter, clock, parent=presenter.w)
        self.placement: Placement | None = None
        self._watched = None          # the presentation's QWindow, once it has one
        self._reasserts = 0
        presenter.presentingChanged.connect(self._on_presenting)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.on_screen_added)
        app.screenRemoved.connect(self.on_screen_removed)

    def _on_presenting(self, on: bool) -> None:
        if on:
            self.console.start_clock()
            self.console.follow()
            self.arrange()
        else:
            self.placement = None
            self.console.hide()

    def arrange(self, screens=None) -> Placement | None:
        """Place both windows for ``screens`` (default: the screens there are now)."""
        if not self.presenter.presenting:
            return None
        screens = list(QGuiApplication.screens()) if screens is None else list(screens)
        laptop = self.console.screen() if self.console.isVisible() else self.presenter.w.screen()
        if self.placement is not None and self.placement.console is not None and not self.console.isVisible():
            laptop = self.placement.console
        p = plan(screens, QGuiApplication.primaryScreen(), laptop, self.rehearse)
        if p is None:
            return None
        self.placement = p
        self._reasserts = 0
        self._watch()
        self.presenter.present_on(p.room, p.room_rect)
        console = self.console
        if p.console is None:
            console.hide()
        else:
            console.setScreen(p.console)
            console.setGeometry(p.console_rect)
            if p.room_rect is None:      # a screen of its own: the desktop fits it, frame and all
                console.showMaximized()
            else:
                console.showNormal()
        return p

    def _watch(self) -> None:
        handle = self.presenter.w.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.screenChanged.connect(self._on_room_screen)
            self._watched = handle

    def _on_room_screen(self, screen) -> None:
        """The platform put the presentation back on another screen (a late report of where
        it was before it moved): it goes where it was placed, a few times at most."""
        p = self.placement
        if (p is None or screen is p.room or not self.presenter.presenting or self._reasserts >= 3
                or p.room not in QGuiApplication.screens()):
            return
        self._reasserts += 1
        QTimer.singleShot(0, lambda: self._reassert(p))

    def _reassert(self, p: Placement) -> None:
        if self.placement is p and self.presenter.presenting and self.presenter.w.screen() is not p.room:
            self.presenter.present_on(p.room, p.room_rect)

    def on_screen_removed(self, screen) -> None:
        """A screen pulled out: the windows go to those left (at once, and again once Qt has
        moved what was on it)."""
        def left() -> list:
            return [s for s in QGuiApplication.screens() if s is not screen]

        self.arrange(left())
        QTimer.singleShot(0, lambda: self.arrange(left()))

    def on_screen_added(self, _screen) -> None:
        """A screen plugged in: a projector, when the lesson has been on the laptop alone."""
        QTimer.singleShot(0, self.arrange)


__all__ = ["ConsoleScreens", "Placement", "plan", "side_by_side"]
