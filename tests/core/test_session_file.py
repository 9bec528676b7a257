"""Session files: an exact round trip at any point of training, and a clear refusal of every
kind of bad file that leaves the current session as it was."""
import io
import json
import os
import re
import zipfile
from dataclasses import replace

import numpy as np
import pytest

from nnviz.core.teaching.lessons import get_lesson
from nnviz.core.app.session import Session
from nnviz.core.app.session_file import MANIFEST, SessionFileError, read_session


def lesson_session(name="moons", **config):
    s = Session()
    s.load_lesson(name)
    if config:
        new = s.settings.copy()
        new.config = replace(new.config, **config)
        s.apply_settings(new)
    return s


def fingerprint(session):
    """Every number that decides the next step, as bytes."""
    t = session.trainer
    opt = [(k, tuple(np.asarray(v).tobytes() for v in vals)) for k, vals in sorted(t.optimizer.state.items())]
    return (t.network.flat.tobytes(), t.epoch, t.cursor, repr(t.rng.bit_generator.state), opt,
            tuple(map(tuple, (t.history.epochs, t.history.train_loss, t.history.val_loss))))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_save_mid_epoch_open_and_continue_is_bitwise_the_uninterrupted_run(optimizer, tmp_path):
    a = lesson_session("moons", optimizer=optimizer, batch_size=16, shuffle=True, lr=0.05)
    for _ in range(3):
        a.step("epoch")
    a.step("batch")
    a.step("batch")                          # two mini-batches into epoch 4
    assert a.trainer.cursor == 32
    path = tmp_path / "run.nnviz"
    a.save(path)
    b = Session()
    b.open(path)
    assert fingerprint(b) == fingerprint(a)
    for s in (a, b):
        for _ in range(7):
            s.step("epoch")
        s.step("batch")
    assert a.trainer.epoch == 10 and a.trainer.cursor == 16   # the first step finished epoch 4
    assert fingerprint(b) == fingerprint(a)
    assert b.trainer.network.flat.tobytes() == a.trainer.network.flat.tobytes()


def test_one_sample_at_a_time_mid_epoch_round_trips(tmp_path):
    a = lesson_session("iris")
    a.step("epoch")
    for _ in range(5):
        a.step("sample")
    a.save(tmp_path / "iris.nnviz")
    b = Session()
    text = b.open(tmp_path / "iris.nnviz")
    assert "epoch 1 +5 (5 of" in text
    for s in (a, b):
        s.step("epoch")
        s.step("epoch")
    assert fingerprint(b) == fingerprint(a)
    assert b.evaluate("test")["loss"] == a.evaluate("test")["loss"]
    np.testing.assert_array_equal(b.evaluate("test")["confusion"], a.evaluate("test")["confusion"])


def test_the_file_keeps_the_lesson_the_data_and_reset_still_works(tmp_path):
    a = lesson_session("house")
    for _ in range(10):
        a.step("epoch")
    a.save(tmp_path / "house.nnviz")
    b = Session()
    b.open(tmp_path / "house.nnviz")
    assert b.lesson == a.lesson and b.lesson.question == {"bedrooms": 4, "quality": 7}
    assert b.settings == a.settings
    assert b.problem.X_train.tobytes() == a.problem.X_train.tobytes()
    assert b.problem.y_scaler.scale.tolist() == [100.0] and b.problem.raw_columns == a.problem.raw_columns
    assert b.source == {"lesson": "house", "data": a.source["data"]}
    assert b.history_stats() == a.history_stats()
    b.reset()                                # back to the lesson's starting weights, 0.5 everywhere
    assert (b.trainer.network.weights[0] == 0.5).all() and b.trainer.epoch == 0


def test_a_persons_csv_session_opens_without_the_csv(tmp_path):
    from nnviz.core.data.csvdata import load_csv

    csv = tmp_path / "pets.csv"
    rows = ["weight,colour,kind"] + [f"{w},{c},{'cat' if w < 6 else 'dog'}" for w in range(1, 13) for c in ("red", "blue")]
    csv.write_text("\n".join(rows) + "\n")
    problem = load_csv(csv, "kind", features=["weight", "colour"], missing="mean")
    a = Session()
    a.load_problem(problem, "pets.csv", source={"csv": str(csv), "target": "kind", "missing": "mean"})
    a.step("epoch")
    a.save(tmp_path / "pets.nnviz")
    csv.unlink()
    b = Session()
    b.open(tmp_path / "pets.nnviz")
    assert b.lesson is None and b.description == "pets.csv" and b.source["missing"] == "mean"
    assert b.problem.raw_columns == [("weight", "numeric", None), ("colour", "text", ["blue", "red"])]
    assert b.problem.class_names == ["cat", "dog"]
    assert fingerprint(b) == fingerprint(a)


