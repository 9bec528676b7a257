"""The Data panel as a teacher uses it: open a table, choose, press "Use this data".

Every case of tests/data/csv/cases.json goes through the GUI loader (reading on the worker
thread, preparing on the worker thread). Waits are on signals of main-thread objects
(``loadFinished``, ``prepareFinished``), never sleeps; every thread is joined.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from nnviz.core.engine.settings import build_trainer
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.text import READ, ROUTINE, Counts, Note, Num
from nnviz.ui.data_choices import default_target
from nnviz.ui.data_panel import DataPanel, describe_problem, summarize_notes
from nnviz.ui.data_preview import NAME_CHARS

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "csv"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))["cases"]
TIMEOUT = 30_000
GOOD = CORPUS / "good" / "crlf.csv"      # a good table: target 'label', 2 numeric features


def _id(case: dict) -> str:
    extra = "-".join(sorted(case["kwargs"])) if case["kwargs"] else ""
    return f"{case['file']}:{case['target']}" + (f"[{extra}]" if extra else "")


# --- fixtures and helpers ------------------------------------------------------------------------
@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panel(qtbot, settings):
    p = DataPanel(settings=settings)
    qtbot.addWidget(p)
    p.resize(330, 900)
    p.show()
    yield p
    p.shutdown()
    assert not p.is_loading()


class Recorder:
    """Every emission of a signal, in order."""

    def __init__(self, signal) -> None:
        self.calls: list[tuple] = []
        signal.connect(lambda *args: self.calls.append(args))


def read(qtbot, panel: DataPanel, path) -> str:
    """Open ``path`` and wait for the read to end; returns "loaded", "refused" or "cancelled"."""
    with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT) as blocker:
        panel.open_file(str(path))
    assert not panel.is_loading()
    return blocker.args[0]


def use(qtbot, panel: DataPanel) -> bool:
    """Press "Use this data" and wait; True when problemReady was emitted."""
    assert panel.use_button.isEnabled()
    with qtbot.waitSignal(panel.prepareFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    assert not panel.is_loading()
    return blocker.args[0]


def load_good(qtbot, panel: DataPanel):
    """Read and use the good table; returns the problem it emitted."""
    assert read(qtbot, panel, GOOD) == "loaded"
    panel.set_choices(target="label")
    with qtbot.waitSignal(panel.problemReady, timeout=TIMEOUT) as ready:
        assert use(qtbot, panel)
    return ready.args[0]


def rows_of(problem) -> int:
    return sum(len(x) for x in (problem.X_train, problem.X_val, problem.X_test) if x is not None)


# --- the corpus ----------------------------------------------------------------------------------
def _gui_cannot_express(case: dict, panel: DataPanel) -> str | None:
    """Choices the panel makes impossible, so it never has to refuse them; None otherwise.
    Asserts that the panel really offers no way to make them."""
    kw = case["kwargs"]
    columns = [panel.target_combo.itemData(i) for i in range(panel.target_combo.count())]
    if case["target"] not in columns:
        assert columns, "a table was read, so its columns are offered"
        return "the target is picked from the table's columns"
    listed = [item.data(Qt.ItemDataRole.UserRole) for item in panel.feature_items()]
    if kw.get("features") is not None and case["target"] in kw["features"]:
        panel.set_choices(target=case["target"])
        assert case["target"] not in listed and case["target"] not in panel.checked_features()
        return "the target is never listed as a feature"
    if kw.get("one_hot_text") is False:
        _choose(panel, case)
        return "the panel always one-hot encodes chosen text columns"
    return None


def _choose(panel: DataPanel, case: dict) -> None:
    kw = case["kwargs"]
    panel.set_choices(target=case["target"])
    assert panel.target_combo.currentData() == case["target"]
    panel.set_choices(features=kw.get("features"), target_kind=kw.get("target_kind"),
                      missing=kw.get("missing"), scaling=kw.get("scaling"), split=kw.get("split"))
    if "features" in kw:
        assert panel.checked_features() == [c for c in panel.table().frame.columns if c in kw["features"]]


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_corpus_case_through_the_panel(qtbot, panel, case):
    path = CORPUS / case["file"]
    ready = Recorder(panel.problemReady)
    messages = Recorder(panel.message)

    if case["expect"] == "load":
        assert read(qtbot, panel, path) == "loaded"
        _choose(panel, case)
        assert use(qtbot, panel), panel.error_text()
        assert len(ready.calls) == 1
        problem, description = ready.calls[0]
        assert problem.task == case["task"]
        assert rows_of(problem) == case["rows"]
        assert problem.n_features == case["n_features"]
        if "class_names" in case:
            assert problem.class_names == case["class_names"]
        for part in case["notes_contain"]:
            assert any(part in note for note in map(str, problem.notes)), (part, problem.notes)
        assert description.startswith(f"{path.name}: {case['rows']:,} rows")
        assert "\n" not in description and panel.error_text() == ""
        assert messages.calls[-1][0].startswith(f"Loaded {path.name}: {case['rows']:,} rows")
        assert panel.problem() is problem
        return

    # A refusal: a good problem is in use first, and it must stay.
    previous = load_good(qtbot, panel)
    previous_table = panel.table()
    ready.calls.clear()
    outcome = read(qtbot, panel, path)
    if outcome == "refused":
        assert panel.table() is previous_table, "the previous preview stays"
        assert panel.preview_model.rowCount() > 0
    else:
        assert outcome == "loaded"
        why = _gui_cannot_express(case, panel)
        if why is not None:
            # The panel cannot make this mistake; what it would do instead must still work.
            assert use(qtbot, panel), panel.error_text()
            assert panel.error_text() == ""
            return
        _choose(panel, case)
        assert use(qtbot, panel) is False
    text = panel.error_text()
    assert case["message_contains"] in text
    assert "\n" not in text and "Traceback" not in text
    assert messages.calls[-1][0] == text
    assert ready.calls == [], "a refusal never emits problemReady"
    assert panel.problem() is previous, "the problem in use is untouched"
    # The panel carries on: a good file loads afterwards.
    again = load_good(qtbot, panel)
    assert again is not previous and panel.error_text() == ""


# --- files that are not there ----------------------------------------------------------------------
def test_missing_file_and_folder_are_refused_in_one_line(qtbot, panel, tmp_path):
    assert read(qtbot, panel, tmp_path / "nope.csv") == "refused"
    assert panel.error_text() == "nope.csv: the file does not exist."
    assert read(qtbot, panel, tmp_path) == "refused"
    assert "this is a folder, not a CSV file" in panel.error_text()
    assert panel.table() is None and not panel.choices_box.isVisible()
    assert read(qtbot, panel, GOOD) == "loaded"
    assert panel.error_text() == "" and panel.choices_box.isVisible()


def test_unexpected_error_in_the_worker_becomes_one_line(qtbot, panel, monkeypatch):
    import nnviz.workers.csv_worker as csv_worker

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(csv_worker, "read_table", explode)
    messages = Recorder(panel.message)
    assert read(qtbot, panel, GOOD) == "refused"
    assert panel.error_text() == "could not read crlf.csv: disk on fire second line"
    assert messages.calls[-1][0] == panel.error_text()


def test_unexpected_error_while_preparing_keeps_the_problem(qtbot, panel, monkeypatch):
    import nnviz.workers.csv_worker as csv_worker

    previous = load_good(qtbot, panel)
    monkeypatch.setattr(csv_worker, "prepare", lambda *a, **k: 1 / 0)
    assert use(qtbot, panel) is False
    assert panel.error_text().startswith("could not read crlf.csv:")
    assert panel.problem() is previous


# --- big files: cancel, responsiveness ---------------------------------------------------------------
@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """About 200,000 rows (6 MB)."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200_000, 4)).round(3)
    label = np.where(X[:, 0] + X[:, 1] > 0, "yes", "no")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("a,b,c,d,label\n")
        fh.writelines(f"{a},{b},{c},{d},{y}\n" for (a, b, c, d), y in zip(X.tolist(), label))
    return path


