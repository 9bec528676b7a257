"""Fill nnviz/i18n/nnviz_ui_{de,es}.ts from the translations kept here, keyed by the English text.

Run after ``pyside6-lupdate`` has extracted the UI's strings (``scripts/i18n_update`` does it
for every catalogue; it keeps the translations a file already has, so all of this is safe to run
again); then ``pyside6-lrelease`` (``scripts/i18n_build``) compiles the ``.qm`` files::

    .venv/bin/pyside6-lupdate -no-obsolete -locations none $(find nnviz/ui nnviz/workers -name '*.py') \
        -ts nnviz/i18n/nnviz_ui_de.ts nnviz/i18n/nnviz_ui_es.ts
    .venv/bin/python scripts/i18n_fill_ui.py
    .venv/bin/pyside6-lrelease nnviz/i18n/nnviz_ui_de.ts nnviz/i18n/nnviz_ui_es.ts

Every message whose English text is in the language's table gets that translation, marked
finished; a text missing from the table is listed on stderr and stays unfinished (exit code 1),
so a new string in the code is noticed. Qt Linguist can edit the ``.ts`` files as well; an entry
here wins over a translation made there, so move such work into these tables.

Glossary (docs/translating.md has the full one): German Epoche, Lernrate, Verlust, Schicht,
Gewicht, Bias, Aktivierung, a sample row "Beispiel" (or "Zeile" for a table row), a
presentation beat "Folie"; Spanish época, tasa de aprendizaje, pérdida, capa, peso, sesgo,
activación, muestra, a beat "diapositiva", a batch "lote".
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from i18n_ui_de import DE
from i18n_ui_es import ES

ROOT = Path(__file__).resolve().parent.parent
TABLES = {"de": DE, "es": ES}
LANGUAGE_TAGS = {"de": "de_DE", "es": "es_ES"}


def fill(path: Path, table: dict[str, str]) -> list[str]:
    """Set every message's translation from ``table``; returns the English texts it lacks."""
    tree = ET.parse(path)
    tree.getroot().set("language", LANGUAGE_TAGS[path.stem.rsplit("_", 1)[-1]])
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif not (translation.text or "").strip():
            missing.append(source)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    code = 0
    for lang, table in TABLES.items():
        path = ROOT / "nnviz" / "i18n" / f"nnviz_ui_{lang}.ts"
        missing = fill(path, table)
        for text in missing:
            print(f"{path.name}: no translation for {text!r}", file=sys.stderr)
        code = code or (1 if missing else 0)
    return code


if __name__ == "__main__":
    sys.exit(main())
