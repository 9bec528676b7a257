"""The predict box: type an example in the table's units, read the network's answer."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from nnviz.core.data.csvdata import encode_inputs, prepare, read_table
from nnviz.core.engine.settings import build_trainer, default_settings
from nnviz.core.teaching.lessons import get_lesson
from nnviz.ui.predict_box import PredictBox

ROOT = Path(__file__).resolve().parents[2]
IRIS_ROW = {"sepal_length_cm": 6.0, "sepal_width_cm": 3.0, "petal_length_cm": 4.5, "petal_width_cm": 1.5}


@pytest.fixture
def box(qtbot):
    b = PredictBox()
    qtbot.addWidget(b)
    b.resize(330, 500)
    b.show()
    return b


@pytest.fixture(scope="module")
def house():
    t = get_lesson("house").trainer()
    for _ in t.run():
        pass
    return t


@pytest.fixture(scope="module")
def iris():
    t = get_lesson("iris").trainer(epochs=30)
    for _ in t.run():
        pass
    return t


def test_house_question_gives_the_descaled_price(qtbot, box, house):
    box.set_problem(house.problem)
    box.set_predictor(house.network.predict)
    assert list(box._fields) == ["bedrooms", "quality"]
    box.set_values({"bedrooms": 4, "quality": 7})
    qtbot.mouseClick(box.predict_button, Qt.MouseButton.LeftButton)

    x = encode_inputs(house.problem, {"bedrooms": 4, "quality": 7})
    price = float(house.problem.y_scaler.inverse(house.network.predict(x))[0, 0])
    text = box.answer_text()
    assert text.startswith("price = ") and box.error_text() == ""
    assert float(text.split("=")[1]) == pytest.approx(price, rel=1e-3)
    assert text == house.problem.describe_output(house.network.predict(x)[0])
    assert box.answer_label.text() == text and box.answer_label.isVisible()
    assert box.answer_label.font().bold() and box.answer_label.font().pointSizeF() > box.font().pointSizeF()


def test_enter_predicts(qtbot, box, house):
    answers = []
    box.answered.connect(answers.append)
    box.set_problem(house.problem)
    box.set_predictor(house.network.predict)
    field = box._fields["quality"]
    field.setText("9")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert answers and answers[0] == box.answer_text()


def test_iris_answers_a_class_with_probabilities(qtbot, box, iris):
    box.set_problem(iris.problem)
    box.set_predictor(iris.network.predict)
    assert list(box._fields) == list(IRIS_ROW)
    assert all(isinstance(f, QLineEdit) for f in box._fields.values())
    box.set_values(IRIS_ROW)
    assert box.predict()
    y = iris.network.predict(encode_inputs(iris.problem, IRIS_ROW))[0]
    assert box.answer_text() == iris.problem.describe_output(y)
    name = iris.problem.class_names[int(np.argmax(y))]
    assert box.answer_label.text() == name
    for cls, p in zip(iris.problem.class_names, y):
        assert f"{cls}: {p:.3f}" in box.detail_label.text()


def test_fields_start_with_typical_values_so_predict_works_at_once(box, iris):
    box.set_problem(iris.problem)
    box.set_predictor(iris.network.predict)
    values = box.values()
    assert all(float(v) > 0 for v in values.values())
    assert 5 < float(values["sepal_length_cm"]) < 7
    assert box.predict()


@pytest.mark.parametrize("typed, expected", [
    ("abc", "'petal_length_cm' needs a number, not 'abc'."),
    ("", "'petal_length_cm' needs a number, not ''."),
    ("inf", "'petal_length_cm' needs a number, not 'inf'."),
])
def test_bad_input_is_one_red_line_naming_the_column(box, iris, typed, expected):
    box.set_problem(iris.problem)
    box.set_predictor(iris.network.predict)
    box.set_values(IRIS_ROW)
    assert box.predict()
    box.set_values({"petal_length_cm": typed})
    assert box.predict() is False
    assert box.error_text() == expected
    assert box.answer_text() == "" and not box.answer_label.isVisible()
    box.set_values({"petal_length_cm": 4.5})
    assert box.predict() and box.error_text() == ""


def test_text_columns_get_a_drop_down(box):
    table = read_table(ROOT / "data" / "penguins.csv")
    problem = prepare(table, "species", features=["island", "bill_length_mm", "sex"])
    t = build_trainer(problem, default_settings(problem))
    box.set_problem(problem)
    box.set_predictor(t.network.predict)
    island = box._fields["island"]
    assert isinstance(island, QComboBox)
    assert [island.itemText(i) for i in range(island.count())] == ["Biscoe", "Dream", "Torgersen"]
    box.set_values({"island": "dream", "sex": "FEMALE", "bill_length_mm": 40})
    assert box.values() == {"island": "Dream", "bill_length_mm": "40", "sex": "female"}
    assert box.predict()
    x = encode_inputs(problem, {"island": "Dream", "bill_length_mm": 40, "sex": "female"})
    assert box.answer_text() == problem.describe_output(t.network.predict(x)[0])


def test_falls_back_to_feature_names(box):
    t = get_lesson("circle").trainer()
    assert t.problem.raw_columns is None
    box.set_problem(t.problem)
    box.set_predictor(t.network.predict)
    assert list(box._fields) == t.problem.feature_names
    box.set_values({"x1": 0, "x2": 0})
    assert box.predict()
    answer = box.answer_text()
    # An untrained net sits near 0.5 at the origin: it names a class or says it is undecided.
    assert answer.split(" (")[0] in t.problem.class_names or answer.startswith("undecided between class 0 and class 1")
    assert answer == t.problem.describe_output(t.network.predict(np.zeros((1, 2)))[0])


def test_no_network_or_a_broken_one_never_raises(box, house):
    assert not box.predict_button.isEnabled()
    assert box.predict() is False and box.error_text()
    box.set_problem(house.problem)
    assert not box.predict_button.isEnabled()
    assert box.predict() is False and "no network" in box.error_text()

    def broken(x):
        raise ValueError("shapes (1,2) and (3,3) not aligned")

    box.set_predictor(broken)
    assert box.predict_button.isEnabled()
    assert box.predict() is False
    assert box.error_text() == "Could not predict: shapes (1,2) and (3,3) not aligned"
    box.set_predictor(lambda x: np.array([[np.nan]]))
    assert box.predict() is False and "not a number" in box.error_text()
    box.set_predictor(None)
    assert not box.predict_button.isEnabled()


def test_a_new_problem_keeps_values_of_same_named_columns(box, house):
    box.set_problem(house.problem)
    box.set_values({"bedrooms": 5})
    box.set_problem(house.problem)
    assert box.values()["bedrooms"] == "5"
    box.set_problem(None)
    assert box.values() == {} and not box.predict_button.isEnabled()


def test_refresh_predicts_again_after_more_training(box):
    t = get_lesson("house").trainer()
    box.set_problem(t.problem)
    box.set_predictor(t.network.predict)
    box.set_values({"bedrooms": 4, "quality": 7})
    assert box.predict()
    before = box.answer_text()
    for _ in t.run(200):
        pass
    box.refresh()
    assert box.answer_text() != before


# --- wide tables --------------------------------------------------------------------------------
def _wide_problem(tmp_path, n: int, long_name: str | None = None):
    names = [f"f{i}" for i in range(n)]
    if long_name:
        names[3] = long_name
    rows = "".join(",".join(str((r * 7 + c) % 11) for c in range(n)) + f",{'ab'[r % 2]}\n" for r in range(40))
    path = tmp_path / "wide.csv"
    path.write_text(",".join(names) + ",label\n" + rows)
    return prepare(read_table(path), "label")


def test_many_columns_become_one_table_of_values(qtbot, box, tmp_path):
    from nnviz.ui.predict_box import FORM_LIMIT, NAME_CHARS

    long_name = "very_long_column_name_" * 20
    problem = _wide_problem(tmp_path, 300, long_name)
    box.set_problem(problem)
    assert box._table is not None and box._fields == {} and box.form.rowCount() == 1
    model = box._values_model
    assert model.rowCount() == 300 > FORM_LIMIT
    shown = model.data(model.index(3, 0))
    assert len(shown) == NAME_CHARS and shown.endswith("…")
    assert long_name in model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    values = {c: str(i % 5) for i, c in enumerate(problem.feature_names)}
    box.set_values({c: float(v) for c, v in values.items()})
    assert box.values() == {c: f"{float(v):g}" for c, v in values.items()}
    assert model.setData(model.index(0, 1), "7")
    assert box.values()["f0"] == "7"
    seen = []
    box.set_predictor(lambda X: (seen.append(X), np.full((1, 1), 0.8))[1])
    assert box.predict() and box.answer_text().startswith("b")
    typed = dict(box.values())
    np.testing.assert_allclose(seen[0], encode_inputs(problem, typed))


def test_a_bad_value_in_the_table_is_one_red_line(qtbot, box, tmp_path):
    box.set_problem(_wide_problem(tmp_path, 40))
    box.set_predictor(lambda X: np.full((1, 1), 0.5))
    model = box._values_model
    model.setData(model.index(5, 1), "abc")
    assert not box.predict()
    assert box.error_text() == "'f5' needs a number, not 'abc'."


def test_few_columns_keep_the_form(qtbot, box, tmp_path):
    box.set_problem(_wide_problem(tmp_path, 5))
    assert box._table is None and list(box._fields) == [f"f{i}" for i in range(5)]
    box.set_problem(_wide_problem(tmp_path, 60))   # and back and forth without leaks or errors
    box.set_problem(_wide_problem(tmp_path, 5))
    assert box._table is None and box.form.rowCount() == 5


def test_in_german_the_fields_show_and_take_a_decimal_comma(qtbot, box, iris):
    """German: the typical values and the probabilities are written with a comma, and a value
    typed as "4,5" (or "4.5") gives the same answer as 4.5."""
    from nnviz.ui import i18n
    i18n.set_language("de")
    try:
        box.set_problem(iris.problem)
        box.set_predictor(iris.network.predict)
        typed = box._fields["sepal_length_cm"].text()
        assert "," in typed and "." not in typed                      # e.g. "5,843"
        assert box.predict()
        y = iris.network.predict(encode_inputs(iris.problem, IRIS_ROW))[0]
        for mark in ("4,5", "4.5"):
            box.set_values(IRIS_ROW)
            field = box._fields["petal_length_cm"]
            field.clear()
            qtbot.keyClicks(field, mark)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert box.error_text() == "" and box.answer_text() == iris.problem.describe_output(y)
        cls = iris.problem.class_names[0]
        assert f"{cls}: {y[0]:.3f}".replace(".", ",") in box.detail_label.text()
    finally:
        i18n.set_language("en")


def test_a_language_switch_writes_the_numbers_in_the_fields_the_new_way(qtbot, box, iris):
    from nnviz.ui import i18n
    box.set_problem(iris.problem)
    box.set_predictor(iris.network.predict)
    box.set_values(IRIS_ROW | {"petal_length_cm": "4.5"})
    try:
        i18n.set_language("de")
        box.retranslate()
        assert box._fields["petal_length_cm"].text() == "4,5"
        assert box.predict() and box.error_text() == ""
    finally:
        i18n.set_language("en")
    box.retranslate()
    assert box._fields["petal_length_cm"].text() == "4.5"
