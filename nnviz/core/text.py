"""Text the app shows: numbers, names inside rich text, and error messages on one line.

Every view, message and caption takes its numbers from the few formatters here, so the same
kind of number reads the same everywhere:

=====================  ==============================  ==========================================
formatter              looks like                      for
=====================  ==============================  ==========================================
:func:`plain`          ``3``, ``0.25``, ``1e-05``      epochs, class names made from numbers
:func:`fixed`          ``0.6931``, ``1.235e+04``       losses and scores (4 decimals; 4 significant
                                                       digits once a diverging run explodes)
:func:`grouped`        ``5.84``, ``12,345``            values in a sentence (a spec below 1,000,
                                                       whole and grouped from there)
:func:`significant`    ``0.5987``, ``1.235e6``         the step explainer's arithmetic
:func:`positional`     ``0.00001``, ``3``              a learning rate or penalty in a list
:func:`decimals`       ``-0.4132``, ``1.2346e+05``     one exact value on the diagram (hover)
:func:`node_value`     ``0.42``, ``12``, ``6e14``      a value inside a node (≤ 5 characters)
:func:`edge_value`     ``0.293``, ``12.50``, ``2e3``   a weight or bias on an edge (≤ 6 characters)
:func:`small_value`    ``-4e-3`` or ``""``             a δ or gradient too small for two decimals
=====================  ==============================  ==========================================

A bare format spec (``f"{v:.4g}"``, ``f"{v:,}"``) needs no helper. The prediction table's
``format_number`` stays in :mod:`nnviz.core.app.predict`: its source is copied into the exported
PyTorch script, which must not import nnviz.

No minus sign on a zero that rounds to zero (``0.00``, not ``-0.00``), and exponents without
``+`` or leading zeros (``6e14``) wherever a number must fit a small space.

**The decimal mark.** German and Spanish write ``0,1404``: after :func:`set_decimal_comma`
(``nnviz.core.tr.set_language`` calls it) every formatter above gives a comma for the point and a
point for the thousands comma (``12.345``), and :func:`list_separator` gives ``"; "`` so that a
list of numbers stays readable (``(0,5; 0,25)``). Files are never written with these formatters.
:func:`parse_number` reads every number a person types, with either mark.

**Notes kept and shown later.** A sentence made once and shown for as long as its data is
loaded (a table's notes: "Dropped 3 of 150 rows …") is a :class:`Note`: its context, its English
source text and its values, written out by :meth:`Note.text` in the language of the moment, so
a language switch re-writes it. Its values: names as given, whole numbers grouped (``12.345`` in
German), :class:`Num` and :class:`Counts` for other numbers, a :class:`Note` inside a note, a
tuple of these for a list.

This module imports no Qt.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .tr import COMMA_LANGUAGES, language, translate


# --- the decimal mark ----------------------------------------------------------------------
_comma: bool | None = None
_SWAP = str.maketrans(".,", ",.")


def set_decimal_comma(on: bool | None) -> None:
    """Write numbers as ``0,5`` (and ``12.345``) from now on; ``False``: ``0.5`` and ``12,345``;
    ``None``: as the current language writes them (:func:`nnviz.core.tr.set_language`)."""
    global _comma
    _comma = None if on is None else bool(on)


def decimal_comma() -> bool:
    """True while numbers are written with a decimal comma."""
    if _comma is not None:
        return _comma
    return language() in COMMA_LANGUAGES


def local(text: str) -> str:
    """A number written with a point (``"0.5"``, ``"12,345.5"``) with the current decimal mark."""
    return text.translate(_SWAP) if decimal_comma() else text


def list_separator() -> str:
    """Between numbers in a list: ``", "``, or ``"; "`` when the decimal mark is a comma."""
    return "; " if decimal_comma() else ", "


MAX_TYPED_CHARS = 60


def parse_number(text: str) -> float:
    """The number a person typed, with a point or a comma as the decimal mark: ``"0,05"``,
    ``"0.05"``, ``" -1,5e-3 "``. A typed number never has thousands separators, so ``"1,234"``
    is 1.234 in every language (write 1234 for a thousand and more); text with both marks
    (``"1,234.5"``), two marks, or anything else that is not one finite number raises
    ``ValueError`` with a one-line message. Fractions (``1/3``) are the quiz's business."""
    raw = str(text).strip()
    shown = clipped(printable(raw), 20)
    if not raw or len(raw) > MAX_TYPED_CHARS:
        raise ValueError(translate("Numbers", "'{0}' is not a number").format(shown))
    if "," in raw and "." in raw:
        raise ValueError(translate("Numbers", "'{0}' has both a comma and a point: write one decimal mark "
                                              "and no thousands separators").format(shown))
    if raw.count(",") > 1:
        raise ValueError(translate("Numbers", "'{0}' has more than one decimal mark").format(shown))
    if not re.fullmatch(r"[+-]?(\d+[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?", raw):
        raise ValueError(translate("Numbers", "'{0}' is not a number").format(shown))
    value = float(raw.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(translate("Numbers", "'{0}' is too big").format(shown))
    return value


# --- numbers -------------------------------------------------------------------------------
def unsigned_zero(text: str) -> str:
    """``"-0.00"`` -> ``"0.00"``: a negative number that rounds to zero shows no sign."""
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def short_exponent(text: str) -> str:
    """``"6e+14"`` -> ``"6e14"``, ``"-4e-03"`` -> ``"-4e-3"``; text without an exponent as is."""
    if "e" not in text:
        return text
    mant, exp = text.split("e")
    return f"{mant}e{int(exp)}"


def plain(v: float) -> str:
    """A whole number without ``.0`` (``3``), anything else in the shortest form (``0.25``)."""
    return local(plain_point(v))


def plain_point(v: float) -> str:
    """:func:`plain` always with a point: a name made from a number (a class called ``0.5``)."""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def fixed(v: float, places: int = 4, wide_from: float = 1e4) -> str:
    """``places`` decimals; ``places`` significant digits from ``wide_from`` on, so a diverging
    run's huge losses stay short (``1.235e+04``)."""
    return local(f"{v:.{places}f}" if abs(v) < wide_from else f"{v:.{places}g}")


def grouped(v: float, spec: str = ".3g") -> str:
    """``v`` in ``spec`` below 1,000; from there a whole number with thousands separators."""
    return local(format(v, spec) if abs(v) < 1000 else f"{v:,.0f}")


def readable(v: float) -> str:
    """3 significant digits, but never scientific notation for everyday sizes (``3800``, not
    ``3.8e+03``): a coordinate in original units."""
    if 1000 <= abs(v) < 1e9:
        return f"{v:.0f}"
    return local(f"{v:.3g}")


def significant(v: float, digits: int = 4) -> str:
    """``v`` to ``digits`` significant digits: ``0.5987``, ``-0.1``, ``1.235e6``, ``0``."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if v == 0:
        return "0"
    return local(short_exponent(f"{v:.{digits}g}"))


def positional(v: float) -> str:
    """Plain decimals, never an exponent: 1e-05 -> ``0.00001``, 3.0 -> ``3``."""
    return local(np.format_float_positional(float(v), trim="-"))


def decimals(v: float, places: int = 4, sci_from: float = 1e5) -> str:
    """``places`` decimals (``-0.4132``); scientific notation from ``sci_from`` on; ``nan`` as is."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if abs(v) >= sci_from:
        return local(f"{v:.{places}e}")
    return local(unsigned_zero(f"{v:.{places}f}"))


def node_value(v: float) -> str:
    """A value printed inside a node: at most 5 characters (``0.42``, ``-12``, ``6e14``)."""
    if not math.isfinite(v):
        return str(float(v))
    if abs(v) < 9.995:
        return local(unsigned_zero(f"{v:.2f}"))
    if abs(v) < 999.5:
        return f"{v:.0f}"
    return short_exponent(f"{v:.0e}")


# (below this, spec): 3 decimals below 10, so 0.293 moves visibly from 0.300 after one step.
_EDGE_SPECS = ((9.9995, ".3f"), (99.995, ".2f"), (999.95, ".1f"))


def edge_value(v: float) -> str:
    """A weight or bias printed on the diagram: 3 decimals below 10, fewer for bigger values,
    at most 6 characters."""
    if not math.isfinite(v):
        return str(float(v))
    for limit, spec in _EDGE_SPECS:
        if abs(v) < limit:
            return local(unsigned_zero(format(v, spec)))
    return short_exponent(f"{v:.0e}")


def small_value(v: float) -> str:
    """A δ or gradient below 0.01, where two decimals would say ``0.00``: ``-4e-3``. ``""``
    for anything else (zero, non-finite, or big enough for :func:`node_value`)."""
    if math.isfinite(v) and v != 0 and abs(v) < 0.00995:
        return local(short_exponent(f"{v:.0e}"))
    return ""


# --- names and messages --------------------------------------------------------------------
def printable(text: str) -> str:
    """``text`` with characters that are not printable shown escaped: a class named "a\\nb"
    reads ``a\\nb`` on one line instead of breaking a table or a legend in two."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)


def escape_html(text: str) -> str:
    """``text`` safe as the content of a rich-text element: ``&``, ``<`` and ``>`` escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rich_text(text: object) -> str:
    """A name inside rich text: control characters shown escaped, then HTML specials escaped."""
    return escape_html(printable(str(text)))


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ``…`` standing for what was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def file_label(path, fallback: str) -> str:
    """A file's name for a one-line message: a path may hold anything, so a NUL shows as ?,
    a long name is cut to 80 characters, and a path that is no path at all is ``fallback``."""
    try:
        text = os.fsdecode(os.fspath(path))
    except TypeError:
        return fallback
    name = Path(text.replace("\x00", "?")).name or text
    return clipped(name, 80)


def one_line(message: object, limit: int | None = None) -> str:
    """An exception or a message on one line: every run of white space (line breaks included)
    becomes one space, so a status bar or a dialog's first line shows all of it; with ``limit``,
    :func:`clipped` to that many characters."""
    text = " ".join(str(message).split())
    return text if limit is None else clipped(text, limit)


# --- sentences kept and shown later ----------------------------------------------------------
# A note's kind, for views that leave some out: what is always done (the split, the scaling, the
# task) is no news for the status line, the "Read N rows" line repeats the Data panel's file line,
# and a generated set's own line is replaced when its points are made again.
ROUTINE, READ, GENERATED = "routine", "read", "generated"


@dataclass(frozen=True)
class Num:
    """A number in a :class:`Note` as ``format(value, spec)`` writes it, with the decimal mark of
    the moment; a tuple of numbers is joined by ``sep`` (a split: ``75/10/15``)."""

    value: float | tuple
    spec: str = ","
    sep: str = "/"

    def text(self, english: bool = False) -> str:
        values = self.value if isinstance(self.value, tuple) else (self.value,)
        out = self.sep.join(format(v, self.spec) for v in values)
        return out if english else local(out)


@dataclass(frozen=True)
class Counts:
    """``a: 4, b: 1, …`` in a :class:`Note`: names as given, counts written as the language writes them."""

    pairs: tuple            # ((name, count), ...)
    more: bool = False      # some were left out: ", …"

    def text(self, english: bool = False) -> str:
        out = ", ".join(f"{name}: {_note_value(n, english)}" for name, n in self.pairs)
        return out + (", …" if self.more else "")


@dataclass(frozen=True)
class Note:
    """A sentence kept as data and written out when shown: ``translate(context, source)``
    filled with ``args`` (see the module docstring). ``str(note)`` is :meth:`text`. Where a note
    is made, its source is marked ``QT_TRANSLATE_NOOP(context, source)`` so that
    ``pyside6-lupdate`` extracts it. ``kind``: "" or one of :data:`ROUTINE`, :data:`READ`,
    :data:`GENERATED`."""

    context: str
    source: str
    args: tuple = ()
    kind: str = ""

    def text(self) -> str:
        """In the current language, numbers with its decimal mark."""
        return translate(self.context, self.source).format(*(_note_value(a, False) for a in self.args))

    def english(self) -> str:
        """In English with a decimal point, whatever the language: what files keep."""
        return self.source.format(*(_note_value(a, True) for a in self.args))

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)


