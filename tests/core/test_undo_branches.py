"""Undo across branches leaves the session whole: play, go back, change a setting (a branch),
step, go back further than the branch, Ctrl+Z: the settings, the trainer and the timeline all
come back together, and the later history is reachable again, bitwise."""
from dataclasses import replace

import numpy as np
import pytest

from nnviz.core.app.session import Session
from nnviz.core.app.session_file import read_session, save_session


def played(n=200):
    s = Session()
    s.load_lesson("circle")
    for _ in s.run(n):
        pass
    return s


def with_lr(s, lr):
    new = s.settings.copy()
    new.config = replace(new.config, lr=lr)
    return new


@pytest.mark.parametrize("back_to", [90, 0, 149])
def test_undo_after_going_back_past_a_branch(back_to):
    reference = played(200)
    s = played(200)
    lr = s.settings.config.lr
    s.goto_epoch(150)
    s.apply_settings(with_lr(s, 0.6))          # a branch at 150
    s.step("epoch")
    s.goto_epoch(back_to)                      # further back than the branch
    text = s.undo()
    assert text.startswith("Undid the settings change"), text
    assert s.settings.config.lr == s.trainer.config.lr == lr
    assert s.timeline.describe(s.timeline.newest) == reference.timeline.describe(reference.timeline.newest)
    s.goto_epoch(200)
    assert s.trainer.epoch == 200 and len(s.trainer.history) == 200
    assert np.array_equal(s.trainer.network.flat, reference.trainer.network.flat)
    assert np.array_equal(s.trainer.history.train_loss, reference.trainer.history.train_loss)
    for _ in s.run(210):                       # and it trains on
        pass
    assert s.trainer.epoch == 210


def test_undo_of_a_branch_made_by_stepping_after_going_back_further(tmp_path):
    reference = played(120)
    s = played(120)
    s.goto_epoch(100)
    s.begin_training()
    s.step("epoch")                            # a branch at 100 with one new epoch
    s.goto_epoch(30)
    s.undo()
    s.goto_epoch(120)
    assert np.array_equal(s.trainer.network.flat, reference.trainer.network.flat)
    opened = read_session(save_session(s, tmp_path / "s.nnviz"))   # and the whole session saves
    assert opened.trainer.epoch == 120


def test_a_refused_undo_keeps_the_session_and_its_entry(monkeypatch):
    s = played(60)
    s.goto_epoch(40)
    s.apply_settings(with_lr(s, 0.6))
    before = (s.trainer, s.timeline, s.settings.config.lr, s.undo_label)

    def refuse(*a, **k):
        raise ValueError("that branch does not start on this timeline")

    monkeypatch.setattr(s.timeline, "restore_branch", refuse)
    text = s.undo()
    assert text.startswith("Cannot undo the settings change")
    assert (s.trainer, s.timeline, s.settings.config.lr, s.undo_label) == before


def test_saving_keeps_a_files_permissions_and_a_new_file_gets_the_users_default(tmp_path):
    import os
    import stat
    s = played(5)
    path = tmp_path / "shared.nnviz"
    save_session(s, path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~mask      # not mkstemp's 0600
    os.chmod(path, 0o664)
    save_session(s, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o664


def test_a_session_whose_weights_are_nan_without_diverging_is_refused(tmp_path):
    import io
    import json
    import zipfile
    from nnviz.core.app.session_file import SessionFileError
    s = played(3)
    path = save_session(s, tmp_path / "s.nnviz")
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    params = np.load(io.BytesIO(members["trainer/params.npy"]))
    params[0] = np.nan
    buf = io.BytesIO()
    np.save(buf, params)
    members["trainer/params.npy"] = buf.getvalue()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(SessionFileError, match="NaN or infinite"):
        read_session(path)
    assert json.loads(members["nnviz-session.json"])["trainer"]["diverged"] is None


def test_an_opened_timeline_counts_its_own_bytes_whatever_the_file_says(tmp_path):
    import json
    import zipfile
    s = played(30)
    path = save_session(s, tmp_path / "s.nnviz")
    honest = read_session(path)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    m = json.loads(members["nnviz-session.json"])
    m["timeline"]["bytes"] = 0
    for k in m["timeline"]["keys"]:
        k["nbytes"] = 0
    members["nnviz-session.json"] = json.dumps(m).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    lying = read_session(path)
    assert [k.nbytes for k in lying.timeline[1]] == [k.nbytes for k in honest.timeline[1]]
    assert all(k.nbytes > 0 for k in lying.timeline[1])
    t = Session()
    t.open(path)
    assert t.timeline.nbytes == sum(k.nbytes for k in honest.timeline[1]) > 0
