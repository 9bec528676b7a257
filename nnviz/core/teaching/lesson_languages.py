"""A lesson file's texts in other languages, read and checked.

The file's ``title``, ``caption``, ``notes`` and each beat's ``caption`` are its default texts; a
language's variants sit beside them as ``de.caption = "…"`` (a ``[de]`` table is the same) and, in
a beat, ``de.caption = "…"``. Only the languages nnviz ships are keys (:data:`LANGUAGES`), each
text has the default's limits, and a translated beat caption names the same ``{placeholders}``
as its default. ``r`` is the lesson reader of :mod:`nnviz.core.teaching.lesson_files`: its
``fail(key, what)`` raises the file's one-line error.
"""
from __future__ import annotations

from ..limits import MAX_CAPTION_CHARS, MAX_NOTES, MAX_TITLE_CHARS
from ..tr import LANGUAGES, translate
from .captions import CaptionError, caption_fields

LANGUAGE_KEYS = ("title", "caption", "notes")     # what a top-level language table may give


def read_translations(r, doc: dict) -> dict:
    """The top-level language tables: ``{"de": {"title": …, "caption": …, "notes": (…)}}``."""
    out = {}
    for code in LANGUAGES:
        if code not in doc:
            continue
        table = r.table(doc, code, "")
        r.keys(table, LANGUAGE_KEYS, f"{code}.")
        texts: dict = {}
        if "title" in table:
            texts["title"] = r.text(table, "title", f"{code}.", MAX_TITLE_CHARS)
        if "caption" in table:
            texts["caption"] = r.text(table, "caption", f"{code}.", MAX_CAPTION_CHARS)
        if "notes" in table:
            texts["notes"] = tuple(r.str_list(table, "notes", f"{code}.", limit=MAX_CAPTION_CHARS, count=MAX_NOTES))
        if texts:
            out[code] = texts
    return out


def split_beat(beat):
    """(the beat without its language tables, {code: table})."""
    if not isinstance(beat, dict):
        return beat, {}
    languages = {k: beat[k] for k in LANGUAGES if k in beat}
    return {k: v for k, v in beat.items() if k not in languages}, languages


def beat_captions(r, i: int, languages: dict, default: str) -> dict:
    """``{code: caption}`` of beat ``i`` (1-based) from its language tables, checked."""
    captions = {}
    for code, table in languages.items():
        prefix = translate("LessonFile", "beat {0}: {1}.").format(i, code)
        if not isinstance(table, dict):
            r.fail(translate("LessonFile", "beat {0}: {1}").format(i, code), translate("LessonFile", "must be a table like {0}.caption = \"…\"").format(code))
        r.keys(table, ("caption",), prefix)
        if "caption" in table:
            captions[code] = r.text(table, "caption", prefix, MAX_CAPTION_CHARS)
            same_placeholders(r, captions[code], default, translate("LessonFile", "beat {0}: {1}.caption").format(i, code))
    return captions


def same_placeholders(r, text: str, default: str, key: str) -> None:
    """A translated caption names the same ``{placeholders}`` as the file's default caption."""
    try:
        mine, theirs = set(caption_fields(text)), set(caption_fields(default))
    except CaptionError as e:
        r.fail(key, str(e))
    if mine != theirs:
        r.fail(key, translate("LessonFile", "names {0}, the default caption {1}; a translation fills in the same "
                                            "numbers").format("{" + (", ".join(sorted(mine)) or "-") + "}",
                                                              "{" + (", ".join(sorted(theirs)) or "-") + "}"))
