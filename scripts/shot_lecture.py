"""Render a lecture as the room and the lecturer see it, for the README: the OR lesson presented
on a 1024×768 projector, with the presenter console on a 1024×768 laptop screen.

    python scripts/shot_lecture.py resources/

Writes ``lecture_beat_1024x768.png`` (the 10,000-epoch beat, the pointer on the output neuron),
``lecture_explain_update_1024x768.png`` (the explain beat's fourth click: the update),
``lecture_end_1024x768.png`` (after the last beat) and ``lecture_console_1024x768.png`` (the
console at the 10,000-epoch beat). Keys are sent as a clicker sends them. Needs no display: the
two screens are Qt's offscreen platform's, laid out from a configuration file.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1024, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1}]}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    config = tmp / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))    # this checkout's nnviz

    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import make_app
    from nnviz.ui.console_screens import ConsoleScreens
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    w = MainWindow(lesson="or-gate", settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    w.show()
    screens = ConsoleScreens(w.presenter)

    def settle(until=lambda: True, seconds: float = 60.0) -> None:
        """Let the event loop run until ``until()`` and no run is going, then a little more."""
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (until() and not w.runner.running):
            app.processEvents()
            time.sleep(0.01)
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)

    def key(k) -> None:
        QTest.keyClick(QApplication.focusWidget() or w, k)
        settle()

    key(Qt.Key.Key_F5)
    settle(lambda: w.presenter.presenting and w.width() == 1024)
    for _ in range(2):                      # the one-sample step, then the explain beat
        key(Qt.Key.Key_PageDown)
    for _ in range(3):                      # its parts: loss, backward, update
        key(Qt.Key.Key_PageDown)
    w.grab().save(str(out / "lecture_explain_update_1024x768.png"))
    key(Qt.Key.Key_PageDown)                # the 10,000-epoch beat
    settle(lambda: not w.runner.running, 120)
    net = w.network_view
    target = net.node_rect(1, 0).center().toPoint()
    QTest.mouseMove(net, target + QPoint(40, 30))
    settle()
    w.grab().save(str(out / "lecture_beat_1024x768.png"))
    screens.console.grab().save(str(out / "lecture_console_1024x768.png"))
    w.presenter.go_to(len(w.presenter.player.script))
    settle()
    key(Qt.Key.Key_PageDown)                # past the last beat
    w.grab().save(str(out / "lecture_end_1024x768.png"))
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
