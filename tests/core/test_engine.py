"""The engine's maths: gradients against central finite differences, stability, optimizers."""
import itertools
import warnings
import zlib

import numpy as np
import pytest

from nnviz.core.engine.activations import ACTIVATIONS, get_activation
from nnviz.core.engine.losses import get_loss
from nnviz.core.engine.network import Network
from nnviz.core.engine.optimizers import make_optimizer
from nnviz.core.engine import metrics


def numeric_gradients(net, X, Y, loss, l2=0.0, h=1e-6):
    """Central differences of the batch-mean loss for every weight and bias."""
    out = []
    for params in (net.weights, net.biases):
        grads = []
        for p in params:
            g = np.zeros_like(p)
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + h
                up = net.loss(X, Y, loss, l2)
                p[idx] = old - h
                down = net.loss(X, Y, loss, l2)
                p[idx] = old
                g[idx] = (up - down) / (2 * h)
            grads.append(g)
        out.append(grads)
    return out


def relative_error(a, b):
    a, b = np.concatenate([x.ravel() for x in a]), np.concatenate([x.ravel() for x in b])
    return np.abs(a - b).max() / max(np.abs(a).max(), np.abs(b).max(), 1e-12)


def _data(n_out, loss_name, rng):
    X = rng.normal(size=(7, 3))
    if loss_name == "cce" or n_out > 1:
        Y = np.eye(n_out)[rng.integers(0, n_out, 7)]
    else:
        Y = rng.integers(0, 2, (7, 1)).astype(float)
    return X, Y


HIDDEN = ["sigmoid", "tanh", "relu", "linear"]
CASES = [
    (hidden, out, loss, bias)
    for hidden, (out, loss), bias in itertools.product(
        HIDDEN,
        [("sigmoid", "mse"), ("sigmoid", "bce"), ("tanh", "mse"), ("linear", "mse"), ("relu", "mse"),
         ("softmax", "cce"), ("softmax", "mse"), ("sigmoid", "cce"), ("linear", "bce")],
        [True, False],
    )
]


@pytest.mark.parametrize("hidden,out,loss_name,bias", CASES)
def test_backprop_matches_finite_differences(hidden, out, loss_name, bias):
    # A seed from the case's text: the same data on every run (hash() of a string is salted
    # per process, so it gave different data each run).
    rng = np.random.default_rng(zlib.crc32(repr((hidden, out, loss_name, bias)).encode()))
    n_out = 3 if out == "softmax" or loss_name == "cce" else 1
    net = Network([3, 4, 5, n_out], [hidden, hidden, out], use_bias=bias, seed=int(rng.integers(1000)))
    X, Y = _data(n_out, loss_name, rng)
    if loss_name == "bce" and out == "linear":
        Y = np.clip(Y, 0.2, 0.8)  # keep the clipped log away from its clip for a smooth check
        net = Network([3, 4, 5, 1], [hidden, hidden, "sigmoid"], use_bias=bias, seed=3)
    loss = get_loss(loss_name)
    # Random non-zero biases: with zero biases a sample whose ReLUs are all off puts the next
    # layer exactly on the kink at z = 0, where finite differences are meaningless.
    net.set_parameters(net.weights, [rng.uniform(0.05, 0.3, b.shape) * rng.choice([-1, 1], b.shape) for b in net.biases])
    grads = net.backward(net.forward(X), Y, loss, l2=0.01)
    num_w, num_b = numeric_gradients(net, X, Y, loss, l2=0.01)
    assert relative_error(grads.weights, num_w) < 1e-6
    if bias:
        assert relative_error(grads.biases, num_b) < 1e-6
    else:
        assert all(b is None for b in grads.biases)


def test_fused_softmax_cross_entropy_gradient_is_output_minus_target():
    net = Network([2, 3], ["softmax"], seed=1)
    X = np.array([[0.5, -1.0]])
    Y = np.array([[0.0, 1.0, 0.0]])
    tr = net.forward(X)
    g = net.backward(tr, Y, get_loss("cce"))
    np.testing.assert_allclose(g.deltas[-1], tr.output - Y)


