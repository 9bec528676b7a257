"""Every case of tests/data/csv/cases.json through the command line, run as a person runs it:
``python -m nnviz train --csv FILE --target COL ... --epochs 2 --json`` in a subprocess.

A table that loads trains and ends with a final JSON line (exit 0); a refusal is exactly one
line on stderr containing the case's message, exit code 2, no traceback. The runs are started
together (one per CPU) so the module takes seconds, not a minute.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "csv"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))["cases"]
TIMEOUT = 120


def _id(case: dict) -> str:
    """A readable id, unique: the case's number, file, target and option names."""
    extra = "-".join(sorted(case["kwargs"])) if case["kwargs"] else ""
    return f"{CASES.index(case):02d}-{case['file']}:{case['target']}" + (f"[{extra}]" if extra else "")


def cli_args(case: dict) -> list[str] | str:
    """The command line for a case, or why the CLI cannot express it (a string)."""
    args = ["train", "--csv", str(CORPUS / case["file"]), "--target", case["target"], "--epochs", "2", "--json"]
    for key, value in case["kwargs"].items():
        if key == "features":
            if not value:
                return "an empty --features means the default columns; the CLI cannot choose none"
            args += ["--features", ",".join(value)]
        elif key == "missing":
            args += ["--missing", value]
        elif key == "scaling":
            args += ["--scaling", value]
        elif key == "split":
            args += ["--split", ",".join(str(v) for v in value)]
        elif key == "target_kind":
            args += ["--target-kind", value]
        elif key == "seed":
            args += ["--seed", str(value)]
        else:  # one_hot_text: the CLI always one-hot encodes chosen text columns
            return f"the CLI has no flag for {key}"
    return args


def _run(args: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True,
                          timeout=TIMEOUT, cwd=ROOT, env=env)


@pytest.fixture(scope="module")
def results() -> dict[str, subprocess.CompletedProcess]:
    """Every expressible case, run concurrently."""
    todo = {_id(c): cli_args(c) for c in CASES}
    todo = {k: v for k, v in todo.items() if isinstance(v, list)}
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {k: pool.submit(_run, v) for k, v in todo.items()}
        return {k: f.result() for k, f in futures.items()}


def test_case_ids_are_unique():
    ids = [_id(c) for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_corpus_case_through_the_cli(case, results):
    args = cli_args(case)
    if isinstance(args, str):
        pytest.skip(args)
    r = results[_id(case)]
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout
    if case["expect"] == "load":
        assert r.returncode == 0, r.stderr
        lines = r.stdout.strip().splitlines()
        final = json.loads(lines[-1])
        assert final["final"] is True and final["epoch"] == 2
        assert [json.loads(line)["epoch"] for line in lines[:-1]] == [1, 2]
        if case["task"] != "regression":
            assert 0 <= final["test_accuracy"] <= 1
            k = len(case.get("class_names") or [0, 1]) if case["task"] == "multiclass" else 2
            assert len(final["confusion"]) == k
        return
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert case["message_contains"] in lines[0]
    assert lines[0].startswith("nnviz: ")
    assert r.stdout == ""
