"""Teaching with a projector: presentation mode, clicker keys, one text scale, lesson beats.

:class:`Presenter` is given the main window and adds, without the window knowing the details:

- **Presentation mode** (F5 from the start of the lesson's script, Shift+F5 from where it is,
  View → Present, ``nnviz --present``): side docks, menus, toolbar and status bar hidden, full
  screen, a projector layout of the network, the boundary and the loss curve under a large
  caption for the current beat; :attr:`Presenter.side` is the slot for the step explainer.
  Esc puts the window back exactly as it was.
- **Clicker keys and a guarded mouse** (:mod:`nnviz.ui.presentation_keys`), seen by an
  application-level event filter before whatever widget has focus: PageDown / → / Space /
  Enter = next, PageUp / ← / Backspace = back, B or "." = black screen, W or "," = white screen
  (any key returns), F5 / Shift+F5 / Esc. While presenting every other key is ignored (with a
  brief note in the footer), F5 too, and the mouse edits nothing: it is a pointer for the room
  (:mod:`nnviz.ui.pointer`).
- **Beats** (:mod:`nnviz.ui.presentation_beats`): a :class:`~nnviz.core.teaching.beats.BeatPlayer`
  over the lesson's script; each beat's action is done by the one table of
  :mod:`nnviz.core.teaching.beat_actions` on the window (training beats animated by the worker,
  paced by the beat's ``seconds``), and what it shows is a :class:`~nnviz.ui.view_state.ViewState`.
  Explain beats go part by part, reveal beats ask first, the end of the script is an end screen.
  Signals for a presenter console: ``beatShown``, ``endShown``, ``presentingChanged``; and
  :meth:`Presenter.go_to`.

The text scale is the window's (:class:`~nnviz.ui.text_zoom.TextZoom`): presentation mode sets
it large for the projector and puts the window's back when it leaves.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from ..core.teaching.beat_actions import SessionTarget, bias_settings
from ..core.teaching.beats import Beat, BeatPlayer
from . import theme
from .panel_kit import ElidedLabel
from .pointer import PointerOverlay
from .presentation_beats import END_NOTE, PresenterBeats
from .presentation_keys import BLACK, WHITE, PresenterKeys
from .i18n import translate

# Presentation text: 24 px (18 pt at 96 dpi) at 1024×768, growing with the screen beyond it.
PRESENT_TEXT_PX = 24
PRESENT_BASE = (1024, 768)
PRESENT_MARKER_PX = 16          # plot markers seen from the back of the room
WIDE_LAYOUT_WIDTH = 1500       # from this width the explainer gets its own column
TALL_LAYOUT_HEIGHT = 900       # from this height the boundary and the loss curve are stacked
PRESENT_MIN_VIEW = 300         # px: the network diagram and the boundary, each way
BOUNDARY_ROWS_PX = 50          # px more for the boundary plot's own option and legend rows
DEFAULT_SIZE = (1280, 800)



def fitting_size(available: tuple[int, int], wanted: tuple[int, int] = DEFAULT_SIZE,
                 frame: tuple[int, int] = (16, 40)) -> tuple[int, int]:
    """The window size (client area) that fits a screen's available area of ``available``
    pixels, window frame included: ``wanted`` or smaller."""
    return (max(200, min(wanted[0], available[0] - frame[0])), max(200, min(wanted[1], available[1] - frame[1])))


def fit_to_screen(window: QWidget) -> None:
    """A first launch, or a remembered size, that fits the screen the window is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    restored = window.property("restoredGeometry")
    wanted = (window.width(), window.height()) if restored else DEFAULT_SIZE
    w, h = fitting_size((avail.width(), avail.height()), wanted)
    window.resize(w, h)
    geo = window.frameGeometry()
    if not avail.contains(geo):
        window.move(max(avail.left(), min(geo.left(), avail.right() - geo.width())),
                    max(avail.top(), min(geo.top(), avail.bottom() - geo.height())))


@dataclass
class _Saved:
    """The window as it was before presentation mode."""

    geometry: object
    rect: object
    state: object
    full_screen: bool
    maximized: bool
    text_scale: float
    view_sizes: list
    right_sizes: list
    menu: bool
    toolbars: list
    status: bool
    hidden: list            # widgets presentation mode hides: (widget, was visible)
    docks: list             # (dock, width, height) of the docks on screen
    focus: QWidget | None