def test_no_overflow_warnings_for_huge_inputs():
    z = np.array([[-1e4, -800.0, -50.0, 0.0, 50.0, 800.0, 1e4]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for act in ACTIVATIONS.values():
            a = act.fn(z)
            assert np.isfinite(a).all(), act.name
        s = get_activation("sigmoid").fn(z)
        assert s[0, 0] == 0.0 and s[0, -1] == 1.0 and s[0, 3] == 0.5
        y = np.ones_like(z)
        assert np.isfinite(get_loss("bce").value(z, s, y, get_activation("sigmoid")))
        sm = get_activation("softmax").fn(z)
        np.testing.assert_allclose(sm.sum(axis=1), 1.0)
        assert np.isfinite(get_loss("cce").value(z, sm, np.eye(7)[[0]], get_activation("softmax")))


def test_bce_from_logits_equals_the_textbook_formula():
    z = np.array([[-2.0], [0.3], [4.0]])
    y = np.array([[0.0], [1.0], [1.0]])
    a = 1 / (1 + np.exp(-z))
    textbook = -(y * np.log(a) + (1 - y) * np.log(1 - a)).mean()
    assert get_loss("bce").value(z, a, y, get_activation("sigmoid")) == pytest.approx(textbook, rel=1e-12)


def test_tanh_and_sigmoid_match_numpy_to_one_ulp():
    z = np.linspace(-40, 40, 10001)
    np.testing.assert_allclose(get_activation("tanh").fn(z), np.tanh(z), rtol=0, atol=4e-16)
    np.testing.assert_allclose(get_activation("sigmoid").fn(z), 1 / (1 + np.exp(-z)), rtol=0, atol=4e-16)


def test_without_bias_zero_input_gives_one_half():
    # Whatever the weights: a perceptron, or a net whose hidden units give 0 at 0 (tanh).
    for seed in range(5):
        assert Network([2, 1], "sigmoid", use_bias=False, seed=seed).predict(np.zeros((1, 2)))[0, 0] == 0.5
        net = Network([2, 3, 1], ["tanh", "sigmoid"], use_bias=False, seed=seed)
        assert net.predict(np.zeros((1, 2)))[0, 0] == 0.5
    assert Network([2, 1], "sigmoid", use_bias=True, init="constant").predict(np.zeros((1, 2)))[0, 0] != 0.5


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
def test_optimizers_descend_a_quadratic_and_report_their_updates(name):
    p = np.array([3.0, -2.0])
    opt = make_optimizer(name, 0.1)
    for _ in range(300):
        before = p.copy()
        (u,) = opt.step([p], [2 * p])  # gradient of |p|²
        np.testing.assert_allclose(p - before, u)
    assert np.abs(p).max() < 0.05


@pytest.mark.parametrize("name", ["momentum", "adam"])
def test_optimizer_state_of_weights_and_biases_stays_apart(name):
    w, b = np.ones((2, 3)), np.ones(3)
    opt = make_optimizer(name, 0.1)
    for _ in range(3):
        opt.step([w], [np.ones((2, 3))], "w")
        opt.step([b], [np.full(3, -1.0)], "b")
    assert (w < 1).all() and (b > 1).all()


def test_sgd_update_is_minus_lr_times_gradient():
    p = np.array([1.0])
    (u,) = make_optimizer("sgd", 0.25).step([p], [np.array([2.0])])
    assert u[0] == -0.5 and p[0] == 0.5


def test_initialisations():
    assert np.all(Network([2, 3, 1], init="constant", init_value=0.5).weights[0] == 0.5)
    u = Network([4, 50, 3], init="uniform", seed=0)
    assert u.weights[0].min() >= -1 and u.weights[0].max() <= 1 and u.weights[0].std() > 0.4
    x = Network([100, 100], init="xavier", seed=0).weights[0]
    assert abs(x.std() - np.sqrt(2 / 200)) < 0.01
    h = Network([100, 100], init="he", seed=0).weights[0]
    assert abs(h.std() - np.sqrt(2 / 100)) < 0.01
    with pytest.raises(ValueError):
        Network([2, 1], init="magic")


def test_explicit_parameters_are_shape_checked():
    net = Network([2, 1])
    net.set_parameters([[0.1, 0.2]], [0.3])
    assert net.weights[0].tolist() == [[0.1], [0.2]] and net.biases[0].tolist() == [0.3]
    with pytest.raises(ValueError, match="2×1"):
        net.set_parameters([[0.1, 0.2, 0.3]])


def test_network_round_trips_through_a_dict():
    net = Network([3, 4, 2], ["relu", "softmax"], seed=2)
    other = Network.from_dict(net.to_dict())
    X = np.random.default_rng(0).normal(size=(5, 3))
    np.testing.assert_array_equal(net.predict(X), other.predict(X))


def test_metrics():
    Y = np.eye(3)[[0, 1, 2, 2]]
    P = np.eye(3)[[0, 2, 2, 2]]
    assert metrics.accuracy(Y, P) == 0.75
    assert metrics.confusion_matrix(Y, P, 3).tolist() == [[1, 0, 0], [0, 0, 1], [0, 0, 2]]
    assert metrics.r2([[1.0], [2.0], [3.0]], [[1.0], [2.0], [3.0]]) == 1.0
    assert metrics.mse([[1.0], [3.0]], [[2.0], [3.0]]) == 0.5
