"""L1 and L2 penalties and the two reductions: every gradient the engine applies is the gradient of
the loss it shows (checked with central finite differences of that shown loss), whatever the
reduction, batch size, or loop (the general step or the fast one-sample-at-a-time loop)."""
import numpy as np
import pytest

from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.engine.losses import get_loss
from nnviz.core.engine.network import Network
from nnviz.core.data.problem import Problem
from nnviz.core.engine.training import TrainConfig, Trainer

H = 1e-6


def flat_fd(net: Network, f, h: float = H) -> np.ndarray:
    """Central differences of ``f()`` with respect to every number of ``net.flat``."""
    g = np.zeros_like(net.flat)
    for i in range(net.flat.size):
        old = net.flat[i]
        net.flat[i] = old + h
        up = f()
        net.flat[i] = old - h
        down = f()
        net.flat[i] = old
        g[i] = (up - down) / (2 * h)
    return g


def weights_mask(net: Network) -> np.ndarray:
    mask = np.zeros(net.flat.size, bool)
    w, _ = net.unflatten(mask)
    for view in w:
        view[...] = True
    return mask


def hand_penalty(weights, l2, l1) -> float:
    return 0.5 * l2 * sum(float(np.sum(w ** 2)) for w in weights) + l1 * sum(float(np.sum(np.abs(w))) for w in weights)


def _problem(n=6, seed=0) -> Problem:
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] + 0.5 * X[:, 1] > 0).astype(float)
    return Problem("t", "binary", X, y, ["a", "b"])


PENALTIES = [(0.0, 0.0), (0.1, 0.0), (0.0, 0.05), (0.2, 0.07)]


@pytest.mark.parametrize("reduction", ["mean", "sum"])
@pytest.mark.parametrize("l2,l1", PENALTIES)
@pytest.mark.parametrize("loss_name,out", [("mse", "sigmoid"), ("bce", "sigmoid")])
def test_backward_is_the_gradient_of_network_loss(reduction, l2, l1, loss_name, out):
    rng = np.random.default_rng(11)
    net = Network([2, 3, 1], ["tanh", out], seed=4)
    net.set_parameters(net.weights, [rng.uniform(-0.3, 0.3, b.shape) for b in net.biases])
    X = rng.normal(size=(5, 2))
    Y = rng.integers(0, 2, (5, 1)).astype(float)
    loss = get_loss(loss_name)
    g = net.backward(net.forward(X), Y, loss, l2, l1=l1, reduction=reduction)
    got = np.concatenate([np.concatenate([w.ravel(), b.ravel()]) for w, b in zip(g.weights, g.biases)])
    num = flat_fd(net, lambda: net.loss(X, Y, loss, l2, l1=l1, reduction=reduction))
    np.testing.assert_allclose(got, num, rtol=1e-6, atol=1e-8)


def test_sum_reduction_counts_the_penalty_once_and_mean_divides_only_the_data():
    net = Network([2, 1], "sigmoid", seed=0)
    X = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = np.array([[1.0], [1.0], [0.0]])
    loss = get_loss("mse")
    data = lambda red: net.backward(net.forward(X), Y, loss, reduction=red).weights[0]  # noqa: E731
    pen = lambda red: net.backward(net.forward(X), Y, loss, 0.3, l1=0.1, reduction=red).weights[0]  # noqa: E731
    np.testing.assert_allclose(data("sum"), 3 * data("mean"), rtol=1e-14)
    expected_penalty = 0.3 * net.weights[0] + 0.1 * np.sign(net.weights[0])
    np.testing.assert_allclose(pen("sum") - data("sum"), expected_penalty, rtol=1e-12)
    np.testing.assert_allclose(pen("mean") - data("mean"), expected_penalty, rtol=1e-12)


def test_l1_subgradient_is_zero_for_a_weight_at_exactly_zero():
    net = Network([2, 2, 1], ["tanh", "sigmoid"], seed=2)
    net.weights[0][0, 1] = 0.0
    X = np.array([[0.3, -0.7], [1.1, 0.4]])
    Y = np.array([[1.0], [0.0]])
    loss = get_loss("bce")
    plain = net.backward(net.forward(X), Y, loss).weights
    l1 = net.backward(net.forward(X), Y, loss, l1=0.5).weights
    diff = l1[0] - plain[0]
    assert diff[0, 1] == 0.0                       # sign(0) = 0: no push either way
    nonzero = net.weights[0] != 0
    np.testing.assert_allclose(diff[nonzero], 0.5 * np.sign(net.weights[0][nonzero]), rtol=1e-12)


