"""Lesson files: one readable TOML file per lesson, written by a teacher or shipped with nnviz.

::

    title = "OR gate (perceptron)"
    caption = "One neuron with a bias learns OR."
    notes = ["Tutorial 4: a perceptron, lr 0.05."]

    [data]
    table = "or"                # or: generated = "circle" / csv = "my.csv" / shipped = "iris.csv"

    [network]
    hidden = []
    weights = [[0.1, 0.2]]      # explicit start weights, one matrix (inputs × outputs) per layer

    [training]
    loss = "mse"
    lr = 0.05

    [[beats]]                   # presentation mode: one click, in order
    caption = "Watch the output at (0, 0): {outputs}."
    action = "play"
    to_epoch = 500              # the action's parameters (see nnviz.core.teaching.beats)

A script starts by loading its lesson: a file whose first beat is not ``action = "load"`` gets
one (its title and caption) in front. ``continue_with = "xor"`` (a top-level key) goes on, after
the file's own beats, with the named lesson's script: the tutorials walk OR → virus → XOR so.

:func:`read_lesson_file` / :func:`parse_lesson` turn a file into a
:class:`~nnviz.core.teaching.lesson_data.Lesson`; :func:`lesson_to_toml` writes one back (``load → write →
load`` gives an equal Lesson). Every mistake is a :class:`LessonFileError` whose ``str()`` is
one line naming the file, the key and what is wrong.

The built-in lessons are such files inside the package (``nnviz/resources/lessons/NN-name.toml``,
read with :mod:`importlib.resources`, so an installed wheel finds them too); their numeric
prefix gives the order of the lesson picker.
"""
from __future__ import annotations

import difflib
import functools
import math
import os
import sys
from dataclasses import fields, replace
from importlib import resources
from pathlib import Path


if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from ..data.datasets import GENERATORS
from ..data.features import parse_features
from ..data.problem import SCALINGS, DataError, row_position
from ..engine.activations import HIDDEN_ACTIVATIONS
from ..engine.network import INITS
from ..engine.settings import Settings, build_trainer
from ..engine.training import TrainConfig
from ..limits import (
    MAX_BEATS,
    MAX_CAPTION_CHARS,
    MAX_COLUMNS,
    MAX_EPOCHS,
    MAX_INT,
    MAX_LESSON_BYTES,
    MAX_NAME_CHARS,
    MAX_NESTING,
    MAX_NOTES,
    MAX_PATH_CHARS,
    MAX_POINTS,
    MAX_TITLE_CHARS,
    LimitError,
    bracket_depth,
    check_hidden,
    check_int,
    check_number,
    check_text,
    nesting_depth,
    toml_depth,
    open_regular,
)
from .beat_schema import BeatError, check_beat, did_you_mean
from .lesson_languages import beat_captions, read_translations, split_beat
from ..text import file_label, local, one_line
from ..tr import LANGUAGES, translate
from .lesson_data import TABLES, DataSpec, Lesson
from .lesson_writer import FORMAT, csv_path, lesson_to_toml, write_lesson_file  # noqa: F401  (part of this module's API)
from .quiz import AnswerError, ExerciseError, check_exercises, check_refs, exercise_refs_ok, parse_answer

LESSON_PACKAGE = "nnviz"
LESSON_FOLDER = ("resources", "lessons")

TOP_KEYS = ("format", "name", "title", "caption", "notes", "question", "playground", "data", "network",
            "training", "beats", "continue_with", "exercises", *LANGUAGES)

DATA_SOURCES = ("table", "generated", "csv", "shipped")
DATA_KEYS = {
    "table": ("inputs",),
    "generated": ("points", "noise", "seed", "split", "inputs"),
    "csv": ("target", "features", "scaling", "split", "missing", "inputs", "image"),
    "shipped": ("target", "features", "scaling", "split", "missing", "inputs", "image"),
}
MAX_IMAGE_SIDE = 64       # a picture's rows or columns (the inputs stay within the column limit)
NETWORK_KEYS = ("hidden", "activation", "output", "bias", "init", "init_value", "seed", "weights", "biases")
OUTPUT_ACTIVATIONS = ("sigmoid", "softmax", "linear", "tanh", "relu")


