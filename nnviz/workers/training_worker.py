"""Training off the GUI thread.

:class:`TrainingWorker` is a QObject moved to a QThread. It runs one plan on the
:class:`~nnviz.core.app.session.Session` — a continuous run, or one step (sample, batch, epoch) —
and emits :class:`~nnviz.core.app.frames.Frame` objects, never touching a widget. It emits at most
``max_fps`` frames a second however fast training runs; with ``epochs_per_frame`` > 0 it also
slows down to that many epochs per frame so a class can watch. Stop is a ``threading.Event``
checked between epochs.

Changes sent during a run (speed, the picture's options) are single reference stores into the
worker, picked up between epochs. Settings (learning rate, optimizer, stop conditions) go into a
queue: the worker applies every one of them, in order, through :meth:`Session.apply_settings` on
its own thread (the session has one owner), between epochs and once more before it ends; what
the queue still holds after the thread has ended, the runner applies on the GUI thread. No edit
is ever dropped, whatever comes first: a Pause, a stop limit or the run's end.

A long epoch (the digits lesson's 1,259 samples, one at a time) would hold the picture still for
all of it, so at the fastest speed an epoch after a long one is trained in
parts, and a frame may come part-way through it (``Frame.progress``: "epoch N +k"). The epoch
always goes on to its end, a Pause's included: the session, its history and its timeline only
ever settle on epoch boundaries, bitwise what one ``step_epoch`` would have made. At a chosen
speed ("N/frame") frames come every N epochs, as the slider says.

Back-pressure: after emitting a frame the worker waits (with the GIL released) until the window
says it has drawn it (:meth:`TrainingRunner.frame_drawn`). Painting is many small Python→C++
calls; with a training thread holding the GIL in 5 ms slices the GUI thread would wait for it at
each of them, halving the frame rate and stalling the event loop. Training meanwhile gets at
least ``MIN_TRAIN_S`` of every frame.
"""
from __future__ import annotations

import queue
import threading
import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..core.app.frames import FrameOptions
from ..core.app.session import EndReason, Session
from ..core.engine.settings import Settings
from ..core.engine.training import TrainingDiverged
from ..core.text import one_line
from .threads import ThreadRunner

translate = QCoreApplication.translate   # the name pyside6-lupdate looks for; thread-safe

MIN_TRAIN_S = 0.006      # training time per frame even when drawing is slow
# During a run the neurons' maps come with at most one frame in this many seconds: the window
# draws them at 10 Hz, and computing them for every frame slowed the run's frames by a tenth.
MAPS_EVERY_S = 0.1
DRAW_TIMEOUT_S = 0.25    # never wait longer than this for the window (e.g. minimised)
# Part-way frames (see the module docstring). An epoch that trained for LONG_EPOCH_S or more
# makes the next one go in parts: shorter epochs end well within a frame's time, and their
# runs stay exactly as they were. A part is PART_SAMPLES samples (or whole mini-batches): small
# enough that a frame is never late by much, large enough that splitting costs nothing to
# speak of. A part-way frame comes once PART_FRAME_S have passed since the last frame: 40 a
# second leaves room above the 30 a second that look smooth, and each frame fewer leaves the
# training thread more of the GIL.
LONG_EPOCH_S = 0.01
PART_SAMPLES = 32
PART_FRAME_S = 1 / 40


