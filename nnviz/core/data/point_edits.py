"""Points added to or removed from a plane of two raw inputs, by a click on the boundary plot,
and a picture drawn on the digits pad added as a training row.

Pure data: each function takes the plane's :class:`~nnviz.core.data.problem.Problem` (two raw
inputs, see ``boundary.plane_problem``; or a problem whose inputs form a picture) and returns a
new one with the change and the words that say what changed, or None and the reason nothing
changed.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..text import list_separator, local, readable
from ..tr import translate
from .problem import Problem


def with_point(plane: Problem, x: float, y: float, target) -> tuple[Problem, str]:
    """``plane`` with one more training row at (x, y) in original units; ``target`` is a class
    index, or a value for a regression."""
    row = plane.x_scaler.transform(np.array([[x, y]], float))
    yrow, label = _target_row(plane, target)
    new = replace(plane, X_train=np.vstack([plane.X_train, row]), Y_train=np.vstack([plane.Y_train, yrow]))
    return new, translate("PointEdits", "added a training point of {0} at ({1})").format(
        label, list_separator().join((readable(x), readable(y))))


def with_picture(problem: Problem, pixels, target: int) -> tuple[Problem, str]:
    """``problem`` with one more training row: a picture drawn on the pad, ``pixels`` in the
    table's own units (0–16 for the digits), ``problem.image_shape`` of them or as many as the
    inputs, scaled as the table was (``problem.x_scaler``); ``target`` is a class index. The
    table's row numbers (``train_rows``) stay as they are, as for a clicked point: the new row
    has none. Raises ValueError (one line) for a picture of the wrong size, a value that is not
    a finite number or a class that does not exist."""
    if not problem.is_classification:
        raise ValueError(translate("PointEdits", "a drawn picture can only be added to a table of classes"))
    values = np.asarray(pixels, dtype=float).reshape(-1)
    if values.size != problem.n_features:
        raise ValueError(translate("PointEdits", "the picture has {0} pixels; the network takes {1} inputs")
                         .format(values.size, problem.n_features))
    if not np.all(np.isfinite(values)):
        raise ValueError(translate("PointEdits", "a pixel of the picture is not a finite number"))
    n_classes = problem.n_outputs if problem.task == "multiclass" else 2
    if isinstance(target, bool) or not isinstance(target, (int, np.integer)) or not 0 <= int(target) < n_classes:
        raise ValueError(translate("PointEdits", "the label must be one of the {0} classes").format(n_classes))
    row = problem.x_scaler.transform(values.reshape(1, -1))
    yrow, label = _target_row(problem, int(target))
    new = replace(problem, X_train=np.vstack([problem.X_train, row]), Y_train=np.vstack([problem.Y_train, yrow]))
    return new, translate("PointEdits", "added a drawn {0} to the training data").format(label)


def _target_row(problem: Problem, target) -> tuple[np.ndarray, str]:
    """The encoded target row (1, n_outputs) for ``target`` and its name."""
    if problem.task == "regression":
        yrow = problem.y_scaler.transform(np.array([[float(target)]]))
        return yrow, translate("PointEdits", "value {0}").format(local(f"{float(target):.3g}"))
    if problem.task == "multiclass":
        yrow = np.eye(problem.n_outputs)[[int(target)]]
        return yrow, (problem.class_names[int(target)] if problem.class_names
                      else translate("PointEdits", "class {0}").format(int(target)))
    names = problem.class_names or [translate("PointEdits", "class {0}").format(k) for k in (0, 1)]
    return np.array([[float(int(target))]]), names[int(target)]


def without_nearest(plane: Problem, x: float, y: float, extent, with_test: bool) -> tuple[Problem | None, str]:
    """``plane`` without the point nearest (x, y), measured in shares of the plot's width and
    height (``extent`` = ((x0, x1), (y0, y1)); the two axes may have different units). Test
    points count only ``with_test`` (while they are shown)."""
    (x0, x1), (y0, y1) = extent
    span = np.array([max(x1 - x0, 1e-12), max(y1 - y0, 1e-12)])
    best = None
    for split in ("train", "test") if with_test else ("train",):
        X, _ = plane.split(split)
        if X is None or not len(X):
            continue
        d = np.hypot(*((plane.x_scaler.inverse(X)[:, :2] - [x, y]) / span).T)
        i = int(np.argmin(d))
        if best is None or d[i] < best[0]:
            best = (float(d[i]), split, i)
    if best is None:
        return None, translate("PointEdits", "There is no point to remove.")
    _, split, i = best
    X, Y = plane.split(split)
    if split == "train" and len(X) <= 1:
        return None, translate("PointEdits", "That is the last training point: the network needs at least one.")
    keep = np.arange(len(X)) != i
    px, py = plane.x_scaler.inverse(X[i : i + 1])[0, :2]
    rows = {f"X_{split}": X[keep] if keep.any() else None, f"Y_{split}": Y[keep] if keep.any() else None}
    at = list_separator().join((readable(px), readable(py)))
    if split == "train":
        return replace(plane, **rows), translate("PointEdits", "removed the training point at ({0})").format(at)
    return replace(plane, **rows), translate("PointEdits", "removed the test point at ({0})").format(at)


__all__ = ["with_picture", "with_point", "without_nearest"]
