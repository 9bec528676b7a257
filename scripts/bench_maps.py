"""What per-neuron maps cost per frame, for the spiral lesson (2-8-8-1): prints one JSON object.

make_frame with FrameOptions.maps off and on (the worker's side: the boundary field's grid pass,
plus the strided copies of every layer), and NetworkView.set_maps + a repaint (the GUI side).
scripts/bench_gui.py measures the whole window; it needs the window to ask for maps first.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_maps.py [--repeats 300]
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


def timed(fn, repeats: int) -> dict:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": round(statistics.median(times), 3), "p95_ms": round(sorted(times)[int(0.95 * len(times))], 3),
            "max_ms": round(max(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=300)
    args = parser.parse_args()
    from nnviz.core.app.frames import FrameOptions, make_frame
    from nnviz.core.teaching.lessons import get_lesson

    trainer = get_lesson("spiral").trainer()
    for _ in range(50):
        trainer.step_epoch()
    problem = trainer.problem
    off = FrameOptions.for_problem(problem, resolution=100)
    on = FrameOptions.for_problem(problem, resolution=100, maps=True)
    out = {"network": trainer.network.describe(), "field_resolution": 100, "map_resolution": on.map_resolution,
           "make_frame_maps_off": timed(lambda: make_frame(trainer, off), args.repeats),
           "make_frame_maps_on": timed(lambda: make_frame(trainer, on), args.repeats)}

    from PySide6.QtWidgets import QApplication

    from nnviz.ui.diagram import NetworkView

    app = QApplication.instance() or QApplication([])
    view = NetworkView()
    view.resize(600, 420)
    net = trainer.network
    view.set_structure(net.sizes, problem.feature_names, problem.output_names, net.use_bias)
    view.show()
    app.processEvents()
    frame = make_frame(trainer, on)
    w, b = list(frame.snapshot.weights), list(frame.snapshot.biases)
    acts = [a[0] for a in frame.sample.activations]

    def paint(maps: bool):
        def run():
            view.set_values(w, b, acts)
            if maps:
                view.set_maps(frame.maps)
            view.viewport().repaint()
        return run

    view.allow_draft = False
    out["view_set_values_repaint_600x420"] = timed(paint(False), args.repeats // 3)
    out["view_set_values_set_maps_repaint_600x420"] = timed(paint(True), args.repeats // 3)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
