"""The window as a teacher uses it: load, play, step, pause, reset, rebuild, close.

Everything waits on signals (frameDrawn, runFinished), never on sleeps.
"""
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from nnviz.core.teaching.lessons import DEFAULT_LESSON
from nnviz.ui.main_window import MainWindow

TIMEOUT = 20_000


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    w.close()


def _weights(w):
    return [a.copy() for a in w.session.trainer.network.weights]


def _run_epochs(qtbot, w, n):
    w.max_epochs.setValue(w.session.trainer.epoch + n)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT) as done:
        w.play()
    return done.args[0]


def test_opens_on_the_default_lesson_ready_to_train(window):
    assert window.lesson_name == DEFAULT_LESSON
    sizes = window.session.trainer.network.sizes
    assert window.network_view.node_count() == sum(sizes)
    assert window.network_view.edge_count() == sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    assert window.session.trainer.epoch == 0 and not window.runner.running
    rgba = window.boundary_plot.image_rgba()
    assert rgba.shape[:2] == (100, 100) and rgba[..., :3].std() > 0  # a real field, not a blank canvas


def test_play_trains_in_the_worker_and_the_loss_falls(qtbot, window):
    frames = []
    window.frameDrawn.connect(frames.append)
    reason = _run_epochs(qtbot, window, 200)
    assert reason == "max epochs" and window.session.trainer.epoch == 200
    loss = window.session.trainer.history.train_loss
    assert loss[-1] < 0.7 * loss[0]
    assert frames and frames[-1] == 200
    assert window.loss_plot.point_count() == 200
    assert window.epoch_label.text() == "Epoch 200"


def _step(qtbot, w, step):
    """Run one step and return the epochs of the frames it drew (waits for both signals)."""
    drawn = []
    w.frameDrawn.connect(drawn.append)
    with qtbot.waitSignals([w.runner.runFinished, w.frameDrawn], timeout=TIMEOUT):
        step()
    w.frameDrawn.disconnect(drawn.append)
    return drawn


def test_step_advances_exactly_one_epoch_and_redraws(qtbot, window):
    before = window.boundary_plot.image_rgba().copy()
    assert _step(qtbot, window, window.step_epoch)[-1] == 1 and window.session.trainer.epoch == 1
    assert _step(qtbot, window, window.step_epoch)[-1] == 2
    assert window.session.trainer.epoch == 2 and window.loss_plot.point_count() == 2
    assert not np.array_equal(before, window.boundary_plot.image_rgba())


def test_step_sample_moves_one_sample_into_the_next_epoch(qtbot, window):
    assert _step(qtbot, window, window.step_sample) == [0]
    assert window.session.trainer.epoch == 0 and window.session.trainer.cursor == 1
    assert window.session.trainer.last_step.kind == "sample" and len(window.session.trainer.last_step.rows) == 1
    assert "+1" in window.epoch_label.text()


def _symbols_missing_from_fonts(window) -> set[str]:
    """Non-ASCII characters on the window's buttons that their own font cannot draw."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QAbstractButton

    missing = set()
    for button in window.findChildren(QAbstractButton):
        fm = QFontMetrics(button.font())
        missing |= {ch for ch in button.text() if ord(ch) > 127 and not fm.inFontUcs4(ord(ch))}
    return missing


def test_every_button_symbol_is_in_the_font_running_or_not(qtbot, window):
    """The Pause button read "⏸ Pause": DejaVu Sans (Debian's default) has no U+23F8 and drew a
    box. Every symbol on a button, idle and during a run, must be in the button's font."""
    assert not _symbols_missing_from_fonts(window)
    window.max_epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    missing = _symbols_missing_from_fonts(window)
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.toggle_play()
    assert not missing, missing


def test_pause_stops_at_once(qtbot, window):
    window.max_epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    assert window.runner.running and window.play_button.text().endswith("Pause")
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT) as done:
        window.toggle_play()
    assert done.args[0] == "paused" and not window.runner.running
    epoch = window.session.trainer.epoch
    assert window.play_button.text().endswith("Play")
    # Nothing trains after the pause: a step moves exactly one epoch on from there.
    _step(qtbot, window, window.step_epoch)
    assert window.session.trainer.epoch == epoch + 1


def test_reset_restores_identical_weights(qtbot, window):
    start = _weights(window)
    _run_epochs(qtbot, window, 30)
    assert not np.array_equal(start[0], window.session.trainer.network.weights[0])
    window.reset()
    assert window.session.trainer.epoch == 0 and window.loss_plot.point_count() == 0
    for a, b in zip(start, window.session.trainer.network.weights):
        assert np.array_equal(a, b)


