"""Lesson scripts: the beats a lecturer clicks through, as plain data (no Qt).

A :class:`Beat` is a caption to show large and one action with its parameters; a
:class:`Script` is the beats of one lesson, in order. Scripts are data (``to_dict`` /
``from_dict`` round-trip through plain dicts and lists): every lesson's script is the
``[[beats]]`` of its lesson file (:func:`script_for`).
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
compare    to_epoch and one of lr, seed, bias,   pin the run, change that one choice, train
           activation, hidden                    again from the same start until that epoch
bias       on (bool)                             switch the bias on or off (a new network)
sample     index                                 show the forward pass of that row of the table
                                                 (1 = its first data row; a training row)
ask        values ({column: value})              put the question to the network
explain    layer, neuron                         open the step explainer on a neuron
map        layer, neuron                         show what a neuron computes over the plane
quiz       quantity, layer, neuron, weight=None  ask the room one number of the step (z, a,
                                                 loss, delta, grad_w, grad_b, new_w, new_b),
                                                 hidden in the explainer until the next click
say        (none)                                only the caption
=========  ====================================  ==============================================

Besides its action, a beat says what the room sees (every key optional; a key left out takes
the lesson's default, never what the previous beat showed): ``pane`` (the view in front:
boundary, loss, confusion, explainer or map; by default the explainer for ``explain``, the map
for ``map``, else the boundary), ``toggles = {weights, maps, phases}`` (the diagram's switches,
off by default), ``sample`` (the training row whose forward pass the diagram shows; by default
the row a one-sample step trained, else the first) and ``neuron = [layer, index]``. ``seconds``
paces a ``play`` beat (the run takes about that long, :data:`PLAY_SECONDS` by default);
``reveal = true`` holds the answer back until the next click (:func:`held_caption`); ``notes``
are for the presenter alone.

A caption may name numbers the engine has just computed, filled in after the action by
:func:`fill_caption` (:data:`PLACEHOLDERS`, each with what it says):

=================  ==========================================================================
epoch, loss        the epoch reached and its training loss
train_accuracy,    accuracy on the training rows and on the test split
test_accuracy
n_train, n_val,    how many rows each split holds
n_test
outputs            the network's output for every row of a small table (at most 8 rows)
weights            a small network's weights and biases (at most 12 weights)
weights_ranked     a one-neuron network's inputs, largest weight first, with their weights
forward_pass       z, a for every layer and ŷ, for every row of a small table, laid out as
                   the house tutorial prints them (rows side by side)
house_printout     the network's ŷ for the rows the house tutorial's printout really came from
same_inputs        rows (numbered as in the table) with the same inputs and different targets,
                   and the best accuracy any model can reach because of them
tutorial4_outputs  what tutorial 4's own code ends with on OR (:mod:`.tutorial4`, σ twice)
tutorial4_delta    tutorial 4's first δ, for the row (0, 0)
first_delta        the engine's first δ, for the first training row at the lesson's start
answer             the network's answer (after ``ask``)
=================  ==========================================================================
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..text import grouped, list_separator, local
from ..tr import language, translate
from . import tutorial4
from .captions import PLACEHOLDERS, caption_fields, fill
from .lesson_data import HOUSE_PRINTED_X
from .lessons import get_lesson

# action -> (required parameters, optional parameters with defaults)
ACTIONS: dict[str, tuple[tuple[str, ...], dict]] = {
    "load": (("lesson",), {}),
    "step": ((), {"kind": "epoch", "count": 1}),
    "play": (("to_epoch",), {}),
    "compare": (("to_epoch",), {"lr": None, "seed": None, "bias": None, "activation": None, "hidden": None}),
    "bias": ((), {"on": False}),
    "sample": (("index",), {}),
    "ask": (("values",), {}),
    "explain": (("layer", "neuron"), {}),
    "map": (("layer", "neuron"), {}),
    "quiz": (("quantity", "layer", "neuron"), {"weight": None}),
    "say": ((), {}),
}
STEP_KINDS = ("sample", "batch", "epoch")
PANES = ("boundary", "loss", "confusion", "explainer", "map")
TOGGLES = ("weights", "maps", "phases")
VIEW_KEYS = ("pane", "toggles", "sample", "neuron", "reveal", "seconds", "notes")
PLAY_SECONDS = 4.0              # a play beat's run takes about this long unless it says
MAX_SECONDS = 600.0
REVEALED = ("outputs", "answer", "test_accuracy")   # what a reveal beat holds back


@dataclass(frozen=True)
class Beat:
    """One click of a lesson: a caption and an action (see the module's table). ``notes`` are
    for the lecturer's console only, never shown to the room."""

    caption: str
    action: str = "say"
    params: dict = field(default_factory=dict)
    pane: str | None = None
    toggles: dict = field(default_factory=dict)
    sample: int | None = None
    neuron: tuple[int, int] | None = None
    reveal: bool = False
    seconds: float | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(translate("Beats", "unknown beat action {0}; choose one of {1}").format(
                repr(self.action), ", ".join(ACTIONS)))
        required, optional = ACTIONS[self.action]
        missing = [p for p in required if p not in self.params]
        if missing:
            raise ValueError(translate("Beats", "a {0} beat needs {1}").format(repr(self.action), ", ".join(missing)))
        unknown = set(self.params) - set(required) - set(optional)
        if unknown:
            raise ValueError(translate("Beats", "a {0} beat takes no {1}").format(repr(self.action), ", ".join(sorted(unknown))))
        if self.action == "compare":
            given = [k for k in ACTIONS["compare"][1] if self.params.get(k) is not None]
            if len(given) != 1:
                raise ValueError(translate("Beats", "a compare beat changes exactly one of {0}").format(
                    ", ".join(ACTIONS["compare"][1])))
        if self.action == "step" and self.param("kind") not in STEP_KINDS:
            raise ValueError(translate("Beats", "a step beat's kind is one of {0}").format(", ".join(STEP_KINDS)))
        self._check_view()
        caption_fields(self.caption)      # CaptionError (a ValueError): one line

    def _check_view(self) -> None:
        if self.pane is not None and self.pane not in PANES:
            raise ValueError(translate("Beats", "unknown pane {0}; choose one of {1}").format(repr(self.pane), ", ".join(PANES)))
        if not isinstance(self.toggles, dict):
            raise ValueError(translate("Beats", "toggles is a table such as {0}").format("{weights = true, maps = false}"))
        for k, v in self.toggles.items():
            if k not in TOGGLES:
                raise ValueError(translate("Beats", "unknown toggle {0}; choose from {1}").format(repr(k), ", ".join(TOGGLES)))
            if not isinstance(v, bool):
                raise ValueError(translate("Beats", "toggle {0} is true or false").format(k))
        if self.sample is not None and (isinstance(self.sample, bool) or not isinstance(self.sample, int)
                                        or self.sample < 0):
            raise ValueError(translate("Beats", "sample is a row number, 0 or more"))
        if self.neuron is not None:
            n = self.neuron
            if (not isinstance(n, tuple) or len(n) != 2
                    or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in n)):
                raise ValueError(translate("Beats", "neuron is [layer, index], two whole numbers"))
        if not isinstance(self.reveal, bool):
            raise ValueError(translate("Beats", "reveal is true or false"))
        if self.seconds is not None and (isinstance(self.seconds, bool) or not isinstance(self.seconds, (int, float))
                                         or not 0 < self.seconds <= MAX_SECONDS):
            raise ValueError(translate("Beats", "seconds is a number above 0 and at most {0}").format(local(f"{MAX_SECONDS:g}")))
        if not isinstance(self.notes, str):
            raise ValueError(translate("Beats", "notes is a text"))

    def param(self, name: str):
        """A parameter, or its default."""
        return self.params.get(name, ACTIONS[self.action][1].get(name))

    @property
    def play_seconds(self) -> float:
        """How long a play beat's run takes (about)."""
        return float(self.seconds) if self.seconds is not None else PLAY_SECONDS

    def view_dict(self) -> dict:
        """The beat's view keys as a lesson file writes them (only those it declares)."""
        out: dict = {}
        if self.pane is not None:
            out["pane"] = self.pane
        if self.toggles:
            out["toggles"] = dict(self.toggles)
        if self.sample is not None:
            out["sample"] = self.sample
        if self.neuron is not None:
            out["neuron"] = list(self.neuron)
        if self.reveal:
            out["reveal"] = True
        if self.seconds is not None:
            out["seconds"] = self.seconds
        if self.notes:
            out["notes"] = self.notes
        return out

    def to_dict(self) -> dict:
        out: dict = {"caption": self.caption, "action": self.action}
        params = {**self.params, **self.view_dict()}
        if params:
            out["params"] = params
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Beat":
        """A beat from its plain form: the view keys (:data:`VIEW_KEYS`) are taken out of the
        parameters (an ``explain`` or ``map`` beat's ``neuron = 2`` stays its parameter)."""
        action = str(d.get("action", "say"))
        params = dict(d.get("params", {}))
        if "notes" in d:              # older plain forms kept the notes beside the parameters
            params.setdefault("notes", d["notes"])
        view = {}
        for key in VIEW_KEYS:
            if key not in params:
                continue
            if key == "neuron" and not isinstance(params[key], (list, tuple)):
                continue        # the explained or mapped neuron's index, a parameter
            view[key] = params.pop(key)
        if "neuron" in view:
            view["neuron"] = tuple(view["neuron"])
        captions = d.get("captions") if isinstance(d.get("captions"), dict) else {}
        caption = captions.get(language(), d["caption"])     # the file's text in this language
        return cls(str(caption), action, params, **view)


