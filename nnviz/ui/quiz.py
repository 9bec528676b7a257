"""The explainer's "Check yourself" box: one number of the step hidden, the student's answer
checked (the rules and the check are :mod:`nnviz.core.teaching.quiz`; this only shows them).

A question is a line of the explanation, named by its key (role, sample, weight) so it stays
asked when the step or the neuron changes. The box lists every number that can be asked, takes
the answer ("0.75", "0,75", "3/4"; Enter checks), says right or wrong with the tolerance it
applies, and Show reveals the worked line with the engine's number. A lesson's exercises are
listed above it: choosing one opens its neuron and asks its number.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from nnviz.core.engine.explain import Explanation, Line
from nnviz.core.teaching import quiz
from nnviz.core.text import escape_html, significant
from nnviz.ui import theme
from nnviz.ui.panel_kit import set_colour
from .i18n import translate

# The explainer's part each kind of number belongs to (a quiz beat shows that part).
PART_OF = {"z": "forward", "a": "forward", "input": "forward", "loss_sample": "loss", "loss": "loss",
           "delta": "backward", "grad_w": "backward", "grad_b": "backward"}


def part_of(role: str) -> str:
    return PART_OF.get(role, "update")


def question_html(line: Line, scale: float, revealed: bool, digits: int = 4) -> str:
    """The asked line: "= ?" on a marked background until revealed, then the worked line."""
    text = escape_html(line.text if revealed else quiz.hidden_text(line, digits))
    indent = round(24 * scale) if line.level == 2 else 0
    colour = theme.RIGHT_COLOUR if revealed else theme.WRONG_COLOUR
    return (f'<p style="margin:2px 0 2px {indent}px; color:{theme.TEXT}; background-color:{theme.NEUTRAL}">'
            f'<span style="color:{colour}"><b>{"✔" if revealed else "?"}</b></span> <b>{text}</b></p>')


def masked(text: str, number: str | None) -> str:
    """``text`` with the hidden number, as the explainer prints it, replaced by "?" (a later
    line that uses it, e^(−z) or δ·x, must not give it away)."""
    if not number:
        return text
    return re.sub(rf"(?<![\d.]){re.escape(number)}(?![\d])", "?", text)


class QuizBox(QWidget):
    """``changed`` after the question or its reveal changes (the explainer redraws);
    ``neuronRequested(layer, index)`` when an exercise names a neuron."""

    changed = Signal()
    neuronRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key: tuple | None = None
        self._revealed = False
        self._lines: list[Line] = []
        self._keys: list[tuple] = []             # the question combo's keys, by row
        self._digits = 4
        self._exercises: tuple = ()
        self._pending: dict | None = None      # an exercise waiting for its number to be in the step

        self.exercise_combo = QComboBox()
        self.exercise_combo.setToolTip(translate("QuizBox", "The lesson's exercises"))
        self.exercise_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exercise_combo.setMinimumContentsLength(12)
        self.exercise_combo.activated.connect(self._on_exercise)
        self.exercise_text = QLabel()
        self.exercise_text.setWordWrap(True)
        self.question_combo = QComboBox()
        self.question_combo.setToolTip(translate("QuizBox", "The number of the step to compute by hand; it is hidden above"))
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_combo.setMinimumContentsLength(10)
        self.question_combo.activated.connect(self._on_question)
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(translate("QuizBox", "e.g. 0.75, 0,75 or 3/4"))
        self.answer.setToolTip(translate("QuizBox", "Your answer: a decimal with . or , or a fraction (3/4, 1 1/2); Enter checks"))
        self.answer.returnPressed.connect(self.check)
        self.check_button = QPushButton(translate("QuizBox", "Check"))
        self.check_button.clicked.connect(self.check)
        self.show_button = QPushButton(translate("QuizBox", "Show"))
        self.show_button.setToolTip(translate("QuizBox", "Show the worked line with the engine's number"))
        self.show_button.clicked.connect(self.reveal)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        set_colour(self.rule, theme.NOTE_COLOUR)
        for label in (self.result, self.rule, self.exercise_text):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.exercise_label = QLabel(translate("QuizBox", "Exercise:"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.exercise_label, 0, 0)
        grid.addWidget(self.exercise_combo, 0, 1)
        grid.addWidget(QLabel(translate("QuizBox", "Compute:")), 1, 0)
        grid.addWidget(self.question_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.answer, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addWidget(self.exercise_text)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.rule)
        self.set_exercises(())
        self._refresh()

    # ------------------------------------------------------------------ state
    def asked(self) -> tuple | None:
        """The asked line's key, or None."""
        return self._key

    def revealed(self) -> bool:
        return self._revealed

    def hidden_number(self) -> str | None:
        """The asked number as the explainer prints it, while it is hidden (else None)."""
        line = self.asked_line()
        return None if line is None or self._revealed else significant(line.value, self._digits)

    def asked_line(self) -> Line | None:
        return next((l for l in self._lines if quiz.line_key(l) == self._key), None)

    def ask(self, key: tuple | None) -> None:
        """Hide and ask the line of ``key`` (None: no question)."""
        self._key, self._revealed = key, False
        self.answer.clear()
        self.result.clear()
        self._refresh()
        self.changed.emit()

    def ask_quantity(self, quantity: str, weight: int | None = None) -> bool:
        """Ask a lesson's quantity (a quiz beat's or an exercise's); False if the step shown has
        no such number (no step yet, or another neuron)."""
        line = quiz.find_line(Explanation("", self._lines), quantity, weight)
        self.ask(None if line is None else quiz.line_key(line))
        return line is not None

    def reveal(self) -> None:
        if self._key is not None and not self._revealed:
            self._revealed = True
            line = self.asked_line()
            if line is not None and not self.result.text():
                self.result.setText(translate("QuizBox", "The engine's number: {0}").format(escape_html(line.text)))
            self._refresh()
            self.changed.emit()

    def new_step(self) -> None:
        """A new step (new numbers): the same question, asked again."""
        if self._revealed or self.result.text():
            self._revealed = False
            self.answer.clear()
            self.result.clear()

    def set_explanation(self, ex: Explanation | None, digits: int = 4) -> None:
        """The lines that can be asked now (the explainer's, after each redraw)."""
        self._lines = quiz.askable_lines(ex)
        self._digits = digits
        combo = self.question_combo
        combo.blockSignals(True)
        combo.clear()
        self._keys = [quiz.line_key(line) for line in self._lines]
        for line in self._lines:
            combo.addItem(quiz.label(line, ex))
        combo.blockSignals(False)
        if self._pending is not None and self._lines:
            pending, self._pending = self._pending, None
            self._ask_exercise(pending)
            return
        self._refresh()

    def set_exercises(self, exercises) -> None:
        """The lesson's exercises (checked dicts: title, text, quantity, layer, neuron, …)."""
        self._exercises = tuple(exercises)
        combo = self.exercise_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("QuizBox", "(choose one)"))
        for e in self._exercises:
            combo.addItem(e["title"])
        combo.blockSignals(False)
        for w in (self.exercise_combo, self.exercise_label):
            w.setVisible(bool(self._exercises))
        self.exercise_text.clear()
        self.exercise_text.setVisible(False)

    def exercises(self) -> tuple:
        return self._exercises

    # ------------------------------------------------------------------ actions
    def check(self) -> None:
        line = self.asked_line()
        if line is None:
            self.result.setText(translate("QuizBox", "Choose a number to compute first."))
            self.fit_labels()
            return
        try:
            verdict = quiz.check(self.answer.text(), line.value, self._digits)
        except quiz.AnswerError as e:
            self.result.setText(f'<span style="color:{theme.ERROR_COLOUR}">{escape_html(str(e))}</span>')
            self.fit_labels()
            return
        colour = theme.RIGHT_COLOUR if verdict.right else theme.ERROR_COLOUR
        self.result.setText(f'<span style="color:{colour}"><b>{escape_html(verdict.message(self._digits))}</b></span>')
        self.fit_labels()

    def verdict_text(self) -> str:
        return self.result.text()

    def key_at(self, index: int) -> tuple | None:
        """The key of the question combo's row ``index``."""
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def _on_question(self, index: int) -> None:
        self.ask(self.key_at(index))
        self.answer.setFocus()

    def _on_exercise(self, index: int) -> None:
        if index <= 0 or index > len(self._exercises):
            self.exercise_text.setVisible(False)
            return
        e = self._exercises[index - 1]
        steps = {"sample": translate("QuizBox", "Step sample"), "batch": translate("QuizBox", "Step batch"), "epoch": translate("QuizBox", "Step epoch")}
        text = escape_html(e["text"])
        if "step" in e:
            text += "<br><i>" + translate("QuizBox", "First press {0}.").format(steps[e["step"]]) + "</i>"
        self.exercise_text.setText(text)
        self.exercise_text.setVisible(True)
        self.fit_labels()
        if "quantity" in e:
            self._pending = e
            self.neuronRequested.emit(int(e["layer"]), int(e["neuron"]))
            if self._pending is not None:        # the neuron was already shown: ask now
                self._pending = None
                self._ask_exercise(e)

    def _ask_exercise(self, e: dict) -> None:
        if not self.ask_quantity(e["quantity"], e.get("weight")):
            self.result.setText(translate("QuizBox", "Take the step the exercise names; its number is then hidden above."))
            self.fit_labels()
            self._pending = e

    def _refresh(self) -> None:
        line = self.asked_line()
        index = self._keys.index(self._key) if self._key in self._keys else -1
        self.question_combo.blockSignals(True)
        self.question_combo.setCurrentIndex(index)
        self.question_combo.blockSignals(False)
        has = line is not None
        for w in (self.answer, self.check_button, self.show_button):
            w.setEnabled(has and not (w is not self.show_button and self._revealed))
        self.show_button.setEnabled(has and not self._revealed)
        if not self._lines:
            self.rule.setText(translate("QuizBox", "Take a step and choose a neuron: its numbers can then be hidden and asked."))
        elif not has:
            self.rule.setText(translate("QuizBox", "Choose a number to compute, or right-click a line above → Hide and ask."))
        else:
            self.rule.setText(quiz.tolerance_text(line.value, self._digits))
        self.fit_labels()

    def fit_labels(self) -> None:
        """Wrapped labels as tall as their text at this width (a dock does not ask them)."""
        width = max(self.width(), 50)
        for label in (self.result, self.rule, self.exercise_text):
            label.setFixedHeight(label.heightForWidth(width) if label.text() and label.isVisibleTo(self) else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_labels()
