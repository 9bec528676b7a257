"""The hyperparameter panel: edits a :class:`~nnviz.core.engine.settings.Settings` with plain controls.

Two groups. **Network** holds what fixes the network's shape and starting weights (hidden layers,
activations, output activation, bias, initialisation, seed); a change there emits
``settingsEdited(settings, True)`` and the window rebuilds the network. **Training** holds what only
changes how the weights move (loss, learning rate, optimizer, batch size, L2, L1); a change there
emits ``settingsEdited(settings, False)`` and training carries on.

Every signal carries a fresh copy of the settings, never the panel's own object. One user action
emits at most one signal: programmatic filling (:meth:`HyperPanel.set_settings`) is guarded,
spin boxes only report a typed value on Enter or focus loss, and an edit that leaves the value
as it was emits nothing. Combo boxes and spin boxes ignore the mouse wheel until they have focus,
so scrolling the panel never changes a setting by accident.
"""
from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget,
)

from nnviz.core.engine.activations import HIDDEN_ACTIVATIONS
from nnviz.core.engine.settings import Settings
from nnviz.core.text import positional
from nnviz.core.engine.validation import parse_learning_rate
from nnviz.core.engine.network import INITS
from nnviz.core.engine.optimizers import OPTIMIZERS
from nnviz.ui import theme
from nnviz.ui.panel_kit import (
    ComboBox, DoubleSpinBox, FillsQuietly, FollowsFontChanges, SpinBox, apply_panel_fonts, column, font_variant,
    form_layout, set_colour, show_text, titled_group, wrapped_label,
)
from .i18n import translate

MAX_HIDDEN_LAYERS = 6
MAX_NEURONS = 64
MAX_BATCH_SIZE = 4096
MAX_SEED = 999_999
# The TensorFlow Playground's choices.
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
L2_CHOICES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
L1_CHOICES = L2_CHOICES
PAUSE_NOTE = QT_TRANSLATE_NOOP("HyperPanel", "Pause to change the network.")
_GROUP_MARGINS = (10, 6, 10, 8)  # a little tighter than panel_kit.GROUP_MARGINS

# name -> (what the list shows, what its tooltip says)
HIDDEN_ACTIVATION_INFO = {
    "sigmoid": ("sigmoid", QT_TRANSLATE_NOOP("HyperPanel", "Squashes the sum into 0…1: a smooth on/off switch.")),
    "tanh": ("tanh", QT_TRANSLATE_NOOP("HyperPanel", "Squashes the sum into −1…1, centred on 0.")),
    "relu": ("ReLU", QT_TRANSLATE_NOOP("HyperPanel", "Keeps a positive sum as it is and turns a negative one into 0.")),
    "linear": (QT_TRANSLATE_NOOP("HyperPanel", "linear"), QT_TRANSLATE_NOOP("HyperPanel", "Passes the sum on unchanged: no bend, so the layer cannot add curves.")),
}
OUTPUT_ACTIVATION_INFO = {
    "sigmoid": ("sigmoid", QT_TRANSLATE_NOOP("HyperPanel", "Each output between 0 and 1: the probability of a yes.")),
    "softmax": ("softmax", QT_TRANSLATE_NOOP("HyperPanel", "The outputs become probabilities that add up to 1, one per class.")),
    "linear": (QT_TRANSLATE_NOOP("HyperPanel", "linear"), QT_TRANSLATE_NOOP("HyperPanel", "The output is the plain sum: any number, for predicting values.")),
    "tanh": ("tanh", QT_TRANSLATE_NOOP("HyperPanel", "Each output between −1 and 1.")),
}
LOSS_INFO = {
    "mse": (QT_TRANSLATE_NOOP("HyperPanel", "mean squared error"),
            QT_TRANSLATE_NOOP("HyperPanel", "Half the squared gap between output and target: small gaps count little, big gaps a lot.")),
    "bce": (QT_TRANSLATE_NOOP("HyperPanel", "binary cross-entropy"),
            QT_TRANSLATE_NOOP("HyperPanel", "For yes/no outputs between 0 and 1: a confident wrong answer costs a lot. Pairs with a sigmoid output.")),
    "cce": (QT_TRANSLATE_NOOP("HyperPanel", "categorical cross-entropy"),
            QT_TRANSLATE_NOOP("HyperPanel", "For one class out of several: minus the log of the probability given to the right class. "
            "Pairs with a softmax output.")),
}
OPTIMIZER_INFO = {
    "sgd": (QT_TRANSLATE_NOOP("HyperPanel", "gradient descent"), QT_TRANSLATE_NOOP("HyperPanel", "Every weight steps against its gradient: learning rate × gradient.")),
    "momentum": (QT_TRANSLATE_NOOP("HyperPanel", "momentum"),
                 QT_TRANSLATE_NOOP("HyperPanel", "Gradient descent that keeps 90 % of the previous step, so it rolls on through flat parts and small bumps.")),
    "adam": ("Adam",
             QT_TRANSLATE_NOOP("HyperPanel", "Sizes each weight's step from the recent size of its gradients; often works with little tuning "
             "(try a learning rate of 0.001–0.01).")),
}
INIT_INFO = {
    "xavier": ("Xavier (Glorot)",
               QT_TRANSLATE_NOOP("HyperPanel", "Random, scaled by the layer sizes so signals neither fade out nor blow up. Good for sigmoid and tanh.")),
    "he": ("He", QT_TRANSLATE_NOOP("HyperPanel", "Random from a bell curve scaled for ReLU layers.")),
    "uniform": (QT_TRANSLATE_NOOP("HyperPanel", "uniform −1…1"), QT_TRANSLATE_NOOP("HyperPanel", "Every weight and bias random between −1 and 1.")),
    "normal": (QT_TRANSLATE_NOOP("HyperPanel", "normal (0, 1)"), QT_TRANSLATE_NOOP("HyperPanel", "Random from a bell curve with mean 0 and spread 1; biases start at 0.")),
    "constant": (QT_TRANSLATE_NOOP("HyperPanel", "constant"),
                 QT_TRANSLATE_NOOP("HyperPanel", "Every weight and bias starts at the same value. Then all neurons of a layer learn the same thing: try it.")),
}