def test_new_weights_changes_the_start(window):
    start = _weights(window)
    window.new_weights()
    assert not np.array_equal(start[0], window.session.trainer.network.weights[0])
    assert window.session.trainer.epoch == 0


def test_structure_change_rebuilds_the_network_view(qtbot, window):
    setup = window.hyper_panel.settings().with_structure((8, 5))
    window.hyper_panel.settingsEdited.emit(setup, True)
    assert window.session.trainer.network.sizes == [2, 8, 5, 1]
    assert window.network_view.node_count() == 2 + 8 + 5 + 1
    assert window.network_view.edge_count() == 2 * 8 + 8 * 5 + 5 * 1
    setup = setup.with_structure(())
    window.hyper_panel.settingsEdited.emit(setup, True)
    assert window.network_view.node_count() == 3 and window.network_view.edge_count() == 2


def test_learning_rate_change_mid_run_keeps_the_epoch_count(qtbot, window):
    window.max_epochs.setValue(10_000_000)
    window.speed_slider.setValue(0)   # one epoch per frame: slow enough to change things mid-run
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT) as first:
        window.play()
    trainer = window.session.trainer
    settings = window.hyper_panel.settings()
    settings.config = replace(settings.config, lr=0.0123)
    with qtbot.waitSignal(window.runner.settingsApplied, timeout=TIMEOUT) as applied:
        window.hyper_panel.settingsEdited.emit(settings, False)
    assert window.runner.running
    # The worker applied it between two epochs, after the frame already drawn: not from 0.
    changed_at = int(applied.args[0].rsplit("epoch ", 1)[1].rstrip("."))
    assert changed_at >= first.args[0] >= 1
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert window.session.trainer is trainer          # the same run went on; no new network
    assert trainer.config.lr == 0.0123 and trainer.optimizer.lr == 0.0123
    assert trainer.epoch >= changed_at
    assert list(trainer.history.epochs) == list(range(1, trainer.epoch + 1))
    assert window.loss_plot.point_count() == trainer.epoch   # a restart would have drawn more
    assert window.undo_action.isEnabled() and "settings change" in window.undo_action.text()


def test_divergence_pauses_and_says_why(qtbot, window):
    assert window.load_lesson("plane")
    setup = window.hyper_panel.settings()
    setup.config = replace(setup.config, lr=100.0)
    window.hyper_panel.settingsEdited.emit(setup, False)
    reason = _run_epochs(qtbot, window, 100)
    assert reason == "diverged"
    assert window.banner.isVisible() and "diverged in epoch" in window.banner.text()
    assert "smaller learning rate" in window.banner.text()
    assert window.session.trainer.network.is_finite()
    assert window.play_button.text().endswith("Play") and not window.runner.running
    # The epochs before the explosion are on the loss plot, on a log axis that can draw them.
    assert window.session.trainer.epoch >= 1 and window.loss_plot.point_count() == window.session.trainer.epoch
    assert window.loss_plot.is_log_scale()


def test_every_lesson_loads_and_draws(qtbot, window):
    from nnviz.core.teaching.lessons import LESSONS

    for name in LESSONS:
        with qtbot.waitSignal(window.lessonLoaded, timeout=TIMEOUT):
            assert window.load_lesson(name)
        sizes = window.session.trainer.network.sizes
        assert window.network_view.node_count() == sum(sizes), name
        image = window.session.problem.image_shape is not None   # a picture: the digits pane instead
        assert window.boundary_plot.isVisibleTo(window) == (sizes[0] >= 2 and not image), name
        assert window.curve_plot.isVisibleTo(window) == (sizes[0] == 1), name
        assert window.digits_pane.isVisibleTo(window) == image, name


def test_loading_an_unknown_lesson_keeps_the_current_one(window):
    before = window.lesson_name
    assert not window.load_lesson("no-such-lesson")
    assert window.lesson_name == before and "no-such-lesson" in window.statusBar().currentMessage()


def test_closing_while_training_joins_the_thread(qtbot, window):
    window.max_epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    assert window.runner.thread_alive()
    window.close()
    assert not window.runner.running


