"""Five seeded runs of 500 random actions on the real window, the way an impatient person
clicks: any exception, Qt warning, NumPy warning or leaked thread fails the test (the conftest
guard catches threads; pytest-qt fails on exceptions raised in Qt callbacks), and so does a
crash: the runs go on in a child pytest (with faulthandler), so a segmentation fault is a
failing test with both threads' stacks, not a test run that just stops.

Each action is what a person does: a click on a button, a key to whatever has focus, a lesson
from the picker, an edit in the settings panel, a drag on the timeline, going back on the
timeline and training on from there (a new branch), undo, saving the session, and opening
files: good lesson files, sessions saved earlier in the run, and hostile lesson and session
files from the seeded generator of tests/core/hostile_files.py.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from nnviz.core.teaching.lesson_files import builtin_lesson_texts
from nnviz.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "core"))
import hostile_files  # noqa: E402

TIMEOUT = 30_000
# Small, quick lessons: 500 actions must stay well under a minute.
LESSONS = ["or-gate", "no-bias", "xor", "house", "circle", "blobs3", "plane", "virus", "diabetes", "iris"]
SEEDS = [1, 2, 3, 4, 5]
ACTIONS = 500
# The parent test sets this to run the seeded runs in a child process ("crash": the child
# crashes on purpose, to show the parent reports it).
CHILD = "NNVIZ_RANDOM_ACTIONS_CHILD"


def _key(qtbot, w, key, mod=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or w
    qtbot.keyClick(target, key, mod)


def _wait_idle(qtbot, w, pause: bool = False):
    """Let a step or short run end (``pause``: press Pause first, as a person would)."""
    if w.runner.running:
        with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
            if pause and w.runner.running:
                w.pause()


def _files(folder: Path) -> tuple[list[Path], list[str], list[bytes]]:
    """Good lesson files (the small built-in ones, as files), their texts (to mutate) and good
    sessions (to mutate)."""
    good, texts = [], []
    for name, text in builtin_lesson_texts():
        if name.split("-", 1)[1].removesuffix(".toml") in LESSONS:
            path = folder / f"good-{name}"
            path.write_text(text, encoding="utf-8")
            good.append(path)
            texts.append(text)
    sessions = [p.read_bytes() for p in hostile_files.make_base_sessions(folder)]
    return good, texts, sessions


def _actions(qtbot, w, rng, folder: Path):
    good_lessons, lesson_texts, base_sessions = _files(folder)
    saved: list[Path] = []
    opened: dict[str, list[bool]] = {"good": [], "hostile": []}
    hostile = random.Random(int(rng.integers(2**31)))   # the generator's own seeded stream

    def click(button):
        if button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def lesson():
        combo = w.lesson_combo
        combo.activated.emit(combo.findData(LESSONS[rng.integers(len(LESSONS))]))

    def play_a_little():
        if not w.runner.running:
            w.max_epochs.setValue(w.session.epoch + int(rng.integers(1, 30)))
            click(w.play_button)

    def settings_edit():
        if w.runner.running:
            return
        s = w.hyper_panel.settings()
        choice = rng.integers(5)
        if choice == 0:
            s.config.lr = float(rng.choice([0.001, 0.03, 0.3, 3.0, 1000.0]))
        elif choice == 1:
            s.config.optimizer = str(rng.choice(["sgd", "momentum", "adam"]))
        elif choice == 2:
            s.config.batch_size = int(rng.choice([0, 1, 4]))
        elif choice == 3:
            s = s.with_structure(tuple(int(n) for n in rng.integers(1, 6, rng.integers(0, 3))))
        else:
            s.config.l2 = float(rng.choice([0.0, 0.01, 0.3]))
        w.hyper_panel.settingsEdited.emit(s, bool(choice == 3))

    def drag_timeline():
        slider = w.timeline_bar.slider
        if slider.isEnabled() and slider.maximum() > 0:
            slider.setSliderDown(True)
            slider.setValue(int(rng.integers(0, slider.maximum() + 1)))
            slider.setSliderDown(False)

    def sample():
        spin = w.sample_spin
        spin.setValue(int(rng.integers(spin.minimum(), spin.maximum() + 1)))

    def select_node():
        sizes = w.session.layer_sizes
        layer = int(rng.integers(len(sizes)))
        w.network_view.select_node(layer, int(rng.integers(sizes[layer])))

    def edit_weight():
        if w.session.loaded and not w.runner.running:
            w.network_view.weightEdited.emit(0, 0, 0, float(rng.choice([0.0, -1.5, np.inf])))

    def history_memory():
        w.history_memory.setValue(int(rng.choice([10, 50, 200, 4000])))

    def branch():
        """Back to an earlier epoch, maybe a setting changed, then train on: a new branch."""
        _wait_idle(qtbot, w, pause=True)
        drag_timeline()
        if rng.random() < 0.5:
            settings_edit()
        click(w.step_button if rng.random() < 0.5 else w.step_batch_button)

    def save():
        if w.session.loaded and not w.runner.running:
            path = folder / f"saved-{len(saved)}.nnviz"
            if w.save_session(path):
                saved.append(path)

    def open_good():
        if saved and rng.random() < 0.6:
            opened["good"].append(w.open_path(saved[int(rng.integers(len(saved)))]))
        else:
            opened["good"].append(w.open_path(good_lessons[int(rng.integers(len(good_lessons)))]))

    def open_hostile():
        if rng.random() < 0.5:
            path = folder / "hostile.toml"
            path.write_bytes(hostile_files.mutate_lesson(hostile.choice(lesson_texts), hostile))
        else:
            path = folder / "hostile.nnviz"
            bases = base_sessions + [p.read_bytes() for p in saved[-2:]]
            path.write_bytes(hostile_files.mutate_session(hostile.choice(bases), hostile))
        opened["hostile"].append(w.open_path(path))

    return opened, [
        lambda: click(w.step_sample_button),
        lambda: click(w.step_batch_button),
        lambda: click(w.step_button),
        lambda: click(w.step_back_button),
        play_a_little,
        lambda: click(w.play_button),           # play or pause
        lambda: click(w.reset_button),
        lambda: click(w.new_weights_button),
        lesson,
        settings_edit,
        drag_timeline,
        sample,
        select_node,
        edit_weight,
        lambda: _key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
        lambda: _key(qtbot, w, Qt.Key.Key_Home),
        lambda: _key(qtbot, w, Qt.Key.Key_End),
        lambda: _key(qtbot, w, Qt.Key.Key_Backspace),
        lambda: _key(qtbot, w, Qt.Key.Key_Right),
        lambda: _key(qtbot, w, Qt.Key.Key_Space),
        lambda: w.show_maps_box.toggle(),
        lambda: w.show_weights_box.toggle(),
        lambda: w.phases_box.toggle(),
        lambda: _key(qtbot, w, Qt.Key.Key_P),
        lambda: w.explainer_dock.toggleViewAction().trigger(),
        history_memory,
        branch,
        branch,
        lambda: w.undo(),
        save,
        open_good,
        open_hostile,
        open_hostile,
    ]


@pytest.mark.skipif(os.environ.get(CHILD) != "1", reason="run in a child process by the test below")
@pytest.mark.parametrize("seed", SEEDS)
def test_seeded_random_actions(qtbot, tmp_path, qt_messages, seed):
    w = MainWindow(lesson="xor", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    rng = np.random.default_rng(seed)
    opened, actions = _actions(qtbot, w, rng, tmp_path)
    done = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")        # a NumPy RuntimeWarning is a failure here
        for i in range(ACTIONS):
            k = int(rng.integers(len(actions)))
            actions[k]()
            done.append(k)
            if rng.random() < 0.5:
                _wait_idle(qtbot, w, pause=True)
            QApplication.processEvents()
        _wait_idle(qtbot, w, pause=True)
    assert not qt_messages, qt_messages[:5]
    assert len(set(done)) == len(actions)    # every kind of action was tried
    assert all(opened["good"]) and False in opened["hostile"], opened
    # The window still works after all that: a step trains and draws.
    if not w.session.loaded or w.session.diverged:
        w.lesson_combo.activated.emit(w.lesson_combo.findData("xor"))
    if w.session.diverged:
        w.reset()
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT):
        qtbot.mouseClick(w.step_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    assert w.session.epoch >= 1 or w.session.trainer.cursor >= 1
    w.close()


@pytest.mark.skipif(os.environ.get(CHILD) != "crash", reason="run by the test below, to crash on purpose")
def test_crash_on_purpose():
    import faulthandler
    faulthandler._sigsegv()


def _run_child(mode: str, test: str) -> subprocess.CompletedProcess:
    env = {**os.environ, CHILD: mode, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "pytest", "-p", "faulthandler", "-p", "no:cacheprovider",
         "-q", "-x", f"{__file__}::{test}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def _tail(r: subprocess.CompletedProcess) -> str:
    return f"exit {r.returncode}\n{r.stdout[-4000:]}\n{r.stderr[-4000:]}"


def test_random_actions_end_without_exception_or_crash():
    r = _run_child("1", "test_seeded_random_actions")
    assert r.returncode == 0, _tail(r)
    assert f"{len(SEEDS)} passed" in r.stdout, _tail(r)


def test_a_crash_in_the_child_fails_the_parent_with_its_stack():
    r = _run_child("crash", "test_crash_on_purpose")
    assert r.returncode != 0
    assert "Fatal Python error: Segmentation fault" in r.stderr and "test_crash_on_purpose" in r.stderr, _tail(r)
