"""The safe raw reading of a CSV file's bytes, before pandas parses any row.

Refuses what is not a CSV table (a folder, a missing, unreadable or empty file, one too big for
memory, binary files, spreadsheets, HTML/XML pages), re-encodes UTF-16/32 text as UTF-8 bytes and
sniffs the layout: line endings, blank lines before the header, the separator and the header
record, whose column count and field sizes are checked on the raw bytes. :func:`scan_records`
splits bytes into records at newlines outside quotes; :mod:`nnviz.core.data.csvrows` scans every block
with it before parsing.
"""
from __future__ import annotations

import codecs
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from nnviz.core.data.csvtext import note, printable, shown
from nnviz.core.data.problem import DataError
from nnviz.core.limits import LimitError, regular_file
from nnviz.core.text import Note, Num, local
from nnviz.core.tr import QT_TRANSLATE_NOOP, translate

SEPARATORS = (",", ";", "\t", "|")
SAMPLE_BYTES = 64 << 10  # head of the file used to sniff the layout
MEMORY_FACTOR = 4.0  # RAM per file byte at least: ~3.4 measured by scripts/bench_csv.py for numbers
MAX_COLUMNS = 1_000  # columns a table may have (the window stays responsive up to here)
MAX_FIELD_BYTES = 128 << 10  # bytes in one cell or column name (the csv module's own limit)
MEMINFO = "/proc/meminfo"  # Linux; elsewhere sysconf, else no memory check


@dataclass
class Layout:
    """Where the rows are and how they are separated, found from the head of the file."""

    source: BinaryIO
    size: int
    separator: str
    header: bytes | None  # raw header record, or None when the file has no header row
    data_start: int  # byte offset of the first data line
    first_row: int  # row number of the first data line
    notes: list[Note]
    encoding: str | None = None  # the file's encoding when already converted to UTF-8 bytes


# --- refusals before reading -----------------------------------------------------------------
def check_file(path: Path, budget: int | None) -> int:
    """Refuse a missing, unreadable, empty or too-large file, and anything but a regular file
    (a FIFO blocks in open(), a device never ends; a NUL or an over-long path); return its
    size in bytes."""
    name = path.name or str(path)
    if len(name) > 80:
        name = name[:79] + "…"
    name = name.replace("\x00", "?")
    try:
        regular_file(path, "CSV file")
    except LimitError as e:
        raise DataError(f"{name}: {e}.") from None
    try:
        size = path.stat().st_size
        with open(path, "rb"):
            pass
    except PermissionError:
        raise DataError(translate("Csv", "{0}: the file cannot be read (permission denied).").format(name)) from None
    except OSError as e:
        raise DataError(translate("Csv", "{0}: the file cannot be read ({1}).").format(
            name, e.strerror or translate("Csv", "unknown error"))) from None
    if size == 0:
        raise DataError(translate("Csv", "{0}: the file is empty.").format(name))
    if budget is not None and size * MEMORY_FACTOR > budget:
        raise DataError(translate(
            "Csv", "{0}: {1} is too large to load into the {2} of memory available; use a sample of it.").format(
            name, human_bytes(size), human_bytes(budget)))
    return size


def available_memory() -> int | None:
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


def human_bytes(n: float) -> str:
    """``"1.5 MB"`` (``"1,5 MB"`` in German)."""
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else local(f"{n:.1f}") + f" {unit}"
        n /= 1024
    return local(f"{n:.1f}") + " TB"  # pragma: no cover


