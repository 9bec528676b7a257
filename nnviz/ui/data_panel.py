"""The Data panel: open a person's CSV table, look at it, choose what to predict, use it.

Two steps, as in the tutorials. **Open** reads the file in the background
(:class:`~nnviz.workers.csv_worker.CsvRunner`, with a progress bar and a Cancel button) and shows
a preview of the first rows, each column's kind and what was tidied. **Use this data** turns the
table into a :class:`~nnviz.core.data.problem.Problem` with the chosen target, features, missing-value
rule, scaling and split, and emits ``problemReady(problem, description)``.

Nothing here raises at a person: a file that is not a table, or choices that cannot make a
problem, end as one red line in the panel and one ``message`` for the status bar, and the app
keeps its current lesson and model (``problemReady`` is simply not emitted).

The preview table is :mod:`nnviz.ui.data_preview`; the "Prepare" group of choices is
:mod:`nnviz.ui.data_choices`. This module reads, reports and wires them together.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSizePolicy, QToolButton, QWidget,
)

from nnviz.core.data.csvdata import Table
from nnviz.core.data.problem import Problem
from nnviz.core.text import READ, ROUTINE
from nnviz.ui import theme
from nnviz.ui.data_choices import TIPS as CHOICE_TIPS, PrepareChoices
from nnviz.ui.data_preview import PREVIEW_ROWS, PreviewModel, PreviewView
from nnviz.ui.panel_kit import (
    FollowsFontChanges, apply_panel_fonts, column, font_variant, set_colour, show_text, titled_group, wrapped_label,
)
from nnviz.workers.csv_worker import CsvRunner, one_line, prepare_job, read_job
from . import i18n
from .i18n import translate

RECENT_KEY = "recent_csv"
MAX_RECENT = 8
DROP_SUFFIXES = (".csv", ".tsv", ".txt")
OK_COLOUR = "#1B6E3A"            # dark green: a problem is in use

TIPS = {
    "open": QT_TRANSLATE_NOOP("DataPanel", "Open a table saved as CSV (comma-separated values): one row per example, one column "
            "per measurement, and one column holding what the network should predict."),
    "recent": QT_TRANSLATE_NOOP("DataPanel", "Open one of the tables you opened before."),
    "cancel": QT_TRANSLATE_NOOP("DataPanel", "Stop reading the file. Whatever was loaded before stays."),
    "progress": QT_TRANSLATE_NOOP("DataPanel", "How much of the file has been read."),
    "preview": QT_TRANSLATE_NOOP("DataPanel", "The first rows of the table. Under each name: numeric (numbers) or text (words). "
               "The column to predict is shaded; columns the network will not see are grey."),
    "notes": QT_TRANSLATE_NOOP("DataPanel", "What was done to read and prepare the table: the file's encoding and separator, "
             "renamed columns, values treated as missing, rows dropped."),
}


# --- helpers -------------------------------------------------------------------------------
def rows_of(problem: Problem) -> int:
    return sum(len(x) for x in (problem.X_train, problem.X_val, problem.X_test) if x is not None)


def describe_problem(problem: Problem, file_name: str) -> str:
    """One line: "iris.csv: 150 rows, 4 features → species (3 classes)"."""
    n_cols = len(problem.raw_columns) if problem.raw_columns else problem.n_features
    if n_cols == problem.n_features:
        feats = (translate("DataPanel", "1 feature") if n_cols == 1
                 else translate("DataPanel", "{0} features").format(n_cols))
    else:
        feats = translate("DataPanel", "{0} features ({1} inputs)").format(n_cols, problem.n_features)
    if problem.task == "regression":
        what = translate("DataPanel", "a number")
    else:
        what = translate("DataPanel", "{0} classes").format(len(problem.class_names or [0, 1]))
    return translate("DataPanel", "{0}: {1} rows, {2} → {3} ({4})").format(
        file_name, i18n.local(f"{rows_of(problem):,}"), feats, problem.target_name, what)


def summarize_notes(notes: list, limit: int = 220) -> str:
    """The notes worth a status bar (what was changed or left out, not what is always done),
    short, on one line, in the language of the moment. German keeps each note's first capital
    (its nouns have one)."""
    kept = []
    for note in notes:
        if getattr(note, "kind", "") in (READ, ROUTINE):
            continue
        short = re.sub(r"\s*\([^()]*\)(?=\.?$)", "", str(note).strip()).rstrip(".")
        lower = kept and i18n.current() != "de"
        kept.append(short[:1].lower() + short[1:] if lower else short)
    return one_line("; ".join(kept) + ("." if kept else ""), limit)


# --- the panel -----------------------------------------------------------------------------
class DataPanel(FollowsFontChanges, PrepareChoices, QWidget):
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
        self._notes: list = []           # the notes shown: the table's, then the problem's
        self._in_use: tuple | None = None  # (the "In use" line shown, its problem, its file name)
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
            self, translate("DataPanel", "Open a CSV table"), start, "CSV tables (*.csv *.tsv *.txt);;All files (*)")
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Start reading ``path`` in the background (a read already running is stopped first)."""
        path_obj = Path(str(path)).expanduser()
        name = path_obj.name or str(path)
        self._loading_path = path_obj
        self._set_error("")
        self.progress_label.setText(translate("DataPanel", "Reading {0}…").format(name))
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self._runner.start("read", read_job(path_obj), name)
        self._update_busy()
        self.message.emit(translate("DataPanel", "Reading {0}…").format(name))

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
        self.progress_label.setText(translate("DataPanel", "Preparing {0}…").format(self._table.name))
        self.progress_bar.setRange(0, 0)  # busy: prepare reports no progress
        self._runner.start("prepare", prepare_job(self._table, target, **options), self._table.name)
        self._update_busy()

    def table(self) -> Table | None:
        """The table read last (shown in the preview)."""
        return self._table

    def problem(self) -> Problem | None:
        """The problem emitted last by ``problemReady``."""
        return self._problem

    def description(self, problem: Problem) -> str | None:
        """``problem``'s one-line description in the language of the moment when it is the one
        this panel made (the description sent with ``problemReady`` was written then), else None."""
        if self._in_use is None or self._in_use[1] is not problem:
            return None
        return describe_problem(problem, self._in_use[2])

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
        _, body = titled_group(outer, translate("DataPanel", "Data"), self._groups)
        col = column(body, spacing=8)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.open_button = QPushButton(translate("DataPanel", "Open CSV…"))
        self.open_button.setToolTip(translate("DataPanel", TIPS["open"]))
        self.open_button.clicked.connect(self.open_dialog)
        row.addWidget(self.open_button, 1)
        self.recent_button = QToolButton()
        self.recent_button.setText(translate("DataPanel", "Recent ▾"))
        self.recent_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.recent_button.setToolTip(translate("DataPanel", TIPS["recent"]))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self._refresh_recent)
        self.recent_button.setMenu(self.recent_menu)
        self.recent_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(self.recent_button, 1)
        col.addLayout(row)

        self.hint = wrapped_label(translate("DataPanel", "Open a table saved as CSV, or drop a .csv file here."), theme.MUTED)
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
        self.progress_bar.setToolTip(translate("DataPanel", TIPS["progress"]))
        bar_row.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton(translate("DataPanel", "Cancel"))
        self.cancel_button.setToolTip(translate("DataPanel", TIPS["cancel"]))
        self.cancel_button.clicked.connect(self.cancel)
        bar_row.addWidget(self.cancel_button)
        prow.addLayout(bar_row)
        col.addWidget(self.progress_box)

        self.error_label = wrapped_label(selectable=True, hidden=True)
        col.addWidget(self.error_label)

        self.file_label = wrapped_label(selectable=True)
        col.addWidget(self.file_label)

        self.preview_title = QLabel(translate("DataPanel", "First {0} rows").format(PREVIEW_ROWS))
        col.addWidget(self.preview_title)
        self.preview_model = PreviewModel(self)
        self.preview = PreviewView(self.preview_model)
        self.preview.setToolTip(translate("DataPanel", TIPS["preview"]))
        col.addWidget(self.preview)

        self.notes_title = QLabel(translate("DataPanel", "What was done"))
        col.addWidget(self.notes_title)
        self.notes_label = wrapped_label(selectable=True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setToolTip(translate("DataPanel", TIPS["notes"]))
        col.addWidget(self.notes_label)

        self._build_choices(outer)
        self._update_busy()
        self._update_split_note()

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
        self.preview.fit_height()
        self._fit_feature_list()

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
        self._fill_choices(table)
        if table is None:
            return
        n_rows, n_cols = table.frame.shape
        self.file_label.setText(translate("DataPanel", "{0}: {1} rows × {2} columns").format(table.name, i18n.local(f"{n_rows:,}"), n_cols))
        self.file_label.setToolTip(str(table.path) if table.path else table.name)
        self.preview_title.setText(translate("DataPanel", "First {0} rows").format(min(PREVIEW_ROWS, n_rows)) if n_rows > PREVIEW_ROWS
                                   else translate("DataPanel", "All {0} rows").format(n_rows))
        self._show_notes(table.notes)
        self._update_roles()
        self.preview.size_columns()
        self._fit_heights()

    def retranslate(self) -> None:
        """The window's language changed: the table's line, the preview's title and column
        heads, and the split boxes' tooltips in the new one (the choices made stay)."""
        for spin, what in ((self.train_spin, translate("PrepareChoices", "Percent of the rows used for train.")),
                           (self.val_spin, translate("PrepareChoices", "Percent of the rows used for validation.")),
                           (self.test_spin, translate("PrepareChoices", "Percent of the rows used for test."))):
            spin.setToolTip(what + " " + translate("PrepareChoices", CHOICE_TIPS["split"]))
        for label, spin in zip(self.split_names, (self.train_spin, self.val_spin, self.test_spin)):
            label.setToolTip(spin.toolTip())
        table = self._table
        if table is None:
            return
        self._show_notes(self._notes)
        if self._in_use is not None and self.result_label.text() == self._in_use[0]:
            _, problem, name = self._in_use
            self._set_result(translate("DataPanel", "In use: {0}").format(describe_problem(problem, name)), OK_COLOUR)
            self._in_use = (self.result_label.text(), problem, name)
        n_rows, n_cols = table.frame.shape
        self.file_label.setText(translate("DataPanel", "{0}: {1} rows × {2} columns").format(table.name, i18n.local(f"{n_rows:,}"), n_cols))
        self.preview_title.setText(translate("DataPanel", "First {0} rows").format(min(PREVIEW_ROWS, n_rows)) if n_rows > PREVIEW_ROWS
                                   else translate("DataPanel", "All {0} rows").format(n_rows))
        self.preview_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.preview_model.columnCount() - 1))

    def _show_notes(self, notes: list) -> None:
        """The notes in the language of the moment (again after a switch: they are kept as
        data). "Read N rows × M columns" is what the file name line above already says."""
        self._notes = list(notes)
        items = "".join(f"<li>{html.escape(str(n))}</li>" for n in notes if getattr(n, "kind", "") != READ)
        self.notes_label.setText(
            f"<ul style='margin-left:0px; -qt-list-indent:1; color:{theme.MUTED}'>{items}</ul>")

    def _update_roles(self) -> None:
        self.preview_model.set_roles(self.target_combo.currentData(), self.checked_features())

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
                translate("DataPanel", "Read {0}: {1} rows × {2} columns. Choose the target and press “Use this data”.")
                .format(result.name, i18n.local(f"{n_rows:,}"), n_cols))
            self.loadFinished.emit("loaded")
            return
        problem: Problem = result
        name = self._table.name if self._table is not None else problem.name
        description = describe_problem(problem, name)
        self._problem = problem
        self._show_notes(problem.notes)
        self._set_result(translate("DataPanel", "In use: {0}").format(description), OK_COLOUR)
        self._in_use = (self.result_label.text(), problem, name)
        detail = summarize_notes(problem.notes)
        self.message.emit(translate("DataPanel", "Loaded {0}: {1} rows").format(name, i18n.local(f"{rows_of(problem):,}"))
                          + (f"; {detail}" if detail else "."))
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
            self._table.name if self._table else translate("DataPanel", "the file"))
        text = (translate("DataPanel", "Stopped reading {0}.").format(name) if kind == "read"
                else translate("DataPanel", "Stopped preparing {0}.").format(name))
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
            clear = self.recent_menu.addAction(translate("DataPanel", "Clear the list"))
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
