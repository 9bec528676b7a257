"""The engine and the command line never load Qt: the layering is enforced, not hoped for."""
import subprocess
import sys

CHECK = """
import sys
import nnviz.core.{modules}
import nnviz.cli
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt6', 'PyQt5'))
print(','.join(bad))
"""


def test_core_and_cli_import_no_qt():
    import pkgutil

    import nnviz.core

    modules = [m.name for m in pkgutil.iter_modules(nnviz.core.__path__)]
    assert {"network", "training", "lessons", "csvdata"} <= set(modules)
    code = CHECK.replace("import nnviz.core.{modules}", "\n".join(f"import nnviz.core.{m}" for m in modules))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", f"Qt modules loaded by the engine: {r.stdout}"


def test_the_check_would_notice_qt():
    r = subprocess.run([sys.executable, "-c", CHECK.replace("nnviz.core.{modules}", "pyqtgraph")],
                       capture_output=True, text=True, timeout=60)
    assert "pyqtgraph" in r.stdout
