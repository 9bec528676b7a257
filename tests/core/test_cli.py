"""The command line: as a person runs it (a subprocess, reading stdout, stderr and the exit code), and\nin-process through main(argv, out, err) for the many refusal cases."""
import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnviz.cli import main

REPO = Path(__file__).resolve().parents[2]


def nnviz(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True, timeout=timeout)


def test_lessons_lists_one_line_each():
    from nnviz.core.teaching.lessons import LESSONS

    r = nnviz("lessons")
    assert r.returncode == 0
    lines = r.stdout.strip().splitlines()
    assert len(lines) == len(LESSONS)
    assert all(line.split()[0] in LESSONS for line in lines)


def test_train_json_prints_epochs_and_a_final_line_with_test_metrics():
    r = nnviz("train", "--lesson", "iris", "--epochs", "30", "--every", "10", "--json")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["epoch"] for row in rows[:-1]] == [10, 20, 30]
    assert {"train_loss", "val_loss", "train_accuracy", "val_accuracy"} <= set(rows[0])
    final = rows[-1]
    assert final["final"] is True and 0 <= final["test_accuracy"] <= 1 and len(final["confusion"]) == 3


def test_train_overrides_change_the_network():
    r = nnviz("train", "--lesson", "circle", "--hidden", "8,8", "--activation", "relu", "--optimizer", "adam",
              "--lr", "0.01", "--batch-size", "10", "--epochs", "3", "--seed", "7")
    assert r.returncode == 0, r.stderr
    assert "2-8-8-1 (relu, relu, sigmoid)" in r.stdout and "adam lr 0.01" in r.stdout and "batch 10" in r.stdout


def test_same_seed_same_output():
    a = nnviz("train", "--lesson", "moons", "--epochs", "20", "--seed", "5", "--json")
    b = nnviz("train", "--lesson", "moons", "--epochs", "20", "--seed", "5", "--json")
    assert a.stdout == b.stdout and a.stdout


