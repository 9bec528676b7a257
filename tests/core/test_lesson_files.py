"""Lesson files: the built-in lessons are TOML files that train bit for bit as they always have,
any lesson survives a write and a read, and each kind of mistake in a teacher's file gets one
line naming the file, the key and what is wrong."""
import textwrap

import numpy as np
import pytest

from nnviz.core.teaching.lesson_files import (
    LessonFileError,
    builtin_lesson_texts,
    lesson_to_toml,
    parse_lesson,
    read_lesson_file,
    write_lesson_file,
)
from nnviz.core.teaching.lessons import LESSONS, get_lesson


def run_epochs(trainer, n):
    for _ in range(n):
        trainer.step_epoch()
    return trainer


# What each built-in lesson gives after 5 epochs (2 for the slow one-sample-at-a-time Iris), as
# the lessons gave when they were Python definitions: the training loss of every epoch, the sum
# of the network's parameters, the sum of the training inputs, and the number of parameters.
# Exact floats: a lesson file that changes a setting, the data or its order changes these.
GOLDEN = {
    'circle': ((0.8160503148017578, 0.7752294077076379, 0.7460176678825288, 0.7250651578198739, 0.709896758251826), -0.4271029623156327, -25.73754365126134, 25),
    'or-gate': ((0.37956610459051504, 0.37579767281165694, 0.3721822835620829, 0.36871248507984566, 0.3653811490491637), 0.7132884384538918, 4.0, 3),
    'no-bias': ((0.4296966869007126, 0.42492707480144043, 0.42026259021927737, 0.4157014843036457, 0.4112419514721712), 0.40707618155914327, 4.0, 3),
    'virus': ((1.1201527934885753, 1.1084843916972662, 1.0969607778359156, 1.0855951369475767, 1.0743995947940421), 1.1743882107042733, 12.0, 5),
    'house': ((0.04167660021859512, 0.031533711415163736, 0.024888972118742827, 0.020323009518756575, 0.01706291170363365), 5.283748695340596, 4.111111111111111, 13),
    'diabetes': ((0.14317203630906028, 0.13788568345100308, 0.13280348093313704, 0.12794813612069994, 0.12333665250498015), -0.027002519858249807, -1.4015455462867976e-12, 3),
    'iris': ((0.401122273897497, 0.31343626024116744), 1.0857192874510955, 3.5438318946034997e-13, 118),
    'xor-no-hidden': ((0.7129973483414231, 0.7110276800402735, 0.7094466435653526, 0.7081381971169689, 0.7070245935396936), -0.12525708937577296, 4.0, 3),
    'xor': ((0.7285581754224529, 0.7099423416798591, 0.6999988751816084, 0.69325246146995, 0.6875790733332234), 0.7958663681242145, 4.0, 17),
    'plane': ((0.809811402794417, 0.42878078324068364, 0.24255028536210352, 0.14708307326545783, 0.09599694511668373), 1.8467285216575053, -57.16938103777761, 17),
    'quadrants': ((0.821172345824053, 0.783281538291872, 0.7295140214651811, 0.6949603245724479, 0.6908564592527591), -0.9450707808315308, 7.689637481935346, 33),
    'gauss': ((0.09145557179858171, 0.08686697647861474, 0.07898728373233486, 0.06938387915032376, 0.05942737144411562), 1.662617795414361, -20.608129822441207, 3),
    'blobs3': ((0.9893526922240424, 0.9006338391111455, 0.753988704081381, 0.6102329061712451, 0.5192574066264218), 0.10553706193190428, -16.412459534235694, 27),
    'spiral': ((0.6836474471286734, 0.684727413284095, 0.6763644102355738, 0.6706706919057466, 0.6707496030353619), 3.810191525108022, -27.868298087370427, 105),
    'moons': ((0.40261226346286516, 0.396574074460587, 0.3855888913879207, 0.3709872500974458, 0.3541567255463829), -0.37156687761571255, -17.4168335876658, 25),
    'digits': ((1.2388782696891807, 0.36131925658597713, 0.22266074393820012, 0.16539470474103582, 0.1434670430036316), -12.220402826922061, 24622.75, 1210),
}


