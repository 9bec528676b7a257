"""Time saving and opening session files (.nnviz) and print the figures as JSON.

    python scripts/bench_session_file.py [--epochs 20000] [--repeat 5]

For the spiral lesson (2-8-8-1, Adam, its timeline's keyframes included) and Iris trained one
sample at a time: the file's size, the time to save and to open it (median and spread of
``--repeat`` runs), and the number of keyframes the file holds.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nnviz.core.app.session import Session  # noqa: E402


def measure(lesson: str, epochs: int, repeat: int, folder: Path) -> dict:
    s = Session()
    s.load_lesson(lesson)
    start = time.perf_counter()
    for _ in s.run(epochs):
        pass
    train_s = time.perf_counter() - start
    path = folder / f"{lesson}.nnviz"
    saves, opens = [], []
    for _ in range(repeat):
        t = time.perf_counter()
        s.save(path)
        saves.append(time.perf_counter() - t)
        t = time.perf_counter()
        Session().open(path)
        opens.append(time.perf_counter() - t)
    return {
        "lesson": lesson, "epochs": epochs, "train_s": round(train_s, 2), "keyframes": len(s.timeline.keyframes),
        "file_mb": round(os.path.getsize(path) / 1e6, 3),
        "save_s": {"median": round(statistics.median(saves), 3), "min": round(min(saves), 3), "max": round(max(saves), 3)},
        "open_s": {"median": round(statistics.median(opens), 3), "min": round(min(opens), 3), "max": round(max(opens), 3)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=20_000, help="spiral epochs (Iris trains a tenth, at most 500)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for lesson, epochs in (("spiral", args.epochs), ("iris", min(500, max(1, args.epochs // 10)))):
            print(json.dumps(measure(lesson, epochs, args.repeat, Path(tmp))), flush=True)


if __name__ == "__main__":
    main()
