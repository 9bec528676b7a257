"""Training: one sample, one mini-batch or one epoch at a time, keeping every number of the
step that just happened so it can be shown.

A :class:`Trainer` owns a network, a problem and a :class:`TrainConfig`. ``batch_size`` 0 means
the full batch (gradient descent), 1 means one sample at a time (as the Iris tutorial trains).
When the loss or any weight stops being finite, the trainer puts back the last finite weights,
remembers why in ``diverged`` and raises :class:`TrainingDiverged`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from ..data.problem import Problem
from ..text import local
from ..tr import translate
from . import metrics
from .history import EpochStats, History
from .losses import get_loss
from .network import Gradients, Network, Trace
from .optimizers import OPTIMIZERS, make_optimizer
from .trainer_state import TrainerState, capture_state, restore_state
from .validation import parse_learning_rate


class TrainingDiverged(RuntimeError):
    """The loss or a weight became NaN or infinite. ``str()`` is a one-line explanation."""


@dataclass
class TrainConfig:
    loss: str = "mse"
    lr: float = 0.1
    optimizer: str = "sgd"
    momentum: float = 0.9
    batch_size: int = 0          # 0 = full batch, 1 = one sample at a time
    l2: float = 0.0
    l1: float = 0.0              # L1 penalty l1·Σ|w| (sub-gradient 0 at w = 0); biases are not penalised
    shuffle: bool = True
    seed: int = 0
    epochs: int = 1000           # where a run stops by default
    target_loss: float | None = None
    # "mean" averages the loss (and so its gradient) over a batch; "sum" adds it up, as the OR
    # tutorial's loop does. Either way the L1/L2 penalty is counted once, and every loss shown
    # (a step's, an epoch's, validation and test) is the same reduction of its rows.
    reduction: str = "mean"

    def validate(self) -> None:
        """Raise ValueError with a one-line message for values a person might mistype."""
        get_loss(self.loss)
        lr, why = parse_learning_rate(self.lr)
        if lr is None:
            raise ValueError(translate("Training", "learning rate {0}: {1}").format(self.lr, why[0].lower() + why[1:]))
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(translate("Training", "unknown optimizer {0}; choose one of {1}").format(
                repr(self.optimizer), ", ".join(OPTIMIZERS)))
        if self.batch_size < 0:
            raise ValueError(translate("Training", "the batch size must be 0 (full batch) or a positive number"))
        if self.l2 < 0 or not math.isfinite(self.l2):
            raise ValueError(translate("Training", "L2 must be zero or a positive number"))
        if self.l1 < 0 or not math.isfinite(self.l1):
            raise ValueError(translate("Training", "L1 must be zero or a positive number"))
        if self.epochs < 1:
            raise ValueError(translate("Training", "the number of epochs must be at least 1"))
        if self.reduction not in ("mean", "sum"):
            raise ValueError("reduction must be 'mean' or 'sum'")


@dataclass(frozen=True)
class StepRecord:
    """Everything one training step computed: the rows it saw, the forward pass, the error,
    every delta and gradient, and the update applied to each weight and bias."""

    epoch: int                       # the epoch this step belongs to (1-based)
    kind: str                        # "sample", "batch" or "epoch"
    rows: np.ndarray                 # indices into the training split
    trace: Trace
    targets: np.ndarray              # (n, n_outputs)
    loss: float                      # the batch's loss before the update, penalty included
    grads: Gradients
    weight_updates: list[np.ndarray]
    bias_updates: list[np.ndarray | None]
    weights_before: list[np.ndarray]
    biases_before: list[np.ndarray]
    # The optimizer's state just before and after this step (see optimizer_state): what the
    # step explainer needs to show momentum's velocity and Adam's moments with their numbers.
    optimizer_before: dict | None = None
    optimizer_after: dict | None = None

    @property
    def error(self) -> np.ndarray:
        """Output minus target, ``(n, n_outputs)``."""
        return self.trace.output - self.targets


@dataclass(frozen=True)
class Snapshot:
    """An immutable copy of the trainer's state, safe to hand from a worker thread to the GUI."""

    epoch: int
    cursor: int
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    stats: tuple[EpochStats, ...]         # epochs completed since the previous snapshot
    last_step: StepRecord | None
    diverged: str | None = None
    finished: str | None = None           # why a run stopped, e.g. "target loss reached"


