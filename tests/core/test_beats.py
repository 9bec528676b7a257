"""Lesson scripts as data, read from the lesson files; the beat player; and the tutorials'
story told by the engine."""
import json
import string

import numpy as np
import pytest

from nnviz.core.teaching.beats import (
    Beat,
    BeatPlayer,
    Script,
    caption_values,
    fill_caption,
    script_for,
)
from nnviz.core.teaching.beat_actions import perform
from nnviz.core.data.csvdata import encode_inputs
from nnviz.core.teaching.lesson_files import (
    LessonFileError,
    builtin_lesson_texts,
    lesson_to_toml,
    parse_lesson,
)
from nnviz.core.teaching.lessons import LESSONS, OPENED, register_lesson
from nnviz.core.app.session import Session


def test_every_lesson_has_a_script_that_starts_by_loading_it():
    for name in LESSONS:
        script = script_for(name)
        assert script is not None and script.beats[0].action == "load"
        assert script.beats[0].param("lesson") == name
        assert 2 <= len(script) <= 20        # the OR walk: OR, virus, XOR without and with a hidden layer
    assert script_for(None) is None and script_for("no such lesson") is None


def test_scripts_round_trip_through_plain_data():
    for name in LESSONS:
        script = script_for(name)
        text = json.dumps(script.to_dict())        # plain dicts, lists and numbers only
        again = Script.from_dict(json.loads(text))
        assert again == script


@pytest.mark.parametrize("bad, message", [
    (dict(caption="x", action="fly"), "unknown beat action"),
    (dict(caption="x", action="play"), "needs to_epoch"),
    (dict(caption="x", action="step", params={"kind": "hour"}), "kind"),
    (dict(caption="x", action="say", params={"speed": 2}), "takes no speed"),
    (dict(caption="loss {los}"), "unknown caption field"),
])
def test_a_bad_beat_is_one_clear_error(bad, message):
    with pytest.raises(ValueError, match=message):
        Beat.from_dict(bad)


def test_a_script_must_load_its_lesson_first():
    with pytest.raises(ValueError, match="starts by loading"):
        Script("xor", (Beat("hello"),))


def test_the_player_walks_and_goes_back_from_the_last_load():
    script = script_for("or-gate")
    player = BeatPlayer(script)
    assert player.back() is None and player.current is None
    first = player.next()
    assert first is script.beats[0] and player.label == f"1 / {len(script)}"
    assert player.back() is None                       # nothing before the first beat
    for _ in range(len(script) - 1):
        assert player.next() is not None
    assert player.at_end and player.next() is None
    replay = player.back()
    assert player.position == len(script) - 1
    # The replay starts at the last load beat at or before the target, and ends on it.
    assert replay[0].action == "load" and replay[-1] is script.beats[player.position - 1]
    assert all(b.action != "load" for b in replay[1:])
    assert player.loaded_lesson() == replay[0].param("lesson")


def _outputs(session):
    return session.predict(session.problem.X_train)[:, 0]


def test_the_tutorials_walk_or_no_bias_virus_xor_in_the_engines_numbers():
    session = Session()
    seen = {}
    for i, beat in enumerate(script_for("or-gate").beats, 1):
        perform(session, beat)
        seen[i] = (session.lesson.name, session.settings.use_bias, session.epoch, _outputs(session).copy(),
                   fill_caption(beat.caption, session))
    names = [v[0] for v in seen.values()]
    assert names[0] == "or-gate" and names[-1] == "xor"
    assert [n for i, n in enumerate(names) if i == 0 or n != names[i - 1]] == \
        ["or-gate", "virus", "xor-no-hidden", "xor"]
    learned_or = [v for v in seen.values() if v[0] == "or-gate" and v[1] and v[2] == 10_000][0]
    assert np.array_equal(learned_or[3] >= 0.5, [False, True, True, True])
    no_bias = [v for v in seen.values() if v[0] == "or-gate" and not v[1] and v[2] == 2000][0]
    assert no_bias[3][0] == 0.5                          # σ(0) at (0, 0), whatever the weights
    assert "(0,\u00a00)\u00a0→\u00a00.500" in no_bias[4]
    assert np.all(no_bias[3][1:] > 0.9)                  # the other three are learned
    virus = [v for v in seen.values() if v[0] == "virus" and "largest first" in v[4]][0]
    assert virus[2] == 10_000                            # the tutorial's 10,000 epochs
    ranked = virus[4].split("largest first: ")[1].split(". ")[0]
    assert ranked.startswith("loss of smell ")           # column 1 is the sign of infection
    assert ranked.split(", ")[-1].startswith("weight loss ")   # column 2 matters least
    xor_one = [v for v in seen.values() if v[0] == "xor-no-hidden"][-1]
    assert np.all(np.abs(xor_one[3] - 0.5) < 0.05)       # unsure everywhere
    xor = seen[len(seen)]
    assert np.array_equal(xor[3] >= 0.5, [False, True, True, False])


def test_captions_show_what_the_engine_computed():
    session = Session()
    for beat in script_for("iris").beats:
        ans = perform(session, beat)
        text = fill_caption(beat.caption, session, ans)
        assert "{" not in text
    question = script_for("iris").beats[-1].param("values")
    assert ans == session.problem.describe_output(session.predict(encode_inputs(session.problem, question))[0])
    acc = session.evaluate("test")["accuracy"]
    caption = fill_caption("{test_accuracy}", session)
    assert caption == f"{100 * acc:.1f}%"
    assert fill_caption("{n_test}", session) == str(len(session.problem.X_test))


