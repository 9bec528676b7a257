"""Lesson scripts: the beats a lecturer clicks through, as plain data (no Qt).

A :class:`Beat` is a caption to show large and one action with its parameters; a
:class:`Script` is the beats of one lesson, in order. Scripts are data (``to_dict`` /
``from_dict`` round-trip through plain dicts and lists), so a lesson file can carry its own.
A :class:`BeatPlayer` walks a script (next, back, position) and hands back the beats for the
window to perform through the session; it performs nothing itself.

Actions and their parameters:

=========  ====================================  ==============================================
action     parameters                            what the window does
=========  ====================================  ==============================================
load       lesson                                load that built-in lesson (a script may walk
                                                 across lessons, as the tutorials do)
step       kind (sample/batch/epoch), count=1    train that many steps
play       to_epoch                              train (animated) until that epoch
bias       on (bool)                             switch the bias on or off (a new network)
sample     index                                 show that training sample's forward pass
ask        values ({column: value})              put the question to the network
explain    layer, neuron                         open the step explainer on a neuron
map        layer, neuron                         show what a neuron computes over the plane
say        (none)                                only the caption
=========  ====================================  ==============================================

A caption may name numbers the engine has just computed, filled in after the action by
:func:`fill_caption`: ``{epoch}``, ``{loss}``, ``{train_accuracy}``, ``{test_accuracy}``,
``{n_train}``, ``{n_test}``, ``{outputs}`` (the network's output for every row of a small
table), ``{weights}`` (a small network's weights and biases) and ``{answer}`` (after ``ask``).
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field

import numpy as np

# action -> (required parameters, optional parameters with defaults)
ACTIONS: dict[str, tuple[tuple[str, ...], dict]] = {
    "load": (("lesson",), {}),
    "step": ((), {"kind": "epoch", "count": 1}),
    "play": (("to_epoch",), {}),
    "bias": ((), {"on": False}),
    "sample": (("index",), {}),
    "ask": (("values",), {}),
    "explain": (("layer", "neuron"), {}),
    "map": (("layer", "neuron"), {}),
    "say": ((), {}),
}
STEP_KINDS = ("sample", "batch", "epoch")
PLACEHOLDERS = ("epoch", "loss", "train_accuracy", "test_accuracy", "n_train", "n_test", "outputs", "weights", "answer")


@dataclass(frozen=True)
class Beat:
    """One click of a lesson: a caption and an action (see the module's table)."""

    caption: str
    action: str = "say"
    params: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown beat action {self.action!r}; choose one of {', '.join(ACTIONS)}")
        required, optional = ACTIONS[self.action]
        missing = [p for p in required if p not in self.params]
        if missing:
            raise ValueError(f"a {self.action!r} beat needs {', '.join(missing)}")
        unknown = set(self.params) - set(required) - set(optional)
        if unknown:
            raise ValueError(f"a {self.action!r} beat takes no {', '.join(sorted(unknown))}")
        if self.action == "step" and self.param("kind") not in STEP_KINDS:
            raise ValueError(f"a step beat's kind is one of {', '.join(STEP_KINDS)}")
        names = {f for _, f, _, _ in string.Formatter().parse(self.caption) if f}
        bad = names - set(PLACEHOLDERS)
        if bad:
            raise ValueError(f"unknown caption field {{{sorted(bad)[0]}}}; use {', '.join(PLACEHOLDERS)}")

    def param(self, name: str):
        """A parameter, or its default."""
        return self.params.get(name, ACTIONS[self.action][1].get(name))

    def to_dict(self) -> dict:
        out: dict = {"caption": self.caption, "action": self.action}
        if self.params:
            out["params"] = dict(self.params)
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Beat":
        return cls(str(d["caption"]), str(d.get("action", "say")), dict(d.get("params", {})))


@dataclass(frozen=True)
class Script:
    """The beats of one lesson. The first beat loads the lesson, so a script played from its
    start (or replayed to go back) always starts from the same state."""

    lesson: str
    beats: tuple[Beat, ...]

    def __post_init__(self) -> None:
        if not self.beats or self.beats[0].action != "load":
            raise ValueError("a script starts by loading its lesson")

    def __len__(self) -> int:
        return len(self.beats)

    def to_dict(self) -> dict:
        return {"lesson": self.lesson, "beats": [b.to_dict() for b in self.beats]}

    @classmethod
    def from_dict(cls, d: dict) -> "Script":
        return cls(str(d["lesson"]), tuple(Beat.from_dict(b) for b in d["beats"]))


class BeatPlayer:
    """Where a lecture is in a script. ``position`` counts the beats performed: 0 before the
    first, ``len(script)`` after the last. The player decides; the window performs."""

    def __init__(self, script: Script, position: int = 0) -> None:
        self.script = script
        self.position = max(0, min(position, len(script)))

    @property
    def current(self) -> Beat | None:
        """The beat performed last (its caption is on screen), None before the first."""
        return self.script.beats[self.position - 1] if self.position else None

    @property
    def at_end(self) -> bool:
        return self.position >= len(self.script)

    @property
    def label(self) -> str:
        return f"{self.position} / {len(self.script)}"

    def next(self) -> Beat | None:
        """The next beat to perform (and count it done); None at the end of the script."""
        if self.at_end:
            return None
        self.position += 1
        return self.script.beats[self.position - 1]

    def back(self) -> tuple[Beat, ...] | None:
        """Go back one beat: the beats to replay to reach it, from the last ``load`` beat at or
        before it (a load starts afresh, so the replay is exact and short). None at the first
        beat."""
        if self.position <= 1:
            return None
        self.position -= 1
        done = self.script.beats[: self.position]
        start = max(i for i, b in enumerate(done) if b.action == "load")
        return done[start:]

    def loaded_lesson(self) -> str:
        """The lesson the beats performed so far have loaded last (the script's own before any)."""
        loads = [b.param("lesson") for b in self.script.beats[: max(self.position, 1)] if b.action == "load"]
        return loads[-1] if loads else self.script.lesson

    def restart(self) -> Beat:
        """From the start: the first beat (it loads the lesson)."""
        self.position = 1
        return self.script.beats[0]


# --- performing a beat on a session (no window) ---------------------------------------------
def perform(session, beat: Beat) -> str:
    """Do ``beat``'s training and loading on ``session`` without a window, by the one table of
    what each action does (:mod:`nnviz.core.beat_actions`). Returns the answer of an ``ask``
    beat, else ""."""
    from .beat_actions import perform as perform_on_session   # here: that module imports this one

    return perform_on_session(session, beat)


# --- captions with the engine's numbers --------------------------------------------------------
def _percent(v) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


def _num(v: float) -> str:
    return f"{v:.3f}" if abs(v) < 1000 else f"{v:,.0f}"


def caption_values(session, answer: str = "") -> dict[str, str]:
    """Every placeholder's text for the session's current state (what the engine computed)."""
    t, p = session.trainer, session.problem
    latest = t.history_stats(-1) if len(t.history.epochs) else None
    test = session.evaluate("test")
    values = {
        "epoch": f"{t.epoch:,}",
        "loss": "—" if latest is None else f"{latest.train_loss:.4f}",
        "train_accuracy": _percent(session.evaluate("train").get("accuracy")) if p.is_classification else "—",
        "test_accuracy": _percent(test.get("accuracy")) if test else "— (no test split)",
        "n_train": str(len(p.X_train)),
        "n_test": str(len(p.X_test)) if p.X_test is not None else "0",
        "answer": answer or "—",
    }
    values["outputs"] = _outputs_text(session) if len(p.X_train) <= 8 else "—"
    values["weights"] = _weights_text(session)
    return values


def _outputs_text(session) -> str:
    """The network's output for every training row of a small table: "(0, 0) → 0.500"."""
    p = session.problem
    raw = p.x_scaler.inverse(p.X_train)
    out = np.asarray(session.predict(p.X_train), float)
    if p.task == "regression":
        out = p.y_scaler.inverse(out)
    rows = []
    for x, y in zip(raw, out):
        # No-break spaces: a caption wraps between rows, never inside "(0, 1) → 0.966".
        xs = ",\u00a0".join(f"{v:g}" for v in x)
        ys = ",\u00a0".join(_num(float(v)) for v in np.ravel(y))
        rows.append(f"({xs})\u00a0→\u00a0{ys}")
    return " · ".join(rows)


def _weights_text(session) -> str:
    """w and b of a small network (at most 12 weights), "—" for a bigger one."""
    net = session.trainer.network
    weights, biases = net.parameters()
    if sum(np.size(w) for w in weights) > 12:
        return "—"
    parts = []
    for i, w in enumerate(weights):
        tag = "" if len(weights) == 1 else str(i + 1)
        parts.append(f"w{tag} = [" + ", ".join(_num(float(v)) for v in np.ravel(w)) + "]")
        if session.settings.use_bias and biases is not None and i < len(biases) and biases[i] is not None:
            parts.append(f"b{tag} = [" + ", ".join(_num(float(v)) for v in np.ravel(biases[i])) + "]")
    return ", ".join(parts)


def fill_caption(caption: str, session, answer: str = "") -> str:
    """``caption`` with its placeholders filled from ``session`` (only those it names are
    computed)."""
    names = {f for _, f, _, _ in string.Formatter().parse(caption) if f}
    if not names:
        return caption
    values = caption_values(session, answer)
    return caption.format_map({k: values[k] for k in names})


# --- the built-in lessons' scripts -------------------------------------------------------------
def _b(caption: str, action: str = "say", **params) -> Beat:
    return Beat(caption, action, params)


# The tutorials' walk: OR → no bias → the virus table → XOR with one neuron → XOR with a hidden
# layer. Each part starts by loading its lesson, so F5 on any of them starts there.
_OR = (
    _b("OR gate: one neuron, weights w = [0.1, 0.2] and bias b = 0.3. It should answer 1 unless both inputs are 0.",
       "load", lesson="or-gate"),
    _b("Step one sample: the neuron sees (0, 0), computes σ(w·x + b), and nudges w and b. Now {weights}.",
       "step", kind="sample"),
    _b("The step explainer shows every number of that step for the output neuron.", "explain", layer=1, neuron=0),
    _b("10,000 epochs later it has learned OR: {outputs}.", "play", to_epoch=10_000),
)
_NO_BIAS_FROM_OR = (
    _b("Switch the bias off: at (0, 0) the sum w·x is 0 whatever w is. Outputs now: {outputs}.", "bias", on=False),
    _b("2,000 epochs without a bias: (0, 0) is stuck at σ(0) = 0.5. {outputs}.", "play", to_epoch=2000),
)
_NO_BIAS = (
    _b("OR without a bias: at (0, 0) the sum w·x is 0 whatever w is. Outputs now: {outputs}.", "load", lesson="no-bias"),
    _NO_BIAS_FROM_OR[1],
)
_VIRUS = (
    _b("The virus table: four yes/no symptoms, one neuron. Which symptom is the sign of infection?", "load", lesson="virus"),
    _b("2,000 epochs: the largest weight is the answer. {weights}.", "play", to_epoch=2000),
)
_XOR_ONE = (
    _b("XOR: (0, 1) and (1, 0) are 1, (0, 0) and (1, 1) are 0. One neuron draws one straight line.",
       "load", lesson="xor-no-hidden"),
    _b("2,000 epochs: no straight line separates XOR, so it ends up unsure everywhere. {outputs}.", "play", to_epoch=2000),
)
_XOR = (
    _b("XOR with a hidden layer of four tanh neurons.", "load", lesson="xor"),
    _b("2,000 epochs: each hidden neuron draws a line, and together they get all four right. {outputs}.",
       "play", to_epoch=2000),
    _b("What the first hidden neuron computes over the plane: one straight cut.", "map", layer=1, neuron=0),
)
_HOUSE = (
    _b("House prices: bedrooms and quality → price, through a 2-3-1 network whose weights all start at 0.5.",
       "load", lesson="house"),
    _b("The first forward pass, before any training: {outputs} (the tutorial prints these prices divided by 100).",
       "explain", layer=1, neuron=0),
    _b("One epoch: the three rows' errors, summed, update every weight. Loss {loss}.", "step", kind="epoch"),
    _b("1,000 epochs later: {outputs}.", "play", to_epoch=1000),
    _b("The tutorial's question: 4 bedrooms and quality 7? The network says {answer}.",
       "ask", values={"bedrooms": 4, "quality": 7}),
    _b("Question: every weight started at 0.5, so why are the three hidden neurons still identical? {weights}."),
)
_IRIS = (
    _b("Iris: three species from four flower measurements. The boundary shows the petals; the sepals are held at their mean.",
       "load", lesson="iris"),
    _b("Training goes one sample at a time: one flower, one update of every weight.", "step", kind="sample"),
    _b("One epoch: all {n_train} training flowers, one at a time. Test accuracy so far {test_accuracy}.",
       "step", kind="epoch"),
    _b("100 epochs: training accuracy {train_accuracy}; on the {n_test} test flowers it never saw, {test_accuracy}.",
       "play", to_epoch=100),
    _b("The tutorial's flower (sepals 6.0 × 3.0 cm, petals 4.5 × 1.5 cm): the network says {answer}.",
       "ask", values={"sepal_length_cm": 6.0, "sepal_width_cm": 3.0, "petal_length_cm": 4.5, "petal_width_cm": 1.5}),
)
_DIABETES = (
    _b("Diabetes: one neuron separates diabetic from healthy patients by glucose and blood pressure.",
       "load", lesson="diabetes"),
    _b("300 epochs: a straight boundary. Training accuracy {train_accuracy}, test accuracy {test_accuracy}.",
       "play", to_epoch=300),
    _b("Glucose 150 and blood pressure 85: the network says {answer}.", "ask", values={"glucose": 150, "blood_pressure": 85}),
)

SCRIPTS: dict[str, Script] = {
    "or-gate": Script("or-gate", _OR + _NO_BIAS_FROM_OR + _VIRUS + _XOR_ONE + _XOR),
    "no-bias": Script("no-bias", _NO_BIAS + _VIRUS + _XOR_ONE + _XOR),
    "virus": Script("virus", _VIRUS + _XOR_ONE + _XOR),
    "xor-no-hidden": Script("xor-no-hidden", _XOR_ONE + _XOR),
    "xor": Script("xor", _XOR),
    "house": Script("house", _HOUSE),
    "iris": Script("iris", _IRIS),
    "diabetes": Script("diabetes", _DIABETES),
}


def _playground_script(name: str) -> Script:
    """A playground set: the lesson, one epoch, a full run, and what a hidden neuron computes."""
    from .lessons import get_lesson

    lesson = get_lesson(name)
    epochs = lesson.settings.config.epochs
    score = "training loss {loss}" if lesson.name == "plane" else "training accuracy {train_accuracy}, test accuracy {test_accuracy}"
    beats = [
        _b(lesson.caption, "load", lesson=name),
        _b("One epoch: every point once, and the boundary moves a little. Training loss {loss}.", "step", kind="epoch"),
        _b(f"{epochs:,} epochs: " + score + ".", "play", to_epoch=epochs),
    ]
    if lesson.settings.hidden:
        beats.append(_b("What the first hidden neuron computes over the plane: the piece it adds to the boundary.",
                        "map", layer=1, neuron=0))
    return Script(name, tuple(beats))


def script_for(lesson_name: str | None) -> Script | None:
    """The script of a lesson: the beats its lesson file gives, else the built-in script (None
    for a person's own table)."""
    if lesson_name is None:
        return None
    from .lessons import get_lesson

    try:
        lesson = get_lesson(lesson_name)
    except ValueError:
        return None
    if lesson.beats:
        beats = tuple(Beat.from_dict(b) for b in lesson.beats)
        if beats[0].action != "load":
            beats = (Beat(f"{lesson.title}: {lesson.caption}", "load", {"lesson": lesson.name}), *beats)
        return Script(lesson.name, beats)
    if lesson_name in SCRIPTS:
        return SCRIPTS[lesson_name]
    from .lessons import LESSONS

    if lesson_name in LESSONS:
        SCRIPTS[lesson_name] = _playground_script(lesson_name)
        return SCRIPTS[lesson_name]
    return None
