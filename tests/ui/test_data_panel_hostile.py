"""Hostile files through the Data panel's loader (the worker thread, as the window uses it), and
closing while a read is stuck (issue 13).

Each file ends as a table in the preview and then a problem, or as one red line; never the
catch-all "could not read FILE: <Python text>" that an unexpected exception becomes.
"""
from __future__ import annotations

import gc
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from nnviz.ui.data_panel import DataPanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hostile_csv import make_cases  # noqa: E402

TIMEOUT = 15_000
FUZZ_SEED = 7
FUZZ_FILES = 46  # two of each kind


@pytest.fixture
def panel(qtbot, tmp_path):
    p = DataPanel(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(p)
    p.resize(330, 900)
    p.show()
    yield p
    p.shutdown()


def test_fuzz_hostile_files_through_the_panel(qtbot, panel, tmp_path):
    bad = []
    for i, case in enumerate(make_cases(FUZZ_SEED, FUZZ_FILES)):
        path = tmp_path / f"h{i}{case.suffix}"
        path.write_bytes(case.data)
        with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT) as read:
            panel.open_file(str(path))
        text = panel.error_text()
        if read.args[0] == "refused":
            if "\n" in text or not text.startswith(f"{path.name}: "):
                bad.append((i, case.kind, "read", text[:200]))
            continue
        assert read.args[0] == "loaded", (i, case.kind, read.args)
        columns = [panel.target_combo.itemData(k) for k in range(panel.target_combo.count())]
        panel.set_choices(target=case.target if case.target in columns else columns[-1])
        if "split" in case.options:
            panel.set_choices(split=tuple(max(0, min(100, round(v))) for v in case.options["split"]))
        with qtbot.waitSignal(panel.prepareFinished, timeout=TIMEOUT) as prepared:
            qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
        text = panel.error_text()
        if not prepared.args[0] and ("\n" in text or text.startswith("could not read") or not text):
            bad.append((i, case.kind, "prepare", text[:200]))
    assert not bad, bad


def test_closing_during_a_stuck_read_returns_within_a_second(qtbot, panel, tmp_path, monkeypatch):
    """One pandas call cannot be interrupted; closing the window must not wait for it."""
    import nnviz.workers.csv_worker as csv_worker

    release = threading.Event()
    started = threading.Event()

    def stuck(path, **kwargs):
        started.set()
        release.wait(30)  # ignores the cancel flag, like a long pandas call
        raise csv_worker.LoadCancelled()

    monkeypatch.setattr(csv_worker, "read_table", stuck)
    outcomes = []
    panel.loadFinished.connect(outcomes.append)
    panel.open_file(str(tmp_path / "slow.csv"))
    assert started.wait(5)
    job = panel._runner._thread
    t0 = time.perf_counter()
    panel.shutdown()
    assert time.perf_counter() - t0 < 1.0
    assert not panel.is_loading()
    assert job.is_alive()  # abandoned, not joined
    release.set()  # the abandoned job ends now; its outcome is dropped
    job.join(5)
    QApplication.processEvents()  # deliver what it emitted, if anything
    assert outcomes == [] and not job.is_alive()


def _qt_calls_on_csv_threads(monkeypatch) -> list[str]:
    """A list that fills with every call into Qt (PySide6 or shiboken) made on a CSV job's
    thread: a profile hook, set on that thread alone, sees each C function it calls."""
    import nnviz.workers.csv_worker as csv_worker

    calls: list[str] = []

    def profile(frame, event, arg):
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = getattr(arg, "__module__", None) or type(owner).__module__ or ""
            if module.startswith(("PySide6", "shiboken6")) or "Signal" in type(owner).__name__:
                calls.append(f"{module}.{getattr(arg, '__qualname__', arg)}")

    run = csv_worker.CsvWorker.run

    def profiled_run(self):
        sys.setprofile(profile)
        try:
            run(self)
        finally:
            sys.setprofile(None)

    monkeypatch.setattr(csv_worker.CsvWorker, "run", profiled_run)
    return calls


def test_the_reading_thread_never_calls_into_qt(qtbot, panel, tmp_path, monkeypatch):
    """Qt objects belong to the GUI thread: a job's thread that emits a signal makes Qt adopt it,
    and its emit can run on a QObject the GUI thread is deleting (a crash seen once in four runs
    on Debian 13). The job reports through a plain queue instead; this pins it."""
    calls = _qt_calls_on_csv_threads(monkeypatch)
    path = tmp_path / "rows.csv"
    path.write_text("a,b,y\n" + "".join(f"{i},{i % 7},{i % 2}\n" for i in range(20_000)))
    with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT) as read:
        panel.open_file(str(path))
    assert read.args == ["loaded"]
    panel.set_choices(target="y")
    with qtbot.waitSignal(panel.prepareFinished, timeout=TIMEOUT) as prepared:
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert prepared.args[0]
    assert calls == []


def test_reads_survive_the_collector_running_on_every_thread(qtbot, panel, tmp_path):
    """The collector forced in a loop during reads and prepares, on the GUI thread (a timer) and
    on a thread of its own, while panels holding finished and abandoned jobs are deleted: every
    read still ends in one outcome, and nothing crashes."""
    path = tmp_path / "rows.csv"
    path.write_text("a,b,y\n" + "".join(f"{i},{i % 5},{i % 3}\n" for i in range(30_000)))
    stop = threading.Event()

    def collect_forever():
        while not stop.is_set():
            gc.collect()

    collector = threading.Thread(target=collect_forever, name="test-gc", daemon=True)
    # What the suite made before is set aside (gc.freeze): each collection then walks only what
    # this test makes, the readers, jobs and panels it is about, and stays fast late in a full
    # run, where a collection over the whole heap took long enough to stall the test for minutes.
    gc.freeze()
    gui_collector = QTimer()
    gui_collector.setInterval(0)
    gui_collector.timeout.connect(gc.collect)
    collector.start()
    gui_collector.start()
    try:
        for i in range(6):
            with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT) as read:
                panel.open_file(str(path))
            assert read.args == ["loaded"], i
            panel.set_choices(target="y")
            with qtbot.waitSignal(panel.prepareFinished, timeout=TIMEOUT) as prepared:
                qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
            assert prepared.args[0], i
            # A panel left mid-read: its job is abandoned and outlives the panel, which is deleted.
            other = DataPanel(settings=QSettings(str(tmp_path / f"s{i}.ini"), QSettings.Format.IniFormat))
            other.open_file(str(path))
            other.shutdown()
            other.deleteLater()
            del other
            QApplication.processEvents()
    finally:
        gui_collector.stop()
        stop.set()
        collector.join(10)
        gc.unfreeze()
    assert not collector.is_alive()
