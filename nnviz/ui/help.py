"""Help → Keys (F1) and Help → About.

The keys sheet is read from the window itself, so it stays true: every QAction with a shortcut
(menus and window keys) and, for presentation mode, what :meth:`Presenter.command_for` answers
for the keys a clicker or keyboard sends.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from nnviz import __version__
from nnviz.core.text import escape_html
from .i18n import translate

# What presentation mode's answers mean, in the sheet's words.
_PRESENT_WORDS = {"next": QT_TRANSLATE_NOOP("Help", "next beat"), "back": QT_TRANSLATE_NOOP("Help", "previous beat"), "black": QT_TRANSLATE_NOOP("Help", "black screen (any key returns)"),
                  "white": QT_TRANSLATE_NOOP("Help", "white screen (any key returns)"), "start": QT_TRANSLATE_NOOP("Help", "present from the start"),
                  "from here": QT_TRANSLATE_NOOP("Help", "present from here"), "leave": QT_TRANSLATE_NOOP("Help", "leave presentation mode")}
# The keys a clicker or a keyboard sends in presentation mode (asked of the presenter, not assumed).
_PROBED = [(Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier),
           (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Period, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier),
           (Qt.Key.Key_Comma, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)]

DATA_SOURCES = (QT_TRANSLATE_NOOP("Help", "Iris: R.A. Fisher (1936), UCI Machine Learning Repository, public domain. "
                "Palmer Penguins: K. Gorman and the Palmer Station LTER, CC0. "
                "Breast cancer (Wisconsin Diagnostic): Wolberg, Street, Mangasarian (1995), UCI. "
                "Wine: Forina et al., PARVUS, UCI. The diabetes table is synthetic (not medical data); "
                "the 2-D playground sets are generated from a seed. Details: data/README.md."))


def window_keys(window) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window that has a shortcut, menu order."""
    rows = []
    for action in window.actions():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            rows.append((translate("Help", " or ").join(keys), action.text().replace("&", "")))
    return rows


def presentation_keys(presenter) -> list[tuple[str, str]]:
    """(key, what it does) while presenting, as the presenter decides it."""
    was = presenter.presenting
    presenter.presenting = True     # only to ask; nothing runs and it is put back at once
    try:
        answers = [(k, m, presenter.command_for(int(k), m, None)) for k, m in _PROBED]
    finally:
        presenter.presenting = was
    by_command: dict[str, list[str]] = {}
    for key, mods, command in answers:
        if command in _PRESENT_WORDS:
            name = QKeySequence(int(mods.value) | int(key.value)).toString(QKeySequence.SequenceFormat.NativeText)
            by_command.setdefault(command, []).append(name)
    return [(translate("Help", " or ").join(keys), translate("Help", _PRESENT_WORDS[c])) for c, keys in by_command.items()]


def keys_html(window) -> str:
    def table(rows):
        body = "".join(f"<tr><td style='padding-right:16px'><b>{escape_html(k)}</b></td><td>{escape_html(t)}</td></tr>"
                       for k, t in rows)
        return f"<table cellspacing='2'>{body}</table>"
    return ("<h3>" + translate("Help", "In the window") + "</h3>" + table(window_keys(window)) +
            "<h3>" + translate("Help", "In presentation mode (F5)") + "</h3>" + table(presentation_keys(window.presenter)))


def show_keys(window: QWidget) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("Help", "Keys"))
    view = QTextBrowser()
    view.setHtml(keys_html(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(560, 620)
    dialog.setObjectName("keys")
    dialog.show()
    return dialog


def about_text() -> str:
    return (f"<h3>nnviz {escape_html(__version__)}</h3>"
            "<p>" + translate("Help", "Watch a neural network learn: a teaching tool for a class in front of a projector.") + "</p>"
            "<p>" + translate("Help", "Licence: MIT.") + "</p>"
            "<p>" + translate("Help", "Data: {0}").format(escape_html(translate("Help", DATA_SOURCES))) + "</p>")


def show_about(window: QWidget) -> QMessageBox:
    box = QMessageBox(window)
    box.setWindowTitle(translate("Help", "About nnviz"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setObjectName("about")
    box.show()
    return box
