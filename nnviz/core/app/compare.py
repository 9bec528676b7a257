"""Two runs side by side: a run kept aside (pinned) and the run now, and what differs between them.

A person trains, pins the run (:meth:`Session.pin <nnviz.core.app.session.Session.pin>`),
changes one thing (the learning rate, the seed, the bias, an activation, a hidden layer) and
trains again from the same start. :class:`PinnedRun` keeps what the pinned run was: its loss and
accuracy per epoch (read-only copies) and every state it went through, reachable again bitwise
through a private copy of its timeline (the keyframes are shared, never changed; the replays run
on a trainer of its own, so nothing done to the session later moves them).
:func:`difference_line` says in one line what differs: "Pinned: lr 0.05 · Now: lr 0.5".

No Qt here; the window draws the pinned run's picture from :meth:`PinnedRun.frame_at`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np

from ..engine.history import History
from ..engine.settings import STOP_FIELDS, Settings
from ..engine.timeline import Timeline
from ..engine.training import Trainer, TrainConfig
from ..tr import translate
from .boundary import plane_problem
from .frames import Frame, FrameOptions, make_frame

# The pictures a pinned run can be shown by beside the run now: the decision boundary over two
# inputs, the prediction along one input, an image lesson's first-layer weight pictures (from
# PinnedRun.parameters_at; nnviz.ui.compare_view.PICTURES has a view for each). A kind with no
# view shows the pinned run's scores, and its curves on the loss plot.
PICTURES = ("boundary", "curve", "weights")


def picture_kind(problem) -> str | None:
    """How the pinned run's state is pictured for ``problem``: "weights" (inputs that form an
    image, ``Problem.image_shape``: the first layer's weights as pictures, no plane to slice),
    "boundary" (two inputs or more: the plane of two of them), "curve" (one input), None."""
    if problem is None:
        return None
    if getattr(problem, "image_shape", None) is not None:
        return "weights"
    return "boundary" if plane_problem(problem).n_features >= 2 else "curve"


def _frozen(a) -> np.ndarray:
    out = np.array(a, dtype=float, copy=True)
    out.flags.writeable = False
    return out


@dataclass(frozen=True, eq=False)
class PinnedRun:
    """A run kept to compare with. Build it with :func:`pin_run`.

    ``epochs`` … ``val_acc``: the run's history up to its newest epoch (NaN where not measured;
    the accuracies all NaN for a regression), read-only. ``newest_epoch``: its last epoch."""

    settings: Settings
    epochs: np.ndarray
    train_loss: np.ndarray
    val_loss: np.ndarray
    train_acc: np.ndarray
    val_acc: np.ndarray
    newest_epoch: int
    classification: bool
    _trainer: Trainer = field(repr=False)
    _timeline: Timeline = field(repr=False)

    def shown_epoch(self, epoch: int) -> int:
        """The pinned run's epoch shown beside the run now at ``epoch``: the same epoch, or its
        last one when it never got that far."""
        return min(max(int(epoch), 0), self.newest_epoch)

    def _goto(self, epoch: int) -> None:
        tl, t = self._timeline, self._trainer
        epoch = self.shown_epoch(epoch)
        try:
            position = tl.find(epoch, 0)
        except ValueError:          # an epoch reached only inside a step (mid-epoch): the newest
            position = tl.newest
        if tl.current != position:
            tl.goto_position(t, position)

    def parameters_at(self, epoch: int) -> tuple[list[np.ndarray], list[np.ndarray] | None]:
        """Copies of the pinned run's weights and biases at the end of ``epoch`` (see
        :meth:`shown_epoch`), bitwise as the run had them; epoch 0 is its first state."""
        self._goto(epoch)
        weights, biases = self._trainer.network.parameters()
        return ([np.array(w, copy=True) for w in weights],
                None if biases is None else [np.array(b, copy=True) for b in biases])

    def frame_at(self, epoch: int, options: FrameOptions) -> Frame:
        """The pinned run's picture (field or curve) at ``epoch``, for ``options`` (the plane
        the run now is drawn on)."""
        self._goto(epoch)
        return make_frame(self._trainer, options)

    def scores_at(self, epoch: int) -> dict[str, float]:
        """Its measured scores at the end of ``epoch`` ({} before its first epoch): train_loss,
        val_loss, train_acc, val_acc, each only when measured."""
        epoch = self.shown_epoch(epoch)
        i = int(np.searchsorted(self.epochs, epoch, side="right")) - 1
        if i < 0 or self.epochs[i] != epoch:
            return {}
        out = {}
        for name in ("train_loss", "val_loss", "train_acc", "val_acc"):
            v = float(getattr(self, name)[i])
            if np.isfinite(v):
                out[name] = v
        return out


def pin_run(trainer: Trainer, timeline: Timeline, settings: Settings) -> PinnedRun:
    """Keep the run ``trainer`` went through on ``timeline`` (every position up to the newest,
    whatever position is shown), with the ``settings`` it was trained with."""
    history = History()
    history.splice(0, trainer.history.tail(0))     # every epoch held: those shown and the later ones
    private = trainer.fresh()
    private.history = history
    copy = timeline.copy()
    newest_epoch = copy.label(copy.newest)[0]
    copy.goto_position(private, copy.newest)
    # The curves: the epochs of the newest position's line (a later, hidden part is the same line).
    n = len(private.history)
    cols = private.history
    classification = trainer.problem.is_classification
    return PinnedRun(settings.copy(), _frozen(cols.epochs.array[:n]), _frozen(cols.train_loss.array[:n]),
                     _frozen(cols.val_loss.array[:n]), _frozen(cols.train_accuracy.array[:n]),
                     _frozen(cols.val_accuracy.array[:n]), int(newest_epoch), classification, private, copy)


# --- what differs --------------------------------------------------------------------------------
def _number(v) -> str:
    return f"{float(v):g}"


def _hidden(s: Settings) -> str:
    if not s.hidden:
        return translate("Compare", "no hidden layer")
    return translate("Compare", "hidden {0}").format("-".join(str(int(h)) for h in s.hidden))


def _described(s: Settings) -> dict[str, str]:
    """Each choice of ``s`` a comparison may name, in words, in the order they are named."""
    c = s.config
    out = {
        "lr": translate("Compare", "lr {0}").format(_number(c.lr)),
        "seed": translate("Compare", "seed {0}").format(int(s.seed)),
        "use_bias": translate("Compare", "bias on") if s.use_bias else translate("Compare", "bias off"),
        "hidden": _hidden(s),
        "hidden_activations": translate("Compare", "{0} hidden").format("/".join(s.hidden_activations) or "—"),
        "output_activation": translate("Compare", "{0} output").format(s.output_activation),
        "optimizer": translate("Compare", "optimizer {0}").format(c.optimizer),
        "loss": translate("Compare", "loss {0}").format(c.loss),
        "batch_size": (translate("Compare", "full batch") if c.batch_size == 0
                       else translate("Compare", "batch {0}").format(int(c.batch_size))),
        "momentum": translate("Compare", "momentum {0}").format(_number(c.momentum)),
        "l2": translate("Compare", "L2 {0}").format(_number(c.l2)),
        "l1": translate("Compare", "L1 {0}").format(_number(c.l1)),
        "reduction": translate("Compare", "loss {0} over a batch").format(c.reduction),
        "shuffle": translate("Compare", "shuffled") if c.shuffle else translate("Compare", "in order"),
        "init": translate("Compare", "init {0}").format(s.init),
        "init_value": translate("Compare", "init value {0}").format(_number(s.init_value)),
        "inputs": translate("Compare", "inputs {0}").format(", ".join(s.inputs) if s.inputs else "x"),
        "weights": translate("Compare", "given start weights") if s.weights is not None
        else translate("Compare", "random start weights"),
    }
    return out


def _same(a: Settings, b: Settings, key: str) -> bool:
    if key in {f.name for f in fields(TrainConfig)}:
        return getattr(a.config, key) == getattr(b.config, key)
    if key == "weights":
        return _same_arrays(a.weights, b.weights) and _same_arrays(a.biases, b.biases)
    if key == "hidden_activations" and not a.hidden and not b.hidden:
        return True
    if key == "momentum" and a.config.optimizer != "momentum" and b.config.optimizer != "momentum":
        return True            # momentum counts only for the optimizer that uses it
    return getattr(a, key) == getattr(b, key)


def _same_arrays(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return len(a) == len(b) and all(np.array_equal(np.asarray(x, float), np.asarray(y, float)) for x, y in zip(a, b))
    except (TypeError, ValueError):
        return False


def differences(pinned: Settings, now: Settings) -> list[tuple[str, str, str]]:
    """``(choice, pinned in words, now in words)`` for every choice that differs (when a run
    stops aside: it changes no number)."""
    a, b = _described(pinned), _described(now)
    out = []
    for key in a:
        if key in STOP_FIELDS or _same(pinned, now, key):
            continue
        if key == "weights" and a[key] == b[key]:
            a_text, b_text = translate("Compare", "its start weights"), translate("Compare", "other start weights")
        else:
            a_text, b_text = a[key], b[key]
        out.append((key, a_text, b_text))
    return out


def difference_line(pinned: Settings, now: Settings) -> str:
    """One line saying what differs: "Pinned: lr 0.05 · Now: lr 0.5" (several choices are
    listed with commas), or that nothing does."""
    diff = differences(pinned, now)
    if not diff:
        return translate("Compare", "Pinned and now: the same settings")
    return translate("Compare", "Pinned: {0} · Now: {1}").format(
        ", ".join(d[1] for d in diff), ", ".join(d[2] for d in diff))


def pinned_label(pinned: Settings, now: Settings) -> str:
    """The pinned run's name beside its curve: what it was where the run now differs."""
    diff = differences(pinned, now)
    if not diff:
        return translate("Compare", "pinned")
    return translate("Compare", "pinned: {0}").format(", ".join(d[1] for d in diff))


__all__ = ["PICTURES", "PinnedRun", "difference_line", "differences", "picture_kind", "pin_run", "pinned_label"]