class _WindowBeats(SessionTarget):
    """The beat actions on the window, through its public commands so that every view follows:
    a beat of one step and a play beat are training runs of the worker, animated."""

    def __init__(self, presenter: Presenter) -> None:   # (no session of its own: the window's)
        self.p, self.w = presenter, presenter.w

    @property
    def session(self):
        return self.w.session

    def load(self, lesson: str) -> None:
        self.p._busy = True    # the script's load, not the person's choice of a lesson
        try:
            self.w.load_lesson(lesson)
        finally:
            self.p._busy = False

    def step(self, kind: str, count: int) -> None:
        w = self.w
        if count == 1:
            self.p.step_kind = kind
            self.p._animate({"sample": w.step_sample, "batch": w.step_batch, "epoch": w.step_epoch}[kind])
            return
        w.runner.stop_and_wait()
        with w.sync.held():        # the views follow once, after every step
            super().step(kind, count)

    def train_to(self, epoch: int) -> None:
        if self.w.session.epoch < epoch:
            self.w.max_epochs.setValue(epoch)
            self.p.pace(self.p._doing, epoch - self.w.session.epoch)
            self.p._animate(self.w.play)

    def set_bias(self, on: bool) -> None:
        self.w.runner.stop_and_wait()
        self.w.apply_settings(bias_settings(self.w.session.settings, on))

    def ask(self, values: dict) -> str:
        self.w.predict_box.set_values(values)
        self.w.predict_box.predict()
        return super().ask(values)


