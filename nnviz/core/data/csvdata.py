"""A person's CSV file -> :class:`~nnviz.core.data.problem.Problem`, tolerant of mess, clear on refusal.

Two steps, so a window can show the table before the person picks a target:

* :mod:`nnviz.core.data.csvread`: :func:`read_table` reads the file into a :class:`Table` (a pandas
  DataFrame plus notes), within stated limits on columns, cell size and memory.
* :mod:`nnviz.core.data.csvprep`: :func:`prepare` turns a table into a Problem; :func:`encode_inputs`
  encodes one row typed in original units.

This module joins them (:func:`load_csv`) and re-exports both, so ``nnviz.core.data.csvdata`` stays
the one import for code that reads tables. Every refusal is a :class:`DataError` whose ``str()``
is one line naming the file.
"""
from __future__ import annotations

import os

from nnviz.core.data.csvprep import MAX_ABS_VALUE, MAX_CLASSES, MAX_INT_CLASSES, encode_inputs, prepare
from nnviz.core.data.csvread import Table, read_table
from nnviz.core.data.csvrows import CancelFn, LoadCancelled, ProgressFn
from nnviz.core.data.csvsniff import MAX_COLUMNS, MAX_FIELD_BYTES
from nnviz.core.data.csvtext import printable, shown
from nnviz.core.data.problem import DataError, Problem

__all__ = [
    "DataError", "LoadCancelled", "MAX_ABS_VALUE", "MAX_CLASSES", "MAX_COLUMNS", "MAX_FIELD_BYTES",
    "MAX_INT_CLASSES", "Problem", "Table", "encode_inputs", "load_csv", "prepare", "printable",
    "read_table", "shown",
]


def load_csv(
    path: str | os.PathLike,
    target: str,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
    **prepare_options,
) -> Problem:
    """:func:`read_table` then :func:`prepare` (what ``nnviz train --csv FILE --target COL`` does)."""
    table = read_table(path, progress=progress, cancel=cancel, max_bytes=max_bytes)
    return prepare(table, target, **prepare_options)
