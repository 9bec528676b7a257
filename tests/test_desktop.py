"""The desktop launcher and the icon: ``nnviz --install-desktop`` writes a valid entry and the
icons for the user alone (into a temporary home here), ``--uninstall-desktop`` removes them, the
command needs no Qt, and the app and its window carry the icon and the id ``nnviz``."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nnviz import desktop

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120


def nnviz(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True,
                          timeout=TIMEOUT, cwd=ROOT, env=env)


def home_env(tmp_path: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("XDG_DATA_HOME", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path / "home"), **extra)
    return env


def test_install_and_uninstall_under_xdg_data_home(tmp_path):
    data = tmp_path / "xdg"
    env = home_env(tmp_path, XDG_DATA_HOME=str(data))
    r = nnviz("--install-desktop", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines() == [r.stdout.strip()] and r.stderr == ""
    entry = data / "applications" / "nnviz.desktop"
    assert entry.is_file()
    icons = data / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "nnviz.svg").is_file()
    for size in desktop.ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / "nnviz.png").is_file()
    assert not (tmp_path / "home").exists()   # XDG_DATA_HOME is where it all goes
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m nnviz" in text.splitlines() or '"' in text
    assert "Icon=nnviz" in text and "StartupWMClass=nnviz" in text

    r = nnviz("--uninstall-desktop", env=env)
    assert r.returncode == 0 and r.stderr == ""
    assert not entry.exists() and not any(p.is_file() for p in icons.rglob("*"))
    r = nnviz("--uninstall-desktop", env=env)
    assert (r.returncode, r.stdout.strip()) == (0, "nnviz: no launcher was installed")


@pytest.mark.parametrize("xdg", [None, "", "relative/path"])
def test_without_a_usable_xdg_data_home_it_goes_to_local_share(tmp_path, xdg):
    env = home_env(tmp_path) if xdg is None else home_env(tmp_path, XDG_DATA_HOME=xdg)
    assert desktop.data_home(env) == tmp_path / "home" / ".local" / "share"
    written = desktop.install(env)
    assert written[0] == tmp_path / "home" / ".local" / "share" / "applications" / "nnviz.desktop"
    assert all(p.is_file() for p in written)


def test_the_entry_is_valid(tmp_path):
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    env = home_env(tmp_path, XDG_DATA_HOME=str(tmp_path / "xdg"))
    desktop.install(env, python="/opt/my python/bin/python3")   # a path that needs quoting
    entry = tmp_path / "xdg" / "applications" / "nnviz.desktop"
    r = subprocess.run([validate, str(entry)], capture_output=True, text=True, timeout=TIMEOUT)
    assert (r.returncode, r.stdout + r.stderr) == (0, "")


def test_exec_quotes_what_the_spec_reserves():
    assert desktop.exec_argument("/usr/bin/python3") == "/usr/bin/python3"
    assert desktop.exec_argument("/opt/my python/python") == '"/opt/my python/python"'
    assert desktop.exec_argument('/a"b$c') == '"/a\\\\"b\\\\$c"'


def test_a_failure_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")   # a file where the data folder should be: nothing can be written
    env = home_env(tmp_path, XDG_DATA_HOME=str(blocker))
    r = nnviz("--install-desktop", env=env)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.startswith("nnviz: could not install the launcher")


def test_command_line_tools_never_load_qt(tmp_path):
    """A PySide6 that cannot load stands in for a machine without Qt's system libraries: the
    commands that need no window still work."""
    fake = tmp_path / "noqt" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('libEGL.so.1: cannot open shared object file')\n")
    env = home_env(tmp_path, XDG_DATA_HOME=str(tmp_path / "xdg"), PYTHONPATH=f"{fake.parent}{os.pathsep}{ROOT}")
    for args in (["--version"], ["lessons"], ["train", "--lesson", "or-gate", "--epochs", "2"],
                 ["--install-desktop"], ["--uninstall-desktop"], ["--help"]):
        r = nnviz(*args, env=env)
        assert r.returncode == 0 and "Traceback" not in r.stderr, (args, r.stderr)
    r = nnviz("--lesson", "iris", "--screenshot", str(tmp_path / "x.png"), env=env)
    assert r.returncode != 0   # the window does need Qt: the stand-in is really in the way


def test_the_png_icons_are_the_svg_rendered():
    """The committed PNGs match the SVG (scripts/make_icons.py renders them): a changed drawing
    without new PNGs fails here."""
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_icons import render
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841
    for size in desktop.ICON_SIZES:
        png = QImage(str(desktop.ICON_DIR / f"nnviz-{size}.png"))
        assert (png.width(), png.height()) == (size, size)
        fresh = render(desktop.ICON_DIR / "nnviz.svg", size).convertToFormat(png.format())
        diff = sum(abs(((png.pixel(x, y) >> s) & 255) - ((fresh.pixel(x, y) >> s) & 255))
                   for x in range(size) for y in range(size) for s in (0, 8, 16, 24))
        assert diff / (size * size * 4) < 2.0, size


def test_the_app_and_window_carry_the_icon_and_the_id_nnviz(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from nnviz.ui.app import app_icon, make_app
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    assert QGuiApplication.desktopFileName() == "nnviz"
    assert app.applicationName() == "nnviz"
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(desktop.ICON_SIZES) <= sizes
    w = MainWindow("circle", settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert not w.windowIcon().isNull()


def test_started_as_python_m_nnviz_the_window_class_is_nnviz(tmp_path):
    """X11 takes the window's class (WM_CLASS) from argv[0] and the application name; started
    with ``python -m nnviz``, argv[0] would be __main__.py."""
    probe = ("import sys; sys.argv[0] = '/x/nnviz/__main__.py'\n"
             "from nnviz.ui.app import make_app\n"
             "app = make_app()\n"
             "print(app.arguments()[0], app.applicationName(), app.desktopFileName())\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=TIMEOUT, cwd=ROOT,
                       env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["nnviz", "nnviz", "nnviz"]


def _x_tools_missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "X11 only"
    missing = [t for t in ("Xvfb", "xwininfo", "xprop") if not shutil.which(t)]
    if missing:
        return f"{', '.join(missing)} not installed (apt-get install xvfb xauth x11-utils)"
    return None


@pytest.mark.skipif(_x_tools_missing() is not None, reason=_x_tools_missing() or "")
def test_on_a_real_x_server_the_window_class_is_nnviz_and_it_has_the_icon(tmp_path):
    """``python -m nnviz`` on Xvfb: the window's WM_CLASS is ("nnviz", "nnviz"), which a dock
    matches to nnviz.desktop's StartupWMClass, and the window carries its icon (_NET_WM_ICON)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        display = f":{fh.readline().strip()}"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"))
    app = subprocess.Popen([sys.executable, "-m", "nnviz", "--lesson", "circle", "--size", "800x600"],
                           cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found = None
    try:
        deadline = time.monotonic() + 60
        while found is None and app.poll() is None and time.monotonic() < deadline:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env,
                                  timeout=30).stdout
            found = next((line.split()[0] for line in tree.splitlines() if '("nnviz" "nnviz")' in line), None)
            if found is None:
                time.sleep(0.25)   # another process's window: there is no signal to wait on
        props = subprocess.run(["xprop", "-id", found, "WM_CLASS", "_NET_WM_ICON"], capture_output=True,
                               text=True, env=env, timeout=30).stdout if found else ""
    finally:
        app.terminate()
        try:
            _, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
        server.terminate()
        server.wait(10)
    if found is None and "xcb" in err:
        pytest.skip(f"Qt's xcb platform cannot start here: {err.strip()[-200:]}")
    assert found, f"no window of class nnviz appeared: {err[-600:]}"
    assert 'WM_CLASS(STRING) = "nnviz", "nnviz"' in props
    assert "_NET_WM_ICON(CARDINAL)" in props and "not found" not in props.split("_NET_WM_ICON")[1][:40]
