"""Render presentation mode to PNG after a number of beats (for the README and reviews).

    python scripts/shot_presentation.py --lesson or-gate --beats 6 --size 1024x768 out.png

Clicks "next" ``--beats - 1`` times after F5 (the first beat loads the lesson), waiting for each
beat's training, then "back" ``--back`` times (a beat reached again by replaying the script),
then grabs the window once the diagram draws its edges antialiased again (after a run it
drafts them until its updates pause: a shot taken before depended on the machine's speed).
Needs no display.
"""
from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lesson", default="or-gate")
    parser.add_argument("--beats", type=int, default=1)
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--back", type=int, default=0)
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QSettings, QTemporaryDir, QTimer

    from nnviz.ui.app import make_app

    app = make_app()
    from nnviz.ui.main_window import MainWindow

    tmp = QTemporaryDir()
    w = MainWindow(lesson=args.lesson, settings=QSettings(tmp.filePath("s.ini"), QSettings.Format.IniFormat))
    width, height = (int(v) for v in args.size.split("x"))
    w.resize(width, height)
    w.show()
    app.processEvents()

    def wait_beat(action) -> None:
        loop = QEventLoop()
        w.presenter.beatDone.connect(loop.quit)
        action()
        if w.runner.running or w.presenter._waiting is not None:
            loop.exec()
        w.presenter.beatDone.disconnect(loop.quit)

    wait_beat(lambda: w.presenter.start(True, size=(width, height)))
    beats = args.beats
    player = w.presenter.player
    if player is not None and beats > len(player.script):   # past the end "next" steps training: no beat to wait for
        print(f"{args.lesson} has {len(player.script)} beats; showing the last", file=sys.stderr)
        beats = len(player.script)
    for _ in range(beats - 1):
        wait_beat(w.presenter.next)
    for _ in range(args.back):
        wait_beat(w.presenter.back)
    if w.network_view.is_draft():
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: None if w.network_view.is_draft() else loop.quit())
        poll.start(20)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        poll.stop()
    from nnviz.ui.app import dispose, grab_to_png
    ok = grab_to_png(app, w, args.out)
    print(f"{args.out}: beat {w.presenter.player.label}, epoch {w.session.epoch}")
    dispose(w)   # before the QApplication goes: see nnviz.ui.app.dispose
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
