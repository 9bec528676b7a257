"""A trainer's whole state, captured bitwise so that restoring it makes the next step exactly
what it would have been: :class:`TrainerState`, and :func:`capture_state` /
:func:`restore_state` behind :meth:`Trainer.capture` and :meth:`Trainer.restore`.

The two helpers read and write the trainer's private fields (its epoch's row order, the outputs
of the rows trained so far this epoch, the last finite weights): they are the trainer's own
code, kept here with the state they fill.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from .history import EpochStats
from .losses import get_loss

if TYPE_CHECKING:   # only for annotations: training imports this module
    from .training import StepRecord, TrainConfig, Trainer


def owned_bytes(obj, seen: set[int]) -> int:
    """Bytes of the NumPy buffers reachable from ``obj`` (lists, tuples, dicts, dataclasses),
    each buffer counted once across calls sharing ``seen``: views count their base."""
    if isinstance(obj, np.ndarray):
        base = obj
        while isinstance(base.base, np.ndarray):
            base = base.base
        if id(base) in seen:
            return 0
        seen.add(id(base))
        return base.nbytes
    if isinstance(obj, (list, tuple)):
        return sum(owned_bytes(o, seen) for o in obj)
    if isinstance(obj, dict):
        return sum(owned_bytes(o, seen) for o in obj.values())
    d = getattr(obj, "__dict__", None)
    if d is not None:
        return owned_bytes(d, seen)
    slots = getattr(type(obj), "__slots__", ())
    return sum(owned_bytes(getattr(obj, a, None), seen) for a in slots)


@dataclass(frozen=True, eq=False, slots=True)
class TrainerState:
    """Everything that makes a trainer's next step bitwise what it was: see
    :meth:`Trainer.capture` and :meth:`Trainer.restore`. Immutable by convention: nothing
    may change its arrays.

    Mid-epoch (``cursor`` > 0) it also holds the epoch's row order and the outputs of the
    samples already trained this epoch (the epoch's loss and accuracy are computed from them
    at its end), as chunks that consecutive states of one epoch share."""

    params: np.ndarray = field(repr=False)       # the network's flat parameter vector
    optimizer: object = field(repr=False)        # a private copy, never stepped
    rng_state: dict = field(repr=False)          # rng.bit_generator.state
    epoch: int
    cursor: int
    rows: np.ndarray | None = field(repr=False)  # the epoch's permutation; None: in order, or cursor 0
    partial: tuple = field(repr=False)           # ((z, out), …) chunks for rows [0, cursor)
    safe: np.ndarray = field(repr=False)         # flat copy of the last finite weights
    last_stats: EpochStats | None
    last_step: StepRecord | None = field(repr=False)
    diverged: str | None
    config: TrainConfig
    history_len: int

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays it holds (a StepRecord's too), each buffer once, plus an
        estimate of the Python objects around them (:attr:`OVERHEAD_BYTES`)."""
        return self.OVERHEAD_BYTES + owned_bytes(
            (self.params, self.optimizer, self.rows, self.partial, self.safe, self.last_step), set())

    OVERHEAD_BYTES = 2000   # tracemalloc: 1,560 (SGD) to 2,190 (Adam) for the objects around the arrays

    def differences(self, other: "TrainerState") -> list[str]:
        """Names of the fields that are not bitwise equal to ``other``'s (empty: the same
        state). ``last_step`` is compared by its loss, rows and updates."""
        out = []
        if not _bitwise_equal(self.params, other.params):
            out.append("params")
        if not _optimizer_equal(self.optimizer, other.optimizer):
            out.append("optimizer")
        if self.rng_state != other.rng_state:
            out.append("rng_state")
        for name in ("epoch", "cursor", "diverged", "config", "history_len", "last_stats"):
            if getattr(self, name) != getattr(other, name):
                out.append(name)
        if (self.rows is None) != (other.rows is None) or (
                self.rows is not None and not _bitwise_equal(self.rows, other.rows)):
            out.append("rows")
        a, b = self.partial_outputs(), other.partial_outputs()
        if not (_bitwise_equal(a[0], b[0]) and _bitwise_equal(a[1], b[1])):
            out.append("partial")
        if not _bitwise_equal(self.safe, other.safe):
            out.append("safe")
        s, o = self.last_step, other.last_step
        if (s is None) != (o is None) or (s is not None and not (
                s.epoch == o.epoch and s.kind == o.kind and _bitwise_equal(s.rows, o.rows)
                and _bitwise_equal(s.loss, o.loss)
                and all(_bitwise_equal(x, y) for x, y in zip(s.weight_updates, o.weight_updates)))):
            out.append("last_step")
        return out

    def partial_outputs(self) -> tuple[np.ndarray, np.ndarray]:
        """The outputs (z, activation) of the rows trained so far this epoch, ``(cursor, k)``."""
        if not self.partial:
            return np.zeros((0, 0)), np.zeros((0, 0))
        return (np.concatenate([c[0] for c in self.partial]), np.concatenate([c[1] for c in self.partial]))


