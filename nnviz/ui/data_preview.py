"""The Data panel's preview: the first rows of a table, each column's name and kind in the header.

:class:`PreviewModel` formats the cells as they are first drawn and shades the target column,
greying the columns the network will not see; :class:`PreviewView` shows it read-only and sizes its
columns once per table (one width for all when the table is wide).
"""
from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

from nnviz.core.data.csvdata import Table, printable, shown
from nnviz.ui import theme
from nnviz.ui.i18n import translate
from nnviz.ui.panel_kit import WheelNeedsFocus

PREVIEW_ROWS = 20
PREVIEW_HEIGHT_ROWS = 7          # rows visible without scrolling
NAME_CHARS = 16                  # longer column names are elided on screen (the full name on hover)
CELL_CHARS = 40                  # longer preview cells are elided (the full text on hover)
FIT_COLUMNS = 40                 # up to this many preview columns are sized to their contents


def _format_cell(value, kind: str) -> str | None:
    """Text for a preview cell, None for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if kind == "numeric" and isinstance(value, (int, float)):
        return format(float(value), ".6g")
    return printable(str(value))



def kind_name(kind: str) -> str:
    """A column's kind (numeric, text) in the window's language."""
    return {"numeric": translate("DataPreview", "numeric"), "text": translate("DataPreview", "text")}.get(kind, kind)

class _LazyCells:
    """``cells[row][col]`` as :func:`_format_cell` text, formatted on first use."""

    def __init__(self, values, kinds: list[str]) -> None:
        self._values, self._kinds = values, kinds
        self._rows = [_LazyRow(self, r) for r in range(len(values))]

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, row: int) -> "_LazyRow":
        return self._rows[row]


class _LazyRow:
    def __init__(self, cells: _LazyCells, row: int) -> None:
        self._cells, self._row = cells, row
        self._done: dict[int, str | None] = {}

    def __getitem__(self, col: int) -> str | None:
        if col not in self._done:
            self._done[col] = _format_cell(self._cells._values[self._row, col], self._cells._kinds[col])
        return self._done[col]

    def __len__(self) -> int:
        return len(self._cells._kinds)


class PreviewModel(QAbstractTableModel):
    """The first rows of a table as text; the header shows each column's name and kind.
    The target column is shaded; columns that are neither target nor feature are grey."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._kinds: list[str] = []
        self._cells: list[list[str | None]] = []
        self._first_row = 1
        self._target: str | None = None
        self._features: set[str] = set()

    def set_table(self, table: Table | None, n_rows: int = PREVIEW_ROWS) -> None:
        self.beginResetModel()
        if table is None:
            self._columns, self._kinds, self._cells = [], [], []
        else:
            head = table.frame.head(n_rows)
            self._columns = [str(c) for c in head.columns]
            self._kinds = [table.column_kinds.get(c, "text") for c in head.columns]
            # Cells are formatted when first drawn: a wide table shows a few of its thousands.
            self._cells = _LazyCells(head.to_numpy(dtype=object), self._kinds)
        self.endResetModel()

    rolesChanged = Signal()  # noqa: N815 the header's colours changed: its view repaints itself

    def set_roles(self, target: str | None, features: list[str]) -> None:
        """Shade the target, grey the unused columns. Only the cells whose role changed are
        redrawn; the header is repainted, not told its data changed (which would make it measure
        all of a thousand sections again)."""
        old_target, old_features = self._target, self._features
        self._target, self._features = target, set(features)
        if not self._columns:
            return
        changed = (old_features ^ self._features) | ({old_target, target} if old_target != target else set())
        index = {c: i for i, c in enumerate(self._columns)} if len(changed) > 8 else None
        last_row = max(0, len(self._cells) - 1)
        for col in changed:
            if col is None:
                continue
            i = index.get(col) if index is not None else (self._columns.index(col) if col in self._columns else None)
            if i is None:
                continue
            self.dataChanged.emit(self.index(0, i), self.index(last_row, i))
        self.rolesChanged.emit()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._columns)

    def _role_colours(self, col: str):
        if col == self._target:
            return QColor("#DCE9F5"), QColor(theme.TEXT)
        if col in self._features:
            return None, QColor(theme.TEXT)
        return None, QColor("#A0A0A0")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._cells[index.row()][index.column()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "NA" if value is None else shown(value, CELL_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("DataPreview", "{0}: missing").format(shown(col, 200)) if value is None else f"{shown(col, 200)}: {shown(value, 1000)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if self._kinds[index.column()] == "numeric" else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._role_colours(col)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.ERROR_COLOUR) if value is None else self._role_colours(col)[1]
        if role == Qt.ItemDataRole.FontRole and value is None:
            f = QFont()
            f.setItalic(True)
            return f
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if section >= len(self._columns):
            return None
        col, kind = self._columns[section], self._kinds[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{shown(col, NAME_CHARS)}\n{kind_name(kind)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            what = translate("DataPreview", "the column to predict") if col == self._target else (
                translate("DataPreview", "a feature") if col in self._features else translate("DataPreview", "not used"))
            return translate("DataPreview", "{0}: {1} column, {2}").format(shown(col, 1000), kind_name(kind), what)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._role_colours(col)[1]
        return None

    def column_header(self, section: int) -> str:
        return self.headerData(section, Qt.Orientation.Horizontal) or ""


class PreviewView(WheelNeedsFocus, QTableView):
    """Shows a :class:`PreviewModel`, read-only. Scrolls horizontally with the wheel only when it
    has focus, so the dock keeps scrolling."""

    def __init__(self, model: PreviewModel) -> None:
        super().__init__()
        self.setModel(model)
        model.rolesChanged.connect(self.horizontalHeader().viewport().update)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        # Interactive, not ResizeToContents: that mode measures every cell of every column at each
        # change (slow for a wide table); columns are sized once when a table is shown.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_height(self) -> None:
        """Room for the header and PREVIEW_HEIGHT_ROWS rows."""
        fm = self.fontMetrics()
        row_h = fm.height() + 6
        self.verticalHeader().setDefaultSectionSize(row_h)
        header_h = 2 * fm.height() + 10
        self.horizontalHeader().setMinimumHeight(header_h)
        scroll_h = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(header_h + PREVIEW_HEIGHT_ROWS * row_h + scroll_h + 4)

    def size_columns(self) -> None:
        """Narrow tables: each column fits its contents. Wide ones: one width for all (names are
        elided), since measuring a thousand columns would freeze the panel."""
        n = self.model().columnCount()
        if n <= FIT_COLUMNS:
            self.resizeColumnsToContents()
            return
        width = self.horizontalHeader().fontMetrics().horizontalAdvance("x" * NAME_CHARS) + 16
        header = self.horizontalHeader()
        header.setDefaultSectionSize(width)
        for i in range(n):
            header.resizeSection(i, width)
