"""Parsing a CSV file's rows into a pandas DataFrame, block by block, once
:mod:`nnviz.core.data.csvsniff` has found the layout.

Before any row is read, :func:`check_memory_estimate` refuses a table that would not fit in
memory. Each block of :data:`BLOCK_BYTES` is scanned before pandas parses it, so a row with more
or fewer fields than the header, a cell over the limit or a quote never closed is refused with its
row number. The rows are read as UTF-8, and read again as latin-1 when a byte is not valid UTF-8;
progress is reported, and cancelling checked, once per block.
"""
from __future__ import annotations

import io
import re
import warnings
from contextlib import contextmanager
from typing import Callable, Iterator

import numpy as np
import pandas as pd

from nnviz.core.data.csvsniff import (
    MAX_FIELD_BYTES,
    MEMORY_FACTOR,
    SAMPLE_BYTES,
    Layout,
    RecordScan,
    column_names,
    human_bytes,
    line_of,
    scan_records,
    split_record,
)
from nnviz.core.data.csvtext import note
from nnviz.core.data.problem import DataError
from nnviz.core.text import local
from nnviz.core.tr import QT_TRANSLATE_NOOP, translate

# A cell is missing when, without its surrounding spaces, it is one of these: pandas' own default
# list written out (so that no pandas version reads a file differently from another), plus "?".
# The parse uses them with ``keep_default_na=False``; csvkinds applies them again to stripped text.
MISSING_CELLS = (
    "", "NA", "N/A", "n/a", "#N/A", "#N/A N/A", "#NA", "<NA>", "NaN", "-NaN", "nan", "-nan",
    "NULL", "null", "None", "1.#IND", "-1.#IND", "1.#QNAN", "-1.#QNAN", "?",
)
# pandas 2 parses some decimals one unit in the last place away from Python's float() ("6e30")
# unless asked for "round_trip"; pandas 3 always rounds correctly and deprecates the option.
EXACT_FLOATS = {"float_precision": "round_trip"} if int(pd.__version__.split(".")[0]) < 3 else {}
BLOCK_BYTES = 4 << 20  # read size per progress step (and per cancel check)
PEAK_COPIES = 3.0  # blocks, their concatenation and the tidied copy live at once at the peak
COLUMN_BYTES = 64 << 10  # pandas' own cost per column (index, block manager, per-block copies)

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class LoadCancelled(Exception):
    """Raised by :func:`~nnviz.core.data.csvread.read_table` when its ``cancel()`` callback returns True."""


def check_memory_estimate(layout: Layout, names: list[str], name: str, budget: int | None) -> None:
    """Refuse before reading when the table, as pandas will hold it, would not fit in memory.

    The estimate parses the first rows (up to 64 KB) and scales what pandas takes for them to
    the whole file; text cells cost far more than their bytes (a Python string each)."""
    if budget is None:
        return
    src = layout.source
    src.seek(layout.data_start)
    head = src.read(SAMPLE_BYTES)
    cut = head.rfind(b"\n") + 1
    sample = head[:cut] if cut and layout.data_start + len(head) < layout.size else head
    per_byte = 1.0
    if sample.strip():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frame = pd.read_csv(io.BytesIO(sample), sep=layout.separator, header=None, names=names,
                                    index_col=False, encoding="latin-1", keep_default_na=False,
                                    na_values=list(MISSING_CELLS))
            per_byte = float(frame.memory_usage(deep=True, index=False).sum()) / len(sample)
        except (pd.errors.ParserError, ValueError, UnicodeError):
            pass  # the real read names the bad row
    data_bytes = layout.size - layout.data_start
    need = max(MEMORY_FACTOR * layout.size, PEAK_COPIES * per_byte * data_bytes) + COLUMN_BYTES * len(names)
    if need > budget:
        raise DataError(translate(
            "Csv", "{0}: this table needs about {1} of memory once read, more than the {2} available; use a sample "
            "of it.").format(name, human_bytes(need), human_bytes(budget)))


# --- reading the rows ------------------------------------------------------------------------
class NotUtf8(Exception):
    """A block holds a byte that is not valid UTF-8: read again as latin-1."""


