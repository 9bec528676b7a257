"""Benchmark the NumPy engine side by side with hand-written NumPy loops. Prints one JSON object.

Every figure is a ratio measured in the same process on the same data: short rounds of the engine
and of its baseline alternate (after a warm-up), so a slow spell of a shared machine hits both
alike, and each round is timed in CPU time of this process (time spent waiting for a core while
other programs run is not counted). Each ratio is the median of the neighbouring rounds' ratios,
with its quartiles and extremes (the spread), plus each side's best time per unit.

1. ``full_batch``: a 2-8-8-1 tanh net (sigmoid output, binary cross-entropy, SGD lr 0.1) trained
   full batch on 200 points with ``Trainer.step_epoch``, against a hand-written loop of the same
   math on the same data from the same weights: forward, the epoch's loss and accuracy (which the
   engine reports each epoch too), backward, update. Two baselines: ``natural`` writes the
   activations as a person would (``np.tanh``, ``1 / (1 + np.exp(-z))``); ``same_kernels`` calls
   the engine's own activation functions, so the difference is the engine's bookkeeping only
   (the step record, finiteness checks, history). Both loops are checked to end on the engine's
   weights (to 1e-12) before anything is timed.
2. ``iris``: the Iris lesson trained one sample at a time (``step_epoch``) against a per-sample
   loop written the way the Iris tutorial writes it (np.matrix, a bias column added with
   np.append, np.delete to drop it again) on the same data and the same [4,5,10,3] sigmoid net.
3. ``digits``: the digits lesson (64-16-10, sigmoid hidden, softmax output, cross-entropy, SGD
   lr 0.1) trained one sample at a time, one epoch per unit (``step_epoch``), against a
   hand-written per-sample loop of the same math on the same data: the same start weights and
   the same order of samples (a generator seeded as the trainer's, permuting once per epoch as
   the trainer does), and the same epoch figures the trainer reports (the epoch's loss and
   accuracy from each sample's output as it was trained, the validation loss and accuracy).
   ``natural`` writes it as a person would (``1 / (1 + np.exp(-z))``, ``np.outer``, ``W -=
   lr·g``); ``lean`` uses the engine's activation functions and in-place products, as a
   person tuning the loop would. Both are checked to end one epoch on the engine's weights (to
   1e-12) before anything is timed.
4. ``field``: the 100×100 decision-boundary field of a 2-8-8-1 net. ``cached_grid`` is what the
   window does every frame (``decision_field`` with the grid inputs built once), against a
   hand-written forward pass over the same grid (``np.tanh``, ``1 / (1 + np.exp(-z))``);
   ``rebuilt`` builds the grid each time on both sides (linspace + meshgrid by hand).

Goals: full batch ≤ 1.3× the hand-written loop, Iris ≤ 0.25× the tutorial loop, digits ≤ 1.1×
the hand-written per-sample loop, the field ≤ 1.3× a hand-written forward pass.

Run: .venv/bin/python scripts/bench_trainer.py [--quick] [--rounds N] [--only digits]
It benches the ``nnviz`` of the repository it sits in (a worktree's too), not an installed one.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from nnviz.core.engine.activations import get_activation  # noqa: E402
from nnviz.core.app.boundary import decision_field, grid_inputs, plane_extent  # noqa: E402
from nnviz.core.teaching.lessons import get_lesson  # noqa: E402
from nnviz.core.engine.network import Network  # noqa: E402
from nnviz.core.data.problem import Problem  # noqa: E402
from nnviz.core.engine.training import TrainConfig, Trainer  # noqa: E402


# --- timing ------------------------------------------------------------------------------------
def _time(fn) -> float:
    # CPU time of this process: on a machine shared with other busy processes, wall-clock time
    # also counts the moments this process waits for a core, which hit the two sides unevenly.
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def side_by_side(ours, baselines: dict, units: int, rounds: int) -> dict:
    """Alternate one round of ``ours`` with one round of every baseline, ``rounds`` times (after
    one warm-up round each). Returns per-unit best times (µs) and, per baseline, the ratio
    ours / baseline of neighbouring rounds: its median, its quartiles and its extremes."""
    ours()
    for fn in baselines.values():
        fn()
    t_ours, t_base = [], {name: [] for name in baselines}
    for _ in range(rounds):
        t_ours.append(_time(ours) / units)
        for name, fn in baselines.items():
            t_base[name].append(_time(fn) / units)
    out = {"us_nnviz": round(min(t_ours) * 1e6, 2)}
    for name, times in t_base.items():
        ratios = np.array([a / b for a, b in zip(t_ours, times)])
        out[f"us_{name}"] = round(min(times) * 1e6, 2)
        out[f"ratio_{name}"] = round(float(np.median(ratios)), 3)
        out[f"ratio_{name}_quartiles"] = [round(float(q), 3) for q in np.percentile(ratios, [25, 75])]
        out[f"ratio_{name}_min_max"] = [round(float(ratios.min()), 3), round(float(ratios.max()), 3)]
    out["rounds"] = rounds
    return out


# --- 1. full batch --------------------------------------------------------------------------------
def _two_d_problem(n: int = 200) -> Problem:
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (n, 2))
    return Problem("bench", "binary", X, (X[:, 0] * X[:, 1] > 0).astype(float), ["x1", "x2"])


def hand_full_batch(X, Y, weights, biases, lr, epochs, tanh, sigmoid):
    """Full-batch gradient descent on a tanh-tanh-sigmoid net with binary cross-entropy, written
    out by hand. Returns the last epoch's (loss, accuracy); updates the arrays in place."""
    W1, W2, W3 = weights
    b1, b2, b3 = biases
    inv_n = 1.0 / len(X)
    labels = Y >= 0.5
    for _ in range(epochs):
        a1 = tanh(X @ W1 + b1)
        a2 = tanh(a1 @ W2 + b2)
        z3 = a2 @ W3 + b3
        a3 = sigmoid(z3)
        loss = float(np.mean(np.logaddexp(0.0, z3) - Y * z3))
        acc = float(np.mean((a3 >= 0.5) == labels))
        d3 = a3 - Y
        gW3, gb3 = a2.T @ d3 * inv_n, d3.sum(axis=0) * inv_n
        d2 = d3 @ W3.T * (1.0 - a2 * a2)
        gW2, gb2 = a1.T @ d2 * inv_n, d2.sum(axis=0) * inv_n
        d1 = d2 @ W2.T * (1.0 - a1 * a1)
        gW1, gb1 = X.T @ d1 * inv_n, d1.sum(axis=0) * inv_n
        W1 -= lr * gW1
        b1 -= lr * gb1
        W2 -= lr * gW2
        b2 -= lr * gb2
        W3 -= lr * gW3
        b3 -= lr * gb3
    return loss, acc


