"""Render the loss, boundary and curve plots offscreen to PNGs in shots/, to look at them.

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
from PySide6 import QtWidgets  # noqa: E402

from nnviz.ui import theme  # noqa: E402
from nnviz.ui.plots import BoundaryPlot, CurvePlot, LossPlot  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "shots"
SIZE = tuple(int(v) for v in os.environ.get("SHOT_SIZE", "600x450").split("x"))


def save(widget: QtWidgets.QWidget, name: str, size: tuple[int, int] | None = None) -> None:
    widget.resize(*(size or SIZE))
    widget.show()
    for _ in range(3):  # self-sizing axes settle after their first paint
        QtWidgets.QApplication.processEvents()
        widget.grab()
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
    # The legend line at the loss panel's size in a 1024 x 768 window: one line, off the curves.
    save(loss, "loss_legend_narrow.png", (370, 240))
    no_val = LossPlot()
    no_val.reset(classification=False)
    no_val.append(run["epochs"], run["train_loss"] * 3)
    save(no_val, "loss_legend_train_only.png", (370, 240))

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

    # The colour bar at both ends of the scale: values near ±0.5, and house prices.
    for name, (lo, hi), label in [("small", (-0.5, 0.5), "residual"),
                                  ("prices", (80_000.0, 900_000.0), "price ($)")]:
        bar = BoundaryPlot()
        bar.set_problem("regression", None, "size (m\u00b2)", "age (years)", label)
        bar.set_extent((30.0, 250.0), (0.0, 80.0))
        xy = np.column_stack([rng.uniform(30, 250, 120), rng.uniform(0, 80, 120)])
        t = (xy[:, 0] - 30) / 220 * 0.8 + (1 - xy[:, 1] / 80) * 0.2
        bar.set_points(xy[:90], lo + (hi - lo) * t[:90], xy[90:], lo + (hi - lo) * t[90:])
        gx, gy = grid(((30.0, 250.0), (0.0, 80.0)))
        field = lo + (hi - lo) * ((gx - 30) / 220 * 0.8 + (1 - gy / 80) * 0.2)
        bar.set_field(field[:, :, None])
        save(bar, f"boundary_colorbar_{name}.png")

    # One input: the network's output as a curve.
    xs = np.linspace(10.0, 36.0, 200)
    temp = rng.uniform(12.0, 34.0, 40)
    sold = 4.0 * temp + 0.09 * (temp - 12) ** 2 + 6.0 * rng.standard_normal(40)
    ice = CurvePlot()
    ice.set_problem("regression", None, "temperature (\u00b0C)", "ice creams sold")
    ice.set_extent((10.0, 36.0))
    ice.set_points(temp[:30], sold[:30], temp[30:], sold[30:])
    ice.set_curve(xs, 4.1 * xs + 0.08 * (xs - 12) ** 2 - 1.0)
    save(ice, "curve_regression.png")

    hours = rng.uniform(0.0, 10.0, 60)
    passed = (hours + 1.2 * rng.standard_normal(60) > 5).astype(int)
    hx = np.linspace(-0.5, 10.5, 200)
    exam = CurvePlot()
    exam.set_problem("binary", ["fail", "pass"], "hours studied", "result")
    exam.set_extent((-0.5, 10.5))
    exam.set_points(hours[:45], passed[:45], hours[45:], passed[45:])
    exam.set_curve(hx, 1 / (1 + np.exp(-(hx - 5.1) * 1.4)))
    save(exam, "curve_binary.png")

    length = rng.uniform(1.0, 7.0, 90)
    species = np.digitize(length + 0.4 * rng.standard_normal(90), [2.8, 5.0])
    lx = np.linspace(0.5, 7.5, 200)
    logits = np.stack([-2.2 * (lx - 1.8), np.zeros_like(lx) + 1.5 - 0.9 * np.abs(lx - 3.9),
                       2.2 * (lx - 6.0)], axis=1)
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    iris = CurvePlot()
    iris.set_problem("multiclass", names, "petal length (cm)", "species")
    iris.set_extent((0.5, 7.5))
    iris.set_points(length[:70], species[:70], length[70:], species[70:])
    iris.set_curve(lx, probs)
    save(iris, "curve_multiclass.png")
    save(iris, "curve_multiclass_narrow.png", (370, 300))

    teaching(rng)
    if "--bench" in sys.argv:
        bench(app)


def teaching(rng: np.random.Generator) -> None:
    """The panes at their size in a 1024 x 768 window, and at the presentation text scale
    (every text at least 24 px): the timeline marker, the slice note, class shapes, a neuron's
    map, hidden test points and the confusion matrix."""
    from nnviz.ui.confusion_view import ConfusionView
    from nnviz.ui.plots import BASE_TEXT_PX

    present = 24 / BASE_TEXT_PX
    run = loss_run(rng, 2000)
    for scale, suffix, loss_size, plane_size in [(1.0, "1024", (370, 240), (460, 420)),
                                                 (present, "present", (560, 330), (520, 500))]:
        loss = LossPlot()
        loss.set_text_scale(scale)
        loss.reset(classification=True)
        loss.append(**run)
        loss.set_cursor_epoch(700)
        loss.epochClicked.connect(loss.set_cursor_epoch)    # as the timeline would
        save(loss, f"teach_loss_marker_{suffix}.png", loss_size)

        extent = ((0.5, 7.5), (-0.5, 3.0))
        gx, gy = grid(extent)
        centres = np.array([[1.5, 0.25], [4.3, 1.3], [5.6, 2.0]])
        logits = np.stack([-((gx - cx) ** 2 + 3 * (gy - cy) ** 2) for cx, cy in centres], axis=2)
        probs = np.exp(logits - logits.max(axis=2, keepdims=True))
        probs /= probs.sum(axis=2, keepdims=True)
        labels = np.repeat([0, 1, 2], 40)
        pts = centres[labels] + rng.standard_normal((120, 2)) * [0.35, 0.18]
        iris = BoundaryPlot()
        iris.set_text_scale(scale)
        iris.set_problem("multiclass", ["setosa", "versicolor", "virginica"],
                         "petal length (cm)", "petal width (cm)")
        iris.set_extent(*extent)
        iris.set_points(pts[:90], labels[:90], pts[90:], labels[90:])
        iris.set_field(probs)
        iris.set_slice_note("sepal length = 5.8, sepal width = 3.1 (held at their mean)")
        iris.set_points_editable(True)
        save(iris, f"teach_iris_note_{suffix}.png", plane_size)
        iris.set_show_test(False)
        save(iris, f"teach_iris_no_test_{suffix}.png", plane_size)
        iris.set_show_test(True)
        neuron = np.tanh(1.3 * (gx - 3.5) - 0.8 * (gy - 1.0))
        iris.set_neuron_map(neuron, "hidden 1, neuron 2 (tanh)", (-1.0, 1.0))
        save(iris, f"teach_neuron_map_{suffix}.png", plane_size)

        k = 10
        ten = BoundaryPlot()
        ten.set_text_scale(scale)
        ten.set_problem("multiclass", [f"digit {i}" for i in range(k)], "x₁", "x₂")
        ten.set_extent((-3, 3), (-3, 3))
        angles = np.linspace(0, 2 * np.pi, k, endpoint=False)
        c10 = np.column_stack([2.1 * np.cos(angles), 2.1 * np.sin(angles)])
        lab10 = np.repeat(np.arange(k), 14)
        p10 = c10[lab10] + 0.35 * rng.standard_normal((lab10.size, 2))
        gx6, gy6 = grid(((-3, 3), (-3, 3)))
        lg = np.stack([-((gx6 - cx) ** 2 + (gy6 - cy) ** 2) for cx, cy in c10], axis=2)
        pr = np.exp(2 * (lg - lg.max(axis=2, keepdims=True)))
        pr /= pr.sum(axis=2, keepdims=True)
        ten.set_points(p10, lab10)
        ten.set_field(pr)
        save(ten, f"teach_ten_classes_{suffix}.png", plane_size)

        length = rng.uniform(1.0, 7.0, 90)
        species = np.digitize(length + 0.4 * rng.standard_normal(90), [2.8, 5.0])
        lx = np.linspace(0.5, 7.5, 200)
        lg1 = np.stack([-2.2 * (lx - 1.8), np.zeros_like(lx) + 1.5 - 0.9 * np.abs(lx - 3.9),
                        2.2 * (lx - 6.0)], axis=1)
        pr1 = np.exp(lg1 - lg1.max(axis=1, keepdims=True))
        pr1 /= pr1.sum(axis=1, keepdims=True)
        curve = CurvePlot()
        curve.set_text_scale(scale)
        curve.set_problem("multiclass", ["setosa", "versicolor", "virginica"],
                          "petal length (cm)", "species")
        curve.set_extent((0.5, 7.5))
        curve.set_points(length[:70], species[:70], length[70:], species[70:])
        curve.set_curve(lx, pr1)
        save(curve, f"teach_curve_{suffix}.png", plane_size)

        cm = ConfusionView()
        cm.set_text_scale(scale)
        cm.set_matrix(np.array([[14, 0, 0], [0, 13, 3], [0, 1, 14]]),
                      ["setosa", "versicolor", "virginica"])
        save(cm, f"teach_confusion3_{suffix}.png", (plane_size[0], plane_size[1] - 60))
        C = rng.integers(0, 4, (10, 10))
        C[np.diag_indices(10)] += 30
        cm.set_matrix(C, [f"digit {i}" for i in range(9)] + ["a very long\nclass name"])
        save(cm, f"teach_confusion10_{suffix}.png", plane_size)


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
    curve = CurvePlot()
    curve.resize(*SIZE)
    curve.show()
    x = np.linspace(0.0, 1.0, 200)
    for task, names, k in cases:
        curve.set_problem(task, names, "x", "y")
        curve.set_extent((0.0, 1.0), (0.0, 1.0))
        curve.set_points(rng.random(150), rng.integers(0, k if k > 1 else 2, 150),
                         rng.random(50), rng.integers(0, k if k > 1 else 2, 50))
        curves = [rng.random((200, k)) for _ in range(20)]
        curve.grab()
        t = time.perf_counter()
        for i in range(300):
            curve.set_curve(x, curves[i % 20])
            curve.grab()
        rate = 300 / (time.perf_counter() - t)
        print(f"CurvePlot {task:10s}: {rate:5.0f} set_curve + grab /s (200 points, {k} line(s))")

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
