"""The pinned run beside the run now: a line saying what differs ("Pinned: lr 0.05 · Now: lr 0.5")
and a small picture of the pinned run at the epoch shown — its decision boundary, its
prediction along the one input, or an image lesson's first-layer weight pictures (over the
digits pane; the diagram has the run now's) — with its scores at that epoch.

The view only draws: ``ui/sync.py`` tells it what is pinned (:meth:`CompareView.show_pinned`)
and sets its picture up as it sets up the big one; during a run it follows the frames drawn
(:meth:`CompareView.follow_epoch`, at most every ``FOLLOW_MS``). The pinned run's states come
from :class:`~nnviz.core.app.compare.PinnedRun` (the engine's replays, never the UI's math).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.text import fixed, local
from . import theme
from .compare_weights import WeightPictures
from .plots import BoundaryPlot, CurvePlot
from .plots.base import MAX_TEXT_SCALE, MIN_TEXT_SCALE
from .text_zoom import TEXT_GROW
from .i18n import translate

FOLLOW_MS = 100            # during a run the pinned picture follows at most this often
MIN_WIDTH_PX = 150
PICTURE_TEXT = 0.75        # the small picture's text, of the window's when that is large
WEIGHTS_MIN_HEIGHT = 96    # an image lesson's weight pictures: two rows of 8×8 tiles at 5 pixels a cell


class _SmallBoundary(BoundaryPlot):
    """The pinned run's boundary: the big plot's colours and points, without its options and
    legend (the big one beside it has them)."""

    def set_problem(self, *args, **kwargs) -> None:
        super().set_problem(*args, **kwargs)
        self.discretize_checkbox.hide()

    def _update_legend(self) -> None:
        super()._update_legend()
        self.key_label.hide()
        self.legend_label.hide()


class _SmallCurve(CurvePlot):
    def _update_legend(self) -> None:
        super()._update_legend()
        self.key_label.hide()
        self.legend_label.hide()


# The pictures of a pinned run, by kind (nnviz.core.app.compare.picture_kind): the boundary, the
# curve along one input, an image lesson's first-layer weight pictures. A kind without one shows
# the line and the scores only (its curves are on the loss plot).
PICTURES = {"boundary": _SmallBoundary, "curve": _SmallCurve, "weights": WeightPictures}


class CompareView(QWidget):
    """What differs, and the pinned run's picture at the epoch shown. Hidden while nothing is
    pinned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare")
        self.setMinimumWidth(MIN_WIDTH_PX)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = QLabel()           # "Pinned: lr 0.05 · Now: lr 0.5"
        self.line.setObjectName("difference")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bold = self.line.font()
        bold.setBold(True)
        self.line.setFont(bold)
        self.line.setProperty(TEXT_GROW, 0)     # the text zoom keeps it bold at the scale's size
        layout.addWidget(self.line)
        self.scores = QLabel()         # "pinned run, epoch 300: loss 0.1828 · acc 75.0%"
        self.scores.setObjectName("pinned scores")
        self.scores.setWordWrap(True)
        self.scores.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.scores)
        self.pictures: dict[str, QWidget] = {}
        self._body = layout
        self.kind: str | None = None
        self.pinned = None
        self.options = None
        self.epoch = 0
        self._due: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self._follow_now)
        self.setToolTip(translate("CompareView", "The pinned run (dashed on the loss plot) at the epoch shown, beside the run now. "
                                "Pin a run with Ctrl+P or the loss pane's Pin button; Ctrl+Shift+P unpins."))
        self.hide()

    # --- what is pinned ---------------------------------------------------------------------
    def picture(self, kind: str | None):
        """The picture widget for ``kind`` (made the first time), None for a kind without one;
        the others are hidden."""
        made = None
        if kind in PICTURES:
            made = self.pictures.get(kind)
            if made is None:
                made = self.pictures[kind] = PICTURES[kind]()
                made.setMinimumSize(MIN_WIDTH_PX - 10, WEIGHTS_MIN_HEIGHT if kind == "weights" else MIN_WIDTH_PX - 10)
                self._body.addWidget(made, 1)
                self._scale_pictures()
        for k, w in self.pictures.items():
            w.setVisible(k == kind)
        # The weight pictures sit over the digits pane and leave it the room it can use;
        # a boundary or curve shares the row with the big plot and grows with it.
        grow = QSizePolicy.Policy.Preferred if kind == "weights" else QSizePolicy.Policy.Expanding
        self.setSizePolicy(QSizePolicy.Policy.Preferred, grow)
        self.kind = kind if made is not None else None
        return made

    def show_pinned(self, pinned, line: str, epoch: int, options) -> None:
        """Show ``pinned`` (a :class:`~nnviz.core.app.compare.PinnedRun`, None: hide) with the
        line saying what differs, at the run now's ``epoch`` on the plane of ``options``."""
        self.pinned = pinned
        if pinned is None:
            self._timer.stop()
            self._due = None
            self.hide()
            return
        # One run a line ("Pinned: lr 0.05" over "Now: lr 0.5"): the column is narrow.
        self.line.setText(line.replace(" · ", "\n"))
        self.line.setToolTip(line)
        self.options = None if options is None else replace(options, maps=False)
        self.show()
        self.show_epoch(epoch)

    def show_epoch(self, epoch: int) -> None:
        """The pinned run at the run now's ``epoch`` (its last one if it stopped before)."""
        pinned = self.pinned
        if pinned is None:
            return
        self.epoch = shown = pinned.shown_epoch(epoch)
        picture = self.pictures.get(self.kind) if self.kind else None
        if isinstance(picture, WeightPictures):
            picture.set_weights(pinned.parameters_at(shown)[0])
        elif picture is not None and self.options is not None:
            frame = pinned.frame_at(shown, self.options)
            if frame.field is not None and isinstance(picture, BoundaryPlot):
                picture.set_field(frame.field.values)
            elif frame.curve is not None and isinstance(picture, CurvePlot):
                picture.set_curve(frame.curve.x, frame.curve.values)
        s = pinned.scores_at(shown)
        parts = []
        if "train_loss" in s:
            parts.append(translate("CompareView", "loss {0}").format(fixed(s["train_loss"])))
        if "train_acc" in s:
            parts.append(translate("CompareView", "acc {0}").format(f"{s['train_acc']:.1%}"))
        text = translate("CompareView", "Pinned run, epoch {0}").format(local(f"{shown:,}"))
        self.scores.setText(text + (": " + " · ".join(parts) if parts else ""))

    def weight_pictures(self):
        """The pinned run's weight pictures drawn now ``(n_neurons, rows, cols)`` (an image
        lesson), or None."""
        picture = self.pictures.get("weights")
        return picture.weight_pictures() if picture is not None and self.kind == "weights" else None

    def follow_epoch(self, epoch: int) -> None:
        """A frame of the run now was drawn at ``epoch``: the pinned picture follows, at most
        every ``FOLLOW_MS`` (the last epoch asked for is the one drawn), or when next shown."""
        if self.pinned is None:
            return
        self._due = int(epoch)
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()     # hidden (a tab behind another), it is drawn when shown

    def flush(self, *_args) -> None:
        """Draw the last epoch asked for now (a run ended: its last frame is the one to see)."""
        self._timer.stop()
        self._follow_now()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self._scale_pictures()
        super().changeEvent(event)

    def _scale_pictures(self) -> None:
        """The pictures' text with the window's text scale (the zoom sets the fonts; a plot's own
        text follows its set_text_scale): as large up to the normal size, three quarters of it
        beyond (presentation mode), so that a small picture keeps room for its plane."""
        window = self.font().pointSizeF() / theme.BASE_POINT_SIZE
        factor = min(max(min(window, 1.0), PICTURE_TEXT * window, MIN_TEXT_SCALE), MAX_TEXT_SCALE)
        for picture in self.pictures.values():
            if abs(picture.text_scale() - factor) > 1e-6:
                picture.set_text_scale(factor)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._due is not None:
            self._follow_now()

    def _follow_now(self) -> None:
        due, self._due = self._due, None
        if due is not None and self.pinned is not None and self.pinned.shown_epoch(due) != self.epoch:
            self.show_epoch(due)
