"""What every worker run does when it is over, whichever worker it was."""
from __future__ import annotations

from PySide6.QtCore import QObject


def delete_later(*objects: QObject | None) -> None:
    """Hand a finished run's worker and thread to Qt for deletion (never ``del`` a QThread
    from Python: a running one aborts the process)."""
    for obj in objects:
        if obj is not None:
            obj.deleteLater()