@dataclass(frozen=True)
class Script:
    """The beats of one lesson. The first beat loads the lesson, so a script played from its
    start (or replayed to go back) always starts from the same state."""

    lesson: str
    beats: tuple[Beat, ...]

    def __post_init__(self) -> None:
        if not self.beats or self.beats[0].action != "load":
            raise ValueError(translate("Beats", "a script starts by loading its lesson"))

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


# --- captions with the engine's numbers --------------------------------------------------------
def _percent(v) -> str:
    return "—" if v is None else local(f"{100 * v:.1f}%")


def caption_values(session, answer: str = "", names=PLACEHOLDERS) -> dict[str, str]:
    """The text of each placeholder in ``names`` for the session's current state (what the
    engine computed)."""
    fields = {name: _FIELDS[name] for name in names}
    return {name: (answer or "—") if name == "answer" else f(session) for name, f in fields.items()}


def _epoch(session) -> str:
    """Epochs finished, and samples into the next as the toolbar writes them ("0 +1")."""
    t = session.trainer
    return local(f"{t.epoch:,}" + (f" +{t.cursor:,}" if t.cursor else ""))


def _loss(session) -> str:
    t = session.trainer
    return "—" if not len(t.history.epochs) else local(f"{t.history_stats(-1).train_loss:.4f}")


