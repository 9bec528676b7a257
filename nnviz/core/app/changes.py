"""What a session command changed, said once, for whoever shows the session.

Every command of :class:`~nnviz.core.app.session.Session` ends by reporting a :class:`Changed`:
the set of :class:`Change` flags it touched and the status text a person is shown. Views do
not guess what to refresh after a command: one adapter (``nnviz/ui/sync.py``) maps the flags
to refreshes. The CLI and the tests read the same reports (``Session.last_changed``).

No Qt here: :class:`Listeners` is a plain list of callables, called on the thread that ran the
command. A GUI relays a report from another thread to its own (the adapter does).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable


class Change(enum.Flag):
    """The parts of a session's state a command can change."""

    NONE = 0
    LESSON = enum.auto()     # what is loaded: the lesson, its description, the file it came from
    DATA = enum.auto()       # the problem: its points, inputs and splits
    TRAINER = enum.auto()    # a new trainer: network (perhaps of a new shape), weights, history all new
    STATE = enum.auto()      # the same trainer's weights, epoch or place in an epoch moved
    HISTORY = enum.auto()    # the loss history was cut or brought back, not only appended to
    TIMELINE = enum.auto()   # the timeline's extent or the position shown on it
    SETTINGS = enum.auto()   # the settings in use
    UNDO = enum.auto()       # the undo stack (what Ctrl+Z would undo)
    FILE = enum.auto()       # the session file the state was opened from or saved to
    PIN = enum.auto()        # the run pinned to compare with (pinned, unpinned or dropped)

    @classmethod
    def everything(cls) -> "Change":
        out = cls.NONE
        for flag in cls:
            out |= flag
        return out

    def names(self) -> list[str]:
        """The flags set, by name, in declaration order (for messages and tests)."""
        return [f.name.lower() for f in type(self) if f and f in self]


@dataclass(frozen=True)
class Changed:
    """One command's report: which command, what it changed, what to tell the person."""

    command: str
    changes: Change
    text: str = ""

    def __contains__(self, flag: Change) -> bool:
        return bool(self.changes & flag)


class Listeners:
    """Callables told of every :class:`Changed`, in the order they subscribed."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[Changed], None]] = []

    def connect(self, callback: Callable[[Changed], None]) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[Changed], None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, report: Changed) -> None:
        for callback in list(self._callbacks):
            callback(report)


__all__ = ["Change", "Changed", "Listeners"]