def optimizer_state(optimizer) -> dict:
    """Copies of an optimizer's settings and its state for the trainer's flat parameter vector:
    ``name``, ``lr``, then ``momentum`` and ``velocity`` (momentum) or ``beta1``, ``beta2``,
    ``eps``, ``t``, ``m``, ``v`` (Adam). Arrays are flat, laid out like ``Network.flat``;
    ``None`` before the first step."""
    out = {"name": optimizer.name, "lr": optimizer.lr}
    state = optimizer.state.get(("all", 0))
    if optimizer.name == "momentum":
        out["momentum"] = optimizer.momentum
        out["velocity"] = None if state is None else state[0].copy()
    elif optimizer.name == "adam":
        out.update(beta1=optimizer.beta1, beta2=optimizer.beta2, eps=optimizer.eps)
        m, v, t = state if state is not None else (None, None, 0)
        out.update(t=t, m=None if m is None else m.copy(), v=None if v is None else v.copy())
    return out


class Trainer:
    def __init__(self, network: Network, problem: Problem, config: TrainConfig | None = None) -> None:
        self.config = config or TrainConfig()
        self.config.validate()
        if network.sizes[0] != problem.n_features or network.sizes[-1] != problem.n_outputs:
            raise ValueError(translate("Training", "the network is {0} but the data has {1} inputs and {2} outputs")
                             .format(network.describe(), problem.n_features, problem.n_outputs))
        self.network = network
        self.problem = problem
        self._check_loss_fits(self.config.loss)
        self.loss_fn = get_loss(self.config.loss)
        self._initial = network.parameters()
        self.reset()

    # --- state -------------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the initial weights, epoch 0, empty history, fresh optimizer state."""
        self.network.set_parameters(*[[a.copy() for a in part] for part in self._initial])
        self.optimizer = make_optimizer(self.config.optimizer, self.config.lr, self.config.momentum)
        self.rng = np.random.default_rng(self.config.seed)
        self.epoch = 0
        self.cursor = 0
        self.history = History()
        self.last_step: StepRecord | None = None
        self.diverged: str | None = None
        self._last_stats: EpochStats | None = None
        self._epoch_z = self._epoch_out = None   # made by the first epoch trained in several steps
        self._safe = self.network.flat.copy()    # the last finite weights, laid out like flat
        self._grad = np.zeros_like(self.network.flat)
        self._grad_views = self.network.unflatten(self._grad)
        self._zeros = np.zeros_like(self.network.flat)     # for _weights_finite
        self._n_train = self.problem.X_train.shape[0]
        # The row order of an epoch taken in order, made once: read-only, as step records share it.
        self._in_order = np.arange(self._n_train)
        self._in_order.flags.writeable = False

    def fresh(self) -> "Trainer":
        """A new trainer on the same problem and settings that starts from the same initial
        weights: what :meth:`reset` gives, while this one keeps its weights and history."""
        net = self.network.copy()
        net.set_parameters(*[[a.copy() for a in part] for part in self._initial])
        return Trainer(net, self.problem, replace(self.config))

    def set_lr(self, lr: float) -> None:
        """Change the learning rate without resetting anything."""
        replace(self.config, lr=lr).validate()
        self.config.lr = float(lr)
        self.optimizer.lr = float(lr)

    def update_config(self, **changes) -> None:
        """Change training settings mid-run (learning rate, optimizer, loss, batch size, L2,
        epochs, target loss) without touching the weights or the epoch count. Validates first."""
        new = replace(self.config, **changes)
        self.check_config(new)
        optimizer_changed = new.optimizer != self.config.optimizer or new.momentum != self.config.momentum
        self.config = new
        self.loss_fn = get_loss(new.loss)
        if optimizer_changed:
            self.optimizer = make_optimizer(new.optimizer, new.lr, new.momentum)
        self.optimizer.lr = new.lr

    def check_config(self, config: TrainConfig) -> None:
        """Raise ValueError (one line) if ``config`` cannot train this problem."""
        config.validate()
        self._check_loss_fits(config.loss)

    def _check_loss_fits(self, loss: str) -> None:
        if self.problem.task == "regression" and loss in ("bce", "cce"):
            raise ValueError(translate("Training", "cross-entropy needs classes, but {0} is a number: use mean "
                                                   "squared error (mse)").format(repr(self.problem.target_name)))

    @property
    def n_train(self) -> int:
        return self._n_train

    @property
    def batch_size(self) -> int:
        b = self.config.batch_size
        return self.n_train if b <= 0 else min(b, self.n_train)

    # --- steps -------------------------------------------------------------------------------
    def step_sample(self) -> StepRecord:
        """Train on the next single sample of the current epoch."""
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self._step(1, "sample", record=True)

    def step_batch(self) -> StepRecord:
        """Train on the next mini-batch (the whole set when batch_size is 0)."""
        kind = "batch" if self.config.batch_size > 0 else "epoch"
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self._step(self.batch_size, kind, record=True)

    def step_epoch(self) -> EpochStats:
        """Finish the current epoch (all of it, when none of it has run yet). Only the epoch's
        last step is kept as ``last_step``."""
        start, n, b = self.epoch, self._n_train, self.config.batch_size
        size, kind = (min(b, n), "batch") if b > 0 else (n, "epoch")
        step = self._step
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if size == 1 and n > 1 and not self.diverged:
                if self.cursor == 0:
                    self._begin_epoch(whole=False)
                self._train_samples(n - 1)      # the last sample is recorded below
            while self.epoch == start:
                step(size, kind, "later" if self.cursor + size >= n else False)
        return self._last_stats

    def step_epoch_part(self, samples: int) -> bool:
        """The next ``samples`` samples of the epoch under way (whole steps, at least one),
        trained exactly as :meth:`step_epoch` trains them, never the epoch's last step: False,
        training nothing, when only that is left. ``step_epoch`` then finishes the epoch, and the
        epoch is bitwise the one ``step_epoch`` trains at once (the timeline replays it so), so
        a continuous run can show a long epoch part-way through."""
        if self.diverged:
            raise TrainingDiverged(self.diverged)
        n, b, c = self._n_train, self.config.batch_size, self.cursor
        size, kind = (min(b, n), "batch") if b > 0 else (n, "epoch")
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            if size == 1:
                stop = min(c + max(int(samples), 1), n - 1)
                if stop <= c:
                    return False
                if c == 0:
                    self._begin_epoch(whole=False)
                self._train_samples(stop)
                return True
            steps = max(int(samples) // size, 1)
            while steps and self.cursor + size < n:   # step_epoch records nothing for these either
                self._step(size, kind, False)
                steps -= 1
        return self.cursor != c

    def run(self, max_epochs: int | None = None):
        """Generator: one :class:`EpochStats` per epoch until ``max_epochs`` (default
        config.epochs) or the target loss. Raises TrainingDiverged when it diverges."""
        end = self.config.epochs if max_epochs is None else max_epochs
        while self.epoch < end:
            stats = self.step_epoch()
            yield stats
            if self.target_reached(stats):
                return

    def history_stats(self, i: int) -> EpochStats:
        """The i-th completed epoch's statistics (negative i counts from the end)."""
        return self.history.stats(i)

    def target_reached(self, stats: EpochStats) -> bool:
        return self.config.target_loss is not None and stats.train_loss <= self.config.target_loss

    def _step(self, size: int, kind: str, record: bool | str) -> StepRecord | None:
        """``record``: True returns the step's :class:`StepRecord` (also ``last_step``); "later"
        keeps what it needs and builds it when ``last_step`` is first read (most epochs' last
        steps are never looked at); False records nothing."""
        if self.diverged:
            raise TrainingDiverged(self.diverged)
        c, n_train = self.cursor, self._n_train
        end = min(c + size, n_train)
        whole = c == 0 and end == n_train          # the whole epoch in this one step
        if c == 0:
            self._begin_epoch(whole)
        X, Y = (self._X, self._Y) if whole else (self._X[c:end], self._Y[c:end])
        net, cfg, loss_fn = self.network, self.config, self.loss_fn
        # The parameters before the step, as one flat copy the record unflattens when built.
        before = net.flat.copy() if record else None
        opt_before = optimizer_state(self.optimizer) if record else None
        trace = net.propagate(X)
        z, out = trace.zs[-1], trace.activations[-1]
        if not whole:
            # Outputs are kept so the epoch's loss and accuracy are one vectorised computation
            # at its end: the same numbers as adding them up step by step, at a fraction of the
            # cost. A whole epoch in one step hands its trace's outputs to _end_epoch instead.
            self._epoch_z[c:end] = z
            self._epoch_out[c:end] = out
        grads = net.backward(trace, Y, loss_fn, cfg.l2, out=self._grad_views, l1=cfg.l1, reduction=cfg.reduction)
        # One update for every weight and bias at once: they all live in net.flat. (What
        # optimizer.step([net.flat], [self._grad], "all") does, without its lists.)
        update = self.optimizer.update_of(self._grad, "all")
        flat = net.flat
        flat += update
        self.cursor = end
        # The rows' summed loss before the update: the step's loss and, for a whole epoch, the
        # epoch's, computed once for both.
        total = loss_fn.total(z, out, Y, net.activations[-1]) if record or whole else None
        step = (self._record(kind, c, trace, Y, total, grads.deltas, update, before, opt_before, record == "later")
                if record else None)
        if end == n_train:
            self._end_epoch(total, out) if whole else self._end_epoch()
        return step

    def _train_samples(self, stop: int) -> None:
        """Train samples ``cursor`` … ``stop - 1`` one at a time, recording nothing.

        The same arithmetic as :meth:`_step` (same activation and loss objects) on 1-D vectors
        and without its per-step bookkeeping: one sample at a time is dominated by the number
        of NumPy calls, not their size, so this loop is the Iris lesson's speed.
        tests/core/test_training.py checks it against the general step."""
        net = self.network
        Ws, Bs, acts = net.weights, net.biases, net.activations
        fns = [act.fn for act in acts]
        backs = [act.backward for act in acts]
        last = len(Ws) - 1
        use_bias, l2, l1, sign = net.use_bias, self.config.l2, self.config.l1, np.sign
        delta_of, out_act = self.loss_fn.delta, acts[-1]
        gws, gbs = self._grad_views
        # Each layer's delta is written straight into its bias gradient (which equals it).
        outs = list(gbs) if use_bias else [None] * (last + 1)
        flat, grad, update_of = net.flat, self._grad, self.optimizer.update_of
        X, Y, Z, A = self._X, self._Y, self._epoch_z, self._epoch_out
        dot, multiply = np.dot, np.multiply
        for c in range(self.cursor, stop):
            a = X[c]
            inputs, zs = [a], []
            for l in range(last + 1):
                z = dot(a, Ws[l])
                if use_bias:
                    z += Bs[l]
                a = fns[l](z)
                zs.append(z)
                inputs.append(a)
            Z[c] = z
            A[c] = a
            delta = delta_of(z, a, Y[c], out_act, outs[last])
            for l in range(last, -1, -1):
                multiply(inputs[l][:, None], delta, out=gws[l])   # the outer product, cheaper than np.outer
                if l2:
                    gws[l] += l2 * Ws[l]
                if l1:
                    gws[l] += l1 * sign(Ws[l])
                if l:
                    delta = backs[l - 1](zs[l - 1], inputs[l], dot(Ws[l], delta), outs[l - 1])
            flat += update_of(grad, "all")     # what optimizer.step([flat], [grad], "all") does
        self.cursor = stop

    def _record(self, kind, start, trace, Y, total, deltas, update, before, opt_before,
                later: bool = False) -> StepRecord | None:
        """The step's loss now (a divergence is caught at once); its record now or, ``later``,
        when ``last_step`` is read, from copies taken now: the same numbers either way.
        ``total``: the rows' summed loss; ``before``: the flat parameters before the step."""
        net, cfg = self.network, self.config
        loss = total / len(Y) if cfg.reduction == "mean" else total
        if cfg.l2 or cfg.l1:
            loss += net.penalty(cfg.l2, cfg.l1, net.unflatten(before)[0])
        grad, epoch, rows = self._grad.copy(), self.epoch + 1, self._rows[start : self.cursor]
        # The optimizer's state after the step is copied now, whenever the record is built.
        opt_after = optimizer_state(self.optimizer)

        def build() -> StepRecord:
            g_w, g_b = net.unflatten(grad)
            u_w, u_b = net.unflatten(update)
            if not net.use_bias:
                g_b = u_b = [None] * len(g_b)
            return StepRecord(epoch, kind, rows, trace, Y, loss, Gradients(g_w, g_b, deltas), u_w, u_b,
                              *net.unflatten(before), opt_before, opt_after)

        if later:
            step, self._last_step, self._build_last_step = None, None, build
        else:
            step = self.last_step = build()
        if not math.isfinite(loss):
            self._diverge()
        return step

    @property
    def last_step(self) -> StepRecord | None:
        """Every number of the last recorded step (see :class:`StepRecord`)."""
        build = self._build_last_step
        if build is not None:
            self._build_last_step = None
            self._last_step = build()
        return self._last_step

    @last_step.setter
    def last_step(self, step: StepRecord | None) -> None:
        self._build_last_step = None
        self._last_step = step

    def _begin_epoch(self, whole: bool) -> None:
        """The epoch's row order; ``whole``: its first step trains all of it, so no step's
        outputs need keeping (see :meth:`_step`)."""
        n = self._n_train
        if whole or self.batch_size >= n or not self.config.shuffle:
            self._rows = self._in_order
            self._X, self._Y = self.problem.X_train, self.problem.Y_train
        else:
            # Permute once per epoch so every step takes a cheap slice (a view, not a copy).
            self._rows = self.rng.permutation(n)
            self._X, self._Y = self.problem.X_train[self._rows], self.problem.Y_train[self._rows]
        if not whole:
            shape = (n, self.problem.n_outputs)
            if self._epoch_out is None or self._epoch_out.shape != shape:
                self._epoch_z = np.empty(shape)
                self._epoch_out = np.empty(shape)

    def _end_epoch(self, total: float | None = None, out: np.ndarray | None = None) -> None:
        """Score the epoch just trained, add it to the history and keep its weights as the
        last finite ones. ``total`` and ``out``: the epoch's summed loss and outputs when one
        step trained all of it; otherwise both come from the outputs kept step by step."""
        self.cursor = 0
        net, n, cfg = self.network, self._n_train, self.config
        # Each sample's loss as it was when the sample was trained (before its update).
        if out is None:
            out = self._epoch_out
            total = self.loss_fn.total(self._epoch_z, out, self._Y, net.activations[-1])
        train_loss = total / n if cfg.reduction == "mean" else total
        if cfg.l2 or cfg.l1:
            train_loss += net.penalty(cfg.l2, cfg.l1)
        if not (math.isfinite(train_loss) and self._weights_finite()):
            self._diverge()
        self.epoch += 1
        train_acc = metrics.accuracy(self._Y, out) if self.problem.is_classification else None
        val_loss = val_acc = None
        Xv, Yv = self.problem.X_val, self.problem.Y_val
        if Xv is not None and len(Xv):
            tr = net.propagate(Xv)
            val_loss = self._reduce(self.loss_fn.total(tr.zs[-1], tr.activations[-1], Yv, net.activations[-1]), len(Xv))
            if not math.isfinite(val_loss):   # weights finite but so large the outputs overflow
                self.epoch -= 1
                self._diverge()
            if self.problem.is_classification:
                val_acc = metrics.accuracy(Yv, tr.activations[-1])
        self._last_stats = EpochStats(self.epoch, train_loss, val_loss, train_acc, val_acc)
        self.history.add(self._last_stats)
        self._safe = net.flat.copy()

    def _weights_finite(self) -> bool:
        """Whether every weight and bias is finite: what ``network.is_finite()`` says, in one
        NumPy call instead of two. 0·w is ±0 for a finite w and NaN for an infinite or NaN one,
        so the dot with zeros is finite exactly when every parameter is."""
        return math.isfinite(self.network.flat.dot(self._zeros))

    def _reduce(self, total: float, n: int) -> float:
        """A set of ``n`` rows' summed loss, reduced as the config says (mean or sum)."""
        return total / n if self.config.reduction == "mean" else total

    def _diverge(self) -> None:
        epoch = self.epoch + 1
        self.network.flat[...] = self._safe
        self.cursor = 0
        culprit = translate("Training", "learning rate (now {0})").format(local(f"{self.config.lr:g}"))
        if self.config.l2:
            culprit += translate("Training", " or L2 (now {0})").format(local(f"{self.config.l2:g}"))
        if self.config.l1:
            culprit += translate("Training", " or L1 (now {0})").format(local(f"{self.config.l1:g}"))
        self.diverged = translate("Training", "Training diverged in epoch {0}: the loss became NaN or infinite. Try "
                                              "a smaller {1}; the last finite weights are kept.").format(epoch, culprit)
        raise TrainingDiverged(self.diverged)

    # --- looking at the result ----------------------------------------------------------------
    def evaluate(self, split: str = "test") -> dict:
        """Loss and scores on one split: accuracy and confusion matrix for classes, MSE and R²
        (in original units) for values. Empty dict when the split has no rows. The loss is the
        rows' mean, or their sum with reduction "sum" (no penalty: it scores the data)."""
        X, Y = self.problem.split(split)
        if X is None or len(X) == 0:
            return {}
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return self._scores(X, Y)

    def _scores(self, X: np.ndarray, Y: np.ndarray) -> dict:
        tr = self.network.forward(X)
        out = {"loss": self._reduce(self.loss_fn.total(tr.zs[-1], tr.output, Y, self.network.activations[-1]), len(X)),
               "n": len(X)}
        if self.problem.is_classification:
            k = max(2, self.problem.n_outputs)
            out["accuracy"] = metrics.accuracy(Y, tr.output)
            out["confusion"] = metrics.confusion_matrix(Y, tr.output, k)
        else:
            y_true = self.problem.y_scaler.inverse(Y)
            y_pred = self.problem.y_scaler.inverse(tr.output)
            out["mse"] = metrics.mse(y_true, y_pred)
            out["r2"] = metrics.r2(y_true, y_pred)
        return out

    def forget_step_record(self) -> None:
        """After a weight was set by hand the last step's record no longer describes the
        network: nothing is explained until the next step."""
        self.last_step = None

    def snapshot(self, stats: tuple[EpochStats, ...] = (), finished: str | None = None) -> Snapshot:
        w, b = self.network.parameters()
        return Snapshot(self.epoch, self.cursor, tuple(w), tuple(b), tuple(stats), self.last_step, self.diverged, finished)

    # --- going back: the timeline's two primitives -----------------------------------------
    def capture(self, keep_last_step: bool = True, base: TrainerState | None = None) -> TrainerState:
        """The state that makes the next step bitwise what it would be now (weights, optimizer
        moments and step count, the shuffling generator, the epoch and sample cursor, the
        epoch's row order and outputs so far, the settings in force, the history length).

        ``keep_last_step=False`` leaves out the last step's record (display only; it can be
        big). ``base``: an earlier state of this trainer; its settings object, and in the same
        epoch its row order and output chunks, are shared instead of copied."""
        return capture_state(self, keep_last_step, base)

    def restore(self, state: TrainerState) -> None:
        """Put this trainer exactly in ``state`` (from :meth:`capture` on this trainer, or one
        on the same network shape and problem). The history is cut (or re-shown, when it
        still holds them) to the state's epochs. ValueError when the state does not fit."""
        restore_state(self, state)
