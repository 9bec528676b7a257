"""boundary.curve and curve_extent: the network along a single input, in original units."""
from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.app.boundary import Curve, curve, curve_extent
from nnviz.core.engine.network import Network
from nnviz.core.data.problem import Problem, Scaler


def ice_creams(scaling: str = "standard") -> Problem:
    """Temperature (°C) -> ice creams sold: one input, regression, both sides scaled."""
    rng = np.random.default_rng(0)
    temp = rng.uniform(12.0, 34.0, 40).reshape(-1, 1)
    sold = 20.0 * temp + 100.0 + rng.normal(0, 15, temp.shape)
    xs, ys = Scaler.fit(temp[:24], scaling), Scaler.fit(sold[:24], scaling)
    t, s = xs.transform(temp), ys.transform(sold)
    return Problem("ice", "regression", t[:24], s[:24], ["temperature"], "sold",
                   X_val=t[24:32], Y_val=s[24:32], X_test=t[32:], Y_test=s[32:],
                   x_scaler=xs, y_scaler=ys)


def exam(k: int = 2) -> Problem:
    """Hours studied -> outcome; binary (one output) or k classes (one-hot)."""
    rng = np.random.default_rng(1)
    hours = rng.uniform(0.0, 10.0, 30).reshape(-1, 1)
    xs = Scaler.fit(hours, "max")
    if k == 2:
        Y, task, names = (hours > 5).astype(float), "binary", ["fail", "pass"]
    else:
        Y = np.eye(k)[np.minimum((hours[:, 0] / 10 * k).astype(int), k - 1)]
        task, names = "multiclass", [f"grade {i}" for i in range(k)]
    return Problem("exam", task, xs.transform(hours), Y, ["hours"], "result", names, x_scaler=xs)


def test_regression_values_are_the_network_on_scaled_inputs_de_scaled():
    problem = ice_creams()
    net = Network([1, 4, 1], ["tanh", "linear"], seed=3)
    c = curve(net, problem, resolution=50)
    assert isinstance(c, Curve)
    assert c.x.shape == (50,) and c.values.shape == (50, 1)
    assert c.x[0] == c.x_range[0] and c.x[-1] == c.x_range[1]
    scaled = net.predict(problem.x_scaler.transform(c.x.reshape(-1, 1)))
    np.testing.assert_allclose(c.values, problem.y_scaler.inverse(scaled))
    # De-scaled: in ice creams, not in standard units.
    assert not np.allclose(c.values, scaled)


def test_x_is_in_original_units_and_the_extent_covers_every_split():
    problem = ice_creams()
    lo, hi = curve_extent(problem, margin=0.0)
    every = np.vstack([problem.X_train, problem.X_val, problem.X_test])
    temps = problem.x_scaler.inverse(every)[:, 0]
    assert lo == pytest.approx(temps.min(), abs=2e-3) and lo <= temps.min()
    assert hi == pytest.approx(temps.max(), abs=2e-3) and hi >= temps.max()
    # The validation and test points lie outside the training range on at least one side here,
    # so an extent from the training split alone would miss them.
    train = problem.x_scaler.inverse(problem.X_train)[:, 0]
    assert temps.min() < train.min() or temps.max() > train.max()
    lo, hi = curve_extent(problem)  # default 10 % margin
    assert lo < temps.min() and hi > temps.max()
    assert (hi - lo) == pytest.approx((temps.max() - temps.min()) * 1.2)
    c = curve(Network([1, 1], "linear"), problem)
    assert c.x_range == (lo, hi) and c.x.shape == (200,)
    assert 8.0 < c.x[0] < 12.0 and 34.0 < c.x[-1] < 38.0   # degrees, not scaled units


def test_explicit_extent_is_sampled_evenly():
    c = curve(Network([1, 1], "linear"), ice_creams(), resolution=5, extent=(0, 40))
    np.testing.assert_allclose(c.x, [0.0, 10.0, 20.0, 30.0, 40.0])
    assert c.x_range == (0.0, 40.0)