def read_any_encoding(
    layout: Layout, names: list[str], n_fields: int, name: str, progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> tuple[pd.DataFrame, str, list]:
    """Read as UTF-8; if any byte is not valid UTF-8, start again as latin-1."""
    for encoding in ("utf-8", "latin-1"):
        try:
            if layout.header is not None:
                _check_encoding(layout.header, encoding)
            frame = _read_rows(layout, encoding, names, n_fields, name, progress, cancel)
        except NotUtf8:
            continue
        notes = []
        if encoding != "utf-8":
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Read as latin-1 (not valid UTF-8).")))
            if layout.header is not None:  # names decoded as UTF-8 with replacements: redo them
                frame.columns = latin1_names(layout, name)
        return frame, encoding, notes
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def latin1_names(layout: Layout, name: str) -> list[str]:
    """The header's column names decoded as latin-1 (the names found first decode it as UTF-8)."""
    raw = layout.header.decode("latin-1")
    fields = split_record(raw.encode("utf-8"), layout.separator, name, layout.first_row - 1)
    return column_names(fields, [])


def check_encoding(block: bytes, encoding: str) -> None:
    """Raise :class:`NotUtf8` when ``encoding`` is UTF-8 and ``block`` is not valid UTF-8."""
    _check_encoding(block, encoding)


def _read_rows(
    layout: Layout,
    encoding: str,
    names: list[str],
    n_fields: int,
    name: str,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> pd.DataFrame:
    """Parse the data lines block by block into one DataFrame (columns not yet tidied)."""
    frames = list(iter_blocks(layout, encoding, names, n_fields, name, progress, cancel))
    if not frames:
        return pd.DataFrame(columns=names)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def iter_blocks(
    layout: Layout,
    encoding: str,
    names: list[str],
    n_fields: int,
    name: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    block_bytes: int | None = None,
) -> Iterator[pd.DataFrame]:
    """The data lines parsed block by block (about ``block_bytes``, default :data:`BLOCK_BYTES`,
    each), one DataFrame per block, columns not yet tidied: what a reader that never holds the
    whole table (``nnviz predict``) walks through. Raises :class:`NotUtf8` as soon as a block is
    not valid UTF-8 when ``encoding`` is UTF-8."""
    src = layout.source
    src.seek(layout.data_start)
    pending, row = b"", layout.first_row
    sep = layout.separator
    lone_crs = 0
    while True:
        if cancel is not None and cancel():
            raise LoadCancelled()
        chunk = src.read(block_bytes or BLOCK_BYTES)
        eof = not chunk
        data = pending + chunk
        if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
            data, fixed = _fix_lone_crs(data, eof)
            lone_crs += fixed
        scan = scan_records(data, sep)
        if eof:
            block, pending = data, b""
            if scan.open_quote >= 0:
                at = row + line_of(block, scan.open_quote)
                raise DataError(translate(
                    "Csv", "{0}: a quote (\") opened in row {1} is never closed; close it or remove it.").format(
                    name, at))
        else:
            cut = scan.last_end
            if cut == 0:  # no complete record yet: one record longer than a block
                _check_scan(scan, data, sep, n_fields, row, name, partial=True)
                pending = data
                continue
            block, pending = data[:cut], data[cut:]
            scan = scan.head(scan.complete)
        if block.strip():
            _check_scan(scan, block, sep, n_fields, row, name, partial=False)
            _check_encoding(block, encoding)
            yield _parse_block(block, sep, encoding, names, row, name)
        row += block.count(b"\n")
        if progress is not None and not eof:
            progress(min(1.0, src.tell() / max(1, layout.size)))
        if eof:
            break
    if lone_crs:
        if lone_crs == 1:
            layout.notes.append(note(QT_TRANSLATE_NOOP("Csv", "Read 1 lone carriage return (CR) as line breaks.")))
        else:
            layout.notes.append(note(QT_TRANSLATE_NOOP("Csv", "Read {0} lone carriage returns (CR) as line breaks."),
                                     lone_crs))


def _fix_lone_crs(data: bytes, eof: bool) -> tuple[bytes, int]:
    """Lone CRs (not followed by LF) become LF, as pandas splits lines there anyway; a CR at
    the very end of a block is left for the next block to decide. Returns (data, how many)."""
    keep_last = not eof and data.endswith(b"\r")
    body, n = _LONE_CR.subn(b"\n", data[:-1] if keep_last else data)
    return body + (b"\r" if keep_last else b""), n


_LONE_CR = re.compile(rb"\r(?!\n)")


def _check_scan(scan: RecordScan, block: bytes, sep: str, n_fields: int, first_row: int, name: str,
                partial: bool) -> None:
    """Refuse a cell over the limit, or a row with more or fewer fields than the header."""
    if scan.longest > MAX_FIELD_BYTES:
        row = first_row + line_of(block, scan.longest_at)
        if block[scan.longest_at : scan.longest_at + 1] == b'"':
            raise DataError(translate(
                "Csv", "{0}: a quote (\") opened in row {1} is not closed within {2} KB, the most nnviz reads in one "
                "cell; close it or remove it.").format(name, row, MAX_FIELD_BYTES // 1024))
        raise DataError(translate(
            "Csv", "{0}: row {1} has a cell longer than {2} KB, the most nnviz reads in one cell (is a quote (\") "
            "left open?).").format(name, row, MAX_FIELD_BYTES // 1024))
    counts = scan.counts
    if partial:  # the record is still growing: only too many fields can be told already
        if len(counts) and counts[0] > n_fields:
            _refuse_ragged(name, first_row, int(counts[0]), n_fields)
        return
    bad = np.flatnonzero((counts != n_fields) & ~scan.blank)
    if len(bad):
        i = int(bad[0])
        start = int(scan.starts[i])
        end = int(scan.starts[i + 1]) if i + 1 < len(scan.starts) else len(block)
        _refuse_ragged(name, first_row + line_of(block, start), int(counts[i]), n_fields,
                       block[start : min(end, start + 4096)] if sep == "," else b"")


_THOUSANDS = re.compile(rb"(?:^|[,$\s])\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[,\r\n]|$)")


def _refuse_ragged(name: str, row: int, got: int, want: int, line: bytes = b"") -> None:
    if got == 1:
        text = translate("Csv", "{0}: row {1} has {2} field, the header has {3}.")
    else:
        text = translate("Csv", "{0}: row {1} has {2} fields, the header has {3}.")
    text = text.format(name, row, local(f"{got:,}"), local(f"{want:,}"))
    if got > want and _THOUSANDS.search(line):
        text += " " + translate("Csv", "Does a number hold a thousands separator, like 1,234? Remove the separators "
                                "(1234) or put such numbers in quotes.")
    raise DataError(text)


def _check_encoding(block: bytes, encoding: str) -> None:
    if encoding == "utf-8":
        try:
            block.decode("utf-8")
        except UnicodeDecodeError:
            raise NotUtf8() from None


def _parse_block(
    block: bytes, sep: str, encoding: str, names: list[str], first_row: int, name: str
) -> pd.DataFrame:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.DtypeWarning)  # mixed types: tidy decides
            return pd.read_csv(
                io.BytesIO(block),
                sep=sep,
                header=None,
                names=names,
                index_col=False,
                encoding=encoding,
                keep_default_na=False,
                na_values=list(MISSING_CELLS),
                **EXACT_FLOATS,
            )
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError):
        raise DataError(translate(
            "Csv", "{0}: the rows starting at row {1} could not be read as a CSV table.").format(name, first_row)
        ) from None


@contextmanager
def read_errors(name: str, sample_advice: bool = False):
    """Within the block, what pandas or the decoder raise while reading the file ``name``
    becomes one :class:`DataError` line (``sample_advice``: the out-of-memory one advises a sample); a
    DataError or a cancel passes as it is."""
    try:
        yield
    except (DataError, LoadCancelled):
        raise
    except MemoryError:
        if sample_advice:
            raise DataError(translate("Csv", "{0}: not enough memory to read this file; use a sample of it.").format(
                name)) from None
        raise DataError(translate("Csv", "{0}: not enough memory to read this file.").format(name)) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError, ValueError, OverflowError) as e:
        detail = " ".join(str(e).split())[:120]
        raise DataError(translate("Csv", "{0}: the file could not be read as a CSV table ({1}).").format(
            name, detail)) from None
