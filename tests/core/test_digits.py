"""The digits lesson: the shipped table, its picture shape, the shared 0–1 scaling and the
accuracy it reaches."""
import gzip
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from nnviz.core.app.session import Session
from nnviz.core.app.session_checks import SessionFileError
from nnviz.core.data.datasets import data_dir
from nnviz.core.data.problem import Scaler
from nnviz.core.engine.explain import SHARED_EXAMPLES, StepContext, explain_step
from nnviz.core.teaching.lesson_files import LessonFileError, parse_lesson
from nnviz.core.teaching.lessons import get_lesson

ROOT = Path(__file__).resolve().parents[2]
TEST_ACCURACY = 0.9637883008356546       # 346 of 359 test pictures after 30 epochs, seed 0


def test_the_shipped_table_is_the_uci_digits_with_a_header():
    table = pd.read_csv(data_dir() / "digits.csv")
    assert table.shape == (1797, 65)
    assert list(table.columns[:3]) == ["r0c0", "r0c1", "r0c2"] and table.columns[-1] == "digit"
    pixels = table.iloc[:, :64].to_numpy()
    assert pixels.min() == 0 and pixels.max() == 16
    assert sorted(table["digit"].unique()) == list(range(10))
    assert np.bincount(table["digit"]).min() >= 170          # about 180 of each digit


def test_the_lesson_sees_8x8_pictures_scaled_by_16_and_split_per_digit():
    problem = get_lesson("digits").problem()
    assert problem.image_shape == (8, 8) and len(problem.feature_names) == 64
    assert problem.class_names == [str(d) for d in range(10)]
    raw = pd.read_csv(data_dir() / "digits.csv").iloc[:, :64].to_numpy(dtype=float)
    rows = problem.train_rows if problem.train_rows is not None else np.arange(len(problem.X_train))
    assert problem.X_train.tobytes() == (raw[rows] / 16).tobytes()
    for part in (problem.Y_train, problem.Y_val, problem.Y_test):
        counts = part.sum(axis=0)
        assert counts.min() > 0 and counts.max() - counts.min() <= 0.1 * len(part) + 2


def test_shared_scaling_uses_one_range_for_every_column():
    X = np.array([[0.0, 2.0, 5.0], [4.0, 2.0, 8.0]])
    s = Scaler.fit(X, "shared")
    assert s.offset.tolist() == [0.0] * 3 and s.scale.tolist() == [8.0] * 3
    assert s.transform(X).tolist() == (X / 8).tolist()
    same = Scaler.fit(np.zeros((3, 2)), "shared")
    assert same.scale.tolist() == [1.0, 1.0]


def test_the_lesson_reaches_the_stated_test_accuracy_one_picture_at_a_time():
    t = get_lesson("digits").trainer()
    assert t.batch_size == 1 and t.network.sizes == [64, 16, 10]
    for _ in range(30):
        t.step_epoch()
    result = t.evaluate("test")
    assert result["accuracy"] == TEST_ACCURACY and result["n"] == 359
    assert result["confusion"].shape == (10, 10) and result["confusion"].trace() == 346


def test_a_session_file_keeps_the_picture_shape(tmp_path):
    a = Session()
    a.load_lesson("digits")
    a.step("sample")
    a.save(tmp_path / "digits.nnviz")
    b = Session()
    b.open(tmp_path / "digits.nnviz")
    assert b.problem.image_shape == (8, 8)
    assert b.trainer.network.flat.tobytes() == a.trainer.network.flat.tobytes()


def test_a_session_file_with_a_wrong_picture_shape_is_refused(tmp_path):
    a = Session()
    a.load_lesson("digits")
    path = tmp_path / "digits.nnviz"
    a.save(path)
    with zipfile.ZipFile(path) as zf:
        items = {n: zf.read(n) for n in zf.namelist()}
    manifest_name = next(n for n in items if n.endswith(".json"))
    for shape in ([8, 9], [0, 64], ["8", "8"], [8], 64):
        manifest = json.loads(items[manifest_name])
        manifest["problem"]["image_shape"] = shape
        bad = tmp_path / "bad.nnviz"
        with zipfile.ZipFile(bad, "w") as zf:
            for n, data in items.items():
                zf.writestr(n, json.dumps(manifest) if n == manifest_name else data)
        s = Session()
        s.load_lesson("or-gate")
        with pytest.raises(SessionFileError) as err:
            s.open(bad)
        assert "\n" not in str(err.value) and s.lesson.name == "or-gate", shape