@dataclass(frozen=True)
class Translated:
    """A text a file gives in several languages (a lesson's note: ``notes`` and ``de.notes``),
    shown in the language of the moment: ``texts`` is ``(("", default), ("de", …), …)``; a
    language without its own text shows the default, one whose list is shorter shows nothing."""

    texts: tuple
    kind: str = ""

    def text(self) -> str:
        by_language = dict(self.texts)
        return by_language.get(language(), by_language.get("", ""))

    def english(self) -> str:
        """The file's default text (what a session file keeps)."""
        return dict(self.texts).get("", "")

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)


def _note_value(value: object, english: bool) -> str:
    if isinstance(value, Note):
        return value.english() if english else value.text()
    if isinstance(value, (Num, Counts)):
        return value.text(english)
    if isinstance(value, tuple):                  # a list: "a (3 categories), b (2 categories)"
        return ", ".join(_note_value(v, english) for v in value)
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return Num(int(value)).text(english)
    if isinstance(value, (float, np.floating)):
        return Num(float(value), ".3g").text(english)
    return str(value)


def note_text(note: object, english: bool = False) -> str:
    """A note as text: a :class:`Note` or :class:`Translated` in the current language (in
    English, the default, with ``english``), anything else (a note read from a file) as it is."""
    if isinstance(note, (Note, Translated)):
        return note.english() if english else note.text()
    return str(note)
