"""Benchmark a long run's memory per epoch: what a Session holds as it trains on and on.

Trains a small lesson headless through :class:`~nnviz.core.app.session.Session` (the calls a
continuous run in the window makes: ``train_epoch`` each epoch, which records the timeline) for
``--epochs`` epochs and prints one JSON object: the resident memory's growth per epoch
(``/proc/self/statm``, after a warm-up, so imports and the first allocations are left out), the
History's own arrays per epoch, and the timeline's keyframes (their count and bytes, which grow
up to the history-memory budget and are then thinned).

    python scripts/bench_history.py [--epochs 300000] [--lesson or-gate] [--budget-mb 200]

``--budget-mb 1`` shows the growth once the keyframes are held to a small budget: what is left
is the History (and what the keyframes' accounting leaves out). ``--window`` runs the same
epochs in the real window instead (offscreen, at full speed), to see what the views add.
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nnviz.core.app.session import Session  # noqa: E402

WARM_UP = 20_000


def rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def window_run(args) -> dict:
    """The same run in the window, played at full speed; RSS growth per epoch."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
    import tempfile

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from nnviz.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp()
    w = MainWindow(lesson=args.lesson, settings=QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
    w.resize(1024, 768)
    w.show()
    w.history_memory.setValue(int(args.budget_mb))
    w.speed_slider.setValue(w.speed_slider.maximum())

    def play_to(epochs: int) -> None:
        loop = QEventLoop()
        w.runner.runFinished.connect(loop.quit)
        w.max_epochs.setValue(epochs)
        w.play()
        loop.exec()
        w.runner.runFinished.disconnect(loop.quit)

    play_to(WARM_UP)
    gc.collect()
    app.processEvents()
    rss0, start = rss_bytes(), w.session.epoch
    t0 = time.perf_counter()
    play_to(start + args.epochs)
    seconds = time.perf_counter() - t0
    gc.collect()
    app.processEvents()
    n = w.session.epoch - start
    s = w.session
    result = {"window": True, "lesson": args.lesson, "epochs": n, "epochs_per_s": round(n / seconds),
              "rss_growth_bytes_per_epoch": round((rss_bytes() - rss0) / max(1, n), 1),
              "history_bytes_per_epoch_held": round(s.trainer.history.nbytes / len(s.trainer.history), 1),
              "keyframe_mb": round(s.timeline.nbytes / 1e6, 1)}
    w.close()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=300_000, help="epochs after the warm-up")
    ap.add_argument("--lesson", default="or-gate")
    ap.add_argument("--budget-mb", type=float, default=200.0, help="the timeline's keyframe budget (the window's default: 200)")
    ap.add_argument("--window", action="store_true", help="run in the window (offscreen) instead")
    args = ap.parse_args()
    if args.window:
        print(json.dumps(window_run(args)))
        return
    s = Session(history_budget_bytes=int(args.budget_mb * 1_000_000))
    s.load_lesson(args.lesson)
    for _ in range(WARM_UP):
        s.train_epoch()
    gc.collect()
    rss0, hist0, keys0 = rss_bytes(), s.trainer.history.nbytes, s.timeline.nbytes
    samples = []
    t0 = time.perf_counter()
    step = max(1, args.epochs // 10)
    for i in range(1, args.epochs + 1):
        s.train_epoch()
        if i % step == 0:
            samples.append((i, rss_bytes() - rss0))
    seconds = time.perf_counter() - t0
    gc.collect()
    n = args.epochs
    history = s.trainer.history
    rss_growth = rss_bytes() - rss0
    keys = s.timeline.keyframes
    print(json.dumps({
        "lesson": args.lesson, "epochs": n, "epochs_per_s": round(n / seconds),
        "rss_growth_bytes_per_epoch": round(rss_growth / n, 1),
        "history_bytes_per_epoch": round((history.nbytes - hist0) / n, 1),
        "history_bytes_per_epoch_held": round(len(history) and history.nbytes / len(history), 1),
        "keyframes": len(keys), "keyframe_kinds": {k: sum(1 for *_, kk in keys if kk == k) for k in {kk for *_, kk in keys}},
        "keyframe_bytes_per_epoch": round((s.timeline.nbytes - keys0) / n, 1),
        "keyframe_mb": round(s.timeline.nbytes / 1e6, 1), "keyframe_budget_mb": args.budget_mb,
        "thinned": s.timeline.thinned,
        "unaccounted_bytes_per_epoch": round((rss_growth - (history.nbytes - hist0) - (s.timeline.nbytes - keys0)) / n, 1),
        "rss_growth_mb_at": [(e, round(b / 1e6, 1)) for e, b in samples],
    }))


if __name__ == "__main__":
    main()
