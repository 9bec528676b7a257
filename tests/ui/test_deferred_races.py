"""Races in work deferred to the event loop's next pass (a rebuild's field, a zoom's stages, a run's
loss flush): actions back to back with no pass between them, then the loop runs and the window must
be consistent (nothing left held or pending; field, diagram and text scales as the session and the
presenter say). An exception in a Qt callback (pytest-qt), a Qt warning or a NumPy warning fails."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnviz.core.teaching import lessons
from nnviz.core.app.session import EndReason

pytestmark = pytest.mark.filterwarnings("error")   # a NumPy RuntimeWarning is a failure
TIMEOUT = 20_000
K, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def one_input(tmp_path):
    """A lesson file with one input (a regression on one column): the curve replaces the boundary."""
    rows = "\n".join(f"{t},{20 + 8 * t}" for t in range(5, 36))
    (tmp_path / "ice.csv").write_text("temperature_c,ice_creams\n" + rows + "\n")
    path = tmp_path / "ice.toml"
    path.write_text('format = 1\nname = "ice-one-input"\ntitle = "Ice creams"\ncaption = "One input."\n'
                    '[data]\ncsv = "ice.csv"\ntarget = "ice_creams"\n[network]\nhidden = [3]\n'
                    '[training]\nloss = "mse"\nlr = 0.1\n')
    yield str(path)
    lessons.OPENED.pop("ice-one-input", None)   # other tests see only the built-in lessons


@pytest.fixture
def window(open_window, qt_messages):
    w = open_window("circle", (1024, 768))
    w.network_view.setFocus()
    w.ends = []
    w.runner.runFinished.connect(lambda reason, text: w.ends.append((reason, text)))
    yield w
    w.close()
    spin(50)
    assert not qt_messages, qt_messages[:5]


def spin(ms: int) -> None:
    """Let the event loop run for ``ms`` (its passes, timers and posted events)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def key(w, k, mods=Qt.KeyboardModifier.NoModifier):   # to whatever has focus, as a person's key
    QTest.keyClick(QApplication.focusWidget() or w, k, mods)


def click(button):
    if button.isEnabled():
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def do(w, *names, lesson_file=None):
    """What a person does, by name, back to back (no pass of the event loop between)."""
    acts = {
        "add layer": lambda: click(w.hyper_panel.add_button), "remove layer": lambda: click(w.hyper_panel.remove_button),
        "new weights": lambda: click(w.new_weights_button), "reset": lambda: click(w.reset_button),
        "step": lambda: click(w.step_button), "play/pause": lambda: click(w.play_button),
        "maps": lambda: click(w.show_maps_box), "undo": lambda: key(w, K.Key_Z, CTRL),
        "larger": lambda: key(w, K.Key_Equal, CTRL), "smaller": lambda: key(w, K.Key_Minus, CTRL),
        "normal": lambda: key(w, K.Key_0, CTRL), "present": lambda: key(w, K.Key_F5), "esc": lambda: key(w, K.Key_Escape),
        "xor": lambda: w.load_lesson("xor"), "blobs3": lambda: w.load_lesson("blobs3"),
        "one input": lambda: w.open_lesson_file(lesson_file),
    }
    for name in names:
        acts[name]()
    return list(acts)


def settle(qtbot, w):
    """Pause a run, then let every deferred pass (rebuild, zoom, leaving presentation) run."""
    if w.runner.running:
        with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
            w.pause()
    qtbot.waitUntil(lambda: not w.runner.running and not w.text_zoom.under_way
                    and w.presenter._pending_restore is None, timeout=TIMEOUT)
    spin(60)


def has_node(view, layer: int, index: int) -> bool:
    try:
        view.node_pos(layer, index)
    except IndexError:
        return False
    return True


def diagram_sizes(view) -> list[int]:
    """The diagram's layer sizes, probed through its public node_pos (IndexError past the end)."""
    layers = (len(view.phase_sequence()) - 1) // 2 + 1   # forward 1..L, backward L..1, update
    return [next(n for n in range(10_000) if not has_node(view, layer, n)) for layer in range(layers)]


def check(qtbot, w):
    """Let everything deferred run, then: the window as the session and the presenter say."""
    settle(qtbot, w)
    assert not [e for e in w.ends if e[0] == EndReason.ERROR], w.ends
    for v in (w.boundary_plot, w.curve_plot, w.loss_plot, w.network_view, w.explainer, w.confusion):
        assert v.updatesEnabled(), f"{type(v).__name__} left held"
    assert not w.text_zoom.under_way
    assert diagram_sizes(w.network_view) == list(w.session.layer_sizes)
    for v in w.text_zoom.views():
        assert v.text_scale() == pytest.approx(w.text_zoom.text_scale), type(v).__name__
    frame, inputs = w.session.frame(w.options), w.session.problem.n_features
    if inputs == 2:
        assert w.boundary_plot.isVisibleTo(w) and not w.curve_plot.isVisibleTo(w)
        np.testing.assert_array_equal(w.boundary_plot._field, frame.field.values)
    elif inputs == 1:
        assert w.curve_plot.isVisibleTo(w) and not w.boundary_plot.isVisibleTo(w)
        np.testing.assert_array_equal(w.curve_plot.curve_data()[1], frame.curve.values)
    if w.show_maps_box.isChecked() and inputs == 2:
        assert w.network_view.has_map(1, 0)
        w.show_neuron_map(1, 0)      # as a hover on the neuron does: its map, large on the plane
        assert w.boundary_plot.neuron_map_shown()


