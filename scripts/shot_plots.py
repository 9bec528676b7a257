"""Render the loss and boundary plots offscreen to PNGs in shots/, to look at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_plots.py           # the PNGs
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_plots.py --bench   # and speeds
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6 import QtGui, QtWidgets  # noqa: E402

from nnviz.ui import theme  # noqa: E402
from nnviz.ui.plots import BoundaryPlot, LossPlot  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "shots"
SIZE = tuple(int(v) for v in os.environ.get("SHOT_SIZE", "600x450").split("x"))


def save(widget: QtWidgets.QWidget, name: str) -> None:
    widget.resize(*SIZE)
    widget.show()
    QtWidgets.QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def loss_run(rng: np.random.Generator, n: int = 500) -> dict[str, np.ndarray]:
    e = np.arange(1, n + 1, dtype=float)
    train = 0.65 * np.exp(-e / 70) + 0.04 * np.exp(-e / 400) + 0.012
    val = train * 1.08 + 0.015 + 0.00004 * e  # starts to overfit
    train = train * (1 + 0.04 * rng.standard_normal(n))
    val = val * (1 + 0.05 * rng.standard_normal(n))
    train_acc = np.clip(1 - 0.5 * np.exp(-e / 60) - 0.02 + 0.01 * rng.standard_normal(n), 0, 1)
    val_acc = np.clip(train_acc - 0.03 - 0.015 * rng.standard_normal(n), 0, 1)
    return dict(epochs=e, train_loss=train, val_loss=val, train_acc=train_acc, val_acc=val_acc)


def grid(extent, n=100):
    (x0, x1), (y0, y1) = extent
    xs = np.linspace(x0, x1, n)
    ys = np.linspace(y0, y1, n)
    return np.meshgrid(xs, ys)  # row 0 = y_min


def main() -> None:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    app.setStyle("Fusion")  # as nnviz.ui.app does
    font = app.font()
    font.setPointSize(theme.BASE_POINT_SIZE)
    app.setFont(font)
    OUT.mkdir(exist_ok=True)
    rng = np.random.default_rng(0)

    # Loss, linear and log, appended in coalesced batches as the GUI would.
    run = loss_run(rng)
    loss = LossPlot()
    loss.reset(classification=True)
    for start in range(0, 500, 37):
        sl = slice(start, start + 37)
        loss.append(**{k: v[sl] for k, v in run.items()})
    save(loss, "loss.png")
    loss._show_cursor(240.3)  # what a hover looks like
    save(loss, "loss_hover.png")
    loss._hide_cursor()
    loss.set_log_scale(True)
    save(loss, "loss_log.png")

    reg_loss = LossPlot()
    reg_loss.reset(classification=False)
    reg_loss.append(run["epochs"], run["train_loss"] * 3, run["val_loss"] * 3)
    save(reg_loss, "loss_regression.png")

    # A long run: 100,000 epochs, drawn downsampled.
    long_loss = LossPlot()
    long_loss.reset(classification=True)
    e = np.arange(1, 100_001, dtype=float)
    train = 0.7 * np.exp(-e / 8000) + 0.02 + 0.01 * rng.random(e.size)
    train[40_000:40_300] *= 3  # a spike must survive downsampling
    acc = 1 - train / 1.5
    for start in range(0, e.size, 5000):
        sl = slice(start, start + 5000)
        long_loss.append(e[sl], train[sl], train[sl] * 1.1 + 0.01, acc[sl], acc[sl] - 0.03)
    save(long_loss, "loss_100k.png")

    # Binary: a circle-ish boundary.
    extent = ((-3.0, 3.0), (-3.0, 3.0))
    gx, gy = grid(extent)
    r = np.hypot(gx, gy * 1.2) + 0.15 * np.sin(3 * np.arctan2(gy, gx))
    field = 1 / (1 + np.exp(-(r - 1.6) * 3.0))
    xy = rng.uniform(-3, 3, size=(260, 2))
    lab = (np.hypot(xy[:, 0], xy[:, 1] * 1.2) + 0.25 * rng.standard_normal(260) > 1.6).astype(int)
    binary = BoundaryPlot()
    binary.set_problem("binary", ["inside", "outside"], "x\u2081 (feature 1)", "x\u2082 (feature 2)")
    binary.set_extent(*extent)
    binary.set_points(xy[:200], lab[:200], xy[200:], lab[200:])
    binary.set_field(field[:, :, None])
    save(binary, "boundary_binary.png")
    binary.set_discretize(True)
    save(binary, "boundary_binary_discrete.png")

    # Three classes: blobs, softmax of negative squared distances.
    centres = np.array([[-1.5, -1.0], [1.5, -1.0], [0.0, 1.6]])
    names = ["setosa", "versicolor", "virginica"]
    logits = np.stack([-((gx - cx) ** 2 + (gy - cy) ** 2) for cx, cy in centres], axis=2)
    probs = np.exp(logits * 0.9 - logits.max(axis=2, keepdims=True) * 0.9)
    probs /= probs.sum(axis=2, keepdims=True)
    labels = rng.integers(0, 3, 240)
    pts = centres[labels] + 0.75 * rng.standard_normal((240, 2))
    multi = BoundaryPlot()
    multi.set_problem("multiclass", names, "petal length (cm)", "petal width (cm)")
    multi.set_extent(*extent)
    multi.set_points(pts[:180], labels[:180], pts[180:], labels[180:])
    multi.set_field(probs)
    save(multi, "boundary_multiclass.png")
    multi.set_discretize(True)
    save(multi, "boundary_multiclass_discrete.png")

    # Regression: a wavy surface, the network's fit a little off.
    extent = ((0.0, 10.0), (0.0, 5.0))
    gx, gy = grid(extent)
    truth = lambda x, y: 20 + 8 * np.sin(x / 2.0) * np.cos(y / 1.5) + 1.2 * y  # noqa: E731
    pred = truth(gx, gy) * 0.92 + 1.5
    xy = np.column_stack([rng.uniform(0, 10, 150), rng.uniform(0, 5, 150)])
    values = truth(xy[:, 0], xy[:, 1]) + 0.8 * rng.standard_normal(150)
    reg = BoundaryPlot()
    reg.set_problem("regression", None, "hours of sun", "rainfall (mm)")
    reg.set_extent(*extent)
    reg.set_points(xy[:110], values[:110], xy[110:], values[110:])
    reg.set_field(pred[:, :, None])
    save(reg, "boundary_regression.png")

    if "--bench" in sys.argv:
        bench(app)


def bench(app: QtWidgets.QApplication) -> None:
    """set_field rate (grab() every 10th update) and LossPlot append + grab at 100k epochs."""
    rng = np.random.default_rng(1)
    plot = BoundaryPlot()
    plot.resize(*SIZE)
    plot.show()
    cases = [("binary", None, 1), ("multiclass", ["a", "b", "c"], 3), ("regression", None, 1)]
    for task, names, k in cases:
        plot.set_problem(task, names, "x", "y")
        plot.set_extent((-1, 1), (-1, 1))
        fields = [rng.random((100, 100, k)) for _ in range(20)]
        if task == "multiclass":
            fields = [f / f.sum(axis=2, keepdims=True) for f in fields]
        for discretize in ((False, True) if task != "regression" else (False,)):
            plot.set_discretize(discretize)
            plot.grab()
            t = time.perf_counter()
            for i in range(1000):
                plot.set_field(fields[i % 20])
                if i % 10 == 9:
                    plot.grab()
            rate = 1000 / (time.perf_counter() - t)
            print(f"BoundaryPlot {task:10s} discretize={discretize!s:5}: {rate:5.0f} set_field/s "
                  "(grab every 10th)")
    loss = LossPlot()
    loss.resize(*SIZE)
    loss.show()
    n = 100_000
    e = np.arange(1, n + 1, dtype=float)
    y = np.exp(-e / 8000) + 0.01 * rng.random(n)
    for classification in (True, False):
        loss.reset(classification)
        extra = (y * 1.1, 1 - y / 2, 1 - y / 1.9) if classification else (y * 1.1,)
        t = time.perf_counter()
        for start in range(0, n, 1000):
            sl = slice(start, start + 1000)
            loss.append(e[sl], y[sl], *[a[sl] for a in extra])
        fill = time.perf_counter() - t
        t = time.perf_counter()
        for i in range(30):
            loss.append(e[-1:] + i + 1, y[-1:], *[a[-1:] for a in extra])
        append = (time.perf_counter() - t) / 30
        t = time.perf_counter()
        for i in range(30):
            loss.grab()
        grab = (time.perf_counter() - t) / 30
        print(f"LossPlot classification={classification!s:5}: 100k epochs in 100 batches "
              f"{fill:.2f} s; at 100k: append {append * 1e3:.1f} ms, grab {grab * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
