"""The per-epoch statistics of a training run: :class:`EpochStats` for one epoch, and
:class:`History`, every epoch's in growable NumPy arrays that the timeline can hide and show
again without retraining."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class EpochStats:
    """One completed epoch: the training loss (the penalty included) and, where measured, the
    validation loss and the accuracies (None: not measured)."""

    epoch: int
    train_loss: float
    val_loss: float | None = None
    train_accuracy: float | None = None
    val_accuracy: float | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


class HistoryColumn(Sequence):
    """One column of a :class:`History` as a read-only sequence: ``len()``, indexing (Python
    numbers), slicing, iteration, ``==`` with a list, and ``np.asarray()`` without a copy.

    It is a view of the epochs recorded when it was taken: later epochs do not appear in it,
    and a worker thread appending meanwhile never changes what it shows."""

    __slots__ = ("_a",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, values: np.ndarray) -> None:
        self._a = values

    def __len__(self) -> int:
        return self._a.shape[0]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return HistoryColumn(self._a[i])
        return self._a[i].item()

    def __iter__(self):
        return iter(self._a.tolist())

    def __bool__(self) -> bool:
        return self._a.shape[0] > 0

    def __eq__(self, other) -> bool:
        o = other._a if isinstance(other, HistoryColumn) else np.asarray(other)
        if o.shape != self._a.shape:
            return False
        try:
            return bool(np.array_equal(self._a, o, equal_nan=True))
        except TypeError:
            return bool(np.array_equal(self._a, o))

    def __array__(self, dtype=None, copy=None):
        return self._a if dtype is None else self._a.astype(dtype)

    def tolist(self) -> list:
        return self._a.tolist()

    @property
    def array(self) -> np.ndarray:
        """The values as a read-only NumPy array (no copy)."""
        return self._a

    def __repr__(self) -> str:
        return f"HistoryColumn({self._a.tolist()!r})" if len(self) <= 8 else f"HistoryColumn(<{len(self)} values>)"


class History:
    """Per-epoch statistics in growable NumPy arrays: :attr:`BYTES_PER_EPOCH` (40) bytes an
    epoch, and at most 1.5 times that while the arrays wait to grow (1,000,000 epochs: 40 MB
    held, at most 60 MB allocated). Python lists of floats cost about 276 bytes an epoch.

    ``epochs``, ``train_loss``, ``val_loss``, ``train_accuracy`` and ``val_accuracy`` read as
    sequences (:class:`HistoryColumn`); NaN marks a value that was not measured.

    The timeline goes back by hiding later epochs (:meth:`truncate`) without forgetting them, so
    going forward again shows them without retraining (:meth:`reveal`). :meth:`add` forgets the
    hidden epochs: training from a past point starts a new branch."""

    COLUMNS = ("epochs", "train_loss", "val_loss", "train_accuracy", "val_accuracy")
    BYTES_PER_EPOCH = 40

    def __init__(self) -> None:
        self._n = 0            # epochs shown
        self._recorded = 0     # epochs held (≥ _n): the hidden ones can be revealed again
        self._epochs = np.zeros(0, dtype=np.int64)
        self._values = np.zeros((4, 0))   # train_loss, val_loss, train_accuracy, val_accuracy

    def add(self, s: EpochStats) -> None:
        n = self._n
        if n >= self._epochs.shape[0]:
            self._grow(n + 1)
        v = self._values
        self._epochs[n] = s.epoch
        v[0, n] = s.train_loss
        v[1, n] = np.nan if s.val_loss is None else s.val_loss
        v[2, n] = np.nan if s.train_accuracy is None else s.train_accuracy
        v[3, n] = np.nan if s.val_accuracy is None else s.val_accuracy
        self._n = self._recorded = n + 1

    def _grow(self, need: int) -> None:
        cap = max(need, 1024, self._epochs.shape[0] * 3 // 2)
        epochs = np.zeros(cap, dtype=np.int64)
        values = np.full((4, cap), np.nan)
        m = self._recorded
        epochs[:m] = self._epochs[:m]
        values[:, :m] = self._values[:, :m]
        self._epochs, self._values = epochs, values   # readers holding the old arrays keep them

    def __len__(self) -> int:
        return self._n

    def _column(self, a: np.ndarray) -> HistoryColumn:
        view = a[: self._n]
        view.flags.writeable = False
        return HistoryColumn(view)

    @property
    def epochs(self) -> HistoryColumn:
        n = self._n
        return self._column(self._epochs[:n])

    @property
    def train_loss(self) -> HistoryColumn:
        n = self._n
        return self._column(self._values[0, :n])

    @property
    def val_loss(self) -> HistoryColumn:
        n = self._n
        return self._column(self._values[1, :n])

    @property
    def train_accuracy(self) -> HistoryColumn:
        n = self._n
        return self._column(self._values[2, :n])

    @property
    def val_accuracy(self) -> HistoryColumn:
        n = self._n
        return self._column(self._values[3, :n])

    def stats(self, i: int) -> EpochStats:
        """The i-th shown epoch's statistics (negative i counts from the end)."""
        n = self._n
        if not -n <= i < n:
            raise IndexError(f"epoch index {i} out of range: {n} epochs recorded")
        i %= n
        nan_none = lambda v: None if v != v else v  # noqa: E731  (NaN marks "not measured")
        tl, vl, ta, va = self._values[:, i].tolist()
        return EpochStats(int(self._epochs[i]), tl, nan_none(vl), nan_none(ta), nan_none(va))

    @property
    def recorded(self) -> int:
        """Epochs held, shown or hidden by :meth:`truncate`."""
        return self._recorded

    @property
    def nbytes(self) -> int:
        """Bytes allocated for the columns."""
        return self._epochs.nbytes + self._values.nbytes

    def truncate(self, n: int) -> None:
        """Show only the first ``n`` epochs; the later ones stay held until :meth:`add`."""
        self._n = max(0, min(int(n), self._n))

    def reveal(self, n: int) -> None:
        """Show the first ``n`` epochs again; ValueError when they are no longer held."""
        if not 0 <= n <= self._recorded:
            raise ValueError(f"the history holds {self._recorded} epochs, not {n}")
        self._n = int(n)

    def keep_recorded(self, n: int) -> None:
        """Hold the first ``n`` epochs again after :meth:`add` re-wrote some of them.
        Only for a caller that knows the re-written epochs equal the held ones (an exact replay)."""
        if self._n > n or n > self._epochs.shape[0]:
            raise ValueError(f"cannot hold {n} epochs: {self._n} shown, room for {self._epochs.shape[0]}")
        self._recorded = int(n)

    def forget_hidden(self) -> None:
        """Drop the epochs hidden by :meth:`truncate` (a new branch starts here)."""
        self._recorded = self._n

    def tail(self, start: int) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the held epochs from ``start`` on: (epochs, values ``(4, k)``)."""
        m = self._recorded
        return self._epochs[start:m].copy(), self._values[:, start:m].copy()

    def splice(self, start: int, tail: tuple[np.ndarray, np.ndarray]) -> None:
        """Hold ``tail`` (from :meth:`tail`) as the epochs from ``start`` on; show ``start``."""
        epochs, values = tail
        if start > self._recorded:
            raise ValueError(f"the history holds {self._recorded} epochs, cannot continue at {start}")
        end = start + epochs.shape[0]
        if end > self._epochs.shape[0]:
            self._recorded = start
            self._grow(end)
        self._epochs[start:end] = epochs
        self._values[:, start:end] = values
        self._n, self._recorded = start, end

    def __repr__(self) -> str:
        return f"History({self._n} epochs)"
