"""Render the main window to PNG after some steps (for the README and reviews); no display needed.

    python scripts/shot_window.py --lesson or-gate --size 1024x768 --steps sample --show weights out.png
    python scripts/shot_window.py --lesson spiral --steps run300 --show maps --map 2,3 out.png
    python scripts/shot_window.py --lesson or-gate --steps sample --theme dark out.png

``--steps``: comma-separated ``sample``, ``batch``, ``epoch``, ``back`` or ``runN`` (play N epochs),
done through the window's own buttons and worker. ``--show``: ``weights``, ``maps``, ``noexplain``,
``nodocks`` (the settings, data and NumPy docks closed).
``--phase forward|backward|update`` shows the last step in that phase. ``--map L,I`` shows neuron I of layer L large in the boundary panel. ``--theme``: light, dark or
high contrast (View → Theme).
"""
from __future__ import annotations

import argparse
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lesson", default="circle")
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--steps", default="")
    parser.add_argument("--show", default="")
    parser.add_argument("--map", default="")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--phase", default="", help="show the last step in this phase: forward, backward or update")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QSettings

    from nnviz.ui.app import make_app
    from nnviz.ui.main_window import MainWindow

    app = make_app()
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "shot.ini"), QSettings.Format.IniFormat)
    from nnviz.ui import theme_apply
    settings.setValue(theme_apply.SETTINGS_KEY, args.theme)   # the window opens in it
    w = MainWindow(lesson=args.lesson, settings=settings)
    w.resize(*(int(v) for v in args.size.split("x")))
    w.show()
    app.processEvents()
    shown = set(filter(None, args.show.split(",")))
    w.show_weights_box.setChecked("weights" in shown)
    w.show_maps_box.setChecked("maps" in shown)
    if "noexplain" in shown:        # the explainer's tab closed (it comes to the front at the first Step)
        w.explainer_dock.hide()
    if "nodocks" in shown:          # the settings, data and NumPy docks closed, as for a lecture
        w.hyper_dock.hide()
        w.data_dock.hide()
        w.code_dock.hide()
    for step in filter(None, args.steps.split(",")):
        if step == "back":
            w.step_back()
            continue
        loop = QEventLoop()
        conn = w.runner.runFinished.connect(lambda *_: loop.quit())
        if step.startswith("run"):
            w.train_more(int(step[3:]))
        else:
            {"sample": w.step_sample, "batch": w.step_batch, "epoch": w.step_epoch}[step]()
        if w.runner.running:
            loop.exec()
        w.runner.runFinished.disconnect(conn)
    if args.phase:                  # the phase as P reaches it: its last layer
        layer = max(l for p, l in w.network_view.phase_sequence() if p == args.phase)
        w.network_view.show_phase(args.phase, layer, animate=False)
    if args.map:
        layer, index = (int(v) for v in args.map.split(","))
        w.show_neuron_map(layer, index)
    from nnviz.ui.app import dispose, grab_to_png
    ok = grab_to_png(app, w, args.out)
    print(f"{args.out}: {w.width()}x{w.height()}, {w.statusBar().currentMessage()}")
    dispose(w)   # before the QApplication goes: see nnviz.ui.app.dispose
    return 0 if ok else 2


if __name__ == "__main__":
    raise SystemExit(main())
