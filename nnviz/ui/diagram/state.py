"""What the diagram shows: the architecture, the numbers, the selection and the display
toggles. Shared by the view (which changes it), the layout, the pens and the painter (which
read it)."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtGui import QImage, QPen

from ...core.text import decimals
from ..i18n import local, translate
from .style import EDGE_BUDGET, MAX_LABELLED_EDGES, ZERO_WEIGHT, Fonts


@dataclass
class DiagramState:
    sizes: list[int] = field(default_factory=list)          # neurons per layer, inputs first
    input_names: list[str] = field(default_factory=list)
    output_names: list[str] = field(default_factory=list)
    use_bias: bool = True
    weights: list[np.ndarray] | None = None                  # weights[l]: (n_l, n_{l+1})
    biases: list[np.ndarray] | None = None                   # biases[l]: (n_{l+1},)
    activations: list[np.ndarray] | None = None              # one per layer, inputs included
    weight_scale: float = 0.0                                # the largest finite |w|
    edge_levels: list[np.ndarray] = field(default_factory=list)   # per pair: pen level per edge (see pens)
    # per pair, the drawn edges as (pen, lines) groups in drawing order, and their row-major indices
    edge_groups: list[list[tuple[QPen, list]]] = field(default_factory=list)
    edge_order: list[np.ndarray] = field(default_factory=list)
    selected: tuple[int, int] | None = None
    show_weights: bool = False
    maps: list[list[QImage] | None] | None = None            # per layer, one picture per neuron
    fonts: Fonts = field(default_factory=lambda: Fonts.at_scale(1.0))
    input_values: list[str] | None = None    # the sample's inputs in original units, beside the names
    # (rows, columns) when the inputs are a picture's pixels: the input layer is drawn as the
    # picture and the first layer's weights as pictures (see picture_layout); None: discs
    picture_shape: tuple[int, int] | None = None
    picture_caption: list[str] | None = None  # lines under the picture (the sample's answer)
    version: int = 0                          # counts set_values (the pictures' caches key on it)

    def input_labels(self) -> list[str]:
        """What is printed beside the input nodes: each name, and below it the sample's value
        in original units when there is one ("bedrooms" over "= 2")."""
        if self.input_values is None or len(self.input_values) != len(self.input_names):
            return list(self.input_names)
        return [f"{n}\n= {v}" for v, n in zip(self.input_values, self.input_names)]

    def set_structure(self, layer_sizes: list[int], input_names: list[str], output_names: list[str],
                      use_bias: bool) -> None:
        """A new architecture (see :meth:`NetworkView.set_structure`): no values, selection or
        maps. Raises ValueError on too few layers or names that do not match."""
        sizes = [int(n) for n in layer_sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"need at least an input and an output layer of size >= 1, got {sizes}")
        input_names = list(input_names) or [f"x{i + 1}" for i in range(sizes[0])]
        output_names = list(output_names) or [f"y{i + 1}" for i in range(sizes[-1])]
        if len(input_names) != sizes[0]:
            raise ValueError(f"{len(input_names)} input names for {sizes[0]} inputs")
        if len(output_names) != sizes[-1]:
            raise ValueError(f"{len(output_names)} output names for {sizes[-1]} outputs")
        self.sizes = sizes
        self.input_names = [str(n) for n in input_names]
        self.output_names = [str(n) for n in output_names]
        self.use_bias = bool(use_bias)
        self.weights = self.biases = self.activations = self.input_values = None
        self.picture_shape = self.picture_caption = None
        self.selected = None
        self.weight_scale = 0.0
        self.maps = None

    def set_values(self, weights: list[np.ndarray], biases: list[np.ndarray] | None,
                   activations: list[np.ndarray] | None) -> None:
        """New numbers (see :meth:`NetworkView.set_values`), copied as float arrays; the biases
        dropped when the network has none. Raises ValueError on a count or shape that does not
        match the structure."""
        sizes = self.sizes
        if not sizes:
            raise ValueError("set_structure must be called before set_values")
        pairs = len(sizes) - 1
        if len(weights) != pairs:
            raise ValueError(f"expected {pairs} weight matrices, got {len(weights)}")
        ws = [_checked(w, (sizes[l], sizes[l + 1]), f"weights[{l}]") for l, w in enumerate(weights)]
        bs = None
        if biases is not None:
            if len(biases) != pairs:
                raise ValueError(f"expected {pairs} bias vectors, got {len(biases)}")
            bs = [_checked(b, (sizes[l + 1],), f"biases[{l}]") for l, b in enumerate(biases)]
        acts = None
        if activations is not None:
            if len(activations) != len(sizes):
                raise ValueError(f"expected {len(sizes)} activation vectors (inputs included), got {len(activations)}")
            acts = [_checked(a, (sizes[l],), f"activations[{l}]") for l, a in enumerate(activations)]
        self.weights, self.biases, self.activations = ws, (bs if self.use_bias else None), acts
        self.version += 1

    def pictured(self) -> bool:
        """True when the input layer is drawn as a picture."""
        return self.picture_shape is not None

    def weight_pictured(self) -> bool:
        """True when layer 1's neurons are drawn as pictures of their weights (a hidden layer
        after a picture)."""
        return self.picture_shape is not None and len(self.sizes) >= 3

    def node_count(self) -> int:
        return sum(self.sizes)

    def edge_count(self) -> int:
        return sum(a * b for a, b in zip(self.sizes, self.sizes[1:]))

    def labels_fit(self) -> bool:
        """Small enough for a label on every weight."""
        return self.edge_count() <= MAX_LABELLED_EDGES

    def edge_quotas(self) -> list[int]:
        """How many edges of each pair of layers are drawn: all of them up to EDGE_BUDGET in
        total, else each pair's share of the budget (its strongest); none from a picture."""
        pairs = self.drawable_pairs()
        share = min(1.0, EDGE_BUDGET / sum(pairs)) if sum(pairs) else 1.0
        return [n if share >= 1.0 or not n else max(1, int(n * share)) for n in pairs]

    def drawable_pairs(self) -> list[int]:
        """How many edges each pair of layers has as lines: none from a picture (the diagram
        draws one line per neuron instead, see picture_paint)."""
        pairs = [a * b for a, b in zip(self.sizes, self.sizes[1:])]
        if self.picture_shape is not None and pairs:
            pairs[0] = 0
        return pairs

    def check_node(self, layer: int, index: int) -> None:
        if not (0 <= layer < len(self.sizes) and 0 <= index < self.sizes[layer]):
            raise IndexError(f"no node ({layer}, {index}) in a network of sizes {self.sizes}")

    def node_name(self, layer: int, index: int) -> str:
        """``in 'x1'``, ``h1.3`` (hidden layer 1, neuron 3 counted from 1) or ``out 'y'``."""
        if layer == 0:
            return translate("NetworkView", "in '{0}'").format(self.input_names[index])
        if layer == len(self.sizes) - 1:
            return translate("NetworkView", "out '{0}'").format(self.output_names[index])
        return f"h{layer}.{index + 1}"

    def has_maps(self, layer: int) -> bool:
        return bool(self.maps and self.maps[layer] is not None)

    def edge_text(self, l: int, i: int, j: int) -> str:
        """``w[1→2] from h1.3 to out 'virginica' = -0.4132`` (the hover text of an edge)."""
        self.check_node(l, i)
        self.check_node(l + 1, j)
        value = translate("NetworkView", "not set") if self.weights is None else decimals(self.weights[l][i, j])
        if self.weights is not None and abs(self.weights[l][i, j]) < ZERO_WEIGHT:
            value += " " + translate("NetworkView", "(about 0: |w| < {0}, drawn grey dotted)").format(local(f"{ZERO_WEIGHT:g}"))
        return translate("NetworkView", "w[{0}→{1}] from {2} to {3} = {4}").format(
            l, l + 1, self.node_name(l, i), self.node_name(l + 1, j), value)

    def node_text(self, layer: int, index: int) -> str:
        """Layer, neuron, bias and activation of a node, one per line (its hover text)."""
        self.check_node(layer, index)
        n = self.sizes[layer]
        if layer == 0:
            lines = [translate("NetworkView", "input '{0}' (input {1} of {2})").format(self.input_names[index], index + 1, n)]
        elif layer == len(self.sizes) - 1:
            lines = [translate("NetworkView", "output '{0}' (output neuron {1} of {2})").format(self.output_names[index], index + 1, n)]
        else:
            lines = [translate("NetworkView", "hidden layer {0}, neuron {1} of {2} (h{0}.{1})").format(layer, index + 1, n)]
        if layer > 0:
            if not self.use_bias:
                lines.append(translate("NetworkView", "no bias"))
            elif self.biases is not None:
                lines.append(translate("NetworkView", "bias = {0}").format(decimals(self.biases[layer - 1][index])))
        if self.activations is not None:
            value = decimals(self.activations[layer][index])
            lines.append(translate("NetworkView", "value = {0}").format(value) if layer == 0
                         else translate("NetworkView", "activation = {0}").format(value))
        else:
            lines.append(translate("NetworkView", "value: no sample selected") if layer == 0
                         else translate("NetworkView", "activation: no sample selected"))
        return "\n".join(lines)


def _checked(values, shape: tuple[int, ...], name: str) -> np.ndarray:
    """``values`` as a float array of ``shape``; ValueError naming ``name`` otherwise."""
    a = np.array(values, dtype=float)
    if a.shape != shape:
        raise ValueError(f"{name} has shape {a.shape}, expected {shape}")
    return a
