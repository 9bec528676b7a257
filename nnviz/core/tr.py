"""Translating the words the engine writes, without importing Qt.

Code in ``nnviz.core`` marks each user-visible sentence as ``translate("Context", "Text {0}")``
and fills numbers in afterwards with ``.format(...)``, so that ``pyside6-lupdate`` (which reads
calls named ``translate`` with two string literals) can extract it. The UI or the command line
installs the real lookup with :func:`set_translator` (Qt's ``QCoreApplication.translate``);
until then the English source text is returned unchanged.
"""
from __future__ import annotations

from typing import Callable

_lookup: Callable[[str, str], str] | None = None


def set_translator(lookup: Callable[[str, str], str] | None) -> None:
    """Use ``lookup(context, text)`` for every later :func:`translate`; ``None`` = English."""
    global _lookup
    _lookup = lookup


def translate(context: str, text: str) -> str:
    """``text`` in the current language (the source text when no translation is installed)."""
    if _lookup is None:
        return text
    return _lookup(context, text) or text
