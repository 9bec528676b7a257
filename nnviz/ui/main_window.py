"""The main window: pick a lesson, press Play or Step, watch the network learn.

The window holds a :class:`~nnviz.core.session.Session` (the app's state, without Qt) and sends
it commands: load, change settings, step, run, reset, undo. While a run is under way the session
belongs to the worker thread: the window only reads the immutable frames it sends, and hands
settings changes to the runner, which the worker applies between epochs. Every number on screen
comes from a frame. Frames are coalesced: stored as they arrive and painted by a 60 Hz timer.
"""
from __future__ import annotations

import time
from pathlib import Path
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDockWidget, QDoubleSpinBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QMainWindow, QPushButton, QScrollArea, QSizePolicy, QSlider, QSpinBox, QSplitter, QStyleFactory,
    QVBoxLayout, QWidget,
)

from ..core import boundary
from ..core.explain import phase_data
from ..core.features import compute_features, same_data
from ..core.frames import Frame, FrameOptions
from ..core.lessons import DEFAULT_LESSON, LESSONS, register_lesson
from ..core.names import diagram_names, readable_names
from ..core.problem import Problem
from ..core.session import EndReason, Session, loss_text
from ..core.settings import Settings
from ..core.slices import informative_pair, slice_note
from ..core.timeline import DEFAULT_BUDGET_BYTES
from ..workers.training_worker import TrainingRunner
from . import theme
from .data_knobs import DataKnobs
from .data_panel import DataPanel
from .hyper_panel import HyperPanel
from .diagram import NetworkView
from .plots import BoundaryPlot, CurvePlot, LossPlot
from .confusion_view import ConfusionView
from .explainer import ExplainerPanel
from .panel_kit import FittingLabel, fix_size, hold_paint, next_pass, settle_layouts, steady_height
from .predict_box import PredictBox
from .presentation import TEXT_GROW, Presenter
from .timeline_bar import TimelineBar

# Speed slider positions: epochs per redraw; the last is "as fast as it goes".
SPEEDS = [1, 2, 5, 10, 20, 50, 100, 0]
REDRAW_MS = 16
RUN_SCORES_WIDEST = ("train loss <b>0.0000</b> · val loss <b>0.0000</b> · train acc <b>100.0%</b> · "
                     "val acc <b>100.0%</b>")   # the scores line's widest form during a run
RUN_SCORES_WIDEST_R = "train loss <b>0.0000</b> · val loss <b>0.0000</b>"
LOSS_PLOT_MS = 100       # the loss curve barely moves in 16 ms; repainting it costs most


def _readable(v: float) -> str:
    """3 significant digits, but never scientific notation for everyday sizes (3800, not 3.8e+03)."""
    if abs(v) >= 1000 and abs(v) < 1e9:
        return f"{v:.0f}"
    return f"{v:.3g}"


def _unique_keys(*keys) -> list[QKeySequence]:
    """Key sequences without repeats (a repeated one makes Qt call the shortcut ambiguous)."""
    out: dict[str, QKeySequence] = {}
    for k in keys:
        seq = QKeySequence(k)
        out.setdefault(seq.toString(), seq)
    return list(out.values())


def _speed_label(n: int) -> str:
    return "max" if n == 0 else f"{n}/frame"


