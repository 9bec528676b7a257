"""Translating the words the engine writes, and the current language, without importing Qt.

Code in ``nnviz.core`` marks each user-visible sentence as ``translate("Context", "Text {0}")``
and fills numbers in afterwards with ``.format(...)``, so that ``pyside6-lupdate`` (which reads
calls named ``translate`` with two string literals) can extract it. A sentence kept and shown
later (a table's notes) is marked ``QT_TRANSLATE_NOOP("Context", "Text {0}")`` where it is made
and translated when it is shown (:class:`nnviz.core.text.Note`). The UI installs Qt's lookup
with :func:`set_translator` (``QCoreApplication.translate``, after installing QTranslators); the
command line uses :func:`use_language`, which reads the shipped ``nnviz_core_XX.qm`` with
:func:`read_qm` — plain Python, because the command line must work on a machine without Qt's
system libraries (QtCore alone already needs libglib). Until a lookup is installed the English
source text is returned unchanged.

:func:`set_language` is the one place the language is set: the decimal mark
(:func:`nnviz.core.text.decimal_comma`) and the lesson texts follow it.
"""
from __future__ import annotations

import struct
from importlib import resources
from typing import Callable

LANGUAGES = ("en", "de", "es")          # the shipped languages; "en" is the source text
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}
COMMA_LANGUAGES = ("de", "es")          # languages that write 0,5
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MAX_QM_BYTES = 4 << 20

_lookup: Callable[[str, str], str] | None = None
_language = "en"


def set_translator(lookup: Callable[[str, str], str] | None) -> None:
    """Use ``lookup(context, text)`` for every later :func:`translate`; ``None`` = English."""
    global _lookup
    _lookup = lookup


def translate(context: str, text: str) -> str:
    """``text`` in the current language (the source text when no translation is installed)."""
    if _lookup is None:
        return text
    return _lookup(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """``text`` unchanged: marks a sentence kept to be translated later (a :class:`~nnviz.core.text.Note`
    made once and shown in whatever language is current then), so that ``pyside6-lupdate``
    still extracts it under ``context``."""
    return text


def language() -> str:
    """The current language code: ``"en"``, ``"de"`` or ``"es"``."""
    return _language


def set_language(code: str) -> None:
    """Make ``code`` (one of :data:`LANGUAGES`) the current language: lesson texts and the
    decimal mark follow it. Words still need a lookup (:func:`set_translator` or
    :func:`use_language`)."""
    global _language
    code = normalise(code)
    if code is None:
        raise ValueError(translate("Language", "unknown language; nnviz speaks {0}").format(", ".join(LANGUAGES)))
    _language = code


def normalise(code: str | None) -> str | None:
    """``"de_DE"``, ``"de-AT"``, ``"DE"`` → ``"de"``; ``None`` for a language nnviz does not speak."""
    if not code:
        return None
    base = str(code).strip().replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def qm_path(code: str, part: str = "core"):
    """The shipped compiled translation ``nnviz_<part>_<code>.qm`` (a Traversable)."""
    return resources.files("nnviz").joinpath("i18n", f"nnviz_{part}_{code}.qm")


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The ``(context, source) → translation`` pairs of a ``.qm`` file written by lrelease
    (its messages block keeps the source text and the context next to each translation).
    A file that is not such a file gives ``{}``: the words stay English."""
    if not data.startswith(QM_MAGIC) or len(data) > MAX_QM_BYTES:
        return {}
    pos, out = len(QM_MAGIC), {}
    try:
        while pos + 5 <= len(data):
            tag, size = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            pos += 5
            if tag == 0x69:
                out.update(_qm_messages(data[pos:pos + size]))
            pos += size
    except (struct.error, UnicodeDecodeError, IndexError):
        return {}
    return out


def _qm_messages(block: bytes) -> dict[tuple[str, str], str]:
    out, pos = {}, 0
    context = source = translation = None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == 1:                                  # end of one message
            if translation is not None and source is not None:
                out[(context or "", source)] = translation
            context = source = translation = None
            continue
        if tag in (5,):                               # obsolete, no payload
            continue
        size = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if size == 0xFFFFFFFF:                        # a null string
            continue
        raw = block[pos:pos + size]
        pos += size
        if tag == 3:
            translation = raw.decode("utf-16-be")
        elif tag == 6:
            source = raw.decode("utf-8")
        elif tag == 7:
            context = raw.decode("utf-8")
    return out


def use_language(code: str) -> None:
    """The command line's language: :func:`set_language` plus the words of the shipped core
    translation (read without Qt). English removes the lookup."""
    set_language(code)
    if _language == "en":
        set_translator(None)
        return
    try:
        table = read_qm(qm_path(_language).read_bytes())
    except OSError:
        table = {}
    set_translator(lambda context, text: table.get((context, text), text))
