"""Session files (``.nnviz``): everything needed to carry on exactly where a session stopped,
on this machine or another.

A session file is a zip archive of

=============================  ==============================================================
``nnviz-session.json``         written first: the format name and version, the settings, the
                               trainer's scalars (epoch, sample cursor, random state, optimizer
                               scalars, divergence), the data's names, scalers and origin, the
                               loss history's length, and a list of every array member with
                               its shape and dtype
``lesson.toml``                the lesson (its texts, question and beats) as a lesson file,
                               when a lesson is loaded
``data/*.npy``                 the prepared table itself (training, validation and test rows,
                               scaled as the network sees them, and the scalers), so the file
                               opens where the CSV is not
``trainer/*.npy``              the weights, the starting weights, the last finite weights, the
                               optimizer's moments, mid-epoch the epoch's row order and outputs
``history/*.npy``              the loss and accuracy per epoch (those a step back hid too)
``timeline/N/*.npy``           the timeline's keyframes, each a full trainer state, so that
                               going back after opening reaches the same states bitwise
=============================  ==============================================================

Opening a file never runs code from it: JSON is read with :mod:`json`, arrays with
``np.load(..., allow_pickle=False)`` (a pickled member is refused), only the members named in
the manifest are read, and their sizes are checked before anything is decompressed. Every
problem (not a zip, a zip of something else, truncated, damaged, newer, hand-edited into
something inconsistent) is a :class:`SessionFileError` with one line, raised before anything
is handed back, so the caller's session stays as it was.

Saving is atomic: the archive is written to a temporary file in the same folder, flushed and
fsync'ed, then renamed over the target, so a crash or a full disk never leaves a broken file in
place of a good one.
"""
from __future__ import annotations

import io
import json
import math
import os
import stat
import tempfile
import zipfile
import zlib
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np

from ... import __version__
from ..data.features import with_features
from ..data.problem import Problem, Scaler
from ..engine.history import EpochStats
from ..engine.optimizers import make_optimizer
from ..engine.settings import Settings, build_network
from ..engine.timeline import _Key
from ..engine.trainer_state import TrainerState, owned_bytes
from ..engine.training import TrainConfig, Trainer
from ..limits import MAX_LESSON_BYTES, MAX_MANIFEST_BYTES, MAX_NESTING, LimitError, bracket_depth, open_regular
from ..teaching.lesson_files import LessonFileError, lesson_to_toml, parse_lesson
from ..text import note_text, one_line
from ..tr import translate
from .session_checks import (
    MANIFEST,
    PROBLEM_ARRAYS,
    Members,
    SessionFileError,
    check_manifest,
    check_manifest_texts,
    check_problem,
    check_settings_fit,
    label_of,
    read_npy,
    short,
)

FORMAT_NAME = "nnviz-session"
VERSION = 1
LESSON_MEMBER = "lesson.toml"
SUFFIX = ".nnviz"



@dataclass
class OpenedSession:
    """What a session file holds, rebuilt and checked: ready to install in a Session."""

    problem: Problem
    settings: Settings
    trainer: Trainer
    lesson: object | None           # a Lesson, or None for a person's own data
    description: str
    source: dict | None             # where the data came from (see Session.source)
    saved_by: str = ""
    timeline: tuple | None = None   # (its JSON, its keyframes) for install_timeline


# =============================================================================================
# saving
# =============================================================================================
def save_session(session, path: str | os.PathLike) -> Path:
    """Write ``session`` (a :class:`~nnviz.core.app.session.Session` with something loaded) to
    ``path`` atomically. Returns the path. Raises SessionFileError (one line) when it cannot."""
    path = Path(path)
    if session.trainer is None:
        raise SessionFileError(translate("SessionFile", "{0}: nothing is loaded, so there is nothing to save").format(
            path.name))
    members = _session_members(session)
    write_atomic(path, lambda fh: _write_zip(fh, members))
    return path


