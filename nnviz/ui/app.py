"""Start the window: ``run(args)`` from ``nnviz/__main__.py``.

``--screenshot FILE.png`` trains ``--epochs`` epochs, renders the whole window offscreen to the
file and exits: for docs, reviews and tests. It needs no display.
"""
from __future__ import annotations

import os
import sys

from . import theme


def make_app(argv: list[str] | None = None):
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("nnviz")
    app.setOrganizationName("nnviz")
    app.setStyle("Fusion")   # the same look on every platform and offscreen
    size = QSettings("nnviz", "nnviz").value("font_size", theme.BASE_POINT_SIZE, type=int)
    font = QFont(app.font())
    font.setPointSize(max(8, min(24, size)))
    app.setFont(font)
    return app


def _quiet_offscreen_notice() -> None:
    """The offscreen platform warns 'does not support propagateSizeHints()' at every show; it is
    harmless (see the guide), so a screenshot run does not print it. Everything else passes."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def run(args) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _quiet_offscreen_notice()
    app = make_app()

    from .main_window import MainWindow

    window = MainWindow(lesson=args.lesson)
    window.resize(*args.size)
    if getattr(args, "csv", None) and not _open_csv(app, window, args):
        window.close()
        return 2
    for flag, open_file in (("lesson_file", window.open_lesson_file), ("open", window.open_session_file)):
        if getattr(args, flag, None) and not open_file(getattr(args, flag)):
            print(f"nnviz: {window.statusBar().currentMessage()}", file=sys.stderr)
            window.close()
            return 2
    if args.screenshot:
        return _screenshot(app, window, args)
    window.show()
    if args.epochs:
        window.train_more(args.epochs)
    return app.exec()


def _open_csv(app, window, args) -> bool:
    """--csv: read and prepare the table through the Data panel (on its worker), waiting for
    the outcome. On a refusal the one-line reason goes to stderr."""
    from PySide6.QtCore import QEventLoop

    from ..cli import feature_list

    loop = QEventLoop()
    outcome: list[bool] = []
    window.csvOpened.connect(lambda ok: (outcome.append(ok), loop.quit()))
    window.open_csv(args.csv, args.target, features=feature_list(args.features), scaling=args.scaling,
                    split=args.split, missing=args.missing,
                    target_kind=None if args.target_kind == "auto" else args.target_kind)
    if not outcome:
        loop.exec()
    if not outcome[0]:
        print(f"nnviz: {window.statusBar().currentMessage()}", file=sys.stderr)
    return outcome[0]


def _screenshot(app, window, args) -> int:
    """Train synchronously through the same worker, then grab the window."""
    from PySide6.QtCore import QEventLoop

    window.show()
    app.processEvents()
    if args.epochs:
        loop = QEventLoop()
        window.runner.runFinished.connect(lambda *_: loop.quit())
        window.train_more(args.epochs)
        if window.runner.running:
            loop.exec()
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(args.screenshot)
    epoch = window.session.epoch
    window.close()
    if not ok:
        print(f"nnviz: could not write {args.screenshot}", file=sys.stderr)
        return 2
    print(f"saved {args.screenshot} at epoch {epoch}")
    return 0
