"""Files in the window: save and open a session exactly, refuse a bad file without losing the
session on screen, open lesson files, and exports that open and hold what they should."""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage

from nnviz.core.teaching.lesson_files import write_lesson_file
from nnviz.core.teaching.lessons import get_lesson
from nnviz.ui.main_window import MainWindow

TIMEOUT = 30_000


def make_window(qtbot, tmp_path, lesson="moons", name="s.ini"):
    w = MainWindow(lesson=lesson, settings=QSettings(str(tmp_path / name), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    yield w
    w.close()


def state(w):
    t = w.session.trainer
    opt = sorted((k, tuple(np.asarray(v).tobytes() for v in vals)) for k, vals in t.optimizer.state.items())
    return (t.network.flat.tobytes(), opt, repr(t.rng.bit_generator.state), t.epoch, t.cursor,
            tuple(t.history.train_loss))


def train(qtbot, w, epochs):
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.train_more(epochs)


def click(qtbot, w, button):
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_save_and_open_through_the_window_carry_on_exactly(qtbot, window, tmp_path):
    w = window
    train(qtbot, w, 12)
    click(qtbot, w, w.step_sample_button)
    click(qtbot, w, w.step_sample_button)            # two samples into epoch 13
    path = tmp_path / "moons.nnviz"
    assert w.save_session(path)
    assert "Saved moons.nnviz at epoch 12 +2" in w.statusBar().currentMessage()
    assert w.recent_files()[0] == str(path.resolve())
    w.fill_recent_menu()
    assert w.recent_menu.actions()[0].text().startswith("moons.nnviz")
    saved = state(w)

    other = make_window(qtbot, tmp_path, lesson="xor", name="other.ini")
    assert other.open_session_file(path)
    assert state(other) == saved
    assert other.lesson_combo.currentData() == "moons"
    assert other.statusBar().currentMessage().startswith("Opened moons.nnviz")
    assert other.session.path == str(path)
    for win in (w, other):
        click(qtbot, win, win.step_button)
        click(qtbot, win, win.step_button)
    assert state(other) == state(w)
    # Ctrl+S saves again to the same file, without asking.
    assert other.save_session()
    assert other.statusBar().currentMessage().startswith("Saved moons.nnviz at epoch 14")
    other.close()


def test_a_bad_file_keeps_the_session_on_screen(qtbot, window, tmp_path):
    w = window
    train(qtbot, w, 5)
    trainer, before = w.session.trainer, state(w)
    png = tmp_path / "photo.nnviz"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert not w.open_path(png)
    assert w.session.trainer is trainer and state(w) == before
    assert w.banner.isVisible() and "photo.nnviz: not an nnviz session file (it is a PNG image)" in w.banner.text()
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "T"\ncaption = "C"\n[data]\ntable = "or"\n[network]\nactivation = "swish"\n')
    assert not w.open_path(bad)
    assert w.session.trainer is trainer and state(w) == before
    assert "bad.toml: network.activation: unknown activation 'swish'" in w.statusBar().currentMessage()


def test_open_a_teachers_lesson_file(qtbot, window, tmp_path):
    w = window
    lesson = get_lesson("house")
    path = tmp_path / "my_house.toml"
    write_lesson_file(lesson, path)
    text = path.read_text().replace('title = "House prices (2-3-1)"', 'title = "My house lesson"').replace(
        'name = "house"', 'name = "my-house"')
    path.write_text(text)
    with qtbot.waitSignal(w.lessonLoaded, timeout=TIMEOUT) as sig:
        assert w.open_path(path)
    assert sig.args == ["my-house"]
    assert w.session.lesson.title == "My house lesson"
    assert w.lesson_combo.currentIndex() == -1 and w.lesson_combo.placeholderText() == "My house lesson"
    assert w.session.layer_sizes == [2, 3, 1]


def distinct_colours(image: QImage) -> int:
    small = image.scaled(120, 80)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def svg_texts(path) -> str:
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    return " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())


def test_each_export_opens_and_holds_what_it_should(qtbot, window, tmp_path):
    w = window
    train(qtbot, w, 10)
    for name in ("network", "boundary", "loss", "window"):
        widget = w.export_widget(name)
        w.export_view(name, tmp_path / f"{name}.png")
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull()
        assert (image.width(), image.height()) == (2 * widget.width(), 2 * widget.height())
        assert distinct_colours(image) > 20, name
        w.export_view(name, tmp_path / f"{name}.svg")
        svg = (tmp_path / f"{name}.svg").read_text()
        assert f'viewBox="0 0 {widget.width()} {widget.height()}"' in svg
        texts = svg_texts(tmp_path / f"{name}.svg")
        if name == "network":
            assert "x1" in texts and "x2" in texts           # the input names on the diagram
        if name == "loss":
            assert "epoch" in texts
    # The history as CSV: one row per epoch, the numbers exactly.
    w.export_history(tmp_path / "history.csv")
    rows = list(csv.reader(open(tmp_path / "history.csv")))
    h = w.session.trainer.history
    assert rows[0] == ["epoch", "train_loss", "val_loss", "train_accuracy", "val_accuracy"]
    assert [int(r[0]) for r in rows[1:]] == list(range(1, 11))
    assert [float(r[1]) for r in rows[1:]] == list(h.train_loss)
    assert [float(r[4]) for r in rows[1:]] == list(h.val_accuracy)


def test_an_animated_gif_of_training_and_cancel(qtbot, window, tmp_path):
    from PIL import Image

    w = window
    train(qtbot, w, 15)
    tl = w.session.timeline
    w.goto_position(tl.newest - 3)                    # looking at the past: it stays there afterwards
    where, shown = tl.current, state(w)
    seen = []
    assert w.export_gif(tmp_path / "run.gif", frames=6, progress=lambda i, n: seen.append((i, n)) or True)
    assert seen[-1] == (6, 6) and tl.current == where and state(w) == shown
    boundary, loss = w.export_widget("boundary"), w.loss_plot
    with Image.open(tmp_path / "run.gif") as gif:
        assert gif.format == "GIF" and gif.n_frames == 6 and gif.info.get("loop") == 0
        assert gif.size == (boundary.width() + loss.width(), max(boundary.height(), loss.height()))
        gif.seek(0)
        first = np.asarray(gif.convert("RGB"))
        gif.seek(5)
        last = np.asarray(gif.convert("RGB"))
    assert (first != last).any()                      # the boundary and the curve changed
    assert not w.export_gif(tmp_path / "cancelled.gif", frames=6, progress=lambda i, n: i < 2)
    assert not (tmp_path / "cancelled.gif").exists() and tl.current == where and state(w) == shown


def test_a_neurons_map_exports_from_the_boundary_panel(qtbot, window, tmp_path):
    w = window
    train(qtbot, w, 5)
    w.show_maps_box.setChecked(True)
    qtbot.waitUntil(lambda: w.painter.last_frame is not None and w.painter.last_frame.maps is not None, timeout=TIMEOUT)
    w.network_view.nodeMapRequested.emit(1, 0)          # neuron 1 of the hidden layer, as a click does
    assert w.boundary_plot.neuron_map_shown()
    w.export_view("boundary", tmp_path / "map.svg")
    texts = svg_texts(tmp_path / "map.svg")
    assert "Showing" in texts and "activation" in texts   # the map's note line and its colour bar
    w.export_view("boundary", tmp_path / "map.png")
    assert distinct_colours(QImage(str(tmp_path / "map.png"))) > 20
