"""The built-in lessons as they were written in Python before they became lesson files
(nnviz/core/lessons.py at commit 8da8515, verbatim apart from the imports): the reference the
lesson files must reproduce, setting for setting and bit for bit."""
from nnviz.core.lessons import DataSpec, Lesson
from nnviz.core.settings import Settings
from nnviz.core.training import TrainConfig


def _settings(hidden=(), activation="sigmoid", output="sigmoid", use_bias=True, init="xavier", init_value=0.5,
              weights=None, biases=None, **config) -> Settings:
    seed = config.get("seed", 0)
    return Settings(tuple(hidden), tuple(activation for _ in hidden), output, use_bias, init, init_value, seed,
                    TrainConfig(**config), weights, biases)



# --- the lessons ------------------------------------------------------------------------------
_OR_CONFIG = dict(loss="mse", lr=0.05, epochs=10_000, batch_size=0, reduction="sum", shuffle=False)

LEGACY_LESSONS: dict[str, Lesson] = {}


def _add(lesson: Lesson) -> None:
    LEGACY_LESSONS[lesson.name] = lesson


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