def test_open_then_undo_brings_the_previous_session_back(tmp_path):
    a = lesson_session("xor")
    a.step("epoch")
    a.save(tmp_path / "xor.nnviz")
    b = lesson_session("circle")
    for _ in range(4):
        b.step("epoch")
    before = fingerprint(b)
    b.open(tmp_path / "xor.nnviz")
    assert b.lesson.name == "xor"
    b.undo()
    assert b.lesson.name == "circle" and fingerprint(b) == before


# --- bad files ------------------------------------------------------------------------------
@pytest.fixture
def good(tmp_path):
    s = lesson_session("moons", optimizer="adam", batch_size=16)
    s.step("epoch")
    s.step("batch")
    path = tmp_path / "good.nnviz"
    s.save(path)
    return path


def members(path):
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_members(path, items):
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in items.items():
            zf.writestr(n, data)


def refused(path, *words):
    """Open ``path`` into a session that has trained: one line, and nothing changed."""
    s = lesson_session("circle")
    s.step("epoch")
    before = (s.problem, s.settings, s.trainer, s.lesson, fingerprint(s), s.undo_label)
    with pytest.raises(SessionFileError) as err:
        s.open(path)
    msg = str(err.value)
    assert "\n" not in msg and msg.startswith(path.name + ":"), msg
    for w in words:
        assert w in msg, msg
    assert (s.problem, s.settings, s.trainer, s.lesson, fingerprint(s), s.undo_label) == before
    return msg


def test_truncated(good, tmp_path):
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        p = tmp_path / "cut.nnviz"
        p.write_bytes(data[:cut])
        refused(p, "damaged or incomplete")


def test_corrupt_bytes_inside_a_member(good, tmp_path):
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("trainer/params.npy")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    p = tmp_path / "flipped.nnviz"
    p.write_bytes(bytes(data))
    refused(p, "damaged")


def test_foreign_files(tmp_path):
    csv = tmp_path / "table.nnviz"
    csv.write_text("a,b,c\n1,2,3\n")
    refused(csv, "not an nnviz session file", "CSV")
    png = tmp_path / "picture.nnviz"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    refused(png, "PNG image")
    empty = tmp_path / "empty.nnviz"
    empty.write_bytes(b"")
    refused(empty, "empty")
    other_zip = tmp_path / "other.nnviz"
    write_members(other_zip, {"word/document.xml": "<w/>"})
    refused(other_zip, "without nnviz-session.json")
    refused(tmp_path / "absent.nnviz", "does not exist")


def edited(good, tmp_path, change, name="edited.nnviz", extra=None):
    items = members(good)
    manifest = json.loads(items[MANIFEST])
    change(manifest)
    items[MANIFEST] = json.dumps(manifest)
    items.update(extra or {})
    p = tmp_path / name
    write_members(p, items)
    return p


def test_a_newer_version_says_update(good, tmp_path):
    p = edited(good, tmp_path, lambda m: m.update(version=2))
    refused(p, "newer nnviz", "format 2")


@pytest.mark.parametrize("change, words", [
    (lambda m: m["trainer"].update(cursor=10_000), "not a place in training"),
    (lambda m: m["trainer"].update(epoch=0), "history holds"),
    (lambda m: m["settings"].update(hidden=[3]), "do not fit"),
    (lambda m: m["trainer"]["config"].update(optimizer="sgd"), "optimizer state is adam"),
    (lambda m: m["trainer"]["config"].update(lr="fast"), "inconsistent"),
    (lambda m: m["trainer"].update(rng_state={"bit_generator": "MT19937"}), "random state"),
    (lambda m: m["problem"].update(feature_names=["x1"]), "input names"),
    (lambda m: m["arrays"]["trainer/params.npy"].update(shape=[3]), "manifest says"),
    (lambda m: m.pop("settings"), "the settings entry is missing"),
    (lambda m: m["settings"].update(colour="red"), "unknown setting 'colour'"),
])
def test_hand_edited_inconsistent_files(good, tmp_path, change, words):
    msg = refused(edited(good, tmp_path, change), "inconsistent")
    assert words in msg, msg


def test_not_json_and_nan_constants(good, tmp_path):
    items = members(good)
    items[MANIFEST] = b"{not json"
    write_members(tmp_path / "bad.nnviz", items)
    refused(tmp_path / "bad.nnviz", "not valid JSON")
    items[MANIFEST] = re.sub(rb'"version":\s*1', b'"version": NaN', members(good)[MANIFEST])
    assert b"NaN" in items[MANIFEST]
    write_members(tmp_path / "nan.nnviz", items)
    refused(tmp_path / "nan.nnviz")


