"""The step explainer shows every number of a step as the engine recorded it.

Each test reads the text the panel shows, parses the numbers out of it and compares them with
the trainer's StepRecord (or with a hand computation), to the shown precision (4 significant
digits). The roles of the explanation's lines only say which quantity a shown line is.
"""
from __future__ import annotations

import math
import re

import numpy as np
import pytest

from nnviz.core.engine.explain import StepContext
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.engine.network import Network
from nnviz.core.data.problem import Problem
from nnviz.core.engine.training import TrainConfig, Trainer
from nnviz.ui.explainer import ExplainerPanel

NUMBER = re.compile(r"-?inf|nan|-?\d+(?:\.\d+)?(?:e-?\d+)?")


def numbers(text: str) -> list[float]:
    return [float(m) for m in NUMBER.findall(text)]


def result(text: str) -> float:
    """The number after the last '=' of a shown line (the line's result)."""
    tail = text.rsplit("=", 1)[1]
    return numbers(tail)[0]


def close(shown: float, expected: float, digits: int = 4) -> bool:
    """Equal to ``digits`` significant digits (the shown precision)."""
    return math.isclose(shown, expected, rel_tol=0.5 * 10 ** (1 - digits) + 1e-12, abs_tol=1e-300)


def shown_lines(panel: ExplainerPanel) -> list[tuple[str, object]]:
    """(shown text, line) pairs: the panel's lines in order, with what each one is."""
    texts = [t for t in panel.shown_text().splitlines() if t.strip()]
    lines = panel.explanation().lines
    assert len(texts) == len(lines)
    return list(zip(texts, lines))


@pytest.fixture
def panel(qtbot):
    p = ExplainerPanel()
    qtbot.addWidget(p)
    p.resize(900, 700)
    return p


def show(panel, qtbot, record, ctx, layer, index):
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_step(record, ctx)
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_neuron(layer, index)


# --------------------------------------------------------------------------------------------
def problem(task: str, n: int, k: int = 1, seed: int = 0) -> Problem:
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, (n, 2))
    if task == "multiclass":
        Y = np.eye(k)[rng.integers(0, k, n)]
        return Problem("t", task, X, Y, ["a", "b"], "c", [f"c{i}" for i in range(k)])
    if task == "binary":
        return Problem("t", task, X, (X[:, 0] > 0).astype(float), ["a", "b"], "c", ["no", "yes"])
    return Problem("t", task, X, 0.5 * X[:, 0] - X[:, 1], ["a", "b"], "v")


CASES = [
    # hidden, output, loss, optimizer, how the step is taken, rows, extra config
    ("sigmoid", "sigmoid", "mse", "sgd", "sample", 6, {}),
    ("tanh", "sigmoid", "bce", "momentum", "batch", 12, {"batch_size": 4}),
    ("relu", "softmax", "cce", "adam", "epoch", 7, {}),
    ("sigmoid", "linear", "mse", "adam", "sample", 5, {}),
    ("tanh", "softmax", "mse", "momentum", "epoch", 6, {}),                 # softmax not fused
    ("relu", "sigmoid", "bce", "sgd", "epoch", 20, {"l2": 0.01}),            # > 8 samples
    ("sigmoid", "tanh", "mse", "sgd", "batch", 9, {"batch_size": 3, "reduction": "sum", "l2": 0.02}),
    ("tanh", "sigmoid", "mse", "momentum", "step_epoch", 10, {"batch_size": 4}),
    ("sigmoid", "softmax", "cce", "sgd", "sample", 6, {}),
    ("tanh", "sigmoid", "bce", "adam", "step_epoch", 9, {"batch_size": 0}),   # > 8 in one batch
    ("sigmoid", "softmax", "cce", "momentum", "step_epoch", 7, {"batch_size": 1}),  # Iris: fast loop, last recorded
    ("sigmoid", "sigmoid", "mse", "sgd", "epoch", 4, {"reduction": "sum"}),   # the OR tutorial's summed error
]


