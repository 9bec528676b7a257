"""The decision-boundary field: the network's output over a grid of two chosen inputs.

Axes are in original units (what the person reads), the network sees scaled values. With more
than two features the others are held at their training mean: the view is a slice.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..data.problem import Problem
from ..engine.network import Network


@dataclass(frozen=True)
class Field:
    values: np.ndarray               # (ny, nx, n_outputs); row 0 is y_range[0]
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    axes: tuple[int, int]


def plane_problem(problem: Problem) -> Problem:
    """The problem whose inputs span the boundary's plane: for feature inputs (x₁², sin x₁, …)
    the raw x1, x2 problem they were computed from (``problem.input_transform.source``),
    otherwise ``problem`` itself. ``axes`` index its inputs."""
    transform = problem.input_transform
    return problem if transform is None else transform.source


def plane_extent(problem: Problem, axes: tuple[int, int] = (0, 1), margin: float = 0.1,
                 include: dict[str, float] | None = None) -> tuple[tuple[float, float], tuple[float, float]]:
    """Ranges (original units) covering every split's points on the two axes, plus a margin.
    ``include``: input values by name (a lesson's question) whose point on the plane must be
    inside too, when it names both axes."""
    problem = plane_problem(problem)
    parts = [x for x in (problem.X_train, problem.X_val, problem.X_test) if x is not None and len(x)]
    pts = problem.x_scaler.inverse(np.vstack(parts))[:, list(axes)]
    names = [problem.feature_names[a] for a in axes]
    if include and all(n in include for n in names):
        asked = np.array([[float(include[n]) for n in names]])
        if np.isfinite(asked).all():
            pts = np.vstack([pts, asked])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    pad = np.maximum((hi - lo) * margin, 1e-3)
    lo, hi = lo - pad, hi + pad
    return (float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1]))


def grid_inputs(problem: Problem, x_range, y_range, resolution: int = 100, axes: tuple[int, int] = (0, 1)) -> np.ndarray:
    """Scaled network inputs for every grid cell, ``(resolution², n_features)``, row-major
    with y varying slowest. The grid lies in :func:`plane_problem`'s plane; with feature inputs
    its cells go through ``problem.input_transform``."""
    source = plane_problem(problem)
    xs = np.linspace(x_range[0], x_range[1], resolution)
    ys = np.linspace(y_range[0], y_range[1], resolution)
    gx, gy = np.meshgrid(xs, ys)
    # Start from the training mean of every (scaled) feature, then set the two axes.
    base = source.X_train.mean(axis=0)
    raw = np.tile(source.x_scaler.inverse(base.reshape(1, -1)), (resolution * resolution, 1))
    raw[:, axes[0]] = gx.ravel()
    raw[:, axes[1]] = gy.ravel()
    if problem.input_transform is not None:
        return problem.input_transform(raw)
    return source.x_scaler.transform(raw)


def decision_field(
    network: Network,
    problem: Problem,
    resolution: int = 100,
    axes: tuple[int, int] = (0, 1),
    extent=None,
    inputs: np.ndarray | None = None,
) -> Field:
    """Evaluate ``network`` over the plane of ``axes``. Pass ``inputs`` from
    :func:`grid_inputs` to skip rebuilding the grid every frame."""
    x_range, y_range, inputs = _plane_inputs(problem, resolution, axes, extent, inputs)
    with np.errstate(over="ignore", invalid="ignore"):
        out = network.predict(inputs)
    return _field(problem, out, resolution, x_range, y_range, axes)


def _plane_inputs(problem: Problem, resolution: int, axes, extent, inputs):
    """``(x_range, y_range, inputs)`` of a field: the given extent and grid, or the problem's."""
    x_range, y_range = extent if extent is not None else plane_extent(problem, axes)
    if inputs is None:
        inputs = grid_inputs(problem, x_range, y_range, resolution, axes)
    return x_range, y_range, inputs


def _field(problem: Problem, out: np.ndarray, resolution: int, x_range, y_range, axes) -> Field:
    """The network's outputs over the grid as a Field, in original units for a regression."""
    if problem.task == "regression":
        out = problem.y_scaler.inverse(out)
    return Field(out.reshape(resolution, resolution, -1), x_range, y_range, tuple(axes))


MAP_RESOLUTION = 32   # per-neuron thumbnails: cells per side


def _map_indices(resolution: int, size: int) -> np.ndarray:
    """``size`` grid indices spread evenly over ``0 … resolution - 1``, both ends included."""
    return np.unique(np.linspace(0, resolution - 1, min(size, resolution)).round().astype(np.int64))


def decision_field_with_maps(
    network: Network,
    problem: Problem,
    resolution: int = 100,
    axes: tuple[int, int] = (0, 1),
    extent=None,
    inputs: np.ndarray | None = None,
    map_resolution: int = MAP_RESOLUTION,
) -> tuple[Field, list[np.ndarray]]:
    """:func:`decision_field` plus what every neuron computes over the same plane: one
    ``(n_neurons, m, m)`` float32 array per layer, inputs first (``m`` = ``map_resolution``,
    at most ``resolution``; row 0 is ``y_range[0]``, as in the field). Each map is every
    ``resolution / m``-th cell of the grid's own forward pass, which already passes through every
    layer, so the maps cost a strided copy, not another pass. Activations as the network
    computes them (a regression output is not de-scaled)."""
    x_range, y_range, inputs = _plane_inputs(problem, resolution, axes, extent, inputs)
    idx = _map_indices(resolution, map_resolution)
    cells = (idx[:, None] * resolution + idx[None, :]).ravel()      # row-major, y slowest
    m = len(idx)

    def thumb(a: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(a[cells].T.reshape(-1, m, m), dtype=np.float32)

    with np.errstate(over="ignore", invalid="ignore"):
        trace = network.forward(inputs)      # keeps every layer's activations
        maps = [thumb(a) for a in trace.activations]   # beyond float32's range: ±inf, as drawn
    return _field(problem, trace.output, resolution, x_range, y_range, axes), maps


def points(problem: Problem, split: str, axes: tuple[int, int] = (0, 1)) -> tuple[np.ndarray, np.ndarray] | None:
    """(xy in original units, labels) of one split for the plot; class indices for classes,
    values in original units for regression. None when the split is empty."""
    source = plane_problem(problem)
    X, Y = source.split(split)
    if X is None or len(X) == 0:
        return None
    Y = problem.split(split)[1]   # the same rows (feature inputs keep the raw problem's rows)
    xy = source.x_scaler.inverse(X)[:, list(axes)]
    if problem.task == "regression":
        return xy, problem.y_scaler.inverse(Y)[:, 0]
    return xy, problem.labels(Y)


# --------------------------------------------------------------------------------------------
# One input: the network's output along a line instead of over a plane.
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Curve:
    """The network's outputs along one input, for problems with a single input column."""

    x: np.ndarray                    # (resolution,) input values in original units, ascending
    values: np.ndarray               # (resolution, n_outputs); regression in original units
    x_range: tuple[float, float]


def curve_extent(problem: Problem, margin: float = 0.1, axis: int = 0) -> tuple[float, float]:
    """Range (original units) covering every split's points on input ``axis``, plus a margin."""
    parts = [x for x in (problem.X_train, problem.X_val, problem.X_test) if x is not None and len(x)]
    values = problem.x_scaler.inverse(np.vstack(parts))[:, axis]
    lo, hi = float(values.min()), float(values.max())
    pad = max((hi - lo) * margin, 1e-3)
    return lo - pad, hi + pad


def curve(
    network: Network,
    problem: Problem,
    resolution: int = 200,
    extent: tuple[float, float] | None = None,
    axis: int = 0,
) -> Curve:
    """Evaluate ``network`` at ``resolution`` evenly spaced values of input ``axis`` (original
    units) across ``extent`` (default :func:`curve_extent`). Any other inputs are held at their
    training mean, as in :func:`decision_field`."""
    x_range = tuple(map(float, extent)) if extent is not None else curve_extent(problem, axis=axis)
    xs = np.linspace(x_range[0], x_range[1], resolution)
    base = problem.x_scaler.inverse(problem.X_train.mean(axis=0).reshape(1, -1))
    raw = np.tile(base, (resolution, 1))
    raw[:, axis] = xs
    inputs = problem.x_scaler.transform(raw)
    with np.errstate(over="ignore", invalid="ignore"):
        out = network.predict(inputs)
        if problem.task == "regression":
            out = problem.y_scaler.inverse(out)
    return Curve(xs, out, x_range)  # type: ignore[arg-type]
