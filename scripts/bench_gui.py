"""Benchmark the window while it trains: prints one JSON object.

Trains the spiral lesson (a 2-8-8-1 network) with the window shown offscreen for --seconds
(default 10), once with the neurons' maps off and once with them on, then the largest network
the settings panel allows (2-64x6-1, at most 6 s), and reports redraws per second, epochs per
second while drawing and the longest event-loop stall (a 5 ms timer records when it actually
fires; a stall is the gap beyond 5 ms); the Step latency from the click to the finished
repaint; and the worst stall of single clicks that rebuild things (add a layer, new weights,
zoom, undo, a jump on the timeline) over --clicks rounds.

Then the digits lesson (64-16-10, one sample at a time) in a 1024x768 window, the step
explainer open on a hidden neuron: the same figures while it plays for --seconds (goals: ≥ 30
redraws/s, no stall over 50 ms). ``--only digits`` measures that alone.

The digits figures also say how many of the frames showed an epoch part-way through (a run
draws a long epoch as it goes) and the machine's load average when they were taken. ``--busy N``
runs N busy-looping processes meanwhile: the figures of a machine with other work to do.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_gui.py [--seconds 10] [--only digits] [--busy 1]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # this checkout's nnviz, not an installed one
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cold_start_seconds(repeats: int = 3) -> float:
    """A new process from interpreter start to the default lesson's window rendered to a PNG
    (imports, window, first frame, grab, save): an upper bound on "open and ready"."""
    out = os.path.join(tempfile.mkdtemp(), "start.png")
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "nnviz", "--screenshot", out], check=True, capture_output=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        best = min(best, time.perf_counter() - t0)
    return best


def train_for(window, seconds: float) -> dict:
    """Play ``window``'s lesson for ``seconds``: redraws per second, epochs per second and the
    longest event-loop stall (a 5 ms precise timer records when it actually fires)."""
    # Qt is imported in the functions: main sets the BLAS threads before anything imports NumPy.
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ticks: list[float] = []
    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    draws = []
    conn = window.frameDrawn.connect(lambda e: draws.append(time.perf_counter()))
    part_way = []
    frames = window.runner.frameReady.connect(lambda f: part_way.append(f.progress is not None))
    loop = QEventLoop()
    done = window.runner.runFinished.connect(lambda *_: loop.quit())
    start_epoch = window.session.epoch
    probe.start()
    t0, cpu0 = time.perf_counter(), time.process_time()
    window.play()
    QTimer.singleShot(int(seconds * 1000), window.pause)
    loop.exec()
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    probe.stop()
    window.frameDrawn.disconnect(conn)
    window.runner.frameReady.disconnect(frames)
    window.runner.runFinished.disconnect(done)
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    epochs = window.session.epoch - start_epoch
    return {
        "seconds": round(elapsed, 2),
        "epochs": epochs,
        "epochs_per_s_while_drawing": round(epochs / elapsed, 1),
        "redraws_per_s": round(len(draws) / elapsed, 1),
        "longest_event_loop_stall_ms": round(max(0.0, (max(gaps) if gaps else 0.0) * 1000 - 5), 1),
        "stalls_over_50_ms": sum(1 for g in gaps if g * 1000 - 5 > 50),
        "stall_ms_p99": round(max(0.0, sorted(gaps)[int(0.99 * (len(gaps) - 1))] * 1000 - 5), 1) if gaps else 0.0,
        "frames_part_way": sum(part_way),
        "frames_sent": len(part_way),
        "load_average_1min": round(os.getloadavg()[0], 2),
        # CPU seconds this process got per second: about 2 when both threads ran freely on
        # two cores, far less on a machine busy with other work.
        "process_cpu_per_s": round(cpu / elapsed, 2),
    }


def digits_figures(app, settings, seconds: float) -> dict:
    """The digits lesson playing in a 1024x768 window, the explainer on hidden neuron 1."""
    from nnviz.ui.main_window import MainWindow

    window = MainWindow(lesson="digits", settings=settings)
    window.resize(1024, 768)
    window.show()
    app.processEvents()
    assert window.session.trainer.network.sizes == [64, 16, 10], window.session.trainer.network.sizes
    window.max_epochs.setValue(100_000_000)
    window.explain_neuron(1, 0)
    figures = train_for(window, seconds)
    figures["samples_per_epoch"] = window.session.trainer.n_train
    figures["goals"] = "redraws_per_s >= 30, longest_event_loop_stall_ms <= 50"
    window.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--clicks", type=int, default=3, help="rounds of the rebuilding clicks (the worst is reported)")
    parser.add_argument("--only", choices=["digits"], help="the digits lesson's figures alone")
    parser.add_argument("--busy", type=int, default=0, help="busy-looping processes to run meanwhile (a loaded machine)")
    args = parser.parse_args()
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(max(args.busy, 0))]
    try:
        run(args)
    finally:
        for p in busy:
            p.kill()
            p.wait()


def run(args) -> None:
    from nnviz.blas_threads import leave_a_core_for_the_window

    blas_threads = leave_a_core_for_the_window()   # as `nnviz` does for its window
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from nnviz.ui.app import make_app
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "bench.ini"), QSettings.Format.IniFormat)
    if args.only == "digits":
        # The spiral's figures in the same minute: how loaded the machine is meanwhile.
        spiral = MainWindow(lesson="spiral", settings=settings)
        spiral.resize(1024, 768)
        spiral.show()
        app.processEvents()
        spiral.max_epochs.setValue(100_000_000)
        reference = train_for(spiral, min(args.seconds, 5.0))
        spiral.close()
        print(json.dumps({"lesson": "digits 64-16-10, 1024x768", "blas_threads": blas_threads, "busy_processes": args.busy,
                          "training_digits": digits_figures(app, settings, args.seconds),
                          "reference_spiral_2_8_8_1_same_run": reference}))
        return
    t_open = time.perf_counter()
    window = MainWindow(lesson="spiral", settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    open_s = time.perf_counter() - t_open
    assert window.session.trainer.network.sizes == [2, 8, 8, 1], window.session.trainer.network.sizes

    # --- continuous training with drawing, maps off and on -----------------------------------
    window.max_epochs.setValue(100_000_000)

    def train_for_window(seconds: float) -> dict:
        return train_for(window, seconds)

    maps_off = train_for_window(args.seconds)
    window.show_maps_box.setChecked(True)
    maps_on = train_for_window(args.seconds)
    window.show_maps_box.setChecked(False)
    epochs = window.session.epoch

    # --- single clicks that rebuild: the longest stall each causes ---------------------------
    def stall_of(action) -> float:
        ticks: list[float] = []
        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(5)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
        probe.start()
        settle = time.perf_counter()
        while time.perf_counter() - settle < 0.05:   # the probe ticks before the click
            app.processEvents()
        t0 = time.perf_counter()
        action()
        while time.perf_counter() - t0 < 0.3:   # let its repaints happen
            app.processEvents()
        probe.stop()
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        return round(max(0.0, (max(gaps) if gaps else 0.0) * 1000 - 5), 1)

    actions = {
        "add_layer": lambda: QTest.mouseClick(window.hyper_panel.add_button, Qt.MouseButton.LeftButton),
        "new_weights": lambda: QTest.mouseClick(window.new_weights_button, Qt.MouseButton.LeftButton),
        "zoom_in": lambda: QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier),
        "zoom_reset": lambda: QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier),
        "undo": lambda: QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
        "timeline_jump_to_start": lambda: QTest.keyClick(window, Qt.Key.Key_Home),
        "timeline_jump_to_newest": lambda: QTest.keyClick(window, Qt.Key.Key_End),
    }
    # Each click --clicks times in turn (a layer more each round: 2 hidden layers become 5), the
    # worst stall of each reported. A press and its release go in one call here, so a click's
    # figure also holds the repaint of the pressed button.
    rounds = {name: [] for name in actions}
    for _ in range(args.clicks):
        for name, action in actions.items():
            rounds[name].append(stall_of(action))
    clicks = {name: max(r) for name, r in rounds.items()}

    # --- the largest network the panel allows, 2-64x6-1, while training (maps off) ----------
    while len(window.hyper_panel.layer_rows) < 6:
        QTest.mouseClick(window.hyper_panel.add_button, Qt.MouseButton.LeftButton)
    for row in window.hyper_panel.layer_rows:
        row.neurons.setValue(64)
    app.processEvents()
    assert window.session.layer_sizes == [2] + [64] * 6 + [1], window.session.layer_sizes
    largest = train_for_window(min(args.seconds, 6.0))
    # back to the spiral's own network for the step latency
    window.load_lesson("spiral")
    app.processEvents()

    # --- step latency: click → frame drawn → repaint done ---------------------------------
    latencies = []
    for _ in range(args.steps):
        done = QEventLoop()
        drawn = []
        conn = window.frameDrawn.connect(lambda e: (drawn.append(time.perf_counter()), done.quit()))
        t_click = time.perf_counter()
        QTest.mouseClick(window.step_button, Qt.MouseButton.LeftButton)
        if not drawn:
            done.exec()
        window.frameDrawn.disconnect(conn)
        app.processEvents()   # the paint events that the redraw posted
        latencies.append(time.perf_counter() - t_click)
        finished = QEventLoop()
        if window.runner.running:
            window.runner.runFinished.connect(finished.quit)
            finished.exec()
    latencies.sort()

    print(json.dumps({
        "lesson": "spiral 2-8-8-1",
        "busy_processes": args.busy,
        "blas_threads": blas_threads or "as set: " + ", ".join(
            f"{v}={os.environ[v]}" for v in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS") if v in os.environ),
        "cold_start_to_rendered_window_s": round(cold_start_seconds(), 2),
        "window_open_s": round(open_s, 3),
        "training_maps_off": maps_off,
        "training_maps_on": maps_on,
        "training_largest_network_2_64x6_1": largest,
        "epochs_after_both_runs": epochs,
        "step_latency_ms_median": round(latencies[len(latencies) // 2] * 1000, 1),
        "step_latency_ms_max": round(latencies[-1] * 1000, 1),
        "click_stall_ms_worst": clicks,
        "click_stall_ms_each_round": rounds,
        "training_digits_1024x768": digits_figures(app, settings, args.seconds),
    }))
    window.close()


if __name__ == "__main__":
    main()
