"""Runs and steps, out of the window: the one owner of the training worker on the GUI thread.

:class:`RunController` starts a continuous run or a single step on the session through the
worker, paces it (epochs per frame), hands it the picture's options, and decides when settings
are applied: at once while paused, queued in order while a run is under way (the worker applies
them between epochs; nothing is ever dropped, see ``training_worker``). Settings edited during a
run build on :meth:`RunController.settings_in_use`, the last queued ones, so a second edit never
undoes a first one the worker has not reached yet.

It draws nothing: frames go out on :attr:`frameReady`, the end of a run on :attr:`runFinished`,
and the start and end of a continuous run on :attr:`runningChanged`. The session reports what
each command changed; the views follow those reports (``ui/sync.py``).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot

from ..core.app.frames import FrameOptions
from ..core.app.session import EndReason, Session
from ..core.engine.settings import Settings
from ..workers.training_worker import TrainingRunner
from .i18n import local, translate

# Speed slider positions: epochs per redraw; the last is "as fast as it goes".
SPEEDS = [1, 2, 5, 10, 20, 50, 100, 0]
STEP_PLANS = ("sample", "batch", "epoch")
DIVERGED_TEXT = QT_TRANSLATE_NOOP("RunController", "Training diverged: press Reset (R) to start again from the same weights.")


def speed_label(n: int) -> str:
    """The speed slider's value as shown beside it."""
    return translate("RunController", "max") if n == 0 else translate("RunController", "{0}/frame").format(n)


class RunController(QObject):
    frameReady = Signal(object)           # Frame
    runFinished = Signal(object, str)     # (EndReason, status text)
    settingsApplied = Signal(str)         # status text of a settings change applied during a run
    runningChanged = Signal(bool)         # a continuous run started (True) or ended (False)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.options = FrameOptions()
        self.epochs_per_frame = 0
        self.continuous = False           # a continuous run (not a single step) is under way
        self._queued: Settings | None = None   # the last settings queued for the running worker
        self._runner = TrainingRunner(self)
        self._runner.frameReady.connect(self.frameReady)
        self._runner.settingsApplied.connect(self._on_settings_applied)
        self._runner.runFinished.connect(self._on_finished)

    @property
    def running(self) -> bool:
        return self._runner.running

    def thread_alive(self) -> bool:
        """True while the worker's thread is really running."""
        return self._runner.thread_alive()

    # --- what a run draws and how fast -----------------------------------------------------------
    def set_options(self, options: FrameOptions) -> None:
        """The picture's options from now on (a run under way picks them up between epochs)."""
        self.options = options
        self._runner.set_options(options)

    def set_speed(self, epochs_per_frame: int) -> None:
        self.epochs_per_frame = int(epochs_per_frame)
        self._runner.set_epochs_per_frame(self.epochs_per_frame)

    def frame_drawn(self) -> None:
        """The window painted the last frame: the worker may train on."""
        self._runner.frame_drawn()

    # --- starting and stopping -------------------------------------------------------------------
    def start(self, plan: str) -> str:
        """Start ``plan``: "run", or one step ("sample", "batch", "epoch"). Returns "" when it
        started, else the one line that says why not."""
        if plan != "run" and plan not in STEP_PLANS:
            raise ValueError(f"unknown plan {plan!r}")
        if self.running:
            return "" if plan == "run" else translate("RunController", "Pause first to step one at a time.")
        if not self.session.loaded:
            return translate("RunController", "Nothing is loaded yet.")
        if self.session.diverged:
            return translate("RunController", DIVERGED_TEXT)
        self.session.begin_training()   # from a past point: the later states go (Ctrl+Z)
        self._runner.start(self.session, plan, self.options, self.epochs_per_frame)
        if plan == "run":
            self.continuous = True
            self.runningChanged.emit(True)
        return ""

    def play(self) -> str:
        """A continuous run; at the "Stop at" limit it first moves the limit on. Returns the
        status text."""
        if self.running or not self.session.loaded:
            return ""
        if self.session.diverged:
            return translate("RunController", DIVERGED_TEXT)
        note = ""
        epoch, limit = self.session.epoch, self.session.settings.config.epochs
        if epoch >= limit:
            target = epoch + max(100, limit)
            self.change_settings(self.stop_settings(epochs=target))
            note = translate("RunController", "Reached the limit: training on to {0} epochs.").format(local(f"{target:,}"))
        refused = self.start("run")
        return refused or note

    def pause(self) -> None:
        self._runner.request_stop()

    def stop_and_wait(self) -> None:
        """Stop a run and join its thread; queued settings are applied first. Frames the worker
        had sent are dropped, and runFinished(STOPPED) says it is over."""
        self._runner.stop_and_wait()

    # --- settings ----------------------------------------------------------------------------------
    def settings_in_use(self) -> Settings:
        """The settings training uses once every queued edit is applied (the session's when
        nothing is queued). Edits build on these."""
        return (self._queued or self.session.settings).copy()

    def stop_settings(self, **changes) -> Settings:
        """The settings in use with new stop conditions (``epochs``, ``target_loss``)."""
        s = self.settings_in_use()
        s.config = replace(s.config, **changes)
        return s

    def change_settings(self, settings: Settings) -> str:
        """Use ``settings``. A training change during a run is checked now and queued for the
        worker; a network change stops the run and rebuilds. Raises ValueError (one line) for
        settings that cannot train, changing nothing. Returns the status text ("" when queued
        or when nothing changed)."""
        session = self.session
        structural = bool(session.settings.structural_changes(settings))
        if self.running and not structural:
            session.check_settings(settings)      # refuse on the spot what cannot train
            self._queued = settings.copy()
            self._runner.apply_settings(self._queued)
            return ""
        self.stop_and_wait()
        return session.apply_settings(settings)

    # --- relays --------------------------------------------------------------------------------------
    @Slot(str)
    def _on_settings_applied(self, text: str) -> None:
        self.settingsApplied.emit(text)

    @Slot(object, str)
    def _on_finished(self, reason: EndReason, text: str) -> None:
        self._queued = None               # the runner applied every queued edit before this
        if self.continuous:
            self.continuous = False
            self.runningChanged.emit(False)
        self.runFinished.emit(reason, text)


__all__ = ["DIVERGED_TEXT", "RunController", "SPEEDS", "speed_label"]