def test_add_layer_then_play_at_once(qtbot, window):
    w, frames = window, []
    w.max_epochs.setValue(100_000)
    w.frameDrawn.connect(frames.append)
    do(w, "add layer")
    w.play()
    qtbot.waitUntil(lambda: len(frames) >= 4, timeout=TIMEOUT)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.pause()
    check(qtbot, w)
    assert len(w.session.layer_sizes) == 4


@pytest.mark.parametrize("names", [("new weights", "xor"), ("new weights", "one input"),
                                   ("one input", "new weights", "xor"), ("one input", "add layer", "blobs3")])
def test_new_weights_then_another_lesson_at_once(qtbot, window, one_input, names):
    do(window, *names, lesson_file=one_input)
    check(qtbot, window)


@pytest.mark.parametrize("names, scale", [(("larger", "present"), 12 / 11), (("present", "larger"), 1.0)])
def test_zoom_and_presentation_mode_back_to_back(qtbot, window, names, scale):
    """Ctrl+= then F5 at once: the window's zoom, remembered. Presenting, Ctrl+= then Esc at
    once: presentation's zoom, never remembered for the window."""
    w = window
    do(w, *names)
    assert w.presenter.presenting
    with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
        do(w, "esc")
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)   # the script's first beat
    check(qtbot, w)
    assert not w.presenter.presenting and w.text_zoom.text_scale == pytest.approx(scale)
    assert float(w.settings.value("text_scale", 1.0)) == pytest.approx(scale)


def test_three_zoom_keys_without_a_pass_between(qtbot, window):
    w = window
    with qtbot.waitSignal(w.text_zoom.textScaled, timeout=TIMEOUT, check_params_cb=lambda f: f == pytest.approx(10 / 11)):
        do(w, "larger", "normal", "smaller")
    check(qtbot, w)
    assert w.text_zoom.text_scale == pytest.approx(10 / 11)


@pytest.mark.parametrize("undos", [1, 3])   # 1 ends on a state only the deferred pass draws
def test_undo_right_after_new_weights_and_add_layer(qtbot, window, undos):
    do(window, "new weights", "add layer", *["undo"] * undos)
    check(qtbot, window)


@pytest.mark.parametrize("first", ["new weights", "add layer", "larger"])
def test_close_right_after_a_deferring_action(qtbot, window, first):
    w = window
    do(w, first)
    w.close()
    spin(200)    # whatever was deferred runs on the closed window: nothing may raise or warn
    assert not w.text_zoom.under_way
    assert all(v.updatesEnabled() for v in (w.boundary_plot, w.curve_plot, w.loss_plot, w.network_view))


@pytest.mark.parametrize("names", [("maps", "add layer", "step"), ("maps", "add layer"), ("maps", "new weights")])
def test_maps_then_a_rebuild(qtbot, window, names):
    do(window, *names)
    check(qtbot, window)      # with maps: each neuron's map, and one large on the plane on request
    assert window.show_maps_box.isChecked() and window.session.epoch == int("step" in names)


def test_seeded_random_mix(qtbot, window, one_input):
    w, rng = window, np.random.default_rng(7)
    names = do(w)
    for _ in range(60):
        do(w, str(rng.choice(names)), lesson_file=one_input)
        for _ in range(int(rng.integers(0, 3))):
            QApplication.processEvents()
    if w.presenter.presenting:
        with qtbot.waitSignal(w.presenter.presentingChanged, timeout=TIMEOUT):
            w.presenter.leave()
    check(qtbot, w)
    do(w, "new weights", "larger")   # last, a state whose field only the deferred pass draws
    check(qtbot, w)


def test_a_frame_waits_for_the_loss_plots_pass(qtbot, window):
    """During a run the loss plot follows a frame in a pass of its own; a frame that arrives
    before that pass is not drawn in it (together with their paints they stalled the window
    50 ms): its redraw timer starts only after the flush, and frames keep coming after."""
    w = window
    frame = w.painter.last_frame
    w.painter.flush_waiting = True                 # as _redraw leaves it during a run
    w.painter.on_frame(frame)
    assert w.painter.pending_frame is frame and not w.painter.redraw_timer.isActive()
    w.painter.flush_after(frame)
    assert not w.painter.flush_waiting and w.painter.redraw_timer.isActive() and w.painter.redraw_timer.interval() >= 1
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT):
        pass
    # A real run: no flush ever finds a redraw already scheduled, and drawing goes on.
    flushes = []
    flush = w.painter.flush_loss_plot
    w.painter.flush_loss_plot = lambda: (flushes.append(w.painter.redraw_timer.isActive()), flush())
    click(w.show_maps_box)
    w.max_epochs.setValue(100_000)
    drawn = []
    w.frameDrawn.connect(drawn.append)
    w.play()
    qtbot.waitUntil(lambda: len(flushes) >= 4 and len(drawn) >= len(flushes) + 4, timeout=TIMEOUT)
    during = list(flushes)                  # (the run's end draws and flushes at once)
    w.pause()
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    assert not any(during), during