def _np_sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def bench_full_batch(epochs: int, rounds: int) -> dict:
    problem = _two_d_problem()
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], seed=0)
    trainer = Trainer(net, problem, TrainConfig(loss="bce", lr=0.1, batch_size=0))
    X, Y = problem.X_train, problem.Y_train
    kernels = {
        "natural": (np.tanh, _np_sigmoid),
        "same_kernels": (get_activation("tanh").fn, get_activation("sigmoid").fn),
    }
    # The same math: from the same weights, 50 epochs end on the same weights.
    start = net.parameters()
    for _ in range(50):
        trainer.step_epoch()
    for tanh, sigmoid in kernels.values():
        w, b = [a.copy() for a in start[0]], [a.copy() for a in start[1]]
        hand_full_batch(X, Y, w, b, 0.1, 50, tanh, sigmoid)
        diff = max(float(np.abs(p - q).max()) for p, q in zip(w + b, trainer.network.weights + trainer.network.biases))
        assert diff < 1e-12, f"the hand-written loop is not the engine's math (differs by {diff:g})"

    def ours():
        for _ in range(epochs):
            trainer.step_epoch()

    def baseline(tanh, sigmoid):
        w, b = net.parameters()
        return lambda: hand_full_batch(X, Y, w, b, 0.1, epochs, tanh, sigmoid)

    figures = side_by_side(ours, {k: baseline(*v) for k, v in kernels.items()}, epochs, rounds)
    return {"full_batch_2_8_8_1_tanh_200pts_per_epoch": figures}


# --- 2. Iris, one sample at a time --------------------------------------------------------------
def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


def _tutorial_forward(x, weights):
    activations = [x]
    layer_input = x
    for j in range(len(weights)):
        activation = _sigmoid(np.dot(layer_input, weights[j].T))
        activations.append(activation)
        layer_input = np.append(1, activation)  # prepend the bias input
    return activations