def make_trainer(hidden, output, loss, optimizer, n, extra):
    task = "multiclass" if output == "softmax" else ("binary" if loss == "bce" else "regression")
    k = 3 if task == "multiclass" else 1
    p = problem(task, n, k)
    net = Network([2, 3, k], [hidden, output], seed=2, init="normal")
    cfg = TrainConfig(loss=loss, optimizer=optimizer, lr=0.1, shuffle=True, **extra)
    return Trainer(net, p, cfg)


def take(trainer, how):
    if how == "sample":
        return trainer.step_sample()
    if how in ("batch", "epoch"):
        return trainer.step_batch()
    trainer.step_epoch()
    return trainer.last_step


def expected_loss(out_act, loss, a, y):
    if loss == "mse":
        return 0.5 * float(((a - y) ** 2).sum())
    if loss == "bce":
        return -float((y * np.log(a) + (1 - y) * np.log(1 - a)).sum())
    return -float((y * np.log(a)).sum())


def check_gradient_arithmetic(text: str, n: int, _, extra) -> None:
    """The shown terms of a batch gradient add up (or average) to the shown result: the text
    says sum or mean and does that arithmetic, with the numbers it shows."""
    if not 1 < n <= 8 or extra.get("l2"):
        return
    middle = text.split(" = ")[-2]
    mean = middle.startswith(f"(1/{n})·")
    if mean:
        middle = middle[len(f"(1/{n})·"):]
    assert mean == (extra.get("reduction", "mean") == "mean"), text
    terms = [t.strip().strip("()") for t in middle.strip("()").split(" + ")]
    products = [float(np.prod(numbers(t))) for t in terms]
    total, size = sum(products), sum(abs(p) for p in products)
    if mean:
        total, size = total / n, size / n
    # each shown factor is rounded to 4 digits: a product is good to about 1e-3 of its size
    assert math.isclose(total, result(text), abs_tol=1e-3 * size + 1e-12), text


