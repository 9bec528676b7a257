"""Python's cyclic garbage collector runs on the GUI thread only.

An automatic collection runs on whichever thread happens to allocate when a threshold is passed:
the training worker, the CSV reader. It then finalises any unreachable Python wrapper of a Qt
object there, deleting a C++ object that the GUI thread may be painting at that very moment. Seen
on Debian 13 (Python 3.13.5): a segmentation fault "Garbage-collecting" on the training worker's
thread while the main thread was in a plot's paintEvent. So automatic collection is switched off
and a timer on the GUI thread collects each generation as it falls due, as the automatic one
would (pyqtgraph's GarbageCollector, and the recipe it credits, do the same). Reference counting
still frees at once everything that is not in a cycle.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Owned by the application (so it lives on the GUI thread); ``check`` runs on its timer."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.setObjectName("nnviz-gui-thread-collector")
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def check(self) -> None:
        """Collect the oldest generation that is due, as the automatic collector would."""
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                break
            due = generation
        if due >= 0:
            gc.collect(due)  # collects the younger generations too


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Move the collector to ``app``'s thread (once; later calls return the same collector)."""
    found = app.findChild(GuiThreadCollector, "nnviz-gui-thread-collector")
    if found is not None:
        gc.disable()  # someone may have switched it back on
        return found
    return GuiThreadCollector(app)
