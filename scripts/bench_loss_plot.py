"""How fast the loss plot stays with a very long history, and how fast the confusion matrix
redraws at 100 classes. Prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_loss_plot.py [--epochs 1000000]

loss: 1,000,000 epochs arrive in frames of ``--batch`` epochs (as the window's coalescing timer
hands them over); each frame is an ``append`` and a paint of the plot (a ``grab`` of the
graphics view: a real render of every curve). Reported: worst and median append and paint
times in ms, over every frame and over the last 100 (the longest history); then ``set_series``
of the whole history (the timeline's rewind) and a paint after it, and moving the epoch marker.
confusion: ``set_matrix`` plus a paint of a 100 x 100 matrix, repeated.
Goal: no frame over 50 ms from the curves; a confusion update within 50 ms. Wall times grow
with the machine's load (printed as load_average); ``frame_cpu`` is this process's CPU time.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6 import QtWidgets  # noqa: E402

from nnviz.ui import theme  # noqa: E402
from nnviz.ui.plots import LossPlot  # noqa: E402


def ms(seconds: float) -> float:
    return round(seconds * 1000.0, 2)


def summary(times: list[float]) -> dict[str, float]:
    return {"worst_ms": ms(max(times)), "median_ms": ms(statistics.median(times))}


def bench_loss(n: int, batch: int, size: tuple[int, int]) -> dict:
    plot = LossPlot()
    plot.resize(*size)
    plot.show()
    plot.reset(classification=True)
    rng = np.random.default_rng(0)
    e = np.arange(1, n + 1, dtype=np.float64)
    train = 0.7 * np.exp(-e / (n / 12)) + 0.02 + 0.01 * rng.random(n)
    train[n // 3: n // 3 + 300] *= 3           # a spike the downsampling must keep
    val = train * 1.1 + 0.01
    acc = 1 - train / 1.5
    appends, paints, cpu_frames = [], [], []
    for start in range(0, n, batch):
        sl = slice(start, start + batch)
        c0 = time.process_time()
        t0 = time.perf_counter()
        plot.append(e[sl], train[sl], val[sl], acc[sl], acc[sl] - 0.03)
        t1 = time.perf_counter()
        plot.view.grab()
        t2 = time.perf_counter()
        cpu_frames.append(time.process_time() - c0)
        appends.append(t1 - t0)
        paints.append(t2 - t1)
    frames = [a + p for a, p in zip(appends, paints)]
    result = {
        "epochs": plot.point_count(), "frames": len(frames), "batch": batch,
        "size": f"{size[0]}x{size[1]}",
        "append": summary(appends), "paint": summary(paints), "frame": summary(frames),
        "last_100_frames": summary(frames[-100:]),
        # CPU time of this process: what the frame costs, without other programs' load
        "frame_cpu": summary(cpu_frames), "last_100_frames_cpu": summary(cpu_frames[-100:]),
    }
    t0 = time.perf_counter()
    plot.set_series(e[: n - 1234], train[: n - 1234], val[: n - 1234], acc[: n - 1234],
                    acc[: n - 1234] - 0.03)
    t1 = time.perf_counter()
    plot.view.grab()
    t2 = time.perf_counter()
    result["set_series_ms"] = ms(t1 - t0)
    result["paint_after_set_series_ms"] = ms(t2 - t1)
    marks = []
    for k in rng.integers(0, n - 1234, 50):
        t0 = time.perf_counter()
        plot.set_cursor_epoch(int(k))
        plot.view.grab()
        marks.append(time.perf_counter() - t0)
    result["cursor_epoch_and_paint"] = summary(marks)
    return result


def bench_confusion(k: int, repeats: int) -> dict:
    from nnviz.ui.confusion_view import ConfusionView

    view = ConfusionView()
    view.resize(700, 700)
    view.show()
    rng = np.random.default_rng(1)
    names = [f"class {i} with a long name" for i in range(k)]
    times = []
    for _ in range(repeats):
        C = rng.integers(0, 40, (k, k))
        C[np.diag_indices(k)] += 200
        t0 = time.perf_counter()
        view.set_matrix(C, names)
        view.grab()
        times.append(time.perf_counter() - t0)
    return {"classes": k, "size": "700x700", "repeats": repeats, "update_and_paint": summary(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--skip-confusion", action="store_true")
    args = parser.parse_args()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    app.setStyle("Fusion")
    font = app.font()
    font.setPointSize(theme.BASE_POINT_SIZE)
    app.setFont(font)
    out = {"load_average": [round(v, 2) for v in os.getloadavg()], "cpus": os.cpu_count(),
           "loss": bench_loss(args.epochs, args.batch, (600, 400))}
    if not args.skip_confusion:
        out["confusion"] = bench_confusion(100, 30)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
