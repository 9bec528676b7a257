"""``--screenshot`` draws the final frame: the same command five times gives the same pixels
(once in four runs the diagram's in-run draft edges were grabbed instead of the final ones)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_the_same_screenshot_command_gives_the_same_png_five_times(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    images = []
    for i in range(5):
        out = tmp_path / f"shot{i}.png"
        done = subprocess.run([sys.executable, "-m", "nnviz", "--lesson", "iris", "--epochs", "50",
                               "--screenshot", str(out)], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=240)
        assert done.returncode == 0, done.stderr
        image = QImage(str(out))
        assert not image.isNull()
        images.append(image)
    first = images[0]
    for i, other in enumerate(images[1:], 1):
        assert other.size() == first.size()
        assert other == first, f"run {i} differs from run 0"
