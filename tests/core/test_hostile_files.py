"""The fuzz stays: a seeded run of 1,000+ hostile lesson and session files (and every failure a
fuzz of the readers found, kept as a named case) ends with 0 tracebacks, 0 signals and 0 hangs,
each file under a time guard, the whole run in one process under an address-space cap and a
stated peak memory. A few go through the CLI in their own processes, as a person would."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUNNER = Path(__file__).with_name("hostile_files.py")
sys.path.insert(0, str(RUNNER.parent))
import hostile_files  # noqa: E402


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    r = subprocess.run([sys.executable, str(RUNNER), "1000", "20261207", str(folder)], capture_output=True, text=True,
                       timeout=400, cwd=RUNNER.parents[2])
    assert r.returncode == 0, f"the runner died (signal or crash): {r.returncode}\n{r.stderr[-2000:]}"
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_a_thousand_hostile_files_give_no_traceback_hang_or_crash(fuzz):
    assert fuzz["files"] >= 1000
    assert fuzz["FAILED"] == 0, "\n".join(fuzz["failures"])
    assert fuzz["refused"] > 0.5 * fuzz["files"] and fuzz["accepted"] > 0
    assert fuzz["peak_rss"] < hostile_files.RSS_BOUND, f"peak memory {fuzz['peak_rss'] / 2**20:.0f} MiB"
    assert fuzz["slowest"][0] < hostile_files.TIME_GUARD_S


def test_every_regression_case_is_refused_with_one_line(fuzz):
    cases = fuzz["regressions"]
    assert len(cases) == len(hostile_files.REGRESSIONS_LESSON) + 30
    for name, (outcome, detail) in cases.items():
        if name == "lesson:title_closes_docstring":      # a fine title: the export is what must be safe
            assert outcome == "accepted"
            continue
        if name == "lesson:lr_huge_diverges":            # a correct result: it diverges, and says so
            assert outcome == "accepted", detail
            continue
        assert outcome == "refused", (name, detail)
        assert detail.startswith("case.") and "\n" not in detail and len(detail) < 400, (name, detail)


CLI_CASES = ["caption_allocates", "hidden_1e18", "step_count_1e12", "toml_1000_deep", "csv_fifo", "action_pause"]


@pytest.mark.parametrize("name", CLI_CASES)
def test_hostile_lessons_through_the_cli_are_one_line_and_exit_2(tmp_path, name):
    os.mkfifo(tmp_path / "FIFO")
    path = tmp_path / "week3.toml"
    path.write_text(hostile_files.REGRESSIONS_LESSON[name])
    for args in (["check", str(path)], ["train", "--lesson-file", str(path), "--epochs", "1"]):
        r = subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True, timeout=30,
                           cwd=RUNNER.parents[2])
        assert r.returncode == 2 and r.stdout == "", (args, r.stdout, r.stderr)
        assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("nnviz: week3.toml: "), r.stderr


@pytest.mark.parametrize("name", ["encrypted_member", "json_100k_deep", "npy_claims_1e12", "description_5mb"])
def test_hostile_sessions_through_the_cli_are_one_line_and_exit_2(tmp_path, name):
    base = hostile_files.make_base_sessions(tmp_path)[0].read_bytes()
    path = tmp_path / "shared.nnviz"
    path.write_bytes(hostile_files.regressions_session(base)[name])
    (tmp_path / "in.csv").write_text("x1,x2\n0,1\n")
    for args in (["train", "--open", str(path), "--epochs", "1"], ["predict", str(path), "--csv", str(tmp_path / "in.csv")],
                 ["export", str(path), "--pytorch", str(tmp_path / "m.py")], ["check", str(path)]):
        r = subprocess.run([sys.executable, "-m", "nnviz", *args], capture_output=True, text=True, timeout=30,
                           cwd=RUNNER.parents[2])
        assert r.returncode == 2 and r.stdout == "", (args, r.stdout, r.stderr)
        assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("nnviz: shared.nnviz: "), r.stderr


@pytest.mark.parametrize("kind,name", [("session", "npy_claims_1e12"), ("session", "bomb_lying_header"),
                                       ("lesson", "caption_allocates")])
def test_the_window_refuses_them_before_it_opens(tmp_path, kind, name):
    """``nnviz --open F --screenshot`` / ``--lesson-file F``: one line, exit 2, no window."""
    if kind == "session":
        base = hostile_files.make_base_sessions(tmp_path)[0].read_bytes()
        path = tmp_path / "shared.nnviz"
        path.write_bytes(hostile_files.regressions_session(base)[name])
        flag = "--open"
    else:
        path = tmp_path / "week3.toml"
        path.write_text(hostile_files.REGRESSIONS_LESSON[name])
        flag = "--lesson-file"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "nnviz", flag, str(path), "--screenshot", str(tmp_path / "x.png")],
                       capture_output=True, text=True, timeout=60, cwd=RUNNER.parents[2], env=env)
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr
    assert r.stderr.startswith(f"nnviz: {path.name}: ") and not (tmp_path / "x.png").exists()
