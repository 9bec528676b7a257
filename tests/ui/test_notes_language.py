"""A table's notes follow View → Language: they are made once, when the CSV is prepared, and
written out again in the new language (numbers with its decimal mark) in the Data panel, the
step explainer and the caption; back in English they are English again."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from nnviz.core.teaching.lessons import get_lesson
from nnviz.ui import i18n
from nnviz.ui.main_window import MainWindow

TIMEOUT = 30_000
ROWS = 1_500


@pytest.fixture
def table(tmp_path):
    """1,500 rows, numbers up to 25 million (so unscaled inputs get a note with a decimal), 12
    rows with a missing value, a text target with two classes."""
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 2.5e7, ROWS)
    b = rng.normal(size=ROWS)
    lines = ["size,b,label"]
    for i in range(ROWS):
        cell = "" if i % 125 == 7 else f"{b[i]:.3f}"
        lines.append(f"{a[i]:.1f},{cell},{'yes' if b[i] > 0 else 'no'}")
    path = tmp_path / "shop.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow("or-gate", settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.set_language("en")
    QApplication.processEvents()
    w.close()


def switch(qtbot, w, lang: str) -> None:
    """View → Language → ``lang``, as a person picks it."""
    action = next(a for a in w.language_actions if a.data() == lang)
    action.trigger()
    expected = {"de": "&Datei", "es": "&Archivo", "en": "&File"}[lang]
    qtbot.waitUntil(lambda: w.menuBar().actions()[0].text() == expected, timeout=TIMEOUT)


def panel_notes(w) -> str:
    return w.data_panel.notes_label.text()


def test_the_notes_follow_the_language_switch(qtbot, window, table, tmp_path):
    with qtbot.waitSignal(window.csvOpened, timeout=TIMEOUT) as done:
        window.open_csv(str(table), "label", scaling="none", split=(70, 20, 10))
    assert done.args == [True]
    english = panel_notes(window)
    assert "Dropped 12 of 1,500 rows with missing values (b: 12)." in english
    assert "Inputs as large as 2.5e+07 are not scaled" in english
    assert "Split 70/20/10: 1,042 training, 297 validation, 149 test rows" in english
    assert "Read 1,500 rows" not in english                     # the file line says it
    assert "Read 1,500 rows × 3 columns (2 numeric, 1 text)." in window.explainer.shown_text()

    switch(qtbot, window, "de")
    qtbot.waitUntil(lambda: "Zeilen" in panel_notes(window), timeout=TIMEOUT)
    german = panel_notes(window)
    assert "12 von 1.500 Zeilen mit fehlenden Werten entfernt (b: 12)." in german
    assert "Eingaben bis 2,5e+07 sind nicht skaliert" in german          # the decimal comma
    assert "Aufteilung 70/20/10: 1.042 Trainings-, 297 Validierungs-, 149 Testzeilen" in german
    assert "Dropped" not in german and "Split" not in german
    shown = window.explainer.shown_text()
    assert "1.500 Zeilen × 3 Spalten gelesen (2 numerisch, 1 Text)." in shown
    assert "Eingaben bis 2,5e+07" in shown and "Inputs as large" not in shown
    assert "1.500 Zeilen × 3 Spalten gelesen" in window.caption.texts()[0]
    in_use = window.data_panel.result_label.text()
    assert "1.488" in in_use and not in_use.startswith("In use")          # the line above the notes too
    window.grab().save(str(tmp_path / "window_de.png"))

    switch(qtbot, window, "en")
    qtbot.waitUntil(lambda: "Dropped 12 of 1,500" in panel_notes(window), timeout=TIMEOUT)
    assert panel_notes(window) == english
    assert window.data_panel.result_label.text().startswith("In use: shop.csv: 1,488 rows")
    assert "Inputs as large as 2.5e+07" in window.explainer.shown_text()
    assert "Zeilen" not in window.explainer.shown_text()


def test_a_lesson_from_a_table_shows_its_notes_in_spanish_after_a_switch(qtbot, tmp_path):
    """The iris lesson prepares its CSV while the window is English; its notes in the explainer
    (the table's and the lesson file's own) are Spanish after the switch."""
    w = MainWindow("iris", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    try:
        lesson = get_lesson("iris")
        english, spanish = lesson.notes[0], lesson.in_language("es").notes[0]
        assert english != spanish
        assert "Split 75/10/15" in w.explainer.shown_text() and english in w.explainer.shown_text()
        switch(qtbot, w, "es")
        qtbot.waitUntil(lambda: "Reparto 75/10/15" in w.explainer.shown_text(), timeout=TIMEOUT)
        assert "Split 75/10/15" not in w.explainer.shown_text()
        assert spanish in w.explainer.shown_text() and english not in w.explainer.shown_text()   # the lesson's own
    finally:
        i18n.set_language("en")
        QApplication.processEvents()
        w.close()


def _walk_module():
    """tests/ui/test_i18n_ui.py's check: the catalogued English texts left on screen."""
    spec = importlib.util.spec_from_file_location("i18n_walk_checks", Path(__file__).with_name("test_i18n_ui.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["de", "es"])
def test_no_english_is_left_after_a_switch_with_a_table_loaded(qtbot, window, table, lang):
    """The walk's check on a window whose data came from a CSV read and prepared in English:
    the Data panel (its notes, its In use line), the explainer, the caption and the picker."""
    walk = _walk_module()
    with qtbot.waitSignal(window.csvOpened, timeout=TIMEOUT):
        window.open_csv(str(table), "label", scaling="none", split=(70, 20, 10))
    switch(qtbot, window, lang)
    window.data_dock.raise_()
    QApplication.processEvents()
    texts = walk.visible_texts(window)
    assert any(where.startswith("QLabel") and "1.500" in text for where, text in texts)   # the notes were seen
    left = walk.english_left(texts, lang)
    assert not left, "\n".join(left)
    # Texts the walk's check does not read: the caption's description, the picker's placeholder.
    assert "rows" not in window.caption.texts()[0] and "1.488" in window.caption.texts()[0]
    assert window.lesson_combo.placeholderText() == i18n.translate("SessionSync", "your own data") != "your own data"
