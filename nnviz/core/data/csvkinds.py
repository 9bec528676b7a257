"""The kind of each column of a table just read, numeric or text, and the tidying that goes with it.

A column is numeric when pandas read it as numbers; when nearly all its cells are numbers (the
rest become missing, see :data:`JUNK_SHARE`); or when it holds numbers with decimal commas in a
file separated by something else. Infinities become missing. Any other column is text, stripped,
and :func:`text_hint` says when it holds numbers in a form nnviz does not read (12%, $5, 1,234,
dates, hex) and how to fix that.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from nnviz.core.data.csvrows import MISSING_CELLS
from nnviz.core.data.csvtext import counts_text, note, shown
from nnviz.core.text import Note
from nnviz.core.tr import QT_TRANSLATE_NOOP

JUNK_SHARE = 0.05  # a column with at most this share of non-numbers is numeric, junk -> missing


def tidy(frame: pd.DataFrame, separator: str) -> tuple[pd.DataFrame, dict[str, str], dict[str, Note], list[Note]]:
    """Decide numeric vs text per column, turn infinities and blank text into missing."""
    kinds: dict[str, str] = {}
    hints: dict[str, Note] = {}
    notes: list[Note] = []
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
                    notes.append(note(QT_TRANSLATE_NOOP("Csv", "Column '{0}' is read as text: it holds {1}."),
                                      shown(col), hint))
        columns[col], kinds[col] = s, kind
    if infinite:
        total = sum(infinite.values())
        if total == 1:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "1 infinite value treated as missing ({0})."),
                              counts_text(infinite)))
        else:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "{0} infinite values treated as missing ({1})."),
                              total, counts_text(infinite)))
    return pd.DataFrame(columns, index=frame.index, copy=False), kinds, hints, notes


def _tidy_column(s: pd.Series, col: str, separator: str, notes: list[Note]) -> tuple[pd.Series, str]:
    """The column as float64 ("numeric") or stripped strings with NaN for missing ("text"), the
    text always in an object column, whatever dtype this pandas version reads text as."""
    if pd.api.types.is_bool_dtype(s):
        return s.map({True: "True", False: "False"}).astype(object), "text"
    if pd.api.types.is_numeric_dtype(s):
        return s.astype("float64"), "numeric"
    text = stripped_text(s)
    present = text.notna()
    if not present.any():
        return pd.Series(np.nan, index=s.index, dtype="float64"), "numeric"
    values = text[present]
    if to_numbers(values.head(1000)).notna().mean() < 0.5:
        if separator != "," and looks_decimal_comma(values.head(1000)):
            numbers = to_numbers(text.str.replace(",", ".", regex=False))
            if numbers[present].notna().all():
                notes.append(note(QT_TRANSLATE_NOOP("Csv", "Read column '{0}' with decimal commas."), shown(col)))
                return numbers.astype("float64"), "numeric"
        return text, "text"
    numbers = to_numbers(text)
    junk = present & numbers.isna()
    n_junk = int(junk.sum())
    if n_junk == 0:
        return numbers.astype("float64"), "numeric"
    if n_junk <= JUNK_SHARE * int(present.sum()):
        examples = ", ".join(repr(shown(v, 20)) for v in text[junk].unique()[:3])
        if n_junk == 1:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Column '{0}': 1 non-numeric value ({1}) treated as missing."),
                              shown(col), examples))
        else:
            notes.append(note(QT_TRANSLATE_NOOP(
                "Csv", "Column '{0}': {1} non-numeric values ({2}) treated as missing."), shown(col), n_junk, examples))
        return numbers.astype("float64"), "numeric"
    return text, "text"


def stripped_text(s: pd.Series) -> pd.Series:
    """``s`` as stripped strings in an object column, NaN where a cell is missing: missing in
    ``s``, or one of :data:`~nnviz.core.data.csvrows.MISSING_CELLS` once stripped (" NA ").
    Not ``s.astype("str")`` alone: pandas 2 turns a missing cell into the string "nan" there,
    pandas 3 keeps it missing."""
    text = s.astype(str).str.strip().astype(object).where(s.notna())
    return text.mask(text.isin(MISSING_CELLS))


_PLAIN_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"


def to_numbers(text: pd.Series) -> pd.Series:
    """Stripped strings (NaN for missing) -> float64, NaN where a cell is not a number.

    The same on every pandas: each number is Python's ``float()`` of its text (pandas 2's own
    conversion is sometimes one unit in the last place off), and a number too big for float64
    ("1e400") is infinite, as in pandas 3 (pandas 2 calls it not a number)."""
    values = text.to_numpy(dtype=object)
    ok = pd.to_numeric(text, errors="coerce").notna().to_numpy(copy=True)
    rejected = text.notna().to_numpy() & ~ok
    if rejected.any():
        ok[rejected] = text[rejected].str.fullmatch(_PLAIN_NUMBER).to_numpy(dtype=bool)
    out = np.full(len(values), np.nan)
    try:
        out[ok] = values[ok].astype(np.float64)
    except (TypeError, ValueError):  # a form pandas reads and float() does not: one by one
        out[ok] = [_float_or_nan(v) for v in values[ok]]
    return pd.Series(out, index=text.index)


def _float_or_nan(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")


def looks_decimal_comma(values: pd.Series) -> bool:
    fixed = values.str.replace(",", ".", regex=False)
    return bool(values.str.contains(",", regex=False).any()) and bool(
        to_numbers(fixed).notna().all()
    )


# Numbers written in a form pandas reads as text: (pattern, what it holds and the fix, filled
# with an example). A hint is kept with the table and shown in the language of the moment.
_NUMBER_LIKE = (
    (r"[+-]?\d+(?:[.,]\d+)?\s?%", QT_TRANSLATE_NOOP(
        "Csv", "percentages like {0}; write them as plain numbers (12 instead of 12%) to use it as a number")),
    (r"[+-]?(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?[$€£¥]|(?:USD|EUR|GBP)\s?\d[\d,.]*)",
     QT_TRANSLATE_NOOP(
        "Csv", "amounts with a currency sign like {0}; remove the currency sign to use it as a number")),
    (r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", QT_TRANSLATE_NOOP(
        "Csv", "numbers with thousands separators like {0}; remove the separators (1234 instead of 1,234) "
        "to use it as a number")),
    (r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}",
     QT_TRANSLATE_NOOP(
        "Csv", "dates like {0}; turn them into numbers (e.g. days since the first date) or leave the column out")),
    (r"\d{1,2}:\d{2}(?::\d{2})?", QT_TRANSLATE_NOOP(
        "Csv", "times of day like {0}; turn them into numbers (e.g. minutes since midnight) or leave the column out")),
    (r"0[xX][0-9a-fA-F]+", QT_TRANSLATE_NOOP(
        "Csv", "hexadecimal numbers like {0}; convert them to decimal numbers to use it as a number")),
)


def text_hint(s: pd.Series) -> Note | None:
    """For a text column that mostly holds numbers nnviz cannot read (12%, $5, 1,234, dates,
    times, 0x1F): "percentages like '12%'; write them as plain numbers …". None otherwise."""
    values = s.dropna().head(200).astype(str)
    if values.empty:
        return None
    for pattern, sentence in _NUMBER_LIKE:
        hits = values.str.fullmatch(pattern)
        if hits.mean() >= 0.8:
            example = repr(shown(values[hits].iloc[0], 20))
            return note(sentence, example)
    return None
