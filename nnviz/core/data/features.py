"""Feature inputs, as in the TensorFlow Playground: the network's inputs computed from the two
raw inputs x1, x2: x1, x2, x1², x2², x1·x2, sin x1, sin x2 (any subset).

:func:`with_features` turns a two-input :class:`Problem` into one whose inputs are the chosen
features, named for the screen (``x₁²``, ``x₁·x₂``, ``sin(x₁)``). That problem's
``input_transform`` (a :class:`FeatureMap`) maps raw (x1, x2) rows in original units to its
inputs and keeps the raw problem as ``source``, so the decision boundary is still drawn over the
x1, x2 plane (see :func:`nnviz.core.app.boundary.plane_problem`).

Features are computed from the raw problem's network inputs (its scaled values; the generated
sets are not scaled, so there they are x1, x2 as plotted). Names are accepted in ASCII (``x1^2``,
``x1*x2``, ``sin(x1)``) and in the Unicode the window shows (``x₁²``, ``x₁·x₂``, ``sin x₁``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from ..tr import translate
from .problem import DataError, Problem

# Canonical (ASCII) name → how to compute it from the columns x1, x2, in this order.
FEATURES: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1),
    "sin(x2)": lambda x1, x2: np.sin(x2),
}
FEATURE_NAMES = tuple(FEATURES)
RAW = ("x1", "x2")
# How each feature is shown, from the raw inputs' shown names a, b.
_TEMPLATES = {"x1": "{a}", "x2": "{b}", "x1^2": "{a}²", "x2^2": "{b}²", "x1*x2": "{a}·{b}",
              "sin(x1)": "sin({a})", "sin(x2)": "sin({b})"}
_UNICODE = str.maketrans({"₁": "1", "₂": "2", "²": "^2", "·": "*", "×": "*", "⋅": "*"})


def canonical_name(name: str) -> str:
    """The ASCII name of one feature, from any accepted spelling; DataError for an unknown one."""
    text = "".join(str(name).lower().translate(_UNICODE).split())
    text = text.replace("**2", "^2").replace("sin(", "sin").replace(")", "")
    if text.startswith("sin"):
        text = f"sin({text[3:]})"
    aliases = {"x1x2": "x1*x2", "x2x1": "x1*x2", "x2*x1": "x1*x2", "x1*x1": "x1^2", "x2*x2": "x2^2"}
    text = aliases.get(text, text)
    if text not in FEATURES:
        raise DataError(translate("Features", "unknown input {0}; choose from {1}").format(
            repr(name), ", ".join(FEATURE_NAMES)))
    return text


def parse_features(spec: str | Iterable[str]) -> tuple[str, ...]:
    """Canonical names, in the order of :data:`FEATURE_NAMES` (so a set of toggles and any
    typing order give the same network), from ``"x1,x2,x1^2"`` or a list of names."""
    parts = spec.split(",") if isinstance(spec, str) else list(spec)
    names = {canonical_name(p) for p in parts if str(p).strip()}
    if not names:
        raise DataError(translate("Features", "choose at least one input, e.g. {0}").format("x1,x2"))
    return tuple(n for n in FEATURE_NAMES if n in names)


def compute_features(names: Iterable[str], X: np.ndarray) -> np.ndarray:
    """The feature columns ``(n, len(names))`` of raw rows ``X`` ``(n, 2)``."""
    X = np.asarray(X, dtype=float)
    x1, x2 = X[:, 0], X[:, 1]
    return np.column_stack([FEATURES[n](x1, x2) for n in names])


def display_names(names: Iterable[str], raw_names: list[str]) -> list[str]:
    """Names for the screen: ``x₁²``, ``x₁·x₂``, ``sin(x₁)`` for inputs called x1, x2; the raw
    inputs' own names otherwise (``glucose²``)."""
    a, b = raw_names[:2]
    if (a, b) == RAW:
        a, b = "x₁", "x₂"
    return [_TEMPLATES[n].format(a=a, b=b) for n in names]


@dataclass(frozen=True, eq=False)
class FeatureMap:
    """A problem's ``input_transform``: raw rows of ``source`` in original units → the feature
    inputs the network takes."""

    names: tuple[str, ...]
    source: Problem

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        return compute_features(self.names, self.source.x_scaler.transform(raw))


def same_data(a: Problem | None, b: Problem | None) -> bool:
    """Whether two problems are the same data with the same network inputs: the same raw
    problem (the object, not a copy) and the same input names. Rebuilding a network re-derives
    its feature inputs into a new Problem; that is not new data."""
    if a is None or b is None:
        return a is b
    raw = lambda p: p.input_transform.source if getattr(p, "input_transform", None) is not None else p  # noqa: E731
    return raw(a) is raw(b) and list(a.feature_names) == list(b.feature_names)


def with_features(problem: Problem, names: str | Iterable[str]) -> Problem:
    """``problem`` (two inputs) with the chosen feature inputs instead of its raw ones. Choosing
    exactly x1, x2 gives the raw problem back. A problem that already has feature inputs is
    re-derived from its raw one."""
    names = parse_features(names)
    source = problem.input_transform.source if getattr(problem, "input_transform", None) is not None else problem
    if source.n_features != 2:
        raise DataError(translate("Features", "feature inputs need a problem with two inputs (x1, x2); {0} has {1}")
                        .format(repr(source.name), source.n_features))
    if names == RAW:
        return source

    def f(X):
        return None if X is None else compute_features(names, X)

    shown = display_names(names, source.feature_names)
    return Problem(
        name=source.name, task=source.task,
        X_train=f(source.X_train), Y_train=source.Y_train,
        X_val=f(source.X_val), Y_val=source.Y_val,
        X_test=f(source.X_test), Y_test=source.Y_test,
        feature_names=shown, target_name=source.target_name, class_names=source.class_names,
        y_scaler=source.y_scaler,
        notes=list(source.notes) + [f"inputs: {', '.join(shown)}"],
        input_transform=FeatureMap(names, source),
    )
