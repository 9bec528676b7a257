"""The graduate path: a trained nnviz network as a self-contained, readable PyTorch script.

:func:`pytorch_script` writes a ``.py`` that builds the same network as a
``torch.nn.Sequential``, loads the trained weights (written into the script when the network
is small, else from a ``.npz`` beside it), scales the inputs as nnviz did, and predicts:
``python OUT.py IN.csv`` prints the same table as ``nnviz predict`` (the table code is copied
from :mod:`nnviz.core.app.predict`, so the format is the same by construction), in float64.

nnviz never imports torch: only the written script does.
"""
from __future__ import annotations

import inspect
import os
import pprint
from pathlib import Path

import numpy as np

from ..tr import translate
from . import predict as _predict

INLINE_MAX_PARAMETERS = 600
TORCH_ACTIVATIONS = {
    "sigmoid": "nn.Sigmoid",
    "tanh": "nn.Tanh",
    "relu": "nn.ReLU",
    "linear": "nn.Identity",
    "softmax": "lambda: nn.Softmax(dim=1)",   # one probability per class, across each row
}


class ExportError(ValueError):
    """A network that cannot be exported; ``str()`` is one line."""


def _activation_name(act) -> str:
    return getattr(act, "name", type(act).__name__).lower()


def pytorch_script(session, out_path: str | os.PathLike, inline_max: int = INLINE_MAX_PARAMETERS) -> list[Path]:
    """Write the script for ``session``'s current network to ``out_path`` (and a ``.npz`` of
    the weights beside it when there are more than ``inline_max`` parameters). Returns the
    files written. Raises ExportError (one line)."""
    out_path = Path(out_path)
    net, problem, settings = session.trainer.network, session.problem, session.settings
    acts = [_activation_name(a) for a in net.activations]
    for a in acts:
        if a not in TORCH_ACTIVATIONS:
            raise ExportError(translate("Export", "the activation {0} has no PyTorch counterpart in this exporter").format(
                repr(a)))
    try:
        recipe = _predict.model_recipe(problem, settings.output_activation, _predict.missing_rule(session.source))
    except ValueError as e:
        raise ExportError(str(e)) from None
    if not np.isfinite(net.flat).all():
        raise ExportError(translate("Export", "the network's weights are not all finite (training diverged); go back "
                                              "to a state before it diverged, or reset, and export that"))
    weights = [np.asarray(w, dtype=float) for w in net.weights]
    biases = [np.asarray(b, dtype=float) for b in net.biases]
    inline = net.flat.size <= inline_max
    written = [out_path]
    if inline:
        weights_code = _inline_weights(weights, biases, net.use_bias)
    else:
        npz = out_path.with_suffix(".npz")
        arrays = {f"W{i}": w for i, w in enumerate(weights)}
        if net.use_bias:
            arrays.update({f"b{i}": b for i, b in enumerate(biases)})
        with open(npz, "wb") as fh:
            np.savez(fh, **arrays)
        written.append(npz)
        weights_code = (
            "# The trained weights are in WEIGHTS_FILE, next to this script: W0, W1, … (inputs × outputs,\n"
            "# as nnviz stores them) and b0, b1, … (one bias per neuron).\n"
            f"WEIGHTS_FILE = {npz.name!r}\n\n\n"
            "def load_weights():\n"
            "    with np.load(Path(__file__).with_name(WEIGHTS_FILE), allow_pickle=False) as f:\n"
            "        weights = [f[f\"W{i}\"] for i in range(len(LAYERS))]\n"
            "        biases = [f[f\"b{i}\"] for i in range(len(LAYERS))] if USE_BIAS else [None] * len(LAYERS)\n"
            "    return weights, biases\n"
        )
    layers = [(int(w.shape[0]), int(w.shape[1]), a) for w, a in zip(weights, acts)]
    lesson = session.lesson
    title = lesson.title if lesson is not None else session.description or problem.name
    shared = "\n\n".join(inspect.getsource(f).rstrip() for f in _predict.SHARED_FUNCTIONS)
    # Every text that came from a file (a lesson's title, a session's description, a file
    # name) goes in as a Python literal made by repr(), never into the docstring or a comment.
    text = TEMPLATE.format(
        title=repr(str(title)),
        describe=net.describe(),
        epoch=session.trainer.epoch,
        script=_plain_name(out_path.name),
        layers=pprint.pformat(layers, width=100),
        use_bias=bool(net.use_bias),
        recipe=pprint.pformat(recipe, width=100, sort_dicts=False),
        missing_tokens=repr(_predict.MISSING_TOKENS),
        weights=weights_code,
        activations="\n".join(f"    {k!r}: {v}," for k, v in TORCH_ACTIVATIONS.items() if k in acts),
        shared=shared,
    )
    compile(text, str(out_path), "exec")      # a bug here must never write a broken script
    out_path.write_text(text, encoding="utf-8")
    return written


