"""Hostile CSV files for the fuzz tests, generated from a seed (nothing is stored on disk).

:func:`make_cases(seed, n)` returns ``n`` :class:`Hostile` files of the kinds users produced in
the field: huge cells and names, lone CRs, unclosed quotes, no newline at all, very wide rows,
values near 1e300, names with control characters, percentages, thousands separators, dates,
currency, hex, blank-line prefixes, mostly-empty features, UTF-16/32, spreadsheets, ragged rows,
binary junk, and random mutations of a good table. Each has the target to ask for.
"""
from __future__ import annotations

import codecs
import random
from dataclasses import dataclass, field


@dataclass
class Hostile:
    kind: str
    data: bytes
    target: str
    options: dict = field(default_factory=dict)  # prepare options (CLI: --split etc.)
    suffix: str = ".csv"


def _table(rng: random.Random, rows: int = 40, cols: int = 3, sep: str = ",", nl: str = "\n",
           names: list[str] | None = None, cell=None) -> tuple[str, str]:
    names = names or [f"x{i}" for i in range(cols)] + ["label"]
    lines = [sep.join(names)]
    for r in range(rows):
        values = [cell(r, c) if cell else f"{rng.uniform(-5, 5):.3f}" for c in range(len(names) - 1)]
        lines.append(sep.join(values + [rng.choice(["yes", "no"])]))
    return nl.join(lines) + nl, names[-1]


def _good(rng: random.Random) -> tuple[str, str]:
    return _table(rng, rows=rng.randint(8, 60), cols=rng.randint(1, 4))


