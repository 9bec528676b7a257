"""Exports for slides and reports: a view as PNG (at twice its size on screen) or SVG, the
history as CSV, and an animated GIF of training replayed from the timeline.

PNG and SVG go through Qt itself (``QWidget.render`` into a 2× pixmap, or into Qt's
``QSvgGenerator``), so every view exports the same way, pyqtgraph plots and the QPainter-drawn
network alike, vector where the view draws vectors; the GIF is encoded by Pillow.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Callable

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from ..core.app.session_file import write_atomic
from .i18n import translate

PNG_SCALE = 2
HISTORY_COLUMNS = ("epoch", "train_loss", "val_loss", "train_accuracy", "val_accuracy")


def widget_png(widget: QWidget, path: str | Path, scale: int = PNG_SCALE) -> QSize:
    """``widget`` as a PNG at ``scale`` times its size on screen (sharp text and lines for a
    projector or a printed page). Returns the image's size in pixels."""
    pixmap = QPixmap(widget.size() * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    image = pixmap.toImage()
    _save_image(image, path, "PNG")
    return image.size()


def widget_svg(widget: QWidget, path: str | Path, title: str = "") -> None:
    """``widget`` as an SVG drawing (what the view draws as lines and text stays vector)."""
    buffer = _Buffer()
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer.device)
    gen.setSize(widget.size())
    gen.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    gen.setTitle(title or widget.objectName() or "nnviz")
    gen.setDescription("Drawn by nnviz")
    painter = QPainter(gen)
    painter.fillRect(QRect(0, 0, widget.width(), widget.height()), widget.palette().window().color())
    widget.render(painter, QPoint(0, 0))
    painter.end()
    data = buffer.data()
    write_atomic(path, lambda fh: fh.write(data))


class _Buffer:
    """Bytes in memory behind a QIODevice, for Qt writers that take a device."""

    def __init__(self) -> None:
        self._bytes = QByteArray()
        self.device = QBuffer(self._bytes)
        self.device.open(QIODevice.OpenModeFlag.WriteOnly)

    def data(self) -> bytes:
        self.device.close()
        return bytes(self._bytes.data())


def _save_image(image: QImage, path: str | Path, fmt: str) -> None:
    buffer = _Buffer()
    if not image.save(buffer.device, fmt):
        raise OSError(translate("Exports", "Qt could not encode a {0} image").format(fmt))
    data = buffer.data()
    write_atomic(path, lambda fh: fh.write(data))


def history_csv(session, path: str | Path) -> int:
    """The loss history shown (epoch, losses, accuracies; empty where not measured) as CSV,
    numbers written exactly. Returns the number of epochs written."""
    stats = session.history_stats()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HISTORY_COLUMNS)
    for s in stats:
        w.writerow([s.epoch] + ["" if v is None else repr(float(v)) for v in
                                (s.train_loss, s.val_loss, s.train_accuracy, s.val_accuracy)])
    n = len(stats)
    text = out.getvalue().encode("utf-8")
    write_atomic(path, lambda fh: fh.write(text))
    return n


def side_by_side(widgets: list[QWidget], scale: float = 1.0) -> QImage:
    """The widgets rendered next to each other on one image (for the GIF's frames)."""
    width = sum(w.width() for w in widgets)
    height = max(w.height() for w in widgets)
    image = QImage(QSize(int(width * scale), int(height * scale)), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    x = 0
    for w in widgets:
        pixmap = w.grab()
        painter.drawPixmap(x, 0, pixmap.scaled(w.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        x += w.width()
    painter.end()
    return image


def qimage_to_pil(image: QImage):
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    data = bytes(image.constBits())[: image.bytesPerLine() * h]
    return Image.frombuffer("RGB", (w, h), data, "raw", "RGB", image.bytesPerLine(), 1).copy()


def frame_positions(newest: int, frames: int) -> list[int]:
    """Up to ``frames`` timeline positions from 0 to ``newest``, evenly spread, both ends in."""
    if newest <= 0:
        return [0]
    frames = max(2, min(frames, newest + 1))
    return sorted({round(i * newest / (frames - 1)) for i in range(frames)})


def training_gif(show: Callable[[int], QImage], positions: list[int], path: str | Path,
                 frame_ms: int = 120, progress: Callable[[int, int], bool] | None = None) -> bool:
    """Render ``show(position)`` for each position and write an animated GIF (the last frame
    held three times as long). ``progress(done, total)`` returning False cancels: then nothing
    is written and False is returned."""
    frames = []
    total = len(positions)
    for i, p in enumerate(positions):
        if progress is not None and not progress(i, total):
            return False
        frames.append(qimage_to_pil(show(p)).quantize(colors=255, dither=0))
    if progress is not None and not progress(total, total):
        return False
    durations = [frame_ms] * (len(frames) - 1) + [frame_ms * 3]

    def write(fh) -> None:
        frames[0].save(fh, format="GIF", save_all=True, append_images=frames[1:], duration=durations,
                       loop=0, optimize=False, disposal=1)

    write_atomic(path, write)
    return True


__all__ = ["history_csv", "frame_positions", "side_by_side", "training_gif", "widget_png", "widget_svg"]
