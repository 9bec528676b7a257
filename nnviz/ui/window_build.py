"""The main window's widgets, docks, menus and shortcuts, built once.

:class:`WindowBuilder` is a part of :class:`~nnviz.ui.main_window.MainWindow` (a mixin): it
makes every widget the window shows and connects it to the window's command handlers. Nothing
here reads the session; the views are filled by ``ui/sync.py`` when something is loaded.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDockWidget, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSlider, QSplitter, QStyleFactory, QVBoxLayout, QWidget,
)

from ..core.teaching.lessons import LESSONS
from . import help as help_sheet
from . import i18n, theme, theme_apply
from .code_view import CodeView
from .compare_view import CompareView
from .confusion_view import ConfusionView
from .data_knobs import DataKnobs
from .data_panel import DataPanel
from .diagram import NetworkView
from .digits_pane import DigitsPane
from .explainer import ExplainerPanel
from .hyper_panel import HyperPanel
from .panel_kit import ComboBox, DoubleSpinBox, FittingLabel, SpinBox
from .plots import BoundaryPlot, CurvePlot, LossPlot
from .predict_box import PredictBox
from .run_controller import SPEEDS, speed_label
from .text_zoom import TEXT_GROW
from .timeline_bar import TimelineBar
from .i18n import translate

CONFUSION_MAX_PX = 180     # the confusion matrix's height under the diagram, which comes first
PLAY_BUTTON_MIN_PX = 96    # room for both of the play button's texts
SPEED_VALUE_MIN_PX = 70
LEFT_DOCK_PX = 330
THEME_LABELS = {"light": QT_TRANSLATE_NOOP("WindowBuilder", "Light"), "dark": QT_TRANSLATE_NOOP("WindowBuilder", "Dark"),
                "high contrast": QT_TRANSLATE_NOOP("WindowBuilder", "High contrast")}


def theme_name(name: str) -> str:
    """A theme's name in the window's language."""
    return translate("WindowBuilder", THEME_LABELS[name]) if name in THEME_LABELS else name.capitalize()


def unique_keys(*keys) -> list[QKeySequence]:
    """Key sequences without repeats (a repeated one makes Qt call the shortcut ambiguous)."""
    out: dict[str, QKeySequence] = {}
    for k in keys:
        seq = QKeySequence(k)
        out.setdefault(seq.toString(), seq)
    return list(out.values())


class WindowBuilder:
    """Builds the window's widgets (``_build_ui``) and menus (``_build_actions``)."""

    def _build_ui(self) -> None:
        # The remembered theme first, so every view is built in its colours.
        saved = self.settings.value(theme_apply.SETTINGS_KEY, "light")
        theme_apply.apply_theme(self, saved if saved in theme.THEME_NAMES else "light")
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(4)

        # Lesson picker and its caption.
        row1 = QHBoxLayout()
        lesson_label = QLabel(translate("WindowBuilder", "Lesson:"))
        lesson_label.setFont(self._bold())
        lesson_label.setProperty(TEXT_GROW, 0)
        # The wheel never changes the lesson (one notch over it discarded a trained run): it
        # takes no focus, and a ComboBox reads the wheel only with the focus.
        self.lesson_combo = ComboBox()
        for name, lesson in LESSONS.items():
            self.lesson_combo.addItem(i18n.shown(lesson).title, name)
            self.lesson_combo.setItemData(self.lesson_combo.count() - 1, i18n.shown(lesson).caption, Qt.ItemDataRole.ToolTipRole)
        self.lesson_combo.setToolTip(translate("WindowBuilder", "Pick a built-in lesson: its data, network and settings load at once (Ctrl+L)."))
        self.lesson_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lesson_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # a clicker's keys never change the lesson
        self.lesson_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lesson_combo.activated.connect(lambda i: self.load_lesson(self.lesson_combo.itemData(i)))
        self.caption = FittingLabel()   # the lesson's sentence; shortened to its 3 lines if need be
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row1.addWidget(lesson_label)
        row1.addWidget(self.lesson_combo)
        row1.addWidget(self.caption, 1)
        outer.addLayout(row1)

        # Playback: a full-width toolbar above the docks.
        bar = self.addToolBar(translate("WindowBuilder", "Playback"))
        bar.setObjectName("playback")
        bar.setMovable(False)
        self.play_button = self._button(translate("WindowBuilder", "▶ Play"), translate("WindowBuilder", "Train continuously; press again to pause (Space)."), self.toggle_play)
        self.play_button.setMinimumWidth(PLAY_BUTTON_MIN_PX)
        self.step_button = self._button(translate("WindowBuilder", "Step epoch"), translate("WindowBuilder", "Train one epoch: every training sample once (→). After Step sample "
                                        "or Step batch it finishes the epoch already under way."), self.step_epoch)
        self.step_batch_button = self._button(translate("WindowBuilder", "Step batch"), translate("WindowBuilder", "Train on the next mini-batch only (Shift+→)."), self.step_batch)
        self.step_sample_button = self._button(translate("WindowBuilder", "Step sample"), translate("WindowBuilder", "Train on the next single sample only (Ctrl+→)."), self.step_sample)
        self.step_back_button = self._button(translate("WindowBuilder", "◀ Back"), translate("WindowBuilder", "Undo the last step, whatever its size: a sample, a batch "
                                             "or an epoch (Shift+← or Backspace)."), self.step_back)
        self.reset_button = self._button(translate("WindowBuilder", "⟲ Reset"), translate("WindowBuilder", "Back to the same starting weights, epoch 0 (R)."), self.reset)
        self.new_weights_button = self._button(translate("WindowBuilder", "New weights"), translate("WindowBuilder", "Start again from new random weights: a new seed (N)."), self.new_weights)
        for b in (self.play_button, self.step_back_button, self.step_button, self.step_batch_button, self.step_sample_button,
                  self.reset_button, self.new_weights_button):
            bar.addWidget(b)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.epoch_label = QLabel(translate("WindowBuilder", "Epoch 0"))
        big = QFont(self.font())
        big.setPointSize(theme.TITLE_POINT_SIZE + 5)
        big.setBold(True)
        self.epoch_label.setFont(big)
        self.epoch_label.setProperty(TEXT_GROW, theme.TITLE_POINT_SIZE + 5 - theme.BASE_POINT_SIZE)
        self.epoch_label.setToolTip(translate("WindowBuilder", "Epochs completed: each epoch shows the network every training sample once. "
                                    "“+n” counts samples already trained in the next epoch."))
        self.epoch_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.epoch_label.setContentsMargins(0, 0, 8, 0)
        self.fit_epoch_label()
        bar.addWidget(self.epoch_label)
        self.playback_bar = bar
        self._ruler = QPushButton(self)   # measures a button's text without showing it (fit_toolbar)
        self._ruler.hide()
        # Shorter texts when the full ones do not fit beside the epoch (see fit_toolbar).
        self._toolbar_texts = [(self.step_back_button, QT_TRANSLATE_NOOP("WindowBuilder", "◀ Back"), "◀"),
                               (self.step_button, QT_TRANSLATE_NOOP("WindowBuilder", "Step epoch"),
                                QT_TRANSLATE_NOOP("WindowBuilder", "→ epoch")),
                               (self.step_batch_button, QT_TRANSLATE_NOOP("WindowBuilder", "Step batch"),
                                QT_TRANSLATE_NOOP("WindowBuilder", "→ batch")),
                               (self.step_sample_button, QT_TRANSLATE_NOOP("WindowBuilder", "Step sample"),
                                QT_TRANSLATE_NOOP("WindowBuilder", "→ sample")),
                               (self.reset_button, QT_TRANSLATE_NOOP("WindowBuilder", "⟲ Reset"), "⟲")]   # source texts
        bar.installEventFilter(self)

        # Run controls (speed, stop conditions) live in the left dock, above the hyperparameters.
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(len(SPEEDS) - 1)
        self.speed_slider.setToolTip(translate("WindowBuilder", "Epochs trained per redraw (about 60 redraws a second). Slide left to watch each epoch."))
        self.speed_value = QLabel(speed_label(SPEEDS[-1]))
        self.speed_value.setMinimumWidth(SPEED_VALUE_MIN_PX)
        self.speed_slider.valueChanged.connect(self._on_speed)
        self.max_epochs = SpinBox()     # the wheel counts only with the focus (as in every panel)
        self.max_epochs.setRange(1, 10_000_000)
        self.max_epochs.setSuffix(translate("WindowBuilder", " epochs"))
        self.max_epochs.setKeyboardTracking(True)   # as before: each typed digit counts
        self.max_epochs.setToolTip(translate("WindowBuilder", "Play stops by itself after this many epochs."))
        self.max_epochs.valueChanged.connect(self._on_max_epochs)
        self.target_loss = DoubleSpinBox()
        self.target_loss.setDecimals(4)
        self.target_loss.setRange(0.0, 100.0)
        self.target_loss.setSingleStep(0.01)
        self.target_loss.setSpecialValueText(translate("WindowBuilder", "no target"))
        self.target_loss.setPrefix(translate("WindowBuilder", "loss ≤ "))
        self.target_loss.setKeyboardTracking(True)   # as before: each typed digit counts
        self.target_loss.setToolTip(translate("WindowBuilder", "Play stops by itself when the training loss gets this low (“no target” = never)."))
        self.target_loss.valueChanged.connect(self._on_target_loss)
        run_box = QGroupBox(translate("WindowBuilder", "Run"))
        run_form = QGridLayout(run_box)
        run_form.addWidget(QLabel(translate("WindowBuilder", "Speed")), 0, 0)
        run_form.addWidget(self.speed_slider, 0, 1)
        run_form.addWidget(self.speed_value, 0, 2)
        run_form.addWidget(QLabel(translate("WindowBuilder", "Stop at")), 1, 0)
        run_form.addWidget(self.max_epochs, 1, 1, 1, 2)
        run_form.addWidget(QLabel(translate("WindowBuilder", "or at")), 2, 0)
        run_form.addWidget(self.target_loss, 2, 1, 1, 2)
        self.history_memory = SpinBox()
        self.history_memory.setRange(10, 4000)
        self.history_memory.setSingleStep(50)
        self.history_memory.setSuffix(translate("WindowBuilder", " MB"))
        self.history_memory.setKeyboardTracking(True)   # as before: each typed digit counts
        self.history_memory.setToolTip(translate("WindowBuilder", "Memory for the timeline's saved states. Every epoch stays reachable; with less "
                                       "memory, going back replays a few more epochs from the nearest saved state."))
        self.history_memory.valueChanged.connect(self._on_history_memory)
        run_form.addWidget(QLabel(translate("WindowBuilder", "History")), 3, 0)
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
        self.show_weights_box = QCheckBox(translate("WindowBuilder", "weights"))
        self.show_weights_box.setToolTip(translate("WindowBuilder", "Write every weight on its edge and every bias by its node "
                                         "(small networks; hover for the rest). Click one to type a new value."))
        self.show_weights_box.toggled.connect(self.network_view.set_show_weights)
        self.show_maps_box = QCheckBox(translate("WindowBuilder", "maps"))
        self.show_maps_box.setToolTip(self.maps_tooltip(picture=False))
        self.show_maps_box.toggled.connect(self._on_maps_toggled)
        self.phases_box = QCheckBox(translate("WindowBuilder", "phases"))
        self.phases_box.setToolTip(translate("WindowBuilder", "After each step, play it in phases on the diagram: forward (activations layer by "
                                   "layer), backward (each δ and gradient), update (old weight → new). P shows the next phase."))
        self.phases_box.toggled.connect(self._on_phases_toggled)
        for box in (self.show_weights_box, self.show_maps_box, self.phases_box):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.network_view.nodeMapRequested.connect(self._on_node_map)
        self.network_view.selectionCleared.connect(self.painter.clear_neuron_map)
        self.sample_spin = SpinBox()
        self.sample_spin.setKeyboardTracking(True)   # as before: each typed digit counts
        self.sample_spin.setToolTip(translate("WindowBuilder", "Which training sample the node values show: the network's numbers for that one input."))
        self.sample_spin.valueChanged.connect(self._on_sample_changed)
        self.sample_text = FittingLabel()
        net_box = self._titled(translate("WindowBuilder", "Network"), self.network_view, extra=[QLabel(translate("WindowBuilder", "sample")), self.sample_spin])
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
        self.scores.setToolTip(translate("WindowBuilder", "Scores of the current weights. The test split is measured when training pauses."))
        net_box.layout().addWidget(self.scores)
        self.confusion = ConfusionView()
        self.confusion.setToolTip(translate("WindowBuilder", "The test split's confusion matrix: rows are the true class, columns what the "
                                  "network said. Framed cells are right, hatched cells wrong."))
        self.confusion.limit_height(CONFUSION_MAX_PX)
        self.confusion.hide()
        net_box.layout().addWidget(self.confusion)

        self.boundary_plot = BoundaryPlot()
        self.x_axis_combo, self.y_axis_combo = ComboBox(), ComboBox()
        for combo, tip in ((self.x_axis_combo, translate("WindowBuilder", "The input on the horizontal axis. Other inputs are "
                                                          "held at their training mean: the picture is a slice.")),
                           (self.y_axis_combo, translate("WindowBuilder", "The input on the vertical axis. Other inputs are "
                                                          "held at their training mean: the picture is a slice."))):
            combo.setToolTip(tip)
            combo.activated.connect(self.on_axes_changed)
        self.axis_pickers = [QLabel("x"), self.x_axis_combo, QLabel("y"), self.y_axis_combo]
        self.boundary_box = self._titled(translate("WindowBuilder", "Decision boundary"), self.boundary_plot)
        # The axis pickers have a row of their own: the title row stays narrow when text is large.
        pickers = QHBoxLayout()
        pickers.setContentsMargins(0, 0, 0, 0)
        for w in self.axis_pickers:
            pickers.addWidget(w)
        pickers.addStretch(1)
        self.boundary_box.layout().insertLayout(1, pickers)
        self.boundary_title = self.boundary_box.findChild(QLabel)
        # Test points on or off, and clicks that add or remove points.
        self.show_test_box = QCheckBox(translate("WindowBuilder", "test data"))
        self.show_test_box.setChecked(True)
        self.show_test_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_test_box.setToolTip(translate("WindowBuilder", "Show the test points (rings): data the network never trains on."))
        self.show_test_box.toggled.connect(self.boundary_plot.set_show_test)
        self.boundary_box.layout().itemAt(0).layout().addWidget(self.show_test_box)
        self.boundary_plot.pointClicked.connect(self.on_plane_clicked)
        # One input: the network's output along that input, with the data points.
        self.curve_plot = CurvePlot()
        self.curve_plot.hide()
        # A pinned run's picture beside the big one (two runs side by side), hidden until a pin.
        self.compare_view = CompareView()
        self.frameDrawn.connect(self.compare_view.follow_epoch)
        self.runner.runFinished.connect(self.compare_view.flush)   # after the run's last frame is drawn
        pictures = QHBoxLayout()
        pictures.setContentsMargins(0, 0, 0, 0)
        pictures.setSpacing(4)
        self.boundary_box.layout().removeWidget(self.boundary_plot)
        pictures.addWidget(self.boundary_plot, 3)
        pictures.addWidget(self.curve_plot, 3)
        pictures.addWidget(self.compare_view, 2)
        self.boundary_box.layout().addLayout(pictures, 1)
        # A lesson whose inputs form a picture: a pad to draw on and the mistakes, in the
        # boundary's place (a slice of 64 pixels has no meaning; sync.py shows one or the other).
        self.digits_pane = DigitsPane()
        self.digits_pane.hide()
        self.digits_pane.addRequested.connect(self.add_drawing)
        self.digits_pane.digitChosen.connect(self.show_test_sample)
        self.confusion.cellClicked.connect(self._on_confusion_cell)
        self.frameDrawn.connect(self._on_frame_for_digits)
        self.runner.runFinished.connect(lambda *_: self._on_frame_for_digits(ended=True))
        self.boundary_box.layout().addWidget(self.digits_pane, 1)

        self.loss_plot = LossPlot()
        self.loss_plot.epochClicked.connect(self.goto_epoch)
        self.loss_plot.remember_in(self.settings)   # a short pane's loss/accuracy switch is remembered
        # The log switch joins the title row: at 1024×768 every pixel of plot height counts.
        loss_box = self._titled(translate("WindowBuilder", "Loss and accuracy"), self.loss_plot, extra=[self.loss_plot.log_checkbox])
        self.loss_title = loss_box.findChild(QLabel)
        # The timeline: every state the run went through, under the curve it drew. Its Pin button
        # (keep this run to compare with) ends the legend's line: there the slider keeps its
        # width and the window its least width (the legend wraps).
        self.timeline_bar = TimelineBar()
        self.loss_plot.add_legend_widget(self.timeline_bar.pin_button)
        self.timeline_bar.positionRequested.connect(self.goto_position)
        self.timeline_bar.backRequested.connect(self.step_back)
        self.timeline_bar.forwardRequested.connect(self.step_forward)
        self.timeline_bar.startRequested.connect(self.goto_start)
        self.timeline_bar.newestRequested.connect(self.goto_newest)
        self.timeline_bar.pinRequested.connect(self.pin_run)
        self.timeline_bar.unpinRequested.connect(self.unpin_run)
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
        self.hyper_dock = self._left_dock(translate("WindowBuilder", "Settings"), "hyperparameters", [self.run_box, self.data_knobs, self.hyper_panel])

        # Left dock, second tab: your own data and the predict box.
        self.data_panel = DataPanel(settings=self.settings)
        self.data_panel.problemReady.connect(self._on_problem_ready)
        self.data_panel.message.connect(self.statusBar().showMessage)
        self.predict_box = PredictBox()
        self.data_dock = self._left_dock(translate("WindowBuilder", "Data"), "data", [self.predict_box, self.data_panel])
        self.tabifyDockWidget(self.hyper_dock, self.data_dock)
        # The step explainer, every number of the last step for the selected neuron: a tab of
        # the left dock, so opening it takes no room from the views (a dock of its own squeezed
        # the settings and the diagram at 1024×768); the first Step opens it in front
        # (show_step_explainer).
        self.explainer = ExplainerPanel()
        # Its buttons' row must not set the left column's least width (the window's least width
        # decides how far the text may grow): the tab is as narrow as the settings' tab may be.
        self.explainer.setMinimumWidth(1)
        self.explainer.neuronRequested.connect(self.explain_neuron)     # an exercise's neuron
        self.explainer_dock = QDockWidget(translate("WindowBuilder", "Step"), self)
        self.explainer_dock.setObjectName("explainer")
        self.explainer_dock.setToolTip(translate("WindowBuilder", "The step explainer: every number of the last step (E)"))
        self.explainer_dock.setWidget(self.explainer)
        self.explainer_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                        | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.explainer_dock)
        self.tabifyDockWidget(self.data_dock, self.explainer_dock)
        self.explainer_dock.hide()     # until the first Step, which opens it in this tab's place
        # The NumPy lines of the step, a tab beside the explainer. They follow the diagram's
        # phases and the explainer's part: the phases' own state, no clock of their own.
        self.code_view = CodeView()
        self.code_view.setMinimumWidth(1)
        self.code_dock = QDockWidget(translate("WindowBuilder", "NumPy"), self)
        self.code_dock.setObjectName("numpy_code")
        self.code_dock.setToolTip(translate("WindowBuilder", "The NumPy lines that compute the last step, with its shapes and values"))
        self.code_dock.setWidget(self.code_view)
        self.code_dock.setFeatures(self.explainer_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.code_dock)
        self.tabifyDockWidget(self.data_dock, self.code_dock)
        self.network_view.phaseShown.connect(self.code_view.show_phase)
        self.explainer.explanationChanged.connect(lambda: self.code_view.set_part(self.explainer.part()[0]))
        self.hyper_dock.raise_()
        self.resizeDocks([self.hyper_dock], [LEFT_DOCK_PX], Qt.Orientation.Horizontal)
        self.setAcceptDrops(True)
        self.statusBar().showMessage(translate("WindowBuilder", "Ready."))

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
        # The plain style's scroll bars: Fusion paints a gradient over the whole bar, slow at the
        # docks' height in every pass where a panel grows or the text is zoomed.
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

    def maps_tooltip(self, picture: bool) -> str:
        """The maps box's tooltip; with a picture's inputs there is no plane to map (each hidden
        neuron shows its weight picture instead), so the box is off and says why."""
        if picture:
            return translate("WindowBuilder", "No maps for a picture's inputs: each hidden neuron shows its weight picture instead.")
        return translate("WindowBuilder", "Show inside each neuron what it computes over the plane of the two plotted inputs "
                         "(blue high, orange low). Hover a neuron to see its map large in the boundary panel.")

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
        file_menu = menu.addMenu(translate("WindowBuilder", "&File"))
        self._build_file_actions(file_menu)
        file_menu.addSeparator()
        self._action(file_menu, translate("WindowBuilder", "&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = menu.addMenu(translate("WindowBuilder", "&Edit"))
        self.undo_action = self._action(edit_menu, translate("WindowBuilder", "&Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.undo_action.setEnabled(False)
        self._action(edit_menu, translate("WindowBuilder", "Copy step as &Python"), "Ctrl+Shift+C", self.copy_step_python)
        train_menu = menu.addMenu(translate("WindowBuilder", "&Training"))
        self._action(train_menu, translate("WindowBuilder", "&Play / Pause"), "Space", self.toggle_play)
        self._action(train_menu, translate("WindowBuilder", "Step &epoch"), "Right", self.step_epoch)
        self._action(train_menu, translate("WindowBuilder", "Step &batch"), "Shift+Right", self.step_batch)
        self._action(train_menu, translate("WindowBuilder", "Step &sample"), "Ctrl+Right", self.step_sample)
        self._action(train_menu, translate("WindowBuilder", "Step bac&k"), "Shift+Left", self.step_back, also=("Backspace",))
        self._action(train_menu, translate("WindowBuilder", "Go to the s&tart"), "Home", self.goto_start)
        self._action(train_menu, translate("WindowBuilder", "Go to the ne&west"), "End", self.goto_newest)
        self._action(train_menu, translate("WindowBuilder", "&Reset"), "R", self.reset)
        self._action(train_menu, translate("WindowBuilder", "&New weights"), "N", self.new_weights)
        train_menu.addSeparator()
        pin = self._action(train_menu, translate("WindowBuilder", "P&in this run"), "Ctrl+P", self.pin_run)
        pin.setToolTip(translate("WindowBuilder", "Keep this run to compare with (dashed on the loss plot, its boundary beside the big "
                                 "one) and go back to its start: change one thing and train again."))
        unpin = self._action(train_menu, translate("WindowBuilder", "Un&pin"), "Ctrl+Shift+P", self.unpin_run)
        unpin.setToolTip(translate("WindowBuilder", "Stop comparing: the pinned run goes."))
        train_menu.setToolTipsVisible(True)
        view_menu = menu.addMenu(translate("WindowBuilder", "&View"))
        self._action(view_menu, translate("WindowBuilder", "Choose &lesson"), "Ctrl+L", self.lesson_combo.showPopup)
        self._action(view_menu, translate("WindowBuilder", "&Present"), "F5", lambda: self.presenter.start(True))
        self._action(view_menu, translate("WindowBuilder", "Present from &here"), "Shift+F5", lambda: self.presenter.start(False))
        self._action(view_menu, translate("WindowBuilder", "Ne&xt beat"), "PgDown", self.presenter.next)
        self._action(view_menu, translate("WindowBuilder", "&Back"), "PgUp", self.presenter.back)
        view_menu.addSeparator()
        larger = self._action(view_menu, translate("WindowBuilder", "&Larger text"), "Ctrl+=", lambda: self.zoom(+1))
        larger.setShortcuts(unique_keys("Ctrl+=", "Ctrl++", *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)))
        smaller = self._action(view_menu, translate("WindowBuilder", "&Smaller text"), "Ctrl+-", lambda: self.zoom(-1))
        smaller.setShortcuts(unique_keys("Ctrl+-", *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)))
        self._action(view_menu, translate("WindowBuilder", "&Normal text size"), "Ctrl+0", lambda: self.zoom(0))
        self._action(view_menu, translate("WindowBuilder", "&Full screen"), "F11", lambda: self.showNormal() if self.isFullScreen() else self.showFullScreen())
        view_menu.addAction(self.hyper_dock.toggleViewAction())
        view_menu.addAction(self.data_dock.toggleViewAction())
        explain = self.explainer_dock.toggleViewAction()
        explain.setText(translate("WindowBuilder", "Step &explainer"))
        explain.setShortcut(QKeySequence("E"))
        explain.setToolTip(translate("WindowBuilder", "Every number of the last step for the selected neuron, in the tutorials' notation (E)."))
        explain.triggered.connect(self._on_explainer_toggled)
        view_menu.addAction(explain)
        self.addAction(explain)
        self._action(view_menu, translate("WindowBuilder", "Next &phase of the step"), "P", self.next_phase)
        code = self.code_dock.toggleViewAction()
        code.setText(translate("WindowBuilder", "&NumPy lines of the step"))
        view_menu.addAction(code)
        self._action(view_menu, translate("WindowBuilder", "&Draw a digit"), "D", lambda: self.show_digits_tab(draw=True))
        self._action(view_menu, translate("WindowBuilder", "&Mistakes"), "M", lambda: self.show_digits_tab(draw=False))
        theme_menu = view_menu.addMenu(translate("WindowBuilder", "&Theme"))
        self.theme_actions = QActionGroup(self)
        for name in theme.THEME_NAMES:
            action = QAction(theme_name(name), self, checkable=True)
            action.setData(name)
            action.setChecked(name == theme.current_theme())
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            self.theme_actions.addAction(action)
            theme_menu.addAction(action)
        self.language_menu = view_menu.addMenu(translate("WindowBuilder", "Lan&guage"))
        self.language_actions = i18n.language_menu(self, self.language_menu, self.set_language)
        help_menu = menu.addMenu(translate("WindowBuilder", "&Help"))
        self._action(help_menu, translate("WindowBuilder", "&Keys"), "F1", lambda: help_sheet.show_keys(self))
        about = QAction(translate("WindowBuilder", "&About nnviz"), self)
        about.triggered.connect(lambda: help_sheet.show_about(self))
        help_menu.addAction(about)

    def set_theme(self, name: str) -> None:
        """View → Theme: ``name`` for the whole window at once (the plots, the diagram, the
        explainer and every panel), remembered for the next start."""
        theme_apply.apply_theme(self, name)
        # The diagram groups its edges by pen when it is given numbers: give them again (a
        # run's next frame does it by itself).
        if self.session.loaded and not self.runner.running:
            self.painter.show_frame_now()
        self.settings.setValue(theme_apply.SETTINGS_KEY, name)
        for action in self.theme_actions.actions():
            action.setChecked(action.data() == name)
        self.statusBar().showMessage(translate("WindowBuilder", "Theme: {0}.").format(theme_name(name)))

    def copy_step_python(self) -> None:
        """Edit → Copy step as Python: the script that reruns the last step, on the clipboard."""
        if self.code_view.copy_script():
            self.statusBar().showMessage(translate("WindowBuilder", "Copied the step as a Python script (NumPy only): "
                                                 "run it to see every number of the step again."))
        else:
            self.statusBar().showMessage(translate("WindowBuilder", "No step to copy yet: take a step first."))

    def _action(self, menu, text, shortcut, slot, also: tuple = ()) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in (shortcut, *also)])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

