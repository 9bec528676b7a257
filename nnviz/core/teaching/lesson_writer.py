"""Writing a lesson back as a lesson file: :func:`lesson_to_toml` gives the text that
:func:`~nnviz.core.teaching.lesson_files.parse_lesson` reads back into the same lesson (load → write →
load is the identity; the lesson-file tests check it for every built-in lesson)."""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..data.datasets import data_dir
from ..engine.settings import Settings
from ..engine.training import TrainConfig
from .beat_schema import BEAT_KEYS
from .lesson_data import Lesson
from .lesson_languages import LANGUAGE_KEYS

FORMAT = 1          # the lesson file format this nnviz writes (and the newest it reads)


def csv_path(spec) -> str:
    """Where a CSV lesson's table is: its own path, or the shipped table's."""
    if Path(spec.name).is_absolute():
        return spec.name
    try:
        return str(data_dir() / spec.name)
    except FileNotFoundError:
        return spec.name


# =============================================================================================
# writing
# =============================================================================================


def lesson_to_toml(lesson: Lesson, base: Path | None = None) -> str:
    """The TOML text of ``lesson``. A CSV path is written relative to ``base`` (the folder the
    file is written to) when it can be."""
    s: Settings = lesson.settings
    out = [f"# nnviz lesson file (format {FORMAT}): see the README, 'Lesson files'.",
           f"format = {FORMAT}", f"name = {_toml(lesson.name)}", f"title = {_toml(lesson.title)}",
           f"caption = {_toml(lesson.caption)}"]
    if lesson.notes:
        out.append("notes = [\n" + "".join(f"    {_toml(n)},\n" for n in lesson.notes) + "]")
    for code, texts in lesson.translations.items():
        for key in LANGUAGE_KEYS:
            if key in texts:
                value = list(texts[key]) if key == "notes" else texts[key]
                out.append(f"{code}.{key} = {_toml(value)}")
    if lesson.playground:
        out.append("playground = true")
    if lesson.continue_with is not None:
        out.append(f"continue_with = {_toml(lesson.continue_with)}   # presentation: that lesson's beats follow")
    if lesson.question:
        out += ["", "[question]   # an input in original units the lesson asks about"]
        out += [f"{_key(k)} = {_toml(v)}" for k, v in lesson.question.items()]
    out += ["", "[data]   # one of: table, generated (points, noise, seed), csv (a path next to this file), shipped"]
    d = lesson.data
    if d.source == "table":
        out.append(f"table = {_toml(d.name)}")
    elif d.source == "generated":
        out.append(f"generated = {_toml(d.name)}")
        opts = dict(d.options)
        if "n" in opts:
            out.append(f"points = {_toml(opts['n'])}")
        if "noise" in opts:
            out.append(f"noise = {_toml(opts['noise'])}")
        if d.seed is not None:
            out.append(f"seed = {d.seed}")
        if tuple(d.split) != (75, 10, 15):
            out.append(f"split = {_toml(list(d.split))}")
    else:
        if Path(d.name).is_absolute():
            path = d.name
            if base is not None:
                try:
                    path = os.path.relpath(d.name, base)
                except ValueError:   # another drive (Windows)
                    pass
            out.append(f"csv = {_toml(Path(path).as_posix())}")
        else:
            out.append(f"shipped = {_toml(d.name)}")
        out.append(f"target = {_toml(d.target)}")
        if d.features is not None:
            out.append(f"features = {_toml(list(d.features))}")
        out += [f"scaling = {_toml(d.scaling)}", f"split = {_toml(list(d.split))}", f"missing = {_toml(d.missing)}"]
    if d.inputs is not None:
        out.append(f"inputs = {_toml(list(d.inputs))}")
    if d.image is not None:
        out.append(f"image = {_toml(list(d.image))}")
    out += ["", "[network]   # hidden layer sizes, activations, bias, start weights (init or explicit weights)",
            f"hidden = {_toml(list(s.hidden))}"]
    if s.hidden:
        acts = list(s.hidden_activations)
        out.append(f"activation = {_toml(acts[0] if len(set(acts)) == 1 else acts)}")
    out += [f"output = {_toml(s.output_activation)}", f"bias = {_toml(s.use_bias)}", f"init = {_toml(s.init)}"]
    if s.init == "constant" or s.init_value != 0.5:
        out.append(f"init_value = {_toml(s.init_value)}")
    out.append(f"seed = {s.seed}")
    if s.weights is not None:
        out.append(f"weights = {_toml(_plain_lists(s.weights))}")
    if s.biases is not None:
        out.append(f"biases = {_toml(_plain_lists(s.biases))}")
    out += ["", "[training]   # batch_size 0 = the full batch, 1 = one sample at a time; epochs = where a run stops"]
    for f in fields(TrainConfig):
        if f.name == "seed":
            continue
        v = getattr(s.config, f.name)
        if v is not None:
            out.append(f"{f.name} = {_toml(v)}")
    for i, beat in enumerate(lesson.beats):
        out += ["", "[[beats]]" + ("   # presentation mode: one click each, a caption to show and an action" if i == 0 else "")]
        out += [f"caption = {_toml(beat['caption'])}", f"action = {_toml(beat['action'])}"]
        out += [f"{code}.caption = {_toml(text)}" for code, text in (beat.get("captions") or {}).items()]
        params = dict(beat.get("params") or {})
        # A parameter named like a beat key (an explain beat's "neuron") would be read back as
        # the parameter anyway; only the three that never are go under "params".
        out += [f"{_key(k)} = {_toml(v)}" for k, v in params.items() if k not in ("caption", "action", "params")]
        out += [f"{_key(k)} = {_toml(v)}" for k, v in beat.items()
                if k in BEAT_KEYS and k not in ("caption", "action", "params") and k not in params]
        clashing = {k: v for k, v in params.items() if k in ("caption", "action", "params")}
        if clashing:
            out.append(f"params = {_toml(clashing)}")
    for exercise in lesson.exercises:
        out += ["", "[[exercises]]"] + [f"{k} = {_toml(v)}" for k, v in exercise.items()]
    return "\n".join(out) + "\n"


def write_lesson_file(lesson: Lesson, path: str | os.PathLike) -> None:
    path = Path(path)
    path.write_text(lesson_to_toml(lesson, base=path.resolve().parent), encoding="utf-8")


def _plain_lists(v):
    if hasattr(v, "tolist"):
        return v.tolist()
    if isinstance(v, (list, tuple)):
        return [_plain_lists(x) for x in v]
    return v


_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k: str) -> str:
    return k if _BARE_KEY.match(k) else json.dumps(k, ensure_ascii=False)


def _toml(v: Any) -> str:
    """One TOML value (texts use JSON's escapes, which TOML's basic strings share)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_toml(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {type(v).__name__} to a lesson file")


# =============================================================================================
# the built-in lessons
# =============================================================================================
