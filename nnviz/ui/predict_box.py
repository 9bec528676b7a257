"""Ask the network: type one example in the table's own units and read its answer.

One field per raw column of the problem (a drop-down of the known words for a text column), a
Predict button (Enter works too) and the answer in original units. A table wider than
:data:`FORM_LIMIT` columns gets one compact two-column table (name | value) instead of a form,
so a thousand columns cost a model, not a thousand widgets; long names are elided there, with
the full name on hover. The answer is given in original units: the de-scaled value for
regression ("price = 83.5"), the class and its probabilities for classification. Typing
mistakes end as one red line naming the column, never an exception.

The window supplies ``predict``: scaled inputs of shape (1, n_features) → network outputs of
shape (1, n_outputs) (or (n_outputs,)).
"""
from __future__ import annotations

from typing import Callable, Mapping

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QPushButton, QSizePolicy, QTableView, QWidget,
)

from nnviz.core.data.csvdata import encode_inputs, shown
from nnviz.core.data.problem import DataError, Problem
from nnviz.core.text import local, one_line, parse_number
from nnviz.ui import theme
from nnviz.ui.panel_kit import (
    ComboBox, FollowsFontChanges, apply_panel_fonts, column, font_variant, form_layout, show_text,
    titled_group, wrapped_label,
)
from .i18n import translate

Predictor = Callable[[np.ndarray], np.ndarray]
SAMPLE_ROWS = 10_000   # training rows used to guess a typical value per column
FORM_LIMIT = 16        # more raw columns than this: a name | value table instead of a form
NAME_CHARS = 24        # names longer than this are elided in the table (full name on hover)
TABLE_ROWS = 8         # rows of the table visible without scrolling
MAX_ERROR_CHARS = 300  # an unexpected error is cut to this many characters, so the box keeps its size

TIPS = {
    "field": QT_TRANSLATE_NOOP("PredictBox", "Type a value for '{col}' in the table's own units."),
    "choice": QT_TRANSLATE_NOOP("PredictBox", "Pick a value for '{col}'."),
    "predict": QT_TRANSLATE_NOOP("PredictBox", "Run these values through the network and show its answer (Enter works too)."),
    "answer": QT_TRANSLATE_NOOP("PredictBox", "The network's answer, in the table's own units."),
}


def _typical_values(problem: Problem) -> dict[str, str]:
    """A typical value per raw column, in original units: the training mean (rounded when the
    column holds whole numbers), or the most common word of a text column. Worked out for all
    columns at once, so a thousand columns cost one pass, not a thousand."""
    X = problem.X_train[:SAMPLE_ROWS]
    if X is None or len(X) == 0:
        return {}
    raw = problem.x_scaler.inverse(X)
    recipe = problem.raw_columns or [(n, "numeric", None) for n in problem.feature_names]
    starts, j = [], 0
    for _, kind, cats in recipe:
        starts.append(j)
        j += 1 if kind == "numeric" else len(cats or [])
    finite = np.isfinite(raw)
    counts = finite.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(finite, raw, 0.0).sum(axis=0) / np.maximum(counts, 1)
        whole = np.all(~finite | (np.abs(raw - np.round(raw)) <= 1e-6), axis=0)
    out: dict[str, str] = {}
    for (col, kind, cats), j in zip(recipe, starts):
        if kind == "numeric":
            if counts[j]:
                mean = float(means[j])
                out[col] = str(int(round(mean))) if whole[j] else local(f"{mean:.4g}")
        elif cats:
            out[col] = cats[int(np.argmax(raw[:, j : j + len(cats)].mean(axis=0)))]
    return out


