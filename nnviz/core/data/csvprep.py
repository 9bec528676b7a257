"""Preparing a :class:`~nnviz.core.data.csvread.Table` for a network: a :class:`~nnviz.core.data.problem.Problem`.

:func:`prepare` chooses the features, one-hot encodes text features, encodes the target, handles
missing values, splits (stratified) and scales on the training rows only. :func:`encode_inputs`
encodes one row typed in original units. Reading the file is :mod:`nnviz.core.data.csvread`.

Every refusal is a :class:`DataError` whose ``str()`` is one line naming the file and, where it
can, the fix. Numbers beyond :data:`MAX_ABS_VALUE` are refused: no scaling makes them safe for a
network, and they are almost always a unit or export mistake.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from nnviz.core.data.csvread import Table
from nnviz.core.data.csvsniff import MAX_COLUMNS
from nnviz.core.data.csvtext import counts_text as _counts, name_list as _list, note, printable, shown
from nnviz.core.data.problem import SCALINGS, DataError, Problem, Scaler, split_indices
from nnviz.core.text import ROUTINE, Note, Num, clipped, parse_number, plain_point
from nnviz.core.tr import QT_TRANSLATE_NOOP, translate

MAX_INT_CLASSES = 10  # a numeric target with at most this many integer values is a class label
MAX_CLASSES = 100
MAX_ABS_VALUE = 1e100  # larger numbers are refused (their squares overflow float64)
MIN_SPLIT_SHARE = 0.01  # a non-zero part of the split must be at least 1 %


def _q(name: object) -> str:
    """A column name quoted for a message: 'name', escaped and cut short."""
    return f"'{shown(name)}'"


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
    notes: list[Note] = []
    feats = _choose_features(table, target, features, one_hot_text, notes)

    data = frame[feats + [target]]
    no_target = data[target].isna()
    if no_target.all():
        raise DataError(translate("Csv", "{0}: the target {1} has no values.").format(name, _q(target)))
    if no_target.any():
        n = int(no_target.sum())
        if n == 1:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Dropped 1 row with no value for the target {0}."), _q(target)))
        else:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Dropped {0} rows with no value for the target {1}."),
                              n, _q(target)))
        data = data[~no_target]
    n_with_target = len(data)
    if missing == "drop":
        data = _drop_missing(name, data, feats, notes)
    dropped = (n_with_target - len(data), n_with_target)

    _refuse_huge_values(name, data, feats + [target], table.column_kinds)
    tgt = _encode_target(name, table, data[target], target_kind, notes, dropped)
    train, val, test = _split_rows(name, len(data), fractions, seed, tgt, len(frame), notes)
    if missing == "mean":
        data = _fill_missing(name, data, feats, table.column_kinds, train, notes)

    X, feature_names, raw_columns = _encode_features(data, feats, table.column_kinds, notes, name)
    Y = _target_matrix(tgt)
    x_scaler = Scaler.fit(X[train], scaling)
    notes.append(note(QT_TRANSLATE_NOOP("Csv", "Inputs scaled ('{0}') with statistics of the {1} training rows only."),
                      scaling, len(train), kind=ROUTINE))
    if scaling == "none" and len(X) and X.size:
        biggest = float(np.abs(X).max())
        if biggest > 1e6:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Inputs as large as {0} are not scaled; training may diverge "
                                                "(choose a scaling such as standard)."), Num(biggest, ".3g")))
    y_scaler = Scaler()
    if tgt.task == "regression":
        y_scaler = Scaler.fit(Y[train], "max" if scaling == "max" else "standard")
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Target scaled ('{0}') with statistics of the training rows."),
                          y_scaler.kind, kind=ROUTINE))

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
        train_rows=data.index.to_numpy()[train],
    )


# --- options and columns ---------------------------------------------------------------------
def _check_options(
    name: str, missing: str, scaling: str, split: Sequence[float], target_kind: str | None
) -> tuple[float, float, float]:
    """Validate the options; return the split as fractions summing to 1."""
    if missing not in ("drop", "mean"):
        raise DataError(translate("Csv", "{0}: unknown missing-value rule {1}; choose drop or mean.").format(
            name, repr(missing)))
    if scaling not in SCALINGS:
        raise DataError(translate("Csv", "{0}: unknown scaling {1}; choose one of {2}.").format(
            name, repr(scaling), ", ".join(SCALINGS)))
    if target_kind not in (None, "classification", "binary", "multiclass", "regression"):
        raise DataError(translate(
            "Csv", "{0}: unknown target kind {1}; choose classification, binary, multiclass or regression.").format(
            name, repr(target_kind)))
    f = np.asarray(split, dtype=float)
    if f.shape != (3,) or not np.isfinite(f).all() or (f < 0).any() or f[0] <= 0:
        raise DataError(translate(
            "Csv", "{0}: the split must be three non-negative percentages with a non-zero training part.").format(name))
    f = f / f.sum()
    if ((f > 0) & (f < MIN_SPLIT_SHARE)).any():
        raise DataError(translate(
            "Csv", "{0}: each part of the split must be 0 or at least {1} % of the rows (got {2}).").format(
            name, Num(100 * MIN_SPLIT_SHARE, "g").text(), _pct(f).text()))
    return float(f[0]), float(f[1]), float(f[2])


def _require_columns(name: str, frame: pd.DataFrame, columns: Sequence[str]) -> None:
    for col in columns:
        if col not in frame.columns:
            raise DataError(translate("Csv", "{0}: column {1} does not exist; columns are: {2}.").format(
                name, _q(col), _list(frame.columns)))


def _choose_features(
    table: Table, target: str, features: Sequence[str] | str | None, one_hot_text: bool, notes: list[Note]
) -> list[str]:
    """The columns to learn from, in order; refuses when none is usable."""
    name, kinds = table.name, table.column_kinds
    if features is None:
        chosen = [c for c in table.frame.columns if c != target and kinds[c] == "numeric"]
        no_value = table.frame[chosen].isna().all().to_numpy() if chosen else []
        empty = [c for c, e in zip(chosen, no_value) if e]
        if empty:
            if len(empty) == 1:
                notes.append(note(QT_TRANSLATE_NOOP("Csv", "Left out column with no values: {0}."), _list(empty)))
            else:
                notes.append(note(QT_TRANSLATE_NOOP("Csv", "Left out columns with no values: {0}."), _list(empty)))
            chosen = [c for c in chosen if c not in empty]
        text = [c for c in table.frame.columns if c != target and kinds[c] == "text"]
        if not chosen:
            hinted = [c for c in text if c in table.hints]
            if hinted:
                c = hinted[0]
                raise DataError(translate("Csv", "{0}: there is no usable feature: column {1} holds {2}.").format(
                    name, _q(c), table.hints[c]))
            if text and one_hot_text:
                raise DataError(translate(
                    "Csv", "{0}: there is no usable feature: no numeric column besides the target {1}; choose "
                    "text columns as features to one-hot encode them (--features on the command line): {2}.").format(
                    name, _q(target), _list(text)))
            raise DataError(translate(
                "Csv", "{0}: there is no usable feature: no numeric column besides the target {1}.").format(
                name, _q(target)))
        if text:
            notes.append(note(QT_TRANSLATE_NOOP(
                "Csv", "Text columns not used as features: {0} (choose them to one-hot encode them)."), _list(text)))
        return chosen
    if isinstance(features, str):
        features = [f.strip() for f in features.split(",") if f.strip()]
    chosen = list(dict.fromkeys(features))
    if not chosen:
        raise DataError(translate("Csv", "{0}: there is no usable feature: no feature column was chosen.").format(name))
    _require_columns(name, table.frame, chosen)
    if target in chosen:
        raise DataError(translate("Csv", "{0}: the target {1} cannot also be a feature.").format(name, _q(target)))
    text = [c for c in chosen if kinds[c] == "text"]
    for c in text:
        if c in table.hints and table.frame[c].nunique() > MAX_INT_CLASSES and one_hot_text:
            raise DataError(translate("Csv", "{0}: column {1} holds {2}.").format(name, _q(c), table.hints[c]))
    if text and not one_hot_text:
        chosen = [c for c in chosen if c not in text]
        if not chosen:
            if len(text) == 1:
                sentence = translate("Csv", "{0}: there is no usable feature: {1} is text and one-hot encoding is off.")
            else:
                sentence = translate("Csv", "{0}: there is no usable feature: {1} are text and one-hot encoding is off.")
            raise DataError(sentence.format(name, _list(text)))
        if len(text) == 1:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Left out text column {0} (one-hot encoding is off)."),
                              _list(text)))
        else:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Left out text columns {0} (one-hot encoding is off)."),
                              _list(text)))
    return chosen


# --- missing values --------------------------------------------------------------------------
def _drop_missing(name: str, data: pd.DataFrame, feats: list[str], notes: list[Note]) -> pd.DataFrame:
    """Drop rows with any missing feature value; refuse when nothing is left."""
    holes = data[feats].isna()
    bad = holes.any(axis=1)
    n_bad = int(bad.sum())
    if n_bad == 0:
        return data
    per_col = {c: int(v) for c, v in holes.sum().items() if v}
    if n_bad == len(data):
        worst = max(per_col, key=per_col.get)
        raise DataError(translate(
            "Csv", "{0}: every row has a missing value in the chosen columns (most in {1}: {2} of {3}); "
            "nothing is left to learn from.").format(name, _q(worst), Num(per_col[worst]).text(), Num(len(data)).text()))
    if len(data) == 1:
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Dropped {0} of {1} row with missing values ({2})."),
                          n_bad, len(data), _counts(per_col)))
    else:
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Dropped {0} of {1} rows with missing values ({2})."),
                          n_bad, len(data), _counts(per_col)))
    return data[~bad]


def _fill_missing(
    name: str,
    data: pd.DataFrame,
    feats: list[str],
    kinds: Mapping[str, str],
    train: np.ndarray,
    notes: list[Note],
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
            raise DataError(translate(
                "Csv", "{0}: column {1} has no values in the training rows to fill its gaps with.").format(name, _q(col)))
        if kinds[col] == "numeric":
            data[col] = data[col].fillna(float(train_values.mean()))
            filled_num[col] = int(holes.sum())
        else:
            counts = train_values.value_counts()
            data[col] = data[col].fillna(sorted(counts.index[counts == counts.max()])[0])
            filled_text[col] = int(holes.sum())
    if filled_num:
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Filled {0} missing numeric cells with training-split means ({1})."),
                          sum(filled_num.values()), _counts(filled_num)))
    if filled_text:
        notes.append(note(QT_TRANSLATE_NOOP(
            "Csv", "Filled {0} missing text cells with the most common training value ({1})."),
            sum(filled_text.values()), _counts(filled_text)))
    return data


# --- target ----------------------------------------------------------------------------------
def _encode_target(
    name: str, table: Table, y: pd.Series, target_kind: str | None, notes: list[Note],
    dropped: tuple[int, int] = (0, 0),
) -> _Target:
    """Detect or check the task and turn the target into class indices or numbers.
    ``dropped`` is (rows dropped for missing values, rows before), for the refusals."""
    col = str(y.name)
    if table.column_kinds[col] == "text":
        if target_kind == "regression":
            raise DataError(translate("Csv", "{0}: the target {1} is text; it cannot be a regression target.").format(
                name, _q(col)))
        raw_names = sorted(str(v) for v in pd.unique(y.to_numpy(dtype=object)))
        codes = pd.Categorical(y, categories=raw_names).codes.astype(int)
        class_names = display_names(raw_names)
    else:
        numbers = y.to_numpy(dtype=float)
        uniq = np.unique(numbers)
        looks_like_labels = len(uniq) <= MAX_INT_CLASSES and bool(np.all(uniq == np.round(uniq)))
        if target_kind == "regression" or (target_kind is None and not looks_like_labels):
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "Target {0}: regression (predicting a number)."), _q(col),
                              kind=ROUTINE))
            return _Target("regression", None, numbers)
        class_names = [plain_point(v) for v in uniq]
        codes = np.searchsorted(uniq, numbers)
    k = len(class_names)
    if k == 1:
        if dropped[0]:
            raise DataError(translate(
                "Csv", "{0}: the target {1} has a single class ({2}) after dropping {3} of {4} rows with missing "
                "values (fill them with the mean, --missing mean, or leave the emptiest features out); "
                "a classifier needs at least two.").format(
                name, _q(col), _q(class_names[0]), Num(dropped[0]).text(), Num(dropped[1]).text()))
        raise DataError(translate(
            "Csv", "{0}: the target {1} has a single class ({2}); a classifier needs at least two.").format(
            name, _q(col), _q(class_names[0])))
    if k > MAX_CLASSES:
        if col in table.hints:
            sentence = translate("Csv", "{0}: the target {1} has {2} different values; a classifier here takes "
                                 "at most {3} classes (it holds {4}).")
        else:
            sentence = translate("Csv", "{0}: the target {1} has {2} different values; a classifier here takes "
                                 "at most {3} classes (is it an identifier or a number to predict?).")
        raise DataError(sentence.format(name, _q(col), Num(k).text(), MAX_CLASSES, table.hints.get(col, "")))
    if target_kind == "binary" and k != 2:
        raise DataError(translate(
            "Csv", "{0}: the target {1} has {2} classes; binary classification needs exactly two.").format(
            name, _q(col), k))
    listed = _list(class_names, limit=10)
    if k > 2 or target_kind == "multiclass":
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "Target {0}: multiclass classification with {1} classes ({2})."),
                          _q(col), k, listed, kind=ROUTINE))
        return _Target("multiclass", class_names, codes)
    notes.append(note(QT_TRANSLATE_NOOP("Csv", "Target {0}: binary classification with {1} classes ({2})."),
                      _q(col), k, listed, kind=ROUTINE))
    return _Target("binary", class_names, codes)
    return _Target(task, class_names, codes)


def display_names(raw: Sequence[str], limit: int = 100) -> list[str]:
    """Class or category names as shown: escaped (one line each), at most ``limit`` characters,
    still unique."""
    out: list[str] = []
    seen: set[str] = set()
    for value in raw:
        text = clipped(printable(value), limit)
        base, k = text, 2
        while text in seen:
            text, k = f"{base} ({k})", k + 1
        seen.add(text)
        out.append(text)
    return out


def _refuse_huge_values(name: str, data: pd.DataFrame, columns: Sequence[str], kinds: Mapping[str, str]) -> None:
    """Refuse numbers beyond MAX_ABS_VALUE: no scaling makes them safe for a network."""
    numeric = [c for c in columns if kinds.get(c) == "numeric"]
    if not numeric or len(data) == 0:
        return
    values = np.abs(data[numeric].to_numpy(dtype=float))
    with np.errstate(invalid="ignore"):
        too_big = (values > MAX_ABS_VALUE).any(axis=0)
    for col, big in zip(numeric, too_big):
        if not big:
            continue
        biggest = float(np.nanmax(np.abs(data[col].to_numpy(dtype=float))))
        if biggest > MAX_ABS_VALUE:
            raise DataError(translate(
                "Csv", "{0}: column {1} holds numbers as large as {2}; nnviz takes numbers up to {3} "
                "(are they in the right unit? divide them, or leave the column out).").format(
                name, _q(col), Num(biggest, ".3g").text(), f"{MAX_ABS_VALUE:.0e}"))


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
    notes: list[Note],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Train/val/test row indices; stratified by class when possible; refuses too few rows."""
    classify = tgt.task != "regression"
    needed = _rows_needed(fractions, classify)
    if n < needed:
        if n < n_file_rows:
            sentence = translate("Csv", "{0}: only {1} rows are left after dropping rows with missing values; "
                                 "a {2} split needs at least {3}.")
        elif n == 1:
            sentence = translate("Csv", "{0}: there is only 1 row; a {2} split needs at least {3}.")
        else:
            sentence = translate("Csv", "{0}: there are only {1} rows; a {2} split needs at least {3}.")
        raise DataError(sentence.format(name, Num(n).text(), _pct(fractions).text(), Num(needed).text()))
    parts = split_indices(n, fractions, seed, tgt.values if classify else None)
    stratified = classify
    if classify and any(f > 0 and len(p) == 0 for f, p in zip(fractions, parts)):
        parts = split_indices(n, fractions, seed)
        stratified = False
        notes.append(note(QT_TRANSLATE_NOOP(
            "Csv", "Too few rows per class to stratify the split; split without stratification.")))
    train = parts[0]
    if classify:
        assert tgt.class_names is not None
        in_train = np.unique(tgt.values[train])
        if len(in_train) < 2:
            raise DataError(translate("Csv", "{0}: the training rows hold a single class; more rows are needed.").format(
                name))
        absent = [tgt.class_names[i] for i in range(len(tgt.class_names)) if i not in set(in_train)]
        if absent:
            notes.append(note(QT_TRANSLATE_NOOP("Csv", "No training rows for class {0}."), _list(absent)))
    if stratified:
        sentence = QT_TRANSLATE_NOOP("Csv", "Split {0}: {1} training, {2} validation, {3} test rows "
                                     "(stratified by class, seed {4}).")
    else:
        sentence = QT_TRANSLATE_NOOP("Csv", "Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).")
    notes.append(note(sentence, _pct(fractions), len(parts[0]), len(parts[1]), len(parts[2]), str(seed),
                      kind=ROUTINE))
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

    # Every non-zero share is at least MIN_SPLIT_SHARE, so this ends below ~2 / MIN_SPLIT_SHARE + 50.
    n = 1
    while not all(ok(m) for m in range(n, n + 50)):
        n += 1
        if n > 100_000:  # unreachable with checked options; never loop for ever
            break
    return n


