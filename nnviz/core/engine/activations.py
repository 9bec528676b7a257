"""Activation functions. Each knows its value ``fn(z)`` and how to push a gradient back.

``backward(z, a, grad_a)`` returns dL/dz given dL/da. Element-wise functions multiply by their
derivative; softmax mixes the outputs of a row, so it applies its Jacobian instead.
All are numerically stable for any finite z: no overflow warnings for large |z|.
"""
from __future__ import annotations

import numpy as np


def _tanh(z: np.ndarray) -> np.ndarray:
    """np.tanh, but for big arrays tanh(|z|) = (1 - e)/(1 + e) with e = exp(-2|z|) ≤ 1: exact
    to 1 ulp, never overflows, and faster than np.tanh on large arrays (see the benches).
    Small arrays (one sample at a time) take the single call."""
    if z.size <= 256:
        return np.tanh(z)
    e = np.exp(-2.0 * np.abs(z))
    t = 1.0 - e
    t /= 1.0 + e
    return np.copysign(t, z, out=t)


class Activation:
    name = "base"
    formula = ""

    def fn(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def derivative(self, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        """da/dz element-wise (not defined for softmax)."""
        raise NotImplementedError

    def backward(self, z: np.ndarray, a: np.ndarray, grad_a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """dL/dz. ``out``: an array of z's shape to write it into (the trainer's gradient buffer),
        returned; the same numbers either way."""
        return np.multiply(grad_a, self.derivative(z, a), out=out)

    def __repr__(self) -> str:
        return self.name


class Sigmoid(Activation):
    name = "sigmoid"
    formula = "σ(z) = 1 / (1 + e^-z)"

    def fn(self, z):
        # Same value as 1/(1+exp(-z)) but never overflows: σ(z) = (1 + tanh(z/2)) / 2.
        t = np.tanh(0.5 * z) if z.size <= 256 else _tanh(0.5 * z)
        t += 1.0
        t *= 0.5
        return t

    def derivative(self, z, a):
        return a * (1.0 - a)

    def backward(self, z, a, grad_a, out=None):
        # grad_a · a(1 - a), in one buffer (the same products, so the same bits).
        d = np.subtract(1.0, a, out=out)
        d *= a
        d *= grad_a
        return d


class Tanh(Activation):
    name = "tanh"
    formula = "tanh(z)"

    def fn(self, z):
        return _tanh(z)

    def derivative(self, z, a):
        return 1.0 - a * a

    def backward(self, z, a, grad_a, out=None):
        # grad_a · (1 - a²), in one buffer (the same products, so the same bits).
        d = np.multiply(a, a, out=out)
        np.subtract(1.0, d, out=d)
        d *= grad_a
        return d


class ReLU(Activation):
    name = "relu"
    formula = "max(0, z)"

    def fn(self, z):
        return np.maximum(z, 0.0)

    def derivative(self, z, a):
        return (z > 0).astype(z.dtype)


class Linear(Activation):
    name = "linear"
    formula = "z"

    def fn(self, z):
        return z

    def derivative(self, z, a):
        return np.ones_like(z)

    def backward(self, z, a, grad_a, out=None):
        if out is None:
            return grad_a
        out[...] = grad_a
        return out


class Softmax(Activation):
    """Row-wise softmax over the last axis; used on the output layer for several classes."""

    name = "softmax"
    formula = "e^z_k / Σ_j e^z_j"

    def fn(self, z):
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def backward(self, z, a, grad_a, out=None):
        # Jacobian-vector product: dL/dz_k = a_k (g_k - Σ_j g_j a_j).
        return np.multiply(a, grad_a - (grad_a * a).sum(axis=-1, keepdims=True), out=out)


ACTIVATIONS: dict[str, Activation] = {
    cls.name: cls() for cls in (Sigmoid, Tanh, ReLU, Linear, Softmax)
}
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "linear")


def get_activation(name: str | Activation) -> Activation:
    if isinstance(name, Activation):
        return name
    try:
        return ACTIVATIONS[name.lower()]
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(ACTIVATIONS)}") from None
