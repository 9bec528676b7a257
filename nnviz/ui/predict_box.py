"""Ask the network: type one example in the table's own units and read its answer.

One field per raw column of the problem (a drop-down of the known words for a text column), a
Predict button (Enter works too) and the answer in original units: the de-scaled value for
regression ("price = 83.5"), the class and its probabilities for classification. Typing
mistakes end as one red line naming the column, never an exception.

The window supplies ``predict``: scaled inputs of shape (1, n_features) → network outputs of
shape (1, n_outputs) (or (n_outputs,)).
"""
from __future__ import annotations

from typing import Callable, Mapping

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from nnviz.core.csvdata import encode_inputs
from nnviz.core.problem import DataError, Problem
from nnviz.ui import theme
from nnviz.ui.panel_kit import (
    ComboBox, FollowsFontChanges, apply_panel_fonts, column, font_variant, form_layout, show_text,
    titled_group, wrapped_label,
)

Predictor = Callable[[np.ndarray], np.ndarray]
SAMPLE_ROWS = 10_000   # training rows used to guess a typical value per column

TIPS = {
    "field": "Type a value for '{col}' in the table's own units.",
    "choice": "Pick a value for '{col}'.",
    "predict": "Run these values through the network and show its answer (Enter works too).",
    "answer": "The network's answer, in the table's own units.",
}


def _typical_values(problem: Problem) -> dict[str, str]:
    """A typical value per raw column, in original units: the training mean (rounded when the
    column holds whole numbers), or the most common word of a text column."""
    X = problem.X_train[:SAMPLE_ROWS]
    if X is None or len(X) == 0:
        return {}
    raw = problem.x_scaler.inverse(X)
    recipe = problem.raw_columns or [(n, "numeric", None) for n in problem.feature_names]
    out: dict[str, str] = {}
    j = 0
    for col, kind, cats in recipe:
        if kind == "numeric":
            values = raw[:, j]
            values = values[np.isfinite(values)]
            if len(values):
                mean = float(values.mean())
                whole = np.allclose(values, np.round(values), atol=1e-6)
                out[col] = str(int(round(mean))) if whole else f"{mean:.4g}"
            j += 1
        else:
            k = len(cats or [])
            if k:
                out[col] = (cats or [])[int(np.argmax(raw[:, j : j + k].mean(axis=0)))]
            j += k
    return out


