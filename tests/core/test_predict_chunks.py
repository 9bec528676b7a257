"""nnviz predict reads a table in chunks: the predictions, the echoed cells and the lines about
rows without a prediction are exactly those of reading the whole table at once, even where a
column's kind is only clear from the whole table (a few junk cells gathered in one block of a
numeric column, a block of numbers in a text column, decimal commas)."""
import csv
import io

import numpy as np
import pytest

from nnviz.core.app.predict import (
    encode_table,
    missing_rule,
    model_recipe,
    network_inputs,
    output_table,
    predict_csv,
    write_table,
)
from nnviz.core.app.session import Session
from nnviz.core.data import csvrows
from nnviz.core.data.csvchunks import iter_table
from nnviz.core.data.csvdata import DataError, load_csv, read_table


def whole_table_predict(session, path, out, err):
    """The prediction as it was made before chunks: the whole table read, encoded and written."""
    recipe = model_recipe(session.problem, session.settings.output_activation, missing_rule(session.source))
    frame = read_table(path).frame
    header = [str(c) for c in frame.columns]
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    X, kept, echo, reports = encode_table(header, rows, recipe)
    outputs = session.predict(network_inputs(X, recipe)) if len(X) else np.empty((0, session.problem.n_outputs))
    write_table(*output_table(outputs, kept, echo, recipe), out)
    for line in reports[:20]:
        print(f"nnviz: {path.name} {line}", file=err)
    if len(reports) > 20:
        print(f"nnviz: {path.name}: {len(reports) - 20} more rows without a prediction", file=err)
    return len(kept)


def pets_session(tmp_path, missing):
    csv_path = tmp_path / f"pets-{missing}.csv"
    lines = ["weight,colour,age,kind"]
    for w in range(1, 21):
        for c in ("red", "blue", "green"):
            age = "" if (w + len(c)) % 7 == 0 else str(w % 5 + 1)
            lines.append(f"{w},{c},{age},{'cat' if w + (c == 'red') * 3 < 10 else 'dog'}")
    csv_path.write_text("\n".join(lines) + "\n")
    problem = load_csv(csv_path, "kind", features=["weight", "colour", "age"], missing=missing)
    s = Session()
    s.load_problem(problem, csv_path.name, source={"csv": str(csv_path), "missing": missing, "target": "kind"})
    for _ in range(10):
        s.step("epoch")
    return s


