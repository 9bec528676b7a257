"""Names on one line, for messages about a table: line breaks and control characters escaped,
cut to a length, listed and counted. Used when reading a CSV file and when preparing it.

:func:`note` makes one of the table's notes: kept as data (a :class:`~nnviz.core.text.Note`)
and written out in the language of the moment wherever it is shown."""
from __future__ import annotations

import re
from typing import Mapping

from nnviz.core.text import Counts, Note
from nnviz.core.tr import QT_TRANSLATE_NOOP

NAME_CHARS = 60  # a column or class name longer than this is cut in messages
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with line breaks and control characters escaped: "a\\nb" stays on one line."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def shown(name: object, limit: int = NAME_CHARS) -> str:
    """A name as a message shows it: escaped, and cut to ``limit`` characters."""
    text = printable(str(name))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def name_list(items, limit: int = 30) -> str | Note:
    """"a, b, c" of at most ``limit`` names, each :func:`shown` (a note's value, or text
    through ``format``: "a, b, … (40 in all)" when there are more)."""
    items = [shown(i) for i in items]
    if len(items) <= limit:
        return ", ".join(items)
    return Note("Csv", QT_TRANSLATE_NOOP("Csv", "{0}, … ({1} in all)"), (", ".join(items[:limit]), len(items)))


def counts_text(d: Mapping[str, int], limit: int = 5) -> Counts:
    """"a: 4, b: 1, …": the ``limit`` largest counts, most first (a note's value)."""
    items = sorted(d.items(), key=lambda kv: -kv[1])
    return Counts(tuple((shown(k), int(v)) for k, v in items[:limit]), len(items) > limit)


def note(source: str, *args, kind: str = "") -> Note:
    """One of a table's notes: ``source`` (marked ``QT_TRANSLATE_NOOP("Csv", …)`` where it is
    written) filled with ``args`` whenever it is shown."""
    return Note("Csv", source, tuple(args), kind)
