"""Frames part-way through a long epoch while a run plays (the digits lesson's 1,259 samples one
at a time): what they say is true ("Epoch N +k" and exactly the weights of that moment), and a
Pause settles on an epoch's end with the weights, history and timeline of a run that never
showed one. Lessons whose epochs are short, or one step, send the frames they always did.

The worker's pacing constants are set to 0 where a test needs part-way frames whatever the
machine's speed: every part of an epoch after the first may then bring one."""
from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.app.session import Session
from nnviz.core.teaching.lessons import get_lesson
from nnviz.workers import training_worker

SMALL = (1024, 768)
TIMEOUT = 30_000


@pytest.fixture
def part_way_always(monkeypatch):
    monkeypatch.setattr(training_worker, "LONG_EPOCH_S", 0.0)
    monkeypatch.setattr(training_worker, "PART_FRAME_S", 0.0)
    monkeypatch.setattr(training_worker, "MIN_TRAIN_S", 0.0)
    monkeypatch.setattr(training_worker, "PART_SAMPLES", 200)


def _drawn(w) -> list:
    """(frame, toolbar text) of every frame painted from now on."""
    seen = []
    w.frameDrawn.connect(lambda _e: seen.append((w.painter.last_frame, w.epoch_label.text())))
    return seen


def _play_until_part_way(qtbot, w, seen, n: int = 3) -> None:
    w.max_epochs.setValue(10_000)
    w.play()
    qtbot.waitUntil(lambda: sum(f.progress is not None for f, _ in seen) >= n, timeout=TIMEOUT)


def _pause(qtbot, w) -> None:
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.pause()


def _state(t) -> list:
    opt = t.optimizer.state.get(("all", 0))
    h = t.history
    return [t.network.flat.copy(), np.array([t.epoch, t.cursor]), *(a.copy() for a in (opt[:2] if opt else ())),
            *(np.array(c, float) for c in (h.train_loss, h.val_loss, h.train_accuracy, h.val_accuracy))]


def _same(a, b) -> bool:
    sa, sb = _state(a), _state(b)
    return (len(sa) == len(sb) and all(np.array_equal(x, y, equal_nan=True) for x, y in zip(sa, sb))
            and a.rng.bit_generator.state == b.rng.bit_generator.state)


def test_a_part_way_frame_says_where_it_is_and_shows_exactly_those_weights(qtbot, open_window, part_way_always):
    w = open_window("digits", SMALL)
    seen = _drawn(w)
    _play_until_part_way(qtbot, w, seen)
    _pause(qtbot, w)
    n = w.session.trainer.n_train
    part_way = [(f, text) for f, text in seen if f.progress is not None]
    assert part_way
    for frame, text in part_way:
        e, c = frame.snapshot.epoch, frame.snapshot.cursor
        assert frame.progress == (c, n) and 0 < c < n
        assert text == f"Epoch {e:,} +{c:,}"     # the toolbar's "epoch N +k", as after Step sample
    # The weights such a frame showed are the trainer's after e epochs and c samples, bitwise.
    frame = part_way[0][0]
    ref = get_lesson("digits").trainer()
    for _ in range(frame.snapshot.epoch):
        ref.step_epoch()
    ref.step_epoch_part(frame.snapshot.cursor)
    assert ref.cursor == frame.snapshot.cursor
    w_ref, b_ref = ref.network.parameters()
    assert all(np.array_equal(a, b) for a, b in zip(frame.snapshot.weights, w_ref))
    assert all(np.array_equal(a, b) for a, b in zip(frame.snapshot.biases, b_ref))


