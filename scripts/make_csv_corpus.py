"""Write the CSV test corpus: tests/data/csv/{good,bad}/*.csv, cases.json and README.md.

Good files are messy but must load; bad files must be refused with one line. Every case (file,
target, options, expected outcome) is listed in cases.json so the engine tests, the GUI loader
tests and the CLI tests can share it. Deterministic (fixed seed): rerunning gives the same bytes.

    python scripts/make_csv_corpus.py
"""
from __future__ import annotations

import json
import struct
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "csv"
CASES: list[dict] = []


def write(rel: str, data: bytes | str, encoding: str = "utf-8") -> None:
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))


def good(rel: str, what: str, target: str, *, task: str, rows: int, n_features: int,
         notes: list[str] = (), kwargs: dict | None = None, class_names: list[str] | None = None) -> None:
    case = {"file": rel, "what": what, "target": target, "kwargs": kwargs or {}, "expect": "load",
            "task": task, "rows": rows, "n_features": n_features, "notes_contain": list(notes)}
    if class_names is not None:
        case["class_names"] = class_names
    CASES.append(case)


def bad(rel: str, what: str, target: str, message: str, kwargs: dict | None = None) -> None:
    CASES.append({"file": rel, "what": what, "target": target, "kwargs": kwargs or {},
                  "expect": "refuse", "message_contains": message})


def lines(rows: list[list[object]], sep: str = ",", eol: str = "\n") -> str:
    return "".join(sep.join(str(v) for v in r) + eol for r in rows)


