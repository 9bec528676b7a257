"""An epoch trained in parts (Trainer.step_epoch_part, then step_epoch to finish it) is bitwise
the epoch step_epoch trains at once: a continuous run shows a long epoch part-way through, and
the timeline, which replays step_epoch, must reach exactly the states the run made."""
import numpy as np
import pytest

from nnviz.core.app.session import Session
from nnviz.core.teaching.lessons import get_lesson


def _state(t) -> list:
    """Every number the next step depends on, and the history."""
    opt = t.optimizer.state.get(("all", 0))
    parts = [t.network.flat, np.array([t.epoch, t.cursor]), *(opt[:2] if opt else ())]
    h = t.history
    parts += [np.array(h.train_loss), np.array(h.val_loss, float)]
    return parts


def _same(a, b) -> bool:
    sa, sb = _state(a), _state(b)
    return (len(sa) == len(sb) and all(np.array_equal(x, y, equal_nan=True) for x, y in zip(sa, sb))
            and a.rng.bit_generator.state == b.rng.bit_generator.state)


def _in_parts(t, sizes) -> int:
    """Train the epoch under way in parts of the given sizes in turn, then finish it; the parts
    that trained something."""
    n, epoch = 0, t.epoch
    for size in sizes:
        if not t.step_epoch_part(size):
            break
        n += 1
        assert 0 < t.cursor < t.n_train and t.epoch == epoch  # never the epoch's end
    while t.step_epoch_part(sizes[-1]):
        n += 1
    t.step_epoch()
    return n


@pytest.mark.parametrize("lesson,overrides,sizes", [
    ("digits", {}, [32]),                                     # one sample at a time, shuffled
    ("digits", {"optimizer": "adam", "lr": 0.01}, [1, 7, 500]),
    ("iris", {"optimizer": "momentum", "l2": 0.01}, [5, 3]),
    ("plane", {}, [32, 1, 15]),                               # mini-batches of 10
    ("blobs3", {"batch_size": 16, "l1": 0.01}, [16, 40]),
])
def test_an_epoch_in_parts_is_bitwise_the_epoch_at_once(lesson, overrides, sizes):
    parts = get_lesson(lesson).trainer(**overrides)
    whole = get_lesson(lesson).trainer(**overrides)
    for _ in range(3):
        trained = _in_parts(parts, sizes)
        whole.step_epoch()
        assert trained > 0
        assert _same(parts, whole)
    assert parts.epoch == 3 and parts.cursor == 0
    # The epoch's last step is the record both keep.
    a, b = parts.last_step, whole.last_step
    assert np.array_equal(a.rows, b.rows) and a.loss == b.loss
    assert all(np.array_equal(x, y) for x, y in zip(a.weight_updates, b.weight_updates))


def test_a_part_is_whole_steps_and_never_the_last_one():
    t = get_lesson("plane").trainer()     # mini-batches of 10
    n = t.n_train
    assert t.step_epoch_part(1) and t.cursor == 10          # at least one step
    assert t.step_epoch_part(25) and t.cursor == 30         # whole steps only
    while t.step_epoch_part(1_000):
        pass
    assert t.epoch == 0 and n - 10 <= t.cursor < n          # the last step is step_epoch's
    t.step_epoch()
    assert t.epoch == 1 and t.cursor == 0

    d = get_lesson("digits").trainer()   # one sample at a time
    assert d.step_epoch_part(100_000) and (d.epoch, d.cursor) == (0, d.n_train - 1)
    assert not d.step_epoch_part(1) and d.cursor == d.n_train - 1


def test_a_full_batch_epoch_has_no_parts():
    t = get_lesson("circle").trainer()
    before = t.network.flat.copy()
    assert not t.step_epoch_part(1) and not t.step_epoch_part(10_000)
    assert np.array_equal(t.network.flat, before) and (t.epoch, t.cursor) == (0, 0)


def test_parts_go_on_from_a_step_a_person_took():
    a, b = get_lesson("digits").trainer(), get_lesson("digits").trainer()
    for t in (a, b):
        t.step_epoch()
        t.step_sample()
        t.step_sample()
    _in_parts(a, [64])
    b.step_epoch()
    assert _same(a, b) and a.epoch == 2


def test_a_diverged_trainer_trains_no_part():
    from nnviz.core.engine.training import TrainingDiverged
    t = get_lesson("plane").trainer(lr=100.0)
    with pytest.raises(TrainingDiverged):
        for _ in range(50):
            _in_parts(t, [2])
    assert t.network.is_finite()
    with pytest.raises(TrainingDiverged):
        t.step_epoch_part(10)


def test_the_timeline_of_a_run_in_parts_reaches_the_same_states():
    """A session whose epochs were trained in parts: its history, timeline and every position
    on it equal those of a session that trained each epoch at once."""
    parts, whole = Session(), Session()
    for s in (parts, whole):
        s.load_lesson("digits")
    parts.timeline.interval_s = 1e9      # no keyframe after the start: going anywhere replays
    for _ in range(4):
        while parts.train_epoch_part(97):
            pass
        parts.train_epoch()
        whole.train_epoch()
    assert _same(parts.trainer, whole.trainer)
    assert parts.timeline.newest == whole.timeline.newest == 4
    assert [parts.timeline.label(i) for i in range(5)] == [whole.timeline.label(i) for i in range(5)]
    for position in (1, 3, 2, 4, 0):
        parts.goto(position)
        whole.goto(position)
        assert _same(parts.trainer, whole.trainer), position