class Boom:
    """Unpickling this would create the marker file: proof that something ran."""

    marker = ""

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_pickled_array_member_is_refused_and_never_run(good, tmp_path):
    marker = tmp_path / "I-ran"
    Boom.marker = str(marker)
    buf = io.BytesIO()
    np.save(buf, np.array([Boom()], dtype=object), allow_pickle=True)
    # Sanity: loading it with pickles allowed really would run it.
    np.load(io.BytesIO(buf.getvalue()), allow_pickle=True)
    assert marker.exists()
    marker.unlink()

    def list_it(m):
        m["arrays"]["trainer/params.npy"] = {"shape": [1], "dtype": "|O"}

    p = edited(good, tmp_path, list_it, extra={"trainer/params.npy": buf.getvalue()})
    refused(p, "pickle", "refused")
    assert not marker.exists()


def test_an_interrupted_save_leaves_the_old_file_and_no_litter(good, tmp_path, monkeypatch):
    old = good.read_bytes()
    s = lesson_session("spiral")
    s.step("epoch")
    calls = {"n": 0}
    real = zipfile.ZipFile.writestr

    def failing(self, name, data, *a, **k):
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError(28, "No space left on device")
        return real(self, name, data, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing)
    with pytest.raises(SessionFileError, match=r"^good.nnviz: could not be saved \(No space left on device\)"):
        s.save(good)
    assert good.read_bytes() == old
    assert sorted(os.listdir(tmp_path)) == ["good.nnviz"]
    monkeypatch.undo()

    def crash(*a, **k):
        raise KeyboardInterrupt        # the process being stopped mid-save

    monkeypatch.setattr(np, "save", crash)
    with pytest.raises(KeyboardInterrupt):
        s.save(good)
    assert good.read_bytes() == old and sorted(os.listdir(tmp_path)) == ["good.nnviz"]
    monkeypatch.undo()
    s.save(good)
    assert read_session(good).lesson.name == "spiral"


def test_saving_nothing_or_into_a_missing_folder_is_one_line(tmp_path):
    with pytest.raises(SessionFileError, match="nothing is loaded"):
        Session().save(tmp_path / "x.nnviz")
    s = lesson_session("xor")
    with pytest.raises(SessionFileError, match=r"^x.nnviz: cannot write in"):
        s.save(tmp_path / "no" / "such" / "x.nnviz")


def test_the_manifest_is_readable_json_and_arrays_are_plain_npy(good):
    with zipfile.ZipFile(good) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(MANIFEST))
        params = np.load(io.BytesIO(zf.read("trainer/params.npy")), allow_pickle=False)
    assert names[0] == MANIFEST and "lesson.toml" in names
    assert manifest["format"] == "nnviz-session" and manifest["version"] == 1
    assert manifest["trainer"]["epoch"] == 1 and manifest["trainer"]["cursor"] == 16
    assert params.dtype == np.float64 and params.shape == (get_lesson("moons").trainer().network.flat.size,)


# --- the command line ---------------------------------------------------------------------------
def run_cli(*argv):
    from nnviz.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(map(str, argv)), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("lesson, first, more", [("spiral", 40, 25), ("iris", 2, 2)])
def test_train_save_then_open_more_equals_one_uninterrupted_run(lesson, first, more, tmp_path):
    path = tmp_path / "run.nnviz"
    code, out, _ = run_cli("train", "--lesson", lesson, "--epochs", first, "--json", "--save", path)
    assert code == 0 and path.exists()
    code, resumed, _ = run_cli("train", "--open", path, "--epochs", more, "--json")
    assert code == 0
    code, whole, _ = run_cli("train", "--lesson", lesson, "--epochs", first + more, "--json")
    final = resumed.strip().splitlines()[-1]
    assert json.loads(final)["epoch"] == first + more
    assert final == whole.strip().splitlines()[-1]


def test_train_open_refuses_a_bad_file_and_a_second_source(tmp_path):
    (tmp_path / "x.nnviz").write_bytes(b"\x89PNG\r\n\x1a\n")
    code, out, err = run_cli("train", "--open", tmp_path / "x.nnviz", "--epochs", 3)
    assert code == 2 and err == "nnviz: x.nnviz: not an nnviz session file (it is a PNG image)\n"
    code, _, err = run_cli("train", "--open", tmp_path / "x.nnviz", "--lesson", "xor")
    assert code == 2 and "give either --lesson or --open, not both" in err


