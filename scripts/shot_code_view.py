"""Render the window at 1024×768 with the NumPy lines of a step in front, for the README.

    python scripts/shot_code_view.py resources/

Writes ``code_view_1024x768.png``: the house lesson (2-3-1, sigmoid, no bias: the tutorial's first
full-batch step), its NumPy tab in front, the diagram in the backward phase of the hidden layer
and that phase's lines marked. Needs no display (Qt's offscreen platform, one 1024×768 screen).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

SCREEN = {"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    config = tmp / "screens.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))    # this checkout's nnviz

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import make_app
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    lesson = sys.argv[2] if len(sys.argv) > 2 else "house"
    w = MainWindow(lesson=lesson, settings=QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    w.resize(1024, 768)
    w.show()

    def settle(until=lambda: True, seconds: float = 60.0) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (until() and not w.runner.running):
            app.processEvents()
            time.sleep(0.01)
        for _ in range(30):
            app.processEvents()
            time.sleep(0.01)

    settle()
    w.step_batch()
    settle(lambda: w.code_view.code() is not None)
    w.code_dock.show()
    w.code_dock.raise_()
    w.network_view.show_phase("backward", 1)
    settle()
    name = out / ("code_view_1024x768.png" if lesson == "house" else f"code_view_{lesson}_1024x768.png")
    w.grab().save(str(name))
    print(name)
    w.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
