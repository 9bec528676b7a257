"""The network diagram: counts, colour/width coding, tooltips, selection, validation, layout."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt

from nnviz.ui import theme
from nnviz.ui.network_view import LABEL_POINT_SIZE, NetworkView, format_value

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
    # 4*5 + 5*10 + 10*3 = 100 weights (the issue text said 95)
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
    layout = view._layout
    for seed in range(3):
        view.set_values(*values([4, 5, 10, 3], seed))
    assert view._layout is layout


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
    assert view._layout.show_in_labels and view._layout.show_out_labels
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
    view._edge_paint_ms = 100.0          # pretend the antialiased edges are slow to paint
    view.set_values(weights, biases, acts)
    assert view.is_draft()
    qtbot.waitUntil(lambda: not view.is_draft(), timeout=2000)


def test_legend_and_label_size(view):
    assert "negative weight" in view.legend_text() and "thickness = size" in view.legend_text()
    assert LABEL_POINT_SIZE >= 11


def test_format_value():
    assert format_value(-0.41318) == "-0.4132"
    assert format_value(-0.00001) == "0.0000"
    assert format_value(float("nan")) == "nan"
    assert format_value(2.5e6) == "2.5000e+06"
