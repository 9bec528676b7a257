"""A person's CSV file -> :class:`~nnviz.core.problem.Problem`, tolerant of mess, clear on refusal.

Two steps, so a window can show the table before the person picks a target:

* :func:`read_table` reads the file into a :class:`Table` (a pandas DataFrame plus notes):
  it guesses the encoding (UTF-8, else latin-1) and the separator, reads in blocks with a
  progress callback, refuses files that are not CSV tables (binary, HTML, ragged rows, too big
  for memory) and tidies what it can (duplicate names, infinities, stray spaces).
* :func:`prepare` turns a table into a Problem: chooses features, one-hot encodes text features,
  encodes the target, handles missing values, splits (stratified), scales on the training rows.

:func:`load_csv` does both; :func:`encode_inputs` encodes one row typed in original units.
Every refusal is a :class:`DataError` whose ``str()`` is one line naming the file.
Rows are numbered like a spreadsheet: the header is row 1 (blank lines count too).
"""
from __future__ import annotations

import codecs
import csv
import io
import math
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from nnviz.core.problem import DataError, Problem, Scaler, split_indices

SEPARATORS = (",", ";", "\t", "|")
EXTRA_MISSING = ["?"]  # besides pandas' defaults: empty, NA, NaN, N/A, NULL, None, #N/A, ...
BLOCK_BYTES = 8 << 20  # read size per progress step
SAMPLE_BYTES = 64 << 10  # head of the file used to sniff the layout
MEMORY_FACTOR = 4.0  # RAM per file byte: ~3.4 measured by scripts/bench_csv.py for numbers, + margin
MAX_INT_CLASSES = 10  # a numeric target with at most this many integer values is a class label
MAX_CLASSES = 100
MEMINFO = "/proc/meminfo"  # Linux; elsewhere sysconf, else no memory check
JUNK_SHARE = 0.05  # a column with at most this share of non-numbers is numeric, junk -> missing

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class LoadCancelled(Exception):
    """Raised by :func:`read_table` when its ``cancel()`` callback returns True."""


@dataclass
class Table:
    """A CSV file read into memory. ``column_kinds[col]`` is "numeric" or "text"."""

    frame: pd.DataFrame
    path: Path | None = None
    encoding: str = "utf-8"
    separator: str = ","
    notes: list[str] = field(default_factory=list)
    column_kinds: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The file name used in messages."""
        return self.path.name if self.path is not None else "table"

    @property
    def numeric_columns(self) -> list[str]:
        return [c for c, k in self.column_kinds.items() if k == "numeric"]

    @property
    def text_columns(self) -> list[str]:
        return [c for c, k in self.column_kinds.items() if k == "text"]


# =============================================================================================
# read_table
# =============================================================================================
@dataclass
class _Layout:
    """Where the rows are and how they are separated, found from the head of the file."""

    source: BinaryIO
    size: int
    separator: str
    header: bytes | None  # raw header line, or None when the file has no header row
    data_start: int  # byte offset of the first data line
    first_row: int  # spreadsheet row number of the first data line
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

    ``progress(fraction)`` is called after each block of about 8 MB (and with 0.0 and 1.0);
    ``cancel()`` returning True raises :class:`LoadCancelled`. ``max_bytes`` overrides the
    memory available (default: MemAvailable) when judging whether the file fits.
    """
    path = Path(path)
    size = _check_file(path, max_bytes)
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE_BYTES)
        _refuse_non_table(head, path.name)
        layout = _find_layout(fh, head, size)
        if progress:
            progress(0.0)
        frame, encoding, enc_notes = _read_any_encoding(layout, path.name, progress, cancel)
        encoding = layout.encoding or encoding
    if len(frame) == 0:
        raise DataError(f"{path.name}: the file has a header but no data rows.")
    frame, kinds, tidy_notes = _tidy(frame, layout.separator)
    notes = enc_notes + layout.notes + tidy_notes
    n_num = sum(k == "numeric" for k in kinds.values())
    notes.append(
        f"Read {len(frame):,} rows × {frame.shape[1]} columns "
        f"({n_num} numeric, {frame.shape[1] - n_num} text)."
    )
    if progress:
        progress(1.0)
    return Table(frame, path, encoding, layout.separator, notes, kinds)


