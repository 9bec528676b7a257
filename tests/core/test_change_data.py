"""Session.change_data (the same network on new data) and Settings.inputs (feature inputs as a
network setting), without Qt."""
from dataclasses import replace

import numpy as np
import pytest

from nnviz.core.data.datasets import GeneratedData
from nnviz.core.app.session import Session
from nnviz.core.engine.settings import Settings, build_trainer


def _circle_session(epochs=5):
    s = Session()
    s.load_lesson("circle")
    for _ in range(epochs):
        s.step("epoch")
    return s


def test_the_lesson_knobs_make_the_lesson_data():
    s = Session()
    s.load_lesson("moons", seed=4)
    assert s.generated == GeneratedData("moons", seed=4)
    assert np.array_equal(s.generated.problem().X_train, s.problem.X_train)
    s.load_lesson("or-gate")
    assert s.generated is None


def test_new_data_keeps_weights_optimizer_epoch_and_history():
    s = _circle_session()
    old = s.trainer
    flat, history = old.network.flat.copy(), np.asarray(old.history.train_loss.array).copy()
    data = GeneratedData("circle", noise=0.3, seed=1)
    s.change_data(data.problem(), "noise", generated=data)
    t = s.trainer
    assert t is not old and t.problem is s.problem and s.generated == data
    assert np.array_equal(t.network.flat, flat) and t.epoch == 5
    assert np.array_equal(np.asarray(t.history.train_loss.array), history)
    assert s.timeline.current == 0 and s.undo_label == "noise"
    s.step("epoch")
    assert t.epoch == 6 and len(t.history) == 6
    # Reset goes back to the lesson's starting weights, on the new data
    s.reset()
    assert np.array_equal(s.trainer.network.flat, build_trainer(data.problem(), s.settings).network.flat)
    assert np.array_equal(s.problem.X_train, data.problem().X_train)


def test_undo_puts_the_old_data_trainer_and_knobs_back():
    s = _circle_session()
    old_trainer, old_problem = s.trainer, s.problem
    data = GeneratedData("circle", points=300, seed=1)
    s.change_data(data.problem(), "points", generated=data)
    s.undo()
    assert s.trainer is old_trainer and s.problem is old_problem
    assert s.generated == GeneratedData("circle", seed=1)


def test_from_a_past_point_the_state_shown_is_taken():
    s = _circle_session(10)
    s.goto_epoch(4)
    flat = s.trainer.network.flat.copy()
    s.change_data(GeneratedData("circle", seed=9).problem())
    assert s.epoch == 4 and len(s.trainer.history) == 4 and np.array_equal(s.trainer.network.flat, flat)
    s.undo()
    assert s.timeline.newest > s.timeline.current     # the later epochs are still there


def test_mid_epoch_the_partial_epoch_leaves_the_count():
    s = _circle_session(2)
    s.step("sample")
    flat = s.trainer.network.flat.copy()
    s.change_data(GeneratedData("circle", seed=3).problem())
    assert (s.trainer.epoch, s.trainer.cursor) == (2, 0)
    assert np.array_equal(s.trainer.network.flat, flat)   # its update stays in the weights


def test_no_training_points_is_refused_and_nothing_changes():
    s = _circle_session()
    trainer, problem = s.trainer, s.problem
    empty = replace(problem, X_train=problem.X_train[:0], Y_train=problem.Y_train[:0])
    with pytest.raises(ValueError, match="at least one training point"):
        s.change_data(empty)
    assert s.trainer is trainer and s.problem is problem


def test_feature_inputs_are_a_network_setting():
    s = _circle_session()
    new = replace(s.settings.copy(), inputs=("x1", "x2", "x1*x2"))
    assert s.settings.structural_changes(new) == ["inputs"]
    s.apply_settings(new)
    assert s.layer_sizes[0] == 3 and s.epoch == 0 and s.problem.feature_names[2] == "x₁·x₂"
    # new data keeps the inputs
    s.change_data(GeneratedData("circle", seed=5).problem())
    p = s.problem
    assert p.feature_names == ["x₁", "x₂", "x₁·x₂"] and np.allclose(p.X_train[:, 2], p.X_train[:, 0] * p.X_train[:, 1])
    s.undo()
    s.undo()
    assert s.layer_sizes[0] == 2 and s.problem.input_transform is None and s.epoch == 5


def test_inputs_from_a_file_compare_as_a_tuple_and_bad_names_are_one_line():
    assert Settings(inputs=["x1^2", "x2^2"]).inputs == ("x1^2", "x2^2")
    with pytest.raises(ValueError, match="unknown input"):
        Settings(inputs=("x3",)).validate()
    s = Session()
    s.load_lesson("iris")
    with pytest.raises(ValueError, match="two inputs"):
        s.apply_settings(replace(s.settings.copy(), inputs=("x1^2",)))


def test_undoing_a_point_added_says_what_was_undone_in_one_readable_line():
    """The undo line names the data change itself ("Undone: added a training point of …"), not
    "Undid the added a training point …"; a named kind of change keeps "Undid the reset"."""
    from nnviz.core.data.point_edits import with_point

    s = _circle_session()
    problem, what = with_point(s.problem, 0.5, 0.5, 1)
    s.change_data(problem, what)
    line = s.undo()
    assert line.startswith("Undone: added a training point") and "Undid the added" not in line
    s.reset()
    assert s.undo().startswith("Undid the reset: ")
