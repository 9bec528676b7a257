"""Lessons in several languages: ``de.caption = "…"`` (or a ``[de]`` table) beside the file's
default text, for the title, caption, notes and every beat's caption."""
from __future__ import annotations

import re

import pytest

from nnviz.core import tr
from nnviz.core.teaching.beats import Beat
from nnviz.core.teaching.captions import caption_fields
from nnviz.core.teaching.lesson_files import (LessonFileError, builtin_lesson_texts, lesson_to_toml, parse_lesson)
from nnviz.core.teaching.lessons import LESSONS

LESSON = '''
title = "OR gate"
caption = "One neuron learns OR."
notes = ["Tutorial 4."]
de.title = "ODER-Gatter"
de.caption = "Ein Neuron lernt ODER."
es.notes = ["Tutorial 4 (es)."]

[data]
table = "or"

[[beats]]
caption = "Loaded."
action = "load"
lesson = "or-gate"

[[beats]]
caption = "Loss now: {loss}."
de.caption = "Verlust jetzt: {loss}."
action = "step"
kind = "epoch"
'''


@pytest.fixture
def language():
    def use(code):
        tr.set_language(code)
    yield use
    tr.set_language("en")


def test_a_caption_de_shows_in_german_and_the_default_elsewhere(language):
    lesson = parse_lesson(LESSON, "t.toml")
    language("de")
    de = lesson.in_language()
    assert (de.title, de.caption, de.notes) == ("ODER-Gatter", "Ein Neuron lernt ODER.", ("Tutorial 4.",))
    assert Beat.from_dict(lesson.beats[1]).caption == "Verlust jetzt: {loss}."
    language("es")
    es = lesson.in_language()
    assert (es.title, es.caption, es.notes) == ("OR gate", "One neuron learns OR.", ("Tutorial 4 (es).",))
    assert Beat.from_dict(lesson.beats[1]).caption == "Loss now: {loss}."
    language("en")
    assert lesson.in_language() is lesson and Beat.from_dict(lesson.beats[1]).caption == "Loss now: {loss}."


def test_a_de_table_is_the_same_as_dotted_keys():
    text = LESSON.replace('de.title = "ODER-Gatter"\nde.caption = "Ein Neuron lernt ODER."\n', "")
    text = text.replace("[data]", '[de]\ntitle = "ODER-Gatter"\ncaption = "Ein Neuron lernt ODER."\n\n[data]')
    assert parse_lesson(text, "t.toml") == parse_lesson(LESSON, "t.toml")


def test_languages_survive_writing_and_reading_back():
    lesson = parse_lesson(LESSON, "t.toml")
    assert parse_lesson(lesson_to_toml(lesson), "t.toml") == lesson


@pytest.mark.parametrize("change, words", [
    (('de.title = "ODER-Gatter"', 'fr.title = "Porte OU"'), "fr"),
    (('de.title = "ODER-Gatter"', 'de.subtitle = "x"'), "de.subtitle"),
    (('de.title = "ODER-Gatter"', 'de.title = 3'), "de.title"),
    (('de.title = "ODER-Gatter"\nde.caption = "Ein Neuron lernt ODER."', 'de = "ODER"'), "de"),
    (('de.title = "ODER-Gatter"', 'de.title = "' + "x" * 5000 + '"'), "de.title"),
    (('es.notes = ["Tutorial 4 (es)."]', 'es.notes = "one"'), "es.notes"),
    (('de.caption = "Verlust jetzt: {loss}."', 'de.caption = "Verlust jetzt."'), "placeholder"),
    (('de.caption = "Verlust jetzt: {loss}."', 'de.caption = "Verlust {loss} {epoch}."'), "beat 2"),
    (('de.caption = "Verlust jetzt: {loss}."', 'de.caption = "Verlust {__class__}."'), "beat 2"),
    (('de.caption = "Verlust jetzt: {loss}."', 'de.notes = "x"'), "beat 2"),
    (('de.caption = "Verlust jetzt: {loss}."', 'fr.caption = "x"'), "beat 2"),
])
def test_bad_language_texts_are_one_line(change, words):
    with pytest.raises(LessonFileError) as err:
        parse_lesson(LESSON.replace(*change), "t.toml")
    message = str(err.value)
    assert "\n" not in message and message.startswith("t.toml")
    if words != "placeholder":
        assert words in message
    else:
        assert "beat 2: de.caption" in message


def test_every_builtin_lesson_speaks_german_and_spanish_with_the_same_placeholders():
    assert len(LESSONS) >= 15
    for name, lesson in LESSONS.items():
        for code in ("de", "es"):
            texts = lesson.translations.get(code, {})
            assert {"title", "caption"} <= set(texts), (name, code)
            assert len(texts.get("notes", ())) == len(lesson.notes), (name, code)
            for i, beat in enumerate(lesson.beats):
                local = (beat.get("captions") or {}).get(code)
                assert local, (name, code, i)
                assert caption_fields(local) == caption_fields(beat["caption"]), (name, code, i)
                assert local != beat["caption"] or not re.search("[a-z]{4}", beat["caption"]), (name, code, i)