def test_cancel_right_after_start(qtbot, panel, big_csv):
    previous = load_good(qtbot, panel)
    table = panel.table()
    with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT) as blocker:
        panel.open_file(str(big_csv))
        assert panel.is_loading() and panel.progress_box.isVisible() and panel.cancel_button.isVisible()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert not panel.is_loading() and not panel.progress_box.isVisible()
    assert panel.table() is table and panel.problem() is previous
    assert panel.error_text() == "" and "Stopped reading big.csv" in panel.error_label.text()


def test_a_new_open_replaces_a_running_read(qtbot, panel, big_csv):
    outcomes = Recorder(panel.loadFinished)
    panel.open_file(str(big_csv))
    with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT):
        panel.open_file(str(GOOD))
    QApplication.processEvents()  # any stale result of the first read arrives now (and is dropped)
    assert outcomes.calls == [("loaded",)]
    assert panel.table().name == "crlf.csv"


def test_shutdown_joins_a_running_read(qtbot, panel, big_csv):
    outcomes = Recorder(panel.loadFinished)
    panel.open_file(str(big_csv))
    panel.shutdown()
    assert not panel.is_loading() and not panel.progress_box.isVisible()
    QApplication.processEvents()
    assert outcomes.calls == []


def test_big_read_keeps_the_event_loop_running(qtbot, panel, big_csv):
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        start = time.perf_counter()
        assert read(qtbot, panel, big_csv) == "loaded"
        end = time.perf_counter()
    finally:
        timer.stop()
    assert panel.table().frame.shape == (200_000, 5)
    stamps = [start, *ticks, end]
    longest = max(b - a for a, b in zip(stamps, stamps[1:]))
    assert len(ticks) >= 2 and longest < 1.0, f"the window froze for {longest:.2f} s"
    assert use(qtbot, panel)
    assert rows_of(panel.problem()) == 200_000


