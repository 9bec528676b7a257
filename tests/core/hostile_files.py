"""A seeded generator of hostile lesson and session files, and a runner that reads them.

``python tests/core/hostile_files.py N SEED FOLDER`` reads N hostile files (half lessons, half
sessions, made from the built-in lessons and sessions saved from them) with the readers the
window and the CLI use, in this one process under an address-space cap, each file under a
time guard, and prints one JSON line: how many were read, refused (one line) and accepted, and
every failure (a traceback, a hang, a message that is not one line). The test suite runs it
(tests/core/test_hostile_files.py); a longer run before a release: ``N=20000``.

The fixed cases (:data:`REGRESSIONS`) are the failures found by a fuzz of the readers: each is
kept here, by name, so that it stays fixed.
"""
from __future__ import annotations

import io
import json
import warnings
import math
import os
import random
import resource
import signal
import struct
import sys
import time
import traceback
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TIME_GUARD_S = 5.0
ADDRESS_SPACE_CAP = 6 << 30        # the runner's whole process (NumPy and pandas included)
RSS_BOUND = 1 << 30                # what the suite asserts on the runner's peak resident memory

HOSTILE_NUMBERS = [0, -1, 1, 2**31 - 1, 2**31, 2**63, 10**18, -10**12, 10**40, 0.0, -0.0, 1e308, 1e-308,
                   float("inf"), float("-inf"), float("nan"), 0.5, 100000, 1000000]
HOSTILE_TEXTS = ["", " ", "{epoch:>1000000000}", "{__class__}", "{a.b}", "{a[0]}", "{epoch!r}", "}", "{",
                 '"""', "\\x", "\\N{", "\x00", "é" * 50, "x" * 5000, "{accuracy}", "pause", "samples", "sigmod",
                 "/dev/zero", "/tmp", "../../../../etc/passwd", "a\x00b", "a" * 5000]