def test_the_built_in_lessons_come_from_package_files_in_the_pickers_order():
    names = [name for name, _ in builtin_lesson_texts()]
    assert [n[:-5].split("-", 1)[1] for n in names] == list(LESSONS) == list(GOLDEN)
    assert [int(n[:2]) for n in names] == list(range(1, len(names) + 1))


@pytest.mark.parametrize("name", list(GOLDEN))
def test_each_lesson_file_trains_bitwise_as_the_lesson_always_did(name):
    losses, weight_sum, x_sum, n_params = GOLDEN[name]
    t = run_epochs(get_lesson(name).trainer(), len(losses))
    assert tuple(t.history.train_loss) == losses
    assert t.network.flat.size == n_params and float(np.sum(t.network.flat)) == weight_sum
    assert float(np.sum(t.problem.X_train)) == x_sum


@pytest.mark.parametrize("name", list(GOLDEN))
def test_each_lesson_round_trips_and_trains_bitwise_like_the_file(name, tmp_path):
    path = tmp_path / f"{name}.toml"
    write_lesson_file(get_lesson(name), path)
    again = read_lesson_file(path)
    assert again == LESSONS[name]
    n = len(GOLDEN[name][0])
    new = run_epochs(again.trainer(), n)
    old = run_epochs(LESSONS[name].trainer(), n)
    assert new.network.flat.tobytes() == old.network.flat.tobytes()
    assert new.history.train_loss == old.history.train_loss
    assert new.problem.X_train.tobytes() == old.problem.X_train.tobytes()


def test_a_lesson_with_every_kind_of_field_round_trips():
    text = textwrap.dedent("""
        name = "mine"
        title = "Mine"
        caption = "Everything at once"
        notes = ["a \\"quoted\\" note", "ünïcode and a\\nnew line"]
        playground = true
        [question]
        x1 = 1.5
        "odd key" = "text"
        [data]
        generated = "moons"
        points = 120
        noise = 0.25
        seed = 7
        split = [60, 20, 20]
        [network]
        hidden = [3, 2]
        activation = ["relu", "tanh"]
        output = "sigmoid"
        init = "normal"
        init_value = 0.25
        seed = 3
        weights = [[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], [[1, 2], [3, 4], [5, 6]], [0.5, -0.5]]
        biases = [[0, 0, 0], [1, 1], [0.25]]
        [training]
        loss = "bce"
        optimizer = "momentum"
        momentum = 0.8
        lr = 0.02
        batch_size = 16
        reduction = "mean"
        shuffle = true
        l2 = 0.001
        epochs = 40
        target_loss = 0.05
        [[beats]]
        caption = "Say it"
        action = "say"
        [[beats]]
        caption = "Step once"
        action = "step"
        kind = "sample"
        [[beats]]
        caption = "Ask"
        action = "ask"
        values = { x1 = 1.5, x2 = -2 }
        [[beats]]
        caption = "Play"
        action = "play"
        params = { to_epoch = 30 }
        notes = "Say: watch the corner."
        seconds = 4.5
        pane = "loss"
        reveal = true
        toggles = { weights = true, maps = false }
        sample = 2
        neuron = [1, 0]
    """)
    lesson = parse_lesson(text, "mine.toml")
    assert lesson.data.options == (("n", 120), ("noise", 0.25)) and lesson.data.seed == 7
    assert lesson.settings.hidden_activations == ("relu", "tanh")
    assert lesson.settings.config.target_loss == 0.05
    assert lesson.beats[0] == {"caption": "Say it", "action": "say"}
    assert lesson.beats[1] == {"caption": "Step once", "action": "step", "params": {"kind": "sample"}}
    assert lesson.beats[2] == {"caption": "Ask", "action": "ask", "params": {"values": {"x1": 1.5, "x2": -2}}}
    assert lesson.beats[3] == {"caption": "Play", "action": "play", "notes": "Say: watch the corner.",
                               "params": {"to_epoch": 30, "seconds": 4.5, "pane": "loss", "reveal": True,
                                          "toggles": {"weights": True, "maps": False}, "sample": 2, "neuron": [1, 0]}}
    again = parse_lesson(lesson_to_toml(lesson), "again.toml")
    assert again == lesson
    t = again.trainer()
    assert len(t.problem.X_train) == 72          # 60 % of 120 points
    assert t.network.weights[2].ravel().tolist() == [0.5, -0.5]
    run_epochs(t, 2)


