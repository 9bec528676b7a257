"""Tutorial 4's own training loop, replicated as it is written (no Qt, not the engine).

Tutorial 4 trains one sigmoid neuron on OR from w = [0.1, 0.2], b = 0.3 with lr 0.05 for
10,000 epochs, the error summed over the four rows. Its derivative function is
``sigmoid_der(x) = sigmoid(x) * (1 - sigmoid(x))``, and it is called on the neuron's *output*
``σ(z)``, not on ``z``: the tutorial's δ is (σ(z) − y) · σ′(σ(z)), σ applied twice. The engine
computes the true gradient of ½Σ(σ(z) − y)², δ = (σ(z) − y) · σ′(z), so the two runs differ.
This module exists so a lesson can show the numbers students get from the tutorial's code next
to the engine's, and say why; nothing else uses it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .lesson_data import OR_X, OR_Y

START_WEIGHTS = (0.1, 0.2)
START_BIAS = 0.3
LEARNING_RATE = 0.05
EPOCHS = 10_000


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _sigmoid_der(x):
    return _sigmoid(x) * (1.0 - _sigmoid(x))


@dataclass(frozen=True)
class TutorialRun:
    """What the tutorial's loop ends with: the outputs for the four OR rows (in the table's
    order), the weights and bias, and the δ of every row in the first epoch."""

    outputs: np.ndarray        # (4,)
    weights: np.ndarray        # (2,)
    bias: float
    first_deltas: np.ndarray   # (4,): epoch 1, one per row; row (0, 0) first


def run(epochs: int = EPOCHS) -> TutorialRun:
    """The tutorial's loop, step for step: full batch, the summed error, the bias moved by each
    row's δ in turn, and σ′ taken of the output (σ twice)."""
    X = OR_X.copy()
    y = OR_Y.reshape(-1, 1).copy()
    w = np.array(START_WEIGHTS, float).reshape(-1, 1)
    b = START_BIAS
    first = None
    for _ in range(epochs):
        out = _sigmoid(X @ w + b)
        error = out - y
        deriv = error * _sigmoid_der(out)        # the tutorial's line: σ′ of the output
        if first is None:
            first = deriv[:, 0].copy()
        w = w - LEARNING_RATE * (X.T @ deriv)
        for d in deriv:                          # its bias loop: one row's δ at a time
            b = b - LEARNING_RATE * float(d[0])
    out = _sigmoid(X @ w + b)[:, 0]
    if first is None:
        first = np.full(len(X), np.nan)
    return TutorialRun(out, w[:, 0].copy(), float(b), first)


_RESULT: TutorialRun | None = None


def result() -> TutorialRun:
    """:func:`run` with the tutorial's 10,000 epochs, computed once."""
    global _RESULT
    if _RESULT is None:
        _RESULT = run()
    return _RESULT
