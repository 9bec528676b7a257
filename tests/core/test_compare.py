"""Two runs side by side, without a window: pinning a run, what differs in one line, the pinned
run kept as it was, and the compare beat (the OR lesson's two learning rates)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnviz.core.app.changes import Change
from nnviz.core.app.compare import difference_line, picture_kind, pinned_label
from nnviz.core.app.session import Session
from nnviz.core.teaching.beat_actions import compare_settings, perform
from nnviz.core.teaching.beat_schema import BeatError, check_beat
from nnviz.core.teaching.beats import Beat, script_for
from nnviz.core.teaching.lesson_files import LessonFileError, parse_lesson


def _train(session: Session, epochs: int) -> None:
    for _ in session.run(session.epoch + epochs):
        pass


def _with_lr(settings, lr):
    s = settings.copy()
    s.config = replace(s.config, lr=lr)
    return s


def _parameters(session: Session):
    weights, biases = session.trainer.network.parameters()
    return [np.array(w, copy=True) for w in weights], [np.array(b, copy=True) for b in biases]


def _all_equal(a, b) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def test_two_learning_rates_on_or_start_bitwise_equal_and_keep_both_curves():
    s = Session()
    s.load_lesson("or-gate")
    first = _parameters(s)
    _train(s, 200)
    history = np.array(s.trainer.history.train_loss.array)
    text = s.pin()
    assert s.last_changed.command == "pin" and Change.PIN in s.last_changed and "Pinned" in text
    assert s.epoch == 0 and s.timeline.current == 0       # back at the start, the later states kept
    s.apply_settings(_with_lr(s.settings, 0.5))
    assert s.comparison() == "Pinned: lr 0.05 · Now: lr 0.5"
    new_first = _parameters(s)
    pinned_w, pinned_b = s.pinned.parameters_at(0)
    assert _all_equal(pinned_w, new_first[0]) and _all_equal(pinned_b, new_first[1])
    assert _all_equal(pinned_w, first[0]) and _all_equal(pinned_b, first[1])
    _train(s, 200)
    assert np.array_equal(s.pinned.train_loss, history)             # the pinned curve is the first run's
    assert np.array_equal(s.pinned.epochs, np.arange(1, 201))
    assert s.trainer.history.train_loss[-1] < s.pinned.train_loss[-1]   # ten times the step learns faster
    assert not np.array_equal(s.trainer.history.train_loss.array, history)


def test_the_pinned_run_stays_as_it_was_whatever_is_done_next():
    s = Session()
    s.load_lesson("xor")
    _train(s, 40)
    s.goto_epoch(25)                       # pinned from a past point: the whole line is kept
    s.pin()
    pinned = s.pinned
    curve = pinned.train_loss.copy()
    at_30 = pinned.parameters_at(30)
    with pytest.raises(ValueError):
        pinned.train_loss[0] = 1.0          # read-only
    _train(s, 10)                           # trains on from the start: the session's later states go
    s.undo()                                # and come back
    s.new_weights(seed=7)
    _train(s, 5)
    s.apply_settings(replace(s.settings.copy(), hidden=(3,), hidden_activations=("relu",)))
    assert s.pinned is pinned               # kept while the lesson stays
    assert pinned.newest_epoch == 40 and np.array_equal(pinned.train_loss, curve)
    again = pinned.parameters_at(30)
    assert _all_equal(at_30[0], again[0]) and _all_equal(at_30[1], again[1])
    assert pinned.shown_epoch(99) == 40 and pinned.scores_at(40)["train_loss"] == curve[-1]
    assert "seed 0" in s.comparison() and "seed 7" in s.comparison()


def test_another_lesson_drops_the_pin_and_says_so_and_unpin_reports():
    s = Session()
    s.load_lesson("or-gate")
    _train(s, 5)
    s.pin()
    text = s.load_lesson("xor")
    assert s.pinned is None and "unpinned" in text and Change.PIN in s.last_changed
    s.undo()                                # the lesson change undone: still no pin, said once
    assert s.pinned is None
    _train(s, 3)
    s.pin()
    assert s.unpin().startswith("Unpinned") and s.last_changed.changes == Change.PIN and s.pinned is None
    assert s.unpin() == "No run is pinned." and s.last_changed.changes == Change.NONE
    assert s.comparison() == ""


def test_what_differs_is_said_in_one_line():
    s = Session()
    s.load_lesson("xor")
    a = s.settings
    assert difference_line(a, a.copy()) == "Pinned and now: the same settings"
    assert difference_line(a, compare_settings(a, "seed", 3)) == "Pinned: seed 0 · Now: seed 3"
    assert difference_line(a, compare_settings(a, "bias", False)) == "Pinned: bias on · Now: bias off"
    assert difference_line(a, compare_settings(a, "activation", "relu")) == "Pinned: tanh hidden · Now: relu hidden"
    line = difference_line(a, compare_settings(a, "hidden", [8, 8]))
    assert line.startswith("Pinned: hidden 4") and "Now: hidden 8-8" in line
    stop = a.copy()
    stop.config = replace(stop.config, epochs=5)      # when a run stops is no difference
    assert difference_line(a, stop) == "Pinned and now: the same settings"
    assert a.config.lr == 0.5
    two = compare_settings(compare_settings(a, "lr", 0.05), "bias", False)
    assert difference_line(a, two) == "Pinned: lr 0.5, bias on · Now: lr 0.05, bias off"
    assert pinned_label(a, compare_settings(a, "lr", 0.05)) == "pinned: lr 0.5"
    with pytest.raises(ValueError, match="no hidden layer"):
        compare_settings(get_or_settings(), "activation", "relu")


def get_or_settings():
    s = Session()
    s.load_lesson("or-gate")
    return s.settings


def test_the_picture_is_the_boundary_for_two_inputs_and_the_curve_for_one():
    s = Session()
    s.load_lesson("or-gate")
    assert picture_kind(s.problem) == "boundary" and picture_kind(None) is None
    s.load_lesson("gauss")
    assert picture_kind(s.problem) == ("curve" if s.problem.n_features == 1 else "boundary")
    s.problem.image_shape = (2, 1)           # inputs that form a picture: no plane to slice
    assert picture_kind(s.problem) == "weights"


def test_the_or_lessons_compare_beat_pins_lr_0_05_and_trains_lr_0_5_from_the_same_start():
    s = Session()
    beats = script_for("or-gate").beats
    k = [b.action for b in beats].index("compare")
    for beat in beats[:k]:
        perform(s, beat)
    before = np.array(s.trainer.history.train_loss.array)
    s.goto(0)
    start = _parameters(s)
    s.goto(s.timeline.newest)
    perform(s, beats[k])
    assert s.settings.config.lr == 0.5 and s.pinned.settings.config.lr == 0.05
    assert s.epoch == beats[k].param("to_epoch") == 10_000
    assert np.array_equal(s.pinned.train_loss, before)
    pw, pb = s.pinned.parameters_at(0)
    assert _all_equal(pw, start[0]) and _all_equal(pb, start[1])
    s.goto(0)
    assert _all_equal(_parameters(s)[0], pw) and _all_equal(_parameters(s)[1], pb)
    assert s.comparison() == "Pinned: lr 0.05 · Now: lr 0.5"


@pytest.mark.parametrize("beat, message", [
    ({"caption": "c", "action": "compare", "to_epoch": 10}, "changes exactly one of lr, seed, bias, activation, hidden"),
    ({"caption": "c", "action": "compare", "lr": 0.5, "seed": 2, "to_epoch": 10}, "seed: a 'compare' beat changes exactly one"),
    ({"caption": "c", "action": "compare", "lr": 0.5}, "to_epoch: missing"),
    ({"caption": "c", "action": "compare", "lr": "fast", "to_epoch": 10}, "lr: must be a number"),
    ({"caption": "c", "action": "compare", "lr": -1, "to_epoch": 10}, "lr:"),
    ({"caption": "c", "action": "compare", "activation": "relux", "to_epoch": 10}, "did you mean 'relu'"),
    ({"caption": "c", "action": "compare", "hidden": [0], "to_epoch": 10}, "hidden:"),
    ({"caption": "c", "action": "compare", "lr": 0.5, "to_epoch": 10, "learning": 1}, "learning: unknown key"),
])
def test_a_bad_compare_beat_is_one_line_naming_what_is_wrong(beat, message):
    with pytest.raises(BeatError) as err:
        check_beat(beat)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_good_compare_beat_reads_and_round_trips():
    checked = check_beat({"caption": "c", "action": "compare", "hidden": [8], "to_epoch": 10, "pane": "loss"})
    beat = Beat.from_dict(checked)
    assert beat.action == "compare" and beat.params == {"hidden": [8], "to_epoch": 10} and beat.pane == "loss"
    assert Beat.from_dict(beat.to_dict()) == beat
    with pytest.raises(ValueError, match="exactly one"):
        Beat("c", "compare", {"to_epoch": 3})


def test_a_lesson_file_with_a_bad_compare_beat_is_refused_in_one_line():
    text = ('format = 1\nname = "t"\ntitle = "T"\ncaption = "c"\n[data]\ntable = "or"\n'
            '[[beats]]\ncaption = "x"\naction = "compare"\nlr = 0.5\nbias = true\nto_epoch = 5\n')
    with pytest.raises(LessonFileError) as err:
        parse_lesson(text, "t.toml")
    assert "exactly one" in str(err.value) and "\n" not in str(err.value)
