"""Error lines in the teacher's language: with German set, a broken session file, a typo'd beat
and a wrong command-line argument each give one line in German (English again afterwards)."""
from __future__ import annotations

import json
import re
import zipfile

import pytest

from nnviz.core import tr
from nnviz.core.app.session_file import SessionFileError, read_session


@pytest.fixture
def german():
    tr.use_language("de")
    yield
    tr.use_language("en")


def _session_zip(path, manifest: dict, extra: dict | None = None):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("nnviz-session.json", json.dumps(manifest))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def _one_line(exc) -> str:
    text = str(exc.value)
    assert "\n" not in text
    return text


def test_a_hand_edited_session_file_is_refused_in_german(german, tmp_path):
    path = _session_zip(tmp_path / "edited.nnviz", {"format": "nnviz-session", "version": 1})
    with pytest.raises(SessionFileError) as exc:
        read_session(path)
    line = _one_line(exc)
    assert line.startswith("edited.nnviz: ")
    assert "der Eintrag problem fehlt oder ist fehlerhaft" in line and "inconsistent" not in line


def test_a_session_file_with_too_few_class_names_is_refused_in_german(german, tmp_path):
    manifest = {"format": "nnviz-session", "version": 1, "problem": {"name": "p", "target_name": "y",
                "feature_names": ["x"], "class_names": ["nur eine"], "notes": []},
                "trainer": {}, "settings": {"config": {}}, "arrays": {}}
    with pytest.raises(SessionFileError) as exc:
        read_session(_session_zip(tmp_path / "k.nnviz", manifest))
    assert "braucht mindestens zwei Klassennamen" in _one_line(exc)


def test_an_encrypted_member_is_refused_in_german_and_in_english_afterwards(tmp_path):
    path = _session_zip(tmp_path / "enc.nnviz", {"format": "nnviz-session", "version": 1})
    raw = bytearray(path.read_bytes())
    raw[6] |= 1                                  # the local header's "encrypted" flag …
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 8] |= 1                        # … and the central directory's
    path.write_bytes(bytes(raw))
    tr.use_language("de")
    try:
        with pytest.raises(SessionFileError) as exc:
            read_session(path)
        assert "ist verschlüsselt; eine Sitzungsdatei ist das nie" in _one_line(exc)
    finally:
        tr.use_language("en")
    with pytest.raises(SessionFileError) as exc:
        read_session(path)
    assert "is encrypted; a session file never is" in _one_line(exc)


HEAD = 'title = "T"\ncaption = "C"\n[data]\ntable = "or"\n[network]\nhidden = [2]\n'


@pytest.mark.parametrize("beat, words", [
    ('caption = "x"\naction = "paly"', "unbekannte Aktion 'paly' (meintest du 'play'?)"),
    ('caption = "{accuracy}"\naction = "say"', "unbekanntes Feld {accuracy} in der Beschriftung (meintest du "
                                               "{test_accuracy}?)"),
    ('caption = "x"\naction = "play"\nto_epoch = 5\nsecnds = 3', "secnds: unbekannter Schlüssel (meintest du "
                                                                 "'seconds'?)"),
    ('caption = "x"\naction = "play"', "to_epoch: fehlt (ein 'play'-Beat braucht to_epoch)"),
    ('caption = "x"\naction = "step"\nkind = "samples"', "kind: unbekannt: 'samples' (meintest du 'sample'?)"),
])
def test_a_typo_in_a_beat_is_named_in_german(german, beat, words):
    from nnviz.core.teaching.lesson_files import LessonFileError, parse_lesson

    with pytest.raises(LessonFileError) as exc:
        parse_lesson(HEAD + "[[beats]]\n" + beat, "woche3.toml")
    line = _one_line(exc)
    assert line.startswith("woche3.toml: ") and words in line, line
    assert "did you mean" not in line and "unknown" not in line and "missing" not in line


def test_a_beat_the_presentation_refuses_says_so_in_german(german):
    from nnviz.core.teaching.beats import Beat

    with pytest.raises(ValueError) as exc:
        Beat("x", "step", {"kind": "sample"}, pane="boundry")
    assert _one_line(exc) == "unbekannter Bereich 'boundry'; wähle einen von boundary, loss, confusion, explainer, map"
    with pytest.raises(ValueError) as exc:
        Beat("x", "say", seconds=-1)
    assert "seconds ist eine Zahl über 0 und höchstens" in _one_line(exc)