# =============================================================================================
# lesson files
# =============================================================================================
def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{json.dumps(k)} = {toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def random_value(rng: random.Random, depth: int = 0):
    r = rng.random()
    if r < 0.35:
        return rng.choice(HOSTILE_NUMBERS)
    if r < 0.65:
        return rng.choice(HOSTILE_TEXTS)
    if r < 0.75:
        return rng.choice([True, False])
    if r < 0.9 and depth < 3:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3:
        return {rng.choice(["x1", "a", "count", "kind", "weights", "maps"]): random_value(rng, depth + 1)}
    return rng.choice(HOSTILE_NUMBERS)


LESSON_KEYS = {
    "": ["name", "title", "caption", "notes", "continue_with", "format", "playground"],
    "data": ["points", "noise", "seed", "split", "inputs", "csv", "generated", "table", "target", "features"],
    "network": ["hidden", "activation", "output", "bias", "init", "init_value", "seed", "weights", "biases"],
    "training": ["lr", "epochs", "batch_size", "loss", "optimizer", "momentum", "l2", "l1", "target_loss", "shuffle"],
}
BEAT_KEYS = ["caption", "action", "count", "kind", "to_epoch", "index", "values", "layer", "neuron", "lesson",
             "on", "notes", "seconds", "pane", "reveal", "toggles", "sample", "params", "slep"]


def mutate_lesson(text: str, rng: random.Random) -> bytes:
    """One hostile variant of a lesson file's text."""
    lines = text.splitlines()
    how = rng.random()
    if how < 0.45:                              # a key gets a hostile value
        section = rng.choice(list(LESSON_KEYS))
        key = rng.choice(LESSON_KEYS[section])
        value = toml_value(random_value(rng))
        out, current, done = [], "", False
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("["):
                current = stripped.strip("[]").split("]")[0] if not stripped.startswith("[[") else "beats"
            if not done and current == section and stripped.split("=")[0].strip() == key:
                line, done = f"{key} = {value}", True
            out.append(line)
        if not done:
            if section:
                out.append(f"[{section}]") if f"[{section}]" not in text else None
                out = [ln for ln in out if ln is not None]
                idx = next((i for i, ln in enumerate(out) if ln.strip() == f"[{section}]"), None)
                out.insert(idx + 1 if idx is not None else len(out), f"{key} = {value}")
            else:
                out.insert(0, f"{key} = {value}")
        lines = out
    elif how < 0.75:                            # a hostile beat
        beat = {"caption": rng.choice(["Epoch {epoch}", *HOSTILE_TEXTS[:10]]),
                "action": rng.choice(["say", "step", "play", "ask", "explain", "map", "load", "bias", "sample", "pause"])}
        for _ in range(rng.randint(0, 3)):
            beat[rng.choice(BEAT_KEYS)] = random_value(rng)
        lines += ["", "[[beats]]"] + [f"{json.dumps(k)} = {toml_value(v)}" for k, v in beat.items()]
    elif how < 0.85:                            # random byte damage
        data = bytearray("\n".join(lines).encode())
        for _ in range(rng.randint(1, 8)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    elif how < 0.92:                            # cut short
        data = "\n".join(lines).encode()
        return data[: rng.randrange(max(1, len(data)))]
    else:                                       # something big or deep
        kind = rng.choice(["deep", "long", "many_beats", "many_notes"])
        if kind == "deep":
            lines.insert(0, "notes = " + "[" * rng.choice([20, 200, 1000]) + "]" * rng.choice([0, 20, 200, 1000]))
        elif kind == "long":
            lines.insert(0, f'title = "{"x" * rng.choice([300, 40_000, 400_000])}"')
        elif kind == "many_beats":
            lines += ['[[beats]]\ncaption = "x"\naction = "say"'] * rng.choice([10, 600])
        else:
            lines.insert(0, "notes = [" + '"n", ' * rng.choice([10, 200, 100_000]) + "]")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


# =============================================================================================
# session files
# =============================================================================================
def make_base_sessions(folder: Path) -> list[Path]:
    """A few honest sessions: a lesson mid-epoch, one with a timeline, one of a CSV table."""
    from nnviz.core.app.session import Session

    out = []
    for name, steps in (("or-gate", ["epoch"] * 5), ("iris", ["sample"] * 3), ("blobs3", ["epoch"] * 3)):
        s = Session()
        s.load_lesson(name)
        for kind in steps:
            s.step(kind)
        path = folder / f"base-{name}.nnviz"
        s.save(path)
        out.append(path)
    return out


def _zip_members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def _write(members: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", compression=method) as zf:
        warnings.simplefilter("ignore")          # a duplicate name is what some cases want
        for name, value in members:
            zf.writestr(name, value)
    return buf.getvalue()


def _walk(obj, path=()):
    yield path, obj
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk(v, (*path, i))


def _set(obj, path, value):
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


def npy_header(shape, dtype="<f8") -> bytes:
    header = f"{{'descr': '{dtype}', 'fortran_order': False, 'shape': {tuple(shape)!r}, }}"
    header += " " * (63 - (len(header) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode()


def mutate_session(base: bytes, rng: random.Random) -> bytes:
    members = [(i.filename, d) for i, d in _zip_members(base)]
    manifest = json.loads(members[0][1])
    how = rng.random()
    if how < 0.5:                               # a manifest field gets a hostile value
        paths = [p for p, _ in _walk(manifest) if p]
        path = rng.choice(paths)
        value = random_value(rng)
        if isinstance(value, float) and not math.isfinite(value):
            value = rng.choice([10**40, -1, "nan"])
        if rng.random() < 0.1:
            value = rng.choice(["x" * 5_000_000, [[[[[[]]]]]], {"a": None}, None])
        _set(manifest, path, value)
        members[0] = (members[0][0], json.dumps(manifest).encode())
        return _write(members)
    if how < 0.6:                               # an array member replaced
        names = [n for n, _ in members if n.endswith(".npy")]
        name = rng.choice(names)
        kind = rng.choice(["huge", "object", "nan", "wrong", "garbage"])
        if kind == "huge":
            value = npy_header((rng.choice([10**9, 10**12, 2**62]),)) + b"\x00" * 64
        elif kind == "object":
            value = npy_header((2,), "|O") + b"\x80\x04N."
        elif kind == "nan":
            value = npy_header((4,)) + struct.pack("<4d", float("nan"), 1, float("inf"), 0)
        elif kind == "wrong":
            value = npy_header((3, 3), "<i4") + b"\x00" * 36
        else:
            value = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        members = [(n, value if n == name else d) for n, d in members]
        return _write(members)
    if how < 0.8:                               # byte flips in the archive
        data = bytearray(base)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if how < 0.85:
        return base[: rng.randrange(len(base))]
    kind = rng.choice(["duplicate", "encrypted", "method", "many", "lesson", "deep_json"])
    if kind == "duplicate":
        return _write(members + [members[rng.randrange(len(members))]])
    if kind == "encrypted":
        return set_flag(_write(members), rng.randrange(len(members)), 0x1)
    if kind == "method":
        return set_method(_write(members), rng.randrange(len(members)), rng.choice([12, 14, 93, 99, 1]))
    if kind == "many":
        return _write(members + [(f"x/{i}", b"") for i in range(rng.choice([10, 2000]))])
    if kind == "deep_json":
        return _write([(members[0][0], b"[" * 100_000 + b"]" * 100_000)] + members[1:])
    lesson = rng.choice(['title = "', 'hidden = [100000, 100000]', '[[beats]]\ncaption = "{epoch:>1000000000}"\naction = "say"'])
    text = dict(members).get("lesson.toml", b"").decode() + "\n" + lesson + "\n"
    manifest["lesson"] = {"name": "x", "title": "x", "caption": "x", "member": "lesson.toml"}
    members[0] = (members[0][0], json.dumps(manifest).encode())
    return _write([(n, d) for n, d in members if n != "lesson.toml"] + [("lesson.toml", text.encode())])


def _patch_central(data: bytes, index: int, fn) -> bytes:
    data = bytearray(data)
    pos, seen = 0, 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            return bytes(data)
        if seen == index:
            fn(data, pos)
            return bytes(data)
        seen += 1
        pos += 4


def _patch_local_name(data: bytes) -> bytes:
    """The first member's local header names another file than the directory does (zipfile's
    message quotes both names' bytes)."""
    d = bytearray(data)
    n = struct.unpack_from("<H", d, 26)[0]
    d[30:30 + n] = bytes((b + 1) % 256 for b in d[30:30 + n])
    return bytes(d)


def _patch_eocd(data: bytes) -> bytes:
    """The end record says the central directory starts later than it does: zipfile then
    computes a member's offset before the file's start (a negative seek)."""
    d = bytearray(data)
    pos = d.rfind(b"PK\x05\x06")
    struct.pack_into("<I", d, pos + 16, struct.unpack_from("<I", d, pos + 16)[0] + 100_000)
    return bytes(d)


def set_flag(data: bytes, index: int, flag: int) -> bytes:
    def fn(d, pos):
        struct.pack_into("<H", d, pos + 8, struct.unpack_from("<H", d, pos + 8)[0] | flag)
    return _patch_central(data, index, fn)


def set_method(data: bytes, index: int, method: int) -> bytes:
    def fn(d, pos):
        struct.pack_into("<H", d, pos + 10, method)
    return _patch_central(data, index, fn)


def zip_bomb(size: int, lie: bool) -> bytes:
    """A member of ``size`` zero bytes, deflated (about 1/1000 of that); ``lie``: its header
    claims 100 bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\x00" * (1 << 20)
    body = b"".join(comp.compress(chunk) for _ in range(size >> 20)) + comp.flush()
    crc = 0
    for _ in range(size >> 20):
        crc = zlib.crc32(chunk, crc)
    claimed = 100 if lie else size
    name = b"nnviz-session.json"
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(body), claimed, len(name), 0) + name
    central = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(body), claimed,
                          len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local) + len(body), 0)
    return local + body + central + end


# =============================================================================================
# the fixed cases: each failure the fuzz of the readers found, as a file
# =============================================================================================
LESSON_HEAD = 'title = "T"\ncaption = "C"\n[data]\ntable = "or"\n'
REGRESSIONS_LESSON = {
    "title_closes_docstring": 'title = "\\"\\"\\"\\nimport os\\n\\"\\"\\""\ncaption = "C"\n[data]\ntable = "or"\n',
    "caption_allocates": LESSON_HEAD + '[[beats]]\ncaption = "{epoch:>1000000000}"\naction = "say"\n',
    "caption_attribute": LESSON_HEAD + '[[beats]]\ncaption = "{__class__}"\naction = "say"\n',
    "title_400k": 'title = "' + "x" * 400_000 + '"\ncaption = "C"\n[data]\ntable = "or"\n',
    "hidden_100k_squared": LESSON_HEAD + "[network]\nhidden = [100000, 100000]\n",
    "hidden_1e18": LESSON_HEAD + "[network]\nhidden = [1000000000000000000]\n",
    "hidden_1m": LESSON_HEAD + "[network]\nhidden = [1000000]\n",
    "step_count_1e12": LESSON_HEAD + '[[beats]]\ncaption = "x"\naction = "step"\ncount = 1000000000000\n',
    "caption_10mb": LESSON_HEAD + '[[beats]]\ncaption = "' + "x" * 10_000_000 + '"\naction = "say"\n',
    "notes_100k": 'notes = [' + '"n", ' * 100_000 + ']\n' + LESSON_HEAD,
    "toml_1000_deep": "notes = " + "[" * 1000 + "]" * 1000 + "\n" + LESSON_HEAD,
    "epochs_2_31": LESSON_HEAD + "[training]\nepochs = 2147483648\n",
    "batch_2_31": LESSON_HEAD + "[training]\nbatch_size = 2147483648\n",
    "seed_2_31": LESSON_HEAD + "[network]\nseed = 2147483648\n",
    "data_seed_2_63": 'title = "T"\ncaption = "C"\n[data]\ngenerated = "circle"\nseed = 9223372036854775807\n',
    "csv_fifo": 'title = "T"\ncaption = "C"\n[data]\ncsv = "FIFO"\ntarget = "y"\n',
    "csv_device": 'title = "T"\ncaption = "C"\n[data]\ncsv = "/dev/zero"\ntarget = "y"\n',
    "csv_nul": 'title = "T"\ncaption = "C"\n[data]\ncsv = "a\\u0000b"\ntarget = "y"\n',
    "csv_5000": 'title = "T"\ncaption = "C"\n[data]\ncsv = "' + "a" * 5000 + '"\ntarget = "y"\n',
    "action_pause": LESSON_HEAD + '[[beats]]\ncaption = "x"\naction = "pause"\n',
    "caption_accuracy": LESSON_HEAD + '[[beats]]\ncaption = "{accuracy}"\naction = "say"\n',
    "kind_samples": LESSON_HEAD + '[[beats]]\ncaption = "x"\naction = "step"\nkind = "samples"\n',
    "ask_slep": LESSON_HEAD + '[[beats]]\ncaption = "x"\naction = "ask"\nvalues = { x1 = 1, slep = 7 }\n',
    "activation_sigmod": LESSON_HEAD + '[network]\nhidden = []\nactivation = "sigmod"\n',
    "inf_weights": LESSON_HEAD + "[network]\nhidden = []\nweights = [[inf, 1]]\n",
    "lr_nan": LESSON_HEAD + "[training]\nlr = nan\n",
    "init_5000_chars": LESSON_HEAD + '[network]\ninit = "' + "x" * 5000 + '"\n',
    "lr_huge_diverges": LESSON_HEAD + "[training]\nlr = 1000\nl2 = 2147483648.0\n",
}


def regressions_session(base: bytes) -> dict[str, bytes]:
    members = [(i.filename, d) for i, d in _zip_members(base)]
    manifest = json.loads(members[0][1])

    def with_manifest(change) -> bytes:
        m = json.loads(json.dumps(manifest))
        change(m)
        return _write([(members[0][0], json.dumps(m).encode())] + members[1:])

    def replace_member(name, value) -> bytes:
        return _write([(n, value if n == name else d) for n, d in members])

    return {
        "encrypted_member": set_flag(base, 1, 0x1),
        "unknown_method": set_method(base, 2, 99),
        "bzip2_on_deflate": set_method(base, 0, 12),
        "duplicate_names": _write(members + [members[1]]),
        "json_100k_deep": _write([(members[0][0], b"[" * 100_000 + b"]" * 100_000)] + members[1:]),
        "rng_out_of_range": with_manifest(lambda m: m["trainer"]["rng_state"]["state"].update(state=2**200)),
        "description_5mb": with_manifest(lambda m: m.update(description="x" * 5_000_000)),
        "hidden_1e18": with_manifest(lambda m: m["settings"].update(hidden=[10**18])),
        "hidden_100k_squared": with_manifest(lambda m: m["settings"].update(hidden=[100000, 100000])),
        "timeline_bytes_negative": with_manifest(lambda m: m["timeline"].update(bytes=-10**12, interval_s=0)),
        "timeline_missing_field": with_manifest(lambda m: m["timeline"].pop("newest")),
        "timeline_wrong_type": with_manifest(lambda m: m["timeline"].update(current="x")),
        "one_class_name": with_manifest(lambda m: m["problem"].update(class_names=["a"])),
        "thousand_class_names": with_manifest(lambda m: m["problem"].update(class_names=[str(i) for i in range(1000)])),
        "seed_null": with_manifest(lambda m: m["settings"].update(seed=None)),
        "epochs_2_31": with_manifest(lambda m: m["settings"]["config"].update(epochs=2**31)),
        "batch_2_63": with_manifest(lambda m: m["trainer"]["config"].update(batch_size=2**63)),
        "softmax_one_output": with_manifest(lambda m: m["settings"].update(output_activation="softmax")),
        "cce_one_output": with_manifest(lambda m: m["settings"]["config"].update(loss="cce")),
        "no_bias_over_biases": with_manifest(lambda m: m["settings"].update(use_bias=False, biases=[[0.3]])),
        "npy_claims_1e12": replace_member("data/X_train.npy", npy_header((10**12, 2)) + b"\x00" * 10_000),
        "npy_pickle": replace_member("data/X_train.npy", npy_header((2,), "|O") + b"\x80\x04N."),
        "inf_in_data": replace_member("data/X_train.npy", npy_header((4, 2)) + struct.pack("<8d", *([float("inf")] * 8))),
        "optimizer_state_shape": with_manifest(lambda m: m["trainer"]["optimizer"].update(state=[{"key": ["x", 0], "items": [{"array": "data/X_train.npy"}]}])),
        "zip_version_16_9": _patch_central(base, 0, lambda d, pos: struct.pack_into("<H", d, pos + 6, 169)),
        "negative_seek": _patch_eocd(base),
        "optimizer_wrong_parts": with_manifest(lambda m: m["trainer"]["optimizer"].update(
            name="momentum", state=[{"key": ["all", 0], "items": []}])),
        "bad_zip_name_quoted": _patch_local_name(base),
        "bomb_lying_header": zip_bomb(64 << 20, lie=True),
        "bomb_over_limit": zip_bomb(600 << 20, lie=False),
    }


# =============================================================================================
# the runner
# =============================================================================================
class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def read_one(kind: str, path: Path) -> tuple[str, str]:
    """("accepted" | "refused" | "FAILED", detail). A refusal must be one line."""
    from nnviz.core.app.session_file import SessionFileError, read_session
    from nnviz.core.app.session import Session
    from nnviz.core.engine.training import TrainingDiverged
    from nnviz.core.teaching.beats import Beat, fill_caption
    from nnviz.core.teaching.lesson_files import LessonFileError, read_lesson_file

    signal.setitimer(signal.ITIMER_REAL, TIME_GUARD_S)
    try:
        # What the reader accepts must also load, train a step and fill its captions.
        session = Session()
        if kind == "lesson":
            lesson = read_lesson_file(path)
            beats = [Beat.from_dict(b) for b in lesson.beats]    # what the presentation builds
            session.load_lesson(lesson)
            session.step("epoch")
            for beat in beats:
                fill_caption(beat.caption, session)
        else:
            read_session(path)
            session.open(path)
            session.step("epoch")
            session.predict(session.problem.X_train[:2])
            session.undo()
        return "accepted", ""
    except (LessonFileError, SessionFileError) as e:
        msg = str(e)
        if "\n" in msg or len(msg) > 1000:
            return "FAILED", f"not one short line: {msg[:200]!r}"
        return "refused", msg
    except TrainingDiverged:                # a correct result: the window says so in one line
        return "accepted", "diverged"
    except Hang:
        return "FAILED", f"took over {TIME_GUARD_S} s"
    except BaseException as e:   # noqa: BLE001 - anything else is the failure we look for
        return "FAILED", "".join(traceback.format_exception_only(type(e), e)).strip()[:300] + " @ " + \
            traceback.extract_tb(e.__traceback__)[-1].filename.rsplit("/", 1)[-1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def run(n: int, seed: int, folder: Path) -> dict:
    from nnviz.core.teaching.lesson_files import builtin_lesson_texts

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
    signal.signal(signal.SIGALRM, _alarm)
    folder.mkdir(parents=True, exist_ok=True)
    fifo = folder / "FIFO"
    if not fifo.exists():
        os.mkfifo(fifo)
    rng = random.Random(seed)
    lessons = [text for _, text in builtin_lesson_texts()]
    bases = [p.read_bytes() for p in make_base_sessions(folder)]
    cases: list[tuple[str, str, bytes]] = []
    for name, text in REGRESSIONS_LESSON.items():
        cases.append(("lesson", f"regression:lesson:{name}", text.encode()))
    for name, data in regressions_session(bases[0]).items():
        cases.append(("session", f"regression:session:{name}", data))
    for i in range(n):
        if i % 2 == 0:
            cases.append(("lesson", f"mutant:{seed}:{i}", mutate_lesson(rng.choice(lessons), rng)))
        else:
            cases.append(("session", f"mutant:{seed}:{i}", mutate_session(rng.choice(bases), rng)))
    counts = {"accepted": 0, "refused": 0, "FAILED": 0}
    failures, refused_by_regression, slowest = [], {}, (0.0, "")
    for kind, label, data in cases:
        path = folder / ("case.toml" if kind == "lesson" else "case.nnviz")
        path.write_bytes(data)
        start = time.perf_counter()
        outcome, detail = read_one(kind, path)
        took = time.perf_counter() - start
        slowest = max(slowest, (took, label))
        counts[outcome] += 1
        if outcome == "FAILED":
            failures.append(f"{label}: {detail}")
        if label.startswith("regression:"):
            refused_by_regression[label[11:]] = (outcome, detail)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"files": len(cases), **counts, "failures": failures, "regressions": refused_by_regression,
            "peak_rss": peak, "slowest": slowest}


if __name__ == "__main__":
    n, seed, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    print(json.dumps(run(n, seed, folder)))
