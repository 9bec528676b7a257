"""Playground generators, the playground Problem, and the shipped CSV tables."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from nnviz.core.data.datasets import GENERATORS, data_dir, make_gauss, playground_problem
from nnviz.core.data.problem import DataError

NAMES = sorted(GENERATORS)
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", NAMES)
def test_shapes_and_types(name):
    X, y = GENERATORS[name](n=123, noise=0.1, seed=0)
    assert X.shape == (123, 2) and X.dtype == float
    assert y.shape == (123,) and np.issubdtype(y.dtype, np.integer)
    assert np.isfinite(X).all()


@pytest.mark.parametrize("name", NAMES)
def test_defaults_are_200_points_in_playground_square(name):
    X, y = GENERATORS[name]()
    assert len(X) == len(y) == 200
    assert np.abs(X).max() < 7.0  # roughly [-6, 6]; jitter may push a few points past 6
    assert np.abs(X).max() > 2.0  # not the [-1, 1] convention


@pytest.mark.parametrize("name", NAMES)
def test_same_seed_same_points(name):
    X1, y1 = GENERATORS[name](seed=7)
    X2, y2 = GENERATORS[name](seed=7)
    np.testing.assert_array_equal(X1, X2)
    np.testing.assert_array_equal(y1, y2)


@pytest.mark.parametrize("name", NAMES)
def test_different_seed_different_points(name):
    X1, _ = GENERATORS[name](seed=1)
    X2, _ = GENERATORS[name](seed=2)
    assert not np.allclose(X1, X2)


@pytest.mark.parametrize("name", NAMES)
def test_classes_balanced(name):
    _, y = GENERATORS[name](n=301)
    counts = np.bincount(y)
    assert len(counts) == (3 if name == "gauss3" else 2)
    assert counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", NAMES)
def test_noise_moves_points(name):
    X0, _ = GENERATORS[name](noise=0.0, seed=3)
    X1, _ = GENERATORS[name](noise=0.3, seed=3)
    assert not np.allclose(X0, X1)


def _centroid_gap(X, y):
    """Distance between class centroids relative to the average spread: lower = more mixed."""
    c = [X[y == k].mean(axis=0) for k in np.unique(y)]
    spread = np.mean([X[y == k].std() for k in np.unique(y)])
    return np.linalg.norm(c[0] - c[1]) / spread


def test_more_noise_mixes_gauss_blobs_more():
    assert _centroid_gap(*make_gauss(noise=0.0)) > _centroid_gap(*make_gauss(noise=0.5))


def test_clean_circle_is_separable_by_radius():
    X, y = GENERATORS["circle"](noise=0.0)
    r = np.hypot(X[:, 0], X[:, 1])
    assert r[y == 1].max() < r[y == 0].min()


def test_clean_xor_labels_follow_sign_product():
    X, y = GENERATORS["xor"](noise=0.0)
    np.testing.assert_array_equal(y, (X[:, 0] * X[:, 1] > 0).astype(int))


def test_bad_arguments_are_data_errors():
    with pytest.raises(DataError):
        GENERATORS["circle"](noise=-0.1)
    with pytest.raises(DataError):
        make_gauss(n_classes=4)
    with pytest.raises(DataError):
        playground_problem("nope")


def test_playground_problem_binary():
    p = playground_problem("moons", n=200, noise=0.1, seed=4)
    assert p.task == "binary" and p.feature_names == ["x1", "x2"]
    assert p.class_names == ["class 0", "class 1"] and p.x_scaler.kind == "none"
    sizes = [len(p.X_train), len(p.X_val), len(p.X_test)]
    assert sum(sizes) == 200 and sizes == [150, 20, 30]
    assert p.Y_train.shape == (150, 1) and set(np.unique(p.Y_train)) == {0.0, 1.0}
    # stratified: every split holds both classes in equal numbers
    for Y in (p.Y_train, p.Y_val, p.Y_test):
        assert Y.sum() == len(Y) / 2


def test_playground_problem_three_blobs_is_multiclass():
    p = playground_problem("gauss3", n=300)
    assert p.task == "multiclass" and p.n_outputs == 3
    assert p.class_names == ["class 0", "class 1", "class 2"]
    np.testing.assert_array_equal(p.Y_train.sum(axis=1), 1.0)


def test_playground_problem_is_deterministic_and_empty_split_is_none():
    a = playground_problem("spiral", seed=5, split=(80, 0, 20))
    b = playground_problem("spiral", seed=5, split=(80, 0, 20))
    np.testing.assert_array_equal(a.X_train, b.X_train)
    assert a.X_val is None and a.Y_val is None


SHIPPED = {  # file: (rows, columns)
    "iris.csv": (150, 5),
    "penguins.csv": (344, 8),
    "breast_cancer.csv": (569, 31),
    "wine.csv": (178, 14),
    "diabetes.csv": (1000, 3),
}


def test_data_dir_finds_the_shipped_tables():
    d = data_dir()
    assert d == REPO / "data"
    for name, shape in SHIPPED.items():
        assert pd.read_csv(d / name).shape == shape, name
    readme = (d / "README.md").read_text(encoding="utf-8")
    assert all(name in readme for name in SHIPPED)


def test_diabetes_csv_matches_its_generator(tmp_path):
    out = tmp_path / "diabetes.csv"
    script = REPO / "scripts" / "make_diabetes.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (data_dir() / "diabetes.csv").read_bytes()


def test_diabetes_csv_is_plausible():
    df = pd.read_csv(data_dir() / "diabetes.csv")
    assert list(df.columns) == ["glucose", "blood_pressure", "diabetes"]
    assert df.glucose.between(70, 200).all() and df.blood_pressure.between(60, 120).all()
    assert set(df.diabetes) == {0, 1} and 0.25 < df.diabetes.mean() < 0.45
    assert df.loc[df.diabetes == 1, "glucose"].mean() > df.loc[df.diabetes == 0, "glucose"].mean()


# --- the Playground's knobs: points, noise, training ratio, data seed --------------------------
from nnviz.core.data.datasets import SET_NAMES, GeneratedData, make_plane  # noqa: E402


def _arrays(p):
    return [a for a in (p.X_train, p.Y_train, p.X_val, p.Y_val, p.X_test, p.Y_test) if a is not None]


def _same(p, q) -> bool:
    a, b = _arrays(p), _arrays(q)
    return len(a) == len(b) and all(x.shape == y.shape and np.array_equal(x, y) for x, y in zip(a, b))


@pytest.mark.parametrize("kind", SET_NAMES)
def test_generated_data_is_reproducible_from_its_settings_and_seed(kind):
    data = GeneratedData(kind, points=120, noise=0.25, train_ratio=0.6, seed=9)
    assert _same(data.problem(), GeneratedData(kind, points=120, noise=0.25, train_ratio=0.6, seed=9).problem())
    again = data.regenerated()
    assert again.seed != data.seed and not _same(data.problem(), again.problem())
    assert _same(again.problem(), data.regenerated().problem())


@pytest.mark.parametrize("kind", ["circle", "moons", "spiral", "plane"])
def test_noise_changes_the_points_reproducibly_and_keeps_the_split(kind):
    clean = GeneratedData(kind, noise=0.0, seed=3).problem()
    noisy = GeneratedData(kind, noise=0.5, seed=3).problem()
    assert not _same(clean, noisy)
    assert _same(noisy, GeneratedData(kind, noise=0.5, seed=3).problem())
    assert [len(a) for a in _arrays(clean)] == [len(a) for a in _arrays(noisy)]
    # Noise scales the same jitter: the same labels in the same rows.
    np.testing.assert_array_equal(clean.Y_test if kind != "plane" else clean.X_test,
                                  noisy.Y_test if kind != "plane" else noisy.X_test)


@pytest.mark.parametrize("ratio,sizes", [(0.1, (20, 72, 108)), (0.5, (100, 40, 60)), (0.75, (150, 20, 30)), (0.9, (180, 8, 12))])
def test_training_ratio_sets_the_split(ratio, sizes):
    p = GeneratedData("circle", points=200, train_ratio=ratio, seed=1).problem()
    assert (len(p.X_train), len(p.X_val), len(p.X_test)) == sizes
    assert p.Y_train.sum() == len(p.Y_train) / 2          # still stratified


def test_points_sets_the_number_of_points():
    for n in (10, 77, 1000):
        p = GeneratedData("moons", points=n).problem()
        assert sum(len(a) for a in (p.X_train, p.X_val, p.X_test) if a is not None) == n


def test_default_settings_give_each_playground_lessons_own_data():
    from nnviz.core.teaching.lessons import LESSONS

    for name, lesson in LESSONS.items():
        if lesson.playground:
            for seed in (0, 4):
                assert _same(lesson.problem(seed), GeneratedData(name, seed=seed).problem()), (name, seed)


def test_plane_is_regression_with_noise_in_its_values():
    X, y = make_plane(n=500, noise=0.0, seed=2)
    np.testing.assert_allclose(y, (X[:, 0] + X[:, 1]) / 12)
    _, y_noisy = make_plane(n=500, noise=0.4, seed=2)
    assert 0.15 < np.std(y_noisy - y) < 0.25                # sd noise / 2
    p = playground_problem("plane")
    assert p.task == "regression" and p.n_outputs == 1


@pytest.mark.parametrize("bad,message", [
    ({"kind": "donut"}, "unknown playground set"),
    ({"points": 5}, "number of points"),
    ({"points": 2.5}, "number of points"),
    ({"noise": 0.6}, "noise must be from 0% to 50%"),
    ({"noise": float("nan")}, "noise"),
    ({"train_ratio": 0.95}, "training ratio must be from 10% to 90%"),
    ({"train_ratio": 0.05}, "training ratio"),
    ({"seed": -1}, "data seed"),
])
def test_bad_knobs_are_one_line_data_errors(bad, message):
    with pytest.raises(DataError, match=message) as info:
        GeneratedData(**bad).problem()
    assert "\n" not in str(info.value)
