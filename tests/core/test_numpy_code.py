"""The NumPy lines behind a step: the copied script reruns the step and its numbers are the
engine's (to 1e-12) for each activation, loss, optimizer and kind of step; the lines follow the
configuration; nothing from a file reaches the code unescaped."""
from __future__ import annotations

import ast
import subprocess
import sys

import numpy as np
import pytest

from nnviz.core.app.numpy_code import literal, preview, step_code, step_script
from nnviz.core.data.problem import Problem
from nnviz.core.engine.explain import StepContext
from nnviz.core.engine.network import Network
from nnviz.core.engine.training import TrainConfig, Trainer


def problem(task: str, n: int, k: int = 1, seed: int = 0, names=("a", "b")) -> Problem:
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (n, 2))
    if task == "multiclass":
        Y = np.eye(k)[rng.integers(0, k, n)]
        return Problem("t", task, X, Y, list(names), "c", [f"c{i}" for i in range(k)])
    if task == "binary":
        return Problem("t", task, X, (X[:, 0] > 0).astype(float), list(names), "c", ["no", "yes"])
    return Problem("t", task, X, 0.5 * X[:, 0] - X[:, 1], list(names), "v")


# hidden activations (empty: no hidden layer), output, loss, optimizer, how the step is taken,
# rows, extra config, bias. Every activation, loss, optimizer and kind of step at least once,
# fused and unfused losses, L1/L2, the sum reduction, no bias, one layer and two hidden layers.
CASES = [
    (("sigmoid",), "sigmoid", "mse", "sgd", "sample", 6, {}, True),
    (("tanh",), "sigmoid", "bce", "momentum", "batch", 12, {"batch_size": 4}, True),
    (("relu",), "softmax", "cce", "adam", "epoch", 7, {}, True),
    (("sigmoid",), "linear", "mse", "adam", "sample", 5, {"l2": 0.01}, True),
    (("tanh",), "softmax", "mse", "momentum", "epoch", 6, {}, True),               # softmax, not fused
    (("relu",), "sigmoid", "bce", "sgd", "epoch", 20, {"l2": 0.01, "l1": 0.003}, True),
    (("sigmoid",), "tanh", "mse", "sgd", "batch", 9, {"batch_size": 3, "reduction": "sum"}, True),
    (("tanh",), "sigmoid", "mse", "momentum", "step_epoch", 10, {"batch_size": 4}, False),
    (("sigmoid",), "softmax", "cce", "sgd", "sample", 6, {}, False),
    (("tanh",), "sigmoid", "bce", "adam", "step_epoch", 9, {"batch_size": 0, "l1": 0.01}, True),
    (("sigmoid",), "softmax", "cce", "momentum", "step_epoch", 7, {"batch_size": 1}, True),
    ((), "sigmoid", "mse", "sgd", "epoch", 4, {"reduction": "sum"}, True),          # the OR tutorial
    ((), "sigmoid", "bce", "adam", "sample", 5, {}, False),
    (("relu", "tanh"), "relu", "mse", "adam", "batch", 8, {"batch_size": 3}, True),
    (("tanh", "relu"), "tanh", "bce", "sgd", "epoch", 6, {}, True),                   # bce, not fused
    (("relu",), "sigmoid", "cce", "momentum", "sample", 5, {}, True),                 # cce, not fused
]


def make_trainer(hidden, output, loss, optimizer, n, extra, bias, names=("a", "b")):
    task = "multiclass" if output == "softmax" else ("binary" if loss in ("bce", "cce") else "regression")
    k = 3 if task == "multiclass" else 1
    p = problem(task, n, k, names=names)
    net = Network([2, *([3] * len(hidden)), k], [*hidden, output], use_bias=bias, seed=2, init="normal")
    cfg = TrainConfig(loss=loss, optimizer=optimizer, lr=0.1, shuffle=True, **extra)
    return Trainer(net, p, cfg)


def take(trainer, how):
    if how == "sample":
        return trainer.step_sample()
    if how in ("batch", "epoch"):
        return trainer.step_batch()
    trainer.step_epoch()
    return trainer.last_step


