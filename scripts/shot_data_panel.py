"""Render the Data panel and the predict box offscreen, as the left dock holds them.

    .venv/bin/python scripts/shot_data_panel.py

Writes shots/data_panel.png (data/penguins.csv read: NA cells, text columns; used; the penguin
network asked about one bird), shots/data_panel_refused.png (an HTML page renamed .csv) and
shots/data_panel_loading.png (a big file being read), shots/data_panel_full.png (the whole
column, to check nothing is clipped) and shots/data_panel_empty_narrow.png (no table, 290 px).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
from _shot_common import ROOT, framed, make_app, save  # noqa: E402 (first: sets up the path and the platform)

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from nnviz.core.engine.settings import build_trainer, default_settings  # noqa: E402
from nnviz.ui.data_panel import DataPanel  # noqa: E402
from nnviz.ui.predict_box import PredictBox  # noqa: E402

SIZE = (330, 900)
SPACING = 12  # between the panels in the dock


def wait_for(signal, timeout_ms: int = 30_000):
    """Run the event loop until ``signal`` fires; returns its arguments."""
    loop = QEventLoop()
    got: list = []

    def done(*args):
        got.extend(args)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return got


def save_full(area: QScrollArea, name: str) -> None:
    """The whole column at the dock's width, as tall as it needs, so clipping would show."""
    area.resize(SIZE[0], 3000)
    area.show()
    for _ in range(5):
        QApplication.processEvents()
    body = area.widget()
    area.resize(SIZE[0], body.layout().totalHeightForWidth(body.width()) + 4)
    save(area, name)


def main() -> None:
    app = make_app()  # noqa: F841 (held so the application lives)
    tmp = Path(tempfile.mkdtemp(prefix="nnviz-shot-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)

    panel = DataPanel(settings=settings)
    box = PredictBox()
    area = framed([panel, box], SIZE, SPACING)
    area.show()

    panel.open_file(str(ROOT / "data" / "penguins.csv"))
    wait_for(panel.loadFinished)
    panel.set_choices(features=["island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm",
                                "body_mass_g", "sex"])
    panel.use_data()
    problem, _ = wait_for(panel.problemReady)
    trainer = build_trainer(problem, default_settings(problem))
    for _ in trainer.run(30):
        pass
    box.set_problem(problem)
    box.set_predictor(trainer.network.predict)
    box.set_values({"island": "Biscoe", "bill_length_mm": 47, "bill_depth_mm": 15, "flipper_length_mm": 217,
                    "body_mass_g": 5200, "sex": "female"})
    box.predict()
    save(area, "data_panel.png")
    full = framed([], (SIZE[0], 10), SPACING)  # the whole column, unscrolled, to check nothing is clipped
    body = area.takeWidget()
    full.setWidget(body)
    save_full(full, "data_panel_full.png")

    # A refusal after a good table: the preview stays, one red line explains.
    html = tmp / "page.csv"
    shutil.copy(ROOT / "tests" / "data" / "csv" / "bad" / "html.csv", html)
    panel.open_file(str(html))
    wait_for(panel.loadFinished)
    box.set_values({"bill_length_mm": "abc"})
    box.predict()
    save_full(full, "data_panel_refused.png")

    # Reading a big file: the progress bar and Cancel, the previous table still shown.
    big = tmp / "big.csv"
    with open(big, "w") as fh:
        fh.write("a,b,label\n")
        fh.writelines(f"{i % 97},{i % 13},{'yes' if i % 2 else 'no'}\n" for i in range(400_000))
    panel.open_file(str(big))
    panel._runner.progress.disconnect(panel._on_progress)  # hold the bar still for the picture
    panel.progress_bar.setValue(350)                        # as after the first blocks
    save_full(full, "data_panel_loading.png")
    panel.cancel()
    wait_for(panel.loadFinished)

    fresh = DataPanel(settings=settings)
    area2 = framed([fresh, PredictBox()], (290, 700), SPACING)
    save(area2, "data_panel_empty_narrow.png")
    panel.shutdown()
    fresh.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
