"""What a lesson file's ``[[beats]]`` may say: every key of a beat, every action and its
parameters, with their types and limits, in two tables (add a key or an action here and the
lesson reader, ``nnviz check`` and File → Open all know it).

:func:`check_beat` checks one beat table as a teacher wrote it (an action's parameters may sit
on the beat itself or under ``params``) and returns it in the presentation mode's form:
``{"caption", "action", "params": {...}, "notes"}``, the beat-level keys it gives
(``seconds``, ``pane``, …) beside the action's parameters, as ``Beat.from_dict`` takes them. A mistake is a :class:`BeatError` whose text is one line
naming the key and what is wrong, with a did-you-mean for a misspelt name.
"""
from __future__ import annotations

import difflib

from ..limits import (
    MAX_BEAT_SECONDS,
    MAX_CAPTION_CHARS,
    MAX_COLUMNS,
    MAX_EPOCHS,
    MAX_HIDDEN_LAYERS,
    MAX_NAME_CHARS,
    MAX_NEURONS,
    MAX_NOTE_CHARS,
    MAX_ROWS,
    MAX_STEP_COUNT,
    MIN_BEAT_SECONDS,
    LimitError,
    check_int,
    check_number,
    check_text,
    describe,
)
from ..engine.activations import HIDDEN_ACTIVATIONS
from ..text import local
from ..tr import translate
from .captions import CaptionError, caption_fields
from .quiz import MAX_WEIGHT, QUANTITIES

STEP_KINDS = ("sample", "batch", "epoch")
PANES = ("boundary", "loss", "confusion", "explainer", "map")
TOGGLES = ("weights", "maps", "phases")


class BeatError(ValueError):
    """One line: ``KEY: what is wrong``."""


# --- value checkers: each returns the value (perhaps normalised) or raises LimitError -------
def _text(limit):
    return lambda v: check_text(v, limit)


def _name(v):
    return check_text(v, MAX_NAME_CHARS, empty_ok=False)


def _int(lo, hi):
    return lambda v: check_int(v, lo, hi)


def _bool(v):
    if not isinstance(v, bool):
        raise LimitError(translate("Beats", "must be true or false, not {0}").format(describe(v)))
    return v


def _one_of(choices):
    def check(v):
        if not isinstance(v, str):
            raise LimitError(translate("Beats", "must be one of {0}, not {1}").format(", ".join(choices), describe(v)))
        if v not in choices:
            raise LimitError(translate("Beats", "unknown {0}{1}; choose one of {2}").format(
                repr(v[:MAX_NAME_CHARS]), did_you_mean(v, choices), ", ".join(choices)))
        return v
    return check


def _notes(v):
    """The presenter's notes: a text, or a list of lines (kept as one text)."""
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        v = "\n".join(v)
    if not isinstance(v, str):
        raise LimitError(translate("Beats", "must be a text or a list of texts, not {0}").format(describe(v)))
    return check_text(v, MAX_NOTE_CHARS)


def _seconds(v):
    return check_number(v, MIN_BEAT_SECONDS, MAX_BEAT_SECONDS)


def _values(v):
    """An ``ask`` beat's ``{column: number or text}`` (the columns are checked against the data
    when the lesson is checked)."""
    if not isinstance(v, dict) or not v:
        raise LimitError(translate("Beats", "must be a table of column = value, not {0}").format(describe(v)))
    if len(v) > MAX_COLUMNS:
        raise LimitError(translate("Beats", "has {0} columns; at most {1}").format(local(f"{len(v):,}"), local(f"{MAX_COLUMNS:,}")))
    for k, x in v.items():
        check_text(k, MAX_NAME_CHARS)
        if isinstance(x, str):
            check_text(x, MAX_NAME_CHARS)
        else:
            try:
                check_number(x)
            except LimitError as e:
                raise LimitError(f"{k[:MAX_NAME_CHARS]!r} {e}") from None
    return dict(v)


