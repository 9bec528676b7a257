"""nnviz.core.engine.explain without Qt: formatting, the numbers each line carries, the OR lesson by
hand, the house tutorial's first forward pass, and the phase data for the diagram."""
from __future__ import annotations

import math

import numpy as np
import pytest

from nnviz.core.engine.explain import StepContext, explain_step, forward_table, phase_data, sub
from nnviz.core.text import significant
from nnviz.core.teaching.lessons import get_lesson


def test_significant_and_sub():
    assert [significant(v) for v in (0.3, 0.59868766, -0.1, 0.0, -0.0, 1234567.0, 1.23456e-7)] == \
        ["0.3", "0.5987", "-0.1", "0", "0", "1.235e6", "1.235e-7"]
    assert significant(float("nan")) == "nan" and significant(float("-inf")) == "-inf"
    assert significant(0.73295053, 8) == "0.73295053"
    assert sub(12) == "₁₂"


def lessons_explained():
    for name, how in [("or-gate", "sample"), ("virus", "epoch"), ("xor", "epoch"), ("blobs3", "epoch"),
                      ("spiral", "epoch"), ("iris", "sample")]:
        t = get_lesson(name).trainer()
        t.step_batch()
        record = t.step_sample() if how == "sample" else t.step_batch()
        ctx = StepContext.from_trainer(t, how)
        for layer in range(len(t.network.sizes)):
            for j in range(t.network.sizes[layer]):
                yield name, explain_step(record, ctx, layer, j)


def test_each_lines_numbers_are_the_ones_its_text_shows_in_order():
    count = 0
    for name, ex in lessons_explained():
        for line in ex.lines:
            pos = 0
            for v in line.numbers:
                shown = significant(v)
                k = line.text.find(shown, pos)
                assert k >= 0, (name, line.text, shown)
                pos = k + len(shown)
                count += 1
            if line.value is not None and line.role not in ("title", "note"):
                # the result is the last number of the line
                assert line.numbers and line.numbers[-1] == pytest.approx(float(line.value)), (name, line.text)
    assert count > 1000


def test_or_lesson_first_step_by_hand():
    t = get_lesson("or-gate").trainer()
    record = t.step_sample()
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)
    a = 1 / (1 + math.exp(-0.3))
    delta = a * a * (1 - a)
    got = {line.role: line.value for line in ex.lines if line.value is not None and line.weight in (None, -1)}
    assert got["z"] == pytest.approx(0.3)
    assert got["a"] == pytest.approx(a)
    assert got["loss_sample"] == pytest.approx(0.5 * a * a)
    assert got["delta"] == pytest.approx(delta)
    assert got["grad_b"] == pytest.approx(delta)
    assert got["new_b"] == pytest.approx(0.3 - 0.05 * delta)
    assert significant(0.3 - 0.05 * delta) == "0.293"
    text = ex.text()
    assert "b ← b − lr·∂L/∂b = 0.3 − 0.05·0.1404 = 0.293" in text
    assert "δ = ∂L/∂a·f′(z) = (a − y)·a(1 − a) = (0.5744 − 0)·0.5744·(1 − 0.5744) = 0.1404" in text


def test_fused_output_delta_is_a_minus_y():
    t = get_lesson("xor-no-hidden").trainer()            # sigmoid + binary cross-entropy
    record = t.step_batch()
    ex = explain_step(record, StepContext.from_trainer(t, "epoch"), 1, 0)
    deltas = [line for line in ex.lines if line.role == "delta"]
    assert len(deltas) == 4 and all("a − y (fused" in line.text for line in deltas)
    for line in deltas:
        s = line.sample
        assert line.value == pytest.approx(record.trace.output[s, 0] - record.targets[s, 0])


def test_house_forward_table_is_the_tutorials_first_pass():
    t = get_lesson("house").trainer()
    record = t.step_batch()
    ex = forward_table(record.trace, ["sigmoid", "sigmoid"])
    outputs = [line.value[0] for line in ex.lines if line.role == "a" and line.layer == 2]
    assert np.round(outputs, 8).tolist() == [0.73295053, 0.70554727, 0.74962023]
    assert "ŷ = σ(z3) = 0.73295053" in ex.text()
    # every weight 0.5: z2 = (x1 + x2) / 2 for each hidden neuron, by hand
    z2 = [line.value for line in ex.lines if line.role == "z" and line.layer == 1]
    X = t.problem.X_train
    for r in range(3):
        np.testing.assert_allclose(z2[r], [(X[r, 0] + X[r, 1]) / 2] * 3)


def test_big_batches_detail_one_sample_and_say_how_many():
    t = get_lesson("spiral").trainer()
    record = t.step_batch()
    row = int(record.rows[5])
    ex = explain_step(record, StepContext.from_trainer(t, "epoch", sample_row=row), 1, 0)
    n = len(record.rows)
    assert f"The batch has {n} samples" in ex.text()
    zs = [line for line in ex.lines if line.role == "z"]
    assert len(zs) == 1 and zs[0].sample == 5
    assert f"mean over {n} samples of δ·x₁" in ex.text()


def test_step_epoch_says_only_the_last_step_is_recorded():
    t = get_lesson("iris").trainer()
    t.step_epoch()
    ex = explain_step(t.last_step, StepContext.from_trainer(t, "epoch"), 3, 1)
    assert "only its last step is recorded" in ex.text()


def test_phase_data_for_the_selected_row():
    t = get_lesson("xor").trainer()
    record = t.step_batch()
    d = phase_data(record, sample_row=3)
    assert d.sample == 3
    np.testing.assert_array_equal(d.activations[2], record.trace.activations[2][3])
    np.testing.assert_array_equal(d.deltas[0], record.grads.deltas[0][3])
    np.testing.assert_array_equal(d.weights_after[1], t.network.weights[1])
    np.testing.assert_array_equal(d.biases_after[0], t.network.biases[0])
    assert phase_data(record, sample_row=99).sample == int(record.rows[0])
    nb = get_lesson("no-bias").trainer()
    assert phase_data(nb.step_sample()).biases_before is None


def test_optimizer_state_is_recorded_before_and_after():
    t = get_lesson("spiral").trainer()              # Adam
    first = t.step_batch()
    assert first.optimizer_before["t"] == 0 and first.optimizer_before["m"] is None
    second = t.step_batch()
    assert second.optimizer_before["t"] == 1 and second.optimizer_after["t"] == 2
    np.testing.assert_array_equal(second.optimizer_before["m"], first.optimizer_after["m"])
    g = np.concatenate([np.concatenate([w.ravel(), b]) for w, b in zip(second.grads.weights, second.grads.biases)])
    np.testing.assert_allclose(second.optimizer_after["m"], 0.9 * first.optimizer_after["m"] + 0.1 * g)
    m = get_lesson("circle").trainer()
    m.update_config(optimizer="momentum")
    r = m.step_batch()
    assert r.optimizer_after["name"] == "momentum"
    flat_g = np.concatenate([np.concatenate([w.ravel(), b]) for w, b in zip(r.grads.weights, r.grads.biases)])
    np.testing.assert_allclose(r.optimizer_after["velocity"], -m.config.lr * flat_g)   # v was 0: v = -lr·g