def _cli(*argv):
    import io

    from nnviz.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _or_gate_session(tmp_path):
    from nnviz.core.app.session import Session

    s = Session()
    s.load_lesson("or-gate")
    path = tmp_path / "or.nnviz"
    s.save(path)
    return path


def test_predict_names_a_missing_column_and_unpredicted_rows_in_german(tmp_path):
    session = _or_gate_session(tmp_path)
    (tmp_path / "andere.csv").write_text("height,colour\n1,red\n")
    code, out, err = _cli("predict", session, "--csv", tmp_path / "andere.csv", "--lang", "de")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("nnviz: andere.csv: der Tabelle fehlen die Eingabespalten 'x1', 'x2' des Modells")
    (tmp_path / "luecken.csv").write_text("x1,x2\n1,\n0,1\n")
    code, out, err = _cli("predict", session, "--csv", tmp_path / "luecken.csv", "--lang", "de")
    assert code == 0 and err == ("nnviz: luecken.csv Zeile 2: kein Wert für 'x2' (die Daten des Modells ließen "
                                 "Zeilen mit Lücken weg); keine Vorhersage\n")


def test_argparse_refuses_a_wrong_choice_in_german_and_names_the_word(tmp_path):
    code, out, err = _cli("train", "--lesson", "or-gate", "--activation", "relux", "--lang", "de")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "ungültige Wahl" in err and "relux" in err and "--activation" in err
    assert "invalid choice" not in err and "choose from" not in err and "argument" not in err


def test_argparse_names_missing_and_unknown_arguments_in_spanish_then_english_again():
    code, _, err = _cli("predict", "--lang", "es")
    assert code == 2 and err.count("\n") == 1 and "faltan estos argumentos" in err and "--csv" in err
    code, _, err = _cli("train", "--lang", "es", "--bogus")
    assert code == 2 and "argumentos no reconocidos: --bogus" in err
    code, _, err = _cli("predict")
    assert code == 2 and "the following arguments are required" in err


def test_the_help_is_headed_in_german_and_argparse_is_left_as_it_was(capsys):
    import argparse
    import gettext

    with pytest.raises(SystemExit) as stop:
        _cli("predict", "--help", "--lang", "de")
    help_text = capsys.readouterr().out
    assert stop.value.code == 0
    assert help_text.startswith("Aufruf: nnviz predict") and "Optionen:" in help_text
    assert "diese Hilfe zeigen und beenden" in help_text and "usage:" not in help_text
    assert "die vorherzusagenden Zeilen" in help_text and "the rows to predict" not in help_text
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext


def test_a_bad_number_type_is_refused_in_german():
    code, _, err = _cli("train", "--lesson", "xor", "--noise", "70", "--lang", "de")
    assert code == 2 and "das Rauschen muss ein Prozentsatz von 0 bis 50 sein, nicht '70'" in err
    code, _, err = _cli("train", "--lesson", "xor", "--split", "1,2", "--lang", "de")
    assert code == 2 and "müssen drei Prozentsätze" in err


def test_argparse_translations_keep_argparse_placeholders():
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "nnviz" / "i18n"
    placeholder = re.compile(r"%\(\w+\)[sr]|%[sr]")
    for lang in ("de", "es"):
        root = ET.parse(folder / f"nnviz_core_{lang}.ts").getroot()
        messages = [m for c in root.iter("context") if c.findtext("name") == "argparse" for m in c.iter("message")]
        assert len(messages) >= 15
        for m in messages:
            source, text = m.findtext("source"), m.findtext("translation") or ""
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), (lang, source)


def test_a_generated_set_names_its_classes_in_the_language_it_is_made_in(german):
    from nnviz.core.data.datasets import playground_problem

    assert playground_problem("xor", seed=0).class_names == ["Klasse 0", "Klasse 1"]
    tr.use_language("es")
    assert playground_problem("xor", seed=0).class_names == ["clase 0", "clase 1"]
    tr.use_language("en")
    assert playground_problem("xor", seed=0).class_names == ["class 0", "class 1"]


