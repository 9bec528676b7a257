"""A person's CSV file in chunks, each tidied exactly as :func:`~nnviz.core.data.csvread.read_table`
tidies the whole table, without ever holding the whole table: what ``nnviz predict`` reads.

Two passes over the file. The first parses every block (the same checks, the same missing-cell
rules, the same encoding choice as :func:`read_table`: any refusal comes before a single row is
handed out) and tallies, per column, what :func:`~nnviz.core.data.csvkinds.tidy` decides a
column's kind from (the dtype every block was read as, how many cells are present, how many are
not numbers, the first 1,000 present values); the second parses the blocks again and tidies each
with the kinds so decided. A cell therefore reads the same in a chunk as in the whole table:
a column that is numeric overall keeps its few junk cells missing in a block where they are many,
and a text column stays text in a block that holds only numbers.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np
import pandas as pd

from nnviz.core.data.csvkinds import JUNK_SHARE, looks_decimal_comma, stripped_text, to_numbers
from nnviz.core.data.csvrows import NotUtf8, check_encoding, iter_blocks, latin1_names, read_errors
from nnviz.core.data.csvsniff import SAMPLE_BYTES, check_file, decode_wide, find_layout, header_names
from nnviz.core.data.problem import DataError
from nnviz.core.tr import translate

HEAD_VALUES = 1000  # tidy judges "mostly numbers" on a column's first present values


def _load_trim():
    """glibc's ``malloc_trim``, or None elsewhere. pandas' parser leaves the memory of each block
    it frees in glibc's heap, fragmented, so the process grows by about half a block per block
    read although nothing is kept; trimming after each block holds it flat."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_TRIM = _load_trim()


def _give_back() -> None:
    if _TRIM is not None:
        _TRIM(0)


@dataclass
class _Tally:
    """What decides one column's kind, gathered block by block."""

    classes: set = field(default_factory=set)  # "bool", "number", "other": each block's dtype
    present: int = 0
    junk: int = 0
    head: list = field(default_factory=list)
    commas_read: bool = True  # every present value is a number once "," becomes "."

    def add(self, s: pd.Series, separator: str) -> None:
        if pd.api.types.is_bool_dtype(s):
            self.classes.add("bool")
        elif pd.api.types.is_numeric_dtype(s):
            self.classes.add("number")
            # every present number's text reads back as a number, with or without commas:
            # only the head needs the text
            present = s.notna()
            self.present += int(present.sum())
            if len(self.head) < HEAD_VALUES:
                self.head.extend(_as_text(s[present].iloc[: HEAD_VALUES - len(self.head)]).tolist())
            return
        else:
            self.classes.add("other")
        text = _as_text(s)
        present = text.notna()
        n = int(present.sum())
        if not n:
            return
        values = text[present]
        self.present += n
        self.junk += int(to_numbers(values).isna().sum())
        if len(self.head) < HEAD_VALUES:
            self.head.extend(values.iloc[: HEAD_VALUES - len(self.head)].tolist())
        if separator != "," and self.commas_read:
            self.commas_read = bool(to_numbers(values.str.replace(",", ".", regex=False)).notna().all())

    def kind(self, separator: str) -> str:
        """How :func:`~nnviz.core.data.csvkinds.tidy` reads the whole column: "bool", "number"
        (read as numbers), "empty", "text", "to-number" (text cells as numbers) or "comma"."""
        if self.classes == {"bool"}:
            return "bool"
        if self.classes == {"number"}:
            return "number"
        if not self.present:
            return "empty"
        head = pd.Series(self.head, dtype=object)
        if to_numbers(head).notna().mean() < 0.5:
            if separator != "," and looks_decimal_comma(head) and self.commas_read:
                return "comma"
            return "text"
        return "to-number" if self.junk <= JUNK_SHARE * self.present else "text"


def _as_text(s: pd.Series) -> pd.Series:
    # a column whose blocks differ in dtype is concatenated as objects: the same Python values
    return stripped_text(s.astype(object))


def _tidy_block(frame: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    columns = {}
    for col in frame.columns:
        s, kind = frame[col], kinds[col]
        if kind == "bool":
            s = s.map({True: "True", False: "False"}).astype(object)
        elif kind == "text":
            s = _as_text(s)
        else:
            if kind == "number":
                s = s.astype("float64")
            elif kind == "empty":
                s = pd.Series(np.nan, index=s.index, dtype="float64")
            elif kind == "to-number":
                s = to_numbers(_as_text(s)).astype("float64")
            else:  # comma
                s = to_numbers(_as_text(s).str.replace(",", ".", regex=False)).astype("float64")
            s = s.mask(np.isinf(s.to_numpy()))
        columns[col] = s
    return pd.DataFrame(columns, index=frame.index, copy=False)


def iter_table(path: str | os.PathLike) -> Iterator[pd.DataFrame]:
    """The table at ``path`` as tidied DataFrames, one per block of the file that
    :func:`read_table` parses (:data:`~nnviz.core.data.csvrows.BLOCK_BYTES`: pandas guesses a
    block's dtypes, so the same blocks give the same cells), their index numbering the data rows
    from 0 across blocks as :func:`read_table`'s frame does.
    Every refusal (a :class:`DataError`, one line naming the file) is raised before the first
    chunk is yielded."""
    path = Path(path)
    name = path.name or str(path)
    with read_errors(name):
        yield from _iter_table(path)


def _iter_table(path: Path) -> Iterator[pd.DataFrame]:
    size = check_file(path, None)    # no memory check: the table is never held whole
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE_BYTES)
        source, size, notes, _ = decode_wide(fh, head, size, path)
        layout = find_layout(source, size, path.name, notes, None)
        names, n_fields, _ = header_names(layout, path.name)
        separator = layout.separator
        for encoding in ("utf-8", "latin-1"):
            tallies = {col: _Tally() for col in names}
            rows = 0
            try:
                if layout.header is not None:
                    check_encoding(layout.header, encoding)
                for frame in iter_blocks(layout, encoding, names, n_fields, path.name):
                    rows += len(frame)
                    for col in names:
                        tallies[col].add(frame[col], separator)
                    del frame
                    _give_back()
            except NotUtf8:
                continue
            break
        if rows == 0:
            raise DataError(translate("Csv", "{0}: the file has a header but no data rows.").format(path.name))
        kinds = {col: t.kind(separator) for col, t in tallies.items()}
        final_names = latin1_names(layout, path.name) if encoding != "utf-8" and layout.header is not None else names
        start = 0
        for frame in iter_blocks(layout, encoding, names, n_fields, path.name):
            frame.index = pd.RangeIndex(start, start + len(frame))
            start += len(frame)
            tidied = _tidy_block(frame, kinds)
            tidied.columns = final_names
            del frame
            yield tidied
            del tidied
            _give_back()
