"""``nnviz`` and ``python -m nnviz``: the window, or the command line for ``lessons`` / ``train``."""
from __future__ import annotations

import sys

CLI_COMMANDS = ("lessons", "train", "predict", "export")


def build_gui_parser():
    from .cli import OneLineParser, add_data_arguments, positive_int

    parser = OneLineParser(
        prog="nnviz",
        description="Watch a neural network learn. 'nnviz lessons' lists lessons; 'nnviz train --help' trains without a window.",
    )
    add_data_arguments(parser)
    parser.add_argument("--epochs", type=positive_int, help="train this many epochs right away")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the whole window to FILE.png and exit (works without a display)")
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="window size (default 1280x800)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in CLI_COMMANDS:
        from .cli import main as cli_main

        return cli_main(argv)
    from .cli import UsageError

    try:
        args = build_gui_parser().parse_args(argv)
        if args.csv and not args.target:
            raise UsageError("nnviz: --csv needs --target COL, the column to predict")
        try:
            width, height = (int(v) for v in args.size.lower().split("x"))
        except ValueError:
            raise UsageError(f"nnviz: --size takes WIDTHxHEIGHT like 1280x800, got {args.size!r}") from None
        args.size = (width, height)
        if args.lesson:
            from .core.lessons import get_lesson

            try:
                get_lesson(args.lesson)
            except ValueError as err:
                raise UsageError(f"nnviz: {err}") from None
        if sum(bool(v) for v in (args.lesson, args.csv, args.lesson_file, args.open)) > 1:
            raise UsageError("nnviz: give one of --lesson, --csv, --lesson-file or --open")
        if args.lesson_file:   # read and checked now: a bad file is one line, before any window
            from .core.lesson_files import LessonFileError, read_lesson_file

            try:
                read_lesson_file(args.lesson_file)
            except LessonFileError as err:
                raise UsageError(f"nnviz: {err}") from None
        if args.open:
            from .core.session_file import SessionFileError, read_session

            try:
                read_session(args.open)
            except SessionFileError as err:
                raise UsageError(f"nnviz: {err}") from None
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    from .ui.app import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