# --- refusals before reading -----------------------------------------------------------------
def _check_file(path: Path, max_bytes: int | None) -> int:
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
    budget = max_bytes if max_bytes is not None else _available_memory()
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
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _refuse_non_table(head: bytes, name: str) -> None:
    """Refuse binary files, HTML/XML pages and files holding only blanks."""
    if head.startswith(_UTF16_BOMS):
        return
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise DataError(f"{name}: this is a binary file ({what}), not a CSV table.")
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), *range(14, 32)))
    if b"\x00" in head or controls > 0.05 * len(head):
        raise DataError(f"{name}: this is a binary file, not a CSV table.")
    start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:4096].lower()
    if not start:
        raise DataError(f"{name}: the file is empty.")
    if start.startswith((b"<!doctype html", b"<html")) or (
        start.startswith(b"<") and any(tag in start for tag in (b"<html", b"<head", b"<body"))
    ):
        raise DataError(f"{name}: this looks like an HTML page, not a CSV table.")
    if start.startswith(b"<?xml"):
        raise DataError(f"{name}: this looks like an XML document, not a CSV table.")


# --- layout: encoding quirks, separator, header ----------------------------------------------
def _find_layout(fh: BinaryIO, head: bytes, size: int) -> _Layout:
    """Sniff byte-order marks, line endings, separator and header from the file's head."""
    notes: list[str] = []
    source: BinaryIO = fh
    encoding = "utf-16" if head.startswith(_UTF16_BOMS) else None
    if head.startswith(_UTF16_BOMS) or (b"\r" in head and b"\n" not in head):
        fh.seek(0)
        data = fh.read()
        if head.startswith(_UTF16_BOMS):
            data = data.decode("utf-16", errors="replace").encode("utf-8")
            notes.append("Read as UTF-16 text.")
        if b"\n" not in data[:SAMPLE_BYTES]:
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            notes.append("Converted old Mac line endings (CR only) to newlines.")
        source, size, head = io.BytesIO(data), len(data), data[:SAMPLE_BYTES]
    offset = 0
    if head.startswith(codecs.BOM_UTF8):
        offset = len(codecs.BOM_UTF8)
        notes.append("Removed a UTF-8 byte-order mark.")
    whole = len(head) >= size
    cut = head.rfind(b"\n") + 1
    sample = head[offset:] if whole or cut == 0 else head[offset:cut]
    text = sample.decode("utf-8", errors="replace")
    separator = _sniff_separator(text, drop_last=not whole)
    if separator != ",":
        notes.append(f"Separator {'tab' if separator == chr(9) else repr(separator)} detected.")

    start, row = _skip_blank_lines(sample)
    header = _read_record(source, offset + start)
    fields = _split_line(header.decode("utf-8", errors="replace"), separator)
    if fields and all(_is_number(f) for f in fields):
        n = len(fields)
        notes.append(f"The first row holds numbers, not names; columns are named column_1 … column_{n}.")
        return _Layout(source, size, separator, None, offset + start, row, notes, encoding)
    rows_in_header = header.count(b"\n") or 1
    data_start = offset + start + len(header)
    return _Layout(source, size, separator, header, data_start, row + rows_in_header, notes, encoding)


def _sniff_separator(text: str, drop_last: bool) -> str:
    """The separator among :data:`SEPARATORS` that splits the sample most consistently.

    Score: share of rows with as many fields as the header, then the field count; a
    separator that leaves the header in one piece never wins. Falls back to ','.
    """
    lines = text.splitlines(keepends=True)[:500]
    best: tuple[tuple[float, int], str] | None = None
    for sep in SEPARATORS:
        try:
            rows = [r for r in csv.reader(lines, delimiter=sep) if _nonblank(r)]
        except csv.Error:
            continue
        if drop_last and len(rows) > 2:
            rows = rows[:-1]  # maybe cut in the middle
        if not rows or len(rows[0]) < 2:
            continue
        h = len(rows[0])
        score = (sum(len(r) == h for r in rows[1:]) / max(1, len(rows) - 1), h)
        if best is None or score > best[0]:
            best = (score, sep)
    return best[1] if best else ","


def _nonblank(record: list[str]) -> bool:
    return bool(record) and not (len(record) == 1 and not record[0].strip())


def _skip_blank_lines(data: bytes) -> tuple[int, int]:
    """(byte offset, spreadsheet row number) of the first line with content."""
    pos, row = 0, 1
    while pos < len(data):
        nl = data.find(b"\n", pos)
        end = len(data) if nl < 0 else nl + 1
        if data[pos:end].strip():
            break
        pos, row = end, row + 1
    return pos, row


