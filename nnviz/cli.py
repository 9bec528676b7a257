"""The command line: ``nnviz lessons``, ``nnviz train``, ``nnviz predict`` and ``nnviz export``.
Uses nnviz.core only, never Qt.

Every mistake a person can make (a wrong argument, a bad file, a silly learning rate) ends in
one line on stderr and exit code 2; divergence ends in one line and exit code 1.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import re
import sys
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .core.app.export_pytorch import ExportError, pytorch_script
from .core.app.predict import predict_csv
from .core.app.session import Session
from .core.app.session_file import SUFFIX, SessionFileError, read_session, write_atomic
from .core.data.csvdata import encode_inputs, load_csv
from .core.data.datasets import ALIASES, POINTS_RANGE, SET_NAMES, GeneratedData
from .core.data.features import parse_features, with_features
from .core.data.problem import SCALINGS, DataError
from .core.engine.activations import HIDDEN_ACTIVATIONS
from .core.engine.losses import LOSSES
from .core.engine.optimizers import OPTIMIZERS
from .core.engine.settings import default_settings
from .core.engine.training import TrainingDiverged
from .core.engine.validation import parse_learning_rate
from .core.teaching.beats import Beat
from .core.teaching.lesson_files import LessonFileError, read_lesson_file
from .core.teaching.lessons import DEFAULT_LESSON, LESSONS, get_lesson
from .core.limits import MAX_EPOCHS, MAX_INT
from .core.text import fixed, local, parse_number
from .core.tr import LANGUAGES, normalise, translate, use_language

EXIT_USAGE = 2
EXIT_DIVERGED = 1


class UsageError(Exception):
    """A one-line message about what the person typed."""


class OneLineParser(argparse.ArgumentParser):
    """argparse prints the usage block and a traceback-free error; we want one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # Python 3.10's argparse writes "argument X: …" without its gettext hook: put it into
        # the language here (3.11 and later send it through the hook, so it arrives translated).
        english = "argument %(argument_name)s: %(message)s"
        found = re.fullmatch(r"argument (.+?): (.*)", message, re.S)
        if found and translate("argparse", english) != english:
            message = translate("argparse", english) % {"argument_name": found[1], "message": found[2]}
        raise UsageError(translate("Cli", "{0}: {1} (see {0} --help)").format(self.prog, message))


