"""Timeline figures as JSON: memory held, time to jump to any epoch, and the cost of recording.

    PYTHONPATH=. python scripts/bench_timeline.py [--spiral-epochs 100000] [--iris-epochs 10000]

* memory: the keyframes' bytes (``Timeline.nbytes``) and the History's after a continuous run
  recorded as the session records one (``record_epoch`` after every ``step_epoch``, with that
  call's time); plus tracemalloc's count of everything a shorter run left allocated, as a check
  on the estimate. Iris (one sample at a time) is slow, so it runs ``--iris-epochs`` and the
  figures for 100,000 epochs are extrapolated linearly (keyframes come with training time, and
  no thinning happens below the budget): the JSON says so.
* jump: ``Timeline.goto`` to random epochs of the 100,000-epoch spiral run, plus the worst
  places (the epoch just before each of a sample of keyframes: the longest replay); worst,
  99th percentile and median.
* overhead: the time spent inside ``record_epoch`` over the time spent training, in the same
  run (``record_epoch_share_of_training``: the figure least disturbed by a busy machine); and
  blocks of epochs with and without recording, alternated on the same trainer: the ratio's
  median, quartiles and range over the blocks (wall time and CPU time).

The machine is shared: the load average is printed with the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import tracemalloc

import numpy as np

from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.engine.timeline import Timeline


def record(trainer, timeline, epochs: int) -> tuple[float, float]:
    """Train ``epochs`` epochs recording them as a continuous run would.
    Returns (seconds in all, seconds inside ``record_epoch``)."""
    clock, step, rec = time.perf_counter, trainer.step_epoch, timeline.record_epoch
    start = clock()
    recording = 0.0
    for _ in range(epochs):
        t0 = clock()
        step()
        t1 = clock()
        rec(trainer, t1 - t0)
        recording += clock() - t1
    return clock() - start, recording


def memory_run(lesson: str, epochs: int) -> dict:
    t = get_lesson(lesson).trainer()
    tl = Timeline(t)
    seconds, recording = record(t, tl, epochs)
    return {
        "lesson": lesson, "network": t.network.describe(), "epochs": epochs,
        "train_seconds": round(seconds, 2), "ms_per_epoch": round(1000 * seconds / epochs, 4),
        "record_epoch_share_of_training": round(recording / (seconds - recording), 5),
        "keyframes": len(tl.keyframes), "thinned": tl.thinned,
        "keyframe_bytes": tl.nbytes, "history_bytes": t.history.nbytes,
        "total_MB": round((tl.nbytes + t.history.nbytes) / 1e6, 3),
        "bytes_per_keyframe": round(tl.nbytes / len(tl.keyframes)),
    }, t, tl


def traced(lesson: str, epochs: int) -> dict:
    """Everything a recorded run leaves allocated, by tracemalloc, against the estimate."""
    t = get_lesson(lesson).trainer()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tl = Timeline(t)
    record(t, tl, epochs)
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    estimate = tl.nbytes + t.history.nbytes
    return {"epochs": epochs, "keyframes": len(tl.keyframes), "traced_bytes": held,
            "estimated_bytes": estimate, "traced_over_estimate": round(held / estimate, 3)}


def jumps(t, tl, n_random: int, n_worst: int, seed: int = 0) -> dict:
    rnd = random.Random(seed)
    newest = tl.label(tl.newest)[0]
    targets = [("random", rnd.randint(0, newest)) for _ in range(n_random)]
    keys = [k for k in tl.keyframes if k[0] > 0]
    for ordinal, epoch, cursor, kind in rnd.sample(keys, min(n_worst, len(keys))):
        targets.append(("before a keyframe", tl.label(ordinal - 1)[0]))
    rnd.shuffle(targets)
    times = {"random": [], "before a keyframe": []}
    cpu = []
    for what, epoch in targets:
        t0, c0 = time.perf_counter(), time.process_time()
        tl.goto(t, epoch)
        times[what].append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    everything = times["random"] + times["before a keyframe"]
    out = {"jumps": len(everything), "worst_ms": round(max(everything), 2),
           "p99_ms": round(float(np.percentile(everything, 99)), 2),
           "median_ms": round(statistics.median(everything), 2),
           "cpu_worst_ms": round(max(cpu), 2), "cpu_p99_ms": round(float(np.percentile(cpu, 99)), 2),
           "cpu_median_ms": round(statistics.median(cpu), 2)}
    for what, ts in times.items():
        if ts:
            out[f"worst_{what.replace(' ', '_')}_ms"] = round(max(ts), 2)
    return out


def overhead(lesson: str, block: int, rounds: int) -> dict:
    """Alternate blocks of plain step_epoch and recorded step_epoch on one trainer."""
    t = get_lesson(lesson).trainer()
    tl = Timeline(t)
    record(t, tl, 200)                          # warm up
    walls, cpus = [], []
    for r in range(rounds):
        res = {}
        for mode in (("plain", "timeline") if r % 2 == 0 else ("timeline", "plain")):
            w0, c0 = time.perf_counter(), time.process_time()
            if mode == "plain":
                clock, step = time.perf_counter, t.step_epoch
                for _ in range(block):     # the same clock calls a recorded run makes
                    t0 = clock()
                    step()
                    _ = clock() - t0
                tl.start(t)                # the timeline cannot know these epochs
            else:
                record(t, tl, block)
            res[mode] = (time.perf_counter() - w0, time.process_time() - c0)
        walls.append(res["timeline"][0] / res["plain"][0])
        cpus.append(res["timeline"][1] / res["plain"][1])
    q = lambda xs, p: round(float(np.percentile(xs, p)), 4)  # noqa: E731
    return {"lesson": lesson, "block_epochs": block, "rounds": rounds,
            "wall_ratio_median": q(walls, 50), "wall_ratio_quartiles": [q(walls, 25), q(walls, 75)],
            "wall_ratio_range": [q(walls, 0), q(walls, 100)],
            "cpu_ratio_median": q(cpus, 50), "cpu_ratio_quartiles": [q(cpus, 25), q(cpus, 75)],
            "cpu_ratio_range": [q(cpus, 0), q(cpus, 100)]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spiral-epochs", type=int, default=100_000)
    ap.add_argument("--iris-epochs", type=int, default=10_000)
    ap.add_argument("--jumps", type=int, default=300, help="random jumps (plus half as many worst-place jumps)")
    ap.add_argument("--overhead-rounds", type=int, default=20)
    args = ap.parse_args(argv)
    out = {"load_average_start": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}

    spiral, t, tl = memory_run("spiral", args.spiral_epochs)
    out["spiral_memory"] = spiral
    print(json.dumps({"spiral_memory": spiral}), file=sys.stderr)
    out["spiral_jump"] = jumps(t, tl, args.jumps, args.jumps // 2)
    print(json.dumps({"spiral_jump": out["spiral_jump"]}), file=sys.stderr)
    del t, tl

    iris, t, tl = memory_run("iris", args.iris_epochs)
    scale = 100_000 / args.iris_epochs
    iris["extrapolated_to_100000_epochs"] = {
        "note": f"measured {args.iris_epochs} epochs, scaled linearly by {scale:g}",
        "keyframes": round(iris["keyframes"] * scale),
        "total_MB": round((iris["keyframe_bytes"] + iris["history_bytes"]) * scale / 1e6, 2),
        "train_seconds": round(iris["train_seconds"] * scale),
    }
    out["iris_memory"] = iris
    out["iris_jump"] = jumps(t, tl, 100, 50, seed=1)
    print(json.dumps({"iris_memory": iris}), file=sys.stderr)
    del t, tl

    out["traced_check_spiral"] = traced("spiral", min(20_000, args.spiral_epochs))
    out["overhead_spiral"] = overhead("spiral", 1000, args.overhead_rounds)
    out["overhead_iris"] = overhead("iris", 50, args.overhead_rounds)
    out["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