def _read_record(src: BinaryIO, pos: int) -> bytes:
    """The raw line(s) of the record starting at byte ``pos`` (quoted newlines included)."""
    src.seek(pos)
    record = src.readline()
    while record.count(b'"') % 2:
        more = src.readline()
        if not more:
            break
        record += more
    return record


def _split_line(line: str, sep: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(line), delimiter=sep))
    return rows[0] if rows else []


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _column_names(raw: list[str], notes: list[str]) -> list[str]:
    """Stripped, non-empty, unique names: empty -> column_<i>, duplicates -> name.1, name.2."""
    names: list[str] = []
    for i, name in enumerate(raw, start=1):
        name = name.strip()
        if not name:
            name = f"column_{i}"
            notes.append(f"Named the unnamed column {i} '{name}'.")
        names.append(name)
    seen = set(names)
    unique: list[str] = []
    for name in names:
        if name in unique:
            k = 1
            while f"{name}.{k}" in seen:
                k += 1
            new = f"{name}.{k}"
            seen.add(new)
            notes.append(f"Renamed duplicate column '{name}' to '{new}'.")
            name = new
        unique.append(name)
    return unique


# --- reading the rows ------------------------------------------------------------------------
class _NotUtf8(Exception):
    pass


def _read_any_encoding(
    layout: _Layout, name: str, progress: ProgressFn | None, cancel: CancelFn | None
) -> tuple[pd.DataFrame, str, list[str]]:
    """Read as UTF-8; if any byte is not valid UTF-8, start again as latin-1."""
    for encoding in ("utf-8", "latin-1"):
        try:
            names, n_fields, notes = _header_names(layout, encoding)
            frame = _read_rows(layout, encoding, names, n_fields, name, progress, cancel)
        except _NotUtf8:
            continue
        if encoding != "utf-8":
            notes.insert(0, "Read as latin-1 (not valid UTF-8).")
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
    while True:
        if cancel is not None and cancel():
            raise LoadCancelled()
        chunk = src.read(BLOCK_BYTES)
        eof = not chunk
        data = pending + chunk
        if eof:
            block, pending = data, b""
            if _odd_quotes(block):
                _refuse_unclosed_quote(block, layout.separator, encoding, row, name)
        else:
            cut = data.rfind(b"\n") + 1
            block, pending = data[:cut], data[cut:]
            if cut == 0 or _odd_quotes(block):  # no full line yet, or a quoted newline at the cut
                pending = data
                continue
        if block.strip():
            _check_encoding(block, encoding)
            _check_field_counts(block, layout.separator, encoding, n_fields, row, name)
            frames.append(_parse_block(block, layout.separator, encoding, names, row, name))
        row += block.count(b"\n")
        if progress is not None and not eof:
            progress(min(1.0, src.tell() / max(1, layout.size)))
        if eof:
            break
    if not frames:
        return pd.DataFrame(columns=names)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _odd_quotes(block: bytes) -> bool:
    return b'"' in block and block.count(b'"') % 2 == 1


def _header_names(layout: _Layout, encoding: str) -> tuple[list[str], int, list[str]]:
    """Unique column names, the field count every row must have, and notes on renaming."""
    if layout.header is None:
        first = _read_record(layout.source, layout.data_start)
        n = len(_split_line(first.decode(encoding, errors="replace"), layout.separator))
        return [f"column_{i}" for i in range(1, n + 1)], n, []
    _check_encoding(layout.header, encoding)
    raw = _split_line(layout.header.decode(encoding), layout.separator)
    notes: list[str] = []
    return _column_names(raw, notes), len(raw), notes


def _check_encoding(block: bytes, encoding: str) -> None:
    if encoding == "utf-8":
        try:
            block.decode("utf-8")
        except UnicodeDecodeError:
            raise _NotUtf8() from None


