"""The conftest guard fails a test that leaves a QThread running, and only that test.

Each case runs pytest in a subprocess on a throwaway test file next to a copy of our conftest,
so the failing case cannot disturb this session.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"

THREAD_TESTS = '''
from PySide6.QtCore import QThread


class Spinner(QThread):
    def run(self):
        while not self.isInterruptionRequested():
            self.msleep(5)


def test_leaves_thread_running():
    Spinner().start()  # never stopped: the guard must fail this test


def test_joins_its_thread():
    t = Spinner()
    t.start()
    t.requestInterruption()
    t.quit()
    assert t.wait(5000)
'''


def run_pytest(tmp_path: Path, sub: str, source: str, *args: str) -> subprocess.CompletedProcess:
    """Run pytest on ``source`` saved as tests/<sub>/test_case.py beside a copy of our conftest."""
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / sub).mkdir()
    (tmp_path / sub / "test_case.py").write_text(textwrap.dedent(source))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTEST_QT_API="pyside6")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_guard_fails_a_test_that_leaves_a_thread_running(tmp_path):
    r = run_pytest(tmp_path, "ui", THREAD_TESTS, "-k", "leaves")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "QThread(s) left running" in out and "test_case.py" in out, out
    assert "1 passed" in out and "1 error" in out, out  # the body passed; its teardown failed
    assert "Destroyed while thread" not in out  # the guard stopped it, so no abort at exit


def test_guard_passes_a_test_that_joins_its_thread(tmp_path):
    r = run_pytest(tmp_path, "ui", THREAD_TESTS, "-k", "joins")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 passed" in r.stdout


def test_guard_does_not_import_qt_for_core_tests(tmp_path):
    # pytest-qt itself imports PySide6 when it loads, so leave it out to see what the guard does.
    source = '''
    import sys

    def test_no_qt():
        assert "PySide6" not in sys.modules
    '''
    r = run_pytest(tmp_path, "core", source, "-p", "no:pytest-qt")
    assert r.returncode == 0, r.stdout + r.stderr