@pytest.mark.parametrize("tail, words", [
    ('[[beats]]\ncaption = "x"\naction = "explain"\nlayer = 5\nneuron = 0',
     "Schritt 1: layer: Schicht 5 gibt es nicht: die Schichten mit Neuronen sind 1 bis 2"),
    ('[[beats]]\ncaption = "x"\naction = "quiz"\nquantity = "z"\nlayer = 1\nneuron = 7',
     "Schritt 1: neuron: Schicht 1 hat 2 Neuronen (0 bis 1), nicht 8"),
    ('[[exercises]]\ntitle = "a"\ntext = "b"\nquantity = "zz"\nlayer = 1\nneuron = 0',
     "Aufgabe 1: quantity: unbekannt: 'zz' (meintest du 'z'?)"),
    ('[network.weights]\n', "network.weights: muss eine Liste mit einem Eintrag pro Schicht sein"),
])
def test_a_lesson_naming_what_its_network_lacks_is_refused_in_german(german, tmp_path, tail, words):
    from nnviz.core.teaching.lesson_files import LessonFileError, read_lesson_file

    path = tmp_path / "woche4.toml"
    path.write_text(HEAD + tail)
    with pytest.raises(LessonFileError) as exc:
        read_lesson_file(path)
    line = _one_line(exc)
    assert line.startswith("woche4.toml: ") and words in line, line
    assert "does not exist" not in line and "did you mean" not in line and "beat 1" not in line


def test_an_unknown_lesson_name_is_refused_in_german(german):
    from nnviz.core.teaching.lessons import get_lesson

    with pytest.raises(ValueError) as exc:
        get_lesson("xro")
    assert _one_line(exc).startswith("unbekannte Lektion 'xro'; wähle eine von ")


def test_a_folder_given_as_a_session_file_is_refused_in_german(german, tmp_path):
    folder = tmp_path / "ordner.nnviz"
    folder.mkdir()
    with pytest.raises(SessionFileError) as exc:
        read_session(folder)
    assert _one_line(exc) == "ordner.nnviz: das ist ein Ordner, keine Sitzungsdatei"


def test_an_unknown_feature_input_on_the_command_line_is_refused_in_german():
    code, _, err = _cli("train", "--lesson", "xor", "--inputs", "x1,x3", "--lang", "de")
    assert code == 2 and err.count("\n") == 1
    assert "unbekannte Eingabe 'x3'; wähle aus x1, x2" in err and "unknown input" not in err


def test_a_generated_set_out_of_range_is_refused_in_german_with_a_decimal_comma(german):
    from nnviz.core.data.datasets import GeneratedData
    from nnviz.core.data.problem import DataError

    with pytest.raises(DataError) as exc:
        GeneratedData("xor", noise=0.75).validate()
    assert _one_line(exc) == "das Rauschen muss von 0% bis 50% reichen, nicht 0,75 (75%)"


def test_taking_away_every_training_point_is_refused_in_german(german):
    from dataclasses import replace

    import numpy as np

    from nnviz.core.app.session import Session

    s = Session()
    s.load_lesson("xor")
    empty = replace(s.problem, X_train=np.empty((0, 2)), Y_train=np.empty((0, 1)))
    with pytest.raises(ValueError) as exc:
        s.change_data(empty, "points")
    assert _one_line(exc) == "die Trainingsdaten dürfen nicht leer sein: behalte mindestens einen Trainingspunkt"


def test_counts_are_grouped_the_german_way_and_a_typed_comma_is_a_decimal_mark():
    """German groups thousands with a point ("1.000", never "1,000", which reads as one) and
    the command line takes "0,05" as a learning rate like "0.05"."""
    code, _, err = _cli("train", "--lesson", "xor", "--epochs", "99999999", "--lang", "de")
    assert code == 2 and "'99999999'" in err
    limit = re.search(r"höchstens ([\d.,]+)", err)
    assert limit and "," not in limit.group(1) and "." in limit.group(1), err
    code, out, err = _cli("train", "--lesson", "or-gate", "--epochs", "1", "--lr", "0,05", "--json")
    assert code == 0, err
    code2, out2, _ = _cli("train", "--lesson", "or-gate", "--epochs", "1", "--lr", "0.05", "--json")
    assert code2 == 0 and out == out2


def test_the_window_commands_help_is_in_german_too(capsys):
    """`nnviz --lang de --help` (the window's own options): German throughout, English after."""
    from nnviz.__main__ import main as nnviz_main

    try:
        with pytest.raises(SystemExit) as stop:
            nnviz_main(["--lang", "de", "--help"])
        out = capsys.readouterr().out
        assert stop.value.code == 0
        assert "Einem neuronalen Netz beim Lernen zusehen" in out and "Watch a neural network" not in out
        assert "im Präsentationsmodus starten" in out and "start in presentation mode" not in out
    finally:
        tr.use_language("en")
