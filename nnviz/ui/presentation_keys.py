"""The presenter's keys and mouse: a mixin of :class:`~nnviz.ui.presentation.Presenter`.

Every event of the application passes the presenter's filter first, before whatever widget has
the focus, so a clicker works wherever the focus is:

- **Outside presentation mode** the clicker keys (PageDown / PageUp, F5, Shift+F5, B / W, Esc
  out of full screen) act; a text field keeps its typing keys.
- **While presenting** the presentation is guarded: only the clicker keys and Esc act, F5 does
  nothing, and every other key (R, N, E, P, Home, Ctrl+Z, …) is swallowed with a brief note in
  the footer. The mouse edits nothing (no point added, no wheel on a control, no weight typed,
  no hover map): it is a pointer (:class:`~nnviz.ui.pointer.PointerOverlay`), and a click on a
  node, an edge or a line of the explainer highlights that item for the room.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)
from .i18n import translate

NEXT, BACK, BLACK, WHITE, START, FROM_HERE, LEAVE = "next", "back", "black", "white", "start", "from here", "leave"
IGNORED = "ignored"     # a key the guarded presentation swallows
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
IGNORED_NOTE = QT_TRANSLATE_NOOP("PresenterKeys", "That key does nothing while presenting (PageDown next · PageUp back · B black · Esc leaves).")
NOTE_MS = 2500          # how long the note about an ignored key stays in the footer
EDGE_MARK_PX = 44       # the side of the square highlighted at a clicked edge's middle

_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.Wheel, QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.MouseMove,
          QEvent.Type.HoverMove, QEvent.Type.HoverEnter, QEvent.Type.Enter, QEvent.Type.DragEnter)


def is_text_field(widget: QWidget | None) -> bool:
    """A widget that takes typed text (Space, arrows and Backspace are its own)."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class PresenterKeys:
    """Keys, mouse and pointer of the presenter (mixed into it; it has ``w``, ``presenting``,
    ``blank``, ``pointer``, ``note`` and the beat commands)."""

    # ------------------------------------------------------------------------ keys
    def command_for(self, key: int, mods, focus: QWidget | None) -> str | None:
        """What a key does here and now (None: the key goes on to the focused widget;
        :data:`IGNORED`: presenting, it is swallowed)."""
        K = Qt.Key
        mods = mods & ~Qt.KeyboardModifier.KeypadModifier
        if self.presenting:
            return self._presenting_command(key, mods)
        if key == K.Key_F5:
            return FROM_HERE if mods == Qt.KeyboardModifier.ShiftModifier else (START if not mods else None)
        if mods:
            return None
        if key == K.Key_PageDown:
            return NEXT
        if key == K.Key_PageUp:
            return BACK
        if key == K.Key_Escape:
            return LEAVE if self.w.isFullScreen() else None
        if is_text_field(focus):
            return None
        if key in (K.Key_B, K.Key_Period):
            return BLACK
        if key in (K.Key_W, K.Key_Comma):
            return WHITE
        if key in (K.Key_Left, K.Key_Backspace):
            return BACK
        return None     # outside presentation mode Space and → stay Play and Step epoch

    def _presenting_command(self, key: int, mods) -> str:
        K = Qt.Key
        if key in _MODIFIER_KEYS:
            return IGNORED
        if key == K.Key_F5:
            return IGNORED          # a clicker's F5/Esc button: F5 again must not restart the lesson
        if mods and mods != Qt.KeyboardModifier.ShiftModifier:
            return IGNORED
        if key in (K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Return, K.Key_Enter) and not mods:
            return NEXT
        if key in (K.Key_PageUp, K.Key_Left, K.Key_Backspace) and not mods:
            return BACK
        if key == K.Key_Escape:
            return LEAVE
        if key in (K.Key_B, K.Key_Period) and not mods:
            return BLACK
        if key in (K.Key_W, K.Key_Comma) and not mods:
            return WHITE
        return IGNORED

    def run_command(self, command: str) -> None:
        if command == NEXT:
            self.next()
        elif command == BACK:
            self.back()
        elif command in (BLACK, WHITE):
            self.blank_screen(command)
        elif command == START:
            self.start(True)
        elif command == FROM_HERE:
            self.start(False)
        elif command == LEAVE:
            if self.presenting:
                self.leave()
            else:
                self.w.showNormal()
        elif command == IGNORED:
            self.brief_note(translate("PresenterKeys", IGNORED_NOTE))

    def brief_note(self, text: str) -> None:
        """A short note in the footer that goes again by itself (the caption is untouched)."""
        self.note.set_full_text(text)
        self._note_timer.start(NOTE_MS)

    def _ours(self, obj) -> bool:
        if isinstance(obj, QWidget):
            return obj.window() is self.w
        if isinstance(obj, QWindow):
            return obj is self.w.windowHandle()
        return False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # Every event of the application passes here: the class test first (cheap), the type
        # (a new enum object each call in PySide6) only for the few that can matter.
        if not isinstance(event, QKeyEvent):
            if isinstance(event, QResizeEvent):
                if obj is self.w:
                    self._on_window_resized(event)
                return False
            if self.presenting and isinstance(obj, (QWidget, QWindow)) and event.type() in _MOUSE and self._ours(obj):
                return self._pointer_event(obj, event)
            return False
        t = event.type()
        if t not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not self._ours(obj):
            return False
        key = event.key()
        if self.blank.isVisible():      # any key brings the picture back, and does nothing else
            if key not in _MODIFIER_KEYS:
                event.accept()
                if t == QEvent.Type.KeyPress:
                    self.blank.hide()
                return True
            return False
        focus = QApplication.focusWidget()
        command = self.command_for(key, event.modifiers(), focus)
        if command is None:
            if (t == QEvent.Type.KeyPress and is_text_field(focus) and not self.presenting
                    and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)):
                # The field is done: the keys go back to the window once it has taken this one.
                QTimer.singleShot(0, self._focus_views)
            return False
        event.accept()      # a ShortcutOverride accepted: no shortcut of the window fires
        if t == QEvent.Type.KeyPress and not (command == IGNORED and key in _MODIFIER_KEYS):
            self.run_command(command)
        return True

    def _on_window_resized(self, event) -> None:
        if self.blank.isVisible():
            self.blank.setGeometry(self.w.rect())
        if self.pointer.isVisible():
            self.pointer.cover()
        pending = self._pending_restore
        if pending is not None and event.size() == pending.rect.size():
            QTimer.singleShot(0, self._complete_leave)

    def _focus_views(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is self.w and is_text_field(focus):
            self.w.network_view.setFocus()

    # ------------------------------------------------------------------------ the mouse as a pointer
    def _pointer_event(self, obj: QWidget, event) -> bool:
        """Presenting: the mouse moves the pointer; a left click on a node, an edge or an
        explainer line highlights it; nothing reaches a widget (no edit, no wheel, no hover)."""
        t = event.type()
        if t in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress) and hasattr(event, "position"):
            pos = event.position().toPoint()
            if isinstance(obj, QWindow):     # the platform's event, before any widget: window coordinates
                obj = self.w.childAt(pos) or self.w
                pos = obj.mapFrom(self.w, pos) if obj is not self.w else pos
            self.pointer.show()
            self.pointer.cover()
            self.pointer.follow(self.pointer.mapFromGlobal(obj.mapToGlobal(pos)))
            if t == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                self.pointer.mark(self._item_rect(obj, pos))
        return True

    def _item_rect(self, obj: QWidget, pos: QPoint) -> QRect | None:
        """The rectangle (pointer coordinates) of the node, edge or explainer line under a
        click, None when there is none."""
        view = self.w.network_view
        port = view.viewport()
        if obj is port or port.isAncestorOf(obj):
            p = QPointF(port.mapFrom(obj, pos)) if obj is not port else QPointF(pos)
            node = view.node_at(p)
            if node is not None:
                return self._to_pointer(port, view.node_rect(*node).toRect())
            edge = view.edge_at(p)
            if edge is not None:
                l, i, j = edge
                a, b = view.node_pos(l, i), view.node_pos(l + 1, j)
                mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
                half = EDGE_MARK_PX // 2
                return self._to_pointer(port, QRect(mid.x() - half, mid.y() - half, EDGE_MARK_PX, EDGE_MARK_PX))
            return None
        text = self.w.explainer.text_view
        tport = text.viewport()
        if obj is tport or tport.isAncestorOf(obj):
            p = tport.mapFrom(obj, pos) if obj is not tport else pos
            cursor = text.cursorForPosition(p)
            block = cursor.block()
            if not block.isValid() or not block.text().strip():
                return None
            layout = text.document().documentLayout()
            r = layout.blockBoundingRect(block).toRect()
            r.translate(-text.horizontalScrollBar().value(), -text.verticalScrollBar().value())
            return self._to_pointer(tport, r)
        return None

    def _to_pointer(self, widget: QWidget, rect: QRect) -> QRect:
        top_left = self.pointer.mapFromGlobal(widget.mapToGlobal(rect.topLeft()))
        return QRect(top_left, rect.size())
