"""The main window's File menu: open (sessions, lesson files, CSV tables), recent files, save,
and the exports (PNG, SVG, history CSV, animated GIF, PyTorch script).

:class:`FileActions` is a part of :class:`~nnviz.ui.main_window.MainWindow` (a mixin). Each
action stops a run if one is going, calls the session, and shows the status line; the views
follow the session's report (``ui/sync.py``). A bad file is one line on screen, and what is on
screen stays.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from ..core.app.export_pytorch import pytorch_script
from ..core.app.session_file import SessionFileError
from ..core.teaching.lesson_files import LessonFileError, read_lesson_file
from ..core.teaching.lessons import register_lesson
from ..core.text import one_line
from .exports import frame_positions, history_csv, side_by_side, training_gif, widget_png, widget_svg
from .i18n import translate

RECENT_MAX = 8
VIEW_NAMES = {"network": QT_TRANSLATE_NOOP("FileActions", "network"), "boundary": QT_TRANSLATE_NOOP("FileActions", "boundary"),
              "loss": QT_TRANSLATE_NOOP("FileActions", "loss"), "window": QT_TRANSLATE_NOOP("FileActions", "window")}


def view_name(name: str) -> str:
    """An exported view's name in the window's language, for its messages."""
    return translate("FileActions", VIEW_NAMES[name]) if name in VIEW_NAMES else name


class FileActions:
    """File → Open, Open recent, Save, Save as and Export, for the main window."""

    def _build_file_actions(self, file_menu) -> None:
        """File → Open (sessions, lesson files and CSV tables, by extension), Open recent,
        Save, Save As and Export."""
        self._action(file_menu, translate("FileActions", "&Open…"), QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = file_menu.addMenu(translate("FileActions", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self._action(file_menu, translate("FileActions", "&Save"), QKeySequence.StandardKey.Save, self.save_session)
        self._action(file_menu, translate("FileActions", "Save &as…"), "Ctrl+Shift+S", self.save_session_as)
        export = file_menu.addMenu(translate("FileActions", "&Export"))
        for png, svg, name in ((translate("FileActions", "Network as PNG (2×)…"), translate("FileActions", "Network as SVG…"), "network"),
                               (translate("FileActions", "Boundary / neuron map as PNG (2×)…"),
                                translate("FileActions", "Boundary / neuron map as SVG…"), "boundary"),
                               (translate("FileActions", "Loss curve as PNG (2×)…"), translate("FileActions", "Loss curve as SVG…"), "loss"),
                               (translate("FileActions", "Whole window as PNG (2×)…"), translate("FileActions", "Whole window as SVG…"), "window")):
            self._action(export, png, "", lambda _=False, n=name: self.export_view_dialog(n, "png"))
            self._action(export, svg, "", lambda _=False, n=name: self.export_view_dialog(n, "svg"))
        export.addSeparator()
        self._action(export, translate("FileActions", "History as &CSV…"), "", self.export_history_dialog)
        self._action(export, translate("FileActions", "Training as animated &GIF…"), "", self.export_gif_dialog)
        self._action(export, translate("FileActions", "Network as &PyTorch script…"), "", self.export_pytorch_dialog)

    def _data_panel_source(self) -> dict | None:
        """How the Data panel read and prepared its table (kept in saved session files; predict
        uses its missing-value rule)."""
        try:
            choices = dict(self.data_panel.choices())
            table = self.data_panel.table()
        except Exception:  # a panel in an odd state must never stop a table loading
            return None
        if table is not None and getattr(table, "path", None) is not None:
            choices["csv"] = str(table.path)
        choices["split"] = list(choices.get("split") or ())
        return {k: v for k, v in choices.items() if isinstance(v, (str, int, float, list, type(None)))}

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember_file(self, path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue("recent_files", files[:RECENT_MAX])

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction(translate("FileActions", "(none yet)")).setEnabled(False)
        for f in files:
            action = self.recent_menu.addAction(f"{Path(f).name}  —  {Path(f).parent}")
            action.triggered.connect(lambda _=False, f=f: self.open_path(f))

    def open_dialog(self) -> None:
        start = str(Path(self.recent_files()[0]).parent) if self.recent_files() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("FileActions", "Open a session, a lesson file or a CSV table"), start,
            translate("FileActions", "nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;"
                      "CSV tables (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path) -> bool:
        """Open by extension: ``.nnviz`` a session, ``.toml`` a lesson file, anything else a CSV
        table (read in the Data panel, where its target is chosen)."""
        suffix = Path(path).suffix.lower()
        if suffix == ".nnviz":
            return self.open_session_file(path)
        if suffix == ".toml":
            return self.open_lesson_file(path)
        self.data_dock.show()
        self.data_dock.raise_()
        self.data_panel.open_file(str(path))
        self._remember_file(path)
        return True

    def open_session_file(self, path) -> bool:
        """Open a ``.nnviz`` session. A bad file: one line, and what is on screen stays."""
        return self._session_file_command(lambda: self.session.open(path), path)

    def open_lesson_file(self, path) -> bool:
        """Load a teacher's lesson file. A bad one: one line naming the file and the key."""
        self.runner.stop_and_wait()
        try:
            lesson = read_lesson_file(path)
            text = self.session.load_lesson(lesson)
            register_lesson(lesson)   # its script's "load" beat finds it by name
        except (LessonFileError, ValueError) as exc:
            self.show_error(one_line(exc))
            return False
        self._remember_file(path)
        self.statusBar().showMessage(text)
        self.lessonLoaded.emit(lesson.name)
        return True

    def save_session(self, path=None) -> bool:
        """Ctrl+S: save to the session's file (asks for one the first time). A run pauses first."""
        path = path or self.session.path
        if not path:
            return self.save_session_as()
        if not self.session.loaded:
            return False
        return self._session_file_command(lambda: self.session.save(path), path)

    def _session_file_command(self, command, path) -> bool:
        """Stop a run, then open or save ``path`` through the session: its status line, and the
        file among the recent ones; a refusal is one line and changes nothing."""
        self.runner.stop_and_wait()
        try:
            text = command()
        except SessionFileError as exc:
            self.show_error(str(exc))
            return False
        self._remember_file(path)
        self.statusBar().showMessage(text)
        return True

    def save_session_as(self) -> bool:
        name = self.session.lesson.name if self.session.lesson is not None else "session"
        path, _ = QFileDialog.getSaveFileName(self, translate("FileActions", "Save the session"), f"{name}.nnviz",
                                              translate("FileActions", "nnviz sessions (*.nnviz)"))
        if not path:
            return False
        if not path.lower().endswith(".nnviz"):
            path += ".nnviz"
        return self.save_session(path)

    def export_widget(self, name: str) -> QWidget:
        """The view ``name`` ("network", "boundary", "loss", "window") as on screen."""
        if name == "boundary":
            return self.boundary_plot if self.boundary_plot.isVisible() or not self.curve_plot.isVisible() else self.curve_plot
        return {"network": self.network_view, "loss": self.loss_plot, "window": self}[name]

    def export_view(self, name: str, path, fmt: str | None = None) -> str:
        """Write view ``name`` as PNG (2×) or SVG (by ``fmt`` or the file's extension)."""
        fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
        widget = self.export_widget(name)
        if fmt == "svg":
            widget_svg(widget, path, title=f"nnviz {name}")
            return translate("FileActions", "Saved the {0} view as {1} (SVG).").format(view_name(name), Path(path).name)
        size = widget_png(widget, path)
        return translate("FileActions", "Saved the {0} view as {1} ({2}×{3} pixels).").format(
            view_name(name), Path(path).name, size.width(), size.height())

    def _ask_path(self, title: str, default: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, default, filters)
        if path and not Path(path).suffix:
            path += "." + default.rsplit(".", 1)[-1]
        return path or None

    def _export(self, write) -> None:
        """Run an export; an error is one line on screen."""
        try:
            text = write()
        except (OSError, ValueError) as exc:
            self.show_error(one_line(exc))
            return
        if text:
            self.statusBar().showMessage(text)

    def export_view_dialog(self, name: str, fmt: str) -> None:
        path = self._ask_path(translate("FileActions", "Export the {0} view").format(view_name(name)), f"nnviz-{name}.{fmt}",
                              translate("FileActions", "{0} files (*.{1})").format(fmt.upper(), fmt))
        if path:
            self._export(lambda: self.export_view(name, path, fmt))

    def export_history(self, path) -> str:
        n = history_csv(self.session, path)
        return translate("FileActions", "Saved the history of {0} epochs as {1}.").format(n, Path(path).name)

    def export_history_dialog(self) -> None:
        path = self._ask_path(translate("FileActions", "Export the history"), "nnviz-history.csv",
                              translate("FileActions", "CSV tables (*.csv)"))
        if path and self.session.loaded:
            self._export(lambda: self.export_history(path))

    def export_pytorch_dialog(self) -> None:
        path = self._ask_path(translate("FileActions", "Export the network as a PyTorch script"), "nnviz_model.py",
                              translate("FileActions", "Python scripts (*.py)"))
        if path and self.session.loaded:
            self._export(lambda: translate("FileActions", "Wrote {0}: run it with python and a CSV table.").format(
                translate("FileActions", " and ").join(f.name for f in pytorch_script(self.session, path))))

    def export_gif(self, path, frames: int = 60, whole_window: bool = False, frame_ms: int = 120,
                   progress=None) -> bool:
        """An animated GIF of training, replayed from the timeline: the boundary and the loss
        curve (or the whole window) at up to ``frames`` evenly spread points from epoch 0 to the
        newest. ``progress(done, total)`` returning False cancels (nothing is written). The
        timeline is back where it was afterwards."""
        self.runner.stop_and_wait()
        tl = self.session.timeline
        back = tl.current
        widgets = [self] if whole_window else [self.export_widget("boundary"), self.loss_plot]

        def show(position: int):
            self.goto_position(position)
            QApplication.processEvents()
            return side_by_side(widgets)

        try:
            done = training_gif(show, frame_positions(tl.newest, frames), path, frame_ms, progress)
        finally:
            self.goto_position(back)
        if done:
            self.statusBar().showMessage(translate("FileActions", "Saved the training as {0}.").format(Path(path).name))
        return done

    def export_gif_dialog(self) -> None:
        path = self._ask_path(translate("FileActions", "Export training as an animated GIF"), "nnviz-training.gif",
                              translate("FileActions", "GIF images (*.gif)"))
        if not path or not self.session.loaded:
            return
        dialog = QProgressDialog(translate("FileActions", "Drawing the frames of the training…"), translate("FileActions", "Cancel"),
                                 0, 100, self)
        dialog.setWindowTitle(translate("FileActions", "Export GIF"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            ok = self.export_gif(path, progress=progress)
        except (OSError, ValueError) as exc:
            self.show_error(one_line(exc))
            ok = True
        finally:
            dialog.close()
        if not ok:
            self.statusBar().showMessage(translate("FileActions", "GIF export cancelled; nothing was written."))