# --- recent files -------------------------------------------------------------------------------------
def test_recent_files_remembered_and_pruned(qtbot, qapp, panel, settings, tmp_path):
    files = []
    for i in range(10):
        f = tmp_path / f"t{i}.csv"
        f.write_bytes(GOOD.read_bytes())
        files.append(f)
    assert panel.recent_files() == [] and not panel.recent_button.isEnabled()
    assert read(qtbot, panel, files[0]) == "loaded"
    assert read(qtbot, panel, files[1]) == "loaded"
    assert panel.recent_files() == [str(files[1]), str(files[0])]
    assert read(qtbot, panel, files[0]) == "loaded"       # opened again: moves to the top
    assert panel.recent_files() == [str(files[0]), str(files[1])]
    assert read(qtbot, panel, tmp_path / "gone.csv") == "refused"  # a refusal is not remembered
    assert panel.recent_files() == [str(files[0]), str(files[1])]

    files[1].unlink()
    assert panel.recent_files() == [str(files[0])]
    settings.sync()
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("recent_csv") in (
        [str(files[0])], str(files[0]))

    for f in files[2:]:
        assert read(qtbot, panel, f) == "loaded"
    assert panel.recent_files() == [str(f) for f in reversed(files[2:])]  # at most 8, newest first

    other = DataPanel(settings=settings)     # a new window remembers them
    qtbot.addWidget(other)
    assert other.recent_files() == panel.recent_files()
    other.recent_menu.aboutToShow.emit()
    actions = [a for a in other.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == other.recent_files()
    with qtbot.waitSignal(other.loadFinished, timeout=TIMEOUT):
        actions[-1].trigger()
    assert other.table().name == "t2.csv"
    other.shutdown()


# --- drag and drop -----------------------------------------------------------------------------------
def _drag(panel: DataPanel, path: Path) -> tuple[QDragEnterEvent, QDropEvent | None]:
    """A file dragged over the panel and, when the panel takes it, dropped (as Qt delivers them)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return enter, None
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    return enter, drop


def test_dropping_a_csv_file_opens_it(qtbot, panel):
    with qtbot.waitSignal(panel.loadFinished, timeout=TIMEOUT) as blocker:
        _, drop = _drag(panel, GOOD)
    assert drop is not None and drop.isAccepted() and blocker.args == ["loaded"]
    assert panel.table().name == "crlf.csv"


def test_dragging_another_kind_of_file_is_refused(qtbot, panel, tmp_path):
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    enter, drop = _drag(panel, picture)
    assert not enter.isAccepted() and drop is None and not panel.is_loading()


# --- the real tables ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name, target, classes, n_features", [
    ("iris", "species", 3, 4),
    ("penguins", "species", 3, 5),
    ("breast_cancer", "diagnosis", 2, 30),
    ("wine", "cultivar", 3, 13),
])
def test_real_tables_load_with_the_default_choices(qtbot, panel, name, target, classes, n_features):
    assert read(qtbot, panel, ROOT / "data" / f"{name}.csv") == "loaded"
    assert panel.target_combo.currentData() == target
    assert panel.scaling_combo.currentData() == "standard" and panel.missing_combo.currentData() == "drop"
    assert (panel.train_spin.value(), panel.val_spin.value(), panel.test_spin.value()) == (75, 10, 15)
    with qtbot.waitSignal(panel.problemReady, timeout=TIMEOUT) as ready:
        assert use(qtbot, panel)
    problem, description = ready.args
    assert len(problem.class_names) == classes and problem.n_features == n_features
    assert description == f"{name}.csv: {rows_of(problem):,} rows, {n_features} features → {target} ({classes} classes)"


def test_penguins_text_columns_one_hot_and_missing_cells(qtbot, panel):
    assert read(qtbot, panel, ROOT / "data" / "penguins.csv") == "loaded"
    items = {item.data(Qt.ItemDataRole.UserRole): item for item in panel.feature_items()}
    assert "species" not in items
    assert items["island"].text() == "island (text → one-hot)"
    assert items["island"].checkState() == Qt.CheckState.Unchecked
    assert items["bill_length_mm"].checkState() == Qt.CheckState.Checked
    model = panel.preview_model
    headers = [model.column_header(i) for i in range(model.columnCount())]
    assert headers[:3] == ["species\ntext", "island\ntext", "bill_length_mm\nnumeric"]
    assert model.rowCount() == 20
    assert model.index(3, 2).data() == "NA"                  # row 4 of penguins has no measurements
    items["island"].setCheckState(Qt.CheckState.Checked)
    panel.set_choices(missing="mean", scaling="minmax")
    assert use(qtbot, panel)
    p = panel.problem()
    assert rows_of(p) == 344 and "island=Biscoe" in p.feature_names
    assert any("Filled" in n for n in map(str, p.notes))
    assert p.X_train.min() >= 0 and p.X_train.max() <= 1


def test_changing_the_target_relists_the_features(qtbot, panel):
    assert read(qtbot, panel, ROOT / "data" / "penguins.csv") == "loaded"
    panel.set_choices(target="body_mass_g")
    assert "body_mass_g" not in panel.checked_features() and "species" not in panel.checked_features()
    assert panel.choices()["features"] is None             # the default: prepare notes unused text
    panel.set_choices(target_kind="regression")
    assert use(qtbot, panel)
    p = panel.problem()
    assert p.task == "regression" and p.target_name == "body_mass_g"
    assert "body_mass_g" not in p.feature_names
    assert panel.result_label.text().endswith("→ body_mass_g (a number)")


def test_iris_from_the_csv_path_trains_to_90_percent(qtbot, panel):
    assert read(qtbot, panel, ROOT / "data" / "iris.csv") == "loaded"
    with qtbot.waitSignal(panel.problemReady, timeout=TIMEOUT) as ready:
        assert use(qtbot, panel)
    problem = ready.args[0]
    setup = get_lesson("iris").start_settings()   # 4-5-10-3 sigmoid, batch 1, lr 0.15, 100 epochs
    setup.seed = 0
    trainer = build_trainer(problem, setup)
    for _ in trainer.run():
        pass
    assert trainer.evaluate("test")["accuracy"] >= 0.9


# --- small pieces ------------------------------------------------------------------------------------------
def test_default_target_names():
    assert default_target(["a", "b", "Species", "c"]) == "Species"
    assert default_target(["x", "price_eur", "rooms"]) == "price_eur"
    assert default_target(["label", "class"]) == "class"   # the list's order decides
    assert default_target(["a", "b"]) == "b"
    assert default_target([]) is None


def test_status_summary_is_one_short_line():
    notes = [Note("Csv", "Read {0} rows × {1} columns ({2} numeric, {3} text).", (344, 8, 5, 3), READ),
             Note("Csv", "Dropped {0} of {1} rows with missing values ({2}).", (3, 150, Counts((("a", 3),)))),
             Note("Csv", "Target {0}: multiclass classification with {1} classes ({2}).", ("'species'", 3, "x, y, z"),
                  ROUTINE),
             Note("Csv", "Split {0}: {1} training, {2} validation, {3} test rows (seed {4}).",
                  (Num((75, 10, 15)), 1, 1, 1, "0"), ROUTINE)]
    assert summarize_notes(notes) == "Dropped 3 of 150 rows with missing values."
    assert summarize_notes(notes[:1]) == ""
    assert summarize_notes(notes[:1] + ["A lesson's own note (kept)."]) == "A lesson's own note."


def test_controls_have_tooltips(panel):
    for w in (panel.open_button, panel.recent_button, panel.cancel_button, panel.target_combo,
              panel.kind_combo, panel.feature_list, panel.missing_combo, panel.scaling_combo,
              panel.train_spin, panel.val_spin, panel.test_spin, panel.use_button, panel.preview):
        assert len(w.toolTip()) > 20, w


def test_describe_problem_names_inputs_when_one_hot(qtbot, panel):
    assert read(qtbot, panel, CORPUS / "good" / "text_features.csv") == "loaded"
    panel.set_choices(target="bought", features=["color", "size", "weight"])
    assert use(qtbot, panel)
    assert describe_problem(panel.problem(), "t.csv") == "t.csv: 40 rows, 3 features (8 inputs) → bought (2 classes)"


# --- wide tables and long names (issue 13) -----------------------------------------------------------
def _write_wide(tmp_path, n: int, long_name: str | None = None) -> Path:
    names = [f"c{i}" for i in range(n)]
    if long_name:
        names[1] = long_name
    rows = "".join(",".join(str((r + c) % 7) for c in range(n)) + f",{'ab'[r % 2]}\n" for r in range(30))
    path = tmp_path / "wide.csv"
    path.write_text(",".join(names) + ",label\n" + rows)
    return path


def test_a_huge_column_name_is_elided_with_the_full_name_on_hover(qtbot, panel, tmp_path):
    long_name = "n" * 70_000
    assert read(qtbot, panel, _write_wide(tmp_path, 4, long_name)) == "loaded"
    model = panel.preview_model
    header = model.headerData(1, Qt.Orientation.Horizontal)
    assert header.split("\n")[0] == "n" * (NAME_CHARS - 1) + "…"
    assert ("n" * 900) in model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert panel.preview.horizontalHeader().sectionSize(1) < 400
    assert panel.sizeHint().width() < 1000 and panel.minimumSizeHint().width() < 1000
    item = next(i for i in panel.feature_items() if i.data(Qt.ItemDataRole.UserRole) == long_name)
    assert len(item.text()) < 60 and ("n" * 900) in item.toolTip()


def test_names_with_line_breaks_stay_on_one_line(qtbot, panel, tmp_path):
    path = tmp_path / "breaks.csv"
    path.write_text('"first\nsecond",label\n' + "".join(f'{i},"x\ny"\n' for i in range(30)))
    assert read(qtbot, panel, path) == "loaded"
    assert panel.preview_model.headerData(0, Qt.Orientation.Horizontal) == "first\\nsecond\nnumeric"
    assert panel.preview_model.data(panel.preview_model.index(0, 1)) == "x\\ny"


def test_wide_table_target_change_hides_one_row(qtbot, panel, tmp_path):
    from nnviz.core.data.csvdata import MAX_COLUMNS

    assert read(qtbot, panel, _write_wide(tmp_path, MAX_COLUMNS - 1)) == "loaded"
    assert panel.target_combo.currentData() == "label"
    assert len(panel.feature_items()) == MAX_COLUMNS - 1
    assert panel.checked_features() == [f"c{i}" for i in range(MAX_COLUMNS - 1)]
    panel.set_choices(target="c5")
    names = [i.data(Qt.ItemDataRole.UserRole) for i in panel.feature_items()]
    assert "c5" not in names and "label" in names and len(names) == MAX_COLUMNS - 1
    assert "c5" not in panel.checked_features() and "label" not in panel.checked_features()
    panel.set_choices(target="label")
    assert "c5" in panel.checked_features()   # back with its default state
    assert panel.preview_model._target == "label"
