"""Clicks that rebuild, in passes (issue 13): layer rows refilled, the plane kept when only the
network changes, the plots painted a pass later, lines that only grow during a run, and the
neuron maps cut to a disc. Everything waits on signals or conditions, never on sleeps."""
from __future__ import annotations

import time

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from nnviz.ui.diagram import NetworkView
from nnviz.ui.diagram.maps import map_disc
from nnviz.ui.panel_kit import hold_paint, steady_height

TIMEOUT = 20_000
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(open_window):
    return open_window("circle")


def _train(qtbot, w, n):
    w.max_epochs.setValue(w.session.epoch + n)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.play()


def _flat(w):
    return w.session.trainer.network.flat.copy()


def _shown_layers(hp):
    """(neurons, activation) of each hidden-layer row on screen, read from the visible widgets."""
    def visible(kind, prefix):
        found = [w for w in hp.findChildren(kind) if w.accessibleName().startswith(prefix) and w.isVisible()]
        return sorted(found, key=lambda w: int(w.accessibleName().rsplit(" ", 1)[1]))
    spins = visible(QSpinBox, "Neurons in hidden layer")
    combos = visible(QComboBox, "Activation of hidden layer")
    assert len(spins) == len(combos)
    return [(s.value(), c.currentData()) for s, c in zip(spins, combos)]


def _session_layers(w):
    s = w.session.settings
    return list(zip(s.hidden, s.hidden_activations))


# --- 1. layer rows are refilled, not rebuilt -------------------------------------------------------
def test_add_layer_keeps_the_rows_and_adds_one_with_the_session_values(qtbot, window):
    hp = window.hyper_panel
    old = [(r, r.neurons, r.activation) for r in hp.layer_rows]
    spin = hp.layer_rows[0].neurons
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    QTest.mouseClick(hp.add_button, LEFT)   # a push button takes the focus on click (StrongFocus)
    assert len(hp.layer_rows) == len(old) + 1 == len(window.session.settings.hidden)
    for row, (r, neurons, act) in zip(hp.layer_rows, old):
        assert row is r and row.neurons is neurons and row.activation is act
        assert shiboken6.isValid(neurons) and neurons.isVisible() and act.isVisible()
    new = hp.layer_rows[-1]
    assert (new.neurons.value(), new.activation.currentData()) == _session_layers(window)[-1]
    # Qt shows a widget added to a shown layout in the next pass of the event loop.
    qtbot.waitUntil(lambda: _shown_layers(hp) == _session_layers(window), timeout=TIMEOUT)
    assert new.neurons.isVisible() and new.activation.isVisible()


def test_a_focused_layer_spin_box_keeps_the_focus_across_a_new_weights_click(qtbot, window):
    """New weights (a NoFocus button) refills the panel: the row the person is in stays."""
    assert window.new_weights_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    spin = window.hyper_panel.layer_rows[0].neurons
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = _flat(window)
    QTest.mouseClick(window.new_weights_button, LEFT)
    assert not np.array_equal(_flat(window), before)   # the click did rebuild the network
    assert window.hyper_panel.layer_rows[0].neurons is spin and shiboken6.isValid(spin)
    assert spin.hasFocus() and spin.value() == window.session.settings.hidden[0]
    QTest.keyClick(spin, Qt.Key.Key_Up)             # the person's keys still reach it
    assert window.session.settings.hidden[0] == spin.value() == 7


def test_remove_layer_drops_exactly_the_last_row(qtbot, window):
    assert window.load_lesson("spiral")
    hp = window.hyper_panel
    first, last = hp.layer_rows
    QTest.mouseClick(hp.remove_button, LEFT)
    assert hp.layer_rows == [first] and first.neurons.isVisible()
    assert window.session.settings.hidden == (8,) and _shown_layers(hp) == [(8, "tanh")]
    assert last.neurons.isHidden() and last.activation.isHidden()
    qtbot.waitUntil(lambda: not shiboken6.isValid(last.neurons), timeout=TIMEOUT)   # deleted later


def test_another_lesson_shows_exactly_its_layers(qtbot, window):
    hp = window.hyper_panel
    first = hp.layer_rows[0]
    for name, expected in (("iris", [(5, "sigmoid"), (10, "sigmoid")]), ("xor", [(4, "tanh")]),
                           ("or-gate", []), ("spiral", [(8, "tanh"), (8, "tanh")])):
        assert window.load_lesson(name)
        assert _session_layers(window) == expected, name
        qtbot.waitUntil(lambda: _shown_layers(hp) == expected, timeout=TIMEOUT)   # new rows: next pass
        assert [(r.neurons.value(), r.activation.currentData()) for r in hp.layer_rows] == expected, name
        if name in ("iris", "xor"):   # a row that stays is the same widgets, refilled
            assert hp.layer_rows[0] is first


# --- 2. only the network changed: the plane stays ----------------------------------------------
def _plane(w):
    bp = w.boundary_plot
    x, y = bp.train_points.getData()
    rect = bp.image.mapRectToParent(bp.image.boundingRect())   # the field over the extent
    extent = (rect.left(), rect.right(), rect.top(), rect.bottom())
    return np.column_stack([x, y]).copy(), bp.train_points.data, extent, bp.plot.viewRange()