def _session_members(session) -> dict[str, object]:
    """{member name: bytes, str or ndarray}, the manifest first."""
    problem, trainer, settings = session.problem, session.trainer, session.settings
    feature_inputs = None
    transform = getattr(problem, "input_transform", None)
    if transform is not None:
        # Feature inputs (x1², sin x1, …): the raw table is kept, and the inputs are computed
        # from it again on opening, by the same code, so they are the same numbers.
        if not (hasattr(transform, "names") and hasattr(transform, "source")):
            raise SessionFileError(translate("SessionFile", "this data's inputs are computed in a way a session file "
                                                            "cannot keep yet"))
        feature_inputs, problem = list(transform.names), transform.source
    arrays: dict[str, np.ndarray] = {}
    for name in PROBLEM_ARRAYS:
        value = getattr(problem, name)
        if value is not None:
            arrays[f"data/{name}.npy"] = value
    for which, scaler in (("x", problem.x_scaler), ("y", problem.y_scaler)):
        if scaler.offset is not None:
            arrays[f"data/{which}_offset.npy"] = scaler.offset
            arrays[f"data/{which}_scale.npy"] = scaler.scale
    trainer_json = state_to_members(trainer.capture(keep_last_step=False), "trainer", arrays)
    arrays["trainer/initial.npy"] = _flat_of(trainer.network, trainer._initial)
    epochs, values = trainer.history.tail(0)
    arrays["history/epochs.npy"], arrays["history/values.npy"] = epochs, values
    trainer_json["history_shown"] = len(trainer.history)
    timeline = getattr(session, "timeline", None)
    timeline_json = None if timeline is None else timeline_to_members(timeline, arrays)

    lesson = session.lesson
    manifest = {
        "format": FORMAT_NAME,
        "version": VERSION,
        "saved_by": f"nnviz {__version__}",
        "description": session.description,
        "lesson": None if lesson is None else {"name": lesson.name, "title": lesson.title,
                                               "caption": lesson.caption, "member": LESSON_MEMBER},
        "source": getattr(session, "source", None),
        "settings": settings_to_json(settings),
        "problem": {
            "name": problem.name, "task": problem.task, "feature_names": list(problem.feature_names),
            "target_name": problem.target_name,
            "class_names": None if problem.class_names is None else list(problem.class_names),
            "x_scaling": problem.x_scaler.kind, "y_scaling": problem.y_scaler.kind,
            "notes": [note_text(n, english=True) for n in problem.notes],     # a file keeps English
            "raw_columns": None if problem.raw_columns is None else [list(c) for c in problem.raw_columns],
            "feature_inputs": feature_inputs,
            "image_shape": None if problem.image_shape is None else list(problem.image_shape),
        },
        "trainer": trainer_json,
        "timeline": timeline_json,
        "arrays": _pack(arrays),
    }
    members: dict[str, object] = {MANIFEST: json.dumps(manifest, separators=(",", ":"), allow_nan=False)}
    if lesson is not None:
        members[LESSON_MEMBER] = lesson_to_toml(lesson)
    members.update(arrays)
    return members


PACKED_PREFIX = "timeline/"


def _pack(arrays: dict[str, np.ndarray]) -> dict[str, dict]:
    """The manifest's list of arrays. The timeline's many small arrays (thousands of keyframes)
    are packed, per dtype, into one flat ``timeline/pack-<dtype>.npy`` each: a zip member and an
    .npy header apiece would make saving and opening many times slower. ``arrays`` is changed in
    place: the packed names go, the packs come."""
    listed, packs, ends = {}, {}, {}
    for name in list(arrays):
        a = np.ascontiguousarray(arrays[name])
        meta = {"shape": list(a.shape), "dtype": a.dtype.str}
        if name.startswith(PACKED_PREFIX):
            pack_name = f"{PACKED_PREFIX}pack-{a.dtype.kind}{a.dtype.itemsize}.npy"
            meta.update(pack=pack_name, offset=ends.get(pack_name, 0))
            packs.setdefault(pack_name, []).append(a.ravel())
            ends[pack_name] = meta["offset"] + a.size
            del arrays[name]
        listed[name] = meta
    for pack_name, parts in packs.items():
        arrays[pack_name] = np.concatenate(parts)
        listed[pack_name] = {"shape": list(arrays[pack_name].shape), "dtype": arrays[pack_name].dtype.str}
    return listed


def _write_zip(fh, members: dict[str, object]) -> None:
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, value in members.items():
            if isinstance(value, np.ndarray):
                buf = io.BytesIO()
                np.save(buf, np.ascontiguousarray(value), allow_pickle=False)
                value = buf.getvalue()
            elif isinstance(value, str):
                value = value.encode("utf-8")
            zf.writestr(name, value)


