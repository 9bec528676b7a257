"""Optimizers: ``step(params, grads)`` returns the updates it applied (so they can be shown).

Each parameter array is changed in place: ``param += update``. ``None`` gradients (a layer
without bias) are skipped and give ``None`` updates.
"""
from __future__ import annotations

import numpy as np

OPTIMIZERS = ("sgd", "momentum", "adam")


class Optimizer:
    name = "base"

    def __init__(self, lr: float) -> None:
        self.lr = float(lr)
        self.state: dict[tuple[str, int], tuple] = {}

    def step(self, params: list[np.ndarray], grads: list[np.ndarray | None], group: str = "w") -> list[np.ndarray | None]:
        """``group`` keeps the state of different parameter lists (weights, biases) apart."""
        updates = []
        for i, (p, g) in enumerate(zip(params, grads)):
            if g is None:
                updates.append(None)
                continue
            u = self._update((group, i), g)
            p += u
            updates.append(u)
        return updates

    def update_of(self, grad: np.ndarray, group: str = "w") -> np.ndarray:
        """The update :meth:`step` would apply to a single parameter array (the first of
        ``group``), advancing the same state; the caller adds it. For hot loops."""
        return self._update((group, 0), grad)

    def _update(self, i: tuple[str, int], g: np.ndarray) -> np.ndarray:
        raise NotImplementedError



class SGD(Optimizer):
    """Plain gradient descent: Δw = -lr · g."""

    name = "sgd"

    def _update(self, i, g):
        return -self.lr * g


class Momentum(Optimizer):
    """v ← μ·v - lr·g; Δw = v."""

    name = "momentum"

    def __init__(self, lr: float, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = float(momentum)

    def _update(self, i, g):
        v = self.state.get(i, (np.zeros_like(g),))[0]
        v = self.momentum * v - self.lr * g
        self.state[i] = (v,)
        return v


class Adam(Optimizer):
    """Kingma & Ba (2015) with bias correction."""

    name = "adam"

    def __init__(self, lr: float, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps

    def _update(self, i, g):
        m, v, t = self.state.get(i, (np.zeros_like(g), np.zeros_like(g), 0))
        t += 1
        m = self.beta1 * m + (1 - self.beta1) * g
        v = self.beta2 * v + (1 - self.beta2) * g * g
        self.state[i] = (m, v, t)
        m_hat = m / (1 - self.beta1**t)
        v_hat = v / (1 - self.beta2**t)
        return -self.lr * m_hat / (np.sqrt(v_hat) + self.eps)


def make_optimizer(name: str, lr: float, momentum: float = 0.9) -> Optimizer:
    name = name.lower()
    if name == "sgd":
        return SGD(lr)
    if name == "momentum":
        return Momentum(lr, momentum)
    if name == "adam":
        return Adam(lr)
    raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