def _check_field_counts(
    block: bytes, sep: str, encoding: str, n_fields: int, first_row: int, name: str
) -> None:
    """Refuse a row with more or fewer fields than the header (pandas pads short rows)."""
    if b'"' in block:
        _check_field_counts_quoted(block, sep, encoding, n_fields, first_row, name)
        return
    arr = np.frombuffer(block, dtype=np.uint8)
    ends = np.flatnonzero(arr == 10)
    if not block.endswith(b"\n"):
        ends = np.append(ends, len(arr))
    seps = np.flatnonzero(arr == ord(sep))
    counts = np.diff(np.searchsorted(seps, ends), prepend=0) + 1
    blank_chars = b" \r" if sep == "\t" else b" \t\r"
    for i in np.flatnonzero(counts != n_fields):
        if counts[i] == 1:  # maybe a blank line, which pandas skips
            start = 0 if i == 0 else int(ends[i - 1]) + 1
            if not block[start : int(ends[i])].strip(blank_chars):
                continue
        _refuse_ragged(name, first_row + int(i), int(counts[i]), n_fields)


def _check_field_counts_quoted(
    block: bytes, sep: str, encoding: str, n_fields: int, first_row: int, name: str
) -> None:
    """Same as :func:`_check_field_counts`, with the csv module for quoted fields."""
    reader = csv.reader(io.StringIO(block.decode(encoding)), delimiter=sep)
    start_line = 0
    for record in reader:
        if _nonblank(record) and len(record) != n_fields:
            _refuse_ragged(name, first_row + start_line, len(record), n_fields)
        start_line = reader.line_num


def _refuse_ragged(name: str, row: int, got: int, want: int) -> None:
    raise DataError(
        f"{name}: row {row} has {got} field{'s' * (got != 1)}, the header has {want}."
    )


def _refuse_unclosed_quote(block: bytes, sep: str, encoding: str, first_row: int, name: str) -> None:
    """An odd number of quotes at the end: refuse if a quoted field runs to the end of file."""
    reader = csv.reader(io.StringIO(block.decode(encoding, errors="replace")), delimiter=sep)
    start_line, last, last_start = 0, None, 0
    for record in reader:
        last, last_start = record, start_line
        start_line = reader.line_num
    if last and any("\n" in f for f in last):
        raise DataError(f"{name}: a quote (\") opened in row {first_row + last_start} is never closed.")


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
def _tidy(frame: pd.DataFrame, separator: str) -> tuple[pd.DataFrame, dict[str, str], list[str]]:
    """Decide numeric vs text per column, turn infinities and blank text into missing."""
    kinds: dict[str, str] = {}
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
        columns[col], kinds[col] = s, kind
    if infinite:
        total = sum(infinite.values())
        notes.append(
            f"{total} infinite value{'s' * (total != 1)} treated as missing ({_counts(infinite)})."
        )
    return pd.DataFrame(columns, index=frame.index, copy=False), kinds, notes


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
                notes.append(f"Read column '{col}' with decimal commas.")
                return numbers.astype("float64"), "numeric"
        return text, "text"
    numbers = pd.to_numeric(text, errors="coerce")
    junk = present & numbers.isna()
    n_junk = int(junk.sum())
    if n_junk == 0:
        return numbers.astype("float64"), "numeric"
    if n_junk <= JUNK_SHARE * int(present.sum()):
        examples = ", ".join(repr(v) for v in text[junk].unique()[:3])
        notes.append(
            f"Column '{col}': {n_junk} non-numeric value{'s' * (n_junk != 1)} ({examples}) "
            "treated as missing."
        )
        return numbers.astype("float64"), "numeric"
    return text, "text"


def _looks_decimal_comma(values: pd.Series) -> bool:
    fixed = values.str.replace(",", ".", regex=False)
    return bool(values.str.contains(",", regex=False).any()) and bool(
        pd.to_numeric(fixed, errors="coerce").notna().all()
    )


def _counts(d: Mapping[str, int], limit: int = 5) -> str:
    items = sorted(d.items(), key=lambda kv: -kv[1])
    text = ", ".join(f"{k}: {v:,}" for k, v in items[:limit])
    return text + (", …" if len(items) > limit else "")


# =============================================================================================
# prepare
# =============================================================================================
@dataclass
class _Target:
    task: str
    class_names: list[str] | None
    values: np.ndarray  # (n,) class index per row, or the raw number for regression


