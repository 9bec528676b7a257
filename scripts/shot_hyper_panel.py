"""Render the hyperparameter panel offscreen to shots/hyper_panel.png, to look at it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_hyper_panel.py

The panel sits in a scroll area without a horizontal scroll bar, as in the main window's dock,
for an Iris-like setup (4 inputs, hidden (5, 10) sigmoid, 3 outputs). Also writes
hyper_panel_running.png (training running: network controls disabled), hyper_panel_error.png
(a rejected learning rate, a constant initialisation and a perceptron) and hyper_panel_narrow.png
(a 290 px wide dock).
"""
from __future__ import annotations

from _shot_common import framed, make_app, save  # first: sets up the path and the platform

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from nnviz.core.engine.settings import Settings
from nnviz.core.engine.training import TrainConfig
from nnviz.ui.hyper_panel import HyperPanel

SIZE = (330, 760)
PASSES = 30  # layouts settle over a few passes (rows shown, text rewrapped)

IRIS = Settings(hidden=(5, 10), hidden_activations=("sigmoid", "sigmoid"), output_activation="sigmoid",
             init="uniform", seed=0,
             config=TrainConfig(loss="mse", lr=0.15, optimizer="sgd", batch_size=1, epochs=100))


def main() -> None:
    app = make_app()  # noqa: F841 (held so the application lives)

    panel = HyperPanel()
    panel.set_settings(IRIS, "multiclass", 4, 3)
    area = framed([panel], SIZE)
    save(area, "hyper_panel.png", PASSES)

    panel.set_enabled_while_training(True)
    save(area, "hyper_panel_running.png", PASSES)
    panel.set_enabled_while_training(False)

    other = HyperPanel()
    other.set_settings(Settings(hidden=(), hidden_activations=(), init="constant", init_value=0.5,
                          config=TrainConfig(loss="cce", lr=0.05, batch_size=16, l2=0.0005)), "binary", 2, 1)
    area2 = framed([other], SIZE)
    area2.show()
    edit = other.lr_combo.lineEdit()
    edit.selectAll()
    QTest.keyClicks(edit, "abc")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    save(area2, "hyper_panel_error.png", PASSES)

    narrow = HyperPanel()
    narrow.set_settings(IRIS, "multiclass", 4, 3)
    area3 = framed([narrow], (290, 760))
    save(area3, "hyper_panel_narrow.png", PASSES)


if __name__ == "__main__":
    main()