class TrainingWorker(QObject):
    frame = Signal(object)            # Frame
    settingsApplied = Signal(str)     # status text of a settings change applied during the run
    finished = Signal(object, str)    # (EndReason, status text)

    def __init__(self, session: Session, plan: str, options: FrameOptions, epochs_per_frame: int = 0,
                 max_fps: float = 60.0, settings_queue: queue.SimpleQueue | None = None) -> None:
        super().__init__()
        self.session = session
        self.plan = plan                  # "run", "epoch", "batch" or "sample"
        self.options = options            # replaced from the GUI thread (a single reference store)
        self.epochs_per_frame = epochs_per_frame
        # Settings sent from the GUI thread, applied in order between epochs (see the module doc).
        self.settings_queue = settings_queue if settings_queue is not None else queue.SimpleQueue()
        self.min_interval = 1.0 / max_fps
        self.stop_event = threading.Event()
        self.drawn = threading.Event()   # set by the GUI thread once the last frame is painted
        self.drawn.set()
        self._pending: list = []         # epochs trained since the last frame

    @Slot()
    def run(self) -> None:
        reason, text = EndReason.STEP, ""
        try:
            reason, text = self._run()
        except TrainingDiverged:
            reason = EndReason.DIVERGED   # the epochs before it still reach the loss plot
            text = self.session.divergence_advice()
            self.frame.emit(self.session.frame(self.options, tuple(self._pending), "diverged", evaluate=True))
        except Exception as exc:  # never let an exception die silently in a thread
            reason, text = EndReason.ERROR, translate("TrainingWorker", "Training stopped: {0}").format(one_line(exc) or type(exc).__name__)
        self._apply_pending_settings()   # an edit that came with the Pause or the last epoch
        self.finished.emit(reason, text)

    def _apply_pending_settings(self) -> None:
        for text in apply_queued_settings(self.session, self.settings_queue):
            self.settingsApplied.emit(text)

    def _run(self) -> tuple[EndReason, str]:
        s = self.session
        self._apply_pending_settings()
        if self.plan != "run":
            epoch = s.trainer.epoch
            text = s.step(self.plan)
            stats = (s.trainer.history_stats(-1),) if s.trainer.epoch > epoch else ()
            self.frame.emit(s.frame(self.options, stats, "step", evaluate=True))
            return EndReason.STEP, text
        return self._run_continuously()

    def _run_continuously(self) -> tuple[EndReason, str]:
        s = self.session
        self._pending = []
        self._last_emit = self._resumed = time.perf_counter()
        self._maps_at = -1.0
        self._drawing_s = 0.0    # how long the window took to draw the last part-way frame
        long_epoch = False       # the last epoch trained for LONG_EPOCH_S or more
        reason = s.stop_reason(None)
        while reason is None:
            if self.stop_event.is_set():
                reason = EndReason.PAUSED
                break
            began = time.perf_counter()
            waited, in_parts = self._train_part_way() if long_epoch and self.epochs_per_frame == 0 else (0.0, False)
            stats = s.train_epoch()
            long_epoch = time.perf_counter() - began - waited >= LONG_EPOCH_S
            self._pending.append(stats)
            self._apply_pending_settings()
            reason = s.stop_reason(stats)
            if reason is not None:
                break
            if in_parts:
                continue         # its frames come part-way (see _train_part_way)
            now = time.perf_counter()
            if self.epochs_per_frame > 0:
                due = len(self._pending) >= self.epochs_per_frame
            else:
                due = now - self._last_emit >= self.min_interval and now - self._resumed >= MIN_TRAIN_S
            if not due:
                continue
            wait = self.min_interval - (now - self._last_emit)
            if wait > 0 and self.stop_event.wait(wait):   # pacing for slow speeds; wakes on stop
                continue
            self._emit(False)
        self.frame.emit(s.frame(self.options, tuple(self._pending), reason.value, evaluate=True))
        return reason, s.end_message(reason)

    def _train_part_way(self) -> tuple[float, bool]:
        """All of the epoch under way but its last step, in parts of PART_SAMPLES, and a frame
        part-way whenever one is due: a long epoch would hold the picture still. The epoch
        always goes on to its end (a Pause's included), so the session settles on epoch
        boundaries as before. Returns the seconds spent waiting for the window, and whether the
        epoch had parts (an epoch of one step has none, and gets its frame at its end)."""
        s, waited, in_parts = self.session, 0.0, False
        while s.train_epoch_part(PART_SAMPLES):
            in_parts = True
            now = time.perf_counter()
            # A frame PART_FRAME_S after the last one, once training has had as long as the
            # window took to draw that one (at least MIN_TRAIN_S): when drawing is slow (a busy
            # machine) there are fewer frames, and training still goes on at half speed or more.
            if (now - self._last_emit >= PART_FRAME_S and now - self._resumed >= max(MIN_TRAIN_S, self._drawing_s)
                    and not self.stop_event.is_set() and s.trainer.network.is_finite()):
                self._drawing_s = self._emit(True)
                waited += self._drawing_s
        return waited, in_parts

    def _emit(self, part_way: bool) -> float:
        """Send a frame of the present state and the epochs since the last one, then wait until
        the window has drawn it (see the module docstring). Returns the seconds emitting and
        waiting took."""
        s = self.session
        now = time.perf_counter()
        self.drawn.clear()
        options = self.options
        if options.maps:
            if now - self._maps_at < MAPS_EVERY_S:
                options = replace(options, maps=False)
            else:
                self._maps_at = now
        self.frame.emit(s.frame(options, tuple(self._pending), part_way=part_way))
        self._pending = []
        self._last_emit = time.perf_counter()
        # Let the window paint without competing for the GIL (see the module docstring).
        deadline = self._last_emit + DRAW_TIMEOUT_S
        while not self.drawn.wait(0.01):
            if self.stop_event.is_set() or time.perf_counter() > deadline:
                break
        self._resumed = time.perf_counter()
        return self._resumed - now


