"""Every Session command reports what it changed, once, to every listener (no Qt)."""
from __future__ import annotations

import pytest

from nnviz.core.app.changes import Change, Changed, Listeners
from nnviz.core.data.datasets import GeneratedData
from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.app.session import Session

C = Change
NEW_TRAINER = C.TRAINER | C.STATE | C.HISTORY | C.TIMELINE


class Recorder:
    """A listener that keeps every report it is told."""

    def __init__(self, session: Session) -> None:
        self.reports: list[Changed] = []
        session.changed.connect(self.reports.append)

    def only(self) -> Changed:
        assert len(self.reports) == 1, [r.command for r in self.reports]
        return self.reports[0]

    def clear(self) -> None:
        self.reports.clear()


@pytest.fixture
def session():
    s = Session()
    s.load_lesson("or-gate")
    return s


def _trained(session: Session, epochs: int = 3) -> Recorder:
    for _ in range(epochs):
        session.step("epoch")
    return Recorder(session)


def test_loading_a_lesson_reports_everything_with_the_status_text():
    s = Session()
    rec = Recorder(s)
    text = s.load_lesson("or-gate")
    report = rec.only()
    assert report == Changed("load_lesson", C.everything(), text) and s.last_changed is report
    assert set(report.changes.names()) == {f.name.lower() for f in Change if f}


def test_loading_a_table_reports_everything(session):
    rec = Recorder(session)
    problem = get_lesson("iris").problem()
    text = session.load_problem(problem, "my table")
    assert rec.only() == Changed("load_problem", C.everything(), text)


def test_a_network_change_reports_a_new_trainer_and_settings(session):
    rec = Recorder(session)
    new = session.settings.copy()
    new.hidden, new.hidden_activations = (3,), ("sigmoid",)
    new.weights = new.biases = None
    session.apply_settings(new)
    report = rec.only()
    assert report.command == "apply_settings"
    assert report.changes == NEW_TRAINER | C.SETTINGS | C.UNDO
    assert C.DATA not in report


def test_a_learning_rate_change_reports_settings_and_undo_only(session):
    rec = Recorder(session)
    new = session.settings.copy()
    new.config.lr = 0.3
    text = session.apply_settings(new)
    assert rec.only() == Changed("apply_settings", C.SETTINGS | C.UNDO, text)
    assert session.trainer.config.lr == 0.3


def test_a_stop_condition_reports_settings_without_undo(session):
    rec = Recorder(session)
    new = session.settings.copy()
    new.config.epochs = 77
    session.apply_settings(new)
    assert rec.only() == Changed("apply_settings", C.SETTINGS, "")


def test_settings_that_change_nothing_report_none(session):
    rec = Recorder(session)
    session.apply_settings(session.settings.copy())
    assert rec.only() == Changed("apply_settings", C.NONE, "")


def test_a_refused_setting_reports_nothing(session):
    rec = Recorder(session)
    new = session.settings.copy()
    new.config.lr = -1.0           # a learning rate must be positive
    with pytest.raises(ValueError):
        session.apply_settings(new)
    assert rec.reports == []


def test_a_training_change_at_a_past_point_also_cuts_the_history(session):
    rec = _trained(session)
    session.step_back()
    rec.clear()
    new = session.settings.copy()
    new.config.lr = 0.5
    session.apply_settings(new)
    assert rec.only().changes == C.SETTINGS | C.UNDO | C.HISTORY | C.TIMELINE


def test_feature_inputs_are_a_network_change_with_new_data():
    s = Session()
    s.load_lesson("circle")
    rec = Recorder(s)
    new = s.settings.copy()
    new.inputs = ("x1", "x2", "x1²")
    new.weights = new.biases = None
    s.apply_settings(new)
    assert rec.only().changes == NEW_TRAINER | C.SETTINGS | C.UNDO | C.DATA


def test_new_points_report_data_and_a_new_trainer():
    s = Session()
    s.load_lesson("circle")
    rec = Recorder(s)
    text = s.change_data(GeneratedData("circle", seed=3).problem(), "data change (noise)")
    assert rec.only() == Changed("change_data", NEW_TRAINER | C.DATA | C.UNDO, text)


def test_a_step_reports_the_state_and_the_timeline(session):
    rec = Recorder(session)
    text = session.step("sample")
    assert rec.only() == Changed("step", C.STATE | C.TIMELINE, text)


