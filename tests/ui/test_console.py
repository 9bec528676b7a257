"""The presenter console on one screen (the run's own offscreen screen): it follows the beats,
shows a beat's notes only to the lecturer, passes the clicker's keys on as key events, jumps
to a picked beat, keeps time by the clock it is given, and plans where the windows go for any
list of screens (two screens for real: tests/ui/test_console_screens.py).

Keys go through ``QTest.keyClick`` to whatever has the focus, as a clicker's would.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar

import nnviz
from nnviz.__main__ import build_gui_parser
from nnviz.core.teaching.beats import Beat, script_for
from nnviz.core.teaching.lesson_files import LessonFileError, lesson_to_toml, read_lesson_file
from nnviz.ui.console import elapsed_text
from nnviz.ui.console_screens import ConsoleScreens, plan, side_by_side
from nnviz.ui.main_window import MainWindow
from test_presenter_rules import private_window_uses

K = Qt.Key
TIMEOUT = 60_000
NOTES = "ONLY-FOR-THE-LECTURER: ask the room which inputs give 1."
LESSONS = Path(nnviz.__file__).parent / "resources" / "lessons"


def notes_lesson(tmp_path: Path) -> Path:
    """The OR lesson as a teacher's file with notes on three beats (a text, a list, a text)."""
    text = (LESSONS / "02-or-gate.toml").read_text(encoding="utf-8")
    text = text.replace('name = "or-gate"', 'name = "or-notes"').replace('lesson = "or-gate"', 'lesson = "or-notes"')
    text = text.replace('continue_with = "virus"', '')
    text = re.sub(r'^notes = ".*"\n', "", text, flags=re.M)     # the built-in lesson's own notes
    text = text.replace('lesson = "or-notes"', f'lesson = "or-notes"\nnotes = "{NOTES}"', 1)
    text = text.replace('kind = "sample"', 'kind = "sample"\nnotes = ["Only b moves at (0,0).", "lr is 0.05."]')
    text = text.replace('action = "explain"', 'action = "explain"\nnotes = "Walk through the step."')
    path = tmp_path / "or_notes.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime.datetime(2026, 12, 7, 10, 0, 0)

    def __call__(self) -> datetime.datetime:
        return self.now


@pytest.fixture
def lesson_path(tmp_path):
    return notes_lesson(tmp_path)


@pytest.fixture
def rehearsal(qtbot, tmp_path, lesson_path):
    """A window with its console, rehearsing (both side by side on this one screen), presenting
    the notes lesson from its first beat; returns (window, screens, clock)."""
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    clock = Clock()
    screens = ConsoleScreens(w.presenter, rehearse=True, clock=clock)
    assert w.open_lesson_file(str(lesson_path))
    with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
        QTest.keyClick(QApplication.focusWidget() or w, K.Key_F5)
    qtbot.waitUntil(lambda: screens.console.isVisible(), timeout=TIMEOUT)
    yield w, screens, clock
    w.close()


def focus_console(qtbot, console):
    console.activateWindow()
    console.beats.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.beats)


def press(widget, key):
    QTest.keyClick(QApplication.focusWidget() or widget, key)


def beat_by_key(qtbot, w, console, key=K.Key_PageDown):
    with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT):
        press(console, key)
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)


def advance_to(qtbot, w, console, position: int, key=K.Key_PageDown) -> None:
    """PageDown from the console until beat ``position`` is on screen (an explain beat takes a
    click for each of its parts) and its run, if any, has ended."""
    for _ in range(8):
        if w.presenter.player.position >= position:
            break
        press(console, key)
        qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.presenter.player.position == position and not w.runner.running, timeout=TIMEOUT)