def write_atomic(path: str | os.PathLike, write) -> None:
    """Call ``write(binary file)`` on a temporary file in ``path``'s folder, flush and fsync it,
    then rename it over ``path``. On any failure the temporary file goes and ``path`` is as it
    was. Raises SessionFileError (one line) for an OS error (a full disk, no permission)."""
    path = Path(path)
    folder = path.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise SessionFileError(translate("SessionFile", "{0}: cannot write in {1} ({2})").format(
            path.name, folder, e.strerror or e)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.chmod(tmp, _mode_for(path))    # mkstemp's 0600 would lock others out of a shared file
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise SessionFileError(translate("SessionFile", "{0}: could not be saved ({1}); any earlier file of that "
                                                            "name is unchanged").format(path.name, e.strerror or e)) from None
        raise
    try:   # make the rename itself durable (POSIX; harmless where folders cannot be opened)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def _mode_for(path: Path) -> int:
    """The permissions a saved file gets: those of the file it replaces, else the user's
    default for a new file (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)          # no /proc: read it by setting it, and put it back at once
    os.umask(mask)
    return mask


# --- the trainer's state ---------------------------------------------------------------------
def _flat_of(network, parts) -> np.ndarray:
    """(weights, biases) lists, or a flat vector, as a flat vector laid out like network.flat."""
    if isinstance(parts, np.ndarray):
        return parts.copy()
    flat = np.zeros_like(network.flat)
    views = network.unflatten(flat)
    for view_list, arrays in zip(views, parts):
        for view, a in zip(view_list, arrays):
            view[...] = a
    return flat


def state_to_members(state: TrainerState, prefix: str, arrays: dict[str, np.ndarray]) -> dict:
    """A :class:`TrainerState` (the timeline's: everything that makes the next step bitwise what
    it was) as JSON, its arrays added to ``arrays`` under ``prefix/``."""
    arrays[f"{prefix}/params.npy"] = state.params
    same = state.safe is state.params or _bitwise_same(state.safe, state.params)
    if not same:
        arrays[f"{prefix}/safe.npy"] = state.safe
    if state.cursor:
        z, out = state.partial_outputs()
        arrays[f"{prefix}/partial_z.npy"], arrays[f"{prefix}/partial_out.npy"] = z, out
        if state.rows is not None:
            arrays[f"{prefix}/rows.npy"] = np.asarray(state.rows, dtype=np.int64)
    opt_json, opt_arrays = _optimizer_to_json(state.optimizer, prefix)
    arrays.update(opt_arrays)
    return {
        "epoch": int(state.epoch), "cursor": int(state.cursor), "diverged": state.diverged,
        "rng_state": state.rng_state, "config": asdict(state.config), "history_len": int(state.history_len),
        "last_stats": None if state.last_stats is None else _stats_json(state.last_stats),
        "optimizer": opt_json, "safe_is_params": bool(same), "in_order": state.rows is None,
    }


def _bitwise_same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def state_from_members(d: dict, prefix: str, arrays: dict[str, np.ndarray], trainer: Trainer) -> TrainerState:
    """The :class:`TrainerState` written by :func:`state_to_members`, checked against
    ``trainer`` (a fresh trainer on the file's network and data). ValueError when it does not fit."""
    n = trainer.network.flat.size
    params = arrays.get(f"{prefix}/params.npy")
    safe = params if d["safe_is_params"] else arrays.get(f"{prefix}/safe.npy")
    for a, misfit in ((params, translate("SessionFile", "the weights do not fit {0}")),
                      (safe, translate("SessionFile", "the last finite weights do not fit {0}"))):
        if a is None or a.shape != (n,) or a.dtype != np.float64:
            raise ValueError(misfit.format(trainer.network.describe()))
    if d["diverged"] is None and not np.isfinite(params).all():
        raise ValueError(translate("SessionFile", "the weights hold NaN or infinite numbers, yet training did not diverge"))
    epoch, cursor = d["epoch"], d["cursor"]
    if not (_is_int(epoch) and _is_int(cursor) and epoch >= 0 and 0 <= cursor < trainer.n_train):
        raise ValueError(translate("SessionFile", "epoch {0} sample {1} is not a place in training on {2} rows").format(
            epoch, cursor, trainer.n_train))
    rows, partial = None, ()
    if cursor:
        if not d["in_order"]:
            rows = arrays.get(f"{prefix}/rows.npy")
            if rows is None or rows.shape != (trainer.n_train,) or not np.array_equal(np.sort(rows), np.arange(trainer.n_train)):
                raise ValueError(translate("SessionFile", "the epoch's row order is not an order of the training rows"))
            rows = rows.astype(int)
        z, out = arrays.get(f"{prefix}/partial_z.npy"), arrays.get(f"{prefix}/partial_out.npy")
        for a in (z, out):
            if a is None or a.shape != (cursor, trainer.problem.n_outputs):
                raise ValueError(translate("SessionFile", "the epoch's outputs so far do not fit"))
        partial = ((z, out),)
    if d["diverged"] is not None and not isinstance(d["diverged"], str):
        raise TypeError(translate("SessionFile", "the divergence note is not a text"))
    rng = d["rng_state"]
    if not isinstance(rng, dict) or rng.get("bit_generator") != type(trainer.rng.bit_generator).__name__:
        raise ValueError(translate("SessionFile", "the random state is not one this nnviz uses"))
    probe = np.random.default_rng(0)
    probe.bit_generator.state = rng          # raises ValueError/TypeError when malformed
    config = config_from_json(d["config"])
    trainer.check_config(config)
    optimizer = _optimizer_from_json(d["optimizer"], arrays, n)
    if optimizer.name != config.optimizer:
        raise ValueError(translate("SessionFile", "the optimizer state is {0}'s but the settings say {1}").format(
            optimizer.name, config.optimizer))
    history_len = d["history_len"]
    if not _is_int(history_len) or not 0 <= history_len <= epoch:
        raise ValueError(translate("SessionFile", "the history holds {0} epochs but training is at epoch {1}").format(history_len, epoch))
    last = d["last_stats"]
    return TrainerState(params=params, optimizer=optimizer, rng_state=rng, epoch=epoch, cursor=cursor, rows=rows,
                        partial=partial, safe=safe, last_stats=None if last is None else EpochStats(**last),
                        last_step=None, diverged=d["diverged"], config=config, history_len=history_len)


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _stats_json(s: EpochStats) -> dict:
    return {k: (None if v is None else (int(v) if k == "epoch" else float(v))) for k, v in s.__dict__.items()}


def timeline_to_members(timeline, arrays: dict[str, np.ndarray]) -> dict:
    """The timeline's keyframes (each a TrainerState) and bookkeeping, so that going back in
    an opened session reaches the same states, bitwise, as before it was saved."""
    keys = []
    for j, k in enumerate(timeline._keys):
        keys.append({"ordinal": k.ordinal, "kind": k.kind, "n": k.n, "seconds": k.seconds, "nbytes": k.nbytes,
                     "state": state_to_members(k.state, f"timeline/{j}", arrays)})
    return {"keys": keys, "newest": timeline._newest, "current": timeline._current,
            "budget_bytes": timeline.budget_bytes, "base_interval_s": timeline.base_interval_s,
            "interval_s": timeline.interval_s, "thinned": timeline.thinned, "since": timeline._since,
            "bytes": timeline._bytes}


def timeline_from_members(d: dict, arrays: dict[str, np.ndarray], trainer: Trainer) -> list:
    """The keyframes of :func:`timeline_to_members` as ``_Key`` objects, checked."""
    keys, last = [], -1
    for j, k in enumerate(d["keys"]):
        if not (_is_int(k["ordinal"]) and k["ordinal"] > last and _is_int(k["n"]) and k["n"] >= 0):
            raise ValueError(translate("SessionFile", "the timeline's keyframes are out of order"))
        state = state_from_members(k["state"], f"timeline/{j}", arrays, trainer)
        # What the keyframe holds, counted as the timeline counts it (the file's count is not
        # trusted: a lie would let the timeline outgrow its memory budget).
        nbytes = state.OVERHEAD_BYTES + owned_bytes(
            (state.params, state.optimizer, state.rows, state.partial, state.safe, state.last_step), set())
        key = _Key(k["ordinal"], state, str(k["kind"]), nbytes)
        key.n, key.seconds = k["n"], float(k["seconds"])
        last = k["ordinal"] + k["n"]
        keys.append(key)
    if not keys or not (_is_int(d["newest"]) and d["newest"] == last and _is_int(d["current"])
                        and 0 <= d["current"] <= last):
        raise ValueError(translate("SessionFile", "the timeline's positions do not add up"))
    return keys


def install_timeline(timeline, d: dict, keys: list) -> None:
    """Put the keyframes read by :func:`timeline_from_members` into ``timeline`` (one made for
    the opened trainer)."""
    timeline._keys = keys
    timeline._newest, timeline._current = d["newest"], d["current"]
    timeline.base_interval_s = float(d["base_interval_s"])   # the budget stays the session's own
    timeline.interval_s, timeline.thinned = float(d["interval_s"]), int(d["thinned"])
    timeline._since, timeline._bytes = float(d["since"]), sum(k.nbytes for k in keys)


def _optimizer_to_json(opt, prefix: str = "trainer") -> tuple[dict, dict[str, np.ndarray]]:
    scalars, arrays, entries = {}, {}, []
    for k, v in vars(opt).items():
        if k == "state":
            continue
        if isinstance(v, (bool, int, float, str)) and not (isinstance(v, float) and not math.isfinite(v)):
            scalars[k] = v
    for n, (key, values) in enumerate(opt.state.items()):
        items = []
        for j, v in enumerate(values):
            if isinstance(v, np.ndarray):
                name = f"{prefix}/optimizer_{n}_{j}.npy"
                arrays[name] = v
                items.append({"array": name})
            else:
                items.append({"value": v.item() if hasattr(v, "item") else v})
        entries.append({"key": list(key), "items": items})
    return {"name": opt.name, "attrs": scalars, "state": entries}, arrays


def _optimizer_from_json(d: dict, arrays: dict[str, np.ndarray], n_params: int):
    opt = make_optimizer(d["name"], d["attrs"]["lr"], d["attrs"].get("momentum", 0.9))
    for k, v in d["attrs"].items():
        if not hasattr(opt, k) or type(getattr(opt, k)) is not type(v):
            raise ValueError(translate("SessionFile", "the optimizer has no setting {0} of that kind").format(repr(k)))
        setattr(opt, k, v)
    # The layout the optimizers keep: one entry for the flat parameter vector, ("all", 0),
    # holding (velocity,) for momentum and (m, v, steps) for Adam; plain SGD keeps none.
    layout = {"momentum": ("array",), "adam": ("array", "array", "value")}.get(opt.name, None)
    if len(d["state"]) > (0 if layout is None else 1):
        raise ValueError(translate("SessionFile", "the {0} optimizer keeps no such state").format(opt.name))
    for entry in d["state"]:
        key = entry["key"]
        if key != ["all", 0]:
            raise ValueError(translate("SessionFile", "an optimizer state key is malformed"))
        if tuple("array" if "array" in item else "value" for item in entry["items"]) != layout:
            raise ValueError(translate("SessionFile", "the {0} optimizer's state has the wrong parts").format(opt.name))
        if layout[-1] == "value" and not (_is_int(entry["items"][-1].get("value")) and entry["items"][-1]["value"] >= 0):
            raise ValueError(translate("SessionFile", "Adam's step count must be a whole number"))
        values = []
        for item in entry["items"]:
            if "array" in item:
                a = arrays[item["array"]]
                if a.shape != (n_params,):
                    raise ValueError(translate("SessionFile", "an optimizer moment has {0} values for {1} parameters").format(
                        a.size, n_params))
                values.append(a)
            elif isinstance(item.get("value"), (int, float)) and not isinstance(item.get("value"), bool):
                values.append(item["value"])
            else:
                raise ValueError(translate("SessionFile", "an optimizer state entry is malformed"))
        opt.state[(key[0], key[1])] = tuple(values)
    return opt


# --- settings --------------------------------------------------------------------------------
def _plain(v):
    """Tuples, lists and arrays of plain values as JSON lists."""
    if hasattr(v, "tolist"):
        return v.tolist()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def settings_to_json(s: Settings) -> dict:
    """Every field of the settings (a field added later is kept too), the training config as
    its own table."""
    out = {}
    for f in fields(Settings):
        v = getattr(s, f.name)
        if f.name == "config":
            out["config"] = asdict(v)
        elif v is None or isinstance(v, (bool, int, float, str, list, tuple)) or hasattr(v, "tolist"):
            out[f.name] = _plain(v)
        else:
            raise SessionFileError(translate("SessionFile", "the setting {0} cannot be saved yet").format(repr(f.name)))
    return out


def config_from_json(d: dict) -> TrainConfig:
    known = {f.name for f in fields(TrainConfig)}
    unknown = set(d) - known
    if unknown:
        raise ValueError(translate("SessionFile", "unknown training setting {0}").format(repr(sorted(unknown)[0])))
    return TrainConfig(**d)


def settings_from_json(d: dict) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    unknown = set(d) - set(known)
    if unknown:
        raise ValueError(translate("SessionFile", "unknown setting {0}").format(repr(sorted(unknown)[0])))
    d = dict(d)
    d["config"] = config_from_json(d["config"])
    for k, v in d.items():
        if isinstance(v, list) and "tuple" in str(known[k].type):
            d[k] = tuple(v)          # (layer, …) tuples; explicit weights stay lists inside
    return Settings(**d)


# =============================================================================================
# opening
# =============================================================================================
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"%PDF", "a PDF document"), (b"\x93NUMPY", "a NumPy array file"), (b"\x1f\x8b", "a gzip file"))