_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
# The kinds of file a refusal names, translated when the refusal is made.
_MAGIC = (
    (b"\x89PNG", QT_TRANSLATE_NOOP("Csv", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Csv", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Csv", "a GIF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("Csv", "a PDF document")),
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("Csv", "a zip archive, e.g. an Excel .xlsx workbook")),
    (b"\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("Csv", "an old Office document, e.g. an Excel .xls workbook")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Csv", "gzip-compressed")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("Csv", "an SQLite database")),
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


def decode_wide(fh: BinaryIO, head: bytes, size: int, path: Path) -> tuple[BinaryIO, int, list[Note], str | None]:
    """The file as UTF-8 bytes when it is UTF-16/32 text (re-encoded in memory), else the file."""
    encoding = None if head.startswith(tuple(m for m, _ in _MAGIC)) else _wide_encoding(head)
    if encoding is None:
        _refuse_non_table(head, path)
        return fh, size, [], None
    fh.seek(0)
    data = fh.read().decode(encoding, errors="replace").removeprefix("\ufeff").encode("utf-8")
    label = encoding.split("-")[0].upper() + "-" + encoding.split("-")[1]
    _refuse_non_table(data[:SAMPLE_BYTES], path)
    return io.BytesIO(data), len(data), [note(QT_TRANSLATE_NOOP("Csv", "Read as {0} text."), label)], encoding


def _refuse_non_table(head: bytes, path: Path) -> None:
    """Refuse binary files, spreadsheets, HTML/XML pages and files holding only blanks."""
    name = path.name or str(path)
    spreadsheet = path.suffix.lower() in _SPREADSHEET_SUFFIXES
    for magic, what in _MAGIC:
        if head.startswith(magic):
            what = translate("Csv", what)
            if magic in _SPREADSHEET_MAGIC and spreadsheet:
                what = translate("Csv", "a spreadsheet workbook")
            if magic in _SPREADSHEET_MAGIC:
                raise DataError(translate(
                    "Csv", "{0}: this is a binary file ({1}), not a CSV table; "
                    "save it as CSV (File › Save As › CSV) and open that.").format(name, what))
            raise DataError(translate("Csv", "{0}: this is a binary file ({1}), not a CSV table.").format(
                name, what))
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), *range(14, 32)))
    if b"\x00" in head or controls > 0.05 * len(head):
        if spreadsheet:
            raise DataError(translate(
                "Csv", "{0}: this is a binary file, not a CSV table; save it as CSV (File › Save As › CSV) "
                "and open that.").format(name))
        raise DataError(translate("Csv", "{0}: this is a binary file, not a CSV table.").format(name))
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:4096].lower()
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<") and any(tag in start for tag in (b"<html", b"<head", b"<body"))
    ):
        raise DataError(translate("Csv", "{0}: this looks like an HTML page, not a CSV table.").format(name))
    if start.startswith(b"<?xml"):
        raise DataError(translate("Csv", "{0}: this looks like an XML document, not a CSV table.").format(name))


# --- layout: line endings, blank lines, separator, header ------------------------------------
def find_layout(source: BinaryIO, size: int, name: str, notes: list[Note], encoding: str | None) -> Layout:
    """Sniff line endings, leading blank lines, separator and header."""
    source.seek(0)
    head = source.read(SAMPLE_BYTES)
    if b"\r" in head and b"\n" not in head:
        source.seek(0)
        data = source.read().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Converted old Mac line endings (CR only) to newlines.")))
        source, size = io.BytesIO(data), len(data)
    offset = 0
    source.seek(0)
    if source.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8:
        offset = len(codecs.BOM_UTF8)
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Removed a UTF-8 byte-order mark.")))
    start, row = _skip_blank_lines(source, offset)
    if start is None:
        raise DataError(translate("Csv", "{0}: the file is empty (it holds only blank lines).").format(name))
    if row > 1:
        if row == 2:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Skipped 1 blank line before the header.")))
        else:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Skipped {0} blank lines before the header."), row - 1))
    source.seek(start)
    head = source.read(SAMPLE_BYTES)
    whole = start + len(head) >= size
    cut = head.rfind(b"\n") + 1
    sample = head if whole or cut == 0 else head[:cut]
    separator = _sniff_separator(sample, drop_last=not whole)
    if separator != ",":
        if separator == "\t":
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Separator tab detected.")))
        else:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Separator {0} detected."), repr(separator)))

    header, header_end = _read_record(source, start, separator, name, row)
    fields = split_record(header, separator, name, row)
    if fields and all(_is_number(f) for f in fields):
        n = len(fields)
        notes.append(note(QT_TRANSLATE_NOOP(
            "Csv", "The first row holds numbers, not names; columns are named column_1 … column_{0}."), str(n)))
        return Layout(source, size, separator, None, start, row, notes, encoding)
    rows_in_header = header.count(b"\n") or 1
    return Layout(source, size, separator, header, header_end, row + rows_in_header, notes, encoding)


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
        scan = scan_records(sample, sep)
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
class RecordScan:
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

    def head(self, k: int) -> "RecordScan":
        """The first ``k`` records only."""
        return RecordScan(self.counts[:k], self.starts[:k], self.blank[:k], self.longest, self.longest_at, -1,
                     self.last_end, k)