def prepare(
    table: Table,
    target: str,
    *,
    features: Sequence[str] | str | None = None,
    target_kind: str | None = None,
    missing: str = "drop",
    scaling: str = "standard",
    split: Sequence[float] = (75, 10, 15),
    seed: int = 0,
    one_hot_text: bool = True,
) -> Problem:
    """Turn ``table`` into a :class:`Problem` predicting ``target``.

    ``features``: column names (or "a,b"); None = every numeric column but the target.
    ``target_kind``: None (detect), "classification", "binary", "multiclass" or "regression".
    ``missing``: "drop" rows with a missing used value, or "mean" = fill numeric features with
    the training-split mean (text features with the most common training value).
    ``split``: train/val/test percentages. Scaling is fitted on the training rows only.
    """
    name = table.name
    fractions = _check_options(name, missing, scaling, split, target_kind)
    frame = table.frame
    _require_columns(name, frame, [target])
    notes: list[str] = []
    feats = _choose_features(table, target, features, one_hot_text, notes)

    data = frame[feats + [target]]
    no_target = data[target].isna()
    if no_target.all():
        raise DataError(f"{name}: the target '{target}' has no values.")
    if no_target.any():
        n = int(no_target.sum())
        notes.append(f"Dropped {n:,} {'row' if n == 1 else 'rows'} with no value for the target '{target}'.")
        data = data[~no_target]
    if missing == "drop":
        data = _drop_missing(name, data, feats, notes)

    tgt = _encode_target(name, table, data[target], target_kind, notes)
    train, val, test = _split_rows(name, len(data), fractions, seed, tgt, len(frame), notes)
    if missing == "mean":
        data = _fill_missing(name, data, feats, table.column_kinds, train, notes)

    X, feature_names, raw_columns = _encode_features(data, feats, table.column_kinds, notes)
    Y = _target_matrix(tgt)
    x_scaler = Scaler.fit(X[train], scaling)
    notes.append(
        f"Inputs scaled ('{scaling}') with statistics of the {len(train):,} training rows only."
    )
    y_scaler = Scaler()
    if tgt.task == "regression":
        y_scaler = Scaler.fit(Y[train], "max" if scaling == "max" else "standard")
        notes.append(f"Target scaled ('{y_scaler.kind}') with statistics of the training rows.")

    def part(idx: np.ndarray, frac: float) -> tuple[np.ndarray | None, np.ndarray | None]:
        if frac == 0 and len(idx) == 0:
            return None, None
        return _scaled_rows(X, idx, x_scaler), _scaled_rows(Y, idx, y_scaler)

    X_train, Y_train = part(train, fractions[0])
    X_val, Y_val = part(val, fractions[1])
    X_test, Y_test = part(test, fractions[2])
    for X_part in (X_train, X_val, X_test):
        _refuse_non_finite(name, X_part, feature_names)
    return Problem(
        name=table.path.stem if table.path is not None else "table",
        task=tgt.task,
        X_train=X_train,
        Y_train=Y_train,
        feature_names=feature_names,
        target_name=target,
        class_names=tgt.class_names,
        X_val=X_val,
        Y_val=Y_val,
        X_test=X_test,
        Y_test=Y_test,
        x_scaler=x_scaler,
        y_scaler=y_scaler,
        notes=list(table.notes) + notes,
        raw_columns=raw_columns,
    )


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


# --- options and columns ---------------------------------------------------------------------
def _check_options(
    name: str, missing: str, scaling: str, split: Sequence[float], target_kind: str | None
) -> tuple[float, float, float]:
    """Validate the options; return the split as fractions summing to 1."""
    if missing not in ("drop", "mean"):
        raise DataError(f"{name}: unknown missing-value rule {missing!r}; choose drop or mean.")
    if scaling not in ("none", "max", "minmax", "standard"):
        raise DataError(f"{name}: unknown scaling {scaling!r}; choose none, max, minmax or standard.")
    if target_kind not in (None, "classification", "binary", "multiclass", "regression"):
        raise DataError(
            f"{name}: unknown target kind {target_kind!r}; "
            "choose classification, binary, multiclass or regression."
        )
    f = np.asarray(split, dtype=float)
    if f.shape != (3,) or not np.isfinite(f).all() or (f < 0).any() or f[0] <= 0:
        raise DataError(
            f"{name}: the split must be three non-negative percentages with a non-zero training part."
        )
    f = f / f.sum()
    return float(f[0]), float(f[1]), float(f[2])


def _require_columns(name: str, frame: pd.DataFrame, columns: Sequence[str]) -> None:
    for col in columns:
        if col not in frame.columns:
            raise DataError(
                f"{name}: column '{col}' does not exist; columns are: {_list(frame.columns)}."
            )


