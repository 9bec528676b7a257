"""Predictions for a table of new rows, in original units: ``nnviz predict`` and the PyTorch
script that ``nnviz export --pytorch`` writes share this module's table code.

The model's input recipe (:func:`model_recipe`) is plain data: the raw input columns (numbers,
or text one-hot encoded with the training categories), what the training data did with gaps
(``drop``: such a row gets no prediction and is reported; ``mean``: filled with the training
mean, text with the most common training value), the input scaling and how outputs read
(class names and a probability per class, or a number de-scaled to original units).

The functions from :func:`is_missing` to :func:`output_table` use only the standard library
and NumPy, so that the exporter can copy their source into a self-contained script: one
implementation, hence exactly the same output format.
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np

from ..data.csvchunks import iter_table
from ..data.problem import DataError, Problem
from ..tr import translate

# Cells read as "no value" (pandas' defaults, plus "?"), compared case-insensitively.
MISSING_TOKENS = ("", "#n/a", "#n/a n/a", "#na", "-1.#ind", "-1.#qnan", "-nan", "1.#ind", "1.#qnan", "<na>",
                  "n/a", "na", "nan", "null", "none", "?")


def missing_rule(source: dict | None) -> str:
    """What the model's data preparation did with gaps: "drop" or "mean" (from a session's
    ``source``: a table's own choice, or a lesson's data)."""
    source = source or {}
    rule = source.get("missing") or (source.get("data") or {}).get("missing")
    return rule if rule in ("drop", "mean") else "drop"


def model_recipe(problem: Problem, output_activation: str, missing: str = "drop") -> dict:
    """Everything about inputs and outputs a prediction needs besides the weights, as plain
    data (JSON-able; the exporter writes it into the script)."""
    features = None
    transform = getattr(problem, "input_transform", None)
    if transform is not None:
        if not (hasattr(transform, "names") and hasattr(transform, "source")):
            raise DataError(translate("Predict", "this network's inputs are computed in a way predictions from a table "
                                                  "do not support yet"))
        features = list(transform.names)     # feature inputs (x1², sin x1, …) of the raw x1, x2
        problem = transform.source
    raw = problem.raw_columns or [(n, "numeric", None) for n in problem.feature_names]
    X_unscaled = problem.x_scaler.inverse(problem.X_train)
    columns, j = [], 0
    for name, kind, cats in raw:
        if kind == "numeric":
            fill = float(np.mean(X_unscaled[:, j]))
            columns.append({"name": name, "kind": "numeric", "categories": None, "fill": fill})
            j += 1
        else:
            cats = list(cats or [])
            counts = np.rint(X_unscaled[:, j:j + len(cats)]).sum(axis=0)
            columns.append({"name": name, "kind": "text", "categories": cats,
                            "fill": cats[int(np.argmax(counts))] if cats else None})
            j += len(cats)
    xs = problem.x_scaler
    ys = problem.y_scaler
    n_in = problem.n_features
    if problem.task == "regression":
        outputs = "value"
    elif problem.task == "binary":
        outputs = "binary"
    else:
        outputs = "probabilities" if output_activation == "softmax" else "scores"
    return {
        "columns": columns,
        "missing": missing if missing in ("drop", "mean") else "drop",
        "x_offset": [0.0] * n_in if xs.offset is None else [float(v) for v in xs.offset],
        "x_scale": [1.0] * n_in if xs.scale is None else [float(v) for v in xs.scale],
        "features": features,
        "task": problem.task,
        "target": problem.target_name,
        "class_names": list(problem.class_names or (["0", "1"] if problem.task == "binary" else [])),
        "outputs": outputs,
        "y_offset": None if ys.offset is None else [float(v) for v in ys.offset],
        "y_scale": None if ys.scale is None else [float(v) for v in ys.scale],
    }


# --- shared with the exported script (standard library + NumPy only) ---------------------------
def is_missing(cell):
    if cell is None:
        return True
    if isinstance(cell, float):
        return cell != cell
    return str(cell).strip().lower() in MISSING_TOKENS


def format_number(v):
    """A number as the output table shows it: whole numbers without ".0", others exactly."""
    v = float(v)
    if v != v:
        return ""
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def encode_table(header, rows, recipe, first=0, words=None):
    """(X unscaled (k, n_inputs), indices of the rows encoded, echo of every row's input cells,
    reports for rows left without a prediction). ``rows`` are lists of cells (text or numbers)
    under ``header``, the first of them the table's data row ``first`` (0 for a whole table).
    Raises ValueError (one line) when a model column is absent. ``words``: the reports'
    sentences in the current language (nnviz passes them; the exported script keeps English)."""
    words = words or {"gap": "no value for {0} (the model's data dropped rows with gaps)",
                      "number": "{0} needs a number, not {1}",
                      "category": "{0} is {1}, not one of the training values ({2})",
                      "row": "row {0}: {1}; no prediction"}
    where = {name: i for i, name in enumerate(header)}
    absent = [c["name"] for c in recipe["columns"] if c["name"] not in where]
    if absent:
        need = ", ".join(repr(c["name"]) for c in recipe["columns"])
        raise ValueError(f"the table lacks the model's input column{'s' if len(absent) > 1 else ''} "
                         + ", ".join(repr(a) for a in absent) + f" (the model reads {need})")
    X, kept, echo, reports = [], [], [], []
    fill = recipe["missing"] == "mean"
    for r, row in enumerate(rows):
        values, shown, why = [], [], None
        for col in recipe["columns"]:
            i = where[col["name"]]
            cell = row[i] if i < len(row) else None
            gap = is_missing(cell)
            if gap:
                shown.append("")
                if not fill:
                    why = why or words["gap"].format(repr(col["name"]))
                    continue
                cell = col["fill"]
            if col["kind"] == "numeric":
                try:
                    number = float(str(cell).strip()) if isinstance(cell, str) else float(cell)
                except ValueError:
                    number = float("nan")
                if not math.isfinite(number):
                    shown.append(str(cell).strip())
                    why = why or words["number"].format(repr(col["name"]), repr(str(cell).strip()))
                    continue
                if not gap:
                    shown.append(format_number(number))
                values.append(number)
            else:
                number_like = isinstance(cell, (int, float)) and not isinstance(cell, bool)
                text = format_number(cell) if number_like else str(cell).strip()
                cats = col["categories"]
                if text not in cats:
                    same = [c for c in cats if c.lower() == text.lower()]
                    if len(same) != 1:
                        shown.append(text)
                        why = why or words["category"].format(repr(col["name"]), repr(text), ", ".join(cats))
                        continue
                    text = same[0]
                if not gap:
                    shown.append(text)
                values.extend(1.0 if c == text else 0.0 for c in cats)
        echo.append(shown)
        if why:
            reports.append(words["row"].format(first + r + 2, why))
            continue
        X.append(values)
        kept.append(r)
    n_in = len(recipe["x_offset"])
    return np.array(X, dtype=float).reshape(-1, n_in), kept, echo, reports


def network_inputs(X, recipe):
    """Encoded rows in original units → the network's inputs: scaled as in training and, for
    feature inputs, the features computed from the scaled x1, x2 (as nnviz computes them)."""
    Z = (X - np.array(recipe["x_offset"])) / np.array(recipe["x_scale"])
    names = recipe.get("features")
    if not names:
        return Z
    a, b = Z[:, 0], Z[:, 1]
    columns = {"x1": lambda: a, "x2": lambda: b, "x1^2": lambda: a * a, "x2^2": lambda: b * b,
               "x1*x2": lambda: a * b, "sin(x1)": lambda: np.sin(a), "sin(x2)": lambda: np.sin(b)}
    return np.column_stack([columns[n]() for n in names]).reshape(len(Z), len(names))


def output_table(outputs, kept, echo, recipe):
    """(header, rows) of the prediction table: the input columns as read, the prediction in
    original units (a class name or a number) and, for classes, one column per class."""
    names = [c["name"] for c in recipe["columns"]]
    classes = recipe["class_names"]
    kind = recipe["outputs"]
    header = names + [f"predicted {recipe['target']}"]
    if kind in ("binary", "probabilities"):
        header += [f"P({c})" for c in classes]
    elif kind == "scores":
        header += [f"score({c})" for c in classes]
    width = len(header) - len(names)
    by_row = dict(zip(kept, range(len(kept))))
    rows = []
    for r, shown in enumerate(echo):
        if r not in by_row:
            rows.append(list(shown) + [""] * width)
            continue
        y = outputs[by_row[r]]
        if kind == "value":
            value = float(y[0])
            if recipe["y_offset"] is not None:
                value = value * recipe["y_scale"][0] + recipe["y_offset"][0]
            cells = [format_number(value)]
        elif kind == "binary":
            p = float(y[0])
            cells = [classes[1] if p >= 0.5 else classes[0], format_number(1.0 - p), format_number(p)]
        else:
            k = int(np.argmax(y))
            cells = [classes[k]] + [format_number(v) for v in y]
        rows.append(list(shown) + cells)
    return header, rows


def write_table(header, rows, out):
    writer = csv.writer(out, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)


# --- nnviz predict ---------------------------------------------------------------------------
CHUNK_ROWS = 5_000  # rows encoded, predicted and written at a time
MAX_REPORTS = 20  # rows without a prediction named on the error stream; the rest are counted


def _check_columns(name: str, header: list[str], recipe: dict) -> None:
    """DataError (one line, in the current language) when the table lacks a model column: the
    same check as :func:`encode_table`'s, whose English words the exported script keeps."""
    absent = [c["name"] for c in recipe["columns"] if c["name"] not in header]
    if not absent:
        return
    need = ", ".join(repr(c["name"]) for c in recipe["columns"])
    if len(absent) == 1:
        text = translate("Predict", "{0}: the table lacks the model's input column {1} (the model reads {2})")
    else:
        text = translate("Predict", "{0}: the table lacks the model's input columns {1} (the model reads {2})")
    raise DataError(text.format(name, ", ".join(repr(a) for a in absent), need))


