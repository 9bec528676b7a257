"""The explainer panel on a 64-input neuron (the digits lesson): the largest terms listed with
the rest summed, a "Show all terms" button that lists all 64, and every shown number the
record's. Clicks are real mouse clicks on the button."""
from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import Qt

from nnviz.core.engine.explain import TOP_TERMS, StepContext
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.text import significant
from nnviz.ui.explainer import ExplainerPanel

NUMBER = re.compile(r"-?inf|nan|-?\d+(?:\.\d+)?(?:e-?\d+)?")


@pytest.fixture
def panel(qtbot):
    p = ExplainerPanel()
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture(scope="module")
def digits():
    t = get_lesson("digits").trainer()
    record = t.step_sample()
    return t, record, StepContext.from_trainer(t, "sample")


def show(panel, qtbot, record, ctx, layer, index):
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_step(record, ctx)
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_neuron(layer, index)


def term_lines(panel) -> list[str]:
    return [t.strip() for t in panel.shown_text().splitlines() if re.match(r"\s*w[₀-₉]+·x[₀-₉]+ = ", t)]


def click(qtbot, panel, button):
    with qtbot.waitSignal(panel.explanationChanged):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_hidden_neuron_shows_its_largest_terms_and_the_rest_as_recorded(panel, qtbot, digits):
    t, record, ctx = digits
    j = 4
    show(panel, qtbot, record, ctx, 1, j)
    text = panel.shown_text()
    x, w = record.trace.activations[0][0], record.weights_before[0][:, j]
    lines = term_lines(panel)
    assert len(lines) == TOP_TERMS
    shown = []
    for line in lines:
        i = int(line[1:line.index("·")].translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789"))) - 1
        shown.append(i)
        assert line == f"w{line[1:line.index('·')]}·x{line[1:line.index('·')]} = " \
                       f"{significant(w[i])}·{significant(x[i]) if x[i] >= 0 else '(' + significant(x[i]) + ')'} " \
                       f"= {significant(w[i] * x[i])}"
    rest = [i for i in range(64) if i not in shown and x[i] != 0]
    zeros = int((x == 0).sum())
    assert f"the other {len(rest)} terms, summed = {significant(math.fsum(w[i] * x[i] for i in rest))}" in text
    assert f"{zeros} terms with x = 0: each is 0" in text
    z_line = next(s for s in text.splitlines() if s.startswith("z = (the"))
    assert z_line.endswith(f"= {significant(record.trace.zs[0][0, j])}")
    assert panel.all_terms_button.isVisible() and not panel.all_terms_button.isChecked()


def test_show_all_terms_lists_all_64_and_back(panel, qtbot, digits):
    t, record, ctx = digits
    show(panel, qtbot, record, ctx, 1, 0)
    short = panel.shown_text()
    click(qtbot, panel, panel.all_terms_button)
    assert panel.all_terms() and panel.all_terms_button.isChecked()
    lines = term_lines(panel)
    x, w = record.trace.activations[0][0], record.weights_before[0][:, 0]
    assert len(lines) == 64
    for i, line in enumerate(lines):
        assert line.endswith(f"= {significant(w[i] * x[i])}"), line
    assert "the 64 terms above" in panel.shown_text()
    assert panel.shown_text().count("∂L/∂w") >= 64
    # the setting stays for the next neuron, and a second click brings the short form back
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_neuron(1, 1)
    assert len(term_lines(panel)) == 64
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_neuron(1, 0)
    click(qtbot, panel, panel.all_terms_button)
    assert not panel.all_terms() and panel.shown_text() == short


def test_the_button_is_only_there_for_long_sums(panel, qtbot, digits):
    t = get_lesson("or-gate").trainer()
    show(panel, qtbot, t.step_sample(), StepContext.from_trainer(t, "sample"), 1, 0)
    assert not panel.all_terms_button.isVisible()
    _, record, ctx = digits
    show(panel, qtbot, record, ctx, 1, 0)
    assert panel.all_terms_button.isVisible()
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_part("forward")            # a page for the room: no buttons
    assert not panel.all_terms_button.isVisible()
    with qtbot.waitSignal(panel.explanationChanged):
        panel.set_part(None)
    assert panel.all_terms_button.isVisible()
