"""The explainer for a 64-input neuron (the digits lesson): the largest terms of z = Σ w·x + b,
the rest summed, the zero-input terms counted, and every number equal to the step record.

What is compared, exactly: each listed term is the float product w_i·x_i of the recorded
weight and input (bitwise); the rest is ``math.fsum`` of the other non-zero-input terms
(bitwise); z is the record's z (bitwise). The parts add up to z to rounding (the engine's dot
product adds in its own order).
"""
from __future__ import annotations

import math
import re

import numpy as np
import pytest

from nnviz.core.engine.explain import MAX_TERMS, TOP_TERMS, StepContext, explain_step, sum_parts
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.text import significant


@pytest.fixture(scope="module")
def digits_step():
    t = get_lesson("digits").trainer()
    t.step_sample()
    record = t.step_sample()
    return t, record, StepContext.from_trainer(t, "sample")


def count(text: str) -> int:
    return int(re.search(r"\d+", text).group())


def check_numbers_are_in_the_text(line):
    pos = 0
    for v in line.numbers:
        k = line.text.find(significant(v), pos)
        assert k >= 0, (line.text, v)
        pos = k + len(significant(v))


def test_a_hidden_neuron_lists_its_largest_terms_and_sums_the_rest(digits_step):
    t, record, ctx = digits_step
    assert t.network.sizes == [64, 16, 10] and TOP_TERMS < MAX_TERMS
    x = record.trace.activations[0][0]
    W = record.weights_before[0]
    zeros = int((x == 0).sum())
    assert 0 < zeros < 64 - TOP_TERMS          # a real picture: some ink, some blank
    for j in range(16):
        ex = explain_step(record, ctx, 1, j)
        w = W[:, j]
        terms = [line for line in ex.lines if line.role == "term"]
        assert len(terms) == TOP_TERMS
        shown = [line.weight for line in terms]
        for line in terms:
            i = line.weight
            assert line.value == w[i] * x[i] and line.numbers == (w[i], x[i], w[i] * x[i])  # bitwise
            assert f"w{''.join('₀₁₂₃₄₅₆₇₈₉'[int(c)] for c in str(i + 1))}·x" in line.text
            assert x[i] != 0
            check_numbers_are_in_the_text(line)
        # the listed ones are the largest |w·x|, largest first; none left out is larger
        sizes = [abs(w[i] * x[i]) for i in shown]
        assert sizes == sorted(sizes, reverse=True)
        others = [i for i in range(64) if i not in shown and x[i] != 0]
        assert max(abs(w[i] * x[i]) for i in others) <= sizes[-1]
        (rest,) = [line for line in ex.lines if line.role == "term_rest"]
        assert count(rest.text) == len(others) == 64 - TOP_TERMS - zeros
        assert rest.value == math.fsum(w[i] * x[i] for i in others)                     # bitwise
        (zero_note,) = [line for line in ex.lines if line.role == "note" and "x = 0" in line.text]
        assert count(zero_note.text) == zeros
        (z,) = ex.values("z")
        b = record.biases_before[0][j]
        assert z.value == record.trace.zs[0][0, j]                                      # bitwise
        assert z.numbers == tuple(w[i] * x[i] for i in shown) + (rest.value, b, z.value)
        check_numbers_are_in_the_text(z)
        parts = math.fsum(z.numbers[:-1])
        assert abs(parts - z.value) <= 1e-12 * (1 + math.fsum(abs(v) for v in z.numbers[:-1]))


def test_the_gradient_and_update_lines_are_those_of_the_listed_terms(digits_step):
    t, record, ctx = digits_step
    j = 5
    ex = explain_step(record, ctx, 1, j)
    shown = [line.weight for line in ex.lines if line.role == "term"]
    grads = ex.values("grad_w")
    assert [line.weight for line in grads] == shown
    for line in grads:
        assert line.value == record.grads.weights[0][line.weight, j]
    news = ex.values("new_w")
    assert [line.weight for line in news] == shown
    for line in news:
        i = line.weight
        assert line.value == record.weights_before[0][i, j] + record.weight_updates[0][i, j]
        assert line.value == t.network.weights[0][i, j]
    notes = [line.text for line in ex.lines if line.role == "note"]
    others = [i for i in range(64) if i not in shown]
    assert notes.count(f"… and {len(others)} more weights, each the same way.") == 2
    zero_grads = sum(1 for i in others if record.grads.weights[0][i, j] == 0)
    zero_moves = sum(1 for i in others if record.weight_updates[0][i, j] == 0)
    assert zero_grads == int((record.trace.activations[0][0] == 0).sum())
    assert f"{zero_grads} of them have ∂L/∂w = 0 (their input is 0 in this step)." in notes
    assert f"{zero_moves} of them do not change in this step (their update is 0)." in notes


