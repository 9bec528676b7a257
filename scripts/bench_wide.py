"""Benchmark the Data panel and the "Ask the network" box on a wide table (issue 13: ≤ 50 ms per
click or redraw at the accepted column limit).

Writes a table of N numeric columns + a binary target (200 rows), opens it in a DataPanel,
then times, each as the median of several repeats and including the repaint it causes:
showing the table, a change of target, toggling a feature, a redraw of the panel; and for the
PredictBox: building it for the prepared problem, a redraw, a Predict click. Prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_wide.py [--columns 1000]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHONPATH", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--columns", type=int, default=None, help="default: nnviz's column limit")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtCore import QSettings, Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(lambda *a: None)  # the offscreen platform's propagateSizeHints notice
    app = QApplication([])
    from nnviz.core.data.csvdata import MAX_COLUMNS, prepare, read_table
    from nnviz.ui.data_panel import DataPanel
    from nnviz.ui.predict_box import PredictBox

    n = args.columns or MAX_COLUMNS
    tmp = Path(tempfile.mkdtemp())
    path = tmp / f"wide{n}.csv"
    rng = np.random.default_rng(0)
    with open(path, "w") as fh:
        fh.write(",".join([f"a_rather_long_feature_name_{i}" for i in range(n - 1)] + ["label"]) + "\n")
        for r in range(200):
            fh.write(",".join(f"{v:.3f}" for v in rng.normal(size=n - 1)) + f",{'ab'[r % 2]}\n")
    table = read_table(path)

    def timed(action, repeats=args.repeats) -> float:
        times = []
        for i in range(repeats):
            t0 = time.perf_counter()
            action(i)
            app.processEvents()
            times.append(1000 * (time.perf_counter() - t0))
        return round(statistics.median(times), 1)

    settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
    panel = DataPanel(settings=settings)
    panel.resize(330, 900)
    panel.show()
    app.processEvents()
    out = {"columns": n, "rows": 200}
    out["panel_show_table_ms"] = timed(lambda i: panel._show_table(table), 3)
    out["panel_target_change_ms"] = timed(lambda i: panel.target_combo.setCurrentIndex(1 + i % 5))
    panel.set_choices(target="label")
    items = panel.feature_items()
    out["panel_feature_click_ms"] = timed(lambda i: items[i % 5].setCheckState(
        Qt.CheckState.Unchecked if items[i % 5].checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked))
    out["panel_redraw_ms"] = timed(lambda i: panel.repaint())
    panel.preview.horizontalScrollBar().setValue(0)
    out["preview_scroll_ms"] = timed(lambda i: panel.preview.horizontalScrollBar().setValue(200 * (i + 1)))

    problem = prepare(table, "label")
    box = PredictBox()
    box.resize(330, 700)
    box.show()
    box.set_predictor(lambda X: np.full((1, 1), 0.7))
    out["predict_build_ms"] = timed(lambda i: box.set_problem(problem), 3)
    out["predict_redraw_ms"] = timed(lambda i: box.repaint())
    out["predict_click_ms"] = timed(lambda i: box.predict())
    out["predict_uses_table"] = box._table is not None
    panel.shutdown()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
