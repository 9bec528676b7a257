"""The CSV engine: the shared corpus (tests/data/csv/cases.json), splits, scaling, encoding."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from nnviz.core.data import csvread, csvrows, csvsniff
from nnviz.core.data.csvdata import LoadCancelled, Table, encode_inputs, load_csv, prepare, read_table
from nnviz.core.data.datasets import data_dir
from nnviz.core.data.problem import DataError, Problem, split_indices

CORPUS = Path(__file__).resolve().parents[1] / "data" / "csv"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))["cases"]
DATASETS = data_dir()  # the tables nnviz ships (data/ in a checkout, nnviz.data when installed)


def _id(case: dict) -> str:
    extra = ",".join(f"{k}={v}" for k, v in case["kwargs"].items())
    return case["file"] + (f"[{extra}]" if extra else "")


def _rows(p: Problem) -> int:
    return sum(len(x) for x in (p.X_train, p.X_val, p.X_test) if x is not None)


def _table(frame: pd.DataFrame, name: str = "t.csv") -> Table:
    kinds = {c: "numeric" if pd.api.types.is_numeric_dtype(frame[c]) else "text" for c in frame.columns}
    return Table(frame, Path(name), column_kinds=kinds)


# --- the corpus ------------------------------------------------------------------------------
def test_corpus_index_matches_files():
    listed = {c["file"] for c in CASES}
    on_disk = {str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.csv")}
    assert listed == on_disk
    assert {c["expect"] for c in CASES} == {"load", "refuse"}


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"] == "load"], ids=_id)
def test_good_file_loads_ready_to_train(case):
    p = load_csv(CORPUS / case["file"], case["target"], **case["kwargs"])
    assert p.task == case["task"]
    assert _rows(p) == case["rows"]
    assert p.n_features == case["n_features"] == len(p.feature_names)
    for X, Y in (p.split("train"), p.split("val"), p.split("test")):
        assert X is not None and Y is not None and len(X) == len(Y) > 0
        assert X.shape[1] == p.n_features and Y.shape[1] == p.n_outputs
        assert np.isfinite(X).all() and np.isfinite(Y).all()
    if "class_names" in case:
        assert p.class_names == case["class_names"]
    for text in case["notes_contain"]:
        assert any(text in note for note in map(str, p.notes)), (text, p.notes)
    assert all("\n" not in note for note in map(str, p.notes))


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"] == "refuse"], ids=_id)
def test_bad_file_is_refused_in_one_line(case):
    path = CORPUS / case["file"]
    with pytest.raises(DataError) as err:
        load_csv(path, case["target"], **case["kwargs"])
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path.name}: ")
    assert case["message_contains"] in msg
    assert not any(word in msg for word in ("Traceback", "pandas", "tokenizing", "Errno"))


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match=r"^nope\.csv: the file does not exist\.$"):
        read_table(tmp_path / "nope.csv")


def test_directory_is_refused(tmp_path):
    folder = tmp_path / "data.csv"
    folder.mkdir()
    with pytest.raises(DataError, match=r"^data\.csv: this is a folder, not a CSV file\.$"):
        read_table(folder)


def test_file_too_large_for_memory_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 500)  # 2,004 bytes
    monkeypatch.setattr(csvread, "read_any_encoding", lambda *a: pytest.fail("read anyway"))
    with pytest.raises(DataError) as err:
        read_table(path, max_bytes=4000)
    assert str(err.value) == (
        "big.csv: 2.0 KB is too large to load into the 3.9 KB of memory available; use a sample of it."
    )


def test_memory_budget_comes_from_meminfo(tmp_path, monkeypatch):
    real = csvsniff.available_memory()
    assert real is None or real > 0
    fake = tmp_path / "meminfo"
    fake.write_text("MemTotal:  2000000 kB\nMemFree:  100 kB\nMemAvailable:  1300000 kB\n")
    monkeypatch.setattr(csvsniff, "MEMINFO", str(fake))
    assert csvsniff.available_memory() == 1300000 * 1024
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:  # sparse: 2.1 GB on paper, no disk used
        fh.truncate(int(2.1 * 2**30))
    with pytest.raises(DataError) as err:
        read_table(path)
    assert str(err.value) == (
        "huge.csv: 2.1 GB is too large to load into the 1.2 GB of memory available; use a sample of it."
    )


# --- what the messy files become -------------------------------------------------------------
def test_latin1_text_is_decoded():
    t = read_table(CORPUS / "good/latin1.csv")
    assert t.encoding == "latin-1"
    assert set(t.frame["town"]) == {"Orléans", "Zürich", "Málaga", "Besançon"}
    assert str(t.notes[0]) == "Read as latin-1 (not valid UTF-8)."


def test_separators_bom_and_quotes():
    semi = read_table(CORPUS / "good/semicolon_decimal_comma.csv")
    comma = read_table(CORPUS / "good/semicolon.csv")
    assert semi.separator == ";" and semi.column_kinds["width"] == "numeric"
    np.testing.assert_array_equal(semi.frame["width"], comma.frame["width"])
    assert read_table(CORPUS / "good/tab.csv").separator == "\t"
    assert read_table(CORPUS / "good/pipe.csv").separator == "|"
    assert list(read_table(CORPUS / "good/bom.csv").frame.columns) == ["kind", "a", "b"]
    names = read_table(CORPUS / "good/quoted_commas.csv").frame["name"]
    assert list(names[:4]) == ["Smith, John", 'Doe, Jane "JD"', "Lee", "Multi\nline, name"]
    utf16 = read_table(CORPUS / "good/utf16.csv")
    assert utf16.encoding == "utf-16" and utf16.frame.shape == (40, 3)


def test_missing_infinite_duplicates_and_junk():
    t = read_table(CORPUS / "good/infinite.csv")
    assert t.frame["a"].isna().sum() == 4 and np.isfinite(t.frame["a"].dropna()).all()
    assert "4 infinite values treated as missing (a: 4)." in list(map(str, t.notes))
    assert read_table(CORPUS / "good/missing_values.csv").frame["c"].isna().sum() == 7
    dup = read_table(CORPUS / "good/duplicate_columns.csv")
    assert list(dup.frame.columns) == ["x", "x.1", "z", "x.2", "label"]
    junk = read_table(CORPUS / "good/junk_in_numbers.csv")
    assert junk.column_kinds["a"] == "numeric" and junk.frame["a"].isna().sum() == 2


def test_blank_lines_and_padding_match_clean_file():
    padded = read_table(CORPUS / "good/blank_lines.csv").frame
    clean = read_table(CORPUS / "good/crlf.csv").frame
    pd.testing.assert_frame_equal(padded, clean)
    pd.testing.assert_frame_equal(read_table(CORPUS / "good/cr_only.csv").frame, clean)


# --- block reading: progress, cancel, boundaries ---------------------------------------------
def _mixed_csv(path: Path, rows: int) -> None:
    lines = ["id,name,x,y,label"]
    for i in range(rows):
        name = f'"Name, {i}\nsecond line"' if i % 7 == 0 else f"n{i}"
        lines.append(f"{i},{name},{i * 0.5},{'' if i % 11 == 0 else i % 13},{'ab'[i % 2]}")
    path.write_text("\n".join(lines) + "\n")


def test_small_blocks_give_same_frame_as_pandas(tmp_path, monkeypatch):
    path = tmp_path / "mixed.csv"
    _mixed_csv(path, 600)
    monkeypatch.setattr(csvrows, "BLOCK_BYTES", 512)
    calls: list[float] = []
    t = read_table(path, progress=calls.append)
    expected = pd.read_csv(path)
    assert t.frame.shape == (600, 5)
    np.testing.assert_allclose(t.frame["x"], expected["x"])
    np.testing.assert_array_equal(t.frame["y"].isna(), expected["y"].isna())
    assert list(t.frame["name"]) == list(expected["name"])
    assert len(calls) > 20 and calls == sorted(calls) and calls[0] == 0.0 and calls[-1] == 1.0


def test_ragged_row_far_into_file_is_named(tmp_path, monkeypatch):
    path = tmp_path / "long.csv"
    lines = ["a,b,c"] + [f"{i},{i},{i}" for i in range(1, 1000)]
    lines[777] = "1,2"
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(csvrows, "BLOCK_BYTES", 256)
    with pytest.raises(DataError, match=r"^long\.csv: row 778 has 2 fields, the header has 3\.$"):
        read_table(path)


def test_cancel_aborts(tmp_path, monkeypatch):
    path = tmp_path / "mixed.csv"
    _mixed_csv(path, 300)
    monkeypatch.setattr(csvrows, "BLOCK_BYTES", 256)
    asked = []
    with pytest.raises(LoadCancelled):
        read_table(path, cancel=lambda: asked.append(1) or len(asked) > 3)
    assert len(asked) == 4
    assert not issubclass(LoadCancelled, DataError)


# --- prepare: splits, scaling, missing values ------------------------------------------------
def _regression_frame(n: int = 200, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.normal(10, 2, n)
    x[::10] = 1e6 + np.arange(len(x[::10]))  # huge values spread over all splits
    return pd.DataFrame({"x": x, "z": rng.uniform(0, 1, n), "y": 3 * x + rng.normal(size=n)})


def test_scaling_is_fitted_on_training_rows_only():
    frame = _regression_frame()
    p = prepare(_table(frame), "y", split=(75, 10, 15), seed=3)
    train, _, test = split_indices(len(frame), (0.75, 0.10, 0.15), 3)
    X_train_raw = frame[["x", "z"]].to_numpy()[train]
    np.testing.assert_allclose(p.x_scaler.offset, X_train_raw.mean(axis=0))
    np.testing.assert_allclose(p.x_scaler.scale, X_train_raw.std(axis=0))
    assert not np.allclose(p.x_scaler.offset, frame[["x", "z"]].to_numpy().mean(axis=0))
    np.testing.assert_allclose(p.X_train.mean(axis=0), 0, atol=1e-9)
    np.testing.assert_allclose(p.y_scaler.offset[0], frame["y"].to_numpy()[train].mean())
    assert p.y_scaler.kind == "standard"
    np.testing.assert_allclose(p.x_scaler.inverse(p.X_test), frame[["x", "z"]].to_numpy()[test])


def test_max_scaling_applies_to_regression_target_too():
    p = prepare(_table(_regression_frame()), "y", scaling="max")
    assert p.x_scaler.kind == p.y_scaler.kind == "max"
    assert np.abs(p.Y_train).max() == pytest.approx(1.0)


def test_mean_fill_uses_training_split_mean():
    frame = _regression_frame()
    frame.loc[frame.index[1::9], "z"] = np.nan
    p = prepare(_table(frame), "y", missing="mean", seed=5)
    train, val, test = split_indices(len(frame), (0.75, 0.10, 0.15), 5)
    z = frame["z"].to_numpy()
    train_mean = np.nanmean(z[train])
    assert train_mean != pytest.approx(np.nanmean(z))
    z_test = p.x_scaler.inverse(p.X_test)[:, 1]
    filled = np.isnan(z[test])
    assert filled.any()
    np.testing.assert_allclose(z_test[filled], train_mean)
    np.testing.assert_allclose(z_test[~filled], z[test][~filled])
    assert any(n.startswith(f"Filled {np.isnan(z).sum()} missing numeric cells") for n in map(str, p.notes))


def test_rows_without_target_are_dropped_even_with_mean_fill():
    frame = _regression_frame()
    frame.loc[[3, 4, 5], "y"] = np.nan
    p = prepare(_table(frame), "y", missing="mean")
    assert _rows(p) == 197
    assert "Dropped 3 rows with no value for the target 'y'." in list(map(str, p.notes))


def test_stratified_split_keeps_every_class_in_train():
    labels = np.array(["big"] * 100 + ["mid"] * 12 + ["rare"] * 3)
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"a": rng.normal(size=len(labels)), "c": labels})
    for seed in range(10):
        p = prepare(_table(frame), "c", seed=seed)
        counts = p.Y_train.sum(axis=0)
        assert p.class_names == ["big", "mid", "rare"]
        assert list(counts) == [75, 9, 3]


def test_seed_makes_split_reproducible():
    table = read_table(CORPUS / "good/regression.csv")
    a, b = prepare(table, "price_eur", seed=7), prepare(table, "price_eur", seed=7)
    c = prepare(table, "price_eur", seed=8)
    np.testing.assert_array_equal(a.X_train, b.X_train)
    np.testing.assert_array_equal(a.Y_test, b.Y_test)
    assert not np.array_equal(a.X_train, c.X_train)


def test_zero_share_split_gives_none():
    p = prepare(read_table(CORPUS / "good/regression.csv"), "price_eur", split=(80, 0, 20))
    assert p.X_val is None and p.Y_val is None and len(p.X_train) == 40 and len(p.X_test) == 10


def test_binary_target_is_one_for_second_class():
    table = read_table(CORPUS / "good/tab.csv")
    p = prepare(table, "label", split=(100, 0, 0))
    assert p.class_names == ["no", "yes"] and p.output_names == ["P(yes)"]
    raw = table.frame[["a", "b"]].to_numpy()
    X = p.x_scaler.inverse(p.X_train)
    # match each shuffled training row back to its file row
    order = [int(np.flatnonzero(np.all(np.isclose(raw, row), axis=1))[0]) for row in X]
    expected = (table.frame["label"].to_numpy()[order] == "yes").astype(float)
    np.testing.assert_array_equal(p.Y_train[:, 0], expected)


def test_too_few_rows_after_dropping_says_so():
    frame = pd.DataFrame({"a": [1, np.nan, 3, np.nan, 5, 6, 7], "y": [1.5, 2, 3, 4, 5, 6, 7.5]})
    with pytest.raises(DataError) as err:
        prepare(_table(frame, "few.csv"), "y")
    assert str(err.value) == (
        "few.csv: only 5 rows are left after dropping rows with missing values; "
        "a 75/10/15 split needs at least 6."
    )


def test_bad_options_are_one_line_data_errors():
    table = read_table(CORPUS / "good/regression.csv")
    bad_options = ({"missing": "zero"}, {"scaling": "log"}, {"split": (0, 50, 50)}, {"target_kind": "x"})
    for kwargs in bad_options:
        with pytest.raises(DataError, match=r"^regression\.csv: [^\n]+$"):
            prepare(table, "price_eur", **kwargs)


# --- the real tables -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, target, task, n_features, rows, classes",
    [
        ("iris", "species", "multiclass", 4, 150, ["setosa", "versicolor", "virginica"]),
        ("penguins", "species", "multiclass", 5, 342, ["Adelie", "Chinstrap", "Gentoo"]),
        ("breast_cancer", "diagnosis", "binary", 30, 569, ["benign", "malignant"]),
        ("wine", "cultivar", "multiclass", 13, 178, ["class_0", "class_1", "class_2"]),
    ],
)
def test_real_tables_load(name, target, task, n_features, rows, classes):
    p = load_csv(DATASETS / f"{name}.csv", target)
    got = (p.name, p.task, p.n_features, _rows(p), p.class_names)
    assert got == (name, task, n_features, rows, classes)
    assert np.isfinite(p.X_train).all()
    np.testing.assert_allclose(p.X_train.mean(axis=0), 0, atol=1e-9)


def test_iris_split_sizes_are_stratified():
    p = load_csv(DATASETS / "iris.csv", "species")
    assert (len(p.X_train), len(p.X_val), len(p.X_test)) == (111, 15, 24)
    assert list(p.Y_train.sum(axis=0)) == [37, 37, 37]


def test_penguins_text_features_and_missing_values():
    table = read_table(DATASETS / "penguins.csv")
    assert table.text_columns == ["species", "island", "sex"]
    assert int(table.frame.isna().sum().sum()) == 19
    feats = ["bill_length_mm", "bill_depth_mm", "island", "sex"]
    p = prepare(table, "species", features=feats)
    assert _rows(p) == 333
    assert p.feature_names == [
        "bill_length_mm", "bill_depth_mm", "island=Biscoe", "island=Dream", "island=Torgersen",
        "sex=female", "sex=male",
    ]
    dropped = "Dropped 11 of 344 rows with missing values (sex: 11, bill_length_mm: 2, bill_depth_mm: 2)."
    assert dropped in list(map(str, p.notes))
    assert p.raw_columns == [
        ("bill_length_mm", "numeric", None), ("bill_depth_mm", "numeric", None),
        ("island", "text", ["Biscoe", "Dream", "Torgersen"]), ("sex", "text", ["female", "male"]),
    ]
    filled = prepare(table, "species", features=feats, missing="mean")
    assert _rows(filled) == 344
    with pytest.raises(DataError, match="one-hot encoding is off"):
        prepare(table, "species", features=["island", "sex"], one_hot_text=False)


# --- encode_inputs ---------------------------------------------------------------------------
def test_encode_inputs_round_trip():
    table = read_table(DATASETS / "penguins.csv")
    feats = ["bill_length_mm", "flipper_length_mm", "island", "sex"]
    p = prepare(table, "species", features=feats, split=(100, 0, 0))
    rows = table.frame[feats].dropna()
    encoded = np.vstack([encode_inputs(p, {c: r[c] for c in feats}) for _, r in rows.iterrows()])
    assert encoded.shape == p.X_train.shape

    def by_row(A):
        return A[np.lexsort(A.T[::-1])]

    np.testing.assert_allclose(by_row(encoded), by_row(p.X_train))
    typed = encode_inputs(
        p, {"bill_length_mm": " 39.1", "flipper_length_mm": "181", "island": "torgersen", "sex": "male"}
    )
    first = encode_inputs(p, dict(table.frame.loc[0, feats]))
    np.testing.assert_allclose(typed, first)
    assert typed.shape == (1, 7)


@pytest.mark.parametrize(
    "row, message",
    [
        ({"bill_length_mm": "abc", "island": "Dream"}, "'bill_length_mm' needs a number, not 'abc'."),
        ({"bill_length_mm": "inf", "island": "Dream"}, "'bill_length_mm' needs a number, not 'inf'."),
        (
            {"bill_length_mm": 40, "island": "Mars"},
            "'island' must be one of Biscoe, Dream, Torgersen, not 'Mars'.",
        ),
        ({"island": "Dream"}, "no value given for 'bill_length_mm'."),
    ],
)
def test_encode_inputs_refuses_bad_values(row, message):
    p = load_csv(DATASETS / "penguins.csv", "species", features=["bill_length_mm", "island"])
    with pytest.raises(DataError) as err:
        encode_inputs(p, row)
    assert str(err.value) == message
