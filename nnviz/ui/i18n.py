"""The window's language: Qt translators for the UI and the engine, switched while the app runs.

``install(app, code)`` at start picks the language (``--lang``, else the remembered choice, else
the system's when it is one we ship, else English); ``set_language(code)`` switches at once.
Both go through one :class:`Translator` installed on the application: it looks a text up in the
loaded ``.qm`` files (nnviz's UI, nnviz's engine, Qt's own standard buttons) and remembers which
source text every shown text came from. Installing it sends ``QEvent.LanguageChange`` to every
widget; :func:`retranslate_widgets` then re-sets each fixed text (labels, buttons, tooltips,
menus, titles, combo items) from its source, and the views re-render their computed texts.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
    QMenu, QTabBar, QWidget,
)

from ..core import text as core_text
from ..core import tr as core_tr

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}   # each name in its own language
SETTINGS_KEY = "language"
CATALOGUES = ("nnviz_ui", "nnviz_core")
# The name pyside6-lupdate looks for: translate("Context", "Text {0}").format(x) everywhere in the UI.
translate = QCoreApplication.translate


class Translator(QTranslator):
    """The app's one translator: the loaded catalogues in order, and a memory of which
    (context, source) each translated text came from, so a shown text can be put back into
    another language without the code that set it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.catalogues: list[QTranslator] = []
        # every (context, source) a text came from, first seen first: "Daten" is both "Data"
        # (a dock's title) and "data" (a plot's legend)
        self.origin: dict[str, list[tuple[str, str]]] = {}

    def translate(self, context, source, disambiguation=None, n=-1):
        found = ""
        for catalogue in self.catalogues:
            found = catalogue.translate(context, source, disambiguation, n)
            if found:
                break
        if context and source:
            for text in (found or source, source):
                seen = self.origin.setdefault(text, [])
                if (context, source) not in seen:
                    seen.append((context, source))
        return found or None     # None is Qt's null string: "not here", the source text is used

    def isEmpty(self):
        return False


_translator: Translator | None = None
_current = "en"
_loaded: dict[str, list[QTranslator]] = {}     # each language's catalogues, loaded once and kept


def translator() -> Translator:
    """The app's translator, installed on first use (English until a language is set)."""
    global _translator
    if _translator is None:
        _translator = Translator(QCoreApplication.instance())
        QCoreApplication.installTranslator(_translator)
        core_tr.set_translator(QCoreApplication.translate)
    return _translator


def local(text: str) -> str:
    """A number written the Python way ("12,345.5", "93.4%") as the window's language writes
    it ("12.345,5" in German), when the engine knows the decimal mark; else unchanged."""
    swap = getattr(core_text, "local", None)
    return swap(text) if swap is not None else text


def shown(lesson):
    """``lesson`` with its title, caption and notes in the current language where its file
    gives them (the engine's ``Lesson.in_language``), else as it is."""
    in_language = getattr(lesson, "in_language", None)
    return in_language() if in_language is not None else lesson


def current() -> str:
    return _current


def system_language() -> str:
    """The system locale's language if it is one nnviz speaks, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(app=None, code: str | None = None, settings: QSettings | None = None) -> str:
    """At start: ``code`` (from ``--lang``), else the remembered language, else the system's."""
    settings = settings if settings is not None else QSettings("nnviz", "nnviz")
    if code not in LANGUAGES:
        saved = settings.value(SETTINGS_KEY, "")
        code = saved if saved in LANGUAGES else system_language()
    set_language(code, settings=None)
    return code