def test_the_house_question_is_the_networks_answer():
    session = Session()
    ans = ""
    for beat in script_for("house").beats:
        ans = perform(session, beat) or ans
    y = session.predict(encode_inputs(session.problem, {"bedrooms": 4, "quality": 7}))
    assert ans == session.problem.describe_output(y[0])
    # The first forward pass of the tutorial's own table, before training: 0.73295053, ...
    fresh = Session()
    perform(fresh, script_for("house").beats[0])
    text = fill_caption("{outputs}", fresh)
    assert "(2,\u00a07)\u00a0→\u00a073.295" in text and "(1,\u00a03)\u00a0→\u00a070.555" in text and "(3,\u00a09)\u00a0→\u00a074.962" in text


def _file_lessons():
    """Every built-in lesson file, read from its own text."""
    out = []
    for file_name, text in builtin_lesson_texts():
        stem = file_name[:-5].split("-", 1)[1]
        out.append(parse_lesson(text, file_name, default_name=stem, builtin=True))
    return out


@pytest.mark.parametrize("lesson", _file_lessons(), ids=lambda lesson: lesson.name)
def test_every_beat_of_every_lesson_file_plays_headless_and_fills_its_caption(lesson):
    """Each file's own beats, performed on a Session (the engine alone, no window): every action
    is one the presenter knows, and every caption comes out with the engine's numbers in it."""
    assert lesson == LESSONS[lesson.name] and lesson.beats
    beats = [Beat.from_dict(b) for b in lesson.beats]     # a beat the presenter cannot do fails here
    assert beats[0].action == "load" and beats[0].param("lesson") == lesson.name
    session = Session()
    for beat in beats:
        answer = perform(session, beat)
        text = fill_caption(beat.caption, session, answer)
        assert "{" not in text and "}" not in text, text
        names = {f for _, f, _, _ in string.Formatter().parse(beat.caption) if f}
        values = caption_values(session, answer)
        assert all(not values[n].startswith("—") for n in names), (beat.caption, values)
    # The script is the file's beats, then the script of the lesson it continues with.
    rest = script_for(lesson.continue_with).beats if lesson.continue_with else ()
    assert script_for(lesson.name).beats == tuple(beats) + rest


def test_the_tutorials_walk_is_each_lesson_file_continuing_with_the_next():
    walk = [(name, LESSONS[name].continue_with) for name in ("or-gate", "no-bias", "virus", "xor-no-hidden", "xor")]
    assert walk == [("or-gate", "virus"), ("no-bias", "virus"), ("virus", "xor-no-hidden"), ("xor-no-hidden", "xor"),
                    ("xor", None)]
    loads = [b.param("lesson") for b in script_for("or-gate").beats if b.action == "load"]
    assert loads == ["or-gate", "virus", "xor-no-hidden", "xor"]
    assert [len(script_for(n)) for n in ("or-gate", "no-bias", "virus", "xor-no-hidden", "xor")] == [19, 13, 11, 5, 3]


def _teachers(name, continue_with=None, beats=True):
    text = f'name = "{name}"\ntitle = "Week {name[-1]}"\ncaption = "Rings."\n'
    if continue_with:
        text += f'continue_with = "{continue_with}"\n'
    text += '[data]\ngenerated = "circle"\n'
    if beats:
        text += '[[beats]]\ncaption = "Ten epochs."\naction = "play"\nto_epoch = 10\n'
    return parse_lesson(text, f"{name}.toml")


def test_a_teachers_file_gets_a_load_beat_and_a_walk_that_comes_back_ends():
    try:
        register_lesson(_teachers("week1", "week2"))
        register_lesson(_teachers("week2", "week1"))
        register_lesson(_teachers("week3", "nowhere"))
        register_lesson(_teachers("week4", beats=False))
        # Each lesson's part starts by loading it (its title and caption); back at week1 the walk ends.
        assert [(b.action, b.params.get("lesson"), b.caption) for b in script_for("week1").beats] == [
            ("load", "week1", "Week 1: Rings."), ("play", None, "Ten epochs."),
            ("load", "week2", "Week 2: Rings."), ("play", None, "Ten epochs."),
        ]
        assert len(script_for("week3")) == 2            # an unknown lesson to continue with ends the walk
        assert script_for("week4") is None              # no beats, no script
    finally:
        for name in ("week1", "week2", "week3", "week4"):
            OPENED.pop(name, None)


def test_continue_with_round_trips_and_must_name_a_lesson():
    lesson = _teachers("week1", "xor")
    assert parse_lesson(lesson_to_toml(lesson), "again.toml") == lesson
    with pytest.raises(LessonFileError, match=r"^bad.toml: continue_with: must name a lesson"):
        parse_lesson('title = "T"\ncaption = "C"\ncontinue_with = " "\n[data]\ntable = "or"', "bad.toml")
    with pytest.raises(LessonFileError, match=r"^bad.toml: continue_with: must be a text"):
        parse_lesson('title = "T"\ncaption = "C"\ncontinue_with = 3\n[data]\ntable = "or"', "bad.toml")
