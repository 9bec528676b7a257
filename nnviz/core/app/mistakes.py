"""What went wrong on a split, and the network's answer for a drawn picture: plain data for
the digits pane (no Qt).

:func:`find_mistakes` runs the network over a split once (through the ``predict`` it is given:
:meth:`Session.predict <nnviz.core.app.session.Session.predict>`, or the window's, which uses a
running frame's weights) and lists every row it got wrong, with the truth, the answer and how
sure it was, most confident first, with the confusion matrix of the same answers.
:func:`picture_inputs` turns a picture in the table's units into the network's inputs, scaled as
the training data was, so the pad's probabilities are ``predict(picture_inputs(...))``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..data.problem import Problem
from ..engine.metrics import class_indices, confusion_matrix
from nnviz.core.tr import translate

Predict = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Mistake:
    """One row the network got wrong."""

    row: int            # the row's index in the split (0 = its first row)
    truth: int          # the true class
    answer: int         # the class the network said
    confidence: float   # the network's output for its answer (a probability with softmax)


@dataclass(frozen=True)
class Mistakes:
    """Every wrong row of a split, most confident first, and the answers' confusion matrix."""

    split: str
    items: tuple[Mistake, ...]
    confusion: np.ndarray        # (k, k): row = true class, column = the network's answer
    n: int                       # rows in the split

    @property
    def accuracy(self) -> float:
        return (self.n - len(self.items)) / self.n if self.n else float("nan")

    def between(self, truth: int | None = None, answer: int | None = None) -> tuple[Mistake, ...]:
        """The mistakes of true class ``truth`` taken for ``answer`` (None: any)."""
        return tuple(m for m in self.items
                     if (truth is None or m.truth == truth) and (answer is None or m.answer == answer))


def find_mistakes(predict: Predict, problem: Problem, split: str = "test") -> Mistakes:
    """The rows of ``split`` the network gets wrong, from one ``predict`` over the split's
    (scaled) inputs. Classification only; a split without rows gives no mistakes."""
    if not problem.is_classification:
        raise ValueError(translate("Mistakes", "mistakes are counted for classes, not for a value"))
    k = max(2, problem.n_outputs)
    X, Y = problem.split(split)
    if X is None or len(X) == 0:
        return Mistakes(split, (), np.zeros((k, k), dtype=int), 0)
    outputs = np.asarray(predict(X), dtype=float)
    truth = class_indices(Y)
    answer = class_indices(outputs)
    if outputs.shape[1] > 1:
        confidence = outputs[np.arange(len(outputs)), answer]
    else:        # one output: P(class 1); the answer's probability is p or 1 - p
        p = outputs[:, 0]
        confidence = np.where(answer == 1, p, 1.0 - p)
    wrong = np.flatnonzero(truth != answer)
    # Most confident first: the mistakes a teacher most wants to show; ties by row.
    order = wrong[np.lexsort((wrong, -np.nan_to_num(confidence[wrong], nan=-1.0)))]
    items = tuple(Mistake(int(i), int(truth[i]), int(answer[i]), float(confidence[i])) for i in order)
    return Mistakes(split, items, confusion_matrix(Y, outputs, k), len(X))


def picture_inputs(problem: Problem, pixels) -> np.ndarray:
    """The network's inputs (1, n_features) for a picture in the table's units (0–16 for the
    digits): scaled by the training data's scaler. Raises ValueError (one line) for a picture
    of the wrong size."""
    values = np.asarray(pixels, dtype=float).reshape(1, -1)
    if values.shape[1] != problem.n_features:
        raise ValueError(translate("Mistakes", "the picture has {0} pixels; the network takes {1} inputs")
                         .format(values.shape[1], problem.n_features))
    return problem.x_scaler.transform(values)


def picture_of(problem: Problem, split: str, row: int) -> np.ndarray:
    """Row ``row`` of ``split`` as a picture (``problem.image_shape``) in the table's units."""
    X, _ = problem.split(split)
    values = problem.x_scaler.inverse(X[row : row + 1])[0]
    shape = problem.image_shape or (1, problem.n_features)
    return values.reshape(shape)


__all__ = ["Mistake", "Mistakes", "find_mistakes", "picture_inputs", "picture_of"]
