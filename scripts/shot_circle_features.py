"""The README's feature-inputs screenshot: the circle lesson solved by a single neuron on x₁²
and x₂² (no hidden layer), at 1024×768, written to resources/circle_features.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_circle_features.py [out.png]

Everything goes through the window as a person would do it: remove the hidden layer, tick x₁²
and x₂², untick x₁ and x₂, train 500 epochs. Prints the test accuracy it reached (JSON).
"""
from __future__ import annotations

import json
import sys
import tempfile

from _shot_common import ROOT, make_app  # first: sets up the path and the platform

from PySide6.QtCore import QEventLoop, QSettings, Qt

from nnviz.ui.main_window import MainWindow


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "resources" / "circle_features.png")
    app = make_app()
    ini = tempfile.NamedTemporaryFile(suffix=".ini", delete=False).name
    w = MainWindow("circle", settings=QSettings(ini, QSettings.Format.IniFormat))
    w.resize(1024, 768)
    w.show()
    app.processEvents()
    w.resize(1024, 768)          # again once shown: the first show may settle wider
    w.resizeDocks([w.hyper_dock], [250], Qt.Orientation.Horizontal)
    app.processEvents()
    w.hyper_panel.remove_button.click()
    boxes = w.data_knobs.input_boxes
    for name in ("x1^2", "x2^2", "x1", "x2"):
        boxes[name].click()
    w.show_weights_box.setChecked(True)
    loop = QEventLoop()
    w.runner.runFinished.connect(lambda *_: loop.quit())
    w.max_epochs.setValue(500)
    w.play()
    loop.exec()
    for _ in range(5):
        app.processEvents()
    img = w.grab()   # "size" below says whether the window really fit 1024×768
    img.save(out)
    test = w.session.evaluate("test")
    print(json.dumps({"out": out, "layers": w.session.layer_sizes, "inputs": w.session.problem.feature_names,
                      "epoch": w.session.epoch, "test_accuracy": test["accuracy"],
                      "size": [img.width(), img.height()]}, ensure_ascii=False))
    from nnviz.ui.app import dispose
    dispose(w)   # before the QApplication goes: see nnviz.ui.app.dispose


if __name__ == "__main__":
    main()
