"""The translation workflow: ``update`` refreshes the .ts files from the code, ``build`` compiles
them to the .qm files nnviz loads. Run through scripts/i18n_update and scripts/i18n_build.

Two catalogues per language, so the engine's words and the window's are kept apart:
``nnviz/i18n/nnviz_core_XX.ts`` (nnviz/core, the command line) and ``nnviz_ui_XX.ts``
(nnviz/ui, the workers). Qt's own tools do the work: ``pyside6-lupdate`` reads every
``self.tr("…")`` and ``translate("Context", "…")`` call, ``pyside6-lrelease`` compiles.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
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