def stepped(case, names=("a", "b")):
    """(record, context, l1) of a step taken after two others (so momentum and Adam have a
    state to start from)."""
    hidden, output, loss, optimizer, how, n, extra, bias = case
    trainer = make_trainer(hidden, output, loss, optimizer, n, extra, bias, names)
    for _ in range(2):
        take(trainer, how)
    record = take(trainer, how)
    action = {"step_epoch": "epoch"}.get(how, how)
    return record, StepContext.from_trainer(trainer, action), trainer.config.l1


def expected(record, depth: int, use_bias: bool) -> dict[str, np.ndarray]:
    """The record's numbers under the script's names."""
    single = depth == 1
    num = (lambda base, k: base if single else f"{base}{k}")
    out = {"loss": np.array(record.loss)}
    for k in range(1, depth + 1):
        out[num("z", k + 1)] = record.trace.zs[k - 1]
        out[num("a", k + 1)] = record.trace.activations[k]
        out[num("delta", k + 1)] = record.grads.deltas[k - 1]
        out["d" + num("W", k)] = record.grads.weights[k - 1]
        out[num("W", k)] = record.weights_before[k - 1] + record.weight_updates[k - 1]
        if use_bias:
            out["d" + num("b", k)] = record.grads.biases[k - 1]
            out[num("b", k)] = record.biases_before[k - 1] + record.bias_updates[k - 1]
    return out