def room_texts(w) -> list[str]:
    """Every text the presentation window shows in a widget: labels, buttons, tabs, title."""
    def shown(kind):    # (the console is the window's child, but a window of its own)
        return [x for x in w.findChildren(kind) if x.isVisible() and x.window() is w]

    texts = [w.windowTitle()]
    texts += [x.text() for x in shown(QLabel)] + [x.text() for x in shown(QAbstractButton)]
    for bar in shown(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


# ------------------------------------------------------------------------ notes on a beat
def test_a_beats_notes_are_read_from_its_table_and_written_back(lesson_path, tmp_path):
    lesson = read_lesson_file(lesson_path)
    notes = [b.get("notes", "") for b in lesson.beats]
    assert notes[0] == NOTES and notes[1] == "Only b moves at (0,0).\nlr is 0.05." and notes[3] == ""
    again = tmp_path / "again.toml"
    again.write_text(lesson_to_toml(lesson), encoding="utf-8")
    assert [b.get("notes", "") for b in read_lesson_file(again).beats] == notes
    beat = Beat.from_dict(lesson.beats[0])
    assert beat.notes == NOTES and "notes" not in beat.params
    assert Beat.from_dict(beat.to_dict()) == beat


def test_notes_that_are_not_text_are_one_line(lesson_path):
    bad = lesson_path.read_text(encoding="utf-8").replace(f'notes = "{NOTES}"', "notes = 3")
    lesson_path.write_text(bad, encoding="utf-8")
    with pytest.raises(LessonFileError, match=r"beat 1: notes: must be a text"):
        read_lesson_file(lesson_path)


# ------------------------------------------------------------------------ the console follows
def test_the_console_shows_the_beat_its_notes_and_the_next_one(qtbot, rehearsal):
    w, screens, _ = rehearsal
    console = screens.console
    script = w.presenter.player.script
    assert console.position == 1 and console.notes.text() == NOTES
    upcoming = script.beats[1].caption
    if "{" in upcoming:      # a field's number does not exist before its beat: shown as "…"
        assert "{" not in console.next_caption.text() and "…" in console.next_caption.text()
    else:
        assert console.next_caption.text() == upcoming
    assert console.now_caption.text() == w.presenter.caption.text()
    assert console.beats.count() == len(script) and console.beats.currentRow() == 0
    assert not any(NOTES in t for t in room_texts(w)), "the notes are on the presentation"
    focus_console(qtbot, console)
    beat_by_key(qtbot, w, console)
    assert w.presenter.player.position == 2 and console.position == 2
    assert console.notes.text() == "Only b moves at (0,0).\nlr is 0.05."
    assert console.beats.currentRow() == 1
    assert not any("Only b moves" in t for t in room_texts(w))
    advance_to(qtbot, w, console, 4)        # beat 3 explains its step in four clicks; beat 4 has no notes
    assert console.notes.text() == "(no notes for this beat)"


def test_the_picture_of_the_room_follows_a_beat(qtbot, rehearsal):
    w, screens, _ = rehearsal
    console = screens.console
    focus_console(qtbot, console)
    with qtbot.waitSignal(console.liveUpdated, timeout=TIMEOUT):
        beat_by_key(qtbot, w, console)
    picture = console.live.pixmap()
    assert not picture.isNull() and picture.width() <= console.live.width()
    assert picture.height() <= console.live.height()


def test_clicker_keys_from_the_console_act_on_the_presentation(qtbot, rehearsal):
    w, screens, _ = rehearsal
    console = screens.console
    focus_console(qtbot, console)
    for key in (K.Key_PageDown, K.Key_Space):
        before = w.presenter.player.position
        beat_by_key(qtbot, w, console, key)
        assert w.presenter.player.position == before + 1, key
    advance_to(qtbot, w, console, 4, K.Key_Right)     # beat 3 explains its step: a click a part
    beat_by_key(qtbot, w, console, K.Key_PageUp)
    assert w.presenter.player.position == 3 and console.position == 3
    press(console, K.Key_B)
    assert w.presenter.blanked == "black"
    press(console, K.Key_Comma)            # any key brings the picture back first
    assert w.presenter.blanked is None
    press(console, K.Key_W)
    assert w.presenter.blanked == "white"
    press(console, K.Key_Period)
    assert w.presenter.blanked is None
    assert QApplication.focusWidget() is console.beats     # the keys never moved the focus
    press(console, K.Key_Escape)
    assert not w.presenter.presenting
    qtbot.waitUntil(lambda: not console.isVisible(), timeout=TIMEOUT)


def test_keys_on_the_presentation_still_work_and_the_console_follows(qtbot, rehearsal):
    w, screens, _ = rehearsal
    w.activateWindow()
    w.network_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.network_view)
    beat_by_key(qtbot, w, w)
    assert screens.console.position == 2 == w.presenter.player.position


