"""``nnviz`` and ``python -m nnviz``: the window, or the command line for ``lessons`` / ``train``.

Only the standard library is imported at the top: everything that loads NumPy (nnviz.cli,
nnviz.core) or Qt (nnviz.ui) is imported inside the functions, after
:func:`~nnviz.blas_threads.leave_a_core_for_the_window` has capped BLAS's threads (BLAS reads
the count once, when NumPy loads) and only on the path that needs it.
"""
from __future__ import annotations

import os
import sys

from . import __version__
from .blas_threads import leave_a_core_for_the_window

# Commands that never load Qt: they work on a machine without Qt's system libraries.
CLI_COMMANDS = ("lessons", "train", "check", "predict", "export")
NO_DISPLAY = ("nnviz: no display (DISPLAY and WAYLAND_DISPLAY are unset); run under xvfb-run, or set "
              "QT_QPA_PLATFORM=offscreen (e.g. for --screenshot)")


def no_display() -> bool:
    """True when the window cannot open: Linux with neither X11 nor Wayland, and no Qt platform
    chosen (Qt would abort with a five-line message and exit code 134). macOS and Windows always
    have a screen."""
    env = os.environ
    return sys.platform.startswith("linux") and not (
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def language_after_command(argv: list[str]) -> list[str]:
    """``--lang de train …`` → ``train --lang de …``: the language may come before a command."""
    if len(argv) >= 3 and argv[0] == "--lang" and argv[2] in CLI_COMMANDS:
        return [argv[2], *argv[:2], *argv[3:]]
    if len(argv) >= 2 and argv[0].startswith("--lang=") and argv[1] in CLI_COMMANDS:
        return [argv[1], argv[0], *argv[2:]]
    return argv


def build_gui_parser():
    from .cli import OneLineParser, add_data_arguments, add_language_argument, epoch_count
    from .core.tr import translate   # in the language --lang gave (see main)

    parser = OneLineParser(
        prog="nnviz",
        description=translate("Main", "Watch a neural network learn. 'nnviz lessons' lists lessons; 'nnviz train --help' "
                                     "trains without a window."),
    )
    add_data_arguments(parser)
    add_language_argument(parser)   # args.lang: None = the remembered choice, else the system's
    parser.add_argument("--epochs", type=epoch_count, help=translate("Main", "train this many epochs right away"))
    parser.add_argument("--screenshot", metavar="FILE.png", help=translate("Main", "render the whole window to FILE.png and exit (works without a display)"))
    parser.add_argument("--size", default=None, metavar="WxH",
                        help=translate("Main", "window size (default: the remembered size, or 1280x800, fitted to the screen)"))
    parser.add_argument("--present", action="store_true",
                        help=translate("Main", "start in presentation mode: full screen, large text, the lesson's beats on PageDown"))
    # presenter console: --rehearse (begin)
    parser.add_argument("--rehearse", action="store_true",
                        help=translate("Main", "present with the presenter console beside the presentation, both in windows on "
                                       "this screen (practice without a projector)"))
    # presenter console: --rehearse (end)
    parser.add_argument("--version", action="version", version=f"nnviz {__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help=translate("Main", "add nnviz to the desktop's applications menu, with its icon (for you alone, "
                                        "under ~/.local/share) and exit"))
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help=translate("Main", "remove what --install-desktop added and exit"))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    argv = language_after_command(argv)
    if argv and argv[0] in CLI_COMMANDS:
        from .cli import main as cli_main

        return cli_main(argv)
    leave_a_core_for_the_window()   # before NumPy loads (the next import brings it)
    from .cli import UsageError, argparse_in_language, early_language
    from .core.tr import translate, use_language

    # The window's own choice (remembered, else the system's) is made by the UI; until then the
    # one-line messages below follow --lang if it was given.
    lang = early_language(argv)
    if lang:
        use_language(lang)

    try:
        with argparse_in_language():
            args = build_gui_parser().parse_args(argv)
        if args.install_desktop or args.uninstall_desktop:
            if len(argv) > 1:
                raise UsageError(translate("Cli", "nnviz: --install-desktop and --uninstall-desktop take no other "
                                                  "arguments"))
            from .desktop import main as desktop_main   # no Qt: plain files

            return desktop_main("install" if args.install_desktop else "uninstall")
        if args.csv and not args.target:
            raise UsageError(translate("Cli", "nnviz: --csv needs --target COL, the column to predict"))
        if args.size is not None:
            try:
                width, height = (int(v) for v in args.size.lower().split("x"))
            except ValueError:
                raise UsageError(translate("Cli", "nnviz: --size takes WIDTHxHEIGHT like 1280x800, got {0}").format(
                    repr(args.size))) from None
            args.size = (width, height)
        elif args.screenshot:
            args.size = (1280, 800)
        if args.lesson:
            from .core.teaching.lessons import get_lesson

            try:
                get_lesson(args.lesson)
            except ValueError as err:
                raise UsageError(f"nnviz: {err}") from None
        if sum(bool(v) for v in (args.lesson, args.csv, args.lesson_file, args.open)) > 1:
            raise UsageError(translate("Cli", "nnviz: give one of --lesson, --csv, --lesson-file or --open"))
        if args.lesson_file:   # read and checked now: a bad file is one line, before any window
            from .core.teaching.lesson_files import LessonFileError, read_lesson_file

            try:
                read_lesson_file(args.lesson_file)
            except LessonFileError as err:
                raise UsageError(f"nnviz: {err}") from None
        if args.open:
            from .core.app.session_file import SessionFileError, read_session

            try:
                read_session(args.open)
            except SessionFileError as err:
                raise UsageError(f"nnviz: {err}") from None
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if not args.screenshot and no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from .ui.app import run

    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