def predict_csv(session, path, out, err=None, *, chunk_rows: int = CHUNK_ROWS) -> int:
    """Read the CSV at ``path``, write the prediction table to ``out``; rows left without a
    prediction are reported on ``err`` (one line each, at most 20). Returns how many rows got a
    prediction. Raises DataError (one line) for a bad table, before writing anything.

    The table is read block by block (:func:`~nnviz.core.data.csvchunks.iter_table`: every cell
    read as the whole table reads it) and predicted ``chunk_rows`` rows at a time, each chunk
    written as soon as it is done, so memory stays bounded whatever the table's length."""
    problem = session.problem
    recipe = model_recipe(problem, session.settings.output_activation, missing_rule(session.source))
    name = Path(path).name
    words = {"gap": translate("Predict", "no value for {0} (the model's data dropped rows with gaps)"),
             "number": translate("Predict", "{0} needs a number, not {1}"),
             "category": translate("Predict", "{0} is {1}, not one of the training values ({2})"),
             "row": translate("Predict", "row {0}: {1}; no prediction")}
    predicted, header_written, unpredicted = 0, False, 0
    for block in iter_table(path):
        header = [str(c) for c in block.columns]
        _check_columns(name, header, recipe)
        for start in range(0, len(block), max(1, chunk_rows)):
            frame = block.iloc[start:start + max(1, chunk_rows)]
            rows = frame.astype(object).where(frame.notna(), None).values.tolist()
            try:
                X, kept, echo, reports = encode_table(header, rows, recipe, int(frame.index[0]), words)
            except ValueError as e:
                raise DataError(f"{name}: {e}") from None
            outputs = session.predict(network_inputs(X, recipe)) if len(X) else np.empty((0, problem.n_outputs))
            out_header, out_rows = output_table(outputs, kept, echo, recipe)
            write_table(None if header_written else out_header, out_rows, out)
            header_written = True
            predicted += len(kept)
            if err is not None:
                for line in reports[:max(0, MAX_REPORTS - unpredicted)]:
                    print(f"nnviz: {name} {line}", file=err)
            unpredicted += len(reports)
    if err is not None and unpredicted > MAX_REPORTS:
        print(translate("Predict", "nnviz: {0}: {1} more rows without a prediction").format(
            name, unpredicted - MAX_REPORTS), file=err)
    return predicted


SHARED_FUNCTIONS = (is_missing, format_number, encode_table, network_inputs, output_table, write_table)