def test_a_teachers_file_reads_its_csv_relative_to_itself(tmp_path, monkeypatch):
    folder = tmp_path / "course" / "week1"
    (folder / "data").mkdir(parents=True)
    rows = ["hours,sleep,passed"] + [f"{h},{s},{int(h + s > 10)}" for h in range(1, 9) for s in range(3, 9)]
    (folder / "data" / "exam.csv").write_text("\n".join(rows) + "\n")
    (folder / "exam.toml").write_text(textwrap.dedent("""
        title = "Pass the exam"
        caption = "Hours of study and sleep"
        [question]
        hours = 5
        sleep = 7
        [data]
        csv = "data/exam.csv"
        target = "passed"
        features = ["hours", "sleep"]
        scaling = "minmax"
        split = [70, 15, 15]
        [network]
        hidden = [3]
        [training]
        loss = "bce"
        optimizer = "adam"
        lr = 0.05
        epochs = 5
    """))
    monkeypatch.chdir(tmp_path)                  # somewhere else: the path is the file's, not the cwd's
    lesson = read_lesson_file(folder / "exam.toml")
    assert lesson.name == "exam"
    t = lesson.trainer()
    assert t.problem.feature_names == ["hours", "sleep"] and t.problem.x_scaler.kind == "minmax"
    assert len(t.problem.X_train) + len(t.problem.X_val) + len(t.problem.X_test) == 48
    run_epochs(t, 3)
    # Written into another folder, the path is rewritten relative to it and still works.
    other = tmp_path / "elsewhere"
    other.mkdir()
    write_lesson_file(lesson, other / "copy.toml")
    assert 'csv = "../course/week1/data/exam.csv"' in (other / "copy.toml").read_text()
    assert read_lesson_file(other / "copy.toml") == lesson


MINIMAL = """
title = "T"
caption = "C"
[data]
table = "or"
"""


@pytest.mark.parametrize("extra, key, words", [
    ('colour = "red"', "colour", "unknown key"),
    ('[network]\nhiden = [3]', "network.hiden", "did you mean 'hidden'"),
    ('[network]\nhidden = [3]\nactivation = "swish"', "network.activation", "unknown activation 'swish'"),
    ('[network]\nhidden = "3"', "network.hidden", "must be a list of whole numbers"),
    ('[network]\nhidden = [0]', "network.hidden", "1 to 512 neurons"),
    ('[network]\nhidden = [3, 2]\nactivation = ["tanh"]', "network.activation", "one per hidden layer"),
    ('[network]\noutput = "softplus"', "network.output", "unknown output"),
    ('[network]\nbias = "yes"', "network.bias", "must be true or false"),
    ('[network]\ninit = "zeros"', "network.init", "unknown init"),
    ('[network]\nhidden = []\nweights = [[0.1, "x"]]', "network.weights", "layer 1 must be"),
    ('[network]\nhidden = [2]\nweights = [[0.1, 0.2]]', "network.weights", "2 layers need 2 entries"),
    ('[training]\nlr = "fast"', "training.lr", "must be a number, not a text"),
    ('[training]\nlr = -1', "training.lr", "learning rate"),
    ('[training]\nloss = "hinge"', "training.loss", "unknown loss"),
    ('[training]\noptimizer = "rmsprop"', "training.optimizer", "unknown optimizer"),
    ('[training]\nbatch_size = 2.5', "training.batch_size", "must be a whole number"),
    ('[training]\nepochs = true', "training.epochs", "must be a whole number, not true/false"),
    ('[training]\nseed = 3', "training.seed", "unknown key"),
    ('[[beats]]\naction = "play"', "beat 1: caption", "missing"),
    ('[[beats]]\ncaption = "x"\naction = 3', "beat 1: action", "must be a text"),
    ('beats = 3', "beats", "must be a list"),
    ('format = 9', "format", "this nnviz reads format 1"),
    ('[question]\nx1 = [1, 2]', "question.x1", "must be a number or a text"),
])
def test_each_mistake_is_one_line_naming_file_and_key(extra, key, words):
    top, _, rest = extra.partition("\n") if not extra.startswith("[") else ("", "", extra)
    text = top + "\n" + MINIMAL + "\n" + rest if top else MINIMAL + "\n" + extra
    with pytest.raises(LessonFileError) as err:
        parse_lesson(text, "bad.toml")
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"bad.toml: {key}: "), msg
    assert words in msg, msg