def _assert_same_plane(before, after):
    assert np.array_equal(before[0], after[0]) and len(after[0]) > 0
    assert after[1] is before[1]                  # the points were not laid out again
    assert after[2] == before[2] and after[3] == before[3]


@pytest.mark.parametrize("button", ["new_weights_button", "reset_button"])
def test_new_weights_and_reset_keep_the_plane_and_restart_the_curve(qtbot, window, button):
    _train(qtbot, window, 15)
    trained, plane = _flat(window), _plane(window)
    assert window.loss_plot.point_count() == 15
    QTest.mouseClick(getattr(window, button), LEFT)
    assert not np.array_equal(_flat(window), trained) and window.session.epoch == 0
    assert window.loss_plot.point_count() == 0
    _assert_same_plane(plane, _plane(window))


def test_ctrl_z_of_new_weights_keeps_the_plane_and_brings_the_curve_back(qtbot, window):
    _train(qtbot, window, 15)
    trained = _flat(window)
    QTest.mouseClick(window.new_weights_button, LEFT)
    fresh, plane = _flat(window), _plane(window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert np.array_equal(_flat(window), trained) and not np.array_equal(fresh, trained)
    assert window.session.epoch == 15 and window.loss_plot.point_count() == 15
    _assert_same_plane(plane, _plane(window))


def test_ctrl_z_of_a_data_change_puts_the_old_points_back(qtbot, window):
    old = _plane(window)
    QTest.mouseClick(window.data_knobs.regenerate_button, LEFT)
    regenerated = _plane(window)
    assert not np.array_equal(regenerated[0], old[0])
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = _plane(window)
    assert np.array_equal(restored[0], old[0]) and restored[1] is not regenerated[1]
    assert np.array_equal(restored[0], window.session.problem.X_train[:, :2])


def test_new_weights_with_a_feature_input_keeps_the_plane_and_the_sample(qtbot, window):
    box = window.data_knobs.input_boxes["x1^2"]
    QTest.mouseClick(box, LEFT, pos=QPoint(6, box.height() // 2))   # on the tick box
    assert window.session.settings.inputs == ("x1", "x2", "x1^2")
    window.sample_spin.setValue(5)
    plane = _plane(window)
    QTest.mouseClick(window.new_weights_button, LEFT)
    assert window.sample_spin.value() == 5
    _assert_same_plane(plane, _plane(window))


# --- 3. plots painted a pass later (hold_paint) -----------------------------------------------------------------
def test_a_new_weights_click_paints_the_plots_in_the_next_pass(qtbot, window):
    plots = [window.boundary_plot, window.loss_plot]
    assert all(p.updatesEnabled() for p in plots)
    QTest.mouseClick(window.new_weights_button, LEFT)
    assert not any(p.updatesEnabled() for p in plots)
    assert not window.hyper_dock.updatesEnabled()  # nor the side panel (a new layer row: 5-11 ms)
    assert window.network_view.updatesEnabled()   # the diagram paints in the click's own pass
    old_field = window.boundary_plot._field.copy()
    qtbot.waitUntil(lambda: all(p.updatesEnabled() for p in plots + [window.hyper_dock]), timeout=TIMEOUT)
    # The field came with the plots' pass, and it is the new network's, as the engine computes it.
    expected = window.session.frame(window.options).field.values
    np.testing.assert_array_equal(window.boundary_plot._field, expected)
    assert not np.array_equal(old_field, expected)


def _widgets(qtbot, n, shown=True):
    widgets = [QWidget() for _ in range(n)]
    for w in widgets:
        qtbot.addWidget(w)
        w.setVisible(shown)
    return widgets


def test_hold_paint_holds_the_shown_and_releases_them(qtbot):
    (shown, held_already), (hidden,) = _widgets(qtbot, 2), _widgets(qtbot, 1, shown=False)
    held_already.setUpdatesEnabled(False)
    release = hold_paint([shown, held_already, hidden])
    assert not shown.updatesEnabled() and hidden.updatesEnabled()
    release()
    assert shown.updatesEnabled() and not held_already.updatesEnabled()   # another's hold stays


def test_hold_paint_release_after_the_widget_is_deleted_raises_nothing(qtbot):
    (w,) = _widgets(qtbot, 1)
    release = hold_paint([w])
    assert not w.updatesEnabled()
    w.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(w), timeout=TIMEOUT)
    release()   # the window closed before the next pass: nothing to re-enable, nothing raised


# --- 4. steady_height ---------------------------------------------------------------------------
def _legend(view):
    return next(l for l in view.findChildren(QLabel) if l.text() == view.legend_text())


def _need(label):
    return label.heightForWidth(label.width())


def test_the_lines_under_the_diagram_only_grow_during_a_run(qtbot, window):
    lines = [window.scores, window.sample_text, _legend(window.network_view)]   # the legend's label
    window.max_epochs.setValue(10_000_000)
    window.play()
    for _ in range(4):
        with qtbot.waitSignal(window.frameDrawn, timeout=TIMEOUT):
            pass
        assert window.runner.running
        for label in lines:
            assert label.minimumHeight() >= _need(label) > 0, label.text()
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert [label.minimumHeight() for label in lines] == [0, 0, 0]


def test_steady_height_keeps_a_wrapped_label_tall_until_let_go(qtbot):
    label = QLabel("many words here " * 12)
    label.setWordWrap(True)
    qtbot.addWidget(label)
    label.resize(160, 40)
    label.show()
    tall = _need(label)
    steady_height(label, True)
    assert label.minimumHeight() == tall
    label.setText("short")
    steady_height(label, True)
    assert label.minimumHeight() == tall      # held: a shorter text keeps the height
    steady_height(label, False)
    assert label.minimumHeight() == 0 and _need(label) < tall   # let go: the short text's height


# --- 5. the neuron maps as discs ------------------------------------------------------------------
def test_a_neuron_map_is_a_disc_of_the_map_colour(qtbot):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(600, 450)
    view.show()
    view.set_structure([2, 3, 1], [], [])
    rng = np.random.default_rng(0)
    view.set_values([rng.uniform(-1, 1, (2, 3)), rng.uniform(-1, 1, (3, 1))], [np.zeros(3), np.zeros(1)])
    view.set_maps([rng.random((2, 20, 20)), rng.random((3, 20, 20)), np.ones((1, 20, 20))])
    image, radius = view.node_map(2, 0), view.node_radius(2)
    colour = QColor(image.pixel(0, 0))
    assert colour.blue() > colour.red() and QColor(image.pixel(19, 19)) == colour   # uniform, high: blue
    pm = map_disc(image, radius)
    assert (pm.width(), pm.height()) == (round(2 * radius), round(2 * radius))
    img, d = pm.toImage(), pm.width()
    assert [QColor.fromRgba(img.pixel(x, y)).alpha() for x in (0, d - 1) for y in (0, d - 1)] == [0] * 4
    centre = QColor.fromRgba(img.pixel(d // 2, d // 2))
    assert centre.alpha() == 255 and centre.rgb() == colour.rgb()
    shot = view.viewport().grab().toImage()
    assert QColor(shot.pixel(view.node_pos(2, 0))).rgb() == colour.rgb()
    view.set_maps([rng.random((2, 20, 20)), rng.random((3, 20, 20)), np.zeros((1, 20, 20))])
    low = QColor(view.node_map(2, 0).pixel(0, 0))
    assert low.red() > low.blue()             # new maps, a new thumbnail: orange
    pm = map_disc(view.node_map(2, 0), radius)
    assert QColor.fromRgba(pm.toImage().pixel(d // 2, d // 2)).rgb() == low.rgb()
    shot = view.viewport().grab().toImage()   # the disc drawn is made again for the new maps
    assert QColor(shot.pixel(view.node_pos(2, 0))).rgb() == low.rgb()


# --- 6. maps during a run: with one frame in MAPS_EVERY_S, and a shown map stays --------------
def test_a_run_sends_maps_at_most_every_tenth_of_a_second_and_a_shown_map_stays(qtbot, window):
    from nnviz.workers.training_worker import MAPS_EVERY_S

    window.show_maps_box.setChecked(True)
    window.show_neuron_map(1, 0)
    assert window.boundary_plot.neuron_map_shown()
    window.max_epochs.setValue(10**7)
    frames = []
    window.runner.frameReady.connect(lambda f: frames.append(f.maps is not None))
    started = time.perf_counter()
    window.play()
    qtbot.waitUntil(lambda: len(frames) >= 30, timeout=TIMEOUT)
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    during = frames[:-1]                       # the last frame (the pause) always has them
    with_maps = sum(during)
    assert 0 < with_maps < len(during), frames
    assert frames[-1]
    # At most one frame with maps in each MAPS_EVERY_S of the run (the first comes at once).
    assert with_maps <= (time.perf_counter() - started) / MAPS_EVERY_S + 1, (with_maps, len(during))
    assert window.boundary_plot.neuron_map_shown()    # frames without maps did not clear it
    assert window.network_view.has_map(1, 0)


# --- 7. a run does not re-lay the window out after its start -----------------------------------
@pytest.mark.parametrize("lesson", ["circle", "iris"])
def test_the_diagram_keeps_its_size_through_a_run(qtbot, open_window, lesson):
    """The confusion matrix goes and the scores line takes its room at Play, not with a frame:
    a frame that re-laid the window out stalled it 100-160 ms on the largest network."""
    window = open_window(lesson, (1024, 768))
    window.max_epochs.setValue(10**7)
    window.play()
    assert not window.confusion.isVisible()
    canvas = window.network_view.viewport()
    size = canvas.size()
    sizes = []
    window.frameDrawn.connect(lambda _e: sizes.append(canvas.size()))
    qtbot.waitUntil(lambda: len(sizes) >= 15, timeout=TIMEOUT)
    with qtbot.waitSignal(window.runner.runFinished, timeout=TIMEOUT):
        window.pause()
    assert set(s.toTuple() for s in sizes[:15]) == {size.toTuple()}, sizes[:15]