class MainWindow(QMainWindow):
    frameDrawn = Signal(int)            # epoch of the frame just painted (tests and benchmarks)
    lessonLoaded = Signal(str)
    csvOpened = Signal(bool)            # open_csv ended: True when the table is now on screen

    def __init__(self, lesson: str | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings("nnviz", "nnviz")
        self.setWindowTitle("nnviz — watch a neural network learn")
        self._plain_style = None   # the docks' scroll bars (see _left_dock)
        self.runner = TrainingRunner(self)
        self.runner.frameReady.connect(self._on_frame)
        self.runner.runFinished.connect(self._on_run_finished)
        self.runner.settingsApplied.connect(self._on_settings_applied)
        # Everything the app knows lives in the session; the window sends it commands and draws
        # the frames they produce.
        self.session = Session()
        self.options = FrameOptions()
        self._pending_frame: Frame | None = None
        self._pending_stats: list = []
        self._last_frame: Frame | None = None
        self._map_shown: tuple[int, int] | None = None   # a neuron whose map the boundary panel shows
        self.confusion_shown = True   # presentation mode on a short screen leaves it out
        self._build_ui()
        self.presenter = Presenter(self)     # presentation mode, clicker keys, text scale, beats
        self.presenter.textScaled.connect(self._after_zoom)
        self._build_actions()
        # Frames are drawn as they arrive, but never more often than every REDRAW_MS.
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self._redraw)
        self._last_draw = 0.0
        self._loss_stats: list = []
        # While a run goes, the loss plot, scores and sample line follow at most every
        # LOSS_PLOT_MS, in the pass after a frame's paint (see _redraw): a timer of their own
        # sometimes fired in the same pass as a frame, and the two together stalled 70 ms.
        self._loss_flushed = 0.0
        # ... and the next frame waits for that pass: a frame's redraw timer fell due in the
        # same pass as the flush, and the two with their paints stalled the window 50 ms.
        self._flush_waiting = False
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

        play = max(self.play_button.minimumWidth(), width(self.play_button, "▶ Play"), width(self.play_button, "❚❚ Pause"))
        fixed = self.epoch_label.minimumWidth() + play + self.new_weights_button.sizeHint().width()
        spacing = bar.layout().spacing() if bar.layout() is not None else 6
        fixed += spacing * (len(self._toolbar_texts) + 4) + 24   # the gaps, the bar's margins and handle
        full_need = fixed + sum(width(b, full) for b, full, _ in self._toolbar_texts)
        compact = full_need > bar.width()
        for button, full, short in self._toolbar_texts:
            text = short if compact else full
            if button.text() != text:
                button.setText(text)
        return not compact or fixed + sum(width(b, short) for b, _, short in self._toolbar_texts) <= bar.width()

    def _after_zoom(self, factor: float) -> None:
        if not self.fit_toolbar() and not self.presenter.presenting:
            self.statusBar().showMessage(
                f"Text at {factor:.0%} is too large for a {self.width()}×{self.height()} window: F5 presents it "
                "full screen with a layout made for large text, Ctrl+0 goes back to the normal size.")

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is getattr(self, "playback_bar", None) and event.type() == QEvent.Type.Resize:
            self.fit_toolbar()
        return super().eventFilter(obj, event)

    def fit_epoch_label(self) -> None:
        """A fixed size, wide enough for 100,000 epochs and short enough that the toolbar fits
        1024 px: a new text in a label whose size can change re-lays-out the whole window (Qt
        passes a size-hint change up unless the label's size is fixed both ways), and the epoch
        changes with every frame."""
        fix_size(self.epoch_label, self.epoch_label.fontMetrics().horizontalAdvance("Epoch 100,000 +99") + 16)

    @property
    def lesson_name(self) -> str | None:
        """The built-in lesson on screen (None for a person's own table)."""
        lesson = self.session.lesson
        return lesson.name if lesson is not None else None

    # ------------------------------------------------------------------------ building the UI
    def _build_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(4)

        # Lesson picker and its caption.
        row1 = QHBoxLayout()
        lesson_label = QLabel("Lesson:")
        lesson_label.setFont(self._bold())
        lesson_label.setProperty(TEXT_GROW, 0)
        self.lesson_combo = QComboBox()
        for name, lesson in LESSONS.items():
            self.lesson_combo.addItem(lesson.title, name)
            self.lesson_combo.setItemData(self.lesson_combo.count() - 1, lesson.caption, Qt.ItemDataRole.ToolTipRole)
        self.lesson_combo.setToolTip("Pick a built-in lesson: its data, network and settings load at once (Ctrl+L).")
        self.lesson_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lesson_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # a clicker's keys never change the lesson
        self.lesson_combo.activated.connect(lambda i: self.load_lesson(self.lesson_combo.itemData(i)))
        self.caption = FittingLabel()   # the lesson's sentence; shortened to its 3 lines if need be
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row1.addWidget(lesson_label)
        row1.addWidget(self.lesson_combo)
        row1.addWidget(self.caption, 1)
        outer.addLayout(row1)

        # Playback: a full-width toolbar above the docks.
        bar = self.addToolBar("Playback")
        bar.setObjectName("playback")
        bar.setMovable(False)
        self.play_button = self._button("▶ Play", "Train continuously; press again to pause (Space).", self.toggle_play)
        self.play_button.setMinimumWidth(96)
        self.step_button = self._button("Step epoch", "Train one epoch: every training sample once (→). After Step sample "
                                        "or Step batch it finishes the epoch already under way.", self.step_epoch)
        self.step_batch_button = self._button("Step batch", "Train on the next mini-batch only (Shift+→).", self.step_batch)
        self.step_sample_button = self._button("Step sample", "Train on the next single sample only (Ctrl+→).", self.step_sample)
        self.step_back_button = self._button("◀ Back", "Undo the last step, whatever its size: a sample, a batch "
                                             "or an epoch (Shift+← or Backspace).", self.step_back)
        self.reset_button = self._button("⟲ Reset", "Back to the same starting weights, epoch 0 (R).", self.reset)
        self.new_weights_button = self._button("New weights", "Start again from new random weights: a new seed (N).", self.new_weights)
        for b in (self.play_button, self.step_back_button, self.step_button, self.step_batch_button, self.step_sample_button,
                  self.reset_button, self.new_weights_button):
            bar.addWidget(b)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.epoch_label = QLabel("Epoch 0")
        big = QFont(self.font())
        big.setPointSize(theme.TITLE_POINT_SIZE + 5)
        big.setBold(True)
        self.epoch_label.setFont(big)
        self.epoch_label.setProperty(TEXT_GROW, theme.TITLE_POINT_SIZE + 5 - theme.BASE_POINT_SIZE)
        self.epoch_label.setToolTip("Epochs completed: each epoch shows the network every training sample once. "
                                    "“+n” counts samples already trained in the next epoch.")
        self.epoch_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.epoch_label.setContentsMargins(0, 0, 8, 0)
        self.fit_epoch_label()
        bar.addWidget(self.epoch_label)
        self.playback_bar = bar
        self._ruler = QPushButton(self)   # measures a button's text without showing it (fit_toolbar)
        self._ruler.hide()
        # Shorter texts when the full ones do not fit beside the epoch (see fit_toolbar).
        self._toolbar_texts = [(self.step_back_button, "◀ Back", "◀"),
                               (self.step_button, "Step epoch", "→ epoch"),
                               (self.step_batch_button, "Step batch", "→ batch"),
                               (self.step_sample_button, "Step sample", "→ sample"),
                               (self.reset_button, "⟲ Reset", "⟲")]
        bar.installEventFilter(self)

        # Run controls (speed, stop conditions) live in the left dock, above the hyperparameters.
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(len(SPEEDS) - 1)
        self.speed_slider.setToolTip("Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch.")
        self.speed_value = QLabel(_speed_label(SPEEDS[-1]))
        self.speed_value.setMinimumWidth(70)
        self.speed_slider.valueChanged.connect(self._on_speed)
        self.max_epochs = QSpinBox()
        self.max_epochs.setRange(1, 10_000_000)
        self.max_epochs.setSuffix(" epochs")
        self.max_epochs.setToolTip("Play stops by itself after this many epochs.")
        self.max_epochs.valueChanged.connect(self._on_max_epochs)
        self.target_loss = QDoubleSpinBox()
        self.target_loss.setDecimals(4)
        self.target_loss.setRange(0.0, 100.0)
        self.target_loss.setSingleStep(0.01)
        self.target_loss.setSpecialValueText("no target")
        self.target_loss.setPrefix("loss ≤ ")
        self.target_loss.setToolTip("Play stops by itself when the training loss gets this low (“no target” = never).")
        self.target_loss.valueChanged.connect(self._on_target_loss)
        run_box = QGroupBox("Run")
        run_form = QGridLayout(run_box)
        run_form.addWidget(QLabel("Speed"), 0, 0)
        run_form.addWidget(self.speed_slider, 0, 1)
        run_form.addWidget(self.speed_value, 0, 2)
        run_form.addWidget(QLabel("Stop at"), 1, 0)
        run_form.addWidget(self.max_epochs, 1, 1, 1, 2)
        run_form.addWidget(QLabel("or at"), 2, 0)
        run_form.addWidget(self.target_loss, 2, 1, 1, 2)
        self.history_memory = QSpinBox()
        self.history_memory.setRange(10, 4000)
        self.history_memory.setSingleStep(50)
        self.history_memory.setSuffix(" MB")
        self.history_memory.setToolTip("Memory for the timeline's saved states. Every epoch stays reachable; with less "
                                       "memory, going back replays a few more epochs from the nearest saved state.")
        self.history_memory.valueChanged.connect(self._on_history_memory)
        run_form.addWidget(QLabel("History"), 3, 0)
        run_form.addWidget(self.history_memory, 3, 1, 1, 2)
        self.run_box = run_box

        # A banner for what must not be missed (divergence).
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"background:{theme.ERROR_COLOUR}; color:white; padding:6px; font-weight:bold;")
        self.banner.hide()
        outer.addWidget(self.banner)

        # The three views.
        self.network_view = NetworkView()
        self.network_view.nodeSelected.connect(self._on_node_selected)
        self.network_view.weightEdited.connect(lambda l, i, j, v: self._edit_parameter(l, (i, j), v, bias=False))
        self.network_view.biasEdited.connect(lambda layer, j, v: self._edit_parameter(layer - 1, (j,), v, bias=True))
        # What the diagram shows besides the values: every weight written on its edge, what each
        # neuron computes over the plane, and a step in phases (forward, backward, update).
        self.show_weights_box = QCheckBox("weights")
        self.show_weights_box.setToolTip("Write every weight on its edge and every bias by its node "
                                         "(small networks; hover for the rest). Click one to type a new value.")
        self.show_weights_box.toggled.connect(self.network_view.set_show_weights)
        self.show_maps_box = QCheckBox("maps")
        self.show_maps_box.setToolTip("Show inside each neuron what it computes over the plane of the two plotted inputs "
                                      "(blue high, orange low). Hover a neuron to see its map large in the boundary panel.")
        self.show_maps_box.toggled.connect(self._on_maps_toggled)
        self.phases_box = QCheckBox("phases")
        self.phases_box.setToolTip("After each step, play it in phases on the diagram: forward (activations layer by "
                                   "layer), backward (each δ and gradient), update (old weight → new). P shows the next phase.")
        self.phases_box.toggled.connect(self._on_phases_toggled)
        for box in (self.show_weights_box, self.show_maps_box, self.phases_box):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.network_view.nodeMapRequested.connect(self._on_node_map)
        self.network_view.selectionCleared.connect(self._clear_neuron_map)
        self.sample_spin = QSpinBox()
        self.sample_spin.setToolTip("Which training sample the node values show: the network's numbers for that one input.")
        self.sample_spin.valueChanged.connect(self._on_sample_changed)
        self.sample_text = FittingLabel()
        net_box = self._titled("Network", self.network_view, extra=[QLabel("sample"), self.sample_spin])
        toggles = QHBoxLayout()    # a row of its own: the title row stays narrow when text is large
        toggles.setContentsMargins(0, 0, 0, 0)
        for box in (self.show_weights_box, self.show_maps_box, self.phases_box):
            toggles.addWidget(box)
        toggles.addStretch(1)
        net_box.layout().insertLayout(1, toggles)
        net_box.layout().addWidget(self.sample_text)
        self.scores = QLabel()
        self.scores.setTextFormat(Qt.TextFormat.RichText)
        self.scores.setWordWrap(True)
        self.scores.setToolTip("Scores of the current weights. The test split is measured when training pauses.")
        net_box.layout().addWidget(self.scores)
        self.confusion = ConfusionView()
        self.confusion.setToolTip("The test split's confusion matrix: rows are the true class, columns what the "
                                  "network said. Framed cells are right, hatched cells wrong.")
        self.confusion.limit_height(180)   # the diagram above it comes first
        self.confusion.hide()
        net_box.layout().addWidget(self.confusion)

        self.boundary_plot = BoundaryPlot()
        self.x_axis_combo, self.y_axis_combo = QComboBox(), QComboBox()
        for combo, which in ((self.x_axis_combo, "horizontal"), (self.y_axis_combo, "vertical")):
            combo.setToolTip(f"The input on the {which} axis. Other inputs are held at their training mean: the picture is a slice.")
            combo.activated.connect(self._on_axes_changed)
        self.axis_pickers = [QLabel("x"), self.x_axis_combo, QLabel("y"), self.y_axis_combo]
        self.boundary_box = self._titled("Decision boundary", self.boundary_plot)
        # The axis pickers have a row of their own: the title row stays narrow when text is large.
        pickers = QHBoxLayout()
        pickers.setContentsMargins(0, 0, 0, 0)
        for w in self.axis_pickers:
            pickers.addWidget(w)
        pickers.addStretch(1)
        self.boundary_box.layout().insertLayout(1, pickers)
        self.boundary_title = self.boundary_box.findChild(QLabel)
        # Issue 12: test points on or off, and clicks that add or remove points.
        self.show_test_box = QCheckBox("test data")
        self.show_test_box.setChecked(True)
        self.show_test_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_test_box.setToolTip("Show the test points (rings): data the network never trains on.")
        self.show_test_box.toggled.connect(self.boundary_plot.set_show_test)
        self.boundary_box.layout().itemAt(0).layout().addWidget(self.show_test_box)
        self.boundary_plot.pointClicked.connect(self._on_plane_clicked)
        # One input: the network's output along that input, with the data points.
        self.curve_plot = CurvePlot()
        self.curve_plot.hide()
        self.boundary_box.layout().addWidget(self.curve_plot, 1)

        self.loss_plot = LossPlot()
        self.loss_plot.epochClicked.connect(self.goto_epoch)
        # The log switch joins the title row: at 1024×768 every pixel of plot height counts.
        loss_box = self._titled("Loss and accuracy", self.loss_plot, extra=[self.loss_plot.log_checkbox])
        self.loss_title = loss_box.findChild(QLabel)
        # The timeline: every state the run went through, under the curve it drew.
        self.timeline_bar = TimelineBar()
        self.timeline_bar.positionRequested.connect(self.goto_position)
        self.timeline_bar.backRequested.connect(self.step_back)
        self.timeline_bar.forwardRequested.connect(self.step_forward)
        self.timeline_bar.startRequested.connect(self.goto_start)
        self.timeline_bar.newestRequested.connect(self.goto_newest)
        loss_box.layout().addWidget(self.timeline_bar)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.boundary_box)
        right.addWidget(loss_box)
        right.setSizes([430, 330])
        self.view_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.view_splitter.addWidget(net_box)
        self.view_splitter.addWidget(right)
        self.view_splitter.setSizes([500, 500])
        outer.addWidget(self.view_splitter, 1)
        self.setCentralWidget(central)

        # Left dock: hyperparameters.
        self.hyper_panel = HyperPanel()
        self.hyper_panel.settingsEdited.connect(self._on_settings_edited)
        # The Playground's data knobs and feature inputs, by the network settings they go with.
        self.data_knobs = DataKnobs()
        self.data_knobs.dataRequested.connect(self._on_data_requested)
        self.data_knobs.inputsRequested.connect(self._on_inputs_requested)
        self.hyper_dock = self._left_dock("Settings", "hyperparameters", [self.run_box, self.data_knobs, self.hyper_panel])

        # Left dock, second tab: your own data and the predict box.
        self.data_panel = DataPanel(settings=self.settings)
        self.data_panel.problemReady.connect(self._on_problem_ready)
        self.data_panel.message.connect(self.statusBar().showMessage)
        self.predict_box = PredictBox()
        self.data_dock = self._left_dock("Data", "data", [self.predict_box, self.data_panel])
        self.tabifyDockWidget(self.hyper_dock, self.data_dock)
        # Right dock: the step explainer, every number of the last step for the selected neuron.
        self.explainer = ExplainerPanel()
        self.explainer_dock = QDockWidget("Step explainer", self)
        self.explainer_dock.setObjectName("explainer")
        self.explainer_dock.setWidget(self.explainer)
        self.explainer_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                        | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explainer_dock)
        self.explainer_dock.hide()
        self.hyper_dock.raise_()
        self.resizeDocks([self.hyper_dock], [330], Qt.Orientation.Horizontal)
        self.setAcceptDrops(True)
        self.statusBar().showMessage("Ready.")

    def _left_dock(self, title: str, name: str, widgets: list[QWidget]) -> QDockWidget:
        """A left dock holding ``widgets`` stacked in a vertical scroll area."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        for w in widgets:
            layout.addWidget(w)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)   # never cut off unreachable
        # The plain style's scroll bars: Fusion's took 2-18 ms to paint at the docks' height (a
        # gradient over the whole bar), in every pass where a panel grows or the text is zoomed.
        if self._plain_style is None:
            self._plain_style = QStyleFactory.create("Windows")
            if self._plain_style is not None:
                self._plain_style.setParent(self)
        if self._plain_style is not None:
            for bar in (scroll.verticalScrollBar(), scroll.horizontalScrollBar()):
                bar.setStyle(self._plain_style)
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        return dock

    def _bold(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # keep Space for Play/Pause
        return b

    def _titled(self, title: str, body: QWidget, extra: list[QWidget] | None = None) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        label = QLabel(title)
        label.setFont(self._bold())
        label.setProperty(TEXT_GROW, 0)
        head.addWidget(label)
        head.addStretch(1)
        for w in extra or []:
            head.addWidget(w)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        return box

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._build_file_actions(file_menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        edit_menu = menu.addMenu("&Edit")
        self.undo_action = self._action(edit_menu, "&Undo", QKeySequence.StandardKey.Undo, self.undo)
        self.undo_action.setEnabled(False)
        train_menu = menu.addMenu("&Training")
        self._action(train_menu, "&Play / Pause", "Space", self.toggle_play)
        self._action(train_menu, "Step &epoch", "Right", self.step_epoch)
        self._action(train_menu, "Step &batch", "Shift+Right", self.step_batch)
        self._action(train_menu, "Step &sample", "Ctrl+Right", self.step_sample)
        self._action(train_menu, "Step bac&k", "Shift+Left", self.step_back, also=("Backspace",))
        self._action(train_menu, "Go to the s&tart", "Home", self.goto_start)
        self._action(train_menu, "Go to the ne&west", "End", self.goto_newest)
        self._action(train_menu, "&Reset", "R", self.reset)
        self._action(train_menu, "&New weights", "N", self.new_weights)
        view_menu = menu.addMenu("&View")
        self._action(view_menu, "Choose &lesson", "Ctrl+L", self.lesson_combo.showPopup)
        self._action(view_menu, "&Present", "F5", lambda: self.presenter.start(True))
        self._action(view_menu, "Present from &here", "Shift+F5", lambda: self.presenter.start(False))
        self._action(view_menu, "Ne&xt beat", "PgDown", self.presenter.next)
        self._action(view_menu, "&Back", "PgUp", self.presenter.back)
        view_menu.addSeparator()
        larger = self._action(view_menu, "&Larger text", "Ctrl+=", lambda: self.zoom(+1))
        larger.setShortcuts(_unique_keys("Ctrl+=", "Ctrl++", *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)))
        smaller = self._action(view_menu, "&Smaller text", "Ctrl+-", lambda: self.zoom(-1))
        smaller.setShortcuts(_unique_keys("Ctrl+-", *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)))
        self._action(view_menu, "&Normal text size", "Ctrl+0", lambda: self.zoom(0))
        self._action(view_menu, "&Full screen", "F11", lambda: self.showNormal() if self.isFullScreen() else self.showFullScreen())
        view_menu.addAction(self.hyper_dock.toggleViewAction())
        view_menu.addAction(self.data_dock.toggleViewAction())
        explain = self.explainer_dock.toggleViewAction()
        explain.setText("Step &explainer")
        explain.setShortcut(QKeySequence("E"))
        explain.setToolTip("Every number of the last step for the selected neuron, in the tutorials' notation (E).")
        view_menu.addAction(explain)
        self.addAction(explain)
        self._action(view_menu, "Next &phase of the step", "P", self.next_phase)

    def _action(self, menu, text, shortcut, slot, also: tuple = ()) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in (shortcut, *also)])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------------ loading
    def load_lesson(self, name: str) -> bool:
        """Load a built-in lesson. On failure the current lesson stays and the status says why.
        Trained epochs are never lost: Ctrl+Z brings them back."""
        self.runner.stop_and_wait()
        before = self.session.description if self.session.trained else None
        try:
            text = self.session.load_lesson(name)
        except Exception as exc:  # a lesson that cannot load must not take the window down
            self.show_error(f"Could not load lesson {name!r}: {' '.join(str(exc).split())}")
            return False
        self._show_loaded()
        self.settings.setValue("lesson", name)
        if before:
            text += f" Ctrl+Z goes back to {before} as you left it."
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
        self._show_loaded()
        self.statusBar().showMessage(text)

    def show_caption(self) -> None:
        """The sentence beside the lesson picker, for what is loaded (presentation mode writes
        its beats there; leaving it puts this back, for the lesson loaded by then)."""
        lesson, problem = self.session.lesson, self.session.problem
        if lesson is None:
            first = f"Your data — {self.session.description}."
            self.caption.set_texts([f"{first} " + " ".join(problem.notes[:2]), f"{first} " + " ".join(problem.notes[:1]), first])
            return
        question = ""
        if lesson.question:
            asked = ", ".join(f"{k} {v:g}" for k, v in lesson.question.items())
            question = (f" It asks: what does the network say for {asked}? (Data tab)" if len(lesson.question) <= 2
                        else " It asks the network a question: see “Ask the network” in the Data tab.")
        self.caption.set_texts([lesson.caption + question, lesson.caption, lesson.caption.split(": ")[0].split(". ")[0]])

    def _show_loaded(self) -> None:
        """The lesson picker, caption and every view for what the session has loaded."""
        lesson, problem = self.session.lesson, self.session.problem
        self.show_caption()
        if lesson is None:
            self.lesson_combo.setCurrentIndex(-1)
            self.lesson_combo.setPlaceholderText("your own data")
        else:
            self.lesson_combo.setCurrentIndex(self.lesson_combo.findData(lesson.name))
        # The lesson's notes (why the house lesson's hidden neurons stay identical, the
        # tutorials' quirks) in the step explainer (E), not only in a tooltip.
        self.explainer.set_notes(list(problem.notes))
        self._install()

    def _install(self) -> None:
        """Show what the session just loaded everywhere."""
        problem, lesson = self.session.problem, self.session.lesson
        self._refresh_undo()
        self.banner.setVisible(bool(self.session.diverged))
        self._show_settings()
        plane = boundary.plane_problem(problem)   # feature inputs are drawn over their x1, x2
        for combo in (self.x_axis_combo, self.y_axis_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(readable_names(plane.feature_names))
            combo.blockSignals(False)
        two_d = plane.n_features >= 2
        x_axis, y_axis = informative_pair(plane)   # the pair the classes separate best on
        self.x_axis_combo.setCurrentIndex(x_axis)
        self.y_axis_combo.setCurrentIndex(y_axis if two_d else 0)
        for w in self.axis_pickers:   # only a slice of more than two inputs has a choice to make
            w.setVisible(plane.n_features > 2)
        self.boundary_plot.setVisible(two_d)
        self.curve_plot.setVisible(not two_d)
        self.show_test_box.setVisible(two_d and plane.X_test is not None and len(plane.X_test) > 0)
        self._show_knobs()
        self.predict_box.set_problem(plane)
        self.predict_box.set_predictor(self._predict)
        if lesson is not None and lesson.question:
            self.predict_box.set_values(lesson.question)
        self.sample_spin.blockSignals(True)
        self.sample_spin.setRange(0, max(0, len(problem.X_train) - 1))
        self.sample_spin.setValue(0)
        self.sample_spin.blockSignals(False)
        self._rebuild_views()

    def _show_settings(self) -> None:
        """The panel and the run box show the session's settings (emitting nothing)."""
        s, p = self.session.settings, self.session.problem
        self.hyper_panel.set_settings(s, p.task, p.n_features, p.n_outputs)
        for spin, value in ((self.max_epochs, s.config.epochs), (self.target_loss, s.config.target_loss or 0.0)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _rebuild_views(self, plane: bool = True, later: bool = False) -> None:
        """Structure, points and an initial frame for the current trainer (GUI thread, paused).
        ``plane=False`` when only the network changed (a layer, new weights, an undo): the
        points, axes and grid on the plots stay, and so does their layout (redoing them costs
        a third of a click). ``later`` (a click): the diagram in this pass of the event loop;
        the plots' field, the plots' and the side panels' paint in the next, so that neither
        pass stalls the window (all in one took 60-100 ms; a new layer row's paint in the
        click's pass made it 5-11 ms longer)."""
        release = hold_paint([self.boundary_plot, self.curve_plot, self.loss_plot,
                              *self.findChildren(QDockWidget)]) if later else None
        problem = self.session.problem
        self._clear_neuron_map()
        self.network_view.set_structure(self.session.layer_sizes, diagram_names(problem.feature_names), problem.output_names,
                                        self.session.settings.use_bias)
        self.loss_plot.reset(problem.is_classification)
        self.loss_title.setText("Loss and accuracy" if problem.is_classification else "Loss")
        if problem.n_features < 2:
            self.boundary_title.setText("Prediction along " + readable_names(problem.feature_names)[0])
        else:
            self.boundary_title.setText("Decision boundary" if problem.is_classification else "Prediction")
        if plane:
            self._set_plane()
        self._pending_frame = None
        self._reload_curve()   # a restored trainer brings its curve
        self._show_frame_now(field=not later)
        settle_layouts()
        if later:
            next_pass(lambda: (self._show_field_now(), release()), self)

    def _set_plane(self) -> None:
        problem = self.session.problem
        plane = boundary.plane_problem(problem)
        axes = (self.x_axis_combo.currentIndex(), self.y_axis_combo.currentIndex())
        if plane.n_features < 2:
            self.options = FrameOptions.for_problem(problem, sample_index=self.sample_spin.value())
            self.curve_plot.set_problem(problem.task, problem.class_names, readable_names(problem.feature_names)[0], problem.target_name)
            self._show_slice_note("")
            train = boundary.points(problem, "train", (0, 0))
            test = boundary.points(problem, "test", (0, 0))
            self.curve_plot.set_points(train[0][:, 0], train[1], *((test[0][:, 0], test[1]) if test else (None, None)))
            self.curve_plot.set_extent(self.options.curve_range)
            self.runner.set_options(self.options)
            return
        self.options = self._plane_options(problem, axes)
        names = readable_names(plane.feature_names)
        self._show_slice_note(slice_note(plane, axes))
        self.boundary_plot.set_problem(problem.task, problem.class_names, names[axes[0]], names[axes[1]])
        # Playground planes share one unit on both axes; a table's columns usually do not.
        lesson = self.session.lesson
        self.boundary_plot.set_aspect_locked(bool(lesson and lesson.playground))
        self.boundary_plot.set_extent(*self.options.extent)
        train = boundary.points(problem, "train", axes)
        test = boundary.points(problem, "test", axes)
        self.boundary_plot.set_points(train[0], train[1], *(test if test else (None, None)))
        self.runner.set_options(self.options)

    def _plane_options(self, problem: Problem, axes: tuple[int, int]) -> FrameOptions:
        """FrameOptions for the plane of ``axes`` (its extent and grid from the raw x1, x2 even
        when the network's inputs are features of them, one feature or seven)."""
        extent = boundary.plane_extent(problem, axes)
        grid = boundary.grid_inputs(problem, *extent, 100, axes)
        return FrameOptions(tuple(axes), 100, extent, grid, "train", self.sample_spin.value(),
                            maps=self.show_maps_box.isChecked())

    def _show_frame_now(self, field: bool = True) -> None:
        """Paint the session's current state (only while no run owns it). ``field=False``
        leaves the boundary (or curve) and the neurons' maps to :meth:`_show_field_now`."""
        if self.runner.running:
            return
        options = self.options if field else replace(self.options, grid=None, curve_range=None, maps=False)
        self._pending_frame = frame = self.session.frame(options, evaluate=True)
        self._redraw()
        self._explain(frame)

    def _show_field_now(self) -> None:
        """The boundary (or curve) and the maps of the session's current state."""
        if self.runner.running or not self.session.loaded:
            return   # a run's frames bring their own
        frame = self.session.frame(self.options)
        self._draw_plane(frame)
        if self._last_frame is not None:   # the drawn frame has them now (a neuron's map is read from it)
            self._last_frame = replace(self._last_frame, field=frame.field, curve=frame.curve, maps=frame.maps)

    # ------------------------------------------------------------------------ settings
    @Slot(object, bool)
    def _on_settings_edited(self, settings: Settings, structural: bool) -> None:
        """The panel's edit goes to the session: straight away when paused, through the runner
        (between two epochs) while a run is under way. The panel does not show the stop
        conditions: the run box's values are kept."""
        now = self.session.settings.config
        settings.config = replace(settings.config, epochs=now.epochs, target_loss=now.target_loss)
        self._change_settings(settings, structural)

    def _change_settings(self, settings: Settings, structural: bool = False) -> None:
        """The session decides what kind of change it is (the panel's flag is only a hint)."""
        session = self.session
        structural = bool(session.settings.structural_changes(settings))
        if self.runner.running and not structural:
            try:   # refuse on the spot what cannot train; the worker applies the rest
                session.check_settings(settings)
            except ValueError as exc:
                self.show_error(str(exc))
                self._show_settings()
                return
            self.runner.apply_settings(settings)
            return
        if self.runner.running:
            self.runner.stop_and_wait()
            self._reload_curve()   # the epochs trained since the last frame join the curve
        problem = session.problem
        try:
            text = session.apply_settings(settings)
        except ValueError as exc:
            self.show_error(str(exc))
            self._show_settings()   # the panel shows what is really in use: nothing changed
            return
        self._refresh_undo()
        if structural:
            self.banner.hide()
            self._rebuild_views(plane=not same_data(session.problem, problem), later=True)
        if text:
            self.statusBar().showMessage(text)

    @Slot(str)
    def _on_settings_applied(self, text: str) -> None:
        self._refresh_undo()
        if text:
            self.statusBar().showMessage(text)

    def _stop_settings(self, **changes) -> Settings:
        """The session's settings with new stop conditions (epochs, target loss)."""
        s = self.session.settings.copy()
        s.config = replace(s.config, **changes)
        return s

    # ------------------------------------------------------------------------ playback
    def toggle_play(self) -> None:
        if self.runner.running:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self.runner.running or not self.session.loaded:
            return
        if self.session.diverged:
            self.statusBar().showMessage("Training diverged: press Reset (R) to start again from the same weights.")
            return
        epoch, limit = self.session.epoch, self.session.settings.config.epochs
        if epoch >= limit:
            self.max_epochs.setValue(epoch + max(100, limit))   # goes to the session at once
            self.statusBar().showMessage(f"Reached the limit: training on to {self.max_epochs.value():,} epochs.")
        self._start("run")

    def train_more(self, epochs: int) -> None:
        """Play for ``epochs`` more epochs (the command line's --epochs)."""
        self.max_epochs.setValue(self.session.epoch + int(epochs))
        self.play()

    def pause(self) -> None:
        self.runner.request_stop()

    def step_epoch(self) -> None:
        self._start("epoch")

    def step_batch(self) -> None:
        self._start("batch")

    def step_sample(self) -> None:
        self._start("sample")

    def _start(self, plan: str) -> None:
        if self.runner.running:
            if plan != "run":
                self.statusBar().showMessage("Pause first to step one at a time.")
            return
        if self.session.diverged:
            self.statusBar().showMessage("Training diverged: press Reset (R) to start again from the same weights.")
            return
        if self.session.begin_training():   # from a past point: the later states go (Ctrl+Z)
            self._reload_curve()
            self._refresh_undo()
        self.runner.start(self.session, plan, self.options, SPEEDS[self.speed_slider.value()])
        self._set_running(True, plan)

    def _set_running(self, running: bool, plan: str = "run") -> None:
        """Controls for a continuous run. A single step lasts milliseconds and repeated clicks
        are ignored while it runs, so steps leave the controls alone (no flicker, no repaint)."""
        if plan != "run":
            return
        # ❚❚, not ⏸ (U+23F8): DejaVu Sans, Debian's default font, has no ⏸ and showed a box.
        self.play_button.setText("❚❚ Pause" if running else "▶ Play")
        for b in (self.step_button, self.step_batch_button, self.step_sample_button, self.reset_button, self.new_weights_button):
            b.setEnabled(not running)
        self.hyper_panel.set_enabled_while_training(running)
        self.data_knobs.set_enabled_while_training(running)
        self.timeline_bar.set_running(running)
        # During a run the lines under the diagram keep their height (see steady_height), and
        # the test split's confusion matrix (measured when a run stops) goes at once, not with
        # the run's first frame: the diagram's new height is laid out in the click's pass, not
        # in the middle of the run (that frame stalled 100-160 ms on the largest network).
        self.network_view.set_steady(running)
        self.loss_plot.set_live(running)
        if running:   # room for the run's scores line from the start (its widest form)
            shown = self.scores.text()
            self.scores.setText(RUN_SCORES_WIDEST if self.session.problem.is_classification else RUN_SCORES_WIDEST_R)
            steady_height(self.scores, True)
            self.scores.setText(shown)
        for label in (self.scores, self.sample_text):
            steady_height(label, running)
        if running:
            self.confusion.hide()
            settle_layouts()
        if not running and self.session.timeline is not None:
            tl = self.session.timeline
            self._show_timeline_at(tl.current, tl.newest)
        self._continuous = running
        if running:
            self.statusBar().showMessage("Training… (Space pauses)")

    @Slot(object, str)
    def _on_run_finished(self, reason: EndReason, text: str) -> None:
        if getattr(self, "_continuous", False):
            self._set_running(False)
        self._refresh_undo()
        if reason == EndReason.STOPPED:
            # The window stopped the run to replace what is shown; what was pending is stale.
            self._pending_frame = None
            self._pending_stats = []
            self._loss_stats = []
            return
        frame = self._pending_frame or self._last_frame
        self._redraw()
        self._flush_loss_plot()
        if reason == EndReason.STEP and frame is not None:
            self._after_step(frame)
        elif frame is not None:
            self._explain(frame)
        if reason == EndReason.DIVERGED:
            self.banner.setText(f"⚠ {text}")
            self.banner.show()
            self.statusBar().showMessage(self.session.end_message(reason))
        elif reason == EndReason.ERROR:
            self.show_error(text)
        elif text:
            self.statusBar().showMessage(text)

    def _after_step(self, frame: Frame) -> None:
        """After Step sample the row just trained becomes the selected sample, so the diagram
        shows its forward pass; the explainer and the phases show the step."""
        record = frame.snapshot.last_step
        if record is not None and record.kind == "sample" and self.options.sample_split == "train":
            row = int(record.rows[0])
            if row != self.sample_spin.value():
                self.sample_spin.setValue(row)      # redraws the frame for that row
        self._explain(self._last_frame or frame)
        if self.phases_box.isChecked() and record is not None:
            self.network_view.play_phases()

    def reset(self) -> None:
        self._replace(self.session.reset)

    def new_weights(self) -> None:
        self._replace(self.session.new_weights)

    def undo(self) -> None:
        """Put back the network, weights, epoch, history and settings from before the last change."""
        if self.session.undo_label is None:
            self.statusBar().showMessage("Nothing to undo.")
            return
        if self.session.undo_label == "lesson change":
            self.runner.stop_and_wait()
            text = self.session.undo()
            self._show_loaded()
            self.statusBar().showMessage(text)
            return
        self._replace(self.session.undo)

    def _replace(self, command) -> None:
        """Run a session command that replaces the trainer, and show the result: everything
        anew when the data changed (an undone data or inputs change), the network and the
        curves otherwise."""
        self.runner.stop_and_wait()
        problem = self.session.problem
        text = command()
        if not same_data(self.session.problem, problem):
            self._install()
        else:
            self._show_settings()
            self.banner.setVisible(bool(self.session.diverged))
            self._refresh_undo()
            self._rebuild_views(plane=False, later=True)
        self.statusBar().showMessage(text)

    def _refresh_undo(self) -> None:
        label = self.session.undo_label
        self.undo_action.setEnabled(label is not None)
        self.undo_action.setText(f"&Undo {label}" if label else "&Undo")

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
        if not self.session.loaded:
            return
        if self.runner.running:
            self.runner.stop_and_wait()
            self._reload_curve()
        text = command()
        self.banner.setVisible(bool(self.session.diverged))
        self._show_frame_now()
        self.statusBar().showMessage(text)

    def _reload_curve(self) -> None:
        """The loss plot anew from the session's history (after a branch dropped epochs)."""
        self._loss_stats = []
        self._pending_stats = []
        self.loss_plot.set_series(*self.session.history_columns())

    def _show_timeline(self, frame: Frame) -> None:
        self._show_timeline_at(frame.position, frame.newest)

    def _show_timeline_at(self, position: int, newest: int) -> None:
        tl = self.session.timeline
        if tl is None or newest > tl.newest:   # a frame of a timeline since replaced
            return
        epoch, cursor = tl.label(position)
        text = f"{epoch:,}" + (f" +{cursor}" if cursor else "")
        if newest != position:
            epoch, cursor = tl.label(newest)
            text += f" / {epoch:,}" + (f" +{cursor}" if cursor else "")
        self.timeline_bar.show_position(position, newest, text)

    # ------------------------------------------------------------------------ the step, explained
    def _explain(self, frame: Frame) -> None:
        """The explainer and the diagram's phases for the frame's last step (no run going)."""
        record = frame.snapshot.last_step
        if record is None:
            self.explainer.clear()
            self.network_view.set_step(None)
            return
        row = self.sample_spin.value() if self.options.sample_split == "train" else None
        self.explainer.set_step(record, self.session.step_context(row))
        if self.explainer.neuron() is None:
            sizes = self.session.layer_sizes
            self.explainer.set_neuron(len(sizes) - 1, 0)
        self.network_view.set_step(phase_data(record, row))

    def next_phase(self) -> None:
        """Show the next phase of the last step on the diagram (forward → backward → update)."""
        if self.network_view.next_phase() is None:
            self.statusBar().showMessage("No step to show in phases yet: take a step first.")

    def _on_phases_toggled(self, on: bool) -> None:
        if not on:
            self.network_view.stop_phases()

    def _on_maps_toggled(self, on: bool) -> None:
        if not on:
            self.network_view.set_maps(None)
            self._clear_neuron_map()
        if self.session.loaded:
            self._set_plane()
            self._show_frame_now()

    def _on_node_map(self, layer: int, index: int) -> None:
        """A neuron's map, large in the boundary panel, following training until another
        neuron is chosen or the selection is cleared."""
        self._map_shown = (layer, index)     # frames from now on follow it
        frame = self._last_frame
        if frame is None or frame.maps is None:
            return
        self._show_neuron_map(layer, index, frame)
        self.statusBar().showMessage(f"The boundary panel shows what {self._neuron_name(layer, index)} computes "
                                     "over the plane (a click on empty space in the diagram goes back).")

    def _neuron_name(self, layer: int, index: int) -> str:
        last = len(self.session.layer_sizes) - 1
        if layer == 0:
            return f"input {self.session.problem.feature_names[index]}"
        if layer == last:
            return f"output neuron {index + 1}"
        return f"neuron {index + 1} of hidden layer {layer}"

    def _show_neuron_map(self, layer: int, index: int, frame: Frame) -> None:
        if frame.maps is None or layer >= len(frame.maps) or index >= len(frame.maps[layer]):
            self._clear_neuron_map()
            return
        self.boundary_plot.set_neuron_map(frame.maps[layer][index], self._neuron_name(layer, index))

    def _clear_neuron_map(self) -> None:
        if self._map_shown is not None:
            self._map_shown = None
            self.boundary_plot.clear_neuron_map()

    def _edit_parameter(self, layer: int, index: tuple, value: float, bias: bool) -> None:
        """A weight or bias typed on the diagram: recorded on the timeline, undoable."""
        if self.runner.running:
            self.runner.stop_and_wait()
            self._reload_curve()
        try:
            text = self.session.edit_parameter(layer, index, value, bias=bias)
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self._refresh_undo()
        self._show_frame_now()
        self.statusBar().showMessage(text)

    # ------------------------------------------------------------------------ frames and redraws
    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        self._pending_stats.extend(frame.snapshot.stats)
        self._pending_frame = frame
        if not self._redraw_timer.isActive() and not self._flush_waiting:
            self._start_redraw_timer()

    def _start_redraw_timer(self, least_ms: int = 0) -> None:
        wait_ms = REDRAW_MS - (time.perf_counter() - self._last_draw) * 1000
        self._redraw_timer.start(max(least_ms, int(wait_ms)))

    def _redraw(self) -> None:
        frame = self._pending_frame
        if frame is None:
            return
        self._pending_frame = None
        self._last_draw = time.perf_counter()
        stats, self._pending_stats = self._pending_stats, []
        snap = frame.snapshot
        acts = None if frame.sample is None else [a[0] for a in frame.sample.activations]
        use_bias = self.session.settings.use_bias
        self.network_view.set_values(list(snap.weights), list(snap.biases) if use_bias else None, acts)
        self._loss_stats.extend(stats)
        self._draw_plane(frame)
        self.epoch_label.setText(f"Epoch {snap.epoch:,}" + (f" +{snap.cursor}" if snap.cursor else ""))
        self._show_timeline(frame)
        self._last_frame = frame   # the sample line and scores follow with the loss plot (they re-lay-out)
        if not self.runner.running:
            self._flush_loss_plot()
        elif self._last_draw - self._loss_flushed >= LOSS_PLOT_MS / 1000:
            self._loss_flushed = self._last_draw
            # After this frame's paint, in a pass of its own; not if another frame or a new
            # lesson has come meanwhile (it brings its own).
            self._flush_waiting = True
            next_pass(lambda: self._flush_after(frame), self)
        # Let the worker train on only after Qt has painted (posted paint events run before
        # a zero timer): painting must not compete with training for the GIL.
        QTimer.singleShot(0, self.runner.frame_drawn)
        self.frameDrawn.emit(snap.epoch)

    def _draw_plane(self, frame: Frame) -> None:
        """What a frame draws over the plane: the boundary (or the curve), the neurons' maps and
        a neuron's map shown large. While training the worker sends maps with at most one frame
        in MAPS_EVERY_S (they double the diagram's paint, and a map barely changes in 16 ms)."""
        if frame.maps is not None:
            self.network_view.set_maps(frame.maps)
        if frame.field is not None:
            self.boundary_plot.set_field(frame.field.values)
        elif frame.curve is not None:
            self.curve_plot.set_curve(frame.curve.x, frame.curve.values)
        if self._map_shown is not None and frame.maps is not None:
            self._show_neuron_map(*self._map_shown, frame)

    def _flush_after(self, frame: Frame) -> None:
        """The loss plot's pass during a run (see _redraw); a frame that came meanwhile is drawn
        in a later pass, after this one's paint (a timer started now fires after the posted
        paint events)."""
        self._flush_waiting = False
        if self._last_frame is frame:
            self._flush_loss_plot()
        if self._pending_frame is not None and not self._redraw_timer.isActive():
            self._start_redraw_timer(least_ms=1)

    def _flush_loss_plot(self) -> None:
        """The loss curve, its epoch marker, the scores and the sample line: at 10 Hz while a
        run goes (a moved marker repaints the whole plot), at once otherwise."""
        if self._last_frame is not None:
            self.loss_plot.set_cursor_epoch(self._last_frame.snapshot.epoch)
        if self._loss_stats:
            stats, self._loss_stats = self._loss_stats, []
            col = lambda name: np.array([np.nan if getattr(s, name) is None else getattr(s, name) for s in stats], float)  # noqa: E731
            classes = self.session.problem.is_classification
            self.loss_plot.append(col("epoch"), col("train_loss"), col("val_loss"),
                                  col("train_accuracy") if classes else None, col("val_accuracy") if classes else None)
        self.refresh_scores()

    def _describe_sample(self, frame: Frame) -> None:
        if frame.sample is None:
            self.sample_text.set_texts([""])
            return
        p = self.session.problem
        x = p.x_scaler.inverse(frame.sample.activations[0])[0]
        shown = 4   # a table with 30 inputs would fill the column and squash the diagram
        inputs = ", ".join(f"{n} = {_readable(v)}" for n, v in zip(readable_names(p.feature_names)[:shown], x))
        if p.n_features > shown:
            inputs += f" and {p.n_features - shown} more inputs"
        out = p.describe_output(frame.sample.output[0])
        target = p.describe_output(frame.sample_target).split(" (")[0] if frame.sample_target is not None else "?"
        n = self.sample_spin.value()
        # Two lines of room (the diagram above comes first): when the sentence needs more, the
        # inputs go (they are on the diagram's input nodes), then words; the tooltip keeps all.
        self.sample_text.set_texts([f"Sample {n}: {inputs} → network says {out}; the answer is {target}.",
                                    f"Sample {n} → network says {out}; the answer is {target}.",
                                    f"Sample {n} → {out}; answer: {target}",
                                    f"Sample {n} → {out.split(' (')[0]}; answer: {target}"])

    def refresh_scores(self) -> None:
        """The scores, the sample line and the test split's confusion matrix (when measured and
        there is room) from the last drawn frame: what the engine measured."""
        frame = self._last_frame
        if frame is None:
            return
        self.predict_box.refresh()   # a shown answer follows the network as it learns
        self._describe_sample(frame)
        classes = self.session.problem.is_classification
        parts = []
        s = frame.latest
        if s is not None:
            parts.append(f"train loss <b>{loss_text(s.train_loss)}</b>")
            if s.val_loss is not None:
                parts.append(f"val loss <b>{loss_text(s.val_loss)}</b>")
            if classes and s.train_accuracy is not None:
                parts.append(f"train acc <b>{s.train_accuracy:.1%}</b>")
            if classes and s.val_accuracy is not None:
                parts.append(f"val acc <b>{s.val_accuracy:.1%}</b>")
        confusion = None
        if frame.test:
            if "accuracy" in frame.test:
                parts.append(f"test acc <b>{frame.test['accuracy']:.1%}</b>")
                confusion = frame.test["confusion"]
            else:
                parts.append(f"test R² <b>{loss_text(frame.test['r2'])}</b>")
        self.scores.setText(" · ".join(parts) if parts else "No epoch trained yet.")
        for label in (self.scores, self.sample_text):
            steady_height(label, getattr(self, "_continuous", False))
        if confusion is not None:
            names = self.session.problem.class_names or [str(i) for i in range(len(confusion))]
            self.confusion.set_matrix(confusion, names)
        self.confusion.setVisible(confusion is not None and self.confusion_shown)

    # ------------------------------------------------------------------------ data knobs and points
    def _editable_plane(self) -> bool:
        """Clicks add and remove points on a plane of two raw inputs (generated sets and
        two-input tables), not on a slice of a wider table."""
        problem = self.session.problem
        return problem is not None and boundary.plane_problem(problem).n_features == 2

    def _show_knobs(self) -> None:
        """The Data group for what is loaded (emitting nothing)."""
        session = self.session
        problem = session.problem
        plane = boundary.plane_problem(problem)
        generated = session.generated if session.lesson is not None and session.lesson.playground else None
        inputs = None
        if generated is not None:
            transform = problem.input_transform
            inputs = tuple(transform.names) if transform is not None else ("x1", "x2")
        click = None
        if self._editable_plane():
            if problem.is_classification:
                n = problem.n_outputs if problem.task == "multiclass" else 2
                click = ("classes", list(problem.class_names or [f"class {i}" for i in range(n)]))
            else:
                values = problem.y_scaler.inverse(plane.Y_train)[:, 0]
                click = ("value", (float(values.min()), float(values.max())))
        self.data_knobs.set_state(generated, inputs, click)
        self.boundary_plot.set_points_editable(click is not None)

    @Slot(object, str)
    def _on_data_requested(self, data, what: str) -> None:
        """Noise, training ratio, points or Regenerate: the same network on new points."""
        from ..core.problem import DataError

        try:
            fresh = data.problem()
        except DataError as exc:
            self.show_error(str(exc))
            self._show_knobs()
            return
        source = boundary.plane_problem(self.session.problem)
        fresh.name = source.name
        fresh.notes = [n for n in source.notes if not n.startswith("playground set")] + fresh.notes
        self._change_data(fresh, f"data change ({what})", generated=data)

    @Slot(tuple)
    def _on_inputs_requested(self, names: tuple) -> None:
        """Feature inputs toggled: a new input layer, so a network change from epoch 0."""
        s = replace(self.session.settings.copy(), inputs=tuple(names), weights=None, biases=None)
        self._change_settings(s, structural=True)
        self._show_settings()   # the panel's "2 → 6 → 1" counts the new inputs
        self._show_knobs()      # what is in use (a refused change leaves the old inputs)

    def _on_plane_clicked(self, x: float, y: float, shift: bool) -> None:
        """Click: add a training point of the chosen class (or value) there. Shift+click: remove
        the nearest point (training or test). Training goes on with the changed data."""
        if not self._editable_plane() or self.boundary_plot.neuron_map_shown():
            return
        plane = boundary.plane_problem(self.session.problem)
        if shift:
            changed, what = self._without_nearest(plane, x, y)
            if changed is None:
                self.statusBar().showMessage(what)
                return
        else:
            changed, what = self._with_point(plane, x, y, self.data_knobs.click_target())
        self._change_data(changed, what)

    def _with_point(self, plane: Problem, x: float, y: float, target) -> tuple[Problem, str]:
        """``plane`` with one more training row at (x, y) in original units."""
        row = plane.x_scaler.transform(np.array([[x, y]], float))
        if plane.task == "regression":
            yrow = plane.y_scaler.transform(np.array([[float(target)]]))
            label = f"value {float(target):.3g}"
        elif plane.task == "multiclass":
            yrow = np.eye(plane.n_outputs)[[int(target)]]
            label = plane.class_names[int(target)] if plane.class_names else f"class {int(target)}"
        else:
            yrow = np.array([[float(int(target))]])
            names = plane.class_names or ["class 0", "class 1"]
            label = names[int(target)]
        new = replace(plane, X_train=np.vstack([plane.X_train, row]), Y_train=np.vstack([plane.Y_train, yrow]))
        return new, f"added a training point of {label} at ({_readable(x)}, {_readable(y)})"

    def _without_nearest(self, plane: Problem, x: float, y: float) -> tuple[Problem | None, str]:
        """``plane`` without the drawn point nearest (x, y), measured in shares of the plot's
        width and height (the two axes may have different units). Test points count only
        while they are shown."""
        (x0, x1), (y0, y1) = self.options.extent
        span = np.array([max(x1 - x0, 1e-12), max(y1 - y0, 1e-12)])
        best = None
        splits = ("train", "test") if self.show_test_box.isChecked() else ("train",)
        for split in splits:
            X, _ = plane.split(split)
            if X is None or not len(X):
                continue
            d = np.hypot(*((plane.x_scaler.inverse(X)[:, :2] - [x, y]) / span).T)
            i = int(np.argmin(d))
            if best is None or d[i] < best[0]:
                best = (float(d[i]), split, i)
        if best is None:
            return None, "There is no point to remove."
        _, split, i = best
        X, Y = plane.split(split)
        if split == "train" and len(X) <= 1:
            return None, "That is the last training point: the network needs at least one."
        keep = np.arange(len(X)) != i
        px, py = plane.x_scaler.inverse(X[i : i + 1])[0, :2]
        rows = {f"X_{split}": X[keep] if keep.any() else None, f"Y_{split}": Y[keep] if keep.any() else None}
        kind = "training" if split == "train" else "test"
        return replace(plane, **rows), f"removed the {kind} point at ({_readable(px)}, {_readable(py)})"

    def _change_data(self, problem: Problem, what: str, **generated) -> None:
        """New data for the same network (undoable). A run under way stops, takes the new data
        and goes on at once, so Play is never lost."""
        was_running = self.runner.running and getattr(self, "_continuous", False)
        text = ""
        if self.runner.running:
            self.runner.stop_and_wait()
        try:
            text = self.session.change_data(problem, what, **generated)
        except ValueError as exc:
            self.show_error(str(exc))
            self._show_knobs()
        else:
            self.banner.setVisible(bool(self.session.diverged))
            self._refresh_undo()
            sample = self.sample_spin.value()
            self.sample_spin.blockSignals(True)
            self.sample_spin.setRange(0, max(0, len(self.session.problem.X_train) - 1))
            self.sample_spin.setValue(min(sample, self.sample_spin.maximum()))
            self.sample_spin.blockSignals(False)
            self._show_knobs()
            # The same network on other points: the plane, the points and the curve change,
            # the diagram's structure does not.
            self._set_plane()
            self._pending_frame = None
            self._reload_curve()
            self._show_frame_now()
        if was_running:
            self._start("run")
        if text:
            self.statusBar().showMessage(text)

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
                self.show_error(f"{Path(path).name} has no column {target!r}")
                finish(False)
                return
            panel.use_data()

        panel.loadFinished.connect(loaded)
        panel.prepareFinished.connect(finish)
        panel.open_file(path)

    def _predict(self, X: np.ndarray) -> np.ndarray:
        """The network's output for scaled inputs, with the weights on screen (a run may own
        the trainer: the last drawn frame's weights are used then)."""
        frame = self._last_frame
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
        self.speed_value.setText(_speed_label(SPEEDS[i]))
        self.runner.set_epochs_per_frame(SPEEDS[i])
        self.settings.setValue("speed", i)

    def _on_max_epochs(self, n: int) -> None:
        if self.session.loaded:
            self._change_settings(self._stop_settings(epochs=int(n)))

    def _on_target_loss(self, value: float) -> None:
        if self.session.loaded:
            self._change_settings(self._stop_settings(target_loss=value or None))

    def _on_sample_changed(self, i: int) -> None:
        self.options = replace(self.options, sample_index=i)
        self.runner.set_options(self.options)
        self._show_frame_now()

    def _on_axes_changed(self, _=None) -> None:
        x, y = self.x_axis_combo.currentIndex(), self.y_axis_combo.currentIndex()
        if x == y:
            self.statusBar().showMessage("Pick two different inputs for the two axes.")
            return
        self._set_plane()
        self._show_frame_now()

    def _on_node_selected(self, layer: int, index: int) -> None:
        self.explainer.set_neuron(layer, index)
        self.statusBar().showMessage(self.network_view.node_tooltip(layer, index).replace("\n", " · "))

    def zoom(self, step: int) -> None:
        """Every text one point larger (+1) or smaller (-1), or the normal size (0)."""
        self.presenter.zoom(step)

    def _show_slice_note(self, text: str) -> None:
        """Say on the plot which inputs the boundary holds fixed."""
        self.boundary_plot.set_slice_note(text)

    def explain_neuron(self, layer: int, index: int) -> None:
        """Open the step explainer on a neuron (a lesson beat, or a person's choice)."""
        if not self.presenter.presenting:
            self.explainer_dock.show()
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


    # ------------------------------------------------------------------------ files: open, save, export
    def _build_file_actions(self, file_menu) -> None:
        """File → Open (sessions, lesson files and CSV tables, by extension), Open recent,
        Save, Save As and Export."""
        self._action(file_menu, "&Open…", QKeySequence.StandardKey.Open, self.open_dialog)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, "&Save", QKeySequence.StandardKey.Save, self.save_session)
        self._action(file_menu, "Save &as…", "Ctrl+Shift+S", self.save_session_as)
        export = file_menu.addMenu("&Export")
        for label, name in (("Network", "network"), ("Boundary / neuron map", "boundary"), ("Loss curve", "loss"),
                            ("Whole window", "window")):
            self._action(export, f"{label} as PNG (2×)…", "", lambda _=False, n=name: self.export_view_dialog(n, "png"))
            self._action(export, f"{label} as SVG…", "", lambda _=False, n=name: self.export_view_dialog(n, "svg"))
        export.addSeparator()
        self._action(export, "History as &CSV…", "", self.export_history_dialog)
        self._action(export, "Training as animated &GIF…", "", self.export_gif_dialog)
        self._action(export, "Network as &PyTorch script…", "", self.export_pytorch_dialog)

    RECENT_MAX = 8

    def _data_panel_source(self) -> dict | None:
        """How the Data panel read and prepared its table (kept in saved session files; predict
        uses its missing-value rule)."""
        try:
            choices = dict(self.data_panel.choices())
            table = self.data_panel._table
        except Exception:  # the panel is another helper's: never let this stop a table loading
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
        self.settings.setValue("recent_files", files[: self.RECENT_MAX])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction("(none yet)").setEnabled(False)
        for f in files:
            action = self.recent_menu.addAction(f"{Path(f).name}  —  {Path(f).parent}")
            action.triggered.connect(lambda _=False, f=f: self.open_path(f))

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.recent_files()[0]).parent) if self.recent_files() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a session, a lesson file or a CSV table", start,
            "nnviz files (*.nnviz *.toml *.csv *.tsv *.txt);;Sessions (*.nnviz);;Lesson files (*.toml);;"
            "CSV tables (*.csv *.tsv *.txt);;All files (*)")
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
        from ..core.session_file import SessionFileError

        self.runner.stop_and_wait()
        try:
            text = self.session.open(path)
        except SessionFileError as exc:
            self.show_error(str(exc))
            return False
        self._show_loaded()
        self._show_lesson_title()
        self._remember_file(path)
        self.setWindowFilePath(str(path))
        self.statusBar().showMessage(text)
        return True

    def open_lesson_file(self, path) -> bool:
        """Load a teacher's lesson file. A bad one: one line naming the file and the key."""
        from ..core.lesson_files import LessonFileError, read_lesson_file

        self.runner.stop_and_wait()
        try:
            lesson = read_lesson_file(path)
            text = self.session.load_lesson(lesson)
            register_lesson(lesson)   # its script's "load" beat finds it by name
        except (LessonFileError, ValueError) as exc:
            self.show_error(" ".join(str(exc).split()))
            return False
        self._show_loaded()
        self._show_lesson_title()
        self._remember_file(path)
        self.statusBar().showMessage(text)
        self.lessonLoaded.emit(lesson.name)
        return True

    def _show_lesson_title(self) -> None:
        """A lesson that is not built in (a file's) shows its title in the picker."""
        lesson = self.session.lesson
        if lesson is not None and self.lesson_combo.findData(lesson.name) < 0:
            self.lesson_combo.setCurrentIndex(-1)
            self.lesson_combo.setPlaceholderText(lesson.title)

    def save_session(self, path=None) -> bool:
        """Ctrl+S: save to the session's file (asks for one the first time). A run pauses first."""
        path = path or self.session.path
        if not path:
            return self.save_session_as()
        from ..core.session_file import SessionFileError

        if not self.session.loaded:
            return False
        if self.runner.running:
            self.runner.stop_and_wait()
            self._reload_curve()
        try:
            text = self.session.save(path)
        except SessionFileError as exc:
            self.show_error(str(exc))
            return False
        self._remember_file(path)
        self.setWindowFilePath(str(path))
        self.statusBar().showMessage(text)
        return True

    def save_session_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        name = self.session.lesson.name if self.session.lesson is not None else "session"
        path, _ = QFileDialog.getSaveFileName(self, "Save the session", f"{name}.nnviz", "nnviz sessions (*.nnviz)")
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
        from .exports import widget_png, widget_svg

        fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
        widget = self.export_widget(name)
        if fmt == "svg":
            widget_svg(widget, path, title=f"nnviz {name}")
            return f"Saved the {name} view as {Path(path).name} (SVG)."
        size = widget_png(widget, path)
        return f"Saved the {name} view as {Path(path).name} ({size.width()}×{size.height()} pixels)."

    def _ask_path(self, title: str, default: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, default, filters)
        if path and not Path(path).suffix:
            path += "." + default.rsplit(".", 1)[-1]
        return path or None

    def _export(self, write) -> None:
        """Run an export; an error is one line on screen."""
        try:
            text = write()
        except (OSError, ValueError) as exc:
            self.show_error(" ".join(str(exc).split()))
            return
        if text:
            self.statusBar().showMessage(text)

    def export_view_dialog(self, name: str, fmt: str) -> None:
        path = self._ask_path(f"Export the {name} view", f"nnviz-{name}.{fmt}", f"{fmt.upper()} files (*.{fmt})")
        if path:
            self._export(lambda: self.export_view(name, path, fmt))

    def export_history(self, path) -> str:
        from .exports import history_csv

        n = history_csv(self.session, path)
        return f"Saved the history of {n} epochs as {Path(path).name}."

    def export_history_dialog(self) -> None:
        path = self._ask_path("Export the history", "nnviz-history.csv", "CSV tables (*.csv)")
        if path and self.session.loaded:
            self._export(lambda: self.export_history(path))

    def export_pytorch_dialog(self) -> None:
        from ..core.export_pytorch import pytorch_script

        path = self._ask_path("Export the network as a PyTorch script", "nnviz_model.py", "Python scripts (*.py)")
        if path and self.session.loaded:
            self._export(lambda: "Wrote " + " and ".join(f.name for f in pytorch_script(self.session, path))
                         + ": run it with python and a CSV table.")

    def export_gif(self, path, frames: int = 60, whole_window: bool = False, frame_ms: int = 120,
                   progress=None) -> bool:
        """An animated GIF of training, replayed from the timeline: the boundary and the loss
        curve (or the whole window) at up to ``frames`` evenly spread points from epoch 0 to the
        newest. ``progress(done, total)`` returning False cancels (nothing is written). The
        timeline is back where it was afterwards."""
        from .exports import frame_positions, side_by_side, training_gif

        if self.runner.running:
            self.runner.stop_and_wait()
            self._reload_curve()
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
            self.statusBar().showMessage(f"Saved the training as {Path(path).name}.")
        return done

    def export_gif_dialog(self) -> None:
        from PySide6.QtWidgets import QProgressDialog

        path = self._ask_path("Export training as an animated GIF", "nnviz-training.gif", "GIF images (*.gif)")
        if not path or not self.session.loaded:
            return
        dialog = QProgressDialog("Drawing the frames of the training…", "Cancel", 0, 100, self)
        dialog.setWindowTitle("Export GIF")
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
            self.show_error(" ".join(str(exc).split()))
            ok = True
        finally:
            dialog.close()
        if not ok:
            self.statusBar().showMessage("GIF export cancelled; nothing was written.")

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
        scale = self.settings.value("text_scale", None)
        if scale is None and self.settings.value("font_size") is not None:   # the old setting
            scale = self.settings.value("font_size", type=int) / theme.BASE_POINT_SIZE
        self.presenter.set_text_scale(float(scale) if scale is not None else 1.0, remember=False)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.presenter.shutdown()
        self.runner.stop_and_wait()
        self.data_panel.shutdown()
        self._redraw_timer.stop()
        self.settings.setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
