"""A few hundred seeded random actions on the real window, the way an impatient person clicks:
any exception, Qt warning, NumPy warning or leaked thread fails the test (the conftest guard
catches threads; pytest-qt fails on exceptions raised in Qt callbacks).

Each action is what a person does: a click on a button, a key to whatever has focus, a lesson
from the picker, an edit in the settings panel, a drag on the timeline.
"""
from __future__ import annotations

import warnings

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from nnviz.ui.main_window import MainWindow

TIMEOUT = 30_000
# Small, quick lessons: a few hundred actions must stay well under a minute.
LESSONS = ["or-gate", "no-bias", "xor", "house", "circle", "blobs3", "plane", "virus", "diabetes", "iris"]


def _key(qtbot, w, key, mod=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or w
    qtbot.keyClick(target, key, mod)


def _wait_idle(qtbot, w, pause: bool = False):
    """Let a step or short run end (``pause``: press Pause first, as a person would)."""
    if w.runner.running:
        with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
            if pause and w.runner.running:
                w.pause()


def _actions(qtbot, w, rng):
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

    return [
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
    ]


@pytest.mark.parametrize("seed", [1, 2])
def test_random_actions_leave_no_exception_warning_or_thread(qtbot, tmp_path, qt_messages, seed):
    w = MainWindow(lesson="xor", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    rng = np.random.default_rng(seed)
    actions = _actions(qtbot, w, rng)
    done = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")        # a NumPy RuntimeWarning is a failure here
        for i in range(150):
            k = int(rng.integers(len(actions)))
            actions[k]()
            done.append(k)
            if rng.random() < 0.5:
                _wait_idle(qtbot, w, pause=True)
            QApplication.processEvents()
        _wait_idle(qtbot, w, pause=True)
    assert not qt_messages, qt_messages[:5]
    # The window still works after all that: a step trains and draws.
    if w.session.diverged:
        w.reset()
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT):
        qtbot.mouseClick(w.step_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, w)
    assert w.session.epoch >= 1 or w.session.trainer.cursor >= 1
    w.close()