def _toggles(v):
    if not isinstance(v, dict):
        raise LimitError(translate("Beats", "must be a table of {0} = true/false, not {1}").format(", ".join(TOGGLES), describe(v)))
    for k, x in v.items():
        if k not in TOGGLES:
            raise LimitError(translate("Beats", "unknown toggle {0}{1}; choose from {2}").format(
                repr(k[:MAX_NAME_CHARS]), did_you_mean(k, TOGGLES), ", ".join(TOGGLES)))
        if not isinstance(x, bool):
            raise LimitError(translate("Beats", "{0} must be true or false, not {1}").format(k, describe(x)))
    return dict(v)


def _neuron_ref(v):
    """``[layer, index]``: layer 1 is the first hidden layer."""
    if not (isinstance(v, list) and len(v) == 2):
        raise LimitError(translate("Beats", "must be [layer, index], not {0}").format(describe(v)))
    check_int(v[0], 0, MAX_HIDDEN_LAYERS + 1)
    check_int(v[1], 0, MAX_NEURONS - 1)
    return list(v)


def _hidden(v):
    """A ``compare`` beat's hidden layers: ``[8, 8]`` (neurons per layer), ``[]`` for none."""
    if not isinstance(v, list) or len(v) > MAX_HIDDEN_LAYERS:
        raise LimitError(translate("Beats", "must be a list of at most {0} layer sizes such as [4], not {1}").format(
            MAX_HIDDEN_LAYERS, describe(v)))
    return [check_int(n, 1, MAX_NEURONS) for n in v]


# What a ``compare`` beat may change (exactly one of them): the run is pinned, this one choice
# changes, and the run trains again from the same start.
COMPARE_CHANGES = ("lr", "seed", "bias", "activation", "hidden")


def _check_compare(params: dict) -> None:
    given = [k for k in COMPARE_CHANGES if k in params]
    if not given:
        raise BeatError(translate("Beats", "compare: a 'compare' beat changes exactly one of {0}").format(
            ", ".join(COMPARE_CHANGES)))
    if len(given) > 1:
        raise BeatError(translate("Beats", "{0}: a 'compare' beat changes exactly one of {1} (it gives {2})").format(
            given[1], ", ".join(COMPARE_CHANGES), ", ".join(given)))


_LAYER = _int(0, MAX_HIDDEN_LAYERS + 1)
_NEURON = _int(0, MAX_NEURONS - 1)

# action -> {parameter: (checker, required, default)}
ACTION_PARAMS: dict[str, dict[str, tuple]] = {
    "load": {"lesson": (_name, True, None)},
    "step": {"kind": (_one_of(STEP_KINDS), False, "epoch"), "count": (_int(1, MAX_STEP_COUNT), False, 1)},
    "play": {"to_epoch": (_int(1, MAX_EPOCHS), True, None)},
    "compare": {"lr": (lambda v: check_number(v, 1e-12, 1e6), False, None), "seed": (_int(0, 2**31 - 1), False, None),
                "bias": (_bool, False, None), "activation": (_one_of(HIDDEN_ACTIVATIONS), False, None),
                "hidden": (_hidden, False, None), "to_epoch": (_int(1, MAX_EPOCHS), True, None)},
    "bias": {"on": (_bool, False, False)},
    "sample": {"index": (_int(1, MAX_ROWS), True, None)},   # a row of the table, 1 = the first data row
    "ask": {"values": (_values, True, None)},
    "explain": {"layer": (_LAYER, True, None), "neuron": (_NEURON, True, None)},
    "map": {"layer": (_LAYER, True, None), "neuron": (_NEURON, True, None)},
    # A number of the step asked of the room, hidden until the next click (weight 1 = w₁).
    "quiz": {"quantity": (_one_of(tuple(QUANTITIES)), True, None), "layer": (_LAYER, True, None),
             "neuron": (_NEURON, True, None), "weight": (_int(1, MAX_WEIGHT), False, None)},
    "say": {},
}

# Keys any beat may carry besides its action's parameters: {key: checker}. ``caption`` and
# ``action`` are required; the rest say what the room sees and what the presenter reads.
BEAT_KEYS: dict[str, object] = {
    "caption": _text(MAX_CAPTION_CHARS),
    "action": _name,
    "params": None,                        # a table of the action's parameters (checked as those)
    "notes": _notes,                       # the presenter's notes, never shown to the room
    "seconds": _seconds,                   # how long a play beat takes on screen
    "pane": _one_of(PANES),                # the pane in front
    "reveal": _bool,                       # hold the answer back until the next click
    "toggles": _toggles,                   # the diagram's weights / maps / phases
    "sample": _int(1, MAX_ROWS),           # the chosen sample: a row of the table, 1 = the first
    "neuron": _neuron_ref,                 # the chosen neuron: [layer, index]
}


