"""What a lesson is made of, as plain data: :class:`Lesson`, the :class:`DataSpec` saying where
its data comes from, and the tutorials' small tables (:data:`TABLES`).

Both :mod:`nnviz.core.teaching.lesson_files` (which reads and writes lessons as TOML) and
:mod:`nnviz.core.teaching.lessons` (the built-in lessons, found by name) import these; this module
imports neither.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..data.datasets import data_dir, playground_problem
from ..data.features import with_features
from ..data.problem import DataError, Problem, Scaler, split_indices
from ..engine.network import Network
from ..engine.settings import Settings, build_trainer
from ..engine.training import TrainConfig, Trainer
from ..text import Translated
from ..tr import language, translate

OR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
OR_Y = np.array([0, 1, 1, 1], dtype=float)
XOR_Y = np.array([0, 1, 1, 0], dtype=float)
VIRUS_X = np.array(
    [[1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 1, 1], [0, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 1], [0, 0, 1, 0]],
    dtype=float,
)
VIRUS_Y = np.array([1, 1, 0, 0, 1, 1, 0, 0], dtype=float)
# The tutorial names two of its four symptoms in its conclusion: column 1 is loss of smell (the
# sign of infection), column 2 weight loss (it hardly matters). The other two stay neutral.
VIRUS_FEATURES = ("loss of smell", "weight loss", "symptom C", "symptom D")
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
    features: tuple[str, ...] | None = None   # csv: the input columns (None: every numeric one)
    missing: str = "drop"                 # csv: rows with gaps are dropped, or filled ("mean")
    seed: int | None = None               # generated: the data's own seed (None: the lesson's)
    inputs: tuple[str, ...] | None = None # feature inputs computed from x1, x2 (x1^2, sin(x1), …)
    image: tuple[int, int] | None = None  # csv: the inputs are a picture of (rows, columns) pixels

    def make_problem(self, seed: int) -> Problem:
        problem = self._raw_problem(seed)
        if self.inputs is not None:
            problem = with_features(problem, self.inputs)
        if self.image is not None:
            rows, cols = self.image
            if rows * cols != len(problem.feature_names):
                raise DataError(translate("Lessons", "{0}: a {1}×{2} picture needs {3} input columns, the table has {4}").format(
                    self.name, rows, cols, rows * cols, len(problem.feature_names)))
            problem.image_shape = (rows, cols)
        return problem

    def _raw_problem(self, seed: int) -> Problem:
        if self.seed is not None:
            seed = self.seed
        if self.source == "table":
            try:
                return TABLES[self.name]()
            except KeyError:
                raise ValueError(translate("Lessons", "unknown table {0}; choose one of {1}").format(
                    repr(self.name), ", ".join(TABLES))) from None
        if self.source == "generated":
            if self.name == "plane":
                return _plane(seed, split=self.split, **dict(self.options))
            return playground_problem(self.name, seed=seed, split=self.split, **dict(self.options))
        if self.source == "csv":
            # Imported here: the CSV reader brings pandas, which only a CSV lesson needs.
            from ..data.csvdata import load_csv

            path = Path(self.name) if Path(self.name).is_absolute() else data_dir() / self.name
            return load_csv(path, self.target, scaling=self.scaling, split=self.split, seed=seed,
                            features=None if self.features is None else list(self.features), missing=self.missing)
        raise ValueError(translate("Lessons", "unknown data source {0}; choose {1}, {2} or {3}").format(
            repr(self.source), "table", "generated", "csv"))


@dataclass(frozen=True)
class Lesson:
    """A lesson is data: its texts, where its data comes from, and the same :class:`Settings`
    the panel edits. :meth:`problem` and :func:`~nnviz.core.engine.settings.build_trainer` are the one
    road from a lesson to a trainer (the window's session, the CLI and the tests all take it)."""

    name: str
    title: str
    caption: str                          # one sentence: what the lesson shows
    data: DataSpec
    settings: Settings
    question: dict | None = None          # an input in original units the lesson asks about
    notes: tuple[str, ...] = ()
    playground: bool = False              # a 2-D plane with one unit on both axes
    # The presentation script: plain dicts, each with a "caption" and an "action" (what the
    # actions mean is the presentation mode's business; lesson files only check this shape).
    beats: tuple = ()
    # The lesson whose script follows these beats (the tutorials walk from one to the next).
    continue_with: str | None = None
    # Exercises students do on their own: checked tables (title, text, a quantity to compute).
    exercises: tuple = ()
    # Texts in other languages: {"de": {"title": …, "caption": …, "notes": (…)}}, each key
    # optional; what a language leaves out is the file's default text (:meth:`in_language`).
    translations: dict = field(default_factory=dict)

    def in_language(self, code: str | None = None) -> "Lesson":
        """This lesson with its title, caption and notes in ``code`` (default: the current
        language) where the file gives them, the file's default texts elsewhere. Beat captions
        are picked when a beat is made (:meth:`nnviz.core.teaching.beats.Beat.from_dict`)."""
        texts = self.translations.get(code or language())
        if not texts:
            return self
        return replace(self, title=texts.get("title", self.title), caption=texts.get("caption", self.caption),
                       notes=tuple(texts.get("notes", self.notes)))

    def problem(self, seed: int | None = None) -> Problem:
        """The lesson's data (``seed`` defaults to the lesson's), with its notes."""
        problem = self.data.make_problem(self.settings.seed if seed is None else seed)
        problem.notes = self.language_notes() + list(problem.notes)
        return problem

    def language_notes(self) -> list[Translated]:
        """The lesson's notes, each shown in the language of the moment (the data's notes
        follow a language switch the same way)."""
        lists = {"": self.notes, **{code: texts["notes"] for code, texts in self.translations.items()
                                     if "notes" in texts}}
        count = max(len(texts) for texts in lists.values())
        return [Translated(tuple((code, texts[i] if i < len(texts) else "") for code, texts in lists.items()))
                for i in range(count)]

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
    "virus": lambda: _table("Virus", VIRUS_X, VIRUS_Y, list(VIRUS_FEATURES),
                            ("healthy", "infected"), target="infected"),
    "house": _house,
}


def _plane(seed: int, n: int = 200, noise: float = 0.1, split=(75, 10, 15)) -> Problem:
    """The Playground's regression set: the value rises across the plane, plus Gaussian noise
    of standard deviation ``noise / 2``."""
    rng = np.random.default_rng(seed)
    X = rng.uniform(-6, 6, (n, 2))
    y = (X[:, 0] + X[:, 1]) / 12 + rng.normal(0, noise / 2, n)
    tr, va, te = split_indices(n, split, seed)
    return Problem("Plane (regression)", "regression", X[tr], y[tr], ["x1", "x2"], "value",
                   X_val=X[va], Y_val=y[va], X_test=X[te], Y_test=y[te])