def _script(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def test_quitting_mid_training_exits_with_code_0():
    r = _script(
        "import sys\n"
        "from nnviz.ui.app import make_app\n"
        "from nnviz.ui.main_window import MainWindow\n"
        "app = make_app()\n"
        "w = MainWindow(lesson='spiral')\n"
        "w.show()\n"
        "w.max_epochs.setValue(10_000_000)\n"
        "w.frameDrawn.connect(lambda e: w.close() if e > 20 else None)\n"
        "w.play()\n"
        "sys.exit(app.exec())\n"
    )
    assert r.returncode == 0, r.stderr
    assert "QThread: Destroyed" not in r.stderr


def test_screenshot_command_trains_and_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    r = subprocess.run([sys.executable, "-m", "nnviz", "--lesson", "xor", "--epochs", "50", "--screenshot", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "epoch 50" in r.stdout
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert img.width() >= 1024 and img.height() >= 700


def test_screenshot_with_an_unknown_lesson_is_one_line_and_exit_2(tmp_path):
    r = subprocess.run([sys.executable, "-m", "nnviz", "--lesson", "nope", "--screenshot", str(tmp_path / "x.png")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    lines = [l for l in r.stderr.splitlines() if "propagateSizeHints" not in l]
    assert len(lines) == 1 and "nope" in lines[0] and "Traceback" not in r.stderr


# --- your own data ---------------------------------------------------------------------------
from pathlib import Path  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "data"


def _open_csv(qtbot, window, path, target, **options) -> bool:
    """window.open_csv (the command line's --csv) goes through the Data panel's worker: wait for
    the table to be read and prepared, or refused. True when it became the problem on screen."""
    with qtbot.waitSignal(window.csvOpened, timeout=TIMEOUT) as done:
        window.open_csv(str(path), target, **options)
    assert not window.data_panel.is_loading()
    return done.args[0]


def test_a_bad_csv_keeps_the_lesson_and_the_model(qtbot, window, tmp_path):
    _run_epochs(qtbot, window, 10)
    lesson, epoch, weights = window.lesson_name, window.session.trainer.epoch, _weights(window)
    page = tmp_path / "page.csv"
    page.write_text("<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>\n")
    with qtbot.waitSignal(window.data_panel.loadFinished, timeout=TIMEOUT) as done:
        window.data_panel.open_file(str(page))
    assert done.args == ["refused"]
    assert not _open_csv(qtbot, window, page, "y")
    message = window.data_panel.error_text()
    assert "\n" not in message and "page.csv" in message
    assert window.lesson_name == lesson and window.session.trainer.epoch == epoch
    for a, b in zip(weights, window.session.trainer.network.weights):
        assert np.array_equal(a, b)
    assert "page.csv" in window.statusBar().currentMessage()


def test_a_csv_through_the_data_panel_becomes_the_problem_on_screen(qtbot, window):
    with qtbot.waitSignal(window.data_panel.loadFinished, timeout=TIMEOUT) as done:
        window.data_panel.open_file(str(DATA / "iris.csv"))
    assert done.args == ["loaded"]
    window.data_panel.set_choices(target="species")
    with qtbot.waitSignal(window.data_panel.problemReady, timeout=TIMEOUT):
        window.data_panel.use_data()
    sizes = window.session.trainer.network.sizes
    assert window.lesson_name is None and sizes[0] == 4 and sizes[-1] == 3
    assert window.network_view.node_count() == sum(sizes)
    assert window.session.problem.class_names == ["setosa", "versicolor", "virginica"]
    # Four inputs: the boundary is a slice over two chosen axes.
    assert window.x_axis_combo.isVisibleTo(window) and window.x_axis_combo.count() == 4
    assert window.options.axes == (2, 3)          # it opens on the petals, the informative pair
    before = window.boundary_plot.image_rgba().copy()
    window.x_axis_combo.setCurrentIndex(0)
    window.y_axis_combo.setCurrentIndex(3)
    window.on_axes_changed()
    assert window.options.axes == (0, 3)
    assert not np.array_equal(before, window.boundary_plot.image_rgba())
    assert _run_epochs(qtbot, window, 50) == "max epochs"
    assert window.session.trainer.evaluate("test")["accuracy"] >= 0.8


def test_the_house_lesson_answers_its_question_in_original_units(qtbot, window):
    assert window.load_lesson("house")
    _run_epochs(qtbot, window, 1000)
    assert window.predict_box.predict()
    answer = window.predict_box.answer_text()
    from nnviz.core.data.csvdata import encode_inputs

    price = window.session.problem.y_scaler.inverse(window.session.trainer.network.predict(encode_inputs(window.session.problem, {"bedrooms": 4, "quality": 7})))[0, 0]
    assert "price" in answer and f"{price:.4g}" in answer


# --- undo, keyboard, drag and drop ------------------------------------------------------------
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402


def test_undo_puts_back_the_network_its_weights_epoch_and_history(qtbot, window):
    _run_epochs(qtbot, window, 40)
    sizes, weights, losses = window.session.trainer.network.sizes, _weights(window), list(window.session.trainer.history.train_loss)
    window.hyper_panel.settingsEdited.emit(window.hyper_panel.settings().with_structure((3, 3)), True)
    assert window.session.trainer.network.sizes == [2, 3, 3, 1] and window.session.trainer.epoch == 0
    assert window.undo_action.isEnabled()
    window.undo()
    assert window.session.trainer.network.sizes == sizes and window.session.trainer.epoch == 40
    for a, b in zip(weights, window.session.trainer.network.weights):
        assert np.array_equal(a, b)
    assert window.session.trainer.history.train_loss == losses
    assert window.loss_plot.point_count() == 40
    assert window.network_view.node_count() == sum(sizes)
    assert not window.undo_action.isEnabled()


def test_undo_restores_a_learning_rate_and_old_weights(window):
    start = _weights(window)
    lr = window.session.trainer.config.lr
    setup = window.hyper_panel.settings()
    setup.config = replace(setup.config, lr=0.777)
    window.hyper_panel.settingsEdited.emit(setup, False)
    window.new_weights()
    assert not np.array_equal(start[0], window.session.trainer.network.weights[0])
    window.undo()
    assert np.array_equal(start[0], window.session.trainer.network.weights[0]) and window.session.trainer.config.lr == 0.777
    window.undo()
    assert window.session.trainer.config.lr == lr and window.session.trainer.optimizer.lr == lr
    assert window.hyper_panel.settings().config.lr == lr


def test_keyboard_space_plays_and_pauses_and_right_steps(qtbot, window):
    window.activateWindow()
    window.max_epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.runner.running
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT) as done:
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert done.args[0] == "paused"
    epoch = window.session.trainer.epoch
    _step(qtbot, window, lambda: qtbot.keyClick(window, Qt.Key.Key_Right))
    assert window.session.trainer.epoch == epoch + 1


def test_dropping_a_csv_on_the_window_opens_it_in_the_data_panel(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "wine.csv"))])
    event = QDropEvent(QPointF(400, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.data_panel.loadFinished, timeout=TIMEOUT) as done:
        window.dropEvent(event)
    assert done.args == ["loaded"] and window.data_panel.table().frame.shape == (178, 14)
    assert window.lesson_name == DEFAULT_LESSON   # nothing changes until "Use this data"


def test_the_loss_view_covers_every_epoch_of_a_table_loaded_before_showing(qtbot, tmp_path):
    """nnviz --csv installs the table before the window is shown; the loss axis once stopped
    near half the epochs there (a hidden, x-linked accuracy view dragged it)."""
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert _open_csv(qtbot, w, DATA / "penguins.csv", "body_mass_g", missing="mean")
    assert w.session.problem.task == "regression"
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    assert _run_epochs(qtbot, w, 120) == "max epochs"
    x0, x1 = w.loss_plot.loss_plot.viewRange()[0]
    assert x0 <= 1 and 120 <= x1 < 130
    w.close()


@pytest.mark.parametrize("action", ["reset", "new_weights", "lesson", "structure"])
def test_changing_things_mid_run_shows_the_new_state_not_stale_frames(qtbot, window, action):
    """R, N, a lesson or a structure change while training: frames the worker had already sent
    must not repaint the old network afterwards."""
    window.load_lesson("spiral")
    window.max_epochs.setValue(10_000_000)
    with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
        window.play()
    for _ in range(3):
        with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
            pass
    if action == "reset":
        window.reset()
    elif action == "new_weights":
        window.new_weights()
    elif action == "lesson":
        window.load_lesson("circle")
    else:
        window.hyper_panel.settingsEdited.emit(window.hyper_panel.settings().with_structure((3,)), True)
    assert not window.runner.running and window.play_button.text().endswith("Play")
    # Let anything still queued arrive; nothing may draw the old run.
    drawn = []
    window.frameDrawn.connect(drawn.append)
    # The step's end, not its frame: the loss curve takes the step's epoch when the step ends
    # (its frame can be painted while the worker is still finishing).
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.step_epoch()
    assert drawn[-1] == 1 and window.session.trainer.epoch == 1
    assert window.epoch_label.text() == "Epoch 1"
    assert window.network_view.node_count() == sum(window.session.trainer.network.sizes)
    assert window.loss_plot.point_count() == 1
    assert all(e <= 1 for e in drawn)


def test_cross_entropy_on_a_regression_is_refused_and_nothing_changes(window):
    assert window.load_lesson("plane")
    before = window.session.trainer.config.loss
    setup = window.hyper_panel.settings()
    setup.config = replace(setup.config, loss="bce")
    window.hyper_panel.settingsEdited.emit(setup, False)
    assert window.session.trainer.config.loss == before == "mse"
    assert "cross-entropy" in window.statusBar().currentMessage()
    assert window.hyper_panel.settings().config.loss == "mse"


def test_the_status_line_says_what_each_step_did(qtbot, window):
    window.load_lesson("iris")   # one sample at a time, 111 training samples
    _step(qtbot, window, window.step_sample)
    assert window.statusBar().currentMessage().startswith("Trained one sample. Now at epoch 0 +1 (1 of ")
    _step(qtbot, window, window.step_epoch)
    assert window.statusBar().currentMessage().startswith("Finished epoch 1: trained the samples left in it. Now at epoch 1;")
    _step(qtbot, window, window.step_epoch)
    assert window.statusBar().currentMessage().startswith("Trained one epoch: every training sample once. Now at epoch 2;")
    window.load_lesson("circle")  # full batch
    _step(qtbot, window, window.step_batch)
    assert window.statusBar().currentMessage().startswith("Trained one batch: the whole training set, so one epoch.")


def test_a_stray_reset_can_be_undone(qtbot, window):
    _run_epochs(qtbot, window, 30)
    weights = _weights(window)
    window.reset()
    assert window.session.trainer.epoch == 0
    window.undo()
    assert window.session.trainer.epoch == 30 and window.loss_plot.point_count() == 30
    for a, b in zip(weights, window.session.trainer.network.weights):
        assert np.array_equal(a, b)


def test_a_lesson_with_its_own_starting_weights_says_so(window):
    assert window.load_lesson("or-gate")
    combo = window.hyper_panel.init_combo
    assert combo.currentText() == "set by the lesson"
    assert window.session.trainer.network.weights[0].ravel().tolist() == [0.1, 0.2]
    combo.setCurrentIndex(combo.findData("xavier"))
    assert window.session.trainer.network.weights[0].ravel().tolist() != [0.1, 0.2]
    assert window.load_lesson("circle") and window.hyper_panel.init_combo.findData("explicit") < 0


def test_a_neuron_at_exactly_one_half_is_undecided():
    from nnviz.core.teaching.lessons import get_lesson

    problem, _, _ = get_lesson("no-bias").build()
    assert problem.describe_output(np.array([0.5])).startswith("undecided between 0 and 1")
    assert problem.describe_output(np.array([0.9])).startswith("1 ")



def test_a_table_with_one_input_shows_the_prediction_along_it(qtbot, window, tmp_path):
    rows = "\n".join(f"{t},{20 + 8 * t}" for t in range(5, 36))
    path = tmp_path / "ice.csv"
    path.write_text("temperature_c,ice_creams\n" + rows + "\n")
    assert _open_csv(qtbot, window, path, "ice_creams")
    assert window.session.problem.n_features == 1
    assert window.curve_plot.isVisibleTo(window) and not window.boundary_plot.isVisibleTo(window)
    assert not window.x_axis_combo.isVisibleTo(window)
    before = window.curve_plot.curve_data()[1].copy()
    assert _run_epochs(qtbot, window, 200) == "max epochs"
    x, y = window.curve_plot.curve_data()
    assert x.min() <= 5 and x.max() >= 35
    assert not np.allclose(before, y)   # the line moved as the network learned
    from nnviz.core.app.boundary import curve

    expected = curve(window.session.trainer.network, window.session.problem, len(x), (x.min(), x.max()))
    np.testing.assert_allclose(y, expected.values, rtol=1e-9)


def test_a_lesson_change_after_training_can_be_undone(qtbot, window):
    assert window.load_lesson("xor")
    _run_epochs(qtbot, window, 40)
    trained = _weights(window)
    history = list(window.session.trainer.history.train_loss)
    with qtbot.waitSignal(window.lessonLoaded, timeout=TIMEOUT):
        window.lesson_combo.activated.emit(window.lesson_combo.findData("plane"))
    assert window.lesson_name == "plane" and window.session.epoch == 0
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.lesson_name == "xor" and window.session.epoch == 40
    assert window.lesson_combo.currentData() == "xor"
    assert all(np.array_equal(a, b) for a, b in zip(trained, window.session.trainer.network.weights))
    assert list(window.session.trainer.history.train_loss) == history
    assert window.loss_plot.point_count() == 40
    # Leaving an untrained lesson keeps nothing to bring back: Undo says so.
    assert window.load_lesson("plane") and window.load_lesson("circle")
    window.undo()
    assert window.lesson_name == "circle" and window.statusBar().currentMessage() == "Nothing to undo."
