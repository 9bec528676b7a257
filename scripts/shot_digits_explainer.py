"""Render the window with the digits lesson after one Step sample, the step explainer on a
hidden neuron (its 64-term sum: the largest terms, the rest summed), to a PNG at 1024x768.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_digits_explainer.py
     [--neuron 1,4] [--all-terms] [out.png]   (default resources/digits_explainer_1024x768.png)
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "resources" / "digits_explainer_1024x768.png"))
    parser.add_argument("--neuron", default="1,4", help="layer,index of the neuron to explain")
    parser.add_argument("--all-terms", action="store_true", help="press Show all terms")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QSettings

    from nnviz.ui.app import dispose, grab_to_png, make_app
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "shot.ini"), QSettings.Format.IniFormat)
    w = MainWindow(lesson="digits", settings=settings)
    w.resize(1024, 768)
    w.show()
    app.processEvents()
    loop = QEventLoop()
    conn = w.runner.runFinished.connect(lambda *_: loop.quit())
    w.step_sample()
    if w.runner.running:
        loop.exec()
    w.runner.runFinished.disconnect(conn)
    w.explain_neuron(*(int(v) for v in args.neuron.split(",")))
    w.explainer.show_all_terms(args.all_terms)
    ok = grab_to_png(app, w, args.out)
    print(f"{args.out}: {w.width()}x{w.height()}")
    dispose(w)
    return 0 if ok else 2


if __name__ == "__main__":
    raise SystemExit(main())
