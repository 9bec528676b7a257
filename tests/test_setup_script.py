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


def _sonames(name: str) -> list[str]:
    """A list of sonames _setup.sh names (NNVIZ_SONAMES, NNVIZ_XCB_SONAMES), read from it."""
    line = next(x for x in SETUP.read_text().splitlines() if x.startswith(f"{name}="))
    return line.split("=", 1)[1].strip('"').split()


OFFSCREEN = _sonames("NNVIZ_SONAMES")
XCB = _sonames("NNVIZ_XCB_SONAMES")


def bash(tmp_path: Path, script: str, *, uid: int = 1000, ldd_missing: str = "", apt_fails: bool = False,
         libs_missing: str | None = None, sudo: bool = True, ensurepip: bool = True):
    """Run ``script`` after loading _setup.sh's functions, with fake tools first on PATH.

    ``libs_missing``: sonames a fake ``ldconfig -p`` leaves out (None: the real ldconfig);
    ``sudo``: whether the person has a sudo command; ``ensurepip``: whether python3 can make a
    venv (Debian's python3 cannot until python3-venv is installed)."""
    fake = tmp_path / "bin"
    fake.mkdir(exist_ok=True)
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    if libs_missing is not None:
        present = [so for so in OFFSCREEN + XCB if so not in libs_missing.split()]
        cache = "".join(f"\t{so} (libc6,x86-64) => /usr/lib/{so}\\n" for so in present)
        (fake / "ldconfig").write_text(f"#!/bin/sh\nprintf '{cache}'\n")
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
    has_sudo = "true" if sudo else "false"
    has_ensurepip = "true" if ensurepip else "false"
    full = (f'source "{SETUP}"; NNVIZ_ROOT="{root}"; nnviz_has_sudo() {{ {has_sudo}; }}; '
            f'nnviz_has_ensurepip() {{ {has_ensurepip}; }}; {script}')
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


FULL_SET = ("libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-6 "
            "fonts-dejavu-core libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
            "libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 "
            "libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb1 libxkbcommon-x11-0")


@pytest.mark.parametrize("need", ["offscreen", "window"])
def test_one_stop_names_everything_a_window_needs_in_one_line(tmp_path, need):
    """A bare machine: the offscreen set and the xcb set are named together, so that opening a
    window later meets no second stop."""
    r = bash(tmp_path, f"nnviz_system_setup {need}; echo unreachable", libs_missing=" ".join(OFFSCREEN + XCB))
    assert r.returncode == 1 and "unreachable" not in r.stdout
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.startswith("nnviz: Qt needs system libraries this machine lacks (libGL.so.1 ")
    assert "libxcb-cursor.so.0" in r.stderr
    assert r.stderr.strip().endswith(
        f"run: sudo apt-get update && sudo apt-get install -y --no-install-recommends {FULL_SET}")


def test_without_sudo_the_line_says_how_to_run_it_as_root(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup window", libs_missing="libxcb-cursor.so.0", sudo=False)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert r.stderr.strip().endswith(
        f"run as root: su -c 'apt-get update && apt-get install -y --no-install-recommends {FULL_SET}'")
    assert "sudo" not in r.stderr


def test_the_xcb_safety_net_without_sudo_says_su_too(tmp_path):
    r = bash(tmp_path, "nnviz_xcb_setup required", ldd_missing="libxcb-cursor.so.0", sudo=False)
    assert r.returncode == 1
    assert r.stderr.strip().endswith(
        "run as root: su -c 'apt-get update && apt-get install -y --no-install-recommends libxcb-cursor0'")