class PredictBox(FollowsFontChanges, QWidget):
    """See the module docstring. ``answered(text)`` is emitted after each successful prediction."""

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem: Problem | None = None
        self._predict: Predictor | None = None
        self._fields: dict[str, QLineEdit | ComboBox] = {}
        self._answer = ""
        self._build()
        self._refresh_fonts()
        self._update_enabled()

    # --- public API --------------------------------------------------------------------------
    def set_problem(self, problem: Problem | None) -> None:
        """One input per raw column of ``problem`` (``problem.feature_names`` when it has no
        ``raw_columns``); values typed for a column of the same name are kept."""
        old = self.values()
        self._problem = problem
        self._clear_fields()
        self._show_answer("", "")
        self._set_error("")
        if problem is None:
            self._update_enabled()
            return
        recipe = problem.raw_columns or [(n, "numeric", None) for n in problem.feature_names]
        typical = _typical_values(problem)
        for col, kind, cats in recipe:
            if kind == "numeric":
                field = QLineEdit()
                field.setToolTip(TIPS["field"].format(col=col))
                if col in typical:
                    field.setPlaceholderText(f"e.g. {typical[col]}")
                field.setText(old.get(col) or typical.get(col, ""))
                field.returnPressed.connect(self.predict)
            else:
                field = ComboBox()
                field.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                field.setMinimumContentsLength(6)
                field.addItems(list(cats or []))
                field.setToolTip(TIPS["choice"].format(col=col))
                want = old.get(col) or typical.get(col)
                if want in (cats or []):
                    field.setCurrentText(want)
            field.setAccessibleName(col)
            label = QLabel(col)
            label.setToolTip(field.toolTip())
            self.form.addRow(label, field)
            self._fields[col] = field
        target = problem.target_name
        self.title_note.setText(f"Type an example; the network predicts {target}.")
        self._refresh_fonts()
        self._update_enabled()

    def set_predictor(self, predict: Predictor | None) -> None:
        """The network's forward pass on scaled inputs, or None (then Predict is disabled)."""
        self._predict = predict
        self._update_enabled()

    def set_values(self, raw_row: Mapping[str, object]) -> None:
        """Fill the fields (e.g. with a lesson's question); unknown names are ignored."""
        for col, value in raw_row.items():
            field = self._fields.get(col)
            if field is None:
                continue
            if isinstance(field, QLineEdit):
                is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
                field.setText(f"{value:g}" if is_number else str(value))
            else:
                text = str(value)
                match = [i for i in range(field.count()) if field.itemText(i).lower() == text.lower()]
                if match:
                    field.setCurrentIndex(match[0])

    def values(self) -> dict[str, str]:
        """What the fields hold, as typed."""
        return {col: (f.text() if isinstance(f, QLineEdit) else f.currentText()) for col, f in self._fields.items()}

    def answer_text(self) -> str:
        """The last answer as ``problem.describe_output`` words ("" when none)."""
        return self._answer

    def error_text(self) -> str:
        """The red one-line message ("" when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def predict(self) -> bool:
        """Run the typed values through the network; True when an answer is shown."""
        problem, predict = self._problem, self._predict
        if problem is None:
            self._set_error("Load a lesson or a table first.")
            return False
        if predict is None:
            self._set_error("There is no network to ask yet.")
            return False
        try:
            x = encode_inputs(problem, self.values())
        except DataError as exc:
            self._show_answer("", "")
            self._set_error(" ".join(str(exc).split()))
            return False
        try:
            y = np.asarray(predict(x), dtype=float)
            y_row = y.reshape(-1, y.shape[-1])[0] if y.ndim else y.reshape(1)
            if not np.all(np.isfinite(y_row)):
                raise ValueError("the network's output is not a number (has training diverged?)")
            text = problem.describe_output(y_row)
        except Exception as exc:  # a network of another shape, a diverged one: say it, don't crash
            self._show_answer("", "")
            self._set_error(" ".join(f"Could not predict: {exc}".split())[:300])
            return False
        self._set_error("")
        self._answer = text
        self._show_answer(*self._split_answer(problem, y_row, text))
        self.answered.emit(text)
        return True

    def refresh(self) -> None:
        """Predict again with the same values if an answer is shown (e.g. after more training)."""
        if self._answer and self.error_label.isHidden():
            self.predict()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.box, self.body = titled_group(column(self), "Ask the network")
        col = column(self.body, spacing=8)

        self.title_note = wrapped_label("Load a lesson or a table to ask the network about an example.", theme.MUTED)
        col.addWidget(self.title_note)

        self.form = form_layout(row_spacing=6)
        col.addLayout(self.form)

        self.predict_button = QPushButton("Predict")
        self.predict_button.setToolTip(TIPS["predict"])
        self.predict_button.clicked.connect(self.predict)
        col.addWidget(self.predict_button)

        self.answer_label = wrapped_label(colour=theme.TEXT, selectable=True, centred=True, hidden=True)
        self.answer_label.setToolTip(TIPS["answer"])
        col.addWidget(self.answer_label)

        self.detail_label = wrapped_label(colour=theme.MUTED, selectable=True, centred=True, hidden=True)
        col.addWidget(self.detail_label)

        self.error_label = wrapped_label(colour=theme.ERROR_COLOUR, selectable=True, hidden=True)
        col.addWidget(self.error_label)

    def _clear_fields(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields = {}

    def _update_enabled(self) -> None:
        ok = self._problem is not None and self._predict is not None
        self.predict_button.setEnabled(ok)
        self.predict_button.setToolTip(TIPS["predict"] if ok else "Needs a lesson or a table, and a network.")

    @staticmethod
    def _split_answer(problem: Problem, y_row: np.ndarray, text: str) -> tuple[str, str]:
        """(big line, small line): the class or value, then the probabilities."""
        if problem.task == "regression":
            return text, ""
        names = problem.class_names or ["0", "1"]
        if problem.task == "binary":
            p = float(y_row[0])
            return (names[1] if p >= 0.5 else names[0]), f"P({names[1]}) = {p:.3f}"
        k = int(np.argmax(y_row))
        probs = "\n".join(f"{n}: {p:.3f}" for n, p in zip(names, y_row))
        return names[k], probs

    def _show_answer(self, big: str, small: str) -> None:
        if not big:
            self._answer = ""
        show_text(self.answer_label, big)
        show_text(self.detail_label, small)

    def _set_error(self, text: str) -> None:
        show_text(self.error_label, text)

    # --- fonts ---------------------------------------------------------------------------------
    def _refresh_fonts(self) -> None:
        base = apply_panel_fonts(self, [(self.box, self.body)])
        self.answer_label.setFont(font_variant(base, bold=True, grow=7))
