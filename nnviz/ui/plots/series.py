"""Storage for long, growing series: equal-length columns in fixed chunks, and min/max
pyramids that let a curve of any length be drawn from about two points per pixel column."""
from __future__ import annotations

import numpy as np


class ChunkedColumns:
    """Equal-length float64 columns stored in fixed-size NumPy chunks.

    Appending never copies what is already held (a doubling array would copy tens of MB at a
    million epochs, in the middle of a frame); reading a range concatenates at most the chunks it
    spans, and a range inside one chunk is a view.
    """

    CHUNK = 1 << 15

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.n = 0
        self._chunks: dict[str, list[np.ndarray]] = {name: [] for name in names}

    def clear(self) -> None:
        self.n = 0
        self._chunks = {name: [] for name in self.names}

    def append(self, columns: dict[str, np.ndarray | None], count: int) -> None:
        size = self.CHUNK
        for name in self.names:
            values = columns.get(name)
            chunks = self._chunks[name]
            done = 0
            at = self.n
            while done < count:
                if at // size == len(chunks):
                    chunks.append(np.empty(size))
                offset = at % size
                take = min(size - offset, count - done)
                target = chunks[at // size][offset: offset + take]
                if values is None:
                    target.fill(np.nan)
                else:
                    target[:] = values[done: done + take]
                done += take
                at += take
        self.n += count

    def get(self, name: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """Samples ``start`` .. ``stop - 1`` of column ``name`` (a view inside one chunk)."""
        stop = self.n if stop is None else min(stop, self.n)
        start = max(0, min(start, stop))
        size, chunks = self.CHUNK, self._chunks[name]
        first, last = start // size, (stop - 1) // size if stop > start else start // size
        if stop <= start:
            return np.empty(0)
        if first == last:
            return chunks[first][start - first * size: stop - first * size]
        parts = [chunks[first][start - first * size:]]
        parts += chunks[first + 1: last]
        parts.append(chunks[last][: stop - last * size])
        return np.concatenate(parts)

    def at(self, name: str, index: int) -> float:
        return float(self._chunks[name][index // self.CHUNK][index % self.CHUNK])

    def searchsorted(self, name: str, value: float, side: str = "left") -> int:
        """Where ``value`` goes in column ``name`` (ascending, such as the epochs)."""
        if self.n == 0:
            return 0
        chunks, size = self._chunks[name], self.CHUNK
        firsts = [c[0] for c in chunks]
        k = max(int(np.searchsorted(firsts, value, side=side)) - 1, 0)
        stop = min(size, self.n - k * size)
        i = k * size + int(np.searchsorted(chunks[k][:stop], value, side=side))
        return i


class PeakPyramid:
    """Min and max of a growing series over blocks of 2, 4, 8, ... samples, so a curve of any
    length is drawn from about two points per pixel column: the lowest and highest value in it,
    spikes included.

    Blocks of 64 samples and up are stored and kept up to date as samples arrive (amortised
    O(1) per sample, about n/32 numbers in all, so growing it never copies much); smaller
    blocks are reduced from the raw samples when asked for, which costs at most 64 samples per
    block drawn. NaN is ignored inside a block (``fmin``/``fmax``); a block of NaN only stays
    NaN, so the curve breaks there as it should.
    """

    BASE = 6     # the first stored level: blocks of 2**6 = 64 samples

    def __init__(self) -> None:
        self._mins: list[np.ndarray] = []    # index i: level BASE + i
        self._maxs: list[np.ndarray] = []
        self._counts: list[int] = []
        self._n = 0

    def clear(self) -> None:
        self._counts = [0] * len(self._counts)
        self._n = 0

    def _store(self, i: int, have: int, lows: np.ndarray, highs: np.ndarray) -> None:
        if i == len(self._counts):
            self._mins.append(np.empty(64))
            self._maxs.append(np.empty(64))
            self._counts.append(0)
        full = have + len(lows)
        if full > len(self._mins[i]):
            capacity = max(full, 2 * len(self._mins[i]))
            for arrays in (self._mins, self._maxs):
                grown = np.empty(capacity)
                grown[:have] = arrays[i][:have]
                arrays[i] = grown
        self._mins[i][have:full] = lows
        self._maxs[i][have:full] = highs
        self._counts[i] = full

    def needs_from(self) -> int:
        """The first sample :meth:`update` needs (the start of the first incomplete block)."""
        return (self._counts[0] if self._counts else 0) << self.BASE

    def update(self, new: np.ndarray, n: int) -> None:
        """Take in samples ``needs_from()`` .. ``n - 1`` (``new``) of a series now ``n`` long."""
        self._n = n
        size = 1 << self.BASE
        have = self._counts[0] if self._counts else 0
        full = n // size
        if full > have:
            blocks = new[: (full - have) * size].reshape(-1, size)
            self._store(0, have, np.fmin.reduce(blocks, axis=1), np.fmax.reduce(blocks, axis=1))
        i = 0
        while i < len(self._counts) and self._counts[i] >= 2:
            full = self._counts[i] // 2
            have = self._counts[i + 1] if i + 1 < len(self._counts) else 0
            if full > have:
                lo, hi = self._mins[i], self._maxs[i]
                even, odd = slice(2 * have, 2 * full, 2), slice(2 * have + 1, 2 * full, 2)
                self._store(i + 1, have, np.fmin(lo[even], lo[odd]), np.fmax(hi[even], hi[odd]))
            i += 1

    def level_for(self, count: int, budget: int) -> int:
        """The coarsest detail needed: the smallest level whose blocks over ``count`` samples
        give at most ``budget`` points (two per block); 0 means the raw samples."""
        if count <= budget:
            return 0
        level = 1
        while 2 * ((count + (1 << level) - 1) >> level) > budget and level < 62:
            level += 1
        return level

    def complete(self, level: int) -> int:
        """How many complete blocks of ``2**level`` samples there are."""
        return self._n >> level

    def blocks(self, level: int, first: int, stop: int,
               samples) -> tuple[np.ndarray, np.ndarray]:
        """Min and max of the complete level-``level`` blocks ``first`` .. ``stop - 1``;
        ``samples(start, stop)`` reads the series (for levels below the stored ones)."""
        if level < self.BASE:
            size = 1 << level
            blocks = samples(first * size, stop * size).reshape(-1, size)
            return np.fmin.reduce(blocks, axis=1), np.fmax.reduce(blocks, axis=1)
        i = level - self.BASE
        return self._mins[i][first:stop], self._maxs[i][first:stop]
