"""Hand-calculation checks: a number of the step hidden, the student's answer checked (no Qt).

A student (or the room, through a lesson's ``quiz`` beat) is asked one number of the step the
explainer shows (:mod:`nnviz.core.engine.explain`): a line's result, its ``value``. The answer
is typed as a decimal with "." or "," ("0.75", "0,75", "-1,5e-3"), a fraction ("3/4", "-3/4")
or a mixed number ("1 1/2"); :func:`parse_answer` reads it exactly (a fraction as
``float(Fraction(3, 4))``).

The rule (:func:`tolerance`), shown to the student with every question and applied exactly so:
an answer is right when it is within one unit of the last significant digit the explainer
prints of the engine's number (4 digits: 0.5744 → ±0.0001, 12.35 → ±0.01). It forgives the
rounding a hand calculation from the printed numbers makes, and nothing more. The answer is
checked against the line's unrounded ``value`` (what the engine recorded), never against text.

Lessons name a question by quantity (:data:`QUANTITIES`): a ``quiz`` beat shows the step with
that number hidden until the next click, and a lesson's ``[[exercises]]`` (:func:`check_exercises`)
list what students can do on their own.
"""
from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from fractions import Fraction

from ..engine.explain import Explanation, Line
from ..limits import MAX_CAPTION_CHARS, MAX_HIDDEN_LAYERS, MAX_NEURONS, MAX_TITLE_CHARS, LimitError, check_int, check_text
from ..text import local, significant
from ..tr import translate

# The explainer's line roles that hold one number of the step a student can compute.
ASKABLE = ("z", "a", "loss_sample", "loss", "delta", "grad_w", "grad_b", "velocity", "m", "v", "m_hat",
           "v_hat", "new_w", "new_b")
# What a lesson's quiz beat or exercise may ask: quantity -> the explainer's line role.
QUANTITIES = {"z": "z", "a": "a", "loss": "loss", "delta": "delta", "grad_w": "grad_w", "grad_b": "grad_b",
              "new_w": "new_w", "new_b": "new_b"}
WEIGHTED = ("grad_w", "new_w")          # these name a weight: ``weight = 1`` is w₁
MAX_WEIGHT = 8                          # the explainer details the first 8 weights of a neuron
MAX_ANSWER_CHARS = 100
MAX_EXERCISES = 50
STEP_KINDS = ("sample", "batch", "epoch")
EXERCISE_KEYS = ("title", "text", "step", "quantity", "layer", "neuron", "weight")

_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d{1,3})?")
_PLAIN = r"(\d{1,30}(?:[.,]\d{1,30})?)"
_FRACTION = re.compile(rf"([+-]?){_PLAIN}\s*/\s*{_PLAIN}")
_MIXED = re.compile(r"([+-]?)(\d{1,30})\s+(\d{1,30})\s*/\s*(\d{1,30})")


class AnswerError(ValueError):
    """An answer that is not a number: one line saying how to write one."""


class ExerciseError(ValueError):
    """One line: ``exercise N: KEY: what is wrong``."""


def parse_answer(text: str) -> float:
    """The number typed in ``text``: "0.75", "0,75", "3/4", "-3/4", "1 1/2", "−2.5e-3"."""
    s = str(text).strip().replace("\u2212", "-").replace("\u00a0", " ")
    if not s:
        raise AnswerError(translate("Quiz", "Type a number, e.g. 0.75, 0,75 or 3/4."))
    if len(s) > MAX_ANSWER_CHARS:
        raise AnswerError(translate("Quiz", "That answer is too long to be a number."))
    if _DECIMAL.fullmatch(s):
        value = float(s.replace(",", "."))
    elif m := _MIXED.fullmatch(s):
        sign, whole, num, den = m.groups()
        value = _ratio(Fraction(int(whole) * int(den) + int(num)), Fraction(int(den)), sign)
    elif m := _FRACTION.fullmatch(s):
        sign, num, den = m.groups()
        value = _ratio(Fraction(num.replace(",", ".")), Fraction(den.replace(",", ".")), sign)
    else:
        raise AnswerError(translate("Quiz", "\"{0}\" is not a number: write e.g. 0.75, 0,75, 3/4 or 1 1/2 "
                                            "(one decimal mark, no thousands separator).").format(s[:20]))
    if not math.isfinite(value):
        raise AnswerError(translate("Quiz", "That number is too large."))
    return value


def _ratio(num: Fraction, den: Fraction, sign: str) -> float:
    if den == 0:
        raise AnswerError(translate("Quiz", "A fraction cannot have 0 below the line."))
    q = num / den
    return float(-q if sign == "-" else q)