TIPS = {
    "summary": QT_TRANSLATE_NOOP("HyperPanel", "The number of neurons in each layer: inputs on the left, outputs on the right."),
    "neurons": QT_TRANSLATE_NOOP("HyperPanel", "How many neurons hidden layer {n} has. More neurons can draw more complicated "
               "boundaries, but take longer to train."),
    "activation": QT_TRANSLATE_NOOP("HyperPanel", "What each neuron of hidden layer {n} does with its weighted sum. sigmoid: 0…1; "
                  "tanh: −1…1; ReLU: 0 or more; linear: unchanged (no curves)."),
    "add": QT_TRANSLATE_NOOP("HyperPanel", "Add a hidden layer after the last one (at most {max})."),
    "remove": QT_TRANSLATE_NOOP("HyperPanel", "Remove the last hidden layer. With none left, the inputs connect straight to the outputs: a perceptron."),
    "output": QT_TRANSLATE_NOOP("HyperPanel", "What the output neurons do with their sum. sigmoid: a probability 0…1 for each output; "
              "softmax: probabilities over the classes that add up to 1; linear: any number; tanh: −1…1."),
    "bias": QT_TRANSLATE_NOOP("HyperPanel", "A bias is a number added to each neuron's sum. It lets a neuron fire even when every input "
            "is 0. Untick it to see why it is needed."),
    "init": QT_TRANSLATE_NOOP("HyperPanel", "How the weights are chosen before training starts."),
    "init_value": QT_TRANSLATE_NOOP("HyperPanel", "The value every weight and bias starts at."),
    "seed": QT_TRANSLATE_NOOP("HyperPanel", "The number the random generator starts from. The same seed gives the same starting weights "
            "and the same shuffling, so a run can be repeated. Change it to try another start."),
    "loss": QT_TRANSLATE_NOOP("HyperPanel", "How the gap between the network's output and the target is measured. Training makes this number smaller."),
    "lr": QT_TRANSLATE_NOOP("HyperPanel", "How big a step the weights take each update. Too small: learning crawls. "
          "Too large: the loss jumps around or blows up. Pick one or type any number above 0."),
    "optimizer": QT_TRANSLATE_NOOP("HyperPanel", "How each weight's gradient is turned into a step."),
    "batch": QT_TRANSLATE_NOOP("HyperPanel", "How many training rows the network looks at before each weight update. full batch: all rows, "
             "one smooth update per epoch. 1: one sample at a time, quick but noisy. In between: mini-batches."),
    "l2": QT_TRANSLATE_NOOP("HyperPanel", "Weight decay: every update also pulls each weight a little towards 0, in proportion to this "
          "number. Small weights give simpler boundaries; too much and the network cannot learn."),
    "l1": QT_TRANSLATE_NOOP("HyperPanel", "L1 (lasso): every update also pulls each weight towards 0 by the same amount, l1 × sign(w), "
          "however small the weight is. Weights the network does not need are driven to zero, leaving a sparse "
          "network (L2 only shrinks them). At exactly 0 the slope of |w| is undefined: nnviz uses 0 there (the "
          "sub-gradient), so a weight at 0 feels no pull. Plain gradient steps overshoot 0 by about "
          "learning rate × l1, so such weights hover near 0: the diagram draws every |w| < 0.01 as a thin grey "
          "dotted line (about zero)."),
}


