"""Training steps, the step record, determinism and divergence."""
import numpy as np
import pytest

from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.engine.metrics import accuracy
from nnviz.core.engine.network import Network
from nnviz.core.data.problem import Problem
from nnviz.core.engine.training import TrainConfig, Trainer, TrainingDiverged


def _problem(n=40, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] > X[:, 1]).astype(float)
    return Problem("t", "binary", X, y, ["a", "b"], X_val=X[:5], Y_val=y[:5])


def test_one_sample_one_batch_one_epoch():
    t = Trainer(Network([2, 3, 1], seed=0), _problem(), TrainConfig(batch_size=8, lr=0.5))
    rec = t.step_sample()
    assert rec.kind == "sample" and rec.rows.shape == (1,) and t.cursor == 1 and t.epoch == 0
    rec = t.step_batch()
    assert rec.kind == "batch" and len(rec.rows) == 8 and t.cursor == 9
    stats = t.step_epoch()
    assert t.epoch == 1 and t.cursor == 0 and stats.epoch == 1
    assert len(t.history.train_loss) == 1


def test_step_record_holds_every_number_of_the_step():
    t = Trainer(Network([2, 3, 1], seed=1), _problem(), TrainConfig(batch_size=1, lr=0.5, loss="mse"))
    rec = t.step_sample()
    net_before = Network([2, 3, 1], seed=1)
    net_before.set_parameters(rec.weights_before, rec.biases_before)
    x = t.problem.X_train[rec.rows]
    tr = net_before.forward(x)
    np.testing.assert_allclose(rec.trace.output, tr.output)
    np.testing.assert_allclose(rec.error, tr.output - rec.targets)
    # The update applied is -lr × gradient, and the weights now equal before + update.
    for before, upd, grad, now in zip(rec.weights_before, rec.weight_updates, rec.grads.weights, t.network.weights):
        np.testing.assert_allclose(upd, -0.5 * grad)
        np.testing.assert_allclose(now, before + upd)
    assert len(rec.grads.deltas) == 2 and rec.grads.deltas[-1].shape == (1, 1)


def test_same_seed_gives_identical_weights_and_other_seeds_differ():
    runs = []
    for seed in (3, 3, 4):
        t = get_lesson("circle").trainer(seed=seed)
        for _ in t.run(50):
            pass
        runs.append(np.concatenate([w.ravel() for w in t.network.weights]))
    assert np.array_equal(runs[0], runs[1])
    assert not np.array_equal(runs[0], runs[2])


def test_reset_restores_the_initial_weights_exactly():
    t = get_lesson("circle").trainer()
    start = [w.copy() for w in t.network.weights]
    for _ in t.run(20):
        pass
    assert not np.array_equal(start[0], t.network.weights[0])
    t.reset()
    assert t.epoch == 0 and t.history.epochs == []
    for a, b in zip(start, t.network.weights):
        assert np.array_equal(a, b)


def test_changing_the_learning_rate_keeps_the_epoch_and_weights():
    t = get_lesson("circle").trainer()
    for _ in t.run(5):
        pass
    w = t.network.weights[0].copy()
    t.set_lr(0.01)
    assert t.epoch == 5 and np.array_equal(w, t.network.weights[0]) and t.optimizer.lr == 0.01
    with pytest.raises(ValueError):
        t.set_lr(-1)


def test_target_loss_stops_the_run():
    t = get_lesson("xor").trainer(target_loss=0.05)
    epochs = [s.epoch for s in t.run()]
    assert t.history.train_loss[-1] <= 0.05 and epochs[-1] < 2000


def test_divergence_stops_with_a_message_and_keeps_finite_weights():
    t = get_lesson("plane").trainer(lr=100.0)
    with pytest.raises(TrainingDiverged) as info:
        for _ in t.run(50):
            pass
    msg = str(info.value)
    assert "epoch" in msg and "smaller learning rate" in msg and "\n" not in msg
    assert f"epoch {t.epoch + 1}" in msg
    assert t.network.is_finite()
    assert t.diverged == msg
    with pytest.raises(TrainingDiverged):
        t.step_epoch()
    t.reset()
    assert t.diverged is None


def test_a_weight_overflowing_while_the_loss_stays_finite_is_divergence_too():
    """One huge input: the step's loss (before the update) is finite, its update is not."""
    net = Network([1, 1], "linear")
    net.set_parameters([[1e-5]], [0.0])
    t = Trainer(net, Problem("huge", "regression", np.array([[1e156]]), np.array([0.0]), ["x"]),
                TrainConfig(lr=1000.0, batch_size=0))
    with pytest.raises(TrainingDiverged):
        t.step_epoch()
    assert t.epoch == 0 and t.network.weights[0][0, 0] == 1e-5 and len(t.history) == 0


