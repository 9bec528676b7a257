"""The explainer's "Check yourself": a number hidden and asked, answers typed with the keyboard
("," "." and fractions), right/wrong with the tolerance shown, Show, right-click → Hide and ask;
a lesson's quiz beat hides then reveals by clicker keys; the lesson's exercises listed; a
weight typed as a fraction in the diagram; and the picture at 1024×768."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnviz.core.engine.explain import StepContext
from nnviz.core.teaching import quiz
from nnviz.core.teaching.beats import script_for
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.text import significant
from nnviz.ui.explainer import ExplainerPanel
from nnviz.ui.main_window import MainWindow

K = Qt.Key
TIMEOUT = 60_000


@pytest.fixture
def panel(qtbot):
    p = ExplainerPanel()
    qtbot.addWidget(p)
    p.resize(700, 700)
    p.show()
    qtbot.waitExposed(p)
    t = get_lesson("or-gate").trainer()
    record = t.step_sample()
    p.set_step(record, StepContext.from_trainer(t, "sample"))
    p.set_neuron(1, 0)
    return p


def type_answer(qtbot, panel, text):
    box = panel.quiz.answer
    box.setFocus()
    box.selectAll()
    QTest.keyClick(box, K.Key_Delete)
    qtbot.keyClicks(QApplication.focusWidget() or box, text)
    QTest.keyClick(QApplication.focusWidget() or box, K.Key_Return)     # Enter checks
    return panel.quiz.verdict_text()


def ask(panel, role, weight=None):
    line = next(l for l in panel.explanation().lines if l.role == role and (weight is None or l.weight == weight))
    panel.quiz.ask(quiz.line_key(line))
    return line


def test_check_yourself_hides_a_number_and_takes_answers_with_comma_point_and_fractions(panel, qtbot):
    assert not panel.quiz.isVisible()
    qtbot.mouseClick(panel.quiz_button, Qt.MouseButton.LeftButton)
    assert panel.quiz.isVisible() and panel.question()[0] is not None
    z = ask(panel, "z")
    shown = panel.shown_text()
    assert "z = w₁·x₁ + w₂·x₂ + b = 0.1·0 + 0.2·0 + 0.3 = ?" in shown and "= 0.3\n" not in shown
    assert "±0.0001" in panel.quiz.rule.text()          # 0.3 is 0.3000 to 4 significant digits
    assert "Right" in type_answer(qtbot, panel, "0,3")
    assert "Right" in type_answer(qtbot, panel, "3/10")
    assert "Not quite" in type_answer(qtbot, panel, "0.4")
    assert "not a number" in type_answer(qtbot, panel, "zero point three")
    assert quiz.hidden_text(z) in panel.shown_text()                  # still hidden after wrong answers
    # Each kind of quantity, right and wrong, typed as a student types them.
    for role, weight in (("a", None), ("loss_sample", None), ("loss", None), ("delta", None), ("grad_w", 0),
                         ("grad_b", -1), ("new_w", 1), ("new_b", -1)):
        line = ask(panel, role, weight)
        assert quiz.hidden_text(line) in panel.shown_text()
        right = significant(line.value).replace(".", ",")
        assert "Right" in type_answer(qtbot, panel, right), (role, right)
        wrong = repr(line.value + 5 * quiz.tolerance(line.value))
        assert "Not quite" in type_answer(qtbot, panel, wrong), (role, wrong)
    # Show: the worked line with the engine's number.
    line = ask(panel, "new_b")
    qtbot.mouseClick(panel.quiz.show_button, Qt.MouseButton.LeftButton)
    assert panel.question() == (quiz.line_key(line), True)
    assert line.text in panel.shown_text() and "0.293" in panel.quiz.verdict_text()
    assert z.text in panel.shown_text()
    qtbot.mouseClick(panel.quiz_button, Qt.MouseButton.LeftButton)    # off: nothing hidden
    assert panel.question() == (None, False) and "?" not in panel.shown_text()


def test_the_tolerance_shown_is_the_one_the_box_applies(panel, qtbot):
    panel.show_quiz(True)
    line = ask(panel, "a")
    shown = panel.quiz.rule.text().split("±")[1].split(":")[0]
    tol = quiz.parse_answer(shown)
    assert "Right" in type_answer(qtbot, panel, repr(line.value + 0.95 * tol))
    assert "Not quite" in type_answer(qtbot, panel, repr(line.value + 1.05 * tol))
    assert "Right" in type_answer(qtbot, panel, repr(line.value - 0.95 * tol).replace(".", ","))
    assert "Not quite" in type_answer(qtbot, panel, repr(line.value - 1.05 * tol).replace(".", ","))


def test_the_box_is_reached_by_keyboard(panel, qtbot):
    panel.quiz_button.setFocus()
    QTest.keyClick(panel.quiz_button, K.Key_Space)                   # a focused button: Space presses it
    assert panel.quiz.isVisible() and QApplication.focusWidget() is panel.quiz.answer
    for w in (panel.quiz.question_combo, panel.quiz.answer, panel.quiz.check_button, panel.quiz.show_button):
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_line_under_the_mouse_can_be_hidden_and_asked(panel, qtbot):
    view = panel.text_view
    doc = view.document()
    ex = panel.explanation()
    index = next(i for i, l in enumerate(ex.lines) if l.role == "delta")
    block = doc.findBlockByNumber(index)
    rect = doc.documentLayout().blockBoundingRect(block)
    pos = (rect.topLeft() + QPointF(10, rect.height() / 2)).toPoint()
    pos -= view.viewport().rect().topLeft()
    pos.setY(pos.y() - view.verticalScrollBar().value())
    line = panel.line_at(pos)
    assert line is ex.lines[index] and quiz.askable(line)
    panel._hide_and_ask(line)          # what the context menu's "Hide and ask this number" does
    assert panel.quiz.isVisible() and panel.question() == (quiz.line_key(line), False)
    assert quiz.hidden_text(line) in panel.shown_text()


# ----------------------------------------------------------------------------- the window
@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()


def press(w, key):
    """A clicker key, to whatever has the focus."""
    QTest.keyClick(QApplication.focusWidget() or w, key)


def test_a_quiz_beat_hides_the_number_until_the_next_click(window, qtbot):
    w, p = window, window.presenter
    w.load_lesson("house")
    w.network_view.setFocus()
    with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
        press(w, K.Key_F5)
    quiz_at = next(i for i, b in enumerate(script_for("house").beats, 1) if b.action == "quiz")
    while p.player.position < quiz_at:
        while p.pending_clicks():
            press(w, K.Key_PageDown)
        with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
            press(w, K.Key_Right)
        qtbot.waitUntil(lambda: not w.runner.running, timeout=TIMEOUT)
    ex = w.explainer
    key, revealed = ex.question()
    assert key is not None and key[0] == "z" and not revealed and p.pending_clicks()
    assert ex.part() == ("forward", False) and ex.isVisible() and not ex.quiz.isVisible()
    line = ex.quiz.asked_line()
    assert abs(line.value - (0.5 * 2 / 3 + 0.5 * 7 / 9)) < 1e-12
    assert "= ?" in ex.shown_text() and "0.7222" not in ex.shown_text()    # nor where a uses it: e^(−?)
    assert "e^(−?)" in ex.shown_text()
    assert "x₁ = bedrooms ÷ max = 2 ÷ 3 = 0.6667" in ex.shown_text()      # the scaling, stated
    press(w, K.Key_PageDown)                                            # the next click reveals
    assert ex.question() == (key, True) and "= 0.7222" in ex.shown_text() and not p.pending_clicks()
    assert p.player.position == quiz_at
    with qtbot.waitSignal(p.beatShown, timeout=TIMEOUT):
        press(w, K.Key_PageDown)                                        # then the next beat
    assert p.player.position == quiz_at + 1 and ex.question() == (None, False)


def test_the_lessons_exercises_are_listed_and_ask_their_number(window, qtbot):
    w = window
    w.load_lesson("house")
    ex = w.explainer
    combo = ex.quiz.exercise_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == [e["title"] for e in get_lesson("house").exercises]
    w.step_epoch()
    qtbot.waitUntil(lambda: ex.explanation() is not None, timeout=TIMEOUT)
    ex.show_quiz(True)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert ex.neuron() == (2, 0) and w.network_view.selected() == (2, 0)
    key, revealed = ex.question()
    assert key == ("new_w", None, 0) and not revealed
    assert "First press Step epoch" in ex.quiz.exercise_text.text()
    w.load_lesson("or-gate")
    assert not combo.isVisible() and combo.count() == 1


def test_a_weight_typed_as_a_fraction_is_exact(qtbot):
    from nnviz.ui.diagram import NetworkView

    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(600, 450)
    view.show()
    qtbot.waitExposed(view)
    view.set_structure([2, 1], ["a", "b"], ["y"])
    import numpy as np
    view.set_values([np.array([[0.1], [0.2]])], [np.array([0.3])], None)
    a, b = QPointF(view.node_pos(0, 0)), QPointF(view.node_pos(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=(a + (b - a) * 0.3).toPoint())
    for text, value in (("3/4", 0.75), ("-1 1/2", -1.5), ("0,25", 0.25)):
        if view.editing() is None:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=(a + (b - a) * 0.3).toPoint())
        editor = view.editor()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        with qtbot.waitSignal(view.weightEdited, timeout=1000) as blocker:
            qtbot.keyClick(editor, K.Key_Return)
        assert blocker.args[-1] == value


def test_the_explainer_with_a_question_at_1024x768(window, qtbot):
    w = window
    w.load_lesson("house")
    w.step_epoch()
    qtbot.waitUntil(lambda: w.explainer.explanation() is not None, timeout=TIMEOUT)
    w.explain_neuron(1, 0)
    ex = w.explainer
    ex.show_quiz(True)
    ask(ex, "z")
    type_answer(qtbot, ex, "0,72")
    assert "Not quite" in ex.quiz.verdict_text()
    type_answer(qtbot, ex, "0,7222")
    assert "Right" in ex.quiz.verdict_text()
    QApplication.processEvents()
    assert ex.quiz.answer.isVisible() and ex.quiz.show_button.isVisible() and ex.quiz.rule.isVisible()
    assert ex.quiz.show_button.geometry().right() <= ex.quiz.width()
    path = os.environ.get("QUIZ_SCREENSHOT")   # set it to keep a picture of the box
    if path:
        w.grab().save(path)
