"""The Data panel's "Prepare" group: the target, its kind, the features, missing values, scaling
and the split, and the button that uses the table with them.

:class:`PrepareChoices` is a mixin of :class:`~nnviz.ui.data_panel.DataPanel` (it builds the
group into the panel and reads the panel's table), kept apart so the panel's own file holds the
reading, the messages and the wiring. The panel provides ``_table``, ``seed``, ``_filling``,
``_checked``, ``_groups``, ``use_data``, ``_update_roles`` and ``_fit_heights``.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QWidget,
)

from nnviz.core.data.csvdata import Table, shown
from nnviz.ui import theme
from nnviz.ui.data_preview import NAME_CHARS, kind_name
from nnviz.ui.panel_kit import ComboBox, SpinBox, column, form_layout, set_colour, titled_group, wrapped_label
from .i18n import translate

FEATURE_LIST_ROWS = 6
# A column named like one of these is the default target (first match in this order wins).
TARGET_NAMES = ("target", "class", "species", "label", "diagnosis", "cultivar", "y", "price")

TARGET_KINDS = ((QT_TRANSLATE_NOOP("PrepareChoices", "auto"), None),
                (QT_TRANSLATE_NOOP("PrepareChoices", "classification"), "classification"),
                (QT_TRANSLATE_NOOP("PrepareChoices", "regression"), "regression"))
MISSING = ((QT_TRANSLATE_NOOP("PrepareChoices", "drop rows"), "drop"), (QT_TRANSLATE_NOOP("PrepareChoices", "fill with mean"), "mean"))
SCALINGS = (
    (QT_TRANSLATE_NOOP("PrepareChoices", "none"), "none"),
    (QT_TRANSLATE_NOOP("PrepareChoices", "divide by max"), "max"),
    (QT_TRANSLATE_NOOP("PrepareChoices", "min-max (0–1)"), "minmax"),
    (QT_TRANSLATE_NOOP("PrepareChoices", "standardize"), "standard"),
    (QT_TRANSLATE_NOOP("PrepareChoices", "one 0–1 range for all (pictures)"), "shared"),
)

TIPS = {
    "target": QT_TRANSLATE_NOOP("PrepareChoices", "The column the network learns to predict (the answer). Usually the last column, "
              "or one named like class, label, species or price."),
    "target_kind": QT_TRANSLATE_NOOP("PrepareChoices", "auto: words or a few whole numbers become classes, other numbers a value to "
                   "predict. classification: predict which class. regression: predict a number."),
    "features": QT_TRANSLATE_NOOP("PrepareChoices", "The columns the network looks at to make its prediction. Text columns are turned "
                "into one 0/1 input per word (one-hot)."),
    "missing": QT_TRANSLATE_NOOP("PrepareChoices", "Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a "
               "chosen column. fill with mean: put the column's average (training rows) in the gap."),
    "scaling": QT_TRANSLATE_NOOP("PrepareChoices", "Networks learn best when every input has a similar size. none: use the numbers as "
               "they are. divide by max: each column's largest value becomes 1. min-max: 0 to 1. "
               "standardize: average 0, typical spread 1. one range for all: the smallest and largest "
               "value of the whole table become 0 and 1, so a picture's pixels keep their look."),
    "split": QT_TRANSLATE_NOOP("PrepareChoices", "How the rows are shared out, in percent: train (the network learns from these), "
             "validation (checked during training) and test (kept aside for the final check)."),
    "use": QT_TRANSLATE_NOOP("PrepareChoices", "Build the network's data from this table with the choices above. The current lesson "
           "is replaced only if this works."),
}


def tip(key: str) -> str:
    """A choice's tooltip in the window's language."""
    return translate("PrepareChoices", TIPS[key])


def default_target(columns: list[str]) -> str | None:
    """A column named like a target (target, class, species, …), else the last column."""
    if not columns:
        return None
    lower = [c.lower().strip() for c in columns]
    for name in TARGET_NAMES:
        if name in lower:
            return columns[lower.index(name)]
    for name in TARGET_NAMES:
        for col, low in zip(columns, lower):
            if name in re.split(r"[^a-z0-9]+", low):
                return col
    return columns[-1]


def default_features(table: Table, target: str) -> list[str]:
    """What ``prepare(features=None)`` uses: numeric columns but the target, not entirely empty."""
    empty = _empty_columns(table)
    return [c for c in table.frame.columns
            if c != target and table.column_kinds.get(c) == "numeric" and c not in empty]


def _empty_columns(table: Table) -> set[str]:
    """Columns with no value at all, worked out once per table (a wide table asks on every click)."""
    cached = getattr(table, "_nnviz_empty_columns", None)
    if cached is None:
        cached = set(table.frame.columns[table.frame.isna().all().to_numpy()])
        table._nnviz_empty_columns = cached
    return cached


class PrepareChoices:
    """The "Prepare" group of the Data panel (see the module docstring)."""

    def _build_choices(self, outer) -> None:
        self.choices_box, body = titled_group(outer, translate("PrepareChoices", "Prepare"), self._groups)
        col = column(body, spacing=8)
        form = form_layout()
        self.target_combo = ComboBox()
        self.target_combo.setToolTip(tip("target"))
        self.target_combo.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(8)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        form.addRow(self._form_label(translate("PrepareChoices", "Target"), tip("target")), self.target_combo)
        self.kind_combo = self._combo(TARGET_KINDS, tip("target_kind"))
        form.addRow(self._form_label(translate("PrepareChoices", "Target kind"), tip("target_kind")), self.kind_combo)
        col.addLayout(form)

        self.features_title = self._form_label(translate("PrepareChoices", "Features"), tip("features"))
        col.addWidget(self.features_title)
        self.feature_list = QListWidget()
        self.feature_list.setToolTip(tip("features"))
        self.feature_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.feature_list.setUniformItemSizes(True)  # a click must not re-measure a thousand rows
        self.feature_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.feature_list.itemChanged.connect(self._on_feature_toggled)
        col.addWidget(self.feature_list)

        form = form_layout()
        self.missing_combo = self._combo(MISSING, tip("missing"))
        form.addRow(self._form_label(translate("PrepareChoices", "Missing values"), tip("missing")), self.missing_combo)
        self.scaling_combo = self._combo(SCALINGS, tip("scaling"))
        self.scaling_combo.setCurrentIndex(self.scaling_combo.findData("standard"))
        form.addRow(self._form_label(translate("PrepareChoices", "Scaling"), tip("scaling")), self.scaling_combo)

        split = QWidget()
        grid = QGridLayout(split)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        self.train_spin = self._split_spin(75, 1, translate("PrepareChoices", "Percent of the rows used for train."))
        self.val_spin = self._split_spin(10, 0, translate("PrepareChoices", "Percent of the rows used for validation."))
        self.test_spin = self._split_spin(15, 0, translate("PrepareChoices", "Percent of the rows used for test."))
        self.split_names = []
        for i, (spin, name) in enumerate(((self.train_spin, translate("PrepareChoices", "train")),
                                          (self.val_spin, translate("PrepareChoices", "validation")),
                                          (self.test_spin, translate("PrepareChoices", "test")))):
            grid.addWidget(spin, 0, i)
            grid.setColumnStretch(i, 1)
            spin.valueChanged.connect(self._update_split_note)
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setToolTip(spin.toolTip())
            set_colour(label, theme.MUTED)
            grid.addWidget(label, 1, i)
            self.split_names.append(label)
        form.addRow(self._form_label(translate("PrepareChoices", "Split %"), tip("split")), split)
        self.split_note = wrapped_label(colour=theme.MUTED, hidden=True)
        form.addRow(self.split_note)
        col.addLayout(form)

        self.use_button = QPushButton(translate("PrepareChoices", "Use this data"))
        self.use_button.setToolTip(tip("use"))
        self.use_button.clicked.connect(self.use_data)
        col.addWidget(self.use_button)
        self.result_label = wrapped_label(selectable=True, hidden=True)
        col.addWidget(self.result_label)

    @staticmethod
    def _form_label(text: str, tip: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(tip)
        return label

    @staticmethod
    def _combo(items, tip: str) -> ComboBox:
        combo = ComboBox()
        for text, data in items:
            combo.addItem(translate("PrepareChoices", text), data)
        combo.setToolTip(tip)
        return combo

    @staticmethod
    def _split_spin(value: int, minimum: int, what: str) -> SpinBox:
        spin = SpinBox()
        spin.setRange(minimum, 100)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setToolTip(what + " " + tip("split"))
        spin.setAccessibleName(what)
        return spin

    def choices(self) -> dict:
        """The choices as ``prepare`` options plus ``target``. ``features`` is None when it is the
        default (every numeric column but the target), so ``prepare`` notes the unused text columns."""
        target = self.target_combo.currentData()
        features = self.checked_features()
        if self._table is not None and target is not None and features == default_features(self._table, target):
            features = None
        return {
            "target": target,
            "features": features,
            "target_kind": self.kind_combo.currentData(),
            "missing": self.missing_combo.currentData(),
            "scaling": self.scaling_combo.currentData(),
            "split": (self.train_spin.value(), self.val_spin.value(), self.test_spin.value()),
            "seed": self.seed,
        }

    def set_choices(self, *, target: str | None = None, features: list[str] | None = None,
                    target_kind: str | None = "", missing: str | None = None,
                    scaling: str | None = None, split: tuple[int, int, int] | None = None) -> None:
        """Set the controls as a person would (for tests and for the window's command line).
        A target that is not a column is ignored; features that are not listed are ignored."""
        if target is not None:
            i = self.target_combo.findData(target)
            if i >= 0:
                self.target_combo.setCurrentIndex(i)
        if features is not None:
            wanted = set(features)
            self._filling = True         # one preview update at the end, not one per column
            try:
                for item in self.feature_items():
                    want = item.data(Qt.ItemDataRole.UserRole) in wanted
                    item.setCheckState(Qt.CheckState.Checked if want else Qt.CheckState.Unchecked)
            finally:
                self._filling = False
            self._update_roles()
        if target_kind != "":
            kind = "classification" if target_kind in ("binary", "multiclass") else target_kind
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        if missing is not None:
            self.missing_combo.setCurrentIndex(max(0, self.missing_combo.findData(missing)))
        if scaling is not None:
            self.scaling_combo.setCurrentIndex(max(0, self.scaling_combo.findData(scaling)))
        if split is not None:
            for spin, v in zip((self.train_spin, self.val_spin, self.test_spin), split):
                spin.setValue(int(round(v)))

    def checked_features(self) -> list[str]:
        """Checked feature columns, in table order (never the target: its row is hidden).
        Kept in a set as boxes are ticked, so a wide table is not walked item by item."""
        if self._table is None:
            return []
        target = getattr(self, "_listed_target", None)
        return [c for c in self._table.frame.columns if c in self._checked and c != target]

    def feature_items(self) -> list[QListWidgetItem]:
        """The feature list's rows a person sees: every column but the target."""
        return [item for item in (self.feature_list.item(i) for i in range(self.feature_list.count()))
                if not item.isHidden()]

    def _fill_choices(self, table: Table | None) -> None:
        """List ``table``'s columns as targets and features, the default target chosen."""
        self._filling = True
        try:
            self.target_combo.clear()
            self.feature_list.clear()
            if table is None:
                return
            columns = [str(c) for c in table.frame.columns]
            for c in columns:
                self.target_combo.addItem(shown(c, NAME_CHARS + 16), c)
                if len(c) > NAME_CHARS + 16:
                    self.target_combo.setItemData(self.target_combo.count() - 1, shown(c, 1000),
                                                  Qt.ItemDataRole.ToolTipRole)
            target = default_target(columns)
            self.target_combo.setCurrentIndex(self.target_combo.findData(target))
            self.kind_combo.setCurrentIndex(0)  # "auto": the kind belongs to a table's target
            self._fill_features(target, None)
        finally:
            self._filling = False

    def _fill_features(self, target: str | None, keep: dict[str, bool] | None) -> None:
        """List every column (the target's row hidden); default-check the numeric ones but the
        target (``keep`` wins). Built once per table: changing the target only hides one row."""
        table = self._table
        self.feature_list.clear()
        self._feature_rows = {}
        self._checked = set()
        if table is None:
            return
        defaults = set(default_features(table, target)) if target is not None else set()
        empty = _empty_columns(table)
        self.feature_list.setUpdatesEnabled(False)
        try:
            for c in table.frame.columns:
                kind = table.column_kinds.get(c, "text")
                name = shown(c, NAME_CHARS + 16)
                text = name if kind == "numeric" else translate("PrepareChoices", "{0} (text → one-hot)").format(name)
                if c in empty:
                    text = translate("PrepareChoices", "{0} (empty)").format(name)
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = c != target and (keep[c] if keep and c in keep else c in defaults)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setToolTip(translate("PrepareChoices", "{0}: {1} column.").format(shown(c, 1000), kind_name(kind))
                                + " " + tip("features"))
                if checked:
                    self._checked.add(c)
                self._feature_rows[c] = self.feature_list.count()
                self.feature_list.addItem(item)
                item.setHidden(c == target)
        finally:
            self.feature_list.setUpdatesEnabled(True)
        self._listed_target = target
        self._fit_heights()

    def _fit_feature_list(self) -> None:
        """The feature list shows FEATURE_LIST_ROWS rows."""
        n = max(1, min(FEATURE_LIST_ROWS, self.feature_list.count()))
        row = self.feature_list.sizeHintForRow(0) if self.feature_list.count() else -1
        if row <= 0:
            row = self.feature_list.fontMetrics().height() + 4
        self.feature_list.setFixedHeight(n * row + 2 * self.feature_list.frameWidth() + 2)

    def _on_target_changed(self, _index: int) -> None:
        """The new target's row is hidden and unchecked; the previous target's row comes back
        with its default state, not checked by accident. Two rows change, whatever the width."""
        if self._filling or self._table is None:
            return
        target = self.target_combo.currentData()
        old = getattr(self, "_listed_target", None)
        rows = getattr(self, "_feature_rows", {})
        self._filling = True
        try:
            if old in rows and old != target:
                item = self.feature_list.item(rows[old])
                default = old in set(default_features(self._table, target))
                item.setCheckState(Qt.CheckState.Checked if default else Qt.CheckState.Unchecked)
                item.setHidden(False)
            if target in rows:
                item = self.feature_list.item(rows[target])
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setHidden(True)
        finally:
            self._filling = False
        self._listed_target = target
        self._update_roles()

    def _on_feature_toggled(self, item) -> None:
        col = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked.add(col)
        else:
            self._checked.discard(col)
        if not self._filling:
            self._update_roles()

    def _update_split_note(self, *_):
        total = self.train_spin.value() + self.val_spin.value() + self.test_spin.value()
        self.split_note.setText(translate("PrepareChoices", "These add up to {0} %; they will be rescaled to 100 %.").format(total))
        self.split_note.setVisible(total != 100)
