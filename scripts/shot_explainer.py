"""Render the step explainer and the network diagram's teaching views to shots/ at 1024x768.

The OR lesson's first Step sample explained for its output neuron; the house lesson's first
forward pass of every row; weights printed on the OR, virus, house and XOR diagrams; the house
step in its phases (forward, backward, update); the spiral net with each neuron's map; Iris at
text scale 1.8. Look at every PNG after a change.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_explainer.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from nnviz.core.engine.explain import StepContext, phase_data  # noqa: E402
from nnviz.core.app.frames import FrameOptions, make_frame  # noqa: E402
from nnviz.core.teaching.lessons import get_lesson  # noqa: E402
from nnviz.ui.explainer import ExplainerPanel  # noqa: E402
from nnviz.ui.diagram import NetworkView  # noqa: E402

SHOTS = ROOT / "shots"
SIZE = (1024, 768)


def save(widget, name: str) -> None:
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    print("wrote", path)


def diagram(app, lesson: str, maps: bool = False, how: str = "sample"):
    trainer = get_lesson(lesson).trainer()
    view = NetworkView()
    view.resize(*SIZE)
    net, problem = trainer.network, trainer.problem
    view.set_structure(net.sizes, problem.feature_names, problem.output_names, net.use_bias)
    record = trainer.step_sample() if how == "sample" else trainer.step_batch()
    frame = make_frame(trainer, FrameOptions.for_problem(problem, resolution=100, maps=maps,
                                                         sample_index=int(record.rows[0])))
    view.set_values(list(frame.snapshot.weights), list(frame.snapshot.biases) if net.use_bias else None,
                    [a[0] for a in frame.sample.activations])
    if maps:
        view.set_maps(frame.maps)
    view.set_step(phase_data(record))
    view.show()
    app.processEvents()
    return view, trainer, record


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    SHOTS.mkdir(exist_ok=True)
    panel = ExplainerPanel()
    panel.resize(*SIZE)
    panel.show()
    trainer = get_lesson("or-gate").trainer()
    panel.set_step(trainer.step_sample(), StepContext.from_trainer(trainer, "sample"))
    panel.set_neuron(1, 0)
    save(panel, "explainer_or_first_step")
    panel.set_text_scale(1.8)
    save(panel, "explainer_or_first_step_scale1.8")
    panel.set_text_scale(1.0)
    trainer = get_lesson("house").trainer()
    panel.set_step(trainer.step_batch(), StepContext.from_trainer(trainer, "epoch"))
    panel.set_neuron(1, 0)
    save(panel, "explainer_house_hidden")
    panel.show_rows(True)
    save(panel, "explainer_house_every_row")
    trainer = get_lesson("spiral").trainer()
    trainer.step_batch()
    panel.show_rows(False)
    panel.set_step(trainer.step_batch(), StepContext.from_trainer(trainer, "epoch"))
    panel.set_neuron(2, 3)
    save(panel, "explainer_spiral_adam")

    for lesson in ("or-gate", "virus", "house", "xor"):
        view, _, _ = diagram(app, lesson)
        view.set_show_weights(True)
        save(view, f"network_{lesson}_weights")
    view, _, _ = diagram(app, "house", how="batch")
    view.set_show_weights(True)
    for phase, layer in [("forward", 1), ("backward", 2), ("backward", 1)]:
        view.show_phase(phase, layer)
        save(view, f"network_house_{phase}{layer}")
    view.show_phase("update", animate=False)
    save(view, "network_house_update")
    view, _, _ = diagram(app, "spiral", maps=True)
    save(view, "network_spiral_maps")
    view, _, _ = diagram(app, "xor", maps=True)
    save(view, "network_xor_maps")
    view, _, _ = diagram(app, "iris")
    view.set_text_scale(1.8)
    save(view, "network_iris_scale1.8")


if __name__ == "__main__":
    main()
