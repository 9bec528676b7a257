"""The tabs of the left dock column, compact: Qt's usual padding left the four tab titles room
at 330 px in English only; German's "Einstellungen" made Qt cut every title to "Da…", "Sc…"."""
from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QTabBar, QWidget

PADDING_SHARE = 0.4     # of the style's own space around a tab's title


class CompactTabStyle(QProxyStyle):
    """The application's style with less space around a tab's title (everything else as it is)."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 (Qt override)
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return int(value * PADDING_SHARE)
        return value


def compact(bar: QWidget, style: CompactTabStyle) -> None:
    """Give a dock tab bar (Qt makes one whenever docks are tabified) the compact style, once."""
    if isinstance(bar, QTabBar) and bar.style() is not style:
        bar.setStyle(style)
