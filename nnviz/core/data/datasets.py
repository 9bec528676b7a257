"""Playground data: small seeded 2-D point sets, and where the shipped CSV tables live.

The generators copy the spirit of the TensorFlow Playground. Every one has the signature
``make_NAME(n=200, noise=0.1, seed=0) -> (X, y)`` with ``X`` of shape ``(n, 2)`` (float64) and
``y`` of shape ``(n,)`` (int class labels 0, 1, ...). Classes are as equal in size as ``n``
allows, and rows come shuffled so the classes are interleaved.

Coordinates: like the Playground, points lie roughly in the square [-6, 6] x [-6, 6] (the
shapes themselves reach about ±5; noise can push a few points a little further). The values are
already in a good range for a network, so :func:`playground_problem` does no scaling.

Noise: ``noise`` is a fraction (0 = clean shapes, 0.1 = the default, 0.5 = very noisy). Each
point gets Gaussian jitter with standard deviation ``noise * NOISE_SCALE`` units on both axes
(0.2 units at the default, 1 unit at 0.5); for ``gauss`` the noise widens the blobs instead.
A point keeps the label of the shape it was drawn from, so noise can push it across the ideal
boundary.

The same ``seed`` always gives the same points; a different seed gives different ones.

``make_plane`` is the one regression set (``y`` float values); :func:`playground_problem` and
:class:`GeneratedData` (the Playground's knobs: points, noise, training ratio, data seed) turn any
set into a :class:`Problem`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Callable

import numpy as np

from ..text import GENERATED, Note, Num, local
from ..tr import QT_TRANSLATE_NOOP, translate
from .problem import DataError, Problem, split_indices

NOISE_SCALE = 2.0  # units of jitter standard deviation per unit of ``noise``
RADIUS = 5.0  # the shapes reach about this far from the origin


def _check(n: int, noise: float, n_classes: int = 2) -> None:
    if int(n) < n_classes:
        raise DataError(translate("Datasets", "need at least {0} points, got n={1}").format(n_classes, n))
    if not np.isfinite(noise) or noise < 0:
        raise DataError(translate("Datasets", "noise must be a number >= 0, got {0}").format(local(f"{noise}")))


def _class_sizes(n: int, k: int) -> list[int]:
    """``n`` points split over ``k`` classes as evenly as possible."""
    return [n // k + (1 if i < n % k else 0) for i in range(k)]


def _finish(
    parts: list[np.ndarray], rng: np.random.Generator, noise: float
) -> tuple[np.ndarray, np.ndarray]:
    """Stack per-class point arrays, add jitter, shuffle rows. Returns (X, y)."""
    X = np.concatenate(parts).astype(float)
    y = np.concatenate([np.full(len(p), k, dtype=int) for k, p in enumerate(parts)])
    X = X + rng.normal(0.0, noise * NOISE_SCALE, size=X.shape)
    order = rng.permutation(len(y))
    return X[order], y[order]


def make_circle(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Class 1: a disc of radius 2.5 around the origin; class 0: a ring from 3.5 to 5 around it."""
    _check(n, noise)
    rng = np.random.default_rng(seed)
    n_ring, n_disc = _class_sizes(n, 2)

    def polar(m: int, r_lo: float, r_hi: float) -> np.ndarray:
        r = rng.uniform(r_lo, r_hi, m)
        a = rng.uniform(0, 2 * np.pi, m)
        return np.column_stack([r * np.cos(a), r * np.sin(a)])

    ring = polar(n_ring, 0.7 * RADIUS, RADIUS)
    disc = polar(n_disc, 0.0, 0.5 * RADIUS)
    return _finish([ring, disc], rng, noise)