def _train_accuracy(session) -> str:
    return _percent(session.evaluate("train").get("accuracy")) if session.problem.is_classification else "—"


def _test_accuracy(session) -> str:
    test = session.evaluate("test")
    return _percent(test.get("accuracy")) if test else translate("Captions", "— (no test split)")


def _count(split: str):
    def count(session) -> str:
        X = session.problem.split(split)[0]
        return str(0 if X is None else len(X))
    return count


def _small_table(session) -> bool:
    return len(session.problem.X_train) <= 8


def _outputs_text(session) -> str:
    """The network's output for every training row of a small table: "(0, 0) → 0.500"."""
    if not _small_table(session):
        return "—"
    p = session.problem
    raw = p.x_scaler.inverse(p.X_train)
    out = np.asarray(session.predict(p.X_train), float)
    if p.task == "regression":
        out = p.y_scaler.inverse(out)
    rows = []
    for x, y in zip(raw, out):
        # No-break spaces: a caption wraps between rows, never inside "(0, 1) → 0.966".
        xs = _sep().join(local(f"{v:g}") for v in x)
        ys = _sep().join(grouped(float(v), ".3f") for v in np.ravel(y))
        rows.append(f"({xs})\u00a0→\u00a0{ys}")
    return " · ".join(rows)


def _weights_text(session) -> str:
    """w and b of a small network (at most 12 weights) in the tutorials' notation, "—" for a
    bigger one: a scalar bare ("b = 0.293"), one neuron's weights as a vector
    ("w = [0.100, 0.200]") and a layer of several neurons as its matrix, row by row (rows: the
    inputs, columns: the neurons; "w1 = [[0.503, 0.503, 0.503], [0.503, 0.503, 0.503]]")."""
    net = session.trainer.network
    weights, biases = net.parameters()
    if sum(np.size(w) for w in weights) > 12:
        return "—"
    parts = []
    for i, w in enumerate(weights):
        tag = "" if len(weights) == 1 else str(i + 1)
        parts.append(f"w{tag} = {tutorial_array(w)}")
        if session.settings.use_bias and biases is not None and i < len(biases) and biases[i] is not None:
            parts.append(f"b{tag} = {tutorial_array(biases[i])}")
    return list_separator().join(parts)


