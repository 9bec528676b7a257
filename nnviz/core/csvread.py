"""Reading a person's CSV file into a :class:`Table`: tolerant of mess, bounded, clear on refusal.

:func:`read_table` guesses the encoding (UTF-8, else latin-1; UTF-16/32 by their byte-order mark
or their zero bytes) and the separator, reads in blocks with a progress callback and a cancel
check, refuses files that are not CSV tables (binary, HTML, spreadsheets, ragged rows, too big for
memory) and tidies what it can (duplicate names, infinities, stray spaces, blank lines, lone CR
line endings). Preparing a table for a network is :mod:`nnviz.core.csvprep`.

Limits, checked before the expensive work (the header is counted before any row is parsed, each
block is scanned before pandas parses it):

* at most :data:`MAX_COLUMNS` columns;
* at most :data:`MAX_FIELD_BYTES` bytes in one cell or column name;
* an estimate of the memory the table will take, measured on the file's first rows, must fit
  in the memory available.

Every refusal is a :class:`~nnviz.core.problem.DataError` whose ``str()`` is one line naming the
file. Rows are numbered as lines of the file, like a text editor: the header is row 1 (blank lines
count too). Names holding line breaks or control characters are kept escaped (``a\\nb``) so that
they print on one line everywhere.
"""
from __future__ import annotations

import codecs
import io
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Mapping

import numpy as np
import pandas as pd

from nnviz.core.problem import DataError

SEPARATORS = (",", ";", "\t", "|")
EXTRA_MISSING = ["?"]  # besides pandas' defaults: empty, NA, NaN, N/A, NULL, None, #N/A, ...
BLOCK_BYTES = 4 << 20  # read size per progress step (and per cancel check)
SAMPLE_BYTES = 64 << 10  # head of the file used to sniff the layout
MEMORY_FACTOR = 4.0  # RAM per file byte at least: ~3.4 measured by scripts/bench_csv.py for numbers
PEAK_COPIES = 3.0  # blocks, their concatenation and the tidied copy live at once at the peak
COLUMN_BYTES = 64 << 10  # pandas' own cost per column (index, block manager, per-block copies)
MAX_COLUMNS = 1_000  # columns a table may have (the window stays responsive up to here)
MAX_FIELD_BYTES = 128 << 10  # bytes in one cell or column name (the csv module's own limit)
MEMINFO = "/proc/meminfo"  # Linux; elsewhere sysconf, else no memory check
JUNK_SHARE = 0.05  # a column with at most this share of non-numbers is numeric, junk -> missing
NAME_CHARS = 60  # a column or class name longer than this is cut in messages

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class LoadCancelled(Exception):
    """Raised by :func:`read_table` when its ``cancel()`` callback returns True."""