LESSON = """format = 1
name = "pics"
title = "Pictures"
caption = "Digits as pictures."
[data]
shipped = "digits.csv"
target = "digit"
scaling = "shared"
{extra}
[network]
hidden = [4]
output = "softmax"
[training]
loss = "cce"
"""


def test_the_same_lesson_file_with_a_right_picture_shape_loads(tmp_path):
    lesson = parse_lesson(LESSON.format(extra="image = [8, 8]"), "pics.toml", base=tmp_path)
    assert lesson.problem().image_shape == (8, 8)


@pytest.mark.parametrize("extra, words", [
    ("image = [8, 9]", "picture"),
    ("image = [0, 64]", "data.image"),
    ("image = [8]", "data.image"),
    ("image = ['8', '8']", "data.image"),
    ("image = [100000, 100000]", "data.image"),
    ('image = [8, 8]\ninputs = ["x1"]', "data.inputs"),
])
def test_a_wrong_picture_shape_in_a_lesson_file_is_one_line(extra, words, tmp_path):
    path = tmp_path / "pics.toml"
    path.write_text(LESSON.format(extra=extra), encoding="utf-8")
    with pytest.raises((LessonFileError, ValueError)) as err:
        lesson = parse_lesson(path.read_text(), "pics.toml", base=tmp_path)
        lesson.problem()
    assert "\n" not in str(err.value) and words in str(err.value)


def test_make_digits_writes_the_table_it_is_given_and_refuses_another_file(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_digits
    finally:
        sys.path.pop(0)
    rows = [",".join(["0"] * 63 + ["16", str(i % 10)]) for i in range(make_digits.ROWS)]
    text = make_digits.convert(gzip.compress("\n".join(rows).encode()))
    lines = text.splitlines()
    assert lines[0] == make_digits.header() and len(lines) == 1798 and lines[1].endswith(",16,0")
    with pytest.raises(ValueError):
        make_digits.convert(gzip.compress(("\n".join(rows[:-1]) + "\n17," + rows[-1]).encode()))
    other = tmp_path / "other.csv.gz"
    other.write_bytes(gzip.compress(b"1,2\n"))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_digits.py"), str(other)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "SHA-256" in done.stderr and len(done.stderr.splitlines()) == 1


def _explained_step(layer: int, index: int):
    """The digits lesson after one Step sample: its record and the explanation of one neuron."""
    s = Session()
    s.load_lesson("digits")
    s.step("sample")
    record = s.trainer.last_step
    return record, explain_step(record, StepContext.from_trainer(s.trainer, "sample"), layer, index)


def test_the_explainer_shows_the_shared_scaling_with_two_pixels_that_are_not_blank():
    """64 pixels with one range: the step explainer shows the scaling on two non-blank pixels,
    each x equal to what the network saw, not eight lines of mostly blank ones before z."""
    record, ex = _explained_step(1, 4)
    inputs = ex.values("input")
    assert 1 <= len(inputs) <= SHARED_EXAMPLES
    x = record.trace.activations[0][0]
    for line in inputs:
        assert x[line.weight] != 0 and line.value == x[line.weight]
    assert any("62 more inputs" in l.text for l in ex.lines) or len(inputs) == 1


def test_the_loss_line_of_ten_classes_shows_the_term_that_counts():
    """Cross-entropy on a one-hot target of ten classes: the line shows −log a of the true class
    (its a and L equal to the record), not the first seven zero terms and "…"."""
    record, ex = _explained_step(2, 0)
    (loss,) = [l for l in ex.lines if l.text.startswith("L = −Σₖ")]
    truth = int(np.argmax(record.targets[0]))
    a = float(record.trace.output[0, truth])
    assert f"−log a{''.join('₀₁₂₃₄₅₆₇₈₉'[int(c)] for c in str(truth + 1))} " in loss.text
    assert "(10 terms)" not in loss.text and "every other y is 0" in loss.text
    assert loss.numbers[0] == a
