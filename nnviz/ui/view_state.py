"""What the window shows, as data: :class:`ViewState`, and :func:`apply_view` that shows it.

A lesson beat says what is to be seen (the boundary, the explainer on a neuron, a training
sample's forward pass) as a :class:`ViewState` (:meth:`ViewState.for_beat`); the presenter
applies it through the window's public API, going forwards or back to a beat alike.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..core.data.problem import row_position
from ..core.teaching.beats import PANES
from .i18n import translate

BOUNDARY, LOSS, CONFUSION, EXPLAINER, MAP = PANES
DEFAULT_TOGGLES = {"weights": False, "maps": False, "phases": False}   # a lesson's default view


@dataclass(frozen=True)
class ViewState:
    """What is shown. None (every field's default) leaves that part as it is."""

    front: str | None = None        # the pane in front: boundary, loss, explainer, or a neuron's map
    weights: bool | None = None     # the diagram's toggles: every weight on its edge,
    maps: bool | None = None        # each neuron's map inside it,
    phases: bool | None = None      # a step played in phases
    sample: int | None = None       # the table's row (1 = first data row) whose forward pass the diagram shows,
    position: int | None = None     # or the training position (0 = the first training row) when no row is named
    neuron: tuple[int, int] | None = None   # (layer, index): explained (explainer) or mapped (map)
    explainer_rows: bool | None = None      # the explainer on every row of the step, or the neuron's

    def __post_init__(self) -> None:
        if self.front is not None and self.front not in PANES:
            raise ValueError(translate("ViewState", "unknown pane {0}; choose one of {1}").format(repr(self.front), ', '.join(PANES)))
        if self.front in (EXPLAINER, MAP) and self.neuron is None:
            raise ValueError(translate("ViewState", "the {0} pane needs a neuron").format(self.front))

    @classmethod
    def for_beat(cls, beat, stepped_row: int | None = None) -> "ViewState":
        """The whole view a beat shows: what it declares (pane, toggles, sample, neuron), else
        the lesson's default, never what the beat before showed. The neuron an ``explain`` or
        ``map`` beat names; the sample a ``sample`` beat names, or ``stepped_row`` (the row a
        one-sample step beat trained, a training position), else the first training row. The explainer shows the neuron's
        step, not every row."""
        a = beat.action
        neuron = beat.neuron
        if a in ("explain", "map", "quiz"):
            neuron = (int(beat.param("layer")), int(beat.param("neuron")))
        front = beat.pane or {"explain": EXPLAINER, "map": MAP, "quiz": EXPLAINER}.get(a, BOUNDARY)
        if front in (EXPLAINER, MAP) and neuron is None:
            neuron = (1, 0)         # the first neuron after the inputs
        toggles = {**DEFAULT_TOGGLES, **beat.toggles}
        if front == MAP:
            toggles["maps"] = True  # a neuron's map is drawn from the frames' maps
        sample = position = None
        if beat.sample is not None:
            sample = beat.sample
        elif a == "sample":
            sample = int(beat.param("index"))
        else:               # the training row a one-sample step trained, else the first
            position = stepped_row if stepped_row is not None else 0
        return cls(front=front, neuron=neuron, sample=sample, position=position, explainer_rows=False, **toggles)


def apply_view(window, state: ViewState, bring_to_front: Callable[[str], None] | None = None) -> None:
    """Show ``state`` on ``window`` through its public API. ``bring_to_front(pane)`` brings a
    pane forward where panes share a place (presentation mode's tabs); a neuron's map is drawn
    in the boundary's pane."""
    if state.front is not None and bring_to_front is not None:
        bring_to_front(state.front)
    for box, on in ((window.show_weights_box, state.weights), (window.show_maps_box, state.maps),
                    (window.phases_box, state.phases)):
        if on is not None and box.isChecked() != on:
            box.setChecked(on)
    if state.sample is not None:
        try:
            window.sample_spin.setValue(row_position(window.session.problem, state.sample))
        except ValueError:
            pass     # a row that is no training row: the beat's action says so, in one line
    elif state.position is not None:
        window.sample_spin.setValue(min(state.position, window.sample_spin.maximum()))
    if state.front is not None and state.front != MAP:
        window.painter.clear_neuron_map()      # the boundary itself, not a neuron's map
    if state.neuron is None and state.front is not None:
        window.network_view.clear_selection()  # a whole view: no neuron named, none selected
    if state.neuron is not None:
        if state.front == EXPLAINER:
            window.explain_neuron(*state.neuron)
        elif state.front == MAP:
            window.show_neuron_map(*state.neuron)
        else:
            window.network_view.select_node(*state.neuron)
    if state.explainer_rows is not None:
        window.explainer.show_rows(state.explainer_rows)
