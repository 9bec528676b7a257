"""A lesson nobody can derail, on a 1024×768 projector screen.

These tests need the offscreen platform with one 1024×768 screen (GUIDE §6: a configfile), so
that presentation mode is really full screen at the projector's size. The suite's own screen is
800×800: there, :func:`test_on_a_1024x768_screen` runs this file again in a child pytest with
that screen and fails with its output if it fails; in the child the tests below run.

Keys are sent as a clicker sends them, to whatever widget has the focus; mouse clicks and
wheels are real events to the widgets under them. "What the room sees" is the page's caption
and body and the footer's epoch and beat (the status line aside), compared pixel for pixel.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QWidget

from nnviz.ui.main_window import MainWindow

TIMEOUT = 60_000
K = Qt.Key
SCREEN = (1024, 768)
NEXT_KEYS = (K.Key_PageDown, K.Key_Right, K.Key_Space, K.Key_Return, K.Key_Enter)


def _on_projector() -> bool:
    screen = QGuiApplication.primaryScreen()
    return screen is not None and (screen.size().width(), screen.size().height()) == SCREEN




def test_on_a_1024x768_screen(tmp_path, qapp):
    """This file's tests, again, in a child pytest whose offscreen screen is 1024×768."""
    if _on_projector():
        pytest.skip("already on the 1024×768 screen: the tests below run here")
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": SCREEN[0],
                                               "height": SCREEN[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", __file__],
                          cwd=root, env=env, capture_output=True, text=True, timeout=1500)
    tail = (done.stdout + done.stderr)[-6000:]
    assert done.returncode == 0, tail
    assert " passed" in done.stdout and " skipped" in done.stdout, tail   # the child ran them (and skipped this one)


# ----------------------------------------------------------------------------- helpers
@pytest.fixture
def window(qtbot, tmp_path):
    if not _on_projector():
        pytest.skip("needs the 1024×768 screen (test_on_a_1024x768_screen runs it)")
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def press(w, key, mods=Qt.KeyboardModifier.NoModifier):
    """One key, to whatever has the keyboard focus."""
    QTest.keyClick(QApplication.focusWidget() or w, key, mods)


def settle(qtbot, w):
    """No run, and the diagram past its quick draft (the full picture drawn)."""
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    QApplication.processEvents()
    view = w.network_view
    qtbot.waitUntil(lambda: not view.is_draft() and not view.draft_settling(), timeout=TIMEOUT)
    for _ in range(3):
        QApplication.processEvents()


def click_beat(qtbot, w, key=K.Key_PageDown):
    """One beat on: what the beat on screen still holds first (parts, a held answer), then the
    next beat; returns when it is done and drawn."""
    while key in NEXT_KEYS and w.presenter.pending_clicks():
        press(w, key)
    with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
        press(w, key)
    settle(qtbot, w)


def present(qtbot, w, lesson):
    w.load_lesson(lesson)
    w.network_view.setFocus()
    with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
        press(w, K.Key_F5)
    qtbot.waitUntil(lambda: w.isFullScreen() and (w.width(), w.height()) == SCREEN, timeout=TIMEOUT)
    settle(qtbot, w)


def room(w):
    """What the room sees: the caption, the body (diagram and panes) and the footer's epoch
    and beat, as images (the status note beside them aside; the pointer is on its own layer)."""
    p = w.presenter
    QApplication.processEvents()
    return [x.grab().toImage() for x in (p.caption, p.body)] + [p.epoch.text(), p.beat_label.text()]


def same_room(a, b) -> bool:
    """Equal rooms; when not, the two pictures are kept under $GUARD_DIFF (if set) to look at."""
    equal = [x == y for x, y in zip(a, b)]
    where = os.environ.get("GUARD_DIFF")
    if where and not all(equal):
        Path(where).mkdir(parents=True, exist_ok=True)
        n = len(list(Path(where).glob("*_a.png")))
        for i, (x, y, e) in enumerate(zip(a, b, equal)):
            if not e and hasattr(x, "save"):
                x.save(f"{where}/{n}_{i}_a.png")
                y.save(f"{where}/{n}_{i}_b.png")
    return all(equal)


def params(w):
    weights, biases = w.session.trainer.network.parameters()
    return [a.copy() for a in weights] + [b.copy() for b in biases if b is not None]


