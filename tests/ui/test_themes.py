"""View → Theme: light, dark and high contrast, live in every view and remembered."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor

from nnviz.ui import theme
from nnviz.ui.main_window import MainWindow

SMALL = (1024, 768)
TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    theme.set_theme("light")


def _lightness(widget) -> float:
    """The mean lightness (0-255) of a widget as drawn."""
    image = widget.grab().toImage()
    total, n = 0.0, 0
    for x in range(5, image.width() - 5, max(image.width() // 12, 1)):
        for y in range(5, image.height() - 5, max(image.height() // 12, 1)):
            total += QColor(image.pixel(x, y)).lightness()
            n += 1
    return total / n


def _choose(w, name: str) -> None:
    action = next(a for a in w.theme_actions.actions() if a.data() == name)
    action.trigger()


def test_dark_theme_reaches_every_view_live_and_is_remembered(qtbot, open_window, tmp_path):
    w = open_window("or-gate", SMALL)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        qtbot.mouseClick(w.step_sample_button, Qt.MouseButton.LeftButton)
    views = {"diagram": w.network_view, "loss": w.loss_plot, "boundary": w.boundary_plot,
             "explainer": w.explainer}
    light = {k: _lightness(v) for k, v in views.items()}
    assert all(v > 150 for v in light.values()), light
    _choose(w, "dark")
    assert theme.current_theme() == "dark" and "dark" in w.statusBar().currentMessage().lower()
    dark = {k: _lightness(v) for k, v in views.items()}
    assert all(v < 110 for v in dark.values()), dark
    assert theme.SECTION_COLOUR in w.explainer.text_view.toHtml().upper() or \
        theme.SECTION_COLOUR.lower() in w.explainer.text_view.toHtml()
    # The next window with the same settings opens dark.
    settings_file = w.settings.fileName()
    w2 = MainWindow("or-gate", settings=QSettings(settings_file, QSettings.Format.IniFormat))
    qtbot.addWidget(w2)
    assert theme.current_theme() == "dark"
    assert next(a for a in w2.theme_actions.actions() if a.isChecked()).data() == "dark"
    w2.close()
    _choose(w, "light")
    back = {k: _lightness(v) for k, v in views.items()}
    assert all(abs(back[k] - light[k]) < 12 for k in views), (light, back)


@pytest.mark.parametrize("name", theme.THEME_NAMES)
def test_every_theme_can_be_chosen(qtbot, open_window, name):
    w = open_window("circle", SMALL)
    _choose(w, name)
    assert theme.current_theme() == name
    assert [a.data() for a in w.theme_actions.actions() if a.isChecked()] == [name]