def read_session(path: str | os.PathLike) -> OpenedSession:
    """The session in the file at ``path``, rebuilt and checked. Raises SessionFileError (one
    line naming the file) for anything that is not a good session file."""
    where = label_of(path)
    try:
        fh = open_regular(path, "session file")
    except LimitError as e:
        raise SessionFileError(f"{where}: {e}") from None
    except PermissionError:
        raise SessionFileError(translate("SessionFile", "{0}: the file cannot be read (permission denied)").format(
            where)) from None
    except OSError as e:
        raise SessionFileError(translate("SessionFile", "{0}: the file cannot be read ({1})").format(
            where, e.strerror or e)) from None
    path = Path(path)
    try:
        with fh:
            head = fh.read(8)
            if not head.startswith(b"PK\x03\x04"):
                raise SessionFileError(translate("SessionFile", "{0}: not an nnviz session file ({1})").format(
                    where, _what_is(head, path)))
            fh.seek(0)
            try:
                with zipfile.ZipFile(fh) as zf:
                    return _read_zip(zf, where)
            except zipfile.BadZipFile as e:
                detail = "" if "not a zip file" in str(e) else f" ({e})"
                raise SessionFileError(translate("SessionFile", "{0}: the file is damaged or incomplete{1}; it may "
                                                                "have been cut short while copying").format(where, detail)) from None
            except (EOFError, zlib.error, NotImplementedError, OSError) as e:
                # zipfile's own refusals of a damaged archive: a version it cannot read, an
                # offset that points before the file's start (a negative seek), a bad stream
                raise SessionFileError(translate("SessionFile", "{0}: the file is damaged or incomplete ({1})").format(
                    where, one_line(e)[:200])) from None
            except RecursionError:
                raise SessionFileError(translate("SessionFile", "{0}: the file nests too deeply; refused").format(where)) from None
            except MemoryError:
                raise SessionFileError(translate("SessionFile", "{0}: the file asks for more memory than there is; "
                                                                "refused").format(where)) from None
    except FileNotFoundError:
        raise SessionFileError(translate("SessionFile", "{0}: the file does not exist").format(where)) from None
    except IsADirectoryError:
        raise SessionFileError(translate("SessionFile", "{0}: this is a folder, not a session file").format(where)) from None
    except PermissionError:
        raise SessionFileError(translate("SessionFile", "{0}: the file cannot be read (permission denied)").format(
            where)) from None


