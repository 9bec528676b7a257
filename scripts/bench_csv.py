"""Benchmark the CSV engine: 1,000,000 rows × 10 numeric columns + a binary target.

Writes the file to a temporary folder, then times :func:`read_table` (with a progress callback)
and :func:`prepare` in a fresh subprocess so its peak resident memory (``ru_maxrss``) belongs
to the load alone. Prints one JSON object.

    python scripts/bench_csv.py [--rows N]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

CHILD = r"""
import json, resource, sys, time
import pandas as pd
import nnviz.core.data.csvdata as csvdata

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

base_mb = rss_mb()
calls = []
w0, c0 = time.perf_counter(), time.process_time()
table = csvdata.read_table(sys.argv[1], progress=calls.append)
w1, c1 = time.perf_counter(), time.process_time()
read_mb = rss_mb()
problem = csvdata.prepare(table, "target")
w2, c2 = time.perf_counter(), time.process_time()
peak_mb = rss_mb()
del table, problem
w3 = time.perf_counter()
pd.read_csv(sys.argv[1])
w4 = time.perf_counter()
print(json.dumps({
    "read_s": w1 - w0, "prepare_s": w2 - w1, "read_cpu_s": c1 - c0, "prepare_cpu_s": c2 - c1,
    "plain_pandas_read_s": w4 - w3,
    "progress_calls": len(calls), "progress_monotonic": calls == sorted(calls),
    "import_rss_mb": base_mb, "after_read_rss_mb": read_mb, "peak_rss_mb": peak_mb,
}))
"""


def write_csv(path: Path, rows: int, seed: int = 0, unique_rows: int = 50_000) -> float:
    """Write the benchmark table; return seconds taken.

    Formatting a million floats takes ~30 s here, so ``unique_rows`` distinct rows are
    formatted once and the block is repeated; parsing cost is the same as for distinct rows.
    """
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    n = min(rows, unique_rows)
    X = rng.normal(size=(n, 10)) * np.logspace(-3, 6, 10)  # columns from ~1e-3 to ~1e6
    frame = pd.DataFrame(X, columns=[f"x{i}" for i in range(10)])
    frame["target"] = (X[:, 0] * 1e3 + X[:, 1] * 1e2 > 0).astype(int)
    header, body = frame.to_csv(index=False, float_format="%.6g").split("\n", 1)
    with open(path, "w", newline="") as fh:
        fh.write(header + "\n")
        for _ in range(rows // n):
            fh.write(body)
        fh.write("".join(body.splitlines(keepends=True)[: rows % n]))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.csv"
        write_s = write_csv(path, args.rows)
        size_mb = path.stat().st_size / 2**20
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True)
    child = json.loads(out.stdout)
    total = child["read_s"] + child["prepare_s"]
    result = {
        "rows": args.rows,
        "columns": 11,
        "file_mb": round(size_mb, 1),
        "write_s": round(write_s, 2),
        "read_s": round(child["read_s"], 2),
        "prepare_s": round(child["prepare_s"], 2),
        "total_s": round(total, 2),
        "read_cpu_s": round(child["read_cpu_s"], 2),
        "prepare_cpu_s": round(child["prepare_cpu_s"], 2),
        "plain_pandas_read_s": round(child["plain_pandas_read_s"], 2),
        "read_rows_per_s": round(args.rows / child["read_s"]),
        "total_rows_per_s": round(args.rows / total),
        "progress_calls": child["progress_calls"],
        "progress_monotonic": child["progress_monotonic"],
        "import_rss_mb": round(child["import_rss_mb"], 1),
        "after_read_rss_mb": round(child["after_read_rss_mb"], 1),
        "peak_rss_mb": round(child["peak_rss_mb"], 1),
        "peak_over_file": round((child["peak_rss_mb"] - child["import_rss_mb"]) / size_mb, 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
