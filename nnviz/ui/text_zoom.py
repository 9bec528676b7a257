"""One text scale for the whole window: Ctrl+= / Ctrl+- / Ctrl+0, remembered in the settings.

:class:`TextZoom` belongs to the main window. :meth:`TextZoom.set_text_scale` sets one factor
for every Qt widget font, tooltips, the window's titles (widgets with the :data:`TEXT_GROW`
property) and every view that has ``set_text_scale(factor)`` (diagram, plots, explainer).
:meth:`TextZoom.zoom` is the keys' version: one point at a time, over several passes of the
event loop, refused when the window would no longer fit the screen.

Presentation mode has widgets of its own and a layout made for large text: it registers them
with :meth:`TextZoom.follow`; while it presents, a zoom is neither remembered nor refused.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QSizePolicy, QToolTip, QWidget

from . import theme
from .panel_kit import hold_paint, next_pass, settle_layouts
from .i18n import translate

WINDOW_MIN_VIEW = (200, 140)   # px: the views outside presentation mode, at any text size
CAPPED_LINES = (("caption", 3), ("sample_text", 2))   # window labels: at most this many lines
MIN_SCALE, MAX_SCALE = 8 / theme.BASE_POINT_SIZE, 24 / theme.BASE_POINT_SIZE
TEXT_GROW = "textGrow"         # widget property: points above the base size (window titles)
SETTING = "text_scale"         # the remembered factor
OLD_SETTING = "font_size"      # the point size an older version remembered instead


class _NotPresenting:
    """What :class:`TextZoom` follows until presentation mode registers itself."""

    presenting = False

    @staticmethod
    def text_widgets() -> list:
        return []

    @staticmethod
    def restyle_text(base: QFont) -> None:
        pass


class TextZoom(QObject):
    """The window's text scale (:attr:`text_scale`) and the zoom keys."""

    textScaled = Signal(float)       # a zoom has rescaled every text (the factor now in use)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.text_scale = 1.0
        self.screen_size: tuple[int, int] | None = None     # the available screen (tests set it)
        self._stages: list = []        # what is left of a zoom under way (see zoom)
        self._generation = 0
        self._presentation = _NotPresenting()
        # Zoomed text never squeezes a view to nothing: the views keep a minimum size, the
        # wrapped lines around them a maximum number of lines, and a zoom that would make the
        # window larger than the screen is refused (presentation mode has its own layout).
        for view in (window.network_view, window.boundary_plot, window.curve_plot):
            view.setMinimumSize(WINDOW_MIN_VIEW[0], WINDOW_MIN_VIEW[1])
        window.loss_plot.setMinimumHeight(WINDOW_MIN_VIEW[1] - 30)
        window.scores.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        window.sample_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def follow(self, presentation) -> None:
        """Scale presentation mode's text too. ``presentation`` has ``presenting`` (a zoom while
        it is true is neither remembered nor refused), ``text_widgets()`` (its widgets that may
        be outside the window's tree) and ``restyle_text(base)`` (its fonts that are not the
        base font, set from the base font of a new scale)."""
        self._presentation = presentation

    @property
    def under_way(self) -> bool:
        """A zoom has passes left to run."""
        return bool(self._stages)

    def restore(self) -> None:
        """The remembered scale (a new window opens at the size last chosen)."""
        settings = self.w.settings
        scale = settings.value(SETTING, None)
        if scale is None and settings.value(OLD_SETTING) is not None:
            scale = settings.value(OLD_SETTING, type=int) / theme.BASE_POINT_SIZE
        self.set_text_scale(float(scale) if scale is not None else 1.0, remember=False)

    def set_text_scale(self, factor: float, remember: bool = True) -> None:
        """The one text scale: ``factor`` × the base size for every Qt widget font, tooltips,
        the window's titles, the presentation captions, and each view's ``set_text_scale``."""
        self.finish()
        factor = self._scale_widgets(factor)
        self._scale_views(self.views(), factor)
        if remember and not self._presentation.presenting:
            self.w.settings.setValue(SETTING, factor)

    def _scale_widgets(self, factor: float, docks=None, window: bool = True) -> float:
        """The Qt widgets' part of :meth:`set_text_scale` (fonts, titles, captions): the side
        ``docks`` (all of them when None) and, with ``window``, the rest of the window;
        returns the factor as clamped."""
        factor = float(min(max(factor, MIN_SCALE), MAX_SCALE * 1.6))
        self.text_scale = factor
        app = QApplication.instance()
        base = QFont(app.font())
        base.setPointSizeF(theme.BASE_POINT_SIZE * factor)
        app.setFont(base)
        QToolTip.setFont(base)
        # The docks get their own font, so that a zoom can do each in a pass of its own.
        trees = list(self.w.findChildren(QDockWidget) if docks is None else docks)
        for dock in trees:
            dock.setFont(base)
        if window:
            self.w.setFont(base)
            trees += [self.w, *self._presentation.text_widgets()]
        for widget in {id(x): x for t in trees for x in t.findChildren(QWidget)}.values():
            grow = widget.property(TEXT_GROW)
            if grow is not None:
                f = QFont(base)
                f.setPointSizeF(base.pointSizeF() + float(grow) * factor)
                f.setBold(True)
                widget.setFont(f)
        if not window:
            return factor
        for name, lines in CAPPED_LINES:
            capped = getattr(self.w, name)
            capped.setMaximumHeight(lines * QFontMetrics(base).lineSpacing() + 6)
            if hasattr(capped, "refit"):
                capped.refit()
        self.w.fit_epoch_label()
        self._presentation.restyle_text(base)
        return factor

    def _scale_views(self, views, factor: float) -> None:
        for view in views:
            view.set_text_scale(factor)
        settle_layouts()   # sizes for the new text now: one repaint, not one per layout pass

    def views(self) -> list:
        """Every view that draws its own text."""
        w = self.w
        return [w.network_view, w.boundary_plot, w.curve_plot, w.loss_plot, w.explainer, w.confusion]

    def available(self) -> QSize:
        """The screen area the window may use."""
        if self.screen_size is not None:
            return QSize(*self.screen_size)
        screen = self.w.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size()

    def zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+- one point larger or smaller; 0 (Ctrl+0) back to the base size.
        Outside presentation mode a size at which the window would no longer fit the screen
        (every view kept at its minimum) is refused, with a line saying so.

        The window is rescaled over several passes of the event loop (each side dock, the rest
        of the Qt widgets, the diagram and the explainer, the boundary, the loss curve), each
        painting its own part: all at once stalled the window 100-250 ms. ``textScaled`` is
        emitted when all is done; a new zoom key first finishes the one under way."""
        self.finish()
        before, size_before = self.text_scale, self.w.size()
        if step == 0:
            factor = 1.0
        else:
            points = round(theme.BASE_POINT_SIZE * self.text_scale) + step
            factor = min(max(points, 8), 24) / theme.BASE_POINT_SIZE
        w = self.w
        diagram = [w.network_view, w.explainer, w.confusion]
        plots, loss = [w.boundary_plot, w.curve_plot], [w.loss_plot]
        release_diagram, release_plots, release_loss = hold_paint(diagram), hold_paint(plots), hold_paint(loss)
        docks = w.findChildren(QDockWidget)
        factor = self._scale_widgets(factor, docks=docks[:1], window=False)
        settle_layouts()

        def dock_stage(dock):
            def finish_dock() -> None:
                self._scale_widgets(factor, docks=[dock], window=False)
                settle_layouts()
            return finish_dock

        def finish_window() -> None:
            self._scale_widgets(factor, docks=[])
            settle_layouts()

        def finish_diagram() -> None:
            self._scale_views(diagram, factor)
            release_diagram()

        def finish_plots() -> None:
            self._scale_views(plots, factor)
            release_plots()

        def finish_loss() -> None:
            self._scale_views(loss, factor)
            release_loss()
            self._zoom_done(step, before, size_before, factor)

        self._generation += 1
        self._stages = [dock_stage(d) for d in docks[1:]] + [finish_window, finish_diagram, finish_plots, finish_loss]
        self._next_stage(self._generation)

    def _next_stage(self, generation: int) -> None:
        def run() -> None:
            if generation != self._generation or not self._stages:
                return   # finished early by finish, or a newer zoom's
            self._stages.pop(0)()
            if self._stages:
                self._next_stage(generation)
        next_pass(run, self)

    def finish(self) -> None:
        """Run at once what is left of a zoom under way (before another zoom or any other
        change of the text scale)."""
        stages, self._stages = self._stages, []
        for stage in stages:
            stage()

    def _zoom_done(self, step: int, before: float, size_before: QSize, factor: float) -> None:
        presenting = self._presentation.presenting
        if step > 0 and not presenting:
            need, room = self.w.minimumSizeHint(), self.available()
            if need.width() > room.width() - 16 or need.height() > room.height() - 40:
                self.set_text_scale(before)
                self.w.resize(size_before)     # the refused size may have pushed the window out
                self.w.statusBar().showMessage(
                    translate("TextZoom", "Text size {0} pt is the largest that fits this screen "
                              "with every view readable; F5 presents with larger text.").format(f"{theme.BASE_POINT_SIZE * before:.0f}"))
                self.textScaled.emit(before)
                return
        if not presenting:
            self.w.settings.setValue(SETTING, factor)
        self.w.statusBar().showMessage(translate("TextZoom", "Text size {0} pt.").format(f"{theme.BASE_POINT_SIZE * factor:.0f}"))
        self.textScaled.emit(factor)
