"""The forward pass of a chosen test digit explained (no step: nothing is trained), every number
the engine's own forward pass, bitwise: what ``Session.predict`` gives for the row and what
``Network.forward`` (the pass the diagram draws for the chosen sample) computes."""
from __future__ import annotations

import math

import numpy as np
import pytest

from nnviz.core.app.mistakes import find_mistakes
from nnviz.core.app.session import Session
from nnviz.core.engine.explain import TOP_TERMS
from nnviz.core.engine.explain_sample import explain_forward, forward_sample
from nnviz.core.engine.losses import get_loss
from nnviz.core.text import significant

NEVER_TRAINED = "Test digits are never trained on: forward pass only."


@pytest.fixture(scope="module")
def digits():
    """The digits lesson after one epoch, and a test digit it gets wrong."""
    s = Session()
    s.load_lesson("digits")
    s.step("epoch")
    wrong = find_mistakes(s.predict, s.problem, "test").items[0]
    return s, wrong


def _bits(v) -> bytes:
    return np.float64(v).tobytes()


def _numbers_in_text(line) -> None:
    pos = 0
    for v in line.numbers:
        k = line.text.find(significant(v), pos)
        assert k >= 0, (line.text, v)
        pos = k + len(significant(v))


def test_a_hidden_neuron_of_64_inputs_equals_the_forward_pass_bitwise(digits):
    s, m = digits
    X, Y = s.problem.split("test")
    x = X[m.row : m.row + 1]
    net = s.trainer.network
    trace = net.forward(x)
    sample = s.sample_forward("test", m.row)
    assert net.sizes == [64, 16, 10]
    for j in (0, 4, 15):
        ex = explain_forward(sample, 1, j)
        (z,), (a,) = ex.values("z"), ex.values("a")
        assert _bits(z.value) == _bits(trace.zs[0][0, j])
        assert _bits(a.value) == _bits(trace.activations[1][0, j])
        terms = ex.values("term")
        assert len(terms) == TOP_TERMS
        w = net.weights[0][:, j]
        for t in terms:       # each listed term is the float product of the weight and the pixel
            assert _bits(t.value) == _bits(float(w[t.weight]) * float(x[0, t.weight]))
        (rest,) = ex.values("term_rest")
        listed = {t.weight for t in terms}
        others = [i for i in range(64) if i not in listed and x[0, i] != 0]
        assert _bits(rest.value) == _bits(math.fsum(float(w[i]) * float(x[0, i]) for i in others))
        for line in ex.lines:
            _numbers_in_text(line)


def test_the_outputs_probabilities_answer_and_loss_are_the_engines(digits):
    s, m = digits
    X, Y = s.problem.split("test")
    x, y = X[m.row : m.row + 1], Y[m.row : m.row + 1]
    net = s.trainer.network
    trace = net.forward(x)
    predicted = s.predict(x)[0]
    sample = s.sample_forward("test", m.row)
    for k in (m.truth, m.answer):
        ex = explain_forward(sample, 2, k)
        (z,), (a,) = ex.values("z"), ex.values("a")
        assert _bits(z.value) == _bits(trace.zs[1][0, k])
        assert _bits(a.value) == _bits(predicted[k]) == _bits(trace.output[0, k])
    probabilities = ex.values("probability")
    assert [p.weight for p in probabilities] == list(range(10))
    assert [_bits(p.value) for p in probabilities] == [_bits(v) for v in predicted]
    (loss,) = ex.values("loss_sample")
    cce = get_loss("cce")
    assert _bits(loss.value) == _bits(net.loss(x, y, cce)) == _bits(cce.per_sample(trace.zs[-1], trace.output, y,
                                                                                   net.activations[-1])[0])
    assert f"= {significant(loss.value)}" in loss.text
    (answer,) = ex.values("answer")
    assert int(answer.value) == m.answer == int(np.argmax(predicted)) != m.truth
    assert answer.text.endswith("wrong.")
    assert ex.heading.startswith(f"Test sample {m.row}: truth {m.truth}, answer {m.answer} · output '{k}'")


def test_it_says_a_test_digit_is_not_trained_on_and_has_no_backward_lines(digits):
    s, m = digits
    ex = explain_forward(s.sample_forward("test", m.row), 1, 3)
    assert ex.lines[0].text == f"Test sample {m.row}: truth {m.truth}, answer {m.answer}"   # the heading is cut
    assert ex.lines[1].text == NEVER_TRAINED
    text = ex.text()
    assert "(epoch 1)" in ex.lines[2].text
    for role in ("delta", "grad_w", "grad_b", "new_w", "new_b", "loss"):
        assert not ex.values(role), role
    assert "δ" not in text and "∂L" not in text and "Backward" not in text and "Update" not in text


def test_show_all_terms_lists_all_64_in_order_and_the_sum_is_z(digits):
    s, m = digits
    sample = s.sample_forward("test", m.row)
    ex = explain_forward(sample, 1, 7, all_terms=True)
    terms = ex.values("term")
    assert [t.weight for t in terms] == list(range(64))
    (z,) = ex.values("z")
    assert _bits(z.value) == _bits(sample.trace.zs[0][0, 7])
    assert math.isclose(math.fsum(t.value for t in terms) + float(sample.biases[0][7]), z.value, abs_tol=1e-12)


def test_the_numbers_follow_the_weights_and_a_bad_row_is_one_line(digits):
    s, m = digits
    before = explain_forward(s.sample_forward("test", m.row), 1, 4).values("z")[0].value
    s.step("sample")
    try:
        after = s.sample_forward("test", m.row)
        assert _bits(after.trace.zs[0][0, 4]) == _bits(s.trainer.network.forward(
            s.problem.X_test[m.row : m.row + 1]).zs[0][0, 4])
        assert explain_forward(after, 1, 4).values("z")[0].value != before
        assert "(epoch 1 +1)" in explain_forward(after, 1, 4).lines[2].text
    finally:
        s.step_back()
    with pytest.raises(ValueError) as err:
        s.sample_forward("test", 10_000)
    assert "\n" not in str(err.value) and "10000" in str(err.value)
    with pytest.raises(IndexError):
        explain_forward(s.sample_forward("test", m.row), 3, 0)


def test_an_input_and_a_small_network_read_as_the_step_explainer(digits):
    s, m = digits
    ex = explain_forward(s.sample_forward("test", m.row), 0, 20)
    (inp,) = [l for l in ex.values("input") if l.weight == 20 and l.sample == 0]
    assert _bits(inp.value) == _bits(s.problem.X_test[m.row, 20])
    small = Session()
    small.load_lesson("xor")
    small.step("epoch")
    X = small.problem.X_train
    sample = forward_sample(small.trainer, "train", 2)
    ex = explain_forward(sample, 1, 0)
    (z,) = ex.values("z")
    assert _bits(z.value) == _bits(small.trainer.network.forward(X[2:3]).zs[0][0, 0])
    assert "w₁·x₁ + w₂·x₂" in z.text and ex.heading.startswith("Training sample 2")
