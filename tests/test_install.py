"""The installed command behaves like the script, however it was installed (issue 13).

The wheel is built from a copy of the sources, installed into a fresh venv in a temporary
folder, and run from another folder, with no PYTHONPATH: `nnviz --version`, `nnviz lessons`,
`nnviz train --lesson iris --epochs 3`, `nnviz --lesson iris --screenshot X.png`, every lesson's
table, and `nnviz` without a display.

Affordable in CI: the wheel is built offline (--no-build-isolation, setuptools is in the test
extra) and installed with --no-deps into a venv that sees this venv's site-packages through a
.pth file, so numpy, pandas and PySide6 (about 80 MB) are not downloaded again. A .pth line adds
a plain path entry (not a site dir), so this venv's editable install of nnviz is not visible
there: the test can only pass on the wheel's own files, which it checks.
"""
from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180


def _setuptools_is_new_enough() -> bool:
    try:
        from importlib.metadata import version

        return int(version("setuptools").split(".")[0]) >= 77
    except Exception:
        return False


def test_package_list_names_every_subpackage():
    """pyproject.toml lists the packages by hand (nnviz.data is a mapped folder); a new
    subpackage left out of the list would be missing from every wheel."""
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "nnviz").rglob("__init__.py")}
    assert set(config["packages"]) == on_disk | {"nnviz.data"}
    assert config["package-dir"] == {"nnviz.data": "data"}
    assert (ROOT / "data" / "__init__.py").is_file()


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> dict:
    if not _setuptools_is_new_enough():
        pytest.skip("setuptools >= 77 is needed to build the wheel offline; pip install -e '.[test]' brings it")
    tmp = tmp_path_factory.mktemp("install")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "nnviz", src / "nnviz", ignore=ignore)
    shutil.copytree(ROOT / "data", src / "data", ignore=ignore)
    run = dict(capture_output=True, text=True, timeout=TIMEOUT)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp / "dist"), str(src)], **run)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp / "dist").glob("nnviz-*.whl"))

    home = tmp / "venv"
    made = subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], **run)
    if made.returncode != 0:
        pytest.skip(f"python -m venv does not work here: {made.stderr.strip()[:200]}")
    bindir = home / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             **run).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    (Path(purelib) / "_nnviz_test_deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    installed = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                                "--no-deps", "--no-index", str(wheel)], **run)
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return {"bin": bindir, "python": python, "cwd": elsewhere, "env": env, "purelib": Path(purelib)}


def nnviz(venv: dict, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    exe = venv["bin"] / ("nnviz.exe" if os.name == "nt" else "nnviz")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=TIMEOUT,
                          cwd=venv["cwd"], env=env or venv["env"])


def test_the_wheel_carries_its_own_code_and_tables(venv):
    probe = ("import nnviz, nnviz.core.data.datasets as d; from nnviz.core.teaching.lessons import LESSONS\n"
             "print(nnviz.__file__); print(d.data_dir())\n"
             "for name, lesson in LESSONS.items(): lesson.build(0)\n"
             "print(len(LESSONS))")
    r = subprocess.run([str(venv["python"]), "-c", probe], capture_output=True, text=True, timeout=TIMEOUT,
                       cwd=venv["cwd"], env=venv["env"])
    assert r.returncode == 0, r.stderr
    package, tables, n_lessons = r.stdout.split()
    assert Path(package).resolve().is_relative_to(venv["purelib"].resolve())
    assert Path(tables).resolve() == (venv["purelib"] / "nnviz" / "data").resolve()
    assert int(n_lessons) >= 10  # every lesson built from the installed files, diabetes and iris too


def test_installed_command_version_lessons_and_train(venv):
    from nnviz import __version__

    r = nnviz(venv, "--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"nnviz {__version__}")
    r = nnviz(venv, "lessons")
    assert r.returncode == 0 and "iris" in r.stdout and "diabetes" in r.stdout
    r = nnviz(venv, "train", "--lesson", "iris", "--epochs", "3")
    assert r.returncode == 0, r.stderr
    assert "done after 3 epochs" in r.stdout and "Traceback" not in r.stderr


def test_installed_command_takes_a_screenshot(venv):
    out = venv["cwd"] / "X.png"
    r = nnviz(venv, "--lesson", "iris", "--screenshot", str(out))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert not image.isNull() and image.width() > 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 20  # a drawn window, not a blank rectangle


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux can lack a display")
def test_installed_command_without_a_display_says_so_in_one_line(venv):
    env = {k: v for k, v in venv["env"].items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = nnviz(venv, "--lesson", "iris", env=env)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [r.stderr.strip()] and r.stderr.startswith("nnviz: no display")
    assert r.stdout == ""
