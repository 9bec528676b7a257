"""The built-in lessons say what their tutorials do, in the engine's numbers: the house lesson's
first forward pass and where the tutorial's printout came from, the virus lesson's names,
epochs, questions and its 87.5 %, Iris's own choices, tutorial 4's own loop beside ours, and
rows of a table named as the file has them."""
import ast
import inspect
import math

import numpy as np
import pytest

from nnviz.core.app.frames import raw_input_texts
from nnviz.core.app.session import Session
from nnviz.core.data.csvdata import read_table
from nnviz.core.data.datasets import data_dir
from nnviz.core.teaching import tutorial4
from nnviz.core.data.problem import row_position
from nnviz.core.teaching.beat_actions import perform
from nnviz.core.teaching.beats import PLACEHOLDERS, Beat, caption_values, fill_caption, script_for
from nnviz.core.teaching.lesson_data import HOUSE_PRINTED_X, HOUSE_X, OR_X, VIRUS_X, VIRUS_Y
from nnviz.core.teaching.lessons import LESSONS


def _play(name, until=None):
    """Perform ``name``'s own beats (not the lessons it continues with) on a bare session;
    (session, [(beat, caption as filled)])."""
    session = Session()
    shown = []
    for beat in script_for(name).beats:
        if beat.action == "load" and beat.param("lesson") != name:
            break
        answer = perform(session, beat)
        shown.append((beat, fill_caption(beat.caption, session, answer)))
        if until is not None and until(beat):
            break
    return session, shown


def _captions(shown, word):
    return [text for _, text in shown if word in text]


# --- tutorial 4's own loop ---------------------------------------------------------------------
def _sigmoid(x):
    return 1 / (1 + math.exp(-x))


def test_tutorial4_replica_ends_where_the_tutorials_code_does():
    run = tutorial4.run()
    assert [f"{v:.3f}" for v in run.outputs] == ["0.041", "0.979", "0.979", "1.000"]
    assert f"{run.first_deltas[0]:.4f}" == "0.1324"


def test_tutorial4_first_delta_is_its_arithmetic_sigma_applied_twice():
    # Row (0, 0): z = b = 0.3, out = σ(0.3), error = out − 0; the tutorial's δ = error · σ′(out).
    out = _sigmoid(0.3)
    tutorial = out * _sigmoid(out) * (1 - _sigmoid(out))
    true = out * out * (1 - out)                     # σ′(z) = σ(z)(1 − σ(z)): the engine's
    run = tutorial4.run(epochs=1)
    assert run.first_deltas[0] == pytest.approx(tutorial, abs=1e-15)
    assert round(tutorial, 4) == 0.1324 and round(true, 4) == 0.1404
    # One epoch by hand: w −= lr · Xᵀδ; b −= lr · δ row by row.
    deltas = []
    for x1, x2 in OR_X:
        o = _sigmoid(0.1 * x1 + 0.2 * x2 + 0.3)
        y = float(x1 or x2)
        deltas.append((o - y) * _sigmoid(o) * (1 - _sigmoid(o)))
    w = [0.1 - 0.05 * sum(d * x[0] for d, x in zip(deltas, OR_X)), 0.2 - 0.05 * sum(d * x[1] for d, x in zip(deltas, OR_X))]
    assert run.weights.tolist() == pytest.approx(w, abs=1e-15)
    assert run.bias == pytest.approx(0.3 - 0.05 * sum(deltas), abs=1e-15)


def test_tutorial4_replica_is_kept_apart_from_the_engine():
    tree = ast.parse(inspect.getsource(tutorial4))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not any("engine" in m for m in imported), imported


def test_the_or_beat_shows_the_tutorials_numbers_beside_ours_and_why():
    session, shown = _play("or-gate")
    text = _captions(shown, "Tutorial 4's own code")[0]
    rows = ["(0,\u00a00)", "(0,\u00a01)", "(1,\u00a00)", "(1,\u00a01)"]
    theirs = " · ".join(f"{r}\u00a0→\u00a0{v}" for r, v in zip(rows, ["0.041", "0.979", "0.979", "1.000"]))
    ours = " · ".join(f"{r}\u00a0→\u00a0{v}" for r, v in zip(rows, ["0.081", "0.950", "0.950", "1.000"]))
    assert theirs in text and ours in text
    assert "first δ 0.1324" in text and "first δ 0.1404" in text and "applies σ twice" in text


