"""What the panel screenshot scripts share: the offscreen app, the dock-like frame and saving.

Import it before anything from PySide6 or nnviz: it selects the offscreen platform (unless one
is set) and puts the repository on ``sys.path``.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget  # noqa: E402

from nnviz.ui import theme  # noqa: E402

OUT = ROOT / "shots"


def make_app() -> QApplication:
    """The application with the app's base font size, and the shots folder ready."""
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(theme.BASE_POINT_SIZE)
    app.setFont(font)
    OUT.mkdir(exist_ok=True)
    return app


def framed(widgets: list[QWidget], size: tuple[int, int], spacing: int | None = None) -> QScrollArea:
    """The widgets as the main window's dock holds them: margins of 4, no horizontal scroll bar
    (``spacing`` px between them, else the style's)."""
    body = QWidget()
    lay = QVBoxLayout(body)
    lay.setContentsMargins(4, 4, 4, 4)
    if spacing is not None:
        lay.setSpacing(spacing)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.resize(*size)
    return scroll


def save(widget: QWidget, name: str, passes: int = 5, scroll_to: int = 0) -> None:
    """Show ``widget``, let its layouts settle over ``passes`` event-loop passes (rows shown,
    text rewrapped), scroll a scroll area to ``scroll_to`` and write ``OUT/name``."""
    widget.show()
    for _ in range(passes):
        QApplication.processEvents()
    if isinstance(widget, QScrollArea):
        widget.verticalScrollBar().setValue(scroll_to)
        QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)
