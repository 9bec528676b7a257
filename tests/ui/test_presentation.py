"""Presentation mode as a lecturer drives it: a clicker's keys sent to whatever has focus.

Keys go through ``QTest.keyClick(QApplication.focusWidget() or window, key)``, as a clicker's
would; nothing calls a slot. Training beats end on the presenter's ``beatDone`` signal.
"""
import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDockWidget, QGroupBox, QLabel, QTabBar, QWidget,
)

from nnviz.core.teaching.beats import script_for
from nnviz.ui import theme
from nnviz.ui.main_window import MainWindow
from nnviz.ui.presentation import fitting_size

TIMEOUT = 60_000
K = Qt.Key


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings_path):
    w = MainWindow(settings=QSettings(settings_path, QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def press(w, key, mods=Qt.KeyboardModifier.NoModifier):
    """One clicker key, to whatever has the keyboard focus."""
    QTest.keyClick(QApplication.focusWidget() or w, key, mods)


NEXT_KEYS = (K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Return, K.Key_Enter)


def click_beat(qtbot, w, key=K.Key_PageDown):
    """A key that performs a beat; returns when the beat (and its training) is done. A "next"
    key first clicks through what the beat on screen still holds (the explainer's parts, a
    held answer)."""
    while key in NEXT_KEYS and w.presenter.pending_clicks():
        press(w, key)
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        press(w, key)
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)


def params(w):
    weights, biases = w.session.trainer.network.parameters()
    return [a.copy() for a in weights] + [b.copy() for b in biases if b is not None]


def outputs(w):
    p = w.session.problem
    return w.session.predict(p.X_train)[:, 0]


def expected_lesson(script, position):
    loads = [b.param("lesson") for b in script.beats[:position] if b.action == "load"]
    return loads[-1]


def walk(qtbot, w, keys):
    """Click through the whole script with ``keys`` in turn; after every beat the lesson on
    screen is the one the script has loaded (no key changed it by itself). Returns the
    parameters, epoch and caption after every beat, by position."""
    presenter = w.presenter
    script = presenter.player.script
    seen = {presenter.player.position: (params(w), w.session.epoch, presenter.caption.text())}
    i = 0
    while not presenter.player.at_end:
        click_beat(qtbot, w, keys[i % len(keys)])
        i += 1
        pos = presenter.player.position
        assert w.lesson_name == expected_lesson(script, pos), f"beat {pos} shows {w.lesson_name}"
        assert "{" not in presenter.caption.text()
        seen[pos] = (params(w), w.session.epoch, presenter.caption.text())
    return seen


def test_or_no_bias_virus_xor_by_clicker_keys_only(qtbot, window):
    window.load_lesson("or-gate")
    w, presenter = window, window.presenter
    # Start on a spin box: the clicker must work whatever has focus.
    w.sample_spin.setFocus()
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)
    assert presenter.presenting and presenter.player.position == 1 and w.lesson_name == "or-gate"
    script = script_for("or-gate")
    seen = walk(qtbot, w, [K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Return])
    # The tutorials' story, in the engine's numbers.
    bias_off = [i for i, b in enumerate(script.beats, 1) if b.action == "bias"][0]
    assert bias_off + 1 in seen
    # Beat after "bias off" trained 2,000 epochs: (0,0) is still exactly σ(0) = 0.5 ...
    stuck = [p for p, (_, epoch, caption) in seen.items() if "stuck" in caption][0]
    assert seen[stuck][1] == 2000 and "(0,\u00a00)\u00a0→\u00a00.500" in seen[stuck][2]
    # ... and the walk ends on XOR with a hidden layer, all four right.
    assert w.lesson_name == "xor" and w.session.epoch == 2000
    assert np.array_equal(outputs(w) >= 0.5, np.array([False, True, True, False]))
    # PageUp goes back one beat: the same weights as when that beat was first reached.
    end = presenter.player.position
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_PageUp)
    assert presenter.player.position == end - 1 and w.lesson_name == "xor"
    for a, b in zip(params(w), seen[end - 1][0]):
        assert np.array_equal(a, b)
    assert presenter.caption.text() == seen[end - 1][2]
    # Back across a lesson change: ← and Backspace go back too, to the lesson of that beat.
    for key in (K.Key_Left, K.Key_Backspace):
        with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
            press(w, key)
    pos = presenter.player.position
    assert pos == end - 3 and w.lesson_name == expected_lesson(script, pos)
    assert w.session.epoch == seen[pos][1]
    for a, b in zip(params(w), seen[pos][0]):
        assert np.array_equal(a, b)


