"""nnviz.core.text: each formatter's shown text, pinned value by value (the views, captions
and messages show exactly these strings), and the name and message helpers."""
from __future__ import annotations

import math

import pytest

from nnviz.core.text import (
    clipped, decimals, edge_value, escape_html, fixed, grouped, node_value, one_line, plain,
    positional, printable, readable, rich_text, short_exponent, significant, small_value, unsigned_zero,
)

INF, NAN = math.inf, math.nan


@pytest.mark.parametrize("formatter, cases", [
    (plain, [(3.0, "3"), (0.25, "0.25"), (1e-05, "1e-05"), (-2.0, "-2"), (1234567.0, "1234567")]),
    (fixed, [(0.69314718, "0.6931"), (-0.0, "-0.0000"), (9999.99994, "9999.9999"),
             (12345.678, "1.235e+04"), (INF, "inf")]),
    (grouped, [(5.8433, "5.84"), (999.4, "999"), (1000.0, "1,000"), (12345.6, "12,346"), (0.000123, "0.000123")]),
    (significant, [(0.3, "0.3"), (0.59868766, "0.5987"), (-0.1, "-0.1"), (0.0, "0"), (-0.0, "0"),
                   (1234567.0, "1.235e6"), (1.23456e-7, "1.235e-7"), (NAN, "nan"), (-INF, "-inf")]),
    (readable, [(3800.0, "3800"), (0.4567, "0.457"), (-1234.4, "-1234"), (2e9, "2e+09"), (12.0, "12")]),
    (positional, [(1e-05, "0.00001"), (3.0, "3"), (0.3, "0.3"), (0.001, "0.001")]),
    (decimals, [(-0.41316, "-0.4132"), (-0.00001, "0.0000"), (99999.0, "99999.0000"),
                (123456.0, "1.2346e+05"), (NAN, "nan")]),
    (node_value, [(0.4213, "0.42"), (-0.001, "0.00"), (9.995, "10"), (-12.4, "-12"), (999.5, "1e3"),
                  (6e14, "6e14"), (INF, "inf"), (-INF, "-inf"), (NAN, "nan")]),
    (edge_value, [(0.293, "0.293"), (-0.0004, "0.000"), (12.5, "12.50"), (123.45, "123.5"),
                  (2000.0, "2e3"), (-INF, "-inf")]),
    (small_value, [(-0.004, "-4e-3"), (0.00995, ""), (0.0, ""), (1e-12, "1e-12"), (NAN, "")]),
])
def test_each_formatter_shows_the_pinned_text(formatter, cases):
    assert [formatter(v) for v, _ in cases] == [text for _, text in cases]


def test_digits_places_and_specs_can_be_chosen():
    assert significant(0.73295053, 8) == "0.73295053"
    assert fixed(0.5, places=2) == "0.50" and fixed(123.0, places=2, wide_from=100) == "1.2e+02"
    assert grouped(5.84329, ".3f") == "5.843" and grouped(-2500.0, ".3f") == "-2,500"
    assert decimals(0.5, places=2) == "0.50"


def test_sign_and_exponent_helpers():
    assert unsigned_zero("-0.00") == "0.00" and unsigned_zero("-0.01") == "-0.01"
    assert short_exponent("6e+14") == "6e14" and short_exponent("-4e-03") == "-4e-3"
    assert short_exponent("0.25") == "0.25"


def test_printable_escapes_control_characters():
    assert printable("setosa") == "setosa"
    assert printable("a\nb\tc\x00") == "a\\nb\\tc\\x00"


def test_rich_text_escapes_html_and_control_characters():
    assert escape_html("a<b & c>d") == "a&lt;b &amp; c&gt;d"
    assert escape_html('say "hi"') == 'say "hi"'      # element content: quotes need no escaping
    assert rich_text("<i>a\nb</i>") == "&lt;i&gt;a\\nb&lt;/i&gt;"
    assert rich_text(3) == "3"


def test_one_line_folds_white_space_and_can_clip():
    assert one_line(ValueError("bad\n  value\tin row 3 ")) == "bad value in row 3"
    assert one_line("x" * 10, limit=5) == "xxxx…" and one_line("abc", limit=5) == "abc"
    assert clipped("abcdef", 6) == "abcdef" and clipped("abcdefg", 6) == "abcde…"
