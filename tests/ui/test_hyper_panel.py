"""The hyperparameter panel: filling, one signal per edit with the right ``structural`` flag,
learning-rate validation, guards, and a tooltip on every control."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget,
)

from nnviz.core.engine.settings import Settings
from nnviz.core.engine.training import TrainConfig
from nnviz.core.engine.validation import parse_learning_rate
from nnviz.ui.hyper_panel import MAX_HIDDEN_LAYERS, HyperPanel


def iris() -> Settings:
    return Settings(hidden=(5, 10), hidden_activations=("sigmoid", "sigmoid"), output_activation="sigmoid",
                 use_bias=True, init="uniform", init_value=0.25, seed=7,
                 config=TrainConfig(loss="mse", lr=0.15, optimizer="momentum", batch_size=1, l2=0.003, seed=7))


@pytest.fixture
def panel(qtbot) -> HyperPanel:
    p = HyperPanel()
    qtbot.addWidget(p)
    p.set_settings(iris(), "multiclass", 4, 3)
    p.show()
    return p


def emitted(blocker) -> tuple[Settings, bool]:
    setup, structural = blocker.args
    return setup, structural


def type_lr(qtbot, panel: HyperPanel, text: str) -> None:
    edit = panel.lr_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# --- filling ----------------------------------------------------------------------------------
def test_set_setup_fills_every_control_without_emitting(qtbot):
    p = HyperPanel()
    qtbot.addWidget(p)
    with qtbot.assertNotEmitted(p.settingsEdited):
        p.set_settings(iris(), "multiclass", 4, 3)
    assert [r.neurons.value() for r in p.layer_rows] == [5, 10]
    assert [r.activation.currentData() for r in p.layer_rows] == ["sigmoid", "sigmoid"]
    assert p.summary.text() == "4 → 5 → 10 → 3"
    assert p.output_combo.currentData() == "sigmoid"
    assert p.bias_check.isChecked()
    assert p.init_combo.currentData() == "uniform"
    assert p.init_value_spin.value() == pytest.approx(0.25)
    assert p.seed_spin.value() == 7
    assert p.loss_combo.currentData() == "mse"
    assert p.loss_combo.currentText() == "mean squared error"
    assert p.lr_combo.currentText() == "0.15"
    assert p.optimizer_combo.currentData() == "momentum"
    assert p.batch_spin.value() == 1
    assert p.l2_combo.currentData() == pytest.approx(0.003)
    s = p.settings()
    assert (s.hidden, s.hidden_activations, s.config.lr, s.config.batch_size) == ((5, 10), ("sigmoid", "sigmoid"), 0.15, 1)

    # A second, different setup replaces everything, still without a signal.
    other = Settings(hidden=(), hidden_activations=(), output_activation="linear", use_bias=False, init="constant",
                  config=TrainConfig(loss="bce", lr=0.0005, optimizer="adam", batch_size=0, l2=0.0002))
    with qtbot.assertNotEmitted(p.settingsEdited):
        p.set_settings(other, "binary", 2, 1)
    assert p.layer_rows == []
    assert p.summary.text() == "2 → 1"
    assert not p.bias_check.isChecked()
    assert (p.output_combo.currentData(), p.init_combo.currentData()) == ("linear", "constant")
    assert (p.loss_combo.currentData(), p.optimizer_combo.currentData()) == ("bce", "adam")
    assert p.lr_combo.currentText() == "0.0005"
    assert p.l2_combo.currentText() == "0.0002"   # a value not in the list is added, not rounded
    assert p.settings().config.l2 == pytest.approx(0.0002)


def test_setup_returns_a_copy_and_signals_carry_copies(qtbot, panel):
    a = panel.settings()
    a.config.lr = 99.0
    a.hidden = (1,)
    assert panel.settings().config.lr == 0.15 and panel.settings().hidden == (5, 10)
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        panel.batch_spin.setValue(8)
    sent, _ = emitted(blocker)
    sent.config.batch_size = 1234
    assert panel.settings().config.batch_size == 8


# --- hidden layers ---------------------------------------------------------------------------
def test_add_and_remove_layer_emit_structural(qtbot, panel):
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    s, structural = emitted(blocker)
    assert structural is True
    assert s.hidden == (5, 10, 10)
    assert s.hidden_activations == ("sigmoid",) * 3
    assert len(panel.layer_rows) == 3
    assert panel.summary.text() == "4 → 5 → 10 → 10 → 3"

    for expected in [(5, 10), (5,), ()]:
        with qtbot.waitSignal(panel.settingsEdited) as blocker:
            qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        s, structural = emitted(blocker)
        assert structural is True and s.hidden == expected and len(s.hidden_activations) == len(expected)
    assert panel.summary.text() == "4 → 3"
    assert not panel.remove_button.isEnabled()
    with qtbot.assertNotEmitted(panel.settingsEdited):
        panel.remove_button.click()   # disabled: nothing happens

    # From a perceptron, a new layer gets a sensible default.
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        panel.add_button.click()
    s, _ = emitted(blocker)
    assert s.hidden == (4,) and s.hidden_activations == ("tanh",)


def test_at_most_six_hidden_layers(qtbot, panel):
    while len(panel.settings().hidden) < MAX_HIDDEN_LAYERS:
        with qtbot.waitSignal(panel.settingsEdited):
            panel.add_button.click()
    assert not panel.add_button.isEnabled()
    with qtbot.assertNotEmitted(panel.settingsEdited):
        panel.add_button.click()
    assert len(panel.settings().hidden) == MAX_HIDDEN_LAYERS


def test_one_signal_per_added_layer(qtbot, panel):
    seen = []
    panel.settingsEdited.connect(lambda s, structural: seen.append((s.hidden, structural)))
    panel.add_button.click()
    assert seen == [((5, 10, 10), True)]


def test_change_neurons_and_activation_of_a_layer(qtbot, panel):
    row = panel.layer_rows[1]
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        row.neurons.setFocus()
        qtbot.keyClick(row.neurons, Qt.Key.Key_Up)
    s, structural = emitted(blocker)
    assert structural is True and s.hidden == (5, 11)
    assert panel.summary.text() == "4 → 5 → 11 → 3"

    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        row.activation.setCurrentIndex(row.activation.findData("relu"))
    s, structural = emitted(blocker)
    assert structural is True
    assert s.hidden == (5, 11) and s.hidden_activations == ("sigmoid", "relu")


def test_typed_neuron_count_emits_once_on_enter(qtbot, panel):
    seen = []
    panel.settingsEdited.connect(lambda s, structural: seen.append(s.hidden))
    spin = panel.layer_rows[0].neurons
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "12")
    assert seen == []                     # nothing while typing "1", "12"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert seen == [(12, 10)]


def test_structural_edits_drop_explicit_weights_activation_edits_keep_them(qtbot):
    p = HyperPanel()
    qtbot.addWidget(p)
    start = Settings(hidden=(), hidden_activations=(), weights=([0.1, 0.2],), biases=([0.3],))
    for edit, kept in [
        (lambda: p.output_combo.setCurrentIndex(p.output_combo.findData("tanh")), True),
        (lambda: p.seed_spin.setValue(3), False),
        (lambda: p.init_combo.setCurrentIndex(p.init_combo.findData("he")), False),
        (lambda: p.bias_check.setChecked(False), False),
        (lambda: p.add_button.click(), False),
    ]:
        p.set_settings(start, "binary", 2, 1)
        with qtbot.waitSignal(p.settingsEdited) as blocker:
            edit()
        s, structural = emitted(blocker)
        assert structural is True
        assert (s.weights is not None) == kept
        assert (s.biases is not None) == kept


def test_seed_and_constant_value(qtbot, panel):
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        panel.seed_spin.setValue(42)
    s, structural = emitted(blocker)
    assert structural is True and s.seed == 42 and s.config.seed == 42

    assert panel.init_value_spin.isHidden()          # only shown for a constant start
    with qtbot.waitSignal(panel.settingsEdited):
        panel.init_combo.setCurrentIndex(panel.init_combo.findData("constant"))
    assert not panel.init_value_spin.isHidden()
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        panel.init_value_spin.setValue(0.5)
    s, structural = emitted(blocker)
    assert structural is True and s.init == "constant" and s.init_value == 0.5


# --- training settings -----------------------------------------------------------------------
def test_learning_rate_typed_emits_training_only(qtbot, panel):
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        type_lr(qtbot, panel, "0.05")
    s, structural = emitted(blocker)
    assert structural is False
    assert s.config.lr == 0.05
    assert s.hidden == (5, 10)
    assert panel.lr_error_text() == ""


def test_learning_rate_chosen_from_list(qtbot, panel):
    i = panel.lr_combo.findText("0.003")
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        panel.lr_combo.setCurrentIndex(i)
        panel.lr_combo.activated.emit(i)    # what a click in the drop-down list sends
    s, structural = emitted(blocker)
    assert structural is False and s.config.lr == 0.003
    assert [panel.lr_combo.itemText(k) for k in range(panel.lr_combo.count())] == [
        "0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"]


def test_same_learning_rate_again_emits_nothing(qtbot, panel):
    with qtbot.assertNotEmitted(panel.settingsEdited):
        type_lr(qtbot, panel, "0.15")
        panel.lr_combo.lineEdit().editingFinished.emit()   # leaving the field


@pytest.mark.parametrize("text, words", [("abc", "not a number"), ("-1", "more than 0"),
                                         ("0", "more than 0"), ("5000", "at most 1000"),
                                         ("nan", "not a number"), ("", "Type a number")])
def test_invalid_learning_rate_is_rejected_with_a_message(qtbot, panel, text, words):
    with qtbot.assertNotEmitted(panel.settingsEdited):
        type_lr(qtbot, panel, text)
    message = panel.lr_error_text()
    assert words in message and "kept 0.15" in message
    assert panel.lr_error.isVisible()
    assert panel.settings().config.lr == 0.15
    assert panel.lr_combo.currentText() == "0.15"      # the field shows the value in use again

    # A valid value afterwards clears the message.
    with qtbot.waitSignal(panel.settingsEdited):
        type_lr(qtbot, panel, "0.3")
    assert panel.lr_error_text() == "" and not panel.lr_error.isVisible()


def test_parse_learning_rate():
    assert parse_learning_rate(" 1e-3 ") == (0.001, "")
    assert parse_learning_rate("0,03") == (0.03, "")
    assert parse_learning_rate("1000") == (1000.0, "")
    for bad in ["abc", "0", "-0.1", "1000.5", "inf", "", "1..2"]:
        value, why = parse_learning_rate(bad)
        assert value is None and why


@pytest.mark.parametrize("attr, index_of, field, value", [
    ("optimizer_combo", "adam", "optimizer", "adam"),
    ("loss_combo", "bce", "loss", "bce"),
    ("l2_combo", 0.01, "l2", 0.01),
    ("l1_combo", 0.003, "l1", 0.003),
])
def test_training_combos_emit_training_only(qtbot, panel, attr, index_of, field, value):
    combo = getattr(panel, attr)
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        combo.setCurrentIndex(combo.findData(index_of))
    s, structural = emitted(blocker)
    assert structural is False
    assert getattr(s.config, field) == value
    assert s.hidden == (5, 10) and s.weights is None


def test_batch_size(qtbot, panel):
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        panel.batch_spin.setValue(0)
    s, structural = emitted(blocker)
    assert structural is False and s.config.batch_size == 0
    assert panel.batch_spin.text() == "full batch"
    assert panel.batch_hint.text() == "all rows, then one update"
    panel.batch_spin.setValue(32)
    assert panel.batch_spin.text() == "32"
    assert panel.batch_spin.maximum() == 4096


def test_friendly_names(panel):
    names = [panel.loss_combo.itemText(i) for i in range(panel.loss_combo.count())]
    assert names == ["mean squared error", "binary cross-entropy", "categorical cross-entropy"]
    assert panel.optimizer_combo.itemText(panel.optimizer_combo.findData("sgd")) == "gradient descent"


# --- guards ----------------------------------------------------------------------------------
def _item_enabled(combo: QComboBox, data) -> bool:
    return combo.model().item(combo.findData(data)).isEnabled()


def test_softmax_only_with_more_than_one_output(qtbot, panel):
    assert _item_enabled(panel.output_combo, "softmax")
    panel.set_settings(Settings(), "binary", 2, 1)
    assert not _item_enabled(panel.output_combo, "softmax")
    assert not _item_enabled(panel.loss_combo, "cce")
    assert "two outputs" in panel.output_combo.itemData(panel.output_combo.findData("softmax"),
                                                        Qt.ItemDataRole.ToolTipRole)
    assert _item_enabled(panel.output_combo, "sigmoid")
    panel.set_settings(iris(), "multiclass", 4, 3)
    assert _item_enabled(panel.output_combo, "softmax")


def test_loss_hint_for_mismatched_pairs(panel):
    panel.set_settings(Settings(output_activation="linear", config=TrainConfig(loss="bce")), "binary", 2, 1)
    assert "sigmoid" in panel.loss_hint.text() and panel.loss_hint.isVisible()
    panel.set_settings(Settings(output_activation="sigmoid", config=TrainConfig(loss="bce")), "binary", 2, 1)
    assert not panel.loss_hint.isVisible()


def test_structural_controls_disabled_while_training(qtbot, panel):
    panel.set_enabled_while_training(True)
    for w in [panel.add_button, panel.remove_button, panel.output_combo, panel.init_combo, panel.seed_spin,
              panel.bias_check, *[w for r in panel.layer_rows for w in (r.neurons, r.activation)]]:
        assert not w.isEnabled(), w
    for w in [panel.lr_combo, panel.optimizer_combo, panel.batch_spin, panel.l2_combo, panel.l1_combo,
              panel.loss_combo]:
        assert w.isEnabled(), w
    assert panel.paused_note.isVisible() and "Pause" in panel.paused_note.text()
    # The learning rate can still change mid-run.
    with qtbot.waitSignal(panel.settingsEdited) as blocker:
        type_lr(qtbot, panel, "1")
    assert emitted(blocker)[1] is False
    # A lesson loaded meanwhile keeps the network locked; pausing unlocks it.
    panel.set_settings(iris(), "multiclass", 4, 3)
    assert not panel.layer_rows[0].neurons.isEnabled()
    panel.set_enabled_while_training(False)
    assert panel.layer_rows[0].neurons.isEnabled() and panel.add_button.isEnabled()
    assert not panel.paused_note.isVisible()


def test_wheel_does_not_change_an_unfocused_control(qtbot, panel):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    combo = panel.optimizer_combo
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(centre, QPointF(combo.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    with qtbot.assertNotEmitted(panel.settingsEdited):
        QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before


# --- tooltips and fonts ----------------------------------------------------------------------
def controls_without_tooltip(root: QWidget) -> list[str]:
    """Every button, combo box, spin box and text field whose tooltip (its own, or for the text
    field inside a combo or spin box, its owner's) is empty."""
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)):
            continue
        tip = w.toolTip()
        if not tip and isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            tip = w.parentWidget().toolTip()
        if not tip.strip():
            missing.append(f"{type(w).__name__} {w.objectName() or w.accessibleName() or getattr(w, 'text', lambda: '')()}")
    return missing


