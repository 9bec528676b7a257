"""The Session: every user action as one command, without Qt (the window and the CLI drive it)."""
from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.app.session import Session
from nnviz.core.engine.training import TrainingDiverged


def _params(session: Session) -> list[np.ndarray]:
    net = session.trainer.network
    return [a.copy() for a in net.weights + net.biases]


def _same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def _optimizer_state(session: Session) -> dict:
    return {k: tuple(np.array(v, copy=True) for v in vals) for k, vals in session.trainer.optimizer.state.items()}


def _same_state(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        all(np.array_equal(x, y) for x, y in zip(a[k], b[k])) for k in a)


def test_a_lesson_loads_through_the_one_road_the_cli_and_tests_take():
    s = Session()
    text = s.load_lesson("or-gate")
    assert "OR gate" in text and s.lesson.name == "or-gate" and s.epoch == 0
    direct = get_lesson("or-gate").trainer()
    assert _same(_params(s), [a for a in direct.network.weights + direct.network.biases])
    assert s.settings.config.lr == 0.05 and s.trainer.config.reduction == "sum"


def test_a_training_change_carries_on_and_a_network_change_starts_again():
    s = Session()
    s.load_lesson("xor")
    for _ in range(5):
        s.step("epoch")
    new = s.settings.copy()
    new.config.lr = 0.25
    text = s.apply_settings(new)
    assert s.epoch == 5 and s.trainer.optimizer.lr == 0.25 and "continues from epoch 5" in text
    assert s.undo_label == "settings change"
    bigger = s.settings.with_structure((6,))
    assert "Network rebuilt" in s.apply_settings(bigger)
    assert s.epoch == 0 and s.layer_sizes == [2, 6, 1]
    s.undo()
    assert s.layer_sizes == [2, 4, 1] and s.epoch == 5 and s.trainer.config.lr == 0.25
    s.undo()
    assert s.trainer.config.lr == 0.5 and s.trainer.optimizer.lr == 0.5 and s.epoch == 5


def test_a_refused_setting_changes_nothing():
    s = Session()
    s.load_lesson("plane")
    before = s.settings.copy()
    bad = s.settings.copy()
    bad.config.loss = "bce"   # cross-entropy on a number
    with pytest.raises(ValueError, match="cross-entropy needs classes"):
        s.apply_settings(bad)
    assert s.settings == before and s.trainer.config.loss == "mse" and s.undo_label is None


def test_stop_conditions_are_no_undo_step():
    s = Session()
    s.load_lesson("xor")
    new = s.settings.copy()
    new.config.epochs = 77
    assert s.apply_settings(new) == ""
    assert s.trainer.config.epochs == 77 and s.undo_label is None


def test_a_lesson_change_after_training_comes_back_whole():
    s = Session()
    s.load_lesson("xor")
    for _ in range(3):
        s.step("epoch")
    trained = _params(s)
    s.load_lesson("circle")
    assert s.undo_label == "lesson change"
    s.undo()
    assert s.lesson.name == "xor" and s.epoch == 3 and _same(trained, _params(s))


def test_reset_and_new_weights_are_undoable():
    s = Session()
    s.load_lesson("xor")
    s.step("epoch")
    trained = _params(s)
    s.reset()
    assert s.epoch == 0
    s.new_weights(seed=123)
    assert s.settings.seed == 123 and s.trainer.config.seed == 123
    s.undo()
    s.undo()
    assert s.epoch == 1 and _same(trained, _params(s))


def test_run_stops_at_the_limit_and_at_the_target():
    s = Session()
    s.load_lesson("xor")
    assert [st.epoch for st in s.run(4)] == [1, 2, 3, 4]
    new = s.settings.copy()
    new.config.target_loss = 10.0     # reached at once
    s.apply_settings(new)
    assert len(list(s.run(100))) == 1
    assert s.stop_reason(s.trainer.history_stats(-1)).value == "target loss"


def test_divergence_is_raised_and_explained():
    s = Session()
    s.load_lesson("plane")
    new = s.settings.copy()
    new.config.lr = 100.0
    s.apply_settings(new)
    with pytest.raises(TrainingDiverged):
        list(s.run(50))
    assert s.diverged and "learning rate" in s.divergence_advice()
    assert s.trainer.network.is_finite()


# --- the timeline through the session --------------------------------------------------------
def test_three_samples_back_return_exactly_with_the_sample_cursor():
    s = Session()
    s.load_lesson("iris")          # one sample at a time, shuffled
    for _ in range(12):
        s.step("epoch")
    start, start_opt = _params(s), _optimizer_state(s)
    rng_state = s.trainer.rng.bit_generator.state
    seen = []
    for _ in range(3):
        s.step("sample")
        seen.append((_params(s), s.trainer.cursor))
    assert s.trainer.cursor == 3 and s.trainer.epoch == 12
    for params, cursor in reversed(seen[:-1]):
        s.step_back()
        assert s.trainer.cursor == cursor and _same(params, _params(s))
    s.step_back()
    assert (s.trainer.epoch, s.trainer.cursor) == (12, 0)
    assert _same(start, _params(s)) and _same_state(start_opt, _optimizer_state(s))
    assert s.trainer.rng.bit_generator.state == rng_state


@pytest.mark.parametrize("lesson", ["spiral", "plane", "circle"])   # adam, sgd mini-batches, momentum
def test_going_back_and_training_on_gives_the_same_states(lesson):
    s = Session()
    s.load_lesson(lesson)
    states = {}
    for stats in s.run(60):
        states[stats.epoch] = (_params(s), _optimizer_state(s))
    s.goto_epoch(25)
    assert _same(states[25][0], _params(s)) and _same_state(states[25][1], _optimizer_state(s))
    assert s.begin_training()            # training on from a past point branches
    for stats in s.run(60):
        assert _same(states[stats.epoch][0], _params(s)), stats.epoch
        assert _same_state(states[stats.epoch][1], _optimizer_state(s))
    # Undo brings the dropped branch back (here equal to the new one, as it must be).
    assert s.undo_label == "branch"
    s.undo()
    assert s.timeline.label(s.timeline.newest) == (60, 0)


def test_a_setting_changed_at_a_past_point_starts_a_branch_that_undo_reverses():
    s = Session()
    s.load_lesson("xor")
    list(s.run(30))
    end = _params(s)
    s.goto_epoch(10)
    new = s.settings.copy()
    new.config.lr = 0.05
    s.apply_settings(new)
    assert s.timeline.at_newest and s.epoch == 10 and s.trainer.config.lr == 0.05
    list(s.run(20))
    assert not _same(end, _params(s))        # another branch
    s.undo()
    assert s.trainer.config.lr == 0.5
    s.goto(s.timeline.newest)
    assert s.epoch == 30 and _same(end, _params(s))


def test_frames_say_where_the_timeline_is():
    from nnviz.core.app.frames import FrameOptions

    s = Session()
    s.load_lesson("xor")
    list(s.run(5))
    s.step_back()
    frame = s.frame(FrameOptions.for_problem(s.problem))
    assert (frame.position, frame.newest) == (4, 5) and frame.snapshot.epoch == 4
    assert frame.latest.epoch == 4