def run_script(script: str, tmp_path) -> dict[str, np.ndarray]:
    path = tmp_path / "step.py"
    path.write_text(script, encoding="utf-8")
    out = tmp_path / "out.npz"
    # -I: isolated, so the script cannot import nnviz from the working tree or PYTHONPATH.
    r = subprocess.run([sys.executable, "-I", str(path), str(out)], cwd=tmp_path, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "loss =" in r.stdout
    with np.load(out, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


@pytest.mark.parametrize("case", CASES, ids=["-".join([*c[0], *map(str, c[1:5])]) + ("" if c[7] else "-nobias")
                                             for c in CASES])
def test_the_copied_script_reproduces_the_step(case, tmp_path):
    record, ctx, l1 = stepped(case)
    depth = len(case[0]) + 1
    script = step_script(record, ctx, l1)
    got = run_script(script, tmp_path)
    want = expected(record, depth, case[7])
    assert set(want) <= set(got), set(want) - set(got)
    for name, value in want.items():
        np.testing.assert_allclose(got[name], value, rtol=1e-12, atol=1e-12, err_msg=name)
    # Nothing but NumPy (and sys for the output file) is imported.
    tree = ast.parse(script)
    imported = {a.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for a in node.names}
    assert imported == {"sys", "numpy"}


def test_the_check_can_fail(tmp_path):
    """A script of the wrong step (another learning rate) is caught by the comparison."""
    case = CASES[0]
    record, ctx, l1 = stepped(case)
    script = step_script(record, ctx, l1).replace("\nlr = 0.1\n", "\nlr = 0.2\n")
    got = run_script(script, tmp_path)
    want = expected(record, 2, True)
    with pytest.raises(AssertionError):
        np.testing.assert_allclose(got["W1"], want["W1"], rtol=1e-12, atol=1e-12)


def test_lines_follow_the_configuration():
    # sigmoid + bce: the fused delta; tanh hidden: 1 - a²; a mini-batch averages.
    record, ctx, _ = stepped(CASES[1])
    code = [l.code for l in step_code(record, ctx).lines]
    assert "z2 = X @ W1 + b1" in code
    assert "a2 = np.tanh(z2)" in code
    assert "a3 = sigmoid(z3)" in code
    assert "delta3 = a3 - y" in code
    assert "delta2 = (delta3 @ W2.T) * (1 - a2 ** 2)" in code
    assert "dW1 = X.T @ delta2 / n" in code
    assert "vW1 = mu * vW1 - lr * dW1" in code
    # The OR tutorial: one layer, the summed loss, plain names; mse + sigmoid.
    record, ctx, _ = stepped(CASES[11])
    code = [l.code for l in step_code(record, ctx).lines]
    assert "z = X @ W + b" in code and "a = sigmoid(z)" in code
    assert "delta = (a - y) * a * (1 - a)" in code
    assert "dW = X.T @ delta" in code and "W -= lr * dW" in code
    assert "loss = 0.5 * np.sum((a - y) ** 2)" in code
    # No bias: no b anywhere; L1 and L2 in the gradient and the loss.
    record, ctx, l1 = stepped(CASES[7])
    assert not any("b1" in l.code for l in step_code(record, ctx).lines)
    record, ctx, l1 = stepped(CASES[5])
    code = [l.code for l in step_code(record, ctx, l1).lines]
    assert "dW1 = X.T @ delta2 / n + l2 * W1 + l1 * np.sign(W1)" in code
    assert any(c.startswith("loss += 0.5 * l2 * (") and "l1 * (" in c for c in code)


def test_each_line_has_a_phase_and_the_layers_are_the_diagrams():
    record, ctx, _ = stepped(CASES[13])       # three layers
    code = step_code(record, ctx)
    first = [code.lines[i].code for i in code.phase_lines("forward", 1)]
    assert first == ["z2 = X @ W1 + b1", "a2 = np.maximum(z2, 0.0)"]
    back3 = [code.lines[i].code for i in code.phase_lines("backward", 3)]
    assert back3[0].startswith("delta4 = ") and "dW3 = a3.T @ delta4 / n" in back3
    assert [code.lines[i].name for i in code.phase_lines("loss")] == ["loss"]
    assert len(code.phase_lines("update")) == 3 * 6 + 1      # t, then m, v and the step of each of 6
    assert code.phase_lines(None) == [] and code.phase_lines("") == []
    # The notes are the record's numbers.
    z2 = next(l for l in code.lines if l.name == "z2")
    assert z2.note == preview(record.trace.zs[0]) and z2.note.startswith("(2, 3) [[")


def test_numbers_read_back_bitwise():
    values = np.array([[0.1, -0.0, 1 / 3, 1e-300, 5e-324, 1.7976931348623157e308, np.nan, np.inf, -np.inf]])
    back = eval(literal(values), {"np": np})     # our own literal, numbers only
    assert back.shape == values.shape
    assert np.array_equal(back.view(np.int64)[~np.isnan(values)], values.view(np.int64)[~np.isnan(values)])
    assert np.isnan(back[0, 6])
    assert literal(np.float64(0.1)) == "0.1"
    assert preview(np.arange(10.0).reshape(2, 5)) == "(2, 5) [[0 1 2 3 …] …]"
    assert preview(np.array([0.5, 0.25])) == "(2,) [0.5 0.25]"


HOSTILE = ("a'\nimport os; os.system('echo owned')  #", 'b"""\r\\\u2028x')


def test_column_names_from_a_file_are_escaped(tmp_path):
    record, ctx, l1 = stepped(CASES[0], names=HOSTILE)
    assert ctx.input_names == HOSTILE
    script = step_script(record, ctx, l1)
    tree = ast.parse(script)
    # The names appear only inside the one string list, read back exactly.
    columns = next(n for n in ast.walk(tree) if isinstance(n, ast.Assign) and n.targets[0].id == "columns")
    assert ast.literal_eval(columns.value) == list(HOSTILE)
    assert "owned" not in run_script_stdout(script, tmp_path)
    assert not any(isinstance(n, ast.Attribute) and n.attr == "system" for n in ast.walk(tree))


def run_script_stdout(script: str, tmp_path) -> str:
    path = tmp_path / "hostile.py"
    path.write_text(script, encoding="utf-8")
    r = subprocess.run([sys.executable, "-I", str(path)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_the_view_gets_no_data_literals_the_script_does():
    """The view's lines stay short whatever the batch (a full batch of a big table would be
    megabytes of text at every frame); the script has every number."""
    record, ctx, l1 = stepped(CASES[5])          # 20 rows in one batch
    x_line = next(l for l in step_code(record, ctx, l1).lines if l.name == "X")
    assert x_line.code == "X = np.array(…)"
    script = step_script(record, ctx, l1)
    x_full = next(line for line in script.splitlines() if line.startswith("X = "))
    assert x_full.count(",") >= 2 * 20 - 1 and "…" not in x_full.split("#")[0]
