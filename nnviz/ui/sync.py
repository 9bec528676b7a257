"""The one place that maps what a session command changed to the views that show it.

Every :class:`~nnviz.core.app.session.Session` command reports a
:class:`~nnviz.core.app.changes.Changed`; :class:`SessionSync` receives each one on the GUI thread
(a report from the training worker's thread is relayed, queued) and refreshes exactly the views
that show what changed. Command handlers elsewhere stop a run if needed, call the session and
show the status line: they never refresh a view themselves (``tests/ui/test_layering_rules.py``
holds them to it).

While a run owns the session its frames draw the state; only the settings panel and the Undo
action follow reports then.

The test digit chosen in the mistakes gallery is explained (its forward pass) with the weights
shown. The rule for keeping those numbers true: moving the weights without training (the
timeline, undo, a reset, an edited weight) explains it again with the new weights; training
(Step, Play) goes back to the step just taken, since the step is what a person asked to see and
a run's weights move on every epoch. A digit chosen during a run is explained when it stops. Many commands in a row (a presentation replaying its beats) can be
:meth:`SessionSync.held`: the views follow once, for everything they changed together.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.app import boundary
from ..core.app.changes import Change, Changed
from ..core.app.compare import difference_line, picture_kind, pinned_label
from ..core.app.frames import FrameOptions
from ..core.data.names import diagram_names, readable_names
from ..core.data.problem import Problem
from ..core.data.slices import informative_pair, slice_note
from .panel_kit import hold_paint, next_pass, settle_layouts
from . import i18n
from .i18n import translate

PLANE_GRID = 100          # the boundary field's cells along each axis
SHOWS_STATE = Change.LESSON | Change.DATA | Change.TRAINER | Change.STATE
# What the comparison with a pinned run shows: the pin, what differs (the settings), and the
# pinned run's picture at the epoch shown (and on the plane shown).
SHOWS_COMPARISON = Change.PIN | Change.SETTINGS | SHOWS_STATE | Change.TIMELINE | Change.HISTORY


class SessionSync(QObject):
    """Follows ``window.session``'s reports and refreshes ``window``'s views (public members)."""

    _relay = Signal(object)     # a report made on another thread, delivered on this one

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self._held: list[Changed] | None = None    # reports kept while held
        self._pin_shown = None     # (the pinned run, its name) the loss plot shows
        self._explain_after_run: int | None = None   # a test row chosen during a run
        self._relay.connect(self.follow)
        window.session.changed.connect(self._on_changed)
        window.digits_pane.chosenChanged.connect(self.explain_chosen)
        window.runner.runningChanged.connect(self._on_running)
        window.runner.runFinished.connect(self._after_run)

    def _on_changed(self, report: Changed) -> None:
        if QThread.currentThread() is not self.thread():
            self._relay.emit(report)     # queued: the worker's thread never touches a widget
        else:
            self.follow(report)

    @contextmanager
    def held(self):
        """Within the block the views do not follow each report; at its end they follow once,
        for all of them together."""
        if self._held is not None:      # already held by an outer block
            yield
            return
        self._held = []
        try:
            yield
        finally:
            reports, self._held = self._held, None
            if reports:
                changes = Change.NONE
                for r in reports:
                    changes |= r.changes
                command = reports[0].command if len(reports) == 1 else "several"
                self.follow(Changed(command, changes, reports[-1].text))

    @Slot(object)
    def follow(self, report: Changed) -> None:
        """Refresh what ``report`` says changed."""
        if self._held is not None:
            self._held.append(report)
            return
        c, w = report.changes, self.w
        if not c or not w.session.loaded:
            return
        if w.runner.running:     # the run's frames draw the state
            if Change.SETTINGS in c:
                self.show_settings()
                self.show_comparison()
            if Change.UNDO in c:
                self.refresh_undo()
            if Change.STATE in c:
                self.follow_chosen(report.command)
            return
        if Change.SETTINGS in c and Change.LESSON not in c:
            self.show_settings()
        if Change.LESSON in c:
            self.show_loaded()
        elif Change.DATA in c and report.command == "change_data":
            self.show_new_points()
        elif Change.DATA in c and report.command == "undo":
            self.install()
        elif c & (Change.DATA | Change.TRAINER):
            # A new network: on new inputs (its input layer changed) or on the same data, where
            # the points, axes and grid on the plots stay.
            self.rebuild_views(plane=Change.DATA in c, later=True)
            if Change.DATA in c:
                self.show_knobs()
        else:
            if Change.HISTORY in c:
                w.painter.reload_curve()
            if Change.STATE in c:
                w.painter.show_frame_now()
        if Change.UNDO in c:
            self.refresh_undo()
        if c & SHOWS_STATE:
            w.banner.setVisible(bool(w.session.diverged))
        if c & (Change.LESSON | Change.FILE):
            self.show_file()
        if c & SHOWS_COMPARISON:
            self.show_comparison(plane=bool(c & (Change.PIN | Change.LESSON | Change.DATA)))
        if c & SHOWS_STATE:
            self.follow_chosen(report.command)

    # --- the chosen test digit, explained -------------------------------------------------------------
    def explain_chosen(self, row: int | None) -> None:
        """The explainer shows test row ``row``'s forward pass with the weights now (None: the
        step). During a run the weights move under it: explained when the run stops."""
        w = self.w
        self._explain_after_run = None
        if row is not None and w.runner.running:
            self._explain_after_run = int(row)
            row = None
        sample = None
        if row is not None and w.session.loaded:
            try:
                sample = w.session.sample_forward("test", int(row))
            except ValueError:       # no such test row (other data): the step, as before
                sample = None
        w.explainer.show_sample(sample)

    def follow_chosen(self, command: str) -> None:
        """The weights shown moved (``command`` reported it): the chosen test digit again with
        the new weights, or the step after training (see the module docstring)."""
        w = self.w
        if w.explainer.sample() is None:
            return
        chosen = w.digits_pane.chosen()
        if command == "step" or w.runner.running or chosen is None or w.options.sample_split != "test":
            w.explainer.show_sample(None)
        else:
            self.explain_chosen(chosen)

    def _on_running(self, running: bool) -> None:
        """A run starts: its weights move every epoch, the explainer goes back to the step."""
        if running:
            self.w.explainer.show_sample(None)

    def _after_run(self, *_) -> None:
        """A run or a step ended: a test digit chosen meanwhile is explained now."""
        w = self.w
        row, self._explain_after_run = self._explain_after_run, None
        if row is not None and row == w.digits_pane.chosen() and w.options.sample_split == "test":
            self.explain_chosen(row)

    # --- what is loaded ---------------------------------------------------------------------------
    def show_loaded(self) -> None:
        """The lesson picker, caption and every view for what the session has loaded."""
        w = self.w
        lesson, problem = w.session.lesson, w.session.problem
        w.show_caption()
        if lesson is None:
            w.lesson_combo.setCurrentIndex(-1)
            w.lesson_combo.setPlaceholderText(translate("SessionSync", "your own data"))
        else:
            index = w.lesson_combo.findData(lesson.name)
            w.lesson_combo.setCurrentIndex(index)
            if index < 0:          # a lesson file's: its title stands in the picker
                w.lesson_combo.setPlaceholderText(i18n.shown(lesson).title)
        # The lesson's notes (why the house lesson's hidden neurons stay identical, the
        # tutorials' quirks) in the step explainer, not only in a tooltip.
        w.explainer.set_notes(list(problem.notes))
        w.explainer.set_exercises(lesson.exercises if lesson is not None else ())
        self.install()

    def show_file(self) -> None:
        """The window's file: the session file this state was opened from or saved to."""
        self.w.setWindowFilePath(self.w.session.path or "")

    def install(self) -> None:
        """Show what the session holds everywhere: the data's axes, knobs and predict box, the
        first sample, the settings and every view."""
        w = self.w
        problem, lesson = w.session.problem, w.session.lesson
        self.refresh_undo()
        w.banner.setVisible(bool(w.session.diverged))
        self.show_settings()
        plane = boundary.plane_problem(problem)   # feature inputs are drawn over their x1, x2
        for combo in (w.x_axis_combo, w.y_axis_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(readable_names(plane.feature_names))
            combo.blockSignals(False)
        two_d = plane.n_features >= 2
        # Inputs that form a picture: the digits pane (a pad, the mistakes) instead of a slice.
        image = problem.image_shape is not None
        # The pair the classes separate best on; a picture has no plane to open (and scoring
        # its 2,016 pixel pairs took most of a second on every load).
        x_axis, y_axis = (0, 1) if image else informative_pair(plane)
        w.x_axis_combo.setCurrentIndex(x_axis)
        w.y_axis_combo.setCurrentIndex(y_axis if two_d else 0)
        for picker in w.axis_pickers:   # only a slice of more than two inputs has a choice to make
            picker.setVisible(plane.n_features > 2 and not image)
        w.boundary_plot.setVisible(two_d and not image)
        w.curve_plot.setVisible(not two_d and not image)
        w.show_test_box.setVisible(two_d and not image and plane.X_test is not None and len(plane.X_test) > 0)
        w.runner.set_options(replace(w.options, sample_split="train"))   # a test row chosen before goes
        w.digits_pane.setVisible(image)
        w.show_maps_box.setEnabled(not image)
        w.show_maps_box.setToolTip(w.maps_tooltip(picture=image))
        if image:
            w.digits_pane.set_problem(problem, w.predict)
        self.show_knobs()
        w.predict_box.set_problem(plane)
        w.predict_box.set_predictor(w.predict)
        if lesson is not None and lesson.question:
            w.predict_box.set_values(lesson.question)
        self.set_sample_range(0)
        self.rebuild_views()

    def show_new_points(self) -> None:
        """The same network on other points: the plane, the points and the curve change, the
        diagram's structure does not."""
        w = self.w
        self.set_sample_range(w.sample_spin.value())
        self.show_knobs()
        if w.session.problem.image_shape is not None:
            w.digits_pane.set_problem(w.session.problem, w.predict, keep_drawing=True)
        self.set_plane()
        w.painter.pending_frame = None
        w.painter.reload_curve()
        w.painter.show_frame_now()

    def set_sample_range(self, keep: int) -> None:
        """The sample picker over the training rows, at ``keep`` (or the last row), silently."""
        spin = self.w.sample_spin
        spin.blockSignals(True)
        spin.setRange(0, max(0, len(self.w.session.problem.X_train) - 1))
        spin.setValue(min(keep, spin.maximum()))
        spin.blockSignals(False)

    # --- settings and undo ----------------------------------------------------------------------------
    def show_settings(self) -> None:
        """The panel and the run box show the settings in use (queued edits of a run included),
        emitting nothing."""
        w = self.w
        s, p = w.runner.settings_in_use(), w.session.problem
        w.hyper_panel.set_settings(s, p.task, p.n_features, p.n_outputs)
        for spin, value in ((w.max_epochs, s.config.epochs), (w.target_loss, s.config.target_loss or 0.0)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def refresh_undo(self) -> None:
        label = self.w.session.undo_label
        self.w.undo_action.setEnabled(label is not None)
        self.w.undo_action.setText(translate("SessionSync", "&Undo {0}").format(label) if label
                                   else translate("WindowBuilder", "&Undo"))

    def show_knobs(self) -> None:
        """The Data group for what is loaded (emitting nothing)."""
        w = self.w
        session = w.session
        problem = session.problem
        plane = boundary.plane_problem(problem)
        generated = session.generated if session.lesson is not None and session.lesson.playground else None
        inputs = None
        if generated is not None:
            transform = problem.input_transform
            inputs = tuple(transform.names) if transform is not None else ("x1", "x2")
        click = None
        if w.editable_plane():
            if problem.is_classification:
                n = problem.n_outputs if problem.task == "multiclass" else 2
                click = ("classes", list(problem.class_names or [translate("SessionSync", "class {0}").format(i) for i in range(n)]))
            else:
                values = problem.y_scaler.inverse(plane.Y_train)[:, 0]
                click = ("value", (float(values.min()), float(values.max())))
        w.data_knobs.set_state(generated, inputs, click)
        w.boundary_plot.set_points_editable(click is not None)

    # --- the views' structure ----------------------------------------------------------------------------
    def rebuild_views(self, plane: bool = True, later: bool = False) -> None:
        """Structure, points and an initial frame for the current trainer (GUI thread, paused).
        ``plane=False`` when only the network changed (a layer, new weights, an undo): the
        points, axes and grid on the plots stay, and so does their layout. ``later`` (a click):
        the diagram in this pass of the event loop; the plots' field, the plots' and the side
        panels' paint in the next, so that neither pass stalls the window."""
        w = self.w
        release = hold_paint([w.boundary_plot, w.curve_plot, w.loss_plot, *w.docks()]) if later else None
        problem = w.session.problem
        w.painter.clear_neuron_map()
        w.network_view.set_structure(w.session.layer_sizes, diagram_names(problem.feature_names), problem.output_names,
                                     w.session.settings.use_bias)
        w.loss_plot.reset(problem.is_classification)
        w.loss_title.setText(translate("WindowBuilder", "Loss and accuracy") if problem.is_classification
                             else translate("SessionSync", "Loss"))
        if problem.image_shape is not None:
            w.boundary_title.setText(translate("SessionSync", "Digits"))
        elif problem.n_features < 2:
            w.boundary_title.setText(translate("SessionSync", "Prediction along {0}").format(readable_names(problem.feature_names)[0]))
        else:
            w.boundary_title.setText(translate("WindowBuilder", "Decision boundary") if problem.is_classification
                                     else translate("SessionSync", "Prediction"))
        if plane:
            self.set_plane()
        w.painter.pending_frame = None
        w.painter.reload_curve()   # a restored trainer brings its curve
        w.painter.show_frame_now(field=not later)
        settle_layouts()
        if later:
            next_pass(lambda: (w.painter.show_field_now(), release()), self)

    def retranslate(self) -> None:
        """The window's language changed: the note on the plane saying where the other inputs
        are held is composed here, so it is composed again in the new language."""
        w = self.w
        if not w.session.loaded or w.session.problem.image_shape is not None:
            return
        plane = boundary.plane_problem(w.session.problem)
        if plane.n_features >= 2:
            w.boundary_plot.set_slice_note(slice_note(plane, (w.x_axis_combo.currentIndex(), w.y_axis_combo.currentIndex())))

    def set_plane(self) -> None:
        """The plot's problem, extent and points for the chosen axes, and the frame options
        that go with them (to the run controller)."""
        w = self.w
        problem = w.session.problem
        plane = boundary.plane_problem(problem)
        axes = (w.x_axis_combo.currentIndex(), w.y_axis_combo.currentIndex())
        if problem.image_shape is not None:
            # A picture's inputs: no plane to draw (the digits pane shows it), so the frames
            # carry no field; a test digit chosen in the pane stays the sample.
            keep = w.options.sample_split == "test"
            w.runner.set_options(FrameOptions(tuple(axes), PLANE_GRID, None, None, "test" if keep else "train",
                                              w.options.sample_index if keep else w.sample_spin.value()))
            self.set_compare_plane()
            return
        if plane.n_features < 2:
            options = FrameOptions.for_problem(problem, sample_index=w.sample_spin.value())
            w.curve_plot.set_problem(problem.task, problem.class_names, readable_names(problem.feature_names)[0],
                                     problem.target_name)
            w.boundary_plot.set_slice_note("")
            train = boundary.points(problem, "train", (0, 0))
            test = boundary.points(problem, "test", (0, 0))
            w.curve_plot.set_points(train[0][:, 0], train[1], *((test[0][:, 0], test[1]) if test else (None, None)))
            w.curve_plot.set_extent(options.curve_range)
            w.runner.set_options(options)
            self.set_compare_plane()
            return
        options = self.plane_options(problem, axes)
        names = readable_names(plane.feature_names)
        w.boundary_plot.set_slice_note(slice_note(plane, axes))
        w.boundary_plot.set_problem(problem.task, problem.class_names, names[axes[0]], names[axes[1]])
        # Playground planes share one unit on both axes; a table's columns usually do not.
        lesson = w.session.lesson
        w.boundary_plot.set_aspect_locked(bool(lesson and lesson.playground))
        w.boundary_plot.set_extent(*options.extent)
        train = boundary.points(problem, "train", axes)
        test = boundary.points(problem, "test", axes)
        w.boundary_plot.set_points(train[0], train[1], *(test if test else (None, None)))
        w.runner.set_options(options)
        self.set_compare_plane()

    # --- two runs side by side -------------------------------------------------------------------
    def show_comparison(self, plane: bool = False) -> None:
        """The pinned run (or none): its curves on the loss plot, the line saying what differs,
        its picture at the epoch shown, the timeline's Pin button. ``plane``: set its picture's
        plane up too (a new pin, new data)."""
        w = self.w
        session = w.session
        pinned = session.pinned
        w.timeline_bar.show_pinned(pinned is not None)
        if pinned is None:
            if self._pin_shown is not None:
                self._pin_shown = None
                w.loss_plot.set_pinned(None)
                w.compare_view.show_pinned(None, "", 0, None)
            return
        now = w.runner.settings_in_use()
        label = pinned_label(pinned.settings, now)
        if self._pin_shown != (pinned, label) or not w.loss_plot.pinned.shown:   # its curves once
            self._pin_shown = (pinned, label)
            w.loss_plot.set_pinned(pinned.epochs, pinned.train_loss,
                                   pinned.train_acc if pinned.classification else None, label)
        if plane:
            self.set_compare_plane()
        frame = w.painter.last_frame
        epoch = frame.snapshot.epoch if w.runner.running and frame is not None else session.epoch
        # The settings in use, a run's queued edits included (the session's own when paused).
        w.compare_view.show_pinned(pinned, difference_line(pinned.settings, now), epoch, w.options)

    def set_compare_plane(self) -> None:
        """The pinned run's picture on the plane the big one shows: the same problem, axes,
        extent and points (only while a run is pinned)."""
        w = self.w
        problem = w.session.problem
        if w.session.pinned is None or problem is None:
            return
        picture = w.compare_view.picture(picture_kind(problem))
        if picture is None:
            return
        if picture_kind(problem) == "weights":
            picture.set_shape(problem.image_shape)
            return
        if picture_kind(problem) == "curve":
            picture.set_problem(problem.task, problem.class_names, readable_names(problem.feature_names)[0],
                                problem.target_name)
            train = boundary.points(problem, "train", (0, 0))
            picture.set_points(train[0][:, 0], train[1])
            if w.options.curve_range is not None:
                picture.set_extent(w.options.curve_range)
            return
        plane = boundary.plane_problem(problem)
        axes = (w.x_axis_combo.currentIndex(), w.y_axis_combo.currentIndex())
        if plane.n_features < 2 or w.options.extent is None:
            return
        names = readable_names(plane.feature_names)
        picture.set_problem(problem.task, problem.class_names, names[axes[0]], names[axes[1]])
        lesson = w.session.lesson
        picture.set_aspect_locked(bool(lesson and lesson.playground))
        picture.set_extent(*w.options.extent)
        train = boundary.points(problem, "train", axes)
        picture.set_points(train[0], train[1])

    def plane_options(self, problem: Problem, axes: tuple[int, int]) -> FrameOptions:
        """FrameOptions for the plane of ``axes`` (its extent and grid from the raw x1, x2 even
        when the network's inputs are features of them, one feature or seven)."""
        lesson = self.w.session.lesson
        extent = boundary.plane_extent(problem, axes, include=lesson.question if lesson is not None else None)
        grid = boundary.grid_inputs(problem, *extent, PLANE_GRID, axes)
        return FrameOptions(tuple(axes), PLANE_GRID, extent, grid, "train", self.w.sample_spin.value(),
                            maps=self.w.show_maps_box.isChecked())


__all__ = ["SessionSync"]
