"""Benchmark ``nnviz predict`` on a large table: its peak memory against the table's size.

Trains a small session on a table with number and text inputs (a few epochs: the network's
size, not its quality, matters here), writes a large CSV of new rows (default about 60 MB) to a
temporary folder, runs ``python -m nnviz predict SESSION --csv BIG.csv --out OUT.csv`` in a
subprocess and reads the child's peak resident memory from ``resource.getrusage(RUSAGE_CHILDREN)``.
A second child only opens the session (the cost of Python, NumPy, pandas and nnviz before any
row), so the table's own share is the difference. Prints one JSON object.

    python scripts/bench_predict.py [--mb 60] [--whole]

``--whole`` also measures reading the whole table at once (``read_table`` + one encode), what
``predict`` did before it read in chunks.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nnviz.core.app.session import Session  # noqa: E402
from nnviz.core.data.csvdata import load_csv  # noqa: E402

BASELINE = r"""
import resource, sys
from nnviz.core.app.session import Session
import nnviz.cli, pandas
s = Session(); s.open(sys.argv[1])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

WHOLE = r"""
import io, resource, sys
import numpy as np
from nnviz.core.app.predict import encode_table, missing_rule, model_recipe, network_inputs, output_table, write_table
from nnviz.core.app.session import Session
from nnviz.core.data.csvdata import read_table
s = Session(); s.open(sys.argv[1])
recipe = model_recipe(s.problem, s.settings.output_activation, missing_rule(s.source))
frame = read_table(sys.argv[2]).frame
rows = frame.astype(object).where(frame.notna(), None).values.tolist()
X, kept, echo, reports = encode_table([str(c) for c in frame.columns], rows, recipe)
buf = io.StringIO()
write_table(*output_table(s.predict(network_inputs(X, recipe)), kept, echo, recipe), buf)
open(sys.argv[3], "wb").write(buf.getvalue().encode("utf-8"))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def train_session(folder: Path) -> Path:
    lines = ["weight,colour,age,kind"]
    for w in range(1, 41):
        for c in ("red", "blue", "green"):
            lines.append(f"{w},{c},{w % 5 + 1},{'cat' if w + (c == 'red') * 3 < 20 else 'dog'}")
    table = folder / "pets.csv"
    table.write_text("\n".join(lines) + "\n")
    s = Session()
    s.load_problem(load_csv(table, "kind", features=["weight", "colour", "age"], missing="mean"), "pets.csv",
                   source={"csv": str(table), "missing": "mean", "target": "kind"})
    for _ in range(5):
        s.step("epoch")
    path = folder / "pets.nnviz"
    s.save(path)
    return path


def write_table(path: Path, mb: float, seed: int = 0) -> int:
    """New rows (about ``mb`` MB): a block of distinct rows repeated, a few gaps and unknowns."""
    rng = np.random.default_rng(seed)
    n = 20_000
    weight = rng.uniform(0, 45, n)
    colour = rng.choice(["red", "blue", "green", "Blue", "", "purple"], n, p=[.3, .3, .3, .05, .03, .02])
    age = rng.integers(1, 7, n).astype(str)
    age[rng.random(n) < 0.02] = ""
    block = "".join(f"{w:.4f},{c},{a}\n" for w, c, a in zip(weight, colour, age))
    repeats = max(1, int(mb * 2**20 / len(block)))
    with open(path, "w", newline="") as fh:
        fh.write("weight,colour,age\n")
        for _ in range(repeats):
            fh.write(block)
    return repeats * n


def child_rss_mb(argv: list[str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB of every child so far, stdout) of running ``argv``."""
    t0 = time.perf_counter()
    r = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed ({r.returncode}): {r.stderr.strip()[-500:]}")
    return time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, r.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=60.0, help="size of the table to predict, in MB")
    ap.add_argument("--whole", action="store_true", help="also measure reading the whole table at once")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        session = train_session(folder)
        big = folder / "big.csv"
        rows = write_table(big, args.mb)
        file_mb = big.stat().st_size / 2**20
        # the predict child runs first: RUSAGE_CHILDREN's peak is then its own
        seconds, peak_mb, _ = child_rss_mb([sys.executable, "-m", "nnviz", "predict", str(session),
                                            "--csv", str(big), "--out", str(folder / "out.csv")])
        out_lines = sum(1 for _ in open(folder / "out.csv", "rb"))
        _, _, base = child_rss_mb([sys.executable, "-c", BASELINE, str(session)])
        base_mb = int(base) / 1024
        result = {
            "rows": rows, "file_mb": round(file_mb, 1), "predict_s": round(seconds, 1),
            "output_rows": out_lines - 1,
            "peak_rss_mb": round(peak_mb, 1), "rss_over_file": round(peak_mb / file_mb, 2),
            "baseline_rss_mb": round(base_mb, 1),
            "table_share_over_file": round((peak_mb - base_mb) / file_mb, 2),
        }
        if args.whole:
            _, _, whole = child_rss_mb([sys.executable, "-c", WHOLE, str(session), str(big), str(folder / "w.csv")])
            whole_mb = int(whole) / 1024
            result.update({"whole_table_peak_rss_mb": round(whole_mb, 1),
                           "whole_table_rss_over_file": round(whole_mb / file_mb, 2)})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
