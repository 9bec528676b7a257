"""Feature inputs (x1², x2², x1·x2, sin x1, sin x2): names, values, the Problem they make, and the
boundary still drawn over the raw x1, x2 plane."""
import numpy as np
import pytest

from nnviz.core.app.boundary import decision_field, grid_inputs, plane_extent, plane_problem, points
from nnviz.core.data.datasets import playground_problem
from nnviz.core.engine.settings import build_trainer
from nnviz.core.data.features import FEATURE_NAMES, canonical_name, parse_features, same_data, with_features
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.engine.network import Network
from nnviz.core.data.problem import DataError


@pytest.mark.parametrize("typed,name", [
    ("x1", "x1"), ("x₁", "x1"), ("X2", "x2"),
    ("x1^2", "x1^2"), ("x₁²", "x1^2"), ("x1²", "x1^2"), ("x1**2", "x1^2"),
    ("x1*x2", "x1*x2"), ("x₁·x₂", "x1*x2"), ("x1x2", "x1*x2"), ("x₁x₂", "x1*x2"), ("x2*x1", "x1*x2"),
    ("sin(x1)", "sin(x1)"), ("sin x₁", "sin(x1)"), ("sin(x₂)", "sin(x2)"), (" sin ( x2 ) ", "sin(x2)"),
])
def test_ascii_and_unicode_names(typed, name):
    assert canonical_name(typed) == name


def test_a_list_comes_back_in_the_canonical_order_without_repeats():
    assert parse_features("sin(x2),x1^2,x₁²,x1") == ("x1", "x1^2", "sin(x2)")
    assert parse_features(["x₂²", "x₁²"]) == ("x1^2", "x2^2")
    for bad in ("x3", "cos(x1)", "x1^3", "", " , "):
        with pytest.raises(DataError):
            parse_features(bad)


def test_feature_problem_columns_names_and_rows():
    raw = playground_problem("circle", seed=2)
    p = with_features(raw, FEATURE_NAMES)
    assert p.feature_names == ["x₁", "x₂", "x₁²", "x₂²", "x₁·x₂", "sin(x₁)", "sin(x₂)"]
    for X, R in ((p.X_train, raw.X_train), (p.X_val, raw.X_val), (p.X_test, raw.X_test)):
        x1, x2 = R[:, 0], R[:, 1]
        np.testing.assert_array_equal(X, np.column_stack([x1, x2, x1 ** 2, x2 ** 2, x1 * x2, np.sin(x1), np.sin(x2)]))
    assert p.Y_train is raw.Y_train and p.task == raw.task and p.class_names == raw.class_names
    assert plane_problem(p) is raw and p.input_transform.names == FEATURE_NAMES
    # x1, x2 alone is the raw problem itself; features of a feature problem start from the raw one.
    assert with_features(raw, "x1,x2") is raw
    assert with_features(p, "x1^2").input_transform.source is raw


def test_other_input_names_show_in_the_feature_names():
    raw = playground_problem("moons")
    raw.feature_names = ["glucose", "age"]
    assert with_features(raw, "x1^2,x1*x2,sin(x2)").feature_names == ["glucose²", "glucose·age", "sin(age)"]


def test_only_two_input_problems_take_features():
    with pytest.raises(DataError, match="two inputs"):
        with_features(get_lesson("virus").build()[0], "x1^2")


def test_the_boundary_grid_lies_in_the_raw_plane_and_feeds_the_features():
    raw = playground_problem("circle", seed=0)
    p = with_features(raw, "x1^2,x2^2,x1*x2")
    extent = plane_extent(p)
    assert extent == plane_extent(raw)                    # the x1, x2 plane, not the features' ranges
    g_raw = grid_inputs(raw, *extent, 20)
    g = grid_inputs(p, *extent, 20)
    x1, x2 = g_raw[:, 0], g_raw[:, 1]
    np.testing.assert_array_equal(g, np.column_stack([x1 * x1, x2 * x2, x1 * x2]))
    net = Network([3, 1], "sigmoid", seed=1)
    field = decision_field(net, p, 20)
    np.testing.assert_array_equal(field.values.reshape(-1, 1), net.predict(g))
    xy, labels = points(p, "test")
    raw_xy, raw_labels = points(raw, "test")
    np.testing.assert_array_equal(xy, raw_xy)
    np.testing.assert_array_equal(labels, raw_labels)


def _circle_accuracy(inputs: str | None) -> float:
    lesson = get_lesson("circle")
    problem, _, _ = lesson.build()
    if inputs:
        problem = with_features(problem, inputs)
    trainer = build_trainer(problem, lesson.start_settings().with_structure(()))
    assert trainer.network.sizes == [problem.n_features, 1]    # no hidden layer: one neuron
    for _ in trainer.run():
        pass
    return trainer.evaluate("test")["accuracy"]


def test_x1_squared_and_x2_squared_make_the_circle_separable_by_one_neuron():
    assert _circle_accuracy("x1^2,x2^2") >= 0.95
    assert _circle_accuracy(None) <= 0.7


def test_same_data_is_the_raw_problem_and_the_inputs_not_the_object():
    """A network rebuilt with the same feature inputs re-derives them into a new Problem: the
    window keeps its plane for it, and rebuilds the plane for new data or other inputs."""
    raw = playground_problem("circle", seed=0)
    a, b = with_features(raw, ["x1^2", "x2^2"]), with_features(raw, ["x1^2", "x2^2"])
    assert a is not b and same_data(a, b)
    assert same_data(raw, raw) and same_data(None, None)
    assert not same_data(a, with_features(raw, ["x1", "x2", "x1^2"]))
    assert not same_data(a, raw) and not same_data(raw, None)
    other = playground_problem("circle", seed=0)     # equal numbers, another load
    assert not same_data(raw, other)