def scan_records(block: bytes, sep: str) -> RecordScan:
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
    return RecordScan(counts, starts, blank, longest, longest_at, open_quote, last_end, len(nl))


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


def line_of(block: bytes, pos: int) -> int:
    """How many line breaks come before byte ``pos`` of ``block``."""
    return block.count(b"\n", 0, pos)


def _read_record(src: BinaryIO, pos: int, sep: str, name: str, row: int) -> tuple[bytes, int]:
    """The raw header record starting at byte ``pos`` (quoted newlines included; a lone CR ends
    it) and the offset just past it."""
    src.seek(pos)
    record = src.readline()
    while b'"' in record and scan_records(record, sep).open_quote >= 0:
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


def split_record(record: bytes, sep: str, name: str, row: int) -> list[str]:
    """The fields of the header record, as text, after checking the limits."""
    scan = scan_records(record.rstrip(b"\r\n"), sep)
    n_fields = int(scan.counts[0]) if len(scan.counts) else 0
    if n_fields > MAX_COLUMNS:
        raise DataError(translate(
            "Csv", "{0}: row {1} has {2} columns; nnviz reads at most {3} (is the separator right? otherwise keep "
            "fewer columns).").format(name, row, Num(n_fields).text(), Num(MAX_COLUMNS).text()))
    if scan.longest > MAX_FIELD_BYTES:
        raise DataError(translate(
            "Csv", "{0}: row {1} has a name or cell longer than {2} KB, the most nnviz reads in one cell (is a "
            "quote (\") left open?).").format(name, row, MAX_FIELD_BYTES // 1024))
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


def column_names(raw: list[str], notes: list[Note]) -> list[str]:
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
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Named the unnamed column {0} '{1}'."), i, name))
        names.append(name)
    if escaped:
        if escaped == 1:
            notes.append(note(QT_TRANSLATE_NOOP(
                "Csv", "1 column name held line breaks or control characters, shown escaped (\\n).")))
        else:
            notes.append(note(QT_TRANSLATE_NOOP(
                "Csv", "{0} column names held line breaks or control characters, shown escaped (\\n)."), escaped))
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
                notes.append(note(QT_TRANSLATE_NOOP("Csv", "Renamed duplicate column '{0}' to '{1}'."),
                                  shown(name), shown(new)))
            name = new
        used.add(name)
        unique.append(name)
    if renamed > 10:
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Renamed {0} more duplicate columns the same way."),
                          renamed - 10))
    return unique


def header_names(layout: Layout, name: str) -> tuple[list[str], int, list[Note]]:
    """Unique column names, the field count every row must have, and notes on renaming."""
    if layout.header is None:
        first, _ = _read_record(layout.source, layout.data_start, layout.separator, name, layout.first_row)
        n = len(split_record(first, layout.separator, name, layout.first_row))
        return [f"column_{i}" for i in range(1, n + 1)], n, []
    raw = split_record(layout.header, layout.separator, name, layout.first_row - 1)
    notes: list[Note] = []
    return column_names(raw, notes), len(raw), notes
