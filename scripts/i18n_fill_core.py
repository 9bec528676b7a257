"""Fill the unfinished entries of nnviz/i18n/nnviz_core_{de,es}.ts from the tables kept here,
keyed by the English text.

The engine's catalogues hold their translations themselves (made in Qt Linguist or here); this
script only fills what ``pyside6-lupdate`` left unfinished or empty after new strings came into
nnviz/core or nnviz/cli.py, and never changes a translation the ``.ts`` file already has. Run it
between the update and the build, as often as needed::

    scripts/i18n_update
    .venv/bin/python scripts/i18n_fill_core.py
    scripts/i18n_build

A text that is unfinished and missing from the language's table is listed on stderr and stays
unfinished (exit code 1), so a new string in the code is noticed: add it to
scripts/i18n_core_de.py and scripts/i18n_core_es.py. Glossary: docs/translating.md (in the
engine's Spanish texts a sample row is "ejemplo", as in the rest of this catalogue).
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from i18n_core_de import DE
from i18n_core_es import ES

ROOT = Path(__file__).resolve().parent.parent
TABLES = {"de": DE, "es": ES}


def fill(path: Path, table: dict[str, str]) -> tuple[int, list[str]]:
    """Translate every unfinished or empty message of ``path`` found in ``table``; returns how
    many it filled and the English texts it lacks. A file with nothing to fill is not rewritten."""
    tree = ET.parse(path)
    filled, missing = 0, []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") != "unfinished" and (translation.text or "").strip():
            continue                                   # a finished translation stays as it is
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
        else:
            missing.append(source)
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled, missing


def main() -> int:
    code = 0
    for lang, table in TABLES.items():
        path = ROOT / "nnviz" / "i18n" / f"nnviz_core_{lang}.ts"
        filled, missing = fill(path, table)
        print(f"{path.name}: filled {filled}")
        for text in missing:
            print(f"{path.name}: no translation for {text!r}", file=sys.stderr)
        code = code or (1 if missing else 0)
    return code


if __name__ == "__main__":
    sys.exit(main())
