"""The built-in lessons: the four tutorials nnviz grew from, plus TensorFlow-Playground sets.

A :class:`Lesson` is plain data: texts, a :class:`DataSpec` saying where its data comes from,
and the :class:`~nnviz.core.settings.Settings` it starts with.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .network import Network
from .problem import Problem, Scaler
from .settings import Settings, build_trainer
from .training import TrainConfig, Trainer

OR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
OR_Y = np.array([0, 1, 1, 1], dtype=float)
XOR_Y = np.array([0, 1, 1, 0], dtype=float)
VIRUS_X = np.array(
    [[1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 1, 1], [0, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 1], [0, 0, 1, 0]],
    dtype=float,
)
VIRUS_Y = np.array([1, 1, 0, 0, 1, 1, 0, 0], dtype=float)
# The house tutorial's table: (bedrooms, quality) → sale price.
HOUSE_X = np.array([[2, 7], [1, 3], [3, 9]], dtype=float)
HOUSE_Y = np.array([94, 89, 83], dtype=float)
# The table the tutorial's printed forward pass (0.73992695, 0.71381315, 0.73992695) was really
# computed from: its printed z2 = 0.8333, 0.4444, 0.8333 match these rows, not the table above.
HOUSE_PRINTED_X = np.array([[2, 9], [1, 5], [3, 6]], dtype=float)


@dataclass(frozen=True)
class DataSpec:
    """Where a lesson's data comes from, as plain data (so a lesson file can say it):

    - ``DataSpec("table", "or")``: one of the tutorials' small tables (``TABLES``);
    - ``DataSpec("generated", "circle", options=(("n", 200),))``: a seeded Playground set;
    - ``DataSpec("csv", "iris.csv", target="species")``: a shipped (or a lesson file's) CSV table.
    """

    source: str                           # "table", "generated" or "csv"
    name: str                             # table name, generator name or CSV file
    target: str | None = None             # csv: the column to predict
    scaling: str = "standard"             # csv: how inputs are scaled
    split: tuple[float, float, float] = (75, 10, 15)
    options: tuple = ()                   # generated: extra (key, value) pairs for the generator

    def make_problem(self, seed: int) -> Problem:
        if self.source == "table":
            try:
                return TABLES[self.name]()
            except KeyError:
                raise ValueError(f"unknown table {self.name!r}; choose one of {', '.join(TABLES)}") from None
        if self.source == "generated":
            if self.name == "plane":
                return _plane(seed)
            from .datasets import playground_problem

            return playground_problem(self.name, seed=seed, **dict(self.options))
        if self.source == "csv":
            from .csvdata import load_csv
            from .datasets import data_dir

            path = Path(self.name) if Path(self.name).is_absolute() else data_dir() / self.name
            return load_csv(path, self.target, scaling=self.scaling, split=self.split, seed=seed)
        raise ValueError(f"unknown data source {self.source!r}; choose table, generated or csv")


@dataclass(frozen=True)
class Lesson:
    """A lesson is data: its texts, where its data comes from, and the same :class:`Settings`
    the panel edits. :meth:`problem` and :func:`~nnviz.core.settings.build_trainer` are the one
    road from a lesson to a trainer (the window's session, the CLI and the tests all take it)."""

    name: str
    title: str
    caption: str                          # one sentence: what the lesson shows
    data: DataSpec
    settings: Settings
    question: dict | None = None          # an input in original units the lesson asks about
    notes: tuple[str, ...] = ()
    playground: bool = False              # a 2-D plane with one unit on both axes

    def problem(self, seed: int | None = None) -> Problem:
        """The lesson's data (``seed`` defaults to the lesson's), with its notes."""
        problem = self.data.make_problem(self.settings.seed if seed is None else seed)
        problem.notes = list(self.notes) + list(problem.notes)
        return problem

    def start_settings(self, seed: int | None = None, **config_overrides) -> Settings:
        """A copy of the lesson's settings, with another seed or training choices if given."""
        s = self.settings.copy()
        if seed is not None:
            s.seed = seed
        s.config = replace(s.config, seed=s.seed, **config_overrides)
        return s

    def trainer(self, seed: int | None = None, **config_overrides) -> Trainer:
        """A trainer at epoch 0 (``seed`` seeds the data, the weights and the shuffling)."""
        return build_trainer(self.problem(seed), self.start_settings(seed, **config_overrides))

    def build(self, seed: int | None = None, **config_overrides) -> tuple[Problem, Network, TrainConfig]:
        """(problem, network, config) of :meth:`trainer`, for looking at them before training."""
        t = self.trainer(seed, **config_overrides)
        return t.problem, t.network, t.config


def _settings(hidden=(), activation="sigmoid", output="sigmoid", use_bias=True, init="xavier", init_value=0.5,
              weights=None, biases=None, **config) -> Settings:
    seed = config.get("seed", 0)
    return Settings(tuple(hidden), tuple(activation for _ in hidden), output, use_bias, init, init_value, seed,
                    TrainConfig(**config), weights, biases)


# --- the tutorials' tables --------------------------------------------------------------------
def _table(name, X, y, features, class_names=("0", "1"), task="binary", target="y") -> Problem:
    """A tiny truth table: every row is training data (no validation or test split)."""
    return Problem(name, task, X.copy(), y.reshape(-1, 1).copy(), list(features), target, list(class_names) if class_names else None)


def _house() -> Problem:
    x_scaler = Scaler.fit(HOUSE_X, "max")
    y_scaler = Scaler("max", np.zeros(1), np.array([100.0]))
    return Problem(
        "House prices", "regression", x_scaler.transform(HOUSE_X), y_scaler.transform(HOUSE_Y.reshape(-1, 1)),
        ["bedrooms", "quality"], "price", None, x_scaler=x_scaler, y_scaler=y_scaler,
        raw_columns=[("bedrooms", "numeric", None), ("quality", "numeric", None)],
    )


TABLES = {
    "or": lambda: _table("OR gate", OR_X, OR_Y, ["x1", "x2"], target="x1 OR x2"),
    "xor": lambda: _table("XOR", OR_X, XOR_Y, ["x1", "x2"], target="x1 XOR x2"),
    "virus": lambda: _table("Virus", VIRUS_X, VIRUS_Y, ["symptom A", "symptom B", "symptom C", "symptom D"],
                            ("healthy", "infected"), target="infected"),
    "house": _house,
}


def _plane(seed: int) -> Problem:
    """The Playground's regression set: the value rises across the plane, plus a little noise."""
    from .problem import split_indices

    rng = np.random.default_rng(seed)
    X = rng.uniform(-6, 6, (200, 2))
    y = (X[:, 0] + X[:, 1]) / 12 + rng.normal(0, 0.05, 200)
    tr, va, te = split_indices(200, (75, 10, 15), seed)
    return Problem("Plane (regression)", "regression", X[tr], y[tr], ["x1", "x2"], "value",
                   X_val=X[va], Y_val=y[va], X_test=X[te], Y_test=y[te])


# --- the lessons ------------------------------------------------------------------------------
_OR_CONFIG = dict(loss="mse", lr=0.05, epochs=10_000, batch_size=0, reduction="sum", shuffle=False)

LESSONS: dict[str, Lesson] = {}


def _add(lesson: Lesson) -> None:
    LESSONS[lesson.name] = lesson


_add(Lesson(
    "circle", "Circle (playground)",
    "A hidden layer bends the boundary into a ring: inner points are one class, outer points the other.",
    DataSpec("generated", "circle"),
    _settings((6,), "tanh", loss="bce", lr=0.3, epochs=500, batch_size=0, seed=1), playground=True,
))
_add(Lesson(
    "or-gate", "OR gate (perceptron)",
    "One neuron with a bias learns OR from w = [0.1, 0.2], b = 0.3: (1,0) and (1,1) go to 1, (0,0) to 0.",
    DataSpec("table", "or"), _settings(weights=([0.1, 0.2],), biases=([0.3],), **_OR_CONFIG),
    notes=("Tutorial 4: a perceptron, lr 0.05, 10,000 epochs, the error summed over the 4 rows.",),
))
_add(Lesson(
    "no-bias", "OR gate without a bias",
    "Without a bias the neuron's sum at (0,0) is always 0, so its output there stays at σ(0) = 0.5.",
    DataSpec("table", "or"), _settings(use_bias=False, weights=([0.1, 0.2],), **_OR_CONFIG),
    notes=("Why a bias is needed: w·(0,0) = 0 whatever w is.",),
))
_add(Lesson(
    "virus", "Virus (four symptoms)",
    "One neuron weighs four yes/no symptoms; it learns that A is the sign of infection.",
    DataSpec("table", "virus"), _settings(weights=([0.1, 0.2, 0.3, 0.4],), biases=([0.3],), **_OR_CONFIG),
))
_add(Lesson(
    "house", "House prices (2-3-1)",
    "Bedrooms and quality, divided by their column maximum, predict a price through a 2-3-1 net whose weights all start at 0.5.",
    DataSpec("table", "house"),
    _settings((3,), use_bias=False, init="constant", init_value=0.5,
              loss="mse", lr=1.0, epochs=1000, batch_size=0, reduction="sum", shuffle=False),
    question={"bedrooms": 4, "quality": 7},
    notes=(
        "Tutorial 2: inputs divided by their column maximum (3 bedrooms, quality 9), prices by 100.",
        "The tutorial prints 0.73992695, 0.71381315, 0.73992695 for its first pass; those come from the rows "
        "(2,9), (1,5), (3,6). Its own table (2,7), (1,3), (3,9) gives 0.73295053, 0.70554727, 0.74962023.",
        "Every weight starts at 0.5, so the three hidden neurons compute the same thing and get the same "
        "updates: they stay identical forever. That is why networks start from random weights (try Xavier).",
    ),
))
_add(Lesson(
    "diabetes", "Diabetes (one neuron)",
    "One sigmoid neuron with a bias separates diabetic from healthy patients by glucose and blood pressure, once the inputs are scaled.",
    DataSpec("csv", "diabetes.csv", target="diabetes"),
    _settings(loss="mse", lr=0.5, epochs=300, batch_size=0, seed=0),
    question={"glucose": 150, "blood_pressure": 85},
    notes=("Tutorial 1. The table is a synthetic stand-in (scripts/make_diabetes.py): the tutorial's data is not public.",),
))
_add(Lesson(
    "iris", "Iris (4-5-10-3)",
    "Three species from four flower measurements: a 4-5-10-3 sigmoid net trained one sample at a time.",
    DataSpec("csv", "iris.csv", target="species"),
    _settings((5, 10), init="uniform", loss="mse", lr=0.15, epochs=100, batch_size=1, seed=0),
    question={"sepal_length_cm": 6.0, "sepal_width_cm": 3.0, "petal_length_cm": 4.5, "petal_width_cm": 1.5},
    notes=("Tutorial 3: species one-hot, 75/10/15 split, weights uniform in [-1, 1].",),
))
_add(Lesson(
    "xor-no-hidden", "XOR without a hidden layer",
    "A single neuron draws one straight line, and no straight line separates XOR: it ends up unsure, 0.5 everywhere.",
    DataSpec("table", "xor"), _settings(loss="bce", lr=0.5, epochs=2000, batch_size=0, shuffle=False),
))
_add(Lesson(
    "xor", "XOR with a hidden layer",
    "Each hidden neuron draws a line; together they carve out the XOR corners and get all 4 right.",
    DataSpec("table", "xor"), _settings((4,), "tanh", loss="bce", lr=0.5, epochs=2000, batch_size=0, shuffle=False),
))
_add(Lesson(
    "plane", "Plane (regression)",
    "Regression: the network predicts a number that rises across the plane, not a class.",
    DataSpec("generated", "plane"),
    _settings((4,), "tanh", "linear", loss="mse", lr=0.01, epochs=300, batch_size=10, optimizer="sgd", seed=1),
    playground=True,
))
# Lesson name, generator in datasets.py, title, caption, hidden layers.
for _kind, _generator, _title, _caption, _hidden in [
    ("quadrants", "xor", "XOR quadrants (playground)", "Opposite quadrants share a class: a hidden layer is needed.", (8,)),
    ("gauss", "gauss", "Two blobs (playground)", "Two clouds of points a single straight line separates.", ()),
    ("blobs3", "gauss3", "Three blobs (playground)", "Three classes: a softmax output gives one probability per class.", (4,)),
    ("spiral", "spiral", "Spiral (playground)", "Two interleaved spirals: the hardest set, it needs two hidden layers.", (8, 8)),
    ("moons", "moons", "Two moons (playground)", "Two interlocking half moons: a curved boundary.", (6,)),
]:
    _multi = _kind == "blobs3"
    _spiral = _kind == "spiral"
    _add(Lesson(
        _kind, _title, _caption, DataSpec("generated", _generator),
        _settings(_hidden, "tanh", "softmax" if _multi else "sigmoid", loss="cce" if _multi else "bce",
                  lr=0.03 if _spiral else 0.1, optimizer="adam" if _spiral else "momentum",
                  epochs=2000 if _spiral else 500, batch_size=0, seed=1),
        playground=True,
    ))

DEFAULT_LESSON = "circle"


def get_lesson(name: str) -> Lesson:
    try:
        return LESSONS[name]
    except KeyError:
        raise ValueError(f"unknown lesson {name!r}; choose one of {', '.join(LESSONS)}") from None
