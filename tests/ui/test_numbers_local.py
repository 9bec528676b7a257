"""Numbers the local way in the settings panel: in German the learning rate shows a decimal
comma, and typing "0,05" or "0.05" both give 0.05."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from nnviz.core import tr
from nnviz.core.engine.settings import Settings
from nnviz.core.engine.training import TrainConfig
from nnviz.ui.hyper_panel import HyperPanel


@pytest.fixture
def german_panel(qtbot):
    tr.use_language("de")
    p = HyperPanel()
    qtbot.addWidget(p)
    p.set_settings(Settings(hidden=(4,), hidden_activations=("tanh",), output_activation="sigmoid",
                            config=TrainConfig(lr=0.15)), "binary", 2, 1)
    p.show()
    yield p
    tr.use_language("en")


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["0,05", "0.05"])
def test_typing_a_learning_rate_in_german_gives_0_05(qtbot, german_panel, typed):
    with qtbot.waitSignal(german_panel.settingsEdited) as blocker:
        type_into(qtbot, german_panel.lr_combo.lineEdit(), typed)
    settings, structural = blocker.args
    assert settings.config.lr == 0.05 and structural is False
    assert german_panel.lr_combo.currentText() == "0,05"      # shown the German way


def test_the_choices_are_written_with_a_decimal_comma(german_panel):
    items = [german_panel.lr_combo.itemText(k) for k in range(german_panel.lr_combo.count())]
    assert "0,003" in items and not any("." in t for t in items)


def test_a_wrong_number_keeps_the_old_one_with_a_german_message(qtbot, german_panel):
    with qtbot.assertNotEmitted(german_panel.settingsEdited):
        type_into(qtbot, german_panel.lr_combo.lineEdit(), "1,2,3")
    assert "ist keine Zahl" in german_panel.lr_error_text()
    assert german_panel.settings().config.lr == 0.15
