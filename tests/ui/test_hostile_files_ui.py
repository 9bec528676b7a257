"""File → Open in the window uses the same readers as the CLI: a hostile lesson or session
file gives one line in the window and keeps what was on screen; a teacher's lesson named like
a built-in one keeps its own identity when F5 presents it."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from nnviz.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import hostile_files  # noqa: E402

TIMEOUT = 30_000


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(lesson="or-gate", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def shown(w):
    t = w.session.trainer
    return (w.session.lesson.name, t.network.flat.tobytes(), t.epoch, w.session.settings.config.epochs)


LESSONS = ["caption_allocates", "title_400k", "hidden_1e18", "step_count_1e12", "toml_1000_deep", "csv_fifo",
           "epochs_2_31", "seed_2_31", "action_pause", "ask_slep", "notes_100k"]


@pytest.mark.parametrize("name", LESSONS)
def test_a_hostile_lesson_file_is_one_line_and_the_lesson_stays(qtbot, window, tmp_path, name):
    os.mkfifo(tmp_path / "FIFO")
    path = tmp_path / "week3.toml"
    path.write_text(hostile_files.REGRESSIONS_LESSON[name])
    before = shown(window)
    assert not window.open_path(path)
    assert shown(window) == before
    message = window.statusBar().currentMessage()
    assert message.startswith("week3.toml: ") and "\n" not in message and len(message) < 500, message
    assert window.banner.isVisible()


SESSIONS = ["encrypted_member", "unknown_method", "duplicate_names", "json_100k_deep", "description_5mb",
            "npy_claims_1e12", "one_class_name", "seed_null", "epochs_2_31", "inf_in_data", "bomb_lying_header"]


@pytest.fixture(scope="module")
def hostile_sessions(tmp_path_factory):
    base = hostile_files.make_base_sessions(tmp_path_factory.mktemp("bases"))[0].read_bytes()
    return hostile_files.regressions_session(base)


@pytest.mark.parametrize("name", SESSIONS)
def test_a_hostile_session_file_is_one_line_and_the_session_stays(qtbot, window, tmp_path, name, hostile_sessions):
    path = tmp_path / "shared.nnviz"
    path.write_bytes(hostile_sessions[name])
    before = shown(window)
    assert not window.open_path(path)
    assert shown(window) == before
    message = window.statusBar().currentMessage()
    assert message.startswith("shared.nnviz: ") and "\n" not in message and len(message) < 500, message


def test_a_teachers_iris_is_presented_as_its_own(qtbot, window, tmp_path):
    path = tmp_path / "week3.toml"
    path.write_text('name = "iris"\ntitle = "Week 3"\ncaption = "Our own"\n[data]\ntable = "or"\n[network]\nhidden = []\n'
                    '[[beats]]\ncaption = "Our very own first beat"\naction = "say"\n')
    assert window.open_path(path)
    assert window.session.lesson.name == "iris (week3.toml)"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presenter.presenting, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Week 3" in window.presenter.caption.text(), timeout=TIMEOUT)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: window.presenter.caption.text() == "Our very own first beat", timeout=TIMEOUT)
    assert window.session.lesson.title == "Week 3" and window.session.problem.n_features == 2
    assert np.asarray(window.session.problem.X_train).shape == (4, 2)