def tolerance(value: float, digits: int = 4) -> float:
    """One unit of the last of ``digits`` significant digits of ``value`` as the explainer
    prints it (0.5744 → 0.0001); for 0 (printed "0") one unit of the ``digits``-th decimal."""
    v = float(value)
    if v == 0 or not math.isfinite(v):
        return 10.0 ** -digits
    exponent = int(f"{v:.{max(digits, 1) - 1}e}".split("e")[1])   # of the printed (rounded) number
    return 10.0 ** (exponent - digits + 1)


def tolerance_text(value: float, digits: int = 4) -> str:
    """The rule for ``value`` in words, with the very tolerance :func:`check` applies."""
    return translate("Quiz", "Right within ±{0}: one unit in the last of the {1} significant digits "
                             "the explainer shows.").format(significant(tolerance(value, digits), 1), digits)


@dataclass(frozen=True)
class Verdict:
    right: bool
    answer: float
    value: float
    tol: float

    def message(self, digits: int = 4) -> str:
        if self.right:
            return translate("Quiz", "Right: {0} (the engine has {1}).").format(
                significant(self.answer, digits + 2), significant(self.value, digits))
        return translate("Quiz", "Not quite: {0} is {1} away; within ±{2} counts as right. Try again or press Show.").format(
            significant(self.answer, digits + 2), significant(abs(self.answer - self.value), 2),
            significant(self.tol, 1))


def check(text: str, value: float, digits: int = 4) -> Verdict:
    """The answer typed in ``text`` against the engine's ``value`` (AnswerError if it is no number)."""
    answer = parse_answer(text)
    tol = tolerance(value, digits)
    return Verdict(abs(answer - float(value)) <= tol, answer, float(value), tol)


# --- which lines can be asked ----------------------------------------------------------------
def line_key(line: Line) -> tuple:
    """What names a line across redraws: (role, sample, weight)."""
    return (line.role, line.sample, line.weight)


def askable(line: Line) -> bool:
    v = line.value
    return line.role in ASKABLE and isinstance(v, float) and math.isfinite(v)


def askable_lines(ex: Explanation | None) -> list[Line]:
    return [] if ex is None else [line for line in ex.lines if askable(line)]


def label(line: Line, ex: Explanation | None = None) -> str:
    """A line's number in words: "z", "δ", "∂L/∂w₁", "new w₁", "loss of the step" (with its
    sample when the step details several)."""
    text = line.text
    if line.role in ("new_w", "new_b"):
        name = translate("Quiz", "new {0}").format(text.split(" ←")[0])
    elif line.role == "loss":
        name = translate("Quiz", "loss of the step")
    else:
        name = text.split(" = ")[0]
    if line.role in ("m", "v", "m_hat", "v_hat") and line.weight is not None:
        name += f" ({'b' if line.weight < 0 else 'w' + _sub(line.weight + 1)})"
    if ex is not None and line.sample is not None and len({l.sample for l in ex.lines if l.role == line.role}) > 1:
        name += translate("Quiz", " (sample position {0})").format(line.sample + 1)
    return name


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def hidden_text(line: Line, digits: int = 4) -> str:
    """The line with its result (the number after its last "=") replaced by "?"."""
    text = line.text
    shown = significant(line.value, digits)
    k = text.rfind("= " + shown)
    if k >= 0:
        return text[:k] + "= ?" + text[k + 2 + len(shown):]
    k = text.rfind(" = ")
    return (text[:k] if k >= 0 else text) + " = ?"


def find_line(ex: Explanation | None, quantity: str, weight: int | None = None) -> Line | None:
    """The line a beat or exercise asks: its first line of that quantity (``weight`` 1 = w₁)."""
    role = QUANTITIES.get(quantity)
    for line in askable_lines(ex):
        if line.role != role:
            continue
        if quantity in WEIGHTED and line.weight != (weight or 1) - 1:
            continue
        return line
    return None


# --- a lesson's exercises ---------------------------------------------------------------------
def check_exercises(raw) -> tuple[dict, ...]:
    """A lesson file's ``[[exercises]]`` checked: each a table with ``title`` and ``text``,
    optionally what to compute (``quantity``, ``layer``, ``neuron``, ``weight``) after a
    ``step`` of a kind. Untrusted: every key, type and length is checked; one-line errors."""
    if not isinstance(raw, list):
        raise ExerciseError(translate("Quiz", "exercises: must be a list of [[exercises]] tables"))
    if len(raw) > MAX_EXERCISES:
        raise ExerciseError(translate("Quiz", "exercises: {0} exercises; at most {1} are allowed").format(
            local(f"{len(raw):,}"), MAX_EXERCISES))
    return tuple(_check_exercise(i, e) for i, e in enumerate(raw, 1))


