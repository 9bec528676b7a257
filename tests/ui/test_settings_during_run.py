"""Settings changed while a run is under way are never dropped: after any sequence of edits and
however the run ends (Pause, the "Stop at" limit, the target loss), the settings panel, the
session and the trainer hold the same learning rate."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nnviz.core.app.session import EndReason

TIMEOUT = 20_000
START_LR = 0.3          # the default lesson's learning rate


def _panel_lr(window) -> float:
    return window.hyper_panel.settings().config.lr


def _agree(window) -> float:
    """The learning rate, after checking the panel, its text, the session, the trainer and its
    optimizer all hold it."""
    session, trainer = window.session, window.session.trainer
    lrs = {"panel": _panel_lr(window), "session": session.settings.config.lr,
           "trainer": trainer.config.lr, "optimizer": trainer.optimizer.lr,
           "shown": float(window.hyper_panel.lr_combo.currentText())}
    assert len(set(lrs.values())) == 1, lrs
    return lrs["panel"]


def _pick(qtbot, window, lr: float) -> None:
    """Choose ``lr`` from the learning-rate list, as a click on an item does."""
    combo = window.hyper_panel.lr_combo
    index = combo.findData(lr)
    assert index >= 0, f"{lr} is not in the list"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _type(qtbot, window, text: str) -> None:
    """Click into the learning-rate box, type ``text`` over what it holds and press Enter (keys
    reach the box only while it has the focus: elsewhere "." blanks the screen)."""
    edit = window.hyper_panel.lr_combo.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.hasFocus, timeout=TIMEOUT)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


EDITS = {
    "picked": (lambda qtbot, w: _pick(qtbot, w, 0.01), 0.01),
    "typed": (lambda qtbot, w: _type(qtbot, w, "0.07"), 0.07),
    "twice": (lambda qtbot, w: (_pick(qtbot, w, 0.01), _type(qtbot, w, "0.07")), 0.07),
}


def _start_slow_run(qtbot, window) -> None:
    window.speed_slider.setValue(0)      # one epoch per frame: the edits land mid-run
    window.max_epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    assert window.runner.running and _agree(window) == START_LR


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("ending", ["pause", "stop limit", "target loss"])
def test_an_edit_during_a_run_reaches_the_trainer_however_the_run_ends(qtbot, open_window, edit, ending):
    window = open_window()
    do_edit, expected = EDITS[edit]
    _start_slow_run(qtbot, window)
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT) as finished:
        if ending == "stop limit":      # the limit first: the run ends a few epochs on
            window.max_epochs.setValue(window.session.epoch + 3)
        elif ending == "target loss":   # a target the next epoch reaches
            window.target_loss.setValue(99.0)
        do_edit(qtbot, window)
        if ending == "pause":
            qtbot.mouseClick(window.play_button, Qt.MouseButton.LeftButton)
    reason = {"pause": EndReason.PAUSED, "stop limit": EndReason.MAX_EPOCHS,
              "target loss": EndReason.TARGET_LOSS}[ending]
    assert finished.args[0] == reason
    assert not window.runner.running
    assert _agree(window) == expected
    # The stop conditions changed on the way are in use too, in the run box and the session.
    if ending == "stop limit":
        assert window.max_epochs.value() == window.session.settings.config.epochs == window.session.epoch
    if ending == "target loss":
        assert window.target_loss.value() == window.session.settings.config.target_loss == 99.0


def test_the_issue_reproduction_a_picked_rate_then_pause(qtbot, open_window):
    """A run on the default lesson, 0.01 picked from the list, then Pause: the panel showed
    0.01 while the session and the trainer went on with 0.3."""
    window = open_window()
    _start_slow_run(qtbot, window)
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        _pick(qtbot, window, 0.01)
        window.pause()
    assert _agree(window) == 0.01
    # The next run goes on with it.
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert _agree(window) == 0.01


def test_an_edit_queued_as_the_run_is_stopped_from_the_window(qtbot, open_window):
    """A rebuilding command stops the run at once (stop and join): what was queued is applied
    on the GUI thread, before the command."""
    window = open_window()
    _start_slow_run(qtbot, window)
    _pick(qtbot, window, 0.01)
    window.runner.stop_and_wait()
    assert _agree(window) == 0.01


def test_a_second_edit_builds_on_the_first(qtbot, open_window):
    """A stop limit edited after a queued learning rate keeps the learning rate (the limit's
    settings are built from the queued ones, not from the session's older ones)."""
    window = open_window()
    _start_slow_run(qtbot, window)
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        _pick(qtbot, window, 0.01)
        window.max_epochs.setValue(window.session.epoch + 2)
    assert _agree(window) == 0.01
    assert window.session.settings.config.epochs == window.max_epochs.value()


def test_a_refused_rate_during_a_run_changes_nothing(qtbot, open_window):
    window = open_window()
    _start_slow_run(qtbot, window)
    _type(qtbot, window, "-1")
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert window.session.settings.config.lr == window.session.trainer.config.lr == START_LR
    assert _panel_lr(window) == START_LR