def _kind_name(what: str) -> str:
    """A :data:`_MAGIC` kind in the current language."""
    return {"a PNG image": translate("SessionFile", "a PNG image"), "a JPEG image": translate("SessionFile", "a JPEG image"),
            "a GIF image": translate("SessionFile", "a GIF image"), "a PDF document": translate("SessionFile", "a PDF document"),
            "a NumPy array file": translate("SessionFile", "a NumPy array file"),
            "a gzip file": translate("SessionFile", "a gzip file")}.get(what, what)


def _what_is(head: bytes, path: Path) -> str:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return translate("SessionFile", "it is {0}").format(_kind_name(what))
    if not head:
        return translate("SessionFile", "it is empty")
    if path.suffix.lower() in (".csv", ".txt", ".tsv") or all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return translate("SessionFile", "it looks like a text or CSV file; open a CSV with File → Open or --csv")
    return translate("SessionFile", "it is not a zip archive")


def _read_zip(zf: zipfile.ZipFile, where: str) -> OpenedSession:
    members = Members(zf, where)
    names = members.names
    if MANIFEST not in names:
        raise SessionFileError(translate(
            "SessionFile", "{0}: not an nnviz session file (a zip archive without {1})").format(where, MANIFEST))
    raw = members.read(MANIFEST, MAX_MANIFEST_BYTES)
    if bracket_depth(raw, 4 * MAX_NESTING) > 4 * MAX_NESTING:    # before the parser recurses
        raise SessionFileError(translate("SessionFile", "{0}: {1} nests too deeply; refused").format(where, MANIFEST))
    try:
        manifest = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError) as e:
        raise SessionFileError(translate("SessionFile", "{0}: {1} is not valid JSON ({2})").format(
            where, MANIFEST, short(one_line(e), 120))) from None
    check_manifest_texts(manifest, where)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise SessionFileError(translate(
            "SessionFile", "{0}: not an nnviz session file ({1} does not say so)").format(where, MANIFEST))
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionFileError(translate(
            "SessionFile", "{0}: the file's format version is missing or not a number").format(where))
    if version > VERSION:
        raise SessionFileError(translate("SessionFile", "{0}: saved by a newer nnviz ({1}, format {2}); this nnviz "
                                                        "reads format {3} or older: update nnviz").format(
            where, manifest.get("saved_by", "?"), version, VERSION))
    try:
        check_manifest(manifest)
        arrays = _read_arrays(members, manifest, names, where)
        return _rebuild(members, manifest, arrays, where)
    except SessionFileError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError) as e:
        what = translate("SessionFile", "missing entry {0}").format(short(e, 80)) if isinstance(e, KeyError) else short(one_line(e), 200)
        raise SessionFileError(translate("SessionFile", "{0}: the file is inconsistent ({1}); it may have been "
                                                        "edited by hand").format(where, what)) from None