def test_the_hidden_delta_sums_the_largest_w_delta_terms_and_the_rest(digits_step):
    t, record, ctx = digits_step
    j = 2
    ex = explain_step(record, ctx, 1, j)
    (delta,) = ex.values("delta")
    w_next, d_next = record.weights_before[1][j], record.grads.deltas[1][0]
    parts = sum_parts(w_next, d_next)
    a = record.trace.activations[1][0, j]
    pairs = tuple(v for q in parts.shown for v in (w_next[q], d_next[q]))
    assert delta.numbers == (a, a) + pairs + (parts.rest_sum, record.grads.deltas[0][0, j])   # bitwise
    assert len(parts.shown) == TOP_TERMS and len(parts.rest) == 10 - TOP_TERMS
    assert parts.rest_sum == math.fsum(w_next[q] * d_next[q] for q in range(10) if q not in parts.shown)
    assert "next layer: 10 terms, the 6 largest first" in delta.text
    check_numbers_are_in_the_text(delta)


def test_show_all_terms_lists_every_term_and_weight_in_order(digits_step):
    t, record, ctx = digits_step
    j = 7
    ex = explain_step(record, ctx, 1, j, all_terms=True)
    x, w = record.trace.activations[0][0], record.weights_before[0][:, j]
    terms = ex.values("term")
    assert [line.weight for line in terms] == list(range(64))
    assert all(line.value == w[i] * x[i] for i, line in enumerate(terms))
    assert not ex.values("term_rest")
    (z,) = ex.values("z")
    assert z.numbers == (math.fsum(w * x), record.biases_before[0][j], record.trace.zs[0][0, j])
    assert "the 64 terms above" in z.text
    assert [line.weight for line in ex.values("grad_w")] == list(range(64))
    assert [line.weight for line in ex.values("new_w")] == list(range(64))
    assert "more weights" not in ex.text()
    # the output neuron's softmax and loss list all ten classes too
    out = explain_step(record, ctx, 2, 0, all_terms=True)
    assert "… (" not in out.text()          # no "… (10 terms)" left
    assert len(out.values("a")[0].numbers) == 1 + 10 + 1
    assert "… (10 terms)" in explain_step(record, ctx, 2, 0).text()


def test_a_mini_batch_details_each_sample_with_its_own_terms():
    t = get_lesson("digits").trainer()
    t.update_config(batch_size=3)
    record = t.step_batch()
    ex = explain_step(record, StepContext.from_trainer(t, "batch"), 1, 0)
    zs = ex.values("z")
    assert [line.sample for line in zs] == [0, 1, 2]
    for line in zs:
        assert line.value == record.trace.zs[0][line.sample, 0]
    for line in ex.values("term"):
        x = record.trace.activations[0][line.sample]
        assert line.value == record.weights_before[0][line.weight, 0] * x[line.weight]


def test_sums_of_eight_terms_or_fewer_are_shown_as_before():
    """Every lesson whose sums have at most MAX_TERMS terms explains the same with or without
    "show all terms": the long-sum form never touches them."""
    for name in ("or-gate", "virus", "xor", "blobs3", "spiral", "house"):
        t = get_lesson(name).trainer()
        assert max(t.network.sizes) <= MAX_TERMS
        record = t.step_batch()
        ctx = StepContext.from_trainer(t, "epoch")
        for layer in range(1, len(t.network.sizes)):
            for j in range(t.network.sizes[layer]):
                short, full = explain_step(record, ctx, layer, j), explain_step(record, ctx, layer, j, all_terms=True)
                assert short.lines == full.lines, (name, layer, j)
                assert not short.values("term") and "terms, the" not in short.text()


def test_sum_parts_counts_zero_inputs_apart_and_keeps_nan_terms_listed():
    w = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0])
    x = np.array([0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, np.nan])
    parts = sum_parts(w, x, top=3)
    assert parts.zero == (0, 2)
    assert parts.shown[0] == 9 and parts.shown[1:] == (8, 7)
    assert parts.rest == (1, 3, 4, 5, 6) and parts.rest_sum == 2 + 4 + 5 + 6 + 7


def test_a_blank_picture_gives_z_as_the_bias_alone():
    t = get_lesson("digits").trainer()
    t.update_config(shuffle=False)
    t.problem.X_train[0] = 0.0                     # the first training picture left blank
    record = t.step_sample()
    assert not record.trace.activations[0][0].any()
    ex = explain_step(record, StepContext.from_trainer(t, "sample"), 1, 3)
    (z,) = ex.values("z")
    b = record.biases_before[0][3]
    assert z.numbers == (b, record.trace.zs[0][0, 3]) and z.text.startswith("z = b = ")
    assert not ex.values("term") and not ex.values("term_rest")
    assert "64 terms with x = 0: each is 0" in ex.text()
    assert not ex.values("grad_w")
    assert "64 of them have ∂L/∂w = 0 (their input is 0 in this step)." in ex.text()
