"""The window's process caps NumPy's BLAS threads at cores - 1 (nnviz/blas_threads.py)."""
import importlib
import os
import subprocess
import sys

from nnviz.blas_threads import BLAS_THREAD_VARIABLES, leave_a_core_for_the_window, usable_cores

PROBE = ("import os, sys; from nnviz.blas_threads import leave_a_core_for_the_window as f; "
         "{before}; print(f(), os.environ.get('OPENBLAS_NUM_THREADS'))")


def run_probe(before: str = "pass", **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    out = subprocess.run([sys.executable, "-c", PROBE.format(before=before)], env={**clean, **env},
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_caps_blas_at_all_cores_but_one_before_numpy_loads():
    expected = str(max(1, usable_cores() - 1))
    assert run_probe() == [expected, expected]


def test_leaves_the_users_choice_alone():
    assert run_probe(OPENBLAS_NUM_THREADS="3") == ["None", "3"]
    assert run_probe(OMP_NUM_THREADS="2") == ["None", "None"]


def test_too_late_once_numpy_is_loaded():
    assert run_probe(before="import numpy") == ["None", "None"]
    importlib.import_module("numpy")   # this test process: loaded now, if not before

    assert leave_a_core_for_the_window() is None


def test_the_window_command_sets_it_and_the_command_line_does_not():
    """``nnviz`` (the window) caps it before anything loads NumPy; ``nnviz lessons`` (the command
    line) keeps every core. The window itself is replaced by a stand-in that reports."""
    code = ("import os, sys, types; import nnviz.__main__ as m; "
            "fake = types.ModuleType('nnviz.ui.app'); "
            "fake.run = lambda args: print('window', os.environ.get('OPENBLAS_NUM_THREADS'), 'numpy' in sys.modules) or 0; "
            "sys.modules['nnviz.ui.app'] = fake; "
            "code = m.main(sys.argv[1:]); print('end', os.environ.get('OPENBLAS_NUM_THREADS')); sys.exit(code)")
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    clean["QT_QPA_PLATFORM"] = "offscreen"
    window = subprocess.run([sys.executable, "-c", code, "--lesson", "or-gate"], env=clean, capture_output=True, text=True)
    cap = str(max(1, usable_cores() - 1))
    assert window.returncode == 0 and window.stdout.split()[:3] == ["window", cap, "True"], window.stderr
    cli = subprocess.run([sys.executable, "-c", code, "lessons"], env=clean, capture_output=True, text=True)
    assert cli.returncode == 0 and cli.stdout.split()[-2:] == ["end", "None"], cli.stderr