def _no_constants(name: str):
    raise ValueError(translate("SessionFile", "{0} is not allowed").format(name))


def _read_arrays(members: Members, manifest: dict, names: set[str], where: str) -> dict[str, np.ndarray]:
    listed = manifest["arrays"]
    if not isinstance(listed, dict):
        raise TypeError(translate("SessionFile", "the list of arrays is malformed"))
    out = {}
    packed = {}
    for name, meta in listed.items():
        if "pack" in meta:
            packed[name] = meta
            continue
        if name not in names:
            raise ValueError(translate("SessionFile", "the array {0} is listed but not in the file").format(short(name, 60)))
        a = read_npy(members, name, where)
        if list(a.shape) != list(meta["shape"]) or a.dtype.str != meta["dtype"]:
            raise ValueError(translate("SessionFile", "{0} has shape {1} {2}, the manifest says {3} {4}").format(
                short(name, 60), list(a.shape), a.dtype.str, short(meta['shape'], 40), short(meta['dtype'], 20)))
        # The data, its scalers and the starting weights are always finite; the weights and
        # moments of a run that diverged may not be (the last finite weights are kept apart).
        must_be_finite = name.startswith("data/") or name in ("trainer/initial.npy", "trainer/safe.npy")
        if must_be_finite and a.dtype.kind == "f" and not np.isfinite(a).all():
            raise ValueError(translate("SessionFile", "{0} holds NaN or infinite numbers").format(short(name, 60)))
        out[name] = a
    for name, meta in packed.items():
        pack = out.get(meta["pack"]) if isinstance(meta["pack"], str) else None
        shape, offset = [int(n) for n in meta["shape"]], meta["offset"]
        size = int(np.prod(shape)) if shape else 1
        if (pack is None or not meta["pack"].startswith(PACKED_PREFIX) or pack.ndim != 1 or not _is_int(offset)
                or min(shape, default=0) < 0 or not 0 <= offset <= pack.size - size or pack.dtype.str != meta["dtype"]):
            raise ValueError(translate("SessionFile", "{0} does not fit in {1}").format(name, meta['pack']))
        out[name] = pack[offset:offset + size].reshape(shape).copy()
    return out


