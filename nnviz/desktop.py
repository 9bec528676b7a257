"""The desktop launcher: ``nnviz --install-desktop`` / ``nnviz --uninstall-desktop``.

Writes ``nnviz.desktop`` to ``$XDG_DATA_HOME/applications`` and the icon (SVG and PNG sizes) to
``$XDG_DATA_HOME/icons/hicolor/…/apps`` (``XDG_DATA_HOME`` defaults to ``~/.local/share``), for
the user alone: no root needed. The entry starts this very Python with ``-m nnviz``, so it works
from a venv that is not on the desktop's PATH. ``StartupWMClass`` and the app's
``setDesktopFileName("nnviz")`` let a dock match the window to the launcher and its icon.

No Qt here: the icon files are copied as they are.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

APP_ID = "nnviz"
ICON_DIR = Path(__file__).resolve().parent / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
# Characters an Exec argument may hold unquoted (the Desktop Entry spec reserves the others).
_PLAIN = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")


def data_home(env: dict | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (the spec
    says to ignore a relative one)."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def exec_argument(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted by the spec's rules when needed (and
    its backslashes doubled again, as every string value of a desktop file is escaped)."""
    if _PLAIN.fullmatch(arg):
        return arg
    quoted = re.sub(r'(["`$\\])', r"\\\1", arg)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def desktop_entry(python: str | None = None) -> str:
    """The text of nnviz.desktop, starting ``python -m nnviz`` (this interpreter by default)."""
    command = " ".join(exec_argument(a) for a in (python or sys.executable, "-m", "nnviz"))
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=nnviz",
        "GenericName=Neural network viewer",
        "Comment=Watch a neural network learn, for teaching",
        f"Exec={command}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;ArtificialIntelligence;",
        "Keywords=neural;network;machine learning;teaching;",
        f"StartupWMClass={APP_ID}",
        "StartupNotify=true",
        "",
    ])


def targets(env: dict | None = None) -> list[tuple[Path | None, Path]]:
    """(source icon file or None for the entry, where it goes) for everything installed."""
    base = data_home(env)
    hicolor = base / "icons" / "hicolor"
    found = [(None, base / "applications" / f"{APP_ID}.desktop"),
             (ICON_DIR / f"{APP_ID}.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")]
    for size in ICON_SIZES:
        found.append((ICON_DIR / f"{APP_ID}-{size}.png", hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    return found


def install(env: dict | None = None, python: str | None = None) -> list[Path]:
    """Write the launcher and the icons; returns the paths written. Raises OSError."""
    written = []
    for source, target in targets(env):
        target.parent.mkdir(parents=True, exist_ok=True)
        data = desktop_entry(python).encode("utf-8") if source is None else source.read_bytes()
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        written.append(target)
    return written


def uninstall(env: dict | None = None) -> list[Path]:
    """Remove the launcher and the icons that :func:`install` writes; returns those removed."""
    removed = []
    for _, target in targets(env):
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed


def main(action: str) -> int:
    """``install`` or ``uninstall``, with one line of outcome (exit 0) or of failure (exit 1)."""
    try:
        if action == "install":
            paths = install()
            print(f"nnviz: installed the launcher {paths[0]} and its icon under "
                  f"{data_home() / 'icons' / 'hicolor'}; it starts {sys.executable} -m nnviz")
        else:
            paths = uninstall()
            print(f"nnviz: removed {len(paths)} files (the launcher and its icons)" if paths
                  else "nnviz: no launcher was installed")
    except OSError as err:
        print(f"nnviz: could not {action} the launcher: {err.strerror or err} "
              f"({err.filename or data_home()})", file=sys.stderr)
        return 1
    return 0
