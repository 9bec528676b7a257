"""The digits pane's engine side, without Qt: what went wrong on the test split, a drawn
picture's inputs, and a drawn digit added to the training data and undone."""
import numpy as np
import pytest

from nnviz.core.app.changes import Change
from nnviz.core.app.mistakes import find_mistakes, picture_inputs, picture_of
from nnviz.core.app.session import Session
from nnviz.core.data.point_edits import with_picture
from nnviz.core.data.problem import Problem
from nnviz.core.engine.metrics import confusion_matrix


@pytest.fixture(scope="module")
def digits():
    s = Session()
    s.load_lesson("digits")
    s.step("epoch")
    return s


def test_mistakes_are_every_wrong_test_row_with_truth_answer_and_confidence(digits):
    p = digits.problem
    found = find_mistakes(digits.predict, p, "test")
    out = digits.predict(p.X_test)
    truth, answer = p.Y_test.argmax(axis=1), out.argmax(axis=1)
    wrong = np.flatnonzero(truth != answer)
    assert 0 < len(found.items) == len(wrong) < len(p.X_test)
    assert sorted(m.row for m in found.items) == list(wrong)
    for m in found.items:
        assert (m.truth, m.answer) == (truth[m.row], answer[m.row])
        assert m.confidence == out[m.row, m.answer]          # the network's own number
    confidences = [m.confidence for m in found.items]
    assert confidences == sorted(confidences, reverse=True)   # the surest mistakes first
    assert np.array_equal(found.confusion, confusion_matrix(p.Y_test, out, 10))
    assert np.array_equal(found.confusion, digits.evaluate("test")["confusion"])
    assert found.n == len(p.X_test)
    assert found.accuracy == pytest.approx(digits.evaluate("test")["accuracy"])
    pair = found.items[0]
    assert pair in found.between(pair.truth, pair.answer)
    assert all(m.truth == pair.truth and m.answer == pair.answer for m in found.between(pair.truth, pair.answer))


def test_a_binary_problem_counts_the_answers_own_probability():
    X = np.array([[0.0], [1.0], [2.0]])
    Y = np.array([[0.0], [1.0], [1.0]])
    p = Problem("t", "binary", X, Y, ["x"], X_test=X, Y_test=Y)
    found = find_mistakes(lambda x: np.array([[0.9], [0.8], [0.3]]), p)
    assert [(m.row, m.truth, m.answer) for m in found.items] == [(0, 0, 1), (2, 1, 0)]
    assert [m.confidence for m in found.items] == [0.9, pytest.approx(0.7)]


def test_an_empty_split_has_no_mistakes(digits):
    p = digits.problem
    empty = Problem(p.name, p.task, p.X_train, p.Y_train, p.feature_names, class_names=p.class_names)
    found = find_mistakes(digits.predict, empty, "test")
    assert found.items == () and found.n == 0 and found.confusion.shape == (10, 10)


def test_a_picture_in_table_units_is_scaled_as_the_training_data(digits):
    p = digits.problem
    picture = picture_of(p, "test", 3)
    assert picture.shape == (8, 8)
    assert np.allclose(picture, np.round(picture))      # 0–16 like the table
    assert np.allclose(picture_inputs(p, picture), p.X_test[3:4])
    with pytest.raises(ValueError, match="63 pixels"):
        picture_inputs(p, np.zeros(63))


def test_a_drawn_digit_added_and_undone_leaves_the_data_as_it_was():
    s = Session()
    s.load_lesson("digits")
    s.step("sample")
    before = {k: None if getattr(s.problem, k) is None else getattr(s.problem, k).copy()
              for k in ("X_train", "Y_train", "train_rows", "X_test", "Y_test")}
    weights = [w.copy() for w in s.trainer.network.weights]
    picture = np.zeros((8, 8))
    picture[1:7, 3:5] = 16          # a "1"
    changed, what = with_picture(s.problem, picture, 1)
    text = s.change_data(changed, what)
    assert "added a drawn 1" in text.lower() and "ctrl+z" in text.lower()
    assert Change.DATA in s.last_changed and Change.UNDO in s.last_changed
    assert len(s.problem.X_train) == len(before["X_train"]) + 1
    assert np.array_equal(s.problem.X_train[-1], picture.reshape(-1) / 16)
    assert np.array_equal(s.problem.Y_train[-1], np.eye(10)[1])
    assert all(np.array_equal(a, b) for a, b in zip(s.trainer.network.weights, weights))   # the same network
    s.undo()
    assert Change.DATA in s.last_changed
    for k, v in before.items():
        now = getattr(s.problem, k)
        assert (now is None and v is None) or (now.tobytes() == v.tobytes() and now.shape == v.shape), k
    assert all(np.array_equal(a, b) for a, b in zip(s.trainer.network.weights, weights))


@pytest.mark.parametrize("pixels, label, words", [
    (np.zeros(63), 1, "63 pixels"),
    (np.full(64, np.nan), 1, "finite"),
    (np.zeros(64), 10, "one of the 10 classes"),
    (np.zeros(64), -1, "one of the 10 classes"),
    (np.zeros(64), True, "one of the 10 classes"),
])
def test_a_bad_picture_or_label_is_one_line_and_changes_nothing(digits, pixels, label, words):
    n = len(digits.problem.X_train)
    with pytest.raises(ValueError, match=words) as err:
        with_picture(digits.problem, pixels, label)
    assert "\n" not in str(err.value)
    assert len(digits.problem.X_train) == n
