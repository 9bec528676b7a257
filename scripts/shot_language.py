"""Render the window, or presentation mode, in another language to PNG (for the README and reviews).

    python scripts/shot_language.py --lang de --lesson or-gate --steps 1 resources/window_de_1024x768.png
    python scripts/shot_language.py --lang de --lesson circle --present --beats 3 resources/present_de_1024x768.png

The language is switched the way View → Language does it (after the window is built, so the
switch itself is what is pictured). ``--steps`` Step-sample clicks open the step explainer;
``--beats`` clicks "next" after F5. Needs no display.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--lesson", default="or-gate")
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--steps", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=0)
    parser.add_argument("--present", action="store_true")
    parser.add_argument("--beats", type=int, default=1)
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QSettings, QTemporaryDir

    from nnviz.ui.app import dispose, grab_to_png, make_app

    app = make_app()
    from nnviz.ui.main_window import MainWindow

    tmp = QTemporaryDir()
    w = MainWindow(lesson=args.lesson, settings=QSettings(tmp.filePath("s.ini"), QSettings.Format.IniFormat))
    width, height = (int(v) for v in args.size.split("x"))
    w.resize(width, height)
    w.show()
    app.processEvents()
    w.set_language(args.lang)
    app.processEvents()

    def wait(action, signal) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        action()
        if w.runner.running or getattr(w.presenter, "_waiting", None) is not None:
            loop.exec()
        signal.disconnect(loop.quit)

    if args.epochs:
        wait(lambda: w.train_more(args.epochs), w.runner.runFinished)
    for _ in range(args.steps):
        wait(w.step_sample, w.runner.runFinished)
    if args.present:
        wait(lambda: w.presenter.start(True, size=(width, height)), w.presenter.beatDone)
        for _ in range(args.beats - 1):
            wait(w.presenter.next, w.presenter.beatDone)
    for _ in range(20):
        app.processEvents()
    ok = grab_to_png(app, w, args.out)
    dispose(w)
    print(f"saved {args.out}" if ok else f"could not write {args.out}")
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
