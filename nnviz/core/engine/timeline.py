"""The timeline: every state a run reached, reachable again bitwise exactly, in bounded memory.

How it works
------------
Training is deterministic: from the same :class:`~nnviz.core.engine.trainer_state.TrainerState` the same
calls give bitwise the same states. So the timeline keeps full states only at *keyframes* and
re-executes the calls between them (*replay*) to reach any other point.

A run is a sequence of *positions* numbered 0, 1, 2, … (ordinals). Each keyframe is a position;
after it come the epochs of a continuous run (one :meth:`Trainer.step_epoch` call each) until the
next keyframe. A position's label is ``(epoch, cursor)``: cursor > 0 inside an epoch reached by
Step sample or Step batch ("epoch 12 +3").

Keyframes are taken
  * at the start (epoch 0 of a fresh trainer);
  * after every step a person takes (sample, batch, epoch; few): :meth:`record_step`. These
    steps are never replayed, so the one-sample fast loop and the general step (which may
    differ in the last bit) are never swapped: replay only ever calls ``step_epoch``, the
    very call that made those epochs;
  * after every change of settings (:meth:`note_config_change`): replays between two
    keyframes always run with the settings in force then;
  * during a continuous run, whenever more than :attr:`interval_s` of training time
    (:data:`DEFAULT_INTERVAL_S` to start with) has passed since the last keyframe (:meth:`record_epoch`): a replay is
    bounded in time whatever the network's size.
These three kinds are never dropped. When the keyframes' bytes exceed the budget (200 MB by
default), every other automatic keyframe is dropped and the interval doubles ("thinning").
Automatic keyframes leave out the last step's record (display only, and often most of a
state's bytes); going to exactly such a keyframe replays from the one before, so the record is
there again.

Going to a position restores the nearest keyframe at or before it and replays the rest (or
replays on from the current position when that is nearer). The trainer's History is not
replayed: going back hides the later epochs and going forward shows them again
(:meth:`History.truncate` / :meth:`History.reveal`).

Branching: training from a past position first calls :meth:`truncate_after_current`, which
drops every later position and returns them as a :class:`Branch`;
:meth:`restore_branch` puts a branch back (Undo) and returns the one it replaces (Redo).

Threads: the worker thread calls the ``record_*`` methods and :meth:`note_config_change` while
it owns the trainer; the GUI thread calls :meth:`goto`, :meth:`step_back` & co. only when no run
is going. The GUI thread may read :attr:`newest`, :attr:`current` and :meth:`label` at any time.
"""
from __future__ import annotations

import bisect
import copy as _copy
from dataclasses import dataclass

from .trainer_state import TrainerState, owned_bytes
from ..tr import translate
from .training import Trainer, TrainingDiverged

DEFAULT_BUDGET_BYTES = 200_000_000    # 200 MB of keyframes
DEFAULT_INTERVAL_S = 0.02             # training time between automatic keyframes, to start with

class _Key:
    """A keyframe and the continuous-run epochs recorded after it."""

    __slots__ = ("ordinal", "state", "kind", "n", "seconds", "nbytes")

    def __init__(self, ordinal: int, state: TrainerState, kind: str, nbytes: int) -> None:
        self.ordinal = ordinal      # its position
        self.state = state
        self.kind = kind            # "start", "step", "config" or "auto"
        self.n = 0                  # step_epoch calls recorded after it, up to the next keyframe
        self.seconds = 0.0          # their training time
        self.nbytes = nbytes        # bytes it holds that no earlier keyframe holds

    def copy(self) -> "_Key":
        k = _Key(self.ordinal, self.state, self.kind, self.nbytes)
        k.n, k.seconds = self.n, self.seconds
        return k


def _ordinal(k: _Key) -> int:
    return k.ordinal


def _epoch(k: _Key) -> int:
    return k.state.epoch


@dataclass(frozen=True, eq=False)
class Branch:
    """Positions dropped by :meth:`Timeline.truncate_after_current`: everything after
    position ``at``. Give it to :meth:`Timeline.restore_branch` to put it back."""

    at: int                   # the position it continued from
    at_label: tuple[int, int]
    tail_epochs: int          # continuous-run epochs right after ``at``, before its first keyframe
    tail_seconds: float
    keys: tuple               # its keyframes (private)
    history_at: int           # the History length at ``at``
    history: tuple            # History.tail(history_at)
    newest: int               # its newest position
    newest_label: tuple[int, int]

    @property
    def positions(self) -> int:
        """How many positions it holds."""
        return self.newest - self.at

    @property
    def nbytes(self) -> int:
        return sum(k.nbytes for k in self.keys) + sum(a.nbytes for a in self.history)


