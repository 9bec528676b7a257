"""The engine and the command line never load Qt, and the core's parts import each other only
downwards (data <- engine <- teaching <- app), without cycles: the layering is enforced, not
hoped for."""
import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import nnviz.core

CORE = Path(nnviz.core.__file__).parent
# Each part of core, and the parts it may import (core's shared text and colour helpers aside).
LAYERS = {"data": set(), "engine": {"data"}, "teaching": {"data", "engine"}, "app": {"data", "engine", "teaching"}}
SHARED = {"text", "colours", "limits", "tr"}

CHECK = """
import sys
import nnviz.core.{modules}
import nnviz.cli
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt6', 'PyQt5'))
print(','.join(bad))
"""


def _core_modules() -> list[str]:
    """Every module of nnviz.core, dotted below it ("engine.training")."""
    prefix = "nnviz.core."
    return [m.name[len(prefix):] for m in pkgutil.walk_packages(nnviz.core.__path__, prefix) if not m.ispkg]


def test_core_and_cli_import_no_qt():
    modules = _core_modules()
    assert {"engine.network", "engine.training", "teaching.lessons", "data.csvdata", "app.session",
            "engine.settings"} <= set(modules)
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


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    """(module below nnviz.core, line, at the top level) for each import of core in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.parent.relative_to(CORE.parent.parent).parts    # ("nnviz", "core", "engine")
    top = {id(n) for n in tree.body}
    # Imports only for type checkers never run, so they make no cycle.
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", None) == "TYPE_CHECKING" for n in ast.walk(block)}
    out = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if not isinstance(node, ast.ImportFrom):
            continue
        base = list(package[: len(package) - node.level + 1]) if node.level else []
        module = ".".join(base + ([node.module] if node.module else [])) if node.level else (node.module or "")
        if not module.startswith("nnviz.core"):
            continue
        rest = module[len("nnviz.core"):].lstrip(".")
        targets = [rest] if rest else [a.name for a in node.names]
        for t in targets:
            out.append((t, node.lineno, id(node) in top))
    return out


def _layer(dotted: str) -> str:
    return dotted.split(".")[0]


def test_core_parts_import_only_downwards():
    wrong = []
    for path in CORE.rglob("*.py"):
        part = path.parent.name
        if part not in LAYERS:
            continue
        for target, line, _ in _imports(path):
            layer = _layer(target)
            if layer in SHARED or layer == part:
                continue
            if layer not in LAYERS[part]:
                wrong.append(f"{part}/{path.name}:{line} imports {target}")
    assert wrong == []


def test_core_has_no_import_cycle():
    """Module-level imports between core's modules form no cycle (an import inside a function
    that only hides a cycle would be one too: those are counted)."""
    graph, modules = {}, set(_core_modules())
    for path in CORE.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        me = ".".join(path.relative_to(CORE).with_suffix("").parts)
        graph[me] = {t for t, _, _ in _imports(path) if t in modules}
    seen, stack, cycles = set(), [], []

    def visit(node):
        if node in stack:
            cycles.append(stack[stack.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            visit(nxt)
        stack.pop()

    for node in sorted(graph):
        visit(node)
    assert cycles == []