class ValuesModel(QAbstractTableModel):
    """Two columns: the raw column's name (elided, full on hover) and its value (editable)."""

    def __init__(self, recipe, typical: Mapping[str, str], old: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self.recipe = list(recipe)
        self.names = [col for col, _, _ in self.recipe]
        self.values = [old.get(col) or typical.get(col, "") for col in self.names]
        self.row_of = {col: i for i, col in enumerate(self.names)}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.recipe)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col, kind, cats = self.recipe[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(col, NAME_CHARS) if index.column() == 0 else self.values[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return self.values[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == "numeric":
                return translate("PredictBox", TIPS["field"]).format(col=shown(col, 1000))
            return (translate("PredictBox", TIPS["field"]).format(col=shown(col, 1000)) + " "
                    + translate("PredictBox", "One of: {0}").format(', '.join(cats or [])[:1000]))
        return None

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        self.values[index.row()] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("PredictBox", "column"), translate("PredictBox", "value"))[section]
        return None

    def set_value(self, col: str, text: str) -> None:
        row = self.row_of.get(col)
        if row is not None:
            self.setData(self.index(row, 1), text)


class PredictBox(FollowsFontChanges, QWidget):
    """See the module docstring. ``answered(text)`` is emitted after each successful prediction."""

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem: Problem | None = None
        self._predict: Predictor | None = None
        self._fields: dict[str, QLineEdit | ComboBox] = {}
        self._table: QTableView | None = None    # instead of fields, beyond FORM_LIMIT columns
        self._values_model: ValuesModel | None = None
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
        if len(recipe) > FORM_LIMIT:
            self._build_table(recipe, typical, old)
            recipe = []
        for col, kind, cats in recipe:
            if kind == "numeric":
                field = QLineEdit()
                field.setToolTip(translate("PredictBox", TIPS["field"]).format(col=col))
                if col in typical:
                    field.setPlaceholderText(translate("PredictBox", "e.g. {0}").format(typical[col]))
                field.setText(old.get(col) or typical.get(col, ""))
                field.returnPressed.connect(self.predict)
            else:
                field = ComboBox()
                field.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                field.setMinimumContentsLength(6)
                field.addItems(list(cats or []))
                field.setToolTip(translate("PredictBox", TIPS["choice"]).format(col=col))
                want = old.get(col) or typical.get(col)
                if want in (cats or []):
                    field.setCurrentText(want)
            field.setAccessibleName(col)
            label = QLabel(col)
            label.setToolTip(field.toolTip())
            self.form.addRow(label, field)
            self._fields[col] = field
        target = problem.target_name
        self.title_note.setText(translate("PredictBox", "Type an example; the network predicts {0}.").format(target))
        self._refresh_fonts()
        self._update_enabled()

    def retranslate(self) -> None:
        """The window's language changed: the fields' tooltips and hints, the title's note and
        a shown answer in the new one (the typed values stay)."""
        problem = self._problem
        if problem is None:
            return
        typical = _typical_values(problem)
        for col, field in self._fields.items():
            if isinstance(field, QLineEdit):
                try:   # a number in the field, with the new language's decimal mark (same value)
                    parse_number(field.text())
                    field.setText(local(field.text().replace(",", ".")))
                except ValueError:
                    pass
                field.setToolTip(translate("PredictBox", TIPS["field"]).format(col=col))
                if col in typical:
                    field.setPlaceholderText(translate("PredictBox", "e.g. {0}").format(typical[col]))
            else:
                field.setToolTip(translate("PredictBox", TIPS["choice"]).format(col=col))
            label = self.form.labelForField(field)
            if label is not None:
                label.setToolTip(field.toolTip())
        self.title_note.setText(translate("PredictBox", "Type an example; the network predicts {0}.").format(problem.target_name))
        self.refresh()

    def set_predictor(self, predict: Predictor | None) -> None:
        """The network's forward pass on scaled inputs, or None (then Predict is disabled)."""
        self._predict = predict
        self._update_enabled()

    def set_values(self, raw_row: Mapping[str, object]) -> None:
        """Fill the fields (e.g. with a lesson's question); unknown names are ignored."""
        if self._values_model is not None:
            for col, value in raw_row.items():
                is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
                self._values_model.set_value(col, local(f"{value:g}") if is_number else str(value))
            return
        for col, value in raw_row.items():
            field = self._fields.get(col)
            if field is None:
                continue
            if isinstance(field, QLineEdit):
                is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
                field.setText(local(f"{value:g}") if is_number else str(value))
            else:
                text = str(value)
                match = [i for i in range(field.count()) if field.itemText(i).lower() == text.lower()]
                if match:
                    field.setCurrentIndex(match[0])

    def values(self) -> dict[str, str]:
        """What the fields hold, as typed."""
        if self._values_model is not None:
            return dict(zip(self._values_model.names, self._values_model.values))
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
            self._set_error(translate("PredictBox", "Load a lesson or a table first."))
            return False
        if predict is None:
            self._set_error(translate("PredictBox", "There is no network to ask yet."))
            return False
        try:
            x = encode_inputs(problem, self.values())
        except DataError as exc:
            self._show_answer("", "")
            self._set_error(one_line(exc))
            return False
        try:
            y = np.asarray(predict(x), dtype=float)
            y_row = y.reshape(-1, y.shape[-1])[0] if y.ndim else y.reshape(1)
            if not np.all(np.isfinite(y_row)):
                raise ValueError(translate("PredictBox", "the network's output is not a number (has training diverged?)"))
            text = problem.describe_output(y_row)
        except Exception as exc:  # a network of another shape, a diverged one: say it, don't crash
            self._show_answer("", "")
            self._set_error(one_line(translate("PredictBox", "Could not predict: {0}").format(exc))[:MAX_ERROR_CHARS])
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
        self.box, self.body = titled_group(column(self), translate("PredictBox", "Ask the network"))
        col = column(self.body, spacing=8)

        self.title_note = wrapped_label(translate("PredictBox", "Load a lesson or a table to ask the network about an example."), theme.MUTED)
        col.addWidget(self.title_note)

        self.form = form_layout(row_spacing=6)
        col.addLayout(self.form)

        self.predict_button = QPushButton(translate("PredictBox", "Predict"))
        self.predict_button.setToolTip(translate("PredictBox", TIPS["predict"]))
        self.predict_button.clicked.connect(self.predict)
        col.addWidget(self.predict_button)

        self.answer_label = wrapped_label(colour=theme.TEXT, selectable=True, centred=True, hidden=True)
        self.answer_label.setToolTip(translate("PredictBox", TIPS["answer"]))
        col.addWidget(self.answer_label)

        self.detail_label = wrapped_label(colour=theme.MUTED, selectable=True, centred=True, hidden=True)
        col.addWidget(self.detail_label)

        self.error_label = wrapped_label(colour=theme.ERROR_COLOUR, selectable=True, hidden=True)
        col.addWidget(self.error_label)

    def _clear_fields(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields = {}
        self._table = self._values_model = None   # removeRow deleted the table with its row

    def _build_table(self, recipe, typical: Mapping[str, str], old: Mapping[str, str]) -> None:
        """One table for many columns: a model holds the values, only visible rows are drawn."""
        self._values_model = ValuesModel(recipe, typical, old, self)
        table = QTableView()
        table.setModel(self._values_model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.setAccessibleName(translate("PredictBox", "values to ask about"))
        table.setToolTip(translate("PredictBox", "{0} columns: type a value in the right-hand column.").format(local(f"{len(recipe):,}"))
                         + " " + translate("PredictBox", TIPS["predict"]))
        self._table = table
        self.form.addRow(table)
        self._fit_table()

    def _fit_table(self) -> None:
        table = self._table
        if table is None:
            return
        fm = table.fontMetrics()
        row_h = fm.height() + 8
        table.verticalHeader().setDefaultSectionSize(row_h)
        table.horizontalHeader().resizeSection(0, fm.horizontalAdvance("x" * NAME_CHARS) + 12)
        header_h = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header_h + TABLE_ROWS * row_h + 2 * table.frameWidth() + 2)

    def _update_enabled(self) -> None:
        ok = self._problem is not None and self._predict is not None
        self.predict_button.setEnabled(ok)
        self.predict_button.setToolTip(translate("PredictBox", TIPS["predict"]) if ok
                                          else translate("PredictBox", "Needs a lesson or a table, and a network."))

    @staticmethod
    def _split_answer(problem: Problem, y_row: np.ndarray, text: str) -> tuple[str, str]:
        """(big line, small line): the class or value, then the probabilities."""
        if problem.task == "regression":
            return text, ""
        names = problem.class_names or ["0", "1"]
        if problem.task == "binary":
            p = float(y_row[0])
            return (names[1] if p >= 0.5 else names[0]), f"P({names[1]}) = {local(f'{p:.3f}')}"
        k = int(np.argmax(y_row))
        probs = "\n".join(f"{n}: {local(f'{p:.3f}')}" for n, p in zip(names, y_row))
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
        self._fit_table()
        self.answer_label.setFont(font_variant(base, bold=True, grow=7))