def _tutorial_backprop(y, activations, weights, lr):
    error = np.matrix(y - activations[-1])
    for j in range(len(weights), 0, -1):
        current = activations[j]
        previous = np.append(1, activations[j - 1]) if j > 1 else activations[0]
        delta = np.multiply(error, np.multiply(current, 1 - current))
        weights[j - 1] += lr * np.multiply(delta.T, previous)
        error = np.dot(delta, np.delete(weights[j - 1], [0], axis=1))
    return weights


def tutorial_epoch(X, Y, weights, lr):
    for i in range(len(X)):
        x = np.matrix(np.append(1, X[i]))
        activations = _tutorial_forward(x, weights)
        weights = _tutorial_backprop(Y[i], activations, weights, lr)
    return weights


def bench_iris(epochs: int, rounds: int) -> dict:
    trainer = get_lesson("iris").trainer()
    X, Y = trainer.problem.X_train, trainer.problem.Y_train
    rng = np.random.default_rng(0)
    sizes = [4, 5, 10, 3]
    weights = [np.matrix(rng.uniform(-1, 1, (n_out, n_in + 1))) for n_in, n_out in zip(sizes[:-1], sizes[1:])]

    def ours():
        for _ in range(epochs):
            trainer.step_epoch()

    def tutorial():
        for _ in range(epochs):
            tutorial_epoch(X, Y, weights, 0.15)

    figures = side_by_side(ours, {"tutorial_style": tutorial}, epochs, rounds)
    return {"iris_one_sample_at_a_time_per_epoch": {"samples": int(len(X)), **figures}}


# --- 3. digits, one sample at a time --------------------------------------------------------------
def hand_digits_epoch(X, Y, Xv, Yv, order, params, lr, sigmoid, softmax, lean):
    """One epoch of per-sample SGD on a 64-16-10 sigmoid/softmax net with cross-entropy (the
    fused output delta a − y), in ``order``; updates ``params`` (W1, b1, W2, b2) in place.
    Returns the figures the trainer reports for an epoch: (loss, accuracy) of the samples as
    they were trained, (loss, accuracy) on the validation rows."""
    W1, b1, W2, b2 = params
    n = len(order)
    Z = np.empty((n, Y.shape[1]))
    if lean:
        g1, g2 = np.empty_like(W1), np.empty_like(W2)
        for c, r in enumerate(order):
            x = X[r]
            z1 = x @ W1
            z1 += b1
            a1 = sigmoid(z1)
            z2 = a1 @ W2
            z2 += b2
            Z[c] = z2
            d2 = softmax(z2)
            d2 -= Y[r]
            d1 = W2 @ d2
            d1 *= a1 * (1.0 - a1)
            np.multiply(a1[:, None], d2, out=g2)
            g2 *= lr
            W2 -= g2
            d2 *= lr
            b2 -= d2
            np.multiply(x[:, None], d1, out=g1)
            g1 *= lr
            W1 -= g1
            d1 *= lr
            b1 -= d1
    else:
        for c, r in enumerate(order):
            x = X[r]
            a1 = sigmoid(x @ W1 + b1)
            z2 = a1 @ W2 + b2
            Z[c] = z2
            d2 = softmax(z2) - Y[r]
            d1 = (W2 @ d2) * a1 * (1.0 - a1)
            W2 -= lr * np.outer(a1, d2)
            b2 -= lr * d2
            W1 -= lr * np.outer(x, d1)
            b1 -= lr * d1

    def scores(z, y):
        zs = z - z.max(axis=1, keepdims=True)
        log_a = zs - np.log(np.exp(zs).sum(axis=1, keepdims=True))
        return float(-(y * log_a).sum() / len(z)), float(np.mean(z.argmax(axis=1) == y.argmax(axis=1)))

    return scores(Z, Y[order]), scores(sigmoid(Xv @ W1 + b1) @ W2 + b2, Yv)