def _pct(fractions: Sequence[float]) -> Num:
    """The split's percentages, "75/10/15"."""
    return Num(tuple(100 * float(f) for f in fractions), ".3g")


# --- features --------------------------------------------------------------------------------
def _encode_features(
    data: pd.DataFrame, feats: list[str], kinds: Mapping[str, str], notes: list[Note], name: str = "table"
) -> tuple[np.ndarray, list[str], list[tuple[str, str, list[str] | None]]]:
    """X (n, n_features) unscaled float64, its column names, and the raw-column recipe.
    A text column may bring at most MAX_CLASSES categories, and all inputs at most MAX_COLUMNS."""
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
        if len(cats) > MAX_CLASSES:
            raise DataError(translate(
                "Csv", "{0}: the text column {1} has {2} different values; one-hot encoding takes at most {3} "
                "(is it an identifier or a note? leave it out of the features).").format(
                name, _q(col), Num(len(cats)).text(), MAX_CLASSES))
        codes = pd.Categorical(values, categories=cats).codes
        blocks.append((codes[:, None] == np.arange(len(cats))[None, :]).astype(float))
        names.extend(f"{printable(col)}={c}" for c in display_names(cats))
        raw.append((col, "text", cats))
        encoded[col] = len(cats)
    if len(names) > MAX_COLUMNS:
        raise DataError(translate(
            "Csv", "{0}: one-hot encoding makes {1} inputs; the network takes at most {2} (choose fewer text "
            "columns).").format(name, Num(len(names)).text(), Num(MAX_COLUMNS).text()))
    if encoded:
        parts = tuple(note(QT_TRANSLATE_NOOP("Csv", "{0} ({1} categories)"), shown(c), k) for c, k in encoded.items())
        notes.append(note(QT_TRANSLATE_NOOP("Csv", "One-hot encoded text: {0}."), parts))
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
        raise DataError(translate("Csv", "{0}: column {1} has values too large to scale.").format(name, _q(col)))


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
            raise DataError(translate("Csv", "no value given for {0}.").format(_q(col)))
        value = raw_row[col]
        if kind == "numeric":
            values.append(_parse_input_number(col, value))
        else:
            values.extend(_one_hot_input(col, value, cats or []))
    x = np.asarray(values, dtype=float).reshape(1, -1)
    if x.shape[1] != problem.n_features:
        raise DataError(translate("Csv", "the input has {0} values but the network expects {1}.").format(
            x.shape[1], problem.n_features))
    return problem.x_scaler.transform(x)


def _parse_input_number(col: str, value: str | float) -> float:
    try:   # typed: "0,05" or "0.05" in every language (see parse_number)
        number = parse_number(value) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise DataError(translate("Csv", "{0} needs a number, not {1}.").format(_q(col), repr(str(value).strip())))
    return number


def _one_hot_input(col: str, value: str | float, cats: list[str]) -> list[float]:
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    text = plain_point(value) if is_number else str(value).strip()
    if text not in cats:
        matches = [c for c in cats if c.lower() == text.lower()]
        if len(matches) != 1:
            raise DataError(translate("Csv", "{0} must be one of {1}, not {2}.").format(
                _q(col), _list(cats, limit=12), repr(text)))
        text = matches[0]
    return [1.0 if c == text else 0.0 for c in cats]