def test_iris_by_clicker_keys_only(qtbot, window):
    w, presenter = window, window.presenter
    w.load_lesson("iris")
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)
    seen = walk(qtbot, w, [K.Key_PageDown])
    assert w.lesson_name == "iris" and w.session.epoch == 100
    test_acc = w.session.evaluate("test")["accuracy"]
    assert f"{100 * test_acc:.1f}%" in seen[5][2]
    answer = w.predict_box.answer_text()
    assert answer and answer in presenter.caption.text()
    # Back to the one-sample beat: epoch 0, one sample in, as it was.
    for _ in range(4):
        with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
            press(w, K.Key_PageUp)
    assert presenter.player.position == 3
    assert (w.session.epoch, w.session.trainer.cursor) == (0, 1)
    for a, b in zip(params(w), seen[3][0]):
        assert np.array_equal(a, b)
    for _ in range(2):      # back to the first beat
        with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
            press(w, K.Key_PageUp)
    assert presenter.player.position == 1
    # At the first beat, back shows the first beat again: nothing before it to go to.
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_PageUp)
    assert presenter.player.position == 1
    assert w.lesson_name == "iris" and w.session.epoch == 0


def test_black_and_white_screens_and_any_key_returns(qtbot, window):
    w, presenter = window, window.presenter
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)
    position = presenter.player.position
    for key, colour in ((K.Key_B, "black"), (K.Key_Period, "black"), (K.Key_W, "white"), (K.Key_Comma, "white")):
        press(w, key)
        assert presenter.blanked == colour
        image = w.grab().toImage()
        pixel = image.pixelColor(image.width() // 2, image.height() // 2)
        assert pixel.lightness() == (0 if colour == "black" else 255)
        press(w, K.Key_PageDown)      # returns, and does nothing else
        assert presenter.blanked is None and presenter.player.position == position


def _window_state(w):
    docks = {d.objectName(): d.isVisible() for d in w.findChildren(QDockWidget)}
    return (w.geometry().getRect(), w.isFullScreen(), docks, w.view_splitter.sizes(),
            w.view_splitter.widget(1).sizes(), w.menuBar().isVisible(), w.statusBar().isVisible(),
            QFontInfo(QApplication.font()).pixelSize(), w.text_zoom.text_scale, w.centralWidget())


def test_escape_restores_the_window_exactly(qtbot, window):
    w = window
    w.view_splitter.setSizes([300, 600])
    qtbot.wait(10)
    before = _window_state(w)
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)
    assert w.presenter.presenting and w.isFullScreen()
    assert not any(d.isVisible() for d in w.findChildren(QDockWidget))
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    assert not w.presenter.presenting
    assert _window_state(w) == before
    # Shift+F5 (from here) changes nothing of the lesson or its training.
    epoch = w.session.epoch
    press(w, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert w.presenter.presenting and w.session.epoch == epoch
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    assert _window_state(w) == before


TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QTabBar, QGroupBox)


def _has_text(x):
    if isinstance(x, QLabel):
        return bool(x.text().strip())
    if isinstance(x, QAbstractButton):
        return bool(x.text().strip())
    return True


def _scaled_views(w):
    return [v for v in w.text_zoom.views() if getattr(v, "set_text_scale", None) is not None]


