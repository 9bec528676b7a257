"""What every worker run shares: a :class:`ThreadRunner` owns one QThread and one worker at a
time, on the GUI thread.

The pattern is the one Qt's QThread documentation recommends: a worker ``QObject`` moved to a
``QThread``, ``thread.started → worker.run``; the worker ends with one ``finished`` signal and
never touches a widget. The runner lives on the GUI thread, so the worker's signals reach it
queued; it relays them from a main-thread object (qtbot can wait on those), joins the thread as
soon as the run is over, and drops signals a stopped worker had already queued.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QThread


def delete_later(*objects: QObject | None) -> None:
    """Hand a finished run's worker and thread to Qt for deletion (never ``del`` a QThread
    from Python: a running one aborts the process)."""
    for obj in objects:
        if obj is not None:
            obj.deleteLater()


class ThreadRunner(QObject):
    """Runs one worker at a time. Subclasses connect the worker's own signals in
    :meth:`_connect`, say how to stop it in :meth:`_ask_to_stop`, drop signals that are not
    :meth:`_from_current_worker`, and call :meth:`_join` from their ``finished`` handler."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: QObject | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def thread_alive(self) -> bool:
        """True while the worker's thread is really running (not only handed a worker)."""
        return self._thread is not None and self._thread.isRunning()

    def _launch(self, worker: QObject) -> None:
        """Move ``worker`` to a new thread and start it (its ``run`` slot)."""
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        self._connect(worker)
        worker.finished.connect(thread.quit)
        self._thread, self._worker = thread, worker
        thread.start()

    def _connect(self, worker: QObject) -> None:
        raise NotImplementedError

    def _ask_to_stop(self, worker: QObject) -> None:
        """Tell a running worker to stop at its next check (a flag, never a queued call)."""
        raise NotImplementedError

    def _from_current_worker(self) -> bool:
        """Signals already queued by a worker that was since stopped must not reach the
        window: they carry stale numbers."""
        return self._worker is not None and self.sender() is self._worker

    def _join(self, timeout_ms: int | None = None) -> None:
        """Stop the worker, wait for its thread and let Qt delete both."""
        if self._thread is None:
            return
        self._ask_to_stop(self._worker)
        self._thread.quit()
        if timeout_ms is None:
            self._thread.wait()
        else:
            self._thread.wait(timeout_ms)
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        delete_later(worker, thread)
