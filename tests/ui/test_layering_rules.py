"""The UI's layering, checked on the source (AST, no Qt):

1. Views follow the session through one adapter. The rule: outside ``nnviz/ui/sync.py``, no
   function in ``nnviz/ui`` that sends the session a command (``session.load_lesson``,
   ``session.undo``, … any command that reports a change) also calls a refresh method (a method
   that shows the session's state on a view, listed below). Restoring a widget after a refused
   command (inside an ``except`` block: nothing changed, the widget that asked is put back) is
   not a response to a command and is allowed.
2. Only sync.py (and the frame painter's refresh methods, which sync.py calls) call the views'
   structural refresh methods at all (``set_structure``, ``set_settings``, ``set_series`` …),
   so every refresh after a command has one home.
3. Every Session command reports its change (a call of ``self._report``) - the adapter depends
   on it.
"""
from __future__ import annotations

import ast
from pathlib import Path

import nnviz

UI = Path(nnviz.__file__).parent / "ui"
SESSION = Path(nnviz.__file__).parent / "core" / "app" / "session.py"
ADAPTER = UI / "sync.py"
PAINTER = UI / "frame_painter.py"

# Session methods that change something and report it.
COMMANDS = {"load_lesson", "load_problem", "apply_settings", "change_data", "step", "begin_training",
            "reset", "new_weights", "undo", "save", "open", "edit_parameter", "goto", "goto_epoch",
            "step_back", "step_forward", "set_history_budget", "pin", "unpin"}
# Methods that show the session's state on a view.
SYNC_REFRESH = {"show_loaded", "install", "show_new_points", "set_sample_range", "show_settings",
                "refresh_undo", "show_knobs", "rebuild_views", "set_plane", "show_file"}
PAINTER_REFRESH = {"show_frame_now", "show_field_now", "reload_curve"}
VIEW_REFRESH = {"set_structure", "set_settings", "set_series", "set_points", "set_notes", "set_pinned", "show_pinned"}
REFRESH = SYNC_REFRESH | PAINTER_REFRESH | VIEW_REFRESH


def _ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py"))


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _outside_except(func: ast.AST):
    """The nodes of ``func``'s body that are not inside an ``except`` handler (nested
    functions are checked on their own)."""
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.ExceptHandler) or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _session_commands(nodes) -> list[str]:
    """``session.<command>`` read anywhere in ``nodes`` (called, or passed on to be called)."""
    found = []
    for node in nodes:
        if isinstance(node, ast.Attribute) and node.attr in COMMANDS:
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if name == "session":
                found.append(node.attr)
    return found


def _refresh_calls(nodes) -> list[tuple[str, int]]:
    return [(n.func.attr, n.lineno) for n in nodes
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in REFRESH]


def violations_of_rule_1(files: list[Path]) -> list[str]:
    out = []
    for path in files:
        if path == ADAPTER:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in _functions(tree):
            nodes = list(_outside_except(func))
            commands = _session_commands(nodes)
            if not commands:
                continue
            for name, line in _refresh_calls(nodes):
                out.append(f"{path.name}:{line}: {func.name} sends session.{commands[0]} and refreshes "
                           f"{name}() itself; the views follow the session's report (ui/sync.py)")
    return out


def test_views_follow_session_commands_only_through_the_adapter():
    assert violations_of_rule_1(_ui_files()) == []


def test_the_rule_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "class W:\n"
        "    def reset(self):\n"
        "        text = self.session.reset()\n"
        "        self.sync.rebuild_views()\n"
        "    def refused(self, s):\n"
        "        try:\n"
        "            self.session.apply_settings(s)\n"
        "        except ValueError:\n"
        "            self.sync.show_settings()\n"
        "    def later(self):\n"
        "        self._command(self.session.undo)\n"
        "        self.painter.show_frame_now()\n", encoding="utf-8")
    found = violations_of_rule_1([bad])
    assert len(found) == 2 and "reset" in found[0] and "rebuild_views" in found[0] and "undo" in found[1]


def test_structural_view_refreshes_live_in_the_adapter():
    """The views' structural refreshes are called from sync.py (or the painter's refresh
    methods, or inside the view's own class), nowhere else in the UI."""
    out = []
    for path in _ui_files():
        if path in (ADAPTER, PAINTER):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in VIEW_REFRESH and node.func.attr not in own
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")):
                out.append(f"{path.relative_to(UI)}:{node.lineno}: {node.func.attr}()")
    assert out == []


def test_every_session_command_reports_what_it_changed():
    tree = ast.parse(SESSION.read_text(encoding="utf-8"))
    session = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Session")
    methods = {n.name: n for n in session.body if isinstance(n, ast.FunctionDef)}
    assert COMMANDS <= set(methods), COMMANDS - set(methods)
    silent = [name for name in sorted(COMMANDS)
              if not any(isinstance(n, ast.Attribute) and n.attr == "_report" for n in ast.walk(methods[name]))]
    assert silent == []