@dataclass
class Table:
    """A CSV file read into memory. ``column_kinds[col]`` is "numeric" or "text"; ``hints[col]``
    says, for a text column that holds numbers in a form nnviz does not read (12%, $5, 1,234,
    dates, hex), what it holds and how to fix it."""

    frame: pd.DataFrame
    path: Path | None = None
    encoding: str = "utf-8"
    separator: str = ","
    notes: list[str] = field(default_factory=list)
    column_kinds: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The file name used in messages."""
        return self.path.name if self.path is not None else "table"

    @property
    def text_columns(self) -> list[str]:
        return [c for c, k in self.column_kinds.items() if k == "text"]


# --- names on one line -----------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with line breaks and control characters escaped: "a\\nb" stays on one line."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def shown(name: object, limit: int = NAME_CHARS) -> str:
    """A name as a message shows it: escaped, and cut to ``limit`` characters."""
    text = printable(str(name))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def name_list(items, limit: int = 30) -> str:
    """"a, b, c" of at most ``limit`` names, each :func:`shown`."""
    items = [shown(i) for i in items]
    return ", ".join(items[:limit]) + (f", … ({len(items)} in all)" if len(items) > limit else "")


def counts_text(d: Mapping[str, int], limit: int = 5) -> str:
    items = sorted(d.items(), key=lambda kv: -kv[1])
    text = ", ".join(f"{shown(k)}: {v:,}" for k, v in items[:limit])
    return text + (", …" if len(items) > limit else "")


# =============================================================================================
# read_table
# =============================================================================================
@dataclass
class _Layout:
    """Where the rows are and how they are separated, found from the head of the file."""

    source: BinaryIO
    size: int
    separator: str
    header: bytes | None  # raw header record, or None when the file has no header row
    data_start: int  # byte offset of the first data line
    first_row: int  # row number of the first data line
    notes: list[str]
    encoding: str | None = None  # the file's encoding when already converted to UTF-8 bytes


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
    try:
        return _read_table(path, progress, cancel, max_bytes)
    except (DataError, LoadCancelled):
        raise
    except MemoryError:
        raise DataError(f"{name}: not enough memory to read this file; use a sample of it.") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeError, ValueError, OverflowError) as e:
        detail = " ".join(str(e).split())[:120]
        raise DataError(f"{name}: the file could not be read as a CSV table ({detail}).") from None


def _read_table(path: Path, progress, cancel, max_bytes) -> Table:
    budget = max_bytes if max_bytes is not None else _available_memory()
    size = _check_file(path, budget)
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE_BYTES)
        source, size, notes, encoding = _decode_wide(fh, head, size, path)
        layout = _find_layout(source, size, path.name, notes, encoding)
        names, n_fields, name_notes = _header_names(layout, path.name)
        _check_memory_estimate(layout, names, path.name, budget)
        if progress:
            progress(0.0)
        frame, encoding, enc_notes = _read_any_encoding(layout, names, n_fields, path.name, progress, cancel)
        encoding = layout.encoding or encoding
    if len(frame) == 0:
        raise DataError(f"{path.name}: the file has a header but no data rows.")
    frame, kinds, hints, tidy_notes = _tidy(frame, layout.separator)
    notes = enc_notes + layout.notes + name_notes + tidy_notes
    n_num = sum(k == "numeric" for k in kinds.values())
    notes.append(
        f"Read {len(frame):,} rows × {frame.shape[1]} columns "
        f"({n_num} numeric, {frame.shape[1] - n_num} text)."
    )
    if progress:
        progress(1.0)
    return Table(frame, path, encoding, layout.separator, notes, kinds, hints)


# --- refusals before reading -----------------------------------------------------------------
def _check_file(path: Path, budget: int | None) -> int:
    """Refuse a missing, unreadable, empty or too-large file; return its size in bytes."""
    name = path.name or str(path)
    if path.is_dir():
        raise DataError(f"{name}: this is a folder, not a CSV file.")
    if not path.exists():
        raise DataError(f"{name}: the file does not exist.")
    try:
        size = path.stat().st_size
        with open(path, "rb"):
            pass
    except PermissionError:
        raise DataError(f"{name}: the file cannot be read (permission denied).") from None
    except OSError as e:
        raise DataError(f"{name}: the file cannot be read ({e.strerror or 'unknown error'}).") from None
    if size == 0:
        raise DataError(f"{name}: the file is empty.")
    if budget is not None and size * MEMORY_FACTOR > budget:
        raise DataError(
            f"{name}: {_human_bytes(size)} is too large to load into the {_human_bytes(budget)}"
            " of memory available; use a sample of it."
        )
    return size


def _available_memory() -> int | None:
    """Bytes of memory available to a new allocation, or None when unknown."""
    try:
        with open(MEMINFO) as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def _human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"  # pragma: no cover


_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
_SAVE_AS_CSV = "save it as CSV (File › Save As › CSV) and open that"
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive, e.g. an Excel .xlsx workbook"),
    (b"\xd0\xcf\x11\xe0", "an old Office document, e.g. an Excel .xls workbook"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"SQLite format 3", "an SQLite database"),
)
_SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32, from a byte-order mark or, without one, from where the zero bytes are."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    sample = head[: len(head) // 4 * 4]
    if len(sample) < 8 or sample.count(0) < len(sample) // 3:
        return None
    a = np.frombuffer(sample, np.uint8).reshape(-1, 4)
    zero = (a == 0).mean(axis=0)
    if zero[1] > 0.95 and zero[2] > 0.95 and zero[3] > 0.95 and zero[0] < 0.5:
        return "utf-32-le"
    if zero[0] > 0.95 and zero[1] > 0.95 and zero[2] > 0.95 and zero[3] < 0.5:
        return "utf-32-be"
    if zero[1] > 0.95 and zero[3] > 0.95 and zero[0] < 0.5 and zero[2] < 0.5:
        return "utf-16-le"
    if zero[0] > 0.95 and zero[2] > 0.95 and zero[1] < 0.5 and zero[3] < 0.5:
        return "utf-16-be"
    return None


def _decode_wide(fh: BinaryIO, head: bytes, size: int, path: Path) -> tuple[BinaryIO, int, list[str], str | None]:
    """The file as UTF-8 bytes when it is UTF-16/32 text (re-encoded in memory), else the file."""
    encoding = None if head.startswith(tuple(m for m, _ in _MAGIC)) else _wide_encoding(head)
    if encoding is None:
        _refuse_non_table(head, path)
        return fh, size, [], None
    fh.seek(0)
    data = fh.read().decode(encoding, errors="replace").removeprefix("\ufeff").encode("utf-8")
    label = encoding.split("-")[0].upper() + "-" + encoding.split("-")[1]
    _refuse_non_table(data[:SAMPLE_BYTES], path)
    return io.BytesIO(data), len(data), [f"Read as {label} text."], encoding


def _refuse_non_table(head: bytes, path: Path) -> None:
    """Refuse binary files, spreadsheets, HTML/XML pages and files holding only blanks."""
    name = path.name or str(path)
    spreadsheet = path.suffix.lower() in _SPREADSHEET_SUFFIXES
    for magic, what in _MAGIC:
        if head.startswith(magic):
            if magic in _SPREADSHEET_MAGIC:
                what = "a spreadsheet workbook" if spreadsheet else what
                raise DataError(f"{name}: this is a binary file ({what}), not a CSV table; {_SAVE_AS_CSV}.")
            raise DataError(f"{name}: this is a binary file ({what}), not a CSV table.")
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), *range(14, 32)))
    if b"\x00" in head or controls > 0.05 * len(head):
        hint = f"; {_SAVE_AS_CSV}" if spreadsheet else ""
        raise DataError(f"{name}: this is a binary file, not a CSV table{hint}.")
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:4096].lower()
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<") and any(tag in start for tag in (b"<html", b"<head", b"<body"))
    ):
        raise DataError(f"{name}: this looks like an HTML page, not a CSV table.")
    if start.startswith(b"<?xml"):
        raise DataError(f"{name}: this looks like an XML document, not a CSV table.")


# --- layout: line endings, blank lines, separator, header ------------------------------------
def _find_layout(source: BinaryIO, size: int, name: str, notes: list[str], encoding: str | None) -> _Layout:
    """Sniff line endings, leading blank lines, separator and header."""
    source.seek(0)
    head = source.read(SAMPLE_BYTES)
    if b"\r" in head and b"\n" not in head:
        source.seek(0)
        data = source.read().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        notes.append("Converted old Mac line endings (CR only) to newlines.")
        source, size = io.BytesIO(data), len(data)
    offset = 0
    source.seek(0)
    if source.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8:
        offset = len(codecs.BOM_UTF8)
        notes.append("Removed a UTF-8 byte-order mark.")
    start, row = _skip_blank_lines(source, offset)
    if start is None:
        raise DataError(f"{name}: the file is empty (it holds only blank lines).")
    if row > 1:
        notes.append(f"Skipped {row - 1:,} blank line{'s' * (row > 2)} before the header.")
    source.seek(start)
    head = source.read(SAMPLE_BYTES)
    whole = start + len(head) >= size
    cut = head.rfind(b"\n") + 1
    sample = head if whole or cut == 0 else head[:cut]
    separator = _sniff_separator(sample, drop_last=not whole)
    if separator != ",":
        notes.append(f"Separator {'tab' if separator == chr(9) else repr(separator)} detected.")

    header, header_end = _read_record(source, start, separator, name, row)
    fields = _split_record(header, separator, name, row)
    if fields and all(_is_number(f) for f in fields):
        n = len(fields)
        notes.append(f"The first row holds numbers, not names; columns are named column_1 … column_{n}.")
        return _Layout(source, size, separator, None, start, row, notes, encoding)
    rows_in_header = header.count(b"\n") or 1
    return _Layout(source, size, separator, header, header_end, row + rows_in_header, notes, encoding)


def _skip_blank_lines(source: BinaryIO, offset: int) -> tuple[int | None, int]:
    """(byte offset, row number) of the first line with content, however far into the file;
    (None, rows) when the file holds only blanks."""
    source.seek(offset)
    pos, row = offset, 1
    while True:
        chunk = source.read(1 << 20)
        if not chunk:
            return None, row
        stripped = chunk.lstrip(b" \t\r\n")
        if stripped:
            content = pos + len(chunk) - len(stripped)
            blanks = chunk[: content - pos]
            line_start = pos + blanks.rfind(b"\n") + 1
            return line_start, row + blanks.count(b"\n")
        pos += len(chunk)
        row += chunk.count(b"\n")


def _sniff_separator(sample: bytes, drop_last: bool) -> str:
    """The separator among :data:`SEPARATORS` that splits the sample most consistently.

    Score: share of rows with as many fields as the header, then the field count; a
    separator that leaves the header in one piece never wins. Falls back to ','.
    """
    lines = sample.split(b"\n")[:500]
    sample = b"\n".join(lines)
    best: tuple[tuple[float, int], str] | None = None
    for sep in SEPARATORS:
        if sep.encode() not in sample:
            continue
        scan = _scan(sample, sep)
        counts = scan.counts[~scan.blank]
        if drop_last and len(counts) > 2:
            counts = counts[:-1]  # maybe cut in the middle
        if len(counts) == 0 or counts[0] < 2:
            continue
        h = int(counts[0])
        score = (float(np.mean(counts[1:] == h)) if len(counts) > 1 else 0.0, h)
        if best is None or score > best[0]:
            best = (score, sep)
    return best[1] if best else ","


@dataclass
class _Scan:
    """Records of a block split at newlines outside quotes (pandas' and the csv module's rules:
    a quote opens a quoted field only at the start of a field; "" inside one is a quote)."""

    counts: np.ndarray  # fields per record
    starts: np.ndarray  # byte offset where each record starts
    blank: np.ndarray  # True for a record holding only spaces (pandas skips those)
    longest: int  # bytes in the longest field (quotes and all)
    longest_at: int  # where that field starts
    open_quote: int  # byte offset of a quote still open at the end, or -1
    last_end: int  # offset just past the last newline outside quotes (0 if none)
    complete: int  # records ended by a newline outside quotes

    def head(self, k: int) -> "_Scan":
        """The first ``k`` records only."""
        return _Scan(self.counts[:k], self.starts[:k], self.blank[:k], self.longest, self.longest_at, -1,
                     self.last_end, k)


def _scan(block: bytes, sep: str) -> _Scan:
    arr = np.frombuffer(block, dtype=np.uint8)
    n = len(arr)
    is_nl = arr == 10
    is_sep = arr == ord(sep)
    open_quote = -1
    if b'"' in block:
        inside, open_quote = _quoted_mask(arr, sep)
        is_nl &= ~inside
        is_sep &= ~inside
    nl = np.flatnonzero(is_nl)
    last_end = int(nl[-1]) + 1 if len(nl) else 0
    ends = nl if (n and block.endswith(b"\n") and len(nl) and nl[-1] == n - 1) else np.append(nl, n)
    seps = np.flatnonzero(is_sep)
    counts = np.diff(np.searchsorted(seps, ends), prepend=0) + 1
    starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int64)
    # The longest field: no longer than the longest record, which is cheap to find; the fields
    # themselves are measured only when a record is long enough to hold one over the limit.
    line_widths = ends - starts
    at = int(line_widths.argmax()) if len(line_widths) else 0
    longest, longest_at = (int(line_widths[at]), int(starts[at])) if len(line_widths) else (0, 0)
    if longest > MAX_FIELD_BYTES:
        delims = np.flatnonzero(is_nl | is_sep)
        edges = np.concatenate(([-1], delims, [n]))
        widths = np.diff(edges)
        at = int(widths.argmax())
        longest, longest_at = int(widths[at]) - 1, int(edges[at]) + 1
    blank = counts == 1
    if blank.any():  # a one-field record holding only spaces (tabs too, unless tab separates)
        spaces = (arr == 32) | (arr == 13) | ((arr == 9) if sep != "\t" else False)
        solid = np.concatenate(([0], np.cumsum(~spaces & ~(arr == 10), dtype=np.int32)))
        blank &= solid[ends] == solid[starts]
    return _Scan(counts, starts, blank, longest, longest_at, open_quote, last_end, len(nl))


def _quoted_mask(arr: np.ndarray, sep: str) -> tuple[np.ndarray, int]:
    """True where a byte lies inside a quoted field (quotes included); and where a quote that is
    never closed opens (-1 if none). Only the quotes are walked in Python."""
    q = np.flatnonzero(arr == 34)
    n = len(arr)
    prev = np.where(q > 0, arr[np.maximum(q - 1, 0)], 10)
    at_start = (q == 0) | (prev == ord(sep)) | (prev == 10) | (prev == 13)
    # Fast path: when every odd quote opens a field (or reopens after "") and every even one ends
    # it (or starts ""), the quotes simply alternate and NumPy finds the quoted parts at once.
    # Quotes inside a field (5'10") break the pattern; then the quotes are walked one by one.
    nxt = np.where(q < n - 1, arr[np.minimum(q + 1, n - 1)], 10)
    at_end = (q == n - 1) | (nxt == ord(sep)) | (nxt == 10) | (nxt == 13) | (nxt == 34)
    odd = np.arange(len(q)) % 2 == 0  # the 1st, 3rd, ... quote
    if np.all((at_start | (prev == 34))[odd]) and np.all(at_end[~odd]):
        opens_a, closes_a = q[odd], q[~odd]
        open_quote = int(opens_a[-1]) if len(q) % 2 else -1
        if open_quote >= 0:
            closes_a = np.append(closes_a, n - 1)
        delta = np.zeros(n + 1, dtype=np.int8)
        delta[opens_a] += 1
        delta[closes_a + 1] -= 1
        return np.cumsum(delta[:n], dtype=np.int8) > 0, open_quote
    return _quoted_mask_walk(arr, q, at_start)


def _quoted_mask_walk(arr: np.ndarray, q: np.ndarray, at_start: np.ndarray) -> tuple[np.ndarray, int]:
    """:func:`_quoted_mask` quote by quote: ``q`` the quotes' offsets, ``at_start`` whether each
    stands at the start of a field."""
    n = len(arr)
    q_list, starts_list = q.tolist(), at_start.tolist()
    opens: list[int] = []
    closes: list[int] = []
    inside, i, m = False, 0, len(q_list)
    while i < m:
        p = q_list[i]
        if not inside:
            if starts_list[i]:
                inside = True
                opens.append(p)
            i += 1
        elif i + 1 < m and q_list[i + 1] == p + 1:
            i += 2  # "" inside a quoted field
        else:
            inside = False
            closes.append(p)
            i += 1
    open_quote = opens[-1] if inside else -1
    if inside:
        closes.append(n - 1)
    delta = np.zeros(n + 1, dtype=np.int8)
    np.add.at(delta, np.asarray(opens, dtype=np.int64), 1)
    np.add.at(delta, np.asarray(closes, dtype=np.int64) + 1, -1)
    return np.cumsum(delta[:n], dtype=np.int8) > 0, open_quote


def _line_of(block: bytes, pos: int) -> int:
    """How many line breaks come before byte ``pos`` of ``block``."""
    return block.count(b"\n", 0, pos)


def _read_record(src: BinaryIO, pos: int, sep: str, name: str, row: int) -> tuple[bytes, int]:
    """The raw header record starting at byte ``pos`` (quoted newlines included; a lone CR ends
    it) and the offset just past it."""
    src.seek(pos)
    record = src.readline()
    while b'"' in record and _scan(record, sep).open_quote >= 0:
        more = src.readline()
        if not more:
            break
        record += more
    lone = _lone_cr(record)
    if lone >= 0 and b'"' in record:  # a CR inside a quoted name is part of the name
        inside, _ = _quoted_mask(np.frombuffer(record, np.uint8), sep)
        while lone >= 0 and inside[lone]:
            lone = _lone_cr(record, lone + 1)
    if lone >= 0:
        record = record[:lone] + b"\n"
        return record, pos + lone + 1
    return record, pos + len(record)


def _lone_cr(data: bytes, start: int = 0) -> int:
    """Offset of the first CR at or after ``start`` not followed by LF, or -1."""
    i = data.find(b"\r", start)
    while i >= 0:
        if i + 1 >= len(data) or data[i + 1] != 10:
            return i if i + 1 < len(data) else -1  # a CR at the very end may precede an LF
        i = data.find(b"\r", i + 1)
    return -1


def _split_record(record: bytes, sep: str, name: str, row: int) -> list[str]:
    """The fields of the header record, as text, after checking the limits."""
    scan = _scan(record.rstrip(b"\r\n"), sep)
    n_fields = int(scan.counts[0]) if len(scan.counts) else 0
    if n_fields > MAX_COLUMNS:
        raise DataError(
            f"{name}: row {row} has {n_fields:,} columns; nnviz reads at most {MAX_COLUMNS:,} "
            "(is the separator right? otherwise keep fewer columns)."
        )
    if scan.longest > MAX_FIELD_BYTES:
        raise DataError(
            f"{name}: row {row} has a name or cell longer than {MAX_FIELD_BYTES // 1024} KB, the most nnviz "
            "reads in one cell (is a quote (\") left open?)."
        )
    text = record.decode("utf-8", errors="replace")
    frame = pd.read_csv(io.StringIO(text), sep=sep, header=None, dtype=str, keep_default_na=False,
                        nrows=1, skip_blank_lines=False, index_col=False)
    fields = ["" if pd.isna(v) else str(v) for v in frame.iloc[0].tolist()] if len(frame) else []
    return fields[:n_fields] + [""] * (n_fields - len(fields))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _column_names(raw: list[str], notes: list[str]) -> list[str]:
    """Stripped, escaped, non-empty, unique names: empty -> column_<i>, duplicates -> name.1, name.2."""
    names: list[str] = []
    escaped = 0
    for i, name in enumerate(raw, start=1):
        name = name.strip()
        clean = printable(name)
        escaped += clean != name
        name = clean
        if not name:
            name = f"column_{i}"
            notes.append(f"Named the unnamed column {i} '{name}'.")
        names.append(name)
    if escaped:
        notes.append(f"{escaped} column name{'s' * (escaped > 1)} held line breaks or control characters, "
                     "shown escaped (\\n).")
    seen = set(names)
    used: set[str] = set()
    unique: list[str] = []
    renamed = 0
    next_k: dict[str, int] = {}  # per name, the suffix to try next: linear, not quadratic
    for name in names:
        if name in used:
            k = next_k.get(name, 1)
            while f"{name}.{k}" in seen:
                k += 1
            next_k[name] = k + 1
            new = f"{name}.{k}"
            seen.add(new)
            renamed += 1
            if renamed <= 10:
                notes.append(f"Renamed duplicate column '{shown(name)}' to '{shown(new)}'.")
            name = new
        used.add(name)
        unique.append(name)
    if renamed > 10:
        notes.append(f"Renamed {renamed - 10:,} more duplicate columns the same way.")
    return unique


def _header_names(layout: _Layout, name: str) -> tuple[list[str], int, list[str]]:
    """Unique column names, the field count every row must have, and notes on renaming."""
    if layout.header is None:
        first, _ = _read_record(layout.source, layout.data_start, layout.separator, name, layout.first_row)
        n = len(_split_record(first, layout.separator, name, layout.first_row))
        return [f"column_{i}" for i in range(1, n + 1)], n, []
    raw = _split_record(layout.header, layout.separator, name, layout.first_row - 1)
    notes: list[str] = []
    return _column_names(raw, notes), len(raw), notes


def _check_memory_estimate(layout: _Layout, names: list[str], name: str, budget: int | None) -> None:
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
                                    index_col=False, encoding="latin-1", na_values=EXTRA_MISSING)
            per_byte = float(frame.memory_usage(deep=True, index=False).sum()) / len(sample)
        except (pd.errors.ParserError, ValueError, UnicodeError):
            pass  # the real read names the bad row
    data_bytes = layout.size - layout.data_start
    need = max(MEMORY_FACTOR * layout.size, PEAK_COPIES * per_byte * data_bytes) + COLUMN_BYTES * len(names)
    if need > budget:
        raise DataError(
            f"{name}: this table needs about {_human_bytes(need)} of memory once read, more than the "
            f"{_human_bytes(budget)} available; use a sample of it."
        )


# --- reading the rows ------------------------------------------------------------------------
class _NotUtf8(Exception):
    pass


def _read_any_encoding(
    layout: _Layout, names: list[str], n_fields: int, name: str, progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> tuple[pd.DataFrame, str, list[str]]:
    """Read as UTF-8; if any byte is not valid UTF-8, start again as latin-1."""
    for encoding in ("utf-8", "latin-1"):
        try:
            if layout.header is not None:
                _check_encoding(layout.header, encoding)
            frame = _read_rows(layout, encoding, names, n_fields, name, progress, cancel)
        except _NotUtf8:
            continue
        notes = []
        if encoding != "utf-8":
            notes.append("Read as latin-1 (not valid UTF-8).")
            if layout.header is not None:  # names decoded as UTF-8 with replacements: redo them
                raw = layout.header.decode("latin-1")
                fields = _split_record(raw.encode("utf-8"), layout.separator, name, layout.first_row - 1)
                frame.columns = _column_names(fields, [])
        return frame, encoding, notes
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _read_rows(
    layout: _Layout,
    encoding: str,
    names: list[str],
    n_fields: int,
    name: str,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> pd.DataFrame:
    """Parse the data lines block by block into one DataFrame (columns not yet tidied)."""
    src = layout.source
    src.seek(layout.data_start)
    frames: list[pd.DataFrame] = []
    pending, row = b"", layout.first_row
    sep = layout.separator
    lone_crs = 0
    while True:
        if cancel is not None and cancel():
            raise LoadCancelled()
        chunk = src.read(BLOCK_BYTES)
        eof = not chunk
        data = pending + chunk
        if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
            data, fixed = _fix_lone_crs(data, eof)
            lone_crs += fixed
        scan = _scan(data, sep)
        if eof:
            block, pending = data, b""
            if scan.open_quote >= 0:
                at = row + _line_of(block, scan.open_quote)
                raise DataError(f"{name}: a quote (\") opened in row {at} is never closed; close it or remove it.")
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
            frames.append(_parse_block(block, sep, encoding, names, row, name))
        row += block.count(b"\n")
        if progress is not None and not eof:
            progress(min(1.0, src.tell() / max(1, layout.size)))
        if eof:
            break
    if lone_crs:
        layout.notes.append(f"Read {lone_crs:,} lone carriage return{'s' * (lone_crs > 1)} (CR) as line breaks.")
    if not frames:
        return pd.DataFrame(columns=names)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _fix_lone_crs(data: bytes, eof: bool) -> tuple[bytes, int]:
    """Lone CRs (not followed by LF) become LF, as pandas splits lines there anyway; a CR at
    the very end of a block is left for the next block to decide. Returns (data, how many)."""
    keep_last = not eof and data.endswith(b"\r")
    body, n = _LONE_CR.subn(b"\n", data[:-1] if keep_last else data)
    return body + (b"\r" if keep_last else b""), n


_LONE_CR = re.compile(rb"\r(?!\n)")


def _check_scan(scan: _Scan, block: bytes, sep: str, n_fields: int, first_row: int, name: str,
                partial: bool) -> None:
    """Refuse a cell over the limit, or a row with more or fewer fields than the header."""
    if scan.longest > MAX_FIELD_BYTES:
        row = first_row + _line_of(block, scan.longest_at)
        if block[scan.longest_at : scan.longest_at + 1] == b'"':
            raise DataError(
                f"{name}: a quote (\") opened in row {row} is not closed within {MAX_FIELD_BYTES // 1024} KB, "
                "the most nnviz reads in one cell; close it or remove it."
            )
        raise DataError(
            f"{name}: row {row} has a cell longer than {MAX_FIELD_BYTES // 1024} KB, the most "
            "nnviz reads in one cell (is a quote (\") left open?)."
        )
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
        _refuse_ragged(name, first_row + _line_of(block, start), int(counts[i]), n_fields,
                       block[start : min(end, start + 4096)] if sep == "," else b"")


_THOUSANDS = re.compile(rb"(?:^|[,$\s])\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[,\r\n]|$)")


def _refuse_ragged(name: str, row: int, got: int, want: int, line: bytes = b"") -> None:
    hint = ""
    if got > want and _THOUSANDS.search(line):
        hint = (" Does a number hold a thousands separator, like 1,234? Remove the separators "
                "(1234) or put such numbers in quotes.")
    raise DataError(f"{name}: row {row} has {got:,} field{'s' * (got != 1)}, the header has {want:,}.{hint}")


def _check_encoding(block: bytes, encoding: str) -> None:
    if encoding == "utf-8":
        try:
            block.decode("utf-8")
        except UnicodeDecodeError:
            raise _NotUtf8() from None


def _parse_block(
    block: bytes, sep: str, encoding: str, names: list[str], first_row: int, name: str
) -> pd.DataFrame:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.DtypeWarning)  # mixed types: _tidy decides
            return pd.read_csv(
                io.BytesIO(block),
                sep=sep,
                header=None,
                names=names,
                index_col=False,
                encoding=encoding,
                na_values=EXTRA_MISSING,
            )
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError):
        raise DataError(
            f"{name}: the rows starting at row {first_row} could not be read as a CSV table."
        ) from None


# --- tidying the columns ---------------------------------------------------------------------
def _tidy(frame: pd.DataFrame, separator: str) -> tuple[pd.DataFrame, dict[str, str], dict[str, str], list[str]]:
    """Decide numeric vs text per column, turn infinities and blank text into missing."""
    kinds: dict[str, str] = {}
    hints: dict[str, str] = {}
    notes: list[str] = []
    infinite: dict[str, int] = {}
    columns: dict[str, pd.Series] = {}
    for col in frame.columns:
        s, kind = _tidy_column(frame[col], col, separator, notes)
        if kind == "numeric":
            inf = np.isinf(s.to_numpy())
            if inf.any():
                infinite[col] = int(inf.sum())
                s = s.mask(inf)
        else:
            hint = text_hint(s)
            if hint:
                hints[col] = hint
                if len(hints) <= 5:
                    notes.append(f"Column '{shown(col)}' is read as text: it holds {hint}.")
        columns[col], kinds[col] = s, kind
    if infinite:
        total = sum(infinite.values())
        notes.append(
            f"{total} infinite value{'s' * (total != 1)} treated as missing ({counts_text(infinite)})."
        )
    return pd.DataFrame(columns, index=frame.index, copy=False), kinds, hints, notes


def _tidy_column(s: pd.Series, col: str, separator: str, notes: list[str]) -> tuple[pd.Series, str]:
    """The column as float64 ("numeric") or stripped strings with NaN for missing ("text")."""
    if pd.api.types.is_bool_dtype(s):
        return s.map({True: "True", False: "False"}).astype("str"), "text"
    if pd.api.types.is_numeric_dtype(s):
        return s.astype("float64"), "numeric"
    text = s.astype("str").str.strip()
    text = text.mask(text == "")
    present = text.notna()
    if not present.any():
        return pd.Series(np.nan, index=s.index, dtype="float64"), "numeric"
    values = text[present]
    if pd.to_numeric(values.head(1000), errors="coerce").notna().mean() < 0.5:
        if separator != "," and _looks_decimal_comma(values.head(1000)):
            numbers = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
            if numbers[present].notna().all():
                notes.append(f"Read column '{shown(col)}' with decimal commas.")
                return numbers.astype("float64"), "numeric"
        return text, "text"
    numbers = pd.to_numeric(text, errors="coerce")
    junk = present & numbers.isna()
    n_junk = int(junk.sum())
    if n_junk == 0:
        return numbers.astype("float64"), "numeric"
    if n_junk <= JUNK_SHARE * int(present.sum()):
        examples = ", ".join(repr(shown(v, 20)) for v in text[junk].unique()[:3])
        notes.append(
            f"Column '{shown(col)}': {n_junk} non-numeric value{'s' * (n_junk != 1)} ({examples}) "
            "treated as missing."
        )
        return numbers.astype("float64"), "numeric"
    return text, "text"


def _looks_decimal_comma(values: pd.Series) -> bool:
    fixed = values.str.replace(",", ".", regex=False)
    return bool(values.str.contains(",", regex=False).any()) and bool(
        pd.to_numeric(fixed, errors="coerce").notna().all()
    )


# Numbers written in a form pandas reads as text: (pattern, what it holds, the fix).
_NUMBER_LIKE = (
    (r"[+-]?\d+(?:[.,]\d+)?\s?%", "percentages like {ex}",
     "write them as plain numbers (12 instead of 12%) to use it as a number"),
    (r"[+-]?(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?[$€£¥]|(?:USD|EUR|GBP)\s?\d[\d,.]*)",
     "amounts with a currency sign like {ex}", "remove the currency sign to use it as a number"),
    (r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", "numbers with thousands separators like {ex}",
     "remove the separators (1234 instead of 1,234) to use it as a number"),
    (r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}",
     "dates like {ex}", "turn them into numbers (e.g. days since the first date) or leave the column out"),
    (r"\d{1,2}:\d{2}(?::\d{2})?", "times of day like {ex}",
     "turn them into numbers (e.g. minutes since midnight) or leave the column out"),
    (r"0[xX][0-9a-fA-F]+", "hexadecimal numbers like {ex}", "convert them to decimal numbers to use it as a number"),
)


def text_hint(s: pd.Series) -> str | None:
    """For a text column that mostly holds numbers nnviz cannot read (12%, $5, 1,234, dates,
    times, 0x1F): "percentages like '12%'; write them as plain numbers …". None otherwise."""
    values = s.dropna().head(200).astype(str)
    if values.empty:
        return None
    for pattern, what, fix in _NUMBER_LIKE:
        hits = values.str.fullmatch(pattern)
        if hits.mean() >= 0.8:
            example = repr(shown(values[hits].iloc[0], 20))
            return f"{what.format(ex=example)}; {fix}"
    return None
