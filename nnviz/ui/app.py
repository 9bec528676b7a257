"""Start the window: ``run(args)`` from ``nnviz/__main__.py``.

``--screenshot FILE.png`` trains ``--epochs`` epochs, renders the whole window offscreen to the
file and exits: for docs, reviews and tests. It needs no display. ``--present`` starts in
presentation mode (with ``--screenshot``: laid out at ``--size``).
"""
from __future__ import annotations

import os
import sys

import shiboken6
from PySide6.QtCore import QEventLoop, QSize, QTimer, qInstallMessageHandler
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..cli import feature_list
from ..desktop import APP_ID, ICON_DIR, ICON_SIZES
from . import i18n, theme
from .gui_gc import collect_on_gui_thread
from .console_screens import ConsoleScreens   # presenter console
from .main_window import MainWindow
from .presentation import fit_to_screen
from .i18n import translate


def app_icon() -> QIcon:
    """The app's icon: the SVG's PNG renderings, 16 to 256 px (what docks and title bars ask for,
    without needing Qt's SVG image plugin)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICON_DIR / f"{APP_ID}-{size}.png"), QSize(size, size))
    return icon


def make_app(argv: list[str] | None = None):
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    # argv[0] names the window's class on X11 (WM_CLASS): "nnviz", not "__main__.py", however
    # the app was started. The desktop file name is its app id on Wayland and the dock's link
    # to the launcher (nnviz.desktop, see nnviz/desktop.py).
    app = QApplication.instance() or QApplication(argv or [APP_ID])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")   # the same look on every platform and offscreen
    font = QFont(app.font())
    font.setPointSize(theme.BASE_POINT_SIZE)   # the window applies the remembered text scale
    app.setFont(font)
    collect_on_gui_thread(app)   # a collection on a worker thread can crash Qt (see gui_gc)
    return app


def _quiet_offscreen_notice() -> None:
    """The offscreen platform warns 'does not support propagateSizeHints()' at every show; it is
    harmless (see the guide), so a screenshot run does not print it. Everything else passes."""
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
    i18n.install(app, getattr(args, "lang", None))   # --lang, else the remembered one, else the system's
    window = MainWindow(lesson=args.lesson)
    window.setWindowIcon(app.windowIcon())
    if args.size:
        window.resize(*args.size)
    else:
        fit_to_screen(window)     # the first launch and a remembered size fit the screen
    if getattr(args, "csv", None) and not _open_csv(app, window, args):
        dispose(window)
        return 2
    for flag, open_file in (("lesson_file", window.open_lesson_file), ("open", window.open_session_file)):
        if getattr(args, flag, None) and not open_file(getattr(args, flag)):
            print(f"nnviz: {window.statusBar().currentMessage()}", file=sys.stderr)
            window.close()
            return 2
    if args.screenshot:
        return _screenshot(app, window, args)
    # presenter console: on the laptop while the projector presents; --rehearse, side by side (begin)
    ConsoleScreens(window.presenter, rehearse=getattr(args, "rehearse", False))   # kept by the presenter
    window.show()
    if getattr(args, "present", False) or getattr(args, "rehearse", False):
        window.presenter.start(True)
    # presenter console (end)
    if args.epochs:
        window.train_more(args.epochs)
    code = app.exec()
    dispose(window)
    return code


def dispose(window) -> None:
    """Delete the window's C++ side now, while the QApplication lives: left to Python's exit,
    widgets can be destroyed after it and the process ends in a segmentation fault."""
    window.close()
    if shiboken6.isValid(window):
        shiboken6.delete(window)


def _open_csv(app, window, args) -> bool:
    """--csv: read and prepare the table through the Data panel (on its worker), waiting for
    the outcome. On a refusal the one-line reason goes to stderr."""
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


def grab_to_png(app, window, path) -> bool:
    """Let the window finish its pending passes (layouts, deferred paints), then save it as a
    PNG; False when the file could not be written."""
    for _ in range(5):
        app.processEvents()
    return window.grab().save(str(path))


def _screenshot(app, window, args) -> int:
    """Train synchronously through the same worker, then grab the window."""
    window.show()
    app.processEvents()
    if getattr(args, "present", False):
        # Presentation mode laid out at the window's size (offscreen has no real full screen).
        window.presenter.start(True, size=(window.width(), window.height()))
        app.processEvents()
    if args.epochs:
        loop = QEventLoop()
        window.runner.runFinished.connect(lambda *_: loop.quit())
        window.train_more(args.epochs)
        if window.runner.running:
            loop.exec()
    # The final frame, never an in-run one: the diagram draws fast updates as drafts (edges
    # without antialiasing) and ends the draft a moment after they pause; the painter may hold a
    # frame for its next pass. Grabbing before both had settled gave a different PNG for the
    # same command in one run of four.
    settled = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if window.network_view.is_draft()
                         or window.painter.redraw_timer.isActive() else settled.quit())
    poll.start(20)
    QTimer.singleShot(10_000, settled.quit)     # a cap, in case a draft never ends
    settled.exec()
    poll.stop()
    ok = grab_to_png(app, window, args.screenshot)
    epoch = window.session.epoch
    dispose(window)
    if not ok:
        print("nnviz: " + translate("App", "could not write {0}").format(args.screenshot), file=sys.stderr)
        return 2
    print(translate("App", "saved {0} at epoch {1}").format(args.screenshot, epoch))
    return 0