def _list(items: Sequence[str], limit: int = 30) -> str:
    items = [str(i) for i in items]
    return ", ".join(items[:limit]) + (f", … ({len(items)} in all)" if len(items) > limit else "")


def _choose_features(
    table: Table, target: str, features: Sequence[str] | str | None, one_hot_text: bool, notes: list[str]
) -> list[str]:
    """The columns to learn from, in order; refuses when none is usable."""
    name, kinds = table.name, table.column_kinds
    if features is None:
        chosen = [c for c in table.frame.columns if c != target and kinds[c] == "numeric"]
        empty = [c for c in chosen if table.frame[c].isna().all()]
        if empty:
            notes.append(f"Left out column{'s' * (len(empty) > 1)} with no values: {_list(empty)}.")
            chosen = [c for c in chosen if c not in empty]
        text = [c for c in table.frame.columns if c != target and kinds[c] == "text"]
        if not chosen:
            hint = ""
            if text and one_hot_text:
                hint = f"; choose text columns as features to one-hot encode them ({_list(text)})"
            raise DataError(
                f"{name}: there is no usable feature: no numeric column besides the target "
                f"'{target}'{hint}."
            )
        if text:
            notes.append(
                f"Text columns not used as features: {_list(text)} (choose them to one-hot encode them)."
            )
        return chosen
    if isinstance(features, str):
        features = [f.strip() for f in features.split(",") if f.strip()]
    chosen = list(dict.fromkeys(features))
    if not chosen:
        raise DataError(f"{name}: there is no usable feature: no feature column was chosen.")
    _require_columns(name, table.frame, chosen)
    if target in chosen:
        raise DataError(f"{name}: the target '{target}' cannot also be a feature.")
    text = [c for c in chosen if kinds[c] == "text"]
    if text and not one_hot_text:
        chosen = [c for c in chosen if c not in text]
        if not chosen:
            raise DataError(
                f"{name}: there is no usable feature: {_list(text)} "
                f"{'is' if len(text) == 1 else 'are'} text and one-hot encoding is off."
            )
        notes.append(
            f"Left out text column{'s' * (len(text) > 1)} {_list(text)} (one-hot encoding is off)."
        )
    return chosen


# --- missing values --------------------------------------------------------------------------
def _drop_missing(name: str, data: pd.DataFrame, feats: list[str], notes: list[str]) -> pd.DataFrame:
    """Drop rows with any missing feature value; refuse when nothing is left."""
    holes = data[feats].isna()
    bad = holes.any(axis=1)
    n_bad = int(bad.sum())
    if n_bad == 0:
        return data
    per_col = {c: int(v) for c, v in holes.sum().items() if v}
    if n_bad == len(data):
        worst = max(per_col, key=per_col.get)
        raise DataError(
            f"{name}: every row has a missing value in the chosen columns "
            f"(most in '{worst}': {per_col[worst]:,} of {len(data):,}); nothing is left to learn from."
        )
    notes.append(f"Dropped {n_bad:,} of {len(data):,} {'row' if len(data) == 1 else 'rows'} with missing values ({_counts(per_col)}).")
    return data[~bad]


def _fill_missing(
    name: str,
    data: pd.DataFrame,
    feats: list[str],
    kinds: Mapping[str, str],
    train: np.ndarray,
    notes: list[str],
) -> pd.DataFrame:
    """Fill numeric features with the training mean, text features with the training mode."""
    data = data.copy()
    filled_num: dict[str, int] = {}
    filled_text: dict[str, int] = {}
    for col in feats:
        holes = data[col].isna()
        if not holes.any():
            continue
        train_values = data[col].iloc[train].dropna()
        if train_values.empty:
            raise DataError(
                f"{name}: column '{col}' has no values in the training rows to fill its gaps with."
            )
        if kinds[col] == "numeric":
            data[col] = data[col].fillna(float(train_values.mean()))
            filled_num[col] = int(holes.sum())
        else:
            counts = train_values.value_counts()
            data[col] = data[col].fillna(sorted(counts.index[counts == counts.max()])[0])
            filled_text[col] = int(holes.sum())
    if filled_num:
        notes.append(
            f"Filled {sum(filled_num.values()):,} missing numeric cells with training-split means "
            f"({_counts(filled_num)})."
        )
    if filled_text:
        notes.append(
            f"Filled {sum(filled_text.values()):,} missing text cells with the most common "
            f"training value ({_counts(filled_text)})."
        )
    return data


