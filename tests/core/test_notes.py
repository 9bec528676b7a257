"""A table's notes are kept as data and written out in the language of the moment: every note a
CSV brings is marked for translation (its source is in the shipped catalogue), German writes its
numbers with a decimal comma and a thousands point, and a session file keeps the English text
whatever the language was."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from nnviz.core import tr
from nnviz.core.app.session import Session
from nnviz.core.app.session_file import MANIFEST
from nnviz.core.data.csvdata import load_csv, read_table
from nnviz.core.text import READ, ROUTINE, Counts, Note, Num, note_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "csv"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture
def german():
    tr.use_language("de")
    yield
    tr.use_language("en")


def _catalogue(lang: str = "de") -> set[tuple[str, str]]:
    root = ET.parse(ROOT / "nnviz" / "i18n" / f"nnviz_core_{lang}.ts").getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


def _all_notes(value) -> list[Note]:
    """``value`` and every note inside it (a hint inside "Column 'x' is read as text: …")."""
    if isinstance(value, Note):
        return [value] + [n for a in value.args for n in _all_notes(a)]
    if isinstance(value, tuple):
        return [n for v in value for n in _all_notes(v)]
    return []


def test_every_note_of_the_corpus_is_marked_for_translation():
    known = _catalogue()
    made, plain = [], []
    for case in CASES:
        if not case["file"].startswith("good/"):
            continue
        problem = load_csv(CORPUS / case["file"], case["target"], **case["kwargs"])
        for n in problem.notes:
            (made if isinstance(n, Note) else plain).append(n)
    table = read_table(CORPUS / "good" / "junk_in_numbers.csv")
    made += list(table.hints.values())
    assert plain == []                                        # no note is a fixed English string
    notes = [n for top in made for n in _all_notes(top)]
    assert len({n.source for n in notes}) > 15
    missing = sorted({(n.context, n.source) for n in notes} - known)
    assert missing == [], "run scripts/i18n_update, then translate"


def test_a_note_is_written_in_the_language_of_the_moment(german):
    n = Note("Csv", "Dropped {0} of {1} rows with missing values ({2}).", (12, 1500, Counts((("b", 12),))))
    big = Note("Csv", "Inputs as large as {0} are not scaled; training may diverge (choose a scaling such as standard).",
               (Num(2.5e7, ".3g"),))
    assert str(n) == "12 von 1.500 Zeilen mit fehlenden Werten entfernt (b: 12)."
    assert f"{big}".startswith("Eingaben bis 2,5e+07 sind nicht skaliert")
    assert n.english() == "Dropped 12 of 1,500 rows with missing values (b: 12)."     # a file's text
    tr.use_language("en")
    assert str(n) == n.english() and note_text(n) == n.english()
    assert note_text("a lesson's own note") == "a lesson's own note"


def test_names_stay_as_they_are_and_a_split_has_decimal_commas(german):
    split = Note("Csv", "Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).",
                 (Num((100 / 3, 100 / 3, 100 / 3), ".3g"), 1000, 1000, 1000, "12345"), ROUTINE)
    assert str(split) == "Aufteilung 33,3/33,3/33,3: 1.000 Trainings-, 1.000 Validierungs-, 1.000 Testzeilen (Seed 12345)."
    name = Note("Csv", "Read column '{0}' with decimal commas.", ("price.eur,net",))
    assert str(name) == "Spalte 'price.eur,net' mit Dezimalkomma gelesen."


def test_the_kind_of_a_note_says_which_are_routine():
    p = load_csv(CORPUS / "good" / "missing_values.csv", "y")
    kinds = {n.english().split(" ")[0]: n.kind for n in p.notes}
    assert kinds["Read"] == READ and kinds["Split"] == ROUTINE and kinds["Inputs"] == ROUTINE
    assert kinds["Dropped"] == ""


def test_a_session_file_keeps_the_notes_in_english(tmp_path, german):
    s = Session()
    s.load_lesson("iris")
    assert any("Aufteilung 75/10/15" in str(n) for n in s.problem.notes)
    s.save(tmp_path / "iris.nnviz")
    with zipfile.ZipFile(tmp_path / "iris.nnviz") as z:
        saved = json.loads(z.read(MANIFEST))["problem"]["notes"]
    assert any(n.startswith("Split 75/10/15: ") for n in saved)
    assert not any(n.startswith("Aufteilung 75/10/15: ") for n in saved)   # the lesson's own German note aside


def test_a_lessons_notes_follow_the_language_even_when_its_lists_differ(german):
    from dataclasses import replace

    from nnviz.core.teaching.lessons import get_lesson
    lesson = replace(get_lesson("or-gate"), notes=("One.", "Two."), translations={"de": {"notes": ("Eins.",)}})
    notes = lesson.language_notes()
    assert [str(n) for n in notes] == ["Eins.", ""]          # German gives one note: the second is not shown
    tr.use_language("es")
    assert [str(n) for n in notes] == ["One.", "Two."]       # no Spanish notes: the file's own
    assert [note_text(n, english=True) for n in notes] == ["One.", "Two."]


def test_refusals_and_kinds_of_file_are_in_the_language_of_the_moment(tmp_path, german):
    from nnviz.core.data.problem import DataError
    one = tmp_path / "one.csv"
    one.write_text("a,y\n1,x\n2,x\n3,x\n4,x\n")
    with pytest.raises(DataError, match=r"one.csv: das Ziel 'y' hat nur eine Klasse \('x'\); ein Klassifikator"):
        load_csv(one, "y")
    png = tmp_path / "picture.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(DataError, match="ein PNG-Bild"):
        read_table(png)
    short = tmp_path / "short.csv"
    short.write_text("a,b\n1,2\n")
    with pytest.raises(DataError, match=r"short.csv: es gibt nur 1 Zeile; eine Aufteilung 75/10/15 braucht mindestens"):
        load_csv(short, "b", target_kind="regression")