class Presenter(PresenterKeys, PresenterBeats, QObject):
    """Presentation mode, clicker keys and lesson beats for ``window``."""

    beatDone = Signal(int)          # a beat finished (its action, animated or not): the position
    beatShown = Signal(int, object)  # a beat is on screen (also after PageUp / F5 / go_to): position, Beat
    endShown = Signal()             # the end screen after the last beat is on screen
    presentingChanged = Signal(bool)

    # --- for the presenter console --------------------------------------------------------
    def present_on(self, screen, rect=None) -> None:
        """Move the presentation to ``screen``: full screen there, or in ``rect`` (a window,
        for rehearsing on one screen), laid out and its text sized for that place."""
        if not self.presenting or screen is None:
            return
        w = self.w
        w.setScreen(screen)
        if rect is None:
            w.showNormal()
            w.setGeometry(screen.geometry())
            w.showFullScreen()
        else:
            w.showNormal()
            w.setGeometry(rect)
        size = rect.size() if rect is not None else screen.geometry().size()
        self.text_zoom.set_text_scale(self.presentation_scale(size), remember=False)
        old = self._column
        self._arrange(size.width(), size.height())
        old.hide()          # the layout's previous column, emptied: never left painting over it
        old.deleteLater()
        self._hide_extras()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.text_zoom = window.text_zoom      # the window's text scale: presentation mode sets its own
        self.player: BeatPlayer | None = None
        self.step_kind = "epoch"            # "next" with no script left: a step of this size
        self.presenting = False
        self._saved: _Saved | None = None
        self._pending_restore: _Saved | None = None
        self._busy = False                  # a beat is loading a lesson: not the person's choice
        self._waiting: Beat | None = None   # a beat whose training run is under way
        self._doing: Beat | None = None     # the beat being performed
        self._target = _WindowBeats(self)
        self._central: QWidget | None = None   # the window's central widget, while the page has its place
        # The window's views, found once: presentation mode moves them and puts them back.
        self.net_box = window.view_splitter.widget(0)
        self.right_split = window.view_splitter.widget(1)
        self.boundary_box = window.boundary_box
        self.loss_box = self.right_split.widget(1)
        self._reset_beat_state()
        self._build_page()
        self._build_blank()
        self.pointer = PointerOverlay(window)
        self._confusion_home = None     # where the confusion matrix goes back to
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(lambda: self.note.set_full_text(""))
        self.text_zoom.follow(self)
        window.lessonLoaded.connect(self._on_lesson_loaded)
        window.runner.runFinished.connect(self._on_run_finished)
        window.statusBar().messageChanged.connect(self._on_status)
        window.frameDrawn.connect(self._on_frame)
        # "Next" past the end of a script steps as the person last stepped.
        for button, kind in ((window.step_button, "epoch"), (window.step_batch_button, "batch"),
                             (window.step_sample_button, "sample")):
            button.clicked.connect(lambda _=False, k=kind: setattr(self, "step_kind", k))
        # No picker holds the keyboard at start: the diagram does, and keys reach the window.
        window.network_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        window.network_view.setFocus()
        QApplication.instance().installEventFilter(self)

    # ------------------------------------------------------------------------ building
    def _build_page(self) -> None:
        self.page = QWidget()
        self.page.setObjectName("presentation")
        outer = QVBoxLayout(self.page)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(6)
        # The caption of the current beat, large, across the whole width.
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.caption)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        # Bottom line: the status message (the status bar is hidden), the epoch and the beat.
        foot = QHBoxLayout()
        self.note = ElidedLabel()
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        pal = self.note.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.MUTED))
        self.note.setPalette(pal)
        self.epoch = QLabel()
        self.epoch.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.beat_label = QLabel()
        self.beat_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        foot.addWidget(self.note, 1)
        foot.addWidget(self.beat_label)
        foot.addSpacing(16)
        foot.addWidget(self.epoch)
        outer.addLayout(foot)
        # The step explainer's place: the window's explainer moves here while presenting.
        self.side = QWidget()
        self.side.setObjectName("present_side")
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.bottom_tabs = QTabWidget()   # the views that share a place on a short screen
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # clicking a tab keeps the keys where they were
        self.bottom_tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._body_layout: QHBoxLayout | None = None

        # The confusion matrix's place while presenting, a pane a beat can bring to the front.
        self.confusion_page = QWidget()
        QVBoxLayout(self.confusion_page).setContentsMargins(0, 0, 0, 0)
        # After the last beat: the end of the lesson, over the page.
        self.end_screen = QLabel(translate("PresenterBeats", END_NOTE), self.page)
        self.end_screen.setTextFormat(Qt.TextFormat.RichText)
        self.end_screen.setObjectName("end_screen")
        self.end_screen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_screen.setWordWrap(True)
        self.end_screen.setAutoFillBackground(True)
        pal = self.end_screen.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(theme.TEXT))
        self.end_screen.setPalette(pal)
        self.end_screen.hide()

    def _build_blank(self) -> None:
        self.blank = QWidget(self.w)
        self.blank.setAutoFillBackground(True)
        self.blank.hide()

    # ------------------------------------------------------------------------ text scale
    def text_widgets(self) -> list:
        """For the window's text zoom: the page, and the window's central widget while the page
        has its place (both outside the window's tree at times)."""
        return [self.page] + ([self._central] if self._central is not None else [])

    def restyle_text(self, base: QFont) -> None:
        """For the window's text zoom: the caption and the epoch, bold, from the base font."""
        big = QFont(base)
        big.setBold(True)
        big.setPointSizeF(base.pointSizeF() * 1.15)
        self.caption.setFont(big)
        big.setPointSizeF(base.pointSizeF())
        self.epoch.setFont(big)

    def presentation_scale(self, size: QSize) -> float:
        """The factor that makes text 24 px at 1024×768, and grows with a larger screen."""
        grow = max(1.0, min(size.width() / PRESENT_BASE[0], size.height() / PRESENT_BASE[1]))
        dpi = self.w.logicalDpiY() or 96
        points = PRESENT_TEXT_PX * grow * 72.0 / dpi
        return points / theme.BASE_POINT_SIZE

    # ------------------------------------------------------------------------ presentation mode
    def start(self, from_start: bool = True, size: tuple[int, int] | None = None) -> None:
        """F5 (``from_start``: the lesson's script from its first beat) or Shift+F5 (from the
        current beat, shown exactly as it was: its training and its view). ``size`` lays the
        screen out at that size in a window instead of full screen (screenshots and tests)."""
        if not self.presenting:
            self._enter(size)
        player = self._player()
        if from_start:
            self.restart()
        elif player is not None and player.position >= 1:
            self.go_to(player.position)
        else:
            self._show_caption()

    def _enter(self, size: tuple[int, int] | None) -> None:
        self.text_zoom.finish()   # a zoom under way is the window's: remembered, checked against the screen
        w = self.w
        hidden = [(x, x.isVisible()) for x in (w.sample_text, w.timeline_bar, *w.axis_pickers)]
        self._saved = _Saved(
            w.saveGeometry(), w.geometry(), w.saveState(), w.isFullScreen(), w.isMaximized(), self.text_zoom.text_scale,
            w.view_splitter.sizes(), self.right_split.sizes(), w.menuBar().isVisible(),
            [(t, t.isVisible()) for t in w.findChildren(QToolBar)],
            w.statusBar().isVisible(), hidden,
            # Only the docks on screen: a tab behind another keeps a stale size (never shown: 100 px).
            [(d, d.width(), d.height()) for d in w.findChildren(QDockWidget)
             if d.isVisible() and not d.isFloating() and not d.visibleRegion().isEmpty()],
            QApplication.focusWidget(),
        )
        self.presenting = True
        self._central = w.takeCentralWidget()
        for x, _ in hidden:
            x.hide()
        for dock in w.findChildren(QDockWidget):
            dock.hide()
        for t, _ in self._saved.toolbars:
            t.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        w.setCentralWidget(self.page)
        self.page.show()
        target = QSize(*size) if size else (w.screen() or QGuiApplication.primaryScreen()).geometry().size()
        self.side.layout().addWidget(w.explainer)   # the step explainer joins the projector layout
        w.explainer.show()
        w.network_view.set_min_text_px(PRESENT_TEXT_PX)     # weights and node numbers too
        for plot in (w.boundary_plot, w.curve_plot):
            plot.set_min_marker_px(PRESENT_MARKER_PX)
        self.text_zoom.set_text_scale(self.presentation_scale(target), remember=False)
        # No view below a useful size: the layout gives way (the loss curve gets what is left).
        self._min_sizes = [(v, v.minimumSize()) for v in (w.network_view, w.boundary_plot)]
        for v, _ in self._min_sizes:
            v.setMinimumSize(PRESENT_MIN_VIEW, PRESENT_MIN_VIEW)
        # The boundary's own rows (options, legend) take their share of its height at this size.
        w.boundary_plot.setMinimumHeight(PRESENT_MIN_VIEW + BOUNDARY_ROWS_PX)
        # The scores and the confusion table are shown whole: the boxes share the width by it.
        w.scores.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        if size:
            w.showNormal()
            w.resize(*size)
        else:
            w.showFullScreen()
        self._arrange(target.width(), target.height())
        self._hide_extras()
        self.text_zoom.set_text_scale(self.text_zoom.text_scale, remember=False)   # the moved boxes' titles too
        self.epoch.setText(w.epoch_label.text())
        w.network_view.setFocus()
        self.pointer.clear()
        self.pointer.cover()
        self.pointer.show()
        self.presentingChanged.emit(True)

    def _central_layout_activate(self) -> None:
        central = self.w.centralWidget()
        if central is not None and central.layout() is not None:
            central.layout().activate()

    def _hide_extras(self) -> None:
        """What presentation mode leaves out: the sample line and the axis pickers (a lesson
        load shows them again)."""
        for x in (self.w.sample_text, self.w.timeline_bar, *self.w.axis_pickers):   # the clicker steps back
            x.hide()
        self.w.boundary_plot.show_edit_hint(False)   # a mouse hint, and the bottom line had no room

    def _arrange(self, width: int, height: int) -> None:
        """The projector layout, chosen so that no view is squeezed below a useful size:
        the network on the left; on the right the boundary over the loss curve on a tall
        screen, or the two as tabs (boundary first) on a short one such as 1024×768. The step
        explainer (in :attr:`side` while presenting) gets its own column on a wide screen,
        else a tab."""
        if self._body_layout is None:
            self._body_layout = QHBoxLayout(self.body)
            self._body_layout.setContentsMargins(0, 0, 0, 0)
            self._body_layout.setSpacing(8)
        lay = self._body_layout
        while lay.count():
            lay.takeAt(0)
        has_side = self.side.layout().count() > 0
        wide, tall = width >= WIDE_LAYOUT_WIDTH, height >= TALL_LAYOUT_HEIGHT
        # On a short screen the diagram needs the height the confusion matrix would take (the
        # scores line still gives the test accuracy).
        self.w.confusion_shown = tall
        self.w.confusion.setVisible(tall and self.w.confusion.isVisible())
        classes = self.w.session.problem is not None and self.w.session.problem.is_classification
        if not tall and classes:     # its own tab, a pane a beat can bring to the front
            if self._confusion_home is None:
                home = self.w.confusion.parentWidget().layout()
                self._confusion_home = (home, home.indexOf(self.w.confusion))
            self.confusion_page.layout().addWidget(self.w.confusion)
            self.w.confusion_shown = True
        column = QWidget()
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        tabs = self.bottom_tabs
        tabs.clear()
        if tall:
            col.addWidget(self.boundary_box, 3)
            if has_side and not wide:
                tabs.addTab(self.loss_box, translate("Presenter", "Loss"))
                tabs.addTab(self.side, translate("Presenter", "Explainer"))
                col.addWidget(tabs, 2)
            else:
                col.addWidget(self.loss_box, 2)
        else:
            picture = self.w.session.loaded and self.w.session.problem.image_shape is not None
            tabs.addTab(self.boundary_box, translate("Presenter", "Digits") if picture   # the pad there
                        else translate("Presenter", "Boundary"))
            tabs.addTab(self.loss_box, translate("Presenter", "Loss"))
            if classes:
                tabs.addTab(self.confusion_page, translate("Presenter", "Confusion"))
            if has_side and not wide:
                tabs.addTab(self.side, translate("Presenter", "Explainer"))
            col.addWidget(tabs, 1)
        tabs.setVisible(tabs.count() > 0)
        tabs.setCurrentIndex(0)
        lay.addWidget(self.net_box, 1)
        lay.addWidget(column, 1)
        if has_side and wide:
            lay.addWidget(self.side, 1)
        self._column = column
        for x in (self.net_box, self.boundary_box, self.loss_box):
            if tabs.indexOf(x) < 0:   # (one taken out of a tab may come back hidden)
                x.show()
        for i in range(tabs.count()):   # a page shown by hand would paint over the current one
            tabs.widget(i).setVisible(i == tabs.currentIndex())

    def show_tab(self, widget: QWidget) -> None:
        """Bring ``widget``'s tab to the front when presentation mode has it in a tab."""
        i = self.bottom_tabs.indexOf(widget)
        if i >= 0:
            self.bottom_tabs.setCurrentIndex(i)

    def leave(self) -> None:
        """Esc: the window exactly as it was (docks, geometry, splitters, full screen, text)."""
        if not self.presenting:
            return
        w, saved = self.w, self._saved
        self.blank.hide()
        self.pointer.clear()
        self.pointer.hide()
        if self._waiting is not None or self._paused is not None:
            self._stop_beat_run()     # a beat's run (or its pause) ends with the presentation
        self._clear_beat()
        self.text_zoom.finish()   # a zoom under way is presentation mode's: never remembered for the window
        w.show_caption()   # the beats wrote theirs there (and may have loaded another lesson)
        w.boundary_plot.show_edit_hint(True)
        w.statusBar().showMessage(translate("Presenter", "Left presentation mode: the window as it was (F5 presents again)."))
        self.presenting = False
        w.takeCentralWidget()
        self.page.setParent(w)      # kept by the window, so it goes with it (a parentless widget
        self.page.hide()            # outliving the QApplication crashes the exit)
        w.view_splitter.insertWidget(0, self.net_box)
        self.right_split.insertWidget(0, self.boundary_box)
        self.right_split.insertWidget(1, self.loss_box)
        for box in (self.net_box, self.boundary_box, self.loss_box):   # a tab page may come back hidden
            box.show()
        if self.side.parent() is not None and self.side.parent() is not self.page:
            self.side.setParent(self.page)
            self.side.hide()
        w.explainer_dock.setWidget(w.explainer)     # back to its dock
        if self._confusion_home is not None:
            home, index = self._confusion_home
            home.insertWidget(index, w.confusion)
            self._confusion_home = None
        w.confusion_shown = True
        if not w.runner.running:   # a short screen's layout hid it; a run shows it when it stops
            w.refresh_scores()
        w.setCentralWidget(self._central)
        self._central = None
        w.network_view.setFocus()        # never left on a widget of the page being put away
        for x, was in saved.hidden:
            x.setVisible(was)
        for x in w.axis_pickers:    # a lesson loaded while presenting has its own choice to make
            x.setVisible(w.session.problem.n_features > 2)
        for v, size in self._min_sizes:
            v.setMinimumSize(size)
        w.scores.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        w.menuBar().setVisible(saved.menu)
        w.statusBar().setVisible(saved.status)
        w.network_view.set_min_text_px(0)
        for plot in (w.boundary_plot, w.curve_plot):
            plot.set_min_marker_px(0)
        self.text_zoom.set_text_scale(saved.text_scale, remember=False)
        if saved.full_screen:
            w.showFullScreen()
        elif saved.maximized:
            w.showMaximized()
        else:
            w.showNormal()
        w.restoreState(saved.state)
        if not saved.full_screen and not saved.maximized:
            w.restoreGeometry(saved.geometry)
            w.setGeometry(saved.rect)     # restoreGeometry may clamp to the screen; this is exact
        for t, was in saved.toolbars:
            t.setVisible(was)
        self._restore_sizes(saved)
        if saved.focus is not None and saved.focus.isVisible():
            saved.focus.setFocus()
        else:
            w.network_view.setFocus()
        self._saved = None
        # The platform applies the geometry change a moment later: the dock and splitter sizes
        # are put back again once the window has its old size, so they come out exactly.
        self._pending_restore = saved
        if saved.full_screen or saved.maximized or w.size() == saved.rect.size():
            QTimer.singleShot(0, self._complete_leave)
        else:
            QTimer.singleShot(1000, self._complete_leave)   # in case no resize ever comes

    def _complete_leave(self) -> None:
        saved, self._pending_restore = self._pending_restore, None
        if saved is None:
            return
        self._restore_sizes(saved)
        # Once more after the layouts have taken the old size in (docks settle a pass later).
        QTimer.singleShot(0, lambda: (self._restore_sizes(saved), self.presentingChanged.emit(False)))

    def _restore_sizes(self, saved: _Saved) -> None:
        w = self.w
        if self.presenting:
            return
        w.restoreState(saved.state)
        if not saved.full_screen and not saved.maximized:
            w.setGeometry(saved.rect)
        docks = [d for d, _, _ in saved.docks if d.isVisible()]
        if docks:
            w.resizeDocks(docks, [wd for d, wd, _ in saved.docks if d.isVisible()], Qt.Orientation.Horizontal)
        w.layout().activate()
        self._central_layout_activate()
        w.view_splitter.setSizes(saved.view_sizes)
        self.right_split.setSizes(saved.right_sizes)

    # ------------------------------------------------------------------------ black / white
    def blank_screen(self, colour: str) -> None:
        """B / "." black, W / "," white: the whole window; any key returns."""
        pal = self.blank.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#000000" if colour == BLACK else "#FFFFFF"))
        self.blank.setPalette(pal)
        self.blank.setGeometry(self.w.rect())
        self.blank.show()
        self.blank.raise_()

    @property
    def blanked(self) -> str | None:
        """"black", "white" or None."""
        if not self.blank.isVisible():
            return None
        return BLACK if self.blank.palette().color(QPalette.ColorRole.Window).lightness() < 128 else WHITE

    def _on_status(self, text: str) -> None:
        self.note.set_full_text(text)

    def _on_frame(self, _epoch: int) -> None:
        if self.presenting:
            self.epoch.setText(self.w.epoch_label.text())

    def shutdown(self) -> None:
        """The window closes: leave presentation mode and stop filtering keys."""
        self.text_zoom.finish()   # a size chosen just before closing is still remembered
        self.leave()
        QApplication.instance().removeEventFilter(self)

