"""The window in German and in Spanish: no English text left, nothing clipped, and back again.

The English texts are the source texts of the shipped ``.ts`` files (the UI's and, when it is
there, the engine's): a text on screen that equals one of them (or fills one with numbers)
was not translated. A text whose translation is the same word ("Training", "Seed", " MB") is
fine, and so are the names on the allow-list. The walk covers every visible widget's text,
tooltip and title, every menu and action, tab titles, combo items, spin box affixes, the help
and about dialogs, the Data panel, the step explainer and presentation mode.

The walk runs on a 1024×768 screen (GUIDE §6: an offscreen configfile), in a child pytest as
tests/ui/test_presentation_guard.py does; the layout checks of tests/ui/test_window_layout.py
run in this process, in both languages.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
    QMenu, QTabBar, QTextBrowser, QWidget,
)

from nnviz.ui import i18n
from nnviz.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "nnviz" / "i18n"
SCREEN = (1024, 768)
TIMEOUT = 30_000
LANGUAGES = ("de", "es")
ENGINE_SHIPPED = (I18N / "nnviz_core_de.ts").exists()   # the engine's words have their own catalogue
# Names and symbols that are the same in every language (never marked for translation).
ALLOWED = {"ReLU", "Adam", "MSE", "nnviz", "sigmoid", "tanh", "softmax", "linear", "Xavier (Glorot)", "He",
           "x", "y", "x1", "x2", "MB", "pt", "PNG", "SVG", "CSV", "GIF", "PyTorch", "R²", "Esc", "F5"}


def _catalogue(lang: str) -> dict[str, str]:
    """English source → translation for every finished message of the shipped ``.ts`` files."""
    out: dict[str, str] = {}
    for name in ("nnviz_ui", "nnviz_core"):
        path = I18N / f"{name}_{lang}.ts"
        if not path.exists():
            continue
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("obsolete", "vanished"):
                out[source] = translation.text or ""
    return out


def _clean(text: str) -> str:
    return re.sub(r"&(?=\S)", "", text).strip()


def _pattern(source: str) -> re.Pattern | None:
    """A source text with placeholders as a pattern its filled-in form matches; None when the
    fixed part is too short to tell (e.g. "{0}: {1}")."""
    parts = re.split(r"\{[^{}]*\}", _clean(source))
    if sum(len(re.findall(r"[A-Za-z]", p)) for p in parts) < 5:
        return None
    return re.compile(".*?".join(re.escape(p) for p in parts), re.DOTALL)


def english_texts(lang: str) -> tuple[set[str], list[re.Pattern]]:
    """The English texts that must not be seen in ``lang``: fixed ones and filled-in patterns."""
    fixed, patterns = set(), []
    for source, translation in _catalogue(lang).items():
        if translation == source or _clean(source) in ALLOWED or not re.search("[A-Za-z]{2}", source):
            continue
        if re.search(r"\{[^{}]*\}", source):
            pattern = _pattern(source)
            if pattern is not None:
                patterns.append(pattern)
        else:
            fixed.add(_clean(source))
    return fixed, patterns


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    out = [("menu", menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        out.append(("action", action.text()))
        if action.toolTip() and _clean(action.toolTip()) != _clean(action.text()):
            out.append(("action tooltip", action.toolTip()))
        if action.menu() is not None:
            out += menu_texts(action.menu())
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the person can see or hover under ``root``."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if w.toolTip():
            out.append((where + " tooltip", w.toolTip()))
        if w.isWindow() or isinstance(w, QDockWidget):
            out.append((where + " title", w.windowTitle()))
        if isinstance(w, (QLabel, QAbstractButton)) and w.text():
            out.append((where, w.text()))
        if isinstance(w, QGroupBox):
            out.append((where + " title", w.title()))
        if isinstance(w, QLineEdit) and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            out.append((where + " placeholder", w.placeholderText()))
        if isinstance(w, QAbstractSpinBox):
            for name in ("prefix", "suffix", "specialValueText"):
                if hasattr(w, name):
                    out.append((f"{where} {name}", getattr(w, name)()))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                out.append((f"{where} item", w.itemText(i)))
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    out.append((f"{where} item tooltip", tip))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                out += [(f"{where} tab", w.tabText(i)), (f"{where} tab tooltip", w.tabToolTip(i))]
        if isinstance(w, QTextBrowser) or type(w).__name__ == "QTextEdit":
            out.append((where + " document", w.toPlainText()))
    if hasattr(root, "statusBar"):
        out.append(("status line", root.statusBar().currentMessage()))
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                out += [(f"menu {action.menu().title()}", t) for _, t in menu_texts(action.menu())]
    return [(where, plain(t)) for where, t in out if t]


def english_left(texts: list[tuple[str, str]], lang: str) -> list[str]:
    fixed, patterns = english_texts(lang)
    found = []
    for where, text in texts:
        if where.endswith("document") and not ENGINE_SHIPPED:
            continue    # the step's explanation is the engine's words: checked once its catalogue ships
        for line in text.splitlines() or [text]:
            line = _clean(line)
            if not line or line in ALLOWED:
                continue
            if line in fixed or any(p.fullmatch(line) for p in patterns):
                found.append(f"{where}: {line!r}")
    return sorted(set(found))


def translated_left(texts: list[tuple[str, str]], lang: str) -> list[str]:
    """Texts of ``lang``'s catalogue still shown after switching back to English."""
    shown = {_clean(line) for _, t in texts for line in t.splitlines()}
    catalogue = _catalogue(lang)
    english = {_clean(s) for s in catalogue}      # "Training" is English too
    return sorted(t for s, t in catalogue.items()
                  if t and len(_clean(t)) > 3 and _clean(t) in shown and _clean(t) not in english)


