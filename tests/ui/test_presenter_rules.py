"""The presentation code drives the window through its public API only, and the beats' actions
are written once.

The AST check below reads every module of the presentation code and fails, naming file:line,
where one reads or calls a member whose name starts with ``_`` on the window object, however it
is named there (``self.w``, ``w``, ``window``, ``self.p.w``, or a local name it was given).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import nnviz
from nnviz.core.teaching import beat_actions, beats
from nnviz.core.teaching.beats import Beat
from nnviz.ui.view_state import ViewState

ROOT = Path(nnviz.__file__).parent
PRESENTATION_CODE = ("ui/presentation.py", "ui/presentation_beats.py", "ui/presentation_keys.py", "ui/pointer.py",
                     "ui/view_state.py", "ui/text_zoom.py", "core/teaching/beat_actions.py")
WINDOW_NAMES = {"w", "window"}     # how the presentation code names the window, bare or as self.w


def _is_window(node: ast.AST, aliases: set[str]) -> bool:
    """``node`` is the window: a name for it, or any ``<expr>.w`` / ``<expr>.window``."""
    if isinstance(node, ast.Name):
        return node.id in WINDOW_NAMES or node.id in aliases
    return isinstance(node, ast.Attribute) and node.attr in WINDOW_NAMES


def _aliases(tree: ast.AST) -> set[str]:
    """Local names given the window (``win = self.w``, ``w, a = self.w, beat.action``)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            pairs = [(target, node.value)]
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                pairs = list(zip(target.elts, node.value.elts))
            found |= {t.id for t, v in pairs if isinstance(t, ast.Name) and _is_window(v, set())}
    return found


def private_window_uses(source: str, filename: str) -> list[str]:
    """``file:line: window._name`` for every private member of the window ``source`` reaches,
    as an attribute or through getattr / setattr / hasattr / delattr with a literal name."""
    tree = ast.parse(source, filename)
    aliases = _aliases(tree)
    found = []
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and _is_window(node.value, aliases):
            name = node.attr
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("getattr", "setattr", "hasattr", "delattr") and len(node.args) >= 2
              and _is_window(node.args[0], aliases) and isinstance(node.args[1], ast.Constant)
              and str(node.args[1].value).startswith("_")):
            name = node.args[1].value
        if name is not None:
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)} uses the window's private {name!r}")
    return sorted(found, key=lambda s: (s.split(":")[0], int(s.split(":")[1])))


def test_the_presentation_code_uses_only_the_windows_public_api():
    problems = []
    for rel in PRESENTATION_CODE:
        path = ROOT / rel
        problems += private_window_uses(path.read_text(encoding="utf-8"), f"nnviz/{rel}")
    assert not problems, ("The presentation code reaches into the window; add a public method to "
                          "MainWindow instead:\n" + "\n".join(problems))


@pytest.mark.parametrize("source, line", [
    ("class P:\n    def f(self):\n        self.w._change_settings(1)\n", 3),
    ("def f(w):\n    w._show_settings()\n", 2),
    ("def f(window):\n    x = window._rebuild_views\n", 2),
    ("def f(self):\n    win, a = self.w, 1\n    win._show_loaded()\n", 3),
    ("def f(self):\n    return getattr(self.p.w, '_map_shown')\n", 2),
])
def test_the_check_names_file_and_line_of_a_private_use(source, line):
    problems = private_window_uses(source, "nnviz/ui/example.py")
    assert len(problems) == 1 and problems[0].startswith(f"nnviz/ui/example.py:{line}: "), problems


def test_the_check_leaves_public_members_and_other_objects_alone():
    source = ("def f(self, w):\n    w.apply_settings(s)\n    self._busy = True\n    self.player._x = 1\n"
              "    w.text_zoom.set_text_scale(1.0)\n")
    assert private_window_uses(source, "x.py") == []


def test_every_beat_action_is_in_the_one_table():
    assert set(beat_actions.ACTIONS) == set(beats.ACTIONS)


def test_the_table_does_the_training_beats_on_the_target_it_is_given():
    """The window's animated target and a bare session get the same calls from the table."""
    calls = []

    class Recorder(beat_actions.SessionTarget):
        def __init__(self):
            pass

        def load(self, lesson):
            calls.append(("load", lesson))

        def step(self, kind, count):
            calls.append(("step", kind, count))

        def train_to(self, epoch):
            calls.append(("train_to", epoch))

        def set_bias(self, on):
            calls.append(("set_bias", on))

        def ask(self, values):
            calls.append(("ask", values))
            return "yes"

        def show_sample(self, row):
            calls.append(("show_sample", row))

    target = Recorder()
    answers = [beat_actions.do_beat(target, b) for b in (
        Beat("", "load", {"lesson": "xor"}), Beat("", "step", {"kind": "batch", "count": 3}),
        Beat("", "play", {"to_epoch": 50}), Beat("", "bias", {"on": True}), Beat("", "ask", {"values": {"a": 1}}),
        Beat("", "sample", {"index": 2}), Beat("", "explain", {"layer": 1, "neuron": 0}), Beat(""))]
    assert calls == [("load", "xor"), ("step", "batch", 3), ("train_to", 50), ("set_bias", True), ("ask", {"a": 1}),
                     ("show_sample", 2)]
    assert answers == ["", "", "", "", "yes", "", "", ""]


def test_a_beat_says_what_it_shows():
    explain = Beat("", "explain", {"layer": 1, "neuron": 2})
    # A whole view: what the beat declares, else the lesson's defaults (never the last beat's).
    off = dict(weights=False, maps=False, phases=False, explainer_rows=False)
    assert ViewState.for_beat(explain) == ViewState(front="explainer", neuron=(1, 2), position=0, **off)
    assert (ViewState.for_beat(Beat("", "map", {"layer": 1, "neuron": 0}))
            == ViewState(front="map", neuron=(1, 0), position=0, **{**off, "maps": True}))
    assert ViewState.for_beat(Beat("", "sample", {"index": 3})) == ViewState(front="boundary", sample=3, **off)
    assert ViewState.for_beat(Beat("", "play", {"to_epoch": 9})) == ViewState(front="boundary", position=0, **off)
    declared = Beat.from_dict({"caption": "", "action": "play", "params": {
        "to_epoch": 9, "pane": "loss", "toggles": {"weights": True}, "sample": 2, "neuron": [1, 0]}})
    assert ViewState.for_beat(declared) == ViewState(front="loss", neuron=(1, 0), sample=2,
                                                     **{**off, "weights": True})
    with pytest.raises(ValueError):
        ViewState(front="explainer")     # explain which neuron?
    with pytest.raises(ValueError):
        ViewState(front="weights")