def set_language(code: str, settings: QSettings | None = None) -> None:
    """Switch every text to ``code`` now (and remember it in ``settings`` if given)."""
    global _current
    if code not in LANGUAGES:
        code = "en"
    t = translator()
    if code not in _loaded:
        catalogues = []
        if code != "en":
            places = [(f"{name}_{code}", str(I18N_DIR)) for name in CATALOGUES]
            places.append((f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
            for name, folder in places:
                catalogue = QTranslator(t)
                if catalogue.load(name, folder):   # a missing file is tolerated: that part stays English
                    catalogues.append(catalogue)
        _loaded[code] = catalogues
    # A new list, never a changed one: the worker thread may be looking a text up in the old.
    t.catalogues = list(_loaded[code])
    _current = code
    # The engine's language (its decimal mark and lesson texts follow it) where the engine has
    # one; else its decimal-mark switch, if it has that.
    follow = getattr(core_tr, "set_language", None)
    if follow is not None:
        follow(code)
    elif getattr(core_text, "set_decimal_comma", None) is not None:
        core_text.set_decimal_comma(code in ("de", "es"))
    if settings is not None:
        settings.setValue(SETTINGS_KEY, code)
    # Re-installing sends QEvent.LanguageChange to every widget.
    QCoreApplication.removeTranslator(t)
    QCoreApplication.installTranslator(t)


MEMO = "_i18n_sources"     # a widget's own record: field → (context, source, text it was given)


def _likely_origin(text: str) -> tuple[str, str] | None:
    """The (context, source) ``text`` most likely came from. Of several, the ones whose source
    begins in the same case as ``text`` (a title "Daten" from "Data", not from "data"), then the
    first seen."""
    found = translator().origin.get(text) or []
    if len(found) > 1 and text[:1].isalpha():
        same = [o for o in found if o[1][:1].isupper() == text[:1].isupper()]
        found = same or found
    return found[0] if found else None


def _redo(obj, key: str, getter, setter) -> None:
    """Put one fixed text of ``obj`` into the current language. Its source is the one ``obj``
    remembers from the last switch while the text is still that one (two sources can share a
    translation: "Daten" is both "Data" and "data"), else the translator's memory of it."""
    text = getter()
    if not text:
        return
    memo = obj.property(MEMO) or {}
    known = memo.get(key)
    origin = known[:2] if known is not None and known[2] == text else _likely_origin(text)
    if origin is None:
        return
    new = QCoreApplication.translate(*origin)
    memo[key] = (*origin, new)
    obj.setProperty(MEMO, memo)
    if new != text:
        setter(new)


def retranslate_widgets(root: QWidget) -> None:
    """Put every fixed text under ``root`` (itself included) into the current language:
    labels, buttons, tooltips, window and group titles, menus and actions, tab titles, combo
    items, spin box prefixes and suffixes, placeholders. Computed texts are the views' own."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        _redo(w, "tip", w.toolTip, w.setToolTip)
        _redo(w, "status", w.statusTip, w.setStatusTip)
        if w.isWindow() or isinstance(w, QDockWidget):
            _redo(w, "title", w.windowTitle, w.setWindowTitle)
        if isinstance(w, (QLabel, QAbstractButton)):
            _redo(w, "text", w.text, w.setText)
        if isinstance(w, QGroupBox):
            _redo(w, "group", w.title, w.setTitle)
        if isinstance(w, QMenu):
            _redo(w, "menu", w.title, w.setTitle)
        if isinstance(w, QLineEdit):
            _redo(w, "placeholder", w.placeholderText, w.setPlaceholderText)
        if isinstance(w, QAbstractSpinBox):
            _redo(w, "special", w.specialValueText, w.setSpecialValueText)
            for name in ("prefix", "suffix"):
                if hasattr(w, name):
                    _redo(w, name, getattr(w, name), getattr(w, "set" + name.capitalize()))
        if isinstance(w, QComboBox):
            _redo(w, "placeholder", w.placeholderText, w.setPlaceholderText)
            for i in range(w.count()):
                _redo(w, f"item {i}", lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
                tip = w.itemData(i, 3)   # Qt.ItemDataRole.ToolTipRole
                if isinstance(tip, str):
                    _redo(w, f"item tip {i}", lambda tip=tip: tip, lambda t, i=i: w.setItemData(i, t, 3))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                _redo(w, f"tab {i}", lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
                _redo(w, f"tab tip {i}", lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
    for a in root.findChildren(QAction):
        _redo(a, "text", a.text, a.setText)
        _redo(a, "tip", a.toolTip, a.setToolTip)
        _redo(a, "icon text", a.iconText, a.setIconText)


def language_menu(window, menu: QMenu, on_switch) -> list[QAction]:
    """View → Language: one radio action per language, named in its own language."""
    from PySide6.QtGui import QActionGroup
    group = QActionGroup(window)
    actions = []
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True)
        action.setData(code)
        action.setChecked(code == _current)
        action.triggered.connect(lambda _checked=False, c=code: on_switch(c))
        group.addAction(action)
        menu.addAction(action)
        actions.append(action)
    return actions