class LessonFileError(ValueError):
    """A lesson file that cannot be used; ``str()`` is one line: ``FILE: KEY: what is wrong``
    (white space folded, and cut: a message quoting a file's text stays short)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(one_line(message, 400))


# =============================================================================================
# reading
# =============================================================================================
def read_lesson_file(path: str | os.PathLike, check: bool = True) -> Lesson:
    """The :class:`Lesson` in the TOML file at ``path``. A CSV path in it is relative to the
    file's folder. ``check`` also builds its data and network once, so that a missing CSV, a
    wrong column or start weights of the wrong shape are reported now, as one line."""
    where = file_label(path, "lesson")
    try:
        with open_regular(path, "lesson file") as fh:
            raw = fh.read(MAX_LESSON_BYTES + 1)
    except LimitError as e:
        raise LessonFileError(f"{where}: {e}") from None
    except OSError as e:
        raise LessonFileError(translate("LessonFile", "{0}: the file cannot be read ({1})").format(
            where, e.strerror or e)) from None
    path = Path(path)
    if len(raw) > MAX_LESSON_BYTES:
        raise LessonFileError(translate("LessonFile", "{0}: the file is over {1} MiB; a lesson file is refused "
                                                      "above that size").format(where, MAX_LESSON_BYTES >> 20))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LessonFileError(translate("LessonFile", "{0}: not a lesson file (not UTF-8 text)").format(where)) from None
    lesson = parse_lesson(text, where, base=path.resolve().parent, default_name=path.stem[:MAX_NAME_CHARS])
    if check:
        check_lesson(lesson, where)
    return lesson


def parse_lesson(text: str, where: str = "lesson", base: Path | None = None, default_name: str = "lesson",
                 builtin: bool = False) -> Lesson:
    """A :class:`Lesson` from TOML ``text``. ``where`` names the file in messages; ``base`` is
    the folder a ``csv`` path is relative to (default: the current folder). Every field is
    checked against its limit (:mod:`nnviz.core.limits`), beats included."""
    if len(text) > MAX_LESSON_BYTES:
        raise LessonFileError(translate("LessonFile", "{0}: the text is over {1} MiB; a lesson is refused above that size").format(
            where, MAX_LESSON_BYTES >> 20))
    if bracket_depth(text) > MAX_NESTING * 4 and toml_depth(text) > MAX_NESTING:
        raise LessonFileError(translate("LessonFile", "{0}: lists or tables nest more than {1} deep").format(where, MAX_NESTING))
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise LessonFileError(translate("LessonFile", "{0}: not valid TOML ({1})").format(where, _short(str(e), 120))) from None
    except RecursionError:
        raise LessonFileError(translate("LessonFile", "{0}: lists or tables nest more than {1} deep").format(where, MAX_NESTING)) from None
    if nesting_depth(doc) > MAX_NESTING:
        raise LessonFileError(translate("LessonFile", "{0}: lists or tables nest more than {1} deep").format(where, MAX_NESTING))
    r = _Reader(where)
    r.keys(doc, TOP_KEYS, "")
    fmt = r.get(doc, "format", int, "", default=FORMAT)
    if fmt > FORMAT:
        raise LessonFileError(translate("LessonFile", "{0}: format: the file is format {1}; this nnviz reads format "
                                                      "{2} or older (update nnviz)").format(where, fmt, FORMAT))
    name = r.text(doc, "name", "", MAX_NAME_CHARS, default=default_name)
    if not name.strip():
        raise LessonFileError(translate("LessonFile", "{0}: name: must not be empty").format(where))
    title = r.text(doc, "title", "", MAX_TITLE_CHARS, required=True)
    caption = r.text(doc, "caption", "", MAX_CAPTION_CHARS, required=True)
    notes = tuple(r.str_list(doc, "notes", "", default=[], limit=MAX_CAPTION_CHARS, count=MAX_NOTES))
    playground = r.get(doc, "playground", bool, "", default=False)
    question = None
    if "question" in doc:
        q = r.table(doc, "question", "")
        if len(q) > MAX_COLUMNS:
            raise LessonFileError(translate("LessonFile", "{0}: question: {1} columns; at most {2}").format(
                where, local(f"{len(q):,}"), local(f"{MAX_COLUMNS:,}")))
        for k, v in q.items():
            r.limit(f"question.{_short(k, MAX_NAME_CHARS)}", check_text, k, MAX_NAME_CHARS)
            if isinstance(v, bool) or not isinstance(v, (int, float, str)):
                raise LessonFileError(translate("LessonFile", "{0}: question.{1}: must be a number or a text, not {2}")
                                      .format(where, k, _type_name(v)))
            if isinstance(v, str):
                r.limit(f"question.{k}", check_text, v, MAX_NAME_CHARS)
            else:
                r.limit(f"question.{k}", check_number, v)
        question = dict(q)
    if "data" not in doc:
        raise LessonFileError(translate("LessonFile", "{0}: data: missing; say where the data comes from "
                                                      "(table, generated, csv or shipped)").format(where))
    data = _read_data(r, r.table(doc, "data", ""), base or Path.cwd(), builtin)
    settings = _read_settings(r, r.table(doc, "network", "", default={}), r.table(doc, "training", "", default={}))
    translations = read_translations(r, doc)
    beats = _read_beats(r, doc.get("beats", []))
    try:
        exercises = check_exercises(doc.get("exercises", []))
    except ExerciseError as e:
        raise LessonFileError(f"{where}: {e}") from None
    continue_with = r.text(doc, "continue_with", "", MAX_NAME_CHARS, default=None)
    if continue_with is not None and not continue_with.strip():
        raise LessonFileError(translate("LessonFile", "{0}: continue_with: must name a lesson").format(where))
    lesson = Lesson(name, title, caption, data, settings, question=question, notes=notes, playground=playground,
                    beats=beats, continue_with=continue_with, exercises=exercises, translations=translations)
    return lesson if builtin else own_identity(lesson, where)


def own_identity(lesson: Lesson, where: str) -> Lesson:
    """A teacher's lesson named like a built-in one but different from it gets a name of its
    own ("iris (week3.toml)"), its ``load`` beats of that name following: lessons are found by
    name, and the built-in one must never be shown in its place (F5, a replay, a session)."""
    builtin = _builtin_lessons().get(lesson.name)
    if builtin is None or builtin == lesson:
        return lesson
    label = Path(where.split("/")[0]).name
    new = f"{lesson.name} ({label})"[:MAX_NAME_CHARS]
    beats = tuple({**b, "params": {**b["params"], "lesson": new}}
                  if b["action"] == "load" and b.get("params", {}).get("lesson") == lesson.name else b
                  for b in lesson.beats)
    return replace(lesson, name=new, beats=beats)


def _read_data(r: "_Reader", d: dict, base: Path, builtin: bool):
    given = [s for s in DATA_SOURCES if s in d]
    if len(given) != 1:
        what = translate("LessonFile", "none") if not given else ", ".join(given)
        raise LessonFileError(translate("LessonFile", "{0}: data: give exactly one of table, generated, csv or "
                                                      "shipped (got {1})").format(r.where, what))
    source = given[0]
    r.keys(d, (source, *DATA_KEYS[source]), "data.")
    name = r.text(d, source, "data.", MAX_PATH_CHARS if source == "csv" else MAX_NAME_CHARS, required=True)
    inputs = r.str_list(d, "inputs", "data.", default=None, limit=MAX_NAME_CHARS, count=MAX_COLUMNS)
    if inputs is not None:
        try:
            inputs = parse_features(inputs)
        except DataError as e:
            raise LessonFileError(f"{r.where}: data.inputs: {e}") from None
    if source == "table":
        if name not in TABLES:
            raise LessonFileError(translate("LessonFile", "{0}: data.table: unknown table {1}{2}; choose one of {3}")
                                  .format(r.where, repr(name), did_you_mean(name, TABLES), ", ".join(TABLES)))
        return DataSpec("table", name, inputs=inputs)
    split = tuple(float(v) for v in r.num_list(d, "split", "data.", default=[75, 10, 15]))
    if len(split) != 3 or any(v < 0 or not math.isfinite(v) for v in split) or split[0] <= 0:
        raise LessonFileError(translate("LessonFile", "{0}: data.split: must be three percentages [train, "
                                                      "validation, test] with a training part above 0").format(r.where))
    split = tuple(int(v) if float(v).is_integer() else v for v in split)
    if source == "generated":
        known = (*GENERATORS, "plane")
        if name not in known:
            raise LessonFileError(translate("LessonFile", "{0}: data.generated: unknown set {1}{2}; choose one of {3}")
                                  .format(r.where, repr(name), did_you_mean(name, known), ", ".join(known)))
        options = []
        if "points" in d:
            n = r.get(d, "points", int, "data.")
            r.limit("data.points", check_int, n, 4, MAX_POINTS)
            options.append(("n", n))
        if "noise" in d:
            noise = r.get(d, "noise", float, "data.")
            if not 0 <= noise <= 1:
                raise LessonFileError(translate("LessonFile", "{0}: data.noise: must be from 0 to 1, got {1}").format(
                    r.where, f"{noise:g}"))
            options.append(("noise", noise))
        seed = r.get(d, "seed", int, "data.", default=None)
        if seed is not None:
            r.limit("data.seed", check_int, seed, 0, MAX_INT)
        return DataSpec("generated", name, split=split, options=tuple(options), seed=seed, inputs=inputs)
    # csv / shipped
    target = r.text(d, "target", "data.", MAX_NAME_CHARS, required=True)
    features = r.str_list(d, "features", "data.", default=None, limit=MAX_NAME_CHARS, count=MAX_COLUMNS)
    scaling = r.choice(d, "scaling", SCALINGS, "data.", default="standard")
    missing = r.choice(d, "missing", ("drop", "mean"), "data.", default="drop")
    if source == "csv":
        path = Path(name)
        name = str(path if path.is_absolute() else (base / path).resolve())
    elif builtin is False and ("/" in name or "\\" in name):
        raise LessonFileError(translate("LessonFile", "{0}: data.shipped: {1} is a path; 'shipped' names a table that "
                                                      "comes with nnviz (use csv = \"…\" for your own file)").format(
            r.where, repr(name)))
    image = None
    if "image" in d:
        image = tuple(r.num_list(d, "image", "data.", kind=int))
        if len(image) != 2 or not all(1 <= v <= MAX_IMAGE_SIDE for v in image):
            raise LessonFileError(translate("LessonFile", "{0}: data.image: must be [rows, columns] of the picture the "
                                                          "inputs form, each from 1 to {1}").format(r.where, MAX_IMAGE_SIDE))
        if inputs is not None:
            raise LessonFileError(translate("LessonFile", "{0}: data.image: a picture's pixels are the table's columns; "
                                                          "leave out data.inputs").format(r.where))
    return DataSpec("csv", name, target=target, scaling=scaling, split=split,
                    features=None if features is None else tuple(features), missing=missing, inputs=inputs,
                    image=image)


def _read_settings(r: "_Reader", net: dict, train: dict):
    r.keys(net, NETWORK_KEYS, "network.")
    hidden = r.num_list(net, "hidden", "network.", default=[4], kind=int)
    r.limit("network.hidden", check_hidden, hidden)
    act = net.get("activation", "tanh")
    if isinstance(act, str):
        named, acts = [act], [act] * len(hidden)
    else:
        acts = r.str_list(net, "activation", "network.", limit=MAX_NAME_CHARS)
        named = acts
        if len(acts) != len(hidden):
            raise LessonFileError(translate("LessonFile", "{0}: network.activation: give one name, or one per hidden "
                                                          "layer ({1}), not {2}").format(r.where, len(hidden), len(acts)))
    for a in named:       # checked even where no hidden layer uses it: a typo is a typo
        if a not in HIDDEN_ACTIVATIONS:
            raise LessonFileError(translate("LessonFile", "{0}: network.activation: unknown activation {1}{2}; "
                                                          "choose one of {3}").format(
                r.where, repr(_short(a, MAX_NAME_CHARS)), did_you_mean(a, HIDDEN_ACTIVATIONS), ", ".join(HIDDEN_ACTIVATIONS)))
    output = r.choice(net, "output", OUTPUT_ACTIVATIONS, "network.", default="sigmoid")
    use_bias = r.get(net, "bias", bool, "network.", default=True)
    init = r.choice(net, "init", INITS, "network.", default="xavier")
    init_value = r.get(net, "init_value", float, "network.", default=0.5)
    r.limit("network.init_value", check_number, init_value)
    seed = r.get(net, "seed", int, "network.", default=0)
    r.limit("network.seed", check_int, seed, 0, MAX_INT)
    weights = _read_arrays(r, net, "weights", len(hidden) + 1, matrix=True)
    biases = _read_arrays(r, net, "biases", len(hidden) + 1, matrix=False)
    if biases is not None and weights is None:
        raise LessonFileError(translate("LessonFile", "{0}: network.biases: explicit biases need explicit weights "
                                                      "too").format(r.where))
    if biases is not None and not use_bias:
        raise LessonFileError(translate("LessonFile", "{0}: network.biases: the network has bias = false").format(r.where))

    config_fields = {f.name: f for f in fields(TrainConfig) if f.name != "seed"}
    r.keys(train, tuple(config_fields), "training.")
    values = {}
    for key, f in config_fields.items():
        if key not in train:
            continue
        kind = {"float": float, "int": int, "bool": bool, "str": str, "float | None": float}.get(str(f.type))
        values[key] = r.get(train, key, kind, "training.") if kind else train[key]
        if kind is str:
            r.limit(f"training.{key}", check_text, values[key], MAX_NAME_CHARS)
        elif kind is float:
            r.limit(f"training.{key}", check_number, values[key])
    for key, hi in (("epochs", MAX_EPOCHS), ("batch_size", MAX_INT)):
        if key in values:
            r.limit(f"training.{key}", check_int, values[key], 0 if key == "batch_size" else 1, hi)
    config = TrainConfig(seed=seed, **values)
    try:
        config.validate()
    except ValueError as e:
        key = _config_key_of(str(e), values)
        raise LessonFileError(f"{r.where}: training{'.' + key if key else ''}: {e}") from None
    return Settings(hidden=tuple(hidden), hidden_activations=tuple(acts), output_activation=output,
                    use_bias=use_bias, init=init, init_value=init_value, seed=seed, config=config,
                    weights=weights, biases=biases)


def _config_key_of(message: str, values: dict) -> str | None:
    """Which training key a TrainConfig.validate() message is about (for the one line)."""
    for key, words in (("lr", "learning rate"), ("loss", "loss"), ("optimizer", "optimizer"),
                       ("batch_size", "batch size"), ("l2", "L2"), ("epochs", "epochs"),
                       ("reduction", "reduction")):
        if words in message:
            return key
    return next(iter(values), None)


def _read_arrays(r: "_Reader", net: dict, key: str, n_layers: int, matrix: bool):
    """Explicit start weights (one matrix, or one flat list for a one-output layer, per layer)
    or biases (one list per layer), kept as nested lists."""
    if key not in net:
        return None
    v = net[key]
    if not isinstance(v, list) or not v:
        raise LessonFileError(translate("LessonFile", "{0}: network.{1}: must be a list with one entry per layer").format(r.where, key))
    if len(v) != n_layers:
        raise LessonFileError(translate("LessonFile", "{0}: network.{1}: {2} layers need {2} entries, got {3}").format(
            r.where, key, n_layers, len(v)))
    out = []
    for i, layer in enumerate(v, 1):
        layer = _exact(layer)
        ok = isinstance(layer, list) and layer and (
            all(_is_number(x) for x in layer)
            or (matrix and all(isinstance(row, list) and row and all(_is_number(x) for x in row) for row in layer)
                and len({len(row) for row in layer}) == 1))
        if not ok:
            if matrix:
                raise LessonFileError(translate("LessonFile", "{0}: network.{1}: layer {2} must be a list of numbers or a "
                                                              "matrix (one row per input)").format(r.where, key, i))
            raise LessonFileError(translate("LessonFile", "{0}: network.{1}: layer {2} must be a list of numbers").format(
                r.where, key, i))
        out.append(_floats(layer))
        if any(abs(x) > 1e12 for x in _flat_floats(out[-1])):
            raise LessonFileError(translate("LessonFile", "{0}: network.{1}: layer {2} holds a value beyond ±1e12").format(r.where, key, i))
    return tuple(out)


def _exact(v):
    """A weight written as a text ("3/4", "0,75") as its exact float; anything else as it is."""
    if isinstance(v, list):
        return [_exact(x) for x in v]
    if isinstance(v, str):
        try:
            return parse_answer(v)
        except AnswerError:
            return v
    return v


def _flat_floats(v):
    for x in v:
        if isinstance(x, list):
            yield from x
        else:
            yield x


def _floats(v):
    return [_floats(x) for x in v] if isinstance(v, list) else float(v)


def _read_beats(r: "_Reader", beats) -> tuple:
    """Every beat checked by :func:`~nnviz.core.teaching.beat_schema.check_beat` (actions,
    parameters, caption fields, the beat keys), in the presentation mode's form."""
    if not isinstance(beats, list):
        raise LessonFileError(translate("LessonFile", "{0}: beats: must be a list of [[beats]] tables").format(r.where))
    if len(beats) > MAX_BEATS:
        raise LessonFileError(translate("LessonFile", "{0}: beats: {1} beats; at most {2} are allowed").format(
            r.where, local(f"{len(beats):,}"), local(f"{MAX_BEATS:,}")))
    out = []
    for i, beat in enumerate(beats, 1):
        if isinstance(beat, dict) and not all(_plain(v) for v in beat.values()):
            raise LessonFileError(translate("LessonFile", "{0}: beat {1}: its values must be texts, numbers, "
                                                          "true/false, lists or tables").format(r.where, i))
        beat, languages = split_beat(beat)
        try:
            checked = check_beat(beat)
        except BeatError as e:
            raise LessonFileError(translate("LessonFile", "{0}: beat {1}: {2}").format(r.where, i, e)) from None
        captions = beat_captions(r, i, languages, checked["caption"])
        if captions:
            checked["captions"] = captions
        out.append(checked)
    return tuple(out)


