"""The network diagram: counts, colour/width coding, tooltips, selection, validation, layout."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt

from nnviz.ui import theme
from nnviz.core.text import decimals as format_value
from nnviz.ui.diagram import NetworkView
from nnviz.ui.diagram.legend import Legend
from nnviz.ui.diagram.style import LABEL_POINT_SIZE

IRIS_IN = ["sepal length", "sepal width", "petal length", "petal width"]
IRIS_OUT = ["setosa", "versicolor", "virginica"]


@pytest.fixture
def view(qtbot):
    v = NetworkView()
    qtbot.addWidget(v)
    v.resize(600, 450)
    v.show()
    qtbot.waitExposed(v)
    return v


def values(sizes, seed=0):
    rng = np.random.default_rng(seed)
    weights = [rng.uniform(-1, 1, (a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [rng.uniform(-1, 1, b) for b in sizes[1:]]
    acts = [rng.uniform(-1, 1, n) for n in sizes]
    return weights, biases, acts


def iris(view):
    view.set_structure([4, 5, 10, 3], IRIS_IN, IRIS_OUT)
    return values([4, 5, 10, 3])


@pytest.mark.parametrize(
    "sizes, nodes, edges",
    # 4*5 + 5*10 + 10*3 = 100 weights
    [([2, 3, 1], 6, 9), ([4, 5, 10, 3], 22, 100), ([2, 30, 30, 1], 63, 990), ([1, 1], 2, 1)],
)
def test_counts(view, sizes, nodes, edges):
    view.set_structure(sizes, [], [])
    assert view.node_count() == nodes
    assert view.edge_count() == edges


def test_set_structure_again_rebuilds_and_forgets(view):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    view.set_values(*values([2, 3, 1]))
    view.set_selected(1, 2)
    view.set_structure([4, 5, 10, 3], IRIS_IN, IRIS_OUT)
    assert (view.node_count(), view.edge_count()) == (22, 100)
    assert view.selected() is None
    assert "not set" in view.edge_tooltip(2, 9, 2)
    view.grab()  # paints without values


def test_bad_structure_raises(view):
    with pytest.raises(ValueError):
        view.set_structure([3], [], [])
    with pytest.raises(ValueError):
        view.set_structure([2, 0, 1], [], [])
    with pytest.raises(ValueError):
        view.set_structure([2, 1], ["only one name"], ["y"])
    with pytest.raises(ValueError):
        view.set_structure([2, 3], ["a", "b"], ["y"])


def test_edge_colour_follows_sign_and_width_grows_with_size(view):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    w0 = np.array([[-1.0, 0.5, 0.1], [1.0, -0.5, -0.1]])
    w1 = np.array([[0.0], [0.25], [-0.75]])
    view.set_values([w0, w1], None)
    assert view.edge_pen(0, 0, 0).color().name().upper() == theme.NEGATIVE   # largest |w|: full colour
    assert view.edge_pen(0, 1, 0).color().name().upper() == theme.POSITIVE
    for l, i, j in [(0, 0, 1), (0, 0, 2), (1, 1, 0)]:       # positive, faded: still blue
        c = view.edge_pen(l, i, j).color()
        assert c.blue() > c.red()
    for l, i, j in [(0, 1, 1), (0, 1, 2), (1, 2, 0)]:       # negative, faded: still orange
        c = view.edge_pen(l, i, j).color()
        assert c.red() > c.blue()
    widths = [view.edge_pen(0, 0, j).widthF() for j in (2, 1, 0)]            # |w| 0.1, 0.5, 1.0
    assert widths[0] < widths[1] < widths[2]
    assert view.edge_pen(1, 0, 0).widthF() <= view.edge_pen(1, 1, 0).widthF() < view.edge_pen(1, 2, 0).widthF()
    # Widths are relative to the largest |w| now shown: doubling every weight changes nothing.
    view.set_values([2 * w0, 2 * w1], None)
    assert view.edge_pen(0, 0, 1).widthF() == pytest.approx(widths[1])


def test_edge_tooltip_has_exact_value(view):
    weights, biases, acts = iris(view)
    weights[2][2, 2] = -0.41318
    weights[0][1, 4] = 1.23456
    view.set_values(weights, biases, acts)
    assert view.edge_tooltip(2, 2, 2) == "w[2→3] from h2.3 to out 'virginica' = -0.4132"
    text = view.edge_tooltip(0, 1, 4)
    assert "in 'sepal width'" in text and "h1.5" in text and "1.2346" in text


def test_node_tooltip_has_bias_and_activation(view):
    weights, biases, acts = iris(view)
    biases[0][2] = 0.123449
    acts[1][2] = -0.98765
    acts[0][3] = 1.5
    biases[2][0] = -2.0
    view.set_values(weights, biases, acts)
    hidden = view.node_tooltip(1, 2)
    assert "hidden layer 1" in hidden and "h1.3" in hidden
    assert "bias = 0.1234" in hidden and "activation = -0.9877" in hidden
    assert "'petal width'" in view.node_tooltip(0, 3) and "value = 1.5000" in view.node_tooltip(0, 3)
    assert "'setosa'" in view.node_tooltip(3, 0) and "bias = -2.0000" in view.node_tooltip(3, 0)
    view.set_values(weights, biases, None)
    assert "no sample" in view.node_tooltip(1, 2)


def test_no_bias_network(view):
    view.set_structure([2, 3, 1], [], [], use_bias=False)
    w, _, a = values([2, 3, 1])
    view.set_values(w, None, a)
    assert "no bias" in view.node_tooltip(1, 0)
    view.grab()


def test_hover_text_at_positions(view):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    view.set_values(*values([2, 3, 1]))
    assert view.tooltip_at(QPointF(view.node_pos(1, 1))) == view.node_tooltip(1, 1)
    a, b = QPointF(view.node_pos(1, 2)), QPointF(view.node_pos(2, 0))
    assert view.tooltip_at((a + b) / 2) == view.edge_tooltip(1, 2, 0)
    assert view.tooltip_at(QPointF(3, view.viewport().height() - 3)) == ""


def test_click_selects_node_and_empty_space_clears(view, qtbot):
    view.set_structure([4, 5, 10, 3], IRIS_IN, IRIS_OUT)
    with qtbot.waitSignal(view.nodeSelected, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_pos(2, 3))
    assert blocker.args == [2, 3]
    assert view.selected() == (2, 3)
    with qtbot.waitSignal(view.nodeSelected, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_pos(0, 0) + QPoint(3, 2))
    assert blocker.args == [0, 0]
    with qtbot.waitSignal(view.selectionCleared, timeout=1000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, view.viewport().height() - 5))
    assert view.selected() is None


@pytest.mark.parametrize(
    "change",
    [
        lambda w, b, a: (w[:-1], b, a),                       # a matrix missing
        lambda w, b, a: ([w[0].T] + w[1:], b, a),             # transposed
        lambda w, b, a: (w, b[:-1], a),                       # a bias vector missing
        lambda w, b, a: (w, [b[0][:-1]] + b[1:], a),          # a bias too short
        lambda w, b, a: (w, b, a[1:]),                        # activations without the inputs
        lambda w, b, a: (w, b, [a[0][:, None]] + a[1:]),      # activations not 1-D
    ],
)
def test_wrong_shapes_raise(view, change):
    view.set_structure([4, 5, 10, 3], IRIS_IN, IRIS_OUT)
    with pytest.raises(ValueError):
        view.set_values(*change(*values([4, 5, 10, 3])))


def test_set_values_before_structure_raises(qtbot):
    v = NetworkView()
    qtbot.addWidget(v)
    with pytest.raises(ValueError):
        v.set_values([np.zeros((2, 1))], None)


def test_set_values_keeps_geometry(view):
    weights, biases, acts = iris(view)
    view.grab()
    laid_out, pos = view.layout_count(), view.node_pos(2, 3)
    for seed in range(3):
        view.set_values(*values([4, 5, 10, 3], seed))
        view.grab()
    assert view.layout_count() == laid_out and view.node_pos(2, 3) == pos


@pytest.mark.parametrize("size", [(500, 400), (900, 600)])
def test_wide_layers_fit_without_overlap(view, qtbot, size):
    view.set_structure([4, 30, 30, 3], IRIS_IN, IRIS_OUT)
    view.resize(*size)
    qtbot.waitUntil(lambda: view.viewport().width() > size[0] - 20)
    view.set_values(*values([4, 30, 30, 3]))
    area = QRect(QPoint(0, 0), view.viewport().size())
    for layer, n in enumerate([4, 30, 30, 3]):
        r = view.node_radius(layer)
        points = [view.node_pos(layer, i) for i in range(n)]
        for p in points:
            assert area.adjusted(int(r), int(r), -int(r), -int(r)).contains(p)
        gaps = np.diff([p.y() for p in points])
        assert (gaps >= 2 * r).all()                    # neighbours never overlap
    assert len(view.shown_labels()) == 4 + 3               # the names of the inputs and outputs
    view.grab()


def test_resize_refits(view, qtbot):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    before = view.node_pos(2, 0).x()
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.node_pos(2, 0).x() > before + 200)
    assert view.node_pos(2, 0).x() < view.viewport().width()


def test_non_finite_values_do_not_break_painting(view):
    weights, biases, acts = iris(view)
    weights[1][0, 0] = np.nan
    acts[2][0] = np.inf
    view.set_values(weights, biases, acts)
    view.grab()
    assert view.edge_tooltip(1, 0, 0).endswith("= nan")
    assert "activation = inf" in view.node_tooltip(2, 0)


def test_fast_updates_draw_drafts_then_settle(view, qtbot):
    weights, biases, acts = iris(view)
    view.set_values(weights, biases, acts)
    view.draft_after_ms = -1.0           # pretend the antialiased edges are slow to paint
    view.set_values(weights, biases, acts)
    assert view.is_draft()
    qtbot.waitUntil(lambda: not view.is_draft(), timeout=2000)


def test_a_run_draws_slow_edges_as_drafts_until_it_ends(view, qtbot):
    """On the widest network a run's frames come slower than "rapid", yet each antialiased
    paint of its edges is slow: a run drafts them throughout."""
    weights, biases, acts = iris(view)
    view.set_values(weights, biases, acts)
    view.draft_after_ms = -1.0           # pretend the antialiased edges are slow to paint
    view.set_values(weights, biases, acts)
    assert view.is_draft()               # rapid: drafted, and it would settle by itself ...
    assert view.draft_settling()
    qtbot.waitUntil(lambda: not view.is_draft(), timeout=2000)
    view.set_steady(True)                # ... but not during a run, however slow the frames
    view.draft_interval_s = 0.0          # (no update counts as rapid any more)
    view.set_values(weights, biases, acts)
    assert view.is_draft()
    assert not view.draft_settling()     # nothing will end it but the run's end
    view.set_steady(False)
    qtbot.waitUntil(lambda: not view.is_draft(), timeout=2000)
    view.viewport().repaint()            # (its antialiased paint measures itself now, not later)
    view.draft_after_ms = float("inf")   # a fast-painting network is never drafted
    view.set_steady(True)
    view.set_values(weights, biases, acts)
    assert not view.is_draft()


def test_legend_and_label_size(view):
    assert "negative weight" in view.legend_text() and "thickness = size" in view.legend_text()
    assert LABEL_POINT_SIZE >= 11


def test_format_value():
    assert format_value(-0.41318) == "-0.4132"
    assert format_value(-0.00001) == "0.0000"
    assert format_value(float("nan")) == "nan"
    assert format_value(2.5e6) == "2.5000e+06"


# --------------------------------------------------------------------------------------------
# Weights printed, phases of a step, editing, per-neuron maps, cues besides colour.
# --------------------------------------------------------------------------------------------
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from nnviz.core.engine.explain import phase_data  # noqa: E402
from nnviz.core.app.frames import FrameOptions, make_frame  # noqa: E402
from nnviz.core.teaching.lessons import get_lesson  # noqa: E402
from nnviz.ui.diagram.pens import unset_pen  # noqa: E402
from nnviz.ui.diagram.style import MAX_LABELLED_EDGES, contrast, text_colour_on  # noqa: E402

# OR and XOR without a hidden layer, virus, house, XOR 2-2-1 and the XOR lesson's 2-4-1, at about
# the diagram's size in a 1024x768 window and larger; a 3-4-2 (26 edges) on the larger one.
SMALL_NETS = [(s, size) for s in ([2, 1], [4, 1], [2, 3, 1], [2, 2, 1], [2, 4, 1])
              for size in ((520, 360), (1000, 700))] + [([3, 4, 2], (1000, 700))]


@pytest.mark.parametrize("sizes, size", SMALL_NETS, ids=lambda s: "-".join(map(str, s)))
def test_weight_labels_are_legible_and_do_not_overlap(view, qtbot, sizes, size):
    view.resize(*size)
    view.set_structure(sizes, [], [])
    w, b, a = values(sizes, seed=3)
    view.set_values(w, b, a)
    view.set_show_weights(True)
    assert view.weights_labelled()
    rects = []
    for l in range(len(sizes) - 1):
        for i in range(sizes[l]):
            for j in range(sizes[l + 1]):
                rects.append(view.weight_label_rect(l, i, j))
                assert view.weight_label_text(l, i, j) == f"{w[l][i, j]:.3f}".replace("-0.000", "0.000")
    for layer in range(1, len(sizes)):
        for j in range(sizes[layer]):
            rects.append(view.bias_label_rect(layer, j))
            assert view.bias_label_text(layer, j) == f"b={b[layer - 1][j]:.3f}"
    area = QRectF(view.viewport().rect())
    for k, r in enumerate(rects):
        assert area.contains(r), r
        assert r.height() >= 14                      # a line of 10 pt text at least
        for other in rects[k + 1:]:
            assert not r.intersects(other), (r, other)
        for layer, n in enumerate(sizes):
            rad = view.node_radius(layer)
            for i in range(n):
                c = QPointF(view.node_pos(layer, i))
                assert not r.intersects(QRectF(c.x() - rad, c.y() - rad, 2 * rad, 2 * rad))
    view.grab()


def test_weight_labels_off_for_big_networks(view):
    view.set_structure([4, 5, 10, 3], IRIS_IN, IRIS_OUT)
    assert view.edge_count() > MAX_LABELLED_EDGES
    view.set_show_weights(True)
    assert view.show_weights() and not view.weights_labelled()


def edge_point(view, l, i, j, t=0.3):
    a, b = QPointF(view.node_pos(l, i)), QPointF(view.node_pos(l + 1, j))
    return (a + (b - a) * t).toPoint()


def test_clicking_an_edge_edits_its_weight(view, qtbot):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    w, b, a = values([2, 3, 1])
    view.set_values(w, b, a)
    pos = edge_point(view, 1, 2, 0)
    assert view.edge_at(QPointF(pos)) == (1, 2, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.editing() == ("w", 1, 2, 0)
    editor = view.editor()
    assert float(editor.text()) == pytest.approx(w[1][2, 0], rel=1e-5)
    editor.selectAll()
    qtbot.keyClicks(editor, "-0.25")
    with qtbot.waitSignal(view.weightEdited, timeout=1000) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [1, 2, 0, -0.25]
    assert view.editing() is None
    assert view.edge_tooltip(1, 2, 0).endswith(f"= {format_value(w[1][2, 0])}")   # the view never changes the model itself


def test_clicking_a_label_edits_weight_or_bias_and_bad_input_is_refused(view, qtbot):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    view.set_values(*values([2, 3, 1]))
    view.set_show_weights(True)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.weight_label_rect(0, 1, 2).center().toPoint())
    assert view.editing() == ("w", 0, 1, 2)
    qtbot.keyClick(view.editor(), Qt.Key.Key_Escape)
    assert view.editing() is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.bias_label_rect(1, 1).center().toPoint())
    assert view.editing() == ("b", 1, 1)
    editor = view.editor()
    editor.selectAll()
    qtbot.keyClicks(editor, "abc")
    with qtbot.assertNotEmitted(view.biasEdited):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.editing() == ("b", 1, 1)           # still open, marked as wrong
    editor.selectAll()
    qtbot.keyClicks(editor, "0")
    with qtbot.waitSignal(view.biasEdited, timeout=1000) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert blocker.args == [1, 1, 0.0]


def test_double_click_on_a_node_edits_its_bias(view, qtbot):
    view.set_structure([2, 3, 1], ["a", "b"], ["y"])
    view.set_values(*values([2, 3, 1]))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_pos(2, 0))
    assert view.editing() == ("b", 2, 0)


def stepped(name="house", sample=False):
    t = get_lesson(name).trainer()
    r = t.step_sample() if sample else t.step_batch()
    return t, r


def show_net(view, trainer):
    net, pr = trainer.network, trainer.problem
    view.set_structure(net.sizes, pr.feature_names, pr.output_names, net.use_bias)
    w, b = net.parameters()
    view.set_values(w, b if net.use_bias else None, None)


def test_phases_one_at_a_time(view, qtbot):
    trainer, record = stepped("xor")
    show_net(view, trainer)
    data = phase_data(record, sample_row=2)
    assert data.sample == 2
    view.set_step(data)
    shown = []
    view.phaseShown.connect(lambda ph, l: shown.append((ph, l)))
    # forward, layer 1: hidden activations appear, the output not yet
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        assert view.next_phase() == ("forward", 1)
    assert view.node_value(1, 3) == ("a", pytest.approx(record.trace.activations[1][2, 3]))
    assert view.node_value(2, 0) is None
    assert view.edge_pen_now(1, 0, 0) == unset_pen()
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        view.next_phase()
    assert view.node_value(2, 0) == ("a", pytest.approx(record.trace.output[2, 0]))
    # backward from the output: δ in the node, edges by gradient (colour = sign, width = size)
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        assert view.next_phase() == ("backward", 2)
    assert view.node_value(2, 0) == ("δ", pytest.approx(record.grads.deltas[1][2, 0]))
    assert view.node_value(1, 0)[0] == "a"
    g = record.grads.weights[1][:, 0]
    pens = [view.edge_pen_now(1, i, 0) for i in range(4)]
    for gi, pen in zip(g, pens):
        c = pen.color()
        assert (c.red() > c.blue()) == (gi < 0)
        assert (pen.style() != Qt.PenStyle.SolidLine) == (gi < 0)     # dashed when negative
    order = np.argsort(np.abs(g))
    assert pens[order[0]].widthF() <= pens[order[-1]].widthF()
    assert view.edge_pen_now(0, 0, 0) == unset_pen()            # not reached yet
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        assert view.next_phase() == ("backward", 1)
    assert view.node_value(1, 3) == ("δ", pytest.approx(record.grads.deltas[0][2, 3]))
    # update: animated from the old to the new weights, announced when it ends
    with qtbot.waitSignal(view.phaseShown, timeout=3000) as blocker:
        assert view.next_phase() == ("update", -1)
    assert blocker.args == ["update", -1]
    new = record.weights_before[1] + record.weight_updates[1]
    view.set_show_weights(True)
    assert view.weight_label_text(1, 3, 0) == f"{new[3, 0]:.3f}"
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        assert view.next_phase() is None
    assert view.phase() == (None, None)
    assert [s[0] for s in shown] == ["forward", "forward", "backward", "backward", "update", ""]


def test_a_phase_caption_sits_under_the_diagram_in_the_legends_place(view, qtbot):
    """The caption replaces the key below the canvas (during the backward pass the edges show
    gradients, not weights), so it never covers a node or a number; the key comes back after."""
    trainer, record = stepped("xor")
    show_net(view, trainer)
    view.set_step(phase_data(record, sample_row=2))
    key = view.legend_text()
    assert view.phase_caption() == ""
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        view.show_phase("backward", 1)
    caption = view.phase_caption()
    assert caption.startswith("Backward pass")
    legend = view.findChild(Legend)
    assert legend.isVisible() and caption in legend.text() and legend.text() != key
    canvas = view.viewport()
    assert legend.geometry().top() >= canvas.geometry().bottom()     # below, not over, the drawing
    with qtbot.waitSignal(view.phaseShown, timeout=1000):
        view.show_phase(None)
    assert view.phase_caption() == "" and view.legend_text() == key


def test_update_phase_starts_from_the_old_weights(view, qtbot):
    trainer, record = stepped("or-gate", sample=True)
    show_net(view, trainer)
    view.set_step(phase_data(record))
    view.set_show_weights(True)
    view.show_phase("update")
    assert view.bias_label_text(1, 0) == "b=0.300"              # t = 0: the old bias
    with qtbot.waitSignal(view.phaseShown, timeout=3000):
        pass
    assert view.bias_label_text(1, 0) == "b=0.293"              # the OR lesson's first step


def test_play_phases_in_slow_motion_reaches_the_end(view, qtbot):
    trainer, record = stepped("house")
    show_net(view, trainer)
    view.set_step(phase_data(record))
    shown = []
    view.phaseShown.connect(lambda ph, l: shown.append(ph))
    view.play_phases(slow=False)
    qtbot.waitUntil(lambda: shown and shown[-1] == "", timeout=10000)
    assert shown == ["forward", "forward", "backward", "backward", "update", ""]
    assert not view.playing()
    view.set_slow_motion(True)
    assert view.slow_motion()
    with pytest.raises(ValueError):
        view.show_phase("sideways")


def test_maps_drawn_in_nodes_and_requested_on_click_and_hover(view, qtbot):
    trainer = get_lesson("xor").trainer()
    show_net(view, trainer)
    frame = make_frame(trainer, FrameOptions.for_problem(trainer.problem, resolution=40, maps=True))
    view.set_maps(frame.maps)
    img = view.node_map(1, 2)
    m = frame.maps[1][2]
    assert (img.width(), img.height()) == (m.shape[1], m.shape[0])
    # the highest value blue, the lowest orange; row 0 of the map at the bottom of the image
    hi = np.unravel_index(np.argmax(m), m.shape)
    lo = np.unravel_index(np.argmin(m), m.shape)
    c_hi = QColor(img.pixel(int(hi[1]), img.height() - 1 - int(hi[0])))
    c_lo = QColor(img.pixel(int(lo[1]), img.height() - 1 - int(lo[0])))
    assert c_hi.blue() > c_hi.red() and c_lo.red() > c_lo.blue()
    with qtbot.waitSignal(view.nodeMapRequested, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.node_pos(1, 2))
    assert blocker.args == [1, 2]
    with qtbot.waitSignal(view.nodeMapRequested, timeout=1000) as blocker:
        qtbot.mouseMove(view.viewport(), pos=view.node_pos(2, 0))
    assert blocker.args == [2, 0]
    with pytest.raises(ValueError):
        view.set_maps([m[None] for m in frame.maps[0]])
    view.grab()
    view.set_maps(None)
    assert view.node_map(1, 2) is None


def test_negative_weights_are_dashed(view):
    view.set_structure([2, 1], [], [])
    view.set_values([np.array([[-0.5], [0.5]])], [np.zeros(1)])
    assert view.edge_pen(0, 0, 0).style() == Qt.PenStyle.CustomDashLine
    assert view.edge_pen(0, 1, 0).style() == Qt.PenStyle.SolidLine
    assert "dashed" in view.legend_text()


def test_node_numbers_contrast_at_least_4_5():
    from nnviz.ui.diagram.style import NAN_COLOUR, mix

    fills = [QColor(theme.NEUTRAL), QColor(NAN_COLOUR)]
    for base in (theme.NEGATIVE, theme.POSITIVE):
        fills += [mix(QColor(base), t) for t in np.linspace(0, 0.85, 40)]
    for fill in fills:
        assert contrast(text_colour_on(fill), fill) >= 4.5, fill.name()
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)


def test_text_scale_scales_every_text_and_numbers_show_on_iris(view, qtbot):
    weights, biases, acts = iris(view)
    view.set_values(weights, biases, acts)
    assert all(view.value_rect(l, 0) is not None for l in range(4))     # numbers on every layer

    def point_sizes():
        fonts = view.text_fonts()
        return [fonts[k].pointSizeF() for k in ("label", "header", "legend", "weight", "editor")] + [
            view.node_value_font(2).pointSizeF()]

    sizes = point_sizes()
    view.set_text_scale(2.0)
    after = point_sizes()
    for a, b in zip(after, sizes):
        assert a >= 2 * b - 1e-9 or (a == pytest.approx(2 * b))
    assert view.text_scale() == 2.0
    view.grab()


def test_select_node_from_code(view):
    view.set_structure([2, 3, 1], [], [])
    view.select_node(1, 2)
    assert view.selected() == (1, 2)
    with pytest.raises(IndexError):
        view.select_node(3, 0)


def test_new_structure_forgets_step_phase_maps_and_editor(view, qtbot):
    trainer, record = stepped("xor")
    show_net(view, trainer)
    view.set_step(phase_data(record))
    view.show_phase("backward", 1)
    frame = make_frame(trainer, FrameOptions.for_problem(trainer.problem, resolution=20, maps=True))
    view.set_maps(frame.maps)
    view.edit_weight(0, 0, 0)
    assert view.editing() == ("w", 0, 0, 0)
    view.set_structure([2, 3, 1], [], [])
    assert view.phase() == (None, None) and view.node_map(1, 0) is None and view.editing() is None
    view.grab()


# --- the largest networks: the strongest edges, dots for packed layers ---------------------------
from nnviz.ui.diagram.paint import DOT_SPRITES  # noqa: E402
from nnviz.ui.diagram.style import DOT_RADIUS, EDGE_BUDGET  # noqa: E402

BIG = [2] + [64] * 6 + [1]


def test_a_dense_network_draws_its_strongest_edges_and_says_so(view):
    view.set_structure(BIG, [], [])
    w, b, a = values(BIG)
    view.set_values(w, b, a)
    total = view.edge_count()
    assert total == 2 * 64 + 5 * 64 * 64 + 64 > EDGE_BUDGET
    drawn = view.drawn_edge_count()
    assert drawn <= EDGE_BUDGET
    assert f"strongest {drawn:,} of {total:,}" in view.legend_text()
    # The drawn lines are, in every pair of layers, the strongest of that pair.
    edges = view.drawn_edges()
    for l, kept in enumerate(edges):
        strength = np.abs(w[l])
        assert min(strength[i, j] for i, j in kept) >= np.sort(strength.ravel())[-len(kept)]
        assert len(set(kept)) == len(kept)
    assert sum(len(kept) for kept in edges) == drawn
    # A small network draws every edge and says nothing about it.
    view.set_structure([2, 4, 1], [], [])
    view.set_values(*values([2, 4, 1]))
    assert view.drawn_edge_count() == view.edge_count() == 12 and "strongest" not in view.legend_text()


def test_packed_layers_are_dots_in_the_activation_colour(view):
    view.set_structure(BIG, [], [])
    w, b, a = values(BIG)
    a[3] = np.full(64, 0.9)           # a hidden layer all strongly positive (blue)
    a[4] = np.full(64, -0.9)          # the next all strongly negative (orange)
    view.set_values(w, b, a)
    assert view.node_radius(3) < DOT_RADIUS
    image = view.viewport().grab().toImage()
    for layer, hue in ((3, QColor(theme.POSITIVE)), (4, QColor(theme.NEGATIVE))):
        centre = view.node_pos(layer, 30)
        got = QColor(image.pixel(centre))
        # the dot's own colour, not the background or an edge of the other sign
        assert abs(got.hueF() - hue.hueF()) < 0.08 and got.saturationF() > 0.3, (layer, got.name())


@pytest.mark.parametrize("size", [(330, 300), (420, 360), (600, 450)])
def test_numbers_beside_nodes_never_run_into_another_layers_node(view, size):
    """On Iris in a narrow diagram, a hidden layer's numbers printed beside their nodes reached
    the next layer's nodes and read "0.0.97": such a layer keeps its numbers to the hover text."""
    view.set_structure([4, 5, 10, 3], IRIS_IN, IRIS_OUT)
    view.set_values(*values([4, 5, 10, 3]))
    view.set_text_scale(2.0)        # presentation-sized numbers: the tightest case
    view.resize(*size)
    sizes = [4, 5, 10, 3]
    nodes = [(k, view.node_rect(k, i)) for k in range(4) for i in range(sizes[k])]
    for l in range(4):
        for i in range(sizes[l]):
            box = view.value_rect(l, i)          # inside the node or beside it, or not printed
            if box is not None:
                assert not any(box.intersects(r) for k, r in nodes if k != l), (size, l, i)
    assert view.node_tooltip(1, 0)      # whatever is not printed is in the hover text


