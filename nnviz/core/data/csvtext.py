"""Names on one line, for messages about a table: line breaks and control characters escaped,
cut to a length, listed and counted. Used when reading a CSV file and when preparing it."""
from __future__ import annotations

import re
from typing import Mapping

NAME_CHARS = 60  # a column or class name longer than this is cut in messages
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with line breaks and control characters escaped: "a\\nb" stays on one line."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def shown(name: object, limit: int = NAME_CHARS) -> str:
    """A name as a message shows it: escaped, and cut to ``limit`` characters."""
    text = printable(str(name))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def name_list(items, limit: int = 30) -> str:
    """"a, b, c" of at most ``limit`` names, each :func:`shown`."""
    items = [shown(i) for i in items]
    return ", ".join(items[:limit]) + (f", … ({len(items)} in all)" if len(items) > limit else "")


def counts_text(d: Mapping[str, int], limit: int = 5) -> str:
    items = sorted(d.items(), key=lambda kv: -kv[1])
    text = ", ".join(f"{shown(k)}: {v:,}" for k, v in items[:limit])
    return text + (", …" if len(items) > limit else "")
