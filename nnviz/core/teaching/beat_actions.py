"""What each lesson beat's action does, in one table (no Qt).

A beat's action is done on a *target*. :class:`SessionTarget` does each action at once on a
bare session: replaying beats to go back, tests, scripts. The window gives a target of its
own (a subclass) that decides how: training through its worker, animated, and its views
following. :data:`ACTIONS` says what each action asks of the target:

=========  ==========================================  =======================================
action     target call                                 on a bare session
=========  ==========================================  =======================================
load       ``load(lesson)``                            load that lesson
step       ``step(kind, count)``                       that many steps of that size
play       ``train_to(epoch)``                         "Stop at" = epoch, train until it
bias       ``set_bias(on)``                            a new network with / without the bias
ask        ``ask(values)`` → the answer in words       the network's answer
compare    ``compare((name, value), epoch)``           pin the run, change that one choice,
                                                       train again from the same start to epoch
sample     ``show_sample(row)``                        checks the row is a training row
explain,   (none: they only change what is shown,
map, say,  see ``nnviz.ui.view_state``)
quiz
=========  ==========================================  =======================================

A ``sample`` beat's ``index`` is a row of the table as its file has it, counted from 1 (the
first data row; the header is not a row): :func:`~nnviz.core.data.problem.row_position` finds where that row landed
among the training rows, and refuses, in one line, a row the split put elsewhere.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

import numpy as np

from ..data.csvdata import encode_inputs
from ..data.problem import row_position
from ..tr import translate
from .beats import Beat


def bias_settings(settings, on: bool):
    """A copy of ``settings`` with the bias switched on or off (explicit starting biases go)."""
    return replace(settings.copy(), use_bias=bool(on), biases=None)


def compare_change(beat: Beat) -> tuple[str, object]:
    """The one choice a ``compare`` beat changes: ``(name, value)``, name one of lr, seed, bias,
    activation, hidden."""
    for name in ("lr", "seed", "bias", "activation", "hidden"):
        if beat.params.get(name) is not None:
            return name, beat.params[name]
    raise ValueError(translate("Beats", "a compare beat changes one of lr, seed, bias, activation, hidden"))


def compare_settings(settings, name: str, value):
    """A copy of ``settings`` with one choice changed, as a ``compare`` beat changes it. A new
    seed draws new start weights; a new hidden layout drops given start weights (they no longer
    fit). ValueError (one line) for an activation on a network without a hidden layer."""
    s = settings.copy()
    if name == "lr":
        s.config = replace(s.config, lr=float(value))
        return s
    if name == "seed":
        s = replace(s, seed=int(value), weights=None, biases=None)
        s.config = replace(s.config, seed=int(value))
        return s
    if name == "bias":
        return bias_settings(s, bool(value))
    if name == "activation":
        if not s.hidden:
            raise ValueError(translate("Beats", "this network has no hidden layer, so no hidden activation to change"))
        return replace(s, hidden_activations=(str(value),) * len(s.hidden))
    if name == "hidden":
        sizes = tuple(int(n) for n in value)
        act = s.hidden_activations[0] if s.hidden_activations else "tanh"
        return replace(s, hidden=sizes, hidden_activations=(act,) * len(sizes), weights=None, biases=None)
    raise ValueError(translate("Beats", "a compare beat cannot change {0}").format(repr(name)))


def answer(session, values: dict) -> str:
    """The network's answer to ``values`` (original units), in words (ValueError when a
    column is missing or a value does not fit)."""
    x = encode_inputs(session.problem, values)
    return session.problem.describe_output(np.asarray(session.predict(x), float)[0])


def set_stop_epoch(session, epochs: int) -> None:
    """The run's "Stop at" becomes ``epochs`` (as the window's animated play sets it)."""
    s = session.settings.copy()
    s.config = replace(s.config, epochs=int(epochs))
    session.apply_settings(s)


class SessionTarget:
    """The beat actions on a bare session, each done at once."""

    def __init__(self, session) -> None:
        self.session = session

    def load(self, lesson: str) -> None:
        self.session.load_lesson(lesson)

    def step(self, kind: str, count: int) -> None:
        for _ in range(count):
            self.session.step(kind)

    def train_to(self, epoch: int) -> None:
        set_stop_epoch(self.session, epoch)
        for _ in self.session.run(epoch):
            pass

    def set_bias(self, on: bool) -> None:
        self.session.apply_settings(bias_settings(self.session.settings, on))

    def compare(self, change: tuple[str, object], epoch: int) -> None:
        """Pin the run, change one choice, train again from the same start to ``epoch``."""
        self.session.pin()
        self.session.apply_settings(compare_settings(self.session.settings, *change))
        self.train_to(epoch)

    def ask(self, values: dict) -> str:
        return answer(self.session, values)

    def show_sample(self, row: int) -> None:
        """Nothing to show on a bare session: only check the row is a training row."""
        row_position(self.session.problem, row)


# action -> what it asks of the target (None: only what is shown changes); every action of
# ``nnviz.core.teaching.beats.ACTIONS`` has its line. Returns the answer of an ``ask``, else None.
ACTIONS: dict[str, Callable[[SessionTarget, Beat], str | None] | None] = {
    "load": lambda t, b: t.load(b.param("lesson")),
    "step": lambda t, b: t.step(b.param("kind"), int(b.param("count"))),
    "play": lambda t, b: t.train_to(int(b.param("to_epoch"))),
    "compare": lambda t, b: t.compare(compare_change(b), int(b.param("to_epoch"))),
    "bias": lambda t, b: t.set_bias(bool(b.param("on"))),
    "ask": lambda t, b: t.ask(b.param("values")),
    "sample": lambda t, b: t.show_sample(b.param("index")),
    "explain": None,
    "map": None,
    "quiz": None,
    "say": None,
}


def do_beat(target: SessionTarget, beat: Beat) -> str:
    """Do ``beat``'s action on ``target``; the answer of an ``ask`` beat, else ""."""
    action = ACTIONS[beat.action]
    return (action(target, beat) or "") if action is not None else ""


def perform(session, beat: Beat) -> str:
    """Do ``beat``'s training and loading on ``session`` without a window (the window does the
    same, animated, and replays through this to go back). View-only actions (sample, explain,
    map, say) change nothing here. Returns the answer of an ``ask`` beat, else ""."""
    return do_beat(SessionTarget(session), beat)
