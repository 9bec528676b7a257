"""Fixtures shared by the window tests."""
from __future__ import annotations

import pytest
from PySide6.QtCore import qInstallMessageHandler

HARMLESS = ("propagateSizeHints",)   # the offscreen platform's notice at every show (see the guide)


@pytest.fixture
def qt_messages():
    """Every Qt warning or message during the test but the harmless ones, in a list."""
    seen: list[str] = []

    def handler(mode, context, message):
        if not any(h in message for h in HARMLESS):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def open_window(qtbot, tmp_path):
    """A function that opens the main window on ``lesson`` at ``size``, shown and active (a
    shortcut needs an active window), with its own settings file; each is closed after the test."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.main_window import MainWindow

    opened = []

    def open_(lesson: str = "circle", size: tuple[int, int] = (1280, 800)):
        name = "settings.ini" if not opened else f"settings{len(opened)}.ini"
        w = MainWindow(lesson, settings=QSettings(str(tmp_path / name), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        w.activateWindow()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        opened.append(w)
        return w

    yield open_
    import shiboken6
    for w in opened:
        if shiboken6.isValid(w) and w.isVisible():   # a test may have closed (and deleted) it
            w.close()
