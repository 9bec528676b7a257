"""The Data panel: open a person's CSV table, look at it, choose what to predict, use it.

Two steps, as in the tutorials. **Open** reads the file in the background
(:class:`~nnviz.workers.csv_worker.CsvRunner`, with a progress bar and a Cancel button) and shows
a preview of the first rows, each column's kind and what was tidied. **Use this data** turns the
table into a :class:`~nnviz.core.problem.Problem` with the chosen target, features, missing-value
rule, scaling and split, and emits ``problemReady(problem, description)``.

Nothing here raises at a person: a file that is not a table, or choices that cannot make a
problem, end as one red line in the panel and one ``message`` for the status bar, and the app
keeps its current lesson and model (``problemReady`` is simply not emitted).
"""
from __future__ import annotations

import html
import math
import re
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QMenu, QProgressBar, QPushButton, QSizePolicy, QTableView,
    QToolButton, QWidget,
)

from nnviz.core.csvdata import Table, printable, shown
from nnviz.core.problem import Problem
from nnviz.ui import theme
from nnviz.ui.panel_kit import (
    ComboBox, FollowsFontChanges, SpinBox, WheelNeedsFocus, apply_panel_fonts, column, font_variant,
    form_layout, set_colour, show_text, titled_group, wrapped_label,
)
from nnviz.workers.csv_worker import CsvRunner, one_line, prepare_job, read_job

RECENT_KEY = "recent_csv"
MAX_RECENT = 8
PREVIEW_ROWS = 20
PREVIEW_HEIGHT_ROWS = 7          # rows visible without scrolling
FEATURE_LIST_ROWS = 6
DROP_SUFFIXES = (".csv", ".tsv", ".txt")
# A column named like one of these is the default target (first match in this order wins).
TARGET_NAMES = ("target", "class", "species", "label", "diagnosis", "cultivar", "y", "price")
OK_COLOUR = "#1B6E3A"            # dark green: a problem is in use
NAME_CHARS = 16                  # longer column names are elided on screen (the full name on hover)
CELL_CHARS = 40                  # longer preview cells are elided (the full text on hover)
FIT_COLUMNS = 40                 # up to this many preview columns are sized to their contents

TARGET_KINDS = (("auto", None), ("classification", "classification"), ("regression", "regression"))
MISSING = (("drop rows", "drop"), ("fill with mean", "mean"))
SCALINGS = (
    ("none", "none"),
    ("divide by max", "max"),
    ("min-max (0–1)", "minmax"),
    ("standardize", "standard"),
)

TIPS = {
    "open": "Open a table saved as CSV (comma-separated values): one row per example, one column "
            "per measurement, and one column holding what the network should predict.",
    "recent": "Open one of the tables you opened before.",
    "cancel": "Stop reading the file. Whatever was loaded before stays.",
    "progress": "How much of the file has been read.",
    "preview": "The first rows of the table. Under each name: numeric (numbers) or text (words). "
               "The column to predict is shaded; columns the network will not see are grey.",
    "notes": "What was done to read and prepare the table: the file's encoding and separator, "
             "renamed columns, values treated as missing, rows dropped.",
    "target": "The column the network learns to predict (the answer). Usually the last column, "
              "or one named like class, label, species or price.",
    "target_kind": "auto: words or a few whole numbers become classes, other numbers a value to "
                   "predict. classification: predict which class. regression: predict a number.",
    "features": "The columns the network looks at to make its prediction. Text columns are turned "
                "into one 0/1 input per word (one-hot).",
    "missing": "Empty cells (or NA, ?, …). drop rows: leave out every row with an empty cell in a "
               "chosen column. fill with mean: put the column's average (training rows) in the gap.",
    "scaling": "Networks learn best when every input has a similar size. none: use the numbers as "
               "they are. divide by max: each column's largest value becomes 1. min-max: 0 to 1. "
               "standardize: average 0, typical spread 1.",
    "split": "How the rows are shared out, in percent: train (the network learns from these), "
             "validation (checked during training) and test (kept aside for the final check).",
    "use": "Build the network's data from this table with the choices above. The current lesson "
           "is replaced only if this works.",
}


