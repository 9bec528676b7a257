"""The NumPy lines behind the step: a view beside the step explainer.

A display widget over :mod:`nnviz.core.app.numpy_code`: the window hands it the step's
:class:`~nnviz.core.engine.training.StepRecord` with its
:class:`~nnviz.core.engine.explain.StepContext` (``set_step``) and it shows the lines of NumPy
that compute the step, each followed by the shape and a few values this step gave it. The line
of the phase on screen is marked (▶, bold, a coloured band): the view keeps no clock of its own,
it follows the diagram's phases (``show_phase``, from ``NetworkView.phaseShown``) and the
explainer's part (``set_part``, the parts a lesson's explain beat walks). **Copy as Python** puts
a self-contained script on the clipboard that reruns the step from its weights and rows.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnviz.core.app.numpy_code import StepCode, step_code, step_script
from nnviz.core.text import escape_html
from nnviz.ui import theme
from .i18n import translate
from nnviz.ui.panel_kit import read_only_text

MARK = "▶ "               # before the line of the phase on screen (not only a colour)
NO_MARK = "  "
CODE_SCALE = 0.95         # the code's size against the panel's text: a little more fits a line


class CodeView(QWidget):
    """The step's NumPy lines. ``codeChanged`` is emitted after each redraw (tests wait on it)."""

    codeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = None
        self._context = None
        self._l1 = 0.0
        self._code: StepCode | None = None
        self._error = ""
        self._phase: tuple[str, int | None] | None = None    # the diagram's phase
        self._part: str | None = None                        # the explainer's part
        self.setAutoFillBackground(True)
        self._fill()

        self.title = QLabel()
        self.title.setWordWrap(True)
        # Long lines wrap at spaces under their own start (a hanging indent): a narrow dock
        # shows the whole line rather than its first half.
        self.text_view = read_only_text()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_script)
        self._set_texts()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)
        self._render()

    # ------------------------------------------------------------------ public API
    def set_step(self, record, context, l1: float = 0.0) -> None:
        """The step to show (a StepRecord, or None), its StepContext and the L1 penalty in force."""
        self._record, self._context, self._l1 = record, context, float(l1)
        self._code, self._error = None, ""
        if record is not None and context is not None:
            try:
                self._code = step_code(record, context, self._l1)
            except (ValueError, IndexError, KeyError) as e:     # a record that does not fit its context
                self._error = str(e)
        self._render()

    def clear(self) -> None:
        self.set_step(None, None)

    def show_phase(self, phase: str, layer: int = -1) -> None:
        """The diagram's phase on screen ("forward", "backward", "update"; "" or None: none) and
        its layer (-1: all): what ``NetworkView.phaseShown`` says."""
        self._phase = (phase, None if layer is None or layer < 0 else int(layer)) if phase else None
        self._render()

    def set_part(self, part: str | None) -> None:
        """The explainer's part on screen ("forward", "loss", "backward", "update"; None: the
        whole step)."""
        part = part or None
        if part != self._part:
            self._part = part
            self._render()

    def code(self) -> StepCode | None:
        return self._code

    def highlighted(self) -> list[int]:
        """Indices (into ``code().lines``) of the lines marked now: the diagram's phase when one
        is on screen, else the explainer's part."""
        if self._code is None:
            return []
        if self._phase is not None:
            return self._code.phase_lines(*self._phase)
        return self._code.phase_lines(self._part)

    def script(self) -> str:
        """The script Copy as Python gives ("" when there is no step)."""
        if self._code is None:
            return ""
        return step_script(self._record, self._context, self._l1)

    def copy_script(self) -> bool:
        """Put :meth:`script` on the clipboard; False when there is no step to copy."""
        script = self.script()
        if not script:
            return False
        QGuiApplication.clipboard().setText(script)
        return True

    def shown_text(self) -> str:
        return self.text_view.toPlainText()

    def apply_theme(self) -> None:
        self._fill()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self._render()
        elif event.type() == QEvent.Type.FontChange:      # the text zoom: the indents follow the size
            self._render()

    def _set_texts(self) -> None:
        self.copy_button.setText(translate("CodeView", "Copy as Python"))
        self.copy_button.setToolTip(translate("CodeView", "Copy a script that reruns this step with NumPy alone, from this "
                                            "step's weights and rows, and prints every result (Ctrl+Shift+C)"))

    # ------------------------------------------------------------------ drawing
    def _char_width(self) -> float:
        mono = QFont(self.text_view.font())
        mono.setFamily("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * CODE_SCALE)
        return QFontMetricsF(mono).horizontalAdvance("0")

    def _fill(self) -> None:
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Window, QColor(theme.BACKGROUND))
        self.setPalette(pal)

    def _render(self) -> None:
        self.title.setStyleSheet(f"color: {theme.TEXT}; font-weight: bold;")
        self.copy_button.setEnabled(self._code is not None)
        if self._code is None:
            self.title.setText(translate("CodeView", "The NumPy lines of the step"))
            message = (translate("CodeView", "This step cannot be written as NumPy lines: {0}").format(self._error) if self._error
                       else translate("CodeView", "Take a step (Step sample, Step batch or Step epoch) to see the NumPy lines "
                                    "that compute it, with this step's shapes and values."))
            self.text_view.setHtml(f'<p style="color:{theme.NOTE_COLOUR}">{escape_html(message)}</p>')
            self.codeChanged.emit()
            return
        title = translate("CodeView", "The NumPy lines of the step")
        if getattr(self._context, "action", None) == "epoch" and self._record.kind != "epoch":
            title += "\n" + translate("CodeView", "Step epoch: the lines of the epoch's last step, the one recorded.")
        self.title.setText(title)
        marked = set(self.highlighted())
        size = f"{CODE_SCALE * 100:.0f}%"
        parts = []
        current = None
        first_marked = min(marked) if marked else None
        char = self._char_width()
        for i, line in enumerate(self._code.lines):
            if line.phase != current:
                current = line.phase
                parts.append(_row(f"# {current}", theme.SECTION_COLOUR, bold=True, top=6, char=char))
            on = i in marked
            anchor = '<a name="marked"></a>' if i == first_marked else ""
            text = (MARK if on else NO_MARK) + line.display
            if on:
                parts.append(_row(text, "#FFFFFF", bold=True, background=theme.HIGHLIGHT, anchor=anchor,
                                  char=char))
            else:
                parts.append(_row(text, theme.TEXT, anchor=anchor, char=char))
            if line.note:
                parts.append(_row(f"    # {line.note}", "#FFFFFF" if on else theme.NOTE_COLOUR,
                                  background=theme.HIGHLIGHT if on else None, char=char))
        self.text_view.setHtml(f'<div style="font-family:monospace; font-size:{size}">{"".join(parts)}</div>')
        if first_marked is not None:
            self.text_view.scrollToAnchor("marked")
        self.codeChanged.emit()


def _row(text: str, colour: str, bold: bool = False, background: str | None = None, top: int = 0,
         anchor: str = "", char: float = 8.0) -> str:
    """One line of code: its leading spaces kept, its continuation lines (when it wraps) indented
    under its first character after them, and two more."""
    lead = len(text) - len(text.lstrip(" "))
    hang = round((lead + 2) * char)
    body = escape_html(text.lstrip(" "))
    if bold:
        body = f"<b>{body}</b>"
    back = f" background-color:{background};" if background else ""
    return (f'<p style="margin:{top}px 0 0 {hang}px; text-indent:{-round(2 * char)}px; color:{colour};{back}">'
            f"{anchor}{body}</p>")


__all__ = ["CodeView", "MARK"]
