"""The NumPy lines behind a training step, in the tutorials' style, and a script that reruns it.

:func:`step_code` turns a :class:`~nnviz.core.engine.training.StepRecord` and a
:class:`~nnviz.core.engine.explain.StepContext` into a :class:`StepCode`: the few lines of NumPy
that compute the step (``z2 = X @ W1 + b1``, ``a2 = sigmoid(z2)``, ``delta2 = (a2 - y) * a2 *
(1 - a2)``, ``W1 -= lr * dW1``) for the step's configuration (each layer's activation, the
loss and its fused forms, the reduction, L1/L2, the bias, the optimizer), each tagged with the
phase it belongs to and a short note of the shape and values the engine recorded for it.
:func:`step_script` is the same lines as a self-contained script (NumPy only) that starts from
the step's weights, optimizer state and rows and prints what the step computes; given a path it
also saves the results to an ``.npz`` file (how the tests compare them with the record).

Every number is embedded as the ``repr`` of a Python float (it reads back bitwise equal), every
string (column names) with ``repr``: nothing read from a file reaches the code unescaped.
The arithmetic follows the engine's (``core/engine``): sigmoid as ``(1 + tanh(z/2)) / 2``, the
fused sigmoid + binary cross-entropy and softmax + cross-entropy deltas ``a - y``, the loss from
z where the engine computes it from z, one Adam step count for every parameter.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..text import significant

# The phases of a step a line can belong to, in order ("setup": the step's data and parameters).
PHASES = ("setup", "forward", "loss", "backward", "update")
PREVIEW_VALUES = 4        # values shown in a line's note before "…"
PREVIEW_DIGITS = 3
EPS = 1e-12               # the engine's clip for logs of activations (losses.EPS)


@dataclass(frozen=True)
class CodeLine:
    """One line of code. ``phase``: one of :data:`PHASES`; ``layer``: for forward and backward
    lines the network layer they compute (1 = the first after the inputs, as in the diagram),
    else None. ``name``: the variable the line sets (empty for a definition); ``note``: the
    shape and a few values of what it computes in this step; ``shown``: the line as the view
    shows it when the code itself is long (a data literal), else empty."""

    code: str
    phase: str
    layer: int | None = None
    name: str = ""
    note: str = ""
    shown: str = ""

    @property
    def display(self) -> str:
        return self.shown or self.code


@dataclass
class StepCode:
    """The lines of one step, the heading comment of its script and the names it prints."""

    heading: list[str]
    lines: list[CodeLine] = field(default_factory=list)
    results: list[str] = field(default_factory=list)

    def phase_lines(self, phase: str | None, layer: int | None = None) -> list[int]:
        """Indices of the lines of ``phase`` ("forward", "loss", "backward", "update"), only
        those of ``layer`` when it is given (≥ 1) for the forward and backward phases."""
        if phase is None or phase == "":
            return []
        out = []
        for i, line in enumerate(self.lines):
            if line.phase != phase:
                continue
            if layer is not None and layer > 0 and line.layer is not None and line.layer != layer:
                continue
            out.append(i)
        return out

    def text(self) -> str:
        """The lines as the view shows them, one a line (no notes)."""
        return "\n".join(line.display for line in self.lines)


# --------------------------------------------------------------------------------------------
def literal(v) -> str:
    """A number or array as Python source that reads back bitwise equal."""
    if isinstance(v, np.ndarray) and v.ndim > 0:
        return "np.array(" + _nested(v.tolist()) + ")"
    return _number(float(v))


def _number(v: float) -> str:
    if math.isnan(v):
        return "np.nan"
    if math.isinf(v):
        return "np.inf" if v > 0 else "-np.inf"
    return repr(float(v))


def _nested(v) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_nested(x) for x in v) + "]"
    return _number(float(v))


def preview(v) -> str:
    """A short look at a value: ``0.5987`` or ``(2, 3) [[0.1 -0.5 0.3] …]``."""
    if not isinstance(v, np.ndarray) or v.ndim == 0:
        return significant(float(v), PREVIEW_DIGITS)
    shape = "(" + ", ".join(str(s) for s in v.shape) + ("," if v.ndim == 1 else "") + ")"
    return f"{shape} {_preview_nested(v, [PREVIEW_VALUES])}"


def _preview_nested(v: np.ndarray, budget: list[int]) -> str:
    if v.ndim == 1:
        shown = []
        for x in v:
            if budget[0] <= 0:
                shown.append("…")
                break
            shown.append(significant(float(x), PREVIEW_DIGITS))
            budget[0] -= 1
        return "[" + " ".join(shown) + "]"
    rows = []
    for row in v:
        if budget[0] <= 0:
            rows.append("…")
            break
        rows.append(_preview_nested(row, budget))
    return "[" + " ".join(rows) + "]"


def _flat_spans(sizes: list[int]) -> list[tuple[int, int, int]]:
    """Per layer (weights start, biases start, biases end) in the flat parameter vector."""
    spans, o = [], 0
    for a, b in zip(sizes[:-1], sizes[1:]):
        spans.append((o, o + a * b, o + a * b + b))
        o += a * b + b
    return spans


# --------------------------------------------------------------------------------------------
_DEFS = {
    "sigmoid": ("def sigmoid(z): return 0.5 * (1 + np.tanh(0.5 * z))",
                "1 / (1 + e^-z), computed as the engine does: it never overflows"),
    "softmax": ("def softmax(z): e = np.exp(z - z.max(axis=1, keepdims=True)); return e / e.sum(axis=1, keepdims=True)",
                "e^z / sum(e^z) along each row"),
}


def _act_call(act: str, z: str) -> str:
    return {"sigmoid": f"sigmoid({z})", "tanh": f"np.tanh({z})", "relu": f"np.maximum({z}, 0.0)",
            "linear": z, "softmax": f"softmax({z})"}[act]


def _derivative(act: str, a: str, z: str) -> str:
    """f'(z) of an element-wise activation, from its output ``a`` (or ``z`` for ReLU)."""
    return {"sigmoid": f"{a} * (1 - {a})", "tanh": f"(1 - {a} ** 2)", "relu": f"({z} > 0)", "linear": ""}[act]