@pytest.mark.parametrize("text, key, words", [
    ('title = "T"\ncaption = "C"', "data", "missing"),
    ('caption = "C"\n[data]\ntable = "or"', "title", "missing"),
    ('title = 3\ncaption = "C"\n[data]\ntable = "or"', "title", "must be a text"),
    ('title = "T"\ncaption = "C"\n[data]\ntable = "and"', "data.table", "unknown table 'and'"),
    ('title = "T"\ncaption = "C"\n[data]\ntable = "or"\ngenerated = "circle"', "data", "exactly one"),
    ('title = "T"\ncaption = "C"\n[data]\ngenerated = "spirals"', "data.generated", "unknown set"),
    ('title = "T"\ncaption = "C"\n[data]\ngenerated = "circle"\nnoise = 3', "data.noise", "from 0 to 1"),
    ('title = "T"\ncaption = "C"\n[data]\ngenerated = "circle"\ntarget = "y"', "data.target", "unknown key"),
    ('title = "T"\ncaption = "C"\n[data]\ncsv = "x.csv"', "data.target", "missing"),
    ('title = "T"\ncaption = "C"\n[data]\ncsv = "x.csv"\ntarget = "y"\nscaling = "log"', "data.scaling", "unknown scaling"),
    ('title = "T"\ncaption = "C"\n[data]\ncsv = "x.csv"\ntarget = "y"\nsplit = [0, 50, 50]', "data.split", "training part"),
    ('title = "T"\ncaption = "C"\ndata = "or.csv"', "data", "must be a table"),
])
def test_mistakes_in_the_data_table(text, key, words):
    with pytest.raises(LessonFileError) as err:
        parse_lesson(text, "bad.toml")
    assert str(err.value).startswith(f"bad.toml: {key}: ") and words in str(err.value), str(err.value)