# --- helpers -------------------------------------------------------------------------------
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


def rows_of(problem: Problem) -> int:
    return sum(len(x) for x in (problem.X_train, problem.X_val, problem.X_test) if x is not None)


def describe_problem(problem: Problem, file_name: str) -> str:
    """One line: "iris.csv: 150 rows, 4 features → species (3 classes)"."""
    n_cols = len(problem.raw_columns) if problem.raw_columns else problem.n_features
    if n_cols == problem.n_features:
        feats = f"{problem.n_features} feature{'s' * (problem.n_features != 1)}"
    else:
        feats = f"{n_cols} feature{'s' * (n_cols != 1)} ({problem.n_features} inputs)"
    if problem.task == "regression":
        what = "a number"
    else:
        what = f"{len(problem.class_names or [0, 1])} classes"
    return f"{file_name}: {rows_of(problem):,} rows, {feats} → {problem.target_name} ({what})"


_ROUTINE_NOTES = ("Read ", "Split ", "Inputs scaled", "Target scaled", "Target '")


def summarize_notes(notes: list[str], limit: int = 220) -> str:
    """The notes worth a status bar (what was changed or left out), short, on one line."""
    kept = []
    for note in notes:
        if note.startswith(_ROUTINE_NOTES):
            continue
        short = re.sub(r"\s*\([^()]*\)(?=\.?$)", "", note.strip()).rstrip(".")
        kept.append(short[:1].lower() + short[1:] if kept else short)
    return one_line("; ".join(kept) + ("." if kept else ""), limit)


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