def two_blobs(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(n, 2) features rounded to 3 decimals and a yes/no label that depends on them."""
    rng = np.random.default_rng(seed)
    X = np.round(rng.normal(size=(n, 2)), 3)
    y = np.where(X[:, 0] + X[:, 1] > 0, "yes", "no")
    y[:2] = ["yes", "no"]  # both classes for sure
    return X, y


def png_bytes() -> bytes:
    """A valid 1×1 PNG image."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixel = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixel) + chunk(b"IEND", b"")


# ---------------------------------------------------------------------------------------------
def make_good() -> None:
    X, y = two_blobs(40, 1)
    towns = ["Orléans", "Zürich", "Málaga", "Besançon"]
    rows = [["town", "temp", "rain", "label"]] + [[towns[i % 4], a, b, l] for i, ((a, b), l) in enumerate(zip(X, y))]
    write("good/latin1.csv", lines(rows), "latin-1")
    good("good/latin1.csv", "latin-1 bytes (é, ü) in a text column; not valid UTF-8", "label",
         task="binary", rows=40, n_features=2, notes=["latin-1"], class_names=["no", "yes"])

    rows = [["width", "height", "class"]] + [[a, b, l] for (a, b), l in zip(X, y)]
    write("good/semicolon.csv", lines(rows, ";"))
    good("good/semicolon.csv", "semicolon separator", "class", task="binary", rows=40, n_features=2,
         notes=["Separator ';' detected"])

    comma = lambda v: str(v).replace(".", ",")  # noqa: E731
    rows = [["width", "height", "class"]] + [[comma(a), comma(b), l] for (a, b), l in zip(X, y)]
    write("good/semicolon_decimal_comma.csv", lines(rows, ";"))
    good("good/semicolon_decimal_comma.csv", "semicolon separator with decimal commas (European Excel)", "class",
         task="binary", rows=40, n_features=2, notes=["Separator ';' detected", "decimal commas"])

    write("good/tab.csv", lines(rows_ab := [["a", "b", "label"]] + [[a, b, l] for (a, b), l in zip(X, y)], "\t"))
    good("good/tab.csv", "tab separator in a file named .csv", "label", task="binary", rows=40, n_features=2,
         notes=["Separator tab detected"])

    write("good/pipe.csv", lines(rows_ab, "|"))
    good("good/pipe.csv", "pipe separator", "label", task="binary", rows=40, n_features=2,
         notes=["Separator '|' detected"])

    rows = [["kind", "a", "b"]] + [[l, a, b] for (a, b), l in zip(X, y)]
    write("good/bom.csv", "\ufeff" + lines(rows))
    good("good/bom.csv", "UTF-8 byte-order mark before the first column name (the target)", "kind",
         task="binary", rows=40, n_features=2, notes=["byte-order mark"])

    names = ['"Smith, John"', '"Doe, Jane ""JD"""', "Lee", '"Multi\nline, name"']
    rows = [["name", "score", "age", "outcome"]]
    rows += [[names[i % 4], f'"{a}"', b, l] for i, ((a, b), l) in enumerate(zip(X, y))]
    write("good/quoted_commas.csv", lines(rows))
    good("good/quoted_commas.csv", "quoted fields with commas, doubled quotes, a newline; quoted numbers", "outcome",
         task="binary", rows=40, n_features=2, notes=["Text columns not used as features: name"])

    rows = [["a", "b", "c", "y"]]
    tokens = ["", "NA", "NaN", "?", "N/A", "null"]
    for i, ((a, b), l) in enumerate(zip(X, y)):
        c = round(a - b, 3)
        if i >= 4 and i % 5 == 0:
            c = tokens[(i // 5) % len(tokens)]
        rows.append([a, b, c, l])
    write("good/missing_values.csv", lines(rows))
    good("good/missing_values.csv", "missing cells written as '', NA, NaN, ?, N/A, null; drop rows", "y",
         task="binary", rows=33, n_features=3, notes=["Dropped 7 of 40 rows with missing values (c: 7)"])
    write("good/missing_values_mean.csv", lines(rows))
    good("good/missing_values_mean.csv", "same missing cells, filled with training-split means", "y",
         task="binary", rows=40, n_features=3, kwargs={"missing": "mean"},
         notes=["Filled 7 missing numeric cells with training-split means"])

    rows = [["a", "b", "label"]]
    specials = ["inf", "-inf", "Infinity"]
    for i, ((a, b), l) in enumerate(zip(X, y)):
        rows.append([specials[(i // 10) % 3] if i % 10 == 5 else a, b, l])
    write("good/infinite.csv", lines(rows))
    good("good/infinite.csv", "inf, -inf, Infinity in a numeric column -> missing, rows dropped", "label",
         task="binary", rows=36, n_features=2, notes=["4 infinite values treated as missing", "Dropped 4 of 40"])

    rng = np.random.default_rng(2)
    tiny, huge, giant = rng.uniform(1e-9, 9e-9, 50), rng.uniform(1e8, 9e8, 50), rng.uniform(-1e15, 1e15, 50)
    target = 2 * tiny / 1e-9 + huge / 1e8 + rng.normal(size=50)
    rows = [["tiny", "huge", "giant", "price"]]
    rows += [[f"{a:.4e}", f"{b:.6e}", f"{c:.6e}", f"{t:.4f}"] for a, b, c, t in zip(tiny, huge, giant, target)]
    write("good/wide_scales.csv", lines(rows))
    good("good/wide_scales.csv", "features from 1e-9 to 1e15 (regression target)", "price",
         task="regression", rows=50, n_features=3, notes=["regression"])

    rows = [["x", "x", "z", "x", "label"]] + [[a, b, round(a * b, 3), round(a + b, 3), l] for (a, b), l in zip(X, y)]
    write("good/duplicate_columns.csv", lines(rows))
    good("good/duplicate_columns.csv", "duplicate column names x, x, x", "label", task="binary", rows=40, n_features=4,
         notes=["Renamed duplicate column 'x' to 'x.1'", "Renamed duplicate column 'x' to 'x.2'"])

    write("good/crlf.csv", lines(rows_ab, ",", "\r\n"))
    good("good/crlf.csv", "Windows line endings (CRLF)", "label", task="binary", rows=40, n_features=2)

    write("good/cr_only.csv", lines(rows_ab, ",", "\r"))
    good("good/cr_only.csv", "old Mac line endings (CR only)", "label", task="binary", rows=40, n_features=2,
         notes=["CR only"])

    write("good/utf16.csv", "\ufeff".encode("utf-16-le") + lines(rows_ab, "\t").encode("utf-16-le"))
    good("good/utf16.csv", "UTF-16 with BOM, tab separated (Excel 'Unicode text')", "label", task="binary",
         rows=40, n_features=2, notes=["UTF-16", "Separator tab detected"])

    colors, sizes = ["red", "green", "blue"], ["S", "M", "L", "XL"]
    rows = [["color", "size", "weight", "bought"]] + [
        [colors[i % 3], sizes[i % 4], a, l] for i, ((a, _), l) in enumerate(zip(X, y))]
    write("good/text_features.csv", lines(rows))
    good("good/text_features.csv", "text features chosen explicitly -> one-hot (color=red, ...)", "bought",
         task="binary", rows=40, n_features=8, kwargs={"features": ["color", "size", "weight"]},
         notes=["One-hot encoded text: color (3 categories), size (4 categories)"])

    rows = [["a", "b", "target"]] + [[a, b, int(l == "yes")] for (a, b), l in zip(X, y)]
    write("good/numeric_binary_target.csv", lines(rows))
    good("good/numeric_binary_target.csv", "0/1 numeric target -> binary with classes 0, 1", "target",
         task="binary", rows=40, n_features=2, class_names=["0", "1"])

    rng = np.random.default_rng(3)
    grade = rng.integers(1, 6, 60)
    grade[:5] = [1, 2, 3, 4, 5]
    rows = [["hours", "sleep", "grade"]]
    rows += [[round(g * 2 + rng.normal(), 2), round(rng.uniform(5, 9), 1), g] for g in grade]
    write("good/integer_classes.csv", lines(rows))
    good("good/integer_classes.csv", "integer target with 5 values -> multiclass 1..5", "grade",
         task="multiclass", rows=60, n_features=2, class_names=["1", "2", "3", "4", "5"])

    rows = [["area_m2", "rooms", "price_eur"]] + [
        [int(a), int(r), round(a * 3000 + r * 10000 + rng.normal() * 5000, 2)]
        for a, r in zip(rng.uniform(30, 200, 50), rng.integers(1, 6, 50))]
    write("good/regression.csv", lines(rows))
    good("good/regression.csv", "float target -> regression", "price_eur", task="regression", rows=50, n_features=2)

    body = lines(rows_ab).splitlines(keepends=True)
    spaced = [f" {r.replace(',', ' , ')}" for r in body[1:20]]
    padded = ["\n", "  \n", body[0], *spaced, "\n", "   \n", *body[20:], "\n\n"]
    write("good/blank_lines.csv", "".join(padded))
    good("good/blank_lines.csv", "blank lines before, inside and after; spaces around values", "label",
         task="binary", rows=40, n_features=2)

    write("good/no_header.csv", lines([[a, b, int(l == "yes")] for (a, b), l in zip(X, y)]))
    good("good/no_header.csv", "no header row (all numbers) -> columns column_1..column_3", "column_3",
         task="binary", rows=40, n_features=2, notes=["The first row holds numbers"])

    junk = {7: "n/a?", 21: "-"}
    rows = [["a", "b", "label"]] + [[junk.get(i, a), b, l] for i, ((a, b), l) in enumerate(zip(X, y))]
    write("good/junk_in_numbers.csv", lines(rows))
    good("good/junk_in_numbers.csv", "a numeric column with 2 stray words -> those cells missing", "label",
         task="binary", rows=38, n_features=2, notes=["Column 'a': 2 non-numeric values"])

    rows = [["", "a", "b", "label"]] + [[i, a, b, l] for i, ((a, b), l) in enumerate(zip(X, y))]
    write("good/unnamed_column.csv", lines(rows))
    good("good/unnamed_column.csv", "an empty column name (pandas index export)", "label", task="binary",
         rows=40, n_features=3, notes=["Named the unnamed column 1 'column_1'"])

    heights = ["5'10\"", "6'1\"", "5'4\""]
    rows = [["height", "a", "b", "label"]] + [[heights[i % 3], a, b, l] for i, ((a, b), l) in enumerate(zip(X, y))]
    write("good/inch_marks.csv", lines(rows[:8]))
    good("good/inch_marks.csv", "unquoted text with stray quote marks (5'10\")", "label", task="binary",
         rows=7, n_features=2)

    bools = [["a", "flag", "label"]] + [[a, "True" if b > 0 else "False", l] for (a, b), l in zip(X, y)]
    write("good/bool_column.csv", lines(bools))
    good("good/bool_column.csv", "True/False feature column -> text, one-hot", "label", task="binary", rows=40,
         n_features=3, kwargs={"features": ["a", "flag"]}, notes=["flag (2 categories)"])


def make_bad() -> None:
    X, y = two_blobs(12, 4)
    ok_rows = [["a", "b", "c", "label"]] + [[a, b, round(a * b, 3), l] for (a, b), l in zip(X, y)]

    write("bad/empty.csv", b"")
    bad("bad/empty.csv", "zero bytes", "label", "the file is empty")
    write("bad/blank.csv", "\n  \n\n")
    bad("bad/blank.csv", "only blank lines", "label", "the file is empty")
    write("bad/header_only.csv", "a,b,c,label\n")
    bad("bad/header_only.csv", "a header and no rows", "label", "header but no data rows")
    write("bad/too_few_rows.csv", lines(ok_rows[:4]))
    bad("bad/too_few_rows.csv", "3 data rows", "label", "there are only 3 rows; a 75/10/15 split needs at least 6")
    write("bad/valid_table.csv", lines(ok_rows))
    bad("bad/valid_table.csv", "a fine table, but the target does not exist", "price",
        "column 'price' does not exist; columns are: a, b, c, label")
    bad("bad/valid_table.csv", "a fine table, zero features chosen", "label", "no feature column was chosen",
        {"features": []})
    bad("bad/valid_table.csv", "a fine table, the target also chosen as a feature", "label",
        "the target 'label' cannot also be a feature", {"features": ["a", "label"]})
    bad("bad/valid_table.csv", "a fine table, text target forced to regression", "label",
        "is text; it cannot be a regression target", {"target_kind": "regression"})
    write("bad/single_class.csv", lines([["a", "b", "label"]] + [[a, b, "yes"] for a, b in X]))
    bad("bad/single_class.csv", "target with one class", "label",
        "the target 'label' has a single class ('yes'); a classifier needs at least two")
    colors, shapes = ["red", "blue"], ["round", "square", "flat"]
    text_rows = [["color", "shape", "label"]] + [[colors[i % 2], shapes[i % 3], l] for i, l in enumerate(y)]
    write("bad/text_only.csv", lines(text_rows))
    bad("bad/text_only.csv", "only text features, default features (numeric only)", "label",
        "there is no usable feature: no numeric column besides the target 'label'")
    bad("bad/text_only.csv", "only text features, chosen, one-hot encoding off", "label",
        "there is no usable feature: color, shape are text and one-hot encoding is off",
        {"features": ["color", "shape"], "one_hot_text": False})
    holes = [[a, "", l] if i % 2 else ["", b, l] for i, ((a, b), l) in enumerate(zip(X, y))]
    write("bad/all_rows_missing.csv", lines([["a", "b", "label"]] + holes))
    bad("bad/all_rows_missing.csv", "every row misses a or b", "label", "every row has a missing value")
    write("bad/target_empty.csv", lines([["a", "b", "label"]] + [[a, b, ""] for a, b in X]))
    bad("bad/target_empty.csv", "the target column is empty", "label", "the target 'label' has no values")
    rows = [r[:] for r in ok_rows]
    rows[4] = rows[4] + [99]
    write("bad/ragged_long.csv", lines(rows))
    bad("bad/ragged_long.csv", "row 5 has one field too many", "label", "row 5 has 5 fields, the header has 4")
    rows = [r[:] for r in ok_rows]
    rows[6] = rows[6][:3]
    write("bad/ragged_short.csv", lines(rows))
    bad("bad/ragged_short.csv", "row 7 has one field too few (pandas would pad it)", "label",
        "row 7 has 3 fields, the header has 4")
    rows = [r[:] for r in ok_rows]
    rows[1][3] = '"yes, or no"'
    rows[9] = rows[9][:2]
    write("bad/ragged_quoted.csv", lines(rows))
    bad("bad/ragged_quoted.csv", "quoted fields, and row 10 has two fields", "label", "row 10 has 2 fields, the header has 4")
    rows = [r[:] for r in ok_rows]
    rows[3][3] = '"yes'
    write("bad/unclosed_quote.csv", lines(rows))
    bad("bad/unclosed_quote.csv", "a quote opened in row 4 and never closed", "label", "opened in row 4 is never closed")
    write("bad/binary.csv", png_bytes())
    bad("bad/binary.csv", "a PNG image renamed .csv", "label", "this is a binary file (a PNG image), not a CSV table")
    write("bad/random_bytes.csv", np.random.default_rng(5).integers(0, 256, 2000, dtype=np.uint8).tobytes())
    bad("bad/random_bytes.csv", "random bytes", "label", "this is a binary file, not a CSV table")
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", date_time=(2020, 1, 1, 0, 0, 0)), "<Types/>")
    write("bad/excel.csv", buf.getvalue())
    bad("bad/excel.csv", "an .xlsx workbook (zip) renamed .csv", "label", "this is a binary file (a zip archive")
    write("bad/html.csv", "\n<!DOCTYPE html>\n<html><head><title>data.csv · GitHub</title></head>\n"
          "<body><table><tr><td>a,b,label</td></tr></table></body></html>\n")
    bad("bad/html.csv", "a web page saved as .csv", "label", "this looks like an HTML page, not a CSV table")
    ids = [["a", "b", "name"]] + [[round(float(i), 1), i % 7, f"person_{i:03d}"] for i in range(150)]
    write("bad/too_many_classes.csv", lines(ids))
    bad("bad/too_many_classes.csv", "a text target with 150 different values (an identifier)", "name",
        "has 150 different values")


def write_index() -> None:
    (ROOT / "cases.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    out = [
        "# CSV test corpus",
        "",
        "Generated by `scripts/make_csv_corpus.py` (deterministic); do not edit by hand.",
        "`good/` files are messy but must load; `bad/` files must be refused with a one-line",
        "`DataError` naming the file. Missing files, folders and files too large for memory are",
        "made or simulated by the tests.",
        "",
        "`cases.json` holds `{\"cases\": [...]}`; each case has `file` (relative to this folder),",
        "`what`, `target`, `kwargs` (options for `prepare`/`load_csv`) and `expect` (`load` or",
        "`refuse`). A `load` case also has `task`, `rows` (usable rows = train+val+test),",
        "`n_features`, `notes_contain` (substrings of the notes) and maybe `class_names`; a",
        "`refuse` case has `message_contains`. A file may appear in several cases.",
        "",
        "| file | target | options | expect | what |",
        "|---|---|---|---|---|",
    ]
    for c in CASES:
        if c["expect"] == "load":
            expect = f"load ({c['task']}, {c['rows']} rows)"
        else:
            expect = f"refuse: “{c['message_contains']}”"
        opts = json.dumps(c["kwargs"]) if c["kwargs"] else ""
        out.append(f"| {c['file']} | {c['target']} | {opts} | {expect} | {c['what'].replace('|', '&#124;')} |")
    (ROOT / "README.md").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    make_good()
    make_bad()
    write_index()
    print(f"{len(CASES)} cases in {ROOT}")
