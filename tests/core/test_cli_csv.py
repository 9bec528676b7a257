"""Every case of tests/data/csv/cases.json through the command line:
``nnviz train --csv FILE --target COL ... --epochs 2 --json``.

The cases run in-process through ``nnviz.cli.main(argv, out, err)``, the very function the
``nnviz`` command calls, so the module takes about a second; a few of them also run as a real
``python -m nnviz`` process (the smoke tests at the end), to prove the process behaves the same.
A table that loads trains and ends with a final JSON line (exit 0); a refusal is exactly one
line on stderr containing the case's message, exit code 2, no traceback.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from nnviz.cli import main

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


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_in_process(args: list[str]) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, out, err)
    return Run(code, out.getvalue(), err.getvalue())


def run_process(args: list[str]) -> Run:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True,
                       timeout=TIMEOUT, cwd=ROOT, env=env)
    return Run(r.returncode, r.stdout, r.stderr)


def test_case_ids_are_unique():
    ids = [_id(c) for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_corpus_case_through_the_cli(case):
    args = cli_args(case)
    if isinstance(args, str):
        pytest.skip(args)
    check(case, run_in_process(args))


# One good table, one refusal found while reading, one found while preparing: as real processes.
SMOKE = ["good/latin1.csv", "bad/ragged_quoted.csv", "bad/single_class.csv"]


@pytest.mark.parametrize("case", [c for c in CASES if c["file"] in SMOKE and not c["kwargs"]], ids=_id)
def test_corpus_case_as_a_real_process(case):
    check(case, run_process(cli_args(case)))


def check(case: dict, r: Run) -> None:
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
