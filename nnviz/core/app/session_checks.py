"""Checking a session file before it is rebuilt: the zip's members (count, names, encryption,
methods, sizes while inflating), the manifest's every field (types, limits, texts, nesting, the
random state's range, the timeline's numbers), each ``.npy`` header before its data, and the
data and settings agreeing with each other. The limits come from :mod:`nnviz.core.limits`.

Every check raises :class:`SessionFileError` (one line naming the file) or a ValueError /
TypeError whose text the reader puts in its one line ("the file is inconsistent (…)").
"""
from __future__ import annotations

import zipfile

import numpy as np

from ..data.problem import Problem
from ..engine.settings import Settings
from ..limits import (
    MAX_ARRAY_DIMS,
    MAX_CAPTION_CHARS,
    MAX_CLASSES,
    MAX_COLUMNS,
    MAX_EPOCHS,
    MAX_INT,
    MAX_MEMBER_BYTES,
    MAX_NESTING,
    MAX_NOTE_CHARS,
    MAX_NOTES,
    MAX_RNG_STATE,
    MAX_ROWS,
    MAX_SESSION_BYTES,
    MAX_SESSION_MEMBERS,
    MAX_TIMELINE_BYTES,
    MAX_TIMELINE_KEYS,
    LimitError,
    check_hidden,
    check_int,
    check_number,
    check_text,
    nesting_depth,
)
from ..text import file_label, local, one_line
from ..tr import translate

MANIFEST = "nnviz-session.json"
PROBLEM_ARRAYS = ("X_train", "Y_train", "X_val", "Y_val", "X_test", "Y_test")


class SessionFileError(ValueError):
    """A session file that cannot be opened or saved; ``str()`` is one line naming the file
    (white space folded, and cut: a message quoting a file's bytes stays short)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(one_line(message, 400))


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def label_of(path) -> str:
    """A session file's name for the one line."""
    return file_label(path, "session")