def _plain(v) -> bool:
    if isinstance(v, (str, int, float, bool)):
        return True
    if isinstance(v, list):
        return all(_plain(x) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, str) and _plain(x) for k, x in v.items())
    return False


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _type_name(v) -> str:
    return {bool: translate("LessonFile", "true/false"), int: translate("LessonFile", "a whole number"),
            float: translate("LessonFile", "a number"), str: translate("LessonFile", "a text"),
            list: translate("LessonFile", "a list"), dict: translate("LessonFile", "a table")}.get(type(v), type(v).__name__)


class _Reader:
    """Typed access to a TOML table, with one-line errors naming the file and the key."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, what: str):
        raise LessonFileError(f"{self.where}: {key}: {what}")

    def limit(self, key: str, check, *args):
        """``check(*args)`` from :mod:`nnviz.core.limits`, its LimitError as this file's one line."""
        try:
            return check(*args)
        except LimitError as e:
            self.fail(key, str(e))

    def text(self, d: dict, key: str, prefix: str, limit: int, required: bool = False, default=None):
        v = self.get(d, key, str, prefix, required=required, default=default)
        if v is not None:
            self.limit(prefix + key, check_text, v, limit)
        return v

    def keys(self, d: dict, allowed, prefix: str) -> None:
        for k in d:
            if k not in allowed:
                close = difflib.get_close_matches(k.replace("-", "_").lower(), allowed, n=1, cutoff=0.75)
                if close:
                    self.fail(prefix + k, translate("LessonFile", "unknown key (did you mean {0}?)").format(repr(close[0])))
                self.fail(prefix + k, translate("LessonFile", "unknown key; known keys: {0}").format(", ".join(allowed)))

    def get(self, d: dict, key: str, kind, prefix: str, required: bool = False, default=None):
        if key not in d:
            if required:
                self.fail(prefix + key, translate("LessonFile", "missing"))
            return default
        v = d[key]
        if kind is float and _is_number(v):
            return float(v)
        if kind is float and isinstance(v, float):
            self.fail(prefix + key, translate("LessonFile", "must be a finite number, not {0}").format(v))
        if isinstance(v, kind) and not (kind is int and isinstance(v, bool)):
            return v
        want = {float: translate("LessonFile", "a number"), int: translate("LessonFile", "a whole number"),
                bool: translate("LessonFile", "true or false"), str: translate("LessonFile", "a text")}[kind]
        self.fail(prefix + key, translate("LessonFile", "must be {0}, not {1} ({2})").format(want, _type_name(v), _short(v)))

    def choice(self, d: dict, key: str, choices, prefix: str, default: str) -> str:
        v = self.get(d, key, str, prefix, default=default)
        if v not in choices:
            self.fail(prefix + key, translate("LessonFile", "unknown {0} {1}{2}; choose one of {3}").format(
                key.replace("_", " "), _short(v), did_you_mean(v, choices), ", ".join(choices)))
        return v

    def table(self, d: dict, key: str, prefix: str, default=None) -> dict:
        if key not in d:
            return default
        v = d[key]
        if not isinstance(v, dict):
            self.fail(prefix + key, translate("LessonFile", "must be a table ([{0}]), not {1}").format(key, _type_name(v)))
        return v

    def str_list(self, d: dict, key: str, prefix: str, default=None, limit: int = MAX_NAME_CHARS,
                 count: int = MAX_COLUMNS) -> list[str] | None:
        if key not in d:
            return default
        v = d[key]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            self.fail(prefix + key, translate("LessonFile", "must be a list of texts, not {0} ({1})").format(
                _type_name(v), _short(v)))
        if len(v) > count:
            self.fail(prefix + key, translate("LessonFile", "{0} entries; at most {1} are allowed").format(
                local(f"{len(v):,}"), local(f"{count:,}")))
        for x in v:
            self.limit(prefix + key, check_text, x, limit)
        return list(v)

    def num_list(self, d: dict, key: str, prefix: str, default=None, kind=float) -> list:
        if key not in d:
            return default
        v = d[key]
        ok = isinstance(v, list) and all(_is_number(x) and (kind is float or isinstance(x, int)) for x in v)
        if not ok:
            if kind is int:
                self.fail(prefix + key, translate("LessonFile", "must be a list of whole numbers, not {0} ({1})").format(
                    _type_name(v), _short(v)))
            self.fail(prefix + key, translate("LessonFile", "must be a list of numbers, not {0} ({1})").format(
                _type_name(v), _short(v)))
        return list(v)


