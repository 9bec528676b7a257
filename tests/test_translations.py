"""The translation workflow: every .ts file is up to date with the code (pyside6-lupdate run
again into a copy finds no new source text), a shipped language has no unfinished entry, the
.qm files are compiled from the current .ts files, and {placeholders} survive translation."""
from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnviz.core.tr import read_qm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402  (scripts/i18n.py: the workflow under test)

TS_FILES = sorted((ROOT / "nnviz" / "i18n").glob("nnviz_*_*.ts"))
SHIPPED = ("de", "es")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def _part_lang(ts: Path) -> tuple[str, str]:
    _, part, lang = ts.stem.split("_")
    return part, lang


def test_the_core_catalogues_are_there():
    names = {p.name for p in TS_FILES}
    assert {"nnviz_core_de.ts", "nnviz_core_es.ts"} <= names


def _lupdate_available() -> bool:
    try:
        i18n.tool("pyside6-lupdate")
    except SystemExit:
        return False
    return True


@pytest.mark.skipif(not _lupdate_available(), reason="pyside6-lupdate comes with PySide6")
@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_each_ts_file_is_up_to_date_with_the_code(ts, tmp_path):
    part, lang = _part_lang(ts)
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    i18n.update(part, lang, copy)
    now, before = set(_messages(copy)), set(_messages(ts))
    assert sorted(now - before) == [], f"new strings in the code: run scripts/i18n_update, then translate"
    assert sorted(before - now) == [], f"strings gone from the code: run scripts/i18n_update"


@pytest.mark.parametrize("ts", [p for p in TS_FILES if _part_lang(p)[1] in SHIPPED], ids=lambda p: p.name)
def test_a_shipped_language_has_no_unfinished_entry_and_keeps_every_placeholder(ts):
    unfinished, broken = [], []
    for (context, source), translation in _messages(ts).items():
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            unfinished.append((context, source))
        elif sorted(re.findall(r"\{\d*\}", text)) != sorted(re.findall(r"\{\d*\}", source)):
            broken.append((context, source, text))
    assert unfinished == []
    assert broken == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_qm_file_is_compiled_from_the_ts_file(ts):
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), "run scripts/i18n_build"
    table = read_qm(qm.read_bytes())
    expected = {key: t.text for key, t in _messages(ts).items() if t.text and t.get("type") != "unfinished"}
    assert table == expected, "run scripts/i18n_build"


def test_read_qm_refuses_what_is_not_a_qm_file():
    good = (ROOT / "nnviz" / "i18n" / "nnviz_core_de.qm").read_bytes()
    assert read_qm(good)[("Explain", "Forward")] == "Vorwärts"
    assert read_qm(b"") == {} and read_qm(b"not a qm file") == {}
    for cut in (17, 40, len(good) // 2):
        read_qm(good[:cut])                   # a cut file: no exception, some or no entries
    assert read_qm(good[:16] + b"\x69\xff\xff\xff\xff") == {}