def test_the_engines_or_numbers_after_10000_epochs_and_its_first_delta():
    session = Session()
    session.load_lesson("or-gate")
    assert caption_values(session, names=("first_delta",)) == {"first_delta": "0.1404"}
    for _ in session.run(10_000):
        pass
    out = session.predict(session.problem.X_train)[:, 0]
    assert [f"{v:.3f}" for v in out] == ["0.081", "0.950", "0.950", "1.000"]


def test_or_beat_two_says_only_the_bias_moves_at_zero_zero_and_it_does():
    session = Session()
    beats = script_for("or-gate").beats
    perform(session, beats[0])
    w0, b0 = (np.copy(a[0]) for a in session.trainer.network.parameters())
    perform(session, beats[1])
    w1, b1 = (np.copy(a[0]) for a in session.trainer.network.parameters())
    text = fill_caption(beats[1].caption, session)
    assert "∂L/∂w = δ·x = 0" in text and "only the bias" in text
    assert np.array_equal(w0, w1) and not np.array_equal(b0, b1)
    assert "w = [0.100, 0.200]" in text


# --- the house lesson ---------------------------------------------------------------------------
def test_house_first_forward_pass_beat_prints_every_row_from_the_engine():
    session, shown = _play("house", until=lambda b: "printout" in b.caption or "tutorial prints" in b.caption)
    (beat, forward), (_, printout) = shown[1], shown[2]
    assert beat.action == "sample" and session.epoch == 0
    trace = session.trainer.network.forward(session.problem.X_train)
    lines = forward.split("\n")[1:]
    assert [ln.split(" = ")[0] for ln in lines] == ["z2", "a2", "z3", "ŷ"]
    # ŷ of the tutorial's own table, to 8 decimals, from the engine.
    assert lines[3] == "ŷ = " + " | ".join(f"{v:.8f}" for v in trace.output[:, 0])
    assert lines[3] == "ŷ = 0.73295053 | 0.70554727 | 0.74962023"
    assert lines[0].startswith("z2 = 0.722\u00a00.722\u00a00.722 | 0.333")
    # The printout the tutorial shows comes from other rows; the engine on those rows gives it.
    assert "0.73992695, 0.71381315, 0.73992695" in printout and "(2, 9), (1, 5), (3, 6)" in printout
    assert "not from its table" in printout
    printed = [float(p.split("→\u00a0")[1]) for p in printout.split("gives ")[1].rstrip(".").split(" · ")]
    assert printed == [0.73992695, 0.71381315, 0.73992695]
    y = session.predict(session.problem.x_scaler.transform(HOUSE_PRINTED_X))[:, 0]
    assert [round(float(v), 8) for v in y] == printed


def test_house_rows_show_in_original_units_beside_the_scaled_numbers():
    session = Session()
    session.load_lesson("house")
    p = session.problem
    assert raw_input_texts(p, p.X_train[0]) == ("2", "7")
    assert p.X_train[0].tolist() == pytest.approx([2 / 3, 7 / 9])
    session.load_lesson("or-gate")                # not scaled: the same numbers, said once
    assert raw_input_texts(session.problem, session.problem.X_train[0]) is None


# --- the virus lesson ---------------------------------------------------------------------------
def test_virus_names_trains_asks_and_explains_as_the_tutorial():
    lesson = LESSONS["virus"]
    session, shown = _play("virus")
    p = session.problem
    assert p.feature_names[:2] == ["loss of smell", "weight loss"]
    assert session.epoch == 10_000
    asks = [b.param("values") for b, _ in shown if b.action == "ask"]
    as_rows = [[a[n] for n in p.feature_names] for a in asks]
    assert as_rows == [[1, 0, 0, 1], [0, 0, 1, 0], [1, 0, 1, 0]]
    answers = _captions(shown, "The network says")
    assert len(answers) == 3 and all("—" not in t for t in answers)
    # 87.5 %: the data have two rows with the same symptoms and different outcomes.
    same = [(i, j) for i in range(8) for j in range(i + 1, 8)
            if np.array_equal(VIRUS_X[i], VIRUS_X[j]) and VIRUS_Y[i] != VIRUS_Y[j]]
    assert same == [(2, 5)]                        # rows 3 and 6, counted from 1
    why = _captions(shown, "no more epochs")[0]
    assert "Training accuracy 87.5%" in why
    assert "(0,\u00a00,\u00a01,\u00a01) is healthy in row 3 and infected in row 6" in why
    assert "at most 7 of 8 rows (87.5%)" in why
    assert session.evaluate("train")["accuracy"] == 0.875
    assert lesson.settings.config.epochs == 10_000