def make_xor(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Class 1: the quadrants where x1 and x2 have the same sign; class 0: the other two.

    Points keep 0.3 units away from the axes so the clean set has a visible gap.
    """
    _check(n, noise)
    rng = np.random.default_rng(seed)
    parts = []
    for k, m in enumerate(_class_sizes(n, 2)):
        mag = rng.uniform(0.3, RADIUS, size=(m, 2))
        sx = rng.choice([-1.0, 1.0], size=m)
        sy = sx if k == 1 else -sx  # same sign -> class 1, opposite sign -> class 0
        parts.append(mag * np.column_stack([sx, sy]))
    return _finish(parts, rng, noise)


def make_gauss(
    n: int = 200, noise: float = 0.1, seed: int = 0, n_classes: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian blobs of standard deviation ``0.6 + noise * NOISE_SCALE``.

    Two classes: centres (-2, -2) and (2, 2). Three classes (``n_classes=3``): centres 3 units
    from the origin at 90°, 210° and 330°.
    """
    if n_classes not in (2, 3):
        raise DataError(translate("Datasets", "gauss supports 2 or 3 classes, got {0}").format(n_classes))
    _check(n, noise, n_classes)
    rng = np.random.default_rng(seed)
    if n_classes == 2:
        centres = np.array([[-2.0, -2.0], [2.0, 2.0]])
    else:
        angles = np.deg2rad([90.0, 210.0, 330.0])
        centres = 3.0 * np.column_stack([np.cos(angles), np.sin(angles)])
    sd = 0.6 + noise * NOISE_SCALE
    parts = [rng.normal(c, sd, size=(m, 2)) for c, m in zip(centres, _class_sizes(n, n_classes))]
    return _finish(parts, rng, 0.0)  # the noise is already in the blob width


def make_gauss3(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three Gaussian blobs: :func:`make_gauss` with ``n_classes=3``."""
    return make_gauss(n, noise, seed, n_classes=3)


def make_spiral(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals, 1.75 turns each, from the origin out to radius 5."""
    _check(n, noise)
    rng = np.random.default_rng(seed)
    parts = []
    for k, m in enumerate(_class_sizes(n, 2)):
        s = np.arange(m) / m  # position along the arm, 0 -> 1
        r = s * RADIUS
        t = 1.75 * 2 * np.pi * s + k * np.pi  # the second arm is the first turned half a turn
        parts.append(np.column_stack([r * np.sin(t), r * np.cos(t)]))
    return _finish(parts, rng, noise)


def make_moons(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interlocking half moons of radius 3 (scikit-learn's ``make_moons``, scaled by 3).

    Class 0 is the upper moon, class 1 the lower one; together they span x1 in [-4.5, 4.5].
    """
    _check(n, noise)
    rng = np.random.default_rng(seed)
    n_up, n_down = _class_sizes(n, 2)
    t_up = rng.uniform(0, np.pi, n_up)
    t_down = rng.uniform(0, np.pi, n_down)
    upper = np.column_stack([np.cos(t_up), np.sin(t_up)])
    lower = np.column_stack([1 - np.cos(t_down), 0.5 - np.sin(t_down)])
    centre = np.array([0.5, 0.25])
    return _finish([3.0 * (upper - centre), 3.0 * (lower - centre)], rng, noise)


def make_plane(n: int = 200, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Regression: points uniform in [-6, 6]², value (x1 + x2) / 12 (so about -1 … 1) plus
    Gaussian noise of standard deviation ``noise / 2`` (0.05 at the default). Returns (X, y) with
    ``y`` float. With the defaults these are the plane lesson's numbers."""
    _check(n, noise, 1)
    rng = np.random.default_rng(seed)
    X = rng.uniform(-6, 6, (int(n), 2))
    y = (X[:, 0] + X[:, 1]) / 12 + rng.normal(0, noise / 2, int(n))
    return X, y


GENERATORS: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {
    "circle": make_circle,
    "xor": make_xor,
    "gauss": make_gauss,
    "gauss3": make_gauss3,
    "spiral": make_spiral,
    "moons": make_moons,
}
# Sets whose value is a number, not a class.
REGRESSION_GENERATORS: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {"plane": make_plane}
# The lessons' names for some sets.
ALIASES = {"quadrants": "xor", "blobs": "gauss3", "blobs3": "gauss3"}
# Every name :func:`playground_problem` and :class:`GeneratedData` take.
SET_NAMES = (*GENERATORS, *REGRESSION_GENERATORS, *ALIASES)

# The knobs' ranges (fractions), as the Playground's sliders: noise 0–50 %, training 10–90 %.
NOISE_RANGE = (0.0, 0.5)
TRAIN_RATIO_RANGE = (0.1, 0.9)
POINTS_RANGE = (10, 10_000)
DEFAULT_SPLIT = (75, 10, 15)


def split_for_ratio(train_ratio: float) -> tuple[float, float, float]:
    """(train, validation, test) percentages for a training fraction: what is not training data
    is split 40:60 between validation and test, so 0.75 gives the default 75/10/15."""
    rest = 100.0 * (1.0 - train_ratio)
    return (100.0 * train_ratio, 0.4 * rest, 0.6 * rest)


def playground_problem(
    name: str,
    n: int = 200,
    noise: float = 0.1,
    seed: int = 0,
    split: tuple[float, float, float] = DEFAULT_SPLIT,
    train_ratio: float | None = None,
) -> Problem:
    """A ready :class:`Problem` from one of :data:`SET_NAMES`.

    Two classes give a ``binary`` problem (one 0/1 column), ``gauss3`` a ``multiclass`` one
    (one-hot), ``plane`` a ``regression`` one. Features are ``x1``, ``x2``, unscaled. ``split``
    is (train, val, test) in percent, stratified by class and seeded with ``seed``; an empty split
    is None. ``train_ratio`` (a fraction), when given, replaces ``split`` by
    :func:`split_for_ratio`.
    """
    key = ALIASES.get(name, name)
    if key not in GENERATORS and key not in REGRESSION_GENERATORS:
        raise DataError(translate("Datasets", "unknown playground set {0}; choose one of {1}").format(
            repr(name), ", ".join(SET_NAMES)))
    if train_ratio is not None:
        split = split_for_ratio(train_ratio)
    if key in REGRESSION_GENERATORS:
        X, y = REGRESSION_GENERATORS[key](n=n, noise=noise, seed=seed)
        idx = split_indices(len(y), split, seed)
        parts = [(X[i], y[i]) if len(i) else (None, None) for i in idx]
        return Problem(name=name, task="regression", X_train=parts[0][0], Y_train=parts[0][1],
                       X_val=parts[1][0], Y_val=parts[1][1], X_test=parts[2][0], Y_test=parts[2][1],
                       feature_names=["x1", "x2"], target_name="value",
                       notes=[_set_note(name, len(y), noise, seed)])
    X, y = GENERATORS[key](n=n, noise=noise, seed=seed)
    k = int(y.max()) + 1
    Y = y.reshape(-1, 1).astype(float) if k == 2 else np.eye(k)[y]
    idx = split_indices(len(y), split, seed, strata=y)
    parts = [(X[i], Y[i]) if len(i) else (None, None) for i in idx]
    return Problem(
        name=name,
        task="binary" if k == 2 else "multiclass",
        X_train=parts[0][0],
        Y_train=parts[0][1],
        X_val=parts[1][0],
        Y_val=parts[1][1],
        X_test=parts[2][0],
        Y_test=parts[2][1],
        feature_names=["x1", "x2"],
        target_name="class",
        class_names=[translate("Datasets", "class {0}").format(i) for i in range(k)],
        notes=[_set_note(name, len(y), noise, seed)],
    )


def _set_note(name: str, n: int, noise: float, seed: int) -> Note:
    """The generated set's note, written out in the language of the moment when shown."""
    return Note("Datasets", QT_TRANSLATE_NOOP("Datasets", "playground set {0}: {1} points, noise {2}, seed {3}"),
                (repr(name), n, Num(noise, "g"), str(seed)), GENERATED)


@dataclass(frozen=True)
class GeneratedData:
    """The Playground's data knobs for one generated set: which set, how many points, the noise
    and the training fraction (both fractions: 0.1 = 10 %), and the data seed (Regenerate = a
    new seed). The same settings always give the same points and the same split.

    Noise and seed change the points without moving the others around: the same seed draws the
    same clean shapes and the same jitter directions, which the noise only scales."""

    kind: str = "circle"
    points: int = 200
    noise: float = 0.1
    train_ratio: float = 0.75
    seed: int = 0

    def validate(self) -> None:
        """DataError with one line for a value out of range."""
        if ALIASES.get(self.kind, self.kind) not in GENERATORS and self.kind not in REGRESSION_GENERATORS:
            raise DataError(translate("Datasets", "unknown playground set {0}; choose one of {1}").format(
                repr(self.kind), ", ".join(SET_NAMES)))
        lo, hi = POINTS_RANGE
        if not (isinstance(self.points, (int, np.integer)) and lo <= self.points <= hi):
            raise DataError(translate("Datasets", "the number of points must be a whole number from {0} to {1}, got {2}")
                            .format(lo, local(f"{hi:,}"), self.points))
        lo, hi = NOISE_RANGE
        if not (np.isfinite(self.noise) and lo <= self.noise <= hi):
            raise DataError(translate("Datasets", "noise must be from {0} to {1}, got {2} ({3})").format(
                f"{lo:.0%}", f"{hi:.0%}", local(f"{self.noise:.4g}"), f"{self.noise:.0%}"))
        lo, hi = TRAIN_RATIO_RANGE
        if not (np.isfinite(self.train_ratio) and lo <= self.train_ratio <= hi):
            raise DataError(translate("Datasets", "the training ratio must be from {0} to {1}, got {2}").format(
                f"{lo:.0%}", f"{hi:.0%}", local(f"{self.train_ratio:.4g}")))
        if not (isinstance(self.seed, (int, np.integer)) and self.seed >= 0):
            raise DataError(translate("Datasets", "the data seed must be a whole number 0 or more, got {0}").format(
                self.seed))

    def problem(self) -> Problem:
        """The :class:`Problem` these settings describe (validated first). The default training
        fraction 0.75 gives the lessons' 75/10/15 split exactly."""
        self.validate()
        return playground_problem(self.kind, n=int(self.points), noise=float(self.noise), seed=int(self.seed),
                                  train_ratio=float(self.train_ratio))

    def regenerated(self) -> "GeneratedData":
        """The same knobs with the next data seed (the Playground's Regenerate)."""
        return replace(self, seed=self.seed + 1)


def data_dir() -> Path:
    """The folder of shipped CSV tables (iris.csv, penguins.csv, ...).

    In a source checkout (run from the repository, or installed editable) it is the top-level
    ``data/`` beside this package, so edits there count at once. An installed copy (a wheel or a
    plain ``pip install .``) carries the same files as the package ``nnviz.data`` (see
    ``pyproject.toml``), found with ``importlib.resources``. Raises FileNotFoundError with one line
    saying what to reinstall when neither holds the tables.
    """
    checkout = Path(__file__).resolve().parents[3]
    if (checkout / "pyproject.toml").is_file() and (checkout / "data" / "iris.csv").is_file():
        return checkout / "data"
    try:
        package = resources.files("nnviz.data")
    except ModuleNotFoundError:
        package = None
    if package is not None and package.joinpath("iris.csv").is_file():
        return Path(str(package))
    raise FileNotFoundError(translate(
        "Datasets", "nnviz's shipped tables are missing (no {0} in the installed package); reinstall nnviz ({1}, "
                    "or {2} in a checkout)").format("nnviz/data/iris.csv", "pip install --force-reinstall nnviz",
                                                    "pip install ."))