def _kinds():
    """(kind, maker(rng) -> Hostile)."""

    def big_cell(rng):
        text, t = _good(rng)
        lines = text.split("\n")
        i = rng.randint(1, len(lines) - 2)
        cells = lines[i].split(",")
        cells[0] = "9" * rng.choice([140_000, 200_000])
        lines[i] = ",".join(cells)
        return Hostile("cell over 128 KB", "\n".join(lines).encode(), t)

    def big_name(rng):
        text, t = _good(rng)
        long = rng.choice("abcxyz") * rng.choice([70_000, 140_000])
        return Hostile("long column name", (long + "," + text.split(",", 1)[1]).encode(), t)

    def lone_cr(rng):
        text, t = _good(rng)
        lines = text.split("\n")
        i = rng.randint(1, len(lines) - 2)
        lines[i] = lines[i] + "\r" + lines[i + 1]
        del lines[i + 1]
        return Hostile("lone CR in an LF file", "\n".join(lines).encode(), t)

    def unclosed_quote(rng):
        text, t = _table(rng, rows=rng.choice([50, 5_000]), cols=3)
        lines = text.split("\n")
        i = rng.randint(1, len(lines) - 2)
        lines[i] = lines[i].replace(",", ',"', 1)
        return Hostile("unclosed quote", "\n".join(lines).encode(), t)

    def no_newline(rng):
        n = rng.choice([1_000, 100_000, 700_000])
        data = ",".join(f"{rng.random():.5f}" for _ in range(n)).encode()
        return Hostile("one line, no newline", data, "column_1")

    def wide(rng):
        cols = rng.choice([1_200, 5_000, 60_000])
        names = [f"c{i}" for i in range(cols)] + ["label"]
        lines = [",".join(names)] + [",".join(["1"] * cols + ["a" if r % 2 else "b"]) for r in range(3)]
        return Hostile(f"{cols} columns", ("\n".join(lines) + "\n").encode(), "label")

    def wide_ok(rng):
        cols = rng.choice([50, 300])
        text, t = _table(rng, rows=30, cols=cols, cell=lambda r, c: str((r * 7 + c) % 11))
        return Hostile(f"{cols} columns (fine)", text.encode(), t)

    def huge_values(rng):
        big = rng.choice([1e300, 1.7e308, 1e200, 1e120, 1e90])
        text, t = _table(rng, rows=40, cols=2, cell=lambda r, c: f"{rng.uniform(-1, 1) * big:.6g}")
        return Hostile("values near 1e300", text.encode(), t, {"scaling": rng.choice(["standard", "minmax", "max", "none"])})

    def huge_target(rng):
        big = rng.choice([1e300, 1e250])
        lines = ["a,b,y"] + [f"{rng.random():.3f},{rng.random():.3f},{rng.uniform(-1, 1) * big:.6g}" for _ in range(40)]
        return Hostile("regression target near 1e300", ("\n".join(lines) + "\n").encode(), "y")

    def control_names(rng):
        bad = rng.choice(["a\nb", "x\ty", "ctl\x01", "line\rbreak", "q\u2028"])
        names = ['"' + bad + '"', "x1", "label"]
        lines = [",".join(names)]
        for r in range(30):
            lines.append(f"{rng.random():.3f},{rng.random():.3f},\"{rng.choice(['yes', 'no', 'm' + chr(10) + 'n'])}\"")
        return Hostile("names with control characters", ("\n".join(lines) + "\n").encode(), "label")

    def number_like(rng):
        fmt = rng.choice([
            lambda v: f"{v:.0f}%", lambda v: f"{v * 1000:,.0f}", lambda v: f"2024-0{1 + int(v) % 9}-1{int(v) % 9}",
            lambda v: f"${v:.2f}", lambda v: f"{v:.2f} €", lambda v: hex(int(v * 1000)),
        ])
        lines = ["rate,label"] + [f"\"{fmt(rng.uniform(1, 99))}\",{rng.choice(['yes', 'no'])}" for _ in range(40)]
        return Hostile("percent/thousands/date/currency/hex", ("\n".join(lines) + "\n").encode(), "label")

    def blank_prefix(rng):
        text, t = _good(rng)
        return Hostile("blank-line prefix", (b"\n" * rng.choice([10, 70_000]) + text.encode()), t)

    def mostly_empty(rng):
        lines = ["a,b,label"] + [f"{'' if r % 10 else rng.random():},{rng.random():.3f},{'yes' if r % 2 else 'no'}"
                                 for r in range(40)]
        return Hostile("mostly-empty feature", ("\n".join(lines) + "\n").encode(), "label")

    def utf_wide(rng):
        text, t = _good(rng)
        enc = rng.choice(["utf-32", "utf-16", "utf-16-le", "utf-32-be"])
        return Hostile(f"{enc}", text.encode(enc), t)

    def xlsx(rng):
        data = b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(2000))
        return Hostile("xlsx workbook", data, "label", suffix=rng.choice([".xlsx", ".csv"]))

    def ragged(rng):
        text, t = _good(rng)
        lines = text.split("\n")
        i = rng.randint(1, len(lines) - 2)
        lines[i] += ",extra" * rng.randint(1, 3) if rng.random() < 0.5 else ""
        if rng.random() < 0.5:
            lines[i] = lines[i].split(",", 1)[0]
        return Hostile("ragged row", "\n".join(lines).encode(), t)

    def binary(rng):
        return Hostile("random bytes", bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000))), "label")

    def split_silly(rng):
        text, t = _good(rng)
        split = rng.choice([(1e-300, 1, 1), (0.000001, 100, 0), (1, 1e-9, 1), (50, 0, 50)])
        return Hostile("tiny split share", text.encode(), t, {"split": split})

    def mutated(rng):
        text, t = _good(rng)
        data = bytearray(text.encode())
        for _ in range(rng.randint(1, 30)):
            op = rng.random()
            pos = rng.randrange(len(data))
            if op < 0.4:
                data[pos] = rng.choice(b',;\t|"\r\n\x00 abc9.-eE%$')
            elif op < 0.7:
                del data[pos]
            else:
                data.insert(pos, rng.choice(b',;\t|"\r\n abc9.-'))
        return Hostile("random mutation", bytes(data), t)

    def crlf_mix(rng):
        text, t = _good(rng)
        lines = text.split("\n")
        data = "".join(line + rng.choice(["\n", "\r\n", "\r"]) for line in lines if line)
        return Hostile("mixed line endings", data.encode(), t)

    def bom_utf8(rng):
        text, t = _good(rng)
        return Hostile("UTF-8 BOM", codecs.BOM_UTF8 + text.encode(), t)

    return [big_cell, big_name, lone_cr, unclosed_quote, no_newline, wide, wide_ok, huge_values,
            huge_target, control_names, number_like, blank_prefix, mostly_empty, utf_wide, xlsx,
            ragged, binary, split_silly, mutated, mutated, mutated, crlf_mix, bom_utf8]


def make_cases(seed: int, n: int) -> list[Hostile]:
    rng = random.Random(seed)
    kinds = _kinds()
    return [kinds[i % len(kinds)](rng) for i in range(n)]
