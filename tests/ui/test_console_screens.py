"""The presenter console with two screens: a laptop (1366×768) and a projector (1024×768).

Qt reads its offscreen screen layout once, when the QApplication is made, from
``QT_QPA_PLATFORM="offscreen:configfile=…"`` (see the guide, §6). The run's QApplication has one
screen, so in a normal run the one test here starts this file again in a pytest of its own with
that layout, and passes when every test in it passes; there (``NNVIZ_TWO_SCREENS`` set) the
two-screen tests run.

The offscreen platform cannot unplug a screen, so "the projector is pulled out" calls the
console's ``screenRemoved`` handler with the projector, exactly as Qt's signal does, and the
windows are then on the one real screen left in its list.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TWO_SCREENS = os.environ.get("NNVIZ_TWO_SCREENS") == "1"
ROOT = Path(__file__).resolve().parents[2]
LAYOUT = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
]}


if not TWO_SCREENS:
    def test_two_screens_in_a_run_of_their_own(tmp_path):
        layout = tmp_path / "screens.json"
        layout.write_text(json.dumps(LAYOUT), encoding="utf-8")
        env = {**os.environ, "NNVIZ_TWO_SCREENS": "1", "QT_QPA_PLATFORM": f"offscreen:configfile={layout}",
               "PYQTGRAPH_QT_LIB": "PySide6"}
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestUnraisableExceptionWarning",
             str(Path(__file__).relative_to(ROOT))],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        tail = "\n".join(run.stdout.splitlines()[-40:])
        assert run.returncode == 0, f"the two-screen tests failed:\n{tail}\n{run.stderr[-2000:]}"
        assert " passed" in tail and "skipped" not in tail, tail

else:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.console_screens import ConsoleScreens
    from nnviz.ui.main_window import MainWindow
    from test_console import NOTES, Clock, notes_lesson, room_texts

    K = Qt.Key
    TIMEOUT = 60_000

    def screen(name: str):
        return next(s for s in QGuiApplication.screens() if s.name() == name)

    def grab_screen(s) -> QImage:
        """What a screen shows: every window on it, as the platform composes them."""
        g = s.geometry()
        return s.grabWindow(0, g.x(), g.y(), g.width(), g.height()).toImage()

    @pytest.fixture
    def lecture(qtbot, tmp_path):
        """The window on the laptop, F5 pressed: presenting the notes lesson, its console placed."""
        assert [s.name() for s in QGuiApplication.screens()] == ["laptop", "projector"]
        w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.setScreen(screen("laptop"))
        w.setGeometry(40, 40, 1200, 700)
        w.show()
        w.activateWindow()
        qtbot.waitExposed(w)
        screens = ConsoleScreens(w.presenter, clock=Clock())
        assert w.open_lesson_file(str(notes_lesson(tmp_path)))
        with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
            QTest.keyClick(QApplication.focusWidget() or w, K.Key_F5)
        qtbot.waitUntil(lambda: screens.console.isVisible() and w.screen() is screen("projector"), timeout=TIMEOUT)
        yield w, screens
        w.close()

    def settle(qtbot, w):
        qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
        for _ in range(5):
            QApplication.processEvents()

    def press_in_console(qtbot, w, console, key=K.Key_PageDown):
        console.activateWindow()
        console.beats.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is console.beats)
        with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
            QTest.keyClick(QApplication.focusWidget(), key)
        settle(qtbot, w)

    def test_the_console_is_on_the_laptop_and_the_presentation_on_the_projector(qtbot, lecture):
        w, screens = lecture
        console = screens.console
        laptop, projector = screen("laptop"), screen("projector")
        assert w.isFullScreen() and w.geometry() == projector.geometry()
        assert console.screen() is laptop and laptop.geometry().contains(console.frameGeometry())
        assert not console.frameGeometry().intersects(projector.geometry())
        # Laid out for the projector's 1024×768, not the laptop's screen it started on.
        assert w.presenter.presentation_scale(projector.geometry().size()) == pytest.approx(
            w.presenter.text_zoom.text_scale)

    def test_notes_never_reach_the_projector(qtbot, lecture):
        w, screens = lecture
        console = screens.console
        settle(qtbot, w)
        assert console.notes.text() == NOTES and console.notes.isVisible()
        assert not any(NOTES in t for t in room_texts(w))
        # Pixels: the projector shows the presentation window and nothing else, whether the
        # console (notes and all) is shown or hidden; the laptop shows the console.
        projector, laptop = screen("projector"), screen("laptop")
        with_console = grab_screen(projector)
        assert with_console == w.grab().toImage().convertToFormat(with_console.format())
        laptop_with = grab_screen(laptop)
        console.hide()
        settle(qtbot, w)
        assert grab_screen(projector) == with_console
        assert grab_screen(laptop) != laptop_with          # (the console was there to see)

    def test_keys_from_the_console_advance_the_lesson_on_the_projector(qtbot, lecture):
        w, screens = lecture
        console = screens.console
        before = grab_screen(screen("projector"))
        press_in_console(qtbot, w, console)
        assert w.presenter.player.position == 2 == console.position
        assert grab_screen(screen("projector")) != before
        assert w.screen() is screen("projector") and console.screen() is screen("laptop")

    def test_pulling_the_projector_out_keeps_the_lesson_on_the_laptop(qtbot, lecture):
        w, screens = lecture
        console = screens.console
        laptop, projector = screen("laptop"), screen("projector")
        screens.on_screen_removed(projector)        # as Qt's screenRemoved would
        settle(qtbot, w)
        assert w.presenter.presenting and w.isFullScreen()
        assert w.screen() is laptop and w.geometry() == laptop.geometry()
        assert not console.isVisible()
        assert w.presenter.text_zoom.text_scale == pytest.approx(
            w.presenter.presentation_scale(laptop.geometry().size()))
        # The lesson goes on with the clicker, on the laptop.
        w.activateWindow()
        with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
            QTest.keyClick(QApplication.focusWidget() or w, K.Key_PageDown)
        settle(qtbot, w)
        assert w.presenter.player.position == 2
        # Plugged in again: the presentation goes back to it, the console to the laptop.
        screens.arrange()
        settle(qtbot, w)
        assert w.screen() is projector and w.isFullScreen() and console.isVisible() and console.screen() is laptop
        assert console.position == 2

    def test_leaving_puts_the_window_back_on_the_laptop_and_hides_the_console(qtbot, lecture):
        w, screens = lecture
        w.activateWindow()
        QTest.keyClick(QApplication.focusWidget() or w, K.Key_Escape)
        qtbot.waitUntil(lambda: not screens.console.isVisible(), timeout=TIMEOUT)
        settle(qtbot, w)
        assert not w.presenter.presenting and not w.isFullScreen()
        assert screen("laptop").geometry().contains(w.geometry())
