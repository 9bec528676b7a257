"""The network diagram: the widget (:mod:`.view`), its geometry (:mod:`.layout`), pens
(:mod:`.pens`), painting (:mod:`.paint`), the phases of a step (:mod:`.phases`), the inline
weight editor (:mod:`.editor`), neuron maps (:mod:`.maps`), the shared state (:mod:`.state`) and
its look (:mod:`.style`)."""
from .style import ZERO_WEIGHT
from .view import NetworkView

__all__ = ["NetworkView", "ZERO_WEIGHT"]