def _times_derivative(act: str, g: str, a: str, z: str) -> str:
    """dL/dz from dL/da = ``g`` (an expression) for activation ``act``."""
    if act == "softmax":
        return f"{a} * ({g} - ({g} * {a}).sum(axis=1, keepdims=True))"
    d = _derivative(act, a, z)
    if not d:
        return g
    return f"{g} * {d}"


class _Names:
    """The tutorial's names: one layer is z, a, W, b; more are numbered as the house tutorial
    numbers them (the inputs are layer 1: z2 = X @ W1 + b1, a2 = f(z2), …)."""

    def __init__(self, depth: int) -> None:
        self.single = depth == 1

    def _n(self, base: str, k: int) -> str:
        return base if self.single else f"{base}{k}"

    def W(self, k: int) -> str:
        return self._n("W", k)

    def b(self, k: int) -> str:
        return self._n("b", k)

    def z(self, k: int) -> str:
        return self._n("z", k + 1)

    def a(self, k: int) -> str:
        return "X" if k == 0 else self._n("a", k + 1)

    def delta(self, k: int) -> str:
        return self._n("delta", k + 1)


def step_code(record, ctx, l1: float = 0.0, literals: bool = False) -> StepCode:
    """The NumPy lines of ``record`` (see the module's text). ``ctx``: its StepContext (the
    activations, loss, reduction, L2 and bias in force); ``l1``: the L1 penalty in force.
    ``literals``: write the data and parameters out in full (the script); without, their lines
    read ``X = np.array(…)`` (the view: a full batch of a big table is megabytes of text)."""
    lit = literal if literals else (lambda v: "np.array(…)")
    sizes = [record.weights_before[0].shape[0]] + [w.shape[1] for w in record.weights_before]
    L = len(sizes) - 1
    acts = list(ctx.activations)
    if len(acts) != L:
        raise ValueError(f"the step has {L} layers but {len(acts)} activations are given")
    nm = _Names(L)
    tr, grads = record.trace, record.grads
    n = int(tr.activations[0].shape[0])
    use_bias = bool(ctx.use_bias) and record.bias_updates and record.bias_updates[0] is not None
    mean = ctx.reduction == "mean"
    per_n = " / n" if mean and n > 1 else ""
    after = record.optimizer_after or {}
    before = record.optimizer_before or {}
    opt = after.get("name", ctx.optimizer)
    lr = float(after.get("lr", ctx.lr))
    l2 = float(ctx.l2)
    l1 = float(l1)
    loss, out_act = ctx.loss, acts[-1]
    lines: list[CodeLine] = []
    add = lines.append

    # --- heading --------------------------------------------------------------------------
    shape_text = "-".join(str(s) for s in sizes)
    what = {"sample": f"one sample (row {int(record.rows[0])})",
            "batch": f"a mini-batch of {n} rows",
            "epoch": f"the full batch ({n} rows)"}.get(record.kind, f"{n} rows")
    heading = [
        f"One training step of a {shape_text} network ({', '.join(acts)}{'' if use_bias else ', no bias'}): "
        f"epoch {int(record.epoch)}, {what}.",
        f"Loss: {loss} ({'mean' if mean else 'sum'} over the rows"
        f"{f', L2 {l2!r}' if l2 else ''}{f', L1 {l1!r}' if l1 else ''}), optimizer: {opt}, learning rate {lr!r}.",
    ]

    # --- setup: helpers, data, parameters, settings ---------------------------------------
    for name in ("sigmoid", "softmax"):
        if name in acts:
            code, why = _DEFS[name]
            add(CodeLine(code, "setup", note=why))
    names = list(ctx.input_names) if len(ctx.input_names) == sizes[0] else []
    if names:
        add(CodeLine(f"columns = {names!r}", "setup", name="columns", note="X's columns"))
    add(CodeLine(f"rows = {[int(r) for r in record.rows]!r}", "setup", name="rows",
                 shown=f"rows = {_short_rows(record.rows)}", note="training rows of this step"))
    X = tr.activations[0]
    add(CodeLine(f"X = {lit(X)}", "setup", name="X", shown="X = np.array(…)",
                 note=f"{preview(X)} inputs as the network sees them"))
    Y = np.asarray(record.targets, dtype=float)
    add(CodeLine(f"y = {lit(Y)}", "setup", name="y", shown="y = np.array(…)", note=f"{preview(Y)} targets"))
    if mean and n > 1:
        add(CodeLine("n = len(X)", "setup", name="n", note=f"{n} rows: the loss is their mean"))
    for k in range(1, L + 1):
        W = record.weights_before[k - 1]
        add(CodeLine(f"{nm.W(k)} = {lit(W)}", "setup", name=nm.W(k), shown=f"{nm.W(k)} = np.array(…)",
                     note=f"{preview(W)} before the step"))
        if use_bias:
            B = record.biases_before[k - 1]
            add(CodeLine(f"{nm.b(k)} = {lit(B)}", "setup", name=nm.b(k), shown=f"{nm.b(k)} = np.array(…)",
                         note=preview(B)))
    add(CodeLine(f"lr = {_number(lr)}", "setup", name="lr"))
    if l2:
        add(CodeLine(f"l2 = {_number(l2)}", "setup", name="l2"))
    if l1:
        add(CodeLine(f"l1 = {_number(l1)}", "setup", name="l1"))
    params = [(nm.W(k), k, "w") for k in range(1, L + 1)]
    if use_bias:
        params = [p for k in range(1, L + 1) for p in ((nm.W(k), k, "w"), (nm.b(k), k, "b"))]
    spans = _flat_spans(sizes)

    def state_of(d: dict, key: str, k: int, part: str) -> np.ndarray | None:
        flat = d.get(key)
        if flat is None:
            return None
        w0, b0, b1 = spans[k - 1]
        if part == "w":
            return np.asarray(flat[w0:b0]).reshape(sizes[k - 1], sizes[k])
        return np.asarray(flat[b0:b1])

    if opt == "momentum":
        mu = float(after.get("momentum", ctx.momentum))
        add(CodeLine(f"mu = {_number(mu)}", "setup", name="mu", note="momentum"))
        for p, k, part in params:
            v = state_of(before, "velocity", k, part)
            if v is None:
                add(CodeLine(f"v{p} = np.zeros_like({p})", "setup", name=f"v{p}", note="no velocity yet"))
            else:
                add(CodeLine(f"v{p} = {lit(v)}", "setup", name=f"v{p}", shown=f"v{p} = np.array(…)",
                             note=f"{preview(v)} velocity from the steps before"))
    elif opt == "adam":
        b1_, b2_, eps = (float(after.get(k, d)) for k, d in (("beta1", 0.9), ("beta2", 0.999), ("eps", 1e-8)))
        add(CodeLine(f"beta1, beta2, eps = {_number(b1_)}, {_number(b2_)}, {_number(eps)}", "setup",
                     name="beta1"))
        add(CodeLine(f"t = {int(before.get('t', 0) or 0)}", "setup", name="t", note="Adam's steps before this one"))
        for p, k, part in params:
            for key, prefix in (("m", "m"), ("v", "v")):
                s = state_of(before, key, k, part)
                if s is None:
                    add(CodeLine(f"{prefix}{p} = np.zeros_like({p})", "setup", name=f"{prefix}{p}"))
                else:
                    add(CodeLine(f"{prefix}{p} = {lit(s)}", "setup", name=f"{prefix}{p}",
                                 shown=f"{prefix}{p} = np.array(…)", note=preview(s)))

    # --- forward ----------------------------------------------------------------------------
    for k in range(1, L + 1):
        bias = f" + {nm.b(k)}" if use_bias else ""
        add(CodeLine(f"{nm.z(k)} = {nm.a(k - 1)} @ {nm.W(k)}{bias}", "forward", k, nm.z(k), preview(tr.zs[k - 1])))
        act_expr = _act_call(acts[k - 1], nm.z(k))
        add(CodeLine(f"{nm.a(k)} = {act_expr}", "forward", k, nm.a(k), preview(tr.activations[k])))

    # --- loss -------------------------------------------------------------------------------
    a_out, z_out = nm.a(L), nm.z(L)
    reduce = " / n" if mean and n > 1 else ""
    if loss == "mse":
        code = f"loss = 0.5 * np.sum(({a_out} - y) ** 2){reduce}"
    elif loss == "bce" and out_act == "sigmoid":
        code = f"loss = np.sum(np.logaddexp(0, {z_out}) - y * {z_out}){reduce}"
    elif loss == "bce":
        code = (f"loss = -np.sum(y * np.log(np.clip({a_out}, {EPS!r}, 1 - {EPS!r})) + (1 - y) * "
                f"np.log(1 - np.clip({a_out}, {EPS!r}, 1 - {EPS!r}))){reduce}")
    elif loss == "cce" and out_act == "softmax":
        code = (f"loss = -np.sum(y * ({z_out} - {z_out}.max(axis=1, keepdims=True) - np.log(np.exp({z_out} - "
                f"{z_out}.max(axis=1, keepdims=True)).sum(axis=1, keepdims=True)))){reduce}")
    else:
        code = f"loss = -np.sum(y * np.log(np.clip({a_out}, {EPS!r}, None))){reduce}"
    why = {"mse": "½·Σ(a − y)²", "bce": "−Σ[y·log a + (1 − y)·log(1 − a)]", "cce": "−Σ y·log a"}.get(loss, "")
    if loss == "bce" and out_act == "sigmoid":
        why += ", from z so that log never sees 0"
    elif loss == "cce" and out_act == "softmax":
        why += ", log-softmax from z"
    total_loss = float(record.loss)
    if l2 or l1:
        add(CodeLine(code, "loss", name="loss", note=why))
        penalty = []
        if l2:
            penalty.append("0.5 * l2 * (" + " + ".join(f"np.sum({nm.W(k)} ** 2)" for k in range(1, L + 1)) + ")")
        if l1:
            penalty.append("l1 * (" + " + ".join(f"np.sum(np.abs({nm.W(k)}))" for k in range(1, L + 1)) + ")")
        add(CodeLine("loss += " + " + ".join(penalty), "loss", name="loss",
                     note=f"{preview(total_loss)} with the penalty (biases are not penalised)"))
    else:
        add(CodeLine(code, "loss", name="loss", note=f"{preview(total_loss)} = {why}"))

    # --- backward ---------------------------------------------------------------------------
    for k in range(L, 0, -1):
        act, a, z, d = acts[k - 1], nm.a(k), nm.z(k), nm.delta(k)
        delta_value = preview(grads.deltas[k - 1])
        if k == L:
            fused = (loss, act) in (("bce", "sigmoid"), ("cce", "softmax"))
            if fused:
                add(CodeLine(f"{d} = {a} - y", "backward", k, d, f"{delta_value} dL/dz: fused {act} + {loss}"))
            elif loss == "mse":
                add(CodeLine(f"{d} = {_times_derivative(act, f'({a} - y)', a, z)}", "backward", k, d,
                             f"{delta_value} dL/dz"))
            else:
                if loss == "bce":
                    add(CodeLine(f"ac = np.clip({a}, {EPS!r}, 1 - {EPS!r})", "backward", k, "ac"))
                    g = "(ac - y) / (ac * (1 - ac))"
                else:
                    g = f"(-y / np.clip({a}, {EPS!r}, None))"
                add(CodeLine(f"g = {g}", "backward", k, "g", "dL/da"))
                add(CodeLine(f"{d} = {_times_derivative(act, 'g', a, z)}", "backward", k, d, f"{delta_value} dL/dz"))
        else:
            back = f"({nm.delta(k + 1)} @ {nm.W(k + 1)}.T)"
            add(CodeLine(f"{d} = {_times_derivative(act, back, a, z)}", "backward", k, d, delta_value))
        extra = (f" + l2 * {nm.W(k)}" if l2 else "") + (f" + l1 * np.sign({nm.W(k)})" if l1 else "")
        add(CodeLine(f"d{nm.W(k)} = {nm.a(k - 1)}.T @ {d}{per_n}{extra}", "backward", k, f"d{nm.W(k)}",
                     preview(grads.weights[k - 1])))
        if use_bias:
            add(CodeLine(f"d{nm.b(k)} = {d}.sum(axis=0){per_n}", "backward", k, f"d{nm.b(k)}",
                         preview(grads.biases[k - 1])))

    # --- update -----------------------------------------------------------------------------
    new = {}
    for k in range(1, L + 1):
        new[nm.W(k)] = record.weights_before[k - 1] + record.weight_updates[k - 1]
        if use_bias:
            new[nm.b(k)] = record.biases_before[k - 1] + record.bias_updates[k - 1]
    if opt == "momentum":
        for p, k, part in params:
            v = state_of(after, "velocity", k, part)
            add(CodeLine(f"v{p} = mu * v{p} - lr * d{p}", "update", name=f"v{p}",
                         note=preview(v) if v is not None else ""))
            add(CodeLine(f"{p} += v{p}", "update", name=p, note=preview(new[p])))
    elif opt == "adam":
        add(CodeLine("t += 1", "update", name="t", note=str(int(after.get("t", 0) or 0))))
        for p, k, part in params:
            m_after, v_after = state_of(after, "m", k, part), state_of(after, "v", k, part)
            add(CodeLine(f"m{p} = beta1 * m{p} + (1 - beta1) * d{p}", "update", name=f"m{p}",
                         note=preview(m_after) if m_after is not None else ""))
            add(CodeLine(f"v{p} = beta2 * v{p} + (1 - beta2) * d{p} * d{p}", "update", name=f"v{p}",
                         note=preview(v_after) if v_after is not None else ""))
            add(CodeLine(f"{p} -= lr * (m{p} / (1 - beta1 ** t)) / (np.sqrt(v{p} / (1 - beta2 ** t)) + eps)",
                         "update", name=p, note=preview(new[p])))
    else:
        for p, k, part in params:
            add(CodeLine(f"{p} -= lr * d{p}", "update", name=p, note=preview(new[p])))

    results = [name for k in range(1, L + 1) for name in (nm.z(k), nm.a(k))] + ["loss"]
    results += [nm.delta(k) for k in range(L, 0, -1)]
    results += [f"d{p}" for p, _, _ in params] + [p for p, _, _ in params]
    return StepCode(heading, lines, results)