def _inside(x, views):
    return any(v is x or v.isAncestorOf(x) for v in views)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_presentation_text_and_views_are_large_enough(qtbot, window, size, tmp_path):
    w = window
    w.load_lesson("iris")
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=size)
    qtbot.waitUntil(lambda: w.width() == size[0] and w.height() == size[1])
    QApplication.processEvents()
    w.grab().save(str(tmp_path / f"present_{size[0]}.png"))
    # Views that scale their own text are measured below; the rest are Qt text and must be
    # 24 px or more (plot-internal widgets join once their view has set_text_scale).
    views = [v for v in w.text_zoom.views() if getattr(v, "set_text_scale", None) is None]
    small = []
    for x in w.findChildren(QWidget):
        if isinstance(x, TEXT_WIDGETS) and x.isVisible() and x.window() is w and _has_text(x) and not _inside(x, views):
            px = QFontInfo(x.font()).pixelSize()
            if px < 24:
                small.append((type(x).__name__, getattr(x, "text", lambda: "")(), px))
    assert not small, small
    grow = min(size[0] / 1024, size[1] / 768)
    assert QFontInfo(w.presenter.caption.font()).pixelSize() >= 24 * grow
    for view in (w.network_view, w.boundary_plot):
        assert view.isVisible() and view.width() >= 300 and view.height() >= 300, (view, view.size())
    # The loss curve: under the boundary on a tall screen, a tab beside it on a short one.
    tabs = w.presenter.bottom_tabs
    if size[1] < 900:
        assert tabs.isVisible() and tabs.indexOf(w.boundary_box) == tabs.currentIndex() == 0
        assert tabs.indexOf(w.presenter.loss_box) == 1
        w.presenter.show_tab(w.presenter.loss_box)   # as a beat with pane = "loss" does (the mouse cannot)
    assert w.loss_plot.isVisible() and w.loss_plot.height() >= 200 and w.loss_plot.width() >= 300
    # The views' own text, once they scale it (after the merge of the views' set_text_scale).
    for view in _scaled_views(w):
        fonts = [view.text_fonts()[n] for n in ("label", "header")] if hasattr(view, "text_fonts") else []
        for item in view.findChildren(QWidget):
            fonts.append(item.font())
        for font in fonts:
            assert QFontInfo(font).pixelSize() >= 24, (view, font.toString())