def _short(v, n: int = 40) -> str:
    s = v if isinstance(v, str) and n != 40 else repr(v)
    return s if len(s) <= n else s[:n - 3] + "…"



def check_lesson(lesson: Lesson, where: str) -> None:
    """Build the lesson's data and network once; a problem becomes one LessonFileError line."""
    try:
        problem = lesson.problem()
    except (DataError, FileNotFoundError) as e:
        msg = str(e)
        if lesson.data.source == "csv" and not Path(lesson.data.name).is_absolute():
            key = "data.shipped"
        else:
            key = f"data.{'csv' if lesson.data.source == 'csv' else lesson.data.source}"
        if lesson.data.source == "csv" and not Path(csv_path(lesson.data)).exists():
            msg = translate("LessonFile", "the CSV file {0} does not exist").format(csv_path(lesson.data))
        elif lesson.data.source == "csv" and "column" in msg:
            key = "data.target" if f"'{lesson.data.target}'" in msg else "data.features"
        if lesson.data.inputs is not None and "inputs" in msg:
            key = "data.inputs"
        raise LessonFileError(f"{where}: {key}: {msg}") from None
    except ValueError as e:
        raise LessonFileError(f"{where}: data: {e}") from None
    settings = lesson.start_settings()
    n_in = len(settings.inputs) if settings.inputs is not None else problem.n_features
    try:
        check_hidden(list(settings.hidden), n_in, problem.n_outputs)
    except LimitError as e:
        raise LessonFileError(f"{where}: network.hidden: {e}") from None
    try:
        build_trainer(problem, settings)
    except ValueError as e:
        msg = str(e)
        key = ("network.weights" if "weights" in msg else "network.biases" if "biases" in msg
               else "training.loss" if "cross-entropy" in msg else "network")
        raise LessonFileError(f"{where}: {key}: {msg}") from None
    if lesson.question:
        # Imported here: the CSV code brings pandas, which only a lesson with a question needs.
        from ..data.csvdata import encode_inputs

        try:
            encode_inputs(problem, lesson.question)
        except ValueError as e:
            raise LessonFileError(f"{where}: question: {e}") from None
    check_beats_against(lesson, problem, [n_in, *settings.hidden, problem.n_outputs], where)
    try:
        exercise_refs_ok(lesson.exercises, [n_in, *settings.hidden, problem.n_outputs])
    except ExerciseError as e:
        raise LessonFileError(f"{where}: {e}") from None