@pytest.mark.parametrize("case", CASES, ids=["-".join(map(str, c[:5])) for c in CASES])
def test_every_shown_number_is_the_records(panel, qtbot, case):
    hidden, output, loss, optimizer, how, n, extra = case
    trainer = make_trainer(hidden, output, loss, optimizer, n, extra)
    take(trainer, how)              # a first step, so momentum and Adam start from a real state
    record = take(trainer, how)
    action = "epoch" if how == "step_epoch" else how
    ctx = StepContext.from_trainer(trainer, action)
    net = trainer.network
    sizes = net.sizes
    after = record.optimizer_after
    state = {key: net.unflatten(after[key]) for key in ("velocity", "m", "v") if after.get(key) is not None}
    roles_seen = set()
    for layer in range(1, len(sizes)):
        for j in range(sizes[layer]):
            show(panel, qtbot, record, ctx, layer, j)
            # The toolbar's language: epochs finished, "+k" samples into the next.
            done = record.epoch - (1 if trainer.cursor else 0)
            moment = f"epoch {done:,}" + (f" +{trainer.cursor}" if trainer.cursor else "")
            assert f"the step that made {moment}:" in panel.heading.full_text()
            l = layer - 1
            for text, line in shown_lines(panel):
                role, s, i = line.role, line.sample, line.weight
                roles_seen.add(role)
                if role in ("title", "note"):
                    continue
                got = result(text)
                if role == "z":
                    want = record.trace.zs[l][s, j]
                    # the terms: w·x pairs then the bias, as recorded before the update
                    terms = numbers(text.split("=")[2])
                    w, x = record.weights_before[l][:, j], record.trace.activations[l][s]
                    pairs = [v for q in range(len(w)) for v in (w[q], x[q])] + [record.biases_before[l][j]]
                    assert len(terms) == len(pairs) and all(close(a, b) for a, b in zip(terms, pairs)), text
                elif role == "a":
                    want = record.trace.activations[layer][s, j]
                elif role == "loss_sample":
                    want = expected_loss(output, loss, record.trace.output[s], record.targets[s])
                elif role == "loss":
                    want = record.loss
                elif role == "delta":
                    want = record.grads.deltas[l][s, j]
                elif role == "grad_w":
                    want = record.grads.weights[l][i, j]
                    check_gradient_arithmetic(text, len(record.rows), "b", extra)
                elif role == "grad_b":
                    want = record.grads.biases[l][j]
                    check_gradient_arithmetic(text, len(record.rows), "b", extra)
                elif role == "new_w":
                    want = record.weights_before[l][i, j] + record.weight_updates[l][i, j]
                    assert close(got, net.weights[l][i, j]), text     # what the network now has
                elif role == "new_b":
                    want = record.biases_before[l][j] + record.bias_updates[l][j]
                    assert close(got, net.biases[l][j]), text
                elif role in ("velocity", "m", "v", "m_hat", "v_hat"):
                    key = {"m_hat": "m", "v_hat": "v"}.get(role, role)
                    ws, bs = state[key]
                    want = ws[l][i, j] if i >= 0 else bs[l][j]
                    if role != key:
                        beta = after["beta1"] if key == "m" else after["beta2"]
                        want = want / (1 - beta ** after["t"])
                elif role == "adam_t":
                    want = after["t"]
                else:
                    pytest.fail(f"unexpected role {role}: {text}")
                assert close(got, float(want)), f"{role}: shown {text!r}, recorded {want}"
    must = {"z", "a", "loss", "delta", "grad_w", "grad_b", "new_w", "new_b"}
    must |= {"loss_sample"}
    must |= {"momentum": {"velocity"}, "adam": {"m", "v", "m_hat", "v_hat", "adam_t"}}.get(optimizer, set())
    assert must <= roles_seen
    n_rows = len(record.rows)
    text = panel.shown_text()
    if n_rows > 8:
        assert f"{n_rows} samples" in text
    if action == "epoch" and record.kind != "epoch":
        assert "only its last step is recorded" in text
    word = "Σ" if extra.get("reduction") == "sum" else f"(1/{n_rows})"
    if 1 < n_rows <= 8:
        assert word in text


def test_or_lesson_first_step_sample_by_hand(panel, qtbot):
    """w = [0.1, 0.2], b = 0.3, lr 0.05; the first Step sample trains row (0,0), target 0."""
    trainer = get_lesson("or-gate").trainer()
    record = trainer.step_sample()
    show(panel, qtbot, record, StepContext.from_trainer(trainer, "sample"), 1, 0)
    z = 0.1 * 0 + 0.2 * 0 + 0.3
    a = 1 / (1 + math.exp(-z))
    loss = 0.5 * (a - 0) ** 2
    delta = (a - 0) * a * (1 - a)
    g_w1, g_w2, g_b = delta * 0, delta * 0, delta
    new = [0.1 - 0.05 * g_w1, 0.2 - 0.05 * g_w2, 0.3 - 0.05 * g_b]
    by_role = {}
    for text, line in shown_lines(panel):
        if line.role not in ("title", "note"):
            by_role.setdefault(line.role, []).append(result(text))
    assert "sample 0" in panel.heading.full_text()
    assert by_role["z"] == [0.3]
    assert close(by_role["a"][0], a) and close(by_role["loss_sample"][0], loss)
    assert close(by_role["delta"][0], delta)
    assert by_role["grad_w"] == [0.0, 0.0] and close(by_role["grad_b"][0], g_b)
    assert close(by_role["new_w"][0], new[0]) and close(by_role["new_w"][1], new[1])
    assert close(by_role["new_b"][0], new[2]) and panel.shown_text().count("0.293") >= 1
    assert "z = w₁·x₁ + w₂·x₂ + b = 0.1·0 + 0.2·0 + 0.3 = 0.3" in panel.shown_text()