class Members:
    """A zip's members, checked the way well-kept unzip tools do before anything is inflated:
    a capped count, no duplicate names, no encryption, only stored or deflated data, declared
    sizes within the limits; and each read inflates in chunks and stops at the limit, whatever
    the header says."""

    def __init__(self, zf: zipfile.ZipFile, where: str) -> None:
        self.zf, self.where = zf, where
        infos = zf.infolist()
        if len(infos) > MAX_SESSION_MEMBERS:
            self.fail(translate("SessionFile", "{0} members; a session file has at most {1}").format(
                local(f"{len(infos):,}"), local(f"{MAX_SESSION_MEMBERS:,}")))
        self.infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = short(info.filename, 60)
            if info.filename in self.infos:
                self.fail(translate("SessionFile", "two members are called {0}; refused (tools disagree on which one counts)")
                          .format(name))
            if info.flag_bits & 0x1:
                self.fail(translate("SessionFile", "member {0} is encrypted; a session file never is").format(name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                self.fail(translate("SessionFile", "member {0} uses compression method {1}; a session file uses only stored "
                                                         "or deflated members").format(name, info.compress_type))
            if info.file_size > MAX_MEMBER_BYTES:
                self.fail(translate("SessionFile", "member {0} says it holds {1} bytes; at most {2} are allowed").format(
                    name, local(f"{info.file_size:,}"), local(f"{MAX_MEMBER_BYTES:,}")))
            total += info.file_size
            self.infos[info.filename] = info
        if total > MAX_SESSION_BYTES:
            self.fail(translate("SessionFile", "the members hold {0} bytes together; at most {1} are allowed").format(
                local(f"{total:,}"), local(f"{MAX_SESSION_BYTES:,}")))
        self.names = set(self.infos)
        self.read_total = 0

    def fail(self, what: str):
        raise SessionFileError(f"{self.where}: {what}")

    def open(self, name: str):
        if name not in self.infos:
            raise KeyError(name)
        return self.zf.open(self.infos[name])

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES, fh=None, into: bytearray | None = None) -> bytes:
        """The member's bytes (the rest of them, from ``fh``), inflated in chunks and stopped
        at ``limit`` or at the whole file's budget."""
        info = self.infos[name]
        if info.file_size > limit:
            self.fail(translate("SessionFile", "member {0} is too large ({1} bytes; at most {2})").format(
                short(name, 60), local(f"{info.file_size:,}"), local(f"{limit:,}")))
        out = bytearray() if into is None else into
        close = fh is None
        fh = fh or self.zf.open(info)
        try:
            while True:
                chunk = fh.read(1 << 20)
                if not chunk:
                    break
                out += chunk
                self.read_total += len(chunk)
                if len(out) > limit or len(out) > info.file_size or self.read_total > MAX_SESSION_BYTES:
                    self.fail(translate("SessionFile", "member {0} inflates beyond its size or the limit; refused").format(
                        short(name, 60)))
        finally:
            if close:
                fh.close()
        return bytes(out) if into is None else out


def short(s, n: int) -> str:
    s = str(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def check_manifest_texts(manifest, where: str) -> None:
    """No text in the manifest longer than a note, nothing nested deeper than the format does."""
    if nesting_depth(manifest, 2 * MAX_NESTING) > 2 * MAX_NESTING:
        raise SessionFileError(translate("SessionFile", "{0}: {1} nests too deeply; refused").format(where, MANIFEST))
    stack = [manifest]
    while stack:
        x = stack.pop()
        if isinstance(x, str):
            if len(x) > MAX_NOTE_CHARS:
                raise SessionFileError(translate("SessionFile", "{0}: {1} holds a text of {2} characters; at most {3} are "
                                                                "allowed").format(where, MANIFEST, local(f"{len(x):,}"), local(f"{MAX_NOTE_CHARS:,}")))
        elif isinstance(x, dict):
            stack.extend(x.keys())
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)


def _limit(what: str, check, *args):
    """A check from :mod:`nnviz.core.limits` whose message names the field."""
    try:
        return check(*args)
    except LimitError as e:
        raise ValueError(f"{what}: {e}") from None


def _check_settings_json(d: dict) -> None:
    """The numbers in a settings table within their limits, before anything is built."""
    if not isinstance(d, dict) or not isinstance(d.get("config"), dict):
        raise TypeError(translate("SessionFile", "the settings are malformed"))
    _limit(translate("SessionFile", "the hidden layers"), check_hidden, d.get("hidden", []))
    _limit(translate("SessionFile", "the network's seed"), check_int, d.get("seed", 0), 0, MAX_INT)
    if "init_value" in d:
        _limit("init_value", check_number, d["init_value"])
    for k in ("hidden_activations", "output_activation", "init"):
        v = d.get(k)
        for text in (v if isinstance(v, list) else [v]):
            if text is not None:
                _limit(k, check_text, text, 40)
    _check_config_json(d["config"])


def _check_config_json(c: dict) -> None:
    if not isinstance(c, dict):
        raise TypeError(translate("SessionFile", "the training settings are malformed"))
    for key, lo, hi in (("epochs", 1, MAX_EPOCHS), ("batch_size", 0, MAX_INT), ("seed", 0, MAX_INT)):
        if key in c:
            _limit(key, check_int, c[key], lo, hi)
    for key in ("lr", "momentum", "l2", "l1", "target_loss"):
        if c.get(key) is not None:
            _limit(key, check_number, c[key])
    for key in ("loss", "optimizer", "reduction"):
        if key in c:
            _limit(key, check_text, c[key], 40)
    if "shuffle" in c and not isinstance(c["shuffle"], bool):
        raise TypeError(translate("SessionFile", "{0} must be true or false").format("shuffle"))


def _list_name(key: str) -> str:
    """A manifest list's name in the current language."""
    return {"feature_names": translate("SessionFile", "the feature names"),
            "class_names": translate("SessionFile", "the class names"),
            "notes": translate("SessionFile", "the notes")}[key]


def check_manifest(m: dict) -> None:
    """Every scalar the rebuild will use, typed and within limits (the arrays come next)."""
    for key in ("problem", "trainer", "settings", "arrays"):
        if not isinstance(m.get(key), dict):
            raise TypeError(translate("SessionFile", "the {0} entry is missing or malformed").format(key))
    _check_settings_json(m["settings"])
    p = m["problem"]
    for key in ("name", "target_name"):
        _limit(translate("SessionFile", "the problem's {0}").format(key), check_text, p.get(key), MAX_CAPTION_CHARS)
    if "description" in m:
        _limit(translate("SessionFile", "the description"), check_text, m["description"], MAX_CAPTION_CHARS)
    for key, limit in (("feature_names", MAX_COLUMNS), ("class_names", MAX_CLASSES), ("notes", MAX_NOTES)):
        v = p.get(key)
        if v is None and key == "class_names":
            continue
        if not isinstance(v, list) or len(v) > limit or not all(isinstance(x, str) for x in v):
            raise ValueError(translate("SessionFile", "{0} must be a list of at most {1} texts").format(
                _list_name(key), local(f"{limit:,}")))
    if p.get("class_names") is not None and len(p["class_names"]) < 2:
        raise ValueError(translate("SessionFile", "a classification needs at least two class names"))
    shape = p.get("image_shape")
    if shape is not None and not (isinstance(shape, list) and len(shape) == 2
                                  and all(type(v) is int and 1 <= v <= MAX_COLUMNS for v in shape)):
        raise ValueError(translate("SessionFile", "the picture shape must be two whole numbers of rows and columns"))
    if not isinstance(m["trainer"].get("config"), dict):
        raise TypeError(translate("SessionFile", "the trainer's settings are malformed"))
    _check_state_json(m["trainer"])
    if len(m["arrays"]) > MAX_SESSION_MEMBERS * 100:
        raise ValueError(translate("SessionFile", "too many arrays are listed"))
    for name, meta in m["arrays"].items():
        if not (isinstance(meta, dict) and isinstance(meta.get("shape"), list) and isinstance(meta.get("dtype"), str)
                and len(meta["shape"]) <= MAX_ARRAY_DIMS and all(_is_int(n) and 0 <= n <= MAX_MEMBER_BYTES
                                                                 for n in meta["shape"])):
            raise ValueError(translate("SessionFile", "the array {0} is listed with a malformed shape or type").format(
                short(name, 60)))
    tl = m.get("timeline")
    if tl is not None:
        if not isinstance(tl, dict) or not isinstance(tl.get("keys"), list):
            raise TypeError(translate("SessionFile", "the timeline is malformed"))
        if len(tl["keys"]) > MAX_TIMELINE_KEYS:
            raise ValueError(translate("SessionFile", "the timeline has {0} keyframes; at most {1}").format(
                local(f"{len(tl['keys']):,}"), local(f"{MAX_TIMELINE_KEYS:,}")))
        for key in ("newest", "current", "thinned"):
            _limit(translate("SessionFile", "the timeline's {0}").format(key), check_int, tl.get(key), 0, MAX_INT * 64)
        _limit(translate("SessionFile", "the timeline's {0}").format("bytes"), check_int, tl.get("bytes"), 0, MAX_TIMELINE_BYTES)
        _limit(translate("SessionFile", "the timeline's budget"), check_int, tl.get("budget_bytes"), 0, MAX_TIMELINE_BYTES)
        for key in ("base_interval_s", "interval_s"):
            _limit(translate("SessionFile", "the timeline's {0}").format(key), check_number, tl.get(key), 1e-6, 1e6)
        _limit(translate("SessionFile", "the timeline's {0}").format("since"), check_number, tl.get("since"), 0.0, 1e12)
        for k in tl["keys"]:
            if not isinstance(k, dict) or not isinstance(k.get("state"), dict):
                raise TypeError(translate("SessionFile", "a timeline keyframe is malformed"))
            for key in ("ordinal", "n", "nbytes"):
                _limit(translate("SessionFile", "a keyframe's {0}").format(key), check_int, k.get(key), 0, MAX_INT * 64)
            _limit(translate("SessionFile", "a keyframe's {0}").format("seconds"), check_number, k.get("seconds"), 0.0, 1e12)
            _limit(translate("SessionFile", "a keyframe's {0}").format("kind"), check_text, k.get("kind"), 40)
            _check_state_json(k["state"])


def _check_state_json(d: dict) -> None:
    """A trainer state's scalars: places, the random state's range, the settings."""
    for key in ("epoch", "history_len"):
        _limit(key, check_int, d.get(key), 0, MAX_INT * 64)
    _limit(translate("SessionFile", "the sample cursor"), check_int, d.get("cursor"), 0, MAX_ROWS)
    for key in ("safe_is_params", "in_order"):
        if not isinstance(d.get(key), bool):
            raise TypeError(translate("SessionFile", "{0} must be true or false").format(key))
    if d.get("diverged") is not None:
        _limit(translate("SessionFile", "the divergence note"), check_text, d["diverged"], MAX_CAPTION_CHARS)
    _check_config_json(d.get("config"))
    _check_rng(d.get("rng_state"))
    opt = d.get("optimizer")
    if not (isinstance(opt, dict) and isinstance(opt.get("attrs"), dict) and isinstance(opt.get("state"), list)
            and isinstance(opt.get("name"), str)):
        raise TypeError(translate("SessionFile", "the optimizer state is malformed"))
    for k, v in opt["attrs"].items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            _limit(translate("SessionFile", "the optimizer's {0}").format(short(k, 30)), check_number, v, -float(MAX_INT) * 64, float(MAX_INT) * 64)
    for entry in opt["state"]:
        if not (isinstance(entry, dict) and isinstance(entry.get("items"), list)):
            raise TypeError(translate("SessionFile", "an optimizer state entry is malformed"))
        for item in entry["items"]:
            if not isinstance(item, dict):
                raise TypeError(translate("SessionFile", "an optimizer state entry is malformed"))
            v = item.get("value")
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                _limit(translate("SessionFile", "an optimizer value"), check_number, v, -float(MAX_INT) * 64, float(MAX_INT) * 64)
    last = d.get("last_stats")
    if last is not None:
        if not isinstance(last, dict):
            raise TypeError(translate("SessionFile", "the last epoch's numbers are malformed"))
        for k, v in last.items():
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
                raise TypeError(translate("SessionFile", "the last epoch's numbers are malformed"))


def _check_rng(rng) -> None:
    """PCG64's state: two integers below 2**128 and the cached half-word."""
    if not isinstance(rng, dict) or not isinstance(rng.get("state"), dict):
        raise TypeError(translate("SessionFile", "the random state is malformed"))
    inner = rng["state"]
    for key in ("state", "inc"):
        _limit(translate("SessionFile", "the random state's {0}").format(key), check_int, inner.get(key), 0, MAX_RNG_STATE - 1)
    _limit(translate("SessionFile", "the random state's {0}").format("has_uint32"), check_int, rng.get("has_uint32", 0), 0, 1)
    _limit(translate("SessionFile", "the random state's {0}").format("uinteger"), check_int, rng.get("uinteger", 0), 0, 2**32 - 1)


def read_npy(members: Members, name: str, where: str) -> np.ndarray:
    """One ``.npy`` member: its header read and checked first (a plain number type, at most
    MAX_ARRAY_DIMS dimensions, a size that fits the member), then exactly that many bytes."""
    with members.open(name) as fh:
        try:
            version = np.lib.format.read_magic(fh)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(fh)
            elif version in ((2, 0), (3, 0)):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(fh)
            else:
                raise ValueError(translate("SessionFile", "unknown .npy version {0}").format(version))
        except ValueError as e:
            raise ValueError(translate("SessionFile", "{0} is not a NumPy array ({1})").format(
                short(name, 60), short(one_line(e), 120))) from None
        if dtype.hasobject or dtype.kind not in "fiub" or dtype.fields is not None:
            if dtype.hasobject:
                raise SessionFileError(translate("SessionFile", "{0}: {1} holds Python objects (a pickle); refused, nothing "
                                                                "from it was run").format(where, short(name, 60)))
            raise ValueError(translate("SessionFile", "{0} does not hold plain numbers").format(short(name, 60)))
        if len(shape) > MAX_ARRAY_DIMS or any(n < 0 for n in shape):
            raise ValueError(translate("SessionFile", "{0} has an implausible shape").format(short(name, 60)))
        count = 1
        for n in shape:
            count *= n
        nbytes = count * dtype.itemsize
        if nbytes > members.infos[name].file_size or nbytes > MAX_MEMBER_BYTES:
            raise ValueError(translate("SessionFile", "{0} says it holds {1} values, more than the member has").format(
                short(name, 60), local(f"{count:,}")))
        buf = members.read(name, MAX_MEMBER_BYTES, fh=fh)
    if len(buf) != nbytes:
        raise ValueError(translate("SessionFile", "{0} holds {1} bytes of data for {2} values").format(
            short(name, 60), local(f"{len(buf):,}"), local(f"{count:,}")))
    a = np.frombuffer(buf, dtype=dtype, count=count).reshape(shape, order="F" if fortran else "C")
    return a.copy() if not a.flags.writeable else a


def check_settings_fit(s: Settings, p: Problem) -> None:
    """Settings that must agree with the data and with each other."""
    n_in = len(s.inputs) if s.inputs is not None else p.n_features
    _limit(translate("SessionFile", "the hidden layers"), check_hidden, list(s.hidden), n_in, p.n_outputs)
    if p.n_outputs == 1 and (s.output_activation == "softmax" or s.config.loss == "cce"):
        raise ValueError(translate("SessionFile", "softmax and categorical cross-entropy need two outputs or more; this "
                                                "network has one"))
    if not s.use_bias and s.biases is not None:
        raise ValueError(translate("SessionFile", "the settings give starting biases to a network without biases"))


def check_problem(p: Problem) -> None:
    for name in PROBLEM_ARRAYS:
        a = getattr(p, name)
        if a is not None and (a.ndim != 2 or a.dtype.kind not in "fiu"):
            raise ValueError(translate("SessionFile", "{0} is not a table of numbers").format(name))
    n_in, n_out = p.X_train.shape[1], p.Y_train.shape[1]
    rows = sum(len(a) for a in (p.X_train, p.X_val, p.X_test) if a is not None)
    if rows > MAX_ROWS or not 1 <= n_in <= MAX_COLUMNS or not 1 <= n_out <= MAX_CLASSES:
        raise ValueError(translate("SessionFile", "{0} rows of {1} inputs and {2} outputs are beyond the limits "
                                                "({3} rows, {4} inputs, {5} outputs)").format(
            local(f"{rows:,}"), n_in, n_out, local(f"{MAX_ROWS:,}"), local(f"{MAX_COLUMNS:,}"), local(f"{MAX_CLASSES:,}")))
    if p.task not in ("binary", "multiclass", "regression"):
        raise ValueError(translate("SessionFile", "unknown task {0}").format(repr(short(p.task, 30))))
    if p.task == "binary" and (n_out != 1 or (p.class_names is not None and len(p.class_names) != 2)):
        raise ValueError(translate("SessionFile", "a yes/no problem has one output and two class names"))
    if p.task == "multiclass" and n_out < 2:
        raise ValueError(translate("SessionFile", "a problem with several classes needs an output per class"))
    for s in (p.x_scaler, p.y_scaler):
        if s.scale is not None and (np.any(s.scale == 0) or not np.isfinite(s.scale).all()
                                    or not np.isfinite(s.offset).all()):
            raise ValueError(translate("SessionFile", "a scaler has a zero or non-finite scale"))
    if len(p.X_train) != len(p.Y_train) or len(p.X_train) == 0:
        raise ValueError(translate("SessionFile", "the training inputs and targets differ in length"))
    for x, y, half, misfit in (
            (p.X_val, p.Y_val, translate("SessionFile", "the validation rows are half there"),
             translate("SessionFile", "the validation rows do not fit the training rows")),
            (p.X_test, p.Y_test, translate("SessionFile", "the test rows are half there"),
             translate("SessionFile", "the test rows do not fit the training rows"))):
        if (x is None) != (y is None):
            raise ValueError(half)
        if x is not None and (x.shape[1:] != (n_in,) or y.shape[1:] != (n_out,) or len(x) != len(y)):
            raise ValueError(misfit)
    if len(p.feature_names) != n_in:
        raise ValueError(translate("SessionFile", "{0} input names for {1} inputs").format(len(p.feature_names), n_in))
    if p.image_shape is not None and p.image_shape[0] * p.image_shape[1] != n_in:
        raise ValueError(translate("SessionFile", "a {0}×{1} picture for {2} inputs").format(p.image_shape[0], p.image_shape[1], n_in))
    if p.task == "multiclass" and (not p.class_names or len(p.class_names) != n_out):
        raise ValueError(translate("SessionFile", "the class names do not fit the outputs"))
    for s, n in ((p.x_scaler, n_in), (p.y_scaler, n_out)):
        if s.offset is not None and (s.offset.shape != (n,) or s.scale.shape != (n,)):
            raise ValueError(translate("SessionFile", "a scaler does not fit the columns"))
    if p.raw_columns is not None:
        width = sum(1 if kind == "numeric" else len(cats or []) for _, kind, cats in p.raw_columns)
        if width != n_in:
            raise ValueError(translate("SessionFile", "the input columns' recipe does not fit the inputs"))


__all__ = ["MANIFEST", "Members", "PROBLEM_ARRAYS", "SessionFileError", "check_manifest", "check_manifest_texts",
           "check_problem", "check_settings_fit", "label_of", "read_npy", "short"]