# --- argparse's own words ------------------------------------------------------------------
def _argparse_words() -> dict[str, str]:
    """argparse's own sentences (its gettext message ids, Python 3.10 to 3.14) in the current
    language. The ``%s`` / ``%(name)s`` placeholders are argparse's and stay as they are."""
    return {
        "usage: ": translate("argparse", "usage: "),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
        "%(heading)s:": translate("argparse", "%(heading)s:"),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "argument %(argument_name)s: %(message)s": translate("argparse", "argument %(argument_name)s: %(message)s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
            translate("argparse", "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": translate("argparse", "invalid %(type)s value: %(value)r"),
        "the following arguments are required: %s": translate("argparse", "the following arguments are required: %s"),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "expected one argument": translate("argparse", "expected one argument"),
        "expected at most one argument": translate("argparse", "expected at most one argument"),
        "expected at least one argument": translate("argparse", "expected at least one argument"),
        "expected %s argument": translate("argparse", "expected %s argument"),
        "expected %s arguments": translate("argparse", "expected %s arguments"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        "not allowed with argument %s": translate("argparse", "not allowed with argument %s"),
        "one of the arguments %s is required": translate("argparse", "one of the arguments %s is required"),
        "ignored explicit argument %r": translate("argparse", "ignored explicit argument %r"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            translate("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    }


@contextmanager
def argparse_in_language():
    """While it lasts, argparse writes its own words (usage:, options, "invalid choice", …) in
    the current language: argparse looks each up through the ``gettext``/``ngettext`` its
    module imported (``argparse._``, ``argparse.ngettext``), which are swapped here for lookups
    in nnviz's catalogue, and put back afterwards (other users of argparse are not touched)."""
    words = _argparse_words()
    saved = argparse._, argparse.ngettext

    def ngettext(singular: str, plural: str, n: int) -> str:
        text = singular if n == 1 else plural
        return words.get(text, text)

    argparse._, argparse.ngettext = (lambda text: words.get(text, text)), ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


# --- argument types ------------------------------------------------------------------------
def _number(kind, minimum, strict: bool, what: str, maximum=None):
    """An argparse type: ``kind`` (int or float) at least ``minimum`` (above it when strict) and
    at most ``maximum`` (the limits the files have too: a window's box must show it)."""

    def parse(text: str):
        if len(text) > 50:
            raise argparse.ArgumentTypeError(_not_a_number(repr(text[:20]) + "…", kind))
        try:   # a float typed "0,05" or "0.05" (see parse_number)
            value = parse_number(text) if kind is float else kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(_not_a_number(repr(text), kind)) from None
        if not math.isfinite(value) or value < minimum or (strict and value == minimum):
            raise argparse.ArgumentTypeError(translate("Cli", "{0} must be {1}").format(repr(text), _bound_words(what)))
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(translate("Cli", "{0} must be at most {1}").format(repr(text), local(f"{maximum:,}")))
        return value

    return parse


def _not_a_number(shown: str, kind) -> str:
    if kind is int:
        return translate("Cli", "{0} is not a whole number").format(shown)
    return translate("Cli", "{0} is not a number").format(shown)


def _bound_words(what: str) -> str:
    """What a number must be, in the current language."""
    return {"at least 1": translate("Cli", "at least 1"), "0 or more": translate("Cli", "0 or more"),
            "zero or a positive number": translate("Cli", "zero or a positive number")}.get(what, what)


positive_int = _number(int, 1, False, "at least 1", MAX_INT)
non_negative_int = _number(int, 0, False, "0 or more", MAX_INT)
epoch_count = _number(int, 1, False, "at least 1", MAX_EPOCHS)
non_negative_float = _number(float, 0.0, False, "zero or a positive number")


def learning_rate(text: str) -> float:
    value, why = parse_learning_rate(text)
    if value is None:
        raise argparse.ArgumentTypeError(translate("Cli", "learning rate {0}: {1}").format(repr(text), why[0].lower() + why[1:]))
    return value


def layer_list(text: str) -> tuple[int, ...]:
    """'8,8' → (8, 8); '' or '0' → no hidden layer."""
    text = text.strip()
    if text in ("", "0", "none"):
        return ()
    try:
        sizes = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "{0} is not a list of layer sizes like 8,8").format(repr(text))) from None
    if any(s < 1 or s > 512 for s in sizes):
        raise argparse.ArgumentTypeError(translate("Cli", "each hidden layer needs 1 to 512 neurons"))
    return sizes


def split_spec(text: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(p) for p in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "{0} is not train,validation,test percentages like "
                                                          "75,10,15").format(repr(text))) from None
    if len(parts) != 3 or any(p < 0 for p in parts) or parts[0] <= 0:
        raise argparse.ArgumentTypeError(translate("Cli", "{0} must be three percentages train,validation,test with "
                                                          "train > 0").format(repr(text)))
    return parts  # type: ignore[return-value]


def percent(lo: float, hi: float, what: str):
    """An argparse type: a percentage from ``lo`` to ``hi`` ("20" or "20%"), returned as a fraction.
    ``what``: "noise" or "training ratio" (named in the current language when it is refused)."""

    def refuse(text: str) -> argparse.ArgumentTypeError:
        if what == "noise":
            words = translate("Cli", "the noise must be a percentage from {0} to {1}, got {2}")
        else:
            words = translate("Cli", "the training ratio must be a percentage from {0} to {1}, got {2}")
        return argparse.ArgumentTypeError(words.format(local(f"{lo:g}"), local(f"{hi:g}"), repr(text)))

    def parse(text: str) -> float:
        try:
            value = float(text.strip().rstrip("%"))
        except ValueError:
            raise refuse(text) from None
        if not (math.isfinite(value) and lo <= value <= hi):
            raise refuse(text)
        return value / 100.0

    return parse


def point_count(text: str) -> int:
    lo, hi = POINTS_RANGE
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "{0} is not a whole number of points").format(
            repr(text))) from None
    if not lo <= value <= hi:
        raise argparse.ArgumentTypeError(translate("Cli", "the number of points must be from {0} to {1}, got {2}").format(
            lo, hi, text))
    return value


def input_list(text: str) -> tuple[str, ...]:
    """--inputs: the network's inputs from x1, x2 (x1^2, sin(x1), …), in their fixed order."""
    try:
        return parse_features(text)
    except DataError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_language_argument(parser: argparse.ArgumentParser) -> None:
    """--lang: the language of what nnviz writes (default: the system's, English if nnviz does
    not speak it)."""
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=translate("Cli", "language: {0} (default: the system's)").format(", ".join(LANGUAGES)))


