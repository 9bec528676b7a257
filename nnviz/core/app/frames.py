"""What the window draws after training moved on, computed next to the trainer (in the worker
thread while it runs) so the GUI thread only paints.

A :class:`Frame` bundles an immutable :class:`~nnviz.core.engine.training.Snapshot` with the
decision-boundary field and the forward pass of the selected sample.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .boundary import (
    MAP_RESOLUTION,
    Curve,
    Field,
    curve,
    curve_extent,
    decision_field,
    decision_field_with_maps,
    grid_inputs,
    plane_extent,
)
from ..engine.history import EpochStats
from ..engine.network import Trace
from ..engine.training import Snapshot, Trainer
from ..text import readable


@dataclass(frozen=True)
class FrameOptions:
    """What the picture needs besides the weights. Built on the GUI thread, read by the worker."""

    axes: tuple[int, int] = (0, 1)
    resolution: int = 100
    extent: tuple | None = None
    grid: np.ndarray | None = None        # cached scaled grid inputs for this extent and axes
    sample_split: str = "train"
    sample_index: int = 0
    curve_range: tuple[float, float] | None = None   # one input: the line along it
    maps: bool = False                    # each neuron's activation over the plane (Frame.maps)
    map_resolution: int = MAP_RESOLUTION

    @classmethod
    def for_problem(cls, problem, axes=(0, 1), resolution=100, sample_split="train", sample_index=0,
                    maps: bool = False) -> "FrameOptions":
        if problem.n_features < 2:
            return cls((0, 0), resolution, None, None, sample_split, sample_index, curve_extent(problem), maps=maps)
        extent = plane_extent(problem, axes)
        grid = grid_inputs(problem, *extent, resolution, axes)
        return cls(tuple(axes), resolution, extent, grid, sample_split, sample_index, maps=maps)


@dataclass(frozen=True)
class Frame:
    snapshot: Snapshot
    field: Field | None
    curve: Curve | None
    sample: Trace | None          # forward pass of the selected sample with the snapshot's weights
    sample_target: np.ndarray | None
    latest: EpochStats | None = None   # the newest completed epoch's scores (None before epoch 1)
    test: dict | None = None           # Trainer.evaluate("test") when the frame was asked to measure it
    # With FrameOptions.maps and a plane: per layer (inputs first) a float32 array
    # (n_neurons, m, m) of each neuron's activation over the field's plane, row 0 at the bottom
    # of the field's y range. None otherwise (one input, or maps off).
    maps: list[np.ndarray] | None = None
    position: int = 0                  # where the trainer is on the session's timeline
    newest: int = 0                    # the timeline's newest position
    # The sample's inputs in original units ("2", "8"), when they differ from the scaled numbers
    # the network sees (see :func:`raw_input_texts`); None otherwise.
    sample_inputs: tuple[str, ...] | None = None
    # ``(samples trained, samples in the epoch)`` for a frame a run sends part-way through a
    # long epoch: display only, as the timeline and the session settle on the epoch's end (a
    # Pause finishes the epoch). None for every other frame, a Step's "epoch N +k" included.
    progress: tuple[int, int] | None = None

    @property
    def epoch(self) -> int:
        return self.snapshot.epoch


def make_frame(trainer: Trainer, options: FrameOptions, stats: tuple[EpochStats, ...] = (), finished: str | None = None,
               evaluate: bool = False, part_way: bool = False) -> Frame:
    """Call on the thread that owns ``trainer`` (it reads the live network). ``evaluate``
    also measures the test split (when a run or step ends: too costly for every frame);
    ``part_way``: the frame shows a run's epoch under way (:attr:`Frame.progress`)."""
    snap = trainer.snapshot(stats, finished)
    net, problem = trainer.network, trainer.problem
    field = line = maps = None
    if options.grid is not None and options.maps:
        field, maps = decision_field_with_maps(net, problem, options.resolution, options.axes, options.extent,
                                               options.grid, options.map_resolution)
    elif options.grid is not None:
        field = decision_field(net, problem, options.resolution, options.axes, options.extent, options.grid)
    elif options.curve_range is not None:
        line = curve(net, problem, 200, options.curve_range)
    sample = target = sample_inputs = None
    X, Y = problem.split(options.sample_split)
    if X is not None and len(X):
        i = min(max(options.sample_index, 0), len(X) - 1)
        with np.errstate(over="ignore", invalid="ignore"):
            sample = net.forward(X[i : i + 1])
        target = Y[i].copy()
        sample_inputs = raw_input_texts(problem, X[i])
    latest = trainer.history_stats(-1) if len(trainer.history.epochs) else None
    test = trainer.evaluate("test") if evaluate else None
    progress = (trainer.cursor, trainer.n_train) if part_way and trainer.cursor else None
    return Frame(snap, field, line, sample, target, latest, test, maps, sample_inputs=sample_inputs, progress=progress)


def raw_input_texts(problem, x_row) -> tuple[str, ...] | None:
    """One row of network inputs in original units (the scaling undone), as short texts: what
    a person in the room reads ("2" bedrooms) beside the scaled number the network sees. None
    when the inputs are not scaled (the numbers are the same) or are computed features."""
    if problem.input_transform is not None or problem.x_scaler.kind == "none" or problem.x_scaler.offset is None:
        return None
    raw = problem.x_scaler.inverse(np.asarray(x_row, float).reshape(1, -1))[0]
    return tuple(readable(float(v)) for v in raw)
