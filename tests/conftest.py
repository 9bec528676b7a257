"""Test-wide settings, and a guard that fails any test leaving a QThread running.

A QThread still running when Python exits aborts the process ("QThread: Destroyed while thread
is still running", exit 134) after every test has passed, so CI fails with no failing test to
look at. The guard below turns that into a failure of the test that started the thread.
"""
from __future__ import annotations

import os

# Before anything imports Qt: no screen needed, and pyqtgraph must use the binding pytest-qt uses.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
# The tests compare English texts, and the command line writes in the environment's language
# (LANGUAGE first): a German or Spanish machine runs the suite in English too.
os.environ["LANGUAGE"] = "en"

import sys  # noqa: E402
import traceback  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

UI_TESTS = Path(__file__).resolve().parent / "ui"

# Threads a test left running that could not be stopped: kept referenced so Python never
# destroys a running QThread (which would abort the whole session).
_abandoned: list = []


def _needs_guard(request: pytest.FixtureRequest) -> bool:
    """Guard tests under tests/ui, and any test once Qt is loaded; never import Qt for the rest.

    (pytest-qt imports PySide6 when it loads, so in a normal run every test is guarded; the
    guard adds no import of its own, which matters with ``-p no:pytest-qt``.)
    """
    return "PySide6" in sys.modules or UI_TESTS in Path(request.node.path).resolve().parents


def _caller() -> str:
    """Where QThread.start was called from: the innermost frame outside this file."""
    frames = [f for f in traceback.extract_stack()[:-2] if f.filename != __file__]
    f = frames[-1] if frames else None
    return f"{f.filename}:{f.lineno} in {f.name}" if f else "?"


@pytest.fixture(autouse=True)
def _fail_on_running_qthreads(request):
    """Fail the test if a QThread it started is still running when it ends (as napari does)."""
    if not _needs_guard(request):
        yield
        return
    from PySide6.QtCore import QThread

    started: list[tuple[QThread, str]] = []
    original_start = QThread.start

    def start(self, *args, **kwargs):
        started.append((self, _caller()))  # a strong reference: see _abandoned
        return original_start(self, *args, **kwargs)

    QThread.start = start  # subclasses find it through the class, so they are tracked too
    try:
        yield
    finally:
        QThread.start = original_start

    running = []
    for thread, where in started:
        try:
            if thread.isRunning():
                running.append((thread, where))
        except RuntimeError:  # the C++ object is already deleted, so the thread is gone
            pass
    if not running:
        return
    for thread, _ in running:  # stop them so the remaining tests (and the exit) survive
        thread.requestInterruption()
        thread.quit()
        if not thread.wait(2000):
            _abandoned.append(thread)
    places = "; ".join(where for _, where in running)
    pytest.fail(
        f"{len(running)} QThread(s) left running at the end of the test, started at {places}. "
        "Stop and join every thread the test starts (thread.quit(); thread.wait()).",
        pytrace=False,
    )


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request):
    """Every test with a QApplication collects garbage as the app does: on the GUI thread only
    (nnviz/ui/gui_gc.py; a collection on a worker thread crashed the suite on Debian 13)."""
    if "qapp" in request.fixturenames:  # qtbot and the window fixtures ask for it too
        from nnviz.ui.gui_gc import collect_on_gui_thread

        collect_on_gui_thread(request.getfixturevalue("qapp"))
    yield
