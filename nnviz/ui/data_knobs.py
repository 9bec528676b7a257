"""The TensorFlow Playground's data knobs, in the Settings dock: for a generated set the noise,
the training ratio, the number of points and Regenerate; its feature inputs (x₁, x₂, x₁², x₂²,
x₁·x₂, sin x₁, sin x₂); and, on any two-input plane, which class (or value) a click on the
boundary adds.

The widget only says what a person asked for (signals); the window turns that into session
commands (:meth:`~nnviz.core.app.session.Session.change_data`, a settings change for the inputs).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnviz.core.data.datasets import NOISE_RANGE, POINTS_RANGE, TRAIN_RATIO_RANGE, GeneratedData
from nnviz.core.data.features import FEATURE_NAMES, display_names
from nnviz.ui import theme
from nnviz.ui.panel_kit import (
    ComboBox, DoubleSpinBox, FillsQuietly, FollowsFontChanges, SpinBox, apply_panel_fonts, column, titled_group, wrapped_label,
)
from .i18n import translate

TIPS = {
    "noise": QT_TRANSLATE_NOOP("DataKnobs", "How far the points are scattered from their clean shape (0–50 %). More noise makes "
             "overfitting visible: the training loss keeps falling while the test loss rises."),
    "ratio": QT_TRANSLATE_NOOP("DataKnobs", "The share of the points used for training (10–90 %); the rest are split 40:60 into validation "
             "and test points (the test points are drawn as rings)."),
    "points": QT_TRANSLATE_NOOP("DataKnobs", "How many points the set has."),
    "regenerate": QT_TRANSLATE_NOOP("DataKnobs", "New points of the same kind (the next data seed). The network keeps its weights and "
                  "trains on; Ctrl+Z brings the old points back."),
    "inputs": QT_TRANSLATE_NOOP("DataKnobs", "The network's inputs, computed from x₁ and x₂ (as in TensorFlow Playground). Each one is an "
              "input neuron. With x₁² and x₂² a single neuron can draw a circle. Changing them builds a new "
              "input layer: training starts again from epoch 0 (Ctrl+Z undoes). At least one stays on."),
    "click": QT_TRANSLATE_NOOP("DataKnobs", "A click on the boundary plot adds a training point of this class where you clicked; Shift+click "
             "removes the nearest point. Training goes on with the changed data (Ctrl+Z undoes)."),
}


class DataKnobs(FollowsFontChanges, FillsQuietly, QWidget):
    """Signals: ``dataRequested(GeneratedData, str)`` (new knob values and what changed, in
    words), ``inputsRequested(tuple)`` (canonical feature names, at least one)."""

    dataRequested = Signal(object, str)    # noqa: N815 (Qt naming)
    inputsRequested = Signal(tuple)        # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: GeneratedData | None = None
        self._inputs: tuple[str, ...] = ("x1", "x2")
        self._click_kind: str | None = None
        self._groups: list = []
        outer = column(self, spacing=6)
        self.box, body = titled_group(outer, translate("DataKnobs", "Data"), self._groups, margins=(10, 8, 10, 10))
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)

        # Noise, training ratio, points and Regenerate: one a row, to fit a narrow dock.
        self.knobs = QWidget()
        grid = QGridLayout(self.knobs)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.noise_spin = self._percent_spin(NOISE_RANGE, 5, translate("DataKnobs", TIPS["noise"]))
        self.ratio_spin = self._percent_spin(TRAIN_RATIO_RANGE, 5, translate("DataKnobs", TIPS["ratio"]))
        self.points_spin = SpinBox()
        self.points_spin.setRange(*POINTS_RANGE)
        self.points_spin.setSingleStep(50)
        self.points_spin.setToolTip(translate("DataKnobs", TIPS["points"]))
        self.regenerate_button = QPushButton(translate("DataKnobs", "⟳ Regenerate"))
        self.regenerate_button.setToolTip(translate("DataKnobs", TIPS["regenerate"]))
        self.regenerate_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Space stays Play/Pause
        for row, (text, w) in enumerate(((translate("DataKnobs", "Noise"), self.noise_spin),
                                         (translate("DataKnobs", "Training"), self.ratio_spin),
                                         (translate("DataKnobs", "Points"), self.points_spin))):
            label = QLabel(text)
            label.setToolTip(w.toolTip())
            grid.addWidget(label, row, 0)
            grid.addWidget(w, row, 1)
        grid.addWidget(self.regenerate_button, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        lay.addWidget(self.knobs)
        self.noise_spin.valueChanged.connect(lambda v: self._knob("noise", v / 100, translate("DataKnobs", "noise {0} %").format(v)))
        self.ratio_spin.valueChanged.connect(lambda v: self._knob("train_ratio", v / 100,
                                                                       translate("DataKnobs", "training ratio {0} %").format(v)))
        self.points_spin.valueChanged.connect(lambda v: self._knob("points", int(v), translate("DataKnobs", "{0} points").format(v)))
        self.regenerate_button.clicked.connect(self.regenerate)

        # Feature inputs in two columns (a narrow dock): x₁ x₂ / x₁² x₂² / x₁·x₂ / sin(x₁) sin(x₂).
        self.inputs_row = QWidget()
        irow = QVBoxLayout(self.inputs_row)
        irow.setContentsMargins(0, 0, 0, 0)
        irow.setSpacing(2)
        title = QLabel(translate("DataKnobs", "Inputs"))
        title.setToolTip(translate("DataKnobs", TIPS["inputs"]))
        irow.addWidget(title)
        igrid = QGridLayout()
        igrid.setContentsMargins(0, 0, 0, 0)
        igrid.setHorizontalSpacing(10)
        self.input_boxes: dict[str, QCheckBox] = {}
        places = {"x1": (0, 0), "x2": (0, 1), "x1^2": (1, 0), "x2^2": (1, 1), "x1*x2": (2, 0),
                  "sin(x1)": (3, 0), "sin(x2)": (3, 1)}
        for name, shown in zip(FEATURE_NAMES, display_names(FEATURE_NAMES, ["x1", "x2"])):
            box = QCheckBox(shown)
            box.setToolTip(translate("DataKnobs", TIPS["inputs"]))
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(self._on_input_toggled)
            self.input_boxes[name] = box
            igrid.addWidget(box, *places[name])
        irow.addLayout(igrid)
        lay.addWidget(self.inputs_row)

        # What a click on the plane adds.
        self.click_row = QWidget()
        crow = QHBoxLayout(self.click_row)
        crow.setContentsMargins(0, 0, 0, 0)
        self.click_label = QLabel(translate("DataKnobs", "Click adds"))
        self.click_label.setToolTip(translate("DataKnobs", TIPS["click"]))
        self.class_combo = ComboBox()
        self.class_combo.setToolTip(translate("DataKnobs", TIPS["click"]))
        self.value_spin = DoubleSpinBox()
        self.value_spin.setDecimals(2)
        self.value_spin.setRange(-1e6, 1e6)
        self.value_spin.setSingleStep(0.1)
        self.value_spin.setToolTip(translate("DataKnobs", TIPS["click"]))
        crow.addWidget(self.click_label)
        crow.addWidget(self.class_combo, 1)
        crow.addWidget(self.value_spin, 1)
        lay.addWidget(self.click_row)
        self.click_note = wrapped_label(translate("DataKnobs", "Shift+click removes the nearest point."), theme.MUTED)
        lay.addWidget(self.click_note)
        self.note = wrapped_label("", theme.MUTED, hidden=True)
        lay.addWidget(self.note)
        self._refresh_fonts()
        self.set_state(None, None, None)

    # --- building ---------------------------------------------------------------------------
    @staticmethod
    def _percent_spin(bounds: tuple[float, float], step: int, tip: str) -> SpinBox:
        spin = SpinBox()
        spin.setRange(int(round(bounds[0] * 100)), int(round(bounds[1] * 100)))
        spin.setSingleStep(step)
        spin.setSuffix(" %")
        spin.setToolTip(tip)
        return spin

    def _refresh_fonts(self) -> None:
        if getattr(self, "_groups", None):
            apply_panel_fonts(self, self._groups)


    # --- showing what is loaded ---------------------------------------------------------------
    def set_state(self, data: GeneratedData | None, inputs: tuple[str, ...] | None, click,
                  feature_inputs: bool = False) -> None:
        """Show the loaded data's knobs (``data``: None for a table), the feature inputs in use
        (``inputs``; None hides the toggles) and what a click adds: ``click`` is None (no
        editable plane), ``("classes", names)`` or ``("value", (lo, hi))``. Emits nothing."""
        self._data = data
        with self._quiet():
            self.knobs.setVisible(data is not None)
            if data is not None:
                self.noise_spin.setValue(int(round(data.noise * 100)))
                self.ratio_spin.setValue(int(round(data.train_ratio * 100)))
                self.points_spin.setValue(int(data.points))
            self.inputs_row.setVisible(inputs is not None)
            if inputs is not None:
                self._inputs = tuple(inputs)
                for name, box in self.input_boxes.items():
                    box.setChecked(name in self._inputs)
            self._click_kind = None if click is None else click[0]
            self.click_row.setVisible(click is not None)
            self.click_note.setVisible(click is not None)
            if click is not None:
                kind, what = click
                self.class_combo.setVisible(kind == "classes")
                self.value_spin.setVisible(kind == "value")
                if kind == "classes":
                    keep = self.class_combo.currentIndex()
                    self.class_combo.clear()
                    self.class_combo.addItems(list(what))
                    self.class_combo.setCurrentIndex(keep if 0 <= keep < len(what) else min(1, len(what) - 1))
                else:
                    lo, hi = what
                    self.value_spin.setValue(round((lo + hi) / 2, 2))
        self.setVisible(data is not None or inputs is not None or click is not None)

    def set_enabled_while_training(self, running: bool) -> None:
        """The inputs are the network's input layer: like the network settings they wait for
        Pause. The data knobs and clicks work during a run (training goes on with the new data)."""
        for box in self.input_boxes.values():
            box.setEnabled(not running)
            box.setToolTip((translate("DataKnobs", "Pause (Space) to change the network's inputs.") + " " if running else "")
                           + translate("DataKnobs", TIPS["inputs"]))

    def click_target(self) -> int | float:
        """What a click adds: the chosen class index, or the value for a regression."""
        if self._click_kind == "value":
            return float(self.value_spin.value())
        return max(0, self.class_combo.currentIndex())

    def inputs(self) -> tuple[str, ...]:
        return self._inputs

    def data(self) -> GeneratedData | None:
        return self._data

    # --- a person's edits -------------------------------------------------------------------------
    def regenerate(self) -> None:
        """New points of the same kind: the next data seed."""
        if self._data is not None:
            new = self._data.regenerated()
            self.dataRequested.emit(new, translate("DataKnobs", "new points (data seed {0})").format(new.seed))

    def _knob(self, field: str, value, what: str) -> None:
        if self._filling or self._data is None or getattr(self._data, field) == value:
            return
        self.dataRequested.emit(replace(self._data, **{field: value}), what)

    def _on_input_toggled(self, _checked: bool) -> None:
        if self._filling:
            return
        chosen = tuple(n for n in FEATURE_NAMES if self.input_boxes[n].isChecked())
        if not chosen:   # at least one input stays on
            with self._quiet():
                for name, box in self.input_boxes.items():
                    box.setChecked(name in self._inputs)
            self.note.setText(translate("DataKnobs", "The network needs at least one input: turn another on first."))
            self.note.show()
            return
        self.note.hide()
        self._inputs = chosen
        self.inputsRequested.emit(chosen)