def _check_exercise(i: int, e) -> dict:
    def fail(key, what):
        raise ExerciseError(translate("Quiz", "exercise {0}: {1}: {2}").format(i, key, what))

    if not isinstance(e, dict):
        raise ExerciseError(translate("Quiz", "exercise {0}: must be a table with title and text").format(i))
    for key in e:
        if key not in EXERCISE_KEYS:
            close = difflib.get_close_matches(str(key)[:100], EXERCISE_KEYS, n=1, cutoff=0.6)
            if close:
                fail(str(key)[:40], translate("Quiz", "unknown key (did you mean {0}?)").format(repr(close[0])))
            fail(str(key)[:40], translate("Quiz", "unknown key; known keys: {0}").format(", ".join(EXERCISE_KEYS)))
    out = {}
    for key, limit in (("title", MAX_TITLE_CHARS), ("text", MAX_CAPTION_CHARS)):
        if key not in e:
            fail(key, translate("Quiz", "missing"))
        try:
            out[key] = check_text(e[key], limit, empty_ok=False)
        except LimitError as err:
            fail(key, err)
    if "step" in e:
        if e["step"] not in STEP_KINDS:
            fail("step", translate("Quiz", "must be one of {0}, not {1}").format(", ".join(STEP_KINDS), repr(str(e["step"])[:40])))
        out["step"] = e["step"]
    if "quantity" not in e:
        for key in ("layer", "neuron", "weight"):
            if key in e:
                fail(key, translate("Quiz", "belongs to a quantity to compute ({0})").format('quantity = "z", …'))
        return out
    q = e["quantity"]
    if q not in QUANTITIES:
        hint = difflib.get_close_matches(str(q)[:100], list(QUANTITIES), n=1, cutoff=0.6)
        if hint:
            fail("quantity", translate("Quiz", "unknown {0} (did you mean {1}?); choose one of {2}").format(
                repr(str(q)[:40]), repr(hint[0]), ", ".join(QUANTITIES)))
        fail("quantity", translate("Quiz", "unknown {0}; choose one of {1}").format(repr(str(q)[:40]), ", ".join(QUANTITIES)))
    out["quantity"] = q
    for key, lo, hi, required in (("layer", 1, MAX_HIDDEN_LAYERS + 1, True), ("neuron", 0, MAX_NEURONS - 1, True),
                                  ("weight", 1, MAX_WEIGHT, False)):
        if key not in e:
            if required:
                fail(key, translate("Quiz", "missing (a quantity needs layer and neuron)"))
            continue
        if key == "weight" and q not in WEIGHTED:
            fail("weight", translate("Quiz", "only {0} and {1} name a weight").format(*WEIGHTED))
        try:
            out[key] = check_int(e[key], lo, hi)
        except LimitError as err:
            fail(key, err)
    return out


def check_refs(what: str, quantity: str, layer: int, neuron: int, weight: int | None, sizes: list[int]) -> None:
    """The neuron and weight a quiz beat or exercise names exist in a network of ``sizes``
    (ValueError, one line, naming ``what``)."""
    if not 1 <= layer < len(sizes):
        raise ValueError(translate("Quiz", "{0}: layer: layer {1} does not exist: the layers with neurons are 1 to {2}").format(
            what, layer, len(sizes) - 1))
    if neuron >= sizes[layer]:
        raise ValueError(translate("Quiz", "{0}: neuron: layer {1} has {2} neurons (0 to {3}), not {4}").format(
            what, layer, sizes[layer], sizes[layer] - 1, neuron + 1))
    if quantity in WEIGHTED and (weight or 1) > min(sizes[layer - 1], MAX_WEIGHT):
        raise ValueError(translate("Quiz", "{0}: weight: the neuron has {1} weights; the explainer shows {2} to {3}").format(
            what, sizes[layer - 1], "w₁", "w" + _sub(min(sizes[layer - 1], MAX_WEIGHT))))
    if quantity == "loss" and layer != len(sizes) - 1:
        raise ValueError(translate("Quiz", "{0}: quantity: the loss is shown for an output neuron (layer {1})").format(
            what, len(sizes) - 1))


def exercise_refs_ok(exercises, sizes: list[int]) -> None:
    """Every exercise's neuron and weight exist (ExerciseError, one line)."""
    for i, e in enumerate(exercises, 1):
        if "quantity" in e:
            try:
                check_refs(translate("Quiz", "exercise {0}").format(i), e["quantity"], e["layer"], e["neuron"], e.get("weight"), sizes)
            except ValueError as err:
                raise ExerciseError(str(err)) from None


__all__ = ["ASKABLE", "AnswerError", "ExerciseError", "QUANTITIES", "Verdict", "askable_lines", "check",
           "check_exercises", "check_refs", "exercise_refs_ok", "find_line", "hidden_text", "label", "line_key",
           "parse_answer", "tolerance", "tolerance_text"]
