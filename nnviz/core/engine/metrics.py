"""Scores of a prediction: accuracy and confusion matrix for classes, MSE and R² for values."""
from __future__ import annotations

import numpy as np


def class_indices(Y: np.ndarray) -> np.ndarray:
    """Class index per row of a one-hot / probability matrix, or of a 0/1 (or P(1)) column."""
    Y = np.asarray(Y)
    if Y.ndim == 2 and Y.shape[1] > 1:
        return Y.argmax(axis=1)
    return (Y.reshape(-1) >= 0.5).astype(int)


def _labels(Y: np.ndarray) -> np.ndarray:
    """:func:`class_indices`, with a 0/1 column left as booleans (one NumPy call fewer)."""
    Y = np.asarray(Y)
    if Y.ndim == 2 and Y.shape[1] > 1:
        return Y.argmax(axis=1)
    return Y.reshape(-1) >= 0.5


def accuracy(Y_true: np.ndarray, Y_pred: np.ndarray) -> float:
    t, p = _labels(Y_true), _labels(Y_pred)
    # count / n: the same division as the mean of the matches, without the mean's overhead
    # (the trainer scores every epoch).
    return float(np.count_nonzero(t == p)) / t.size if t.size else float("nan")


def confusion_matrix(Y_true: np.ndarray, Y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """``C[i, j]`` = number of rows of true class i predicted as class j."""
    t, p = class_indices(Y_true), class_indices(Y_pred)
    C = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(C, (t, p), 1)
    return C


def mse(Y_true: np.ndarray, Y_pred: np.ndarray) -> float:
    d = np.asarray(Y_pred, float) - np.asarray(Y_true, float)
    return float((d * d).mean())


def r2(Y_true: np.ndarray, Y_pred: np.ndarray) -> float:
    Y_true = np.asarray(Y_true, float)
    ss_res = float(((Y_true - np.asarray(Y_pred, float)) ** 2).sum())
    ss_tot = float(((Y_true - Y_true.mean(axis=0)) ** 2).sum())
    return 1.0 - ss_res / ss_tot if ss_tot > 0 else float("nan")