# --- Iris ---------------------------------------------------------------------------------------
def test_iris_says_its_own_scaling_and_split_and_invents_no_flower():
    session, shown = _play("iris")
    p = session.problem
    assert (len(p.X_train), len(p.X_val), len(p.X_test)) == (111, 15, 24)
    assert p.x_scaler.kind == "standard"
    differs = _captions(shown, "differ from the tutorial")[0]
    assert "standard-scaled" in differs and "111 training, 15 validation, 24 test flowers" in differs
    for lesson in LESSONS.values():
        for b in lesson.beats:
            assert "tutorial's flower" not in b["caption"]
    # The flower it asks about is not a row of the table.
    frame = read_table(data_dir() / "iris.csv").frame
    asked = [b.param("values") for b, _ in shown if b.action == "ask"][0]
    cols = list(asked)
    assert not (frame[cols].astype(float) == [float(asked[c]) for c in cols]).all(axis=1).any()


# --- rows a teacher can name --------------------------------------------------------------------
def test_a_sample_row_is_the_files_row_mapped_to_its_training_place():
    session = Session()
    session.load_lesson("iris")
    p = session.problem
    frame = read_table(data_dir() / "iris.csv").frame
    cols = list(frame.columns[:4])
    for row in (1, 2, 52):
        i = row_position(p, row)
        raw = p.x_scaler.inverse(p.X_train[i : i + 1])[0]
        assert raw.tolist() == pytest.approx(frame.iloc[row - 1][cols].astype(float).tolist())
    taken = {row_position(p, r) for r in range(1, 151) if r - 1 in set(p.train_rows.tolist())}
    assert taken == set(range(111))                # every training row is some file row, once


def test_a_row_outside_the_training_split_is_refused_in_one_line():
    session = Session()
    session.load_lesson("iris")
    p = session.problem
    outside = next(r for r in range(1, 151) if r - 1 not in set(p.train_rows.tolist()))
    with pytest.raises(ValueError) as err:
        row_position(p, outside)
    assert f"row {outside}" in str(err.value) and "\n" not in str(err.value)
    for bad in (0, -3, True, 2.5, "7"):
        with pytest.raises(ValueError):
            row_position(p, bad)
    with pytest.raises(ValueError):                # the action refuses it too, on a bare session
        perform(session, Beat("y", "sample", {"index": outside}))


def test_a_table_lessons_rows_are_its_training_rows_in_order():
    session = Session()
    session.load_lesson("house")
    assert [row_position(session.problem, r) for r in (1, 2, 3)] == [0, 1, 2]
    with pytest.raises(ValueError):
        row_position(session.problem, 4)
    assert session.problem.x_scaler.inverse(session.problem.X_train).tolist() == HOUSE_X.tolist()


@pytest.mark.parametrize("name", sorted(LESSONS))
def test_every_built_in_sample_beat_names_a_training_row(name):
    lesson = LESSONS[name]
    problem = lesson.problem()
    for beat in lesson.beats:
        if beat["action"] == "sample":
            row_position(problem, beat["params"]["index"])


# --- caption fields -----------------------------------------------------------------------------
def test_every_caption_field_is_filled_and_only_those_named_are_computed():
    session = Session()
    session.load_lesson("virus")
    values = caption_values(session)
    assert set(values) == set(PLACEHOLDERS)
    assert set(caption_values(session, names=("epoch",))) == {"epoch"}
    assert fill_caption("{n_train}/{n_val}/{n_test}", session) == "8/0/0"
