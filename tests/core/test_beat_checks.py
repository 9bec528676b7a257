"""A lesson file's beats are checked when it is loaded: each mistake is one line naming the
file, the beat, the key and what is wrong, with a did-you-mean; ``nnviz check`` says the same
with exit code 2; the built-in lessons all pass."""
import os
import subprocess
import sys
import textwrap

import pytest

from nnviz.cli import main
from nnviz.core.teaching.beat_schema import ACTION_PARAMS, BEAT_KEYS
from nnviz.core.teaching.beats import Beat, PLACEHOLDERS, fill_caption
from nnviz.core.teaching.captions import CaptionError, caption_fields, fill
from nnviz.core.teaching.lesson_files import LessonFileError, builtin_lesson_texts, parse_lesson, read_lesson_file

HEAD = textwrap.dedent("""\
    title = "T"
    caption = "C"
    [data]
    table = "or"
    [network]
    hidden = [2]
""")


def lesson_with(beat: str, where="week3.toml"):
    return parse_lesson(HEAD + "[[beats]]\n" + textwrap.dedent(beat), where)


BAD_BEATS = [
    ('caption = "x"\naction = "pause"', "beat 1: action: unknown action 'pause'", "choose one of load, step"),
    ('caption = "x"\naction = "paly"', "beat 1: action: unknown action 'paly'", "did you mean 'play'"),
    ('caption = "{accuracy}"\naction = "say"', "beat 1: caption: unknown caption field {accuracy}",
     "did you mean {test_accuracy}"),
    ('caption = "x"\naction = "step"\nkind = "samples"', "beat 1: kind: unknown 'samples'", "did you mean 'sample'"),
    ('caption = "x"\naction = "play"\nto_epoch = 5\nsecnds = 3', "beat 1: secnds: unknown key", "did you mean 'seconds'"),
    ('caption = "x"\naction = "step"\ncount = 1000000000000', "beat 1: count: must be from 1 to 100,", ""),
    ('caption = "x {epoch:>1000000000}"\naction = "say"', "beat 1: caption: the field {epoch} has a format", ""),
    ('caption = "x {__class__}"\naction = "say"', "beat 1: caption: unknown caption field {__class__}", ""),
    ('caption = "x {a.b}"\naction = "say"', "beat 1: caption: {a.b} is not a field name", ""),
    ('caption = "x {epoch[0]}"\naction = "say"', "beat 1: caption: {epoch[0]} is not a field name", ""),
    ('caption = "x {epoch!r}"\naction = "say"', "beat 1: caption: the field {epoch} has a format", ""),
    ('caption = "x }"\naction = "say"', "beat 1: caption: Single '}'", ""),
    ('caption = "x"\naction = "say"\nseconds = 0', "beat 1: seconds: must be from 0.1 to 600", ""),
    ('caption = "x"\naction = "say"\npane = "los"', "beat 1: pane: unknown 'los'", "did you mean 'loss'"),
    ('caption = "x"\naction = "say"\nnotes = 3', "beat 1: notes: must be a text", ""),
    ('caption = "x"\naction = "say"\ntoggles = { wieghts = true }', "beat 1: toggles: unknown toggle 'wieghts'",
     "did you mean 'weights'"),
    ('caption = "x"\naction = "say"\nneuron = [1]', "beat 1: neuron: must be [layer, index]", ""),
    ('caption = "x"\naction = "explain"\nlayer = 1', "beat 1: neuron: missing", ""),
    ('caption = "x"\naction = "bias"\non = "yes"', "beat 1: on: must be true or false", ""),
]


@pytest.mark.parametrize("beat,start,hint", BAD_BEATS, ids=[b[1] for b in BAD_BEATS])
def test_each_beat_mistake_is_one_line_naming_file_beat_and_key(beat, start, hint):
    with pytest.raises(LessonFileError) as err:
        lesson_with(beat)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith("week3.toml: " + start), msg
    assert hint in msg


CHECKED_AGAINST_DATA = [
    ('caption = "x"\naction = "ask"\nvalues = { x1 = 1, slep = 7 }', "beat 1: values: no column 'slep'"),
    ('caption = "x"\naction = "explain"\nlayer = 3\nneuron = 0', "beat 1: layer: layer 3 does not exist"),
    ('caption = "x"\naction = "map"\nlayer = 1\nneuron = 5', "beat 1: neuron: layer 1 has 2 neurons"),
    ('caption = "x"\naction = "sample"\nindex = 99', "beat 1: index: row 99: the training data has 4 rows"),
    ('caption = "x"\naction = "load"\nlesson = "irsi"', "beat 1: lesson: no lesson is called 'irsi' (did you mean 'iris'?)"),
]


@pytest.mark.parametrize("beat,start", CHECKED_AGAINST_DATA, ids=[b[1] for b in CHECKED_AGAINST_DATA])
def test_what_a_beat_names_must_exist_in_the_lesson(tmp_path, beat, start):
    path = tmp_path / "week3.toml"
    path.write_text(HEAD + "[[beats]]\n" + textwrap.dedent(beat))
    with pytest.raises(LessonFileError) as err:
        read_lesson_file(path)
    assert str(err.value).startswith("week3.toml: " + start), str(err.value)


def test_an_unused_activation_is_checked_too():
    text = HEAD.replace("hidden = [2]", 'hidden = []\nactivation = "sigmod"')
    with pytest.raises(LessonFileError, match=r"network.activation: unknown activation 'sigmod' \(did you mean 'sigmoid'\?\)"):
        parse_lesson(text, "f.toml")


