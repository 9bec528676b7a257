"""A :class:`Setup` is every choice a person makes about a run — architecture, initialisation
and training settings — apart from the data. Lessons produce one, the window's panel and the
CLI edit one, and :func:`make_trainer` turns (problem, setup) into a ready trainer.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .activations import HIDDEN_ACTIVATIONS
from .lessons import Lesson
from .network import INITS, Network
from .problem import Problem
from .training import TrainConfig, Trainer


@dataclass
class Setup:
    hidden: tuple[int, ...] = (4,)
    hidden_activations: tuple[str, ...] = ("tanh",)   # one per hidden layer
    output_activation: str = "sigmoid"
    use_bias: bool = True
    init: str = "xavier"
    init_value: float = 0.5
    seed: int = 0
    config: TrainConfig = field(default_factory=TrainConfig)
    # Explicit starting parameters (the OR tutorial's w = [0.1, 0.2], b = 0.3); kept only while
    # the structure matches them.
    weights: tuple | None = None
    biases: tuple | None = None

    def sizes(self, problem: Problem) -> list[int]:
        return [problem.n_features, *self.hidden, problem.n_outputs]

    def validate(self) -> None:
        if any(int(h) < 1 for h in self.hidden):
            raise ValueError("every hidden layer needs at least one neuron")
        if len(self.hidden_activations) != len(self.hidden):
            raise ValueError("give one activation per hidden layer")
        for a in self.hidden_activations:
            if a not in HIDDEN_ACTIVATIONS:
                raise ValueError(f"unknown activation {a!r}; choose one of {', '.join(HIDDEN_ACTIVATIONS)}")
        if self.init not in INITS:
            raise ValueError(f"unknown initialisation {self.init!r}; choose one of {', '.join(INITS)}")
        self.config.validate()

    def with_structure(self, hidden: tuple[int, ...], activation: str | None = None) -> "Setup":
        """A copy with new hidden layers (explicit starting weights no longer fit, so they go)."""
        acts = tuple(activation or (self.hidden_activations[0] if self.hidden_activations else "tanh") for _ in hidden)
        return replace(self, hidden=tuple(int(h) for h in hidden), hidden_activations=acts, weights=None, biases=None)


def setup_from_lesson(lesson: Lesson) -> Setup:
    return Setup(
        hidden=tuple(lesson.hidden),
        hidden_activations=tuple(lesson.hidden_activation for _ in lesson.hidden),
        output_activation=lesson.output_activation,
        use_bias=lesson.use_bias,
        init=lesson.init,
        init_value=lesson.init_value,
        seed=lesson.config.seed,
        config=replace(lesson.config),
        weights=lesson.weights,
        biases=lesson.biases,
    )


def default_setup(problem: Problem, seed: int = 0) -> Setup:
    """Sensible choices for a person's own table: one tanh hidden layer, the loss that fits the
    task (cross-entropy for classes, MSE for values), Adam, mini-batches of 16."""
    out, loss = {"binary": ("sigmoid", "bce"), "multiclass": ("softmax", "cce"), "regression": ("linear", "mse")}[problem.task]
    hidden = (max(4, min(16, 2 * problem.n_features)),)
    config = TrainConfig(loss=loss, lr=0.01, optimizer="adam", batch_size=16, epochs=300, seed=seed)
    return Setup(hidden=hidden, hidden_activations=("tanh",), output_activation=out, seed=seed, config=config)


def make_network(problem: Problem, setup: Setup) -> Network:
    setup.validate()
    acts = list(setup.hidden_activations) + [setup.output_activation]
    net = Network(setup.sizes(problem), acts, use_bias=setup.use_bias, init=setup.init,
                  seed=setup.seed, init_value=setup.init_value)
    if setup.weights is not None:
        net.set_parameters(list(setup.weights), None if setup.biases is None else list(setup.biases))
    return net


def make_trainer(problem: Problem, setup: Setup) -> Trainer:
    config = replace(setup.config, seed=setup.seed)
    return Trainer(make_network(problem, setup), problem, config)