def tutorial_array(values) -> str:
    """A scalar bare, a vector (or a one-column matrix) in brackets, a matrix as its rows."""
    a = np.asarray(values, dtype=float)
    if a.size == 1:
        return grouped(float(a.ravel()[0]), ".3f")
    if a.ndim == 1 or a.shape[1] == 1:
        return "[" + list_separator().join(grouped(float(v), ".3f") for v in a.ravel()) + "]"
    return "[" + list_separator().join("[" + list_separator().join(grouped(float(v), ".3f") for v in row) + "]"
                                       for row in a) + "]"


def _sep() -> str:
    """Between the numbers of a row, with a no-break space: ",\u00a0", or ";\u00a0" with a decimal comma."""
    return list_separator().rstrip() + "\u00a0"


def _row_text(x) -> str:
    return "(" + _sep().join(local(f"{v:g}") for v in x) + ")"


def _weights_ranked(session) -> str:
    """A one-neuron network's inputs, largest weight first: "loss of smell 7.548, …"."""
    weights, _ = session.trainer.network.parameters()
    if len(weights) != 1 or weights[0].shape[1] != 1:
        return "—"
    w = np.ravel(weights[0])
    names = session.problem.feature_names
    return ", ".join(f"{names[i]} {grouped(float(w[i]), '.3f')}" for i in np.argsort(-w, kind="stable"))


def _matrix(rows, fmt: str) -> str:
    """Rows of numbers side by side, as the house tutorial's printout lists them."""
    return " | ".join("\u00a0".join(local(format(float(v), fmt)) for v in np.ravel(r)) for r in rows)


def _forward_pass(session) -> str:
    """z2, a2, z3, …, ŷ of every row of a small table (the inputs are layer 1, as in the house
    tutorial), one line each, the rows side by side; ŷ to 8 decimals as the tutorial prints it."""
    if not _small_table(session):
        return "—"
    trace = session.trainer.network.forward(session.problem.X_train)
    lines = []
    for l, (z, a) in enumerate(zip(trace.zs, trace.activations[1:])):
        lines.append(f"z{l + 2} = {_matrix(z, '.3f')}")
        last = l == len(trace.zs) - 1
        lines.append(f"ŷ = {_matrix(a, '.8f')}" if last else f"a{l + 2} = {_matrix(a, '.3f')}")
    return "\n".join(lines)


def _house_printout(session) -> str:
    """The network's ŷ (as the tutorial prints it, to 8 decimals) for the rows the house
    tutorial's printout came from: (2, 9), (1, 5), (3, 6)."""
    p = session.problem
    if p.n_features != HOUSE_PRINTED_X.shape[1] or p.raw_columns is None:
        return "—"
    out = session.predict(p.x_scaler.transform(HOUSE_PRINTED_X))
    return " · ".join(f"{_row_text(x)}\u00a0→\u00a0{local(f'{float(y[0]):.8f}')}" for x, y in zip(HOUSE_PRINTED_X, out))


def _same_inputs(session) -> str:
    """Training rows with the same inputs and different targets, numbered as in the table, and
    the best training accuracy any model can reach because of them."""
    p = session.problem
    if not p.is_classification or not _small_table(session):
        return "—"
    raw = p.x_scaler.inverse(p.X_train)
    labels = p.labels(p.Y_train)
    names = p.class_names or ["0", "1"]
    numbers = np.arange(1, len(raw) + 1) if p.train_rows is None else np.asarray(p.train_rows) + 1
    groups: dict[tuple, list[int]] = {}
    for i, x in enumerate(raw):
        groups.setdefault(tuple(np.round(x, 9)), []).append(i)
    parts, best = [], 0
    for rows in groups.values():
        counts = np.bincount(labels[rows], minlength=len(names))
        best += int(counts.max())
        if np.count_nonzero(counts) > 1:
            said = translate("Captions", " and ").join(
                translate("Captions", "{0} in row {1}").format(names[labels[i]], numbers[i]) for i in rows)
            parts.append(translate("Captions", "{0} is {1}").format(_row_text(raw[rows[0]]), said))
    if not parts:
        return translate("Captions", "no two rows have the same inputs")
    n = len(raw)
    return translate("Captions", "{0}: at most {1} of {2} rows ({3}%) can be right").format(
        "; ".join(parts), best, n, local(f"{100 * best / n:.1f}"))


