"""A real window, not the offscreen platform: ``python -m nnviz`` under Xvfb with Qt's xcb plugin.

The app starts on a virtual X server as a person would start it, and a second process grabs the
X screen (what the server really shows) until the window is drawn. This is the path that aborted
with "xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin" (exit 134) on a
machine set up for offscreen Qt only (issue 13). When it cannot run, the skip says why and what
to install.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60

GRAB = r"""
import sys, time
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
deadline = time.monotonic() + float(sys.argv[2])
while True:
    image = app.primaryScreen().grabWindow(0).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    if len(colours) > 30 or time.monotonic() > deadline:
        break
    app.processEvents()
    time.sleep(0.25)
image.save(sys.argv[1])
print(len(colours), image.width(), image.height())
"""


def _xcb_missing() -> list[str]:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file() or not shutil.which("ldd"):
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the real-window test uses Xvfb, which is Linux only"
    if not shutil.which("Xvfb"):
        return "Xvfb is not installed (apt-get update && apt-get install -y --no-install-recommends xvfb xauth)"
    missing = _xcb_missing()
    if missing:
        return (f"Qt's xcb platform lacks {', '.join(missing)}; scripts/run installs them as root "
                "or prints the apt-get line that does")
    return None


@pytest.fixture
def xvfb():
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        server.kill()
        pytest.skip(f"Xvfb did not start: {server.communicate()[1].decode(errors='replace')[-200:]}")
    yield f":{number}"
    server.terminate()
    server.wait(10)


@pytest.mark.skipif(_why_not() is not None, reason=_why_not() or "")
def test_window_opens_on_a_real_x_server(xvfb, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"))
    app = subprocess.Popen([sys.executable, "-m", "nnviz", "--lesson", "circle", "--size", "1024x700"],
                           cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        shot = tmp_path / "screen.png"
        grab = subprocess.run([sys.executable, "-c", GRAB, str(shot), str(WAIT_S)], env=env,
                              capture_output=True, text=True, timeout=WAIT_S + 60)
        alive = app.poll() is None
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            _, err = app.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
    assert alive, f"nnviz ended by itself (exit {app.returncode}): {err[-600:]}"
    assert "could not load the Qt platform plugin" not in err
    assert grab.returncode == 0, grab.stderr[-600:]
    colours, width, height = (int(v) for v in grab.stdout.split())
    assert (width, height) == (1280, 800)
    assert colours > 30, f"the screen stayed blank ({colours} colours); see {shot}"