class LayerRow:
    """The controls of one hidden layer: its number, a neuron count and an activation."""

    def __init__(self, index: int, neurons: int, activation: str) -> None:
        n = index + 1
        self.label = QLabel(str(n))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.neurons = SpinBox()
        self.neurons.setRange(1, max(MAX_NEURONS, neurons))
        self.neurons.setValue(neurons)
        self.neurons.setToolTip(tip("neurons").format(n=n))
        self.neurons.setAccessibleName(translate("HyperPanel", "Neurons in hidden layer {0}").format(n))
        self.activation = ComboBox()
        _fill_combo(self.activation, HIDDEN_ACTIVATION_INFO, HIDDEN_ACTIVATIONS)
        _select(self.activation, activation)
        self.activation.setToolTip(tip("activation").format(n=n))
        self.activation.setAccessibleName(translate("HyperPanel", "Activation of hidden layer {0}").format(n))

    def widgets(self) -> list[QWidget]:
        return [self.label, self.neurons, self.activation]


EXPLICIT = "explicit"   # the init combo's item for a lesson's own starting weights


def tip(key: str) -> str:
    """A setting's tooltip in the window's language."""
    return translate("HyperPanel", TIPS[key])


def _fill_combo(combo: QComboBox, info: dict[str, tuple[str, str]], names) -> None:
    for name in names:
        text, tip = info.get(name, (name, ""))
        combo.addItem(translate("HyperPanel", text), name)
        if tip:
            combo.setItemData(combo.count() - 1, translate("HyperPanel", tip), Qt.ItemDataRole.ToolTipRole)


def _select(combo: QComboBox, data) -> None:
    """Select the item holding ``data``; an unknown name is added so the settings are still shown."""
    i = combo.findData(data)
    if i < 0:
        combo.addItem(str(data), data)
        i = combo.count() - 1
    combo.setCurrentIndex(i)


def _set_item_enabled(combo: QComboBox, data, enabled: bool, why: str) -> None:
    i = combo.findData(data)
    model = combo.model()
    if i < 0 or not isinstance(model, QStandardItemModel):
        return
    item = model.item(i)
    item.setEnabled(enabled)
    tip = item.data(Qt.ItemDataRole.UserRole + 100)
    if tip is None:  # remember the item's own tooltip once
        tip = item.toolTip()
        item.setData(tip, Qt.ItemDataRole.UserRole + 100)
    item.setToolTip(tip if enabled else f"{why} {tip}".strip())


