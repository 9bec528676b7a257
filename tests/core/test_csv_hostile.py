"""Files users really made, each of which once ended in a traceback, a hang or a wrong hint
(issue 13), and a seeded fuzz run of a few hundred more through the command line.

Every file gets a model or a one-line refusal that names the fix; never a traceback, never a
NumPy warning on the terminal, never more than a few seconds.
"""
from __future__ import annotations

import io
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from nnviz.cli import main
from nnviz.core.data import csvrows, csvsniff
from nnviz.core.data.csvdata import MAX_COLUMNS, load_csv, read_table
from nnviz.core.data.problem import DataError, Scaler

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hostile_csv import make_cases  # noqa: E402

GOOD = "a,b,label\n" + "".join(f"{i % 7},{(i * 3) % 5},{'yes' if i % 2 else 'no'}\n" for i in range(40))


def write(tmp_path: Path, data: bytes | str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def refusal(path: Path, target: str = "label", **options) -> str:
    with pytest.raises(DataError) as err:
        load_csv(path, target, **options)
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path.name}: ")
    return message


# --- size limits ----------------------------------------------------------------------------------
def test_cell_over_128_kb_names_the_row(tmp_path):
    lines = GOOD.splitlines()
    lines[5] = "9" * 140_000 + ",1,yes"
    message = refusal(write(tmp_path, "\n".join(lines) + "\n"))
    assert "row 6 has a cell longer than 128 KB" in message


def test_column_name_over_128_kb_is_refused(tmp_path):
    message = refusal(write(tmp_path, "x" * 140_000 + GOOD[1:]))
    assert "row 1 has a name or cell longer than 128 KB" in message


def test_unclosed_quote_in_a_large_file_is_refused_at_its_row(tmp_path, monkeypatch):
    monkeypatch.setattr(csvrows, "BLOCK_BYTES", 4096)  # the quote spans many blocks
    rows = [f"{i},{i % 5},{'yes' if i % 2 else 'no'}" for i in range(20_000)]
    rows[100] = '100,"4,yes'
    message = refusal(write(tmp_path, "a,b,label\n" + "\n".join(rows) + "\n"))
    assert 'a quote (") opened in row 102 is not closed within 128 KB' in message
    rows = rows[:200]  # a smaller file: the quote runs to the end
    message = refusal(write(tmp_path, "a,b,label\n" + "\n".join(rows) + "\n", "small.csv"))
    assert 'a quote (") opened in row 102 is never closed' in message


def test_one_line_of_700000_numbers_is_refused_by_the_column_limit(tmp_path):
    data = ",".join("0.12345" for _ in range(700_000))
    message = refusal(write(tmp_path, data), "column_1")
    assert f"row 1 has 700,000 columns; nnviz reads at most {MAX_COLUMNS:,}" in message


def test_60000_columns_are_refused_before_reading_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(csvrows, "_read_rows", lambda *a, **k: pytest.fail("rows read anyway"))
    header = ",".join(f"c{i}" for i in range(60_000)) + ",label\n"
    message = refusal(write(tmp_path, header + ",".join(["1"] * 60_000) + ",a\n"))
    assert "row 1 has 60,001 columns" in message


def test_columns_up_to_the_limit_load(tmp_path):
    n = MAX_COLUMNS - 1
    header = ",".join(f"c{i}" for i in range(n)) + ",label\n"
    rows = "".join(",".join(str((r + c) % 3) for c in range(n)) + f",{'ab'[r % 2]}\n" for r in range(20))
    table = read_table(write(tmp_path, header + rows))
    assert table.frame.shape == (20, MAX_COLUMNS)


def test_duplicate_names_are_made_unique_without_quadratic_work():
    names = csvsniff.column_names(["x"] * 20_000, [])
    assert len(set(names)) == 20_000 and names[:3] == ["x", "x.1", "x.2"]


def test_memory_estimate_counts_what_text_costs_in_pandas(tmp_path):
    """Short text cells cost ~50 bytes each in pandas; 4x the file size let such files through."""
    rows = "".join(f"a{i % 10},b{i % 7},{'yes' if i % 2 else 'no'}\n" for i in range(20_000))
    path = write(tmp_path, "x,y,label\n" + rows)
    size = path.stat().st_size
    with pytest.raises(DataError, match=r"needs about .* of memory once read"):
        read_table(path, max_bytes=int(6 * size))
    assert read_table(path, max_bytes=int(200 * size)).frame.shape == (20_000, 3)