def system_language(env=None) -> str:
    """The language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, the order POSIX
    tools read them), if nnviz speaks it; else English."""
    import os

    env = os.environ if env is None else env
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key)
        if value:
            return normalise(value.split(":")[0]) or "en"
    return "en"


def early_language(argv: list[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` in ``argv`` if it names a language, read before
    argparse so that its own messages (a bad --lr, …) are in that language too. A bad value is
    left to argparse, which refuses it in one line."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return normalise(argv[i + 1]) if argv[i + 1] in LANGUAGES else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in LANGUAGES else None
    return None


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """The data options the window's command line shares with ``nnviz train``."""
    parser.add_argument("--lesson", help=translate("Cli", "a built-in lesson (see 'nnviz lessons')"))
    parser.add_argument("--lesson-file", metavar="F.toml",
                        help=translate("Cli", "a lesson file (TOML) written by a teacher"))
    parser.add_argument("--open", metavar="FILE.nnviz",
                        help=translate("Cli", "a saved session: carry on where it stopped"))
    parser.add_argument("--csv", metavar="FILE", help=translate("Cli", "train on your own CSV table"))
    parser.add_argument("--target", metavar="COL", help=translate("Cli", "the CSV column to predict"))
    parser.add_argument("--features", metavar="A,B",
                        help=translate("Cli", "CSV feature columns (default: every numeric column but the target)"))
    parser.add_argument("--scaling", choices=SCALINGS, default="standard",
                        help=translate("Cli", "how CSV inputs are scaled (default: standard)"))
    parser.add_argument("--split", type=split_spec, default=(75, 10, 15), metavar="T,V,S",
                        help=translate("Cli", "train/validation/test percentages (default 75,10,15)"))
    parser.add_argument("--missing", choices=("drop", "mean"), default="drop",
                        help=translate("Cli", "rows with missing values: drop them or fill with the mean"))
    parser.add_argument("--target-kind", choices=("auto", "classification", "binary", "multiclass", "regression"), default="auto",
                        help=translate("Cli", "what the target is (default: detected from the column)"))


def build_parser() -> OneLineParser:
    parser = OneLineParser(prog="nnviz", description=translate("Cli", "Watch a neural network learn. Without a command, opens the "
                                                                             "window."))
    sub = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    add_language_argument(parser)
    lessons = sub.add_parser("lessons", help=translate("Cli", "list the built-in lessons"))
    add_language_argument(lessons)
    check = sub.add_parser("check",
                           help=translate("Cli", "check a lesson file (beats included) or a session file without a window"))
    add_language_argument(check)
    check.add_argument("file", metavar="F.toml",
                       help=translate("Cli", "a lesson file (.toml) or a saved session (.nnviz)"))
    train = sub.add_parser("train", help=translate("Cli", "train without a window and print progress"))
    add_data_arguments(train)
    add_language_argument(train)
    train.add_argument("--epochs", type=epoch_count, help=translate("Cli", "how many epochs (default: the lesson's)"))
    train.add_argument("--seed", type=non_negative_int,
                       help=translate("Cli", "random seed for data split, weights and shuffling"))
    train.add_argument("--lr", type=learning_rate, help=translate("Cli", "learning rate"))
    train.add_argument("--hidden", type=layer_list, help=translate("Cli", "hidden layer sizes, e.g. 8,8 (0 for none)"))
    train.add_argument("--activation", choices=HIDDEN_ACTIVATIONS,
                       help=translate("Cli", "activation of the hidden layers"))
    train.add_argument("--loss", choices=tuple(LOSSES), help=translate("Cli", "loss function"))
    train.add_argument("--optimizer", choices=OPTIMIZERS, help=translate("Cli", "optimizer"))
    train.add_argument("--batch-size", type=non_negative_int,
                       help=translate("Cli", "samples per step: 1 = one at a time, 0 = full batch"))
    train.add_argument("--l2", type=non_negative_float, help=translate("Cli", "L2 weight penalty"))
    train.add_argument("--l1", type=non_negative_float, help=translate("Cli", "L1 weight penalty"))
    train.add_argument("--inputs", type=input_list, metavar="LIST",
                       help=translate("Cli", "the network's inputs, from x1,x2,x1^2,x2^2,x1*x2,sin(x1),sin(x2) (x₁² etc. work too)"))
    train.add_argument("--noise", type=percent(0, 50, "noise"), metavar="PCT",
                       help=translate("Cli", "generated sets: noise in percent, 0 to 50 (default 10)"))
    train.add_argument("--train-ratio", type=percent(10, 90, "training ratio"), metavar="PCT",
                       help=translate("Cli", "generated sets: percent of the points used for training, 10 to 90 (default 75)"))
    train.add_argument("--points", type=point_count,
                       help=translate("Cli", "generated sets: how many points (default 200)"))
    train.add_argument("--data-seed", type=non_negative_int,
                       help=translate("Cli", "generated sets: the seed of the points (default: --seed)"))
    train.add_argument("--every", type=positive_int,
                       help=translate("Cli", "report every N epochs (default: about 20 reports)"))
    train.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object per reported epoch"))
    train.add_argument("--save", metavar="FILE.nnviz",
                       help=translate("Cli", "save the session to FILE.nnviz at the end"))
    predict = sub.add_parser("predict",
                             help=translate("Cli", "predict a CSV table's rows with a saved session's network"))
    predict.add_argument("session_file", metavar="FILE.nnviz", help=translate("Cli", "a saved session"))
    add_language_argument(predict)
    predict.add_argument("--csv", metavar="IN.csv", required=True, help=translate("Cli", "the rows to predict"))
    predict.add_argument("--out", metavar="OUT.csv", help=translate("Cli", "write the table here (default: print it)"))
    export = sub.add_parser("export", help=translate("Cli", "export a saved session's network"))
    export.add_argument("session_file", metavar="FILE.nnviz", help=translate("Cli", "a saved session"))
    add_language_argument(export)
    export.add_argument("--pytorch", metavar="OUT.py", required=True,
                        help=translate("Cli", "write a self-contained PyTorch script that predicts like 'nnviz predict'"))
    return parser


# --- running -------------------------------------------------------------------------------
def feature_list(text: str | None) -> list[str] | None:
    """'a, b' → ['a', 'b']; None or '' → None (the default columns). The one place the
    --features string is split."""
    if not text:
        return None
    return [f.strip() for f in text.split(",") if f.strip()] or None


def load_session(args):
    """A :class:`~nnviz.core.app.session.Session` with --lesson or --csv loaded. Raises UsageError
    or DataError."""
    given = [f for f, v in (("--lesson", args.lesson), ("--csv", args.csv), ("--lesson-file", args.lesson_file),
                            ("--open", args.open)) if v]
    if len(given) > 1:
        raise UsageError(translate("Cli", "nnviz: give either {0} or {1}, not both").format(given[0], given[1]))
    for flag in ("target", "features"):
        if getattr(args, flag) and not args.csv:
            raise UsageError(translate("Cli", "nnviz: --{0} goes with --csv FILE").format(flag))
    seed = getattr(args, "seed", None)
    session = Session()
    if args.open:
        if seed is not None:
            raise UsageError(translate("Cli", "nnviz: --seed cannot change a saved session (its random state is in the "
                                              "file)"))
        session.open(args.open)
        settings = apply_overrides(session.settings, args)
        if args.epochs is not None:     # --epochs N with --open: N more epochs
            if session.trainer.epoch + args.epochs > MAX_EPOCHS:
                raise UsageError(translate("Cli", "nnviz: --epochs {0} more would run past epoch {1}, the most a "
                                                  "run goes to").format(local(f"{args.epochs:,}"), local(f"{MAX_EPOCHS:,}")))
            settings.config = replace(settings.config, epochs=session.trainer.epoch + args.epochs)
        try:
            session.apply_settings(settings)
        except ValueError as exc:
            raise UsageError(f"nnviz: {exc}") from None
        return session
    if args.lesson_file:
        lesson = read_lesson_file(args.lesson_file)
        try:
            session.load_lesson(lesson, seed)
            session.apply_settings(apply_overrides(session.settings, args))
        except ValueError as err:
            raise UsageError(f"nnviz: {err}") from None
        return session
    if args.csv:
        if not args.target:
            raise UsageError(translate("Cli", "nnviz: --csv needs --target COL, the column to predict"))
        kind = None if args.target_kind == "auto" else args.target_kind
        problem = load_csv(args.csv, args.target, features=feature_list(args.features), scaling=args.scaling,
                           split=args.split, seed=seed or 0, missing=args.missing, target_kind=kind)
        problem, settings = apply_data_options(problem, default_settings(problem, seed or 0), None, args)
        source = {"csv": str(args.csv), "target": args.target, "features": feature_list(args.features),
                  "scaling": args.scaling, "split": list(args.split), "missing": args.missing,
                  "target_kind": kind, "seed": seed or 0}
        try:
            session.load_problem(problem, problem.name, apply_overrides(settings, args), source=source)
        except ValueError as exc:
            raise UsageError(f"nnviz: {exc}") from None
        return session
    try:
        lesson = get_lesson(args.lesson or DEFAULT_LESSON)
        problem, settings = apply_data_options(lesson.problem(seed), lesson.start_settings(seed), lesson, args)
        session.load_lesson(lesson, seed, problem=problem, settings=apply_overrides(settings, args))
    except ValueError as err:
        raise UsageError(f"nnviz: {err}") from None
    return session


def apply_overrides(settings, args):
    """A copy of ``settings`` with the command line's choices applied."""
    if args.hidden is not None or args.activation:
        settings = settings.with_structure(settings.hidden if args.hidden is None else args.hidden, args.activation)
    else:
        settings = settings.copy()
    changes = {k: v for k, v in {
        "epochs": args.epochs, "lr": args.lr, "loss": args.loss, "optimizer": args.optimizer,
        "batch_size": args.batch_size, "l2": args.l2, "l1": getattr(args, "l1", None),
    }.items() if v is not None}
    settings.config = replace(settings.config, **changes)
    return settings


def apply_data_options(problem, settings, lesson, args):
    """(problem, settings) with --points/--noise/--train-ratio/--data-seed (a generated set made
    again with those knobs) and --inputs (feature inputs) applied."""
    knobs = {"points": args.points, "noise": args.noise, "train_ratio": args.train_ratio, "seed": args.data_seed}
    given = {k: v for k, v in knobs.items() if v is not None}
    if given:
        flags = ", ".join("--" + {"seed": "data-seed"}.get(k, k).replace("_", "-") for k in given)
        if lesson is None or not lesson.playground or ALIASES.get(lesson.name, lesson.name) not in SET_NAMES:
            sets = ", ".join(name for name, les in LESSONS.items() if les.playground)
            if len(given) == 1:
                words = translate("Cli", "nnviz: {0} works with the generated sets ({1}), not with {2}")
            else:
                words = translate("Cli", "nnviz: {0} work with the generated sets ({1}), not with {2}")
            raise UsageError(words.format(flags, sets, repr(lesson.name) if lesson else "--csv"))
        seed = args.seed if args.seed is not None else lesson.settings.seed
        data = GeneratedData(lesson.name, **{"seed": seed, **given})
        fresh = data.problem()
        fresh.name, fresh.notes = problem.name, list(lesson.notes) + fresh.notes
        problem = fresh
    if args.inputs is not None:
        problem = with_features(problem, args.inputs)
        if problem.input_transform is not None:
            settings = replace(settings, weights=None, biases=None)   # explicit weights fit the raw inputs only
    return problem, settings


def _fmt(value) -> str:
    """Four decimals, or four significant digits for the huge numbers of a diverging run."""
    return "   -   " if value is None else fixed(value)


def command_lessons(out) -> int:
    width = max(map(len, LESSONS))
    for name, lesson in LESSONS.items():
        print(f"{name:<{width}}  {lesson.in_language().caption}", file=out)
    return 0


def command_train(args, out, err) -> int:
    session = load_session(args)
    problem, settings, trainer, lesson = session.problem, session.settings, session.trainer, session.lesson
    epochs = settings.config.epochs
    every = args.every or max(1, epochs // 20)
    if not args.json:
        for note in problem.notes:
            print(translate("Cli", "note: {0}").format(note), file=out)
        batch = translate("Cli", "full") if settings.config.batch_size <= 0 else settings.config.batch_size
        print(translate("Cli", "{0}: {1}, {2} training rows, loss {3}, {4} lr {5}, batch {6}").format(
            problem.name, trainer.network.describe(), len(problem.X_train), settings.config.loss,
            settings.config.optimizer, local(f"{settings.config.lr:g}"), batch), file=out)
    diverged = None
    try:
        for stats in session.run(epochs):
            if stats.epoch % every == 0 or stats.epoch == epochs or trainer.target_reached(stats):
                _report(stats, args.json, out)
    except TrainingDiverged as exc:
        diverged = str(exc)
    final = {"final": True, "epoch": trainer.epoch}
    test = session.evaluate("test")
    split_name = "test" if test else "train"
    test = test or session.evaluate("train")
    for key, value in test.items():
        if key == "confusion":
            final["confusion"] = value.tolist()
        elif key != "n":
            final[f"{split_name}_{key}"] = float(value)
    if lesson and lesson.question:
        answer = _answer_question(session, lesson.question)
        if answer:
            final["question"] = answer
    if diverged:
        final["diverged"] = diverged
    if problem.notes:
        final["notes"] = [str(n) for n in problem.notes]     # in the language asked for, as printed
    if args.json:
        print(json.dumps(final), file=out)
    else:
        parts = [f"{k.replace('_', ' ')} {_fmt(v).strip()}" for k, v in final.items() if isinstance(v, float)]
        # An epoch line's loss is each sample's as it was trained, before its update; these
        # are measured after the last update, so the two differ at the same epoch.
        print(translate("Cli", "done after {0} epochs, measured after the last update (the epoch lines: during "
                               "each epoch, before each update): {1}").format(trainer.epoch, ", ".join(parts)),
              file=out)
        if "confusion" in final:
            names = [str(n) for n in (problem.class_names or range(len(final["confusion"])))]
            width = max(6, *(len(n) for n in names))
            print(translate("Cli", "confusion matrix ({0}): rows are the true class, columns the predicted one")
                  .format(split_name), file=out)
            print(" " * (width + 4) + " ".join(f"{n[:width]:>{width}}" for n in names), file=out)
            for name, row in zip(names, final["confusion"]):
                print(f"  {name[:width]:>{width}}  " + " ".join(f"{v:>{width}d}" for v in row), file=out)
        if "question" in final:
            print(final["question"], file=out)
    if args.save:
        text = session.save(args.save)
        if not args.json:
            print(text, file=out)
    if diverged:
        print(f"nnviz: {diverged}", file=err)
        return EXIT_DIVERGED
    return 0


def command_predict(args, out, err) -> int:
    session = Session()
    session.open(args.session_file)
    if args.out:
        predicted = []

        def write(fh):  # rows go to the file as each chunk is predicted, never all held at once
            text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
            predicted.append(predict_csv(session, args.csv, text, err))
            text.flush()
            text.detach()

        write_atomic(args.out, write)
        print(translate("Cli", "wrote {0} predictions to {1}").format(predicted[0], args.out), file=err)
    else:
        predict_csv(session, args.csv, out, err)
    return 0


def command_check(args, out) -> int:
    """Read the file with the same reader the window and ``train`` use; one line either way."""
    path = args.file
    if str(path).lower().endswith(SUFFIX):
        opened = read_session(path)
        print(translate("Cli", "{0}: a good session file ({1}, epoch {2})").format(
            opened.problem.name, opened.trainer.network.describe(), opened.trainer.epoch), file=out)
        return 0
    lesson = read_lesson_file(path)
    where = Path(path).name
    try:
        for beat in lesson.beats:
            Beat.from_dict(beat)          # what the presentation builds from each beat
    except ValueError as e:
        raise LessonFileError(f"{where}: beats: {e}") from None
    if lesson.continue_with is not None and lesson.continue_with not in LESSONS:
        raise LessonFileError(translate("Cli", "{0}: continue_with: no built-in lesson is called {1}").format(
            where, repr(lesson.continue_with)))
    print(translate("Cli", "{0}: a good lesson file ({1}, {2} beats)").format(where, repr(lesson.name),
                                                                            len(lesson.beats)), file=out)
    return 0


def command_export(args, out) -> int:
    session = Session()
    session.open(args.session_file)
    files = pytorch_script(session, args.pytorch)
    names = [str(f) for f in files]
    if len(names) == 2:
        print(translate("Cli", "wrote {0} and {1}").format(*names), file=out)
    else:
        print(translate("Cli", "wrote {0}").format(", ".join(names)), file=out)
    return 0


def _answer_question(session, question: dict) -> str | None:
    try:
        x = encode_inputs(session.problem, question)
    except (DataError, ValueError, TypeError):
        return None
    y = session.predict(x)[0]
    shown = ", ".join(f"{k} {v:g}" for k, v in question.items())
    return translate("Cli", "prediction for ({0}): {1}").format(shown, session.problem.describe_output(y))


def _report(stats, as_json: bool, out) -> None:
    if as_json:
        print(json.dumps(stats.as_dict()), file=out)
        return
    line = f"epoch {stats.epoch:>6}  train loss {_fmt(stats.train_loss)}"
    if stats.val_loss is not None:
        line += f"  val loss {_fmt(stats.val_loss)}"
    if stats.train_accuracy is not None:
        line += f"  train acc {_fmt(stats.train_accuracy)}"
    if stats.val_accuracy is not None:
        line += f"  val acc {_fmt(stats.val_accuracy)}"
    print(line, file=out, flush=True)


def main(argv: list[str] | None = None, out=None, err=None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = sys.argv[1:] if argv is None else argv
    use_language(early_language(argv) or system_language())
    with argparse_in_language():
        return _run(argv, out, err)


def _run(argv: list[str], out, err) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "lessons":
            return command_lessons(out)
        if args.command == "check":
            return command_check(args, out)
        if args.command == "train":
            return command_train(args, out, err)
        if args.command == "predict":
            return command_predict(args, out, err)
        if args.command == "export":
            return command_export(args, out)
        build_parser().print_help(out)
        return 0
    except UsageError as exc:
        print(str(exc), file=err)
        return EXIT_USAGE
    except DataError as exc:
        print(f"nnviz: {exc}", file=err)
        return EXIT_USAGE
    except ValueError as exc:
        # A bad session or lesson file (SessionFileError, LessonFileError, ExportError): one line.
        if not isinstance(exc, (SessionFileError, LessonFileError, ExportError)):
            raise
        print(f"nnviz: {exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(translate("Cli", "nnviz: interrupted"), file=err)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
