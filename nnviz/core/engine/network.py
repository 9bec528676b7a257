"""A fully connected network: the forward pass, the backward pass, and nothing else.

Weights ``W[l]`` have shape ``(n_in, n_out)`` so a batch ``X`` of shape ``(n, n_in)`` goes
forward as ``z = X @ W + b``. Layers compute gradients but never update themselves: the
optimizer does, so gradients can be shown before the step is taken.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .activations import Activation, get_activation
from ..tr import translate
from .losses import Loss

INITS = ("xavier", "he", "uniform", "normal", "constant")


@dataclass(slots=True)
class Trace:
    """Every number of one forward pass. ``activations[0]`` is the input; ``zs[l]`` and
    ``activations[l + 1]`` belong to layer ``l + 1``. All arrays are ``(n, size)``."""

    zs: list[np.ndarray]
    activations: list[np.ndarray]

    @property
    def output(self) -> np.ndarray:
        return self.activations[-1]


@dataclass(slots=True)
class Gradients:
    """dL/dW, dL/db of the batch's loss (its mean or sum over the rows, plus the penalty) and each
    layer's delta dL/dz (per sample, ``(n, size)``)."""

    weights: list[np.ndarray]
    biases: list[np.ndarray | None]
    deltas: list[np.ndarray]


class Network:
    """``sizes`` like [2, 3, 1]; one activation per non-input layer."""

    def __init__(
        self,
        sizes: list[int],
        activations: list[str | Activation] | str = "sigmoid",
        use_bias: bool = True,
        init: str = "xavier",
        seed: int | None = 0,
        init_value: float = 0.5,
    ) -> None:
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError("a network needs an input and an output layer, each with at least one neuron")
        if isinstance(activations, (str, Activation)):
            activations = [activations] * (len(sizes) - 1)
        if len(activations) != len(sizes) - 1:
            raise ValueError(f"{len(sizes) - 1} layers need {len(sizes) - 1} activations, got {len(activations)}")
        self.sizes = sizes
        self.activations: list[Activation] = [get_activation(a) for a in activations]
        for act in self.activations[:-1]:
            if act.name == "softmax":
                raise ValueError("softmax can only be the output activation")
        self.use_bias = bool(use_bias)
        self.weights: list[np.ndarray] = []
        self.biases: list[np.ndarray] = []
        self.initialize(init, seed, init_value)

    # --- parameters ------------------------------------------------------------------------
    def initialize(self, init: str = "xavier", seed: int | None = 0, value: float = 0.5) -> None:
        """Fresh weights. Biases start at 0, except with ``constant`` (every number = value)
        and ``uniform`` (biases drawn too, as in the Iris tutorial)."""
        if init not in INITS:
            raise ValueError(f"unknown initialisation {init!r}; choose one of {', '.join(INITS)}")
        rng = np.random.default_rng(seed)
        weights, biases = [], []
        for n_in, n_out in zip(self.sizes[:-1], self.sizes[1:]):
            shape = (n_in, n_out)
            b = np.zeros(n_out)
            if init == "xavier":
                limit = np.sqrt(6.0 / (n_in + n_out))
                w = rng.uniform(-limit, limit, shape)
            elif init == "he":
                w = rng.normal(0.0, np.sqrt(2.0 / n_in), shape)
            elif init == "uniform":
                w = rng.uniform(-1.0, 1.0, shape)
                b = rng.uniform(-1.0, 1.0, n_out)
            elif init == "normal":
                w = rng.normal(0.0, 1.0, shape)
            else:
                w = np.full(shape, float(value))
                b = np.full(n_out, float(value))
            weights.append(w)
            biases.append(b)
        self._store(weights, biases)

    def _store(self, weights: list[np.ndarray], biases: list[np.ndarray]) -> None:
        """Copy parameters into one flat buffer; ``weights[l]`` and ``biases[l]`` are views of
        it, so checking or copying every parameter is a single NumPy call."""
        total = sum(w.size + b.size for w, b in zip(weights, biases))
        self._flat = np.empty(total)
        self.weights, self.biases = self.unflatten(self._flat)
        for view, w in zip(self.weights, weights):
            view[...] = w
        for view, b in zip(self.biases, biases):
            view[...] = b if self.use_bias else 0.0

    @property
    def flat(self) -> np.ndarray:
        """Every weight and bias in one vector (layer by layer: W1, b1, W2, b2, …); the
        ``weights`` and ``biases`` lists are views of it."""
        return self._flat

    def unflatten(self, vector: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Views of a flat vector laid out like :attr:`flat`, as (weights, biases) lists."""
        layout = self._layout()
        return ([vector[a:b].reshape(shape) for a, b, _, shape in layout],
                [vector[b:c] for _, b, c, _ in layout])

    def _layout(self) -> list[tuple[int, int, int, tuple[int, int]]]:
        """Per layer (weights start, biases start, biases end, weight shape) in :attr:`flat`;
        worked out once, as :meth:`unflatten` runs several times per training step."""
        layout = getattr(self, "_layout_cache", None)
        if layout is None or layout[0] != self.sizes:
            spans, offset = [], 0
            for n_in, n_out in zip(self.sizes[:-1], self.sizes[1:]):
                spans.append((offset, offset + n_in * n_out, offset + n_in * n_out + n_out, (n_in, n_out)))
                offset += n_in * n_out + n_out
            layout = self._layout_cache = (list(self.sizes), spans)
        return layout[1]

    def set_parameters(self, weights: list, biases: list | None = None) -> None:
        """Explicit arrays, e.g. the OR tutorial's w = [0.1, 0.2], b = 0.3. Shapes are checked;
        a 1-D weight vector is taken as a column (n_in → 1)."""
        new_w = []
        for l, w in enumerate(weights):
            w = np.array(w, dtype=float)
            if w.ndim == 1:
                w = w.reshape(-1, 1)
            if w.shape != (self.sizes[l], self.sizes[l + 1]):
                raise ValueError(f"layer {l + 1} weights must be {self.sizes[l]}×{self.sizes[l + 1]}, got {w.shape}")
            new_w.append(w)
        if len(new_w) != len(self.weights):
            raise ValueError(f"expected {len(self.weights)} weight arrays, got {len(new_w)}")
        new_b = [b.copy() for b in self.biases]
        if biases is not None:
            new_b = []
            for l, b in enumerate(biases):
                b = np.array(b, dtype=float).reshape(-1)
                if b.size == 1:
                    b = np.full(self.sizes[l + 1], float(b[0]))
                if b.shape != (self.sizes[l + 1],):
                    raise ValueError(f"layer {l + 1} biases must have {self.sizes[l + 1]} values, got {b.size}")
                new_b.append(b)
        self._store(new_w, new_b)

    def parameters(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Copies of (weights, biases): safe to hand to another thread."""
        return [w.copy() for w in self.weights], [b.copy() for b in self.biases]

    def is_finite(self) -> bool:
        return bool(np.isfinite(self._flat).all())

    # --- the two passes ---------------------------------------------------------------------
    def forward(self, X: np.ndarray) -> Trace:
        a = np.asarray(X, dtype=float)
        if a.ndim == 1:
            a = a.reshape(1, -1)
        if a.shape[1] != self.sizes[0]:
            raise ValueError(f"the network takes {self.sizes[0]} inputs, got {a.shape[1]}")
        return self.propagate(a)

    def propagate(self, a: np.ndarray) -> Trace:
        """:meth:`forward` without the input checks: ``a`` must be a float ``(n, n_in)``
        array (the trainer's hot loop calls this once per step)."""
        zs, acts = [], [a]
        for w, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ w
            if self.use_bias:
                z += b
            a = act.fn(z)
            zs.append(z)
            acts.append(a)
        return Trace(zs, acts)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Outputs only, ``(n, n_outputs)``; cheaper than :meth:`forward` for big grids."""
        a = np.asarray(X, dtype=float)
        for w, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ w
            if self.use_bias:
                z += b
            a = act.fn(z)
        return a

    def backward(self, trace: Trace, Y: np.ndarray, loss: Loss, l2: float = 0.0,
                 out: tuple[list[np.ndarray], list[np.ndarray]] | None = None,
                 l1: float = 0.0, reduction: str = "mean") -> Gradients:
        """Gradients of :meth:`loss` (the same arguments): the batch's loss, its mean over the
        rows (``reduction`` "mean") or its sum ("sum", as the OR tutorial adds up its rows), plus
        the penalty ½·l2·Σw² + l1·Σ|w| counted once whatever the reduction (biases are not
        penalised). L1's gradient is l1·sign(w), with the sub-gradient 0 at w = 0 exactly.

        ``out``: (weights, biases) views of a flat vector laid out like :attr:`flat`
        (from :meth:`unflatten`) to write the gradients into. The trainer reuses one, so its
        optimizer updates every parameter in one call; the returned arrays are then those
        views. Without a bias the bias gradients are zero in ``out`` and None in the result."""
        acts, zs, weights = trace.activations, trace.zs, self.weights
        n = acts[0].shape[0]
        scale = 1.0 / n if n > 1 and reduction == "mean" else 0.0
        g_w, g_b = out if out is not None else self.unflatten(np.empty_like(self._flat))
        delta = loss.delta(zs[-1], acts[-1], Y, self.activations[-1])
        deltas: list[np.ndarray] = [delta]
        use_bias, matmul, add_reduce = self.use_bias, np.matmul, np.add.reduce
        for l in range(len(weights) - 1, -1, -1):
            gw, gb = g_w[l], g_b[l]
            matmul(acts[l].T, delta, out=gw)
            if not use_bias:
                gb.fill(0.0)
            elif n == 1:
                gb[...] = delta[0]
            else:
                add_reduce(delta, axis=0, out=gb)
            if scale:
                gw *= scale
                gb *= scale
            if l2:
                gw += l2 * weights[l]
            if l1:
                gw += l1 * np.sign(weights[l])
            if l > 0:
                delta = self.activations[l - 1].backward(zs[l - 1], acts[l], delta @ weights[l].T)
                deltas.append(delta)
        return Gradients(g_w, g_b if use_bias else [None] * len(g_b), deltas[::-1])

    def penalty(self, l2: float = 0.0, l1: float = 0.0, weights: list[np.ndarray] | None = None) -> float:
        """½·l2·Σw² + l1·Σ|w| over the weights (default: this network's; biases are not
        penalised)."""
        weights = self.weights if weights is None else weights
        value = 0.0
        if l2:
            value = 0.5 * l2 * sum(float((w * w).sum()) for w in weights)
        if l1:
            value += l1 * sum(float(np.abs(w).sum()) for w in weights)
        return value

    def loss(self, X: np.ndarray, Y: np.ndarray, loss: Loss, l2: float = 0.0, l1: float = 0.0,
             reduction: str = "mean") -> float:
        """The loss :meth:`backward` differentiates: the batch's mean (or, with ``reduction``
        "sum", its sum) plus :meth:`penalty`."""
        tr = self.forward(X)
        value = loss.total(tr.zs[-1], tr.output, np.asarray(Y, dtype=float), self.activations[-1])
        if reduction == "mean":
            value /= tr.zs[-1].shape[0]
        if l2 or l1:
            value += self.penalty(l2, l1)
        return value

    # --- copies and files -------------------------------------------------------------------
    def copy(self) -> "Network":
        other = Network.__new__(Network)
        other.sizes = list(self.sizes)
        other.activations = list(self.activations)
        other.use_bias = self.use_bias
        other._store(self.weights, self.biases)
        return other

    def to_dict(self) -> dict:
        return {
            "sizes": self.sizes,
            "activations": [a.name for a in self.activations],
            "use_bias": self.use_bias,
            "weights": [w.tolist() for w in self.weights],
            "biases": [b.tolist() for b in self.biases],
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Network":
        net = cls(d["sizes"], d["activations"], use_bias=d.get("use_bias", True), init="constant", init_value=0.0)
        net.set_parameters(d["weights"], d["biases"])
        return net

    def describe(self) -> str:
        acts = ", ".join(a.name for a in self.activations)
        if self.use_bias:
            return f"{'-'.join(map(str, self.sizes))} ({acts})"
        return translate("Network", "{0} ({1}, no bias)").format("-".join(map(str, self.sizes)), acts)

    def __repr__(self) -> str:
        return f"Network({self.describe()})"