# --- line endings, encodings, layouts -----------------------------------------------------------
def test_lone_cr_in_an_lf_file_is_a_line_break(tmp_path):
    lines = GOOD.splitlines()
    mixed = "\n".join(lines[:10]) + "\r" + "\n".join(lines[10:]) + "\n"
    table = read_table(write(tmp_path, mixed))
    pd.testing.assert_frame_equal(table.frame, read_table(write(tmp_path, GOOD, "clean.csv")).frame)
    assert any("lone carriage return" in note for note in map(str, table.notes))


def test_blank_line_prefix_longer_than_the_sniffed_head(tmp_path):
    table = read_table(write(tmp_path, "\n" * 70_000 + GOOD))
    assert table.frame.shape == (40, 3)
    assert "Skipped 70,000 blank lines before the header." in list(map(str, table.notes))


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16", "utf-16-le", "utf-32-be"])
def test_utf16_and_utf32_with_or_without_byte_order_mark(tmp_path, encoding):
    table = read_table(write(tmp_path, GOOD.encode(encoding)))
    assert list(table.frame.columns) == ["a", "b", "label"] and table.frame.shape == (40, 3)


@pytest.mark.parametrize("name", ["book.xlsx", "book.csv"])
def test_spreadsheet_says_save_it_as_csv(tmp_path, name):
    message = refusal(write(tmp_path, b"PK\x03\x04" + bytes(500), name))
    assert "save it as CSV (File › Save As › CSV)" in message


# --- numbers, names, hints ------------------------------------------------------------------------
def test_values_near_1e300_are_refused_naming_the_column(tmp_path):
    rows = "".join(f"{(i % 5 - 2) * 1e300:g},{i % 3},{'ab'[i % 2]}\n" for i in range(40))
    message = refusal(write(tmp_path, "big,small,label\n" + rows))
    assert "column 'big' holds numbers as large as 2e+300" in message


