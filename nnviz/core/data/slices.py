"""Which two inputs a boundary plot shows, and what the picture holds fixed.

A table with more than two inputs is drawn as a slice: two inputs on the axes, every other
input held at its training mean (see :func:`nnviz.core.app.boundary.grid_inputs`). A slice through
the wrong pair misleads: Iris drawn on sepal length × sepal width, with the petals held at
their mean, gives virginica 0% of the plane while the network gets 97% of the training set
right. :func:`informative_pair` picks the pair the classes separate best on (or, for a number,
the pair that explains it best), and :func:`slice_note` says in words what is held where.
"""
from __future__ import annotations

from itertools import combinations

import numpy as np

from ..text import grouped, list_separator
from ..tr import translate
from .names import readable_names
from .problem import Problem


def _centroid_score(X: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """(nearest-centroid accuracy, Fisher ratio) of the classes on the columns of ``X``.
    The Fisher ratio (between-class over within-class scatter) breaks ties in accuracy."""
    classes = np.unique(labels)
    centres = np.stack([X[labels == c].mean(axis=0) for c in classes])
    d = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    accuracy = float((classes[d.argmin(axis=1)] == labels).mean())
    overall = X.mean(axis=0)
    between = sum((labels == c).sum() * ((centres[k] - overall) ** 2).sum() for k, c in enumerate(classes))
    within = sum(((X[labels == c] - centres[k]) ** 2).sum() for k, c in enumerate(classes))
    return accuracy, float(between / within) if within > 0 else float("inf")


def _r2_score(X: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(R² of a straight-plane fit of ``y`` on the columns of ``X``, 0): how much of the
    target the pair explains."""
    A = np.column_stack([X, np.ones(len(X))])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    resid = y - A @ coef
    total = ((y - y.mean()) ** 2).sum()
    return (float(1 - (resid ** 2).sum() / total) if total > 0 else 0.0), 0.0


def pair_scores(problem: Problem) -> dict[tuple[int, int], tuple[float, float]]:
    """Score of every pair of inputs (i < j) on the training split, higher is better:
    classes: (nearest-centroid accuracy, Fisher ratio); a number: (R² of a plane fit, 0).
    Inputs are compared scaled (as the network sees them), so units do not matter."""
    X, Y = problem.X_train, problem.Y_train
    out: dict[tuple[int, int], tuple[float, float]] = {}
    if problem.is_classification:
        labels = problem.labels(Y)
        if len(np.unique(labels)) < 2:
            return {p: (0.0, 0.0) for p in combinations(range(problem.n_features), 2)}
        for p in combinations(range(problem.n_features), 2):
            out[p] = _centroid_score(X[:, list(p)], labels)
    else:
        y = np.asarray(Y, float).reshape(len(Y), -1)[:, 0]
        for p in combinations(range(problem.n_features), 2):
            out[p] = _r2_score(X[:, list(p)], y)
    return out


def informative_pair(problem: Problem) -> tuple[int, int]:
    """The two inputs (x, y) a boundary should open on. Two inputs or fewer: (0, 1) (or (0, 0)
    for one). More: the pair with the best :func:`pair_scores`; ties go to the earlier pair,
    so a table whose columns say nothing opens on its first two."""
    n = problem.n_features
    if n <= 2:
        return (0, 1 if n == 2 else 0)
    scores = pair_scores(problem)
    best = max(scores, key=lambda p: (round(scores[p][0], 9), round(scores[p][1], 9), -p[0], -p[1]))
    return best


def held_values(problem: Problem, axes: tuple[int, int]) -> list[tuple[str, float]]:
    """(column name, value in original units) of every input the slice holds fixed: the
    training mean, exactly as :func:`nnviz.core.app.boundary.grid_inputs` holds it."""
    base = problem.x_scaler.inverse(problem.X_train.mean(axis=0).reshape(1, -1))[0]
    return [(problem.feature_names[i], float(base[i])) for i in range(problem.n_features) if i not in axes]


def slice_note(problem: Problem, axes: tuple[int, int], shown: int = 4) -> str:
    """One line saying what the slice holds fixed, in readable names and original units, e.g.
    "Held at their training mean: sepal length 5.84, sepal width 3.05". "" for two inputs."""
    held = held_values(problem, axes)
    if not held:
        return ""
    names = dict(zip(problem.feature_names, readable_names(problem.feature_names)))
    parts = [f"{names[n]} {grouped(v)}" for n, v in held[:shown]]
    more = translate("Slices", " and {0} more").format(len(held) - shown) if len(held) > shown else ""
    if len(held) == 1:
        return translate("Slices", "Held at the training mean: {0}").format(parts[0])
    return translate("Slices", "Held at their training mean: {0}").format(list_separator().join(parts) + more)
