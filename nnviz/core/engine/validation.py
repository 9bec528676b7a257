"""Checks of what a person types, shared by the settings panel, the CLI and the engine, so each
rule lives in one place and says what is wrong in one line."""
from __future__ import annotations

import math

MAX_LEARNING_RATE = 1000.0


def parse_learning_rate(value) -> tuple[float | None, str]:
    """The one check of a learning rate, typed (``"0,03"``, ``" 1e-3 "``) or given as a number:
    ``(value, "")`` when usable, else ``(None, why)`` in a few plain words."""
    if isinstance(value, str):
        text = value.strip()
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # 0,03 as typed with a European keyboard
        if not text:
            return None, "Type a number, e.g. 0.03"
        shown = text if len(text) <= 8 else text[:7] + "…"
        try:
            number = float(text)
        except ValueError:
            return None, f"“{shown}” is not a number"
        if not math.isfinite(number):
            return None, f"“{shown}” is not a number"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        if not math.isfinite(number):
            return None, f"{value} is not a number"
    else:
        return None, f"{value!r} is not a number"
    if number <= 0:
        return None, "It must be more than 0"
    if number > MAX_LEARNING_RATE:
        return None, f"Too large (at most {MAX_LEARNING_RATE:g}; 0.001 to 10 is usual)"
    return number, ""