# --- target ----------------------------------------------------------------------------------
def _encode_target(
    name: str, table: Table, y: pd.Series, target_kind: str | None, notes: list[str]
) -> _Target:
    """Detect or check the task and turn the target into class indices or numbers."""
    col = str(y.name)
    if table.column_kinds[col] == "text":
        if target_kind == "regression":
            raise DataError(f"{name}: the target '{col}' is text; it cannot be a regression target.")
        class_names = sorted(str(v) for v in pd.unique(y.to_numpy(dtype=object)))
        codes = pd.Categorical(y, categories=class_names).codes.astype(int)
    else:
        numbers = y.to_numpy(dtype=float)
        uniq = np.unique(numbers)
        looks_like_labels = len(uniq) <= MAX_INT_CLASSES and bool(np.all(uniq == np.round(uniq)))
        if target_kind == "regression" or (target_kind is None and not looks_like_labels):
            notes.append(f"Target '{col}': regression (predicting a number).")
            return _Target("regression", None, numbers)
        class_names = [_format_number(v) for v in uniq]
        codes = np.searchsorted(uniq, numbers)
    k = len(class_names)
    if k == 1:
        raise DataError(
            f"{name}: the target '{col}' has a single class ('{class_names[0]}'); "
            "a classifier needs at least two."
        )
    if k > MAX_CLASSES:
        raise DataError(
            f"{name}: the target '{col}' has {k:,} different values; a classifier here takes at most "
            f"{MAX_CLASSES} classes (is it an identifier or a number to predict?)."
        )
    if target_kind == "binary" and k != 2:
        raise DataError(
            f"{name}: the target '{col}' has {k} classes; binary classification needs exactly two."
        )
    task = "multiclass" if k > 2 or target_kind == "multiclass" else "binary"
    shown = _list(class_names, limit=10)
    notes.append(f"Target '{col}': {task} classification with {k} classes ({shown}).")
    return _Target(task, class_names, codes)


