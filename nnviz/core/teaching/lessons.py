"""The built-in lessons: the four tutorials nnviz grew from, plus TensorFlow-Playground sets.

Each built-in lesson is a TOML lesson file in ``nnviz/resources/lessons/`` (its texts, data,
settings and presentation beats) read by :mod:`nnviz.core.teaching.lesson_files`, the same loader that
reads a teacher's own files. What a lesson is made of (:class:`Lesson`, :class:`DataSpec`, the
tutorials' small tables) is in :mod:`nnviz.core.teaching.lesson_data`; this module finds lessons by name.
"""
from __future__ import annotations

from .lesson_data import (
    HOUSE_PRINTED_X,
    HOUSE_X,
    HOUSE_Y,
    OR_X,
    OR_Y,
    TABLES,
    VIRUS_X,
    VIRUS_Y,
    XOR_Y,
    DataSpec,
    Lesson,
)
from ..tr import translate
from .lesson_files import load_builtin_lessons

# --- the lessons: one TOML file each, nnviz/resources/lessons/NN-name.toml ---------------------
LESSONS: dict[str, Lesson] = load_builtin_lessons()

DEFAULT_LESSON = "circle"


# Lessons opened from a teacher's file in this run: found by name like the built-in ones (a
# presentation script's "load" beat names its lesson), but not listed in the picker.
OPENED: dict[str, Lesson] = {}


def register_lesson(lesson: Lesson) -> None:
    """Make a lesson read from a file reachable by its name (built-in names win)."""
    if lesson.name not in LESSONS:
        OPENED[lesson.name] = lesson


def get_lesson(name: str) -> Lesson:
    try:
        return LESSONS[name] if name in LESSONS else OPENED[name]
    except KeyError:
        raise ValueError(translate("Lessons", "unknown lesson {0}; choose one of {1}").format(
            repr(name), ", ".join(LESSONS))) from None


__all__ = ["DEFAULT_LESSON", "HOUSE_PRINTED_X", "HOUSE_X", "HOUSE_Y", "LESSONS", "OPENED", "OR_X", "OR_Y", "TABLES",
           "VIRUS_X", "VIRUS_Y", "XOR_Y", "DataSpec", "Lesson", "get_lesson", "register_lesson"]