def apply_queued_settings(session: Session, pending: queue.SimpleQueue) -> list[str]:
    """Apply every queued Settings to ``session`` in order (on the thread that owns it); the
    status texts, a refusal's one line among them."""
    texts = []
    while True:
        try:
            settings = pending.get_nowait()
        except queue.Empty:
            return texts
        try:
            texts.append(session.apply_settings(settings))
        except ValueError as exc:   # checked on the GUI thread already; say it if it still fails
            texts.append(str(exc))


class TrainingRunner(ThreadRunner):
    """Starts and stops :class:`TrainingWorker` runs; one at a time."""

    frameReady = Signal(object)
    settingsApplied = Signal(str)
    runFinished = Signal(object, str)     # (EndReason, status text)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._settings_queue: queue.SimpleQueue = queue.SimpleQueue()

    def start(self, session: Session, plan: str, options: FrameOptions, epochs_per_frame: int = 0) -> bool:
        if self.running:
            return False
        self._session = session
        self._launch(TrainingWorker(session, plan, options, epochs_per_frame, settings_queue=self._settings_queue))
        return True

    def _connect(self, worker: TrainingWorker) -> None:
        worker.frame.connect(self._on_frame)          # queued: the runner lives on the GUI thread
        worker.settingsApplied.connect(self._on_settings_applied)
        worker.finished.connect(self._on_finished)

    def _ask_to_stop(self, worker: TrainingWorker) -> None:
        worker.stop_event.set()

    def set_options(self, options: FrameOptions) -> None:
        if self._worker is not None:
            self._worker.options = options

    def set_epochs_per_frame(self, n: int) -> None:
        if self._worker is not None:
            self._worker.epochs_per_frame = n

    def apply_settings(self, settings: Settings) -> bool:
        """Queue a training-settings change for the running worker (applied between epochs, in
        order, never dropped). False when no run is under way: apply it to the session then."""
        if self._worker is None:
            return False
        self._settings_queue.put(settings)
        return True

    def _apply_leftover_settings(self) -> None:
        """After the thread has ended: what the worker had no chance to apply, on this thread."""
        if self._session is not None:
            for text in apply_queued_settings(self._session, self._settings_queue):
                self.settingsApplied.emit(text)

    def request_stop(self) -> None:
        if self._worker is not None:
            self._worker.stop_event.set()

    def frame_drawn(self) -> None:
        """The window painted the last frame: the worker may train on."""
        if self._worker is not None:
            self._worker.drawn.set()

    def stop_and_wait(self, timeout_ms: int = 10_000) -> None:
        """Stop the run and join its thread (used on close and before rebuilding). Frames the
        worker had already sent are dropped, and runFinished(STOPPED) says it is over."""
        if self._thread is None:
            return
        self._join(timeout_ms)
        self._apply_leftover_settings()
        self.runFinished.emit(EndReason.STOPPED, "")

    @Slot(object)
    def _on_frame(self, frame) -> None:
        if self._from_current_worker():
            self.frameReady.emit(frame)

    @Slot(str)
    def _on_settings_applied(self, text: str) -> None:
        if self._from_current_worker():
            self.settingsApplied.emit(text)

    @Slot(object, str)
    def _on_finished(self, reason: EndReason, text: str) -> None:
        if not self._from_current_worker():
            return
        self._join()
        self._apply_leftover_settings()
        self.runFinished.emit(reason, text)