def test_zoom_keys_scale_every_text_and_keep_the_views(qtbot, window, settings_path):
    w = window
    px = lambda: QFontInfo(QApplication.font()).pixelSize()  # noqa: E731
    start = px()
    w.text_zoom.screen_size = (1024, 768)     # the screen the window is on
    w.load_lesson("iris")
    w.network_view.setFocus()
    with qtbot.waitSignal(w.text_zoom.textScaled, timeout=TIMEOUT):
        press(w, K.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert px() > start     # the widgets' text at once, the views' in the next passes
    title = w.boundary_title
    for _ in range(12):
        with qtbot.waitSignal(w.text_zoom.textScaled, timeout=TIMEOUT):
            press(w, K.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    # As large as the screen allows: 18 pt or more, the titles too ...
    assert px() >= 24 and QFontInfo(title.font()).pixelSize() >= 24
    # ... with no view squeezed to nothing, and the window still on a 1024×768 screen.
    assert w.width() <= 1024 and w.height() <= 768
    assert w.minimumSizeHint().width() <= 1024 - 16 and w.minimumSizeHint().height() <= 768 - 40
    for view in (w.network_view, w.boundary_plot, w.loss_plot):
        assert view.isVisible() and view.height() >= 100 and view.width() >= 150, (view, view.size())
    def view_scales():
        return {type(v).__name__: v.text_scale() for v in _scaled_views(w)}

    assert set(view_scales().values()) == {w.text_zoom.text_scale}, view_scales()
    held = [v for v in w.text_zoom.views() if not v.updatesEnabled()]
    assert not held, held     # the zoom held their paint for a pass or two, no longer
    biggest = px()
    # Two keys before the first zoom has finished: the first completes, the second applies.
    points = round(theme.BASE_POINT_SIZE * w.text_zoom.text_scale)
    expected = (points - 2) / theme.BASE_POINT_SIZE
    press(w, K.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(w.text_zoom.textScaled, timeout=TIMEOUT,
                          check_params_cb=lambda factor: abs(factor - expected) < 1e-9):
        press(w, K.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert set(view_scales().values()) == {w.text_zoom.text_scale}, view_scales()
    press(w, K.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    smaller = px()
    assert smaller < biggest
    # Remembered: a new window opens at the same size.
    w.close()
    again = MainWindow(settings=QSettings(settings_path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert QFontInfo(QApplication.font()).pixelSize() == smaller
    w = again
    again.show()
    again.activateWindow()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    QTest.keyClick(again.network_view, K.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QFontInfo(QApplication.font()).pixelSize() == start
    again.close()


def test_lesson_picker_never_takes_the_clicker(qtbot, window):
    w = window
    assert QApplication.focusWidget() is not w.lesson_combo
    assert w.lesson_combo.focusPolicy() == Qt.FocusPolicy.NoFocus
    lesson = w.lesson_name
    for key in (K.Key_PageDown, K.Key_PageUp, K.Key_PageDown):
        if w.presenter.player is not None:
            with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
                press(w, key)
            qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    assert w.lesson_name == lesson


def test_shortcuts_work_again_after_editing_a_spin_box(qtbot, window):
    w = window
    spin = w.max_epochs
    w.hyper_dock.show()
    spin.setFocus()
    assert QApplication.focusWidget() is spin
    # In the field, → and Backspace are the field's own...
    QTest.keyClick(spin, K.Key_Backspace)
    assert w.session.epoch == 0 and QApplication.focusWidget() is spin
    QTest.keyClick(spin, K.Key_5)
    QTest.keyClick(spin, K.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not spin)
    # ... and once it is done, → steps again.
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        press(w, K.Key_Right)
    assert w.session.epoch == 1


def test_iris_opens_on_the_petals_and_says_what_is_held(window):
    w = window
    w.load_lesson("iris")
    assert (w.x_axis_combo.currentText(), w.y_axis_combo.currentText()) == ("petal length", "petal width")
    note = w.boundary_plot.slice_note()
    assert w.boundary_plot.note.isVisible() and "sepal length" in note and "sepal width" in note
    means = w.session.problem.x_scaler.inverse(w.session.problem.X_train.mean(axis=0).reshape(1, -1))[0]
    assert f"{means[0]:.3g}" in note and f"{means[1]:.3g}" in note


def test_the_window_fits_a_1024x768_screen(window):
    assert fitting_size((1024, 768)) <= (1024, 768)
    assert fitting_size((1024, 740))[1] <= 740 - 32
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 728


def test_a_remembered_size_larger_than_the_screen_is_fitted(qtbot, tmp_path):
    from nnviz.ui.presentation import fit_to_screen

    path = str(tmp_path / "big.ini")
    big = MainWindow(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(big)
    big.resize(2400, 1600)
    big.close()                       # remembers 2400×1600
    w = MainWindow(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    fit_to_screen(w)
    avail = w.screen().availableGeometry()
    assert w.width() <= avail.width() - 16 and w.height() <= avail.height() - 40   # frame included
    w.close()


def test_the_diagram_has_the_keyboard_at_start(window):
    assert QApplication.focusWidget() is window.network_view


def test_nnviz_present_renders_presentation_mode(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "present.png"
    r = subprocess.run([sys.executable, "-m", "nnviz", "--lesson", "xor", "--present", "--size", "1024x768",
                        "--screenshot", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_escape_goes_back_to_full_screen_when_it_was(qtbot, window):
    w = window
    w.showFullScreen()
    qtbot.waitUntil(lambda: w.isFullScreen() and w.geometry() == w.screen().geometry())
    w.hyper_dock.hide()
    qtbot.wait(20)
    before = _window_state(w)
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    assert _window_state(w) == before and w.isFullScreen() and not w.hyper_dock.isVisible()
    press(w, K.Key_Escape)            # outside presentation mode Esc leaves full screen
    qtbot.waitUntil(lambda: not w.isFullScreen())


def test_a_teachers_lesson_file_drives_presentation_mode(qtbot, window, tmp_path):
    """The beats written in a lesson file are what PageDown walks through."""
    path = tmp_path / "week3.toml"
    path.write_text('''
title = "Rings"
caption = "A ring around a disc."
[data]
generated = "circle"
points = 120
seed = 2
[network]
hidden = [4]
activation = "tanh"
[training]
loss = "bce"
lr = 0.3
epochs = 500
[[beats]]
caption = "Twenty epochs: watch the ring appear."
action = "play"
to_epoch = 20
[[beats]]
caption = "Now one more epoch, by hand."
action = "step"
kind = "epoch"
count = 1
''', encoding="utf-8")
    w = window
    assert w.open_lesson_file(str(path))
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)            # the file's script: its lesson, loaded afresh
    assert w.presenter.presenting and len(w.presenter.player.script) == 3
    click_beat(qtbot, w)
    assert w.session.epoch == 20 and "Twenty epochs" in w.presenter.caption.text()
    click_beat(qtbot, w)
    assert w.session.epoch == 21 and "by hand" in w.presenter.caption.text()
    assert w.session.lesson.title == "Rings"
    press(w, K.Key_Escape)
    assert not w.presenter.presenting


def test_a_short_projector_leaves_the_confusion_matrix_to_the_scores_line(qtbot, window):
    w = window
    w.load_lesson("iris")
    w.network_view.setFocus()
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        press(w, K.Key_Right)                # outside presentation: a step, with test scores
    assert w.confusion.isVisible()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    click_beat(qtbot, w)
    assert not w.confusion.isVisible() and "test acc" in w.scores.text()
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    assert w.confusion.isVisible()          # back at once with the window, not at the next step
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        press(w, K.Key_Right)
    assert w.confusion.isVisible()


def test_esc_puts_back_the_caption_of_the_lesson_loaded_by_then(qtbot, window):
    """The OR script's beats go on to the XOR lesson; Esc put back the OR caption saved at F5."""
    w = window
    w.load_lesson("or-gate")
    w.network_view.setFocus()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    w.load_lesson("xor")                    # as a later beat of the script does
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    caption = w.caption.toolTip() or w.caption.text()
    assert caption.startswith(w.session.lesson.caption.split(".")[0]), caption
    assert w.session.lesson.name == "xor"


def test_the_status_line_is_cut_to_its_width_with_an_ellipsis_never_under_the_beat(qtbot, window):
    """Cut once at the width of the moment, the status line ran under the beat counter when the
    counter's text grew ("1 of 4 samples into t| beat 2 / 13")."""
    w = window
    w.load_lesson("or-gate")
    w.network_view.setFocus()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    for _ in range(2):
        click_beat(qtbot, w)
    note, beat = w.presenter.note, w.presenter.beat_label
    w.statusBar().showMessage("Trained one sample. Now at epoch 0, 1 of 4 samples into the epoch; " * 3)
    width = note.width()
    beat.setText(beat.text() + " · a longer counter")       # the counter grows after the message
    qtbot.waitUntil(lambda: note.width() < width)
    assert note.fontMetrics().horizontalAdvance(note.text()) <= note.contentsRect().width()
    assert note.text().endswith("…") and note.toolTip().startswith("Trained one sample.")
    assert note.mapTo(w, note.rect().topRight()).x() <= beat.mapTo(w, beat.rect().topLeft()).x()
    press(w, K.Key_Escape)


def test_on_a_short_screen_a_beat_after_the_explainer_brings_the_boundary_back(qtbot, window):
    """The OR script opens the explainer's tab at its third beat; the nine beats after it (the
    bias, XOR, one straight line) were all about the boundary and it stayed hidden."""
    from nnviz.core.teaching.beats import Beat

    w = window
    w.load_lesson("or-gate")
    w.network_view.setFocus()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    tabs = w.presenter.bottom_tabs
    click_beat(qtbot, w)                    # step one sample
    click_beat(qtbot, w)                    # the explainer beat
    assert tabs.currentWidget() is not w.boundary_box and w.explainer.isVisible()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter._perform(Beat("The next beat shows a training sample.", "sample", {"index": 1}))
    assert tabs.currentWidget() is w.boundary_box and w.boundary_plot.isVisible()
    press(w, K.Key_Escape)


def test_on_a_short_screen_only_the_current_tab_is_shown(qtbot, window):
    """The loss box, a tab page behind the boundary, was shown by hand and painted its axis
    labels over the bottom of the boundary's tab (cut glyphs under the legend)."""
    w = window
    w.load_lesson("circle")                 # a plane a click can add points to
    w.network_view.setFocus()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    tabs, loss_box = w.presenter.bottom_tabs, w.presenter.loss_box
    assert tabs.currentWidget() is w.boundary_box
    qtbot.waitUntil(w.boundary_box.isVisible, timeout=TIMEOUT)
    assert not loss_box.isVisible()
    assert "add a point" not in w.boundary_plot.legend_label.text()   # a mouse hint, no room for it
    w.presenter.show_tab(loss_box)
    assert loss_box.isVisible() and not w.boundary_box.isVisible()
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    assert "add a point" in w.boundary_plot.legend_label.text()


def test_back_to_a_beat_shows_what_it_showed_going_forward(qtbot, window):
    """What a beat shows is data (a ViewState): reached again by going back, the OR script's
    one-sample beat has the boundary in front, as it had the first time, not the explainer of
    the beat after it; a beat of several steps is done on the session and every view follows."""
    from nnviz.core.teaching.beats import Beat

    w = window
    w.load_lesson("or-gate")
    w.network_view.setFocus()
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=(1024, 768))
    tabs = w.presenter.bottom_tabs
    click_beat(qtbot, w)                    # step one sample
    assert tabs.currentWidget() is w.boundary_box
    click_beat(qtbot, w)                    # the explainer beat
    assert tabs.currentWidget() is w.presenter.side and w.explainer.neuron() == (1, 0)
    click_beat(qtbot, w, K.Key_PageUp)
    assert w.presenter.player.position == 2 and tabs.currentWidget() is w.boundary_box
    assert (w.session.epoch, w.session.trainer.cursor) == (0, 1)
    click_beat(qtbot, w)
    assert tabs.currentWidget() is w.presenter.side and w.explainer.neuron() == (1, 0)
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter._perform(Beat("Two samples more: {weights}.", "step", {"kind": "sample", "count": 2}))
    assert (w.session.epoch, w.session.trainer.cursor) == (0, 3) and not w.runner.running
    assert "+3" in w.epoch_label.text() and tabs.currentWidget() is w.boundary_box
    assert w.presenter.caption.text().startswith("Two samples more: w = [")
    press(w, K.Key_Escape)


def test_f5_while_presenting_does_nothing_even_during_a_beats_run(qtbot, window):
    """A clicker's one button alternates F5 and Esc: F5 while presenting must not restart the
    lesson (it did, at beat 1, mid-run). The run goes on and ends its beat."""
    w, presenter = window, window.presenter
    w.load_lesson("or-gate")
    w.network_view.setFocus()
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        presenter.start(True, size=(1024, 768))
    first = presenter.caption.text()
    click_beat(qtbot, w)
    click_beat(qtbot, w)
    while presenter.pending_clicks():        # the explainer's parts
        press(w, K.Key_PageDown)
    press(w, K.Key_PageDown)                 # 10,000 epochs, animated
    assert w.runner.running
    position = presenter.player.position
    with qtbot.waitSignal(presenter.beatDone, timeout=TIMEOUT):
        press(w, K.Key_F5)
        assert presenter.presenting and presenter.player.position == position
    assert w.session.epoch == 10_000 and presenter.player.position == position
    assert presenter.caption.text() != first
    press(w, K.Key_Escape)