def state(w):
    p = w.session.problem
    return (w.lesson_name, w.session.epoch, w.session.trainer.cursor, len(p.X_train),
            [a.tobytes() for a in params(w)], w.presenter.player.position)


def wheel(widget):
    pos = QPointF(widget.rect().center())
    for delta in (-120, 120):
        event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, delta),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


# ----------------------------------------------------------------------------- the guard
def test_no_click_wheel_or_laptop_key_changes_what_the_room_sees(qtbot, window):
    """OR script at its 10,000-epoch beat: a click on each plot, on a node, an edge and the
    explainer, the wheel over every control, and R, N, E, P, Home, End, F5, Ctrl+Z: the lesson
    and the picture are the same. The mouse is a pointer instead: a ring that follows it and a
    highlight on the node clicked."""
    w, p = window, window.presenter
    present(qtbot, w, "or-gate")
    for _ in range(3):
        click_beat(qtbot, w)
    assert w.session.epoch == 10_000
    settle(qtbot, w)
    before, seen = state(w), room(w)
    # Clicks: each plot (the boundary would add a point), the diagram, the explainer.
    for view in (w.boundary_plot, w.loss_plot):
        for target in [view.view.viewport(), view.view]:
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
            QTest.mouseClick(target, Qt.MouseButton.RightButton, pos=target.rect().center())
            QTest.mouseDClick(target, Qt.MouseButton.LeftButton, pos=target.rect().center())
    net = w.network_view.viewport()
    QTest.mouseDClick(net, Qt.MouseButton.LeftButton, pos=w.network_view.node_pos(1, 0))
    node = w.network_view.node_pos(0, 1)
    QTest.mouseMove(net, node)
    QTest.mouseClick(net, Qt.MouseButton.LeftButton, pos=node)
    marked = p.pointer.marked()
    QTest.mouseClick(w.explainer.text_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    # The wheel over every control and view of the window, on screen or in a hidden dock.
    controls = [x for x in w.findChildren(QWidget)
                if isinstance(x, (QAbstractSpinBox, QComboBox, QAbstractSlider, QCheckBox))]
    assert len(controls) > 5
    for x in controls + [net, w.boundary_plot, w.loss_plot]:
        wheel(x)
    # Laptop keys, to whatever has the focus.
    for key, mods in ((K.Key_R, None), (K.Key_N, None), (K.Key_E, None), (K.Key_P, None), (K.Key_Home, None),
                      (K.Key_End, None), (K.Key_F5, None), (K.Key_Z, Qt.KeyboardModifier.ControlModifier),
                      (K.Key_Delete, None), (K.Key_Up, None), (K.Key_F5, Qt.KeyboardModifier.ShiftModifier)):
        press(w, key, mods or Qt.KeyboardModifier.NoModifier)
    settle(qtbot, w)
    assert p.presenting and not w.runner.running
    assert state(w) == before
    # The same keys to a spin box that has the focus (its focus frame aside, nothing changes).
    w.sample_spin.setFocus()
    for key in (K.Key_R, K.Key_N, K.Key_Up, K.Key_9, K.Key_Home, K.Key_F5):
        press(w, key)
    w.network_view.setFocus()
    settle(qtbot, w)
    assert state(w) == before and w.sample_spin.value() == 0
    assert "does nothing while presenting" in p.note.full_text()      # said once, briefly
    assert same_room(room(w), seen)
    # The mouse was a pointer: a ring where it is, the clicked node highlighted.
    assert p.pointer.isVisible() and marked is not None and marked.contains(p.pointer.mapFromGlobal(net.mapToGlobal(node)))
    ring = p.pointer.position()
    assert ring is not None and p.pointer.rect().contains(ring)
    # The clicker still works: the next beat comes.
    click_beat(qtbot, w)
    assert p.player.position == before[-1] + 1


def test_past_the_last_beat_is_the_end_and_nothing_more(qtbot, window):
    w, p = window, window.presenter
    present(qtbot, w, "iris")
    while not p.player.at_end or p.pending_clicks():
        click_beat(qtbot, w)
    last, last_state = room(w), state(w)
    ends = []
    p.endShown.connect(lambda: ends.append(1))
    press(w, K.Key_PageDown)
    assert ends == [1] and p.at_end and p.end_screen.isVisible()
    assert "PageUp" in p.end_screen.text() and "Esc" in p.end_screen.text()
    shown = p.page.grab().toImage()
    for key in (K.Key_PageDown, K.Key_Space, K.Key_Right, K.Key_Return):
        press(w, key)
        settle(qtbot, w)
    assert state(w) == last_state and p.at_end and ends == [1]
    assert p.page.grab().toImage() == shown
    # PageUp: the last beat again, as it was.
    with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
        press(w, K.Key_PageUp)
    settle(qtbot, w)
    assert not p.end_screen.isVisible() and state(w) == last_state
    assert same_room(room(w), last)


def _walk_and_back(qtbot, w, lesson):
    """Every beat's room the first time through, then PageUp from the end to the first: each
    one the same. Returns the rooms by position."""
    p = w.presenter
    present(qtbot, w, lesson)
    first = {1: room(w)}
    while not p.player.at_end or p.pending_clicks():
        click_beat(qtbot, w)
        first.setdefault(p.player.position, room(w))
    for position in range(len(p.player.script) - 1, 0, -1):
        click_beat(qtbot, w, K.Key_PageUp)
        assert p.player.position == position
        assert same_room(room(w), first[position]), f"{lesson}: beat {position} is not as it was"
    return first


@pytest.mark.parametrize("lesson", ["or-gate", "iris"])
def test_pageup_and_f5_show_each_beat_as_it_was(qtbot, window, lesson):
    w, p = window, window.presenter
    first = _walk_and_back(qtbot, w, lesson)
    # Esc, then Shift+F5 from a beat and F5 from the start: the view of that beat again.
    click_beat(qtbot, w)
    click_beat(qtbot, w)
    position = p.player.position
    with qtbot.waitSignal(p.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    w.show_weights_box.setChecked(not w.show_weights_box.isChecked())    # the person's own view
    with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
        press(w, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, w)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == SCREEN, timeout=TIMEOUT)
    settle(qtbot, w)
    assert p.player.position == position and same_room(room(w), first[position])
    with qtbot.waitSignal(p.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    present(qtbot, w, w.lesson_name)
    assert p.player.position == 1 and same_room(room(w), first[1])


# ----------------------------------------------------------------------------- explainer, pause, reveal
def test_the_explain_beat_by_clicks_shows_delta_and_the_new_weights_without_scrolling(qtbot, window, tmp_path):
    w, p = window, window.presenter
    present(qtbot, w, "or-gate")
    click_beat(qtbot, w)                    # one sample
    click_beat(qtbot, w)                    # the explain beat: forward first
    ex = w.explainer
    assert p.bottom_tabs.currentWidget() is p.side and ex.isVisible()
    seen = []
    for part in ("forward", "loss", "backward", "update"):
        assert ex.part() == (part, False)
        text = ex.shown_text()
        seen.append(text)
        assert ex.text_view.verticalScrollBar().maximum() == 0, f"{part} needs scrolling:\n{text}"
        assert QFontInfo(ex.text_view.font()).pixelSize() >= 24
        head = ex.part_title
        assert head.isVisible() and not ex.heading.isVisible()
        assert head.height() < 2 * head.fontMetrics().height() and head.full_text().startswith(part.capitalize())
        assert QFontInfo(head.font()).pixelSize() >= 24
        if part == "update":
            w.grab().save(str(tmp_path / "update.png"))
            break
        press(w, K.Key_PageDown)
    assert "δ" in seen[2] and "∂L/∂w" in seen[2] and "∂L/∂b" in seen[2]
    assert "w₁" in seen[3] or "w1" in seen[3]
    assert "b" in seen[3] and "←" in seen[3] or "=" in seen[3]
    assert p.player.position == 3
    click_beat(qtbot, w)                    # the next click is the next beat
    assert p.player.position == 4 and ex.part() == (None, False)


def test_a_play_beat_is_paced_and_a_clicker_key_pauses_it(qtbot, window):
    w, p = window, window.presenter
    present(qtbot, w, "or-gate")
    click_beat(qtbot, w)
    click_beat(qtbot, w)
    while p.pending_clicks():
        press(w, K.Key_PageDown)
    press(w, K.Key_PageDown)                # 10,000 epochs in about four seconds
    assert w.runner.running and 1 < w.runner.epochs_per_frame < 10_000
    qtbot.waitUntil(lambda: w.session.epoch > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        press(w, K.Key_Space)               # pause
    settle(qtbot, w)
    paused = w.session.epoch
    assert 0 < paused < 10_000 and p.pending_clicks()
    assert "PageDown" in p.note.full_text() and "continues" in p.note.full_text()
    with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
        press(w, K.Key_PageDown)            # continue, to the end of the beat
    settle(qtbot, w)
    assert w.session.epoch == 10_000 and "learned OR" in p.caption.text()


REVEAL_LESSON = '''
title = "OR, predicted"
caption = "Guess first."
[data]
table = "or"
[network]
hidden = []
output = "sigmoid"
weights = [[0.1, 0.2]]
biases = [[0.3]]
[training]
loss = "mse"
lr = 1.0
batch_size = 1
epochs = 500
[[beats]]
caption = "What will it answer for (0, 0)?\\n\\nA number near 0: the bias alone decides it."
action = "say"
reveal = true
[[beats]]
caption = "After 500 epochs: {outputs}"
action = "play"
to_epoch = 500
reveal = true
seconds = 1
pane = "loss"
toggles = {weights = true}
'''


def test_a_reveal_beat_asks_first_and_answers_on_the_next_click(qtbot, window, tmp_path):
    w, p = window, window.presenter
    path = tmp_path / "guess.toml"
    path.write_text(REVEAL_LESSON, encoding="utf-8")
    assert w.open_lesson_file(str(path))
    w.network_view.setFocus()
    with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
        press(w, K.Key_F5)
    settle(qtbot, w)
    click_beat(qtbot, w)                    # the say beat: the question only
    assert p.caption.text().startswith("What will it answer") and "bias alone" not in p.caption.text()
    assert p.pending_clicks()
    press(w, K.Key_PageDown)
    assert "bias alone" in p.caption.text() and not p.pending_clicks() and p.player.position == 2
    click_beat(qtbot, w)                    # the play beat: its view, its answer held back
    assert p.bottom_tabs.currentWidget() is p.loss_box and w.show_weights_box.isChecked()
    assert "→" not in p.caption.text() and p.caption.text().endswith("?")
    press(w, K.Key_PageDown)
    assert "(0,\u00a00)\u00a0→" in p.caption.text()


# ----------------------------------------------------------------------------- readable from the back
@pytest.mark.parametrize("lesson", ["or-gate", "iris"])
def test_every_text_of_the_room_is_24_px_markers_16_px_names_whole(qtbot, window, lesson):
    from nnviz.ui.diagram.style import NEGATIVE_TEXT, contrast, legend_html
    from nnviz.ui import theme

    w, p = window, window.presenter
    present(qtbot, w, lesson)
    click_beat(qtbot, w)
    w.show_weights_box.setChecked(True)     # the weight and bias labels too
    settle(qtbot, w)
    view = w.network_view
    for name, font in view.text_fonts().items():
        if name != "editor":                # (the weight editor never opens while presenting)
            assert QFontInfo(font).pixelSize() >= 24, (name, QFontInfo(font).pixelSize())
    for layer in range(len(w.session.trainer.network.parameters()[0]) + 1):
        assert QFontInfo(view.node_value_font(layer)).pixelSize() >= 24, layer
    for plot in (w.boundary_plot, w.curve_plot):
        assert plot.marker_px() >= 16
    # Names whole (on two lines where they need it), never "versic…" or "sep. l…".
    shown = view.shown_labels()
    assert shown and not any("…" in name for name in shown), shown
    # The legend's coloured words: at least 4.5:1 on the diagram's white.
    assert NEGATIVE_TEXT in legend_html(False)
    white = QColor(theme.BACKGROUND)
    for colour in (NEGATIVE_TEXT, theme.POSITIVE, theme.MUTED, theme.TEXT):
        assert contrast(QColor(colour), white) >= 4.5, colour
    # Leaving puts the window's own sizes back.
    with qtbot.waitSignal(p.presentingChanged, timeout=TIMEOUT):
        press(w, K.Key_Escape)
    assert w.boundary_plot.marker_px() < 16