def _format_number(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _target_matrix(tgt: _Target) -> np.ndarray:
    """Y as in :class:`Problem`: (n, 1) 0/1, (n, k) one-hot, or (n, 1) raw numbers."""
    if tgt.task == "multiclass":
        assert tgt.class_names is not None
        return np.eye(len(tgt.class_names))[tgt.values]
    return tgt.values.astype(float).reshape(-1, 1)


# --- split -----------------------------------------------------------------------------------
def _split_rows(
    name: str,
    n: int,
    fractions: tuple[float, float, float],
    seed: int,
    tgt: _Target,
    n_file_rows: int,
    notes: list[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Train/val/test row indices; stratified by class when possible; refuses too few rows."""
    classify = tgt.task != "regression"
    needed = _rows_needed(fractions, classify)
    if n < needed:
        left = (
            f"only {n:,} rows are left after dropping rows with missing values"
            if n < n_file_rows
            else f"there are only {n:,} rows"
        )
        raise DataError(f"{name}: {left}; a {_pct(fractions)} split needs at least {needed}.")
    parts = split_indices(n, fractions, seed, tgt.values if classify else None)
    how = "stratified by class, " if classify else ""
    if classify and any(f > 0 and len(p) == 0 for f, p in zip(fractions, parts)):
        parts = split_indices(n, fractions, seed)
        how = ""
        notes.append("Too few rows per class to stratify the split; split without stratification.")
    train = parts[0]
    if classify:
        assert tgt.class_names is not None
        in_train = np.unique(tgt.values[train])
        if len(in_train) < 2:
            raise DataError(f"{name}: the training rows hold a single class; more rows are needed.")
        absent = [tgt.class_names[i] for i in range(len(tgt.class_names)) if i not in set(in_train)]
        if absent:
            notes.append(f"No training rows for class {_list(absent)}.")
    notes.append(
        f"Split {_pct(fractions)}: {len(parts[0]):,} training, {len(parts[1]):,} validation, "
        f"{len(parts[2]):,} test rows ({how}seed {seed})."
    )
    return parts


def _rows_needed(fractions: tuple[float, float, float], classify: bool) -> int:
    """Fewest rows from which every split with a non-zero share gets a row (2 training rows
    for a classifier), using the same rounding as :func:`split_indices`."""

    def ok(n: int) -> bool:
        n_val, n_test = int(round(n * fractions[1])), int(round(n * fractions[2]))
        n_train = n - n_val - n_test
        return (
            n_train >= (2 if classify else 1)
            and (fractions[1] == 0 or n_val >= 1)
            and (fractions[2] == 0 or n_test >= 1)
        )

    n = 1
    while not all(ok(m) for m in range(n, n + 50)):
        n += 1
    return n


def _pct(fractions: Sequence[float]) -> str:
    return "/".join(f"{100 * f:.3g}" for f in fractions)


# --- features --------------------------------------------------------------------------------
def _encode_features(
    data: pd.DataFrame, feats: list[str], kinds: Mapping[str, str], notes: list[str]
) -> tuple[np.ndarray, list[str], list[tuple[str, str, list[str] | None]]]:
    """X (n, n_features) unscaled float64, its column names, and the raw-column recipe."""
    blocks: list[np.ndarray] = []
    names: list[str] = []
    raw: list[tuple[str, str, list[str] | None]] = []
    encoded: dict[str, int] = {}
    for col in feats:
        if kinds[col] == "numeric":
            blocks.append(data[col].to_numpy(dtype=float).reshape(-1, 1))
            names.append(col)
            raw.append((col, "numeric", None))
            continue
        values = data[col]
        cats = sorted(str(v) for v in pd.unique(values.dropna().to_numpy(dtype=object)))
        codes = pd.Categorical(values, categories=cats).codes
        blocks.append((codes[:, None] == np.arange(len(cats))[None, :]).astype(float))
        names.extend(f"{col}={c}" for c in cats)
        raw.append((col, "text", cats))
        encoded[col] = len(cats)
    if encoded:
        parts = ", ".join(f"{c} ({k} categories)" for c, k in encoded.items())
        notes.append(f"One-hot encoded text: {parts}.")
    return np.hstack(blocks), names, raw


def _scaled_rows(A: np.ndarray, idx: np.ndarray, scaler: Scaler) -> np.ndarray:
    """``scaler.transform(A[idx])`` computed in place, to spare two temporary copies."""
    rows = A[idx].astype(float, copy=False)
    if scaler.offset is not None and scaler.scale is not None:
        rows -= scaler.offset
        rows /= scaler.scale
    return rows


def _refuse_non_finite(name: str, X: np.ndarray | None, feature_names: list[str]) -> None:
    if X is None:
        return
    bad = ~np.isfinite(X).all(axis=0)
    if bad.any():
        col = feature_names[int(np.flatnonzero(bad)[0])]
        raise DataError(f"{name}: column '{col}' has values too large to scale.")


# =============================================================================================
# encode_inputs
# =============================================================================================
def encode_inputs(problem: Problem, raw_row: Mapping[str, str | float]) -> np.ndarray:
    """One row typed in original units -> scaled network input of shape (1, n_features).

    Numbers may be given as text ("3.5"); text columns must hold one of the known categories
    (case-insensitive). Missing or bad values raise :class:`DataError` naming the column.
    """
    recipe = problem.raw_columns or [(n, "numeric", None) for n in problem.feature_names]
    values: list[float] = []
    for col, kind, cats in recipe:
        if col not in raw_row:
            raise DataError(f"no value given for '{col}'.")
        value = raw_row[col]
        if kind == "numeric":
            values.append(_parse_input_number(col, value))
        else:
            values.extend(_one_hot_input(col, value, cats or []))
    x = np.asarray(values, dtype=float).reshape(1, -1)
    if x.shape[1] != problem.n_features:
        raise DataError(
            f"the input has {x.shape[1]} values but the network expects {problem.n_features}."
        )
    return problem.x_scaler.transform(x)


def _parse_input_number(col: str, value: str | float) -> float:
    try:
        number = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise DataError(f"'{col}' needs a number, not {str(value).strip()!r}.")
    return number


def _one_hot_input(col: str, value: str | float, cats: list[str]) -> list[float]:
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    text = _format_number(value) if is_number else str(value).strip()
    if text not in cats:
        matches = [c for c in cats if c.lower() == text.lower()]
        if len(matches) != 1:
            raise DataError(f"'{col}' must be one of {_list(cats, limit=12)}, not {text!r}.")
        text = matches[0]
    return [1.0 if c == text else 0.0 for c in cats]
