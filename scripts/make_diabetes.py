#!/usr/bin/env python3
"""Write data/diabetes.csv: a SYNTHETIC stand-in for the first tutorial's diabetes table.

The real table (glucose, blood pressure -> diabetes, 1000 rows) is not freely available, so this
script invents one with a fixed seed. It is not medical data: the numbers only look plausible.

Each row is a person who has diabetes (1) or not (0), with about a third positive. Glucose
(mg/dL, 70-200) and blood pressure (mmHg, 60-120) are drawn from one normal distribution per
class, redrawn until inside those ranges. The classes overlap, so after scaling a single sigmoid
neuron with a bias separates them with roughly 85 % accuracy, not 100 %.

    python scripts/make_diabetes.py                 # writes data/diabetes.csv
    python scripts/make_diabetes.py --out other.csv # writes elsewhere (the tests do this)
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

SEED = 2024
ROWS = 1000
POSITIVE_SHARE = 0.35
# (mean, standard deviation) per class: 0 = no diabetes, 1 = diabetes
GLUCOSE = {0: (106.0, 18.0), 1: (143.0, 26.0)}
PRESSURE = {0: (76.0, 9.0), 1: (86.0, 11.0)}
GLUCOSE_RANGE = (70, 200)
PRESSURE_RANGE = (60, 120)


def _truncated_normal(rng: np.random.Generator, mean: float, sd: float, lo: int, hi: int, m: int) -> np.ndarray:
    """``m`` whole numbers from N(mean, sd), redrawing any that fall outside [lo, hi]."""
    out = np.rint(rng.normal(mean, sd, m))
    bad = (out < lo) | (out > hi)
    while bad.any():
        out[bad] = np.rint(rng.normal(mean, sd, bad.sum()))
        bad = (out < lo) | (out > hi)
    return out.astype(int)


def make_rows(seed: int = SEED, rows: int = ROWS) -> list[tuple[int, int, int]]:
    """(glucose, blood_pressure, diabetes) rows in a shuffled order."""
    rng = np.random.default_rng(seed)
    y = (rng.permutation(rows) < round(rows * POSITIVE_SHARE)).astype(int)
    glucose = np.empty(rows, dtype=int)
    pressure = np.empty(rows, dtype=int)
    for k in (0, 1):
        m = int((y == k).sum())
        glucose[y == k] = _truncated_normal(rng, *GLUCOSE[k], *GLUCOSE_RANGE, m)
        pressure[y == k] = _truncated_normal(rng, *PRESSURE[k], *PRESSURE_RANGE, m)
    return list(zip(glucose.tolist(), pressure.tolist(), y.tolist()))


def write_csv(path: Path, seed: int = SEED, rows: int = ROWS) -> None:
    lines = ["glucose,blood_pressure,diabetes"]
    lines += [f"{g},{p},{d}" for g, p, d in make_rows(seed, rows)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main() -> None:
    default = Path(__file__).resolve().parents[1] / "data" / "diabetes.csv"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default, help=f"where to write (default {default})")
    args = parser.parse_args()
    write_csv(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
