"""Render sample PNGs of the network diagram to shots/ and time set_values + a render.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_network_view.py
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from nnviz.ui.diagram import NetworkView  # noqa: E402

SHOTS = ROOT / "shots"

CASES = {
    "xor": ([2, 3, 1], ["x1", "x2"], ["y (class 1)"]),
    "iris": ([4, 5, 10, 3], ["sepal length", "sepal width", "petal length", "petal width"],
             ["setosa", "versicolor", "virginica"]),
    "wide": ([2, 30, 30, 1], ["x", "y"], ["class"]),
}


def random_values(sizes: list[int], rng: np.random.Generator):
    weights = [rng.normal(0, 1 / np.sqrt(a), (a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [rng.normal(0, 0.3, b) for b in sizes[1:]]
    acts = [rng.normal(0, 1, sizes[0])]
    for w, b in zip(weights, biases):
        acts.append(np.tanh(acts[-1] @ w + b))
    acts[-1] = 1 / (1 + np.exp(-(acts[-2] @ weights[-1] + biases[-1])))
    return weights, biases, acts


def time_updates(view: NetworkView, sizes: list[int], size: tuple[int, int], draft: bool, n: int = 200) -> float:
    rng = np.random.default_rng(1)
    view.allow_draft = draft
    view.set_structure(sizes, [], [])
    view.resize(*size)
    frames = [random_values(sizes, rng) for _ in range(20)]
    view.set_values(*frames[0])
    view.grab()
    start = time.perf_counter()
    for k in range(n):
        view.set_values(*frames[k % len(frames)])
        view.grab()
    return (time.perf_counter() - start) / n * 1000


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    SHOTS.mkdir(exist_ok=True)
    view = NetworkView()
    view.show()
    for name, (sizes, ins, outs) in CASES.items():
        rng = np.random.default_rng(7)
        for w, h in [(500, 400), (900, 600)]:
            view.set_structure(sizes, ins, outs)
            view.resize(w, h)
            view.set_values(*random_values(sizes, rng))
            view.set_selected(1, min(1, sizes[1] - 1))
            path = SHOTS / f"network_{name}_{w}x{h}.png"
            view.grab().save(str(path))
            print("wrote", path)
    view.set_structure([4, 5, 10, 3], CASES["iris"][1], CASES["iris"][2])
    view.resize(500, 400)
    path = SHOTS / "network_iris_nosample_500x400.png"
    view.grab().save(str(path))
    print("wrote", path)

    for sizes in ([2, 8, 8, 1], [4, 30, 30, 3]):
        for size in [(500, 400), (900, 600)]:
            line = f"set_values + grab {str(sizes):14} at {size[0]}x{size[1]}:"
            for draft in (False, True):
                ms = time_updates(view, sizes, size, draft)
                line += f"  {'draft allowed' if draft else 'antialiased'} {ms:5.1f} ms ({1000 / ms:3.0f}/s)"
            print(line)
    view.allow_draft = True
    # set_values alone (the paint is coalesced by Qt between frames)
    rng = np.random.default_rng(2)
    view.set_structure([4, 30, 30, 3], [], [])
    frames = [random_values([4, 30, 30, 3], rng) for _ in range(20)]
    start = time.perf_counter()
    for k in range(1000):
        view.set_values(*frames[k % 20])
    print(f"set_values alone [4, 30, 30, 3]: {(time.perf_counter() - start):.3f} ms/call")
    # What a dense network looks like while training fast (draft: edges not antialiased).
    view.set_structure(*CASES["wide"])
    view.resize(900, 600)
    for k in range(3):
        view.set_values(*random_values([2, 30, 30, 1], rng))
        view.grab()
    print("draft mode on:", view.is_draft())
    path = SHOTS / "network_wide_900x600_draft.png"
    view.grab().save(str(path))
    print("wrote", path)
    app.processEvents()


if __name__ == "__main__":
    main()
