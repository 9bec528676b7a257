"""Every limit on what a file may ask for, in one place (the README's "Limits" section lists them).

A lesson file, a session file or a CSV path comes from anyone: a teacher's mail, a USB stick.
The readers (``teaching.lesson_files``, ``app.session_file``, ``data.csvread``) check every
field against these numbers *before* anything is allocated, trained or drawn, so a hostile or
broken file costs one line and a few milliseconds, never a hang, a crash or gigabytes.

This module imports nothing from nnviz: every layer may use it. The small checkers here raise
:class:`LimitError` (a ValueError) whose text says what is wrong; the reader adds the file and
the field in front.
"""
from __future__ import annotations

import math
import os
import stat

from .text import local
from .tr import translate

# --- numbers a window's spin box must be able to show --------------------------------------
MAX_INT = 2**31 - 1                 # epochs, batch size, seeds, step counts: a Qt spin box's int
MAX_EPOCHS = 10_000_000             # epochs, a play beat's to_epoch: the window's "Stop at" goes this far

# --- the network --------------------------------------------------------------------------
MAX_HIDDEN_LAYERS = 16
MAX_NEURONS = 512                   # per hidden layer (the CLI's --hidden takes the same)
MAX_PARAMETERS = 1_000_000          # weights and biases together (8 MB a copy; the timeline keeps many)
MAX_ABS_VALUE = 1e12                # explicit weights, init_value: finite and at most this large

# --- data ---------------------------------------------------------------------------------
MAX_POINTS = 100_000                # a generated set's points
MAX_ROWS = 2_000_000                # rows of a session's stored table
MAX_COLUMNS = 1_000                 # inputs (the CSV reader's own limit too)
MAX_CLASSES = 1_000                 # outputs of a classification
MAX_PATH_CHARS = 4_096              # a CSV path (PATH_MAX on Linux)

# --- texts --------------------------------------------------------------------------------
MAX_NAME_CHARS = 100                # a lesson's name, a column or class name, an action name
MAX_TITLE_CHARS = 200               # a lesson's title, a session's description
MAX_CAPTION_CHARS = 2_000           # a lesson's or a beat's caption, one note, a question value
MAX_NOTE_CHARS = 4_000              # a beat's presenter notes
MAX_NOTES = 100                     # notes of a lesson or a problem
MAX_QUESTION_KEYS = MAX_COLUMNS

# --- lesson files -------------------------------------------------------------------------
MAX_LESSON_BYTES = 1 << 20          # 1 MiB of TOML
MAX_NESTING = 16                    # tables and lists inside one another (TOML and JSON)
MAX_BEATS = 500
MAX_STEP_COUNT = 100                # a step beat's count: done at once on the window's thread (more: a play beat)
MAX_BEAT_SECONDS = 600.0
MIN_BEAT_SECONDS = 0.1

# --- session files ------------------------------------------------------------------------
MAX_SESSION_MEMBERS = 1_000         # zip members (a session has about 30; the timeline is packed)
MAX_MEMBER_BYTES = 512 << 20        # one member, inflated (checked while inflating)
MAX_SESSION_BYTES = 1 << 30         # all members together, inflated
MAX_MANIFEST_BYTES = 16 << 20
MAX_ARRAY_DIMS = 4
MAX_TIMELINE_KEYS = 100_000
MAX_TIMELINE_BYTES = 4 << 30        # a stored timeline's byte count (the session's budget is its own)
MAX_RNG_STATE = 2**128              # PCG64's state and increment are below this


class LimitError(ValueError):
    """A value outside its limit; ``str()`` says what is wrong (the reader adds where)."""