def _np_softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def bench_digits(epochs: int, rounds: int) -> dict:
    trainer = get_lesson("digits").trainer()
    cfg, problem = trainer.config, trainer.problem
    assert trainer.network.sizes == [64, 16, 10] and cfg.batch_size == 1 and cfg.optimizer == "sgd"
    X, Y, Xv, Yv = problem.X_train, problem.Y_train, problem.X_val, problem.Y_val
    n, lr = trainer.n_train, cfg.lr
    kernels = {
        "natural": (_np_sigmoid, _np_softmax, False),
        "lean": (get_activation("sigmoid").fn, get_activation("softmax").fn, True),
    }

    def start_params():
        (W1, W2), (b1, b2) = trainer.network.parameters()
        return [W1.copy(), b1.copy(), W2.copy(), b2.copy()]

    # The same math on the same data in the same order: from the trainer's weights and its
    # generator's state, one epoch ends on the trainer's weights and epoch figures.
    params = {name: start_params() for name in kernels}
    state = trainer.rng.bit_generator.state
    stats = trainer.step_epoch()
    engine = [trainer.network.weights[0], trainer.network.biases[0], trainer.network.weights[1],
              trainer.network.biases[1]]
    for name, (sigmoid, softmax, lean) in kernels.items():
        rng = np.random.default_rng()
        rng.bit_generator.state = state
        (loss, acc), (val_loss, val_acc) = hand_digits_epoch(X, Y, Xv, Yv, rng.permutation(n), params[name], lr,
                                                             sigmoid, softmax, lean)
        diff = max(float(np.abs(p - q).max()) for p, q in zip(params[name], engine))
        assert diff < 1e-12, f"the {name} digits loop is not the engine's math (differs by {diff:g})"
        assert abs(loss - stats.train_loss) < 1e-12 and acc == stats.train_accuracy, (name, loss, stats)
        assert abs(val_loss - stats.val_loss) < 1e-12 and val_acc == stats.val_accuracy, (name, val_loss, stats)

    def ours():
        for _ in range(epochs):
            trainer.step_epoch()

    def baseline(name):
        sigmoid, softmax, lean = kernels[name]
        rng = np.random.default_rng()
        rng.bit_generator.state = trainer.rng.bit_generator.state   # the trainer's next orders

        def run():
            for _ in range(epochs):
                hand_digits_epoch(X, Y, Xv, Yv, rng.permutation(n), params[name], lr, sigmoid, softmax, lean)
        return run

    figures = side_by_side(ours, {name: baseline(name) for name in kernels}, epochs, rounds)
    return {"digits_64_16_10_one_sample_at_a_time_per_epoch": {
        "samples": int(n), "max_weight_difference_after_one_epoch": "< 1e-12", **figures}}


# --- 4. the boundary field ------------------------------------------------------------------------
def hand_forward(G, weights, biases):
    W1, W2, W3 = weights
    b1, b2, b3 = biases
    return _np_sigmoid(np.tanh(np.tanh(G @ W1 + b1) @ W2 + b2) @ W3 + b3)


def hand_grid(x_range, y_range, resolution):
    gx, gy = np.meshgrid(np.linspace(*x_range, resolution), np.linspace(*y_range, resolution))
    return np.column_stack([gx.ravel(), gy.ravel()])


def bench_field(repeats: int, rounds: int) -> dict:
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], seed=0)
    problem = _two_d_problem()
    extent = plane_extent(problem)
    grid = grid_inputs(problem, *extent, 100)
    w, b = net.weights, net.biases
    assert np.abs(decision_field(net, problem, 100, extent=extent, inputs=grid).values.reshape(-1, 1)
                  - hand_forward(grid, w, b)).max() < 1e-14

    def cached():
        for _ in range(repeats):
            decision_field(net, problem, 100, extent=extent, inputs=grid)

    def hand_cached():
        for _ in range(repeats):
            hand_forward(grid, w, b).reshape(100, 100, 1)

    def rebuilt():
        for _ in range(repeats):
            decision_field(net, problem, 100)

    def hand_rebuilt():
        for _ in range(repeats):
            hand_forward(hand_grid(*plane_extent(problem), 100), w, b).reshape(100, 100, 1)

    return {
        "field_100x100_cached_grid": side_by_side(cached, {"hand_forward": hand_cached}, repeats, rounds),
        "field_100x100_rebuilt": side_by_side(rebuilt, {"hand_forward": hand_rebuilt}, repeats, rounds),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    parser.add_argument("--rounds", type=int, default=None, help="alternating rounds per comparison")
    parser.add_argument("--only", choices=["full_batch", "iris", "digits", "field"],
                        help="one comparison only")
    args = parser.parse_args()
    rounds = args.rounds or (5 if args.quick else 41)
    figures = {"numpy": np.__version__, "timer": "process CPU time"}
    benches = {
        "full_batch": lambda: bench_full_batch(50 if args.quick else 200, rounds),
        "iris": lambda: bench_iris(1 if args.quick else 2, rounds),
        "digits": lambda: bench_digits(1, rounds),
        "field": lambda: bench_field(2 if args.quick else 10, rounds),
    }
    for name, bench in benches.items():
        if args.only in (None, name):
            figures.update(bench())
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
