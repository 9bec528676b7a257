"""Numbers the local way: the decimal mark follows the language, and every typed number is
read with either mark."""
from __future__ import annotations

import pytest

from nnviz.core import text, tr
from nnviz.core.engine.explain import StepContext, explain_step
from nnviz.core.teaching.lessons import get_lesson


@pytest.fixture
def german():
    tr.use_language("de")
    yield
    tr.use_language("en")
    text.set_decimal_comma(None)


@pytest.mark.parametrize("typed, value", [
    ("0,05", 0.05), ("0.05", 0.05), (" 0,05 ", 0.05), ("-1,5", -1.5), ("+2", 2.0), (",5", 0.5), ("5,", 5.0),
    ("1e-3", 0.001), ("1,5e-3", 0.0015), ("1,234", 1.234), ("1234", 1234.0), ("3", 3.0),
])
def test_parse_number_reads_a_comma_or_a_point(typed, value):
    assert text.parse_number(typed) == pytest.approx(value)


@pytest.mark.parametrize("typed", ["", " ", "1,234.5", "1.234,5", "1,2,3", "1.2.3", "abc", "0x10", "nan", "inf",
                                   "1e999", "1/3", "1 000", "--1", "1e", "," , "x" * 100])
def test_parse_number_refuses_in_one_line(typed):
    with pytest.raises(ValueError) as err:
        text.parse_number(typed)
    assert "\n" not in str(err.value) and len(str(err.value)) < 200


def test_parse_number_is_the_same_in_every_language(german):
    assert text.parse_number("0,05") == text.parse_number("0.05") == 0.05


def test_formatters_write_the_decimal_comma_in_german(german):
    assert text.significant(0.14039) == "0,1404"
    assert text.fixed(0.69314) == "0,6931"
    assert text.grouped(12345.0) == "12.345"
    assert text.edge_value(0.2934) == "0,293"
    assert text.node_value(-0.001) == "0,00"
    assert text.positional(1e-05) == "0,00001"
    assert text.list_separator() == "; "
    assert text.plain_point(0.5) == "0.5"        # a class name made from a number stays as the data has it


def test_formatters_write_a_point_in_english():
    assert tr.language() == "en"
    assert text.significant(0.14039) == "0.1404" and text.grouped(12345.0) == "12,345"
    text.set_decimal_comma(True)                 # the setting alone, without a language
    try:
        assert text.significant(0.14039) == "0,1404"
    finally:
        text.set_decimal_comma(None)


def _or_gate_first_step():
    t = get_lesson("or-gate").trainer()
    record = t.step_sample()
    return explain_step(record, StepContext.from_trainer(t, "sample"), 1, 0)


def test_the_explainer_in_german_prints_0_1404(german):
    shown = _or_gate_first_step().text()
    assert "b ← b − lr·∂L/∂b = 0,3 − 0,05·0,1404 = 0,293" in shown
    assert "0.1404" not in shown
    assert "Vorwärts" in shown and "Forward" not in shown      # its words are German too


def test_the_explainer_in_english_is_unchanged():
    shown = _or_gate_first_step().text()
    assert "b ← b − lr·∂L/∂b = 0.3 − 0.05·0.1404 = 0.293" in shown and "Forward" in shown
