"""--lang de|es|en: what the command line writes, in that language and with its decimal mark."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from nnviz import __main__ as entry
from nnviz.cli import early_language, main, system_language
from nnviz.core import tr


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    tr.use_language("en")


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_train_in_german_writes_german_words_and_decimal_commas():
    code, out, _ = run("train", "--lesson", "or-gate", "--epochs", "2", "--lang", "de")
    assert code == 0
    assert "fertig nach 2 Epochen" in out and "Lernrate 0,05" in out
    assert "done after" not in out and "0.05" not in out


def test_spanish_before_the_command_and_english_by_default():
    code = entry.main(["--lang=es", "lessons"])
    assert code == 0
    code, out, _ = run("train", "--lesson", "or-gate", "--epochs", "1", "--lang", "es")
    assert "terminado tras 1 épocas" in out
    code, out, _ = run("train", "--lesson", "or-gate", "--epochs", "1", "--lang", "en")
    assert "done after 1 epochs" in out and "lr 0.05" in out


def test_lessons_lists_the_captions_in_the_language():
    _, de, _ = run("lessons", "--lang", "de")
    _, en, _ = run("lessons", "--lang", "en")
    assert de.splitlines()[0].split()[0] == en.splitlines()[0].split()[0] == "circle"
    assert de != en


@pytest.mark.parametrize("args", [("--lang", "fr", "lessons"), ("lessons", "--lang", "fr"), ("lessons", "--lang"),
                                  ("train", "--lang=xx"), ("--lang", "DE")])
def test_a_bad_language_is_one_line_and_exit_2(args, capsys):
    code = entry.main(list(args))
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--lang" in err


def test_a_bad_language_in_a_real_process_names_the_word_without_a_traceback():
    r = subprocess.run([sys.executable, "-m", "nnviz", "train", "--lang", "klingon"], capture_output=True,
                       text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "klingon" in r.stderr


def test_the_window_gets_args_lang(monkeypatch):
    seen = {}

    def run_window(args):
        seen["lang"] = args.lang
        return 0

    import nnviz.ui.app as app
    monkeypatch.setattr(app, "run", run_window)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert entry.main(["--lang", "es", "--screenshot", "x.png"]) == 0 and seen["lang"] == "es"
    assert entry.main(["--screenshot", "x.png"]) == 0 and seen["lang"] is None


def test_the_language_is_read_early_and_from_the_environment():
    assert early_language(["train", "--lang", "de"]) == "de"
    assert early_language(["train", "--lang=es"]) == "es"
    assert early_language(["train", "--lang", "fr"]) is None
    assert early_language(["--", "--lang", "de"]) is None
    assert system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({"LANGUAGE": "es:en", "LANG": "de_DE.UTF-8"}) == "es"
    assert system_language({"LANG": "C.UTF-8"}) == "en" and system_language({}) == "en"
