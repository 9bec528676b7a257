"""Help → Keys (F1) lists the window's and presentation mode's keys as the window has them;
Help → About names the version, the licence and where the data come from."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTextBrowser

from nnviz import __version__
from nnviz.ui import help as help_sheet


def test_f1_opens_the_keys_sheet_with_every_shortcut_of_the_window(qtbot, open_window):
    w = open_window("or-gate", (1024, 768))
    qtbot.keyClick(w.network_view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.objectName() == "keys" and d.isVisible() for d in w.findChildren(QDialog)))
    dialog = next(d for d in w.findChildren(QDialog) if d.objectName() == "keys")
    text = dialog.findChild(QTextBrowser).toPlainText()
    for action in w.actions():
        for key in action.shortcuts():
            assert key.toString() in text, key.toString()
    assert "Step sample" in text and "Ctrl+Right" in text and "Step explainer" in text
    assert "presentation mode" in text and "next beat" in text and "PgDown" in text
    dialog.close()


def test_a_new_shortcut_appears_in_the_sheet_by_itself(qtbot, open_window):
    from PySide6.QtGui import QAction, QKeySequence
    w = open_window("or-gate", (1024, 768))
    extra = QAction("Something new", w)
    extra.setShortcut(QKeySequence("Ctrl+Shift+J"))
    w.addAction(extra)
    assert ("Ctrl+Shift+J", "Something new") in help_sheet.window_keys(w)
    assert not w.presenter.presenting


def test_about_names_version_licence_and_data(qtbot, open_window):
    w = open_window("or-gate", (1024, 768))
    box = help_sheet.show_about(w)
    qtbot.waitExposed(box)
    text = box.text()
    assert __version__ in text and "MIT" in text and "data/README.md" in text and "Fisher" in text
    box.close()
    QApplication.processEvents()
    assert isinstance(box, QMessageBox)