def _bitwise_equal(a, b) -> bool:
    """Same shape, type and bytes: NaN equals the same NaN, 0.0 differs from -0.0."""
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _optimizer_equal(a, b) -> bool:
    """Same class, settings and state, arrays compared bitwise."""
    if type(a) is not type(b):
        return False
    da, db = a.__dict__, b.__dict__
    if da.keys() != db.keys():
        return False
    for k, va in da.items():
        vb = db[k]
        if k == "state":
            if va.keys() != vb.keys():
                return False
            for key, ta in va.items():
                tb = vb[key]
                if len(ta) != len(tb) or not all(_bitwise_equal(x, y) for x, y in zip(ta, tb)):
                    return False
        elif isinstance(va, np.ndarray) or isinstance(vb, np.ndarray):
            if not _bitwise_equal(va, vb):
                return False
        elif va != vb:
            return False
    return True


def capture_state(trainer: Trainer, keep_last_step: bool = True, base: TrainerState | None = None) -> TrainerState:
    """See :meth:`Trainer.capture`."""
    c = trainer.cursor
    rows, partial = None, ()
    if c:
        if trainer._X is not trainer.problem.X_train:
            rows = trainer._rows.copy()
        start = 0
        if (base is not None and base.epoch == trainer.epoch and 0 < base.cursor <= c
                and base.diverged is None and (base.rows is None) == (rows is None)
                and (rows is None or np.array_equal(base.rows, rows))):
            z, out = base.partial_outputs()
            if (np.array_equal(z, trainer._epoch_z[: base.cursor])
                    and np.array_equal(out, trainer._epoch_out[: base.cursor])):
                rows = base.rows
                partial, start = base.partial, base.cursor
        if c > start:
            partial = partial + ((trainer._epoch_z[start:c].copy(), trainer._epoch_out[start:c].copy()),)
    params = trainer.network.flat.copy()
    safe = trainer._safe
    safe = params if _bitwise_equal(safe, params) else safe.copy()   # after every epoch: one array, not two
    config = base.config if base is not None and base.config == trainer.config else replace(trainer.config)
    return TrainerState(
        params=params, optimizer=copy.deepcopy(trainer.optimizer),
        rng_state=trainer.rng.bit_generator.state, epoch=trainer.epoch, cursor=c,
        rows=rows, partial=partial, safe=safe,
        last_stats=trainer._last_stats,
        last_step=trainer.last_step if keep_last_step else None, diverged=trainer.diverged,
        config=config, history_len=len(trainer.history),
    )


def restore_state(trainer: Trainer, state: TrainerState) -> None:
    """See :meth:`Trainer.restore`."""
    net, n_train = trainer.network, trainer.n_train
    if state.params.shape != net.flat.shape:
        raise ValueError(f"that state has {state.params.size} parameters; {net.describe()} has {net.flat.size}")
    if state.cursor and state.cursor > n_train:
        raise ValueError(f"that state is at sample {state.cursor} of an epoch of {n_train}")
    history = trainer.history
    if state.history_len > len(history):
        history.reveal(state.history_len)
    else:
        history.truncate(state.history_len)
    trainer.config = replace(state.config)
    trainer.loss_fn = get_loss(trainer.config.loss)
    trainer.optimizer = copy.deepcopy(state.optimizer)
    net.flat[...] = state.params
    trainer.rng.bit_generator.state = state.rng_state
    trainer.epoch, trainer.cursor = state.epoch, state.cursor
    trainer.diverged = state.diverged
    trainer.last_step = state.last_step
    trainer._last_stats = state.last_stats
    trainer._safe = state.safe.copy()
    if state.cursor:
        problem = trainer.problem
        if state.rows is None:
            trainer._rows = np.arange(n_train)
            trainer._X, trainer._Y = problem.X_train, problem.Y_train
        else:
            trainer._rows = state.rows.copy()
            trainer._X, trainer._Y = problem.X_train[trainer._rows], problem.Y_train[trainer._rows]
        z, out = state.partial_outputs()
        shape = (n_train, problem.n_outputs)
        trainer._epoch_z, trainer._epoch_out = np.empty(shape), np.empty(shape)
        trainer._epoch_z[: state.cursor] = z
        trainer._epoch_out[: state.cursor] = out