# --- the timeline ------------------------------------------------------------------------------
def test_the_timeline_keyframes_come_back_and_every_position_is_bitwise_the_same(tmp_path):
    a = lesson_session("moons", optimizer="momentum", batch_size=16, shuffle=True)
    for _ in range(20):
        a.trainer.step_epoch()
        a.timeline.record_epoch(a.trainer, 0.011)      # a keyframe every third epoch
    for kind in ("batch", "sample", "sample"):
        a.step(kind)                                   # the session records each step
    for _ in range(5):
        a.trainer.step_epoch()
        a.timeline.record_epoch(a.trainer, 0.011)
    newest = a.timeline.newest
    a.timeline.goto(a.trainer, 12)                     # saved while looking at the past
    assert len(a.trainer.history) == 12 and a.trainer.history.recorded == 25
    a.save(tmp_path / "tl.nnviz")
    b = Session()
    b.open(tmp_path / "tl.nnviz")
    assert b.timeline.keyframes == a.timeline.keyframes and b.timeline.current == a.timeline.current
    assert [d for d in b.trainer.capture().differences(a.trainer.capture()) if d != "last_step"] == []
    for p in range(newest, -1, -1):
        a.timeline.goto_position(a.trainer, p)
        b.timeline.goto_position(b.trainer, p)
        diff = [d for d in b.trainer.capture().differences(a.trainer.capture()) if d != "last_step"]
        assert diff == [], (p, a.timeline.describe(p), diff)
        assert b.trainer.history.train_loss == a.trainer.history.train_loss
    # Continuing from a past point branches the same way in both.
    a.timeline.goto(a.trainer, 7)
    b.timeline.goto(b.trainer, 7)
    for s in (a, b):
        s.timeline.truncate_after_current(s.trainer)
        s.trainer.step_epoch()
    assert b.trainer.network.flat.tobytes() == a.trainer.network.flat.tobytes()


def test_going_to_a_settings_keyframe_taken_before_any_step_stays_there():
    # It used to replay one epoch from the keyframe before (it took "no last step" to mean an
    # automatic keyframe): the trainer landed at epoch 1 for a position labelled epoch 0. Opened
    # session files hit this for every keyframe, as they do not keep the last step's record.
    from nnviz.core.engine.timeline import Timeline

    t = get_lesson("xor").trainer()
    tl = Timeline(t)
    t.update_config(lr=0.1)
    tl.note_config_change(t)
    for _ in range(3):
        t.step_epoch()
        tl.record_epoch(t, 0.001)
    tl.goto_position(t, 1)
    assert tl.label(1) == (0, 0) and (t.epoch, t.cursor) == (0, 0) and t.config.lr == 0.1


def test_the_window_command_refuses_a_bad_session_file_before_opening(tmp_path, capsys):
    from nnviz.__main__ import main

    (tmp_path / "notes.nnviz").write_text("just some text\n")
    assert main(["--open", str(tmp_path / "notes.nnviz")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("nnviz: notes.nnviz: not an nnviz session file") and err.count("\n") == 1


def test_the_timelines_packed_arrays_are_checked(tmp_path):
    s = lesson_session("xor")
    for _ in range(5):
        s.step("epoch")
    s.save(tmp_path / "x.nnviz")
    items = members(tmp_path / "x.nnviz")
    manifest = json.loads(items[MANIFEST])
    packed = [n for n, m in manifest["arrays"].items() if "pack" in m]
    assert packed and all(n.startswith("timeline/") for n in packed)
    manifest["arrays"][packed[-1]]["offset"] = 10**9          # points past the end of its pack
    items[MANIFEST] = json.dumps(manifest)
    write_members(tmp_path / "y.nnviz", items)
    refused(tmp_path / "y.nnviz", "inconsistent", "does not fit in timeline/pack-")


def test_feature_inputs_are_computed_again_on_opening_and_training_goes_on_the_same(tmp_path):
    from nnviz.core.data.features import with_features

    a = Session()
    lesson = get_lesson("circle")
    problem = with_features(lesson.problem(), ["x1", "x2", "x1^2", "x2^2"])
    a.load_lesson(lesson, problem=problem)
    for _ in range(4):
        a.step("epoch")
    a.save(tmp_path / "features.nnviz")
    b = Session()
    b.open(tmp_path / "features.nnviz")
    assert b.problem.n_features == 4 and b.problem.input_transform is not None
    assert b.problem.X_train.tobytes() == a.problem.X_train.tobytes()
    assert b.problem.input_transform.source.X_train.tobytes() == a.problem.input_transform.source.X_train.tobytes()
    for s in (a, b):
        s.step("epoch")
    assert fingerprint(b) == fingerprint(a)
