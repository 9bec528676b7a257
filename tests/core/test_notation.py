"""The tutorials' notation in captions' {weights}: a scalar bare, one neuron's weights as a
vector, a layer of several neurons as its matrix row by row (not one flat list)."""
from __future__ import annotations

import numpy as np

from nnviz.core.app.session import Session
from nnviz.core.teaching.beats import fill_caption, tutorial_array


def test_or_gate_bias_is_a_bare_scalar_after_one_step_sample():
    session = Session()
    session.load_lesson("or-gate")
    session.step("sample")
    text = fill_caption("{weights}", session)
    assert text == "w = [0.100, 0.200], b = 0.293", text


def test_house_w1_is_two_rows_of_three():
    session = Session()
    session.load_lesson("house")
    text = fill_caption("{weights}", session)
    assert text.startswith("w1 = [[0.500, 0.500, 0.500], [0.500, 0.500, 0.500]], w2 = [0.500, 0.500, 0.500]"), text


def test_tutorial_array_shapes():
    assert tutorial_array(np.array([0.293])) == "0.293"
    assert tutorial_array(np.array([[1.0], [2.0]])) == "[1.000, 2.000]"
    assert tutorial_array(np.array([[1.0, 2.0]])) == "[[1.000, 2.000]]"
    assert tutorial_array(np.arange(6.0).reshape(2, 3)) == "[[0.000, 1.000, 2.000], [3.000, 4.000, 5.000]]"
