"""The missing-cell rule and exact numbers: one CSV file reads the same on every pandas nnviz
allows (pandas 2 on Python 3.10, pandas 3 after), whatever that pandas does by default."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from nnviz.core.data import csvrows
from nnviz.core.data.csvdata import prepare, read_table
from nnviz.core.data.csvrows import MISSING_CELLS
from nnviz.core.data.datasets import data_dir

# The rule, written down: a cell is missing when, without its surrounding spaces, it is one of these.
RULE = {"", "NA", "N/A", "n/a", "#N/A", "#N/A N/A", "#NA", "<NA>", "NaN", "-NaN", "nan", "-nan",
        "NULL", "null", "None", "1.#IND", "-1.#IND", "1.#QNAN", "-1.#QNAN", "?"}
NOT_MISSING = ["na", "NAN", "n.a.", "-", "none", "missing"]  # words, kept as text


def _write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_rule_is_the_list_nnviz_reads_with():
    assert set(MISSING_CELLS) == RULE


@pytest.mark.parametrize("padded", [False, True], ids=["bare", "padded"])
def test_missing_cells_in_numeric_and_text_columns(tmp_path, padded):
    tokens = sorted(RULE)
    cell = (lambda t: f"  {t} ") if padded else (lambda t: t)
    # num: numbers with missing tokens; text: words with missing tokens and look-alikes that are not missing
    rows = [f"{i}.5,word{i % 3}" for i in range(40)]
    rows += [f"{cell(t)},{cell(t)}" for t in tokens]
    rows += [f"7,{w}" for w in NOT_MISSING]
    table = read_table(_write(tmp_path / "na.csv", "num,text", rows))
    frame = table.frame
    assert table.column_kinds == {"num": "numeric", "text": "text"}
    assert frame["num"].dtype == np.float64 and frame["text"].dtype == object
    n = len(tokens)
    assert frame["num"].isna().tolist() == [False] * 40 + [True] * n + [False] * len(NOT_MISSING)
    assert frame["text"].isna().tolist() == [False] * 40 + [True] * n + [False] * len(NOT_MISSING)
    present = frame["text"].dropna()
    assert all(type(v) is str for v in present)
    assert set(present) == {"word0", "word1", "word2", *NOT_MISSING}
    assert not any("non-numeric" in note for note in map(str, table.notes))


def test_empty_text_block_then_words_has_no_nan_category(tmp_path, monkeypatch):
    """A column empty in the first block (read as float NaN there) and text in the next."""
    rows = [f"{i}," for i in range(200)] + [f"{i},{'xy'[i % 2]}" for i in range(200)]
    path = _write(tmp_path / "late.csv", "a,t", rows)
    monkeypatch.setattr(csvrows, "BLOCK_BYTES", 256)
    table = read_table(path)
    assert table.column_kinds["t"] == "text" and table.frame["t"].dtype == object
    assert int(table.frame["t"].isna().sum()) == 200
    assert set(table.frame["t"].dropna()) == {"x", "y"}
    p = prepare(table, "a", features=["t"], target_kind="regression")
    assert p.raw_columns == [("t", "text", ["x", "y"])]


def test_penguins_na_is_missing_not_a_category():
    table = read_table(data_dir() / "penguins.csv")
    assert int(table.frame["sex"].isna().sum()) == 11
    assert set(table.frame["sex"].dropna()) == {"male", "female"}


def _decimals(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 18))).lstrip("0") or "1"
        form = rng.random()
        if form < 0.3:
            out.append(digits)
        elif form < 0.6:
            out.append(digits[: len(digits) // 2] + "." + digits[len(digits) // 2 :])
        else:
            out.append(f"{digits}e{rng.randint(-30, 30)}")
    return out


def test_numbers_are_pythons_float_of_their_text(tmp_path):
    """pandas 2 parses some decimals ("6e30") one unit in the last place away; nnviz does not."""
    values = _decimals(3000) + ["6e30", "1e-29", "748906828.8360759838"]
    # mixed: one word in 500 cells, so it goes through nnviz's own number reading
    rows = [f"{v},{'word' if i % 500 == 0 else v}" for i, v in enumerate(values)]
    table = read_table(_write(tmp_path / "exact.csv", "clean,mixed", rows))
    assert table.column_kinds == {"clean": "numeric", "mixed": "numeric"}
    expected = np.array([float(v) for v in values])
    np.testing.assert_array_equal(table.frame["clean"].to_numpy(), expected)
    words = np.arange(len(values)) % 500 == 0
    np.testing.assert_array_equal(table.frame["mixed"].to_numpy()[~words], expected[~words])
    assert table.frame["mixed"].isna().to_numpy()[words].all()


def test_number_too_big_for_float_is_infinite_then_missing(tmp_path):
    rows = [f"{i},{i}" for i in range(40)] + ["1e400,-1.8e308"]
    table = read_table(_write(tmp_path / "huge.csv", "a,b", rows))
    assert table.column_kinds == {"a": "numeric", "b": "numeric"}
    assert table.frame["a"].isna().tolist() == [False] * 40 + [True]
    assert table.frame["b"].isna().tolist() == [False] * 40 + [True]
    assert "2 infinite values treated as missing (a: 1, b: 1)." in list(map(str, table.notes))