def test_the_beat_keys_other_features_use_are_accepted_on_any_beat():
    lesson = lesson_with('caption = "x"\naction = "say"\nnotes = "n"\nseconds = 2\npane = "confusion"\n'
                         'reveal = false\ntoggles = { phases = true }\nsample = 3\nneuron = [1, 1]\n')
    assert lesson.beats[0] == {"caption": "x", "action": "say", "notes": "n",
                               "params": {"seconds": 2.0, "pane": "confusion", "reveal": False,
                                          "toggles": {"phases": True}, "sample": 3, "neuron": [1, 1]}}
    beat = Beat.from_dict(lesson.beats[0])       # the presentation's form takes it, as its view
    assert (beat.notes, beat.seconds, beat.pane, beat.reveal, beat.toggles, beat.sample, beat.neuron) == (
        "n", 2.0, "confusion", False, {"phases": True}, 3, (1, 1))
    assert beat.params == {}
    from nnviz.core.teaching import beat_schema, beats
    assert set(BEAT_KEYS) >= {"notes", "seconds", "pane", "reveal", "toggles", "sample", "neuron"} >= set(beats.VIEW_KEYS)
    assert beat_schema.PANES == beats.PANES and beat_schema.TOGGLES == beats.TOGGLES


def test_the_schema_knows_every_action_the_presentation_knows():
    from nnviz.core.teaching.beats import ACTIONS
    assert set(ACTION_PARAMS) == set(ACTIONS)
    for action, (required, optional) in ACTIONS.items():
        assert set(ACTION_PARAMS[action]) == set(required) | set(optional)


@pytest.mark.parametrize("name", [n for n, _ in builtin_lesson_texts()])
def test_every_built_in_lesson_passes_the_check(name, capsys):
    from nnviz.core.teaching.lesson_files import LESSON_FOLDER, LESSON_PACKAGE
    from importlib import resources
    path = resources.files(LESSON_PACKAGE).joinpath(*LESSON_FOLDER, name)
    assert main(["check", str(path)]) == 0
    assert "a good lesson file" in capsys.readouterr().out


def test_nnviz_check_exit_codes_in_a_process(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(HEAD + '[[beats]]\ncaption = "x"\naction = "pause"\n')
    good = tmp_path / "good.toml"
    good.write_text(HEAD + '[[beats]]\ncaption = "Epoch {epoch}"\naction = "play"\nto_epoch = 10\n')
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    r = subprocess.run([sys.executable, "-m", "nnviz", "check", str(bad)], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2 and r.stdout == "" and len(r.stderr.splitlines()) == 1
    assert "bad.toml: beat 1: action: unknown action 'pause'" in r.stderr
    r = subprocess.run([sys.executable, "-m", "nnviz", "check", str(good)], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0 and "a good lesson file" in r.stdout, r.stderr
    r = subprocess.run([sys.executable, "-m", "nnviz", "train", "--lesson-file", str(bad)], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 2 and "beat 1: action" in r.stderr and len(r.stderr.splitlines()) == 1


# --- captions never reach a format string -----------------------------------------------------
def test_fill_puts_values_in_as_plain_text():
    assert fill("at {epoch}: {loss} {{braces}}", {"epoch": "{loss}", "loss": "0.1"}) == "at {loss}: 0.1 {braces}"
    assert caption_fields("{epoch} and {loss}") == {"epoch", "loss"}
    for bad in ("{epoch:>1000000000}", "{__class__}", "{a.b}", "{a[0]}", "{epoch!s}", "{0}", "{}", "{"):
        with pytest.raises(CaptionError):
            caption_fields(bad)


def test_fill_caption_on_a_session_builds_no_huge_string():
    from nnviz.core.app.session import Session
    s = Session()
    s.load_lesson("or-gate")
    assert fill_caption("Epoch {epoch}, {outputs}", s).startswith("Epoch 0, (0,")
    assert fill_caption("no fields {{x}}", s) == "no fields {x}"
    with pytest.raises(ValueError):
        fill_caption("{epoch:>1000000000}", s)
    assert set(PLACEHOLDERS) >= {"epoch", "loss", "answer"}


def test_a_teachers_lesson_named_like_a_built_in_keeps_its_own_identity(tmp_path):
    from nnviz.core.teaching.beats import script_for
    from nnviz.core.teaching.lesson_files import lesson_to_toml
    from nnviz.core.teaching.lessons import LESSONS, get_lesson, register_lesson
    path = tmp_path / "week3.toml"
    path.write_text('name = "iris"\n' + HEAD + '[[beats]]\ncaption = "Mine"\naction = "load"\nlesson = "iris"\n'
                    '[[beats]]\ncaption = "My own beat"\naction = "say"\n')
    lesson = read_lesson_file(path)
    assert lesson.name == "iris (week3.toml)" and lesson.beats[0]["params"]["lesson"] == lesson.name
    register_lesson(lesson)
    assert get_lesson(lesson.name) is lesson and get_lesson("iris") is LESSONS["iris"]
    assert [b.caption for b in script_for(lesson.name).beats] == ["Mine", "My own beat"]
    # the built-in lesson written out and read back is the built-in lesson, name and all
    same = tmp_path / "iris.toml"
    same.write_text(lesson_to_toml(LESSONS["iris"]))
    assert read_lesson_file(same).name == "iris"