def _short_rows(rows) -> str:
    rows = [int(r) for r in rows]
    if len(rows) <= 6:
        return repr(rows)
    return "[" + ", ".join(str(r) for r in rows[:5]) + f", …]  ({len(rows)} rows)"


def step_script(record, ctx, l1: float = 0.0) -> str:
    """A self-contained Python script (NumPy only) that reruns ``record`` from its weights and
    rows and prints every result; ``python step.py out.npz`` also saves them to out.npz."""
    code = step_code(record, ctx, l1, literals=True)
    out = [f"# {h}" for h in code.heading]
    out += ["# Written by nnviz: NumPy only, every number as the step had it (floats written",
            "# with repr, so they read back bitwise equal).", "import sys", "", "import numpy as np", ""]
    current = None
    titles = {"setup": "The step's rows, parameters and settings", "forward": "Forward pass",
              "loss": "Loss of the step (before the update)", "backward": "Backward pass: deltas and gradients",
              "update": "Update"}
    for line in code.lines:
        if line.phase != current:
            current = line.phase
            out += ["", f"# --- {titles[current]}"]
        out.append(f"{line.code}  # {line.note}" if line.note else line.code)
    out += ["", "# --- Results", "np.set_printoptions(precision=6, suppress=True)",
            f"results = {{{', '.join(f'{r!r}: {r}' for r in code.results)}}}",
            "for name, value in results.items():",
            "    print(name, '=', value)",
            "if len(sys.argv) > 1:",
            "    np.savez(sys.argv[1], **results)", ""]
    return "\n".join(out)


__all__ = ["CodeLine", "PHASES", "StepCode", "literal", "preview", "step_code", "step_script"]
