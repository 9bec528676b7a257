"""scripts/_setup.sh: what it tells a person works on a fresh machine, and it is quiet unless
something fails (issue 13). The functions run in bash with fake ldd, id and apt-get on PATH."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETUP = ROOT / "scripts" / "_setup.sh"

pytestmark = pytest.mark.skipif(not shutil.which("bash") or sys.platform == "win32", reason="needs bash")


def bash(tmp_path: Path, script: str, *, uid: int = 1000, ldd_missing: str = "", apt_fails: bool = False):
    """Run ``script`` after loading _setup.sh's functions, with fake tools first on PATH."""
    fake = tmp_path / "bin"
    fake.mkdir(exist_ok=True)
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    lines = "".join(f'echo "\t{so} => not found"\n' for so in ldd_missing.split())
    (fake / "ldd").write_text(f"#!/bin/sh\necho '\tlibc.so.6 => /lib/libc.so.6'\n{lines}")
    (fake / "apt-get").write_text(
        "#!/bin/sh\necho 'debconf: delaying package configuration, since apt-utils is not installed' >&2\n"
        f"echo \"apt-get $*\" >> {tmp_path / 'apt.log'}\n"
        + ("echo 'E: Unable to locate package' >&2; exit 100\n" if apt_fails else "exit 0\n"))
    for tool in fake.iterdir():
        tool.chmod(0o755)
    root = tmp_path / "repo"
    plugin = root / ".venv" / "lib" / "python3.11" / "site-packages" / "PySide6" / "Qt" / "plugins" / "platforms"
    plugin.mkdir(parents=True, exist_ok=True)
    (plugin / "libqxcb.so").write_bytes(b"")
    env = dict(os.environ, PATH=f"{fake}:{os.environ['PATH']}", NNVIZ_SETUP_FUNCTIONS_ONLY="1")
    full = f'source "{SETUP}"; NNVIZ_ROOT="{root}"; {script}'
    return subprocess.run(["bash", "-c", full], capture_output=True, text=True, env=env, timeout=60)


def test_ordinary_user_is_told_the_full_apt_line_for_a_window(tmp_path):
    r = bash(tmp_path, "nnviz_xcb_setup required; echo unreachable",
             ldd_missing="libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4")
    assert r.returncode == 1 and "unreachable" not in r.stdout
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.strip().endswith(
        "run: sudo apt-get update && sudo apt-get install -y --no-install-recommends "
        "libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0")


def test_tests_and_screenshots_go_on_quietly_without_them(tmp_path):
    r = bash(tmp_path, "nnviz_xcb_setup; echo went-on", ldd_missing="libxcb-cursor.so.0")
    assert r.returncode == 0 and "went-on" in r.stdout and r.stderr == ""


def test_root_installs_quietly_and_remembers_success(tmp_path):
    r = bash(tmp_path, "nnviz_xcb_setup required", uid=0, ldd_missing="libxcb-keysyms.so.1")
    assert r.returncode == 0
    assert "debconf" not in r.stderr  # apt's chatter stays in its log
    assert r.stderr.strip() == "nnviz setup: installing Qt's libraries for a real window (missing: libxcb-keysyms.so.1)"
    log = (tmp_path / "apt.log").read_text().splitlines()
    assert log == ["apt-get update -qq", "apt-get install -y -qq --no-install-recommends libxcb-keysyms1"]
    again = bash(tmp_path, "nnviz_xcb_setup required; echo done", uid=0)  # ldd finds all now
    assert again.returncode == 0 and again.stderr == ""
    assert (tmp_path / "repo" / ".venv" / ".nnviz-xcb-ok").exists()


def test_failed_apt_shows_its_output_and_a_hint_that_works_on_a_fresh_machine(tmp_path):
    r = bash(tmp_path, "nnviz_apt_install libgl1 fonts-dejavu-core", uid=0, apt_fails=True)
    assert r.returncode == 1
    assert "E: Unable to locate package" in r.stderr
    assert ("apt-get failed; run it by hand: apt-get update && apt-get install -y "
            "--no-install-recommends libgl1 fonts-dejavu-core") in r.stderr


def test_every_apt_hint_starts_with_apt_get_update():
    text = SETUP.read_text()
    lines = [line for line in text.splitlines() if "apt-get install" in line]
    assert lines
    for line in lines:  # either a command that runs (after its update) or a hint that begins with it
        assert "DEBIAN_FRONTEND" in line or "apt-get update && " in line, line
