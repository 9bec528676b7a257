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
    assert {"network", "training", "lessons", "csvdata", "session", "settings"} <= set(modules)
    code = CHECK.replace("import nnviz.core.{modules}", "\n".join(f"import nnviz.core.{m}" for m in modules))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", f"Qt modules loaded by the engine: {r.stdout}"


def test_the_check_would_notice_qt():
    r = subprocess.run([sys.executable, "-c", CHECK.replace("nnviz.core.{modules}", "pyqtgraph")],
                       capture_output=True, text=True, timeout=60)
    assert "pyqtgraph" in r.stdout


def _trainer_uses(source: str) -> list[int]:
    """Lines of ``source`` that reach a trainer (``x.trainer`` or a ``Trainer`` name)."""
    import ast

    return [node.lineno for node in ast.walk(ast.parse(source))
            if (isinstance(node, ast.Attribute) and node.attr == "trainer")
            or (isinstance(node, ast.Name) and node.id == "Trainer")]


def test_the_window_goes_through_the_session_never_the_trainer():
    """nnviz/ui sends commands to the Session and draws frames; it never edits a trainer."""
    from pathlib import Path

    import nnviz.ui

    found = {p.name: _trainer_uses(p.read_text(encoding="utf-8"))
             for p in Path(nnviz.ui.__file__).parent.rglob("*.py")}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_the_trainer_check_would_notice_a_trainer():
    assert _trainer_uses("x = self.session.trainer.epoch\n") == [1]
    assert _trainer_uses("from a import Trainer\nTrainer(net)\n") == [2]