def test_or_gate_l2_gradient_is_the_summed_rows_plus_l2_w_once():
    """The issue's example: or-gate sums its 4 rows; L2 0.1 must add 0.1·w once, not 4 times."""
    t = get_lesson("or-gate").trainer(l2=0.1)
    rec = t.step_batch()
    X, Y = t.problem.X_train, t.problem.Y_train
    w, b = np.array([[0.1], [0.2]]), 0.3
    a = 1 / (1 + np.exp(-(X @ w + b)))
    by_hand = X.T @ ((a - Y) * a * (1 - a)) + 0.1 * w        # Σ_rows dL/dw + l2·w
    np.testing.assert_allclose(rec.grads.weights[0], by_hand, rtol=1e-12)
    assert np.round(by_hand.ravel(), 4).tolist() == [-0.1675, -0.1498]
    # The loss shown for that step: Σ ½(a - y)² + ½·0.1·‖w‖².
    assert rec.loss == pytest.approx(0.5 * float(((a - Y) ** 2).sum()) + 0.05 * float((w ** 2).sum()), rel=1e-13)


def _shown_loss(net, X, Y, cfg):
    return net.loss(X, Y, get_loss(cfg.loss), cfg.l2, l1=cfg.l1, reduction=cfg.reduction)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
@pytest.mark.parametrize("batch_size", [0, 3, 1])
def test_each_step_applies_the_gradient_of_the_loss_it_shows(reduction, batch_size):
    cfg = TrainConfig(loss="mse", lr=0.2, batch_size=batch_size, l2=0.05, l1=0.02, reduction=reduction, seed=3)
    t = Trainer(Network([2, 3, 1], ["tanh", "sigmoid"], seed=5), _problem(), cfg)
    # Move off the initial weights first (into the epoch, except full batch: one whole epoch).
    t.step_epoch() if batch_size == 0 else t.step_sample()
    rec = t.step_sample() if batch_size == 1 else t.step_batch()
    net = t.network.copy()
    net.set_parameters(rec.weights_before, rec.biases_before)
    X, Y = t.problem.X_train[rec.rows], t.problem.Y_train[rec.rows]
    assert len(rec.rows) == (t.n_train if batch_size == 0 else batch_size)
    assert rec.loss == pytest.approx(_shown_loss(net, X, Y, cfg), rel=1e-13)
    num = flat_fd(net, lambda: _shown_loss(net, X, Y, cfg))
    got = np.concatenate([np.concatenate([w.ravel(), b.ravel()]) for w, b in zip(rec.grads.weights, rec.grads.biases)])
    np.testing.assert_allclose(got, num, rtol=1e-6, atol=1e-8)
    upd = np.concatenate([np.concatenate([w.ravel(), b.ravel()]) for w, b in zip(rec.weight_updates, rec.bias_updates)])
    np.testing.assert_allclose(upd, -cfg.lr * got, rtol=1e-13)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_the_fast_one_sample_loop_applies_the_gradient_of_the_shown_loss(reduction):
    """step_epoch with batch size 1 trains all but the last sample in the fast loop. With two rows
    the record of the second sample holds the weights the fast loop left after the first."""
    cfg = TrainConfig(loss="bce", lr=0.1, batch_size=1, shuffle=False, l2=0.04, l1=0.03, reduction=reduction)
    t = Trainer(Network([2, 3, 1], ["tanh", "sigmoid"], seed=6), _problem(n=2), cfg)
    start = t.network.copy()
    t.step_epoch()
    after_first = t.last_step
    assert after_first.rows.tolist() == [1]
    moved = np.concatenate([np.concatenate([w.ravel(), b.ravel()])
                            for w, b in zip(after_first.weights_before, after_first.biases_before)]) - start.flat
    X, Y = t.problem.X_train[:1], t.problem.Y_train[:1]
    num = flat_fd(start, lambda: _shown_loss(start, X, Y, cfg))
    np.testing.assert_allclose(moved, -cfg.lr * num, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_the_epoch_loss_shown_includes_the_l1_and_l2_penalty(reduction):
    cfg = TrainConfig(loss="mse", lr=0.3, batch_size=0, l2=0.1, l1=0.05, reduction=reduction)
    t = Trainer(Network([2, 2, 1], ["tanh", "sigmoid"], seed=1), _problem(), cfg)
    before = t.network.copy()
    stats = t.step_epoch()
    a = before.predict(t.problem.X_train)
    data = 0.5 * float(((a - t.problem.Y_train) ** 2).sum())
    if reduction == "mean":
        data /= t.n_train
    # The rows' loss before the update, the penalty on the weights the epoch ends with.
    assert stats.train_loss == pytest.approx(data + hand_penalty(t.network.weights, 0.1, 0.05), rel=1e-13)
    assert t.last_step.loss == pytest.approx(data + hand_penalty(before.weights, 0.1, 0.05), rel=1e-13)


def test_l1_is_validated_and_named_when_training_diverges():
    with pytest.raises(ValueError, match="L1"):
        TrainConfig(l1=-0.1).validate()
    with pytest.raises(ValueError, match="L1"):
        TrainConfig(l1=float("nan")).validate()


def test_l1_shrinks_weights_more_than_no_penalty():
    plain = get_lesson("circle").trainer()
    sparse = get_lesson("circle").trainer(l1=0.02)
    for _ in plain.run(200):
        pass
    for _ in sparse.run(200):
        pass
    assert np.abs(sparse.network.weights[0]).sum() < 0.8 * np.abs(plain.network.weights[0]).sum()
