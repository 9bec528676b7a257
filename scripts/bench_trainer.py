"""Benchmark the NumPy trainer. Prints one JSON object with the figures the README quotes.

1. The Iris lesson trained one sample at a time, against a plain per-sample loop written the way
   the Iris tutorial writes it (np.matrix, a bias column added with np.append, np.delete to drop
   it again) on the same data and the same [4,5,10,3] sigmoid architecture.
2. Full-batch training of a 2-8-8-1 tanh net on 200 points: µs per epoch.
3. Evaluating a 2-8-8-1 net on a 100×100 grid (the decision-boundary field): ms per grid.

Run: .venv/bin/python scripts/bench_trainer.py [--quick]
"""
from __future__ import annotations

import json
import sys
import time

import numpy as np

from nnviz.core.boundary import decision_field
from nnviz.core.lessons import get_lesson
from nnviz.core.network import Network
from nnviz.core.problem import Problem
from nnviz.core.training import TrainConfig, Trainer


# --- the baseline: a per-sample loop in the tutorial's style -----------------------------------
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


def _best_of(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_iris(epochs: int) -> dict:
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

    # Warm both up, then alternate rounds so a slow spell of the machine hits both alike;
    # each side's best round counts.
    trainer.step_epoch()
    tutorial_epoch(X, Y, weights, 0.15)
    t_ours = t_tut = float("inf")
    for _ in range(5):
        t_ours = min(t_ours, _best_of(ours, 1) / epochs)
        t_tut = min(t_tut, _best_of(tutorial, 1) / epochs)
    return {
        "iris_samples_per_epoch": int(len(X)),
        "iris_ms_per_epoch_nnviz": round(t_ours * 1e3, 3),
        "iris_ms_per_epoch_tutorial_style": round(t_tut * 1e3, 3),
        "iris_speedup": round(t_tut / t_ours, 2),
    }


def _two_d_problem(n: int = 200) -> Problem:
    rng = np.random.default_rng(0)
    X = rng.uniform(-1, 1, (n, 2))
    return Problem("bench", "binary", X, (X[:, 0] * X[:, 1] > 0).astype(float), ["x1", "x2"])


def bench_full_batch(epochs: int) -> dict:
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], seed=0)
    trainer = Trainer(net, _two_d_problem(), TrainConfig(loss="bce", lr=0.1, batch_size=0))

    def run():
        for _ in range(epochs):
            trainer.step_epoch()

    run()  # warm up
    return {"full_batch_2_8_8_1_tanh_200pts_us_per_epoch": round(_best_of(run, 5) / epochs * 1e6, 1)}


def bench_grid(repeats: int) -> dict:
    net = Network([2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], seed=0)
    problem = _two_d_problem()
    decision_field(net, problem, resolution=100)
    best = min(_best_of(lambda: decision_field(net, problem, resolution=100), 1) for _ in range(repeats))
    return {"grid_100x100_eval_ms": round(best * 1e3, 3)}


def main() -> None:
    quick = "--quick" in sys.argv
    figures = {"numpy": np.__version__}
    figures.update(bench_iris(3 if quick else 20))
    figures.update(bench_full_batch(200 if quick else 2000))
    figures.update(bench_grid(20 if quick else 200))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