def test_a_picked_beat_is_reached_by_enter_or_a_click(qtbot, rehearsal):
    w, screens, _ = rehearsal
    console = screens.console
    focus_console(qtbot, console)
    press(console, K.Key_Down)
    press(console, K.Key_Down)
    assert console.beats.currentRow() == 2 and w.presenter.player.position == 1    # only picked
    with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT) as shown:
        press(console, K.Key_Return)
    assert shown.args[0] == 3 and w.presenter.player.position == 3 == console.position
    assert console.notes.text() == "Walk through the step."
    advance_to(qtbot, w, console, 4, K.Key_Return)   # with the current beat picked, Enter is "next"
    assert w.presenter.player.position == 4
    first = console.beats.visualItemRect(console.beats.item(1)).center()
    with qtbot.waitSignal(w.presenter.beatShown, timeout=TIMEOUT) as shown:
        QTest.mouseClick(console.beats.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert shown.args[0] == 2 and w.presenter.player.position == 2
    assert w.session.epoch < 10_000     # went back: beat 4's run to epoch 10,000 undone


def test_the_end_of_the_script_shows_in_the_console(qtbot, rehearsal):
    w, screens, _ = rehearsal
    console = screens.console
    w.presenter.go_to(len(w.presenter.player.script))
    qtbot.waitUntil(lambda: console.position == len(w.presenter.player.script), timeout=TIMEOUT)
    assert console.next_caption.text() == "The end of the lesson."
    focus_console(qtbot, console)
    with qtbot.waitSignal(w.presenter.endShown, timeout=TIMEOUT):
        press(console, K.Key_PageDown)
    qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    assert console.ended and console.beat_label.text().startswith("End")


def test_time_comes_from_the_clock_the_console_is_given(rehearsal):
    _, screens, clock = rehearsal
    console = screens.console
    clock.now += datetime.timedelta(minutes=12, seconds=4)
    console.update_clock()
    assert console.elapsed.text() == "12:04" and console.clock_label.text() == "10:12"
    console.start_clock()
    assert console.elapsed.text() == "00:00"
    assert elapsed_text(3729) == "1:02:09" and elapsed_text(-3) == "00:00"


# ------------------------------------------------------------------------ where the windows go
class FakeScreen:
    def __init__(self, name: str, x: int, w: int, h: int) -> None:
        self.name = name
        self._g = QRect(x, 0, w, h)

    def geometry(self) -> QRect:
        return self._g

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt's name)
        return self._g.adjusted(0, 0, 0, -40)


LAPTOP, PROJECTOR, BIG = FakeScreen("laptop", 0, 1366, 768), FakeScreen("projector", 1366, 1024, 768), \
    FakeScreen("big", 2390, 1920, 1080)


def test_two_screens_the_projector_presents_and_the_laptop_has_the_console():
    p = plan([LAPTOP, PROJECTOR], primary=LAPTOP)
    assert (p.room, p.room_rect, p.console, p.console_rect) == (PROJECTOR, None, LAPTOP, LAPTOP.availableGeometry())
    # The lecturer's screen wins over the primary one (a projector made primary by the desktop).
    p = plan([PROJECTOR, LAPTOP], primary=PROJECTOR, laptop=LAPTOP)
    assert p.room is PROJECTOR and p.console is LAPTOP
    # Three screens: the largest other than the laptop.
    assert plan([LAPTOP, PROJECTOR, BIG], primary=LAPTOP).room is BIG


def test_one_screen_presents_full_screen_and_hides_the_console():
    p = plan([LAPTOP], primary=PROJECTOR, laptop=PROJECTOR)      # the projector was pulled out
    assert (p.room, p.room_rect, p.console) == (LAPTOP, None, None)
    assert plan([], primary=None) is None


def test_rehearsing_puts_both_side_by_side_in_windows():
    for screens in ([LAPTOP], [LAPTOP, PROJECTOR]):
        p = plan(screens, primary=LAPTOP, rehearse=True)
        assert p.room is LAPTOP and p.console is LAPTOP
        room, console = p.room_rect, p.console_rect
        avail = LAPTOP.availableGeometry()
        assert avail.contains(room) and avail.contains(console) and not room.intersects(console)
        assert abs(room.width() * 3 - room.height() * 4) <= 4        # 4:3, as the projector
        assert console.width() >= 400
    room, console = side_by_side(QRect(0, 0, 1024, 728))
    assert not room.intersects(console) and console.right() <= 1023


# ------------------------------------------------------------------------ rules and the command line
def test_the_console_uses_only_the_windows_public_api():
    root = Path(nnviz.__file__).parent
    problems = []
    for rel in ("ui/console.py", "ui/console_screens.py"):
        problems += private_window_uses((root / rel).read_text(encoding="utf-8"), f"nnviz/{rel}")
    assert not problems, "\n".join(problems)


def test_rehearse_is_a_flag_of_the_window():
    args = build_gui_parser().parse_args(["--present", "--rehearse"])
    assert args.rehearse and args.present
    assert not build_gui_parser().parse_args([]).rehearse


def test_the_script_of_a_built_in_lesson_still_loads():
    beats = script_for("or-gate").beats
    assert beats[0].action == "load" and beats[0].notes.startswith("Ask first")   # its notes, read from its file
    assert all(isinstance(b.notes, str) for b in beats)


def test_the_next_caption_shows_fields_not_yet_filled_as_an_ellipsis():
    from nnviz.ui.console import upcoming_text

    assert upcoming_text("Outputs now:\n{outputs}.") == "Outputs now: …."
    assert upcoming_text("No fields here.") == "No fields here."
