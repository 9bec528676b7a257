"""nnviz predict (original units, class names, a probability per class, text inputs and gaps
handled as the training data was) and the PyTorch script that must print the same table."""
import csv
import io
import subprocess
import sys

import numpy as np
import pytest

from nnviz.cli import main as cli
from nnviz.core.data.csvdata import encode_inputs, load_csv
from nnviz.core.app.export_pytorch import pytorch_script
from nnviz.core.app.session import Session


def run_cli(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = cli(list(map(str, argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def table(text):
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


def saved(tmp_path, session, name):
    path = tmp_path / name
    session.save(path)
    return path


@pytest.fixture
def features(tmp_path):
    """The circle set with feature inputs x1², x2², x1·x2 (the network never sees x1, x2)."""
    from nnviz.core.data.features import with_features
    from nnviz.core.teaching.lessons import get_lesson

    lesson = get_lesson("circle")
    s = Session()
    s.load_lesson(lesson, problem=with_features(lesson.problem(), ["x1^2", "x2^2", "x1*x2"]))
    for _ in range(30):
        s.step("epoch")
    return s, saved(tmp_path, s, "features.nnviz")


def test_predict_computes_feature_inputs_from_x1_x2(features, tmp_path):
    s, path = features
    (tmp_path / "in.csv").write_text("x1,x2\n0.5,-1\n4,4\n-3.5,0.25\n")
    code, out, err = run_cli("predict", path, "--csv", tmp_path / "in.csv")
    assert code == 0 and err == ""
    header, rows = table(out)
    assert header == ["x1", "x2", "predicted class", "P(class 0)", "P(class 1)"]
    raw = np.array([[float(r[0]), float(r[1])] for r in rows])
    expected = s.predict(s.problem.input_transform(raw))[:, 0]
    assert [float(r[4]) for r in rows] == pytest.approx(list(expected), rel=1e-12)


@pytest.fixture
def pets(tmp_path):
    """A person's table with a text input and gaps filled with the training mean."""
    csv_path = tmp_path / "pets.csv"
    lines = ["weight,colour,age,kind"]
    for w in range(1, 21):
        for c in ("red", "blue", "green"):
            age = "" if (w + len(c)) % 7 == 0 else str(w % 5 + 1)
            lines.append(f"{w},{c},{age},{'cat' if w + (c == 'red') * 3 < 10 else 'dog'}")
    csv_path.write_text("\n".join(lines) + "\n")
    problem = load_csv(csv_path, "kind", features=["weight", "colour", "age"], missing="mean")
    s = Session()
    s.load_problem(problem, "pets.csv", source={"csv": str(csv_path), "missing": "mean", "target": "kind"})
    for _ in range(20):
        s.step("epoch")
    return s, saved(tmp_path, s, "pets.nnviz")


def test_predict_gives_original_units_for_a_regression(tmp_path):
    s = Session()
    s.load_lesson("house")
    for _ in range(50):
        s.step("epoch")
    path = saved(tmp_path, s, "house.nnviz")
    (tmp_path / "in.csv").write_text("quality,bedrooms\n7,4\n9,3\n")
    code, out, err = run_cli("predict", path, "--csv", tmp_path / "in.csv")
    assert code == 0 and err == ""
    header, rows = table(out)
    assert header == ["bedrooms", "quality", "predicted price"]
    assert [r[:2] for r in rows] == [["4", "7"], ["3", "9"]]
    for row in rows:
        x = encode_inputs(s.problem, {"bedrooms": float(row[0]), "quality": float(row[1])})
        price = s.predict(x)[0, 0] * 100              # the house lesson's prices are divided by 100
        assert float(row[2]) == pytest.approx(price, rel=1e-12)
        assert 50 < float(row[2]) < 120


def test_predict_names_classes_and_gives_a_probability_per_class(tmp_path):
    s = Session()
    s.load_lesson("moons")
    for _ in range(40):
        s.step("epoch")
    path = saved(tmp_path, s, "moons.nnviz")
    (tmp_path / "in.csv").write_text("x1,x2\n-1.5,1.0\n1.5,-0.5\n0,0\n")
    code, out, _ = run_cli("predict", path, "--csv", tmp_path / "in.csv", "--out", tmp_path / "out.csv")
    assert code == 0 and out == ""
    header, rows = table((tmp_path / "out.csv").read_text())
    assert header == ["x1", "x2", "predicted class", "P(class 0)", "P(class 1)"]
    for row in rows:
        p1 = s.predict(np.array([[float(row[0]), float(row[1])]]))[0, 0]
        assert float(row[4]) == pytest.approx(p1, rel=1e-12)
        assert float(row[3]) + float(row[4]) == pytest.approx(1.0)
        assert row[2] == ("class 1" if p1 >= 0.5 else "class 0")


def test_text_inputs_are_encoded_and_gaps_filled_like_training(pets, tmp_path):
    s, path = pets
    (tmp_path / "in.csv").write_text("kind,age,colour,weight\n?,3,red,5\n?,,Blue,12\n?,2,purple,4\n?,2,green,\n")
    code, out, err = run_cli("predict", path, "--csv", tmp_path / "in.csv")
    assert code == 0
    header, rows = table(out)
    assert header == ["weight", "colour", "age", "predicted kind", "P(cat)", "P(dog)"]
    assert rows[0][:3] == ["5", "red", "3"] and rows[1][:3] == ["12", "blue", ""]
    # The gap in 'age' was filled with the training mean of age (training data: missing="mean").
    mean_age = s.problem.x_scaler.inverse(s.problem.X_train)[:, 4].mean()
    expected = s.predict(encode_inputs(s.problem, {"weight": 12, "colour": "blue", "age": mean_age}))[0, 0]
    assert float(rows[1][5]) == pytest.approx(expected, rel=1e-9)
    assert rows[2][3:] == ["", "", ""]                # an unknown colour: reported, no prediction
    assert "row 4: 'colour' is 'purple', not one of the training values (blue, green, red)" in err
    assert rows[3][3] in ("cat", "dog")               # a missing weight is filled too


def test_gaps_without_fill_get_no_prediction_and_a_line(tmp_path):
    s = Session()
    s.load_lesson("iris")
    s.step("epoch")
    path = saved(tmp_path, s, "iris.nnviz")
    (tmp_path / "in.csv").write_text(
        "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n5.1,3.5,1.4,0.2\n6.0,,4.5,1.5\n")
    code, out, err = run_cli("predict", path, "--csv", tmp_path / "in.csv")
    header, rows = table(out)
    assert code == 0 and header[-4:] == ["predicted species", "score(setosa)", "score(versicolor)", "score(virginica)"]
    assert rows[0][4] in ("setosa", "versicolor", "virginica") and rows[1][4:] == ["", "", "", ""]
    assert err.strip() == ("nnviz: in.csv row 3: no value for 'sepal_width_cm' (the model's data dropped rows "
                           "with gaps); no prediction")


def test_bad_session_file_or_table_without_the_columns_is_one_line_exit_2(pets, tmp_path):
    _, path = pets
    (tmp_path / "other.csv").write_text("height,colour\n1,red\n")
    code, out, err = run_cli("predict", path, "--csv", tmp_path / "other.csv")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "other.csv: the table lacks the model's input columns 'weight', 'age'" in err
    (tmp_path / "fake.nnviz").write_text("weight,colour\n")
    code, _, err = run_cli("predict", tmp_path / "fake.nnviz", "--csv", tmp_path / "other.csv")
    assert code == 2 and err.startswith("nnviz: fake.nnviz: not an nnviz session file") and err.count("\n") == 1
    code, _, err = run_cli("export", tmp_path / "fake.nnviz", "--pytorch", tmp_path / "x.py")
    assert code == 2 and err.count("\n") == 1 and not (tmp_path / "x.py").exists()


def test_the_script_is_readable_python_that_never_needs_nnviz(pets, tmp_path):
    s, _ = pets
    files = pytorch_script(s, tmp_path / "pets_model.py")
    text = files[0].read_text()
    compile(text, "pets_model.py", "exec")
    assert "nnviz" not in "".join(line for line in text.splitlines() if line.startswith(("import", "from")))
    assert "torch.nn.Sequential" in text and "WEIGHTS = [" in text and len(files) == 1
    big = Session()
    big.load_lesson("spiral")
    files = pytorch_script(big, tmp_path / "spiral_model.py", inline_max=50)
    assert [f.suffix for f in files] == [".py", ".npz"]
    with np.load(files[1], allow_pickle=False) as f:
        assert f["W1"].tobytes() == big.trainer.network.weights[1].tobytes()


# --- the script against nnviz predict ----------------------------------------------------------
def same_table(a: str, b: str, tol=1e-9):
    ha, ra = table(a)
    hb, rb = table(b)
    assert ha == hb and len(ra) == len(rb)
    n_numbers = 0
    for x, y in zip(ra, rb):
        assert len(x) == len(y)
        for u, v in zip(x, y):
            try:
                fu, fv = float(u), float(v)
            except ValueError:
                assert u == v
                continue
            assert abs(fu - fv) <= tol * max(1.0, abs(fu)), (u, v)
            n_numbers += 1
    return n_numbers


CASES = {
    "house": "bedrooms,quality\n4,7\n1,3\n3,9\n2.5,5.5\n",
    "iris": "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n5.1,3.5,1.4,0.2\n6.0,3.0,4.5,1.5\n7.7,2.6,6.9,2.3\n6.0,,4.5,1.5\n",
    "blobs3": "x1,x2\n-3,-3\n3,3\n0,4\n",
}


@pytest.mark.parametrize("name", [*CASES, "pets", "features"])
def test_the_pytorch_script_prints_what_nnviz_predict_prints(name, tmp_path, request):
    pytest.importorskip("torch", reason="PyTorch is not installed here, so the exported script cannot run; "
                                        "nnviz itself never needs it (pip install torch to run this test)")
    if name == "pets":
        s, path = request.getfixturevalue("pets")
        (tmp_path / "in.csv").write_text("weight,colour,age\n5,red,3\n12,Blue,\n4,purple,2\n7,green,1\n")
    elif name == "features":
        s, path = request.getfixturevalue("features")
        (tmp_path / "in.csv").write_text("x1,x2\n0.5,-1\n4,4\n-3.5,0.25\n")
    else:
        s = Session()
        s.load_lesson(name)
        for _ in range(3 if name == "iris" else 30):
            s.step("epoch")
        path = saved(tmp_path, s, f"{name}.nnviz")
        (tmp_path / "in.csv").write_text(CASES[name])
    code, expected, _ = run_cli("predict", path, "--csv", tmp_path / "in.csv")
    assert code == 0
    code, _, _ = run_cli("export", path, "--pytorch", tmp_path / "model.py")
    assert code == 0
    done = subprocess.run([sys.executable, str(tmp_path / "model.py"), str(tmp_path / "in.csv")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert same_table(done.stdout, expected) >= 3
