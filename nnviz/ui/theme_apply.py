"""Puts a theme (:mod:`nnviz.ui.theme`) on screen, live: Qt's palette for every standard
widget, the colours written into style sheets and explicit palettes swapped for the new theme's,
and each of the window's own views re-reading its colours (plots, diagram, explainer).

The views' colours live in :mod:`nnviz.ui.theme`; what paints reads them there when it paints.
What set a colour once (a style sheet, a palette) is found here by the old theme's colour and
given the new theme's colour of the same name, so a label built anywhere follows without its
module knowing about themes.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nnviz.ui import theme

SETTINGS_KEY = "view/theme"
_qt_default: QPalette | None = None    # Qt's palette before a theme replaced it


def qt_palette(name: str) -> QPalette:
    """Qt's palette for theme ``name``: windows, fields, buttons, texts and the selection."""
    c = theme.colours_of(name)
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in ((role.Window, "WINDOW"), (role.Base, "BASE"), (role.AlternateBase, "WINDOW"),
                   (role.Button, "BUTTON"), (role.ToolTipBase, "BASE"), (role.Highlight, "HIGHLIGHT"),
                   (role.WindowText, "TEXT"), (role.Text, "TEXT"), (role.ButtonText, "TEXT"),
                   (role.ToolTipText, "TEXT"), (role.PlaceholderText, "MUTED"), (role.Link, "SECTION_COLOUR")):
        p.setColor(r, QColor(c[key]))
    p.setColor(role.HighlightedText, QColor("#FFFFFF"))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["MUTED"]))
    return p


def window_palette(colour: str) -> QPalette:
    """A palette that sets the window colour alone (a copy of a widget's whole palette would
    pin every other role to the theme it was taken in)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    return palette


def _swaps(old: str, new: str) -> dict[str, str]:
    """Old colour (upper-case hex) → the new theme's colour of the same name."""
    before, after = theme.colours_of(old), theme.colours_of(new)
    swaps: dict[str, str] = {}
    for key, colour in before.items():
        swaps.setdefault(colour.upper(), after[key])
    return {k: v for k, v in swaps.items() if k != v.upper()}


def _recolour(text: str, swaps: dict[str, str]) -> str:
    for old, new in swaps.items():
        if old in text or old.lower() in text:
            text = text.replace(old, new).replace(old.lower(), new)
    return text


def apply_theme(window: QWidget, name: str) -> None:
    """Make ``name`` the theme of the application and of ``window``'s views, now."""
    global _qt_default
    old = theme.current_theme()
    theme.set_theme(name)
    app = QApplication.instance()
    # The light theme is Qt's own palette (what the window always had); the others are ours.
    if name == "light":
        if _qt_default is not None:
            app.setPalette(_qt_default)
    else:
        if _qt_default is None:
            _qt_default = QPalette(app.palette())
        app.setPalette(qt_palette(name))
    # The new palette reaches widgets by posted events: deliver them now, so what follows
    # (and a grab straight after) sees the new colours.
    QApplication.sendPostedEvents()
    swaps = _swaps(old, name)
    if not swaps:
        return
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        sheet = widget.styleSheet()
        if sheet:
            fresh = _recolour(sheet, swaps)
            if fresh != sheet:
                widget.setStyleSheet(fresh)
        if isinstance(widget, QLabel) and "color" in widget.text():
            # Rich text with colours in it (legends, keys): the same swap.
            text = widget.text()
            fresh = _recolour(text, swaps)
            if fresh != text:
                widget.setText(fresh)
        ground = widget.palette().color(QPalette.ColorRole.Window).name().upper()
        if widget.autoFillBackground() and ground in swaps:
            widget.setPalette(window_palette(swaps[ground]))
    for widget in widgets:
        refresh = getattr(widget, "apply_theme", None)
        if callable(refresh):
            refresh()
        widget.update()
