"""Frames onto the window's views: the diagram, the plane, the loss curve, the scores, the
timeline and the step explainer.

Every number on screen comes from a :class:`~nnviz.core.app.frames.Frame`, made by the session on
the thread that owns it (the worker during a run). Frames are coalesced: stored as they arrive
and painted at most every ``REDRAW_MS``. During a run the loss plot, the scores and the sample
line follow at most every ``LOSS_PLOT_MS``, in an event-loop pass of their own after a frame's
paint, and the next frame waits for that pass: a frame's paint and the loss plot's in one pass
stall the window. The worker waits for ``frame_drawn`` before it trains on: after a part-way
frame's paint (so painting does not compete with training for the GIL), as the paint starts
after other frames (see ``redraw``).

A frame a run sends part-way through a long epoch (``Frame.progress``) is drawn like the
others, the toolbar saying "Epoch N +k" as after Step sample; it is never what a run ends on.
"""
from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject, QTimer, Slot

from ..core.app.frames import Frame
from ..core.app.session import EndReason
from ..core.data.names import readable_names
from ..core.engine.explain import phase_data
from ..core.text import fixed, readable
from .i18n import local, translate
from .panel_kit import next_pass, steady_height

REDRAW_MS = 16
LOSS_PLOT_MS = 100       # the loss curve barely moves in 16 ms; repainting it costs most
SAMPLE_INPUTS_SHOWN = 4  # a table with 30 inputs would fill the sample line and squash the diagram


def moment(epoch: int, cursor: int) -> str:
    """The moment "12" or "12 +640": epochs finished and samples into the next, as the captions
    write it."""
    return local(f"{epoch:,}" + (f" +{cursor:,}" if cursor else ""))


