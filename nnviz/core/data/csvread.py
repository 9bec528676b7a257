"""Reading a person's CSV file into a :class:`Table`: tolerant of mess, bounded, clear on refusal.

:func:`read_table` guesses the encoding (UTF-8, else latin-1; UTF-16/32 by their byte-order mark
or their zero bytes) and the separator, reads in blocks with a progress callback and a cancel
check, refuses files that are not CSV tables (binary, HTML, spreadsheets, ragged rows, too big for
memory) and tidies what it can (duplicate names, infinities, stray spaces, blank lines, lone CR
line endings). The steps live in their own modules: :mod:`nnviz.core.data.csvsniff` checks the raw
bytes and finds the layout, :mod:`nnviz.core.data.csvrows` parses the rows, :mod:`nnviz.core.data.csvkinds`
decides each column's kind. Preparing a table for a network is :mod:`nnviz.core.data.csvprep`.

Limits, checked before the expensive work (the header is counted before any row is parsed, each
block is scanned before pandas parses it):

* at most :data:`~nnviz.core.data.csvsniff.MAX_COLUMNS` columns;
* at most :data:`~nnviz.core.data.csvsniff.MAX_FIELD_BYTES` bytes in one cell or column name;
* an estimate of the memory the table will take, measured on the file's first rows, must fit
  in the memory available.

Every refusal is a :class:`~nnviz.core.data.problem.DataError` whose ``str()`` is one line naming the
file. Rows are numbered as lines of the file, like a text editor: the header is row 1 (blank lines
count too). Names holding line breaks or control characters are kept escaped (``a\\nb``) so that
they print on one line everywhere.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from nnviz.core.data.csvkinds import tidy
from nnviz.core.data.csvrows import (
    CancelFn,
    ProgressFn,
    check_memory_estimate,
    read_any_encoding,
    read_errors,
)
from nnviz.core.data.csvsniff import (
    SAMPLE_BYTES,
    available_memory,
    check_file,
    decode_wide,
    find_layout,
    header_names,
)
from nnviz.core.data.csvtext import note
from nnviz.core.data.problem import DataError
from nnviz.core.text import READ, Note
from nnviz.core.tr import QT_TRANSLATE_NOOP, translate


@dataclass
class Table:
    """A CSV file read into memory. ``column_kinds[col]`` is "numeric" or "text"; ``hints[col]``
    says, for a text column that holds numbers in a form nnviz does not read (12%, $5, 1,234,
    dates, hex), what it holds and how to fix it. ``notes`` say what was done while reading, and
    a hint is a note too: each written out in the language of the moment (``str(note)``)."""

    frame: pd.DataFrame
    path: Path | None = None
    encoding: str = "utf-8"
    separator: str = ","
    notes: list[Note] = field(default_factory=list)
    column_kinds: dict[str, str] = field(default_factory=dict)
    hints: dict[str, Note] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The file name used in messages."""
        return self.path.name if self.path is not None else "table"

    @property
    def text_columns(self) -> list[str]:
        return [c for c, k in self.column_kinds.items() if k == "text"]


def read_table(
    path: str | os.PathLike,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    max_bytes: int | None = None,
) -> Table:
    """Read a CSV file into a :class:`Table`; see the module docstring.

    ``progress(fraction)`` is called after each block of about 4 MB (and with 0.0 and 1.0);
    ``cancel()`` returning True raises :class:`LoadCancelled`. ``max_bytes`` overrides the
    memory available (default: MemAvailable) when judging whether the file fits.
    Raises only :class:`DataError` and :class:`LoadCancelled`.
    """
    path = Path(path)
    name = path.name or str(path)
    with read_errors(name, sample_advice=True):
        return _read_table(path, progress, cancel, max_bytes)


def _read_table(path: Path, progress, cancel, max_bytes) -> Table:
    budget = max_bytes if max_bytes is not None else available_memory()
    size = check_file(path, budget)
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE_BYTES)
        source, size, notes, encoding = decode_wide(fh, head, size, path)
        layout = find_layout(source, size, path.name, notes, encoding)
        names, n_fields, name_notes = header_names(layout, path.name)
        check_memory_estimate(layout, names, path.name, budget)
        if progress:
            progress(0.0)
        frame, encoding, enc_notes = read_any_encoding(layout, names, n_fields, path.name, progress, cancel)
        encoding = layout.encoding or encoding
    if len(frame) == 0:
        raise DataError(translate("Csv", "{0}: the file has a header but no data rows.").format(path.name))
    frame, kinds, hints, tidy_notes = tidy(frame, layout.separator)
    notes = enc_notes + layout.notes + name_notes + tidy_notes
    n_num = sum(k == "numeric" for k in kinds.values())
    notes.append(note(QT_TRANSLATE_NOOP("Csv", "Read {0} rows × {1} columns ({2} numeric, {3} text)."),
                      len(frame), frame.shape[1], n_num, frame.shape[1] - n_num, kind=READ))
    if progress:
        progress(1.0)
    return Table(frame, path, encoding, layout.separator, notes, kinds, hints)
