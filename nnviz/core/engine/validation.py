"""Checks of what a person types, shared by the settings panel, the CLI and the engine, so each
rule lives in one place and says what is wrong in one line."""
from __future__ import annotations

import math

from ..text import local, parse_number
from ..tr import translate

MAX_LEARNING_RATE = 1000.0


def parse_learning_rate(value) -> tuple[float | None, str]:
    """The one check of a learning rate, typed (``"0,03"``, ``" 1e-3 "``: read by
    :func:`~nnviz.core.text.parse_number`) or given as a number: ``(value, "")`` when usable,
    else ``(None, why)`` in a few plain words."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None, translate("Validation", "Type a number, e.g. 0.03")
        shown = text if len(text) <= 8 else text[:7] + "…"
        try:
            number = parse_number(text)
        except ValueError:
            return None, translate("Validation", "“{0}” is not a number").format(shown)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if not math.isfinite(number):
            return None, translate("Validation", "{0} is not a number").format(value)
    else:
        return None, translate("Validation", "{0} is not a number").format(repr(value))
    if number <= 0:
        return None, translate("Validation", "It must be more than 0")
    if number > MAX_LEARNING_RATE:
        return None, translate("Validation", "Too large (at most {0}; 0.001 to 10 is usual)").format(
            local(f"{MAX_LEARNING_RATE:g}"))
    return number, ""