def test_house_first_forward_pass_every_row(panel, qtbot):
    trainer = get_lesson("house").trainer()
    record = trainer.step_batch()
    show(panel, qtbot, record, StepContext.from_trainer(trainer, "epoch"), 2, 0)
    with qtbot.waitSignal(panel.explanationChanged):
        panel.rows_button.click()
    shown = [t for t in panel.shown_text().splitlines() if t.strip()]
    outputs = [numbers(t.split("=")[-1])[0] for t in shown if t.startswith("ŷ")]
    assert outputs == [0.73295053, 0.70554727, 0.74962023]
    # z2 for row 0 by hand: every weight 0.5, x = (2/3, 7/9)
    z2 = [t for t in shown if t.startswith("z2")][0]
    assert numbers(z2.split("=")[-1]) == [round(0.5 * (2 / 3 + 7 / 9), 8)] * 3
    assert any(t.startswith("a2 = σ(z2)") for t in shown) and any(t.startswith("z3 = a2·W2") for t in shown)
    # The 2×3 W1 as the tutorial prints it: two rows (one per input) of three columns, not
    # one flat list of six; then W2 as a column of three.
    at = shown.index("W1 (2×3) =")
    assert [numbers(t) for t in shown[at + 1: at + 3]] == [[0.5, 0.5, 0.5]] * 2
    assert shown[at + 3] == "W2 (3×1) =" and [numbers(t) for t in shown[at + 4: at + 7]] == [[0.5]] * 3
    assert not any("[0.5, 0.5, 0.5, 0.5" in t for t in shown)


def test_copy_puts_the_plain_text_on_the_clipboard(panel, qtbot):
    from PySide6.QtGui import QGuiApplication

    trainer = get_lesson("or-gate").trainer()
    show(panel, qtbot, trainer.step_sample(), StepContext.from_trainer(trainer, "sample"), 1, 0)
    panel.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith(panel.heading.full_text()) and "b ← b − lr·∂L/∂b = 0.3 − 0.05·0.1404 = 0.293" in text


def test_text_scale_scales_every_text(panel, qtbot):
    trainer = get_lesson("or-gate").trainer()
    show(panel, qtbot, trainer.step_sample(), StepContext.from_trainer(trainer, "sample"), 1, 0)
    before = (panel.text_view.font().pointSizeF(), panel.heading.font().pointSizeF(), panel.copy_button.font().pointSizeF())
    panel.set_text_scale(2.0)
    after = (panel.text_view.font().pointSizeF(), panel.heading.font().pointSizeF(), panel.copy_button.font().pointSizeF())
    assert all(math.isclose(b * 2, a) for a, b in zip(after, before))
    assert before[0] >= 13   # the equations at least 13 pt before any zoom


def test_messages_without_a_step_and_for_an_input(panel, qtbot):
    assert "Take a step" in panel.shown_text() and panel.explanation() is None
    trainer = get_lesson("or-gate").trainer()
    show(panel, qtbot, trainer.step_sample(), StepContext.from_trainer(trainer, "sample"), 0, 1)
    assert "x₂ = 0" in panel.shown_text()
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_neuron(5, 0)            # a neuron the network does not have: one line, no traceback
    assert "Nothing to explain" in panel.shown_text()
    with qtbot.waitSignal(panel.explanationChanged):
        panel.clear()
    assert "Take a step" in panel.shown_text()


def test_the_lesson_notes_come_after_a_steps_numbers_and_before_the_hint(panel, qtbot):
    """At presentation size the notes above the step pushed the forward pass half a screen down."""
    panel.set_notes(["Tutorial 4: a perceptron, lr 0.05."])
    text = panel.shown_text()
    assert text.index("About this lesson") < text.index("Take a step")
    trainer = get_lesson("or-gate").trainer()
    show(panel, qtbot, trainer.step_sample(), StepContext.from_trainer(trainer, "sample"), 1, 0)
    text = panel.shown_text()
    assert text.index("Forward") < text.index("About this lesson") and "Tutorial 4" in text
