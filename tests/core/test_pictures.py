"""The pictures of an image lesson: each first-layer neuron's weights laid out as the picture,
the sample's picture and what the whole picture sends each neuron."""
import numpy as np
import pytest

from nnviz.core.app.pictures import input_picture, picture_drive, picture_scales, weight_pictures
from nnviz.core.engine.network import Network


def test_weight_pictures_are_the_first_layers_columns_laid_out_row_by_row():
    net = Network([64, 16, 10], ["sigmoid", "softmax"], seed=3)
    pics = weight_pictures(net, (8, 8))
    assert pics.shape == (16, 8, 8)
    for j in range(16):
        for r in range(8):
            for c in range(8):
                assert pics[j, r, c] == net.weights[0][r * 8 + c, j]
    # bit for bit, and the same from the matrix itself
    assert pics.tobytes() == np.ascontiguousarray(net.weights[0].T).reshape(16, 8, 8).tobytes()
    assert weight_pictures(net.weights[0], (8, 8)).tobytes() == pics.tobytes()


def test_a_non_square_picture_keeps_rows_and_columns():
    w = np.arange(6 * 2, dtype=float).reshape(6, 2)     # 6 pixels (2 rows of 3), 2 neurons
    pics = weight_pictures(w, (2, 3))
    assert pics[1].tolist() == [[1, 3, 5], [7, 9, 11]]


def test_shapes_that_do_not_match_are_refused_in_one_line():
    with pytest.raises(ValueError, match="8×8"):
        weight_pictures(np.zeros((10, 4)), (8, 8))
    with pytest.raises(ValueError, match="picture"):
        input_picture(np.zeros(63), (8, 8))
    with pytest.raises(ValueError):
        weight_pictures(np.zeros((64, 4)), (0, 64))


def test_input_picture_and_drive():
    x = np.linspace(0, 1, 64)
    assert input_picture(x, (8, 8))[2, 3] == x[19]
    net = Network([64, 5, 2], ["sigmoid", "sigmoid"], seed=1)
    drive = picture_drive(net, x)
    assert drive.shape == (5,)
    assert np.allclose(drive, [sum(net.weights[0][i, j] * x[i] for i in range(64)) for j in range(5)])


def test_each_picture_has_its_own_symmetric_scale():
    pics = np.array([[[0.5, -2.0]], [[0.0, 0.0]], [[np.nan, 0.25]]])
    assert picture_scales(pics).tolist() == [2.0, 1.0, 0.25]
