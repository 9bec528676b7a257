"""The pane that takes the decision boundary's place when a lesson's inputs form a picture
(``problem.image_shape``): two tabs, **Draw** and **Mistakes**.

Draw: a pad at the lesson's resolution (:class:`~nnviz.ui.draw_pad.DrawPad`), the network's
probabilities for the drawing as bars (updated as you draw and as the network learns), a label
picker and "Add to training data" (``addRequested(pixels, label)``: the window turns it into an
undoable data change), and Clear. On the pad, typing a digit picks the label and Enter adds.

Mistakes: every test picture the network gets wrong, most confident first (truth → answer,
confidence), narrowed to one kind of mistake with the picker (or a click on the confusion
matrix); choosing one sends ``digitChosen(row)`` (its test row) so the window shows it on the
diagram. ``chosenChanged(row or None)`` says which test row the diagram shows each time the
window marks one (or none): the step explainer follows it (``ui/sync.py``).

Every number comes from the engine: the probabilities are ``predict(picture_inputs(…))`` with
the window's ``predict`` (the weights on screen), the mistakes :func:`find_mistakes` with it.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QTabWidget, QVBoxLayout, QWidget,
)

from ..core.app.mistakes import Mistakes, find_mistakes, picture_inputs
from ..core.data.problem import Problem
from .draw_pad import DrawPad, ProbabilityBars, percent
from .mistakes_view import MistakesView
from .panel_kit import ComboBox
from .i18n import translate

RUN_REFRESH_MS = 250      # while a run goes, the pane follows the network at most this often


class DigitsPane(QTabWidget):
    """Draw and Mistakes for a lesson whose inputs are a picture (see the module docstring)."""

    addRequested = Signal(object, int)    # the drawing (rows, cols) in the table's units, its label
    digitChosen = Signal(int)             # a test row to show on the diagram
    chosenChanged = Signal(object)        # the test row the diagram shows (int), or None: a training row
    probabilitiesShown = Signal()         # the bars show the drawing's probabilities (tests wait on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem: Problem | None = None
        self._predict = None
        self._mistakes: Mistakes | None = None
        self._pictures = np.zeros((0, 1, 1))
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_now)
        self.setDocumentMode(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        # --- Draw
        self.pad = DrawPad()
        self.pad.drawingChanged.connect(self.refresh_drawing)
        self.pad.installEventFilter(self)
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.answer_label.setToolTip(translate("DigitsPane", "The network's answer for the drawing: the class with the largest output."))
        self.bars = ProbabilityBars()
        self.label_combo = ComboBox()
        self.label_combo.setToolTip(translate("DigitsPane", "The label the drawing is added with: what the digit really is "
                                            "(on the pad, type the digit)."))
        self.label_combo.setPlaceholderText("?")
        self.add_button = QPushButton(translate("DigitsPane", "Add to training data"))
        self.add_button.setToolTip(translate("DigitsPane", "Add the drawing to the training data with the chosen label (Enter on the "
                                           "pad). The network keeps its weights and trains on it; Ctrl+Z takes it out."))
        self.add_button.clicked.connect(self.request_add)
        self.clear_button = QPushButton(translate("DigitsPane", "Clear"))
        self.clear_button.setToolTip(translate("DigitsPane", "Wipe the pad (Delete on the pad)."))
        self.clear_button.clicked.connect(self.pad.clear)
        draw = QWidget()
        outer = QVBoxLayout(draw)
        outer.setContentsMargins(2, 4, 2, 2)
        outer.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.pad, 1)
        right = QVBoxLayout()
        right.addWidget(self.answer_label)
        right.addWidget(self.bars, 1)
        top.addLayout(right, 1)
        outer.addLayout(top, 1)
        row = QHBoxLayout()
        self.label_title = QLabel(translate("DigitsPane", "Label"))
        row.addWidget(self.label_title)
        row.addWidget(self.label_combo)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        outer.addLayout(row)
        self.addTab(draw, translate("DigitsPane", "Draw"))
        self.setTabToolTip(0, translate("DigitsPane", "Draw a digit and see the network's answer as you draw (D)."))

        # --- Mistakes
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter_combo = ComboBox()
        self.filter_combo.setToolTip(translate("DigitsPane", "Show every mistake, or one kind: a true class taken for another "
                                             "(a click on a confusion-matrix cell picks it too)."))
        self.filter_combo.activated.connect(self._on_filter)
        self.gallery = MistakesView()
        self.gallery.digitChosen.connect(self.digitChosen)
        self.gallery.setToolTip(translate("DigitsPane", "Test digits the network gets wrong: truth → answer and how sure it was. "
                                        "Click one (or Enter) to show it on the diagram; arrow keys move."))
        scroll = QScrollArea()
        scroll.setWidget(self.gallery)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.gallery_scroll = scroll
        mistakes = QWidget()
        col = QVBoxLayout(mistakes)
        col.setContentsMargins(2, 4, 2, 2)
        col.setSpacing(4)
        col.addWidget(self.summary)
        col.addWidget(self.filter_combo)
        col.addWidget(scroll, 1)
        self.addTab(mistakes, translate("DigitsPane", "Mistakes"))
        self.setTabToolTip(1, translate("DigitsPane", "The test digits the network gets wrong, most confident first (M)."))
        self._filter: tuple[int, int] | None = None

    # --- what is loaded ----------------------------------------------------------------------------
    def set_problem(self, problem: Problem, predict, keep_drawing: bool = False) -> None:
        """A lesson whose inputs form ``problem.image_shape``; ``predict(X)`` gives the network's
        outputs for scaled inputs (the window's, with the weights on screen). Clears the pad,
        unless ``keep_drawing`` (the same lesson's data changed: a drawing was added)."""
        self._problem, self._predict = problem, predict
        shape = problem.image_shape or (1, problem.n_features)
        raw = problem.x_scaler.inverse(problem.X_train)
        top = float(np.nanmax(raw)) if raw.size else 1.0     # full ink in the table's units (16)
        X, _ = problem.split("test")
        self._pictures = (problem.x_scaler.inverse(X).reshape(-1, *shape) if X is not None and len(X)
                          else np.zeros((0, *shape)))
        names = self.class_names()
        keep = self.label_combo.currentIndex()
        self.label_combo.clear()
        self.label_combo.addItems(names)
        self.label_combo.setCurrentIndex(keep if 0 <= keep < len(names) else -1)
        if not keep_drawing or self.pad.pixels().shape != tuple(shape):
            self._filter = None
            self.set_chosen(None)
            self.pad.blockSignals(True)
            self.pad.set_shape(shape, top)
            self.pad.blockSignals(False)
        self._mistakes = None
        self.follow_network()

    def class_names(self) -> list[str]:
        p = self._problem
        if p is None:
            return []
        k = p.n_outputs if p.task == "multiclass" else 2
        return list(p.class_names or [str(i) for i in range(k)])[:k]

    # --- following the network -------------------------------------------------------------------
    def follow_network(self, running: bool = False) -> None:
        """The network moved on (a frame was drawn): the bars and the gallery follow, at once
        when paused, at most every RUN_REFRESH_MS during a run, when next shown if hidden."""
        if self._problem is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        if running:
            if not self._timer.isActive():
                self._timer.start(RUN_REFRESH_MS)
            return
        self._timer.stop()
        self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh_drawing()
        self.refresh_mistakes()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def probabilities(self) -> np.ndarray | None:
        """The network's outputs for the drawing: ``predict`` on the pad's pixels scaled as the
        training data (the engine's numbers, nothing computed here)."""
        if self._problem is None or self._predict is None:
            return None
        return np.asarray(self._predict(picture_inputs(self._problem, self.pad.pixels())))[0]

    def refresh_drawing(self) -> None:
        probs = self.probabilities()
        if probs is None:
            return
        names = self.class_names()
        self.bars.set_probabilities(probs, names)
        k = self.bars.answer()
        if k is None:
            self.answer_label.setText(translate("DigitsPane", "The network gives no answer (its outputs are not numbers)."))
        elif self.pad.is_blank():
            self.answer_label.setText(translate("DigitsPane", "Blank pad: the network says {0} ({1}). Draw a digit.")
                                      .format(names[k], percent(probs[k])))
        else:
            self.answer_label.setText(translate("DigitsPane", "The network says ▶ {0} ({1}).").format(names[k], percent(probs[k])))
        self.probabilitiesShown.emit()

    def refresh_mistakes(self) -> None:
        p = self._problem
        if p is None or self._predict is None or not p.is_classification:
            return
        self._mistakes = found = find_mistakes(self._predict, p, "test")
        names = self.class_names()
        if found.n == 0:
            self.summary.setText(translate("DigitsPane", "This data has no test split: nothing to check the network on."))
        else:
            self.summary.setText(translate("DigitsPane", "{0} of {1} test digits wrong ({2} right). Truth → answer, how sure; "
                                         "click one to show it on the diagram.")
                                 .format(len(found.items), found.n, percent(found.accuracy)))
        self._fill_filter(found, names)
        shown = found.items if self._filter is None else found.between(*self._filter)
        if found.n == 0:
            empty = translate("DigitsPane", "No test digits to show.")
        elif self._filter is not None:
            empty = translate("DigitsPane", "No mistakes of this kind now.")
        else:
            empty = translate("DigitsPane", "No test digit is wrong.")
        self.gallery.set_mistakes(shown, self._pictures, names, self.pad.top(), empty)

    def mistakes(self) -> Mistakes | None:
        return self._mistakes

    def _fill_filter(self, found: Mistakes, names: list[str]) -> None:
        pairs: dict[tuple[int, int], int] = {}
        for m in found.items:
            pairs[(m.truth, m.answer)] = pairs.get((m.truth, m.answer), 0) + 1
        if self._filter is not None and self._filter not in pairs:
            pairs[self._filter] = 0          # a chosen kind stays while it has no mistake
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("DigitsPane", "All mistakes ({0})").format(len(found.items)), None)
        for (t, a), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
            combo.addItem(translate("DigitsPane", "{0} taken for {1} ({2})").format(names[t], names[a], n), (t, a))
        combo.setCurrentIndex(max(0, combo.findData(self._filter)) if self._filter is not None else 0)
        combo.blockSignals(False)

    def _on_filter(self, index: int) -> None:
        data = self.filter_combo.itemData(index)
        self.set_filter(*data) if data is not None else self.set_filter(None, None)

    def set_filter(self, truth: int | None, answer: int | None) -> None:
        """Show only the mistakes of true class ``truth`` taken for ``answer`` (None, None: all;
        a right answer, truth == answer, shows all too)."""
        self._filter = None if truth is None or answer is None or truth == answer else (int(truth), int(answer))
        if self._mistakes is not None:
            self.refresh_mistakes()

    def shown_filter(self) -> tuple[int, int] | None:
        return self._filter

    def set_chosen(self, row: int | None) -> None:
        """Mark test row ``row`` as the one the diagram shows (None: none), and say so, even
        when it was marked already (chosen again after a step, it is explained again)."""
        self.gallery.set_chosen(row)
        self.chosenChanged.emit(row)

    def chosen(self) -> int | None:
        """The test row the diagram shows, or None."""
        return self.gallery.chosen()

    # --- adding the drawing -----------------------------------------------------------------------
    def label(self) -> int:
        """The label chosen for the drawing, -1 while none is (each drawing needs its own: a
        label left from the last one added a 7 as a 0)."""
        return self.label_combo.currentIndex()

    def request_add(self) -> None:
        """Ask to add the drawing with its label (-1: none chosen, the window says so); the
        label is then forgotten, ready for the next drawing."""
        label = self.label()
        self.addRequested.emit(self.pad.pixels(), label)
        if label >= 0:
            self.label_combo.setCurrentIndex(-1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        """On the pad: a digit typed picks the label, Enter adds the drawing."""
        if obj is self.pad and event.type() == QEvent.Type.KeyPress and not event.modifiers() \
                & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.request_add()
                return True
            i = self.label_combo.findText(event.text()) if event.text() else -1
            if i >= 0:
                self.label_combo.setCurrentIndex(i)
                return True
        if obj is self.pad and event.type() == QEvent.Type.ShortcutOverride and event.key() in \
                (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().eventFilter(obj, event)

    def show_draw(self, focus: bool = True) -> None:
        self.setCurrentIndex(0)
        if focus:
            self.pad.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_mistakes(self, focus: bool = True) -> None:
        self.setCurrentIndex(1)
        if focus:
            self.gallery.setFocus(Qt.FocusReason.ShortcutFocusReason)


__all__ = ["DigitsPane", "RUN_REFRESH_MS"]
