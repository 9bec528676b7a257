"""The translation workflow: ``update`` refreshes the .ts files from the code, ``build`` compiles
them to the .qm files nnviz loads. Run through scripts/i18n_update and scripts/i18n_build.

Two catalogues per language, so the engine's words and the window's are kept apart:
``nnviz/i18n/nnviz_core_XX.ts`` (nnviz/core, the command line) and ``nnviz_ui_XX.ts``
(nnviz/ui, the workers). Qt's own tools do the work: ``pyside6-lupdate`` reads every
``self.tr("…")`` and ``translate("Context", "…")`` call, ``pyside6-lrelease`` compiles.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "nnviz" / "i18n"
LANGUAGES = {"de": "de_DE", "es": "es_ES"}      # shipped translations; English is the source
PARTS = ("core", "ui")


def sources(part: str, root: Path = ROOT) -> list[Path]:
    """The Python files whose strings go into ``part``'s catalogue."""
    pkg = root / "nnviz"
    if part == "core":
        files = sorted((pkg / "core").rglob("*.py")) + [pkg / "cli.py", pkg / "__main__.py"]
    else:
        files = sorted((pkg / "ui").rglob("*.py")) + sorted((pkg / "workers").rglob("*.py"))
    return [f for f in files if f.is_file()]


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"nnviz i18n: {name} not found (it comes with PySide6)")
    return found


def ts_path(part: str, lang: str, folder: Path = I18N) -> Path:
    return folder / f"nnviz_{part}_{lang}.ts"


def update(part: str, lang: str, ts: Path, root: Path = ROOT) -> None:
    """Refresh ``ts`` from ``part``'s sources: new strings added (unfinished), vanished ones
    dropped, existing translations kept."""
    files = [str(f) for f in sources(part, root)]
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", LANGUAGES[lang], *files, "-ts", str(ts)],
                   check=True, capture_output=True, text=True)


def build(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)


def fill(path: Path, table: dict[str, str], keep_finished: bool) -> tuple[int, list[str]]:
    """Translate the messages of ``path`` whose English text is in ``table``; returns how many
    it filled and the English texts that stay untranslated. With ``keep_finished`` a finished
    translation is never changed (the engine's catalogues, edited in Qt Linguist too); without
    it the table wins over whatever the file holds (the window's catalogues). A file with nothing
    to fill is not rewritten."""
    tree = ET.parse(path)
    root = tree.getroot()
    filled, missing = 0, []
    if root.get("language") != LANGUAGES[path.stem.rsplit("_", 1)[-1]]:
        root.set("language", LANGUAGES[path.stem.rsplit("_", 1)[-1]])
        filled += 1
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue
        finished = kind != "unfinished" and bool((translation.text or "").strip())
        if keep_finished and finished:
            continue
        if source in table:
            if translation.text != table[source] or kind is not None:
                translation.text = table[source]
                translation.attrib.pop("type", None)
                filled += 1
        elif not finished:
            missing.append(source)
    if filled:
        # quotes in text as lupdate writes them, so the next update changes no line
        body = re.sub(r">[^<]+<", lambda m: m.group(0).replace("'", "&apos;").replace('"', "&quot;"),
                      ET.tostring(root, encoding="unicode"))
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled, missing


def fill_all(part: str, tables: dict[str, dict[str, str]], keep_finished: bool) -> int:
    """Fill ``part``'s catalogue for every language in ``tables``; lists each text still lacking
    a translation on stderr and returns 1 if there is one (so a new string is noticed)."""
    code = 0
    for lang, table in tables.items():
        path = ts_path(part, lang)
        filled, missing = fill(path, table, keep_finished)
        print(f"{path.name}: filled {filled}")
        for text in missing:
            print(f"{path.name}: no translation for {text!r}", file=sys.stderr)
        code = code or (1 if missing else 0)
    return code


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["build"]):
        print("usage: i18n.py update|build", file=sys.stderr)
        return 2
    for part in PARTS:
        for lang in LANGUAGES:
            ts = ts_path(part, lang)
            if argv == ["update"]:
                update(part, lang, ts)
                print(f"updated {ts.relative_to(ROOT)}")
            elif ts.exists():
                build(ts, ts.with_suffix(".qm"))
                print(f"built {ts.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
