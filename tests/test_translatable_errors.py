"""Every error line the engine and the command line raise is translatable.

An AST scan of the modules whose messages reach a person (a broken session file, a typo'd beat,
a bad argument): a ``raise SomeError(...)`` whose message is an English literal or an f-string
with English words in it, instead of ``translate("Context", "… {0} …").format(...)``, fails the
test with its file and line. So do the message helpers that build such a line (``fail``,
``_limit`` in the session checks). A message made only of placeholders and punctuation
(``f"{where}: {e}"``), or of names that stay as they are (TOML keys, "nnviz"), passes.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = [
    "nnviz/core/app/session_file.py",
    "nnviz/core/app/session_checks.py",
    "nnviz/core/teaching/beat_schema.py",
    "nnviz/core/teaching/beats.py",
    "nnviz/core/teaching/captions.py",
    "nnviz/core/teaching/lesson_data.py",
    "nnviz/core/teaching/lesson_files.py",
    "nnviz/core/teaching/lesson_languages.py",
    "nnviz/core/teaching/lessons.py",
    "nnviz/core/teaching/quiz.py",
    "nnviz/core/app/predict.py",
    "nnviz/core/app/export_pytorch.py",
    "nnviz/core/data/datasets.py",
    "nnviz/core/data/features.py",
    "nnviz/core/limits.py",
    "nnviz/cli.py",
]
# Functions that turn an argument into an error line: {name: index of that argument}; -1 is the
# last one (``fail(message)`` in the session checks, ``fail(key, message)`` in the lesson reader).
MESSAGE_HELPERS = {"fail": -1, "_limit": 0}
# Words a message may carry untranslated: the program's name and the lesson file's keys.
UNTRANSLATED_WORDS = {"nnviz", "beats", "caption", "params", "data", "question", "training", "network", "lesson",
                      "values", "index", "sample", "step", "quantity", "weight", "layer", "neuron"}


def _is_translated(node: ast.expr) -> bool:
    """``translate("C", "…")`` or ``translate("C", "…").format(...)``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"


def _words(text: str) -> list[str]:
    text = re.sub(r"\w*_\w*|\w+(?:\.\w+)+", " ", text)     # snake_case names (init_value), keys (data.image)
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in UNTRANSLATED_WORDS]


def english_in(node: ast.expr) -> list[str]:
    """The English words a message expression writes itself (not through translate)."""
    if node is None or _is_translated(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return [w for part in node.values if isinstance(part, ast.Constant) for w in _words(part.value)]
    if isinstance(node, ast.BinOp):                       # "…" + x, "…" % x
        return english_in(node.left) + english_in(node.right)
    if isinstance(node, ast.IfExp):
        return english_in(node.body) + english_in(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return english_in(node.func.value)                # "… {0}".format(x) without translate
    return []


def _message_arg(call: ast.Call, index: int = 0) -> ast.expr | None:
    if call.args and (index == -1 or len(call.args) > index):
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg in ("message", "msg")), None)


def _shared_functions() -> set[str]:
    """The prediction code the PyTorch exporter copies into its script, which runs without
    nnviz (so without translate): its words stay English, and nnviz checks first in words
    that translate (predict._check_columns)."""
    from nnviz.core.app.predict import SHARED_FUNCTIONS

    return {f.__name__ for f in SHARED_FUNCTIONS}


def untranslated(source: str, filename: str = "<source>", exempt: set[str] = frozenset()) -> list[str]:
    """``file:line: words`` for every raised or helper-built message with English words,
    except inside the module-level functions named in ``exempt``."""
    found = []
    tree = ast.parse(source, filename)
    skipped = {id(n) for f in tree.body if isinstance(f, ast.FunctionDef) and f.name in exempt for n in ast.walk(f)}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        call, index = None, 0
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in MESSAGE_HELPERS:
                call, index = node, MESSAGE_HELPERS[name]
        if call is None:
            continue
        words = english_in(_message_arg(call, index))
        if words:
            found.append(f"{filename}:{node.lineno}: {' '.join(words[:6])}")
    return found


def test_the_scan_finds_english_and_passes_translated_messages():
    bad = ('raise ValueError("the weights do not fit")\n'
           'raise SessionFileError(f"{where}: member {name} is encrypted")\n'
           'raise X(f"{a!r} is " + "not a number")\n'
           'self.fail(f"{n:,} members; at most {m:,}")\n'
           '_limit("the hidden layers", check_hidden, h)\n')
    assert len(untranslated(bad)) == 5
    good = ('raise ValueError(translate("C", "the weights do not fit {0}").format(x))\n'
            'raise SessionFileError(f"{where}: {e}")\n'
            'raise ValueError(str(e)) from None\n'
            'raise LessonFileError(f"{where}: beats: {e}")\n'
            'raise BeatError(f"caption: {e}")\n'
            'self.fail(translate("C", "{0} members").format(n))\n'
            '_limit(key, check_int, v, 0, 9)\n'
            'raise\n')
    assert untranslated(good) == []


@pytest.mark.parametrize("module", MODULES)
def test_every_error_line_is_translatable(module):
    path = ROOT / module
    exempt = _shared_functions() if module.endswith("/predict.py") else set()
    assert untranslated(path.read_text(encoding="utf-8"), module, exempt) == []