class Timeline:
    """Records one trainer's run and puts the trainer back at any position it reached.

    ``budget_bytes``: memory for keyframes (default 200 MB); ``interval_s``: training time
    between automatic keyframes at first (it doubles each time the budget forces thinning)."""

    def __init__(self, trainer: Trainer, budget_bytes: int = DEFAULT_BUDGET_BYTES,
                 interval_s: float = DEFAULT_INTERVAL_S) -> None:
        if budget_bytes <= 0 or interval_s <= 0:
            raise ValueError("the timeline's memory budget and keyframe interval must be positive")
        self.budget_bytes = int(budget_bytes)
        self.base_interval_s = float(interval_s)
        self.start(trainer)

    # --- recording (the thread that owns the trainer) -----------------------------------------
    def start(self, trainer: Trainer) -> None:
        """Forget everything; the trainer's present state becomes position 0."""
        self._keys: list[_Key] = []
        self._bytes = 0
        self.interval_s = self.base_interval_s
        self.thinned = 0          # how many times the budget forced thinning
        self._since = 0.0         # training time since the last keyframe
        self._newest = -1
        self._add_key(trainer, "start")

    def record_epoch(self, trainer: Trainer, elapsed_s: float) -> None:
        """After each ``step_epoch()`` of a continuous run; ``elapsed_s``: that call's time.
        Cheap (a keyframe only every :attr:`interval_s` of training)."""
        if self._current != self._newest:
            self._cut(self._current, None)
        last = self._keys[-1]
        last.seconds += elapsed_s
        since = self._since + elapsed_s
        if since >= self.interval_s:
            self._add_key(trainer, "auto")
        else:
            self._since = since
            last.n += 1
            self._newest = self._current = self._newest + 1

    def record_step(self, trainer: Trainer, kind: str = "step") -> None:
        """After a step a person took (a sample, a batch, an epoch or the rest of one), and after
        anything else a replay of ``step_epoch`` calls could not redo (``kind`` "diverged" when
        training stopped on NaN, say). Always a keyframe, never thinned."""
        if self._current != self._newest:
            self._cut(self._current, None)
        self._add_key(trainer, "step" if kind in ("sample", "batch", "epoch", "rest") else kind)

    def note_config_change(self, trainer: Trainer) -> None:
        """After the trainer's settings changed (``update_config``/``set_lr``), before it
        trains on: replays after this point use the new settings. A change that follows
        another at the same position replaces it."""
        if self._current != self._newest:
            self._cut(self._current, None)
        last = self._keys[-1]
        if last.kind == "config" and last.n == 0 and len(self._keys) > 1:
            self._keys.pop()
            self._bytes -= last.nbytes
            self._newest -= 1
        self._add_key(trainer, "config")

    def _add_key(self, trainer: Trainer, kind: str) -> None:
        prev = self._keys[-1].state if self._keys else None
        state = trainer.capture(keep_last_step=kind != "auto", base=prev)
        seen: set[int] = set()
        if prev is not None:
            owned_bytes((prev.rows, prev.partial), seen)
        nbytes = state.OVERHEAD_BYTES + owned_bytes(
            (state.params, state.optimizer, state.rows, state.partial, state.safe, state.last_step), seen)
        self._newest += 1
        self._keys.append(_Key(self._newest, state, kind, nbytes))
        self._current = self._newest
        self._since = 0.0
        self._bytes += nbytes
        if self._bytes > self.budget_bytes:
            self._thin()

    def set_budget(self, budget_bytes: int) -> None:
        """A new memory budget for keyframes (a setting); thins at once if it is exceeded."""
        if budget_bytes <= 0:
            raise ValueError("the timeline's memory budget must be positive")
        self.budget_bytes = int(budget_bytes)
        if self._bytes > self.budget_bytes:
            self._thin()

    def _thin(self) -> None:
        """Drop every other automatic keyframe (merging its epochs into the one before) until
        the keyframes fit the budget or none is left to drop; double the interval each time."""
        while self._bytes > self.budget_bytes:
            kept, drop, dropped = [self._keys[0]], False, 0
            for k in self._keys[1:]:
                if k.kind == "auto":
                    drop = not drop
                    if drop:
                        prev = kept[-1]
                        prev.n += 1 + k.n
                        prev.seconds += k.seconds
                        self._bytes -= k.nbytes
                        dropped += 1
                        continue
                kept.append(k)
            if not dropped:
                return
            self._keys = kept
            self.interval_s *= 2
            self.thinned += 1
            self._since = kept[-1].seconds

    # --- where things are ---------------------------------------------------------------------
    @property
    def newest(self) -> int:
        """The newest position (its ordinal)."""
        return self._newest

    @property
    def current(self) -> int:
        """The position the trainer is at."""
        return self._current

    @property
    def at_newest(self) -> bool:
        return self._current == self._newest

    def __len__(self) -> int:
        """How many positions there are."""
        return self._newest + 1

    def label(self, position: int) -> tuple[int, int]:
        """``(epoch, cursor)`` of a position: cursor > 0 means that many samples into the next epoch."""
        k = self._keys[self._key_index(position)]
        i = position - k.ordinal
        return (k.state.epoch + i, 0) if i else (k.state.epoch, k.state.cursor)

    def describe(self, position: int | None = None) -> str:
        """"epoch 12" or "epoch 12 +3" (3 samples into epoch 13)."""
        e, c = self.label(self._current if position is None else position)
        return translate("Timeline", "epoch {0} +{1}").format(e, c) if c else translate("Timeline", "epoch {0}").format(e)

    def positions(self):
        """Every position as ``(ordinal, epoch, cursor)``, oldest first (a generator)."""
        for k in self._keys:
            yield k.ordinal, k.state.epoch, k.state.cursor
            for i in range(1, k.n + 1):
                yield k.ordinal + i, k.state.epoch + i, 0

    @property
    def keyframes(self) -> list[tuple[int, int, int, str]]:
        """``(ordinal, epoch, cursor, kind)`` of every keyframe."""
        return [(k.ordinal, k.state.epoch, k.state.cursor, k.kind) for k in self._keys]

    @property
    def nbytes(self) -> int:
        """Bytes the keyframes hold (the trainer's History is counted apart: ``history.nbytes``)."""
        return self._bytes

    def find(self, epoch: int, cursor: int = 0) -> int:
        """The newest position labelled ``(epoch, cursor)``; ValueError (one line) if none."""
        keys = self._keys
        j = bisect.bisect_right(keys, epoch, key=_epoch) - 1
        while j >= 0:
            k = keys[j]
            e = k.state.epoch
            if e + k.n < epoch:
                break
            if cursor == 0 and e < epoch <= e + k.n:
                return k.ordinal + epoch - e
            if e == epoch and k.state.cursor == cursor:
                return k.ordinal
            j -= 1
        where = f"epoch {epoch} +{cursor}" if cursor else f"epoch {epoch}"
        raise ValueError(f"{where} is not on the timeline (it goes from epoch {self.label(0)[0]} "
                         f"to epoch {self.label(self._newest)[0]})")

    def _key_index(self, position: int) -> int:
        if not 0 <= position <= self._newest:
            raise ValueError(f"position {position} is not on the timeline (0 to {self._newest})")
        return bisect.bisect_right(self._keys, position, key=_ordinal) - 1

    # --- going there (the GUI thread, no run going) ----------------------------------------------
    def goto(self, trainer: Trainer, epoch: int, cursor: int = 0) -> int:
        """Put the trainer at the newest position labelled ``(epoch, cursor)`` (by default the
        end of ``epoch``); returns that position. ValueError if the run never got there."""
        position = self.find(epoch, cursor)
        self.goto_position(trainer, position)
        return position

    def goto_newest(self, trainer: Trainer) -> int:
        self.goto_position(trainer, self._newest)
        return self._newest

    def goto_position(self, trainer: Trainer, position: int) -> None:
        """Put the trainer at ``position`` (an ordinal), bitwise as it first was there."""
        j = self._key_index(position)
        key = self._keys[j]
        start, replays = key, position - key.ordinal
        if replays == 0 and key.kind == "auto" and j > 0:
            start = self._keys[j - 1]          # an automatic keyframe: replay to bring back its last step
            replays = position - start.ordinal
        cur = self._current
        if not (start.ordinal <= cur <= position and self._trainer_is_at(trainer, cur)):
            trainer.restore(start.state)
            cur = start.ordinal
        self._replay(trainer, position - cur)
        self._current = position

    def _trainer_is_at(self, trainer: Trainer, position: int) -> bool:
        """A cheap check that nobody moved the trainer since the timeline last put it somewhere."""
        if not 0 <= position <= self._newest:
            return False
        k = self._keys[self._key_index(position)]
        return ((trainer.epoch, trainer.cursor) == self.label(position) and trainer.config == k.state.config
                and len(trainer.history) == trainer.epoch - k.state.epoch + k.state.history_len)

    def _replay(self, trainer: Trainer, count: int) -> None:
        if count <= 0:
            return
        history = trainer.history
        held = history.recorded
        try:
            for _ in range(count):
                trainer.step_epoch()
        except TrainingDiverged as exc:
            raise RuntimeError(f"the timeline's replay diverged where the run did not: {exc}") from exc
        if held >= len(history):
            history.keep_recorded(held)   # the replayed epochs equal the held ones: keep the later ones

    def step_back(self, trainer: Trainer) -> bool:
        """Undo the last step, whatever its size: go to the position before the current one
        (skipping positions with the same label, such as a settings change). False at the start."""
        label = self.label(self._current)
        p = self._current - 1
        while p >= 0 and self.label(p) == label:
            p -= 1
        if p < 0:
            return False
        self.goto_position(trainer, p)
        return True

    def step_forward(self, trainer: Trainer) -> bool:
        """The opposite of :meth:`step_back`: the next label's newest position. False at the newest."""
        p = self._current + 1
        if p > self._newest:
            return False
        label = self.label(p)
        while p < self._newest and self.label(p + 1) == label:
            p += 1
        self.goto_position(trainer, p)
        return True

    # --- branching ----------------------------------------------------------------------------
    def truncate_after_current(self, trainer: Trainer) -> Branch | None:
        """Drop every position after the current one, before training on from a past point.
        Returns them (None when at the newest already), for :meth:`restore_branch`."""
        if self._current == self._newest:
            return None
        return self._cut(self._current, trainer.history)

    def restore_branch(self, trainer: Trainer, branch: Branch) -> Branch | None:
        """Put back a branch dropped by :meth:`truncate_after_current` (Undo), dropping what was
        recorded after its position since; returns that (for Redo), or None if nothing was.
        The trainer is put at the branch's position."""
        if not (0 <= branch.at <= self._newest and self.label(branch.at) == branch.at_label):
            raise ValueError("that branch does not start on this timeline")
        # Stand at the branch's position first: after going back further than it, the trainer's
        # history holds fewer epochs than the branch continues from, and the splice below needs
        # them (they are the same epochs on both lines: the branch starts there).
        self.goto_position(trainer, branch.at)
        history = trainer.history
        replaced = self._cut(branch.at, history, branch.history_at) if branch.at < self._newest else None
        key = self._keys[self._key_index(branch.at)]
        key.n += branch.tail_epochs
        key.seconds += branch.tail_seconds
        for k in branch.keys:
            self._keys.append(k.copy())
            self._bytes += k.nbytes
        self._newest = branch.newest
        history.splice(branch.history_at, branch.history)
        self._current = -1                     # the trainer is on the dropped branch: restore
        self.goto_position(trainer, branch.at)
        self._since = self._keys[-1].seconds
        if self._bytes > self.budget_bytes:
            self._thin()
        return replaced

    def _cut(self, position: int, history, history_at: int | None = None) -> Branch:
        newest, newest_label = self._newest, self.label(self._newest)
        j = self._key_index(position)
        key = self._keys[j]
        i = position - key.ordinal
        tail = key.n - i
        tail_seconds = key.seconds * tail / key.n if key.n else 0.0
        dropped = tuple(self._keys[j + 1:])
        del self._keys[j + 1:]
        self._bytes -= sum(k.nbytes for k in dropped)
        key.n, key.seconds = i, key.seconds - tail_seconds
        kept_history = ()
        if history is not None:
            history_at = len(history) if history_at is None else history_at
            kept_history = history.tail(history_at)
            history.truncate(history_at)
            history.forget_hidden()
        self._newest = self._current = position
        self._since = key.seconds
        return Branch(position, self.label(position), tail, tail_seconds, dropped,
                      history_at or 0, kept_history, newest, newest_label)

    def copy(self) -> "Timeline":
        """An independent timeline over the same positions, for replaying a run kept aside (a
        pinned run): the keyframes' states are immutable and shared, the bookkeeping is its own,
        so nothing done to either timeline later changes the other. The copy stands nowhere
        until its first :meth:`goto_position`, which restores the trainer it is given."""
        other = _copy.copy(self)
        other._keys = [k.copy() for k in self._keys]
        other._current = -1
        return other

    def __repr__(self) -> str:
        return (f"Timeline({self._newest + 1} positions, at {self.describe()}, {len(self._keys)} keyframes, "
                f"{self._bytes / 1e6:.1f} MB)")


__all__ = ["Branch", "Timeline", "DEFAULT_BUDGET_BYTES", "DEFAULT_INTERVAL_S"]