def awkward_table(sep=",", decimal="."):
    """About 900 rows whose columns change look from block to block."""
    rng = np.random.default_rng(7)
    colours = ["red", "Blue", " green ", "purple", "NA", "?", ""]
    lines = [sep.join(["kind", "weight", "colour", "age"])]
    for i in range(900):
        weight = f"{rng.uniform(0, 25):.3f}".replace(".", decimal)
        if 400 <= i < 420 and decimal == ".":  # 20 junk cells in 900: numeric overall, not in their block
            weight = "abc"
        elif i % 97 == 0:
            weight = rng.choice(["inf", "-Infinity", " null ", "", "1e400"])
        colour = str(rng.choice(colours))
        if 600 <= i < 700:                  # a block of numbers in a text column
            colour = str(rng.choice(["1", "01", "1.0", "2e0"]))
        age = str(int(rng.integers(1, 6)))
        if i >= 300 and i % 9 == 0:         # text overall (over 5 % junk), numbers in the first blocks
            age = str(rng.choice(["old", "young", "inf", "1e400", " 3 ", "n/a"]))
        lines.append(sep.join(["?", weight, f'"{colour}"' if sep in colour else colour, age]))
        if i % 150 == 0:
            lines.append("")                # blank lines are skipped, rows still numbered as data rows
    return "\n".join(lines) + "\n"


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 1 KB instead of 4 MB, for the whole-table read and the chunked one alike
    (pandas guesses each block's dtypes: the same blocks must be read either way)."""
    monkeypatch.setattr(csvrows, "BLOCK_BYTES", 1024)


def same_table(got, want):
    """Equal cell for cell; a probability may differ in its last bit or two, as the matrix
    product's rounding depends on how many rows it multiplies at once (the BLAS kernel)."""
    got_rows, want_rows = list(csv.reader(io.StringIO(got))), list(csv.reader(io.StringIO(want)))
    assert len(got_rows) == len(want_rows) and got_rows[0] == want_rows[0]
    probability = [h.startswith("P(") for h in want_rows[0]]
    for g, w in zip(got_rows[1:], want_rows[1:]):
        assert [c for c, p in zip(g, probability) if not p] == [c for c, p in zip(w, probability) if not p]
        g_p = [c for c, p in zip(g, probability) if p]
        w_p = [c for c, p in zip(w, probability) if p]
        assert [c == "" for c in g_p] == [c == "" for c in w_p]
        assert [float(c) for c in g_p if c] == pytest.approx([float(c) for c in w_p if c], rel=1e-13, abs=1e-15)


@pytest.mark.parametrize("missing", ["mean", "drop"])
@pytest.mark.parametrize("sep,decimal", [(",", "."), (";", ",")])
def test_chunked_predictions_equal_the_whole_table_ones(tmp_path, missing, sep, decimal, small_blocks):
    s = pets_session(tmp_path, missing)
    path = tmp_path / "new.csv"
    path.write_text(awkward_table(sep, decimal))
    assert len(list(iter_table(path))) >= 8    # several blocks, each read alone
    want_out, want_err = io.StringIO(), io.StringIO()
    want = whole_table_predict(s, path, want_out, want_err)
    got_out, got_err = io.StringIO(), io.StringIO()
    got = predict_csv(s, path, got_out, got_err, chunk_rows=7)
    assert got == want and 0 < want < 900
    same_table(got_out.getvalue(), want_out.getvalue())
    assert got_err.getvalue() == want_err.getvalue() and "more rows without a prediction" in want_err.getvalue()
    # chunks of the default size, as many rows as a block: the same to the last bit
    one_out = io.StringIO()
    assert predict_csv(s, path, one_out, None) == want


def test_chunks_are_tidied_like_the_whole_table(tmp_path, small_blocks):
    path = tmp_path / "new.csv"
    path.write_text(awkward_table(";", ","))
    whole = read_table(path).frame
    chunks = list(iter_table(path))
    assert len(chunks) > 10
    joined = __import__("pandas").concat(chunks)
    assert list(joined.index) == list(whole.index)
    for col in whole.columns:
        assert joined[col].dtype == whole[col].dtype, col
        assert joined[col].astype(object).where(joined[col].notna(), None).tolist() == \
            whole[col].astype(object).where(whole[col].notna(), None).tolist(), col


def test_a_bad_row_late_in_the_table_is_refused_before_any_row_is_written(tmp_path, small_blocks):
    s = pets_session(tmp_path, "mean")
    path = tmp_path / "new.csv"
    path.write_text(awkward_table() + "?,1,red,2,surplus\n")
    out = io.StringIO()
    with pytest.raises(DataError, match=r"new\.csv: row \d+ has 5 fields, the header has 4"):
        predict_csv(s, path, out, None, chunk_rows=7)
    assert out.getvalue() == ""


def test_a_latin1_table_in_chunks_reads_its_names_and_cells_as_latin1(tmp_path, small_blocks):
    path = tmp_path / "new.csv"
    rows = "".join(f"{i},caf\xe9 {i % 3},{i / 7}\n" for i in range(400))
    path.write_bytes(("n\xe9,colour,x\n" + rows).encode("latin-1"))
    whole = read_table(path).frame
    chunks = list(iter_table(path))
    assert len(chunks) > 3 and list(chunks[0].columns) == list(whole.columns) == ["n\xe9", "colour", "x"]
    joined = __import__("pandas").concat(chunks)
    assert joined.equals(whole)
