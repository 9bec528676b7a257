"""A sample beat names a row as the file has it: the diagram shows that row, its inputs in
original units under their names, the scaled numbers in the nodes. Clicker keys only."""
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnviz.core.data.problem import row_position
from nnviz.core.teaching.beats import script_for
from nnviz.ui.main_window import MainWindow

TIMEOUT = 60_000
K = Qt.Key


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _beat(qtbot, w, key):
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        QTest.keyClick(QApplication.focusWidget() or w, key)
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)


def _to_sample_beat(qtbot, w, lesson):
    w.load_lesson(lesson)
    _beat(qtbot, w, K.Key_F5)
    script = script_for(lesson)
    target = next(i for i, b in enumerate(script.beats, 1) if b.action == "sample")
    while w.presenter.player.position < target:
        _beat(qtbot, w, K.Key_PageDown)
    return script.beats[target - 1]


def test_the_house_row_shows_its_bedrooms_and_quality_in_original_units(qtbot, window):
    beat = _to_sample_beat(qtbot, window, "house")
    assert beat.param("index") == 1 and window.sample_spin.value() == 0
    qtbot.waitUntil(lambda: any("= 2" in t for t in window.network_view.shown_labels()), timeout=TIMEOUT)
    labels = window.network_view.shown_labels()
    assert labels[0].endswith("\n= 2") and labels[1].endswith("\n= 7")


def test_the_iris_row_is_the_files_row_wherever_the_split_put_it(qtbot, window):
    beat = _to_sample_beat(qtbot, window, "iris")
    row = beat.param("index")
    spot = row_position(window.session.problem, row)
    assert window.sample_spin.value() == spot and spot != row - 1
    # Row 52 of iris.csv is 6.4, 3.2, 4.5, 1.5 cm.
    qtbot.waitUntil(lambda: any("= 6.4" in t for t in window.network_view.shown_labels()), timeout=TIMEOUT)
    values = [t.split("\n= ")[1] for t in window.network_view.shown_labels()[:4]]
    assert values == ["6.4", "3.2", "4.5", "1.5"]
