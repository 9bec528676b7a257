"""The step explainer panel: every number of the step just taken, for the selected neuron.

A display widget over :mod:`nnviz.core.engine.explain`: the window hands it the trainer's
:class:`~nnviz.core.engine.training.StepRecord` with a :class:`~nnviz.core.engine.explain.StepContext`
(``set_step``) and the selected neuron (``set_neuron``). The text is selectable and the Copy
button puts the plain text on the clipboard. ``set_text_scale`` scales every text of the panel
with one factor (presentation mode). "Every row" switches to the forward pass of every row of
the step (the house tutorial's printout: z2, a2, z3, ŷ), at 8 significant digits.
``set_part`` shows one part of the step at a time (forward, loss, backward, update: a lesson's
explain beat walks them one click each, each part on one page of a projector), the update
optionally as a question first.
"Check yourself" (or right-click a line → Hide and ask) hides one number of the step for the
student to compute (:mod:`nnviz.ui.quiz`); a lesson's quiz beat asks one with :meth:`ask`.

``show_sample`` explains a chosen sample instead (a test digit from the mistakes gallery): its
forward pass with the weights now (:mod:`nnviz.core.engine.explain_sample`), no backward pass
and no update, since it is never trained on. "Back to the training step" (or ``show_sample(None)``)
returns to the step. The panel cannot see the weights move: whoever hands it a sample hands it
again (or None) when they do (``ui/sync.py``).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from nnviz.core.engine.explain import MAX_TERMS, Explanation, StepContext, explain_step, forward_table
from nnviz.core.engine.explain_sample import SampleForward, explain_forward, sample_title
from nnviz.core.text import escape_html
from nnviz.ui import theme
from nnviz.ui.panel_kit import ElidedLabel, read_only_text
from nnviz.ui.quiz import QuizBox, masked, part_of, question_html
from nnviz.core.teaching.quiz import askable, line_key
from .flow_layout import FlowLayout
from .i18n import translate

BODY_POINT_SIZE = theme.BASE_POINT_SIZE + 2      # 13 pt: the equations, readable in a lecture
HEADING_POINT_SIZE = theme.TITLE_POINT_SIZE + 2  # 15 pt


class ExplainerPanel(QWidget):
    """The explanation of one step for one neuron. ``explanationChanged`` is emitted after the
    text is redrawn (tests wait on it)."""

    explanationChanged = Signal()
    neuronRequested = Signal(int, int)      # an exercise names a neuron (the window selects it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = None
        self._context: StepContext | None = None
        self._neuron: tuple[int, int] | None = None
        self._rows = False
        self._scale = 1.0
        self._explanation: Explanation | None = None
        self._error = ""
        self._notes: list[str] = []      # the lesson's own notes, shown after the step (above the hint before one)
        self._part: str | None = None    # one part of the step only (forward, loss, backward, update)
        self._part_held = False          # the part's question, its numbers held back
        self._all_terms = False          # every term of a long sum (64 pixels), not the largest few
        self._sample: SampleForward | None = None   # a chosen sample's forward pass, shown instead of the step

        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        self.setPalette(pal)

        # One line, cut with "…" when narrow (the whole heading in its tooltip and in Copy): a
        # wrapped heading took ten lines of a narrow dock before the first number.
        self.heading = ElidedLabel()
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.heading.setStyleSheet(f"color: {theme.TEXT};")
        self.rows_button = QPushButton(translate("ExplainerPanel", "Every row"))
        self.rows_button.setCheckable(True)
        self.rows_button.setToolTip(translate("ExplainerPanel", "Show the forward pass of every row of the step (z2, a2, z3, ŷ), "
                                    "the way the tutorials print it"))
        self.rows_button.toggled.connect(self.show_rows)
        # A sum of more than MAX_TERMS terms (a 64-pixel neuron) lists its largest terms and
        # the rest summed; this lists every term and every weight. Shown only for such a network.
        self.all_terms_button = QPushButton(translate("ExplainerPanel", "Show all terms"))
        self.all_terms_button.setCheckable(True)
        self.all_terms_button.setToolTip(translate("ExplainerPanel", "List every term of the long sums and every weight, "
                                                 "not only the largest terms"))
        self.all_terms_button.toggled.connect(self.show_all_terms)
        self.all_terms_button.hide()
        # Shown while a chosen sample (a test digit) is explained: back to the last step.
        self.back_button = QPushButton(translate("ExplainerPanel", "Back to the training step"))
        self.back_button.setToolTip(translate("ExplainerPanel", "Explain the last training step again instead of the chosen "
                                                              "sample (a Step or Play goes back too)"))
        self.back_button.clicked.connect(lambda: self.show_sample(None))
        self.back_button.hide()
        self.copy_button = QPushButton(translate("ExplainerPanel", "Copy"))
        self.copy_button.setToolTip(translate("ExplainerPanel", "Copy the explanation as plain text"))
        self.copy_button.clicked.connect(self.copy)
        # A part's title (an explain beat shows one part of the step at a time): one line, cut
        # to the panel's width (never widening the window).
        self.part_title = ElidedLabel()
        self.part_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.part_title.setStyleSheet(f"color: {theme.TEXT};")
        self.part_title.hide()
        # The heading has the panel's width to itself; the buttons go under the text, on as
        # many lines as the dock's width needs (in German at 1024x768 one line cut their words).
        self.button_row = QWidget()
        buttons = FlowLayout(self.button_row, spacing=4, right=True)
        buttons.addWidget(self.all_terms_button)
        self.quiz_button = QPushButton(translate("ExplainerPanel", "Check yourself"))
        self.quiz_button.setCheckable(True)
        self.quiz_button.setToolTip(translate("ExplainerPanel", "Hide a number of the step and compute it by hand"))
        self.quiz_button.toggled.connect(self.show_quiz)
        self.quiz = QuizBox()
        self.quiz.hide()
        self.quiz.changed.connect(self._render)
        self.quiz.neuronRequested.connect(self._exercise_neuron)
        buttons.addWidget(self.quiz_button)
        buttons.addWidget(self.rows_button)
        buttons.addWidget(self.copy_button)

        self.text_view = read_only_text()
        self.text_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_view.customContextMenuRequested.connect(self._context_menu)
        self._shown_lines: list = []     # the explanation's line of each text block shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        # Under the heading, on a row of its own: beside "Show all terms" both were cut in German.
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.part_title)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.quiz)
        layout.addWidget(self.button_row)
        self.set_text_scale(1.0)
        self._render()

    # ------------------------------------------------------------------ public API
    def set_step(self, record, context: StepContext) -> None:
        """The step to explain (a StepRecord, or None) and what it needs to know about it.
        While a chosen sample is shown, the step is kept for "Back to the training step"."""
        self._record, self._context = record, context
        if self._sample is not None:
            return
        self.quiz.new_step()
        self._render()

    def show_sample(self, sample: SampleForward | None) -> None:
        """Explain ``sample``'s forward pass (a :class:`SampleForward` of the weights now)
        instead of the step; None: the step again."""
        if sample is None and self._sample is None:
            return
        self._sample = sample
        self.quiz.new_step()
        self._render()

    def sample(self) -> SampleForward | None:
        """The chosen sample explained, or None while the step is."""
        return self._sample

    def set_neuron(self, layer: int, index: int) -> None:
        """The neuron to explain: ``layer`` 0 = inputs, as in the network view."""
        self._neuron = (int(layer), int(index))
        self._render()

    def neuron(self) -> tuple[int, int] | None:
        return self._neuron

    def set_notes(self, notes: list) -> None:
        """The lesson's notes and question (visible in the window, not only in a tooltip): after the step's numbers, or above the hint when no step has been taken.
        Kept as given and written out at each render, so a table's notes follow a language switch."""
        self._notes = list(notes)
        self._render()

    def clear(self) -> None:
        """Forget the step (e.g. after a reset or a new lesson); keeps the neuron (and a chosen
        sample, which is handed again with the new weights)."""
        self._record = self._context = None
        if self._sample is None:
            self._render()

    def show_rows(self, on: bool = True) -> None:
        """Switch between the selected neuron's step and the forward pass of every row."""
        self._rows = bool(on)
        if self.rows_button.isChecked() != self._rows:
            self.rows_button.setChecked(self._rows)   # calls back here once
            return
        self._render()

    def show_all_terms(self, on: bool = True) -> None:
        """List every term of a long sum (and every weight) or only the largest terms."""
        self._all_terms = bool(on)
        if self.all_terms_button.isChecked() != self._all_terms:
            self.all_terms_button.setChecked(self._all_terms)   # calls back here once
            return
        self._render()

    def all_terms(self) -> bool:
        return self._all_terms

    def set_part(self, part: str | None, held: bool = False) -> None:
        """Show only ``part`` of the step ("forward", "loss", "backward", "update"; None: the
        whole step). ``held``: the part's question, its numbers held back for the next click."""
        if part is not None and part not in PARTS:
            raise ValueError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
        self._part, self._part_held = part, bool(held and part is not None)
        for button in (self.rows_button, self.copy_button, self.quiz_button):   # a page for the room: no buttons
            button.setVisible(part is None)
        self.heading.setVisible(part is None)
        self.part_title.setVisible(part is not None)
        self.quiz.setVisible(part is None and self.quiz_button.isChecked())    # the room types nothing
        self._render()

    def part(self) -> tuple[str | None, bool]:
        """(the part shown or None for the whole step, whether its numbers are held back)."""
        return self._part, self._part_held

    def set_text_scale(self, factor: float) -> None:
        """One scale for every text of the panel: equations, heading and buttons."""
        self._scale = max(0.5, float(factor))
        body = QFont()
        body.setPointSizeF(BODY_POINT_SIZE * self._scale)
        self.text_view.setFont(body)
        self.text_view.document().setDefaultFont(body)
        head = QFont()
        head.setPointSizeF(HEADING_POINT_SIZE * self._scale)
        head.setBold(True)
        self.heading.setFont(head)
        self.part_title.setFont(head)
        button = QFont()
        button.setPointSizeF(theme.BASE_POINT_SIZE * self._scale)
        self.copy_button.setFont(button)
        self.rows_button.setFont(button)
        self.all_terms_button.setFont(button)
        self.back_button.setFont(button)
        self.quiz_button.setFont(button)
        self.quiz.setFont(button)
        self._render()

    def text_scale(self) -> float:
        return self._scale

    def explanation(self) -> Explanation | None:
        """What is shown (None when there is nothing to explain)."""
        return self._explanation

    def shown_text(self) -> str:
        """The text as the panel shows it (what a person reads and can select)."""
        return self.text_view.toPlainText()

    def plain_text(self) -> str:
        """What Copy puts on the clipboard: the heading, then the shown text."""
        return f"{self.heading.full_text()}\n\n{self.shown_text()}"

    def retranslate(self) -> None:
        """The window's language changed: the shown step in the new one."""
        self._render()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())

    # ------------------------------------------------------------------ questions
    def show_quiz(self, on: bool = True) -> None:
        """Show or hide the "Check yourself" box (hidden: no number is hidden either)."""
        if self.quiz_button.isChecked() != bool(on):
            self.quiz_button.setChecked(bool(on))     # calls back here once
            return
        self.quiz.setVisible(bool(on))
        if not on:
            self.quiz.ask(None)
        elif self.quiz.asked() is None and self.quiz.question_combo.count():
            self.quiz.ask(self.quiz.key_at(0))
            self.quiz.answer.setFocus()

    def ask(self, quantity: str, weight: int | None = None, room: bool = False) -> bool:
        """Hide one number of the step (a lesson's quiz beat): ``quantity`` as a lesson names
        it (z, a, loss, delta, grad_w, grad_b, new_w, new_b; ``weight`` 1 = w₁). ``room``:
        show only the part of the step that holds it, for the room. False if the step shown
        has no such number."""
        found = self.quiz.ask_quantity(quantity, weight)
        if found and room:
            self.set_part(part_of(self.quiz.asked_line().role))
        return found

    def reveal(self) -> None:
        """Show the asked number (the worked line with the engine's number)."""
        self.quiz.reveal()

    def clear_question(self) -> None:
        if self.quiz.asked() is not None:
            self.quiz.ask(None)

    def question(self) -> tuple[tuple | None, bool]:
        """(the asked line's key (role, sample, weight) or None, whether it is revealed)."""
        return self.quiz.asked(), self.quiz.revealed()

    def set_exercises(self, exercises) -> None:
        """The lesson's exercises, listed in the "Check yourself" box."""
        self.quiz.set_exercises(exercises)

    def _exercise_neuron(self, layer: int, index: int) -> None:
        self.set_neuron(layer, index)
        self.neuronRequested.emit(layer, index)

    def line_at(self, pos) -> object:
        """The explanation's line under ``pos`` (text view coordinates), or None."""
        block = self.text_view.cursorForPosition(pos).blockNumber()
        return self._shown_lines[block] if 0 <= block < len(self._shown_lines) else None

    def _context_menu(self, pos) -> None:
        menu = self.text_view.createStandardContextMenu()
        line = self.line_at(pos)
        if line is not None and askable(line):
            menu.addSeparator()
            hide = menu.addAction(translate("ExplainerPanel", "Hide and ask this number"))
            hide.triggered.connect(lambda: self._hide_and_ask(line))
        menu.exec(self.text_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _scroll_to_question(self) -> None:
        """The asked line a third of the way down the text, so it is on screen."""
        keys = [line_key(line) for line in self._shown_lines]
        if self.quiz.asked() not in keys:
            return
        doc = self.text_view.document()
        block = doc.findBlockByNumber(keys.index(self.quiz.asked()))
        y = doc.documentLayout().blockBoundingRect(block).top()
        bar = self.text_view.verticalScrollBar()
        bar.setValue(int(y - self.text_view.viewport().height() / 3))

    def _hide_and_ask(self, line) -> None:
        self.show_quiz(True)
        self.quiz.ask(line_key(line))
        self.quiz.answer.setFocus()

    # ------------------------------------------------------------------ drawing
    def _message(self) -> str:
        if self._sample is not None:
            return ""
        if self._record is None or self._context is None:
            return translate("ExplainerPanel", "Take a step (Step sample, Step batch or Step epoch) to see every number of it here.")
        if self._neuron is None and not self._rows:
            return translate("ExplainerPanel", "Click a neuron in the network to see how this step changed it.")
        return ""

    def apply_theme(self) -> None:
        """Re-read the theme's colours: the background, the heading and the shown text."""
        pal = QPalette()      # only the window colour: every other role follows the application's
        pal.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        self.setPalette(pal)
        self.heading.setStyleSheet(f"color: {theme.TEXT};")
        self._render()

    def _render(self) -> None:
        self._explanation = None
        self._shown_lines = []
        message = self._message()
        if not message:
            try:
                if self._sample is not None:
                    self._explanation = self._sample_explanation()
                elif self._rows:
                    ctx = self._context
                    labels = [translate("ExplainerPanel", "Sample {0}").format(int(r)) for r in self._record.rows]
                    rec = self._record
                    self._explanation = forward_table(rec.trace, ctx.activations, ctx.use_bias,
                                                      row_labels=labels, weights=rec.weights_before,
                                                      biases=rec.biases_before)
                else:
                    self._explanation = explain_step(self._record, self._context, *self._neuron,
                                                     all_terms=self._all_terms)
            except (IndexError, ValueError) as e:       # a neuron from another architecture
                message = translate("ExplainerPanel", "Nothing to explain for this neuron: {0}").format(e)
        digits = self._sample.context.digits if self._sample is not None else \
            self._context.digits if self._context is not None else 4
        self.quiz.set_explanation(None if self._rows else self._explanation, digits)
        notes = ""
        shown = [str(n) for n in self._notes if str(n).strip()]     # a lesson's note may have no text in this language
        if shown:
            items = "".join(f"<li>{escape_html(n)}</li>" for n in shown)
            about = translate("ExplainerPanel", "About this lesson")
            notes = f'<p><b>{about}</b></p><ul style="margin-top:0">{items}</ul>'
        if self._explanation is not None and self._part is not None and not self._rows:
            self._render_part(self._explanation)
        elif self._explanation is None:
            self.heading.set_full_text(translate("ExplainerPanel", "Step explainer"))
            self.text_view.setHtml(notes + ("<hr>" if notes else "") +
                                   f'<p style="color:{theme.NOTE_COLOUR}">{escape_html(message)}</p>')
        else:
            # The step's numbers first, the lesson's notes after them: at presentation size the
            # notes above pushed the forward pass half a screen down.
            self.heading.set_full_text(self._explanation.heading)
            self._shown_lines = list(self._explanation.lines)
            self.text_view.setHtml(_html(self._explanation, self._scale, self.quiz) + ("<hr>" + notes if notes else ""))
        self.copy_button.setEnabled(self._explanation is not None)
        weights = self._sample.weights if self._sample is not None else \
            self._record.weights_before if self._record is not None else ()
        long_sums = any(max(w.shape) > MAX_TERMS for w in weights)
        self.back_button.setVisible(self._sample is not None and self._part is None)
        self.all_terms_button.setVisible(long_sums and not self._rows and self._part is None)
        self.quiz_button.setEnabled(self._explanation is not None and not self._rows)
        self._scroll_to_question()
        self.explanationChanged.emit()

    def _sample_explanation(self) -> Explanation:
        """The chosen sample's forward pass at the selected neuron (none selected: the output
        of the network's answer), or with "Every row" the tutorial's printout of its one row."""
        sample = self._sample
        if self._rows:
            ctx = sample.context
            return forward_table(sample.trace, ctx.activations, ctx.use_bias, row_labels=[sample_title(sample)],
                                 weights=sample.weights, biases=sample.biases)
        layer, index = self._neuron or (len(sample.sizes) - 1, sample.answer or 0)
        return explain_forward(sample, layer, index, all_terms=self._all_terms)

    def _render_part(self, ex: Explanation) -> None:
        """One part of the step, its title on one line: "Update · 4 of 4 · output 'P(1)'"."""
        number = PARTS.index(self._part) + 1
        node = ex.heading.split(" · ")[0]
        title = translate("ExplainerPanel", "{0} · {1} of {2} · {3}").format(part_name(self._part), number, len(PARTS), node)
        self.part_title.set_full_text(title)
        lines = _part_lines(ex, self._part)
        if self._part_held:
            question = escape_html(translate("ExplainerPanel", PART_QUESTIONS[self._part]))
            later = translate("ExplainerPanel", "The next click shows it.")
            body = (f'<p style="color:{theme.TEXT}">{question}</p>'
                    f'<p style="color:{theme.NOTE_COLOUR}"><i>{later}</i></p>')
        elif not lines:
            nothing = translate("ExplainerPanel", "Nothing of this part for this neuron.")
            body = f'<p style="color:{theme.NOTE_COLOUR}">{nothing}</p>'
        else:
            self._shown_lines = list(lines)
            body = _html(Explanation(ex.heading, lines), self._scale, self.quiz)
        self.text_view.setHtml(body)


PARTS = ("forward", "loss", "backward", "update")
PART_NAMES = {"forward": QT_TRANSLATE_NOOP("ExplainerPanel", "Forward"), "loss": QT_TRANSLATE_NOOP("ExplainerPanel", "Loss"),
              "backward": QT_TRANSLATE_NOOP("ExplainerPanel", "Backward"), "update": QT_TRANSLATE_NOOP("ExplainerPanel", "Update")}


def part_name(part: str) -> str:
    """A part of the step, capitalised, in the window's language."""
    return translate("ExplainerPanel", PART_NAMES[part]) if part in PART_NAMES else part.capitalize()

SECTION_TITLES = {"forward": "Forward", "loss": "Loss", "backward": "Backward", "update": "Update"}   # the engine's
PART_QUESTIONS = {
    "forward": QT_TRANSLATE_NOOP("ExplainerPanel", "What does this neuron compute for this input?"),
    "loss": QT_TRANSLATE_NOOP("ExplainerPanel", "How far is the answer from the target?"),
    "backward": QT_TRANSLATE_NOOP("ExplainerPanel", "Which way, and how much, should each weight move?"),
    "update": QT_TRANSLATE_NOOP("ExplainerPanel", "What will the new weights and bias be after this step?"),
}


def _part_lines(ex: Explanation, part: str) -> list:
    """The lines of one part: from its section title to the next title."""
    out, inside = [], False
    for line in ex.lines:
        if line.level == 0 and line.role == "title":
            # The engine's section title, in English or in the window's language.
            inside = line.text.lower() in (part, QCoreApplication.translate("Explain", SECTION_TITLES[part]).lower())
            continue
        if inside:
            out.append(line)
    return out


def _html(ex: Explanation, scale: float, quiz: QuizBox | None = None) -> str:
    parts = []
    asked = quiz.asked() if quiz is not None else None
    number = quiz.hidden_number() if quiz is not None else None
    for line in ex.lines:
        if asked is not None and line_key(line) == asked and askable(line):
            parts.append(question_html(line, scale, quiz.revealed()))
            continue
        text = escape_html(masked(line.text, number))
        if line.level == 0:
            parts.append(f'<p style="margin-top:{round(8 * scale)}px; margin-bottom:2px; color:{theme.SECTION_COLOUR}">'
                         f"<b>{text}</b></p>")
        elif line.role == "note":
            parts.append(f'<p style="margin:0 0 2px 0; color:{theme.NOTE_COLOUR}"><i>{text}</i></p>')
        elif line.role == "matrix":
            # A matrix row in a fixed-width font, so its columns line up as the tutorial's do.
            text = text.replace(" ", "&nbsp;")
            parts.append(f'<p style="margin:0 0 0 {round(24 * scale)}px; color:{theme.TEXT}; '
                         f'font-family:monospace">{text}</p>')
        else:
            indent = round(24 * scale) if line.level == 2 else 0
            parts.append(f'<p style="margin:0 0 2px {indent}px; color:{theme.TEXT}">{text}</p>')
    return "".join(parts)