def run_in_process(*args):
    """``nnviz ARGS`` through the CLI's main(): (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


IRIS = str(REPO / "data" / "iris.csv")
# (arguments, what the one line must say: a text, or a tuple of texts it must all hold). Where
# argparse words the line itself, only the behaviour is pinned (the option and the bad word
# named), never argparse's sentence: Python 3.13.5 prints the choices without quotes.
BAD_ARGUMENTS = [
    (["train", "--epochs", "2147483648"], "'2147483648' must be at most 10,000,000"),
    (["train", "--seed", "2147483648"], "'2147483648' must be at most 2,147,483,647"),
    (["train", "--batch-size", "99999999999999999999"], "must be at most 2,147,483,647"),
    (["train", "--lesson", "nope"], "unknown lesson 'nope'; choose one of circle,"),
    (["train", "--lr", "-1"], "learning rate '-1': it must be more than 0"),
    (["train", "--lr", "abc"], "learning rate 'abc': “abc” is not a number"),
    (["train", "--lr", "1e9"], "learning rate '1e9': too large (at most 1000"),
    (["train", "--epochs", "0"], "argument --epochs: '0' must be at least 1"),
    (["train", "--hidden", "8,x"], "'8,x' is not a list of layer sizes like 8,8"),
    (["train", "--activation", "swish"], ("argument --activation", "'swish'", "relu")),
    (["train", "--batch-size", "-3"], "argument --batch-size: '-3' must be 0 or more"),
    (["train", "--csv", IRIS], "--csv needs --target COL"),
    (["train", "--csv", "no/such/file.csv", "--target", "y"], "file.csv: the file does not exist"),
    (["train", "--csv", IRIS, "--target", "colour"], "column 'colour' does not exist"),
    (["train", "--lesson", "iris", "--csv", IRIS, "--target", "species"], "give either --lesson or --csv, not both"),
    (["train", "--split", "1,2"], "'1,2' must be three percentages train,validation,test"),
    (["frobnicate"], ("'frobnicate'", "lessons", "train", "predict", "export")),
    (["--size", "big"], ("'big'", "lessons", "train", "predict", "export")),
    (["train", "--l1", "-1"], "argument --l1: '-1' must be zero or a positive number"),
    (["train", "--noise", "60"], "the noise must be a percentage from 0 to 50, got '60'"),
    (["train", "--noise", "lots"], "the noise must be a percentage from 0 to 50, got 'lots'"),
    (["train", "--train-ratio", "95"], "the training ratio must be a percentage from 10 to 90, got '95'"),
    (["train", "--points", "3"], "the number of points must be from 10 to 10000, got 3"),
    (["train", "--points", "2.5"], "'2.5' is not a whole number of points"),
    (["train", "--data-seed", "-1"], "argument --data-seed: '-1' must be 0 or more"),
    (["train", "--inputs", "x3"], "unknown input 'x3'; choose from x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)"),
    (["train", "--inputs", ","], "choose at least one input"),
    (["train", "--lesson", "iris", "--inputs", "x1^2"], "feature inputs need a problem with two inputs (x1, x2); 'iris' has 4"),
    (["train", "--lesson", "or-gate", "--noise", "20"], "--noise works with the generated sets (circle,"),
    (["train", "--csv", IRIS, "--target", "species", "--points", "50", "--data-seed", "2"],
     "--points, --data-seed work with the generated sets (circle,"),
]


@pytest.mark.parametrize("args,message", BAD_ARGUMENTS, ids=[" ".join(a) for a, _ in BAD_ARGUMENTS])
def test_bad_arguments_give_their_own_one_line_and_exit_2(args, message):
    code, out, err = run_in_process(*args)
    assert code == 2, (out, err)
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    fragments = (message,) if isinstance(message, str) else message
    assert err.startswith("nnviz") and all(f in err for f in fragments), err


def test_a_bad_argument_in_a_real_process_is_one_line_without_a_traceback():
    r = nnviz("train", "--noise", "60")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == ("nnviz train: argument --noise: the noise must be a percentage from 0 to 50, "
                                "got '60' (see nnviz train --help)")


def test_circle_is_solved_by_one_neuron_on_x1_squared_and_x2_squared():
    code, out, err = run_in_process("train", "--lesson", "circle", "--hidden", "0", "--inputs", "x1^2,x2^2",
                                    "--epochs", "500", "--json")
    assert code == 0, err
    final = json.loads(out.splitlines()[-1])
    assert final["epoch"] == 500 and final["test_accuracy"] >= 0.95
    code, out, _ = run_in_process("train", "--lesson", "circle", "--hidden", "0", "--inputs", "x₁²,x₂²", "--epochs", "2")
    assert "circle: 2-1 (sigmoid)" in out and "note: inputs: x₁², x₂²" in out


def test_data_knobs_and_l1_reach_the_data_and_the_trainer(monkeypatch):
    from nnviz.core.app import session
    from nnviz.core.data.datasets import GeneratedData

    seen = {}
    real = session.build_trainer

    def spy(problem, settings):
        seen["problem"], seen["setup"] = problem, settings
        return real(problem, settings)

    monkeypatch.setattr(session, "build_trainer", spy)
    code, out, err = run_in_process("train", "--lesson", "moons", "--noise", "30%", "--train-ratio", "50",
                                    "--points", "120", "--data-seed", "4", "--l1", "0.01", "--epochs", "1")
    assert code == 0, err
    want = GeneratedData("moons", points=120, noise=0.3, train_ratio=0.5, seed=4).problem()
    np.testing.assert_array_equal(seen["problem"].X_train, want.X_train)
    np.testing.assert_array_equal(seen["problem"].Y_test, want.Y_test)
    assert seen["setup"].config.l1 == 0.01 and "60 training rows" in out


def test_the_data_seed_defaults_to_the_seed_and_changes_only_the_points():
    a = run_in_process("train", "--lesson", "gauss", "--points", "100", "--seed", "3", "--epochs", "5", "--json")[1]
    b = run_in_process("train", "--lesson", "gauss", "--points", "100", "--seed", "3", "--data-seed", "3",
                       "--epochs", "5", "--json")[1]
    c = run_in_process("train", "--lesson", "gauss", "--points", "100", "--seed", "3", "--data-seed", "8",
                       "--epochs", "5", "--json")[1]
    assert a == b and a != c


def test_divergence_says_why_in_one_line():
    r = nnviz("train", "--lesson", "plane", "--lr", "100", "--json")
    assert r.returncode == 1
    assert "diverged in epoch" in r.stderr and "smaller learning rate" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    final = json.loads(r.stdout.splitlines()[-1])
    assert final["final"] and "diverged" in final


def test_house_lesson_answers_its_question_in_dollars():
    r = nnviz("train", "--lesson", "house")
    assert r.returncode == 0
    assert "prediction for (bedrooms 4, quality 7): price = " in r.stdout


def test_the_windows_command_line_refuses_epochs_its_box_cannot_hold(tmp_path):
    import os
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "nnviz", "--epochs", "20000000", "--screenshot", str(tmp_path / "x.png")],
                       capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 2 and "'20000000' must be at most 10,000,000" in r.stderr and len(r.stderr.splitlines()) == 1