def test_resizes_before_a_paint_lay_it_out_once_at_the_last_size(view):
    """Settling one click's layouts resizes the diagram two or three times in a row: it is
    laid out when next needed, once, at the size it ended at."""
    view.set_structure([2, 4, 1], ["a", "b"], ["y"])
    laid_out = view.layout_count()
    for width in (500, 700, 900):
        view.resize(width, 450)
    assert view.layout_count() == laid_out               # nothing laid out yet
    right = view.node_pos(2, 0).x()                      # a reader gets the layout of the last size
    assert view.layout_count() == laid_out + 1 and right > 0.7 * view.viewport().width()
    view.node_pos(1, 0)
    view.grab()
    assert view.layout_count() == laid_out + 1           # and only once


def test_a_frame_between_a_resize_and_the_paint_groups_each_edge_once(view):
    """set_values after a resize, before the paint: the stale layout was redone inside the
    edge grouping, which grouped the edges itself, and then the outer call added its own."""
    sizes = [4, 5, 10, 3]
    view.set_structure(sizes, IRIS_IN, IRIS_OUT)
    view.set_values(*values(sizes))
    view.grab()
    view.resize(700, 450)
    view.set_values(*values(sizes))
    drawn = [len(kept) for kept in view.drawn_edges()]
    assert drawn == [a * b for a, b in zip(sizes, sizes[1:])]


