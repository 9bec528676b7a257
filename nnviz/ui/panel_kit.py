"""Small building blocks shared by the side panels (settings, data, "Ask the network").

- Controls that ignore the mouse wheel until they have focus (:class:`ComboBox`, :class:`SpinBox`,
  :class:`DoubleSpinBox`, or :class:`WheelNeedsFocus` mixed into any scrolling widget), so
  scrolling a dock never changes a setting or scrolls a table by accident.
- Layout: :func:`titled_group` (a group box with a plain body widget), :func:`column` and
  :func:`form_layout` with the panels' zero margins.
- Text: :func:`wrapped_label`, :func:`set_colour` (through the palette) and :func:`show_text`.
- Fonts: :func:`apply_panel_fonts` (the text never below ``theme.BASE_POINT_SIZE``, group titles
  bold and larger), :func:`font_variant`, and :class:`FollowsFontChanges`, which re-runs a panel's
  ``_refresh_fonts`` whenever its font changes so zooming the window's text reaches it.
"""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QTextOption, QValidator
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QSizePolicy, QSpinBox, QTextEdit,
    QVBoxLayout, QWidget,
)

from nnviz.ui import theme
from nnviz.ui.i18n import local

GROUP_MARGINS = (10, 8, 10, 10)  # left, top, right, bottom: between a group's frame and its body


def settle_layouts(passes: int = 4) -> None:
    """Lay out now what a change of text or structure asked for, before anything paints.
    Nested layouts settle over a few passes (a wrapped label's height follows its width);
    left to the event loop, each pass would resize the diagram and repaint the whole window
    again, several times for one click."""
    for _ in range(passes):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def fix_size(label: QLabel, width: int) -> None:
    """Fix ``label`` at ``width`` and the height of one line of its font. Qt passes a new
    text's size hint up to the window's layout unless the label's size is fixed both ways (a
    fixed width alone is not enough), so a label changing with every frame, fixed only in
    width, re-laid-out the whole window and re-animated its docks at every frame."""
    m = label.contentsMargins()
    label.setFixedSize(width, label.fontMetrics().height() + m.top() + m.bottom())


def steady_height(label: QLabel, hold: bool) -> None:
    """While ``hold``, ``label`` only grows: it keeps the most height its text has needed, so a
    line that changes with every frame of a run (the scores, the sample, a legend) does not
    re-lay-out the window and repaint all of it each time its line count changes. Let go, it
    takes the height its text needs."""
    if not hold:
        label.setMinimumHeight(0)
        return
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    if need > label.minimumHeight():
        label.setMinimumHeight(need)


class RefittingLabel(QLabel):
    """A label that chooses its text again (:meth:`refit`) whenever its size or font changes."""

    def refit(self) -> None:
        raise NotImplementedError

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.refit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.refit()