def test_not_toml_and_not_text(tmp_path):
    (tmp_path / "broken.toml").write_text('title = "unclosed\n')
    with pytest.raises(LessonFileError, match=r"^broken.toml: not valid TOML"):
        read_lesson_file(tmp_path / "broken.toml")
    (tmp_path / "image.toml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(LessonFileError, match=r"^image.toml: not a lesson file"):
        read_lesson_file(tmp_path / "image.toml")
    with pytest.raises(LessonFileError, match=r"^nowhere.toml: the file does not exist"):
        read_lesson_file(tmp_path / "nowhere.toml")


def _file(tmp_path, body):
    path = tmp_path / "lesson.toml"
    path.write_text('title = "T"\ncaption = "C"\n' + textwrap.dedent(body))
    return path


def test_a_missing_csv_names_the_path(tmp_path):
    path = _file(tmp_path, '[data]\ncsv = "data/none.csv"\ntarget = "y"\n')
    with pytest.raises(LessonFileError) as err:
        read_lesson_file(path)
    assert str(err.value).startswith("lesson.toml: data.csv: the CSV file ")
    assert str(tmp_path / "data" / "none.csv") in str(err.value)


def test_checks_against_the_data_wrong_column_wrong_weights_bad_question(tmp_path):
    (tmp_path / "t.csv").write_text("a,b,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(30)))
    cases = [
        ('[data]\ncsv = "t.csv"\ntarget = "z"\n', "data.target", "'z' does not exist"),
        ('[data]\ncsv = "t.csv"\ntarget = "y"\nfeatures = ["a", "c"]\n', "data.features", "'c' does not exist"),
        ('[data]\ncsv = "t.csv"\ntarget = "y"\n[network]\nhidden = []\nweights = [[1, 2, 3]]\n',
         "network.weights", "must be 2×1"),
        ('[question]\na = 1\n[data]\ncsv = "t.csv"\ntarget = "y"\n', "question", "'b'"),
        ('[data]\ntable = "house"\n[training]\nloss = "bce"\n', "training.loss", "cross-entropy needs classes"),
    ]
    for body, key, words in cases:
        with pytest.raises(LessonFileError) as err:
            read_lesson_file(_file(tmp_path, body))
        msg = str(err.value)
        assert msg.startswith(f"lesson.toml: {key}: ") and words in msg and "\n" not in msg, msg


def test_shipped_names_a_table_that_comes_with_nnviz_not_a_path():
    with pytest.raises(LessonFileError, match=r"data.shipped: .* is a path"):
        parse_lesson('title = "T"\ncaption = "C"\n[data]\nshipped = "../x.csv"\ntarget = "y"', "bad.toml")
    lesson = parse_lesson('title = "T"\ncaption = "C"\n[data]\nshipped = "iris.csv"\ntarget = "species"', "ok.toml")
    assert lesson.problem().class_names and len(lesson.problem().class_names) == 3


def test_explicit_weights_are_the_networks_start(tmp_path):
    path = _file(tmp_path, """
        [data]
        table = "virus"
        [network]
        hidden = []
        weights = [[0.5, -0.25, 0.125, 1.0]]
        biases = [[-0.75]]
    """)
    net = read_lesson_file(path).trainer().network
    assert net.weights[0].ravel().tolist() == [0.5, -0.25, 0.125, 1.0]
    assert net.biases[0].tolist() == [-0.75]
    assert np.isfinite(net.flat).all()


def test_the_command_line_trains_a_lesson_file_and_refuses_a_bad_one(tmp_path, capsys):
    import io

    from nnviz.__main__ import main as nnviz_main
    from nnviz.cli import main as cli

    good = tmp_path / "xor.toml"
    write_lesson_file(get_lesson("xor"), good)
    out, err = io.StringIO(), io.StringIO()
    assert cli(["train", "--lesson-file", str(good), "--epochs", "20", "--json"], out, err) == 0
    out2 = io.StringIO()
    assert cli(["train", "--lesson", "xor", "--epochs", "20", "--json"], out2, io.StringIO()) == 0
    assert out.getvalue() == out2.getvalue()
    bad = _file(tmp_path, '[data]\ntable = "or"\n[network]\nactivation = "swish"\n')
    err = io.StringIO()
    assert cli(["train", "--lesson-file", str(bad)], io.StringIO(), err) == 2
    assert err.getvalue() == ("nnviz: lesson.toml: network.activation: unknown activation 'swish'; "
                              "choose one of sigmoid, tanh, relu, linear\n")
    assert nnviz_main(["--lesson-file", str(bad)]) == 2          # the window never opens
    assert capsys.readouterr().err == err.getvalue()


def test_feature_inputs_let_one_neuron_draw_the_circle(tmp_path):
    path = _file(tmp_path, """
        playground = true
        [data]
        generated = "circle"
        seed = 3
        inputs = ["x1^2", "x2²"]
        [network]
        hidden = []
        [training]
        loss = "bce"
        optimizer = "adam"
        lr = 0.1
        epochs = 300
    """)
    lesson = read_lesson_file(path)
    assert lesson.data.inputs == ("x1^2", "x2^2")
    assert read_lesson_file(path) == parse_lesson(lesson_to_toml(lesson), "again.toml", default_name="lesson")
    t = lesson.trainer()
    assert t.network.sizes == [2, 1] and t.problem.input_transform is not None
    for _ in t.run():
        pass
    assert t.evaluate("test")["accuracy"] > 0.9      # no straight line in x1, x2 could do this


def test_feature_input_mistakes(tmp_path):
    with pytest.raises(LessonFileError, match=r"^bad.toml: data.inputs: unknown input 'x3'"):
        parse_lesson(MINIMAL.replace('table = "or"', 'table = "or"\ninputs = ["x3"]'), "bad.toml")
    with pytest.raises(LessonFileError, match=r"^lesson.toml: data.inputs: feature inputs need a problem with two inputs"):
        read_lesson_file(_file(tmp_path, '[data]\ntable = "virus"\ninputs = ["x1^2"]\n'))