def did_you_mean(word, choices) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word[:MAX_NAME_CHARS].lower(), list(choices), n=1, cutoff=0.6)
    return translate("Beats", " (did you mean {0}?)").format(repr(close[0])) if close else ""


def check_beat(beat) -> dict:
    """The beat table ``beat`` checked, in the presentation mode's form (see the module)."""
    if not isinstance(beat, dict):
        raise BeatError(translate("Beats", "must be a table with caption and action, not {0}").format(describe(beat)))
    for key in ("caption", "action"):
        if key not in beat:
            raise BeatError(translate("Beats", "{0}: missing").format(key))
    action = beat["action"]
    if not isinstance(action, str):
        raise BeatError(translate("Beats", "action: must be a text, not {0}").format(describe(action)))
    if action not in ACTION_PARAMS:
        raise BeatError(translate("Beats", "action: unknown action {0}{1}; choose one of {2}").format(
            repr(action[:MAX_NAME_CHARS]), did_you_mean(action, ACTION_PARAMS), ", ".join(ACTION_PARAMS)))
    allowed = ACTION_PARAMS[action]
    params = beat.get("params", {})
    if not isinstance(params, dict):
        raise BeatError(translate("Beats", "params: must be a table, not {0}").format(describe(params)))
    out_params, extra = {}, {}
    for key, value in params.items():
        if key not in allowed:
            raise BeatError(translate("Beats", "params.{0}: a {1} beat takes no such parameter{2}{3}").format(
                key[:MAX_NAME_CHARS], repr(action), did_you_mean(key, allowed), _takes(action)))
        out_params[key] = value
    for key, value in beat.items():
        if key in ("caption", "action", "params"):
            continue
        if key in allowed:              # an action's parameter wins over a beat key of that name
            out_params[key] = value
        elif key in BEAT_KEYS:
            extra[key] = value
        else:
            names = (*allowed, *BEAT_KEYS)
            raise BeatError(translate("Beats", "{0}: unknown key{1}; a {2} beat takes {3}").format(
                key[:MAX_NAME_CHARS], did_you_mean(key, names), repr(action), ", ".join(names)))
    for key, (check, required, _default) in allowed.items():
        if key not in out_params:
            if required:
                raise BeatError(translate("Beats", "{0}: missing (a {1} beat needs {2})").format(
                    key, repr(action), ", ".join(k for k, c in allowed.items() if c[1])))
            continue
        try:
            out_params[key] = check(out_params[key])
        except LimitError as e:
            raise BeatError(f"{key}: {e}") from None
    if action == "compare":
        _check_compare(out_params)
    for key, value in {"caption": beat["caption"], **extra}.items():
        try:
            value = BEAT_KEYS[key](value)
        except LimitError as e:
            raise BeatError(f"{key}: {e}") from None
        extra[key] = value
    try:
        caption_fields(extra["caption"])
    except CaptionError as e:
        raise BeatError(f"caption: {e}") from None
    # The presentation's plain form (Beat.to_dict): the view keys beside the action's
    # parameters under "params", the presenter's notes beside the caption.
    out = {"caption": extra.pop("caption"), "action": action}
    notes = extra.pop("notes", None)
    out_params.update(extra)
    if out_params:
        out["params"] = out_params
    if notes:
        out["notes"] = notes
    return out


def _takes(action: str) -> str:
    names = list(ACTION_PARAMS[action])
    if names:
        return translate("Beats", "; it takes {0}").format(", ".join(names))
    return translate("Beats", "; it takes no parameters")


__all__ = ["ACTION_PARAMS", "BEAT_KEYS", "BeatError", "COMPARE_CHANGES", "PANES", "STEP_KINDS", "TOGGLES", "check_beat", "did_you_mean"]