def test_tests_do_not_stop_for_what_only_a_window_needs(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup offscreen; echo went-on", libs_missing="libxcb-cursor.so.0 libxcb-xkb.so.1")
    assert r.returncode == 0 and "went-on" in r.stdout and r.stderr == ""


def test_command_line_tools_are_never_stopped_by_qt_libraries(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup none; echo went-on", libs_missing=" ".join(OFFSCREEN + XCB))
    assert r.returncode == 0 and "went-on" in r.stdout and r.stderr == ""


def test_root_installs_both_sets_in_one_apt_run(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup window", uid=0, libs_missing="libGL.so.1 libxcb-cursor.so.0")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == "nnviz setup: installing system packages for Qt (missing: libGL.so.1 libxcb-cursor.so.0)"
    log = (tmp_path / "apt.log").read_text().splitlines()
    assert log == ["apt-get update -qq", f"apt-get install -y -qq --no-install-recommends {FULL_SET}"]


def test_nothing_missing_nothing_said(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup window; echo went-on", libs_missing="")
    assert r.returncode == 0 and "went-on" in r.stdout and r.stderr == ""


@pytest.mark.parametrize("args,need", [
    ("lessons", "none"), ("train --lesson iris", "none"), ("check x.csv", "none"), ("predict a b", "none"),
    ("export a b", "none"), ("--version", "none"), ("--help", "none"), ("--install-desktop", "none"),
    ("--uninstall-desktop", "none"), ("--lesson iris --screenshot x.png", "offscreen"),
    ("--lesson iris", "window"), ("", "window"), ("--lesson train", "window"),
])
def test_what_each_command_needs_of_qt(tmp_path, args, need):
    r = bash(tmp_path, f"unset QT_QPA_PLATFORM; nnviz_qt_need {args}")
    assert r.stdout.strip() == need


def _fake_checkout(tmp_path: Path) -> Path:
    """A checkout with scripts/ and a ready .venv whose python prints what it was asked to run."""
    repo = tmp_path / "checkout"
    shutil.copytree(ROOT / "scripts", repo / "scripts", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (repo / "pyproject.toml").write_text("")
    venv = repo / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text('#!/bin/sh\necho "python $*"\n')
    (venv / "bin" / "python").chmod(0o755)
    for stamp in (".nnviz-installed", ".nnviz-xcb-ok"):
        (venv / stamp).write_text("")
    return repo


@pytest.mark.parametrize("args", [["lessons"], ["train", "--lesson", "iris"], ["--version"], ["check", "a.csv"]])
def test_scripts_run_starts_the_command_line_tools_on_a_machine_without_qt_libraries(tmp_path, args):
    repo = _fake_checkout(tmp_path)
    r = bash(tmp_path, "true", libs_missing=" ".join(OFFSCREEN + XCB))  # writes the fake tools
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PATH"] = f"{tmp_path / 'bin'}:{env['PATH']}"
    r = subprocess.run([str(repo / "scripts" / "run"), *args], capture_output=True, text=True, env=env, timeout=60)
    assert (r.returncode, r.stderr) == (0, "")
    assert r.stdout.strip() == "python -m nnviz " + " ".join(args)


def test_scripts_run_stops_a_window_once_with_one_line(tmp_path):
    repo = _fake_checkout(tmp_path)
    bash(tmp_path, "true", libs_missing="libEGL.so.1 libxcb-cursor.so.0")
    env = dict(os.environ, PATH=f"{tmp_path / 'bin'}:{os.environ['PATH']}", DISPLAY=":0")
    env.pop("QT_QPA_PLATFORM", None)
    r = subprocess.run([str(repo / "scripts" / "run"), "--lesson", "iris"], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert "(libEGL.so.1 libxcb-cursor.so.0)" in r.stderr and FULL_SET in r.stderr


# A fresh minimal Debian (12 and 13 alike) has python3 but not python3-venv: without it
# `python3 -m venv` fails, so the one line must name it too, or a second stop follows.

@pytest.mark.parametrize("need", ["none", "offscreen", "window"])
def test_a_bare_debian_names_python3_venv_in_the_same_one_line(tmp_path, need):
    """scripts/run lessons, scripts/test or scripts/run first: one line, with python3-venv and
    everything a window needs, so that no later command stops again."""
    r = bash(tmp_path, f"nnviz_system_setup {need}; echo unreachable", libs_missing=" ".join(OFFSCREEN + XCB),
             sudo=False, ensurepip=False)
    assert r.returncode == 1 and "unreachable" not in r.stdout
    assert r.stderr.strip().splitlines() == [r.stderr.strip()]
    assert "python3-venv" in r.stderr and "libGL.so.1" in r.stderr
    assert r.stderr.strip().endswith(
        f"run as root: su -c 'apt-get update && apt-get install -y --no-install-recommends python3-venv {FULL_SET}'")


def test_only_python3_venv_missing_is_one_line_naming_it(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup none; echo unreachable", libs_missing="", ensurepip=False)
    assert r.returncode == 1 and "unreachable" not in r.stdout
    assert r.stderr.strip() == (
        "nnviz: python3 cannot make a venv without python3-venv; "
        "run: sudo apt-get update && sudo apt-get install -y --no-install-recommends python3-venv")


def test_root_installs_python3_venv_with_qt_in_one_apt_run(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup offscreen", uid=0, libs_missing="libGL.so.1", ensurepip=False)
    assert r.returncode == 0, r.stderr
    log = (tmp_path / "apt.log").read_text().splitlines()
    assert log == ["apt-get update -qq", f"apt-get install -y -qq --no-install-recommends python3-venv {FULL_SET}"]


def test_root_running_a_command_line_tool_gets_python3_venv_alone(tmp_path):
    r = bash(tmp_path, "nnviz_system_setup none", uid=0, libs_missing=" ".join(OFFSCREEN), ensurepip=False)
    assert r.returncode == 0, r.stderr
    log = (tmp_path / "apt.log").read_text().splitlines()
    assert log == ["apt-get update -qq", "apt-get install -y -qq --no-install-recommends python3-venv"]


def test_a_made_venv_needs_no_python3_venv(tmp_path):
    (tmp_path / "repo" / ".venv").mkdir(parents=True)
    (tmp_path / "repo" / ".venv" / ".nnviz-installed").write_text("")
    r = bash(tmp_path, "nnviz_system_setup none; echo went-on", libs_missing=" ".join(OFFSCREEN + XCB),
             ensurepip=False)
    assert r.returncode == 0 and "went-on" in r.stdout and r.stderr == ""


def test_a_failed_venv_without_sudo_says_su(tmp_path):
    """The venv step's own hint (python3-venv installed but still failing, say) works without sudo."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python3").write_text("#!/bin/sh\ncase \"$*\" in *venv*) exit 1;; esac\nexit 0\n")
    (fake / "python3").chmod(0o755)
    r = bash(tmp_path, 'cd "$NNVIZ_ROOT" && nnviz_venv_setup; echo unreachable', sudo=False)
    assert r.returncode == 1 and "unreachable" not in r.stdout
    assert r.stderr.strip().splitlines()[-1] == (
        "nnviz: python3 -m venv failed; run as root: su -c 'apt-get update && apt-get install -y "
        "--no-install-recommends python3-venv'")
