"""The key under the diagram: what the colours, dashes and thicknesses mean, how weights about 0
look, and how many of a dense network's edges are drawn."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

from nnviz.core.text import escape_html
from nnviz.ui import theme
from nnviz.ui.panel_kit import steady_height

from ..i18n import local, translate
from .style import EDGE_BUDGET, LEGEND_EXTRA, LEGEND_MAPS, LEGEND_TEXT, LEGEND_ZERO, ZERO_WEIGHT, legend_html

BOLD_EXTRA = 12            # the bold words are this much wider than measured plain
WIDTH_MARGIN = 16          # the one-line key needs the diagram's width less this


class Legend(QLabel):
    """The key, word-wrapped and centred; its extra words shown when the line is wide enough."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(legend_html(True), parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"color: {theme.MUTED};")

    def set_scale(self, scale: float) -> None:
        font = QFont()
        font.setPointSizeF(theme.BASE_POINT_SIZE * scale)
        self.setFont(font)

    def refresh(self, width: int, maps: bool, zero_line: bool, edges: int, drawn: int, steady: bool,
                picture: tuple[int, int] | None = None, caption: str = "") -> None:
        """The key for a diagram ``width`` wide, with or without maps and the weights-about-0
        line, saying so when only ``drawn`` of ``edges`` edges are drawn; ``steady`` keeps the
        most height it has needed (see :func:`steady_height`); with a ``picture`` input, what
        its lines mean. A phase's ``caption`` takes the key's place: during a phase the edges
        mean what the caption says (gradients in the backward pass), not the weights."""
        if caption:
            html = f'<span style="color:{theme.TEXT}"><b>{escape_html(caption)}</b></span>'
        elif picture is not None:
            html = self._picture_key(picture)
        else:
            extra = LEGEND_MAPS if maps else LEGEND_EXTRA
            fm = QFontMetricsF(self.font())
            full = fm.horizontalAdvance(translate("NetworkView", LEGEND_TEXT) + translate("NetworkView", extra)) + BOLD_EXTRA
            html = legend_html(full <= width - WIDTH_MARGIN, extra)
            if zero_line:   # weights about 0 (L1): how they look
                html += "<br>" + escape_html(translate("NetworkView", LEGEND_ZERO).format(local(f"{ZERO_WEIGHT:g}")).strip(" ·"))
        if edges > EDGE_BUDGET:
            html += "<br>" + translate("NetworkView", "the strongest {0} of {1} weights drawn (hover for any)").format(local(f"{drawn:,}"), local(f"{edges:,}"))
        self.setText(html)
        steady_height(self, steady)

    def _picture_key(self, picture: tuple[int, int]) -> str:
        """The key with a picture input, short (the output's ten names and numbers need the
        height on a projector): the sign code and what the one line from the picture to each
        neuron means (the weight pictures' scale is in their hover text)."""
        # (the words outside the f-strings: pyside6-lupdate does not look inside one)
        dashed = escape_html(translate("Legend", "orange dashed"))
        blue = escape_html(translate("Legend", "blue"))
        neg = f'<span style="color:{theme.NEGATIVE_TEXT}"><b>{dashed}</b></span>'
        pos = f'<span style="color:{theme.POSITIVE}"><b>{blue}</b></span>'
        html = translate("Legend", "{0} −, {1} + · picture → neuron: one line, Σ w·x of all {2} pixels").format(
            neg, pos, picture[0] * picture[1])
        return html