def test_every_control_has_a_tooltip(qtbot, panel):
    panel.add_button.click()    # rows made after set_settings get tooltips too
    assert controls_without_tooltip(panel) == []
    assert "step" in panel.lr_combo.toolTip()
    assert "Pause" in panel.paused_note.text()


def test_tooltip_check_would_notice_a_missing_tooltip(qtbot, panel):
    extra = QSpinBox(panel)
    extra.setObjectName("untipped")
    extra2 = QCheckBox("no tip", panel)
    missing = controls_without_tooltip(panel)
    assert any("untipped" in m for m in missing)
    assert any("no tip" in m for m in missing)
    extra.deleteLater()
    extra2.deleteLater()


def test_text_is_at_least_11_points_and_follows_the_window_font(qtbot, panel):
    from PySide6.QtWidgets import QApplication, QLabel

    def sizes() -> set[float]:
        return {w.font().pointSizeF() for w in panel.findChildren(QLabel) + panel.findChildren(QComboBox)
                + [panel.add_button, panel.bias_check] if w is not panel.summary}

    assert min(sizes()) >= 11          # even when the application font is smaller
    app = QApplication.instance()
    old = app.font()
    try:
        big = app.font()
        big.setPointSize(16)
        app.setFont(big)               # the main window's zoom does this
        QApplication.processEvents()   # Qt posts the font change to every widget
        assert sizes() == {16.0}
    finally:
        app.setFont(old)


def test_l1_shows_the_value_in_use_and_explains_itself(qtbot, panel):
    settings = iris()
    settings.config.l1 = 0.0007                     # a lesson's own value: added in order, not rounded
    with qtbot.assertNotEmitted(panel.settingsEdited):
        panel.set_settings(settings, "multiclass", 4, 3)
    assert panel.l1_combo.currentText() == "0.0007"
    assert panel.settings().config.l1 == pytest.approx(0.0007)
    values = [panel.l1_combo.itemData(i) for i in range(panel.l1_combo.count())]
    assert values == sorted(values)
    tip = panel.l1_combo.toolTip()
    assert "zero" in tip and "sub-gradient" in tip and "0.01" in tip   # what it does, at 0, and how it is drawn
