"""Loss functions over a batch. ``value`` is the mean over samples; ``delta`` is dL/dz of the
output layer for each sample (not yet divided by the batch size: the network does that).

Conventions, chosen so that each gradient is short enough to write on a board:
- ``mse``: L = ½ Σ_k (a_k - y_k)², so dL/da = a - y (the ½ cancels the 2, as in the tutorials).
- ``bce``: L = -Σ_k [y log a + (1-y) log(1-a)]; with a sigmoid output dL/dz = a - y.
- ``cce``: L = -Σ_k y_k log a_k; with a softmax output dL/dz = a - y.
When the output activation matches (sigmoid+bce, softmax+cce) the fused form is used and the
log is computed from z (log σ(z) = -softplus(-z)), so large |z| never gives log(0).
"""
from __future__ import annotations

import numpy as np

from .activations import Activation

EPS = 1e-12


def _softplus(x: np.ndarray) -> np.ndarray:
    """log(1 + e^x) without overflow: max(x, 0) + log1p(e^-|x|), which is what np.logaddexp(0, x)
    computes, in one NumPy call instead of five (bit for bit the same values)."""
    return np.logaddexp(0.0, x)


class Loss:
    name = "base"
    title = ""
    formula = ""

    def per_sample(self, z: np.ndarray, a: np.ndarray, y: np.ndarray, act: Activation) -> np.ndarray:
        raise NotImplementedError

    def value(self, z, a, y, act) -> float:
        """Mean over the batch."""
        return self.total(z, a, y, act) / z.shape[0]

    def total(self, z, a, y, act) -> float:
        """Sum over the batch (the trainer adds these up over an epoch)."""
        return float(self.per_sample(z, a, y, act).sum())

    def grad_a(self, a: np.ndarray, y: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def delta(self, z, a, y, act, out=None) -> np.ndarray:
        """dL/dz of the output layer; ``out``: where to write it (see Activation.backward)."""
        return act.backward(z, a, self.grad_a(a, y), out)

    def __repr__(self) -> str:
        return self.name


class MSE(Loss):
    name = "mse"
    title = "mean squared error"
    formula = "L = ½ Σ (a - y)²"

    def per_sample(self, z, a, y, act):
        d = a - y
        return 0.5 * (d * d).sum(axis=1)

    def total(self, z, a, y, act):
        d = (a - y).ravel()
        return 0.5 * float(d @ d)

    def grad_a(self, a, y):
        return a - y


class BinaryCrossEntropy(Loss):
    name = "bce"
    title = "binary cross-entropy"
    formula = "L = -[y log a + (1-y) log(1-a)]"

    def per_sample(self, z, a, y, act):
        if act.name == "sigmoid":
            # y·softplus(-z) + (1-y)·softplus(z) simplifies to softplus(z) - y·z.
            return (_softplus(z) - y * z).sum(axis=1)
        a = np.clip(a, EPS, 1 - EPS)
        return -(y * np.log(a) + (1 - y) * np.log(1 - a)).sum(axis=1)

    def total(self, z, a, y, act):
        if act.name == "sigmoid" and z.ndim == 2 and z.shape[1] == 1 and np.shape(y) == z.shape:
            # One output: summing the (n, 1) array gives the same sum as summing per_sample.
            d = _softplus(z)
            d -= y * z
            return float(d.sum())
        return super().total(z, a, y, act)

    def grad_a(self, a, y):
        a = np.clip(a, EPS, 1 - EPS)
        return (a - y) / (a * (1 - a))

    def delta(self, z, a, y, act, out=None):
        if act.name == "sigmoid":
            return np.subtract(a, y, out=out)
        return act.backward(z, a, self.grad_a(a, y), out)


class CategoricalCrossEntropy(Loss):
    name = "cce"
    title = "categorical cross-entropy"
    formula = "L = -Σ y log a"

    def per_sample(self, z, a, y, act):
        if act.name == "softmax":
            zs = z - z.max(axis=1, keepdims=True)
            log_a = zs - np.log(np.exp(zs).sum(axis=1, keepdims=True))
            return -(y * log_a).sum(axis=1)
        return -(y * np.log(np.clip(a, EPS, None))).sum(axis=1)

    def grad_a(self, a, y):
        return -y / np.clip(a, EPS, None)

    def delta(self, z, a, y, act, out=None):
        if act.name == "softmax":
            return np.subtract(a, y, out=out)
        return act.backward(z, a, self.grad_a(a, y), out)


LOSSES: dict[str, Loss] = {cls.name: cls() for cls in (MSE, BinaryCrossEntropy, CategoricalCrossEntropy)}


def get_loss(name: str | Loss) -> Loss:
    if isinstance(name, Loss):
        return name
    try:
        return LOSSES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; choose one of {', '.join(LOSSES)}") from None