def check_beats_against(lesson: Lesson, problem, sizes: list[int], where: str) -> None:
    """What the beats name must exist: an ``ask`` beat's columns, a sample's row, a layer and
    neuron to explain or map, a lesson to load. One line naming the beat and the key."""
    known = {*builtin_lesson_names(), lesson.name}
    columns = [c[0] for c in problem.raw_columns] if problem.raw_columns else list(problem.feature_names)
    n_rows = sum(len(x) for x in (problem.X_train, problem.X_val, problem.X_test) if x is not None)
    for i, beat in enumerate(lesson.beats, 1):
        params, action = beat.get("params", {}), beat["action"]

        def fail(key, what):
            raise LessonFileError(translate("LessonFile", "{0}: beat {1}: {2}: {3}").format(where, i, key, what))

        if action == "load" and params["lesson"] not in known:
            name = params["lesson"]
            fail("lesson", translate("LessonFile", "no lesson is called {0}{1}").format(
                repr(name), did_you_mean(name, sorted(known))))
        if action == "ask":
            for col in params["values"]:
                if col not in columns:
                    fail("values", translate("LessonFile", "no column {0}{1}; the columns are {2}").format(
                        repr(col), did_you_mean(col, columns), ", ".join(columns)))
            if len(params["values"]) != len(columns):
                missing = [c for c in columns if c not in params["values"]]
                fail("values", translate("LessonFile", "give a value for every column (missing {0})").format(
                    ", ".join(missing)))
        if action == "sample":      # a row of the table as its file has it, 1 = the first data row
            try:
                row_position(problem, params["index"])
            except ValueError as e:
                fail("index", str(e))
        if "sample" in params and params["sample"] > n_rows:
            fail("sample", translate("LessonFile", "the table has {0} rows (1 to {0})").format(n_rows))
        if action == "quiz":
            try:
                check_refs(translate("LessonFile", "beat {0}").format(i), params["quantity"], params["layer"],
                           params["neuron"], params.get("weight"), sizes)
            except ValueError as e:
                raise LessonFileError(f"{where}: {e}") from None
        refs = []
        if action in ("explain", "map"):
            refs.append((("layer", "neuron"), params["layer"], params["neuron"]))
        elif isinstance(params.get("neuron"), list):
            refs.append((("neuron", "neuron"), *params["neuron"]))
        for (lkey, nkey), layer, neuron in refs:
            if not 1 <= layer < len(sizes):
                fail(lkey, translate("LessonFile", "layer {0} does not exist: the layers with neurons are 1 to {1}").format(
                    layer, len(sizes) - 1))
            if neuron >= sizes[layer]:
                fail(nkey, translate("LessonFile", "layer {0} has {1} neurons (0 to {2}), not {3}").format(
                    layer, sizes[layer], sizes[layer] - 1, neuron + 1))


