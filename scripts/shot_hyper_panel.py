"""Render the hyperparameter panel offscreen to shots/hyper_panel.png, to look at it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_hyper_panel.py

The panel sits in a scroll area without a horizontal scroll bar, as in the main window's dock,
for an Iris-like setup (4 inputs, hidden (5, 10) sigmoid, 3 outputs). Also writes
hyper_panel_running.png (training running: network controls disabled), hyper_panel_error.png
(a rejected learning rate, a constant initialisation and a perceptron) and hyper_panel_narrow.png
(a 290 px wide dock).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget  # noqa: E402

from nnviz.core.experiment import Setup  # noqa: E402
from nnviz.core.training import TrainConfig  # noqa: E402
from nnviz.ui import theme  # noqa: E402
from nnviz.ui.hyper_panel import HyperPanel  # noqa: E402

OUT = ROOT / "shots"
SIZE = (330, 760)

IRIS = Setup(hidden=(5, 10), hidden_activations=("sigmoid", "sigmoid"), output_activation="sigmoid",
             init="uniform", seed=0,
             config=TrainConfig(loss="mse", lr=0.15, optimizer="sgd", batch_size=1, epochs=100))


def framed(panel: HyperPanel, size: tuple[int, int]) -> QScrollArea:
    """The panel as the main window's dock holds it: margins of 4, no horizontal scroll bar."""
    body = QWidget()
    lay = QVBoxLayout(body)
    lay.setContentsMargins(4, 4, 4, 4)
    lay.addWidget(panel)
    lay.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.resize(*size)
    return scroll


def save(widget: QWidget, name: str) -> None:
    widget.show()
    for _ in range(30):  # layouts settle over a few passes (rows shown, text rewrapped)
        QApplication.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(theme.BASE_POINT_SIZE)
    app.setFont(font)
    OUT.mkdir(exist_ok=True)

    panel = HyperPanel()
    panel.set_setup(IRIS, "multiclass", 4, 3)
    area = framed(panel, SIZE)
    save(area, "hyper_panel.png")

    panel.set_enabled_while_training(True)
    save(area, "hyper_panel_running.png")
    panel.set_enabled_while_training(False)

    other = HyperPanel()
    other.set_setup(Setup(hidden=(), hidden_activations=(), init="constant", init_value=0.5,
                          config=TrainConfig(loss="cce", lr=0.05, batch_size=16, l2=0.0005)), "binary", 2, 1)
    area2 = framed(other, SIZE)
    area2.show()
    edit = other.lr_combo.lineEdit()
    edit.selectAll()
    QTest.keyClicks(edit, "abc")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    save(area2, "hyper_panel_error.png")

    narrow = HyperPanel()
    narrow.set_setup(IRIS, "multiclass", 4, 3)
    area3 = framed(narrow, (290, 760))
    save(area3, "hyper_panel_narrow.png")


if __name__ == "__main__":
    main()
