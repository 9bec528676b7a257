"""A prepared training problem: scaled inputs, encoded targets, splits and the names to show.

Every source of data (a built-in lesson, a playground generator, a user's CSV) ends as a
:class:`Problem`, so the trainer, the CLI and the window never care where the numbers came from.

Shapes: ``X_*`` is ``(n, n_features)`` float64, already scaled; ``Y_*`` is ``(n, n_outputs)``:
0/1 for ``binary`` (one column), one-hot for ``multiclass`` (one column per class), the scaled
value for ``regression`` (one column).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..text import list_separator, local
from ..tr import translate

TASKS = ("binary", "multiclass", "regression")
SCALINGS = ("none", "max", "minmax", "standard", "shared")


class DataError(ValueError):
    """Input data that cannot become a problem. ``str(err)`` is one line meant for a person."""


@dataclass
class Scaler:
    """Per-column affine scaling ``(x - offset) / scale``, fitted on the training split only.

    ``kind`` is one of :data:`SCALINGS`: ``max`` divides by the column maximum (the house
    tutorial), ``minmax`` maps to [0, 1], ``standard`` gives zero mean and unit variance,
    ``shared`` maps to [0, 1] with one minimum and maximum over all columns together (a picture's
    pixels all scaled alike, so it still looks the same: digits' 0–16 become x / 16).
    """

    kind: str = "none"
    offset: np.ndarray | None = None
    scale: np.ndarray | None = None

    @classmethod
    def fit(cls, X: np.ndarray, kind: str) -> "Scaler":
        if kind not in SCALINGS:
            raise DataError(translate("Problem", "unknown scaling {0}; choose one of {1}").format(
                repr(kind), ", ".join(SCALINGS)))
        X = np.asarray(X, dtype=float)
        n = X.shape[1]
        if kind == "none" or len(X) == 0:
            return cls(kind, np.zeros(n), np.ones(n))
        # Statistics of X / m, times m (m = the column's largest magnitude): the same numbers,
        # without overflow for values near 1e300 (a sum or a square of them is inf) and without
        # NumPy warnings on the terminal.
        with np.errstate(all="ignore"):
            m = np.abs(X).max(axis=0)
            m = np.where(np.isfinite(m) & (m > 0), m, 1.0)
            Xn = X / m
            if kind == "max":
                offset, scale = np.zeros(n), np.abs(Xn).max(axis=0) * m
            elif kind == "minmax":
                lo, hi = Xn.min(axis=0), Xn.max(axis=0)
                offset, scale = lo * m, (hi - lo) * m
                # A spread beyond the float range (-1.7e308 .. 1.5e308): map to [-1, 1] around the
                # middle instead, so that neither the spread nor x - offset overflows.
                wide = ~np.isfinite(scale)
                offset = np.where(wide, (lo + hi) / 2 * m, offset)
                scale = np.where(wide, (hi / 2 - lo / 2) * m, scale)
            elif kind == "shared":
                top = m.max()
                lo, hi = (X / top).min(), (X / top).max()
                offset, scale = np.full(n, lo * top), np.full(n, (hi - lo) * top)
            else:
                offset, scale = Xn.mean(axis=0) * m, Xn.std(axis=0) * m
        # A constant column keeps its values (scale 1); a spread beyond the float range too.
        scale = np.where(np.isfinite(scale) & (scale > 0), scale, 1.0)
        offset = np.where(np.isfinite(offset), offset, 0.0)
        return cls(kind, offset.astype(float), scale.astype(float))

    def transform(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        if self.offset is None:
            return X
        return (X - self.offset) / self.scale

    def inverse(self, X: np.ndarray) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        if self.offset is None:
            return X
        return X * self.scale + self.offset


@dataclass
class Problem:
    """Data ready for a network. See the module docstring for shapes."""

    name: str
    task: str
    X_train: np.ndarray
    Y_train: np.ndarray
    feature_names: list[str]
    target_name: str = "y"
    class_names: list[str] | None = None
    X_val: np.ndarray | None = None
    Y_val: np.ndarray | None = None
    X_test: np.ndarray | None = None
    Y_test: np.ndarray | None = None
    x_scaler: Scaler = field(default_factory=Scaler)
    y_scaler: Scaler = field(default_factory=Scaler)
    # What was done to the data, for a person: Notes kept as data (nnviz.core.text.Note, a lesson's
    # Translated) or plain text (read from a session file); str(note) is its text in the language
    # of the moment.
    notes: list = field(default_factory=list)
    # Original-unit column names before one-hot encoding of text features, and how to encode a
    # raw input row typed by a person: list of (column, kind, categories or None).
    raw_columns: list[tuple[str, str, list[str] | None]] | None = None
    # When the network's inputs are computed from another problem's (feature inputs x₁², sin x₁
    # from x1, x2: see features.py): called with rows of that problem's raw inputs in original
    # units, returns network inputs; its ``source`` is that problem, whose x1, x2 plane the
    # boundary is drawn over (boundary.plane_problem). None: the inputs are the raw ones.
    input_transform: Callable[[np.ndarray], np.ndarray] | None = None
    # Where each training row came from: its 0-based data row in the table read (a lesson's
    # ``sample`` beat names rows as the file has them). None: the training rows are the
    # table's rows in their order.
    train_rows: np.ndarray | None = None
    # (rows, columns) when the inputs are the pixels of a picture, row by row (a lesson's
    # ``image = [8, 8]``): views draw the input as that picture. None: the inputs are a list.
    image_shape: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise DataError(translate("Problem", "unknown task {0}").format(repr(self.task)))
        for name in ("X_train", "Y_train", "X_val", "Y_val", "X_test", "Y_test"):
            v = getattr(self, name)
            if v is not None:
                v = np.asarray(v, dtype=float)
                if v.ndim == 1:
                    v = v.reshape(-1, 1)
                setattr(self, name, v)

    # --- sizes -------------------------------------------------------------------------------
    @property
    def n_features(self) -> int:
        return self.X_train.shape[1]

    @property
    def n_outputs(self) -> int:
        return self.Y_train.shape[1]

    @property
    def is_classification(self) -> bool:
        return self.task != "regression"

    @property
    def output_names(self) -> list[str]:
        if self.task == "multiclass" and self.class_names:
            return list(self.class_names)
        if self.task == "binary" and self.class_names and len(self.class_names) == 2:
            return [f"P({self.class_names[1]})"]
        return [self.target_name]

    def split(self, which: str) -> tuple[np.ndarray | None, np.ndarray | None]:
        """``which`` in train / val / test; returns (X, Y), either may be None."""
        key = {"train": "train", "val": "val", "validation": "val", "test": "test"}[which]
        return getattr(self, f"X_{key}"), getattr(self, f"Y_{key}")

    def labels(self, Y: np.ndarray) -> np.ndarray:
        """Class index per row for classification targets (or predictions)."""
        Y = np.asarray(Y)
        if self.task == "multiclass":
            return Y.argmax(axis=1)
        return (Y[:, 0] >= 0.5).astype(int)

    def describe_output(self, y_row: np.ndarray) -> str:
        """One network output row in words, in original units."""
        y_row = np.asarray(y_row, dtype=float).ravel()
        if self.task == "regression":
            value = float(self.y_scaler.inverse(y_row.reshape(1, -1))[0, 0])
            return f"{self.target_name} = {local(f'{value:.4g}')}"
        names = self.class_names or ["0", "1"]
        if self.task == "binary":
            p = float(y_row[0])
            if abs(p - 0.5) < 5e-4:
                return translate("Problem", "undecided between {0} and {1} (P({1}) = {2})").format(
                    names[0], names[1], local(f"{p:.3f}"))
            label = names[1] if p >= 0.5 else names[0]
            return f"{label} (P({names[1]}) = {local(f'{p:.3f}')})"
        k = int(y_row.argmax())
        probs = list_separator().join(f"{n} {local(f'{p:.3f}')}" for n, p in zip(names, y_row))
        return f"{names[k]} ({probs})"


def row_position(problem: Problem, row: int) -> int:
    """The training position (0-based, what the window's sample picker counts) of the table's
    row ``row`` (1 = its first data row). ValueError, one line, when that row is not a training
    row. Data with no file behind it (a generated set) numbers its training rows in order."""
    if isinstance(row, bool) or not isinstance(row, (int, np.integer)):
        raise ValueError(translate("Problem", "a sample beat's index is a row number (1 = the first data row), "
                                   "not {0}").format(repr(row)))
    row = int(row)
    n = len(problem.X_train)
    if row < 1:
        raise ValueError(translate("Problem", "row {0}: rows are counted from 1 (the first data row)").format(row))
    rows = getattr(problem, "train_rows", None)
    if rows is None:
        if row > n:
            raise ValueError(translate("Problem", "row {0}: the training data has {1} rows").format(row, n))
        return row - 1
    if len(rows) != n:
        raise ValueError(translate("Problem", "row {0}: the training points were edited, so the table's rows no "
                                   "longer match them").format(row))
    at = np.flatnonzero(np.asarray(rows) == row - 1)
    if not len(at):
        raise ValueError(translate("Problem", "row {0} of the table is not one of the {1} training rows (the split "
                                   "put it in validation or test, or it was dropped for a missing value)").format(row, n))
    return int(at[0])


def split_indices(
    n: int,
    fractions: tuple[float, float, float],
    seed: int,
    strata: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shuffled train/val/test row indices; stratified per class when ``strata`` is given.

    ``fractions`` are (train, val, test) and must sum to 1 (percentages are normalised).
    """
    f = np.asarray(fractions, dtype=float)
    if f.sum() <= 0 or (f < 0).any():
        raise DataError(translate("Problem", "split percentages must be non-negative and not all zero"))
    f = f / f.sum()
    rng = np.random.default_rng(seed)
    groups = [np.arange(n)] if strata is None else [np.flatnonzero(strata == s) for s in np.unique(strata)]
    parts: list[list[np.ndarray]] = [[], [], []]
    for g in groups:
        g = rng.permutation(g)
        n_val = int(round(len(g) * f[1]))
        n_test = int(round(len(g) * f[2]))
        n_train = len(g) - n_val - n_test
        parts[0].append(g[:n_train])
        parts[1].append(g[n_train : n_train + n_val])
        parts[2].append(g[n_train + n_val :])
    out = tuple(rng.permutation(np.concatenate(p)).astype(int) if p else np.array([], int) for p in parts)
    return out  # type: ignore[return-value]
