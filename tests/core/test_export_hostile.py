"""Texts from a file (a lesson's title, a session's description) reach an exported PyTorch
script only as Python literals: every quoting trick compiles, the literal equals the text, and
running the script's module code runs nothing from the text."""
import ast
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from nnviz.core.app.export_pytorch import pytorch_script
from nnviz.core.app.session import Session

HOSTILE = [
    '"""\nimport os; open("PWNED", "w").write("x")\n"""',
    "'''\nopen('PWNED', 'w')\n'''",
    'a title with \\x and \\N{ and \\u and a backslash at the end \\',
    "a NUL \x00 inside",
    '"""', '"', "'", "\\", "{title}", "{{", "}", "\u2028line\u2029sep\r\nnew", "\ud800 lone surrogate",
    "# comment\nimport os", "\x1b[31mred", "é ü 中文 🎓",
]

FAKE_TORCH = (
    "import types\n"
    "nn = types.SimpleNamespace(Sigmoid=object, Tanh=object, ReLU=object, Identity=object, Softmax=object)\n"
)


def title_of(text: str):
    tree = ast.parse(text)
    for node in tree.body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets if isinstance(t, ast.Name)] == ["TITLE"]:
            return ast.literal_eval(node.value), [type(n).__name__ for n in tree.body]
    raise AssertionError("no TITLE")


@pytest.fixture(scope="module")
def session():
    s = Session()
    s.load_lesson("or-gate")
    return s


def test_a_benign_title_shapes_the_script(session, tmp_path):
    text = pytorch_script(session, tmp_path / "m.py")[0].read_text(encoding="utf-8")
    title, _ = title_of(text)
    assert title == session.lesson.title


@pytest.mark.parametrize("title", HOSTILE, ids=[repr(t)[:30] for t in HOSTILE])
def test_every_quoting_trick_in_a_title_is_a_literal(session, tmp_path, title):
    benign = title_of(pytorch_script(session, tmp_path / "benign.py")[0].read_text(encoding="utf-8"))[1]
    old = session.lesson
    session.lesson = replace(old, title=title)
    try:
        path = pytorch_script(session, tmp_path / "model.py")[0]
    finally:
        session.lesson = old
    text = path.read_text(encoding="utf-8")
    compile(text, str(path), "exec")
    got, body = title_of(text)
    assert got == title and body == benign          # the same statements, the title one literal
    # The module's own code runs (a stand-in torch: the real one is not needed to import it);
    # with no CSV argument it prints its usage and exits 2, and nothing from the title ran.
    (tmp_path / "torch").mkdir(exist_ok=True)
    (tmp_path / "torch" / "__init__.py").write_text(FAKE_TORCH)
    r = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert r.returncode == 2 and "usage" in r.stderr, r.stderr
    assert not (tmp_path / "PWNED").exists()


def test_a_hostile_description_and_file_name_too(tmp_path):
    s = Session()
    s.load_lesson("or-gate")
    s.lesson = None
    s.description = '"""\nraise SystemExit(99)\n"""'
    weird = tmp_path / 'x"""\nimport os\n.py'
    path = pytorch_script(s, weird, inline_max=1)[0]     # the weights go to a .npz beside it
    text = path.read_text(encoding="utf-8")
    compile(text, "x", "exec")
    assert title_of(text)[0] == s.description
    assert "\nimport os\n" not in text


def test_an_export_with_a_hostile_title_predicts_like_nnviz(session, tmp_path):
    """Run for real where PyTorch is installed (skipped here otherwise, with the reason)."""
    pytest.importorskip("torch", reason="running an exported script needs PyTorch, which is not installed here")
    from nnviz.core.app.predict import predict_csv
    old = session.lesson
    session.lesson = replace(old, title=HOSTILE[0])
    try:
        path = pytorch_script(session, tmp_path / "model.py")[0]
    finally:
        session.lesson = old
    (tmp_path / "in.csv").write_text("x1,x2\n0,0\n1,0\n")
    r = subprocess.run([sys.executable, str(path), str(tmp_path / "in.csv")], capture_output=True, text=True,
                       cwd=tmp_path, timeout=120)
    import io
    ours = io.StringIO()
    predict_csv(session, tmp_path / "in.csv", ours)
    assert r.returncode == 0 and r.stdout.splitlines()[0] == ours.getvalue().splitlines()[0]
    assert not (tmp_path / "PWNED").exists()


def test_weights_that_are_not_finite_are_not_exported(tmp_path):
    from nnviz.core.app.export_pytorch import ExportError
    s = Session()
    s.load_lesson("or-gate")
    s.trainer.network.flat[0] = float("nan")
    with pytest.raises(ExportError, match="not all finite"):
        pytorch_script(s, tmp_path / "m.py")
    assert not (tmp_path / "m.py").exists()