def check_int(value, lo: int, hi: int, what: str = "") -> int:
    """``value`` as a whole number in ``lo..hi`` (true/false is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise LimitError(translate("Limits", "must be a whole number, not {0}").format(describe(value)))
    if not lo <= value <= hi:
        raise LimitError(translate("Limits", "must be from {0} to {1}{2}, got {3}").format(
            local(f"{lo:,}"), local(f"{hi:,}"), " " + what if what else "", _num(value)))
    return value


def check_number(value, lo: float = -MAX_ABS_VALUE, hi: float = MAX_ABS_VALUE) -> float:
    """``value`` as a finite number in ``lo..hi``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise LimitError(translate("Limits", "must be a number, not {0}").format(describe(value)))
    if not math.isfinite(value):
        raise LimitError(translate("Limits", "must be a finite number, not {0}").format(value))
    if not lo <= value <= hi:
        raise LimitError(translate("Limits", "must be from {0} to {1}, got {2}").format(f"{lo:g}", f"{hi:g}", _num(value)))
    return float(value)


def check_text(value, limit: int, empty_ok: bool = True) -> str:
    """``value`` as a text of at most ``limit`` characters, without NUL."""
    if not isinstance(value, str):
        raise LimitError(translate("Limits", "must be a text, not {0}").format(describe(value)))
    if len(value) > limit:
        raise LimitError(translate("Limits", "is {0} characters long; at most {1} are allowed").format(
            local(f"{len(value):,}"), local(f"{limit:,}")))
    if "\x00" in value:
        raise LimitError(translate("Limits", "holds a NUL character"))
    if not empty_ok and not value.strip():
        raise LimitError(translate("Limits", "must not be empty"))
    return value


def check_hidden(hidden, n_inputs: int | None = None, n_outputs: int | None = None) -> tuple[int, ...]:
    """Hidden layer sizes within the limits, and the whole network's parameter count too when
    the input and output sizes are known."""
    if not isinstance(hidden, (list, tuple)):
        raise LimitError(translate("Limits", "must be a list of layer sizes, not {0}").format(describe(hidden)))
    if len(hidden) > MAX_HIDDEN_LAYERS:
        raise LimitError(translate("Limits", "{0} hidden layers; at most {1} are allowed").format(
            len(hidden), MAX_HIDDEN_LAYERS))
    for h in hidden:
        if isinstance(h, bool) or not isinstance(h, int) or not 1 <= h <= MAX_NEURONS:
            raise LimitError(translate("Limits", "every hidden layer needs 1 to {0} neurons, got {1}").format(
                MAX_NEURONS, _num(h)))
    if n_inputs is not None and n_outputs is not None:
        n = parameter_count([n_inputs, *hidden, n_outputs])
        if n > MAX_PARAMETERS:
            raise LimitError(translate("Limits", "the network would have {0} weights and biases; at most {1} are "
                                                 "allowed").format(local(f"{n:,}"), local(f"{MAX_PARAMETERS:,}")))
    return tuple(hidden)


def parameter_count(sizes) -> int:
    return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))


def nesting_depth(v, limit: int = MAX_NESTING) -> int:
    """How deeply lists and tables nest in ``v`` (stops counting past ``limit``, iteratively)."""
    deepest, stack = 0, [(v, 0)]
    while stack:
        x, d = stack.pop()
        if isinstance(x, (list, tuple, dict)):
            d += 1
            deepest = max(deepest, d)
            if d > limit:
                return d
            stack.extend((c, d) for c in (x.values() if isinstance(x, dict) else x))
    return deepest


def bracket_depth(text: str | bytes, limit: int = MAX_NESTING * 4) -> int:
    """The deepest ``[``/``{`` nesting of a TOML or JSON text, counted without parsing (texts in
    quotes count too, so this is an upper bound): a parser's recursion never sees a deeper one."""
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    depth = deepest = 0
    for b in text.translate(None, _NOT_BRACKETS):
        if b in b"[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif depth:
            depth -= 1
    return deepest


