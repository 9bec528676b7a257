"""Render the digits lesson's pane to PNG (for the README); no display needed.

    python scripts/shot_digits.py draw resources/digits_pad_1024x768.png
    python scripts/shot_digits.py mistakes resources/digits_mistakes_1024x768.png
    python scripts/shot_digits.py --lang de draw /tmp/digits_de.png

Both train the lesson's 30 epochs through the window's own Play first. ``draw`` then draws a
7 on the pad with mouse strokes (the bars show the network's answer); ``mistakes`` opens the
gallery and clicks its first digit, so the diagram shows that test digit.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's nnviz

SEVEN = [((1, 1), (1, 6)), ((1, 6), (6, 3))]   # strokes, (row, col) to (row, col)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("draw", "mistakes"))
    parser.add_argument("out")
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--lang", default="en", help="en, de or es: switched as View → Language does it")
    args = parser.parse_args()
    from PySide6.QtCore import QEvent, QEventLoop, QPointF, QSettings, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.app import dispose, grab_to_png, make_app
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "shot.ini"), QSettings.Format.IniFormat)
    w = MainWindow(lesson="digits", settings=settings)
    w.resize(*(int(v) for v in args.size.split("x")))
    w.show()
    app.processEvents()
    if args.lang != "en":
        w.set_language(args.lang)
        app.processEvents()
    if args.epochs:
        loop = QEventLoop()
        w.runner.runFinished.connect(lambda *_: loop.quit())
        w.train_more(args.epochs)
        if w.runner.running:
            loop.exec()
    pane = w.digits_pane
    if args.what == "draw":
        w.show_digits_tab(draw=True)
        pad = pane.pad
        for (r0, c0), (r1, c1) in SEVEN:
            def send(kind, r, c, buttons):
                p = pad.cell_centre(0, 0) + QPointF(c * (pad.grid_rect().width() / 8), r * (pad.grid_rect().width() / 8))
                button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
                QApplication.sendEvent(pad, QMouseEvent(kind, p, pad.mapToGlobal(p), button, buttons,
                                                        Qt.KeyboardModifier.NoModifier))
            send(QEvent.Type.MouseButtonPress, r0, c0, Qt.MouseButton.LeftButton)
            for i in range(1, 13):
                t = i / 12
                send(QEvent.Type.MouseMove, r0 + (r1 - r0) * t, c0 + (c1 - c0) * t, Qt.MouseButton.LeftButton)
            send(QEvent.Type.MouseButtonRelease, r1, c1, Qt.MouseButton.NoButton)
        pane.label_combo.setCurrentIndex(7)
        w.network_view.setFocus()      # the pad's keyboard frame off: a picture, not a cursor
    else:
        w.show_digits_tab(draw=False)
        app.processEvents()
        if pane.gallery.items():
            pane.gallery.choose(0)
        w.network_view.setFocus()
    for _ in range(5):
        app.processEvents()
    ok = grab_to_png(app, w, args.out)
    print(f"{args.out}: {w.width()}x{w.height()}, {w.statusBar().currentMessage()}")
    dispose(w)
    return 0 if ok else 2


if __name__ == "__main__":
    raise SystemExit(main())
