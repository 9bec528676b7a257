"""The main window: pick a lesson, press Play or Step, watch the network learn.

The window holds a :class:`~nnviz.core.app.session.Session` (the app's state, without Qt). Its
command handlers stop a run if one is going, send the session one command, and show the status
line. The session reports what each command changed and :class:`~nnviz.ui.sync.SessionSync`
refreshes the views that show it; :class:`~nnviz.ui.run_controller.RunController` owns runs and
steps on the training worker, and :class:`~nnviz.ui.frame_painter.FramePainter` paints the
frames they send. Every number on screen comes from a frame.

The widgets are built by :class:`~nnviz.ui.window_build.WindowBuilder` and the File menu's
actions live in :class:`~nnviz.ui.file_actions.FileActions` (both parts of this class).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPushButton

from ..core.app import boundary
from ..core.app.frames import FrameOptions
from ..core.app.session import EndReason, Session
from ..core.data.features import compute_features
from ..core.data.point_edits import with_picture, with_point, without_nearest
from ..core.data.problem import DataError, Problem
from ..core.engine.settings import Settings
from ..core.engine.timeline import DEFAULT_BUDGET_BYTES
from ..core.teaching.lessons import DEFAULT_LESSON, LESSONS
from ..core.text import GENERATED, one_line
from .dock_tabs import CompactTabStyle, compact
from .file_actions import FileActions
from .frame_painter import FramePainter
from .panel_kit import fix_size, settle_layouts
from .presentation import Presenter
from .run_controller import SPEEDS, RunController, speed_label
from .sync import SessionSync
from .text_zoom import TextZoom
from .window_build import WindowBuilder
from . import i18n
from .i18n import translate


class MainWindow(WindowBuilder, FileActions, QMainWindow):
    frameDrawn = Signal(int)            # epoch of the frame just painted (tests and benchmarks)
    lessonLoaded = Signal(str)
    csvOpened = Signal(bool)            # open_csv ended: True when the table is now on screen

    def __init__(self, lesson: str | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        i18n.translator()     # installed before any text is set, so each can be put into another language
        self.settings = settings or QSettings("nnviz", "nnviz")
        self.setWindowTitle(translate("MainWindow", "nnviz — watch a neural network learn"))
        self._plain_style = None   # the docks' scroll bars (see _left_dock)
        self.tab_style = CompactTabStyle()    # the dock tabs' (see childEvent)
        self.tab_style.setParent(self)
        # Everything the app knows lives in the session; the window sends it commands.
        self.session = Session()
        self.runner = RunController(self.session, self)
        self.painter = FramePainter(self)
        self.runner.frameReady.connect(self.painter.on_frame)
        self.runner.runFinished.connect(self._on_run_finished)
        self.runner.runningChanged.connect(self._set_running)
        self.runner.settingsApplied.connect(self._on_settings_applied)
        self.confusion_shown = True   # presentation mode on a short screen leaves it out
        self._explainer_brought = False   # the first Step raised the explainer (show_step_explainer)
        self._build_ui()
        self.sync = SessionSync(self)      # the views follow the session's reports from here on
        self.text_zoom = TextZoom(self)      # one text scale for every text, Ctrl+= / Ctrl+- / Ctrl+0
        self.text_zoom.textScaled.connect(self._after_zoom)
        self.presenter = Presenter(self)     # presentation mode, clicker keys, beats
        self._build_actions()
        self._restore_settings()
        name = lesson or self.settings.value("lesson", DEFAULT_LESSON)
        self.load_lesson(name if name in LESSONS else DEFAULT_LESSON)

    def fit_toolbar(self) -> bool:
        """The playback buttons' short texts (◀, → epoch, ⟲ …) when the full ones and the epoch
        do not fit the toolbar's width: a toolbar that overflows hides its last item first, and
        at 1024 px with the text zoomed 1.25× the epoch went into the » menu. The tooltips keep
        the full names. False when even the short texts do not fit."""
        bar, ruler = self.playback_bar, self._ruler

        def width(button: QPushButton, text: str) -> int:
            ruler.setFont(button.font())
            ruler.setText(text)
            return ruler.sizeHint().width()

        play = max(self.play_button.minimumWidth(), width(self.play_button, translate("WindowBuilder", "▶ Play")),
                   width(self.play_button, translate("MainWindow", "❚❚ Pause")))
        fixed = self.epoch_label.minimumWidth() + play + self.new_weights_button.sizeHint().width()
        spacing = bar.layout().spacing() if bar.layout() is not None else 6
        fixed += spacing * (len(self._toolbar_texts) + 4) + 24   # the gaps, the bar's margins and handle
        texts = [(b, translate("WindowBuilder", full), translate("WindowBuilder", short))
                 for b, full, short in self._toolbar_texts]    # the sources, in the window's language
        full_need = fixed + sum(width(b, full) for b, full, _ in texts)
        compact = full_need > bar.width()
        for button, full, short in texts:
            text = short if compact else full
            if button.text() != text:
                button.setText(text)
        return not compact or fixed + sum(width(b, short) for b, _, short in texts) <= bar.width()

    def _after_zoom(self, factor: float) -> None:
        if not self.fit_toolbar() and not self.presenter.presenting:
            self.statusBar().showMessage(
                translate("MainWindow", "Text at {0} is too large for a {1}×{2} window: F5 presents it "
                          "full screen with a layout made for large text, Ctrl+0 goes back to the normal size.")
                .format(f"{factor:.0%}", self.width(), self.height()))

    def childEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The dock tab bars Qt makes (at a tabify, or when a person drags a dock onto
        another) take the compact tab style."""
        super().childEvent(event)
        if event.type() == QEvent.Type.ChildPolished:
            style = getattr(self, "tab_style", None)   # (none yet while QMainWindow is made)
            if style is not None:
                compact(event.child(), style)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is getattr(self, "playback_bar", None) and event.type() == QEvent.Type.Resize:
            self.fit_toolbar()
        return super().eventFilter(obj, event)

    def fit_epoch_label(self) -> None:
        """A fixed size, wide enough for 100,000 epochs and short enough that the toolbar fits
        1024 px: a new text in a label whose size can change re-lays-out the whole window (Qt
        passes a size-hint change up unless the label's size is fixed both ways), and the epoch
        changes with every frame."""
        fix_size(self.epoch_label, self.epoch_label.fontMetrics().horizontalAdvance(translate("FramePainter", "Epoch {0}").format("100,000 +99")) + 16)

    @property
    def lesson_name(self) -> str | None:
        """The built-in lesson on screen (None for a person's own table)."""
        lesson = self.session.lesson
        return lesson.name if lesson is not None else None


    @property
    def options(self) -> FrameOptions:
        """What frames carry besides the state: the plane's axes and grid, the sample, maps."""
        return self.runner.options

    def docks(self) -> list[QDockWidget]:
        return self.findChildren(QDockWidget)

    # ------------------------------------------------------------------------ loading
    def load_lesson(self, name: str) -> bool:
        """Load a built-in lesson. On failure the current lesson stays and the status says why.
        Trained epochs are never lost: Ctrl+Z brings them back."""
        self.runner.stop_and_wait()
        lesson = self.session.lesson      # its title in the language on screen
        before = (i18n.shown(lesson).title if lesson is not None else self.session.description) \
            if self.session.trained else None
        try:
            text = self.session.load_lesson(name)
        except Exception as exc:  # a lesson that cannot load must not take the window down
            self.show_error(translate("MainWindow", "Could not load lesson {0}: {1}").format(repr(name), one_line(exc)))
            return False
        self.settings.setValue("lesson", name)
        if before:
            text += " " + translate("MainWindow", "Ctrl+Z goes back to {0} as you left it.").format(before)
        self.statusBar().showMessage(text)
        self.lessonLoaded.emit(name)
        return True

    @Slot(object, str)
    def _on_problem_ready(self, problem: Problem, description: str) -> None:
        """A person's own table: a sensible network for it, ready to train."""
        self.runner.stop_and_wait()
        try:
            text = self.session.load_problem(problem, description, source=self._data_panel_source())
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(text)

    def show_caption(self) -> None:
        """The sentence beside the lesson picker, for what is loaded (presentation mode writes
        its beats there; leaving it puts this back, for the lesson loaded by then)."""
        lesson, problem = self.session.lesson, self.session.problem
        if lesson is None:
            described = self.data_panel.description(problem) or self.session.description   # the panel's follows the language
            first = translate("MainWindow", "Your data — {0}.").format(described)
            notes = [str(n) for n in problem.notes[:2]]      # in the language of the moment
            self.caption.set_texts([f"{first} " + " ".join(notes), f"{first} " + " ".join(notes[:1]), first])
            return
        question = ""
        if lesson.question:
            asked = ", ".join(f"{k} {i18n.local(f'{v:g}')}" for k, v in lesson.question.items())
            question = (" " + translate("MainWindow", "It asks: what does the network say for {0}? (Data tab)").format(asked)
                        if len(lesson.question) <= 2
                        else " " + translate("MainWindow", "It asks the network a question: see “Ask the network” in the Data tab."))
        caption = i18n.shown(lesson).caption
        self.caption.set_texts([caption + question, caption, caption.split(": ")[0].split(". ")[0]])

    # ------------------------------------------------------------------------ settings
    @Slot(object, bool)
    def _on_settings_edited(self, settings: Settings, structural: bool) -> None:
        """The panel's edit goes to the session: at once when paused, queued for the worker
        while a run is under way. The panel does not show the stop conditions: the run box's
        values (the ones in use, queued edits included) are kept."""
        now = self.runner.settings_in_use().config
        settings.config = replace(settings.config, epochs=now.epochs, target_loss=now.target_loss)
        self.apply_settings(settings)

    def apply_settings(self, settings: Settings) -> bool:
        """Use ``settings`` (the session decides whether it is a network or a training change).
        A refusal is one line, and the panel shows what is really in use."""
        try:
            text = self.runner.change_settings(settings)
        except ValueError as exc:
            self.show_error(str(exc))
            self.sync.show_settings()   # the panel shows what is really in use: nothing changed
            return False
        if text:
            self.statusBar().showMessage(text)
        return True

    @Slot(str)
    def _on_settings_applied(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)

    # ------------------------------------------------------------------------ playback
    def toggle_play(self) -> None:
        if self.runner.running:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        text = self.runner.play()
        if text:
            self.statusBar().showMessage(text)

    def train_more(self, epochs: int) -> None:
        """Play for ``epochs`` more epochs (the command line's --epochs)."""
        self.apply_settings(self.runner.stop_settings(epochs=self.session.epoch + int(epochs)))
        self.play()

    def pause(self) -> None:
        self.runner.pause()

    def step_epoch(self) -> None:
        self.step("epoch")

    def step_batch(self) -> None:
        self.step("batch")

    def step_sample(self) -> None:
        self.step("sample")

    def step(self, kind: str) -> None:
        """One step of ``kind`` ("sample", "batch", "epoch") on the worker."""
        refused = self.runner.start(kind)
        if refused:
            self.statusBar().showMessage(refused)
        else:
            self.show_step_explainer()

    def show_step_explainer(self) -> None:
        """The first Step opens the step explainer's tab in front, so a newcomer sees the step's
        numbers without knowing its key; not when a person closed it (E, remembered), nor while
        presenting (the beats say what is in front)."""
        if self._explainer_brought or self.presenter.presenting:
            return
        self._explainer_brought = True
        if self.settings.value("explainer", True, type=bool):
            self.explainer_dock.show()
            self.explainer_dock.raise_()

    def _on_explainer_toggled(self, shown: bool) -> None:
        """A person opened or closed the explainer: remembered for the next start."""
        self._explainer_brought = True
        self.settings.setValue("explainer", bool(shown))

    @Slot(bool)
    def _set_running(self, running: bool) -> None:
        """Controls for a continuous run. A single step lasts milliseconds and repeated clicks
        are ignored while it runs, so steps leave the controls alone (no flicker, no repaint)."""
        # ❚❚, not ⏸ (U+23F8): DejaVu Sans, Debian's default font, has no ⏸ and showed a box.
        self.play_button.setText(translate("MainWindow", "❚❚ Pause") if running else translate("WindowBuilder", "▶ Play"))
        for b in (self.step_button, self.step_batch_button, self.step_sample_button, self.reset_button, self.new_weights_button):
            b.setEnabled(not running)
        self.hyper_panel.set_enabled_while_training(running)
        self.data_knobs.set_enabled_while_training(running)
        self.timeline_bar.set_running(running)
        # During a run the lines under the diagram keep their height, and the test split's
        # confusion matrix (measured when a run stops) goes at once, not with the run's first
        # frame: the diagram's new height is laid out in the click's pass, not mid-run.
        self.network_view.set_steady(running)
        self.loss_plot.set_live(running)
        self.painter.hold_run_room(running)
        if running:
            self.confusion.hide()
            settle_layouts()
            self.statusBar().showMessage(translate("MainWindow", "Training… (Space pauses)"))
        elif self.session.timeline is not None:
            tl = self.session.timeline
            self.painter.show_timeline_at(tl.current, tl.newest)

    @Slot(object, str)
    def _on_run_finished(self, reason: EndReason, text: str) -> None:
        self.painter.run_finished(reason)
        if reason == EndReason.STOPPED:
            return
        if reason == EndReason.DIVERGED:
            self.banner.setText(f"⚠ {text}")
            self.banner.show()
            self.statusBar().showMessage(self.session.end_message(reason))
        elif reason == EndReason.ERROR:
            self.show_error(text)
        elif text:
            self.statusBar().showMessage(text)

    def reset(self) -> None:
        self._command(self.session.reset)

    def new_weights(self) -> None:
        self._command(self.session.new_weights)

    def undo(self) -> None:
        """Put back the network, weights, epoch, history and settings from before the last change."""
        self._command(self.session.undo)

    def pin_run(self) -> None:
        """Keep this run to compare with and go back to its start (Ctrl+P, the timeline's Pin)."""
        if self.session.loaded:
            self._command(self.session.pin)

    def unpin_run(self) -> None:
        """Stop comparing: the pinned run goes (Ctrl+Shift+P)."""
        if self.session.loaded:
            self._command(self.session.unpin)

    def _command(self, command) -> str:
        """Stop a run, send the session ``command`` and show its status line."""
        self.runner.stop_and_wait()
        text = command()
        self.statusBar().showMessage(text)
        return text

    # ------------------------------------------------------------------------ the timeline
    def step_back(self) -> None:
        """Undo the last step, whatever its size (Shift+←, Backspace; PageUp when presenting)."""
        self._travel(self.session.step_back)

    def step_forward(self) -> None:
        self._travel(self.session.step_forward)

    def goto_start(self) -> None:
        self._travel(lambda: self.session.goto(0))

    def goto_newest(self) -> None:
        self._travel(lambda: self.session.goto(self.session.timeline.newest))

    def goto_position(self, position: int) -> None:
        """Show the state at a timeline position (the slider)."""
        self._travel(lambda: self.session.goto(position))

    def goto_epoch(self, epoch: int) -> None:
        """Show the state at the end of ``epoch`` (a click on the loss curve)."""
        def go() -> str:
            try:
                return self.session.goto_epoch(epoch)
            except ValueError as exc:
                return str(exc)
        self._travel(go)

    def _travel(self, command) -> None:
        """Move along the timeline: a run under way stops first (its last epochs join the curve)."""
        if self.session.loaded:
            self._command(command)

    # ------------------------------------------------------------------------ the diagram
    def next_phase(self) -> None:
        """Show the next phase of the last step on the diagram (forward → backward → update)."""
        if self.network_view.next_phase() is None:
            self.statusBar().showMessage(translate("MainWindow", "No step to show in phases yet: take a step first."))

    def _on_phases_toggled(self, on: bool) -> None:
        if not on:
            self.network_view.stop_phases()

    def _on_maps_toggled(self, on: bool) -> None:
        if not on:
            self.network_view.set_maps(None)
            self.painter.clear_neuron_map()
        if self.session.loaded:
            self.sync.set_plane()
            self.painter.show_frame_now()

    def _on_node_map(self, layer: int, index: int) -> None:
        """A neuron's map, large in the boundary panel, following training until another
        neuron is chosen or the selection is cleared."""
        if self.painter.follow_neuron_map(layer, index):
            self.statusBar().showMessage(translate("MainWindow", "The boundary panel shows what {0} computes over the plane "
                                                   "(a click on empty space in the diagram goes back).")
                                         .format(self.painter.neuron_name(layer, index)))

    def _edit_parameter(self, layer: int, index: tuple, value: float, bias: bool) -> None:
        """A weight or bias typed on the diagram: recorded on the timeline, undoable."""
        self.runner.stop_and_wait()
        try:
            text = self.session.edit_parameter(layer, index, value, bias=bias)
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(text)

    def refresh_scores(self) -> None:
        """The scores, the sample line and the confusion matrix from the frame on screen."""
        self.painter.refresh_scores()

    # ------------------------------------------------------------------------ data knobs and points
    def editable_plane(self) -> bool:
        """Clicks add and remove points on a plane of two raw inputs (generated sets and
        two-input tables), not on a slice of a wider table."""
        problem = self.session.problem
        return problem is not None and boundary.plane_problem(problem).n_features == 2

    @Slot(object, str)
    def _on_data_requested(self, data, what: str) -> None:
        """Noise, training ratio, points or Regenerate: the same network on new points."""
        try:
            fresh = data.problem()
        except DataError as exc:
            self.show_error(str(exc))
            self.sync.show_knobs()
            return
        source = boundary.plane_problem(self.session.problem)
        fresh.name = source.name
        fresh.notes = [n for n in source.notes if getattr(n, "kind", "") != GENERATED] + fresh.notes
        self._change_data(fresh, translate("MainWindow", "data change ({0})").format(what), generated=data)

    @Slot(tuple)
    def _on_inputs_requested(self, names: tuple) -> None:
        """Feature inputs toggled: a new input layer, so a network change from epoch 0."""
        s = replace(self.session.settings.copy(), inputs=tuple(names), weights=None, biases=None)
        if not self.apply_settings(s):
            self.sync.show_knobs()      # what is in use: a refused change leaves the old inputs

    def on_plane_clicked(self, x: float, y: float, shift: bool) -> None:
        """Click: add a training point of the chosen class (or value) there. Shift+click: remove
        the nearest point (training or test). Training goes on with the changed data."""
        if not self.editable_plane() or self.boundary_plot.neuron_map_shown():
            return
        plane = boundary.plane_problem(self.session.problem)
        if shift:
            changed, what = without_nearest(plane, x, y, self.options.extent, self.show_test_box.isChecked())
            if changed is None:
                self.statusBar().showMessage(what)
                return
        else:
            changed, what = with_point(plane, x, y, self.data_knobs.click_target())
        self._change_data(changed, what)

    def _change_data(self, problem: Problem, what: str, **generated) -> None:
        """New data for the same network (undoable). A run under way stops, takes the new data
        and goes on at once, so Play is never lost."""
        was_running = self.runner.continuous
        text = ""
        self.runner.stop_and_wait()
        try:
            text = self.session.change_data(problem, what, **generated)
        except ValueError as exc:
            self.show_error(str(exc))
            self.sync.show_knobs()
        if was_running:
            self.runner.start("run")
        if text:
            self.statusBar().showMessage(text)

    # ------------------------------------------------------------------------ pictures: the digits pane
    def add_drawing(self, pixels: np.ndarray, label: int) -> None:
        """The pad's drawing as one more training row with ``label`` (undoable, as a clicked
        point is): the same network trains on with it."""
        if self.session.problem is None:
            return
        if label < 0:
            self.statusBar().showMessage(translate("MainWindow", "Choose the drawing's label first: type the digit on the "
                                                   "pad, or pick it beside “Add to training data”."))
            return
        try:
            changed, what = with_picture(self.session.problem, pixels, int(label))
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self._change_data(changed, what)

    def show_test_sample(self, row: int) -> None:
        """Test row ``row`` (a mistake chosen in the gallery) is the sample the diagram shows;
        changing the sample picker goes back to the training rows. The explainer keeps
        explaining the last training step: a test row is never trained on."""
        X, _ = self.session.problem.split("test") if self.session.loaded else (None, None)
        if X is None or not 0 <= int(row) < len(X):
            return
        self.runner.set_options(replace(self.options, sample_split="test", sample_index=int(row)))
        self.painter.show_frame_now()
        self.digits_pane.set_chosen(int(row))
        self.statusBar().showMessage(translate("MainWindow", "The diagram shows test digit {0}: the network never trained on it. "
                                             "The sample picker goes back to the training digits.").format(int(row)))

    def show_digits_tab(self, draw: bool) -> None:
        """D: the drawing pad, M: the mistakes, each with the keyboard's focus."""
        pane = self.digits_pane
        if pane.isHidden():
            self.statusBar().showMessage(translate("MainWindow", "Drawing and mistakes are for lessons whose inputs form a picture, "
                                                 "such as the handwritten digits."))
            return
        if self.presenter.presenting:
            self.presenter.show_tab(self.boundary_box)
        pane.show_draw() if draw else pane.show_mistakes()

    def _on_confusion_cell(self, truth: int, answer: int) -> None:
        """A click on the confusion matrix: the gallery shows that kind of mistake."""
        pane = self.digits_pane
        if pane.isHidden():
            return
        pane.set_filter(truth, answer)
        pane.show_mistakes(focus=False)
        if pane.shown_filter() is None:
            self.statusBar().showMessage(translate("MainWindow", "The gallery shows every mistake (a right answer was clicked)."))
        else:
            names = pane.class_names()
            self.statusBar().showMessage(translate("MainWindow", "The gallery shows the test digits of {0} taken for {1} "
                                                 "(the picker above it goes back to all).").format(names[truth], names[answer]))

    def _on_frame_for_digits(self, _epoch: int = 0, *, ended: bool = False) -> None:
        """A frame was painted (or a run or step ``ended``: what it ended on, at once): the
        drawing's bars and the mistakes follow the network."""
        if not self.digits_pane.isHidden():
            self.digits_pane.follow_network(self.runner.running and not ended)

    # ------------------------------------------------------------------------ your own data
    def open_csv(self, path: str, target: str, **options) -> None:
        """Open a CSV through the Data panel as a person would (the command line's --csv): it is
        read on the panel's worker, the choices are set, and "Use this data" is pressed once
        the table is in. ``csvOpened(True)`` follows when it is on screen, ``csvOpened(False)``
        after a one-line refusal (shown in the panel and the status bar)."""
        self.data_dock.show()
        self.data_dock.raise_()
        choices = {k: v for k, v in options.items() if v is not None}
        panel = self.data_panel

        def finish(ok: bool) -> None:
            panel.loadFinished.disconnect(loaded)
            panel.prepareFinished.disconnect(finish)
            self.csvOpened.emit(bool(ok))

        def loaded(outcome: str) -> None:
            if outcome != "loaded":
                finish(False)
                return
            panel.set_choices(target=target, **choices)
            if panel.choices()["target"] != target:
                self.show_error(translate("MainWindow", "{0} has no column {1}").format(Path(path).name, repr(target)))
                finish(False)
                return
            panel.use_data()

        panel.loadFinished.connect(loaded)
        panel.prepareFinished.connect(finish)
        panel.open_file(path)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The network's output for scaled inputs, with the weights on screen (a run may own
        the trainer: the last drawn frame's weights are used then)."""
        frame = self.painter.last_frame
        transform = self.session.problem.input_transform
        if transform is not None:   # the box asks in x1, x2 (scaled): the network takes features of them
            X = compute_features(transform.names, X)
        if self.runner.running and frame is not None:
            return self.session.predict(X, frame.snapshot.weights, frame.snapshot.biases)
        return self.session.predict(X)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.open_path(files[0])    # a session, a lesson file or a CSV table, by extension
            event.acceptProposedAction()

    # ------------------------------------------------------------------------ small handlers
    def _on_speed(self, i: int) -> None:
        self.speed_value.setText(speed_label(SPEEDS[i]))
        self.runner.set_speed(SPEEDS[i])
        self.settings.setValue("speed", i)

    def _on_max_epochs(self, n: int) -> None:
        if self.session.loaded:
            self.apply_settings(self.runner.stop_settings(epochs=int(n)))

    def _on_target_loss(self, value: float) -> None:
        if self.session.loaded:
            self.apply_settings(self.runner.stop_settings(target_loss=value or None))

    def _on_sample_changed(self, i: int) -> None:
        self.runner.set_options(replace(self.options, sample_split="train", sample_index=i))
        self.digits_pane.set_chosen(None)
        self.painter.show_frame_now()

    def on_axes_changed(self, _=None) -> None:
        x, y = self.x_axis_combo.currentIndex(), self.y_axis_combo.currentIndex()
        if x == y:
            self.statusBar().showMessage(translate("MainWindow", "Pick two different inputs for the two axes."))
            return
        self.sync.set_plane()
        self.painter.show_frame_now()

    def _on_node_selected(self, layer: int, index: int) -> None:
        self.explainer.set_neuron(layer, index)
        self.statusBar().showMessage(self.network_view.node_tooltip(layer, index).replace("\n", " · "))

    def zoom(self, step: int) -> None:
        """Every text one point larger (+1) or smaller (-1), or the normal size (0)."""
        self.text_zoom.zoom(step)

    def explain_neuron(self, layer: int, index: int) -> None:
        """Open the step explainer on a neuron (a lesson beat, or a person's choice)."""
        if not self.presenter.presenting:
            self.explainer_dock.show()
            self.explainer_dock.raise_()
        self.network_view.select_node(layer, index)
        self.explainer.set_neuron(layer, index)

    def show_neuron_map(self, layer: int, index: int) -> None:
        """Show what a neuron computes over the plane, large in the boundary panel."""
        if not self.show_maps_box.isChecked():
            self.show_maps_box.setChecked(True)     # frames now carry the maps
        self.network_view.select_node(layer, index)
        self._on_node_map(layer, index)

    def show_error(self, message: str) -> None:
        """One line in the status bar and the banner; nothing on screen is lost."""
        self.statusBar().showMessage(message)
        self.banner.setText(f"⚠ {message}")
        self.banner.show()

    # ------------------------------------------------------------------------ language
    def set_language(self, code: str) -> None:
        """View → Language: every text in ``code`` at once, remembered for the next start."""
        i18n.set_language(code, settings=self.settings)
        self.statusBar().showMessage(translate("MainWindow", "Language: {0}.").format(i18n.LANGUAGES[i18n.current()]))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "language_actions", None) is not None:
            self.retranslate()     # (not while the window is still being built)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the current language: the fixed ones from their sources, the computed
        ones by their views (each part with a ``retranslate`` re-renders its own)."""
        i18n.retranslate_widgets(self)
        # A dock's new title renames its menu entry: the explainer's entry has its own name.
        self.explainer_dock.toggleViewAction().setText(translate("WindowBuilder", "Step &explainer"))
        for action in self.language_actions:
            action.setChecked(action.data() == i18n.current())
        for i in range(self.lesson_combo.count()):
            lesson = LESSONS.get(self.lesson_combo.itemData(i))
            if lesson is not None:
                self.lesson_combo.setItemText(i, i18n.shown(lesson).title)
                self.lesson_combo.setItemData(i, i18n.shown(lesson).caption, Qt.ItemDataRole.ToolTipRole)
        running = self.runner.running
        self.play_button.setText(translate("MainWindow", "❚❚ Pause") if running else translate("WindowBuilder", "▶ Play"))
        self.speed_value.setText(speed_label(SPEEDS[self.speed_slider.value()]))
        self.fit_epoch_label()
        self.fit_toolbar()
        for part in (self.hyper_panel, self.data_knobs, self.data_panel, self.predict_box, self.explainer,
                     self.network_view, self.boundary_plot, self.curve_plot, self.loss_plot, self.timeline_bar,
                     self.confusion, self.presenter):
            redo = getattr(part, "retranslate", None)
            if redo is not None:
                redo()
        self.sync.retranslate()
        if self.session.loaded:
            self.show_caption()
            if not running:
                self.painter.show_frame_now()
        settle_layouts()       # the new texts' sizes, laid out before anything paints

    # ------------------------------------------------------------------------ settings and close
    def _on_history_memory(self, mb: int) -> None:
        self.settings.setValue("history_mb", int(mb))
        self.session.set_history_budget(int(mb) * 1_000_000)

    def _restore_settings(self) -> None:
        self.history_memory.setValue(self.settings.value("history_mb", DEFAULT_BUDGET_BYTES // 1_000_000, type=int))
        speed = self.settings.value("speed", len(SPEEDS) - 1, type=int)
        self.speed_slider.setValue(min(max(speed, 0), len(SPEEDS) - 1))
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.setProperty("restoredGeometry", bool(self.restoreGeometry(geometry)))
        self.text_zoom.restore()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.presenter.shutdown()
        self.runner.stop_and_wait()
        self.data_panel.shutdown()
        self.painter.redraw_timer.stop()
        self.settings.setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