def builtin_lesson_texts() -> list[tuple[str, str]]:
    """(file name, TOML text) of every built-in lesson file, in the picker's order."""
    folder = resources.files(LESSON_PACKAGE).joinpath(*LESSON_FOLDER)
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)
    return [(e.name, e.read_text(encoding="utf-8")) for e in entries]


@functools.lru_cache(maxsize=1)
def _builtin_lessons() -> dict[str, Lesson]:
    return load_builtin_lessons()


def builtin_lesson_names() -> frozenset[str]:
    """The built-in lessons' names (a ``load`` beat may name one)."""
    return frozenset(_builtin_lessons())


def load_builtin_lessons() -> dict[str, Lesson]:
    """{name: Lesson} from the package's lesson files (not checked against their data: that
    is what the tests do, and it keeps ``import nnviz`` quick)."""
    out = {}
    for file_name, text in builtin_lesson_texts():
        stem = file_name[:-5].split("-", 1)[-1] if file_name[:2].isdigit() else file_name[:-5]
        lesson = parse_lesson(text, file_name, default_name=stem, builtin=True)
        if lesson.name in out:
            raise LessonFileError(translate("LessonFile", "{0}: name: {1} is used by another built-in lesson").format(
                file_name, repr(lesson.name)))
        out[lesson.name] = lesson
    return out


__all__ = ["FORMAT", "LessonFileError", "builtin_lesson_texts", "check_lesson", "lesson_to_toml",
           "load_builtin_lessons", "parse_lesson", "read_lesson_file", "write_lesson_file"]