class ElidedLabel(RefittingLabel):
    """One line, cut with "…" to its width whenever the width or the font changes (the whole
    text in the tooltip): cut once at the width of the moment, presentation's status line later
    ran under the beat counter beside it ("1 of 4 samples into t| beat 2 / 13")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.refit()

    def full_text(self) -> str:
        return self._full

    def refit(self) -> None:
        m = self.contentsMargins()
        width = max(self.width() - m.left() - m.right(), 20)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class FittingLabel(RefittingLabel):
    """A word-wrapped label given versions of its text, longest first: it shows the longest
    that fits its maximum height at its present width and font, and keeps the first in its
    tooltip. It chooses again when it is resized or its font changes (a zoom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._texts: list[str] = [""]

    def set_texts(self, texts) -> None:
        self._texts = [str(t) for t in texts] or [""]
        self.setToolTip(self._texts[0] if len(self._texts) > 1 else "")
        self.refit()

    def texts(self) -> list[str]:
        """The versions given, longest first."""
        return list(self._texts)

    def refit(self) -> None:
        """Choose again (after a change of its maximum height, which Qt does not announce)."""
        m = self.contentsMargins()
        width = max(1, self.width() - m.left() - m.right())
        room = self.maximumHeight() - m.top() - m.bottom()
        fm = QFontMetrics(self.font())
        flags = int(Qt.TextFlag.TextWordWrap.value)

        def fits(text: str) -> bool:
            return fm.boundingRect(0, 0, width, 1_000_000, flags, text).height() <= room

        chosen = next((text for text in self._texts if fits(text)), None)
        if chosen is None:     # not even the shortest: its words up to where it fits, and "…"
            words = self._texts[-1].split(" ")
            lo, hi = 0, len(words)          # the most words that fit, found by halving
            while lo < hi:
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if fits(" ".join(words[:mid]) + " …") else (lo, mid - 1)
            chosen = " ".join(words[:lo]) + " …"
            self.setToolTip(self._texts[0])
        if chosen != self.text():
            QLabel.setText(self, chosen)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        """One version only (what a plain QLabel would show)."""
        self.set_texts([text])


def hold_paint(widgets):
    """Stop ``widgets`` repainting until the returned function is called (their content may
    change meanwhile; only the pixels wait). A widget already held or hidden is left alone,
    and one deleted meanwhile is skipped."""
    held = [w for w in widgets if w.isVisible() and w.updatesEnabled()]
    for w in held:
        w.setUpdatesEnabled(False)

    def release() -> None:
        for w in held:
            try:
                w.setUpdatesEnabled(True)
            except RuntimeError:   # deleted meanwhile (the window closed)
                pass

    return release


def next_pass(fn, context=None) -> None:
    """Call ``fn`` in the event loop's next pass, after the paints already asked for and any
    input waiting (not at all if the QObject ``context`` is deleted first). 1 ms, not 0: Qt 6
    turns a zero single shot into a posted call that runs in the same pass as those paints."""
    if context is None:
        QTimer.singleShot(1, fn)
    else:
        QTimer.singleShot(1, context, fn)


# --- controls ------------------------------------------------------------------------------------
class WheelNeedsFocus:
    """Mixin (before the Qt class): ignore the mouse wheel until the widget has focus, so the
    wheel scrolls the panel instead. Call :meth:`_init_wheel` to make it take focus on a click."""

    def _init_wheel(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ComboBox(WheelNeedsFocus, QComboBox):
    """Asks for the width of its longest item, so its text is never cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_wheel()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


class SpinBox(WheelNeedsFocus, QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_wheel()
        self.setKeyboardTracking(False)  # a typed number counts on Enter or when leaving the field


class DoubleSpinBox(WheelNeedsFocus, QDoubleSpinBox):
    """A number box that shows the window's decimal mark (0,05 in German) and reads a typed
    "0,05" or "0.05" alike, whatever the language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_wheel()
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return local(f"{value:.{self.decimals()}f}")

    def _typed(self, text: str) -> str:
        text = text.strip()
        for affix, cut in ((self.prefix(), str.removeprefix), (self.suffix(), str.removesuffix)):
            if affix.strip():
                text = cut(text, affix.strip()).strip() if affix.strip() in text else text
        return text.replace(",", ".")

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        try:
            return float(self._typed(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        typed = self._typed(text)
        if typed in ("", "-", "+", ".", "-.", "+."):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(typed)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if typed.count(".") > 1 or not all(c in "0123456789.-+eE" for c in typed):
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos


# --- layout --------------------------------------------------------------------------------------
def titled_group(outer: QVBoxLayout, title: str, groups: list | None = None,
                 margins: tuple[int, int, int, int] = GROUP_MARGINS) -> tuple[QGroupBox, QWidget]:
    """A titled box added to ``outer``; returns ``(box, body)`` and appends it to ``groups``.
    The contents go in ``body``, a plain widget, so the bold title font (see
    :func:`apply_panel_fonts`) stays on the title."""
    box = QGroupBox(title)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(*margins)
    body = QWidget()
    lay.addWidget(body)
    outer.addWidget(box)
    if groups is not None:
        groups.append((box, body))
    return box, body


def column(parent: QWidget, spacing: int | None = None) -> QVBoxLayout:
    """A vertical layout on ``parent`` without margins, ``spacing`` px between items."""
    lay = QVBoxLayout(parent)
    lay.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        lay.setSpacing(spacing)
    return lay


def form_layout(row_spacing: int = 8, labels_above: bool = False) -> QFormLayout:
    """Labels left-aligned beside the fields, fields as wide as the panel. A row too wide for
    the dock puts its field under the label instead of being cut off; ``labels_above`` puts
    every label above its field."""
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(row_spacing)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if labels_above
                          else QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


# --- text ----------------------------------------------------------------------------------------
def set_colour(label: QLabel, colour: str) -> None:
    """Text colour through the palette: a style sheet would cut the label off from the font
    its parent hands down."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def wrapped_label(text: str = "", colour: str | None = None, *, selectable: bool = False,
                  centred: bool = False, hidden: bool = False) -> QLabel:
    """A word-wrapped label: a hint, a note, an error or a result line."""
    label = QLabel(text)
    label.setWordWrap(True)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if colour is not None:
        set_colour(label, colour)
    if hidden:
        label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty text hides the label."""
    label.setText(text)
    label.setVisible(bool(text))


# --- fonts ---------------------------------------------------------------------------------------
def font_variant(font: QFont, *, bold: bool = False, italic: bool = False, grow: float = 0) -> QFont:
    """A copy of ``font``, made bold and/or italic when asked, ``grow`` points larger."""
    out = QFont(font)
    if bold:
        out.setBold(True)
    if italic:
        out.setItalic(True)
    if grow:
        out.setPointSizeF(font.pointSizeF() + grow)
    return out


def apply_panel_fonts(panel: QWidget, groups) -> QFont:
    """Give each ``(box, body)`` of ``groups`` its fonts and return the base font: the panel's
    own font, not bold and never below ``theme.BASE_POINT_SIZE``, on every body; on every box
    title the same, bold and ``TITLE_POINT_SIZE - BASE_POINT_SIZE`` points larger."""
    base = QFont(panel.font())
    base.setPointSizeF(max(base.pointSizeF(), float(theme.BASE_POINT_SIZE)))
    base.setBold(False)
    title = font_variant(base, bold=True, grow=theme.TITLE_POINT_SIZE - theme.BASE_POINT_SIZE)
    for box, body in groups:
        box.setFont(title)
        body.setFont(base)
    return base


class FollowsFontChanges:
    """Mixin (before ``QWidget``): calls ``self._refresh_fonts()`` whenever the widget's font
    changes, e.g. when the window's text size is zoomed."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refresh_fonts()


class FillsQuietly:
    """For panels that fill their controls from code: while ``_quiet()`` is active, the
    controls' change handlers see ``self._filling`` and emit nothing."""

    _filling = False

    @contextmanager
    def _quiet(self):
        was, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = was


class RepaintOnFocus:
    """A mixin for a widget that draws its keyboard cursor only while it has the focus: gaining
    or losing it repaints the widget (the draw pad's cell, the gallery's tile)."""

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)


def read_only_text() -> QTextEdit:
    """A read-only text pane whose text can be selected by mouse and keys; long lines wrap at
    spaces (or anywhere), so a narrow dock shows whole lines (the explainer, the NumPy code)."""
    view = QTextEdit()
    view.setReadOnly(True)
    view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view