# ----------------------------------------------------------------------------- the walk
def _on_projector() -> bool:
    screen = QGuiApplication.primaryScreen()
    return screen is not None and (screen.size().width(), screen.size().height()) == SCREEN


def test_on_a_1024x768_screen(tmp_path, qapp):
    """This file's walk, again, in a child pytest whose offscreen screen is 1024×768."""
    if _on_projector():
        pytest.skip("already on the 1024×768 screen: the tests below run here")
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", __file__],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    tail = (done.stdout + done.stderr)[-6000:]
    assert done.returncode == 0, tail
    assert " passed" in done.stdout and " skipped" in done.stdout, tail


@pytest.fixture
def window(qtbot, tmp_path):
    """The window at 1024×768 with its own settings; English again afterwards."""
    w = MainWindow("iris", settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    i18n.set_language("en")
    QApplication.processEvents()
    if w.presenter.presenting:
        w.presenter.leave()
    w.close()


def switch(qtbot, w, lang: str) -> None:
    """View → Language → ``lang``, as a person picks it, and wait for the texts to follow."""
    action = next(a for a in w.language_actions if a.data() == lang)
    action.trigger()
    file_menu = w.menuBar().actions()[0]
    expected = {"de": "&Datei", "es": "&Archivo", "en": "&File"}[lang]
    qtbot.waitUntil(lambda: file_menu.text() == expected, timeout=TIMEOUT)
    for _ in range(3):
        QApplication.processEvents()


def _step(qtbot, w, button) -> None:
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def _walk(qtbot, w) -> list[tuple[str, str]]:
    """Every text of the window, its Data tab, the explainer, the help dialogs and presentation mode."""
    texts = visible_texts(w)
    w.data_dock.raise_()
    QApplication.processEvents()
    texts += visible_texts(w)
    _step(qtbot, w, w.step_sample_button)         # the first step opens the explainer
    qtbot.waitUntil(lambda: w.explainer.isVisible(), timeout=TIMEOUT)
    texts += visible_texts(w)
    from nnviz.ui import help as help_sheet
    for dialog in (help_sheet.show_keys(w), help_sheet.show_about(w)):
        qtbot.waitExposed(dialog)
        texts += [(f"dialog {where}", t) for where, t in visible_texts(dialog)]
        dialog.close()
    w.presenter.start(True, size=SCREEN)
    QApplication.processEvents()
    tabs = w.presenter.bottom_tabs.tabBar()
    if tabs.isVisible():      # the views' tabs on a short screen: every title whole, no scroll arrows
        assert sum(tabs.tabRect(i).width() for i in range(tabs.count())) <= tabs.width(), \
            [tabs.tabText(i) for i in range(tabs.count())]
    for _ in range(3):
        texts += [(f"presenting {where}", t) for where, t in visible_texts(w)]
        w.presenter.next()
        qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
        QApplication.processEvents()
    texts += [(f"presenting {where}", t) for where, t in visible_texts(w)]
    w.presenter.leave()
    QApplication.processEvents()
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_is_left_in_the_window(qtbot, window, lang):
    if not _on_projector():
        pytest.skip("needs the 1024×768 screen (test_on_a_1024x768_screen runs it)")
    switch(qtbot, window, lang)
    assert window.settings.value(i18n.SETTINGS_KEY) == lang       # remembered
    texts = _walk(qtbot, window)
    assert len(texts) > 200
    explain = window.explainer_dock.toggleViewAction().text()
    assert explain == i18n.translate("WindowBuilder", "Step &explainer") != "Step &explainer"   # not the dock's title
    left = english_left(texts, lang)
    assert not left, "\n".join(left)
    switch(qtbot, window, "en")
    back = visible_texts(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Training", "&View", "&Help"]
    assert window.play_button.text() == "▶ Play"
    assert window.explainer_dock.toggleViewAction().text() == "Step &explainer"
    assert translated_left(back, lang) == []


def test_the_check_finds_an_untranslated_text(qtbot, window):
    """The walk must be able to fail: an English text in a German window is found."""
    if not _on_projector():
        pytest.skip("needs the 1024×768 screen (test_on_a_1024x768_screen runs it)")
    switch(qtbot, window, "de")
    window.reset_button.setToolTip("Back to the same starting weights, epoch 0 (R).")
    window.speed_value.setText("Epoch 12")
    left = english_left(visible_texts(window), "de")
    assert any("Back to the same starting weights" in t for t in left)
    assert any("Epoch 12" in t for t in left)


@pytest.mark.parametrize("typed", ["0,05", "0.05"])
def test_a_typed_number_takes_a_comma_or_a_point_in_german(qtbot, open_window, typed):
    """The "or at" loss target, typed as a person types it (real keys to the focused box)."""
    if _on_projector():
        pytest.skip("runs on the suite's own screen")
    w = open_window("or-gate", SCREEN)
    try:
        switch(qtbot, w, "de")
        box = w.target_loss
        box.setFocus()
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
        assert box.value() == pytest.approx(0.05)
        assert w.session.settings.config.target_loss == pytest.approx(0.05)
    finally:
        i18n.set_language("en")
        QApplication.processEvents()


# ----------------------------------------------------------------------------- the layout, in each language
def _layout_module():
    spec = importlib.util.spec_from_file_location("window_layout_checks", Path(__file__).with_name("test_window_layout.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("lesson", ["or-gate", "house", "iris", "digits"])
def test_the_layout_holds_in_each_language(qtbot, open_window, lesson, lang):
    """tests/ui/test_window_layout.py's checks with the longer texts: every control at its
    minimum size or more, no text cut, the plots at a useful height, before and after a step."""
    if _on_projector():
        pytest.skip("runs on the suite's own screen, as test_window_layout.py does")
    layout = _layout_module()
    w = open_window(lesson, SCREEN)
    try:
        switch(qtbot, w, lang)
        for moment in ("before the step", "after the step"):
            faults = layout._layout_faults(w)
            assert not faults, f"{moment}: " + "\n".join(faults)
            assert w.fit_toolbar(), moment        # the toolbar fits, its epoch on screen
            assert w.loss_plot.height() >= layout.MIN_PLOT_PX and w.boundary_plot.height() >= layout.MIN_PLOT_PX
            assert w.network_view.height() >= layout.MIN_PLOT_PX, moment
            if moment == "before the step":
                _step(qtbot, w, w.step_sample_button)
                qtbot.waitUntil(lambda: w.explainer.isVisible(), timeout=TIMEOUT)
    finally:
        i18n.set_language("en")
        QApplication.processEvents()


def test_a_title_shared_by_two_sources_follows_its_own(qtbot, tmp_path):
    """Started in German, "Daten" is both the Data tab's title and a plot's "data"; switched to
    Spanish the tab must read "Datos" (it read "datos", from the plot's word, before)."""
    i18n.set_language("de")
    try:
        w = MainWindow("or-gate", settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(*SCREEN)
        w.show()
        qtbot.waitExposed(w)
        assert w.data_dock.windowTitle() == "Daten"
        assert i18n.translate("CurvePlot", "data") == "Daten"    # what a curve plot's legend asks
        switch(qtbot, w, "es")
        assert w.data_dock.windowTitle() == "Datos"
        tabs = [bar.tabText(i) for bar in w.findChildren(QTabBar) for i in range(bar.count())]
        assert "Datos" in tabs and "datos" not in tabs
    finally:
        i18n.set_language("en")
        QApplication.processEvents()


def test_the_lesson_left_is_named_in_the_language_on_screen(qtbot, open_window):
    """After training, another lesson's status says where Ctrl+Z goes back to, with the
    lesson's title in German, not the file's English one."""
    w = open_window("or-gate", SCREEN)
    try:
        switch(qtbot, w, "de")
        _step(qtbot, w, w.step_button)
        assert w.load_lesson("xor")
        status = w.statusBar().currentMessage()
        assert "ODER-Gatter" in status and "OR gate" not in status, status
    finally:
        i18n.set_language("en")
        QApplication.processEvents()