def test_a_step_from_a_past_point_also_reports_the_branch(session):
    rec = _trained(session)
    session.step_back()
    rec.clear()
    session.step("epoch")
    assert rec.only().changes == C.STATE | C.TIMELINE | C.UNDO | C.HISTORY


def test_begin_training_reports_only_when_it_cuts(session):
    rec = _trained(session)
    assert session.begin_training() is False and rec.reports == []
    session.step_back()
    rec.clear()
    assert session.begin_training() is True
    assert rec.only() == Changed("begin_training", C.HISTORY | C.TIMELINE | C.UNDO, "")


def test_the_epochs_of_a_run_report_nothing(session):
    rec = Recorder(session)
    session.train_epoch()
    for _ in session.run(max_epochs=5):
        pass
    assert rec.reports == [] and session.epoch == 5


def test_reset_and_new_weights(session):
    rec = _trained(session)
    text = session.reset()
    assert rec.only() == Changed("reset", NEW_TRAINER | C.UNDO, text)
    rec.clear()
    text = session.new_weights(seed=5)
    assert rec.only() == Changed("new_weights", NEW_TRAINER | C.SETTINGS | C.UNDO, text)


def test_undo_reports_what_it_puts_back(session):
    rec = Recorder(session)
    assert session.undo() == "Nothing to undo." and rec.only().changes == C.NONE
    session.step("epoch")
    session.reset()
    rec.clear()
    text = session.undo()
    assert rec.only() == Changed("undo", NEW_TRAINER | C.SETTINGS | C.UNDO, text)


def test_undoing_a_lesson_change_reports_everything(session):
    session.step("epoch")
    session.load_lesson("xor")
    rec = Recorder(session)
    session.undo()
    assert rec.only().changes == C.everything() and session.lesson.name == "or-gate"


def test_undoing_new_points_reports_the_data(session):
    s = Session()
    s.load_lesson("circle")
    s.change_data(GeneratedData("circle", seed=3).problem(), "data change (noise)")
    rec = Recorder(s)
    s.undo()
    assert C.DATA in rec.only()


def test_save_reports_the_file_and_open_everything(session, tmp_path):
    session.step("epoch")
    rec = Recorder(session)
    path = tmp_path / "s.nnviz"
    text = session.save(path)
    assert rec.only() == Changed("save", C.FILE, text)
    rec.clear()
    text = session.open(path)
    assert rec.only() == Changed("open", C.everything(), text)


def test_a_refused_file_reports_nothing(session, tmp_path):
    bad = tmp_path / "bad.nnviz"
    bad.write_bytes(b"not a zip")
    rec = Recorder(session)
    with pytest.raises(Exception):
        session.open(bad)
    assert rec.reports == []


def test_editing_a_weight(session):
    rec = Recorder(session)
    text = session.edit_parameter(0, (0, 0), 1.5)
    assert rec.only() == Changed("edit_parameter", C.STATE | C.TIMELINE | C.UNDO, text)
    rec.clear()
    with pytest.raises(ValueError):
        session.edit_parameter(0, (0, 0), float("nan"))
    assert rec.reports == []


def test_moving_along_the_timeline(session):
    rec = _trained(session)
    for command, call in (("step_back", session.step_back), ("step_forward", session.step_forward),
                          ("goto", lambda: session.goto(1)), ("goto_epoch", lambda: session.goto_epoch(2))):
        rec.clear()
        text = call()
        assert rec.only() == Changed(command, C.STATE | C.TIMELINE, text)
    session.goto(0)
    rec.clear()
    session.step_back()
    assert rec.only() == Changed("step_back", C.NONE, "Already at the start: nothing to step back to.")
    rec.clear()
    with pytest.raises(ValueError):
        session.goto_epoch(999)
    assert rec.reports == []


def test_the_history_budget_reports_the_timeline(session):
    rec = Recorder(session)
    session.set_history_budget(1_000_000)
    assert rec.only().changes == C.TIMELINE


def test_listeners_are_told_in_order_and_can_leave():
    seen = []
    listeners = Listeners()
    first, second = (lambda r: seen.append(("a", r.command))), (lambda r: seen.append(("b", r.command)))
    listeners.connect(first)
    listeners.connect(second)
    listeners.connect(first)        # once is enough
    listeners.emit(Changed("x", C.STATE))
    listeners.disconnect(first)
    listeners.emit(Changed("y", C.STATE))
    assert seen == [("a", "x"), ("b", "x"), ("b", "y")]