def toml_depth(text: str) -> int:
    """How deep a TOML text's arrays and inline tables nest, counted outside strings and
    comments (a bracket inside a caption does not count); read before parsing, so a parser's
    recursion never meets a deeper one."""
    depth = deepest = 0
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if c in "\"'":
            triple = text.startswith(c * 3, i)
            end_mark = c * 3 if triple else c
            j = i + len(end_mark)
            while j < n:
                if c == '"' and text[j] == "\\":
                    j += 2
                    continue
                if text.startswith(end_mark, j) or (not triple and text[j] == "\n"):
                    break
                j += 1
            i = j + len(end_mark)
            line_start = False
            continue
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == "\n":
            line_start = True
        elif c in "[{":
            if line_start and depth == 0 and c == "[":     # a [table] or [[array]] header
                j = text.find("\n", i)
                i = n if j < 0 else j
                continue
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
        elif not c.isspace():
            line_start = False
        i += 1
    return deepest


_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def _file_kind(what: str) -> str:
    """A reader's name for its files ("session file", …) in the current language."""
    return {"file": translate("Limits", "file"), "session file": translate("Limits", "session file"),
            "lesson file": translate("Limits", "lesson file"), "CSV file": translate("Limits", "CSV file")}.get(what, what)


def regular_file(path, what: str = "file") -> str:
    """The path as a text, checked: not too long, no NUL, existing, and a regular file, not a
    folder, a FIFO or a device (opening a FIFO blocks; a device never ends). The messages do
    not repeat the path: the reader names the file in front."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if "\x00" in text:
        raise LimitError(translate("Limits", "the {0}'s path holds a NUL character").format(_file_kind(what)))
    if len(text) > MAX_PATH_CHARS:
        raise LimitError(translate("Limits", "the {0}'s path is {1} characters long; at most {2} are allowed").format(
            _file_kind(what), local(f"{len(text):,}"), local(f"{MAX_PATH_CHARS:,}")))
    try:
        st = os.stat(text)
    except FileNotFoundError:
        raise LimitError(translate("Limits", "the file does not exist")) from None
    except OSError as e:
        raise LimitError(translate("Limits", "the file cannot be read ({0})").format(e.strerror or e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise LimitError(translate("Limits", "this is a folder, not a {0}").format(_file_kind(what)))
    if not stat.S_ISREG(st.st_mode):
        kind = (translate("Limits", "a FIFO (named pipe)") if stat.S_ISFIFO(st.st_mode) else
                translate("Limits", "a device") if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                translate("Limits", "a socket") if stat.S_ISSOCK(st.st_mode) else translate("Limits", "not a regular file"))
        raise LimitError(translate("Limits", "this is {0}, not a {1}; only regular files are read").format(
            kind, _file_kind(what)))
    return text


def open_regular(path, what: str = "file"):
    """``path`` opened for reading in binary, checked by :func:`regular_file` and again on the
    open file itself (opened without blocking, so a FIFO swapped in after the check cannot
    hang the reader)."""
    text = regular_file(path, what)
    fd = os.open(text, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LimitError(translate("Limits", "this is not a regular file, not a {0}; only regular files are "
                                                 "read").format(_file_kind(what)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def describe(v) -> str:
    """What a value is, in words, short (for "must be X, not Y")."""
    kind = {bool: translate("LessonFile", "true/false"), int: translate("LessonFile", "a whole number"),
            float: translate("LessonFile", "a number"), str: translate("LessonFile", "a text"),
            list: translate("LessonFile", "a list"), tuple: translate("LessonFile", "a list"),
            dict: translate("LessonFile", "a table"), type(None): translate("Limits", "nothing")}.get(type(v), type(v).__name__)
    return f"{kind} ({_short(repr(v))})"


def _num(v) -> str:
    if isinstance(v, int) and not isinstance(v, bool):
        s = local(f"{v:,}")
    else:
        s = repr(v)
    return _short(s)


def _short(s: str, n: int = 40) -> str:
    s = str(s)
    return s if len(s) <= n else s[: n - 1] + "…"