def _tutorial4_outputs(session) -> str:
    run = tutorial4.result()
    return " · ".join(f"{_row_text(x)}\u00a0→\u00a0{local(f'{v:.3f}')}" for x, v in zip(tutorial4.OR_X, run.outputs))


def _tutorial4_delta(session) -> str:
    return local(f"{tutorial4.result().first_deltas[0]:.4f}")


def _first_delta(session) -> str:
    """The output's δ for the first training row with the lesson's starting network: what the
    engine's first step computes."""
    lesson = session.lesson
    if lesson is None:
        return "—"
    t = lesson.trainer(session.settings.seed)
    X, Y = t.problem.X_train[:1], t.problem.Y_train[:1]
    grads = t.network.backward(t.network.forward(X), Y, t.loss_fn, reduction=t.config.reduction)
    return local(f"{float(np.ravel(grads.deltas[-1])[0]):.4f}")


# placeholder -> its text for a session (``answer`` is the ask beat's, filled by caption_values)
_FIELDS = {
    "epoch": _epoch, "loss": _loss, "train_accuracy": _train_accuracy, "test_accuracy": _test_accuracy,
    "n_train": _count("train"), "n_val": _count("val"), "n_test": _count("test"),
    "outputs": _outputs_text, "weights": _weights_text, "weights_ranked": _weights_ranked,
    "forward_pass": _forward_pass, "house_printout": _house_printout, "same_inputs": _same_inputs,
    "tutorial4_outputs": _tutorial4_outputs, "tutorial4_delta": _tutorial4_delta, "first_delta": _first_delta,
    "answer": None,
}
assert set(_FIELDS) == set(PLACEHOLDERS)


def held_caption(beat: Beat) -> str:
    """A reveal beat's question: its caption with the answer held back. A caption that names
    an answer (:data:`REVEALED`) shows what comes before it and "?"; a caption without one
    shows its text up to its last paragraph (the answer after a blank line)."""
    caption = beat.caption
    names = caption_fields(caption)
    if any(n in REVEALED for n in names):
        first = min(caption.index("{" + n) for n in names if n in REVEALED)
        return caption[:first].rstrip(" :—(") + " … ?"
    if "\n\n" in caption:
        return caption.rsplit("\n\n", 1)[0].strip() + "\n\n?"
    return caption


def fill_caption(caption: str, session, answer: str = "") -> str:
    """``caption`` with its placeholders filled from ``session`` (only when it names any). The
    caption is never used as a format string: see :mod:`nnviz.core.teaching.captions`."""
    names = caption_fields(caption)
    if not names:
        return fill(caption, {})           # "{{" and "}}" become braces, as they always did
    return fill(caption, caption_values(session, answer, names))


# --- a lesson's script, from its lesson file ----------------------------------------------------
def script_for(lesson_name: str | None) -> Script | None:
    """The script of a lesson: the beats its lesson file gives (a ``load`` of the lesson in
    front if they do not start with one), then the script of the lesson its ``continue_with``
    names. None for a lesson without beats (a person's own table) or an unknown name."""
    return _script(lesson_name, ())


def _script(lesson_name: str | None, seen: tuple[str, ...]) -> Script | None:
    if lesson_name is None or lesson_name in seen:      # a walk that comes back ends there
        return None
    try:
        lesson = get_lesson(lesson_name)
    except ValueError:
        return None
    if not lesson.beats:
        return None
    beats = tuple(Beat.from_dict(b) for b in lesson.beats)
    if beats[0].action != "load":
        shown = lesson.in_language()
        beats = (Beat(f"{shown.title}: {shown.caption}", "load", {"lesson": lesson.name}), *beats)
    rest = _script(lesson.continue_with, (*seen, lesson.name))
    return Script(lesson.name, beats + (rest.beats if rest is not None else ()))
