"""Reading and preparing a CSV file off the GUI thread.

:class:`CsvWorker` runs one job — :func:`read_job` (``read_table``) or :func:`prepare_job`
(``prepare``) — on a daemon Python thread and ends with exactly one outcome; it never lets an
exception escape: a :class:`DataError` becomes its one-line message, anything unexpected becomes
"could not read FILE: …".

The job's thread never calls into Qt: no signal emitted, no Qt object touched, created or
released there. It puts its progress and its outcome on a plain thread-safe queue, and
:class:`CsvRunner`, on the GUI thread, drains that queue on a timer while a job runs, joins the
thread once the outcome is in and relays it (``done`` / ``failed`` / ``cancelled``) from the GUI
thread. Emitting a Qt signal from a thread Qt did not start makes Qt adopt that thread and lets
the emit run on a QObject the GUI thread may be destroying at that moment (a window closed, a
panel collected); an abandoned read outlives its panel, so that race is real. A queue has none.

Why a daemon thread and not a QThread: a read checks its cancel flag between blocks, but one
pandas call (or ``prepare`` on a million rows) cannot be interrupted. Closing the window must
return within a second (:data:`STOP_WAIT_S`) whatever the file, so a job that does not stop in
time is abandoned: it finishes unseen (nobody reads its queue again) and its result is dropped.
A QThread still running at exit aborts the process ("QThread: Destroyed while thread is still
running"); a daemon thread does not.
"""
from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..core.data.csvdata import LoadCancelled, prepare, read_table
from ..core.data.problem import DataError
from ..core.text import one_line as text_one_line

translate = QCoreApplication.translate   # the name pyside6-lupdate looks for; thread-safe

# job(progress, cancel) -> result; progress(fraction 0..1), cancel() -> True when asked to stop.
Job = Callable[[Callable[[float], None], Callable[[], bool]], Any]

MAX_MESSAGE = 300  # characters of an unexpected error's text shown to a person
STOP_WAIT_S = 0.5  # how long stop_and_wait waits for a job before abandoning it
POLL_MS = 15       # how often the GUI thread looks at a running job's reports


def read_job(path: str | Path) -> Job:
    """A job reading ``path`` into a :class:`~nnviz.core.data.csvdata.Table`."""
    return lambda progress, cancel: read_table(path, progress=progress, cancel=cancel)


def prepare_job(table, target: str, **options) -> Job:
    """A job turning ``table`` into a :class:`~nnviz.core.data.problem.Problem` (``prepare`` options)."""
    return lambda progress, cancel: prepare(table, target, **options)


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` on one line, at most ``limit`` characters (the CSV messages' cap by default)."""
    return text_one_line(text, limit)


class CsvWorker:
    """One job on its own thread. It reports by putting ``(job id, kind, values…)`` on its
    ``outbox``, a plain thread-safe queue the runner drains on the GUI thread: the job's thread
    never calls into Qt."""

    def __init__(self, job_id: int, job: Job, name: str) -> None:
        self.job_id = job_id
        self.job = job
        self.name = name                     # the file name used in unexpected-error messages
        self.cancel_event = threading.Event()
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()

    def run(self) -> None:
        outcome, payload = "failed", translate("CsvWorker", "could not read {0}: unknown error").format(self.name)
        try:
            result = self.job(self._progress, self.cancel_event.is_set)
        except LoadCancelled:
            outcome, payload = "cancelled", None
        except DataError as exc:
            outcome, payload = "failed", one_line(str(exc))
        except MemoryError:
            outcome, payload = "failed", translate("CsvWorker", "{0}: not enough memory for this file; use a sample of it.").format(self.name)
        except Exception as exc:  # never a traceback, never an exception dying in a thread
            detail = one_line(str(exc)) or type(exc).__name__
            outcome, payload = "failed", one_line(translate("CsvWorker", "could not read {0}: {1}").format(self.name, detail))
        else:
            # Cancel pressed while the last block was being parsed still counts as a cancel.
            outcome, payload = ("cancelled", None) if self.cancel_event.is_set() else ("done", result)
        self.outbox.put(("finished", outcome, payload))

    def _progress(self, fraction: float) -> None:
        self.outbox.put(("progress", float(fraction)))


class CsvRunner(QObject):
    """Runs one :class:`CsvWorker` job at a time on a daemon thread; ``kind`` is a caller's label
    ("read", "prepare")."""

    progress = Signal(float)
    done = Signal(str, object)        # (kind, Table or Problem)
    failed = Signal(str, str)         # (kind, one-line message)
    cancelled = Signal(str)           # (kind)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._worker: CsvWorker | None = None
        self._kind = ""
        self._job_id = 0
        # Drains the running job's outbox on the GUI thread while a job runs.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._drain)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def kind(self) -> str:
        """The label of the running job, "" when idle."""
        return self._kind if self.running else ""

    def start(self, kind: str, job: Job, name: str) -> None:
        """Run ``job`` on a new thread; a job still running is stopped and joined first."""
        self.stop_and_wait()
        self._job_id += 1
        worker = CsvWorker(self._job_id, job, name)
        thread = threading.Thread(target=worker.run, name=f"nnviz-csv-{self._job_id}", daemon=True)
        self._thread, self._worker, self._kind = thread, worker, kind
        thread.start()
        self._poll.start()

    def cancel(self) -> None:
        """Ask the running job to stop; ``cancelled`` follows once its thread has ended."""
        if self._worker is not None:
            self._worker.cancel_event.set()

    def stop_and_wait(self, timeout: float = STOP_WAIT_S) -> bool:
        """Stop the running job and join its thread for at most ``timeout`` seconds; its result,
        if any, is dropped. Returns False when the job was abandoned still running (a read
        stops within one block of about 4 MB; a pandas call or ``prepare`` cannot be stopped)."""
        if self._thread is None:
            return True
        self._worker.cancel_event.set()   # its outbox is never read again: its results are dropped
        self._thread.join(timeout)
        stopped = not self._thread.is_alive()
        self._cleanup()
        return stopped

    @Slot()
    def _drain(self) -> None:
        """Relay what the running job reported since the last look: the latest progress, then
        its outcome once it has ended."""
        worker = self._worker
        if worker is None:
            self._poll.stop()
            return
        fraction = None
        while True:
            try:
                item = worker.outbox.get_nowait()
            except queue.Empty:
                break
            if item[0] == "progress":
                fraction = item[1]
                continue
            if fraction is not None:
                self.progress.emit(fraction)
            if self._worker is worker:     # a progress listener may have stopped it
                self._on_finished(item[1], item[2])
            return
        if fraction is not None:
            self.progress.emit(fraction)

    def _on_finished(self, outcome: str, payload: object) -> None:
        kind = self._kind
        if self._thread is not None:
            self._thread.join(STOP_WAIT_S)  # it has reported its outcome: ending now
        self._cleanup()
        if outcome == "done":
            self.done.emit(kind, payload)
        elif outcome == "cancelled":
            self.cancelled.emit(kind)
        else:
            self.failed.emit(kind, str(payload))

    def _cleanup(self) -> None:
        self._poll.stop()
        self._thread = self._worker = None
