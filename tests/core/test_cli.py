"""The command line, run as a person runs it: a subprocess, reading stdout, stderr and the exit code."""
import json
import subprocess
import sys

import pytest


def nnviz(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True, timeout=timeout)


def test_lessons_lists_one_line_each():
    from nnviz.core.lessons import LESSONS

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


@pytest.mark.parametrize("args", [
    ["train", "--lesson", "nope"],
    ["train", "--lr", "-1"],
    ["train", "--lr", "abc"],
    ["train", "--lr", "1e9"],
    ["train", "--epochs", "0"],
    ["train", "--hidden", "8,x"],
    ["train", "--activation", "swish"],
    ["train", "--batch-size", "-3"],
    ["train", "--csv", "data/iris.csv"],
    ["train", "--csv", "no/such/file.csv", "--target", "y"],
    ["train", "--csv", "data/iris.csv", "--target", "colour"],
    ["train", "--lesson", "iris", "--csv", "data/iris.csv", "--target", "species"],
    ["train", "--split", "1,2"],
    ["frobnicate"],
    ["--size", "big"],
])
def test_bad_arguments_give_one_line_and_exit_2(args):
    r = nnviz(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("nnviz")


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
