"""Playground generators, the playground Problem, and the shipped CSV tables."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from nnviz.core.datasets import GENERATORS, data_dir, make_gauss, playground_problem
from nnviz.core.problem import DataError

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