class FramePainter(QObject):
    """Draws frames on the window's views (GUI thread). ``window`` gives the views, the
    session and the run controller, all through public attributes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.pending_frame: Frame | None = None   # arrived, not painted yet
        self.last_frame: Frame | None = None      # the one on screen
        self.pending_stats: list = []             # epochs of frames not painted yet
        self.loss_stats: list = []                # epochs painted, not yet on the loss plot
        self.map_shown: tuple[int, int] | None = None   # a neuron whose map the boundary panel shows
        self.flush_waiting = False                # a loss-plot pass is due after a frame's paint
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setSingleShot(True)
        self.redraw_timer.timeout.connect(self.redraw)
        self._last_draw = 0.0
        self._loss_flushed = 0.0

    # --- frames from a run ------------------------------------------------------------------------
    @Slot(object)
    def on_frame(self, frame: Frame) -> None:
        self.pending_stats.extend(frame.snapshot.stats)
        self.pending_frame = frame
        if not self.redraw_timer.isActive() and not self.flush_waiting:
            self.start_redraw_timer()

    def start_redraw_timer(self, least_ms: int = 0) -> None:
        wait_ms = REDRAW_MS - (time.perf_counter() - self._last_draw) * 1000
        self.redraw_timer.start(max(least_ms, int(wait_ms)))

    def drop_pending(self) -> None:
        """Forget frames and epochs not painted yet (what they show was replaced)."""
        self.pending_frame = None
        self.pending_stats = []
        self.loss_stats = []

    def redraw(self) -> None:
        w = self.w
        frame = self.pending_frame
        if frame is None:
            return
        self.pending_frame = None
        self._last_draw = time.perf_counter()
        stats, self.pending_stats = self.pending_stats, []
        snap = frame.snapshot
        acts = None if frame.sample is None else [a[0] for a in frame.sample.activations]
        use_bias = w.session.settings.use_bias
        shape = w.session.problem.image_shape
        w.network_view.set_picture(shape, None if shape is None else self.picture_caption(frame))
        w.network_view.set_values(list(snap.weights), list(snap.biases) if use_bias else None, acts)
        w.network_view.set_input_values(frame.sample_inputs)
        self.loss_stats.extend(stats)
        self.draw_plane(frame)
        w.epoch_label.setText(translate("FramePainter", "Epoch {0}").format(moment(snap.epoch, snap.cursor)))
        self.show_timeline_at(frame.position, frame.newest)
        self.last_frame = frame   # the sample line and scores follow with the loss plot (they re-lay-out)
        if not w.runner.running:
            self.flush_loss_plot()
        elif self._last_draw - self._loss_flushed >= LOSS_PLOT_MS / 1000:
            self._loss_flushed = self._last_draw
            # After this frame's paint, in a pass of its own; not if another frame or a new
            # lesson has come meanwhile (it brings its own).
            self.flush_waiting = True
            next_pass(lambda: self.flush_after(frame), self)
        # When the worker may train on. A part-way frame's worker waits for the paint itself
        # (next_pass runs after it): it gives training as long as the window took, and painting
        # does not compete with training for the GIL. Other frames let it go on as the paint
        # starts (a zero timer runs in the same pass, before the paints).
        if frame.progress is not None:
            next_pass(w.runner.frame_drawn, self)
        else:
            QTimer.singleShot(0, w.runner.frame_drawn)
        w.frameDrawn.emit(snap.epoch)

    def draw_plane(self, frame: Frame) -> None:
        """What a frame draws over the plane: the boundary (or the curve), the neurons' maps and
        a neuron's map shown large. While training the worker sends maps with only some frames
        (they double the diagram's paint, and a map barely changes between two frames)."""
        w = self.w
        if frame.maps is not None:
            w.network_view.set_maps(frame.maps)
        if frame.field is not None:
            w.boundary_plot.set_field(frame.field.values)
        elif frame.curve is not None:
            w.curve_plot.set_curve(frame.curve.x, frame.curve.values)
        if self.map_shown is not None and frame.maps is not None:
            self.show_neuron_map(*self.map_shown, frame)

    def flush_after(self, frame: Frame) -> None:
        """The loss plot's pass during a run (see redraw); a frame that came meanwhile is drawn
        in a later pass, after this one's paint (a timer started now fires after the posted
        paint events)."""
        self.flush_waiting = False
        if self.last_frame is frame:
            self.flush_loss_plot()
        if self.pending_frame is not None and not self.redraw_timer.isActive():
            self.start_redraw_timer(least_ms=1)

    def flush_loss_plot(self) -> None:
        """The loss curve, its epoch marker, the scores and the sample line: every LOSS_PLOT_MS
        while a run goes (a moved marker repaints the whole plot), at once otherwise."""
        w = self.w
        if self.last_frame is not None:
            w.loss_plot.set_cursor_epoch(self.last_frame.snapshot.epoch)
        if self.loss_stats:
            stats, self.loss_stats = self.loss_stats, []

            def col(name: str) -> np.ndarray:
                return np.array([np.nan if getattr(s, name) is None else getattr(s, name) for s in stats], float)

            classes = w.session.problem.is_classification
            w.loss_plot.append(col("epoch"), col("train_loss"), col("val_loss"),
                               col("train_accuracy") if classes else None, col("val_accuracy") if classes else None)
        self.refresh_scores()

    # --- the end of a run or a step --------------------------------------------------------------------
    def run_finished(self, reason: EndReason) -> None:
        """Paint what the run or step ended on (a STOPPED run's pending frames are stale)."""
        if reason == EndReason.STOPPED:
            self.drop_pending()
            if self.last_frame is not None and self.last_frame.progress is not None:
                self.show_frame_now()   # a part-way frame shows a moment the session does not keep
            return
        frame = self.pending_frame or self.last_frame
        if frame is not None and frame.progress is not None:   # no end frame came (an error)
            self.pending_frame = None
            self.show_frame_now()
            return
        self.redraw()
        self.flush_loss_plot()
        if reason == EndReason.STEP and frame is not None:
            self.after_step(frame)
        elif frame is not None:
            self.explain(frame)

    def after_step(self, frame: Frame) -> None:
        """After Step sample the row just trained becomes the selected sample, so the diagram
        shows its forward pass; the explainer and the phases show the step."""
        w = self.w
        record = frame.snapshot.last_step
        if record is not None and record.kind == "sample" and w.options.sample_split == "train":
            row = int(record.rows[0])
            if row != w.sample_spin.value():
                w.sample_spin.setValue(row)      # redraws the frame for that row
        self.explain(self.last_frame or frame)
        if w.phases_box.isChecked() and record is not None:
            w.network_view.play_phases()

    # --- the state shown while no run owns the session -------------------------------------------------
    def show_frame_now(self, field: bool = True) -> None:
        """Paint the session's current state (only while no run owns it). ``field=False``
        leaves the boundary (or curve) and the neurons' maps to :meth:`show_field_now`."""
        w = self.w
        if w.runner.running:
            return
        options = w.options if field else replace(w.options, grid=None, curve_range=None, maps=False)
        self.pending_frame = frame = w.session.frame(options, evaluate=True)
        self.redraw()
        self.explain(frame)

    def show_field_now(self) -> None:
        """The boundary (or curve) and the maps of the session's current state."""
        w = self.w
        if w.runner.running or not w.session.loaded:
            return   # a run's frames bring their own
        frame = w.session.frame(w.options)
        self.draw_plane(frame)
        if self.last_frame is not None:   # the drawn frame has them now (a neuron's map is read from it)
            self.last_frame = replace(self.last_frame, field=frame.field, curve=frame.curve, maps=frame.maps)

    def reload_curve(self) -> None:
        """The loss plot anew from the session's history (after a branch dropped epochs)."""
        self.loss_stats = []
        self.pending_stats = []
        self.w.loss_plot.set_series(*self.w.session.history_columns())

    def show_timeline_at(self, position: int, newest: int) -> None:
        tl = self.w.session.timeline
        if tl is None or newest > tl.newest:   # a frame of a timeline since replaced
            return
        epoch, cursor = tl.label(position)
        text = moment(epoch, cursor)
        if newest != position:
            text += " / " + moment(*tl.label(newest))
        self.w.timeline_bar.show_position(position, newest, text)

    def picture_caption(self, frame: Frame) -> list[str] | None:
        """The lines under a picture input: the sample's answer and the network's."""
        if frame.sample is None:
            return None
        p = self.w.session.problem
        lines = [translate("FramePainter", "network: {0}").format(p.describe_output(frame.sample.output[0]).split(" (")[0])]
        if frame.sample_target is not None:
            lines.insert(0, translate("FramePainter", "truth: {0}").format(p.describe_output(frame.sample_target).split(" (")[0]))
        return lines

    # --- the lines under the diagram ---------------------------------------------------------------------
    def describe_sample(self, frame: Frame) -> None:
        w = self.w
        if frame.sample is None:
            w.sample_text.set_texts([""])
            return
        p = w.session.problem
        x = p.x_scaler.inverse(frame.sample.activations[0])[0]
        shown = SAMPLE_INPUTS_SHOWN
        inputs = ", ".join(f"{n} = {readable(v)}" for n, v in zip(readable_names(p.feature_names)[:shown], x))
        if p.n_features > shown:
            inputs += " " + translate("FramePainter", "and {0} more inputs").format(p.n_features - shown)
        out = p.describe_output(frame.sample.output[0])
        target = p.describe_output(frame.sample_target).split(" (")[0] if frame.sample_target is not None else "?"
        if w.options.sample_split == "test":     # a test row chosen in the digits pane
            t = w.options.sample_index
            w.sample_text.set_texts([translate("FramePainter", "Test sample {0} (never trained on) → network says {1}; the answer is {2}.")
                                     .format(t, out, target),
                                     translate("FramePainter", "Test sample {0} → {1}; truth: {2}").format(t, out.split(" (")[0], target)])
            return
        n = w.sample_spin.value()
        # Two lines of room (the diagram above comes first): when the sentence needs more, the
        # inputs go (they are on the diagram's input nodes), then words; the tooltip keeps all.
        w.sample_text.set_texts([
            translate("FramePainter", "Sample {0}: {1} → network says {2}; the answer is {3}.").format(n, inputs, out, target),
            translate("FramePainter", "Sample {0} → network says {1}; the answer is {2}.").format(n, out, target),
            translate("FramePainter", "Sample {0} → {1}; truth: {2}").format(n, out, target),
            translate("FramePainter", "Sample {0} → {1}; truth: {2}").format(n, out.split(' (')[0], target)])

    def refresh_scores(self) -> None:
        """The scores, the sample line and the test split's confusion matrix (when measured and
        there is room) from the last drawn frame: what the engine measured."""
        w = self.w
        frame = self.last_frame
        if frame is None:
            return
        w.predict_box.refresh()   # a shown answer follows the network as it learns
        self.describe_sample(frame)
        classes = w.session.problem.is_classification
        parts = []
        s = frame.latest
        if s is not None:
            parts.append(translate("FramePainter", "train loss <b>{0}</b>").format(fixed(s.train_loss)))
            if s.val_loss is not None:
                parts.append(translate("FramePainter", "val loss <b>{0}</b>").format(fixed(s.val_loss)))
            if classes and s.train_accuracy is not None:
                parts.append(translate("FramePainter", "train acc <b>{0}</b>").format(local(f"{s.train_accuracy:.1%}")))
            if classes and s.val_accuracy is not None:
                parts.append(translate("FramePainter", "val acc <b>{0}</b>").format(local(f"{s.val_accuracy:.1%}")))
        confusion = None
        if frame.test:
            if "accuracy" in frame.test:
                parts.append(translate("FramePainter", "test acc <b>{0}</b>").format(local(f"{frame.test['accuracy']:.1%}")))
                confusion = frame.test["confusion"]
            else:
                parts.append(translate("FramePainter", "test R² <b>{0}</b>").format(fixed(frame.test['r2'])))
        snap = frame.snapshot
        if s is not None:
            # The scores are measured at the end of an epoch: name it as the toolbar does.
            text = translate("FramePainter", "epoch {0}: {1}").format(local(f"{s.epoch:,}"), " · ".join(parts))
        elif snap.cursor:
            text = (translate("FramePainter", "epoch 0 +{0}: scores come when epoch 1 is finished").format(local(f"{snap.cursor:,}"))
                    + (f" · {' · '.join(parts)}" if parts else "") + ".")
        else:
            text = translate("FramePainter", "epoch 0: no epoch finished yet") + (f" · {' · '.join(parts)}" if parts else "") + "."
        w.scores.setText(text)
        for label in (w.scores, w.sample_text):
            steady_height(label, w.runner.continuous)
        if confusion is not None:
            names = w.session.problem.class_names or [str(i) for i in range(len(confusion))]
            w.confusion.set_matrix(confusion, names)
        w.confusion.setVisible(confusion is not None and w.confusion_shown)

    def hold_run_room(self, running: bool) -> None:
        """During a run the lines under the diagram keep their height (see steady_height): room
        for the run's scores line from the start, in its widest form."""
        w = self.w
        if running:
            shown = w.scores.text()
            widest = [translate("FramePainter", "train loss <b>{0}</b>").format("0.0000"),
                      translate("FramePainter", "val loss <b>{0}</b>").format("0.0000")]
            if w.session.problem.is_classification:
                widest += [translate("FramePainter", "train acc <b>{0}</b>").format("100.0%"),
                           translate("FramePainter", "val acc <b>{0}</b>").format("100.0%")]
            w.scores.setText(translate("FramePainter", "epoch {0}: {1}").format("10,000,000", " · ".join(widest)))
            steady_height(w.scores, True)
            w.scores.setText(shown)
        for label in (w.scores, w.sample_text):
            steady_height(label, running)

    # --- the step, explained ------------------------------------------------------------------------------
    def explain(self, frame: Frame) -> None:
        """The explainer and the diagram's phases for the frame's last step (no run going)."""
        w = self.w
        record = frame.snapshot.last_step
        if record is None:
            w.explainer.clear()
            w.code_view.clear()
            w.network_view.set_step(None)
            return
        row = w.sample_spin.value() if w.options.sample_split == "train" else None
        context = w.session.step_context(row)
        w.explainer.set_step(record, context)
        w.code_view.set_step(record, context, w.session.settings.config.l1)
        if w.explainer.neuron() is None:
            sizes = w.session.layer_sizes
            w.explainer.set_neuron(len(sizes) - 1, 0)
        w.network_view.set_step(phase_data(record, row))

    # --- a neuron's map, large in the boundary panel --------------------------------------------------------
    def follow_neuron_map(self, layer: int, index: int) -> bool:
        """Frames from now on show this neuron's map large; True when the last frame had maps
        to show at once."""
        self.map_shown = (layer, index)
        frame = self.last_frame
        if frame is None or frame.maps is None:
            return False
        self.show_neuron_map(layer, index, frame)
        return True

    def neuron_name(self, layer: int, index: int) -> str:
        session = self.w.session
        last = len(session.layer_sizes) - 1
        if layer == 0:
            return translate("FramePainter", "input {0}").format(session.problem.feature_names[index])
        if layer == last:
            return translate("FramePainter", "output neuron {0}").format(index + 1)
        return translate("FramePainter", "neuron {0} of hidden layer {1}").format(index + 1, layer)

    def show_neuron_map(self, layer: int, index: int, frame: Frame) -> None:
        if frame.maps is None or layer >= len(frame.maps) or index >= len(frame.maps[layer]):
            self.clear_neuron_map()
            return
        self.w.boundary_plot.set_neuron_map(frame.maps[layer][index], self.neuron_name(layer, index))

    def clear_neuron_map(self) -> None:
        if self.map_shown is not None:
            self.map_shown = None
            self.w.boundary_plot.clear_neuron_map()


__all__ = ["FramePainter", "LOSS_PLOT_MS", "REDRAW_MS"]
