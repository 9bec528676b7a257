"""Training off the GUI thread.

:class:`TrainingWorker` is a QObject moved to a QThread (Qt's recommended pattern, not a QThread
subclass). It runs a plan — some epochs, one batch or one sample — and emits :class:`Frame`
objects, never touching a widget. It emits at most ``max_fps`` frames a second however fast
training runs; with ``epochs_per_frame`` > 0 it also slows down to that many epochs per frame
so a class can watch. Stop is a ``threading.Event`` checked between epochs.

Back-pressure: after emitting a frame the worker waits (with the GIL released) until the window
says it has drawn it (:meth:`TrainingRunner.frame_drawn`). Painting is many small Python→C++
calls; with a training thread holding the GIL in 5 ms slices the GUI thread would wait for it at
each of them, halving the frame rate and stalling the event loop. Training meanwhile gets at
least ``MIN_TRAIN_S`` of every frame.

:class:`TrainingRunner` lives on the GUI thread: it owns the thread, relays the worker's signals
from a main-thread object (so qtbot can wait on them), and joins the thread on stop.
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.frames import FrameOptions, make_frame
from ..core.training import Trainer, TrainingDiverged
from .threads import delete_later

MIN_TRAIN_S = 0.006      # training time per frame even when drawing is slow
DRAW_TIMEOUT_S = 0.25    # never wait longer than this for the window (e.g. minimised)


class TrainingWorker(QObject):
    frame = Signal(object)        # Frame
    finished = Signal(str)        # why: "paused", "max epochs", "target loss", "diverged", "step:…"

    def __init__(self, trainer: Trainer, plan: str, options: FrameOptions, max_epochs: int,
                 epochs_per_frame: int = 0, max_fps: float = 60.0) -> None:
        super().__init__()
        self.trainer = trainer
        self.plan = plan                  # "run", "epoch", "batch" or "sample"
        self.options = options            # replaced from the GUI thread (a single reference store)
        self.max_epochs = max_epochs
        self.epochs_per_frame = epochs_per_frame
        self.min_interval = 1.0 / max_fps
        self.stop_event = threading.Event()
        self.drawn = threading.Event()   # set by the GUI thread once the last frame is painted
        self.drawn.set()
        self._pending: list = []         # epochs trained since the last frame

    def request_stop(self) -> None:
        self.stop_event.set()

    @Slot()
    def run(self) -> None:
        reason = "step"
        try:
            reason = self._run()
        except TrainingDiverged:
            reason = "diverged"   # the epochs before it still reach the loss plot
            self.frame.emit(make_frame(self.trainer, self.options, tuple(self._pending), "diverged"))
        except Exception as exc:  # never let an exception die silently in a thread
            reason = f"error: {exc}"
        self.finished.emit(reason)

    def _run(self) -> str:
        """One plan. A step returns "step:sample", "step:batch", "step:epoch", or "step:rest"
        when it finished an epoch that was already under way."""
        t = self.trainer
        if self.plan in ("sample", "batch"):
            before = t.epoch
            t.step_sample() if self.plan == "sample" else t.step_batch()
            stats = (t.history_stats(-1),) if t.epoch > before else ()
            self.frame.emit(make_frame(t, self.options, stats, "step"))
            return f"step:{self.plan}"
        if self.plan == "epoch":
            partial = t.cursor > 0
            stats = t.step_epoch()
            self.frame.emit(make_frame(t, self.options, (stats,), "step"))
            return "step:rest" if partial else "step:epoch"
        return self._run_continuously()

    def _run_continuously(self) -> str:
        t = self.trainer
        pending = self._pending = []
        last_emit = resumed = time.perf_counter()
        while True:
            if self.stop_event.is_set():
                reason = "paused"
                break
            if t.epoch >= self.max_epochs:
                reason = "max epochs"
                break
            stats = t.step_epoch()
            pending.append(stats)
            if t.target_reached(stats):
                reason = "target loss"
                break
            now = time.perf_counter()
            if self.epochs_per_frame > 0:
                due = len(pending) >= self.epochs_per_frame
            else:
                due = now - last_emit >= self.min_interval and now - resumed >= MIN_TRAIN_S
            if not due:
                continue
            wait = self.min_interval - (now - last_emit)
            if wait > 0 and self.stop_event.wait(wait):   # pacing for slow speeds; wakes on stop
                continue
            self.drawn.clear()
            self.frame.emit(make_frame(t, self.options, tuple(pending)))
            pending = self._pending = []
            last_emit = time.perf_counter()
            # Let the window paint without competing for the GIL (see the module docstring).
            deadline = last_emit + DRAW_TIMEOUT_S
            while not self.drawn.wait(0.01):
                if self.stop_event.is_set() or time.perf_counter() > deadline:
                    break
            resumed = time.perf_counter()
        self.frame.emit(make_frame(t, self.options, tuple(pending), reason))
        return reason


class TrainingRunner(QObject):
    """Starts and stops :class:`TrainingWorker` runs; one at a time."""

    frameReady = Signal(object)
    runFinished = Signal(str)
    runStarted = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, trainer: Trainer, plan: str, options: FrameOptions, max_epochs: int,
              epochs_per_frame: int = 0) -> bool:
        if self.running:
            return False
        thread = QThread()
        worker = TrainingWorker(trainer, plan, options, max_epochs, epochs_per_frame)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.frame.connect(self._on_frame)          # queued: the runner lives on the GUI thread
        worker.finished.connect(self._on_finished)
        worker.finished.connect(thread.quit)
        self._thread, self._worker = thread, worker
        thread.start()
        self.runStarted.emit(plan)
        return True

    def set_options(self, options: FrameOptions) -> None:
        if self._worker is not None:
            self._worker.options = options

    def set_epochs_per_frame(self, n: int) -> None:
        if self._worker is not None:
            self._worker.epochs_per_frame = n

    def set_max_epochs(self, n: int) -> None:
        if self._worker is not None:
            self._worker.max_epochs = n

    def request_stop(self) -> None:
        if self._worker is not None:
            self._worker.request_stop()

    def frame_drawn(self) -> None:
        """The window painted the last frame: the worker may train on."""
        if self._worker is not None:
            self._worker.drawn.set()

    def stop_and_wait(self, timeout_ms: int = 10_000) -> None:
        """Stop the run and join its thread (used on close and before rebuilding). Frames the
        worker had already sent are dropped, and runFinished("stopped") says it is over."""
        if self._thread is None:
            return
        self._worker.request_stop()
        self._thread.quit()
        self._thread.wait(timeout_ms)
        self._cleanup()
        self.runFinished.emit("stopped")

    def _from_current_worker(self) -> bool:
        """Signals already queued by a worker that was since stopped must not reach the
        window: they carry the old network's numbers."""
        return self._worker is not None and self.sender() is self._worker

    @Slot(object)
    def _on_frame(self, frame) -> None:
        if self._from_current_worker():
            self.frameReady.emit(frame)

    @Slot(str)
    def _on_finished(self, reason: str) -> None:
        if not self._from_current_worker():
            return
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._cleanup()
        self.runFinished.emit(reason)

    def _cleanup(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        delete_later(worker, thread)