def _plain_name(name: str) -> str:
    """The script's file name for its usage line, or a stand-in when it holds anything but
    letters, digits and ``._-`` (the name is the person's, but it lands inside a docstring)."""
    ok = name and all(c.isascii() and (c.isalnum() or c in "._-") for c in name) and len(name) <= 100
    return name if ok else "model.py"


def _inline_weights(weights, biases, use_bias: bool) -> str:
    lines = ["# The trained weights, one matrix per layer: row i holds input i's weights to each",
             "# neuron of the layer (inputs × outputs, as nnviz stores them; PyTorch's Linear",
             "# wants the transpose, which build_network takes).", "WEIGHTS = ["]
    for i, w in enumerate(weights, 1):
        lines.append(f"    [  # layer {i}: {w.shape[0]} inputs × {w.shape[1]} neurons")
        lines += [f"        [{', '.join(repr(float(v)) for v in row)}]," for row in w]
        lines.append("    ],")
    lines.append("]")
    if use_bias:
        lines.append("BIASES = [")
        lines += [f"    [{', '.join(repr(float(v)) for v in b)}],  # layer {i}" for i, b in enumerate(biases, 1)]
        lines.append("]")
    else:
        lines.append("BIASES = [None] * len(WEIGHTS)  # the network has no biases")
    lines += ["", "", "def load_weights():",
              "    return [np.array(w, dtype=np.float64) for w in WEIGHTS], "
              "[None if b is None else np.array(b, dtype=np.float64) for b in BIASES]"]
    return "\n".join(lines) + "\n"


TEMPLATE = '''#!/usr/bin/env python3
"""The {describe} network nnviz trained ({epoch} epochs), as PyTorch (its lesson: TITLE below).

    python {script} IN.csv > predictions.csv

builds the network as a torch.nn.Sequential, loads its trained weights, scales the inputs
exactly as nnviz did, and prints one row per input row: the model's input columns, the
prediction in original units and, for classes, one probability column per class: the same
table as `nnviz predict`. Rows it cannot predict are reported on stderr.
Needs Python 3, NumPy and PyTorch (the CPU build is enough). Written by nnviz.
"""
import csv
import math
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn

TITLE = {title}

# --- the network ------------------------------------------------------------------------
# (inputs, neurons, activation) per layer; every layer computes activation(x @ W + b).
LAYERS = {layers}
USE_BIAS = {use_bias}
ACTIVATIONS = {{
{activations}
}}

{weights}

def build_network():
    """The same network as a torch.nn.Sequential of Linear layers and activations, in float64."""
    weights, biases = load_weights()
    modules = []
    for (n_in, n_out, activation), W, b in zip(LAYERS, weights, biases):
        linear = nn.Linear(n_in, n_out, bias=USE_BIAS, dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(W.T.copy()))   # PyTorch stores (outputs, inputs)
            if USE_BIAS:
                linear.bias.copy_(torch.from_numpy(b))
        modules += [linear, ACTIVATIONS[activation]()]
    return nn.Sequential(*modules).eval()


# --- the data: input columns, gaps, scaling and how outputs read ---------------------------
# columns: the model's input columns (text columns are one-hot encoded with these categories);
# fill: what a gap becomes when missing = "mean" (the training mean, or most common text);
# with missing = "drop" a row with a gap gets no prediction. Inputs are scaled as
# (x - x_offset) / x_scale (then, with "features", the network's inputs are computed from
# the scaled x1, x2); a predicted number is y * y_scale + y_offset.
RECIPE = {recipe}
MISSING_TOKENS = {missing_tokens}


# --- the prediction table (the same code as nnviz predict) ----------------------------------
{shared}


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = [row for row in csv.reader(fh)]
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ValueError("the table is empty")
    return [cell.strip() for cell in rows[0]], rows[1:]


def main(argv):
    if len(argv) != 2:
        print(f"usage: python {{Path(argv[0]).name}} IN.csv", file=sys.stderr)
        return 2
    try:
        header, rows = read_csv(argv[1])
        X, kept, echo, reports = encode_table(header, rows, RECIPE)
    except (OSError, ValueError, UnicodeDecodeError) as e:
        print(f"{{Path(argv[1]).name}}: {{e}}", file=sys.stderr)
        return 2
    model = build_network()
    with torch.no_grad():
        outputs = model(torch.from_numpy(network_inputs(X, RECIPE))).numpy()
    out_header, out_rows = output_table(outputs, kept, echo, RECIPE)
    write_table(out_header, out_rows, sys.stdout)
    for line in reports:
        print(f"{{Path(argv[1]).name}} {{line}}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''
