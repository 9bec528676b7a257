"""The pyqtgraph displays: the loss curve (:mod:`.loss`), the decision boundary over two inputs
(:mod:`.boundary`) and, for a problem with one input, the network's output as a curve over that
input (:mod:`.curve`). They share a small base (:mod:`.base`: one text scale, the framed plot
with class-coloured, class-shaped points) and helpers (:mod:`.common`: axes, fonts, formats).

All are pure views. The window hands them numbers the engine computed; nothing here does
network maths. Items are created once and updated in place (``setData`` / ``setImage``), ranges
are fixed where they can be, long curves are downsampled and there is no grid, so a redraw stays
cheap.
"""
from nnviz.ui.plots.base import FramedPlot, PlotBase
from nnviz.ui.plots.boundary import BoundaryPlot
from nnviz.ui.plots.common import BASE_TEXT_PX, SHADE_MAX, compact_tick_strings
from nnviz.ui.plots.curve import CurvePlot
from nnviz.ui.plots.loss import LossPlot

__all__ = ["BASE_TEXT_PX", "SHADE_MAX", "BoundaryPlot", "CurvePlot", "FramedPlot", "LossPlot",
           "PlotBase", "compact_tick_strings"]
