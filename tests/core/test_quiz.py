"""nnviz.core.teaching.quiz without Qt: answers typed with "." or "," or as fractions, the
tolerance shown is the one applied, every kind of quantity right and wrong against the step
record, quiz beats and exercises in lesson files (hostile ones one line), fractions as start
weights, and the explainer stating the data's scaling."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest

from nnviz.core.engine.explain import StepContext, explain_step
from nnviz.core.teaching import quiz
from nnviz.core.teaching.beat_schema import BeatError, check_beat
from nnviz.core.teaching.beats import script_for
from nnviz.core.teaching.lesson_files import LessonFileError, check_lesson, lesson_to_toml, parse_lesson
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.text import significant


@pytest.mark.parametrize("text, value", [
    ("0.75", 0.75), ("0,75", 0.75), ("-0,75", -0.75), (" .5 ", 0.5), (",5", 0.5), ("3/4", 0.75), ("-3/4", -0.75),
    ("−3/4", -0.75), ("1 1/2", 1.5), ("-1 1/2", -1.5), ("1,5/2", 0.75), ("2.5e-3", 0.0025), ("7", 7.0),
])
def test_answers_are_read_exactly(text, value):
    assert quiz.parse_answer(text) == value


def test_a_fraction_is_exactly_float_of_fraction():
    from fractions import Fraction

    assert quiz.parse_answer("1/3") == float(Fraction(1, 3))
    assert quiz.parse_answer("2/7") == float(Fraction(2, 7))


@pytest.mark.parametrize("text", ["", "abc", "1,234.5", "1.2.3", "3/0", "1/", "1e999", "0x10", "nan", "inf",
                                  "1" * 200, "{x:>1000000000}"])
def test_a_bad_answer_is_one_line(text):
    with pytest.raises(quiz.AnswerError) as e:
        quiz.parse_answer(text)
    assert "\n" not in str(e.value) and str(e.value)


def _stepped(name="or-gate", how="sample", steps=1):
    t = get_lesson(name).trainer()
    for _ in range(steps):
        record = t.step_sample() if how == "sample" else t.step_batch()
    return t, record


KINDS = ("z", "a", "loss_sample", "loss", "delta", "grad_w", "grad_b", "new_w", "new_b")


@pytest.mark.parametrize("mark", [".", ","])
def test_right_and_wrong_for_each_kind_of_quantity(mark):
    t, record = _stepped("or-gate", "sample", steps=2)
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)
    seen = set()
    for line in quiz.askable_lines(ex):
        seen.add(line.role)
        value = line.value
        tol = quiz.tolerance(value)
        typed = significant(value).replace(".", mark)       # what the student reads off a calculator
        assert quiz.check(typed, value).right, (line.role, typed)
        wrong = repr(value + 3 * tol).replace(".", mark)
        assert not quiz.check(wrong, value).right, (line.role, wrong)
    assert set(KINDS) <= seen


def test_fractions_for_quantities_that_are_fractions():
    # The OR gate's first δ-free numbers: z = 0.3 = 3/10 and the new weights 1/10, 2/10 (x = 0).
    t, record = _stepped()
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)
    z = quiz.find_line(ex, "z")
    assert quiz.check("3/10", z.value).right and not quiz.check("1/3", z.value).right
    w1 = quiz.find_line(ex, "new_w", 1)
    assert quiz.check("1/10", w1.value).right and not quiz.check("1/9", w1.value).right
    g = quiz.find_line(ex, "grad_w", 2)
    assert quiz.check("0/5", g.value).right and not quiz.check("1/100", g.value).right


def test_the_tolerance_shown_is_the_one_applied():
    t, record = _stepped()
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)
    for line in quiz.askable_lines(ex):
        value = line.value
        shown = quiz.tolerance_text(value).split("±")[1].split(":")[0]
        tol = quiz.parse_answer(shown)                  # the number the student reads
        assert tol == quiz.tolerance(value)
        if tol == 0:
            continue
        inside, outside = value + 0.98 * tol, value - 1.02 * tol
        assert quiz.check(repr(inside), value).right and quiz.check(repr(inside).replace(".", ","), value).right
        assert not quiz.check(repr(outside), value).right
        assert quiz.check(repr(value - 0.98 * tol), value).right and not quiz.check(repr(value + 1.02 * tol), value).right


def test_tolerance_is_one_unit_of_the_last_printed_digit():
    assert quiz.tolerance(0.5744) == 1e-4 and quiz.tolerance(12.345) == 0.01 and quiz.tolerance(-0.0001234) == 1e-7
    assert quiz.tolerance(0.99996) == 1e-3                          # printed "1"
    assert quiz.tolerance(0.0) == 1e-4
    assert "±0.0001" in quiz.tolerance_text(0.5744) and "4 significant digits" in quiz.tolerance_text(0.5744)


def test_the_check_uses_the_unrounded_value_never_the_text():
    value = 0.57444251         # printed 0.5744
    assert quiz.check("0.57454", value).right          # 0.0001 from the value ...
    assert not quiz.check("0.57455", value).right      # ... and just beyond it, though both print as 0.5745


def test_a_hidden_line_shows_a_question_mark_for_its_result_only():
    t, record = _stepped()
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)
    z = quiz.find_line(ex, "z")
    assert z.text.endswith("= 0.3") and quiz.hidden_text(z) == z.text[:-3] + "?"
    b = quiz.find_line(ex, "new_b")
    assert quiz.hidden_text(b).endswith("0.05·0.1404 = ?")
    assert [quiz.label(line, ex) for line in (z, b)] == ["z", "new b"]


def test_a_quiz_beat_is_checked_like_other_beats():
    beat = check_beat({"caption": "Your turn", "action": "quiz", "quantity": "new_w", "layer": 1, "neuron": 0,
                       "weight": 2})
    assert beat["params"] == {"quantity": "new_w", "layer": 1, "neuron": 0, "weight": 2}
    for bad, key in (({"quantity": "zz"}, "quantity"), ({"layer": "one"}, "layer"), ({"weight": 0}, "weight"),
                     ({"colour": 1}, "colour")):
        table = {"caption": "c", "action": "quiz", "quantity": "z", "layer": 1, "neuron": 0, **bad}
        with pytest.raises(BeatError) as e:
            check_beat(table)
        assert str(e.value).startswith(key) and "\n" not in str(e.value)
    with pytest.raises(BeatError, match="did you mean 'quiz'"):
        check_beat({"caption": "c", "action": "quizz"})


HOUSE = get_lesson("house")


def _house_text(extra: str) -> str:
    return lesson_to_toml(replace(HOUSE, exercises=())) + extra


def test_the_house_lesson_has_a_quiz_beat_and_exercises_that_round_trip():
    beats = [b for b in script_for("house").beats if b.action == "quiz"]
    assert beats and beats[0].param("quantity") == "z"
    assert len(HOUSE.exercises) == 2 and HOUSE.exercises[0]["quantity"] == "new_w"
    again = parse_lesson(lesson_to_toml(HOUSE), "house.toml", builtin=True)
    assert again == HOUSE
    check_lesson(HOUSE, "house.toml")


HOSTILE_EXERCISES = [
    ("[[exercises]]\ntext = \"no title\"\n", "exercise 1: title: missing"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\ncolour = 1\n", "exercise 1: colour: unknown key"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nquantity = \"zz\"\n", "exercise 1: quantity: unknown 'zz'"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nquantity = \"z\"\n", "exercise 1: layer: missing"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nquantity = \"z\"\nlayer = 1\nneuron = 0\nweight = 1\n",
     "exercise 1: weight: only grad_w and new_w"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nquantity = \"z\"\nlayer = 9\nneuron = 0\n", "exercise 1: layer: layer 9"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nquantity = \"z\"\nlayer = 1\nneuron = 7\n", "exercise 1: neuron: layer 1 has 3"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nquantity = \"new_w\"\nlayer = 1\nneuron = 0\nweight = 3\n",
     "exercise 1: weight: the neuron has 2 weights"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"" + "x" * 5000 + "\"\n", "exercise 1: text:"),
    ("[[exercises]]\ntitle = 5\ntext = \"x\"\n", "exercise 1: title:"),
    ("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\nstep = \"forever\"\n", "exercise 1: step: must be one of"),
    ("exercises = \"do them all\"\n", "exercises: must be a list"),
    ("".join("[[exercises]]\ntitle = \"t\"\ntext = \"x\"\n" for _ in range(60)), "at most 50"),
]


@pytest.mark.parametrize("extra, expected", HOSTILE_EXERCISES)
def test_a_hostile_exercises_list_is_one_line(extra, expected):
    text = _house_text(extra) if not extra.startswith("exercises =") else extra + _house_text("")
    with pytest.raises(LessonFileError) as e:
        lesson = parse_lesson(text, "week3.toml")
        check_lesson(lesson, "week3.toml")
    message = str(e.value)
    assert "\n" not in message and message.startswith("week3.toml: ") and expected in message, message


def test_a_quiz_beat_naming_a_missing_neuron_is_one_line():
    extra = "\n[[beats]]\ncaption = \"q\"\naction = \"quiz\"\nquantity = \"z\"\nlayer = 1\nneuron = 5\n"
    lesson = parse_lesson(_house_text(extra), "week3.toml")
    with pytest.raises(LessonFileError, match=r"^week3.toml: beat \d+: neuron: layer 1 has 3 neurons"):
        check_lesson(lesson, "week3.toml")


def test_start_weights_may_be_fractions_and_are_exact():
    text = lesson_to_toml(get_lesson("or-gate")).replace("weights = [[0.1, 0.2]]", 'weights = [["3/4", "-1 1/2"]]')
    text = text.replace("biases = [[0.3]]", 'biases = [["0,25"]]')
    lesson = parse_lesson(text, "or.toml")
    assert lesson.settings.weights == ([0.75, -1.5],) and lesson.settings.biases == ([0.25],)
    net = lesson.trainer().network
    assert net.weights[0][0, 0] == 0.75 and net.weights[0][1, 0] == -1.5
    with pytest.raises(LessonFileError, match="network.weights: layer 1"):
        parse_lesson(text.replace('"3/4"', '"three quarters"'), "or.toml")


def test_the_explainer_states_the_scaling_of_every_input():
    t = get_lesson("diabetes").trainer()
    record = t.step_sample()
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)
    inputs = [line for line in ex.lines if line.role == "input"]
    x = record.trace.activations[0][0]
    scaler = t.problem.x_scaler
    assert len(inputs) == t.problem.n_features
    for i, line in enumerate(inputs):
        raw = x[i] * scaler.scale[i] + scaler.offset[i]
        assert line.value == x[i] and line.numbers == pytest.approx((raw, scaler.offset[i], scaler.scale[i], x[i]))
        assert "− mean) ÷ std" in line.text and t.problem.feature_names[i] in line.text
    assert "(x − mean) ÷ std" in ex.text()
    house = get_lesson("house").trainer()
    text = explain_step(house.step_batch(), StepContext.from_trainer(house, "epoch"), 1, 0).text()
    assert "x₁ = bedrooms ÷ max = 2 ÷ 3 = 0.6667" in text and "y = price ÷ max = 94 ÷ 100 = 0.94" in text
    house = get_lesson("house").trainer()
    out = explain_step(house.step_batch(), StepContext.from_trainer(house, "epoch"), 2, 0)
    loss_part = out.text().split("Loss")[1]
    assert "y = price ÷ max = 94 ÷ 100 = 0.94" in loss_part        # the output's target, where the loss uses it
    orr = get_lesson("or-gate").trainer()
    text = explain_step(orr.step_sample(), StepContext.from_trainer(orr, "sample"), 1, 0).text()
    assert "no scaling" in text
    assert math.isfinite(quiz.tolerance(0.0))
