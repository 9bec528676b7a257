"""The timeline: going back to any epoch, stepping back and branching give bitwise the states the
run had, with every optimizer, mini-batches with shuffling, full batch and one sample at a time,
and the keyframes stay within their memory budget.

Keyframes are spaced by training time; the tests pass a fixed ``elapsed_s`` so where they fall
(and so which replays happen) is the same on every machine."""
import random

import numpy as np
import pytest

from nnviz.core.engine.history import EpochStats, History
from nnviz.core.engine.network import Network
from nnviz.core.data.problem import Problem
from nnviz.core.engine.timeline import Timeline
from nnviz.core.engine.training import TrainConfig, Trainer, TrainingDiverged

EPOCH_S = 0.001   # the training time each recorded epoch claims


def _problem(n=12, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(float)
    return Problem("t", "binary", X, y, ["a", "b"], X_val=X[:6] + 0.1, Y_val=y[:6])


def _trainer(optimizer="sgd", batch_size=5, lr=0.05, n=12, **kw) -> Trainer:
    net = Network([2, 5, 1], ["tanh", "sigmoid"], seed=3)
    return Trainer(net, _problem(n), TrainConfig(loss="bce", optimizer=optimizer, batch_size=batch_size, lr=lr, seed=7, **kw))


def _run(t: Trainer, tl: Timeline, epochs: int, states: dict) -> None:
    """Train on as a continuous run records it, keeping the state reached after each epoch."""
    for _ in range(epochs):
        t.step_epoch()
        tl.record_epoch(t, EPOCH_S)
        states[tl.current] = t.capture()


def _same(t: Trainer, expected) -> list[str]:
    return t.capture().differences(expected)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_going_to_any_epoch_gives_bitwise_the_state_the_run_had(optimizer):
    """2,100 epochs: shuffled mini-batches of 5, then the full batch, then one sample at a time
    (the optimizer's moments carry over the changes), then back to jumping anywhere."""
    t = _trainer(optimizer, 5)
    tl = Timeline(t, interval_s=0.01)            # a keyframe every 10 epochs
    states = {0: t.capture()}
    _run(t, tl, 700, states)
    for batch_size in (0, 1):
        t.update_config(batch_size=batch_size)
        tl.note_config_change(t)
        states[tl.current] = t.capture()
        _run(t, tl, 700, states)
    assert tl.label(tl.newest) == (2100, 0) and len(tl.keyframes) > 200
    rnd = random.Random(optimizer)
    autos = [p for p, _, _, kind in tl.keyframes if kind == "auto"]
    positions = [0, tl.newest, 1, tl.newest - 1, tl.find(700), tl.find(700) - 1, tl.find(1400) + 1]
    for position in positions + rnd.sample(range(tl.newest + 1), 30) + rnd.sample(autos, 6):
        epoch = tl.label(position)[0]
        tl.goto_position(t, position)
        assert _same(t, states[position]) == [], f"epoch {epoch}"
        assert tl.find(epoch) == position + (position in (700, 1401))   # the newest with that label
        assert len(t.history) == epoch and t.history.epochs[-1:] == ([epoch] if epoch else [])
    # The history shown after going back and forth is the one the run recorded.
    tl.goto(t, 2100)
    recorded = [states[tl.find(e)].last_stats.train_loss for e in range(1, 2101)]
    assert np.array_equal(np.asarray(t.history.train_loss), recorded)


def test_a_shuffled_run_really_shuffles_and_replays_use_the_generator():
    """Guard for the test above: a wrong generator state would change the states."""
    t = _trainer("momentum", 5)
    tl = Timeline(t, interval_s=0.02)
    states = {0: t.capture()}
    _run(t, tl, 30, states)
    tl.goto(t, 10)
    t.rng = np.random.default_rng(99)           # what a restore that forgot the generator would leave
    t.step_epoch()
    assert "params" in _same(t, states[11])


def test_step_back_undoes_samples_batches_and_epochs_exactly():
    t = _trainer("adam", 5, n=24)
    tl = Timeline(t)
    states = {0: t.capture()}
    _run(t, tl, 4, states)
    for action, kind in [(t.step_sample, "sample")] * 3 + [(t.step_batch, "batch")] * 2 + [
            (t.step_epoch, "rest"), (t.step_sample, "sample"), (t.step_epoch, "rest"), (t.step_epoch, "epoch")]:
        action()
        tl.record_step(t, kind)
        states[tl.current] = t.capture()
    assert tl.label(tl.newest) == (7, 0)
    seen = []
    while True:
        seen.append(tl.label(tl.current))
        assert _same(t, states[tl.current]) == [], tl.describe()
        if not tl.step_back(t):
            break
    assert seen == [(7, 0), (6, 0), (5, 1), (5, 0), (4, 13), (4, 8), (4, 3), (4, 2), (4, 1),
                    (4, 0), (3, 0), (2, 0), (1, 0), (0, 0)]
    assert tl.describe(tl.find(4, 3)) == "epoch 4 +3"
    # ... and forward again, through the same states.
    while tl.step_forward(t):
        assert _same(t, states[tl.current]) == []
    assert tl.current == tl.newest


def test_three_sample_steps_and_three_step_backs_return_to_the_start_with_the_cursor():
    t = _trainer("momentum", 1)
    tl = Timeline(t)
    states = {0: t.capture()}
    _run(t, tl, 12, states)
    for _ in range(3):
        t.step_sample()
        tl.record_step(t, "sample")
    assert (t.epoch, t.cursor) == (12, 3)
    tl.step_back(t)
    assert (t.epoch, t.cursor) == (12, 2) and tl.describe() == "epoch 12 +2"
    tl.step_back(t)
    tl.step_back(t)
    assert (t.epoch, t.cursor) == (12, 0) and _same(t, states[12]) == []


def test_one_sample_steps_then_fast_epochs_replay_exactly():
    """The one-sample fast loop finishes an epoch begun by sample steps; replays must use it too."""
    t = _trainer("sgd", 1)
    tl = Timeline(t, interval_s=0.01)
    states = {0: t.capture()}
    _run(t, tl, 50, states)
    for _ in range(5):
        t.step_sample()
        tl.record_step(t, "sample")
    states[tl.current] = t.capture()
    _run(t, tl, 100, states)
    for position in random.Random(1).sample(range(tl.newest + 1), 40):
        tl.goto_position(t, position)
        if position in states:
            assert _same(t, states[position]) == []


@pytest.mark.parametrize("optimizer,batch_size", [("adam", 5), ("momentum", 1), ("sgd", 0)])
def test_continuing_from_a_past_epoch_gives_the_original_later_states(optimizer, batch_size):
    t = _trainer(optimizer, batch_size)
    tl = Timeline(t, interval_s=0.02)
    states = {0: t.capture()}
    _run(t, tl, 400, states)
    tl.goto(t, 250)
    dropped = tl.truncate_after_current(t)
    assert tl.newest == 250 and dropped.positions == 150 and len(t.history) == 250
    again = {}
    _run(t, tl, 150, again)
    for position in range(251, 401):
        assert again[position].differences(states[position]) == [], f"epoch {position}"


def test_a_branch_with_new_settings_can_be_undone_and_redone():
    t = _trainer("momentum", 5)
    tl = Timeline(t, interval_s=0.02)
    states = {0: t.capture()}
    _run(t, tl, 200, states)
    tl.goto(t, 120)
    dropped = tl.truncate_after_current(t)
    t.update_config(lr=0.2)
    tl.note_config_change(t)
    branch = {tl.current: t.capture()}
    _run(t, tl, 100, branch)
    assert tl.label(tl.newest) == (220, 0)
    assert branch[tl.find(170)].differences(states[170]) != []  # the branch really differs
    redo = tl.restore_branch(t, dropped)                        # Undo: the old run is back
    assert tl.label(tl.newest) == (200, 0) and tl.label(tl.current) == (120, 0)
    assert _same(t, states[120]) == [] and t.config.lr == 0.05
    for epoch in (200, 121, 170, 0, 120):
        tl.goto(t, epoch)
        assert _same(t, states[epoch]) == []
    assert list(t.history.epochs) == list(range(1, 121))
    tl.goto(t, 200)
    assert list(t.history.epochs) == list(range(1, 201))
    tl.goto(t, 120)
    tl.restore_branch(t, redo)                                  # Redo: the branch again
    assert tl.label(tl.newest) == (220, 0)
    for position in (tl.newest, tl.find(120) + 40, tl.find(120)):
        tl.goto_position(t, position)
        assert _same(t, branch[position]) == []
    assert t.config.lr == 0.2


def test_going_across_a_settings_change_uses_the_settings_in_force():
    t = _trainer("sgd", 5)
    tl = Timeline(t, interval_s=0.03)
    states = {0: t.capture()}
    _run(t, tl, 200, states)
    t.update_config(lr=0.3, optimizer="adam", batch_size=3)
    tl.note_config_change(t)
    t.update_config(lr=0.2)                     # two changes in a row: one keyframe
    tl.note_config_change(t)
    states[tl.current] = t.capture()
    _run(t, tl, 200, states)
    assert [k for _, _, _, k in tl.keyframes].count("config") == 1
    assert tl.find(200) == 201                  # the newest state at epoch 300: after the change
    for position in [0, 150, 199, 200, 201, 202, 350, 401] + random.Random(2).sample(range(402), 25):
        tl.goto_position(t, position)
        assert _same(t, states[position]) == []
        assert t.config.optimizer == ("sgd" if position <= 200 else "adam")
    tl.goto(t, 201)
    tl.step_back(t)
    assert tl.current == 201 and t.config.lr == 0.2
    tl.step_back(t)                             # skips the old-settings state at the same epoch
    assert tl.label(tl.current) == (199, 0) and t.config.optimizer == "sgd"


def test_the_memory_budget_holds_and_every_position_stays_exact():
    t = _trainer("adam", 5)
    budget = 50_000
    tl = Timeline(t, budget_bytes=budget, interval_s=0.002)
    states = {0: t.capture()}
    for _ in range(3):
        t.step_sample()
        tl.record_step(t, "sample")
        states[tl.current] = t.capture()
    worst = 0
    for _ in range(1000):
        t.step_epoch()
        tl.record_epoch(t, EPOCH_S)
        states[tl.current] = t.capture()
        worst = max(worst, tl.nbytes)
    assert worst <= budget
    assert tl.thinned >= 3 and tl.interval_s == 0.002 * 2 ** tl.thinned
    kinds = tl.keyframes
    assert [k[3] for k in kinds[:4]] == ["start", "step", "step", "step"]     # never thinned
    assert sum(k[3] == "auto" for k in kinds) >= 5
    gaps = np.diff([k[0] for k in kinds[4:]])
    assert gaps.max() <= 2 * tl.interval_s / EPOCH_S + 1                      # still evenly spread
    for position in random.Random(3).sample(range(tl.newest + 1), 20) + [1, 2, 3]:
        tl.goto_position(t, position)
        assert _same(t, states[position]) == []


def test_a_diverged_state_comes_back_and_step_back_leaves_it():
    net = Network([2, 5, 1], ["linear", "linear"], seed=3)
    t = Trainer(net, _problem(), TrainConfig(loss="mse", optimizer="momentum", batch_size=4, lr=0.8, seed=7))
    tl = Timeline(t)
    states = {0: t.capture()}
    with pytest.raises(TrainingDiverged):
        for _ in range(200):
            t.step_epoch()
            tl.record_epoch(t, EPOCH_S)
            states[tl.current] = t.capture()
    tl.record_step(t, "diverged")
    diverged = t.capture()
    assert diverged.diverged and tl.keyframes[-1][3] == "diverged"
    tl.goto(t, 0)
    assert t.diverged is None
    tl.goto_newest(t)
    assert _same(t, diverged) == [] and t.diverged == diverged.diverged
    with pytest.raises(TrainingDiverged):
        t.step_epoch()
    tl.goto_newest(t)
    assert tl.step_back(t) and t.diverged is None
    assert _same(t, states[tl.current]) == []


def test_training_on_from_the_past_without_truncating_drops_the_later_positions():
    t = _trainer("sgd", 5)
    tl = Timeline(t, interval_s=0.01)
    states = {0: t.capture()}
    _run(t, tl, 100, states)
    tl.goto(t, 40)
    t.step_epoch()
    tl.record_epoch(t, EPOCH_S)
    assert tl.label(tl.newest) == (41, 0) and tl.at_newest
    assert _same(t, states[41]) == []


def test_goto_refuses_a_point_the_run_never_reached_in_one_line():
    t = _trainer()
    tl = Timeline(t)
    _run(t, tl, 5, {})
    with pytest.raises(ValueError, match=r"^epoch 9 is not on the timeline \(it goes from epoch 0 to epoch 5\)$"):
        tl.goto(t, 9)
    with pytest.raises(ValueError, match="epoch 3 \\+2"):
        tl.goto(t, 3, cursor=2)


def test_a_state_restores_into_a_fresh_trainer_and_continues_identically():
    t = _trainer("adam", 5)
    for _ in range(7):
        t.step_epoch()
    t.step_batch()
    state = t.capture()
    t.step_epoch()
    t.step_epoch()
    expected = t.capture()
    f = t.fresh()
    f.history = History()
    for i in range(7):
        f.history.add(t.history.stats(i))
    f.restore(state)
    f.step_epoch()
    f.step_epoch()
    assert f.capture().differences(expected) == []


def test_mid_epoch_states_of_one_epoch_share_their_outputs():
    t = _trainer("sgd", 1)
    t.step_epoch()
    first = t.capture()
    t.step_sample()
    a = t.capture()
    t.step_sample()
    b = t.capture(base=a)
    assert b.partial[0] is a.partial[0] and len(b.partial) == 2 and b.rows is a.rows
    assert np.array_equal(b.partial_outputs()[0], t._epoch_z[:2])
    assert first.partial == ()


# --- History ------------------------------------------------------------------------------------
def _stats(e):
    return EpochStats(e, 1.0 / e, None if e % 2 else 2.0 / e, 0.5, None)


def test_history_columns_read_like_lists():
    h = History()
    assert h.epochs == [] and not h.train_loss and len(h) == 0
    for e in range(1, 6):
        h.add(_stats(e))
    assert h.epochs == [1, 2, 3, 4, 5] and h.epochs[-1] == 5 and isinstance(h.epochs[0], int)
    assert h.train_loss == [1.0, 0.5, 1 / 3, 0.25, 0.2] and h.train_loss != [1.0, 0.5, 1 / 3, 0.25, 0.21]
    assert np.isnan(h.val_loss[0]) and h.val_loss[1] == 1.0 and list(h.train_accuracy) == [0.5] * 5
    assert h.train_loss[1:3] == [0.5, 1 / 3] and np.asarray(h.train_loss).shape == (5,)
    assert h.stats(-1) == _stats(5) and h.stats(1) == _stats(2)
    view = h.train_loss
    h.add(_stats(6))
    assert len(view) == 5 and len(h.train_loss) == 6      # a view keeps what it showed
    with pytest.raises(ValueError):
        view.array[0] = 3.0


def test_history_hides_and_reveals_later_epochs_until_a_new_one_is_added():
    h = History()
    for e in range(1, 11):
        h.add(_stats(e))
    h.truncate(4)
    assert h.epochs == [1, 2, 3, 4] and h.recorded == 10
    h.reveal(10)
    assert len(h) == 10
    h.truncate(4)
    h.add(_stats(5))
    assert h.recorded == 5
    with pytest.raises(ValueError):
        h.reveal(6)


def test_history_costs_40_bytes_an_epoch_and_at_most_60_while_growing():
    h = History()
    for e in range(1, 100_001):
        h.add(_stats(e))
    assert History.BYTES_PER_EPOCH == 40
    assert 40 * 100_000 <= h.nbytes <= 60 * 100_000


def test_a_smaller_budget_thins_at_once_and_keeps_every_position():
    t = _trainer("momentum", 0)
    tl = Timeline(t, interval_s=0.005)
    states = {0: t.capture()}
    _run(t, tl, 200, states)
    before = len(tl.keyframes)
    tl.set_budget(tl.nbytes // 3)
    assert tl.nbytes <= tl.budget_bytes and len(tl.keyframes) < before / 2 and tl.thinned == 2
    for position in (200, 3, 117, 0):
        tl.goto_position(t, position)
        assert _same(t, states[position]) == []
