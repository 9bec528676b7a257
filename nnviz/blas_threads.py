"""The window's process leaves one CPU core to the window.

NumPy's BLAS (OpenBLAS in most wheels, Accelerate on macOS, MKL in some distributions) splits
a large matrix product over every core and keeps its threads spinning between products. On a
large network the trainer's thread then takes every core of a small laptop, and each redraw of
the window waits for a core. A core left free keeps the window smooth, at the price of slower
training (the benches measure both). So the window, and only the window (the command line
trains with every core), starts NumPy with at most ``cores - 1`` BLAS threads, unless the user
set the count themselves.

This has to happen before NumPy is first imported: BLAS reads the variables once, when it loads.
No imports here but the standard library's.
"""
from __future__ import annotations

import os
import sys

# OpenBLAS (the wheels on Linux and Windows), MKL, OpenMP builds, Apple Accelerate (macOS wheels).
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")


def usable_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit included)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):   # macOS and Windows have no sched_getaffinity
        return os.cpu_count() or 1


def leave_a_core_for_the_window() -> int | None:
    """Cap BLAS at ``cores - 1`` threads (at least 1) for this process. Returns the cap, or
    None when it was left alone: NumPy already loaded (too late to change), or the user set
    one of :data:`BLAS_THREAD_VARIABLES`."""
    if "numpy" in sys.modules or any(os.environ.get(v) for v in BLAS_THREAD_VARIABLES):
        return None
    threads = max(1, usable_cores() - 1)
    for variable in BLAS_THREAD_VARIABLES:
        os.environ[variable] = str(threads)
    return threads