def _rebuild(members: Members, manifest: dict, arrays: dict[str, np.ndarray], where: str) -> OpenedSession:
    p = manifest["problem"]

    def scaler(which: str, kind: str) -> Scaler:
        off, sc = arrays.get(f"data/{which}_offset.npy"), arrays.get(f"data/{which}_scale.npy")
        if (off is None) != (sc is None):
            raise ValueError(translate("SessionFile", "the {0} scaler is half there").format(which))
        return Scaler(kind, None if off is None else off.astype(float), None if sc is None else sc.astype(float))

    data = {name: arrays.get(f"data/{name}.npy") for name in PROBLEM_ARRAYS}
    if data["X_train"] is None or data["Y_train"] is None:
        raise ValueError(translate("SessionFile", "there are no training rows"))
    raw_columns = p["raw_columns"]
    if raw_columns is not None:
        raw_columns = [(str(c[0]), str(c[1]), None if c[2] is None else [str(x) for x in c[2]]) for c in raw_columns]
    problem = Problem(str(p["name"]), p["task"], data["X_train"], data["Y_train"], [str(f) for f in p["feature_names"]],
                      str(p["target_name"]), None if p["class_names"] is None else [str(c) for c in p["class_names"]],
                      data["X_val"], data["Y_val"], data["X_test"], data["Y_test"],
                      x_scaler=scaler("x", p["x_scaling"]), y_scaler=scaler("y", p["y_scaling"]),
                      notes=[str(n) for n in p["notes"]], raw_columns=raw_columns,
                      image_shape=None if p.get("image_shape") is None else tuple(p["image_shape"]))
    check_problem(problem)
    if p.get("feature_inputs") is not None:
        names = p["feature_inputs"]
        if not (isinstance(names, list) and names and all(isinstance(n, str) for n in names)):
            raise ValueError(translate("SessionFile", "the feature inputs are malformed"))
        problem = with_features(problem, names)

    settings = settings_from_json(manifest["settings"])
    settings.validate()
    check_settings_fit(settings, problem)
    t = manifest["trainer"]
    config = config_from_json(t["config"])
    network = build_network(problem, settings)
    trainer = Trainer(network, problem, config)
    n = network.flat.size
    state = state_from_members(t, "trainer", arrays, trainer)
    initial = arrays.get("trainer/initial.npy")
    if initial is None or initial.shape != (n,):
        raise ValueError(translate("SessionFile", "the starting weights do not fit {0}").format(network.describe()))
    epochs, values = arrays.get("history/epochs.npy"), arrays.get("history/values.npy")
    if epochs is None or values is None or epochs.ndim != 1 or values.shape != (4, len(epochs)):
        raise ValueError(translate("SessionFile", "the loss history's columns differ in length"))
    shown = t["history_shown"]
    if not (_is_int(shown) and state.history_len <= len(epochs) and shown <= len(epochs)):
        raise ValueError(translate("SessionFile", "the history holds {0} epochs, fewer than the {1} shown").format(
            len(epochs), state.history_len))
    trainer.history.splice(0, (epochs.astype(np.int64), values.astype(float)))
    trainer.history.reveal(shown)
    trainer.restore(state)
    start = initial.copy()
    trainer._initial = tuple([a.copy() for a in part] for part in network.unflatten(start))
    timeline = None
    if manifest.get("timeline") is not None:
        timeline = (manifest["timeline"], timeline_from_members(manifest["timeline"], arrays, trainer))

    lesson = None
    if manifest.get("lesson") is not None:
        try:
            text = members.read(LESSON_MEMBER, MAX_LESSON_BYTES).decode("utf-8")
            lesson = parse_lesson(text, f"{where}/{LESSON_MEMBER}")
        except KeyError:
            raise ValueError(translate("SessionFile", "the lesson ({0}) is missing").format(LESSON_MEMBER)) from None
        except (UnicodeDecodeError, LessonFileError) as e:
            raise ValueError(str(e)) from None
    source = manifest.get("source")
    if source is not None and not isinstance(source, dict):
        raise TypeError(translate("SessionFile", "the data's origin is malformed"))
    return OpenedSession(problem, settings, trainer, lesson, str(manifest.get("description", problem.name)),
                         source, str(manifest.get("saved_by", "")), timeline)


__all__ = ["FORMAT_NAME", "MANIFEST", "OpenedSession", "SUFFIX", "SessionFileError", "VERSION", "install_timeline",
           "read_session", "save_session", "state_from_members", "state_to_members", "write_atomic"]