class HyperPanel(FollowsFontChanges, FillsQuietly, QWidget):
    """Edits a :class:`Settings`. ``settingsEdited(settings, structural)``: ``structural`` is True when
    the network must be rebuilt (shape, activations, bias, initialisation, seed) and False for
    a change that training can carry on with (loss, learning rate, optimizer, batch size, L2).

    When the shape, bias, initialisation or seed changes, explicit starting weights
    (``settings.weights``/``settings.biases``) no longer apply and are dropped; an activation change
    keeps them, since they still fit.
    """

    settingsEdited = Signal(object, bool)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = Settings()
        self._task = "binary"
        self._n_inputs = 2
        self._n_outputs = 1
        self._running = False
        self.layer_rows: list[LayerRow] = []
        self._build()
        self._refresh_fonts()
        self._fill()

    # --- public API --------------------------------------------------------------------------
    def set_settings(self, settings: Settings, task: str, n_inputs: int, n_outputs: int) -> None:
        """Show ``settings`` for a problem with ``n_inputs`` inputs and ``n_outputs`` outputs.
        Emits nothing. The panel keeps its own copy."""
        self._settings = settings.copy()
        self._task = task
        self._n_inputs = int(n_inputs)
        self._n_outputs = int(n_outputs)
        self._fill()

    def settings(self) -> Settings:
        """A copy of the settings as the panel shows it."""
        return self._settings.copy()

    def set_enabled_while_training(self, running: bool) -> None:
        """While training runs only the training controls stay enabled."""
        self._running = bool(running)
        self._update_enabled()

    def retranslate(self) -> None:
        """The window's language changed: the choices' names and tooltips, the numbers in the
        lists (written the new language's way), the hints and the layer rows' tooltips."""
        for combo, info in ((self.output_combo, OUTPUT_ACTIVATION_INFO), (self.init_combo, INIT_INFO),
                            (self.loss_combo, LOSS_INFO), (self.optimizer_combo, OPTIMIZER_INFO),
                            *((row.activation, HIDDEN_ACTIVATION_INFO) for row in self.layer_rows)):
            model = combo.model()
            for k in range(combo.count()):
                text, tip_text = info.get(combo.itemData(k), (None, ""))
                if text is not None:
                    combo.setItemText(k, translate("HyperPanel", text))
                if tip_text and isinstance(model, QStandardItemModel):
                    model.item(k).setData(None, Qt.ItemDataRole.UserRole + 100)
                    model.item(k).setToolTip(translate("HyperPanel", tip_text))
        for combo in (self.lr_combo, self.l2_combo, self.l1_combo):
            for k in range(combo.count()):
                if isinstance(combo.itemData(k), float):
                    combo.setItemText(k, positional(combo.itemData(k)))
        self.add_button.setToolTip(tip("add").format(max=MAX_HIDDEN_LAYERS))
        for i, row in enumerate(self.layer_rows):
            row.neurons.setToolTip(tip("neurons").format(n=i + 1))
            row.activation.setToolTip(tip("activation").format(n=i + 1))
        self._fill()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = column(self, spacing=10)
        self._groups: list[tuple[QGroupBox, QWidget]] = []

        # Network --------------------------------------------------------------------------------
        _, body = titled_group(outer, translate("HyperPanel", "Network"), self._groups, margins=_GROUP_MARGINS)
        col = column(body, spacing=6)

        self.paused_note = wrapped_label(translate("HyperPanel", PAUSE_NOTE), theme.MUTED, hidden=True)
        self.paused_note.setToolTip(translate("HyperPanel", "The network's shape and starting weights can change only while training is paused."))
        col.addWidget(self.paused_note)

        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setToolTip(tip("summary"))
        col.addWidget(self.summary)

        self.layers_title = QLabel(translate("HyperPanel", "Hidden layers"))
        col.addWidget(self.layers_title)
        self._layers_widget = QWidget()
        self._layers_grid = QGridLayout(self._layers_widget)
        self._layers_grid.setContentsMargins(0, 0, 0, 0)
        self._layers_grid.setHorizontalSpacing(8)
        self._layers_grid.setVerticalSpacing(6)
        self._layers_grid.setColumnStretch(1, 2)
        self._layers_grid.setColumnStretch(2, 3)
        self._layer_headers = [QLabel(translate("HyperPanel", "Layer")), QLabel(translate("HyperPanel", "Neurons")), QLabel(translate("HyperPanel", "Activation"))]
        for c, h in enumerate(self._layer_headers):
            set_colour(h, theme.MUTED)
            self._layers_grid.addWidget(h, 0, c, alignment=Qt.AlignmentFlag.AlignCenter if c == 0 else Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self._layers_widget)
        self.no_hidden_note = wrapped_label(
            translate("HyperPanel", "No hidden layer: the inputs connect straight to the outputs (a perceptron)."), theme.MUTED)
        col.addWidget(self.no_hidden_note)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(translate("HyperPanel", "+ Add layer"))
        self.add_button.setToolTip(tip("add").format(max=MAX_HIDDEN_LAYERS))
        self.add_button.clicked.connect(self._add_layer)
        self.remove_button = QPushButton(translate("HyperPanel", "− Remove layer"))
        self.remove_button.setToolTip(tip("remove"))
        self.remove_button.clicked.connect(self._remove_layer)
        for b in (self.add_button, self.remove_button):
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b)
        col.addLayout(buttons)

        form = form_layout()
        col.addSpacing(4)
        col.addLayout(form)
        self.output_combo = ComboBox()
        _fill_combo(self.output_combo, OUTPUT_ACTIVATION_INFO, ("sigmoid", "softmax", "linear", "tanh"))
        self.output_combo.setToolTip(tip("output"))
        self.output_combo.currentIndexChanged.connect(self._on_output)
        form.addRow(translate("HyperPanel", "Output"), self.output_combo)

        self.init_combo = ComboBox()
        _fill_combo(self.init_combo, INIT_INFO, INITS)
        self.init_combo.setToolTip(tip("init"))
        self.init_combo.currentIndexChanged.connect(self._on_init)
        form.addRow(translate("HyperPanel", "Start weights"), self.init_combo)

        self.init_value_spin = DoubleSpinBox()
        self.init_value_spin.setRange(-10.0, 10.0)
        self.init_value_spin.setDecimals(3)
        self.init_value_spin.setSingleStep(0.1)
        self.init_value_spin.setToolTip(tip("init_value"))
        self.init_value_spin.valueChanged.connect(self._on_init_value)
        form.addRow(translate("HyperPanel", "Start value"), self.init_value_spin)
        self._init_value_row = form.rowCount() - 1
        self._network_form = form

        self.seed_spin = SpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setToolTip(tip("seed"))
        self.seed_spin.valueChanged.connect(self._on_seed)
        form.addRow(translate("HyperPanel", "Seed"), self.seed_spin)

        self.bias_check = QCheckBox(translate("HyperPanel", "Use a bias in every neuron"))
        self.bias_check.setToolTip(tip("bias"))
        self.bias_check.toggled.connect(self._on_bias)
        form.addRow(self.bias_check)

        # Training -------------------------------------------------------------------------------
        # Labels above the fields: "categorical cross-entropy" needs the whole width of the dock.
        # Each field adds the gap to the next label itself (see _stack), so a label sits closer
        # to its own field than to the one above.
        _, body = titled_group(outer, translate("HyperPanel", "Training"), self._groups, margins=_GROUP_MARGINS)
        form = form_layout(row_spacing=2, labels_above=True)
        body.setLayout(form)

        self.loss_combo = ComboBox()
        _fill_combo(self.loss_combo, LOSS_INFO, ("mse", "bce", "cce"))
        self.loss_combo.setToolTip(tip("loss"))
        self.loss_combo.currentIndexChanged.connect(self._on_loss)
        self.loss_hint = wrapped_label(colour=theme.MUTED, hidden=True)
        form.addRow(translate("HyperPanel", "Loss"), _stack(self.loss_combo, self.loss_hint))

        self.lr_combo = ComboBox()
        self.lr_combo.setEditable(True)
        self.lr_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lr_combo.setCompleter(None)  # no inline completion: what is typed is what counts
        for v in LEARNING_RATES:
            self.lr_combo.addItem(positional(v), float(v))
        self.lr_combo.setToolTip(tip("lr"))
        self.lr_combo.lineEdit().setToolTip(tip("lr"))
        self.lr_combo.lineEdit().editingFinished.connect(self._on_lr_typed)
        self.lr_combo.lineEdit().textEdited.connect(lambda _text: self._show_lr_error(""))
        self.lr_combo.activated.connect(self._on_lr_chosen)
        self.lr_error = wrapped_label(colour=theme.ERROR_COLOUR, hidden=True)
        form.addRow(translate("HyperPanel", "Learning rate"), _stack(self.lr_combo, self.lr_error))

        self.optimizer_combo = ComboBox()
        _fill_combo(self.optimizer_combo, OPTIMIZER_INFO, OPTIMIZERS)
        self.optimizer_combo.setToolTip(tip("optimizer"))
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        form.addRow(translate("HyperPanel", "Optimizer"), _stack(self.optimizer_combo))

        self.batch_spin = SpinBox()
        self.batch_spin.setRange(0, MAX_BATCH_SIZE)
        self.batch_spin.setSpecialValueText(translate("HyperPanel", "full batch"))
        self.batch_spin.setToolTip(tip("batch"))
        self.batch_spin.valueChanged.connect(self._on_batch)
        self.batch_hint = wrapped_label(colour=theme.MUTED)
        form.addRow(translate("HyperPanel", "Batch size"), _stack(self.batch_spin, self.batch_hint))

        self.l2_combo = ComboBox()
        for v in L2_CHOICES:
            self.l2_combo.addItem(positional(v), float(v))
        self.l2_combo.setToolTip(tip("l2"))
        self.l2_combo.currentIndexChanged.connect(self._on_l2)
        form.addRow(translate("HyperPanel", "L2 (weight decay)"), _stack(self.l2_combo))

        self.l1_combo = ComboBox()
        for v in L1_CHOICES:
            self.l1_combo.addItem(positional(v), float(v))
        self.l1_combo.setToolTip(tip("l1"))
        self.l1_combo.currentIndexChanged.connect(self._on_l1)
        self.l1_hint = wrapped_label(translate("HyperPanel", "drives unneeded weights to 0 (drawn grey dotted)"), theme.MUTED)
        self.l1_hint.setToolTip(tip("l1"))
        form.addRow(translate("HyperPanel", "L1 (sparsity)"), _stack(self.l1_combo, self.l1_hint, bottom=0))

        self._structural_widgets: list[QWidget] = [
            self.output_combo, self.init_combo, self.init_value_spin, self.seed_spin, self.bias_check,
        ]

    # --- fonts ----------------------------------------------------------------------------------
    def _refresh_fonts(self) -> None:
        """Group titles bold and larger, everything else the inherited font but never below
        11 pt. Re-run when the window's text size changes, so zooming reaches the panel."""
        base = apply_panel_fonts(self, self._groups)
        self.summary.setFont(font_variant(base, bold=True, grow=2))
        self.layers_title.setFont(font_variant(base, bold=True))
        self.paused_note.setFont(font_variant(base, italic=True))

    # --- filling --------------------------------------------------------------------------------

    def _fill(self) -> None:
        s, c = self._settings, self._settings.config
        with self._quiet():
            self._rebuild_layer_rows()
            _select(self.output_combo, s.output_activation)
            self._show_init(s)
            self.init_value_spin.setValue(float(s.init_value))
            self.seed_spin.setMaximum(max(MAX_SEED, int(s.seed)))
            self.seed_spin.setValue(int(s.seed))
            self.bias_check.setChecked(bool(s.use_bias))
            _select(self.loss_combo, c.loss)
            self._show_lr(c.lr)
            _select(self.optimizer_combo, c.optimizer)
            self.batch_spin.setMaximum(max(MAX_BATCH_SIZE, int(c.batch_size)))
            self.batch_spin.setValue(int(c.batch_size))
            self._show_l2(c.l2)
            self._show_choice(self.l1_combo, c.l1)
        self._show_lr_error("")
        needs_two = translate("HyperPanel", "Needs at least two outputs.")
        _set_item_enabled(self.output_combo, "softmax", self._n_outputs > 1, needs_two)
        _set_item_enabled(self.loss_combo, "cce", self._n_outputs > 1, needs_two)
        self._update_derived()

    def _rebuild_layer_rows(self) -> None:
        """One row per hidden layer. Rows that stay are refilled, not rebuilt: a new row of
        widgets costs polish and layout, and adding a layer must not stall the window."""
        s = self._settings
        wanted = list(zip(s.hidden, s.hidden_activations))
        while len(self.layer_rows) > len(wanted):
            row = self.layer_rows.pop()
            for w in row.widgets():
                self._layers_grid.removeWidget(w)
                w.hide()
                w.deleteLater()
        for i, (n, act) in enumerate(wanted):
            if i < len(self.layer_rows):
                row = self.layer_rows[i]
                row.neurons.setMaximum(max(MAX_NEURONS, int(n)))
                row.neurons.setValue(int(n))
                _select(row.activation, act)
                continue
            row = LayerRow(i, int(n), act)
            for c, w in enumerate(row.widgets()):
                self._layers_grid.addWidget(w, i + 1, c)
            row.neurons.valueChanged.connect(lambda v, i=i: self._on_neurons(i, v))
            row.activation.currentIndexChanged.connect(lambda _k, i=i: self._on_activation(i))
            self.layer_rows.append(row)

    def _show_lr(self, lr: float) -> None:
        i = next((k for k, v in enumerate(LEARNING_RATES) if math.isclose(v, lr, rel_tol=1e-9)), -1)
        with self._quiet():
            if i >= 0:
                self.lr_combo.setCurrentIndex(i)
            self.lr_combo.setEditText(positional(lr))

    def _show_lr_error(self, message: str) -> None:
        show_text(self.lr_error, message)

    def lr_error_text(self) -> str:
        """The learning-rate message shown under the field, "" when there is none."""
        return "" if self.lr_error.isHidden() else self.lr_error.text()

    @staticmethod
    def _show_choice(combo: QComboBox, value: float) -> None:
        """Select ``value`` in a combo box of numbers, adding it in order when it is not there."""
        i = next((k for k in range(combo.count())
                  if math.isclose(combo.itemData(k), value, rel_tol=1e-9, abs_tol=1e-15)), -1)
        if i < 0:
            i = sum(1 for k in range(combo.count()) if combo.itemData(k) < value)
            combo.insertItem(i, positional(value), float(value))
        combo.setCurrentIndex(i)

    def _show_l2(self, l2: float) -> None:
        i = next((k for k in range(self.l2_combo.count())
                  if math.isclose(self.l2_combo.itemData(k), l2, rel_tol=1e-9, abs_tol=1e-15)), -1)
        if i < 0:  # a lesson's own value: insert it in order
            i = sum(1 for k in range(self.l2_combo.count()) if self.l2_combo.itemData(k) < l2)
            self.l2_combo.insertItem(i, positional(l2), float(l2))
        self.l2_combo.setCurrentIndex(i)

    def _update_derived(self) -> None:
        """Everything that follows from the current settings: summary, notes, hints, enabled states."""
        s, c = self._settings, self._settings.config
        sizes = [self._n_inputs, *s.hidden, self._n_outputs]
        self.summary.setText(" → ".join(str(n) for n in sizes))
        self._layers_widget.setVisible(bool(s.hidden))
        self.no_hidden_note.setVisible(not s.hidden)
        self._network_form.setRowVisible(self._init_value_row, s.init == "constant")
        b = int(c.batch_size)
        self.batch_hint.setText(
            translate("HyperPanel", "all rows, then one update") if b == 0 else
            translate("HyperPanel", "one sample at a time") if b == 1 else
            translate("HyperPanel", "{0} rows per update").format(b))
        show_text(self.loss_hint, self._loss_hint())
        self._update_enabled()

    def _loss_hint(self) -> str:
        s = self._settings
        loss, out = s.config.loss, s.output_activation
        if self._task == "regression" and loss in ("bce", "cce"):
            return translate("HyperPanel", "Cross-entropy is for classes; values usually use mean squared error.")
        if loss == "bce" and out != "sigmoid":
            return translate("HyperPanel", "Works best with a sigmoid output (0…1).")
        if loss == "cce" and out != "softmax":
            return translate("HyperPanel", "Works best with a softmax output.")
        return ""

    def _update_enabled(self) -> None:
        editable = not self._running
        for w in self._structural_widgets:
            w.setEnabled(editable)
        for row in self.layer_rows:
            row.neurons.setEnabled(editable)
            row.activation.setEnabled(editable)
        n = len(self._settings.hidden)
        self.add_button.setEnabled(editable and n < MAX_HIDDEN_LAYERS)
        self.remove_button.setEnabled(editable and n > 0)
        self.paused_note.setVisible(self._running)

    # --- editing --------------------------------------------------------------------------------
    def _edit(self, structural: bool, *, drop_weights: bool = False, config: dict | None = None,
              **fields) -> None:
        """Apply a change made by the user and emit it, unless it changes nothing."""
        old = self._settings
        config = config or {}
        drops_something = drop_weights and old.weights is not None
        if not drops_something and all(getattr(old, k) == v for k, v in fields.items()) and \
                all(getattr(old.config, k) == v for k, v in config.items()):
            return
        new = replace(old, **fields)
        if config:
            new = replace(new, config=replace(old.config, **config))
        if drop_weights:
            new = replace(new, weights=None, biases=None)
        self._settings = new
        self._update_derived()
        self.settingsEdited.emit(new.copy(), structural)

    def _on_neurons(self, i: int, value: int) -> None:
        if self._filling:
            return
        hidden = list(self._settings.hidden)
        hidden[i] = int(value)
        self._edit(True, drop_weights=True, hidden=tuple(hidden))

    def _on_activation(self, i: int) -> None:
        if self._filling:
            return
        acts = list(self._settings.hidden_activations)
        acts[i] = self.layer_rows[i].activation.currentData()
        self._edit(True, hidden_activations=tuple(acts))

    def _add_layer(self) -> None:
        s = self._settings
        if len(s.hidden) >= MAX_HIDDEN_LAYERS:
            return
        n = s.hidden[-1] if s.hidden else 4
        act = s.hidden_activations[-1] if s.hidden_activations else "tanh"
        self._change_layers(s.hidden + (n,), s.hidden_activations + (act,))

    def _remove_layer(self) -> None:
        s = self._settings
        if s.hidden:
            self._change_layers(s.hidden[:-1], s.hidden_activations[:-1])

    def _change_layers(self, hidden: tuple[int, ...], acts: tuple[str, ...]) -> None:
        self._settings = replace(self._settings, hidden=hidden, hidden_activations=acts,
                              weights=None, biases=None)
        with self._quiet():
            self._rebuild_layer_rows()
        self._update_derived()
        self.settingsEdited.emit(self._settings.copy(), True)

    def _on_output(self) -> None:
        if not self._filling:
            self._edit(True, output_activation=self.output_combo.currentData())

    def _show_init(self, s: Settings) -> None:
        """Lessons that start from their tutorial's own numbers (w = [0.1, 0.2], b = 0.3) say so
        rather than naming an initialisation that was not used."""
        i = self.init_combo.findData(EXPLICIT)
        if i >= 0:
            self.init_combo.removeItem(i)
        if s.weights is None:
            _select(self.init_combo, s.init)
            return
        self.init_combo.addItem(translate("HyperPanel", "set by the lesson"), EXPLICIT)
        self.init_combo.setItemData(self.init_combo.count() - 1, translate("HyperPanel", "This lesson starts from the weights its tutorial "
                                    "gives. Pick another choice to start from new ones."), Qt.ItemDataRole.ToolTipRole)
        self.init_combo.setCurrentIndex(self.init_combo.count() - 1)

    def _on_init(self) -> None:
        if self._filling or self.init_combo.currentData() == EXPLICIT:
            return
        self._edit(True, drop_weights=True, init=self.init_combo.currentData())

    def _on_init_value(self, value: float) -> None:
        if not self._filling:
            self._edit(True, drop_weights=True, init_value=float(value))

    def _on_seed(self, value: int) -> None:
        if not self._filling:
            self._edit(True, drop_weights=True, seed=int(value), config={"seed": int(value)})

    def _on_bias(self, checked: bool) -> None:
        if not self._filling:
            self._edit(True, drop_weights=True, use_bias=bool(checked))

    def _on_loss(self) -> None:
        if not self._filling:
            self._edit(False, config={"loss": self.loss_combo.currentData()})

    def _on_optimizer(self) -> None:
        if not self._filling:
            self._edit(False, config={"optimizer": self.optimizer_combo.currentData()})

    def _on_batch(self, value: int) -> None:
        if not self._filling:
            self._edit(False, config={"batch_size": int(value)})

    def _on_l2(self) -> None:
        if not self._filling:
            self._edit(False, config={"l2": float(self.l2_combo.currentData())})

    def _on_l1(self) -> None:
        if not self._filling:
            self._edit(False, config={"l1": float(self.l1_combo.currentData())})

    def _on_lr_chosen(self, index: int) -> None:
        if not self._filling:
            self._commit_lr(self.lr_combo.itemText(index))

    def _on_lr_typed(self) -> None:
        if not self._filling:
            self._commit_lr(self.lr_combo.lineEdit().text())

    def _commit_lr(self, text: str) -> None:
        old = float(self._settings.config.lr)
        value, why = parse_learning_rate(text)
        if value is None:
            self._show_lr_error(translate("HyperPanel", "{0}: kept {1}").format(why, positional(old)))
            self._show_lr(old)
            return
        if value == old:
            # Return reaches the field twice in an editable combo box, and leaving it sends
            # editingFinished again: an unchanged value must not clear a message just shown.
            self._show_lr(old)
            return
        self._show_lr_error("")
        self._show_lr(value)
        self._edit(False, config={"lr": value})


def _stack(field: QWidget, note: QLabel | None = None, bottom: int = 8) -> QWidget:
    """A field, an optional one-line note under it (a hint or an error) and ``bottom`` px of
    space before the next row."""
    w = QWidget()
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, bottom)
    lay.setSpacing(2)
    lay.addWidget(field)
    if note is not None:
        lay.addWidget(note)
    return w
