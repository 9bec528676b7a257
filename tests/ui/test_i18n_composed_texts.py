"""Texts the window composes from the engine's words follow View → Language at once: the note
on the plane saying where the other inputs are held (iris), with the language's numbers."""
from __future__ import annotations

from nnviz.ui import i18n


def test_the_held_inputs_note_follows_the_language(qtbot, open_window):
    w = open_window("iris", (1024, 768))
    english = w.boundary_plot.slice_note()
    assert english.startswith("Held at their training mean: ") and "." in english
    try:
        w.set_language("de")
        qtbot.waitUntil(lambda: w.boundary_plot.slice_note() != english, timeout=10_000)
        german = w.boundary_plot.slice_note()
        assert german == i18n.translate("Slices", "Held at their training mean: {0}").format(german.split(": ", 1)[1])
        assert german.startswith("Auf ihrem Trainingsmittelwert gehalten: ")
        assert "," in german.split(": ", 1)[1] and "." not in german.split(": ", 1)[1]   # 5,83; 3,05
        w.set_language("en")
        qtbot.waitUntil(lambda: w.boundary_plot.slice_note() == english, timeout=10_000)
    finally:
        i18n.set_language("en")
