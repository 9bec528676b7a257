"""The forward pass of one chosen sample (a test digit, say) under the current weights, explained
in the step explainer's notation: no step is taken, so there is no backward pass and no update.

:func:`forward_sample` runs the network's own forward pass (:meth:`Network.forward
<nnviz.core.engine.network.Network.forward>` on the sample's row alone, the pass the diagram draws
for the chosen sample; ``Session.predict`` of that row gives the same outputs, bit for bit) and
keeps what it computed in a :class:`SampleForward`. :func:`explain_forward` turns it into an
:class:`~nnviz.core.engine.explain.Explanation` for one neuron: z = Σ w·x + b (a long sum as the
step explainer shows it: the largest terms, the rest summed, the zero-input terms counted, or
every term), a = f(z), then for every neuron the network's outputs (the probabilities with a
softmax), its answer against the truth, and the sample's loss. Every number shown is one the
forward pass computed (or the float product w·x of a term, as in the step explainer).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..tr import translate
from .activations import get_activation
# The step explainer's own formatters, so the two explanations read alike line for line.
from .explain import (
    MAX_TERMS, Explanation, Line, StepContext, _activation_text, _Builder, _long_z_lines, _loss_text, _node_name,
    _scaling_lines, _sum_text, count, sub,
)
from .losses import get_loss
from .metrics import class_indices
from .network import Trace

SPLIT_NAMES = ("train", "val", "test")


@dataclass(frozen=True)
class SampleForward:
    """One row's forward pass with the weights of one moment (see :func:`forward_sample`).

    ``trace``: the pass of the row alone (1-row arrays); ``weights``/``biases``: copies of the
    weights it used; ``target``: the row's target (1-d); ``loss``: the sample's loss (the loss
    function's ``per_sample``, no penalty: nothing is trained); ``truth``/``answer``: class
    indices (None for a regression); ``epoch``/``cursor``: the moment of the weights."""

    split: str
    row: int
    trace: Trace
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    target: np.ndarray
    loss: float
    truth: int | None
    answer: int | None
    epoch: int
    cursor: int
    context: StepContext
    class_names: tuple[str, ...] = ()

    @property
    def sizes(self) -> list[int]:
        return [self.weights[0].shape[0]] + [w.shape[1] for w in self.weights]

    def class_name(self, k: int | None) -> str:
        if k is None:
            return ""
        return self.class_names[k] if 0 <= k < len(self.class_names) else str(k)


def forward_sample(trainer, split: str, row: int) -> SampleForward:
    """Row ``row`` of ``split`` through ``trainer``'s network as it is now. Raises ValueError
    (one line) for a split without that row."""
    if split not in SPLIT_NAMES:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLIT_NAMES)}")
    problem, net = trainer.problem, trainer.network
    X, Y = problem.split(split)
    row = int(row)
    if X is None or not 0 <= row < len(X):
        raise ValueError(translate("Explain", "There is no row {0} in the {1} data.").format(row, split))
    x, y = X[row : row + 1], Y[row : row + 1]
    with np.errstate(over="ignore", invalid="ignore"):      # as Session.predict: a diverged net gives nan
        trace = net.forward(x)
        loss = float(get_loss(trainer.config.loss).per_sample(trace.zs[-1], trace.output, y, net.activations[-1])[0])
    truth = answer = None
    if problem.is_classification:
        truth, answer = int(class_indices(y)[0]), int(class_indices(trace.output)[0])
    weights, biases = net.parameters()
    k = net.sizes[-1]
    names = tuple(problem.class_names or ()) if problem.task == "multiclass" else \
        tuple((problem.class_names or ["0", "1"])[:2])
    return SampleForward(split, row, trace, tuple(weights), tuple(biases), y[0].copy(), loss, truth, answer,
                         int(trainer.epoch), int(trainer.cursor), StepContext.from_trainer(trainer),
                         names if len(names) >= min(k, 2) else ())


def sample_title(sample: SampleForward) -> str:
    """"Test sample 263: truth 3, answer 8" (a value's sample: "Test sample 12")."""
    if sample.split == "test":
        name = translate("Explain", "Test sample {0}").format(sample.row)
    elif sample.split == "val":
        name = translate("Explain", "Validation sample {0}").format(sample.row)
    else:
        name = translate("Explain", "Training sample {0}").format(sample.row)
    if sample.truth is None:
        return name
    return translate("Explain", "{0}: truth {1}, answer {2}").format(
        name, sample.class_name(sample.truth), sample.class_name(sample.answer))


def weights_moment(epoch: int, cursor: int) -> str:
    """"epoch 12" or "epoch 12 +30": the weights' moment, in the window's epoch language."""
    if cursor:
        return translate("Explain", "epoch {0} +{1}").format(count(epoch), count(cursor))
    return translate("Explain", "epoch {0}").format(count(epoch))


def explain_forward(sample: SampleForward, layer: int, index: int, all_terms: bool = False) -> Explanation:
    """The forward pass of ``sample`` at neuron ``index`` of ``layer`` (0 = inputs), then the
    network's outputs, its answer and the sample's loss. Raises IndexError for a neuron the
    network does not have."""
    sizes = sample.sizes
    L = len(sizes) - 1
    if not (0 <= layer <= L and 0 <= index < sizes[layer]):
        raise IndexError(f"no neuron ({layer}, {index}) in a network of sizes {sizes}")
    ctx = sample.context
    b = _Builder(ctx.digits)
    ex = Explanation(f"{sample_title(sample)} · {_node_name(layer, index, L + 1, ctx)}")
    add = ex.lines.append
    tr = sample.trace
    X = tr.activations
    # The title again as the first line: the heading is cut to one line in a narrow panel.
    add(Line(sample_title(sample), "sample", level=0))
    if sample.split == "train":
        add(Line(translate("Explain", "The forward pass only, with the weights now: nothing is trained."), "note"))
    else:
        add(Line(translate("Explain", "Test digits are never trained on: forward pass only.") if sample.split == "test"
                 else translate("Explain", "Validation rows are never trained on: forward pass only."), "note"))
    add(Line(translate("Explain", "No gradient and no update: the weights stay as they are ({0}).")
             .format(weights_moment(sample.epoch, sample.cursor)), "note"))

    add(Line(translate("Explain", "Forward"), "title", level=0))
    if layer in (0, 1):
        _scaling_lines(ex, b, ctx, X[0][0], sample.row, 1, sample.target)
    if layer == 0:
        v = X[0][0, index]
        add(Line(f"x{sub(index + 1)} = {b.n(v)}", "input", b.take(), float(v), 0, index))
        add(Line(translate("Explain", "An input has no z: select a hidden or output neuron to see its sum."), "note"))
    else:
        l = layer - 1
        act = get_activation(ctx.activations[l])
        w, x, z = sample.weights[l][:, index], X[l][0], float(tr.zs[l][0, index])
        bias = float(sample.biases[l][index]) if ctx.use_bias else None
        in_sym = "x" if layer == 1 else "a"
        n_in = len(w)
        if n_in > MAX_TERMS:
            _long_z_lines(ex, b, w, x, bias, z, 0, in_sym, all_terms, 1)
        else:
            sym = " + ".join(f"w{sub(i + 1)}·{in_sym}{sub(i + 1)}" for i in range(n_in)) + (" + b" if bias is not None else "")
            body = _sum_text(lambda i: f"{b.p(w[i]) if i else b.n(w[i])}·{b.p(x[i])}", n_in)
            if bias is not None:
                body += f" + {b.p(bias)}"
            add(Line(f"z = {sym} = {body} = {b.n(z)}", "z", b.take(), z, 0))
        add(Line(_activation_text(b, act, tr.zs[l][0], X[layer][0], index, all_terms), "a", b.take(),
                 float(X[layer][0, index]), 0))
    _output_lines(ex, b, sample, L)

    add(Line(translate("Explain", "Loss"), "title", level=0))
    loss = get_loss(ctx.loss)
    out_act = get_activation(ctx.activations[-1])
    y, a = sample.target, X[-1][0]
    hot = np.flatnonzero(y == 1)
    if loss.name == "cce" and len(y) > 1 and len(hot) == 1 and np.count_nonzero(y) == 1:
        # One-hot: every term but the truth's is 0·log a, so the sum is one log (the listed
        # terms of a long sum would all be zeros).
        t = int(hot[0])
        names = sample.class_names if len(sample.class_names) == len(a) else ()
        sym = f"P({names[t]})" if names and out_act.name == "softmax" else f"a{sub(t + 1)}"
        text = (f"L = −Σₖ yₖ·log aₖ = −log {sym} = −log {b.n(a[t])} = {b.n(sample.loss)} "
                + translate("Explain", "(y is 1 for the true class, 0 for the others)"))
    else:
        text = _loss_text(b, loss.name, out_act.name, a, y, sample.loss, all_terms)
    add(Line(text, "loss_sample", b.take(), sample.loss, 0))
    return ex


def _output_lines(ex: Explanation, b: _Builder, sample: SampleForward, L: int) -> None:
    """Every output of the network for the sample (the probabilities with a softmax), then its
    answer against the truth."""
    add = ex.lines.append
    ctx = sample.context
    out = sample.trace.activations[-1][0]
    softmax = ctx.activations[-1] == "softmax"
    add(Line(translate("Explain", "The network's probabilities") if softmax else translate("Explain", "The network's outputs"),
             "title", level=0))
    names = sample.class_names if len(sample.class_names) == len(out) else ()
    for k, v in enumerate(out):
        what = f"P({names[k]})" if names and softmax else (names[k] if names else f"a{sub(k + 1)}")
        mark = "  ◀" if k == sample.answer else ""
        add(Line(f"{what} = {b.n(v)}{mark}", "probability", b.take(), float(v), 0, k, L, level=2))
    if sample.truth is None:
        return
    answer, truth = sample.class_name(sample.answer), sample.class_name(sample.truth)
    right = sample.answer == sample.truth
    if len(out) == 1:       # one output, P(the second class): 0.5 or more says that class
        top = float(out[0])
        if right:
            text = translate("Explain", "Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: right.")
        else:
            text = translate("Explain", "Answer: {0} (from the output {1}, with 0.5 as the line). The truth is {2}: wrong.")
    else:
        top = float(out[sample.answer])
        if right:
            text = translate("Explain", "Answer: {0} (the largest output, {1}). The truth is {2}: right.")
        else:
            text = translate("Explain", "Answer: {0} (the largest output, {1}). The truth is {2}: wrong.")
    add(Line(text.format(answer, b.n(top), truth), "answer", b.take(), float(sample.answer)))


__all__ = ["SampleForward", "explain_forward", "forward_sample", "sample_title", "weights_moment"]