def test_exports_draw_dense_dots_sharp_at_2x_and_as_vectors_in_svg(view, tmp_path):
    """Dots are copied from pre-drawn sprites on screen; a 2x PNG gets sprites made at 2x, and
    an SVG gets vector dots, not 384 embedded bitmaps."""
    from nnviz.ui.exports import widget_png, widget_svg

    view.set_structure(BIG, [], [])
    view.set_values(*values(BIG))
    assert view.node_radius(3) < DOT_RADIUS
    widget_svg(view, str(tmp_path / "d.svg"))
    assert (tmp_path / "d.svg").read_text().count("<image") == 0
    DOT_SPRITES.clear()
    widget_png(view, str(tmp_path / "d.png"))
    assert DOT_SPRITES.ratios() == {2.0}                   # the sprites the 2x export used


@pytest.mark.parametrize("size", [(330, 300), (420, 360), (600, 450), (900, 500)])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_with_maps_no_number_runs_into_another_layers_node_or_number(view, size, scale):
    """Maps fill the nodes and move every number beside its node: the OR and Iris lessons with
    maps read "0.0" under the next column's nodes and "0 0.97" where two layers' numbers met."""
    sizes = [4, 5, 10, 3]
    view.set_structure(sizes, IRIS_IN, IRIS_OUT)
    view.set_values(*values(sizes))
    view.set_maps([np.random.default_rng(l).random((n, 8, 8)) for l, n in enumerate(sizes)])
    view.set_text_scale(scale)
    view.resize(*size)
    shown = [l for l in range(4) if view.value_rect(l, 0) is not None]     # numbers beside the maps
    nodes = [(k, view.node_rect(k, i)) for k in range(4) for i in range(sizes[k])]
    boxes = [(l, view.value_rect(l, i)) for l in shown for i in range(sizes[l])]
    assert not any(view.value_rect(l, i).intersects(view.node_rect(l, i))  # beside their nodes
                   for l in shown for i in range(sizes[l]))
    for l, box in boxes:
        assert not any(box.intersects(r) for k, r in nodes + boxes if k != l), (size, scale, l)
    assert 3 in shown or size[0] < 600 or scale > 1   # the outputs' numbers come first when there is room
    view.grab()