def test_scaler_fits_values_near_the_float_limit_without_warnings():
    X = np.array([[1e300, 1.0], [-1.7e308, 2.0], [1.5e308, 3.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for kind in ("standard", "minmax", "max"):
            s = Scaler.fit(X, kind)
            assert np.isfinite(s.offset).all() and np.isfinite(s.scale).all()
            assert np.isfinite(s.transform(X)).all(), kind
    s = Scaler.fit(X, "standard")
    np.testing.assert_allclose(s.scale[1], np.std([1.0, 2.0, 3.0]))
    np.testing.assert_allclose(s.scale[0], np.std(X[:, 0] / 1e300) * 1e300)


@pytest.mark.parametrize("split", [(1e-300, 1, 1), (0.000001, 100, 0)])
def test_tiny_split_share_is_refused_at_once(tmp_path, split):
    message = refusal(write(tmp_path, GOOD), split=split)
    assert "each part of the split must be 0 or at least 1 % of the rows" in message


def test_names_with_line_breaks_are_shown_escaped(tmp_path):
    two_lines = '"x\ny"'
    rows = "".join(f"{i % 5},{two_lines if i % 2 else 'z'}\n" for i in range(40))
    path = write(tmp_path, '"a\nb",label\n' + rows)
    p = load_csv(path, "label")
    assert p.feature_names == ["a\\nb"] and p.class_names == ["x\\ny", "z"]
    message = refusal(path, "nope")
    assert "columns are: a\\nb, label" in message


@pytest.mark.parametrize("values, what, fix", [
    (["12%", "7%", "30%"], "percentages like '12%'", "write them as plain numbers"),
    (["1,234", "12,000", "3,500,000"], "numbers with thousands separators like '1,234'", "remove the separators"),
    (["2024-01-05", "2023-12-31", "2024-02-29"], "dates like '2024-01-05'", "turn them into numbers"),
    (["$12", "$7.50", "$1,200"], "amounts with a currency sign like '$12'", "remove the currency sign"),
    (["0x1F", "0xff", "0x0A"], "hexadecimal numbers like '0x1F'", "convert them to decimal"),
])
def test_numbers_nnviz_cannot_read_get_their_own_fix(tmp_path, values, what, fix):
    rows = "".join(f'"{values[i % 3]}",{"ab"[i % 2]}\n' for i in range(40))
    path = write(tmp_path, "rate,label\n" + rows)
    message = refusal(path)
    assert f"there is no usable feature: column 'rate' holds {what}; {fix}" in message
    out, err = io.StringIO(), io.StringIO()
    assert main(["train", "--csv", str(path), "--target", "label"], out, err) == 2
    assert what in err.getvalue() and len(err.getvalue().splitlines()) == 1


def test_mostly_empty_feature_says_how_many_rows_were_dropped(tmp_path):
    rows = "".join(f"{'' if i % 10 else i},{i % 3},{'yes' if i % 10 == 0 else 'no'}\n" for i in range(40))
    message = refusal(write(tmp_path, "a,b,label\n" + rows))
    assert "has a single class ('yes') after dropping 36 of 40 rows with missing values" in message
    assert "--missing mean" in message


def test_text_feature_with_too_many_categories_is_refused(tmp_path):
    rows = "".join(f"id{i},{i % 3},{'ab'[i % 2]}\n" for i in range(300))
    message = refusal(write(tmp_path, "id,x,label\n" + rows), features=["id", "x"])
    assert "the text column 'id' has 300 different values; one-hot encoding takes at most 100" in message


# --- the fuzz run -----------------------------------------------------------------------------------
FUZZ_SEED = 13
FUZZ_FILES = 230
PER_FILE_SECONDS = 10


def test_fuzz_every_hostile_file_trains_or_is_refused_in_one_line(tmp_path):
    slow, bad = [], []
    for i, case in enumerate(make_cases(FUZZ_SEED, FUZZ_FILES)):
        path = write(tmp_path, case.data, f"f{i}{case.suffix}")
        argv = ["train", "--csv", str(path), "--target", case.target, "--epochs", "2"]
        if "split" in case.options:
            argv += ["--split", ",".join(str(v) for v in case.options["split"])]
        if "scaling" in case.options:
            argv += ["--scaling", case.options["scaling"]]
        out, err = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                code = main(argv, out, err)
            except Exception as exc:  # a traceback a user would have seen
                bad.append((i, case.kind, f"{type(exc).__name__}: {exc}"[:200]))
                continue
        seconds = time.perf_counter() - start
        if seconds > PER_FILE_SECONDS:
            slow.append((i, case.kind, round(seconds, 1)))
        lines = err.getvalue().splitlines()
        if caught:
            bad.append((i, case.kind, f"warning: {caught[0].message}"))
        if code == 0:
            continue
        if code != 2 or len(lines) != 1 or not lines[0].startswith("nnviz: ") or "Traceback" in err.getvalue():
            bad.append((i, case.kind, code, err.getvalue()[:300]))
    assert not bad, bad
    assert not slow, slow


def test_fast_quote_scan_agrees_with_the_quote_by_quote_walk(monkeypatch):
    """The NumPy shortcut for well-formed quoting must hide exactly the separators the walk hides."""
    import random

    walked = []
    real_walk = csvsniff._quoted_mask_walk
    monkeypatch.setattr(csvsniff, "_quoted_mask_walk", lambda *a: walked.append(1) or real_walk(*a))
    rng = random.Random(5)
    fast = 0
    for _ in range(3000):
        text = "".join(rng.choice('ab,"\n"') for _ in range(rng.randint(1, 30))).encode()
        arr = np.frombuffer(text, np.uint8)
        q = np.flatnonzero(arr == 34)
        prev = np.where(q > 0, arr[np.maximum(q - 1, 0)], 10)
        at_start = (q == 0) | (prev == ord(",")) | (prev == 10) | (prev == 13)
        before = len(walked)
        mask, open_at = csvsniff._quoted_mask(arr, ",")
        fast += len(walked) == before
        walk_mask, walk_open = real_walk(arr, q, at_start)
        delimiters = (arr == 44) | (arr == 10)
        assert np.array_equal(mask & delimiters, walk_mask & delimiters), text
        assert (open_at >= 0) == (walk_open >= 0), text
    assert 300 < fast < 2700  # both ways were exercised


def test_unquoted_thousands_separator_is_named_in_the_ragged_row_message(tmp_path):
    rows = "".join(f"{900 + i},{i % 3},{'ab'[i % 2]}\n" for i in range(20))
    message = refusal(write(tmp_path, "price,rooms,label\n" + rows + "1,500,2,b\n"))
    assert "row 22 has 4 fields, the header has 3. Does a number hold a thousands separator" in message
    plain = refusal(write(tmp_path, "price,rooms,label\n" + rows + "15,2,b,x\n", "plain.csv"))
    assert plain.endswith("row 22 has 4 fields, the header has 3.")
