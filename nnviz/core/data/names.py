"""Readable short names for a table's columns, for labels on the diagram and the plots.

A CSV header is written for a program ("petal_length_cm", "BloodPressure"); a class reads
"petal length". :func:`readable_names` turns a list of column names into labels that stay
distinct from each other (never "petal_l…" next to "petal_…") and short enough for a label.
"""
from __future__ import annotations

import re

# Unit suffixes a header often carries; the axis or the table says the unit elsewhere.
UNITS = ("cm", "mm", "m", "km", "kg", "g", "mg", "lb", "lbs", "in", "ft", "s", "ms", "min", "h", "pct", "percent")
MAX_CHARS = 22


def _words(name: str) -> list[str]:
    """Split snake_case, kebab-case, dotted and camelCase names into lower-case words."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(name))     # camelCase -> camel Case
    text = re.sub(r"[\s_\-.]+", " ", text).strip()
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", text)          # "length (cm)" -> "length"
    words = text.split(" ") if text else []
    # Keep acronyms (BMI) as written; lower-case the rest.
    return [w if w.isupper() else w.lower() for w in words]


def readable_name(name: str, max_chars: int = MAX_CHARS) -> str:
    """One column name made readable: separators become spaces, a trailing unit goes,
    and a name longer than ``max_chars`` is cut at a word with "…"."""
    words = _words(name)
    if len(words) > 1 and words[-1].lower() in UNITS:
        words = words[:-1]
    text = " ".join(words) or str(name).strip() or "?"
    if len(text) > max_chars:
        cut = text[: max_chars - 1]
        if " " in cut[max_chars // 2:]:
            cut = cut[: cut.rindex(" ")]
        text = cut.rstrip() + "…"
    return text


def readable_names(names: list[str], max_chars: int = MAX_CHARS) -> list[str]:
    """:func:`readable_name` for every column, keeping them distinct: where two readable names
    would be equal, those columns keep their original spelling (shortened from the left)."""
    out = [readable_name(n, max_chars) for n in names]
    seen: dict[str, int] = {}
    for s in out:
        seen[s] = seen.get(s, 0) + 1
    for i, (s, n) in enumerate(zip(out, names)):
        if seen[s] > 1:
            n = str(n)
            out[i] = n if len(n) <= max_chars else "…" + n[-(max_chars - 1):]
    # Still equal (the same column name twice): number them.
    dupes = {s for s in out if out.count(s) > 1}
    counts: dict[str, int] = {}
    for i, s in enumerate(out):
        if s in dupes:
            counts[s] = counts.get(s, 0) + 1
            out[i] = f"{s} ({counts[s]})"
    return out


def diagram_names(names: list[str], visible: int = 6, max_chars: int = MAX_CHARS) -> list[str]:
    """Names for a cramped place that may cut a label after about ``visible`` characters (the
    diagram's input labels): :func:`readable_names`, with the leading words shortened to three
    letters ("sep. length", "pet. width") when the readable names would not differ within
    their first ``visible`` characters. Every name keeps what tells it apart at its front."""
    readable = readable_names(names, max_chars)

    def distinct(labels: list[str]) -> bool:
        heads = [s[:visible] for s in labels]
        return len(set(heads)) == len(heads)

    if distinct(readable):
        return readable
    short = []
    for s in readable:
        words = s.split(" ")
        lead = [w[:3] + "." if len(w) > 4 else w for w in words[:-1]]
        short.append(" ".join(lead + words[-1:]))
    return short if distinct(short) or len(set(short)) == len(short) else readable
