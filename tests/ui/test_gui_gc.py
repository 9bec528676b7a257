"""The cyclic garbage collector runs on the GUI thread only (nnviz/ui/gui_gc.py).

On Debian 13 the suite crashed with a segmentation fault "Garbage-collecting" on the training
worker's thread while the GUI thread painted a plot: an automatic collection on a worker thread
finalises Python wrappers of Qt objects there. The app (and, through tests/conftest.py, every Qt
test) switches automatic collection off and collects on a GUI-thread timer instead.
"""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication

from nnviz.ui.app import make_app
from nnviz.ui.gui_gc import GuiThreadCollector, collect_on_gui_thread

TIMEOUT = 15_000


class Cycle:
    def __init__(self):
        self.me = self


def test_the_app_collects_on_its_own_thread_only(qapp):
    app = make_app()
    assert app is QApplication.instance()
    assert not gc.isenabled()
    collectors = app.findChildren(GuiThreadCollector)
    assert len(collectors) == 1 and collectors[0].timer.isActive()
    assert collect_on_gui_thread(app) is collectors[0]  # once, however often it is asked


def test_the_timer_collects_cycles_as_the_automatic_collector_would(qtbot, qapp):
    collector = collect_on_gui_thread(qapp)
    gone = threading.Event()
    first = Cycle()
    weakref.finalize(first, gone.set)
    del first

    def allocate():
        # Allocating at every poll: objects freed meanwhile (widgets of earlier tests deleted
        # late, say) lower the count, and a count once past the threshold may fall back under it.
        for _ in range(collector.threshold[0] // 4):
            Cycle()
        return gone.is_set()

    qtbot.waitUntil(allocate, timeout=TIMEOUT)


def test_no_collection_runs_off_the_gui_thread_while_the_window_trains(qtbot, open_window):
    """Training allocates on the worker's thread all the time: with automatic collection on (at a
    low threshold) dozens of collections run there within 1,000 epochs; with the GUI-thread
    collector, none does."""
    window = open_window("circle")
    threads: list[str] = []

    def seen(phase, info):
        if phase == "start":
            threads.append(threading.current_thread().name)

    threshold = gc.get_threshold()
    gc.set_threshold(50)  # an automatic collection, were it on, would come every few epochs
    gc.callbacks.append(seen)
    try:
        window.max_epochs.setValue(10_000_000)
        with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
            window.play()
        start = window.session.trainer.epoch
        qtbot.waitUntil(lambda: window.session.trainer.epoch > start + 1_000, timeout=TIMEOUT)
        with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
            window.toggle_play()
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*threshold)
    main = threading.main_thread().name
    assert set(threads) <= {main}, sorted(set(threads))