def test_a_pause_settles_exactly_where_a_run_without_part_way_frames_would(qtbot, open_window, part_way_always):
    w = open_window("digits", SMALL)
    ref = Session()
    ref.load_lesson("digits")
    assert _same(w.session.trainer, ref.trainer)          # the same start
    seen = _drawn(w)
    _play_until_part_way(qtbot, w, seen)
    _pause(qtbot, w)
    s = w.session
    epochs = s.epoch
    assert s.trainer.cursor == 0 and epochs >= 2
    # What the window says after the Pause: the epoch the session is at, no "+k".
    assert w.painter.last_frame.progress is None
    assert w.epoch_label.text() == f"Epoch {epochs:,}"
    for _ in range(epochs):
        ref.train_epoch()
    assert _same(s.trainer, ref.trainer)
    assert s.timeline.newest == ref.timeline.newest == epochs
    assert [s.timeline.label(i) for i in range(epochs + 1)] == [ref.timeline.label(i) for i in range(epochs + 1)]
    assert s.history_columns()[1].tolist() == ref.history_columns()[1].tolist()
    # Every position of the timeline is the uninterrupted run's state there.
    for position in sorted({epochs - 1, epochs // 2, 1, 0}):
        s.goto(position)
        ref.goto(position)
        assert _same(s.trainer, ref.trainer), position


def test_stopping_a_run_with_a_part_way_frame_on_screen_shows_the_settled_state(qtbot, open_window, part_way_always):
    w = open_window("digits", SMALL)
    seen = _drawn(w)
    _play_until_part_way(qtbot, w, seen)
    qtbot.waitUntil(lambda: w.painter.last_frame.progress is not None, timeout=TIMEOUT)
    w.runner.stop_and_wait()          # as a command does before it changes the session
    assert not w.runner.running and w.session.trainer.cursor == 0
    assert w.painter.last_frame.progress is None
    assert w.epoch_label.text() == f"Epoch {w.session.epoch:,}"


def test_presentation_mode_says_the_same_as_the_toolbar(qtbot, open_window, part_way_always):
    w = open_window("digits", SMALL)
    with qtbot.waitSignal(w.presenter.beatDone, timeout=TIMEOUT):
        w.presenter.start(True, size=SMALL)
    captions = []
    w.frameDrawn.connect(lambda _e: captions.append((w.painter.last_frame.progress, w.presenter.epoch.text(),
                                                     w.epoch_label.text())))
    w.max_epochs.setValue(10_000)
    w.play()
    qtbot.waitUntil(lambda: sum(p is not None for p, _, _ in captions) >= 2, timeout=TIMEOUT)
    _pause(qtbot, w)
    for progress, shown, toolbar in captions:
        if progress is not None:
            assert shown == toolbar and " +" in shown
    assert w.presenter.epoch.text() == f"Epoch {w.session.epoch:,}"


def test_a_chosen_speed_draws_whole_epochs(qtbot, open_window, part_way_always):
    """At "N/frame" the slider's promise holds: frames every N epochs, none part-way."""
    w = open_window("digits", SMALL)
    w.speed_slider.setValue(0)               # 1 epoch a frame
    seen = _drawn(w)
    w.max_epochs.setValue(4)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.play()
    assert w.session.epoch == 4
    assert seen and all(f.progress is None and f.snapshot.cursor == 0 for f, _ in seen)


@pytest.mark.parametrize("lesson", ["circle", "spiral"])
def test_one_step_epochs_send_the_frames_they_always_did(qtbot, open_window, part_way_always, lesson):
    """Full-batch lessons (every lesson but iris, plane and digits) have no parts: even with
    part-way frames always due, each frame is an epoch's end with that epoch's weights."""
    w = open_window(lesson, SMALL)
    frames = []
    w.runner.frameReady.connect(frames.append)
    w.max_epochs.setValue(300)
    with qtbot.waitSignal(w.runner.runFinished, timeout=TIMEOUT):
        w.play()
    assert w.session.epoch == 300 and frames
    ref = get_lesson(lesson).trainer()
    for frame in frames:
        assert frame.progress is None and frame.snapshot.cursor == 0
        while ref.epoch < frame.snapshot.epoch:
            ref.step_epoch()
        assert all(np.array_equal(a, b) for a, b in zip(frame.snapshot.weights, ref.network.weights))
