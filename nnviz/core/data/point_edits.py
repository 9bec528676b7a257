"""Points added to or removed from a plane of two raw inputs, by a click on the boundary plot.

Pure data: each function takes the plane's :class:`~nnviz.core.data.problem.Problem` (two raw
inputs, see ``boundary.plane_problem``) and returns a new one with the change and the words
that say what changed, or None and the reason nothing changed.
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
    if plane.task == "regression":
        yrow = plane.y_scaler.transform(np.array([[float(target)]]))
        label = translate("PointEdits", "value {0}").format(local(f"{float(target):.3g}"))
    elif plane.task == "multiclass":
        yrow = np.eye(plane.n_outputs)[[int(target)]]
        label = plane.class_names[int(target)] if plane.class_names else translate("PointEdits", "class {0}").format(int(target))
    else:
        yrow = np.array([[float(int(target))]])
        names = plane.class_names or [translate("PointEdits", "class {0}").format(k) for k in (0, 1)]
        label = names[int(target)]
    new = replace(plane, X_train=np.vstack([plane.X_train, row]), Y_train=np.vstack([plane.Y_train, yrow]))
    return new, translate("PointEdits", "added a training point of {0} at ({1})").format(
        label, list_separator().join((readable(x), readable(y))))


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


__all__ = ["with_point", "without_nearest"]