@pytest.mark.parametrize("k", [2, 3])
def test_classification_values_are_probabilities_not_de_scaled(k):
    problem = exam(k)
    out = "sigmoid" if k == 2 else "softmax"
    net = Network([1, 3, 1 if k == 2 else k], ["tanh", out], seed=0)
    c = curve(net, problem, resolution=30)
    assert c.values.shape == (30, 1 if k == 2 else k)
    np.testing.assert_allclose(c.values, net.predict(problem.x_scaler.transform(c.x[:, None])))
    assert ((c.values >= 0) & (c.values <= 1)).all()


def test_a_diverged_network_gives_inf_or_nan_without_warnings():
    problem = ice_creams()
    net = Network([1, 1], "linear")
    net.weights[0][:] = 1e308
    with np.errstate(all="raise"):   # any unguarded overflow would raise here
        c = curve(net, problem, resolution=10)
    assert not np.isfinite(c.values).all()


# --------------------------------------------------------------------------------------------
# Per-neuron maps: what every neuron computes over the plotted plane.
# --------------------------------------------------------------------------------------------

def test_maps_are_each_neurons_activation_on_the_grid_cells():
    from nnviz.core.app.boundary import decision_field, decision_field_with_maps, grid_inputs, plane_extent
    from nnviz.core.teaching.lessons import get_lesson

    problem, net, _ = get_lesson("spiral").build()
    extent = plane_extent(problem)
    res = 100
    grid = grid_inputs(problem, *extent, res)
    field, maps = decision_field_with_maps(net, problem, res, (0, 1), extent, grid, 32)
    assert [m.shape for m in maps] == [(2, 32, 32), (8, 32, 32), (8, 32, 32), (1, 32, 32)]
    assert all(m.dtype == np.float32 for m in maps)
    # the field is unchanged by asking for maps
    np.testing.assert_array_equal(field.values, decision_field(net, problem, res, (0, 1), extent, grid).values)
    # map cell (r, c) is grid cell (iy, ix) with the ends included: a direct forward pass there
    idx = np.linspace(0, res - 1, 32).round().astype(int)
    assert idx[0] == 0 and idx[-1] == res - 1
    for r, c in [(0, 0), (31, 31), (5, 17), (20, 3)]:
        x = grid[idx[r] * res + idx[c]]
        tr = net.forward(x)
        for l, m in enumerate(maps):
            np.testing.assert_allclose(m[:, r, c], tr.activations[l][0], rtol=1e-6, atol=1e-6)
    # row 0 is the bottom of the y range: the second input increases along rows
    assert maps[0][1, -1, 0] > maps[0][1, 0, 0]
    assert maps[0][0, 0, -1] > maps[0][0, 0, 0]


def test_frame_has_maps_only_when_asked():
    from nnviz.core.app.frames import FrameOptions, make_frame
    from nnviz.core.teaching.lessons import get_lesson

    trainer = get_lesson("xor").trainer()
    off = make_frame(trainer, FrameOptions.for_problem(trainer.problem, resolution=60))
    assert off.maps is None
    on = make_frame(trainer, FrameOptions.for_problem(trainer.problem, resolution=60, maps=True))
    assert [m.shape for m in on.maps] == [(2, 32, 32), (4, 32, 32), (1, 32, 32)]
    # the output map is the field, sampled
    idx = np.linspace(0, 59, 32).round().astype(int)
    np.testing.assert_allclose(on.maps[-1][0], on.field.values[np.ix_(idx, idx)][:, :, 0], rtol=1e-6)
    small = make_frame(trainer, FrameOptions.for_problem(trainer.problem, resolution=20, maps=True))
    assert small.maps[1].shape == (4, 20, 20)      # never more cells than the field has


def test_the_extent_takes_in_a_lessons_question_when_it_names_both_axes():
    """The house lesson asks about (4, 7); its table spans bedrooms 1-3: the asked point must
    be on the plot. A question that does not name both axes changes nothing."""
    from nnviz.core.app.boundary import plane_extent
    from nnviz.core.app.session import Session

    s = Session()
    s.load_lesson("house")
    plain = plane_extent(s.problem, (0, 1))
    (x0, x1), (y0, y1) = plane_extent(s.problem, (0, 1), include={"bedrooms": 4, "quality": 7})
    assert plain[0][1] < 4 <= x1 and y0 <= 7 <= y1
    assert plane_extent(s.problem, (0, 1), include={"bedrooms": 4}) == plain
    assert plane_extent(s.problem, (0, 1), include={"bedrooms": float("nan"), "quality": 7}) == plain