def test_a_full_batch_epoch_reports_the_loss_and_accuracy_of_its_one_step():
    """Without a penalty the epoch's training loss is its one step's loss, bit for bit, and its
    accuracy is that of the step's outputs."""
    t = Trainer(Network([2, 3, 1], seed=0), _problem(), TrainConfig(loss="bce", lr=0.5))
    for _ in range(3):
        stats = t.step_epoch()
        rec = t.last_step
        assert rec.kind == "epoch" and len(rec.rows) == t.n_train
        assert stats.train_loss == rec.loss
        assert stats.train_accuracy == accuracy(rec.targets, rec.trace.output)
    # A single sample in a full-batch epoch keeps its outputs until the epoch ends.
    t.step_sample()
    assert t.cursor == 1
    stats = t.step_epoch()
    assert stats.epoch == 4 and t.cursor == 0 and np.isfinite(stats.train_loss)


def test_mismatched_network_and_data_are_refused():
    with pytest.raises(ValueError, match="inputs"):
        Trainer(Network([3, 1]), _problem())


@pytest.mark.parametrize("bad", [{"lr": 0}, {"lr": float("nan")}, {"batch_size": -1}, {"optimizer": "rmsprop"}, {"loss": "hinge"}])
def test_bad_config_is_refused_with_a_message(bad):
    with pytest.raises(ValueError):
        TrainConfig(**bad).validate()


def test_evaluate_reports_accuracy_confusion_and_regression_scores():
    t = get_lesson("iris").trainer()
    for _ in t.run(5):
        pass
    ev = t.evaluate("test")
    assert ev["confusion"].shape == (3, 3) and ev["confusion"].sum() == ev["n"]
    assert ev["accuracy"] == pytest.approx(np.trace(ev["confusion"]) / ev["n"])
    p = get_lesson("plane").trainer()
    for _ in p.run(100):
        pass
    ev = p.evaluate("test")
    assert ev["r2"] > 0.5 and ev["mse"] >= 0


@pytest.mark.parametrize("lesson,overrides", [
    ("iris", {}),
    ("circle", {"batch_size": 1, "optimizer": "adam", "lr": 0.01, "loss": "bce"}),
    ("blobs3", {"batch_size": 1, "l2": 0.01}),
    ("no-bias", {"batch_size": 1, "optimizer": "momentum"}),
])
def test_fast_one_sample_epochs_match_stepping_sample_by_sample(lesson, overrides):
    """step_epoch's one-sample loop against step_sample, which goes through the general step."""
    fast = get_lesson(lesson).trainer(**overrides)
    slow = get_lesson(lesson).trainer(**overrides)
    for _ in range(3):
        fast_stats = fast.step_epoch()
        for _ in range(slow.n_train):
            slow.step_sample()
    assert fast.epoch == slow.epoch == 3
    np.testing.assert_allclose(fast.network.flat, slow.network.flat, rtol=1e-12, atol=1e-14)
    assert fast_stats.train_loss == pytest.approx(slow.history.train_loss[-1], rel=1e-12)
    assert len(fast.last_step.rows) == 1 and fast.last_step.epoch == 3


def test_fresh_starts_from_the_same_weights_and_leaves_the_old_trainer_alone():
    t = get_lesson("circle").trainer()
    start = t.network.flat.copy()
    for _ in t.run(5):
        pass
    trained = t.network.flat.copy()
    f = t.fresh()
    assert f.epoch == 0 and np.array_equal(f.network.flat, start)
    assert t.epoch == 5 and np.array_equal(t.network.flat, trained)
    f.step_epoch()
    assert np.array_equal(t.network.flat, trained)


def _record_arrays(rec):
    parts = [rec.rows, rec.targets, np.array([rec.loss]), *rec.trace.zs, *rec.trace.activations, *rec.grads.weights,
             *rec.grads.deltas, *rec.weight_updates, *rec.weights_before, *rec.biases_before]
    parts += [b for b in (*rec.grads.biases, *rec.bias_updates) if b is not None]
    return parts


@pytest.mark.parametrize("lesson,overrides", [("circle", {}), ("blobs3", {"batch_size": 16, "l1": 0.01}),
                                              ("iris", {}), ("no-bias", {})])
def test_step_epoch_builds_its_last_record_when_read_with_the_numbers_of_that_step(lesson, overrides):
    """step_epoch keeps its last step's record to build when last_step is read. Read after
    more has happened (another epoch trained elsewhere, the same network moved on), it must
    still hold exactly the numbers a recorded step gives."""
    epochwise = get_lesson(lesson).trainer(**overrides)
    stepwise = get_lesson(lesson).trainer(**overrides)
    epochwise.step_epoch()
    pending_epoch = epochwise.epoch
    while stepwise.epoch < pending_epoch:
        rec = stepwise.step_batch()
    snap = epochwise.snapshot()          # reads last_step: built now
    assert snap.last_step is epochwise.last_step and snap.last_step.epoch == pending_epoch
    a, b = _record_arrays(snap.last_step), _record_arrays(rec)
    assert len(a) == len(b) and all(x.shape == y.shape and x.tobytes() == y.tobytes() for x, y in zip(a, b))
    assert snap.last_step.kind == rec.kind
    # An unread record is replaced by the next one; reset forgets it.
    epochwise.step_epoch()
    assert epochwise.last_step.epoch == pending_epoch + 1
    epochwise.step_epoch()
    epochwise.reset()
    assert epochwise.last_step is None
