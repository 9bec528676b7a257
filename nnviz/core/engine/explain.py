"""The step explainer: every number of one training step for one neuron, in the tutorials'
notation, with the values the engine recorded.

:func:`explain_step` turns a :class:`~nnviz.core.engine.training.StepRecord` and a
:class:`StepContext` into an :class:`Explanation`: a heading and a list of :class:`Line`.
Each line carries its text and the numbers it shows (in order, unrounded), plus what it is
(``role``, the sample and the weight it belongs to), so a test can read the text and compare
every number with the record. :func:`forward_table` prints a forward pass of every row the way
the house tutorial does (z2, a2, z3, ŷ).

Notation: layer 0 is the inputs; a neuron is ``(layer, index)`` with 0-based indices, as in the
network view. Inside a neuron's equations its inputs are x₁, x₂, … (layer 1) or a₁, a₂, … (the
previous layer's activations), its weights w₁, w₂, …, its bias b. Numbers are shown to about 4
significant digits; negative numbers after an operator are put in brackets so the text can be
copied and checked on a calculator.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..text import grouped, list_separator, significant
from ..tr import translate
from .activations import get_activation
from .losses import get_loss

MAX_TERMS = 8          # list the terms of a sum up to this many, then "…"
SHARED_EXAMPLES = 2    # inputs with one shared range (pixels): this many non-blank ones show it
TOP_TERMS = 6          # a longer sum of products lists its largest terms, the rest summed
MAX_SAMPLES = 8        # detail every sample of a batch up to this many

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sub(n: int) -> str:   # ``12`` → ``₁₂``
    return str(n).translate(_SUB)


@dataclass(frozen=True)
class Line:
    """One line of an explanation.

    ``role``: what ``value`` is — ``title`` (a section heading), ``note``, ``input``, ``z``,
    ``a``, ``loss_sample``, ``loss``, ``delta``, ``grad_w``, ``grad_b``, ``velocity``, ``m``,
    ``v``, ``m_hat``, ``v_hat``, ``adam_t``, ``new_w``, ``new_b``. Forward-table lines: ``input``,
    ``z`` and ``a`` with ``layer`` set and array values; ``weights`` (a matrix's name), ``matrix``
    (one of its rows) and ``bias``.
    ``sample``: position of the sample in the step's batch; ``weight``: index i of the input
    weight, or -1 for the bias; ``layer``: for forward-table lines, the layer the values belong
    to. ``value`` is the result (the number after the last ``=``), an array for vectors.
    """

    text: str
    role: str = "note"
    numbers: tuple[float, ...] = ()
    value: float | np.ndarray | None = None
    sample: int | None = None
    weight: int | None = None
    layer: int | None = None
    level: int = 1                     # 0 = section heading, 1 = a line, 2 = indented detail


@dataclass
class Explanation:
    heading: str
    lines: list[Line] = field(default_factory=list)

    def text(self) -> str:
        """Plain text, one line per :class:`Line`, headings underlined by a blank line before."""
        out = [self.heading, ""]
        for line in self.lines:
            if line.level == 0 and len(out) > 2:
                out.append("")
            out.append(("    " if line.level == 2 else "") + line.text)
        return "\n".join(out)

    def values(self, role: str) -> list[Line]:
        return [l for l in self.lines if l.role == role]


@dataclass(frozen=True)
class StepContext:
    """What the explainer needs besides the record: the network's activations and bias, the
    training settings of the step, names, and what the person pressed (``action``: "sample",
    "batch" or "epoch"; Step epoch records only the epoch's last step)."""

    activations: tuple[str, ...]           # one per non-input layer
    use_bias: bool = True
    loss: str = "mse"
    lr: float = 0.1
    optimizer: str = "sgd"
    momentum: float = 0.9
    reduction: str = "mean"
    l2: float = 0.0
    input_names: tuple[str, ...] = ()
    output_names: tuple[str, ...] = ()
    action: str | None = None
    sample_row: int | None = None          # training row to detail when a batch has > 8 rows
    digits: int = 4
    # Samples into the next epoch just after the step (the trainer's cursor; 0 when the step
    # finished an epoch), so the title names the moment as the toolbar does: "epoch 0 +1".
    cursor: int | None = None
    # Every scaling the data went through, per network input and per output: (the table's
    # column, scaling kind, offset, scale), network value = (table value − offset) / scale.
    # Empty: not known (inputs computed from other inputs, say so by their names).
    input_scaling: tuple = ()
    target_scaling: tuple = ()

    @classmethod
    def from_trainer(cls, trainer, action: str | None = None, sample_row: int | None = None) -> "StepContext":
        net, cfg, problem = trainer.network, trainer.config, trainer.problem
        outputs = list(problem.output_names)
        if len(outputs) != net.sizes[-1]:
            outputs = []
        return cls(
            tuple(a.name for a in net.activations), net.use_bias, cfg.loss, cfg.lr, cfg.optimizer,
            cfg.momentum, cfg.reduction, cfg.l2, tuple(problem.feature_names), tuple(outputs),
            action, sample_row, cursor=int(trainer.cursor),
            input_scaling=() if problem.input_transform is not None else
            _scalings(problem.x_scaler, problem.feature_names),
            target_scaling=_scalings(problem.y_scaler, [problem.target_name] * net.sizes[-1])
            if problem.task == "regression" else (),
        )


def _scalings(scaler, names) -> tuple:
    offset, scale = getattr(scaler, "offset", None), getattr(scaler, "scale", None)
    if offset is None or scale is None or len(offset) != len(names):
        return tuple((str(n), "none", 0.0, 1.0) for n in names) if offset is None else ()
    return tuple((str(n), scaler.kind, float(o), float(c)) for n, o, c in zip(names, offset, scale))


# --------------------------------------------------------------------------------------------
class _Builder:
    """Formats numbers into text and remembers them, so a line's numbers are what it shows."""

    def __init__(self, digits: int) -> None:
        self.digits = digits
        self.nums: list[float] = []

    def n(self, v: float) -> str:
        self.nums.append(float(v))
        return significant(v, self.digits)

    def p(self, v: float) -> str:
        """A factor or a later term: negative numbers in brackets."""
        s = self.n(v)
        return f"({s})" if s.startswith("-") else s

    def take(self) -> tuple[float, ...]:
        nums, self.nums = tuple(self.nums), []
        return nums


def _node_name(layer: int, index: int, n_layers: int, ctx: StepContext) -> str:
    if layer == 0:
        name = ctx.input_names[index] if index < len(ctx.input_names) else f"x{index + 1}"
        return translate("Explain", "input '{0}'").format(name)
    if layer == n_layers - 1:
        name = ctx.output_names[index] if index < len(ctx.output_names) else f"y{index + 1}"
        return translate("Explain", "output '{0}'").format(name)
    return translate("Explain", "h{0}.{1} (hidden layer {0}, neuron {1})").format(layer, index + 1)


def _sample_tag(record, s: int) -> str:   # "   (sample 3)": which sample of a batch a line is about
    return "   " + translate("Explain", "(sample {0})").format(int(record.rows[s]))


def _with() -> str:   # the word between a formula and the definition of its g
    return translate("Explain", "with")


def count(n: int) -> str:
    """A whole count with thousands separators of the current language (``1,000`` / ``1.000``)."""
    return grouped(float(n))


def _flat_offsets(sizes: list[int]) -> list[int]:
    """Start of each layer's weights in the flat parameter vector (W1, b1, W2, b2, …)."""
    offs, o = [], 0
    for a, b in zip(sizes[:-1], sizes[1:]):
        offs.append(o)
        o += a * b + b
    return offs


def _sum_text(term, total: int, all_terms: bool = False) -> str:
    """``term(0) + term(1) + …``, past MAX_TERMS terms (unless ``all_terms``) the first few and
    "… (n terms)"; only the terms shown are formatted (a line's numbers are those in its text)."""
    shown = total if total <= MAX_TERMS or all_terms else MAX_TERMS - 1
    text = " + ".join(term(i) for i in range(shown))
    return text + (translate("Explain", " + … ({0} terms)").format(total) if total > shown else "")


@dataclass(frozen=True)
class SumParts:
    """How a sum of products Σ tᵢ (tᵢ = wᵢ·xᵢ) too long to list is shown.

    ``terms``: every tᵢ, each the float product of the recorded wᵢ and xᵢ. ``shown``: the
    indices of the terms listed, the largest |tᵢ| first (ties: the smaller i first), among
    those whose x is not 0; ``rest``: the other non-zero-input indices, in order of i, whose
    terms are summed into ``rest_sum`` with ``math.fsum`` (the correctly rounded sum, whatever
    the order); ``zero``: the indices whose x is exactly 0 (each term is ±0). With ``full``,
    every index is shown in order of i and ``rest`` and ``zero`` are empty."""

    terms: tuple[float, ...]
    shown: tuple[int, ...]
    rest: tuple[int, ...]
    zero: tuple[int, ...]
    rest_sum: float


def sum_parts(w, x, full: bool = False, top: int = TOP_TERMS) -> SumParts:
    """The parts of Σ wᵢ·xᵢ as the explainer shows them (see :class:`SumParts`)."""
    terms = tuple(float(a) * float(c) for a, c in zip(w, x))
    if full:
        return SumParts(terms, tuple(range(len(terms))), (), (), 0.0)
    zero = tuple(i for i, c in enumerate(x) if c == 0)
    live = [i for i, c in enumerate(x) if c != 0]
    # NaN sorts as the largest, so a diverging term is listed, never hidden in the rest.
    order = sorted(live, key=lambda i: (-abs(terms[i]) if terms[i] == terms[i] else -math.inf, i))
    shown, rest = tuple(order[:top]), tuple(sorted(order[top:]))
    return SumParts(terms, shown, rest, zero, math.fsum(terms[i] for i in rest))


def _long_z_lines(ex: Explanation, b: _Builder, w, x, bias, z: float, s: int, in_sym: str, full: bool,
                  level: int) -> SumParts:
    """z = Σ wᵢ·xᵢ + b of a neuron with more inputs than MAX_TERMS: a heading, one line per
    term listed (wᵢ·xᵢ = its product), the rest summed, the zero-input terms counted, then
    z as the sum of those parts with the recorded z as its total."""
    add = ex.lines.append
    n_in = len(w)
    parts = sum_parts(w, x, full)
    sym = f"w₁·{in_sym}₁ + w₂·{in_sym}₂ + … + w{sub(n_in)}·{in_sym}{sub(n_in)}" + (" + b" if bias is not None else "")
    if full or not parts.shown:
        head = translate("Explain", "z = {0}: all {1} terms").format(sym, n_in) if full else f"z = {sym}"
    else:
        head = translate("Explain", "z = {0}: {1} terms, the {2} largest (by |w·{3}|) listed").format(
            sym, n_in, len(parts.shown), in_sym)
    add(Line(head, "sum", sample=s, level=level))
    for i in parts.shown:
        t = parts.terms[i]
        add(Line(f"w{sub(i + 1)}·{in_sym}{sub(i + 1)} = {b.n(w[i])}·{b.p(x[i])} = {b.n(t)}", "term", b.take(), t,
                 s, i, level=level + 1))
    if parts.rest:
        add(Line(translate("Explain", "the other {0} terms, summed = {1}").format(len(parts.rest), b.n(parts.rest_sum)),
                 "term_rest", b.take(), parts.rest_sum, s, level=level + 1))
    if parts.zero:
        add(Line(translate("Explain", "{0} terms with {1} = 0: each is 0").format(len(parts.zero), in_sym),
                 "note", sample=s, level=level + 1))
    if full:
        total = math.fsum(parts.terms)
        body = translate("Explain", "(the {0} terms above)").format(n_in) + (" + b" if bias is not None else "")
        nums = b.n(total) + (f" + {b.p(bias)}" if bias is not None else "")
    else:
        # Every input 0 (a blank picture): z is the bias alone.
        named = [translate("Explain", "(the {0} listed)").format(len(parts.shown))] if parts.shown else []
        if parts.rest:
            named.append(translate("Explain", "(the other {0})").format(len(parts.rest)))
        vals = [parts.terms[i] for i in parts.shown] + ([parts.rest_sum] if parts.rest else [])
        if bias is not None:
            named.append("b")
            vals.append(bias)
        body = " + ".join(named) or "0"
        nums = " + ".join(b.p(v) if k else b.n(v) for k, v in enumerate(vals)) or b.n(0.0)
    add(Line(f"z = {body} = {nums} = {b.n(z)}", "z", b.take(), float(z), s, level=level))
    return parts


def _more_weights_lines(ex: Explanation, others, zero_count: int, zero_text: str) -> None:
    """After the lines of some of a neuron's many weights: how many more there are, and how many
    of those have a zero (gradient, update) as the record holds it."""
    add = ex.lines.append
    add(Line(translate("Explain", "… and {0} more weights, each the same way.").format(len(others)), "note"))
    if zero_count:
        add(Line(zero_text.format(zero_count), "note"))


def _step_description(record, ctx: StepContext) -> str:
    n = len(record.rows)
    if record.kind == "sample" or n == 1:
        what = translate("Explain", "sample {0}").format(int(record.rows[0]))
    elif record.kind == "batch":
        what = translate("Explain", "a mini-batch of {0} samples").format(n)
    else:
        what = translate("Explain", "{0} samples in one batch (full batch)").format(n)
    return f"{step_moment(record.epoch, ctx.cursor)}: {what}"


def step_moment(epoch: int, cursor: int | None) -> str:
    """The moment a step made, in the window's epoch language: "epoch N" counts finished epochs,
    "epoch N +k" is k samples into the next one. ``epoch`` is the step's own (1-based) epoch and
    ``cursor`` the samples into an epoch just after it (0: the step finished epoch ``epoch``)."""
    if cursor is None:
        return translate("Explain", "a step towards epoch {0}").format(count(epoch))
    if cursor == 0:
        return translate("Explain", "the step that made epoch {0}").format(count(epoch))
    return translate("Explain", "the step that made epoch {0} +{1}").format(count(epoch - 1), count(cursor))


def explain_step(record, ctx: StepContext, layer: int, index: int, all_terms: bool = False) -> Explanation:
    """The explanation of ``record`` for neuron ``index`` of ``layer`` (0 = inputs).

    A sum of more than MAX_TERMS products (z of a neuron with many inputs, the next layer's
    Σ w·δ) lists its TOP_TERMS largest terms, the rest summed and the terms with a zero input
    counted (see :func:`sum_parts`); the weights' gradient and update lines are those of the
    listed terms. ``all_terms``: every term and every weight instead, in order."""
    sizes = [record.weights_before[0].shape[0]] + [w.shape[1] for w in record.weights_before]
    L = len(sizes) - 1
    if not (0 <= layer <= L and 0 <= index < sizes[layer]):
        raise IndexError(f"no neuron ({layer}, {index}) in a network of sizes {sizes}")
    d = ctx.digits
    b = _Builder(d)
    n = len(record.rows)
    heading = f"{_node_name(layer, index, L + 1, ctx)} · {_step_description(record, ctx)}"
    ex = Explanation(heading)
    add = ex.lines.append

    if ctx.action == "epoch" and record.kind != "epoch":
        rows = ", ".join(str(int(r)) for r in record.rows[:8]) + (", …" if n > 8 else "")
        add(Line(translate("Explain", "Step epoch trained the whole epoch; only its last step is recorded, and "
                                      "that is what this shows (rows {0}).").format(rows), "note"))
    if n <= MAX_SAMPLES:
        detailed = list(range(n))
    else:
        pos = 0
        if ctx.sample_row is not None:
            hits = np.flatnonzero(record.rows == ctx.sample_row)
            pos = int(hits[0]) if hits.size else 0
        detailed = [pos]
        if ctx.reduction == "sum":
            text = translate("Explain", "The batch has {0} samples: each number below is shown for sample {1}; "
                                        "the gradients are the sum over all {0}.")
        else:
            text = translate("Explain", "The batch has {0} samples: each number below is shown for sample {1}; "
                                        "the gradients are the mean over all {0}.")
        add(Line(text.format(n, int(record.rows[pos])), "note"))

    tr = record.trace
    X = tr.activations
    if layer == 0:
        add(Line(translate("Explain", "Forward"), "title", level=0))
        _scaling_lines(ex, b, ctx, X[0][detailed[0]], int(record.rows[detailed[0]]), n, record.targets[detailed[0]])
        for s in detailed:
            v = X[0][s, index]
            add(Line(f"x{sub(index + 1)} = {b.n(v)}" + (_sample_tag(record, s) if n > 1 else ""),
                     "input", b.take(), float(v), s, index))
        add(Line(translate("Explain", "An input has no z, δ or bias: select a hidden or output neuron to see "
                                      "the step."), "note"))
        return ex

    l = layer - 1                                  # index into weights / zs / deltas
    act = get_activation(ctx.activations[l])
    loss = get_loss(ctx.loss)
    out_act = get_activation(ctx.activations[-1])
    W, B = record.weights_before[l], record.biases_before[l]
    w = W[:, index]
    n_in = sizes[layer - 1]
    in_sym = "x" if layer == 1 else "a"
    z_all, a_all = tr.zs[l], X[layer]
    delta_all = record.grads.deltas[l]

    # --- forward --------------------------------------------------------------------------
    add(Line(translate("Explain", "Forward"), "title", level=0))
    if layer == 1:
        _scaling_lines(ex, b, ctx, X[0][detailed[0]], int(record.rows[detailed[0]]), n, record.targets[detailed[0]])
    sym = " + ".join(f"w{sub(i + 1)}·{in_sym}{sub(i + 1)}" for i in range(min(n_in, MAX_TERMS - 1)))
    if n_in > MAX_TERMS - 1:
        sym += " + …"
    if ctx.use_bias:
        sym += " + b"
    long_sum = n_in > MAX_TERMS
    first_parts = None
    for s in detailed:
        if n > 1:
            sep = list_separator()
            xs = sep.join(significant(v, d) for v in X[0][s][:MAX_TERMS]) + (sep + "…" if X[0].shape[1] > MAX_TERMS else "")
            ys = sep.join(significant(v, d) for v in record.targets[s])
            add(Line(translate("Explain", "Sample {0}: x = ({1}), target y = ({2})").format(int(record.rows[s]), xs, ys),
                     "note", level=1))
        z = z_all[s, index]
        if long_sum:
            parts = _long_z_lines(ex, b, w, X[layer - 1][s], B[index] if ctx.use_bias else None, z, s, in_sym,
                                  all_terms, 2 if n > 1 else 1)
            first_parts = first_parts or parts
        else:
            body = _sum_text(lambda i: f"{b.p(w[i]) if i else b.n(w[i])}·{b.p(X[layer - 1][s, i])}", n_in)
            if ctx.use_bias:
                body += f" + {b.p(B[index])}"
            add(Line(f"z = {sym} = {body} = {b.n(z)}", "z", b.take(), float(z), s, level=2 if n > 1 else 1))
        add(Line(_activation_text(b, act, z_all[s], a_all[s], index, all_terms), "a", b.take(),
                 float(a_all[s, index]), s, level=2 if n > 1 else 1))

    # --- loss -------------------------------------------------------------------------------
    add(Line(translate("Explain", "Loss"), "title", level=0))
    if layer == L:
        _target_line(ex, b, ctx, record.targets[detailed[0]])
        per = loss.per_sample(tr.zs[-1], tr.activations[-1], record.targets, out_act)
        for s in detailed:
            add(Line(_loss_text(b, loss.name, out_act.name, tr.activations[-1][s], record.targets[s], per[s],
                                all_terms)
                     + (_sample_tag(record, s) if n > 1 else ""),
                     "loss_sample", b.take(), float(per[s]), s))
    if n > 1:
        add(Line(translate("Explain", "loss of the step = mean over the {0} samples, before the update = {1}")
                 .format(n, b.n(record.loss)), "loss", b.take(), float(record.loss)))
    else:
        add(Line(translate("Explain", "loss of the step (before the update) = {0}").format(b.n(record.loss)), "loss",
                 b.take(), float(record.loss)))

    # --- backward ---------------------------------------------------------------------------
    add(Line(translate("Explain", "Backward"), "title", level=0))
    for s in detailed:
        if layer == L:
            text = _output_delta_text(b, loss, act, z_all[s], a_all[s], record.targets[s], index)
        else:
            text = _hidden_delta_text(b, act, z_all[s], a_all[s], index, record.weights_before[l + 1][index],
                                      record.grads.deltas[l + 1][s], all_terms)
        text += b.n(delta_all[s, index])
        add(Line(text + (_sample_tag(record, s) if n > 1 else ""), "delta", b.take(),
                 float(delta_all[s, index]), s))
    gw, gb = record.grads.weights[l][:, index], record.grads.biases[l]
    a_prev = X[layer - 1]
    if long_sum and not all_terms:
        rows_w = list(first_parts.shown)      # the weights of the terms listed in the forward pass
    else:
        rows_w = list(range(n_in))
    listed = set(rows_w)
    others = [i for i in range(n_in) if i not in listed]
    for i in rows_w:
        text = _grad_text(b, f"∂L/∂w{sub(i + 1)}", f"δ·{in_sym}{sub(i + 1)}", delta_all[:, index], a_prev[:, i],
                          n, ctx, W[i, index])
        add(Line(text + b.n(gw[i]), "grad_w", b.take(), float(gw[i]), weight=i))
    if others:
        # Counted only where the record shows both: a zero gradient and an input 0 in every row.
        _more_weights_lines(ex, others, sum(1 for i in others if gw[i] == 0 and not a_prev[:, i].any()),
                            translate("Explain", "{0} of them have ∂L/∂w = 0 (their input is 0 in this step)."))
    if ctx.use_bias and gb is not None:
        text = _grad_text(b, "∂L/∂b", "δ", delta_all[:, index], None, n, ctx, None)
        add(Line(text + b.n(gb[index]), "grad_b", b.take(), float(gb[index]), weight=-1))

    # --- update -----------------------------------------------------------------------------
    add(Line(translate("Explain", "Update"), "title", level=0))
    _update_lines(ex, b, record, ctx, sizes, l, index, rows_w, in_sym)
    if others:
        uw = record.weight_updates[l][:, index]
        _more_weights_lines(ex, others, sum(1 for i in others if uw[i] == 0),
                            translate("Explain", "{0} of them do not change in this step (their update is 0)."))
    if ctx.action == "epoch" and record.kind != "epoch":
        add(Line(translate("Explain", "(Step epoch: only the epoch's last step is recorded; the earlier steps "
                                      "of the epoch are not shown.)"), "note", level=0))
    return ex


# "shared": one min and max over every input together (a picture's pixels all scaled alike).
_SCALING_FORMULA = {"max": "x ÷ max", "minmax": "(x − min) ÷ (max − min)", "shared": "(x − min) ÷ (max − min)",
                    "standard": "(x − mean) ÷ std"}


def _scaled_text(b: _Builder, sym: str, column: str, kind: str, offset: float, scale: float, v: float) -> str:
    """``x₁ = (glucose − mean) ÷ std = (148 − 120.9) ÷ 31.97 = 0.8476``: the table's value, the
    scaling's numbers and what the network sees."""
    raw = v * scale + offset
    if kind == "max":
        return f"{sym} = {column} ÷ max = {b.n(raw)} ÷ {b.p(scale)} = {b.n(v)}"
    if kind in ("minmax", "shared", "standard"):
        return (f"{sym} = ({column} − {'mean' if kind == 'standard' else 'min'}) ÷ "
                f"{'std' if kind == 'standard' else '(max − min)'} = ({b.n(raw)} − {b.p(offset)}) ÷ {b.p(scale)} = {b.n(v)}")
    return f"{sym} = {column} = {b.n(v)}"


def _scaling_lines(ex: Explanation, b: _Builder, ctx: StepContext, x_row, row: int, n: int, y_row) -> None:
    """Nothing normalised behind the student's back: every input of one sample as the table has
    it and as the network sees it, with the scaling between them (and the target's)."""
    add = ex.lines.append
    scalings = ctx.input_scaling
    if not scalings or len(scalings) != len(x_row):
        return
    kind = scalings[0][1]
    if kind == "none":
        add(Line(translate("Explain", "The inputs are the table's values as they are (no scaling)."), "note"))
    else:
        stats = {"max": translate("Explain", "max"), "standard": translate("Explain", "mean and std")}.get(
            kind, translate("Explain", "min and max"))
        add(Line(translate("Explain", "The network sees scaled inputs: {0}, with the {1} of the training rows. "
                                      "Sample {2} as the table has it and as the network sees it:")
                 .format(_SCALING_FORMULA.get(kind, kind), stats, row), "note"))
        shown = list(range(min(len(scalings), MAX_TERMS)))
        if kind == "shared" and len(scalings) > MAX_TERMS:     # a picture's: see SHARED_EXAMPLES
            shown = [i for i in range(len(scalings)) if x_row[i] != 0][:SHARED_EXAMPLES] or [0]
        for i in shown:
            column, kind, offset, scale = scalings[i]
            add(Line(_scaled_text(b, f"x{sub(i + 1)}", column, kind, offset, scale, x_row[i]), "input", b.take(),
                     float(x_row[i]), weight=i, level=2))
        if len(scalings) > len(shown):
            add(Line(translate("Explain", "… and {0} more inputs, each the same way.").format(len(scalings) - len(shown)),
                     "note"))
    _target_line(ex, b, ctx, y_row)


def _target_line(ex: Explanation, b: _Builder, ctx: StepContext, y_row) -> None:   # a scaled target: both ways
    t = ctx.target_scaling
    if t and len(t) == len(y_row) and t[0][1] != "none":
        ex.lines.append(Line(translate("Explain", "The target is scaled too: ") + _scaled_text(b, "y", *t[0], y_row[0]),
                             "note", b.take(), level=2))


def _f_prime(act_name: str, b: _Builder, z: float, a: float) -> tuple[str, str]:   # f′(z): formula, with numbers
    if act_name == "sigmoid":
        return "a(1 − a)", f"{b.p(a)}·(1 − {b.p(a)})"
    if act_name == "tanh":
        return "(1 − a²)", f"(1 − {b.p(a)}²)"
    if act_name == "relu":
        return "[z > 0]", b.n(1.0 if z > 0 else 0.0)
    return "1", b.n(1.0)


def _activation_text(b: _Builder, act, z_row, a_row, j, all_terms: bool = False) -> str:
    z, a = float(z_row[j]), float(a_row[j])
    if act.name == "sigmoid":
        return f"a = σ(z) = 1 / (1 + e^(−z)) = 1 / (1 + e^(−{b.p(z)})) = {b.n(a)}"
    if act.name == "tanh":
        return f"a = tanh(z) = tanh({b.n(z)}) = {b.n(a)}"
    if act.name == "relu":
        return f"a = max(0, z) = max(0, {b.n(z)}) = {b.n(a)}"
    if act.name == "linear":
        return f"a = z = {b.n(a)}"
    if act.name == "softmax":
        k = len(z_row)
        head = f"a = e^z / Σₖ e^zₖ = e^{b.p(z)} / ("
        return head + _sum_text(lambda q: f"e^{b.p(z_row[q])}", k, all_terms) + f") = {b.n(a)}"
    return f"a = {act.name}(z) = {b.n(a)}"


def _loss_text(b: _Builder, loss: str, out_act: str, a_row, y_row, value, all_terms: bool = False) -> str:
    k = len(a_row)
    if loss == "mse":
        body = _sum_text(lambda q: f"({b.n(a_row[q])} − {b.p(y_row[q])})²", k, all_terms)
        return f"L = ½·Σₖ (aₖ − yₖ)² = ½·({body}) = {b.n(value)}"
    if loss == "bce":
        body = _sum_text(lambda q: f"{b.n(y_row[q])}·log {b.n(a_row[q])} + (1 − {b.n(y_row[q])})·log(1 − {b.n(a_row[q])})", k,
                         all_terms)
        return f"L = −[y·log a + (1 − y)·log(1 − a)] = −[{body}] = {b.n(value)}"
    hot = np.flatnonzero(np.asarray(y_row) != 0)
    if k > MAX_TERMS and not all_terms and len(hot) == 1 and y_row[hot[0]] == 1:   # one-hot: the term that counts
        q = sub(int(hot[0]) + 1)
        return (f"L = −Σₖ yₖ·log aₖ = −log a{q} = −log {b.n(a_row[hot[0]])} = {b.n(value)}   "
                + translate("Explain", "(y{0} = 1, every other y is 0)").format(q))
    body = _sum_text(lambda q: f"{b.n(y_row[q])}·log {b.n(a_row[q])}", k, all_terms)
    return f"L = −Σₖ yₖ·log aₖ = −({body}) = {b.n(value)}"


def _output_delta_text(b: _Builder, loss, act, z_row, a_row, y_row, j) -> str:
    """Up to the final ``= `` (the caller appends the recorded δ)."""
    z, a, y = float(z_row[j]), float(a_row[j]), float(y_row[j])
    fused = (loss.name, act.name) in (("bce", "sigmoid"), ("cce", "softmax"))
    if fused:
        if act.name == "sigmoid":
            why = translate("Explain", "fused: σ′ cancels the log's derivative")
        else:
            why = translate("Explain", "fused: softmax's Jacobian cancels the log's")
        return f"δ = ∂L/∂z = a − y ({why}) = {b.n(a)} − {b.p(y)} = "
    if loss.name == "mse" and act.name != "softmax":
        if act.name == "linear":
            return f"δ = ∂L/∂z = a − y = {b.n(a)} − {b.p(y)} = "
        diff = f"({b.n(a)} − {b.p(y)})"
        f, fn = _f_prime(act.name, b, z, a)
        return f"δ = ∂L/∂a·f′(z) = (a − y)·{f} = {diff}·{fn} = "
    g = loss.grad_a(a_row.reshape(1, -1), y_row.reshape(1, -1))[0]
    if act.name == "softmax":
        s = float((g * a_row).sum())
        return (f"δ = aⱼ·(gⱼ − Σₖ gₖ·aₖ) {_with()} g = ∂L/∂a = {b.n(a)}·({b.n(g[j])} − {b.p(s)}) = ")
    gj = b.p(g[j])
    f, fn = _f_prime(act.name, b, z, a)
    return f"δ = ∂L/∂a·f′(z) = g·{f} {_with()} g = ∂L/∂a = {gj}·{fn} = "


def _hidden_delta_text(b: _Builder, act, z_row, a_row, j, w_next, delta_next, all_terms: bool = False) -> str:
    z, a = float(z_row[j]), float(a_row[j])
    f, fn = _f_prime(act.name, b, z, a)
    k = len(w_next)
    if k > MAX_TERMS and not all_terms:
        # The largest products wₖ·δₖ, the rest summed (see sum_parts), those with δ = 0 counted.
        parts = sum_parts(w_next, delta_next)
        sym = " + ".join(f"w{sub(q + 1)}·δ{sub(q + 1)}" for q in parts.shown)
        body = " + ".join(f"{b.p(w_next[q])}·{b.p(delta_next[q])}" for q in parts.shown)
        if parts.rest:
            sym += " + " + translate("Explain", "(the other {0})").format(len(parts.rest))
            body += f" + {b.p(parts.rest_sum)}"
        if parts.zero:
            sym += " + " + translate("Explain", "({0} with δ = 0)").format(len(parts.zero))
        how = translate("Explain", "next layer: {0} terms, the {1} largest first").format(k, len(parts.shown))
        return f"δ = f′(z)·Σₖ wₖ·δₖ ({how}) = {f}·({sym}) = {fn}·({body}) = "
    shown = k if all_terms and k > MAX_TERMS else min(k, MAX_TERMS - 1)
    sym = " + ".join(f"w{sub(q + 1)}·δ{sub(q + 1)}" for q in range(shown))
    if k > shown:
        sym += " + …"
    body = _sum_text(lambda q: f"{b.p(w_next[q])}·{b.p(delta_next[q])}", k, all_terms)
    nxt = translate("Explain", "(next layer)")
    return f"δ = f′(z)·Σₖ wₖ·δₖ {nxt} = {f}·({sym}) = {fn}·({body}) = "


def _grad_text(b: _Builder, name: str, formula: str, deltas, a_col, n: int, ctx: StepContext, w) -> str:
    l2 = ctx.l2 if w is not None else 0.0
    if n == 1 and a_col is None and not l2:
        return f"{name} = {formula} = "
    if n == 1:
        text = f"{name} = {formula}"
        nums = b.n(deltas[0]) + (f"·{b.p(a_col[0])}" if a_col is not None else "")
        if l2:
            return f"{text} + λ·w = {nums} + {b.n(l2)}·{b.p(w)} = "
        return f"{text} = {nums} = "
    summed = ctx.reduction == "sum"
    pre = "Σ" if summed else f"(1/{n})·Σ"
    text = f"{name} = {pre} {formula}"
    if n > MAX_SAMPLES:
        tail = ""
        if l2:
            tail = f" + {n}·λ·w" if summed else " + λ·w"
        if summed:
            words = translate("Explain", "sum over {0} samples of {1}").format(n, formula)
        else:
            words = translate("Explain", "mean over {0} samples of {1}").format(n, formula)
        return f"{name} = {words}{tail} = "
    if a_col is not None:
        terms = [f"{b.p(dl)}·{b.p(x)}" for dl, x in zip(deltas, a_col)]
    else:
        terms = [b.p(dl) for dl in deltas]
    body = " + ".join(terms)
    nums = f"({body})" if summed else f"(1/{n})·({body})"
    if l2:
        if summed:
            return f"{text} + n·λ·w = {nums} + {n}·{b.n(l2)}·{b.p(w)} = "
        return f"{text} + λ·w = {nums} + {b.n(l2)}·{b.p(w)} = "
    return f"{text} = {nums} = "


def _update_lines(ex: Explanation, b: _Builder, record, ctx: StepContext, sizes, l, j, rows_w, in_sym) -> None:
    add = ex.lines.append
    after = record.optimizer_after or {}
    before = record.optimizer_before or {}
    name = after.get("name", ctx.optimizer)
    lr = after.get("lr", ctx.lr)
    off = _flat_offsets(sizes)[l]
    n_in, n_out = sizes[l], sizes[l + 1]
    W, B = record.weights_before[l], record.biases_before[l]
    uW, uB = record.weight_updates[l], record.bias_updates[l]
    params = [(i, f"w{sub(i + 1)}", float(W[i, j]), float(W[i, j] + uW[i, j]), float(record.grads.weights[l][i, j]),
               off + i * n_out + j) for i in rows_w]
    if ctx.use_bias and uB is not None:
        params.append((-1, "b", float(B[j]), float(B[j] + uB[j]), float(record.grads.biases[l][j]),
                       off + n_in * n_out + j))
    role_new = lambda i: "new_b" if i < 0 else "new_w"  # noqa: E731
    g_sym = lambda nm: "∂L/∂" + nm  # noqa: E731

    if name == "momentum" and after.get("velocity") is not None:
        mu = after.get("momentum", ctx.momentum)
        v_old_all = before.get("velocity")
        add(Line(translate("Explain", "Momentum: v ← μ·v − lr·∂L/∂w, then w ← w + v (μ = {0}, lr = {1})")
                 .format(b.n(mu), b.n(lr)), "note", b.take()))
        for i, nm, old, new, g, k in params:
            v_old = 0.0 if v_old_all is None else float(v_old_all[k])
            v_new = float(after["velocity"][k])
            add(Line(f"v({nm}) = μ·v − lr·{g_sym(nm)} = {b.n(mu)}·{b.p(v_old)} − {b.n(lr)}·{b.p(g)} = {b.n(v_new)}",
                     "velocity", b.take(), v_new, weight=i))
            add(Line(f"{nm} ← {nm} + v = {b.n(old)} + {b.p(v_new)} = {b.n(new)}", role_new(i), b.take(), new,
                     weight=i, level=2))
        return
    if name == "adam" and after.get("m") is not None:
        b1, b2, eps, t = after["beta1"], after["beta2"], after["eps"], int(after["t"])
        m_old_all, v_old_all = before.get("m"), before.get("v")
        add(Line(f"Adam (β₁ = {b.n(b1)}, β₂ = {b.n(b2)}, ε = {b.n(eps)}, lr = {b.n(lr)}): m ← β₁·m + (1 − β₁)·g, "
                 "v ← β₂·v + (1 − β₂)·g², m′ = m/(1 − β₁ᵗ), v′ = v/(1 − β₂ᵗ), w ← w − lr·m′/(√v′ + ε)",
                 "note", b.take()))
        add(Line(translate("Explain", "Adam's step count (bias correction) t = {0}").format(b.n(t)), "adam_t",
                 b.take(), float(t)))
        c1, c2 = 1 - b1**t, 1 - b2**t
        for i, nm, old, new, g, k in params:
            m_old = 0.0 if m_old_all is None else float(m_old_all[k])
            v_old = 0.0 if v_old_all is None else float(v_old_all[k])
            m, v = float(after["m"][k]), float(after["v"][k])
            m_hat, v_hat = m / c1, v / c2
            add(Line(f"{nm}: g = {g_sym(nm)} = {b.n(g)}", "note", b.take(), weight=i))
            add(Line(f"m = β₁·m + (1 − β₁)·g = {b.n(b1)}·{b.p(m_old)} + {b.n(1 - b1)}·{b.p(g)} = {b.n(m)}",
                     "m", b.take(), m, weight=i, level=2))
            add(Line(f"v = β₂·v + (1 − β₂)·g² = {b.n(b2)}·{b.p(v_old)} + {b.n(1 - b2)}·{b.p(g)}² = {b.n(v)}",
                     "v", b.take(), v, weight=i, level=2))
            add(Line(f"m′ = m/(1 − β₁ᵗ) = {b.p(m)}/{b.n(c1)} = {b.n(m_hat)}", "m_hat", b.take(), m_hat, weight=i,
                     level=2))
            add(Line(f"v′ = v/(1 − β₂ᵗ) = {b.p(v)}/{b.n(c2)} = {b.n(v_hat)}", "v_hat", b.take(), v_hat, weight=i,
                     level=2))
            add(Line(f"{nm} ← {nm} − lr·m′/(√v′ + ε) = {b.n(old)} − {b.n(lr)}·{b.p(m_hat)}/(√{b.n(v_hat)} + {b.n(eps)}) "
                     f"= {b.n(new)}", role_new(i), b.take(), new, weight=i, level=2))
        return
    if name == "sgd":
        for i, nm, old, new, g, k in params:
            add(Line(f"{nm} ← {nm} − lr·{g_sym(nm)} = {b.n(old)} − {b.n(lr)}·{b.p(g)} = {b.n(new)}", role_new(i),
                     b.take(), new, weight=i))
        return
    for i, nm, old, new, g, k in params:     # a record without the optimizer's state
        add(Line(f"{nm} ← {nm} + Δ{nm} = {b.n(old)} + {b.p(new - old)} = {b.n(new)}", role_new(i), b.take(), new,
                 weight=i))


# --------------------------------------------------------------------------------------------
_ACT_SYMBOL = {"sigmoid": "σ", "tanh": "tanh", "relu": "relu", "linear": "", "softmax": "softmax"}


def forward_table(trace, activations, use_bias: bool = False, digits: int = 8,
                  row_labels: list[str] | None = None, max_rows: int = MAX_SAMPLES,
                  weights=None, biases=None) -> Explanation:
    """The forward pass of every row the way the house tutorial prints it: for each row its
    inputs, then z2 = x·W1 (+ b1), a2 = σ(z2), z3 = a2·W2, …, ŷ. Layer numbers follow the
    tutorial (the inputs are layer 1). ``trace`` is a :class:`~nnviz.core.engine.network.Trace`,
    e.g. a StepRecord's or ``Network.forward(X)``; at most ``max_rows`` rows are listed.
    ``weights`` (and ``biases``), the matrices the pass used, are listed first as the tutorial
    prints them: W1 row by row (a row per input, a column per neuron of the next layer)."""
    acts = [get_activation(a).name for a in activations]
    X = trace.activations[0]
    n = X.shape[0]
    L = len(trace.zs)
    ex = Explanation(translate("Explain", "Forward pass of every row ({0} rows)").format(n))
    b = _Builder(digits)

    def vec(v: np.ndarray) -> str:
        return b.n(v[0]) if v.size == 1 else "[" + list_separator().join(b.n(x) for x in v) + "]"

    if weights is not None:
        ex.lines.append(Line(translate("Explain", "Weights (a row per input, a column per neuron)"), "title",
                             level=0))
        for l, W in enumerate(weights):
            W = np.atleast_2d(np.asarray(W, dtype=float))
            cells = [[b.n(v) for v in row] for row in W]
            b.take()
            width = max(len(c) for row in cells for c in row)
            ex.lines.append(Line(f"W{l + 1} ({W.shape[0]}×{W.shape[1]}) =", "weights", level=1, layer=l + 1))
            for row, values in zip(cells, W):
                text = "[" + "  ".join(c.rjust(width) for c in row) + "]"
                ex.lines.append(Line(text, "matrix", tuple(float(v) for v in values), values.copy(),
                                     level=2, layer=l + 1))
            if use_bias and biases is not None and l < len(biases) and biases[l] is not None:
                bias = np.ravel(np.asarray(biases[l], dtype=float))
                ex.lines.append(Line(f"b{l + 1} = {vec(bias)}", "bias", b.take(), bias.copy(),
                                     level=1, layer=l + 1))
    for r in range(min(n, max_rows)):
        label = row_labels[r] if row_labels and r < len(row_labels) else translate("Explain", "Row {0}").format(r)
        ex.lines.append(Line(f"{label}: x = {vec(X[r])}", "input", b.take(), X[r].copy(), r, layer=0, level=0))
        for l in range(L):
            prev = "x" if l == 0 else f"a{l + 1}"
            bias = f" + b{l + 1}" if use_bias else ""
            z = trace.zs[l][r]
            ex.lines.append(Line(f"z{l + 2} = {prev}·W{l + 1}{bias} = {vec(z)}", "z", b.take(), z.copy(), r,
                                 layer=l + 1))
            a = trace.activations[l + 1][r]
            name = "ŷ" if l == L - 1 else f"a{l + 2}"
            sym = _ACT_SYMBOL.get(acts[l], acts[l])
            rhs = f"{sym}(z{l + 2})" if sym else f"z{l + 2}"
            ex.lines.append(Line(f"{name} = {rhs} = {vec(a)}", "a", b.take(), a.copy(), r, layer=l + 1))
    if n > max_rows:
        ex.lines.append(Line(translate("Explain", "… and {0} more rows.").format(n - max_rows), "note", level=0))
    return ex


# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PhaseData:
    """What the network view needs to show a step in phases (forward, backward, update), for
    one sample of the step: ``activations`` per layer (inputs first) and ``deltas`` per
    non-input layer for that sample; the step's gradients and the weights and biases before and
    after the update (biases None without a bias)."""

    sample: int                                  # the training row these activations belong to
    activations: list[np.ndarray]
    deltas: list[np.ndarray]
    weight_grads: list[np.ndarray]
    bias_grads: list[np.ndarray] | None
    weights_before: list[np.ndarray]
    weights_after: list[np.ndarray]
    biases_before: list[np.ndarray] | None
    biases_after: list[np.ndarray] | None


def phase_data(record, sample_row: int | None = None) -> PhaseData:
    """The phases of ``record`` for the training row ``sample_row`` if the step trained it,
    else for the step's first row."""
    pos = 0
    if sample_row is not None:
        hits = np.flatnonzero(np.asarray(record.rows) == sample_row)
        pos = int(hits[0]) if hits.size else 0
    acts = [a[pos].copy() for a in record.trace.activations]
    deltas = [d[pos].copy() for d in record.grads.deltas]
    wb = [w.copy() for w in record.weights_before]
    wa = [w + u for w, u in zip(record.weights_before, record.weight_updates)]
    has_bias = record.bias_updates and record.bias_updates[0] is not None
    bb = [b.copy() for b in record.biases_before] if has_bias else None
    ba = [b + u for b, u in zip(record.biases_before, record.bias_updates)] if has_bias else None
    bg = [g.copy() for g in record.grads.biases] if has_bias else None
    return PhaseData(int(record.rows[pos]), acts, deltas, [g.copy() for g in record.grads.weights], bg, wb, wa, bb, ba)