# --- preview model -------------------------------------------------------------------------
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
        all of a thousand sections again, ~50 ms)."""
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
            return f"{shown(col, 200)}: missing" if value is None else f"{shown(col, 200)}: {shown(value, 1000)}"
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
            return f"{shown(col, NAME_CHARS)}\n{kind}"
        if role == Qt.ItemDataRole.ToolTipRole:
            what = "the column to predict" if col == self._target else (
                "a feature" if col in self._features else "not used")
            return f"{shown(col, 1000)}: {kind} column, {what}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._role_colours(col)[1]
        return None

    def column_header(self, section: int) -> str:
        return self.headerData(section, Qt.Orientation.Horizontal) or ""


class _PreviewView(WheelNeedsFocus, QTableView):
    """Scrolls horizontally with the wheel only when it has focus, so the dock keeps scrolling."""


# --- the panel -----------------------------------------------------------------------------
class DataPanel(FollowsFontChanges, QWidget):
    """Open a CSV file, preview it, choose target/features/options and use it. See the module
    docstring. ``settings`` (default ``QSettings("nnviz", "nnviz")``) keeps the recent files."""

    problemReady = Signal(object, str)   # noqa: N815 (Problem, one-line description)
    message = Signal(str)                # one line for the status bar
    loadFinished = Signal(str)           # noqa: N815 a read ended: "loaded", "refused" or "cancelled"
    prepareFinished = Signal(bool)       # noqa: N815 "Use this data" ended: True = problemReady emitted

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None, seed: int = 0) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings("nnviz", "nnviz")
        self.seed = int(seed)            # seeds the split; the window may tie it to the setup's seed
        self._table: Table | None = None
        self._problem: Problem | None = None
        self._loading_path: Path | None = None
        self._filling = False
        self._checked: set[str] = set()  # the ticked feature columns, as the list shows them
        self._runner = CsvRunner(self)
        self._runner.progress.connect(self._on_progress)
        self._runner.done.connect(self._on_done)
        self._runner.failed.connect(self._on_failed)
        self._runner.cancelled.connect(self._on_cancelled)
        self.setAcceptDrops(True)
        self._build()
        self._refresh_fonts()
        self._show_table(None)
        self._refresh_recent()

    # --- public API --------------------------------------------------------------------------
    def open_dialog(self) -> None:
        """Ask for a CSV file and open it."""
        recent = self.recent_files()
        start = str(Path(recent[0]).parent) if recent else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a CSV table", start, "CSV tables (*.csv *.tsv *.txt);;All files (*)")
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Start reading ``path`` in the background (a read already running is stopped first)."""
        path_obj = Path(str(path)).expanduser()
        name = path_obj.name or str(path)
        self._loading_path = path_obj
        self._set_error("")
        self.progress_label.setText(f"Reading {name}…")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self._runner.start("read", read_job(path_obj), name)
        self._update_busy()
        self.message.emit(f"Reading {name}…")

    def recent_files(self) -> list[str]:
        """Recently opened tables, most recent first; files that no longer exist are left out."""
        raw = self._settings.value(RECENT_KEY, [])
        if isinstance(raw, str):
            raw = [raw] if raw else []
        files = [str(p) for p in (raw or []) if p]
        kept = [p for p in dict.fromkeys(files) if Path(p).is_file()][:MAX_RECENT]
        if kept != files:
            self._store_recent(kept)
        return kept

    def is_loading(self) -> bool:
        """True while a file is read or a table prepared in the background."""
        return self._runner.running

    def cancel(self) -> None:
        """Stop the background read; ``loadFinished("cancelled")`` follows."""
        self._runner.cancel()

    def shutdown(self) -> None:
        """Stop and join any background thread (call before the window closes)."""
        self._runner.stop_and_wait()
        self._update_busy()

    def use_data(self) -> None:
        """What "Use this data" does: prepare the table with the chosen options in the background."""
        if self._table is None or self._runner.running:
            return
        options = self.choices()
        target = options.pop("target")
        if target is None:
            return
        self._set_result("", theme.MUTED)
        self.progress_label.setText(f"Preparing {self._table.name}…")
        self.progress_bar.setRange(0, 0)  # busy: prepare reports no progress
        self._runner.start("prepare", prepare_job(self._table, target, **options), self._table.name)
        self._update_busy()

    def table(self) -> Table | None:
        """The table read last (shown in the preview)."""
        return self._table

    def problem(self) -> Problem | None:
        """The problem emitted last by ``problemReady``."""
        return self._problem

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

    def error_text(self) -> str:
        """The red one-line message shown in the panel ("" when none)."""
        for label in (self.error_label, self.result_label):
            if label.property("error"):
                return label.text()
        return ""

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = column(self, spacing=12)
        self._groups: list[tuple[QGroupBox, QWidget]] = []

        # Table -----------------------------------------------------------------------------------
        _, body = titled_group(outer, "Data", self._groups)
        col = column(body, spacing=8)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.open_button = QPushButton("Open CSV…")
        self.open_button.setToolTip(TIPS["open"])
        self.open_button.clicked.connect(self.open_dialog)
        row.addWidget(self.open_button, 1)
        self.recent_button = QToolButton()
        self.recent_button.setText("Recent ▾")
        self.recent_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.recent_button.setToolTip(TIPS["recent"])
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self._refresh_recent)
        self.recent_button.setMenu(self.recent_menu)
        self.recent_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(self.recent_button, 1)
        col.addLayout(row)

        self.hint = wrapped_label("Open a table saved as CSV, or drop a .csv file here.", theme.MUTED)
        col.addWidget(self.hint)

        self.progress_box = QWidget()
        prow = column(self.progress_box, spacing=4)
        self.progress_label = wrapped_label(colour=theme.MUTED)
        prow.addWidget(self.progress_label)
        bar_row = QHBoxLayout()
        bar_row.setSpacing(6)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setToolTip(TIPS["progress"])
        bar_row.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip(TIPS["cancel"])
        self.cancel_button.clicked.connect(self.cancel)
        bar_row.addWidget(self.cancel_button)
        prow.addLayout(bar_row)
        col.addWidget(self.progress_box)

        self.error_label = wrapped_label(selectable=True, hidden=True)
        col.addWidget(self.error_label)

        self.file_label = wrapped_label(selectable=True)
        col.addWidget(self.file_label)


        self.preview_title = QLabel(f"First {PREVIEW_ROWS} rows")
        col.addWidget(self.preview_title)
        self.preview_model = PreviewModel(self)
        self.preview = _PreviewView()
        self.preview.setModel(self.preview_model)
        self.preview_model.rolesChanged.connect(self.preview.horizontalHeader().viewport().update)
        self.preview.setToolTip(TIPS["preview"])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.preview.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.preview.setWordWrap(False)
        # Interactive, not ResizeToContents: that mode measures every cell of every column at each
        # change (seconds for a wide table); columns are sized once when a table is shown.
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        col.addWidget(self.preview)

        self.notes_title = QLabel("What was done")
        col.addWidget(self.notes_title)
        self.notes_label = wrapped_label(selectable=True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setToolTip(TIPS["notes"])
        col.addWidget(self.notes_label)

        # Choices ---------------------------------------------------------------------------------
        self.choices_box, body = titled_group(outer, "Prepare", self._groups)
        col = column(body, spacing=8)
        form = form_layout()
        self.target_combo = ComboBox()
        self.target_combo.setToolTip(TIPS["target"])
        self.target_combo.setSizeAdjustPolicy(ComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(8)
        self.target_combo.currentIndexChanged.connect(self._on_target_changed)
        form.addRow(self._form_label("Target", TIPS["target"]), self.target_combo)
        self.kind_combo = self._combo(TARGET_KINDS, TIPS["target_kind"])
        form.addRow(self._form_label("Target kind", TIPS["target_kind"]), self.kind_combo)
        col.addLayout(form)

        self.features_title = self._form_label("Features", TIPS["features"])
        col.addWidget(self.features_title)
        self.feature_list = QListWidget()
        self.feature_list.setToolTip(TIPS["features"])
        self.feature_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.feature_list.setUniformItemSizes(True)  # a click must not re-measure a thousand rows
        self.feature_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.feature_list.itemChanged.connect(self._on_feature_toggled)
        col.addWidget(self.feature_list)

        form = form_layout()
        self.missing_combo = self._combo(MISSING, TIPS["missing"])
        form.addRow(self._form_label("Missing values", TIPS["missing"]), self.missing_combo)
        self.scaling_combo = self._combo(SCALINGS, TIPS["scaling"])
        self.scaling_combo.setCurrentIndex(self.scaling_combo.findData("standard"))
        form.addRow(self._form_label("Scaling", TIPS["scaling"]), self.scaling_combo)

        split = QWidget()
        grid = QGridLayout(split)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        self.train_spin = self._split_spin(75, 1, "train")
        self.val_spin = self._split_spin(10, 0, "validation")
        self.test_spin = self._split_spin(15, 0, "test")
        self.split_names = []
        for i, (spin, name) in enumerate(((self.train_spin, "train"), (self.val_spin, "validation"),
                                          (self.test_spin, "test"))):
            grid.addWidget(spin, 0, i)
            grid.setColumnStretch(i, 1)
            spin.valueChanged.connect(self._update_split_note)
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setToolTip(spin.toolTip())
            set_colour(label, theme.MUTED)
            grid.addWidget(label, 1, i)
            self.split_names.append(label)
        form.addRow(self._form_label("Split %", TIPS["split"]), split)
        self.split_note = wrapped_label(colour=theme.MUTED, hidden=True)
        form.addRow(self.split_note)
        col.addLayout(form)

        self.use_button = QPushButton("Use this data")
        self.use_button.setToolTip(TIPS["use"])
        self.use_button.clicked.connect(self.use_data)
        col.addWidget(self.use_button)
        self.result_label = wrapped_label(selectable=True, hidden=True)
        col.addWidget(self.result_label)
        self._update_busy()
        self._update_split_note()

    @staticmethod
    def _form_label(text: str, tip: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(tip)
        return label

    @staticmethod
    def _combo(items, tip: str) -> ComboBox:
        combo = ComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.setToolTip(tip)
        return combo

    @staticmethod
    def _split_spin(value: int, minimum: int, what: str) -> SpinBox:
        spin = SpinBox()
        spin.setRange(minimum, 100)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setToolTip(f"Percent of the rows used for {what}. " + TIPS["split"])
        spin.setAccessibleName(f"{what} percent")
        return spin

    # --- fonts ---------------------------------------------------------------------------------
    def _refresh_fonts(self) -> None:
        base = apply_panel_fonts(self, self._groups)
        bold = font_variant(base, bold=True)
        for w in (self.file_label, self.preview_title, self.notes_title, self.features_title, self.use_button):
            w.setFont(bold)
        self.preview.setFont(font_variant(base, grow=-1))
        self._fit_heights()

    def _fit_heights(self) -> None:
        """The preview shows PREVIEW_HEIGHT_ROWS rows, the feature list FEATURE_LIST_ROWS rows."""
        fm = self.preview.fontMetrics()
        row_h = fm.height() + 6
        self.preview.verticalHeader().setDefaultSectionSize(row_h)
        header_h = 2 * fm.height() + 10
        self.preview.horizontalHeader().setMinimumHeight(header_h)
        scroll_h = self.preview.horizontalScrollBar().sizeHint().height()
        self.preview.setFixedHeight(header_h + PREVIEW_HEIGHT_ROWS * row_h + scroll_h + 4)
        n = max(1, min(FEATURE_LIST_ROWS, self.feature_list.count()))
        row = self.feature_list.sizeHintForRow(0) if self.feature_list.count() else -1
        if row <= 0:
            row = self.feature_list.fontMetrics().height() + 4
        self.feature_list.setFixedHeight(n * row + 2 * self.feature_list.frameWidth() + 2)

    # --- showing a table -------------------------------------------------------------------------
    def _show_table(self, table: Table | None) -> None:
        self._table = table
        has = table is not None
        self.hint.setVisible(not has)
        for w in (self.file_label, self.preview_title, self.preview, self.notes_title, self.notes_label):
            w.setVisible(has)
        self.choices_box.setVisible(has)
        self.choices_box.setEnabled(has and not self._runner.running)
        self.preview_model.set_table(table)
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
        n_rows, n_cols = table.frame.shape
        self.file_label.setText(f"{table.name}: {n_rows:,} rows × {n_cols} columns")
        self.file_label.setToolTip(str(table.path) if table.path else table.name)
        self.preview_title.setText(f"First {min(PREVIEW_ROWS, n_rows)} rows" if n_rows > PREVIEW_ROWS else f"All {n_rows} rows")
        self._show_notes(table.notes)
        self._update_roles()
        self._size_preview_columns()
        self._fit_heights()

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
                text = name if kind == "numeric" else f"{name} (text → one-hot)"
                if c in empty:
                    text = f"{name} (empty)"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = c != target and (keep[c] if keep and c in keep else c in defaults)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setToolTip(f"{shown(c, 1000)}: {kind} column. " + TIPS["features"])
                if checked:
                    self._checked.add(c)
                self._feature_rows[c] = self.feature_list.count()
                self.feature_list.addItem(item)
                item.setHidden(c == target)
        finally:
            self.feature_list.setUpdatesEnabled(True)
        self._listed_target = target
        self._fit_heights()

    def feature_items(self) -> list[QListWidgetItem]:
        """The feature list's rows a person sees: every column but the target."""
        return [item for item in (self.feature_list.item(i) for i in range(self.feature_list.count()))
                if not item.isHidden()]

    def _show_notes(self, notes: list[str]) -> None:
        # "Read N rows × M columns" is what the file name line above already says.
        items = "".join(f"<li>{html.escape(n)}</li>" for n in notes if not n.startswith("Read "))
        self.notes_label.setText(
            f"<ul style='margin-left:0px; -qt-list-indent:1; color:{theme.MUTED}'>{items}</ul>")

    def _update_roles(self) -> None:
        self.preview_model.set_roles(self.target_combo.currentData(), self.checked_features())

    def _size_preview_columns(self) -> None:
        """Narrow tables: each column fits its contents. Wide ones: one width for all (names are
        elided), since measuring a thousand columns would freeze the panel."""
        n = self.preview_model.columnCount()
        if n <= FIT_COLUMNS:
            self.preview.resizeColumnsToContents()
            return
        width = self.preview.horizontalHeader().fontMetrics().horizontalAdvance("x" * NAME_CHARS) + 16
        header = self.preview.horizontalHeader()
        header.setDefaultSectionSize(width)
        for i in range(n):
            header.resizeSection(i, width)

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
        self.split_note.setText(f"These add up to {total} %; they will be rescaled to 100 %.")
        self.split_note.setVisible(total != 100)

    # --- messages ------------------------------------------------------------------------------
    def _set_error(self, text: str) -> None:
        self._set_label(self.error_label, text, theme.ERROR_COLOUR, error=True)

    def _set_result(self, text: str, colour: str, error: bool = False) -> None:
        self._set_label(self.result_label, text, colour, error)

    @staticmethod
    def _set_label(label: QLabel, text: str, colour: str, error: bool) -> None:
        label.setProperty("error", bool(error and text))
        set_colour(label, colour)
        show_text(label, text)

    def _update_busy(self) -> None:
        running = self._runner.running
        self.progress_box.setVisible(running)
        self.cancel_button.setVisible(self._runner.kind == "read")
        self.choices_box.setEnabled(self._table is not None and not running)

    # --- runner outcomes --------------------------------------------------------------------------
    def _on_progress(self, fraction: float) -> None:
        if self.progress_bar.maximum() > 0:
            self.progress_bar.setValue(int(round(1000 * fraction)))

    def _on_done(self, kind: str, result) -> None:
        self._update_busy()
        if kind == "read":
            self._add_recent(self._loading_path)
            if self.result_label.property("error"):
                self._set_result("", theme.MUTED)  # a refusal about the previous table
            self._show_table(result)
            self._update_busy()
            n_rows, n_cols = result.frame.shape
            self.message.emit(
                f"Read {result.name}: {n_rows:,} rows × {n_cols} columns. "
                "Choose the target and press “Use this data”.")
            self.loadFinished.emit("loaded")
            return
        problem: Problem = result
        name = self._table.name if self._table is not None else problem.name
        description = describe_problem(problem, name)
        self._problem = problem
        self._show_notes(problem.notes)
        self._set_result(f"In use: {description}", OK_COLOUR)
        detail = summarize_notes(problem.notes)
        self.message.emit(f"Loaded {name}: {rows_of(problem):,} rows" + (f"; {detail}" if detail else "."))
        self.problemReady.emit(problem, description)
        self.prepareFinished.emit(True)

    def _on_failed(self, kind: str, text: str) -> None:
        self._update_busy()
        text = one_line(text)
        if kind == "read":
            self._set_error(text)
            self.message.emit(text)
            self.loadFinished.emit("refused")
            return
        self._set_result(text, theme.ERROR_COLOUR, error=True)
        self.message.emit(text)
        self.prepareFinished.emit(False)

    def _on_cancelled(self, kind: str) -> None:
        self._update_busy()
        name = self._loading_path.name if (kind == "read" and self._loading_path) else (
            self._table.name if self._table else "the file")
        text = f"Stopped reading {name}." if kind == "read" else f"Stopped preparing {name}."
        self._set_label(self.error_label, text, theme.MUTED, error=False)
        self.message.emit(text)
        if kind == "read":
            self.loadFinished.emit("cancelled")
        else:
            self.prepareFinished.emit(False)

    # --- recent files --------------------------------------------------------------------------
    def _store_recent(self, files: list[str]) -> None:
        self._settings.setValue(RECENT_KEY, list(files))
        self._settings.sync()

    def _add_recent(self, path: Path | None) -> None:
        if path is None:
            return
        try:
            full = str(path.resolve())
        except OSError:
            full = str(path)
        files = [full] + [p for p in self.recent_files() if p != full]
        self._store_recent(files[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        files = self.recent_files()
        self.recent_menu.clear()
        names = [Path(p).name for p in files]
        for p, name in zip(files, names):
            shown = name if names.count(name) == 1 else f"{name} ({Path(p).parent.name})"
            action = self.recent_menu.addAction(shown)
            action.setToolTip(p)
            action.setData(p)
            action.triggered.connect(lambda _=False, path=p: self.open_file(path))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("Clear the list")
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_button.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self._store_recent([])
        self._refresh_recent()

    # --- drag and drop ---------------------------------------------------------------------------
    @staticmethod
    def _dropped_path(event) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(DROP_SUFFIXES):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._dropped_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        path = self._dropped_path(event)
        if path:
            event.acceptProposedAction()
            self.open_file(path)
        else:
            event.ignore()
