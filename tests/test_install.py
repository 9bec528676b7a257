"""What ships: the wheel and the source archive carry what they must and nothing stray, the build
says no warning, and the installed command behaves like the script, however it was installed.

Both archives are built from a copy of the sources with setuptools itself (its PEP 517 hooks, as
pip and build call them), offline. The wheel is installed into a fresh venv in a temporary
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
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from email.parser import Parser
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
    # The data folders without __init__.py (lessons, icons) are listed too, so setuptools ships
    # them without its "package would be ignored" warning.
    resources = {".".join(p.relative_to(ROOT).parts) for p in (ROOT / "nnviz" / "resources").rglob("*")
                 if p.is_dir() and p.name != "__pycache__"}
    # nnviz/i18n holds the compiled translations (no code either).
    assert set(config["packages"]) == on_disk | {"nnviz.data", "nnviz.resources", "nnviz.i18n"} | resources
    assert config["package-dir"] == {"nnviz.data": "data"}
    assert (ROOT / "data" / "__init__.py").is_file()


SOURCES = ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", ".ci", "nnviz", "data", "scripts",
           "tests", "resources")
# (The folder is read first: setuptools' hooks rewrite sys.argv.)
BUILD = ("import sys\nfrom setuptools import build_meta as b\nout = sys.argv[1]\n"
         "print('SDIST', b.build_sdist(out))\nprint('WHEEL', b.build_wheel(out))\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """The source archive and the wheel, built offline from a copy of the checkout, with all the
    build printed."""
    if not _setuptools_is_new_enough():
        pytest.skip("setuptools >= 77 is needed to build the wheel offline; pip install -e '.[test]' brings it")
    tmp = tmp_path_factory.mktemp("build")
    src = tmp / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, src / name)
    # Byte-compiling disabled by the environment makes setuptools say so: not the project's warning.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    r = subprocess.run([sys.executable, "-c", BUILD, str(tmp / "dist")], capture_output=True, text=True,
                       timeout=TIMEOUT, cwd=src, env=env)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    names = dict(line.split(" ", 1) for line in r.stdout.splitlines() if line.startswith(("SDIST ", "WHEEL ")))
    return {"sdist": tmp / "dist" / names["SDIST"], "wheel": tmp / "dist" / names["WHEEL"],
            "output": r.stdout + r.stderr}


def test_the_build_prints_no_warning(built):
    lines = [line for line in built["output"].splitlines() if re.search(r"warn|!!", line, re.IGNORECASE)]
    assert lines == []


def test_the_archives_have_a_name_of_their_own(built):
    # "nnviz" on PyPI is an unrelated project; the import package and the command stay nnviz.
    assert built["wheel"].name.startswith("nnviz_classroom-")
    assert built["sdist"].name.startswith("nnviz_classroom-")


def _wheel_metadata(wheel: Path):
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(z.read(name).decode("utf-8"))


def test_the_metadata_names_the_licence_authors_and_audience(built):
    meta = _wheel_metadata(built["wheel"])
    assert meta["Name"] == "nnviz-classroom"
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert "the nnviz authors" in meta["Author"]
    assert meta["Keywords"]
    classifiers = meta.get_all("Classifier")
    for wanted in ("Intended Audience :: Education", "Intended Audience :: Science/Research",
                   "Environment :: X11 Applications :: Qt", "Programming Language :: Python :: 3.10",
                   "Programming Language :: Python :: 3.13"):
        assert wanted in classifiers
    # No made-up addresses: the project has none yet.
    assert not any("example" in (url or "") for url in meta.get_all("Project-URL") or [])


def test_the_wheel_holds_the_package_its_licence_lessons_tables_and_icons_and_no_tests(built):
    with zipfile.ZipFile(built["wheel"]) as z:
        names = z.namelist()
    tops = {n.split("/")[0] for n in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"nnviz"}   # no tests/, scripts/, data/
    assert not any("/tests/" in n or n.split("/")[-1].startswith("test_") for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    lessons = {p.name for p in (ROOT / "nnviz" / "resources" / "lessons").glob("*.toml")}
    assert {n.split("/")[-1] for n in names if n.startswith("nnviz/resources/lessons/")} >= lessons
    assert {p.name for p in (ROOT / "data").glob("*.csv")} <= {n.split("/")[-1] for n in names
                                                                  if n.startswith("nnviz/data/")}
    icons = {p.name for p in (ROOT / "nnviz" / "resources" / "icons").iterdir() if p.suffix in (".svg", ".png")}
    assert icons and icons <= {n.split("/")[-1] for n in names if n.startswith("nnviz/resources/icons/")}
    translations = {p.name for p in (ROOT / "nnviz" / "i18n").glob("*.qm")}
    assert {"nnviz_core_de.qm", "nnviz_core_es.qm"} <= translations
    assert translations <= {n.split("/")[-1] for n in names if n.startswith("nnviz/i18n/")}
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_the_source_archive_is_a_working_checkout(built):
    """Unpacked, the Quick start runs (scripts/), the README shows its images, the suite is
    whole (no stray part of it) and the licence is there."""
    with tarfile.open(built["sdist"]) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    for needed in ("LICENSE", "README.md", "pyproject.toml", "scripts/run", "scripts/test", "scripts/_setup.sh",
                   ".ci/run", "nnviz/resources/icons/nnviz.svg"):
        assert needed in names, needed
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert images and set(images) <= names
    tests = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".csv", ".json", ".md")}
    assert tests <= names
    assert {p.relative_to(ROOT).as_posix() for p in (ROOT / "nnviz" / "resources" / "lessons").glob("*.toml")} <= names
    # A translator's checkout: the .ts sources and the two scripts of the workflow.
    assert {p.relative_to(ROOT).as_posix() for p in (ROOT / "nnviz" / "i18n").glob("*.ts")} <= names
    assert {"scripts/i18n_update", "scripts/i18n_build", "scripts/i18n.py"} <= names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_twine_check_strict_passes(built):
    """What a package index checks before it accepts an upload (twine is not a test dependency:
    this runs where it is installed)."""
    pytest.importorskip("twine", reason="twine is not installed here; pip install twine to run this check")
    r = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", str(built["sdist"]), str(built["wheel"])],
                       capture_output=True, text=True, timeout=TIMEOUT)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.fixture(scope="module")
def venv(tmp_path_factory, built) -> dict:
    tmp = tmp_path_factory.mktemp("install")
    run = dict(capture_output=True, text=True, timeout=TIMEOUT)
    wheel = built["wheel"]

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
