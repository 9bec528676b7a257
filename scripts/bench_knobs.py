"""How long a data change takes in the window, with the redraw: a knob (the number of points), a
click that adds a point, a Shift+click that removes one, and Undo, at 200 and 10,000 points.
Prints milliseconds (JSON). Offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_knobs.py
"""
from __future__ import annotations

import json
import tempfile
import time

from _shot_common import make_app  # first: sets up the path and the platform

from PySide6.QtCore import QSettings

from nnviz.ui.main_window import MainWindow


def main() -> None:
    app = make_app()
    w = MainWindow("circle", settings=QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
    w.resize(1024, 768)
    w.show()
    app.processEvents()
    out = {}
    for pts in (300, 10_000):
        t = time.perf_counter()
        w.data_knobs.points_spin.setValue(pts)
        app.processEvents()
        out[f"points_to_{pts}_ms"] = round(1000 * (time.perf_counter() - t), 1)
        times = []
        for k in range(5):
            t = time.perf_counter()
            w.on_plane_clicked(0.1 * k, 0.2, False)
            app.processEvents()
            times.append(1000 * (time.perf_counter() - t))
        out[f"click_add_{pts}_ms_median"] = round(sorted(times)[2], 1)
        t = time.perf_counter()
        w.on_plane_clicked(0.0, 0.2, True)
        app.processEvents()
        out[f"shift_click_{pts}_ms"] = round(1000 * (time.perf_counter() - t), 1)
    t = time.perf_counter()
    w.undo()
    app.processEvents()
    out["undo_ms"] = round(1000 * (time.perf_counter() - t), 1)
    with open("/proc/loadavg") as f:
        out["load_average"] = f.read().split()[0]
    print(json.dumps(out))
    w.close()


if __name__ == "__main__":
    main()
