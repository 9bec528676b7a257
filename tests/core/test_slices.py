"""The boundary opens on the pair of inputs that tells the classes apart, and says what it holds."""
import numpy as np

from nnviz.core.app.boundary import grid_inputs, plane_extent
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.data.names import diagram_names, readable_name, readable_names
from nnviz.core.data.problem import Problem
from nnviz.core.data.slices import held_values, informative_pair, pair_scores, slice_note


def test_iris_opens_on_the_petals():
    p = get_lesson("iris").problem()
    assert [p.feature_names[i] for i in informative_pair(p)] == ["petal_length_cm", "petal_width_cm"]
    scores = pair_scores(p)
    assert scores[(2, 3)] > scores[(0, 1)]           # the old default: sepals


def _table(X, y, task, n_classes=2):
    rng = np.random.default_rng(0)
    names = [f"c{i}" for i in range(X.shape[1])]
    if task == "regression":
        return Problem("t", task, X, y.reshape(-1, 1), names, "y", None)
    Y = y.reshape(-1, 1).astype(float) if task == "binary" else np.eye(n_classes)[y]
    del rng
    return Problem("t", task, X, Y, names, "y", [str(i) for i in range(n_classes)])


def test_the_pair_that_carries_the_classes_wins_wherever_it_is():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 5))
    y = ((X[:, 1] + X[:, 4]) > 0).astype(int)        # only inputs 1 and 4 matter
    assert informative_pair(_table(X, y, "binary")) == (1, 4)
    y3 = np.digitize(X[:, 0] - X[:, 3], [-0.7, 0.7])   # three classes from inputs 0 and 3
    assert informative_pair(_table(X, y3, "multiclass", 3)) == (0, 3)


def test_a_number_opens_on_the_pair_that_explains_it():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(200, 4))
    y = 3 * X[:, 2] - 2 * X[:, 3] + 0.1 * rng.normal(size=200)
    assert informative_pair(_table(X, y, "regression")) == (2, 3)


def test_two_inputs_or_fewer_keep_their_order_and_need_no_note():
    p = get_lesson("xor").problem()
    assert informative_pair(p) == (0, 1) and slice_note(p, (0, 1)) == ""


def test_the_note_names_the_held_inputs_at_the_values_the_grid_uses():
    p = get_lesson("iris").problem()
    axes = informative_pair(p)
    held = held_values(p, axes)
    assert [n for n, _ in held] == ["sepal_length_cm", "sepal_width_cm"]
    x_range, y_range = plane_extent(p, axes)
    grid = p.x_scaler.inverse(grid_inputs(p, x_range, y_range, 5, axes))
    for (name, value) in held:
        i = p.feature_names.index(name)
        assert np.allclose(grid[:, i], value)           # the picture holds exactly these
    note = slice_note(p, axes)
    assert note.startswith("Held at their training mean: sepal length ")
    assert f"{held[0][1]:.3g}" in note and f"{held[1][1]:.3g}" in note


def test_many_held_inputs_are_counted_not_listed():
    X = np.random.default_rng(3).normal(size=(50, 9))
    p = _table(X, (X[:, 0] > 0).astype(int), "binary")
    assert slice_note(p, (0, 1)).endswith("and 3 more")


def test_readable_names_tell_columns_apart():
    names = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]
    assert readable_names(names) == ["sepal length", "sepal width", "petal length", "petal width"]
    assert readable_name("BloodPressure") == "blood pressure" and readable_name("symptom A") == "symptom A"
    assert readable_names(["x", "x"]) == ["x (1)", "x (2)"]
    assert readable_names(["a_b", "a-b"]) == ["a_b", "a-b"]      # equal once readable: kept as written
    long = readable_name("a_very_long_column_name_that_goes_on")
    assert len(long) <= 22 and long.endswith("…")
    # A label cut after six characters still tells the four Iris inputs apart.
    short = diagram_names(names)
    assert len({s[:6] for s in short}) == 4
    assert diagram_names(["glucose", "blood_pressure"]) == ["glucose", "blood pressure"]
