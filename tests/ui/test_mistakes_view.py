"""The digits pane's Mistakes tab: the misclassified test digits from the engine, following
training and the timeline; choosing one shows it on the diagram; the confusion matrix narrows
the gallery; all by keyboard too."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.core.app.mistakes import find_mistakes

TIMEOUT = 60_000
K = Qt.Key


@pytest.fixture
def trained(qtbot, open_window):
    """The digits lesson after two epochs (about 90 % right: a few dozen mistakes)."""
    w = open_window("digits", (1024, 768))
    for _ in range(2):
        with qtbot.waitSignals([w.runner.runFinished, w.frameDrawn], timeout=TIMEOUT):
            w.step_epoch()
        qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    w.show_digits_tab(draw=False)
    qtbot.waitUntil(lambda: w.digits_pane.gallery.isVisible())
    assert w.digits_pane.gallery.items() == _expected(w).items     # at once when the step ended
    return w


def _expected(w):
    return find_mistakes(w.session.predict, w.session.problem, "test")


def test_the_gallery_is_every_wrong_test_digit_from_the_engine(trained):
    w = trained
    found = _expected(w)
    gallery = w.digits_pane.gallery
    assert len(found.items) > 3
    assert gallery.items() == found.items
    m = found.items[0]
    names = w.session.problem.class_names
    assert gallery.tile_text(0) == (f"{names[m.truth]} → {names[m.answer]}", f"{100 * m.confidence:.1f} %")
    assert f"{len(found.items)} of {found.n} test digits wrong" in w.digits_pane.summary.text()
    assert np.array_equal(found.confusion, w.session.evaluate("test")["confusion"])
    assert str(m.row) in gallery.tile_tooltip(0)


def test_the_gallery_follows_the_timeline(qtbot, trained):
    w = trained
    later = _expected(w).items
    w.step_back()
    qtbot.waitUntil(lambda: not w.runner.running)
    earlier = _expected(w).items
    assert earlier != later
    qtbot.waitUntil(lambda: w.digits_pane.gallery.items() == earlier, timeout=TIMEOUT)
    w.step_forward()
    qtbot.waitUntil(lambda: w.digits_pane.gallery.items() == later, timeout=TIMEOUT)


def test_clicking_a_mistake_makes_it_the_sample_on_the_diagram(qtbot, trained):
    w = trained
    gallery = w.digits_pane.gallery
    m = gallery.items()[0]
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT):
        qtbot.mouseClick(gallery, Qt.MouseButton.LeftButton, pos=gallery.tile_rect(0).center().toPoint())
    assert (w.options.sample_split, w.options.sample_index) == ("test", m.row)
    frame = w.painter.last_frame
    p = w.session.problem
    assert frame.sample.activations[0].tobytes() == p.X_test[m.row : m.row + 1].tobytes()
    assert np.array_equal(frame.sample_target, p.Y_test[m.row])
    assert frame.sample.output[0].argmax() == m.answer
    assert w.sample_text.texts()[0].startswith(f"Test sample {m.row} (never trained on)")
    assert w.sample_text.text().startswith(f"Test sample {m.row}")
    assert gallery.chosen() == m.row
    assert f"test digit {m.row}" in w.statusBar().currentMessage()
    # The sample picker goes back to the training rows.
    with qtbot.waitSignal(w.frameDrawn, timeout=TIMEOUT):
        w.sample_spin.setValue(3)
    assert (w.options.sample_split, w.options.sample_index) == ("train", 3)
    assert w.painter.last_frame.sample.activations[0].tobytes() == p.X_train[3:4].tobytes()
    assert gallery.chosen() is None


def test_m_and_the_arrow_keys_choose_a_mistake(qtbot, trained):
    w = trained
    w.digits_pane.setCurrentIndex(0)
    w.activateWindow()
    qtbot.keyClick(w, K.Key_M)
    gallery = w.digits_pane.gallery
    assert w.digits_pane.currentIndex() == 1
    qtbot.waitUntil(gallery.hasFocus)
    qtbot.keyClick(gallery, K.Key_Right)                 # the gallery's, not Step epoch
    assert gallery.current() == 1 and w.session.epoch == 2 and not w.runner.running
    with qtbot.waitSignal(gallery.digitChosen) as chosen:
        qtbot.keyClick(gallery, K.Key_Return)
    assert chosen.args == [gallery.items()[1].row]
    assert w.options.sample_split == "test" and w.options.sample_index == gallery.items()[1].row
    qtbot.keyClick(gallery, K.Key_End)
    assert gallery.current() == len(gallery.items()) - 1


def test_a_confusion_cell_or_the_picker_narrows_the_gallery(qtbot, trained):
    w = trained
    found = _expected(w)
    t, a = found.items[0].truth, found.items[0].answer
    pane = w.digits_pane
    w.confusion.cellClicked.emit(t, a)
    assert pane.shown_filter() == (t, a)
    assert pane.gallery.items() == found.between(t, a)
    assert pane.currentIndex() == 1
    names = w.session.problem.class_names
    assert f"{names[t]} taken for {names[a]}" in w.statusBar().currentMessage()
    # A real click on a cell of the matrix under the diagram.
    w.confusion.show()
    qtbot.waitUntil(w.confusion.isVisible)
    with qtbot.waitSignal(w.confusion.cellClicked) as clicked:
        qtbot.mouseClick(w.confusion, Qt.MouseButton.LeftButton, pos=w.confusion.cell_rect(2, 2).center().toPoint())
    assert clicked.args == [2, 2] and pane.shown_filter() is None      # a right answer: all again
    assert pane.gallery.items() == found.items
    # The picker (keyboard): its second item is the most frequent kind of mistake.
    combo = pane.filter_combo
    assert combo.count() >= 2 and "All mistakes" in combo.itemText(0)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert pane.shown_filter() == combo.itemData(1)
    assert all((m.truth, m.answer) == combo.itemData(1) for m in pane.gallery.items())


def test_the_confusion_matrix_names_all_ten_classes_readably(qtbot):
    from nnviz.ui.confusion_view import ConfusionView

    v = ConfusionView()
    qtbot.addWidget(v)
    v.resize(330, 180)
    v.set_matrix(np.eye(10, dtype=int) * 30 + 1, [str(i) for i in range(10)])
    v.show()
    qtbot.waitExposed(v)
    image = v.grab().toImage()
    grid = v.cell_rect(0, 0)
    # Ink left of every row (each row's name is drawn, not every other one).
    for row in range(10):
        r = v.cell_rect(row, 0)
        y = int(r.center().y())
        dark = [x for x in range(0, int(grid.left()) - 2) for dy in (-3, -1, 0, 1, 3)
                if image.pixelColor(x, y + dy).lightness() < 128]
        assert dark, row


def test_a_picture_table_without_a_test_split_says_so(qtbot):
    from dataclasses import replace

    from nnviz.core.app.session import Session
    from nnviz.ui.digits_pane import DigitsPane

    s = Session()
    s.load_lesson("digits")
    pane = DigitsPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.set_problem(replace(s.problem, X_test=None, Y_test=None), s.predict)
    pane.setCurrentIndex(1)
    assert pane.gallery.items() == () and "no test split" in pane.summary.text()
    assert pane.bars.probabilities().shape == (10,)     # the pad still asks the network
